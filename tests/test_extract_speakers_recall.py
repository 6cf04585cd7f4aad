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


def test_names_after_the_role_noun_when_the_one_before_has_a_role() -> None:
    found = people(HELD + "Dalam webinar yang dipandu oleh Rina Agustina, S.Sos, bertindak "
                   "sebagai narasumber Dr. Bambang Wirawan (Dosen Universitas Uji) dan Ir. "
                   "Tuti Handayani (Peneliti Balai Uji).")
    assert {n: s.role for n, s in found.items()} == {
        "Rina Agustina": "moderator", "Bambang Wirawan": "speaker", "Tuti Handayani": "speaker"}


def test_judge_is_a_form_of_address() -> None:
    found = people(HELD + "Narasumber webinar yaitu Judge Alan Brooks (Riverside County "
                   "Superior Court Judge) dan Dr. Yusuf Ramli (Dosen Universitas Uji).")
    assert set(found) == {"Alan Brooks", "Yusuf Ramli"}


def test_the_agent_keeps_the_role_noun_after_it_when_no_name_follows_at_once() -> None:
    found = people(HELD + "Dipandu oleh Nadia Kusuma mahasiswa Prodi Uji angkatan 2021 sebagai "
                   "Master of Ceremony dan Fajar Ramadhan mahasiswa Prodi Uji angkatan 2019 "
                   "sebagai moderator acara.")
    assert {n: s.role for n, s in found.items()} == {
        "Nadia Kusuma": "host", "Fajar Ramadhan": "moderator"}


def test_a_passive_prefix_written_apart() -> None:
    found = people(HELD + "Di moderatori oleh dr. Laila Sari, M.Kes, acara tersebut mengusung "
                   "tema “Sehat Bersama”. Narasumber pertama yakni dr. Agus Prasetyo, Sp.PD.")
    assert found["Laila Sari"].role == "moderator"


def test_english_greetings_remarks_and_facilitators() -> None:
    found = people("The webinar on Green Campuses was held online on 4 May 2021. All "
                   "participants were greeted by Dr. Omar Haddad, the President of the Asian "
                   "Campus Network. The webinar was facilitated by Professor Lina Harun and "
                   "Professor Dr Peter Lowe of the Centre for Campus Studies. In addition, the "
                   "Rector of Universitas Harapan Uji, Dewi Kartika delivered her remarks.")
    assert {n: s.role for n, s in found.items()} == {
        "Omar Haddad": "opening", "Lina Harun": "moderator", "Peter Lowe": "moderator",
        "Dewi Kartika": "opening"}


def test_featured_as_one_of_the_speakers() -> None:
    found = people("Prof. Dr. Aisha Rahman, Deputy Dean of Research, Universiti Harapan, was "
                   "also featured as one of the invited speakers for the Regional Forum on "
                   "Seed Banks held on Zoom.")
    assert found["Aisha Rahman"].role == "speaker"


def test_the_people_who_share_the_role_bersama() -> None:
    found = people(HELD + "Pada forum daring ini, Bupati Uji Barat Hendra Saputra menjadi "
                   "keynote speaker bersama 2 pimpinan daerah lainnya, yakni Walikota Tanjung "
                   "Uji Rina Marlina dan Bupati Uji Timur Yosef K.L Wenas.")
    assert {n: (s.role, s.position) for n, s in found.items()} == {
        "Hendra Saputra": ("keynote", "Bupati Uji Barat"),
        "Rina Marlina": ("keynote", "Walikota Tanjung Uji"),
        "Yosef K.L Wenas": ("keynote", "Bupati Uji Timur")}
