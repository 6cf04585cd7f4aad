"""Roles told by the grammar of the clause around a person (round 8).

- A stand-in's clause goes on with a second predicate joined to the verb of presence
  ("A mewakili pimpinan Sinode X juga hadir dan membuka kegiatan"): the coordinated
  predicates share their subject, so what A did there (the opening) is A's role, not
  merely having stood in; the represented body may open with a common noun.

All sentences are invented for these tests (fictional people, bodies and places).
"""

from __future__ import annotations

import pytest

from index.extract.event import extract_event
from index.model import Speaker
from index.pipeline.records import article_from_text

_HEAD = (
    "Yayasan Danau Biru Gelar Webinar Air Bersih\n\n"
    "TELAGA - Yayasan Danau Biru menyelenggarakan webinar bertema \"Air Bersih untuk "
    "Desa\" secara daring, Kamis (13/6/2024).\n\n"
    "Narasumber webinar adalah Dr. Ratih Wulandari, dosen Institut Telaga.\n\n")


def people(text: str) -> dict[str, Speaker]:
    event = extract_event(article_from_text(text, "https://uji.example/berita"))
    assert event is not None
    return {s.name: s for s in event.speakers}


@pytest.mark.parametrize("sentence", [
    "Pdt. Yohanes Simatupang, M.Th mewakili pimpinan Sinode Telaga juga hadir dan membuka "
    "kegiatan ini.",
    "Yohanes Simatupang mewakili Bupati Telaga hadir serta membuka kegiatan ini.",
])
def test_a_stand_in_with_a_coordinated_opening(sentence: str) -> None:
    found = people(_HEAD + sentence)
    assert found["Yohanes Simatupang"].role == "opening"
    assert found["Ratih Wulandari"].role == "speaker"


def test_a_stand_in_cue_with_its_prefix_written_apart() -> None:
    """"di wakilkan kepada" is the passive "diwakilkan kepada" written apart: the people
    after it stand in on the list of the role noun, as with the prefix joined."""
    found = people(_HEAD + "Pembicara yang dihadirkan di antaranya: Kepala Balai Sungai namun "
                   "di wakilkan kepada Bapak Surono Adi, Bapak Gilang Permadi selaku "
                   "praktisi air, dan Ibu Wening Sasmita yang merupakan peneliti.")
    for name in ("Surono Adi", "Gilang Permadi", "Wening Sasmita"):
        assert found[name].role == "speaker"


def test_an_absent_official_represented_with_the_prefix_apart() -> None:
    found = people(_HEAD + "Bupati Telaga, Drs. Bonifasius Lumban, yang di wakili oleh "
                   "Sekretaris Daerah, Rudolf Hutapea, membuka kegiatan tersebut.")
    assert found["Rudolf Hutapea"].role == "opening"
    assert "Bonifasius Lumban" not in found


def test_nya_after_n_written_with_one_n() -> None:
    """"sambutanya" is "sambutannya" misspelt (one "n" before "-nya"): the same cue."""
    found = people(_HEAD + "Dalam sambutanya, Kepala Dinas Lingkungan Hidup Telaga, Marlina "
                   "Sitompul, mengajak warga menjaga sumber air.")
    assert found["Marlina Sitompul"].role == "opening"


@pytest.mark.parametrize("adverbial", ["dalam sambutannya", "dalam sambutanya"])
def test_a_role_noun_predicated_past_an_adverbial_cue(adverbial: str) -> None:
    """"A dalam sambutannya sebagai pembicara kunci menyampaikan ...": the noun after the
    copula predicates A, whom the adverbial cue between them has read already."""
    found = people(_HEAD + f"Anggota DPRD Telaga, Yosua Manurung, {adverbial} sebagai "
                   "pembicara kunci menyampaikan pentingnya air bersih bagi desa.")
    assert found["Yosua Manurung"].role == "keynote"


