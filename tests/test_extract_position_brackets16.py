"""A job bracketed after a name's degrees, round 16 (invented sentences in the style of the
fresh sets; other names, bodies and places)."""

from __future__ import annotations

from extract_people import HELD, people
from index.extract.people_4_split import split_items


def test_capitals_bracketed_after_the_degrees_are_a_body_even_when_they_spell_a_degree(
        ) -> None:
    # "MPH" is a listed degree too, but a degree is never bracketed after the degrees
    # already written: the capitals are the body's acronym
    found = people(HELD + "Materi Air Bersih untuk Desa yang disampaikan Prof. Dr. Rudi "
                   "Hartawan, Ph.D. (MPH); Sanitasi Sekolah yang disampaikan Dr. Sinta "
                   "Melatini, M.Si. (BPPU).")
    assert found["Rudi Hartawan"].position == "MPH"
    assert found["Sinta Melatini"].position == "BPPU"


def test_a_comma_before_a_bracket_opens_no_item() -> None:
    text = ("Rina Kusumawati, LLB., M.Phil., Ph.D., (Dosen Senior, Fakultas Hukum, "
            "Universitas Tanjung Uji), Bagas Wiranata")
    items = [text[a:b].strip() for a, b in split_items(text)]
    assert not any(item.startswith("(") for item in items)


def test_a_job_bracketed_after_degrees_and_a_comma_is_the_persons() -> None:
    found = people(HELD + "Hadir sebagai narasumber yakni Rina Kusumawati, LLB., M.Phil., "
                   "Ph.D., (Dosen Senior, Fakultas Hukum, Universitas Tanjung Uji), Bagas "
                   "Wiranata, M.Sc. (Peneliti BRIN) dan Dr. Tari Wulandari (Dosen Unsuji).")
    assert found["Rina Kusumawati"].position == (
        "Dosen Senior, Fakultas Hukum, Universitas Tanjung Uji")
    assert found["Bagas Wiranata"].position == "Peneliti BRIN"
