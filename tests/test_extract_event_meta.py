"""The event's title and organisers (invented sentences)."""

from __future__ import annotations

import pytest

from index.extract.event import extract_event
from index.extract.meta import event_title, organizers
from index.extract.sentences import split_sentences
from index.pipeline.records import article_from_text


def title_of(text: str) -> str | None:
    return event_title(split_sentences(text), set())


@pytest.mark.parametrize(("text", "expected"), [
    ("Webinar bertajuk “Rawat Data Keluarga” digelar Sabtu.", "Rawat Data Keluarga"),
    ("Kegiatan ini mengusung tema \"Transformasi Desa Digital\".", "Transformasi Desa Digital"),
    ("Tema yang diangkat dalam diskusi ini adalah “Sungai Kita”.", "Sungai Kita"),
    ("Dalam diskusi itu, tema yang diangkat adalah Bijak Memakai Gawai Di Rumah dan "
     "masing-masing pembicara memberi contoh.", "Bijak Memakai Gawai Di Rumah"),
    ("The university held a webinar themed “Water for All” on Monday.", "Water for All"),
    ("Webinar nasional “Hukum dan Etika Siber” dilaksanakan secara virtual.",
     "Hukum dan Etika Siber"),
    ("Webinar dengan tema “Pangan Lokal Kita | Uji Pos", "Pangan Lokal Kita"),
])
def test_title_cues(text: str, expected: str) -> None:
    assert title_of(text) == expected


def test_next_events_theme_is_not_this_events_title() -> None:
    text = ("Foto: peserta webinar “ Mengenal Pajak Digital, Rabu (9/3). Webinar seri berikutnya "
            "akan digelar Senin, 14 Maret 2022 dengan tema “Keamanan Siber”.")
    assert title_of(text) == "Mengenal Pajak Digital"


def test_a_talk_title_is_not_the_event_title() -> None:
    article = article_from_text(
        "Webinar literasi digital “Desa Cerdas” digelar Kamis. Narasumber pertama adalah "
        "Rina Wulandari, S.Kom dengan tema “Aplikasi Layanan Desa”.", "https://uji.example/a")
    event = extract_event(article)
    assert event is not None
    assert event.title == "Desa Cerdas"
    assert event.speakers[0].talk_title == "Aplikasi Layanan Desa"


def test_no_title_when_the_text_names_none() -> None:
    assert title_of("Webinar itu diikuti mahasiswa dari berbagai kampus.") is None


def test_organizers_canonical_names_and_partners() -> None:
    text = ("Pelatihan menulis diselenggarakan oleh Kementerian Komunikasi dan Informatika RI dan "
            "Yayasan Cakap Warga bersama PT Ruang Acara.")
    assert organizers(split_sentences(text)) == [
        "Kementerian Komunikasi dan Informatika", "Yayasan Cakap Warga", "PT Ruang Acara"]
    text = "Politeknik Pertanian Uji (Poltan Uji) menggelar webinar pada Kamis (3/3)."
    assert organizers(split_sentences(text)) == ["Politeknik Pertanian Uji (Poltan Uji)"]


