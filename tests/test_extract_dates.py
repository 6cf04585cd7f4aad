"""The event's date among all the dates an article mentions (invented sentences)."""

from __future__ import annotations

import pytest

from index.extract.dates import _patterns, _written_patterns, event_date
from index.extract.sentences import split_sentences


def date_of(text: str, published: str | None = None) -> str | None:
    return event_date(split_sentences(text), published)


@pytest.mark.parametrize(("text", "expected"), [
    ("Webinar digelar Selasa, 6 Juli 2021 secara daring.", "2021-07-06"),
    ("Diskusi berlangsung pada Kamis (10/09/2021) melalui Zoom.", "2021-09-10"),
    ("Pelatihan dimulai 24 Juni 2021 pukul 09.00 WIB.", "2021-06-24"),
    ("Seminar berlangsung Senin (7/3/2022) sore.", "2022-03-07"),
    ("Pada Sabtu, 14-08-2021 pukul tiga sore, webinar dimulai.", "2021-08-14"),
    ("The webinar was held on Friday, March 4, 2022.", "2022-03-04"),
    ("The club held a public lecture on 12 April, 2021.", "2021-04-12"),
    ("Jum’at, 11 Februari 2022, Jam 13.00 WIB, diskusi dibuka.", "2022-02-11"),
])
def test_indonesian_and_english_forms(text: str, expected: str) -> None:
    assert date_of(text) == expected


def test_missing_year_comes_from_another_date_in_the_text() -> None:
    text = ("Webinar pertama digelar Rabu (9/3). Webinar seri berikutnya bakal diselenggarakan "
            "Senin, 14 Maret 2022.")
    assert date_of(text) == "2022-03-09"


def test_missing_year_comes_from_the_publication_date() -> None:
    assert date_of("Lokakarya itu digelar Kamis (17/2).", "2022-02-19") == "2022-02-17"
    # An event in late December reported in early January belongs to the year before.
    assert date_of("Webinar itu digelar Rabu (29/12).", "2022-01-03") == "2021-12-29"


def test_without_any_year_the_date_stays_unknown() -> None:
    assert date_of("Diskusi itu digelar Minggu (5/6) di balai desa.") is None


def test_ranges_past_references_and_releases_are_not_the_event() -> None:
    assert date_of("Program pelatihan berjalan selama 1 Maret – 30 Juni 2022.") is None
    text = ("Gerakan yang pada 12 Januari 2022 lalu diluncurkan menteri berlanjut. Diskusi "
            "berlangsung pada Rabu, 9 Maret 2022 pukul 10.00 WIB.")
    assert date_of(text) == "2022-03-09"
    text = ("Poltek Uji menggelar seminar pada Kamis (3/3). \"Kami puas,\" katanya dalam "
            "siaran pers, Selasa (8/3/2022).")
    assert date_of(text) == "2022-03-03"


def test_byline_date_loses_to_the_event_date() -> None:
    text = "March 2, 2022, oleh: admin\n\nPada 28 Februari 2022, kampus menggelar diskusi."
    assert date_of(text) == "2022-02-28"


def test_a_missing_year_must_agree_with_the_written_weekday() -> None:
    # 11 June fell on a Thursday in 2020, not in 2021: the page's date does not lend its year.
    text = "Jumat, 4 Juni 2021\n\nDinas Uji menggelar webinar literasi pada Kamis (11/6)."
    assert date_of(text) is None
    text = "Jumat, 12 Juni 2020\n\nDinas Uji menggelar webinar literasi pada Kamis (11/6)."
    assert date_of(text) == "2020-06-11"
    # A year written on its own may serve when the weekday agrees with it.
    assert date_of("Webinar Literasi Desa 2021 digelar Senin (31/5) secara daring.") == (
        "2021-05-31")
    # A year written with the date is kept even if the weekday disagrees.
    assert date_of("Webinar digelar Senin, 1 Juni 2021.") == "2021-06-01"


def test_a_page_header_date_loses_to_the_event_sentence() -> None:
    text = ("Senin, Maret 3, 2025\n\nPelatihan digital untuk warga Kabupaten Uji digelar "
            "Selasa (7/9/2021) secara daring.")
    assert date_of(text) == "2021-09-07"


