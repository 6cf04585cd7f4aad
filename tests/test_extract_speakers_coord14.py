"""Lists whose items write a name straight before its job, with no comma: "A Wakil Ketua X
dan Sekretaris Y B", "A mantan wartawan harian X" (index.extract.people_4_split,
index.extract.people_3_phrase). Invented sentences."""

from __future__ import annotations

from tests.extract_people import HELD, people


def test_name_then_job_before_a_joined_job_and_name() -> None:
    found = people(HELD + "Diskusi ini menghadirkan tiga narasumber, yakni Bupati Luwuk Harjono, "
                   "Bambang Wijaya Wakil Bendahara IKWI Sulawesi Tengah dan Sekretaris AMPI "
                   "Dedi Kurniawan.")
    assert found["Bambang Wijaya"].position == "Wakil Bendahara IKWI Sulawesi Tengah"
    assert found["Dedi Kurniawan"].position == "Sekretaris AMPI"


def test_one_word_name_then_job_after_dan() -> None:
    found = people(HELD + "Ada tiga narasumber yaitu Halim Siregar Guru Besar Hukum Universitas "
                   "Merdeka Timur, Rusdi Harahap Wakil Ketua Komisi V DPRD dan Wulandari "
                   "Sekretaris Dinas Bina Marga Provinsi Uji.")
    assert found["Wulandari"].position == "Sekretaris Dinas Bina Marga Provinsi Uji"
    assert found["Rusdi Harahap"].position == "Wakil Ketua Komisi V DPRD"


def test_one_word_name_then_lower_case_job() -> None:
    found = people(HELD + "Webinar menghadirkan narasumber Harjono yang pernah Sekretaris Daerah "
                   "Banyumas, Rudianto mantan wartawan harian Suara Rakyat dan Bambang Wijaya "
                   "Ketua IKWI Jawa Barat.")
    assert found["Rudianto"].position == "mantan wartawan harian Suara Rakyat"
    assert found["Bambang Wijaya"].position == "Ketua IKWI Jawa Barat"


def test_dictionary_word_before_job_is_no_name() -> None:
    found = people(HELD + "Webinar menghadirkan narasumber Hakim Tinggi Agus Salim, S.H. dan "
                   "Ajun Jaksa Madya Kejari Uji, Raja Simatupang, S.H.")
    assert "Ajun" not in found
    assert "Raja Simatupang" in found
