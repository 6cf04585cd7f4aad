"""Event titles and dates, round 13b: a day after English "on" is no theme, a preposition of
relation before the theme is no word of it, a full numeric date written month first
(invented sentences)."""

from __future__ import annotations

import pytest

from index.extract.dated_theme import opens_with_day
from index.extract.dates import event_date
from index.extract.meta import event_title
from index.extract.sentences import split_sentences


def _title(text: str) -> str | None:
    return event_title(split_sentences(text), set())


@pytest.mark.parametrize("text", [
    "The Forestry Students Union held a national webinar on March 12, 2021. The dean opened "
    "it with a short address.",
    "The Coastal Research Group organized a seminar on Friday, 5 March 2021, with three "
    "speakers from abroad.",
])
def test_day_after_on_is_no_theme(text: str) -> None:
    assert _title(text) is None


def test_subject_after_on_stays_a_theme() -> None:
    text = "The harbour office organized a webinar on Port Safety and Cargo Logistics."
    assert _title(text) == "Port Safety and Cargo Logistics"


@pytest.mark.parametrize(("run", "dated"), [
    ("March 12, 2021", True), ("5 March 2021", True), ("Friday, 5 March", True),
    ("Port Safety and Cargo Logistics", False), ("May Day Rally for Fishermen", False),
])
def test_opens_with_day(run: str, dated: bool) -> None:
    assert opens_with_day(run) is dated


@pytest.mark.parametrize(("text", "title"), [
    ("On the second day, the theme of the forum was related to the green recovery of upland "
     "farming villages. About sixty people took part.",
     "the green recovery of upland farming villages"),
    ("Diskusi ini mengangkat tema terkait dengan Ketahanan Pangan Keluarga Petani, Sabtu "
     "(6/3/2021).", "Ketahanan Pangan Keluarga Petani"),
])
def test_relation_before_theme(text: str, title: str) -> None:
    assert _title(text) == title


def test_month_first_numeric_date() -> None:
    text = ("The Ministry of Fisheries held a webinar for young fishers on Tuesday "
            "(08/17/2021), attended by 300 students.")
    assert event_date(split_sentences(text)) == "2021-08-17"


def test_day_first_numeric_date_stays() -> None:
    text = "Dinas Perikanan menggelar webinar nelayan muda, Selasa (17/08/2021), secara daring."
    assert event_date(split_sentences(text)) == "2021-08-17"
