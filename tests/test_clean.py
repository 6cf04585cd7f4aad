"""The cleaner as the pipeline meets it: whole pages in, an Article with body and metadata out."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.clean.cleaner import MAX_PAGE_BYTES, clean_html, decode_html
from index.model import Article

CLEAN = Path(__file__).parent / "fixtures" / "clean"


def read(name: str) -> bytes:
    return (CLEAN / name).read_bytes()


@pytest.fixture(scope="module")
def berita() -> Article:
    return clean_html(read("berita-webinar.html"))


def test_body_is_the_article_paragraphs_in_reading_order(berita: Article) -> None:
    paragraphs = berita.paragraphs
    assert paragraphs[0].startswith("Muara Uji, KL - Sebanyak 300 warga")
    assert paragraphs[1].startswith("Webinar tersebut menghadirkan dua narasumber")
    assert "Tantangan di Desa" in paragraphs
    assert paragraphs[-1].startswith("Ia berharap pemerintah desa")
    assert len(paragraphs) == 7
    assert berita.text == "\n\n".join(paragraphs)
    assert "\n\n\n" not in berita.text


@pytest.mark.parametrize("noise", [
    "Beranda", "Facebook", "WhatsApp",  # menus and share bar
    "Suasana webinar literasi digital",  # caption
    "FOTO: KABAR LINTAS",  # photo credit
    "Penulis", "Editor: Dimas Prasetyo",  # byline and editor line
    "Baca juga", "Pasar Murah Digelar",  # "Baca juga" insert
    "Lihat Juga", "Tips Aman Berbelanja",  # "Lihat Juga" box
    "Simak juga", "Video Lengkap Webinar",  # "Simak juga" line
    "ADVERTISEMENT", "SCROLL TO CONTINUE", "Iklan",  # ads between the two body blocks
    "Halaman selanjutnya", "(kl/sar/dim)",  # pager, sign-off code
    "Tag:", "Berita Terkait", "Pelatihan Konten Kreatif",  # tags, related list
    "Kegiatan seperti ini sangat bermanfaat",  # comments
    "Terpopuler", "Hak cipta", "kuki",  # sidebar, footer, cookie notice
])
def test_page_furniture_and_inserts_are_dropped(berita: Article, noise: str) -> None:
    assert noise not in berita.text


def test_body_split_by_an_ad_block_is_kept_whole(berita: Article) -> None:
    # The template closes the body <div> for the ad and opens a second one after it.
    assert "mengecek ulang" in berita.text
    assert "Dalam paparannya, Rina" in berita.text


def test_metadata_from_the_page(berita: Article) -> None:
    assert berita.title == "Webinar Literasi Digital Ajak Warga Muara Uji Cermat Bermedsos"
    assert berita.published == "2021-06-19"
    assert berita.authors == ["Sari Wulandari"]
    assert berita.lang == "id"
    assert berita.url == "https://www.kabarlintas.example/daerah/2021/06/19/webinar-literasi-muara-uji"
    assert berita.site == "www.kabarlintas.example"
    assert berita.empty_reason is None


def test_canonical_url_wins_over_the_fetch_url() -> None:
    # The fixture's canonical link is relative: it resolves against the fetch URL.
    article = clean_html(read("berita-webinar.html"), url="https://m.kabarlintas.example/x?utm=1")
    assert article.url == "https://m.kabarlintas.example/daerah/2021/06/19/webinar-literasi-muara-uji"
    assert article.site == "m.kabarlintas.example"


def test_next_pages_are_reported_for_the_crawler(berita: Article) -> None:
    assert berita.next_pages == [
        "https://www.kabarlintas.example/daerah/2021/06/19/webinar-literasi-muara-uji?page=2",
        "https://www.kabarlintas.example/daerah/2021/06/19/webinar-literasi-muara-uji?page=3",
    ]


def test_legacy_template_with_br_paragraphs_and_unclosed_p() -> None:
    article = clean_html(read("legacy-kanal.html"))
    paragraphs = article.paragraphs
    # The dateline on its own line joins the first paragraph.
    assert paragraphs[0].startswith("SURABAYA, Suara Contoh - Puluhan petani muda")
    assert paragraphs[-1].endswith("di desa masing-masing, kata dia.")  # "(E-2)" cut
    assert len(paragraphs) == 5
    for noise in ("POPULER", "Peserta menyimak paparan", "Jangan Lewatkan",
                  "Petani Milenial Panen Melon", "Pewarta", "Copyright", "(E-2)"):
        assert noise not in article.text
    assert article.title == "Seminar Daring Petani Muda Bahas Pupuk Organik"
    assert article.published == "2015-11-05"  # only written after the headline
    assert article.authors == ["Andi Saputra", "Dewi Lestari"]  # from the "Pewarta:" line
    assert article.lang == "id"  # the template says "en"
    assert article.url is None and article.site is None


def test_english_page() -> None:
    article = clean_html(read("english-article.html"))
    assert article.paragraphs[0].startswith("HARBOUR TOWN — More than 120 residents")
    assert article.paragraphs[-1].startswith("Organisers said a second workshop")
    for noise in ("By Martin Oduya", "Advertisement", "Read more", "Sign up", "Subscribe"):
        assert noise not in article.text
    assert (article.title, article.published, article.authors, article.lang) == (
        "Village Coders Host First Online Security Workshop", "2022-03-08", ["Martin Oduya"],
        "en")


def test_page_without_an_article_has_an_empty_body_and_a_reason() -> None:
    article = clean_html(read("beranda.html"), url="https://www.kabarlintas.example/")
    assert article.text == ""
    assert article.empty_reason == "no article body found in the page"
    assert article.title  # metadata is still read
    assert article.site == "www.kabarlintas.example"


@pytest.mark.parametrize(("html", "reason"), [
    (b"", "the page is empty"),
    ("   \n ", "the page is empty"),
    ("<!-- nothing here -->", "the page has no text"),
    ("<html><head><title>x</title></head><body></body></html>", "the page has no text"),
    (b"\x00\x01\x02\x03\x04PK\x05\x06" * 200, "not an HTML page (binary data)"),
])
def test_empty_and_unusable_pages_say_why(html: bytes | str, reason: str) -> None:
    article = clean_html(html)
    assert article.text == ""
    assert article.empty_reason == reason


def test_shipped_empty_and_binary_fixtures(fixtures: Path) -> None:
    assert clean_html((fixtures / "empty.html").read_bytes()).empty_reason
    binary = clean_html((fixtures / "binary.html").read_bytes())
    assert binary.text == "" and binary.empty_reason


def test_bs4_reads_what_libxml2_drops() -> None:
    # libxml2 ends the document at a self-closed <html/>; bs4's html.parser does not.
    prose = ("Webinar literasi keuangan untuk ibu rumah tangga digelar daring oleh koperasi "
             "warga pada Minggu pagi dan diikuti lebih dari seratus peserta.")
    article = clean_html(f"<html/><body><article><p>{prose}</p></article></body>")
    assert article.text == prose


def test_page_nested_beyond_the_parser_limit_says_so() -> None:
    deep = "<html><body>" + "<div>" * 5000 + "<p>Paragraf terdalam.</p>" + "</div>" * 5000
    article = clean_html(deep + "</body></html>")
    assert article.text == ""
    assert article.empty_reason == "the page nests its elements too deeply to be read whole"


def test_huge_page_is_refused_without_parsing() -> None:
    article = clean_html(b"<p>" + b"x" * MAX_PAGE_BYTES + b"</p>")
    assert article.text == ""
    assert "limit" in (article.empty_reason or "")


@pytest.mark.parametrize("html", [
    "<p>unclosed <b><i><div>tags everywhere",
    '<?xml version="1.0" encoding="utf-8"?><html><body><p>XML declaration</p></body></html>',
    "<html>" + "<div>" * 5000 + "deep" + "</div>" * 5000 + "</html>",
    '<script type="application/ld+json">' + "[" * 100_000 + "</script><p>x</p>",
    '<link rel="canonical" href="http://[::1"><a href="http://[::1">Next</a><p>x</p>',
    "<p>\x00\x0b\ufffe nulls and controls</p>",
    b"\xff\xfe<\x00p\x00>\x00h\x00i\x00",
    "plain text without any markup at all",
])
def test_never_raises_on_html_input(html: str | bytes) -> None:
    article = clean_html(html, url="http://[::1/broken")
    assert isinstance(article, Article)
    assert article.text or article.empty_reason


def test_decode_html_is_exported_and_passes_text_through() -> None:
    assert decode_html("<p>sudah teks</p>") == "<p>sudah teks</p>"
    assert decode_html("<p>“kutip”</p>".encode()) == "<p>“kutip”</p>"


def test_modern_portal_template() -> None:
    article = clean_html(read("portal-modern.html"))
    paragraphs = article.paragraphs
    assert paragraphs[0].startswith("Jakarta - Kementerian Komunikasi dan Informatika")
    assert paragraphs[-1].startswith("Agus menambahkan, desanya kini")
    assert len(paragraphs) == 5
    for noise in ("Baca juga", "Seratus Desa", "ADVERTISEMENT", "SCROLL TO CONTINUE", "Simak Video",
                  "Gambas", "(npr/dhn)", "Tag:", "Selanjutnya", "Grup Telegram", "Terpopuler",
                  "Ilustrasi", "Nanda Pertiwi"):
        assert noise not in article.text
    assert article.published == "2021-09-15"
    assert article.authors == ["Nanda Pertiwi"]
    assert article.next_pages == [
        "https://news.wartakilat.example/berita/d-5730011/kominfo-gelar-webinar-keamanan-data/2"]


def test_extract_command_prints_the_cleaned_record(runner, fixtures: Path) -> None:
    import json

    from search.cli import cli

    result = runner.invoke(cli, ["extract", str(fixtures / "clean" / "portal-modern.html"),
                                 "--json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert record["site"] == "news.wartakilat.example"
    assert record["text"].startswith("Jakarta - Kementerian Komunikasi")
    assert "ADVERTISEMENT" not in record["text"]
