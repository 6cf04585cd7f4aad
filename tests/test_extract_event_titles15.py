"""Event titles and dates, round 15: the event opened ("saat membuka Workshop X"), a name in
sentence case after a capitalised event noun whose end a clause of holding or the date marks,
a two-digit year closing a bracket that holds the weekday (invented sentences)."""

from __future__ import annotations

import pytest

from index.extract.dates import event_date
from index.extract.meta import event_title
from index.extract.sentences import split_sentences


def _title(text: str) -> str | None:
    return event_title(split_sentences(text), set())


@pytest.mark.parametrize(("text", "title"), [
    # opening an event presupposes it, as holding it does: its name is the object
    ("Kepala Balai Uji Rudi Hartanto memberi arahan saat membuka Lokakarya Pemetaan Mata Air "
     "Pegunungan secara daring di Kendari (3/5).", "Lokakarya Pemetaan Mata Air Pegunungan"),
    ("Ketua Yayasan Uji Sari Lestari berbicara pada pembukaan Seminar Kearifan Pesisir Timur, "
     "Senin (4/10/2021).", "Seminar Kearifan Pesisir Timur"),
    ("The dean opened the Workshop Coastal Habitat Mapping for Villages on Tuesday, "
     "March 3, 2022.", "Workshop Coastal Habitat Mapping for Villages"),
    # a name in sentence case, ended by a relative clause of holding
    ("KENDARI - Webinar Pengelolaan air bersih pada musim kemarau yang digagas Forum Warga Uji "
     "selama dua hari telah selesai.", "Pengelolaan air bersih pada musim kemarau"),
    # ... or by the date after a verb of holding
    ("Pusat Studi Uji telah mengadakan Webinar Peluang dan tantangan Industri Kopi Lokal pada "
     "tanggal 3 Mei 2021, secara daring.", "Peluang dan tantangan Industri Kopi Lokal"),
])
def test_event_title(text: str, title: str) -> None:
    assert _title(text) == title


@pytest.mark.parametrize("text", [
    # a conjunction of purpose and an active verb carry a clause, not a name in sentence case
    "Kementerian Uji menggelar Webinar Kelautan guna memberikan pemahaman bela negara bagi "
    "pegawai, Senin, 16/11/2020.",
    # a sentence-case name needs its end marked by the clause or the date
    "Pusat Studi Uji telah mengadakan Webinar Peluang dan tantangan Industri Kopi Lokal bagi "
    "petani muda.",
])
def test_no_sentence_case_name(text: str) -> None:
    assert _title(text) is None


@pytest.mark.parametrize(("text", "date"), [
    # the weekday inside the bracket before a day with a two-digit year
    ("Ikatan Ekonom Uji menyelenggarakan webinar nasional tentang ekonomi hijau (Rabu, "
     "10/7/24). Webinar itu diikuti pelajar.", "2024-07-10"),
    # ... as before it with a four-digit one
    ("Ikatan Ekonom Uji menyelenggarakan webinar nasional tentang ekonomi hijau (Rabu, "
     "10/7/2024). Webinar itu diikuti pelajar.", "2024-07-10"),
])
def test_event_date(text: str, date: str) -> None:
    assert event_date(split_sentences(text)) == date


def test_a_two_digit_year_needs_the_weekday() -> None:
    """Without a weekday, "12/3/21)" may be a number ("Nomor 12/3/21)")."""
    assert event_date(split_sentences("Surat edaran (Nomor 12/3/21) dibahas peserta.")) is None
