"""Participant counts, and numbers that are not counts (invented sentences)."""

from __future__ import annotations

import pytest

from index.extract.participants import participant_count
from index.extract.sentences import split_sentences


def count_of(text: str) -> int | None:
    return participant_count(split_sentences(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Seminar ini diikuti 287 orang peserta dari berbagai desa.", 287),
    ("Diskusi dihadiri sekitar 450 peserta daring.", 450),
    ("Pelatihan tersebut dihadiri oleh lebih dari 2.100 orang dari berbagai kota.", 2100),
    ("Tercatat jumlah peserta yang mengikuti diskusi ini sejumlah 612.", 612),
    ("Ada 60 an Peserta yang mengikuti lokakarya ini.", 60),
    ("More than 90 participants joined the session.", 90),
    ("Talkshow diikuti oleh kurang lebih 1.200 siswa dari 40 sekolah.", 1200),
    ("Sebanyak 95 petani muda mengikuti webinar tersebut.", 95),
    ("Seminar dihadiri 150 peserta luring dan sekitar 300 peserta daring.", 450),
    ("Webinar kebangsaan itu diikuti 2 ribu peserta dari seluruh Nusantara.", 2000),
    ("Kuliah umum diikuti kurang lebih 1,5 ribu peserta.", 1500),
    ("Webinar diikuti tak kurang dari 2 ribuan peserta.", 2000),
    ("The forum was attended by 3 thousand participants.", 3000),
    ("Webinar diikuti lebih dari 1.300 peserta dari 20 provinsi.", 1300),
    ("Dengan jumlah total 215 angka peserta, diskusi berlangsung hangat.", 215),
    ("Sebanyak 450 guru peserta mengikuti pelatihan.", 450),
    ("Webinar ini dihadiri oleh sekitar 500-an orang.", 500),
    ("Total peserta 120 orang dari berbagai kampus.", 120),
    ("Webinar dengan jumlah peserta 640 orang itu berlangsung lancar.", 640),
    ("Jumlah peserta: 312 orang.", 312),
    ("Peserta berjumlah 87 orang.", 87),
])
def test_counts(text: str, expected: int) -> None:
    assert count_of(text) == expected


@pytest.mark.parametrize("text", [
    "Program ini menargetkan 48.000 peserta hingga akhir tahun.",
    "Webinar itu dihadiri ratusan peserta daring.",
    "Pengguna telepon pintar di provinsi itu mencapai 3,4 juta jiwa.",
    "Webinar menghadirkan tiga orang narasumber.",
    "Acara juga dihadiri oleh 15 pengurus yayasan.",
    "Dinas menyelenggarakan 730 kegiatan di 11 kabupaten.",
    "Target panitia yang diharapkan mencapai 250 peserta belum tercapai.",
    "Lomba debat diikuti 12 tim peserta dari berbagai kampus.",
    "Sejak 2021 para peserta program menerima sertifikat.",
    "Kegiatan ditargetkan diikuti 2 ribu peserta.",
    "Webinar itu diikuti ribuan peserta.",
    "Ada 3 orang peserta yang bertanya kepada narasumber.",
    "Peserta diminta hadir 15 menit sebelum acara, kata 2 orang panitia.",
    "One of the UJIFEST2024 participants asked about the archive.",
])
def test_numbers_that_are_not_participant_counts(text: str) -> None:
    assert count_of(text) is None


def test_the_first_stated_count_wins_over_a_later_target() -> None:
    text = ("Kegiatan ini diikuti oleh 388 peserta dari berbagai kalangan. Rangkaian program "
            "menargetkan 48.000 orang peserta.")
    assert count_of(text) == 388


