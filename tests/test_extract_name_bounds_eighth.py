"""Name bounds, eighth round: a title or a body running into a name with no separator.

- the heads of bodies (balai, loka, kanwil, perwakilan, museum, ...) are organisation words
  as a class: a body's name opens with its head, so one never ends a person's name;
- a dictionary root plus -an ("Bimbingan", "Paparan") names an act or a thing, never a
  person (unless a title stands right before it: "Dr. Rahiman");
- the bodies named after an office whose second word is a rank ("Direktorat Jenderal",
  "Sekretariat Jenderal") end with that rank word, which is then no title of a name;
- degrees as classes: a diploma written apart from its field ("Dipl Ing", "Dipl. SE") and
  the mark of an honorary doctorate in brackets ("Dr. (HC)").

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import HELD, people

from index.extract.people_1_runs import find_runs, name_of, tokenize
from index.extract.root_words import an_noun


def _names(text: str) -> list[str]:
    tokens = tokenize(text)
    return [name_of(tokens, text, run)[0] for run in find_runs(tokens)]


def test_the_head_of_a_body_never_ends_a_name() -> None:
    found = people(HELD + "Narasumber yang hadir yaitu Prof. Dr. Budi Rahardjo Balai Riset "
                          "Pertanian Sukamaju dan Dr. Rina Lestari dari Universitas Uji.")
    assert "Budi Rahardjo" in found and "Budi Rahardjo Balai" not in found
    assert "Yusuf Hamzah" in _names("bersama Ir. Yusuf Hamzah Loka Penelitian Sapi Uji")
    assert "Yusuf Hamzah" in _names("bersama Dr. Yusuf Hamzah Kanwil Agama Uji")


def test_a_root_with_the_suffix_an_is_no_name() -> None:
    assert an_noun("Bimbingan") and an_noun("Paparan")
    assert not an_noun("Rahman") and not an_noun("Ardian") and not an_noun("Budiman")
    assert "Paparan" not in _names("Paparan disampaikan oleh Dekan FISIP Uji.")
    assert "Rahiman Dani" in _names("yakni Dr. H. Rahiman Dani, serta")


def test_the_body_of_a_ranked_office_ends_at_its_rank() -> None:
    found = people(HELD + "Webinar dibuka oleh Direktur Urusan Agama Direktorat Jenderal "
                          "Bimbingan Masyarakat Kementerian Agama RI, Sutrisno Hadi dan dipandu "
                          "oleh Rina Lestari.")
    assert "Bimbingan" not in found and "Sutrisno Hadi" in found
    assert "Bimbingan" not in _names("Sekretariat Jenderal Bimbingan Desa Uji")


def test_a_diploma_written_apart_from_its_field_is_a_degree() -> None:
    found = people(HELD + "Narasumber pertama adalah Prof Dr Ir Budi Santosa RS Dipl Ing, "
                          "dosen Universitas Uji.")
    assert "Budi Santosa RS" in found
    assert _names("bersama Ir. Rina Hartati Dipl. SE, M.Eng dan") == ["Rina Hartati"]


def test_an_honorary_doctorate_mark_is_part_of_the_title() -> None:
    tokens = tokenize("Ketua Umum DPP Apdesi DR. (HC) Ir. H. Budi Hartanto hadir")
    runs = find_runs(tokens)
    assert [name_of(tokens, "Ketua Umum DPP Apdesi DR. (HC) Ir. H. Budi Hartanto hadir",
                    r) for r in runs][-1] == ("Budi Hartanto", "DR. (HC) Ir. H. Budi Hartanto")
    assert _names("oleh Prof. Dr. (H.C.) Rina Lestari") == ["Rina Lestari"]
