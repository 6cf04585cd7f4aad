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
