"""Speakers a list names but the rules once dropped whole: lead-ins with asides, positions
that end in "kota, provinsi", a loanword with an apostrophe inside an organisation, and
continuations opened by "ada pula".

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import HELD, people

from index.extract.people_2_positions import position_before
from index.extract.people_4_split import split_items


def test_a_lead_in_may_expand_an_acronym_before_the_list() -> None:
    found = people(HELD + "Selain itu, hadir pula pemateri dari beberapa kepala sekolah yang "
                   "menerima dana bantuan pemerintah untuk program GLSD (Gerakan Literasi "
                   "Sekolah Dasar Nusantara), antara lain Kepala SD Negeri 4 Tanjung Uji Dra. "
                   "Sumarni Lestari, M.Pd. dan Kepala SD Negeri 9 Tanjung Uji Drs. Hendra "
                   "Gunawan, M.Pd.")
    assert {n: s.role for n, s in found.items()} == {
        "Sumarni Lestari": "speaker", "Hendra Gunawan": "speaker"}


def test_a_quoted_event_title_between_the_role_noun_and_its_list() -> None:
    found = people(HELD + "Para narasumber yang mengisi pada webinar “Pangan Lokal di Era "
                   "Digital” yaitu Dr. Rudi Hartanto, M.Si selaku Dosen Universitas Uji, dan "
                   "Ir. Wening Sari, M.P. selaku Peneliti Balai Pangan Uji.")
    assert {n: s.position for n, s in found.items()} == {
        "Rudi Hartanto": "Dosen Universitas Uji", "Wening Sari": "Peneliti Balai Pangan Uji"}


def test_a_province_after_the_comma_ends_the_position() -> None:
    assert position_before("Kepala Sekolah SMA Harapan Makassar, Sulawesi Selatan ") == \
        "Kepala Sekolah SMA Harapan Makassar, Sulawesi Selatan"
    text = ("Ketua Prodi Universitas Kencana Semarang, Jawa Tengah Dr. Laras Wulan, M.Si., "
            "Ketua Prodi Universitas Teluk Makassar, Sulawesi Selatan Drs. Bayu Aji, M.Si.")
    assert len(split_items(text)) == 2


def test_people_after_kota_provinsi_positions() -> None:
    found = people(HELD + "Narasumber webinar antara lain Ketua Prodi Universitas Kencana "
                   "Semarang, Jawa Tengah Dr. Laras Wulan, M.Si., Ketua Prodi Universitas "
                   "Teluk Makassar, Sulawesi Selatan Drs. Bayu Aji, M.Si. dan Ketua Prodi "
                   "Universitas Palma Bandar Lampung, Lampung Dra. Hj. Nur Aini, M.Pd.")
    assert {n: s.position for n, s in found.items()} == {
        "Laras Wulan": "Ketua Prodi Universitas Kencana Semarang, Jawa Tengah",
        "Bayu Aji": "Ketua Prodi Universitas Teluk Makassar, Sulawesi Selatan",
        "Nur Aini": "Ketua Prodi Universitas Palma Bandar Lampung, Lampung"}


def test_an_apostrophe_loanword_inside_a_faculty_is_no_name() -> None:
    found = people(HELD + "Narasumber webinar yaitu Prof. Dr. Rahmat Hidayat, M.Ag., selaku "
                   "Guru Besar Fakultas Syari’ah dan Hukum UIN Sultan Mahmud Uji, dan Dr. Siti "
                   "Marlina, M.H. selaku Dosen Fakultas Hukum Universitas Uji.")
    assert {n: s.position for n, s in found.items()} == {
        "Rahmat Hidayat": "Guru Besar Fakultas Syari’ah dan Hukum UIN Sultan Mahmud Uji",
        "Siti Marlina": "Dosen Fakultas Hukum Universitas Uji"}


def test_ada_pula_carries_the_list_on() -> None:
    found = people(HELD + "Webinar menghadirkan narasumber antara lain Kepala Dinas "
                   "Pendidikan Kabupaten Uji Drs. Wahyu Pratama, M.Pd. "
                   "Adapula Ketua Komunitas Baca Uji Dr. Fitri Andayani, M.Hum. dan "
                   "Pustakawan Ahli Perpustakaan Daerah Uji Dra. Nanik Sulastri, M.Si.")
    assert {n: s.role for n, s in found.items()} == {
        "Wahyu Pratama": "speaker", "Fitri Andayani": "speaker", "Nanik Sulastri": "speaker"}
    assert found["Fitri Andayani"].position == "Ketua Komunitas Baca Uji"