def test_numbers_in_names_are_not_dates() -> None:
    text = ("Universitas 17 Agustus dan Kampus Jalan 10 November menggelar webinar pada Rabu "
            "(9/3). Webinar seri berikutnya bakal diselenggarakan Senin, 14 Maret 2022.")
    assert date_of(text) == "2022-03-09"


def test_dates_in_quotes_or_of_other_occasions_lose() -> None:
    text = ("Dinas Uji menggelar webinar pada Kamis (10/11/2022). “Sejak 3 Oktober 2022 kami "
            "bersiap,” katanya.")
    assert date_of(text) == "2022-11-10"
    text = ("Webinar memperingati Hari Guru Nasional 25 November 2021 itu digelar Sabtu "
            "(27/11/2021).")
    assert date_of(text) == "2021-11-27"


def test_a_later_event_word_far_from_the_date_does_not_discount_it() -> None:
    text = ("Seminar tentang kesiapan pemilih pemula menghadapi Pemilu 2024 mendatang ramai "
            "dibahas dalam forum yang digelar oleh pusat studi pada, Sabtu,12/3/2022")
    assert date_of(text) == "2022-03-12"


def test_a_short_range_is_an_event_of_several_days() -> None:
    assert date_of("Pelatihan berlangsung dua hari, yakni 29 Juni – 01 Juli 2021 secara "
                   "hibrida.") == "2021-06-29"
    assert date_of("Lokakarya digelar 20-21 Oktober 2020 di aula kampus.") == "2020-10-20"


def test_a_bare_day_and_month_needs_a_weekday() -> None:
    assert date_of("Diskusi berlangsung Kamis, 11/6. Sebelumnya, Juni 2020 panitia dibentuk.") \
        == "2020-06-11"
    assert date_of("Nilai rata-rata naik 11/6 poin pada Juni 2020.") is None


def test_english_ordinals_and_a_past_event_in_its_own_report() -> None:
    assert date_of("The webinar was held on 4th March 2021 via Zoom.") == "2021-03-04"
    assert date_of("Held on the 12th of June 2021, the forum drew 300 people.") == "2021-06-12"
    # "lalu" after the event's own date does not discount it; after another occasion it does.
    text = ("Webinar yang digelar pada Sabtu, 12 Juni 2021 lalu diikuti 300 peserta. Laporan "
            "ini terbit 20 Juni 2021.")
    assert date_of(text) == "2021-06-12"
    assert date_of("Gerakan yang pada 12 Januari 2022 lalu diluncurkan menteri berlanjut.") is None


def test_english_month_and_day_without_a_year_take_a_year_that_fits_the_weekday() -> None:
    from index.extract.dates import event_date
    from index.extract.sentences import split_sentences
    text = ("The webinar was held on Thursday (June 11) and attended by 200 participants. "
            "The series started in 2020.")
    assert event_date(split_sentences(text)) == "2020-06-11"
    text = "The webinar was held on Friday, June 11. The series started in 2020."
    assert event_date(split_sentences(text)) is None


def test_a_yearly_day_is_not_the_event_date() -> None:
    text = ("Palembang - RS Harapan Kita menggelar talkshow dalam rangka Hari Gizi Nasional "
            "ke-60 yang diperingati setiap tanggal 25 Januari. “Kami senang,” kata ketua "
            "panitia, Senin (30/1/2023).")
    assert event_date(split_sentences(text)) == "2023-01-30"


@pytest.mark.parametrize("stamp", ["Rabu, Oktober 9, 2024", "Suara Pantai, Jumat 8 Maret 2024"])
def test_a_date_stamp_alone_on_its_line_yields_to_a_dated_sentence(stamp: str) -> None:
    text = (f"{stamp}\n\nRS Uji menghadirkan dua pembicara. “Kami bangga,” ujar direktur, "
            "Sabtu (19/11/2022).")
    assert event_date(split_sentences(text)) == "2022-11-19"


def test_a_date_stamp_alone_is_still_a_date() -> None:
    text = "Rabu, Oktober 9, 2024\n\nRS Uji menghadirkan dua pembicara dalam webinar."
    assert event_date(split_sentences(text)) == "2024-10-09"


