"""Each class of Indonesian boilerplate, alone in an otherwise plain article, is removed.

The page around the insert is built here from three fictional paragraphs, so every test
shows one noise class and checks both sides: the insert is gone, the prose is all there.
"""

from __future__ import annotations

import pytest

from index.clean.cleaner import clean_html
from index.clean.noise import (
    byline_names,
    is_dateline,
    is_noise_line,
    is_tail_code,
    strip_tail_code,
)

PROSE = [
    ("Sebanyak 150 pelaku usaha mikro mengikuti webinar pemasaran digital yang digelar dinas "
     "koperasi setempat secara daring pada Selasa pagi."),
    ("Narasumber Dewi Anggraini menjelaskan cara memotret produk dengan ponsel agar tampak "
     "menarik di lapak daring tanpa perlu membeli peralatan mahal."),
    ("Panitia berencana mengadakan pelatihan lanjutan secara tatap muka di aula kecamatan "
     "setelah keadaan memungkinkan pada akhir tahun ini."),
]


def page(middle: str = "", end: str = "", first_prefix: str = "") -> str:
    """An article page with ``middle`` between paragraphs 1 and 2 and ``end`` after 3."""
    return (
        "<html><head><title>Webinar Pemasaran Digital - Kabar Lintas</title></head><body>"
        "<nav><a href='/'>Beranda</a> <a href='/ekonomi'>Ekonomi</a></nav><article>"
        "<h1>Webinar Pemasaran Digital</h1><div class='isi'>"
        f"<p>{first_prefix}{PROSE[0]}</p>{middle}<p>{PROSE[1]}</p><p>{PROSE[2]}</p>{end}"
        "</div></article><footer>Kabar Lintas</footer></body></html>"
    )


def assert_prose_kept(text: str) -> None:
    for paragraph in PROSE:
        assert paragraph in text


@pytest.mark.parametrize("insert", [
    "<p>Baca juga: <a href='/a'>Harga Cabai Turun di Pasar Induk</a></p>",
    "<p><strong>Baca Juga:</strong> <a href='/a'>Harga Cabai Turun di Pasar Induk</a></p>",
    "<p>BACA JUGA : <a href='/a'>Harga Cabai Turun di Pasar Induk</a></p>",
    "<p>Simak juga: <a href='/v'>Video Pelatihan Foto Produk</a></p>",
    "<p>Lihat juga: <a href='/g'>Galeri Bazar UMKM</a></p>",
    ("<div class='baca-juga'><b>Baca Juga</b><ul><li><a href='/a'>Harga Cabai Turun di Pasar"
     " Induk</a></li><li><a href='/b'>Bazar UMKM Digelar Akhir Pekan</a></li></ul></div>"),
    ("<table class='linksisip'><tr><td><b>Baca juga:</b> <a href='/a'>Harga Cabai Turun di"
     " Pasar Induk</a></td></tr></table>"),
])
def test_baca_juga_lines_and_boxes(insert: str) -> None:
    article = clean_html(page(middle=insert))
    assert_prose_kept(article.text)
    assert "juga" not in article.text.lower()
    assert "Harga Cabai" not in article.text


@pytest.mark.parametrize("insert", [
    "<div class='parallax'><p>ADVERTISEMENT</p><p>SCROLL TO CONTINUE WITH CONTENT</p></div>",
    "<p>Advertisement</p>",
    "<div><span>Scroll to continue with content</span></div>",
    "<p>IKLAN</p>",
])
def test_ad_labels_and_scroll_prompts(insert: str) -> None:
    article = clean_html(page(middle=insert))
    assert_prose_kept(article.text)
    assert len(article.paragraphs) == 3


@pytest.mark.parametrize("tail", [
    "<p><a href='?page=2'>Halaman selanjutnya</a></p>",
    "<p>Halaman Selanjutnya &raquo;</p>",
    "<p>Editor: Rudi Hartono</p>",
    "<p>Penulis: Sinta Marlina</p>",
    "<p>Penulis : Sinta Marlina<br>Editor : Rudi Hartono</p>",
    "<table><tr><td>Penulis</td><td>: Sinta Marlina</td></tr></table>",
    "<p>Pewarta: Sinta Marlina dan Joko</p>",
    "<p>Kontributor Bandung, Yoga Pratama</p>",
    "<p>(kpl/pur/tch)</p>",
    "<p><b>(Cas/Isk)</b></p>",
    "<p><strong>SINTA MARLINA</strong></p>",
    "<p>Tag: webinar, UMKM, pemasaran digital</p>",
    "<p>Sumber: Antara</p>",
])
def test_pager_bylines_and_sign_offs_after_the_body(tail: str) -> None:
    article = clean_html(page(end=tail))
    assert_prose_kept(article.text)
    assert article.paragraphs[-1] == PROSE[2]


