"""Round 12, second pass on positions: a preposition right before a name governs it (no job
ends in one), a programme item headed by a pe-...-an act noun ends a job, a rank misspelt by
a letter is known by the corps after it, "Profesor" is the Indonesian spelling of the title,
a numeral before a title counts it, and a grade after "Prof" qualifies the title."""

from __future__ import annotations

from index.extract.people_1_runs import _title_at, tokenize
from index.extract.people_2_positions import position_before
from index.extract.rank_spelling import misspelt_rank
from tests.extract_people import HELD, people


def test_preposition_before_name_leaves_no_job() -> None:
    assert position_before("Setelah paparan dari ") is None
    assert position_before("Materi kemudian disampaikan oleh ") is None
    assert position_before("dari Panwaslih Kabupaten Maju oleh ") == "Panwaslih Kabupaten Maju"


def test_act_noun_item_ends_the_job() -> None:
    found = people(HELD + "Rangkaian kegiatan meliputi sambutan oleh Rina Kartika selaku Ketua "
                   "Pelaksana, Permainan seputar banjir, penyampaian materi oleh Bapak Doni "
                   "Hartanto, S.T. selaku Staf Ahli BPBD Kota Batu, dan sesi tanya jawab.")
    assert not found["Rina Kartika"].position.endswith("penyampaian")


def test_misspelt_rank_before_corps_is_no_job() -> None:
    found = people(HELD + "Diskusi daring itu dibuka lewat arahan Komandan Korem 099/Tanjung "
                   "Uji (Danrem) Brigjend TNI Bambang Sutrisno, M.Han., mewakili Pangdam.")
    assert found["Bambang Sutrisno"].position == "Komandan Korem 099/Tanjung Uji (Danrem)"
    assert misspelt_rank("Brigjend") and misspelt_rank("Laksmana")
    assert not misspelt_rank("Jenderal") and not misspelt_rank("Humas")


def test_profesor_is_a_title_not_a_job_word() -> None:
    found = people(HELD + "Dua pembicara yang hadir adalah Ketua Asosiasi Media Siber Rudi "
                   "Hartanto dan Direktur Pendidikan PWI Pusat Profesor Hamdan Siregar.")
    assert found["Hamdan Siregar"].position == "Direktur Pendidikan PWI Pusat"


def test_numeral_before_title_counts_it() -> None:
    tokens = tokenize("Dinas Uji hadirkan 3 Profesor sebagai pembicara")
    assert not _title_at(tokens, 4)
    tokens = tokenize("SEMINAR DARING 50 PROFESOR BICARA GIZI")
    assert not _title_at(tokens, 3)
    tokens = tokenize("Anggota Komisi 3 Bapak Doni Hartanto")
    assert _title_at(tokens, 3)
    found = people(HELD + "Narasumber webinar ini adalah Kepala Dinas Kesehatan Uji Rina Kartika "
                   "dan Anggota Komisi 3 Bapak Doni Hartanto.")
    assert found["Doni Hartanto"].position == "Anggota Komisi 3"


def test_grade_after_prof_is_no_job() -> None:
    found = people(HELD + "Adapun sastrawan yang menjadi pembicara pada sesi tersebut Dr "
                   "Hasan Basri selaku dosen Fakultas Sastra Universitas Melati, Prof Madya "
                   "Dr Razak Hamid selaku pensyarah kanan Universiti Teknologi Melaka.")
    assert found["Razak Hamid"].position == "pensyarah kanan Universiti Teknologi Melaka"
