"""Document-level case evidence: a capitalised phrase whose every word the same article also
writes in lower case is a heading or topic ("Senam Otak"), not a person; one word the article
never writes in lower case keeps a name ("Budi Laut" where "laut" is a common word).

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import HELD, people

from index.extract.case_evidence import article_words, common_phrase, lower_words
from index.extract.people_3_phrase import parse_person


def test_lower_words_skips_addresses_handles_and_glued_parts() -> None:
    words = lower_words("Sesi ice breaking. Ikuti @rina atau rina@mail.id, lihat lestari.id, "
                        "H.dewi, e-Learning, iPhone, laut (dan) darat.")
    assert words == frozenset({"ice", "breaking", "atau", "lihat", "laut", "dan",
                               "darat"})


def test_common_phrase_needs_every_capitalised_word_in_lower_case() -> None:
    lower = frozenset({"senam", "otak", "laut", "bersama"})
    assert common_phrase(["Senam", "Otak"], lower)
    assert not common_phrase(["Budi", "Laut"], lower)  # "budi" is never written in lower case
    assert common_phrase(["Senam", "A.", "Otak"], lower)  # an initial says nothing
    assert not common_phrase(["Senam", "Otak"], frozenset())  # outside an article: off


def test_parse_person_reads_the_article_being_read() -> None:
    phrase = "Senam Otak bersama peserta"
    assert parse_person(phrase) is not None  # no article: the old reading
    with article_words("Sesi senam otak membuat peserta kembali segar."):
        assert parse_person(phrase) is None
    assert parse_person(phrase) is not None  # the evidence ends with the article


def test_a_session_name_written_in_lower_case_elsewhere_is_no_person() -> None:
    found = people(HELD + "Rangkaian kegiatan meliputi sambutan oleh Rina Kusuma selaku Ketua "
                   "Panitia, Senam Otak bersama peserta, penyampaian materi oleh Bapak Dedi "
                   "Santoso, S.T. selaku Kepala Seksi Kedaruratan BPBD Kabupaten Uji. Sesi "
                   "senam otak membuat peserta kembali segar.")
    assert set(found) == {"Rina Kusuma", "Dedi Santoso"}


def test_a_name_whose_surname_is_a_common_word_is_kept() -> None:
    found = people(HELD + "Narasumber webinar adalah Budi Laut, nelayan dari Desa Uji. Menurut "
                   "Budi Laut, hasil laut desa terus menurun.")
    assert {n: s.role for n, s in found.items()} == {"Budi Laut": "speaker"}


def test_an_honorific_outweighs_the_case_of_the_article() -> None:
    found = people(HELD + "Materi disampaikan oleh Ibu Indah Lestari selaku penyuluh "
                   "lingkungan. Ia mengajak warga menjaga alam tetap indah dan lestari.")
    assert set(found) == {"Indah Lestari"}