@pytest.mark.parametrize("code", [
    "(kpl/pur/tch)", "(E-2)", "(Cas/Isk)", "(ant)", "(dtc/ds)", "(H-4)", "(ant/xyz)", "(*)",
    "(ANT)", "(Antara)", "(JPNN/ABC)", "(Ant/P-3)", "(RO/OL-10)", "(*/ant)", "(OL-7).",
    "*** (H-4)", "-- (ant)",
])
def test_reporter_codes_closing_the_last_paragraph(code: str) -> None:
    html = page().replace(f"{PROSE[2]}</p>", f"{PROSE[2]} {code}</p>")
    article = clean_html(html)
    assert article.paragraphs[-1] == PROSE[2]


def test_an_acronym_closing_a_sentence_is_not_a_code() -> None:
    last = "Kegiatan itu didukung Organisasi Kesehatan Dunia (WHO)"
    html = page(end=f"<p>{last}</p>")
    assert clean_html(html).paragraphs[-1] == last


@pytest.mark.parametrize("caption", [
    ("<figure><img src='a.jpg'><figcaption>Peserta webinar menyimak paparan narasumber."
     " (FOTO: KABAR LINTAS/Dimas)</figcaption></figure>"),
    ("<div class='wp-caption'><img src='a.jpg'><p class='wp-caption-text'>Peserta webinar"
     " menyimak paparan narasumber dari rumah masing-masing.</p></div>"),
    ("<div class='keterangan-foto'><img src='a.jpg'>Peserta webinar menyimak paparan"
     " narasumber dari rumah masing-masing.</div>"),
    "<p>Foto: Kabar Lintas/Dimas Prasetyo</p>",
    "<div><img src='a.jpg'><br>Peserta webinar menyimak paparan narasumber dari rumah.</div>",
])
def test_captions_and_photo_credits(caption: str) -> None:
    article = clean_html(page(middle=caption))
    assert_prose_kept(article.text)
    assert "menyimak" not in article.text and "Dimas" not in article.text


@pytest.mark.parametrize("caption", [
    "<p>(Foto: Rudi/Kabar Lintas)</p>",
    "<p>(FOTO: KABAR LINTAS/Rudi Hartono)</p>",
    "<p>[Foto: Istimewa]</p>",
    "<p>(Istimewa)</p>",
    "<p>(Dok. Humas Pemkot)</p>",
    "<p>(dok. pribadi)</p>",
    "<p>Dok. Panitia</p>",
    "<p>Foto/Dok. Kabar Lintas</p>",
    "<p>KABAR FOTO/Rudi Hartono/abc.</p>",
    "<p>Kredit foto: Rudi Hartono</p>",
    "<p>Suasana webinar di aula kecamatan, Selasa (3/3). (Foto: Kabar Lintas/Rudi)</p>",
    "<p>Narasumber saat memberikan materi (Foto: Istimewa)</p>",
    "<p>Peserta mengikuti webinar dari rumah. FOTO: DOK. PANITIA</p>",
    "<div>Peserta mengikuti webinar dari rumah. (Dok. Panitia)<br></div>",
])
def test_caption_lines_with_a_photo_credit(caption: str) -> None:
    article = clean_html(page(middle=caption))
    assert article.paragraphs == PROSE


@pytest.mark.parametrize("prose", [
    "Peserta diminta mengirim foto produk ke panitia sebelum Jumat agar bisa dinilai.",
    "Foto-foto kegiatan akan dipamerkan di balai desa pada pekan depan, kata dia.",
    "Panitia juga memamerkan karya peserta (foto dan video) di laman resmi.",
    "Peserta bisa mengunduh sertifikat di laman panitia (dokumentasi tersedia).",
    "Lomba terdiri dari tiga kategori, yakni esai, video pendek, dan foto.",
])
def test_prose_that_mentions_photos_stays(prose: str) -> None:
    article = clean_html(page(middle=f"<p>{prose}</p>"))
    assert article.paragraphs == [PROSE[0], prose, PROSE[1], PROSE[2]]


@pytest.mark.parametrize(("prefix", "dateline_html"), [
    ("Palembang, BP- ", "<p><strong>Palembang, BP-</strong></p>"),
    ("JAKARTA, KOMPAS.com - ", "<b>JAKARTA, KOMPAS.com</b> -<br>"),
])
def test_datelines_stay_in_the_first_paragraph(prefix: str, dateline_html: str) -> None:
    inline = clean_html(page(first_prefix=f"<strong>{prefix.strip()}</strong> "))
    assert inline.paragraphs[0] == prefix + PROSE[0]
    separate = page().replace(f"<p>{PROSE[0]}", f"{dateline_html}<p>{PROSE[0]}")
    assert clean_html(separate).paragraphs[0] == prefix + PROSE[0]


