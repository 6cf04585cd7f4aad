"""English-language reports, round 12: the English verbs of saying as one class where a
remarks cue follows them ("A noted in her welcome remarks"), the definite article in the
possessive's place ("in the welcome remarks"), the re- forms of verbs of saying
("reaffirmed", "reiterated") and "while"/"whereas" opening a clause before its subject (the
English of "sedangkan").

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import people

_HELD = ("Kota Uji: The Regional River Office held an online seminar on river care on Monday "
         "7 March 2022 with many viewers on its video channel.\n\n")


def test_a_verb_of_saying_before_a_remarks_cue_keeps_the_subject() -> None:
    # "said in his welcoming speech" was read already; "noted" is a verb of saying too
    found = people(_HELD + "The Regional River Office Director, Dr Marisol Tan Reyes, noted in "
                   "her welcome remarks that the rivers of the region are shared.")
    assert found["Marisol Tan Reyes"].role == "opening"


def test_the_definite_article_in_place_of_the_possessive() -> None:
    found = people(_HELD + "The Regional River Office Director, Dr Marisol Tan Reyes, stressed "
                   "in the welcome remarks that the rivers of the region are shared.")
    assert found["Marisol Tan Reyes"].role == "opening"


def test_the_keynote_speech_with_the_definite_article() -> None:
    found = people(_HELD + "Prof Tomas Vidal, Head of the Delta Institute, observed in the "
                   "keynote address that delta towns grow fast.")
    assert found["Tomas Vidal"].role == "keynote"


def test_reaffirmed_reports_a_speaker_like_affirmed() -> None:
    found = people(_HELD + "Dr Paulo Mendes, Director of Water Institute, gave the keynote "
                   "address on water. Mr Kenji Arai, Founder/CEO, Riverlane, Japan reaffirmed "
                   "how small firms can clean canals.")
    assert found["Kenji Arai"].role == "speaker"
    assert found["Kenji Arai"].position == "Founder/CEO, Riverlane, Japan"


def test_reiterated_reports_a_speaker() -> None:
    found = people(_HELD + "Dr Paulo Mendes, Director of Water Institute, gave the keynote "
                   "address on water. Mr Tomas Wren, Founder/CEO, Canalworks, Laos reiterated "
                   "how towns can keep canals open.")
    assert found["Tomas Wren"].role == "speaker"


def test_while_opens_a_clause_whose_subject_presents() -> None:
    found = people(_HELD + "The speakers were Prof. Dimas Wicaksono and Prof. Ratih Kusumo. "
                   "Prof. Dimas Wicaksono discussed the role of wetlands in flood "
                   "control. While Prof. Ratih Kusumo discusses the use of mangroves in "
                   "coastal towns.")
    assert found["Ratih Kusumo"].talk_title == "the use of mangroves in coastal towns"