@pytest.mark.parametrize(("text", "expected"), [
    ("Webinar itu diikuti tiga ratus dua puluh peserta dari berbagai desa.", 320),
    ("Kegiatan diikuti seratus lima puluh siswa kelas XII.", 150),
    ("Diskusi diikuti oleh sekitar seratus peserta dari kalangan mahasiswa.", 100),
    ("Talkshow diikuti tak kurang dari delapan puluh pelaku usaha kecil.", 80),
    ("Webinar ini diikuti lima puluh tiga petani anggota koperasi.", 53),
    ("The session drew about two hundred and fifty participants from four countries.", 250),
    ("Around 180 researchers, officials and students followed the discussion online.", 180),
    ("Seminar daring itu dihadiri seribu dua ratus peserta.", 1200),
])
def test_counts_written_in_words(text: str, expected: int) -> None:
    assert count_of(text) == expected


@pytest.mark.parametrize("text", [
    "Dua peserta bertanya tentang jadwal pelatihan berikutnya.",
    "Salah satu peserta, Rina Lestari, mengajukan pertanyaan.",
    "Webinar menghadirkan tiga orang narasumber dan diikuti ratusan peserta.",
    "Ada dua tiga peserta yang terlambat bergabung.",
])
def test_small_or_broken_number_words_are_not_counts(text: str) -> None:
    assert count_of(text) is None



@pytest.mark.parametrize(("text", "expected"), [
    # every approximator of the class, alone or in a run
    ("Lebih kurang 2750 warga mengikuti lokakarya itu dari rumah masing-masing.", 2750),
    ("Total pesertanya pada hari kedua berkisar 430 orang.", 430),
    ("Tercatat tidak kurang dari 240 jurnalis dari berbagai kabupaten turut serta dalam diskusi.",
     240),
    ("Kira-kira 75 penyuluh yang bertugas di pesisir ambil bagian dalam pelatihan itu.", 75),
])
def test_approximators_as_one_class(text: str, expected: int) -> None:
    assert count_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a noun of the audience class may take a long qualifier before the verb of taking part
    ("Ada sekitar 212 kader posyandu asal 27 kecamatan di Sukamaju yang ikut serta dalam "
     "pelatihan.", 212),
    # the event, a preposition and its audience
    ("Kuliah umum bersama 140 mahasiswa baru itu berlangsung di aula rektorat.", 140),
    ("Dinas menggelar pelatihan daring bagi 85 nelayan muda di Pantai Indah.", 85),
    ("The faculty held a workshop for 60 teachers from rural schools.", 60),
    # "participated by", the Indonesian-English "diikuti oleh"
    ("The festival was participated by around 1,800 students of twelve universities.", 1800),
])
def test_counts_of_the_audience_class(text: str, expected: int) -> None:
    assert count_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an aside in brackets is read through
    ("Lokakarya tersebut diikuti 3.000 (tiga ribu) peserta dari 30 provinsi.", 3000),
    ("Sekitar 150-an (menurut panitia) peserta menyimak paparan itu lewat kanal daring.", 150),
    ("Sebanyak 37 peserta luring (tatap muka) dan 42 peserta daring (zoom) hadir.", 79),
])
def test_asides_in_brackets(text: str, expected: int) -> None:
    assert count_of(text) == expected


def test_relative_clause_of_taking_part_and_a_hybrid_sum_written_mode_first() -> None:
    text = ("Menurut panitia, pendaftarnya 300 orang guru. Dari jumlah itu, yang hadir secara "
            "luring berjumlah 41 serta daring 96 orang.")
    assert count_of(text) == 137
    assert count_of("Relawan yang telah ikut dalam kelas itu berjumlah 88 orang.") == 88


@pytest.mark.parametrize("text", [
    "Webinar bersama 3 orang narasumber dari kampus itu berlangsung dua jam.",
    "Seminar dengan 4 dosen sebagai narasumber itu berlangsung hangat.",
    "Sebanyak 18 kepala puskesmas, 9 kepala klinik dan 4 kepala rumah sakit daerah yang terpilih "
    "sebagai percontohan mengikuti pelatihan.",
    "Saat ini lulusan kursus daring lembaga itu telah melampaui 9.000 peserta.",
    "Hingga kini program literasi tersebut telah diikuti 25.000 peserta.",
])
def test_numbers_of_the_audience_class_that_are_not_counts(text: str) -> None:
    assert count_of(text) is None