def test_a_dateline_sentence_without_a_weekday_keeps_its_weight() -> None:
    text = "Ambon, 12 Maret 2021. Dalam rangka hari jadi, Universitas Uji menyapa warga."
    assert event_date(split_sentences(text)) == "2021-03-12"


def test_days_listed_before_a_shared_month_start_at_the_first() -> None:
    text = ("Webinar literasi keuangan digelar tiga kali, yaitu tanggal 14, 21 Oktober 2021 dan "
            "4 November 2021, diikuti 500 guru.")
    assert event_date(split_sentences(text)) == "2021-10-14"
    assert event_date(split_sentences("Webinar digelar pada 12 dan 13 Mei 2021.")) == "2021-05-12"


def test_a_dateline_date_takes_a_year_written_in_its_own_sentence() -> None:
    text = ("Garut (5/11) — Bawaslu menggelar kegiatan Diskusi Pengawasan Tahun 2024 yang diikuti "
            "warga. Materi merujuk Undang-Undang Nomor 7 Tahun 2017.")
    assert event_date(split_sentences(text)) == "2024-11-05"
    # a year elsewhere, on its own, is not borrowed
    assert event_date(split_sentences("Garut (5/11) — Bawaslu menggelar diskusi. Program ini "
                                      "dimulai 2019.")) is None


def test_the_day_an_observance_falls_on_is_not_the_event_date() -> None:
    text = ("Kabar Uji, Depok (26/02) - Memperingati Hari Menanam Pohon Nasional yang jatuh pada "
            "21 Februari, Himpunan Mahasiswa Uji gelar webinar Hari Menanam 2022.")
    assert event_date(split_sentences(text)) == "2022-02-26"


@pytest.mark.parametrize("text", [
    # the day the report was written, received or quoted is the report's, weekday or not
    "“Jaga data pribadi Anda,” ungkapnya ditulis Kamis (4/3/2021).",
    "Hal itu disampaikan dalam rilis yang diterima Kabarkota.id, Senin (8/6/2020).",
    "Materi lengkapnya dikutip dari laman resmi kampus, Rabu (14/7/2021).",
])
def test_a_date_of_writing_or_receiving_the_report_is_not_the_events(text: str) -> None:
    assert date_of(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Forum itu digelar secara virtual pada 14 September sampai 16 September 2021 lalu. Pada "
     "hari Rabu (15/9), sesi panel forum itu membahas ketahanan pangan.", "2021-09-14"),
    ("Pekan budaya daring itu berlangsung 14-16 September 2021. Pada hari Rabu (15/9), sesi "
     "panel forum itu membahas ketahanan pangan.", "2021-09-14"),
    ("KUCHING, March 9 - The regional forum went online this year. The forum was held from "
     "March 7 until 9, 2022.", "2022-03-07"),
])
def test_a_short_range_keeps_its_first_day_over_the_days_it_covers(text: str,
                                                                   expected: str) -> None:
    assert date_of(text) == expected


@pytest.mark.parametrize("text", [
    "Siang ini (12/4), panitia kongres menggelar diskusi daring. Kongres itu rencananya akan "
    "digelar pada 5-7 Desember 2023 di Kupang.",
    "Kupang (07/11) — Sekolah Harapan menggelar webinar dalam rangka peringatan Hari Guru "
    "Nasional 25 November 2022.",
])
def test_no_year_is_borrowed_from_another_occasions_date(text: str) -> None:
    assert date_of(text) is None


def test_a_weekday_may_confirm_a_year_from_a_later_session() -> None:
    text = ("Balai itu menggelar kelas menulis daring, Kamis (12/5). Sesi berikutnya bakal "
            "digelar Senin 16 Mei 2022.")
    assert date_of(text) == "2022-05-12"


def test_a_weekday_checks_the_nearest_written_year_but_does_not_choose_among_years() -> None:
    # 14 July fell on a Friday in 2017 only; the years of an athlete's medals are no event's
    text = ("Kampus Uji menggelar diskusi daring, Jumat 14/7. Atletnya meraih emas Kejuaraan "
            "Asia 2019, perak Pekan Olahraga 2018 dan perunggu di Medan 2017.")
    assert date_of(text) is None
    # the nearest year on its own still serves when the weekday agrees with it
    text = ("Webinar Literasi Desa 2020 digelar Kamis (12/3). Panitia pernah menggelar acara "
            "serupa pada 2015 dan 2019.")
    assert date_of(text) == "2020-03-12"


