"""Speaker precision, thirteenth round: name shapes and clause shapes that are no people.

- A degree written with a space for its first full stop and none at all ("M Sc", "S Pd")
  ends the name, as "M. Sc" does: the letter is no initial of the name, the field no
  name word.
- A bare listing (a sentence that is nothing but people with their positions) never holds
  an auxiliary ("sudah", "bisa", "akan"): one written with a capital is a headline in title
  case, a link to another report, whose capitalised words only look like names.
- A name that the excerpt's end cuts off ("..., Kak Rin") is no name to give.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import HELD, people

from index.extract.clause_words import holds_auxiliary
from index.extract.cut_names import cut_off
from index.extract.people_3_phrase import parse_person
from index.model import Speaker


def test_a_degree_without_its_stops_ends_the_name() -> None:
    person = parse_person("Ir Lestari Wandani M Sc, Kepala Balai Benih Ikan")
    assert person is not None
    assert person.name == "Lestari Wandani"
    assert person.position == "Kepala Balai Benih Ikan"


def test_a_degree_without_its_stops_in_a_whole_article() -> None:
    found = people(HELD + "Dr Hendra Kusumadi M Si, Kepala Pusat Riset Pangan, yang menjadi "
                   "narasumber pada webinar ini menjelaskan cara menanam padi.")
    assert "Hendra Kusumadi" in found
    assert "Hendra Kusumadi M Si" not in found


def test_an_initial_before_a_name_word_stays_in_the_name() -> None:
    # "M Ali" makes no listed degree: the initial and the word are the name's
    person = parse_person("Budi M Ali, Dosen Teknik")
    assert person is not None and person.name == "Budi M Ali"


def test_auxiliaries_mark_a_clause_in_any_case() -> None:
    assert holds_auxiliary(["Vaksin", "Sudah", "Bisa", "Didapat"])
    assert holds_auxiliary(["mereka", "akan", "hadir"])
    assert not holds_auxiliary(["Kepala", "Dinas", "Jawa", "Tengah"])


def test_a_title_case_headline_in_a_list_of_links_is_no_listing() -> None:
    found = people(HELD + "Sementara itu Wali Kota Tanjung Uji, Rudi Santika, SE, MM "
                   "mengapresiasi kerja sama panitia.\n\n- Banjir Rob di Pesisir, Dua Rumah "
                   "Terendam\n- H-3 Tahun Baru, Kapolres Lembang: Sudah Diterapkan Satu Arah "
                   "Di Terminal Cibiru\n- Warga Dusun Sukawening Gelar Kerja Bakti")
    assert "Rudi Santika" in found
    assert "Tahun Baru" not in found
    assert "Terminal Cibiru" not in found


def test_a_title_case_headline_after_a_link_cue_is_no_person() -> None:
    found = people(HELD + "Pembicara webinar ini yaitu Darmaji, SS, M.Hum dari Kepala Arsip "
                   "Daerah dengan Wulan Sariputri, M.Pd sebagai Editor Majalah,” katanya.\n\n"
                   "Baca Juga:   Kabar Baik! RSUD Kota Lembah Sudah Bisa Uji Sampel Darah\n\n"
                   "Dikatakannya, ada juga ratusan peserta lainnya.")
    assert "Darmaji" in found
    assert "Uji Sampel Darah" not in found


def test_a_name_cut_off_by_the_excerpts_end_is_left_out() -> None:
    found = people(HELD + "Acara dibuka oleh Ketua Panitia Sinta Maharani. Webinar ini "
                   "menghadirkan dua narasumber yang berkompeten. Narasumber pertama yaitu "
                   "Kak Wiryo")
    assert "Sinta Maharani" in found
    assert "Wiryo" not in found


def test_a_name_cut_off_after_its_initial_is_left_out() -> None:
    found = people(HELD + "Meanwhile, the third speaker, Head of the Fisheries Office of "
                   "Tanjung Uji, Markus T")
    assert "Markus T" not in found


def test_a_card_line_that_ends_the_page_keeps_its_name() -> None:
    speaker = Speaker(name="Rina Wati", role="moderator")
    assert not cut_off(speaker, "Moderator: Rina Wati", "Moderator: Rina Wati")
    assert not cut_off(speaker, "Dipandu Rina Wati", "Dipandu Rina Wati")


def test_a_name_written_in_full_before_the_end_is_kept() -> None:
    speaker = Speaker(name="Rina Wati")
    article = "Rina Wati membuka acara. Lalu sesi tanya jawab dipandu oleh Rina Wati"
    assert not cut_off(speaker, "Lalu sesi tanya jawab dipandu oleh Rina Wati", article)
    assert cut_off(speaker, "Lalu sesi tanya jawab dipandu oleh Rina Wati",
                   "Lalu sesi tanya jawab dipandu oleh Rina Wati")


def test_a_bare_listing_after_a_sentence_about_the_audience_lists_attendees() -> None:
    found = people(HELD + "Ada 52 peserta yang ikut menghadiri diskusi ini, diantaranya utusan "
                   "dari beberapa kota seperti Kendari, Ambon dan Ternate.\n"
                   "Galih Prasetyo dari Partai Bulan Terang Kendari, Sarinah Utami dari "
                   "Partai Bulan Terang Ambon, dan Doni Saputra dari Partai Laut Biru "
                   "Ternate.\nDalam webinar ini Ratih Kemuning (Lembaga Kajian Desa) hadir "
                   "sebagai pembicara.")
    assert "Ratih Kemuning" in found
    assert "Galih Prasetyo" not in found
    assert "Doni Saputra" not in found


def test_a_bare_listing_after_a_sentence_on_the_programme_is_still_read() -> None:
    found = people(HELD + "Webinar ini menghadirkan dua narasumber yang ahli di bidangnya.\n"
                   "Galih Prasetyo (Dosen Universitas Lembah Hijau), dan Sarinah Utami "
                   "(Peneliti Balai Riset Pangan).")
    assert "Galih Prasetyo" in found and "Sarinah Utami" in found


def test_those_present_as_the_audience_are_no_speakers() -> None:
    found = people(HELD + "Ketua Panitia Yoga Santosa membuka webinar ini. Peserta yang hadir "
                   "terdiri dari Ketua Paguyuban Tani Makmur, Sekretaris Paguyuban Tani "
                   "Makmur, Penyuluh Lapangan se Kabupaten Uji, dan Kelompok Wanita Tani.")
    assert "Yoga Santosa" in found
    assert not any("Paguyuban" in name or "Makmur" in name for name in found)


def test_a_title_split_from_the_name_by_a_comma_is_no_person() -> None:
    found = people(HELD + "Acara dibuka secara langsung oleh Dekan Fakultas Teknik Dr. Hj, "
                   "Wulandari Kusumastuti, M. Eng. Webinar ini menghadirkan narasumber "
                   "Dr. Bayu Anggoro (Dosen Teknik Sipil Universitas Lembah Hijau).")
    assert "Hj" not in found
    assert "Wulandari Kusumastuti" in found
