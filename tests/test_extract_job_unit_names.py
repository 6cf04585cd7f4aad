"""Capitalised jobs, units and campuses are not read as the holder's name.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import HELD, people


def test_a_capitalised_job_of_common_nouns_before_its_holder() -> None:
    found = people(HELD + "Webinar ini menghadirkan Ketua Pengcab Tanjung Uji Rudi Hartanto, "
                          "Wasit Catur Nasional Bambang Wiryokusumo, dan Bendahara Pengcab "
                          "Tanjung Uji Lina Marlina.")
    assert "Bambang Wiryokusumo" in found
    assert found["Bambang Wiryokusumo"].position == "Wasit Catur Nasional"
    assert "Wasit Catur" not in found


def test_another_job_of_common_nouns_before_its_holder() -> None:
    found = people(HELD + "Narasumber kegiatan yaitu Juri Tari Internasional Sekar "
                          "Kinanthi Rahmadewi dan Sekretaris Dinas Pariwisata Tanjung Uji "
                          "Hendri Kusnadi.")
    assert "Sekar Kinanthi Rahmadewi" in found
    assert "Juri Tari" not in found


def test_a_name_that_opens_the_item_stays_the_name() -> None:
    found = people(HELD + "Narasumber kegiatan yaitu Rudi Hartanto Ketua Forum Guru "
                          "Tanjung Uji, dan Lina Marlina dari Dinas Pendidikan.")
    assert "Rudi Hartanto" in found
    assert "Lina Marlina" in found


def test_a_campus_named_after_a_figure_is_no_person() -> None:
    found = people(HELD + "Seminar daring itu mengundang narasumber Kepala Unit "
                          "Penjaminan Mutu UIN Raden Wijaya – Ketua Dewan Syariah, Hamdan "
                          "Sulaeman, Ph.D dan Rosita Handayani, S.Kom selaku Manajer Bank "
                          "Tanjung Uji.")
    assert "Hamdan Sulaeman" in found
    assert "Raden Wijaya" not in found


def test_a_figure_title_after_the_kind_of_campus() -> None:
    found = people(HELD + "Forum ini menghadirkan tiga narasumber, yaitu Dr. Rini Paramita, "
                          "M.Pd., Dr. Joko Santoso, M.Pd., dari UIN Siber Syekh Maulani "
                          "Tanjung Uji dengan kepakaran Sastra Lisan, serta Dewi Anggraeni, "
                          "M.A.")
    assert "Joko Santoso" in found
    assert not any("Maulani" in name for name in found)


def test_a_numbered_unit_is_no_name() -> None:
    found = people(HELD + "Sesi pertama dengan Narasumber : Penilik Rayon 3 Dinas "
                          "Pendidikan (Disdik) kota Tanjung Uji, Rosmala Dewi SPd MPd yang "
                          "berlangsung sejak pukul 09.30 WITA.")
    assert "Rosmala Dewi" in found
    assert found["Rosmala Dewi"].position.startswith("Penilik Rayon 3")
    assert "Penilik Rayon" not in found