@pytest.mark.parametrize(("text", "expected"), [
    # Sentence case: the theme ends at the clause's time, relative clause or verb.
    ("Dinas Kominfo menggelar webinar bertajuk literasi digital bagi pelajar pada Kamis (11/6) "
     "secara daring.", "literasi digital bagi pelajar"),
    ("Kegiatan ini mengusung tema menjaga privasi data pribadi yang diikuti ratusan peserta.",
     "menjaga privasi data pribadi"),
    ("Webinar bertajuk keamanan digital untuk UMKM, dibuka oleh Bupati Lasem.",
     "keamanan digital untuk UMKM"),
    ("Webinar ini bertemakan pentingnya literasi digital di masa pandemi dan dihadiri oleh "
     "100 orang.", "pentingnya literasi digital di masa pandemi"),
    # Title case: capitalised words and the small words between them, up to the first
    # lowercase clause; a comma goes on into another capitalised phrase.
    ("Webinar bertema Bijak Bermedia Sosial di Era Digital digelar di Aula Kantor Bupati.",
     "Bijak Bermedia Sosial di Era Digital"),
    ("Seminar dengan tema Peran Pemuda Dalam Pembangunan, menghadirkan tiga narasumber.",
     "Peran Pemuda Dalam Pembangunan"),
    ("Acara mengangkat tema Cakap Digital Tanpa Hoaks, Senin (7/3/2022), di Kota Tuban.",
     "Cakap Digital Tanpa Hoaks"),
    ("Kegiatan mengangkat tema KIE Pangan Aman Untuk Keluarga, Informasi yang Benar Keluarga "
     "Sehat.", "KIE Pangan Aman Untuk Keluarga, Informasi yang Benar Keluarga Sehat"),
    ("Webinar mengusung tema Sekolah Aman, Anak Bahagia yang digelar Dinas Pendidikan.",
     "Sekolah Aman, Anak Bahagia"),
    ("KPU Uji menggelar webinar dengan tema Menjaga Suara Pemilih serentak tahun 2024 ditengah "
     "Cuaca Ekstrem Sabtu (5/8/2023).",
     "Menjaga Suara Pemilih serentak tahun 2024 ditengah Cuaca Ekstrem"),
    ("Tema webinar ini adalah TATA KOTA BARU ; Kawasan Pesisir, Harapan dan Tantangan. "
     "Sambutan diberikan bupati.", "TATA KOTA BARU ; Kawasan Pesisir, Harapan dan Tantangan"),
])
def test_unquoted_themes_end_with_their_clause(text: str, expected: str) -> None:
    assert title_of(text) == expected


def test_topic_cues_and_lead_words() -> None:
    # A quoted topic beats an unquoted theme (the quotes mark the title).
    text = ("Seminar daerah itu mengusung tema Nelayan Tangguh Era 4.0. Sesi diskusi yang "
            "membahas topik “Laut Lestari di Masa Sulit” ini menghadirkan empat narasumber.")
    assert title_of(text) == "Laut Lestari di Masa Sulit"
    assert title_of("Webinar dengan topik “Bijak Berbelanja Daring” digelar Sabtu.") == (
        "Bijak Berbelanja Daring")
    assert title_of("The webinar carried the theme of Youth and Climate Action and featured "
                    "three speakers.") == "Youth and Climate Action"


def test_generic_theme_sentences() -> None:
    assert title_of("Tema webinar kali ini: Menjaga Jejak Digital. Acara dibuka pukul 09.00.") == (
        "Menjaga Jejak Digital")
    assert title_of("Tema yang diusung “Bijak Bermedia Sosial”.") == "Bijak Bermedia Sosial"


def test_a_relative_clause_is_not_a_theme() -> None:
    assert title_of("Materi disesuaikan dengan tema yang akan diusung panitia.") is None


def test_english_and_colon_forms() -> None:
    assert title_of("The department held a webinar (2/6). The activity took the theme “Clean "
                    "Rivers for Every Village” by presenting three speakers.") == (
        "Clean Rivers for Every Village")
    assert title_of("Interactive Dialogue: “Safe Food at Home” as one of the outreach "
                    "efforts.") == "Safe Food at Home"


@pytest.mark.parametrize(("text", "expected"), [
    ("The webinar's theme was Green Jobs for Youth, and it was attended by 200 participants.",
     "Green Jobs for Youth"),
    ("The institute organised a webinar, “Rivers After the Flood”, on 12 March 2021.",
     "Rivers After the Flood"),
    ("This year's seminar raised the topic of Halal Tourism in Lombok.", "Halal Tourism in Lombok"),
])
def test_english_theme_sentences(text: str, expected: str) -> None:
    assert title_of(text) == expected


def test_a_closing_quote_after_the_event_word_opens_no_title() -> None:
    assert title_of("“Besok kami lanjutkan webinar,” ujar Ketua Panitia, Rudi Hartono.") is None


