"""Only the part of a sentence about a later event is skipped by the place (invented
articles): a dateline and this event's clause before it still vote."""

from __future__ import annotations

from index.extract.dates import best_date, find_dates
from index.extract.place import event_location
from index.extract.sentences import split_sentences


def _place(text: str) -> str | None:
    sentences = split_sentences(text)
    best = best_date(find_dates(sentences))
    return event_location(None, sentences, best.sentence if best else None).location


def test_a_dateline_before_a_later_activitys_clause_still_votes() -> None:
    text = ("Majalengka - Sabtu, 12 Agustus 2023 Himpunan Mahasiswa Tani menyelenggarakan "
            "webinar dengan tema “Menanam Padi Organik” yang bertujuan membekali peserta "
            "untuk kegiatan lapangan yang akan dilaksanakan bulan depan.")
    assert _place(text) == "Kabupaten Majalengka"


def test_a_sentence_about_the_next_event_still_gives_no_place() -> None:
    text = ("Webinar Literasi Digital digelar secara daring, Senin (3/5/2021). Webinar "
            "berikutnya akan digelar di Kabupaten Sigi.")
    assert _place(text) is None
