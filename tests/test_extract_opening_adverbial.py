"""Opening remarks told by an adverbial clause that takes the sentence's subject: "Kepala X A
saat membuka Forum Y secara virtual menjelaskan ...", "Menteri X, A, dalam memberikan
sambutan mengatakan ...", "Ketua X A menyampaikan pandangannya ketika membuka Lokakarya Y";
and the negatives: a complement clause ("mengatakan bahwa B saat membuka ...") has a subject
of its own, a keynote's "sambutan kunci" is no opening, an object that is no event is no
opening.

All sentences are invented for these tests (fictional people, outlets and places).
"""

from __future__ import annotations

from extract_people import HELD, people


def roles(text: str) -> dict[str, str]:
    return {name: s.role for name, s in people(text).items()}


def test_subject_then_opening_clause_then_main_verb() -> None:
    found = {name: (s.role, s.position) for name, s in people(
        "KEDIRI - Balai Literasi Jawa Timur menyiapkan pekan keuangan digital bagi jurnalis, "
        "Kamis (4/2/2021).\n\nKepala Balai Literasi Kediri Harun Setiabudi saat membuka Media "
        "literacy program 2021 secara virtual menjelaskan pihaknya sudah menyiapkan tiga "
        "kelas lanjutan.").items()}
    assert found == {"Harun Setiabudi": ("opening", "Kepala Balai Literasi Kediri")}


def test_main_predicate_before_the_opening_clause() -> None:
    text = ("Pendidikan integritas perlu cara baru agar sampai ke sekolah.\n\nWakil Ketua "
            "Dewan Etika Nasional (DEN) Rahmat Sujatmiko menyampaikan pandangannya saat membuka "
            "Lokakarya Penguatan Jejaring Guru Berintegritas secara daring di Bogor (12/5).\n\n"
            "Rahmat menerangkan, lokakarya ini dibagi menjadi dua seri.")
    found = {name: (s.role, s.position) for name, s in people(text).items()}
    assert found == {"Rahmat Sujatmiko": ("opening", "Wakil Ketua Dewan Etika Nasional (DEN)")}


def test_dalam_memberikan_sambutan_after_an_apposed_subject() -> None:
    found = roles(
        HELD + "Saat memberikan sambutan kunci, Menteri Kelautan, Sinta Maharani, menyampaikan "
        "pentingnya data desa.\n\nSementara itu, Menteri Perhubungan, Teguh W. Saragih, dalam "
        "memberikan sambutan mengatakan, desa pesisir adalah halaman depan negara.")
    assert found["Teguh W. Saragih"] == "opening"


def test_complement_clause_has_its_own_subject() -> None:
    found = roles(
        HELD + "Narasumber webinar ini adalah dosen Universitas Tanjung Uji, Laras Wicaksono."
        "\n\nKetua Panitia Bima Ardiansyah mengatakan bahwa peserta menyimak dengan baik "
        "saat membuka sesi tanya jawab.")
    assert found.get("Bima Ardiansyah") != "opening"


def test_object_that_is_no_event_is_no_opening() -> None:
    found = roles(
        HELD + "Narasumber webinar ini adalah dosen Universitas Tanjung Uji, Laras Wicaksono."
        "\n\nKepala Dinas Koperasi Yudha Pranata saat membuka peluang usaha baru bagi warga "
        "menjelaskan pentingnya modal awal.")
    assert found.get("Yudha Pranata") != "opening"
