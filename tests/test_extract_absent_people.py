"""People the article says were not at the session are not on its programme
(absent_people), and a one-word name in capitals is an acronym (acronym_names).

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import HELD, people


def test_one_stood_in_for_by_an_unnamed_office_is_dropped() -> None:
    found = people(HELD + "Sambutan pertama disampaikan oleh Camat Uji, Rahmad Suryana. "
                          "Sambutan kedua diberikan oleh Drs. Teguh Wiranata, M.Si selaku "
                          "Kepala Bapelitbang Tanjung Uji yang diwakilkan oleh Sekretaris "
                          "Bapelitbang sebagai pembicara kunci.")
    assert "Rahmad Suryana" in found
    assert "Teguh Wiranata" not in found


def test_one_kept_away_is_dropped_and_the_panel_stays() -> None:
    found = people(HELD + "Narasumber webinar yaitu Dr. Lestari Wulan (Dosen Unuji) dan "
                          "Bonar Sitepu, SH (Advokat). Sementara, Drs. Hendra Kusnadi, M.Si "
                          "(Kepala Biro Hukum Provinsi) yang semula dijadwalkan menjadi "
                          "keynote speaker berhalangan datang karena dinas ke luar kota.")
    assert "Lestari Wulan" in found
    assert "Bonar Sitepu" in found
    assert "Hendra Kusnadi" not in found


def test_one_who_could_not_come_for_a_hindrance_is_dropped() -> None:
    found = people(HELD + "Narasumber webinar yaitu Dr. Marwan Effendi dan Dr. Sarah "
                          "Pohan, M.Si. Meski salah satu "
                          "narasumber, Sarah Pohan tidak dapat hadir karena berhalangan, "
                          "acara tetap berlanjut.")
    assert "Marwan Effendi" in found
    assert "Sarah Pohan" not in found


def test_the_office_holder_acting_through_a_stand_in_is_dropped() -> None:
    found = people(HELD + "Webinar dibuka oleh Kepala Bidang Pembinaan SMP Disdik Tanjung "
                          "Uji, Hj Ratna Dewi SPd MSi melalui Sekretaris Bidang, Yuliana "
                          "Sari SPd.")
    assert "Yuliana Sari" in found
    assert "Ratna Dewi" not in found


def test_online_from_afar_is_not_absent() -> None:
    found = people(HELD + "Narasumber webinar yaitu Dr. Fajar Nugraha dan Ir. Ratih "
                          "Permana. Dr. Fajar Nugraha tidak dapat hadir di aula dan "
                          "menyampaikan materi melalui Zoom.")
    assert "Fajar Nugraha" in found
    assert "Ratih Permana" in found


def test_a_single_word_in_capitals_is_no_name() -> None:
    found = people(HELD + "Webinar mengundang empat pembicara, antara lain Public "
                          "Policy Associate KREDITKU, Arman Sitorus; pemengaruh, Dewi "
                          "Lantang; serta dosen Universitas Uji, Rosa Marlina.")
    assert "Dewi Lantang" in found
    assert "KREDITKU" not in found
