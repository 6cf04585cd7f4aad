"""Officials' remarks told through the class of verbs of thanking and appreciating, two
officials who share one verb, and the key-speaker nouns.

All sentences are invented for these tests (fictional people, bodies and places).
"""

from __future__ import annotations

from index.extract.event import extract_event
from index.extract.reported_speech import reported_speakers
from index.model import Speaker
from index.pipeline.records import article_from_text

_HEAD = (
    "Forum Guru Lembah Gelar Webinar Literasi\n\n"
    "LEMBAH - Forum Guru Lembah menyelenggarakan webinar literasi sekolah, Sabtu "
    "(8/6/2024).\n\n"
    "Narasumber webinar adalah Dr. Ayu Lestari, dosen Institut Sukamaju.\n\n")


def people(text: str) -> dict[str, Speaker]:
    event = extract_event(article_from_text(text, "https://uji.example/berita"))
    assert event is not None
    return {s.name: s for s in event.speakers}


def names(sentence: str, lead: int = 0) -> list[str]:
    return [r.person.name for r in reported_speakers(sentence, lead)]


def test_mengucapkan_terima_kasih_is_a_verb_of_remarks() -> None:
    found = people(_HEAD + "Ketua Forum Guru Lembah, Bambang Sutrisno, mengucapkan terima kasih "
                   "kepada mitra forum yang telah mendukung pelatihan guru.")
    assert found["Bambang Sutrisno"].role == "other"
    assert found["Bambang Sutrisno"].position == "Ketua Forum Guru Lembah"


def test_the_class_of_thanks_verbs_with_their_affixed_and_english_forms() -> None:
    assert names("Bupati Lembah Hijau, Drs H Sulistyo, memberikan apresiasi kepada panitia.") \
        == ["Sulistyo"]
    assert names("Ketua Panitia, Rina Sari, tak lupa menghaturkan ucapan terima kasih kepada "
                 "peserta.") == ["Rina Sari"]
    assert names("Ketua Panitia, Rina Sari, berterima kasih kepada peserta.") == ["Rina Sari"]
    assert names("The Dean of the Faculty, Dr. Maria Lopez, thanked the organisers.") == [
        "Maria Lopez"]
    assert names("The Dean of the Faculty, Dr. Maria Lopez, expressed her deep appreciation to "
                 "the organisers.") == ["Maria Lopez"]


def test_an_adverb_of_degree_before_the_verb() -> None:
    found = people(_HEAD + "Dekan Fakultas Teknik Unmaju, Prof. Dr. Santoso sangat mengapresiasi "
                   "kegiatan yang melibatkan guru terutama bertujuan menumbuhkan minat baca.")
    assert found["Santoso"].role == "other"


def test_whoever_is_thanked_is_not_listed() -> None:
    found = people(_HEAD + "Rektor Unmaju, Prof. Dr. Santoso mengucapkan terima kasih kepada "
                   "Kepala Dinas Pendidikan Lembah, Budi Hartono, atas dukungannya.")
    assert found["Santoso"].role == "other"
    assert "Budi Hartono" not in found


def test_thanks_given_in_a_press_statement_is_not_listed() -> None:
    thanks = "Ketua Forum Guru Lembah, Bambang Sutrisno, mengucapkan terima kasih kepada mitra."
    assert "Bambang Sutrisno" in people(_HEAD + thanks)
    assert "Bambang Sutrisno" not in people(_HEAD + "Dalam keterangan tertulisnya, " + thanks)


def test_one_who_was_represented_is_not_listed() -> None:
    found = people(
        "Mahasiswa Unmaju Gelar Webinar UMKM\n\n"
        "Mahasiswa Unmaju bekerja sama dengan Dinas Koperasi Lembah mengadakan webinar "
        "bertema “Bangga Produk Lokal”.\n\n"
        "Kepala Dinas Koperasi Lembah, Wati Handayani, S.Sos menyambut baik kegiatan mahasiswa "
        "tersebut.\n\n"
        "Terdapat dua narasumber, yaitu Kepala Dinas Koperasi Lembah Wati Handayani, S.Sos yang "
        "dalam hal ini diwakili oleh Yusuf Rahman, SE., M.Si, dan Dr. Ayu Lestari.")
    assert "Wati Handayani" not in found
    assert "Yusuf Rahman" in found


def test_two_officials_joined_by_serta_share_the_verb() -> None:
    found = people(
        "Komunitas Guru Lembah Sukses Gelar Webinar\n\n"
        "LEMBAH - Webinar bertajuk “Pengawas Sekolah sebagai Mitra Refleksi bagi Guru Muda "
        "di Kelas Multibahasa” sukses dilaksanakan.\n\n"
        "Kepala Balai Guru Lembah, Rudi Santoso, M.Pd., yang membuka langsung webinar itu.\n\n"
        "Senada dengan itu, Kepala Dinas Pendidikan Kota Lembah, Andi Wirawan, M.Si, serta "
        "Kepala Cabang Dinas Provinsi Nusa Wilayah Lembah Timur dan Kota Lembah, Sinta Dewi "
        "Kartika, S.Si., M.Pd, juga menyampaikan apresiasi terhadap program itu.")
    assert found["Andi Wirawan"].role == "other"
    assert found["Sinta Dewi Kartika"].role == "other"
    assert found["Sinta Dewi Kartika"].position == (
        "Kepala Cabang Dinas Provinsi Nusa Wilayah Lembah Timur dan Kota Lembah")


def test_dan_between_two_bodies_of_one_position_joins_no_people() -> None:
    assert names("Rektor Unmaju, Prof. Dr. Santoso dan Dekan FEB Unmaju, Dr. Rina Sari "
                 "mengatakan kegiatan ini penting.") == ["Santoso", "Rina Sari"]
    assert names("Sementara itu, Rudi Santoso, Ketua Bidang Diklat dan Litbang DPP IKAMI, "
                 "menambahkan bahwa pelatihan penting.", 15) == ["Rudi Santoso"]
    assert names("Menteri Pendidikan Tinggi, Sains, dan Teknologi, Rudi Santoso menyampaikan "
                 "apresiasi kepada panitia.") == ["Rudi Santoso"]


def test_narasumber_kunci_is_the_keynote() -> None:
    found = people(
        "Kementerian Desa Lembah menyelenggarakan webinar gizi anak, Kamis (18/6).\n\n"
        "Narasumber Kunci dalam acara tersebut adalah Kepala Badan Gizi Lembah, Hasan "
        "Basri, serta narasumber lainnya Dr. Ayu Lestari.")
    assert found["Hasan Basri"].role == "keynote"
    assert found["Ayu Lestari"].role == "speaker"