def test_subheads_between_paragraphs_stay() -> None:
    article = clean_html(page(middle="<p><strong>Foto Produk</strong></p>"))
    assert article.paragraphs == [PROSE[0], "Foto Produk", PROSE[1], PROSE[2]]


def test_related_list_and_share_bar_inside_the_article() -> None:
    related = ("<div class='related-posts'><h3>Berita Terkait</h3><ul><li><a href='/1'>Dinas"
               " Koperasi Buka Pendaftaran Bazar</a><p>Pendaftaran bazar dibuka hingga akhir"
               " bulan bagi pelaku usaha yang sudah terdaftar di dinas koperasi.</p></li></ul>"
               "</div>")
    share = ("<ul class='share'><li><a href='#'>Facebook</a></li>"
             "<li><a href='#'>WhatsApp</a></li></ul>")
    article = clean_html(page(middle=share, end=related))
    assert article.paragraphs == PROSE


@pytest.mark.parametrize(("text", "noise"), [
    ("Baca juga: Harga Cabai Turun", True),
    ("Lihat Juga", True),
    ("ADVERTISEMENT", True),
    ("Scroll to continue with content", True),
    ("Editor: Rudi Hartono", True),
    ("Lihat juga bagaimana para peserta mempraktikkan langsung cara memotret produk dengan "
     "cahaya matahari pagi, lalu membandingkan hasilnya dengan foto yang diambil di dalam "
     "ruangan berlampu kuning. " * 3, False),
    (PROSE[0], False),
])
def test_noise_lines_are_whole_short_paragraphs(text: str, noise: bool) -> None:
    assert is_noise_line(text) is noise


def test_tail_code_helpers() -> None:
    assert is_tail_code("(kpl/pur/tch)") and is_tail_code("(E-2)") and not is_tail_code("Ya.")
    assert strip_tail_code("Acara selesai pukul 12.00. (ant)") == "Acara selesai pukul 12.00."
    assert strip_tail_code("dibuka oleh Bupati (Cas/Isk)") == "dibuka oleh Bupati (Cas/Isk)"
    assert strip_tail_code("kata dia. (ant) (H-2)") == "kata dia."
    assert strip_tail_code("kata dia (ANT)") == "kata dia (ANT)"  # no sentence end before
    assert strip_tail_code("didukung Organisasi Kesehatan Dunia (WHO).") == (
        "didukung Organisasi Kesehatan Dunia (WHO).")


def test_dateline_and_byline_helpers() -> None:
    assert is_dateline("Palembang, BP-") and is_dateline("JAKARTA, KOMPAS.com —")
    assert not is_dateline("Webinar digelar Jumat.")
    assert byline_names("Pewarta: Ani Setia dan Budi Raharjo") == ["Ani Setia", "Budi Raharjo"]
    assert byline_names("Penulis : Sinta Marlina") == ["Sinta Marlina"]
    assert byline_names(PROSE[0]) == []


def test_teaser_lists_are_dropped_but_linked_speaker_lists_stay() -> None:
    teasers = "<ul class='ticker'>" + "".join(
        f"<li><a href='/b/{i}'>Judul Berita Lain Nomor {i} di Kabar Lintas</a> <span>Ringkasan"
        f" singkat berita lain yang dipotong di tengah kalimat supaya pembaca mengeklik"
        f" tautannya ...</span></li>" for i in range(4)) + "</ul>"
    speakers = ("<ul><li><a href='/tokoh/dewi'>Dewi Anggraini</a>, pelatih fotografi produk dari"
                " komunitas UMKM setempat;</li><li><a href='/tokoh/bayu'>Bayu Saputra</a>, pemilik"
                " toko daring kerajinan rotan di Muara Uji.</li></ul>")
    article = clean_html(page(middle=speakers, end=teasers))
    assert "Ringkasan" not in article.text and "Judul Berita Lain" not in article.text
    assert "Dewi Anggraini, pelatih fotografi produk" in article.text
    assert "Bayu Saputra, pemilik toko daring" in article.text
    assert_prose_kept(article.text)


def test_a_paragraph_that_holds_an_image_is_still_prose() -> None:
    html = page().replace(f"<p>{PROSE[1]}", f"<p><img src='ikon.png' alt=''>{PROSE[1]}")
    assert clean_html(html).paragraphs == PROSE


def test_a_hostile_run_of_codes_is_cheap_and_safe() -> None:
    # Only the end of the last paragraph is searched: over the whole run the search was
    # quadratic (16 000 codes took over a minute).
    run = "Acara selesai. " + "(ab) " * 200_000 + "x"
    assert strip_tail_code(run) == run
    assert not is_tail_code(run)
    article = clean_html(page(end=f"<p>{run}</p>"))
    assert_prose_kept(article.text)
