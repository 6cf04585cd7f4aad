"""Degrees after a name as whole classes: shapes written apart, post-nominal families.

A degree with a two-letter head may be split from its field by the space after its full
stop ("Ph. D", "Sp. Ort."), as "M. Sc" is after an initial; a diploma or a licentiate may
write its field as a word of its own ("Dip. TEFL", "Lic. Theol"); English nursing
post-nominals ("BSN, MN", "MS, RN, ACCNS-AG") and postgraduate diplomas ("PGD") are
degrees; and inside a chain that has begun, initials of many words ("M.P.K.R.S."),
capitals between two degrees ("C.Ht, CI, CPS") and a certification whose own full stop
ends the sentence ("S.Pd., MSR. Beliau") close the chain, so none of them becomes the
position or cuts the name off.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import HELD, people

from index.extract.people_0_tokens import degrees_end, tokenize
from index.extract.sentences import _split_paragraph
from index.names import is_degree

_LIST = ("The Faculty of Nursing of Universitas Tanjung held an international webinar on "
         "\"Caring in Crisis\" on Thursday (04/06) via zoom.\n\nThe speakers were:\n\n")


def _chain(text: str, last_name_word: str) -> str:
    """The name and the degrees the chain reader takes after ``last_name_word``."""
    tokens = tokenize(text)
    k = next(i for i, t in enumerate(tokens) if t.text == last_name_word)
    return text[:tokens[degrees_end(tokens, k)].end]


def test_nursing_post_nominals_are_degrees_not_the_position() -> None:
    found = people(_LIST + "1. Lukas Berata, MS, RN, ACCNS-AG (Doctoral Candidate in the "
                   "School of Nursing, University of Leeds, UK)\n\n2. Wulan Pertiwi, BSN, "
                   "MN., Ph. D (Associate Dean, Student Affairs, Faculty of Nursing, "
                   "Universitas Andalas)\n\n3. Marlina, BSN, M. Sc., Ph. D., (Coordinator, "
                   "Midwifery Study Program, Faculty of Medicine, Universitas Tadulako)\n")
    assert found["Lukas Berata"].position.startswith("Doctoral Candidate")
    assert found["Wulan Pertiwi"].position.startswith("Associate Dean, Student")
    assert found["Marlina"].position.startswith("Coordinator, Midwifery")


def test_a_two_letter_head_split_from_its_field_is_one_degree() -> None:
    assert _chain("Nurul Aini, Ph. D (Dosen", "Aini") == "Nurul Aini, Ph. D"
    assert _chain("Rudi Santika, Sp. Ort. selaku", "Santika") == "Rudi Santika, Sp. Ort."
    # a name word after "Sp." is too long to be a specialty
    assert _chain("Rudi Santika, Sp. Christina", "Santika") == "Rudi Santika, Sp."


def test_the_full_stop_inside_a_spaced_degree_ends_no_sentence() -> None:
    text = ("Webinar ini dibuka oleh drg. Rudi Santika, Sp. Ort. Selaku Ketua Ikatan Dokter "
            "Gigi Kabupaten Garut, ia menyapa peserta. Acara berlangsung lancar.")
    assert len(_split_paragraph(text)) == 2
    found = people(HELD + text)
    assert found["Rudi Santika"].position == (
        "Ketua Ikatan Dokter Gigi Kabupaten Garut")


def test_a_diploma_or_licentiate_with_its_field_as_a_word() -> None:
    assert _chain("Markus Lelo, SVD, Lic. Theol hadir", "Lelo") == (
        "Markus Lelo, SVD, Lic. Theol")
    assert _chain("I Ketut Wirata, Dip. TEFL, MA. (Direktur", "Wirata") == (
        "I Ketut Wirata, Dip. TEFL, MA.")


def test_shapes_that_only_a_running_chain_holds() -> None:
    assert _chain("Maria Tanjung, B.Comm., M.P.K.R.S., M.Div. (Kepala", "Tanjung") == (
        "Maria Tanjung, B.Comm., M.P.K.R.S., M.Div.")
    assert _chain("Dharmaputra, S.Pd.B, S.S, C.Ht, CI, CPS dengan", "Dharmaputra") == (
        "Dharmaputra, S.Pd.B, S.S, C.Ht, CI, CPS")
    assert _chain("Lina Marlina, S.Pd., MSR. Beliau", "Marlina") == (
        "Lina Marlina, S.Pd., MSR.")
    # capitals after the chain, with nothing after them, are a body
    assert _chain("Lina Marlina, S.Pd., BRIN, dan", "Marlina") == "Lina Marlina, S.Pd."


def test_post_nominal_families_are_listed() -> None:
    for degree in ("BSN", "MN", "RN", "ACCNS-AG", "PGD", "CSSGB", "Lic."):
        assert is_degree(degree)