def test_a_named_event_after_a_verb_of_holding() -> None:
    # The noun of the event's kind heads its name and is kept ("Seminar", "Lokakarya",
    # "Diskusi", "Workshop"); "Webinar" only names the medium and is not.
    assert title_of("Dinas Kebudayaan menggelar Seminar Sejarah Pesisir, Senin (1/2/2021).") == (
        "Seminar Sejarah Pesisir")
    assert title_of("Balai Arsip Uji melaksanakan Lokakarya Penataan Berkas Desa, Kamis "
                    "(3/3/2022).") == "Lokakarya Penataan Berkas Desa"
    assert title_of("Peserta Webinar Internasional Ekonomi Desa Mandiri yang diselenggarakan "
                    "oleh STIE Uji (28/7) mencapai 900 orang.") == "Ekonomi Desa Mandiri"
    # A programme named in passing, or a headline, names no theme.
    assert title_of("Prokes diterapkan dalam rangkaian Webinar Literasi Digital yang berlangsung "
                    "di hotel.") is None
    assert title_of("Dinas Uji Gelar Seminar Daring Sejarah Pesisir") is None


def test_a_book_title_is_not_the_event_title() -> None:
    text = ("Dinas Kebudayaan menggelar Seminar Sejarah Pesisir, Senin (1/2/2021). Pembicara "
            "adalah penulis buku yang berjudul Laut Dalam Catatan Kita: Nelayan dan Pedagang.")
    assert title_of(text) == "Seminar Sejarah Pesisir"


def test_a_continuation_page_with_a_programme_reports_an_event() -> None:
    # A later page of a multi-page report never says "webinar" again.
    page = ("Selanjutnya, Rina Wulandari, S.Kom selaku Dosen Universitas Uji memaparkan materi "
            "tentang keamanan data pribadi. Dalam sesi tanya jawab, seorang peserta bertanya "
            "tentang cara membuat kata sandi yang kuat.")
    event = extract_event(article_from_text(page, "https://uji.example/a?page=2"))
    assert event is not None
    assert [s.name for s in event.speakers] == ["Rina Wulandari"]
    news = "Kepala Dinas Pertanian Rudi Hartono memaparkan rencana tanam tahun ini kepada wartawan."
    assert extract_event(article_from_text(news, "https://uji.example/b")) is None


@pytest.mark.parametrize(("text", "title"), [
    ("Dinas Kominfo Kabupaten Sukamaju menggelar webinar bertema Cakap Digital untuk Pelajar "
     "pada 14 Oktober 2021.", "Cakap Digital untuk Pelajar"),
    ("The institute held a webinar titled Green Cities After Covid on 12 October 2021.",
     "Green Cities After Covid"),
    ("Webinar bertajuk Pemuda Tangguh di Era Digital secara virtual, Sabtu (9/10/2021).",
     "Pemuda Tangguh di Era Digital"),
])
def test_an_unquoted_theme_ends_before_the_date_or_the_manner(text: str, title: str) -> None:
    assert title_of(text) == title


def test_organisers_from_a_passive_agent_and_a_body_acting_through_its_unit() -> None:
    text = ("Webinar bank sampah kembali digelar Forum Peduli Lingkungan Takalar secara daring, "
            "Sabtu (27/8/2022). Webinar lain digelar secara daring.")
    assert organizers(split_sentences(text)) == ["Forum Peduli Lingkungan Takalar"]
    text = ("Universitas Kuningan (Uniku) melalui Fakultas Kehutanan menyelenggarakan webinar "
            "konservasi, Sabtu (8/10/2022).")
    assert organizers(split_sentences(text)) == ["Universitas Kuningan (Uniku)",
                                                 "Fakultas Kehutanan"]


def test_a_grand_theme_after_its_cue() -> None:
    text = ("Dinas Pendidikan menggelar webinar dengan mengusung tema besar Pemuda dan Literasi "
            "Politik, Kamis (28/10/2021).")
    assert event_title(split_sentences(text), set()) == "Pemuda dan Literasi Politik"


