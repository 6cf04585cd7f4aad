"""Speakers the rules once dropped whole, tenth round: the agent of a passive verb of giving a
talk written without "oleh" ("Materi kedua disampaikan Kepala Dinas X, A"), which Indonesian
allows right after the verb. Only a talk or speech noun as the verb's subject makes it a slot
on the programme; a bare "disampaikan A" after an opinion or in a quotation stays someone's
reported words (``content_frames``). A nickname the article states after a full name ("akrab
disapa X", "dikenal dengan nama X", "(Romo X)") or marks after itself ("X, demikian ia disapa")
is that person again, never a second one (``nicknames``).

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import HELD, people

from index.extract.people_6_slots import find_cues


def _cue_texts(text: str) -> list[str]:
    return [c.text for c in find_cues(text)]


def test_a_speech_given_by_an_agent_without_oleh() -> None:
    found = people(HELD + "Pidato kedua diskusi disampaikan Ketua Forum Literasi Uji, Rukmini "
                   "Lestari. Dalam pidatonya, dia mengajak warga membaca berita dengan teliti.")
    assert {n: (s.role, s.position) for n, s in found.items()} == {
        "Rukmini Lestari": ("speaker", "Ketua Forum Literasi Uji")}


def test_a_topic_presented_by_an_addressed_agent() -> None:
    found = people(HELD + "Topik literasi keluarga dibawakan Bu Sekar Ayuningtyas, guru SMA "
                   "Negeri 3 Uji. Ia mengajak orang tua membaca bersama anak.")
    assert {n: (s.role, s.position) for n, s in found.items()} == {
        "Sekar Ayuningtyas": ("speaker", "guru SMA Negeri 3 Uji")}


def test_an_opinion_or_a_quotation_is_no_programme_slot() -> None:
    found = people(HELD + "Pendapat itu disampaikan Menteri Urusan Uji Baskoro Adi dalam "
                   "keterangan tertulis. “Apa yang disampaikan Pak Baskoro harus dijalankan "
                   "semua dinas,” kata warga.")
    assert "Baskoro Adi" not in found


def test_a_nickname_in_brackets_after_the_full_name_is_no_second_person() -> None:
    found = people(HELD + "Webinar mengundang Fransiskus Adi Nugroho (Romo Nugi), Ketua "
                   "Komisi Kepemudaan Keuskupan Uji, sebagai narasumber. Selain Romo Nugi, "
                   "hadir sebagai narasumber Dr. Sekar Ayuningtyas, dosen Universitas Uji.")
    assert "Nugi" not in found


def test_a_nickname_marked_by_sapaan_refers_back() -> None:
    found = people(HELD + "Webinar menghadirkan narasumber Ketua Forum Literasi Uji, Wulandari "
                   "Kusumaningrum. Dalam paparannya, Kirana, sapaannya, menjelaskan cara "
                   "memeriksa berita. Kirana hadir sebagai narasumber pertama.")
    assert set(found) == {"Wulandari Kusumaningrum"}


def test_a_topic_referred_to_by_a_demonstrative_presented_without_oleh() -> None:
    found = people(HELD + "Topik ini dipaparkan Pak Yosef Wuritimur, guru SMA Negeri 2 Uji. "
                   "Ia mengajak guru menulis setiap hari.")
    assert found["Yosef Wuritimur"].role == "speaker"


def test_a_passive_prefix_written_apart_is_guarded_too() -> None:
    assert _cue_texts("Hal itu di sampaikan Kepala Dinas Uji Bagus Wirawan.") == []
    assert "di sampaikan" in _cue_texts(
        "Materi kedua di sampaikan Kepala Dinas Uji Bagus Wirawan.")


def test_a_nickname_stated_after_the_full_name_is_no_second_person() -> None:
    found = people(HELD + "Webinar mengundang Margaretha Sulistyowati, yang akrab disapa Bu "
                   "Etha, guru SD Negeri 4 Uji, sebagai narasumber. Selain Bu Etha, hadir "
                   "sebagai narasumber Dr. Sekar Ayuningtyas, dosen Universitas Uji.")
    assert "Etha" not in found
    assert found["Margaretha Sulistyowati"].role == "speaker"
    found = people(HELD + "Webinar mengundang Bonifasius Kelen, dosen Universitas Uji yang "
                   "dikenal dengan nama Bonny, sebagai narasumber. Selain Bonny, hadir "
                   "sebagai narasumber Dr. Sekar Ayuningtyas, guru SD Negeri 4 Uji.")
    assert "Bonny" not in found


def test_a_nickname_marked_by_demikian_ia_disapa_refers_back() -> None:
    found = people(HELD + "Webinar menghadirkan narasumber Kepala Balai Bahasa Uji, "
                   "Hermanus Kopong Lewar. Hermus, demikian ia disapa, mengajak peserta "
                   "membaca karya sastra daerah.")
    assert set(found) == {"Hermanus Kopong Lewar"}
