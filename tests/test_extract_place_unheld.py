"""A dateline that is only the newsroom's (invented articles): an online event whose report
names no holder at all, or whose holder is a community, a members' union or the
president's office, has no place from a Jakarta dateline. A holder named in the opening,
or a room of the event's own, keeps the dateline."""

from __future__ import annotations

from index.extract.dates import best_date, find_dates
from index.extract.place import event_location
from index.extract.sentences import split_sentences


def _place(text: str, organisers: list[str] | None = None) -> str | None:
    sentences = split_sentences(text)
    best = best_date(find_dates(sentences))
    return event_location(None, sentences, best.sentence if best else None,
                          organisers or []).location


def test_an_online_event_whose_report_names_no_holder_leaves_jakarta_to_the_newsroom() -> None:
    # The opening gives what was said, no body holds the event in it.
    text = ("JAKARTA, Kabar Uji - Sungai yang bersih tidak lahir dari wacana semata, melainkan "
            "dari kerja bersama warga. Hal itu disampaikan Rina Wulandari dalam webinar "
            "lingkungan secara daring, Sabtu (4/9/2021).")
    assert _place(text) is None
    # A holder of one word holding the event in the opening keeps the dateline.
    text = ("JAKARTA, Kabar Uji - Sanggar menggelar webinar lingkungan secara daring, Sabtu "
            "(4/9/2021).")
    assert _place(text) == "Jakarta"
    # So does a room of the event's own.
    text = ("JAKARTA, Kabar Uji - Sungai yang bersih tidak lahir dari wacana semata. Hal itu "
            "disampaikan Rina Wulandari dalam webinar di Aula Graha Tirta, Sabtu (4/9/2021).")
    assert _place(text) == "Jakarta"


def test_a_community_a_members_union_or_the_presidents_office_is_no_local_holder() -> None:
    for holder in ("Komunitas Peduli Sungai Bersih", "Pemuda Syarikat Tani",
                   "Kantor Staf Presiden"):
        text = (f"JAKARTA, Kabar Uji - {holder} menggelar webinar lingkungan secara daring, "
                "Sabtu (4/9/2021).")
        assert _place(text, [holder]) is None, holder
