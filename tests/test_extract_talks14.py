"""Talk titles in two grammatical frames (round 14): the bare object of English "present",
which takes the thing shown, never a that-clause; and the talk itself as the passive subject
of the next sentence ("Materi yang disampaikan terkait dengan X"), a definite talk noun that
points back to the one speaker just introduced; a title given before its speaker by a passive
with no "oleh"; and the talk written with the full name of a speaker no cue reads. All
sentences are invented."""

from __future__ import annotations

from extract_people import HELD, people

from index.extract.sentences import split_sentences
from index.extract.talks import pronoun_talk, talk_after, title_before
from index.extract.talks_elsewhere import with_talks_elsewhere
from index.model import Speaker


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


def test_a_title_given_before_by_a_passive_without_oleh_in_a_list() -> None:
    text = ("Sesi kedua berisi materi berikut: Coastal Flood Early Warning in Small Islands "
            "yang disampaikan Dr. Rudi Hartanto Wijaya (BPBD); Mangrove Belts and Storm "
            "Surge yang disampaikan Prof. Sinta Maharani Lubis (Universitas Tanjung Uji).")
    first = title_before(text, text.find("Dr. Rudi"))
    second = title_before(text, text.find("Prof. Sinta"))
    assert first is not None and first.text == "Coastal Flood Early Warning in Small Islands"
    assert second is not None and second.text == "Mangrove Belts and Storm Surge"


def test_a_speaker_no_cue_reads_takes_the_talk_written_with_the_full_name() -> None:
    text = ("The webinar went on with Assoc. Prof. Hendra Wirawan Saputra, Ph.D (Senior "
            "Analyst at the Coastal Agency) who delivered material on flood insurance for "
            "fishing villages. The session closed at noon.")
    speaker = Speaker("Hendra Wirawan Saputra", "Assoc. Prof. Hendra Wirawan Saputra, Ph.D",
                      "speaker", None, None)
    out = with_talks_elsewhere([speaker], split_sentences(text))
    assert out[0].talk_title == "flood insurance for fishing villages"


def test_one_subject_told_for_two_people_is_the_events_theme() -> None:
    text = ("Panitia menghadirkan Rudi Hartanto Wijaya dan Sinta Maharani Lubis sebagai "
            "pemateri dengan mengusung tema Santri Cakap Bermedia Sosial. Acara berjalan lancar.")
    people = [Speaker("Rudi Hartanto Wijaya", "Rudi Hartanto Wijaya", "speaker", None, None),
              Speaker("Sinta Maharani Lubis", "Sinta Maharani Lubis", "speaker", None, None)]
    assert [s.talk_title for s in with_talks_elsewhere(people, split_sentences(text))] == [
        None, None]
