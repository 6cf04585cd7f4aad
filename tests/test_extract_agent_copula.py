"""The agent of "oleh" is the noun phrase right after it. In "Acara yang dibuka oleh Jabatan, A
ini merupakan bagian dari ...", the relative clause ends at A and the bare "merupakan" is the
main clause's, said of the event: no lead-in to a list, and not the agent's job.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import HELD, people


def test_agent_with_job_before_a_main_clause_copula() -> None:
    found = people(HELD + "Acara yang dibuka oleh Ketua Jurusan Ilmu Gizi, Wening "
                   "Pratiwi ini merupakan bagian dari mata kuliah Kewirausahaan Pangan.")
    assert found["Wening Pratiwi"].role == "opening"
    assert found["Wening Pratiwi"].position == "Ketua Jurusan Ilmu Gizi"


def test_agent_without_comma_before_the_copula() -> None:
    found = people(HELD + "Diskusi yang dipandu oleh Dosen Fakultas Teknik Bayu Anggara "
                   "merupakan agenda rutin himpunan mahasiswa.")
    assert found["Bayu Anggara"].position == "Dosen Fakultas Teknik"


def test_role_noun_copula_still_leads_into_its_list() -> None:
    found = people(HELD + "Narasumber acara ini merupakan Kepala Dinas Pangan, Wening "
                   "Pratiwi.")
    assert found["Wening Pratiwi"].role == "speaker"