_JOBS = (
    "Yayasan Danau Biru Gelar Webinar Air Bersih\n\n"
    "TELAGA - Yayasan Danau Biru menyelenggarakan webinar bertema \"Air Bersih untuk "
    "Desa\" secara daring, Kamis (13/6/2024).\n\n"
    "Dipandu oleh Melati Sari, webinar ini menghadirkan beberapa narasumber seperti Kepala "
    "Dinas Lingkungan Hidup Kabupaten Karo, Direktur Lembaga Air Desa, dan Kepala Dinas "
    "Kesehatan Kabupaten Karo.\n\n"
    "Acara dibuka oleh Ketua Yayasan Danau Biru, Fransiska Ginting.\n\n"
    "Sementara itu, Kepala Dinas Lingkungan Hidup Kabupaten Karo, Antonius Purba, menjelaskan "
    "bahwa debit sungai menurun selama kemarau.\n\n"
    "Direktur Lembaga Air Desa, Paulus Sembiring, mengatakan bahwa desa perlu menampung air "
    "hujan.\n\n")


def test_a_job_listed_under_a_role_noun_without_a_name() -> None:
    """The narasumber list gives only jobs; the people named later with those jobs are the
    speakers, not officials merely quoted."""
    found = people(_JOBS)
    assert found["Antonius Purba"].role == "speaker"
    assert found["Paulus Sembiring"].role == "speaker"
    assert found["Fransiska Ginting"].role == "opening"


def test_a_job_predicated_a_keynote_before_its_holder_gives_remarks() -> None:
    found = people(_HEAD + "Rektor Universitas Telaga hadir sebagai pembicara kunci.\n\n"
                   "Rektor Universitas Telaga Prof. Maria Sinaga dalam sambutannya "
                   "menyampaikan pentingnya riset air bersih.")
    assert found["Maria Sinaga"].role == "keynote"


@pytest.mark.parametrize("sentence, host, moderator", [
    ("Acara yang dipandu oleh Yulia Rahmawati mengusung tema ketahanan air desa.",
     "Yulia Rahmawati", None),
    ("Acara webinar dipandu oleh Sahabat Yulia Rahmawati, Ketua Fatayat Karo, dan "
     "dimoderatori oleh Sahabat Intan Permatasari, Sekretaris Fatayat Karo.",
     "Yulia Rahmawati", "Intan Permatasari"),
    ("Diskusi dipandu oleh Intan Permatasari, dosen Institut Telaga.", None,
     "Intan Permatasari"),
])
def test_dipandu_with_the_event_as_its_subject(sentence: str, host: str | None,
                                               moderator: str | None) -> None:
    """"Acara ... dipandu oleh A": the programme itself is what A ran, so A is the host; a
    discussion run by A keeps A the moderator."""
    found = people(_HEAD + sentence)
    if host:
        assert found[host].role == "host"
    if moderator:
        assert found[moderator].role == "moderator"


@pytest.mark.parametrize("sentence, name", [
    ("Bupati Karo, Hendra Ginting, mengatakan dalam sambutannya bahwa desa perlu air bersih.",
     "Hendra Ginting"),
    ("Rector of Pelita University Prof. Hendra Wijaya, Ph.D., said in his opening remarks "
     "that the forum links many views.", "Hendra Wijaya"),
])
def test_a_verb_of_saying_before_an_adverbial_cue(sentence: str, name: str) -> None:
    """"A mengatakan dalam sambutannya ...": the adverbial modifies the verb of saying,
    whose subject is A, so A gave the opening remarks."""
    assert people(_HEAD + sentence)[name].role == "opening"


def test_in_his_welcoming_speech() -> None:
    """"in his/her + any opening or welcome speech" is one class of cue, like "in his
    opening remarks"."""
    found = people(_HEAD + "Rector of Pelita University Prof. Hendra Wijaya, M.Sc., said in "
                   "his welcoming speech that this forum links many views.")
    assert found["Hendra Wijaya"].role == "opening"
