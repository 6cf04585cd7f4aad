"""English reports (round 14): remarks with their agent ("started with remarks by the Head
of X, Mr. A", "a special remark from Director B"); a form of address that is also a degree
("Ms", "Apt", "Ns") before the next name, not after the word before it ("the Consul to
Moldavia, Ms. A"); nouns of governments and their instruments ("the Oslo Agreement", "a
Chilean Government scheme") and the office "Representative", which are no name words.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from index.extract.event import extract_event
from index.lexicon import not_name_words
from index.extract.people_0_tokens import degrees_end, tokenize
from index.extract.people_1_runs import find_runs, name_of
from index.extract.people_6_slots import find_cues
from index.pipeline.records import article_from_text


def _speakers(text: str) -> dict[str, tuple[str, str | None]]:
    event = extract_event(article_from_text("Nutrition Webinar\n\n" + text,
                                            "https://uji.example/news"))
    assert event is not None
    return {s.name: (s.role, s.position) for s in event.speakers}


def test_remarks_by_an_office_then_the_name_open_the_event() -> None:
    found = _speakers(
        "The Consulate in Lyon held a webinar on child nutrition on 4 June 2021.\nThe "
        "webinar began with remarks by the Consul General of Sukamaju in Lyon, Mr. Bram "
        "Tegar Wiratmo, who thanked the guests.\nThe session then continued with remarks "
        "from the Chair of the Nutrition Board, Dr. Kania Laraswati.")
    assert found == {
        "Bram Tegar Wiratmo": ("opening", "Consul General of Sukamaju in Lyon"),
        "Kania Laraswati": ("opening", "Chair of the Nutrition Board")}


def test_a_special_remark_from_a_director() -> None:
    found = _speakers(
        "The Learning Centre held a webinar on school meals on 9 May 2022.\nThe agenda went on "
        "with a special remark from Centre Director, Dr Wiranto Halim Sakti.")
    assert found == {"Wiranto Halim Sakti": ("opening", "Centre Director")}


def test_ms_before_a_name_is_its_address_not_a_degree() -> None:
    tokens = tokenize("the Consul to Moldavia, Ms. Rinjani Sekar Ayu, said")
    # "Moldavia" ends at itself: "Ms." opens the next name
    assert degrees_end(tokens, 3) == 3
    # a degree after a name still belongs to it
    tokens = tokenize("Ir. Suryo Handoko, MS, sebagai pemateri")
    assert degrees_end(tokens, 2) > 2


def test_ms_after_a_country_keeps_the_next_person() -> None:
    found = _speakers(
        "The Embassy held an international webinar on stunting on 2 March 2021.\nThe webinar "
        "was opened with remarks by the Ambassador of Sukamaju to Moldavia and Latvia, Ms. "
        "Rinjani Sekar Ayu, who shared her views.")
    assert found == {"Rinjani Sekar Ayu": (
        "opening", "Ambassador of Sukamaju to Moldavia and Latvia")}


def test_agreements_and_governments_are_no_name_words() -> None:
    words = not_name_words()
    assert {"government", "agreement", "masterplan", "framework"} <= words
    text = "the aims of the Lima Framework, Paris Agreement, and a Chilean Government scheme"
    tokens = tokenize(text)
    names = [name_of(tokens, text, run)[0] for run in find_runs(tokens, loose=True)]
    assert not any(n.endswith(("Agreement", "Government", "Framework")) for n in names)


def test_a_body_described_with_an_indefinite_article_is_no_person() -> None:
    found = _speakers(
        "The Embassy held a webinar on child meals on 5 May 2021.\nThere were 2 speakers, "
        "namely, Lina Orav from Vesi Ruoka, a Chilean Government scheme for school meals, "
        "and Pedro Almonte from Nutri Andes, a Chilean NGO.")
    assert found == {"Lina Orav": ("speaker", "Vesi Ruoka"),
                     "Pedro Almonte": ("speaker", "Nutri Andes")}


def test_representative_is_an_office_not_a_name() -> None:
    found = _speakers(
        "The Rights Network held a webinar on inclusion on 1 July 2020, based on the "
        "Inclusion Masterplan.\nAs the keynote speaker, Mr. Hugo Brandt, Representative of "
        "Chile to the Council, stressed the plan.")
    assert found == {"Hugo Brandt": ("keynote", "Representative of Chile to the Council")}


def test_opened_the_workshop_is_an_opening() -> None:
    found = _speakers(
        "The Regional Access Forum held a webinar entitled “Safe Shelters for All” on 2 April "
        "2021. The webinar had 30 participants.\nTan Boon Kiat, Chairperson of the Regional "
        "Access Forum, opened the workshop and greeted all attendees. Also, Mira Holt, from "
        "the Office for Asia (OFA), was giving the four points of OFA on shelter policy.")
    assert found == {"Tan Boon Kiat": ("opening", "Chairperson of the Regional Access Forum")}
    cues = find_cues("Rina Dewi, Head of the Forum, opened the symposium with a prayer.")
    assert [(c.text, c.role) for c in cues] == [("opened the symposium", "opening")]
