"""Places that say nothing of where an online event was (invented articles): the dateline
written inline with its day ("secara daring di Jakarta (14/9)"), and a town named once in
passing."""

from __future__ import annotations

from index.extract.dates import best_date, find_dates
from index.extract.place import event_location
from index.extract.place_stamp import stamped
from index.extract.sentences import split_sentences


def _place(text: str, organisers: list[str] | None = None) -> str | None:
    sentences = split_sentences(text)
    best = best_date(find_dates(sentences))
    return event_location(None, sentences, best.sentence if best else None,
                          organisers or []).location


def test_a_day_stamp_after_di_or_dari_is_a_stamp_an_address_tail_is_not() -> None:
    text = "membuka lokakarya secara daring di Jakarta (14/9). Lokakarya"
    at = text.index("Jakarta")
    assert stamped(text, at, at + len("Jakarta"))
    text = "paparnya dalam seminar itu dari Jakarta, Kamis (3/9/2020)."
    at = text.index("Jakarta")
    assert stamped(text, at, at + len("Jakarta"))
    # the town closing a room's address follows a comma, not the preposition
    text = "di Gedung Lebah, Cipete, Jakarta, Kamis (3/9/2020)."
    at = text.index("Jakarta")
    assert not stamped(text, at, at + len("Jakarta"))
    # no day after it: a plain "di Jakarta"
    text = "lokakarya secara daring di Jakarta yang diikuti peternak."
    at = text.index("Jakarta")
    assert not stamped(text, at, at + len("Jakarta"))


def test_a_national_bodys_online_event_with_an_inline_jakarta_dateline_has_no_place() -> None:
    # A press release's dateline moved to the end of its first statement: the newsroom's
    # Jakarta, as a dateline at the head would be.
    text = ("Wakil Ketua Komisi Lebah Nasional Rina Lestari menyampaikan pandangannya saat "
            "membuka Lokakarya Penguatan Peternak Madu secara daring di Jakarta (14/9). "
            "Lokakarya ini diikuti ratusan peternak dari berbagai daerah.")
    assert _place(text, ["Komisi Lebah Nasional"]) is None
    text = ("“Peternak harus berani berjualan daring,” paparnya dalam webinar “Madu Hutan di "
            "Pasar Digital” dari Jakarta, Kamis (3/9/2020).\nKementerian Lebah mendorong "
            "peternak memasarkan madu secara daring.")
    assert _place(text, ["Kementerian Lebah"]) is None


def test_a_town_named_once_in_passing_is_no_place() -> None:
    # A town a story passes by (a disaster it mentions) says nothing of where an online
    # event was: no location beats it.
    text = ("Forum Lebah Muda menggelar webinar kesiapsiagaan bencana secara daring, Sabtu "
            "(9/10/2021). Saat ini banyak bencana terjadi, seperti banjir Garut dan longsor di "
            "berbagai daerah. Webinar diikuti 120 peserta.")
    assert _place(text, ["Forum Lebah Muda"]) is None
    # Named in the date's sentence, it is the event's place.
    text = ("Forum Lebah Muda menggelar webinar kesiapsiagaan bencana secara daring dari "
            "Garut, Sabtu (9/10/2021). Webinar diikuti 120 peserta.")
    assert _place(text, ["Forum Lebah Muda"]) == "Kabupaten Garut"
