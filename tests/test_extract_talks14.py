"""Talk titles in two grammatical frames (round 14): the bare object of English "present",
which takes the thing shown, never a that-clause; and the talk itself as the passive subject
of the next sentence ("Materi yang disampaikan terkait dengan X"), a definite talk noun that
points back to the one speaker just introduced. All sentences are invented."""

from __future__ import annotations

from extract_people import HELD, people

from index.extract.talks import pronoun_talk, talk_after


def test_the_bare_object_of_presented_is_the_subject_presented() -> None:
    talk = talk_after(", Head of the Coastal Survey Unit, presented the new mapping of "
                      "mangrove belts along the northern shore. Questions followed.")
    assert talk is not None and talk.text.startswith("the new mapping of mangrove belts")


def test_presented_with_an_agent_or_an_adverbial_names_no_talk() -> None:
    assert talk_after(" was presented by the organising committee. Then") is None
    assert talk_after(" presented to the regional board last week. Then") is None
    assert talk_after(" presented awards to the three winning teams. Then") is None


def test_the_talk_as_the_subject_of_the_next_sentence() -> None:
    found = pronoun_talk("Materi yang disampaikan terkait dengan penataan pasar ikan desa "
                         "berbasis koperasi.")
    assert found is not None and found[0].text == "penataan pasar ikan desa berbasis koperasi"
    assert found[1]  # may stand for several speakers: read only after one person


def test_the_talk_subject_goes_to_the_one_speaker_before() -> None:
    found = people(HELD + "Pemateri berikutnya yaitu Dr. Wulan Pratiwi Sembiring, M.Si., Dosen "
                   "Fakultas Perikanan Universitas Tanjung Uji. Materi yang disampaikan terkait "
                   "dengan penataan pasar ikan desa berbasis koperasi.")
    assert found["Wulan Pratiwi Sembiring"].talk_title == (
        "penataan pasar ikan desa berbasis koperasi")


def test_the_talk_subject_after_two_speakers_is_of_neither() -> None:
    found = people(HELD + "Webinar menghadirkan dua pemateri, yaitu Dr. Wulan Pratiwi Sembiring "
                   "dan Ir. Bagas Prakoso Wibisono. Materi yang disampaikan terkait dengan "
                   "penataan pasar ikan desa berbasis koperasi.")
    assert found["Wulan Pratiwi Sembiring"].talk_title is None
    assert found["Bagas Prakoso Wibisono"].talk_title is None
