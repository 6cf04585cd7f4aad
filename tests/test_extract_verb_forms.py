"""ber-/meN- verbs on a dictionary root are no name words, so a headline that opens with one
("BERSINERGI KEMBALI, ...") gives no two-word "person".

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import HELD, people

from index.extract.verb_forms import active_verb


def test_the_class_is_told_by_prefix_and_root() -> None:
    assert active_verb("berperan") and active_verb("bekerja") and active_verb("bersinergi")
    assert active_verb("membangun") and active_verb("memimpin") and active_verb("menyapa")
    # given names and dictionary words that only look prefixed
    assert not active_verb("mentari") and not active_verb("bernadus")
    assert not active_verb("menteri") and not active_verb("berlian")


def test_a_capital_headline_opening_with_a_verb_gives_no_person() -> None:
    found = people("BERSINERGI KEMBALI, MENYAMBUT HARI PERS DIRUT PDAM UJI MENJADI "
                   "NARASUMBER\n\n" + HELD + "Direktur PDAM, Hendra Wirawan, menjadi "
                   "pembicara.")
    assert list(found) == ["Hendra Wirawan"]
