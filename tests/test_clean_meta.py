"""Metadata: titles without the site name, dates in every shape, authors, language."""

from __future__ import annotations

import lxml.html
import pytest

from index.clean.dates import date_from_url, parse_date
from index.clean.lang import detect_language, normalise_lang
from index.clean.meta import read_meta, strip_site_name


def meta_of(head: str, body: str = "", url: str | None = None):
    root = lxml.html.document_fromstring(f"<html><head>{head}</head><body>{body}</body></html>")
    return read_meta(root, url)


@pytest.mark.parametrize(("title", "sites", "expected"), [
    ("Webinar Literasi Digital - Kabar Lintas", {"kabarlintas"}, "Webinar Literasi Digital"),
    ("Kabar Lintas | Webinar Literasi Digital", {"kabarlintas"}, "Webinar Literasi Digital"),
    ("Webinar Literasi Digital | Daerah | KabarLintas.example", {"kabarlintas"},
     "Webinar Literasi Digital | Daerah"),
    ("Jokowi: Transformasi Digital Harus Merata", {"kabarlintas"},
     "Jokowi: Transformasi Digital Harus Merata"),
    ("Webinar Literasi Digital di Desa Muara Uji - Okezone", set(),
     "Webinar Literasi Digital di Desa Muara Uji"),
])
def test_strip_site_name(title: str, sites: set[str], expected: str) -> None:
    assert strip_site_name(title, sites) == expected


def test_title_prefers_a_headline_the_declared_title_confirms() -> None:
    meta = meta_of("<title>Webinar Guru Penggerak Digelar - Kabar Lintas</title>",
                   "<h1>Kabar Lintas</h1><h1>Webinar Guru Penggerak Digelar</h1>")
    assert meta.title == "Webinar Guru Penggerak Digelar"


@pytest.mark.parametrize(("text", "iso"), [
    ("2021-06-19T10:15:00+07:00", "2021-06-19"),
    ("2021/06/19", "2021-06-19"),
    ("Sabtu, 19 Juni 2021 10:15 WIB", "2021-06-19"),
    ("Kamis, 05 Nov 2015 | 11:52", "2015-11-05"),
    ("(19/06/2021)", "2021-06-19"),
    ("June 19, 2021", "2021-06-19"),
    ("Diperbarui 19 Agustus 2021", "2021-08-19"),
    ("kode 20219999", None),
    ("31/02/2021", None),
    ("", None),
])
def test_parse_date(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


def test_date_from_url() -> None:
    assert date_from_url("https://x.example/read/2016/02/23/16374618/judul") == "2016-02-23"
    assert date_from_url("https://x.example/berita/20210619/judul") == "2021-06-19"
    assert date_from_url("https://x.example/berita/judul") is None


def test_published_sources_in_order() -> None:
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", '
          '"datePublished": "2021-06-18T08:00:00+07:00"}</script>')
    meta_tag = '<meta property="article:published_time" content="2021-06-17T08:00:00">'
    assert meta_of(ld + meta_tag).published == "2021-06-18"
    assert meta_of(meta_tag).published == "2021-06-17"
    assert meta_of("", "<time datetime='2021-06-16'>kemarin</time>").published == "2021-06-16"
    assert meta_of("", url="https://x.example/2021/06/15/judul").published == "2021-06-15"
    assert meta_of("", "<h1>Judul</h1><span>Senin, 14 Juni 2021</span>").published == "2021-06-14"


def test_authors_without_organisations() -> None:
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "author": ['
          '{"@type": "Person", "name": "Sari Wulandari"}, '
          '{"@type": "Organization", "name": "Kabar Lintas"}]}</script>')
    assert meta_of(ld).authors == ["Sari Wulandari"]
    assert meta_of('<meta name="author" content="Kabar Lintas Cyber Media">').authors == []
    assert meta_of("", "<div class='byline'>Oleh: Ani Setia dan Budi</div>").authors == [
        "Ani Setia", "Budi"]


def test_canonical_url() -> None:
    link = '<link rel="canonical" href="/read/2021/06/19/judul">'
    assert meta_of(link, url="https://x.example/read/2021/06/19/judul?utm_source=wa").canonical \
        == "https://x.example/read/2021/06/19/judul"
    assert meta_of('<link rel="canonical" href="">').canonical is None
    home = '<link rel="canonical" href="https://x.example/">'
    assert meta_of(home, url="https://x.example/read/1/judul").canonical is None


@pytest.mark.parametrize(("raw", "lang"), [
    ("id-ID", "id"), ("id_ID", "id"), ("in", "id"), ("EN-us", "en"), ("", None), ("x1", None)])
def test_normalise_lang(raw: str, lang: str | None) -> None:
    assert normalise_lang(raw) == lang


def test_detect_language_corrects_only_id_and_en() -> None:
    indonesian = ("Webinar ini diikuti oleh para guru yang ada di daerah dan mereka juga "
                  "mengatakan bahwa materi tersebut sangat berguna untuk sekolah. ") * 3
    assert detect_language(indonesian, "en") == "id"
    assert detect_language(indonesian, "pt") == "pt"
    assert detect_language("Terlalu pendek.", "en") == "en"


def test_published_from_microdata_abbr_title() -> None:
    from index.clean.cleaner import clean_html

    page = (
        "<html><body><div class='date-outer'><h2 class='date-header'>Arsip 3 Maret 2020</h2>"
        "<div class='post'><h3 class='post-title'>Judul Uji</h3>"
        "<div class='post-body'>" + "Kalimat isi berita yang cukup panjang. " * 20 + "</div>"
        "<abbr class='published' itemprop='datePublished' title='2021-09-24T09:40:00+08:00'>"
        "09.40</abbr></div></div></body></html>"
    )
    assert clean_html(page).published == "2021-09-24"
