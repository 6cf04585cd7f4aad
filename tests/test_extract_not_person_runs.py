"""Capitalised runs that stand where a name would but name no person: what follows a
locative preposition (a place or a body), a body named with its town, a determiner before a
job ("Sang Ketua"), a preposition or adverb capitalised in a headline, "Pasca Sarjana", and
people who are only seen to be present ("Nampak hadir ...").

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import HELD, people


def test_a_run_after_a_locative_preposition_is_a_place_or_body() -> None:
    found = people(HELD + "Narasumber webinar antara lain Dr. Wulan Sekarsari M.Kes., Ketua "
                   "Persagi, dosen gizi di Stikes Wiyata Husada, Jawa Tengah serta Rudi "
                   "Hartanto, S.Gz.")
    assert set(found) == {"Wulan Sekarsari", "Rudi Hartanto"}


def test_english_run_after_in_is_a_place() -> None:
    found = people("The webinar on 4 May 2022 brought together 60 participants including "
                   "guest speakers from 18 member universities in South West Europe, Morocco, "
                   "Egypt and Kenya.\n\nThe first session was opened by Dr. Amara Quinlan, Dean "
                   "of Lakeshore College.")
    assert set(found) == {"Amara Quinlan"}


def test_a_body_named_with_its_town_is_no_person() -> None:
    found = people(HELD + "Pemateri webinar yaitu Kak Drs. Hendro Wibisono, M.M., Sekretaris "
                   "Kwartir Cabang, dan Kak Ir. Lukas Sembada, Pengurus Gugus Wira Sasmita "
                   "Malang.")
    assert set(found) == {"Hendro Wibisono", "Lukas Sembada"}
    found = people(HELD + "Kegiatan dibuka oleh MC dua siswi SMA Al Hikmah Ambon, lalu sambutan "
                   "kepala sekolah, kemudian diserahkan kepada Moderator, Yusran Latuconsina "
                   "yang memandu diskusi.")
    assert set(found) == {"Yusran Latuconsina"}


def test_a_determiner_before_a_job_is_no_name() -> None:
    found = people(HELD + "Dialog dibuka oleh Ketua Umum PORSIDA Pusat, Sutan Malik. "
                   "Ucapan terima kasih kepada peserta disampaikan oleh Sang Ketua Umum PORSIDA "
                   "Pusat mengawali dialog.")
    assert set(found) == {"Sutan Malik"}


def test_headline_words_are_no_names() -> None:
    found = people("Bersyiar Lewat Media, Mengaji Dulu Yuk!\n\nUji.com – Dalam rangka hari jadi "
                   "Pesantren Uji, santri menggelar webinar pada Sabtu (3/9/2022). Narasumber "
                   "webinar adalah Rahmat Hidayat, penulis buku anak.")
    assert set(found) == {"Rahmat Hidayat"}


def test_a_study_programme_in_two_words_is_no_name() -> None:
    found = people(HELD + "Narasumber webinar antara lain Dr. Wulan Sekarsari M.Kes., Ketua "
                   "Persagi, dosen Pasca Sarjana, Jawa Tengah serta Rudi Hartanto, S.Gz.")
    assert set(found) == {"Wulan Sekarsari", "Rudi Hartanto"}


def test_someone_only_seen_present_is_not_on_the_programme() -> None:
    found = people(HELD + "Webinar dibuka oleh Kepala Dinas Kominfo, Yusuf Hamdani. Nampak hadir "
                   "dalam kegiatan ini yakni Marlina selaku Kepala Bidang Statistik Diskominfo "
                   "Uji.")
    assert set(found) == {"Yusuf Hamdani"}


def test_the_head_of_a_body_led_by_someone_is_no_moderator() -> None:
    found = people(HELD + "Webinar kedua ini digelar pada Sabtu 25 Juli 2020. Laboratorium yang "
                   "dipimpin oleh Prof. Dr. Hartono Sasmito, SU. tersebut kali ini mengangkat "
                   "tema “Obat dan Gizi”. Narasumber webinar adalah Dr. Rini Asmara, M.Si.")
    assert set(found) == {"Rini Asmara"}
    found = people(HELD + "Diskusi yang dipimpin oleh Hartono Sasmito menghadirkan narasumber "
                   "Dr. Rini Asmara, M.Si.")
    assert {n: s.role for n, s in found.items()} == {"Hartono Sasmito": "moderator",
                                                     "Rini Asmara": "speaker"}
