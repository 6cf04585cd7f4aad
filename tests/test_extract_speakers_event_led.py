"""Guests presented by a verb or "bersama" whose clause is about the event (invented text):
"Webinar yang mengundang A dari X dan B dari Y", "panitia menggandeng beberapa tokoh, di
antaranya A, B", "menggelar Webinar X bersama (dengan) A dan B"; the same words joining
partners or meaning "together" present no one."""

from __future__ import annotations

from extract_people import HELD, people


def test_event_that_invites_two_guests() -> None:
    """"Webinar yang mengundang A dari X dan B dari Y": both are its speakers."""
    found = people("Jurusan Geografi Universitas Tanjung Uji menyelenggarakan webinar bertajuk "
                   "“Kota dan Air” pada 3 Mei 2021. Webinar yang mengundang Dr. Rina Kusuma "
                   "dari Universitas Lembah Hijau dan Dr. Bayu Setiadi dari Balai Riset Pantai "
                   "diselenggarakan melalui zoom.")
    assert found["Rina Kusuma"].role == "speaker"
    assert found["Bayu Setiadi"].role == "speaker"


def test_organisers_bring_in_figures_listed_after_di_antaranya() -> None:
    """"Panitia juga menggandeng beberapa tokoh, di antaranya A, B dan C"."""
    found = people(HELD + "Panitia juga menggandeng beberapa tokoh daerah di antaranya budayawan "
                   "Lukas Harjo, pelukis Marta Wulandari, dan dosen Universitas "
                   "Tanjung Uji Dr. Anton Priyadi.")
    assert {"Lukas Harjo", "Marta Wulandari", "Anton Priyadi"} <= set(found)


def test_webinar_with_its_theme_bersama_dengan_two_names() -> None:
    """"mengadakan Webinar X dengan mengusung tema “Y” bersama dengan A dan B"."""
    found = people("UJI – Komunitas Pena Muda mengadakan Webinar Menulis Cerpen dengan mengusung "
                   "tema “Menulis dari Kampung” bersama dengan Rahmat Hidayat dan Sinta Maharani. "
                   "Sabtu (4/6/2022).")
    assert found["Rahmat Hidayat"].role == "speaker"
    assert found["Sinta Maharani"].role == "speaker"


def test_webinar_name_bersama_one_guest() -> None:
    """"mengadakan acara webinar Gema Hijau bersama A, yang dilakukan secara daring"."""
    found = people("UJI – Himpunan Mahasiswa Lingkungan mengadakan acara webinar Gema Hijau "
                   "bersama Dimas Pratama, yang dilakukan secara daring melalui Zoom (12/03).")
    assert found["Dimas Pratama"].role == "speaker"


def test_bersama_joining_hosts_or_meaning_together_presents_no_one() -> None:
    """"digelar Dinas X bersama Komisi Y" (a verb between: partners), "A bersama
    teman-temannya", "bersama-sama": nobody new."""
    found = people(HELD + "Webinar tersebut digelar Dinas Kominfo bersama Bupati Tanjung Uji "
                   "Hendra Wijaya. Narasumber webinar yakni Dr. Sari Melati. Setelah webinar "
                   "bersama-sama Warga Uji menanam pohon.")
    assert "Hendra Wijaya" not in found
    assert "Warga Uji" not in found
    assert "Sari Melati" in found


def test_inviting_with_no_event_in_the_sentence_presents_no_one() -> None:
    """"Bupati mengundang Camat Uji, Rudi Santoso, ke kantornya": no event in the clause."""
    found = people(HELD + "Narasumber webinar yakni Dr. Sari Melati. Sebelumnya, Bupati mengundang "
                   "Camat Uji Rudi Santoso ke kantornya.")
    assert "Rudi Santoso" not in found


def test_inviting_inside_a_quotation_presents_no_one() -> None:
    """"“... webinar ini yakni mengundang Asosiasi A, Dinas B ...,” jelas Menteri": words
    of a speaker, naming bodies, not the report presenting its guests."""
    found = people(HELD + "Narasumber webinar yakni Dr. Sari Melati. “Kami ingin mendengar "
                   "pemikiran daerah melalui webinar ini yakni mengundang Dinas Pariwisata, "
                   "Bintang Tours dan Laut Biru,” jelas Menteri.")
    assert "Bintang Tours" not in found
    assert "Laut Biru" not in found
