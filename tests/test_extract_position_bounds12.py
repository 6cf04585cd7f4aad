"""Round 12 position bounds: two fields of one unit joined by "dan" after a field head
("Bidang X dan Y", "Kabid X dan Y"), the next titled name after a comma ending a job written
after "selaku", and a form of address left before a name that is no job."""

from __future__ import annotations

from tests.extract_people import HELD, people


def test_fields_after_bidang_joined_by_dan_are_one_unit() -> None:
    found = people(HELD + "Narasumber yang hadir antara lain Bupati Tanjung Uji Rahmat Hidayat, "
                   "Staf Ahli Bidang Ideologi dan Konstitusi Kemendagri Irjen Pol. Dr. Bagus "
                   "Santoso, dan Kasat Reskrim Polres Uji Arif Wibowo.")
    assert "Ideologi" not in found
    assert found["Bagus Santoso"].position == (
        "Staf Ahli Bidang Ideologi dan Konstitusi Kemendagri")


def test_abbreviated_field_after_bidang_is_no_name() -> None:
    found = people(HELD + "Narasumber yang hadir antara lain Ketua KPU Arif Santoso, Wakil "
                   "Asisten KASAD Bidang Binter Wilhan dan Pengabdian TNI Kolonel Inf Dedi Kurnia, "
                   "serta Bupati Uji Hasan Basri.")
    assert "Binter Wilhan" not in found
    assert found["Dedi Kurnia"].position == (
        "Wakil Asisten KASAD Bidang Binter Wilhan dan Pengabdian TNI")


def test_unit_title_takes_two_fields() -> None:
    found = people(HELD + "Webinar ini menghadirkan narasumber Kolonel Budi Santosa selaku Kabid "
                   "Penindakan dan Intelijen BNNP Kep. Uji, Drs. Tarmudi selaku Kaban "
                   "Kesbangpol Kab. Uji.")
    assert "Intelijen BNNP" not in found
    assert found["Budi Santosa"].position == "Kabid Penindakan dan Intelijen BNNP Kep. Uji"


def test_job_after_selaku_ends_before_the_next_titled_name() -> None:
    found = people(HELD + "Yang menjadi narasumber adalah Dr Budi Santoso selaku dosen Fakultas "
                   "Hukum Universitas Uji, Dr Ahmad Fauzi selaku dosen Universitas Sains "
                   "Malaysia.")
    assert found["Budi Santoso"].position == "dosen Fakultas Hukum Universitas Uji"


def test_job_after_selaku_is_not_the_next_persons_title() -> None:
    found = people(HELD + "Adapun peneliti yang menjadi pembicara di forum kali ini Dr Rudi "
                   "Hartono selaku Kepala Balai Uji, Prof Dr Wati Lestari selaku pensyarah "
                   "Universitas Sains Malaysia, Dr Yanti Permata MHum selaku Dekan Fakultas "
                   "Hukum Universitas Uji, dan Dr Budi Santoso MA selaku dosen Unri.")
    assert found["Rudi Hartono"].position == "Kepala Balai Uji"
    assert found["Wati Lestari"].position == "pensyarah Universitas Sains Malaysia"
    assert found["Yanti Permata"].position == "Dekan Fakultas Hukum Universitas Uji"


def test_malay_form_of_address_is_no_name_part() -> None:
    found = people(HELD + "Narasumber webinar ini adalah Dr Rudi Hartono selaku dosen Universitas "
                   "Uji dan Tuan Karim Hasyim selaku Presiden Persatuan Penulis Johor.")
    assert "Karim Hasyim" in found


def test_form_of_address_before_a_name_is_no_position() -> None:
    found = people(HELD + "Menteri Perhubungan, YB Datuk Seri Ir. Dr Tan Boon Heng membuka "
                   "webinar tersebut.\n\nNarasumber webinar berasal dari berbagai instansi, "
                   "yakni:\n\n1. Dr. Wati Lestari, M.Si. (ITB)\n2. Prof. Sr. Rudi Santoso "
                   "(BRIN)\n")
    assert found["Rudi Santoso"].position == "BRIN"
    assert found["Tan Boon Heng"].position != "YB Datuk Seri"
