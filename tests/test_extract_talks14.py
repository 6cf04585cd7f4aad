"""Talk titles in grammatical frames (round 14): the talk itself as the passive subject
of the next sentence ("Materi yang disampaikan terkait dengan X"), a definite talk noun that
points back to the one speaker just introduced; a title given before its speaker by a passive
with no "oleh"; and the talk written with the full name of a speaker no cue reads. All
sentences are invented."""

from __future__ import annotations

from extract_people import HELD, people

from index.extract.sentences import split_sentences
from index.extract.talks import pronoun_talk, title_before
from index.extract.talks_elsewhere import with_talks_elsewhere
from index.model import Speaker


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