@pytest.mark.parametrize(("text", "expected"), [
    # a comma between the cue (or its link word) and the theme
    ("Panitia menggelar seminar ke-3 dengan tema, Media, Keluarga dan Dakwah Digital.",
     "Media, Keluarga dan Dakwah Digital"),
    ("Mahasiswa berdiskusi sesuai dengan tema acara yaitu, “Dibuang atau Diolah Limbahnya?”",
     "Dibuang atau Diolah Limbahnya?"),
    # "tema yang diangkat dalam <the event> (,) yaitu/mengenai X"
    ("Tema yang diangkat dalam sarasehan daring itu, mengenai “Menanam dan Menjaga: Kebun Kota "
     "Lestari”.", "Menanam dan Menjaga: Kebun Kota Lestari"),
    ("Tema yang diangkat dalam lokakarya daring kali ini yaitu Gotong Royong Warga Menjaga "
     "Sungai Desa.", "Gotong Royong Warga Menjaga Sungai Desa"),
    # a quoted title in apposition after the cue's description
    ("Seminar ini mengangkat topik krisis air yang sedang melanda desa saat ini, yaitu "
     "“Sumur Bersama di Musim Kemarau”.", "Sumur Bersama di Musim Kemarau"),
    # a demonstrative before the clause's verb closes a mixed-case theme
    ("Seminar yang bertemakan Semangat Bela Negara Generasi muda di masa digital ini "
     "menghadirkan tiga pembicara.", "Semangat Bela Negara Generasi muda di masa digital"),
    ("Seminar bertema Semangat Bela Negara Generasi muda di masa digital digelar di Aula.",
     "Semangat Bela Negara Generasi"),
    # a bracketed gloss after the event noun is no part of the name
    ("Pemprov Sulbar menggelar kegiatan Webinar (Web Seminar) Kilau Data Talks 2021.",
     "Kilau Data Talks 2021"),
])
def test_title_cue_variants(text: str, expected: str) -> None:
    assert title_of(text) == expected


@pytest.mark.parametrize("text", [
    "Forum Guru Nusantara menggelar webinar dengan tema Sekolah Ramah Anak, Ahad (7/3). Pak Rudi "
    "memberikan materi dengan judul ‘Menulis Membuka Jendela Dunia’ di sesi terakhir.",
    "Bawaslu Kota Rembang menggelar kegiatan Diskusi Penguatan Pengawas Desa (P2D) Tahun 2024 yang "
    "diikuti oleh warga. Dalam pemaparan materi yang disampaikan oleh Sari Wulan (Anggota Bawaslu) "
    "bertema “Menjaga Suara Rakyat”, peserta aktif bertanya.",
])
def test_a_cue_after_a_talk_noun_names_the_talk(text: str) -> None:
    title = title_of(text)
    assert title is not None
    assert "Menulis" not in title and "Suara Rakyat" not in title


def test_a_list_of_people_after_topik_yaitu_is_no_title() -> None:
    assert title_of("Dua narasumber menyampaikan topik pembahasan, yaitu Rina dan Budi.") is None


def test_a_talk_cue_is_the_title_when_nothing_else_names_the_event() -> None:
    assert title_of("Dalam webinar itu Rina memberikan materi dengan judul “Kebun Sekolah”.") == \
        "Kebun Sekolah"


def test_melaksanakan_is_a_verb_of_holding() -> None:
    text = "Universitas Uji Nusantara telah melaksanakan webinar kebangsaan pada Selasa (21/9)."
    assert organizers(split_sentences(text)) == ["Universitas Uji Nusantara"]


