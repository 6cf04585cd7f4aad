"""Where a job written around a name starts and ends, round 11 (invented sentences in the
style of the fresh sets; other names, bodies and places)."""

from __future__ import annotations

import pytest

from extract_people import HELD, people
from index.extract.people_2_after import position_after
from index.extract.people_2_positions import position_before


@pytest.mark.parametrize(("head", "expected"), [
    # a professional title that is also a job noun, written before the name, is the job
    ("Dalam pembukaan webinar, Psikolog ", "Psikolog"),
    ("Narasumber lain adalah psikolog ", "psikolog"),
    # a degree typed loose before a name stays no job
    ("serta MA, ", None),
    # the preposition of capacity that fronts the apposition is no word of the job
    ("Sebagai Plt. Kepala Pusat Kajian Wanita (PKW) UIN Tanjung Uji, ",
     "Plt. Kepala Pusat Kajian Wanita (PKW) UIN Tanjung Uji"),
])
def test_the_job_before_a_name(head: str, expected: str | None) -> None:
    assert position_before(head, True) == expected


@pytest.mark.parametrize(("tail", "expected"), [
    # 'dan' before a copula opens a predicate, not a second job
    (" selaku CEO Suara Plus (Radio Suara 99 FM) dan merupakan alumni dari Pers Mahasiswa "
     "Unsuji, serta", "CEO Suara Plus (Radio Suara 99 FM)"),
    # 'dengan' before a count gives the event's company
    (" presenter Metro TV dengan 3 narasumber yang hadir", "presenter Metro TV"),
    # a time adverb after a comma opens a new clause
    (" selaku Komisioner KPID Uji, Hari ini anak muda banyak bermain gawai",
     "Komisioner KPID Uji"),
    # an English participle with its object opens a clause
    (", ACF Bangkok setting the stage by reminding participants of the goals",
     "ACF Bangkok"),
    # a lower-case class noun of bodies after a comma describes the body, not the person
    (", dosen UNSUJI dan founder Daurku, wadah daur ulang plastik di Uji",
     "dosen UNSUJI dan founder Daurku"),
    (" sendiri merupakan pendiri GNS (Global Nurse Society), organisasi nirlaba di Oslo.",
     "pendiri GNS (Global Nurse Society)"),
])
def test_the_job_after_a_name_ends_where_the_clause_goes_on(tail: str, expected: str) -> None:
    assert position_after(tail) == expected


def test_a_bracket_after_the_degrees_holds_the_affiliation() -> None:
    found = people(HELD + "Acara tersebut menghadirkan pembicara dari sejumlah lembaga, yakni:\n"
                   "1. Rudi Hartawan, Ph.D. (BPPU)\n"
                   "2. Dr. Sinta Melatini, S.Si., M.Si. (UNSUJI)\n"
                   "3. Laksda TNI Ir. Bonar Siregar, S.Sos, M.H. (Kapusdatin)\n"
                   "4. Ir. Tono Baskoro, M.Tr (Han)\n")
    assert found["Rudi Hartawan"].position == "BPPU"
    assert found["Sinta Melatini"].position == "UNSUJI"
    assert found["Bonar Siregar"].position == "Kapusdatin"
    # a short mark of the degree is no affiliation
    assert found["Tono Baskoro"].position is None
