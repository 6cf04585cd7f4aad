"""Reported speech read through its quote tag: every verb of the tag's class ("ucap",
"pungkas"), a tag whose person phrase runs into when they spoke with no comma ("..., Direktur
X dalam sambutannya"), the words inside a quotation that are no sign of another occasion,
and a session named only sentences after the full name ("..., ” ucap A dalam webinar ...").

All sentences are invented for these tests (fictional people, outlets and places).
"""

from __future__ import annotations

from index.extract.reported_speech import reported_speakers, said_elsewhere

from extract_people import people


def _names(text: str) -> list[str]:
    return [r.person.name for r in reported_speakers(text, 0)]


def test_ucap_is_a_verb_of_the_quote_tag() -> None:
    text = ("“Sekolah harus menjadi tempat yang aman bagi semua murid,” ucap Ketua Yayasan "
            "Cahaya Pelita, Bambang Sutejo.")
    assert _names(text) == ["Bambang Sutejo"]


def test_pungkas_is_a_verb_of_the_quote_tag() -> None:
    text = ("“Kerja sama lintas daerah tidak bisa ditunda lagi,” pungkas Kepala Bappeda "
            "Kabupaten Lembah Hijau, Ratna Kumalasari.")
    assert _names(text) == ["Ratna Kumalasari"]


def test_a_tag_person_ends_where_when_they_spoke_begins() -> None:
    text = ("“Politeknik siap menjadi mitra industri perikanan di pesisir selatan,” Ungkap "
            "Rudi Hartawan, Direktur Politeknik Lautan Jaya dalam sambutannya.")
    assert _names(text) == ["Rudi Hartawan"]
    text = ("“Selamat datang kepada seluruh peserta dari lima provinsi,” tutur Kepala Balai "
            "Bahasa Tanah Seberang Wulan Sasmita saat membuka acara.")
    assert _names(text) == ["Wulan Sasmita"]


def test_a_quotation_that_speaks_of_after_the_webinar_was_said_at_it() -> None:
    assert not said_elsewhere(
        "“Rencana aksi ini akan kita susun bersama setelah webinar ini,” ujar Ketua Forum "
        "Petani Muda, Gilang Prakoso.")
    assert not said_elsewhere(
        "Hasilnya akan kami bawa ke rapat tahun lalu saja,” ujar Gilang Prakoso.")
    assert said_elsewhere("“Kami siap membantu,” ujar Gilang Prakoso kepada wartawan.")


def test_a_session_named_after_a_long_quotation_places_the_full_name() -> None:
    found = people(
        "JAKARTA - Ketahanan pangan keluarga menjadi pekerjaan rumah bersama di masa sulit.\n\n"
        "Kepala Badan Pangan Nusantara, Hendra Wicaksono Putra mengatakan, cadangan beras "
        "nasional harus dijaga bersama seluruh daerah.\n\n"
        "“Stok kita saat ini aman untuk enam bulan ke depan.\n\n"
        "Distribusi ke daerah terpencil juga terus kami perbaiki.\n\n"
        "Petani lokal tetap menjadi tulang punggung,” ucap Wicaksono dalam webinar bertema "
        "Pangan Tangguh untuk Keluarga, Kamis (3/3).")
    assert found["Hendra Wicaksono Putra"].role == "other"
    assert found["Hendra Wicaksono Putra"].position == "Kepala Badan Pangan Nusantara"


def test_a_later_session_does_not_place_someone_it_does_not_name() -> None:
    found = people(
        "JAKARTA - Ketahanan pangan keluarga menjadi pekerjaan rumah bersama di masa sulit.\n\n"
        "Kepala Badan Pangan Nusantara, Hendra Wicaksono Putra mengatakan, cadangan beras "
        "nasional harus dijaga bersama seluruh daerah.\n\n"
        "“Stok kita saat ini aman untuk enam bulan ke depan.\n\n"
        "Distribusi ke daerah terpencil juga terus kami perbaiki.\n\n"
        "Petani lokal tetap menjadi tulang punggung,” ucap Dewi Anggraeni Lestari, Ketua "
        "Koperasi Tani Makmur, dalam webinar bertema Pangan Tangguh untuk Keluarga, Kamis (3/3).")
    assert "Hendra Wicaksono Putra" not in found