@pytest.mark.parametrize("text", [
    "The speaker series went online on Thursday, March 12. Dewi Anggara (MSc 2020) opened "
    "the evening with her coaching story.",
    "Tio Rahman (BKin 2020) and the club held a virtual clinic on Thursday, March 12.",
    "Mahasiswa angkatan 2020 menggelar diskusi daring pada Kamis (12/3) bersama alumni.",
])
def test_a_class_year_is_not_the_events(text: str) -> None:
    assert date_of(text) is None


@pytest.mark.parametrize("text", [
    "Kota Uji, 9 Mei 2022 — Himpunan Mahasiswa Uji mengajak dua komunitas membuat webinar. "
    "Acaranya lewat Zoom. Tanggal pelaksanaan: 7 Mei 2022.",
    "May 9, 2022 – Kota Uji — Two campuses ran a joint webinar. The session, held in the "
    "afternoon of May 7, 2022, drew 80 students.",
])
def test_a_press_release_dateline_yields_to_a_date_in_its_body(text: str) -> None:
    assert date_of(text) == "2022-05-07"


def test_a_press_release_dateline_alone_is_still_a_date() -> None:
    assert date_of("Kota Uji, 9 Mei 2022 — Dinas Uji menggelar webinar literasi.") == (
        "2022-05-09")


def test_a_dateline_date_takes_a_year_written_in_the_headline() -> None:
    text = ("Kampus Uji Gelar Webinar Hari Laut Sedunia 2020\n\nKota Uji (9/6), Program Studi "
            "Uji menyelenggarakan web seminar melalui Zoom.")
    assert date_of(text) == "2020-06-09"


def test_a_day_range_in_figures_is_dated_by_its_first_day() -> None:
    text = ("Yayasan Contoh menggelar pelatihan daring selama dua hari, Rabu-Kamis "
            "(08-09/03/2023), bagi para relawan.")
    assert date_of(text) == "2023-03-08"


def test_the_first_weekday_of_a_weekday_range_checks_the_first_day() -> None:
    # 12 May 2023 is a Friday: the range's first weekday, not its last, must agree
    text = "Komunitas Uji membuka kelas menulis daring Jumat-Sabtu (12-13/5) untuk pemula."
    assert date_of(text, "2023-05-20") == "2023-05-12"


def test_a_date_stamp_before_a_byline_yields_to_the_event_date() -> None:
    text = ("Kamis, 9 Mei 2024 Reporter: Dodi Contoh Editor: Sari Uji\n"
            "Dinas Uji mengadakan webinar literasi keuangan bagi pelaku usaha kecil.\n"
            "\"Literasi itu penting,\" ucap Rina Contoh, Rabu (8/5) malam.")
    assert date_of(text) == "2024-05-08"


def test_a_verb_of_holding_outweighs_the_date_of_a_quote() -> None:
    text = ("Pertemuan daring bertajuk Kota Hijau itu dilaksanakan pada 11 Mei 2021. \"Kami "
            "siap bekerja sama,\" ujar Bima Contoh dalam webinar tersebut, Rabu (12/5/2021).")
    assert date_of(text) == "2021-05-11"


def test_the_digit_led_forms_find_what_the_written_forms_find() -> None:
    texts = ["1 Mei 2021", "Senin (12/3) lalu, 5-7 Desember 2023 dan 12-13/3/2022",
             "x12 Mei 2021, _3 Juni 2020, a1/2 b 3/4/5 /6/7 .8-9/1", "(3 /12/2025) 01.02.2021",
             "May 3, 2021 – Kota Uji", "tanggal 25, 30 November 2020", "9 dan 10/11",
             "123 Mei 2021, 3rd of June 2022, é4 Juli 2021", "7", "x16 Desmber 2021, 4 Agutus 2022"]
    for text in texts:
        for written, led in zip(_written_patterns(), _patterns()):
            assert [(m.span(), m.groupdict()) for m in led.finditer(text)] == [
                (m.span(), m.groupdict()) for m in written.finditer(text)], (written.pattern, text)
    assert sum(a is not b for a, b in zip(_written_patterns(), _patterns())) == 7