def test_every_form_of_the_verbs_of_holding_names_the_organiser() -> None:
    # the base form without its prefix, and English tenses other than the past
    text = "Himpunan Mahasiswa Tani Uji, gelar webinar pangan pada Sabtu (3/4)."
    assert organizers(split_sentences(text)) == ["Himpunan Mahasiswa Tani Uji"]
    text = "Balai Riset Kelapa Uji selenggarakan seminar daring, Senin (5/4)."
    assert organizers(split_sentences(text)) == ["Balai Riset Kelapa Uji"]
    text = "The Centre for Coastal Trials convened the webinar entitled “Reef Futures”."
    assert organizers(split_sentences(text)) == ["Centre for Coastal Trials"]
    # a passive whose agent follows without "oleh", and "di adakan" written apart
    text = "Webinar pangan lokal yang digagas Ikatan Petani Uji Raya itu diikuti 300 orang."
    assert organizers(split_sentences(text)) == ["Ikatan Petani Uji Raya"]
    text = "Seminar itu di adakan oleh Forum Nelayan Uji secara daring."
    assert organizers(split_sentences(text)) == ["Forum Nelayan Uji"]


def test_partners_joined_by_any_verb_of_working_together() -> None:
    text = ("Himpunan Pelajar Uji berkolaborasi dengan Komunitas Baca Uji serta Sekolah Tinggi "
            "Uji menyelenggarakan webinar literasi, Sabtu (30/1).")
    assert organizers(split_sentences(text)) == [
        "Himpunan Pelajar Uji", "Komunitas Baca Uji", "Sekolah Tinggi Uji"]
    text = ("Universitas Uji Raya bekerjasama dengan PT Kopi Uji selenggarakan webinar "
            "wirausaha.")
    assert organizers(split_sentences(text)) == ["Universitas Uji Raya", "PT Kopi Uji"]


def test_and_before_a_body_word_joins_two_bodies() -> None:
    text = ("Webinar itu diprakarsai Koalisi Pangan Uji dan Perwakilan Badan Gizi Uji serta "
            "Kantor Uji Baru dan Lembaga Kajian Uji.")
    assert organizers(split_sentences(text)) == [
        "Koalisi Pangan Uji", "Perwakilan Badan Gizi Uji", "Kantor Uji Baru",
        "Lembaga Kajian Uji"]
    # no body word after "dan": one name
    text = "Fakultas Ekonomi dan Bisnis Uji menggelar webinar pada Kamis (3/3)."
    assert organizers(split_sentences(text)) == ["Fakultas Ekonomi dan Bisnis Uji"]
    text = "Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Uji menggelar webinar."
    assert organizers(split_sentences(text)) == [
        "Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Uji"]


def test_a_later_short_or_glossed_mention_is_the_same_organiser() -> None:
    text = ("Dewan Pengurus Pusat (DPP) Ikatan Juru Uji (IJU) menggelar webinar, Rabu (2/3). "
            "Webinar yang diselenggarakan DPP IJU itu diikuti 200 orang.")
    assert organizers(split_sentences(text)) == [
        "Dewan Pengurus Pusat (DPP) Ikatan Juru Uji (IJU)"]
    text = ("Taruna mengikuti webinar yang diselenggarakan Politeknik Bahari Uji melalui zoom. "
            "Kegiatan yang digelar Polbaru (Politeknik Bahari Uji) itu dibuka direktur.")
    assert organizers(split_sentences(text)) == ["Politeknik Bahari Uji"]
    text = ("Kegiatan ini diselenggarakan Universitas Kelapa Uji. Program Magister Universitas "
            "Kelapa Uji menggelar webinar itu untuk kedua kalinya.")
    assert organizers(split_sentences(text)) == ["Program Magister Universitas Kelapa Uji"]


def test_pronouns_degrees_and_times_are_no_organisers() -> None:
    text = "“Kami gelar acara ini secara virtual,” ujarnya."
    assert organizers(split_sentences(text)) == []
    text = "The counselor of the college, Rina D. Uji, Ph.D., organized a webinar on etiquette."
    assert organizers(split_sentences(text)) == []
    text = ("Sabtu, 4 Maret mulai pukul 09.00 WIB Pusat Kajian Hukum Uji menyelenggarakan "
            "webinar series.")
    assert organizers(split_sentences(text)) == ["Pusat Kajian Hukum Uji"]
