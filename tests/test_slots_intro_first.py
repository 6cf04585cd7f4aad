"""``_intro_end`` looks for the first lead-in of a list only (it never tried a later one):
the same answers as reading every lead-in in order and stopping at the first. Invented
slots (fictional people and bodies)."""

from __future__ import annotations

from index.extract import people_6_slots as slots
from index.lexicon import phrase_regex


def _every_lead_in(slot: str) -> int | None:
    """The reading before the quick path: every lead-in and the copula, in order."""
    plain = slots._ASIDE.sub(lambda m: "(" + " " * (len(m.group()) - 2) + ")", slot)
    matches = list(phrase_regex("list_intro").finditer(plain))
    if "merupakan" in plain and (copula := slots._MAIN_COPULA.search(plain)) is not None:
        matches = sorted(matches + [copula], key=lambda m: m.start())
    for match in matches[:1]:
        before = plain[:match.start()]
        if (length := len(slots._EMPTY_BRACKETS.sub("", before))) > 120 and (
                length > 200 or slots._has_verb(before)):
            return None
        if "." in before.replace("Dr.", "").replace("Prof.", "") or slots._QUOTE_MARK.search(
                before):
            return None
        tokens = slots.tokenize(before)
        verbs = [t for t in tokens if slots.looks_like_verb(t.text)
                 and t.text not in {"berkompeten"}
                 and not slots._stative_last(before, t.text, t.end)]
        if verbs and not slots._RELATIVE_LEAD.search(before) and not slots._modified(
                before, verbs[0].start):
            return None
        if slots.parse_person(before, name_first_only=True) is not None:
            return None
        return match.end()
    return None


SLOTS = [
    " acara ini merupakan Dekan Fakultas Air Universitas Uji, Budi Santoso, dan yaitu A",
    " yang terdiri dari Rina Kusuma, Budi Santoso, yaitu Sinta Maharani",
    " yaitu: Rina Kusuma dan Budi Santoso",
    " pembicara yang merupakan pejabat Dinas Uji, yaitu Rudi Hartanto",
    " webinar merupakan kegiatan rutin, antara lain Rina Kusuma",
    " tidak ada daftar di sini sama sekali",
    " Rina Kusuma yang juga merupakan Ketua Forum Uji, yakni Budi",
    " (yaitu catatan) diikuti oleh: Rina Kusuma, Sinta Maharani",
]


def test_first_lead_in_only_gives_the_same_answers() -> None:
    for slot in SLOTS:
        assert slots._intro_end(slot) == _every_lead_in(slot), slot
