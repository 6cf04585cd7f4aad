"""The body search on fictional pages whose body container the class words do not name.

Each page is built in the style of a real Indonesian portal template; the tests check that
the whole body comes out (first and last paragraph, paragraph count) and the furniture
around it does not.
"""

from __future__ import annotations

from pathlib import Path

from index.clean.blocks import linearize
from index.clean.cleaner import clean_html
from index.clean.tree import parse_html

CLEAN = Path(__file__).parent / "fixtures" / "clean"


def read(name: str) -> bytes:
    return (CLEAN / name).read_bytes()


def test_image_then_br_paragraphs_in_an_unknown_container_are_the_body() -> None:
    # An image first, then the whole article as <br>-separated text in one <div> whose
    # class names nothing: its paragraphs are not the image's caption.
    article = clean_html(read("foto-lalu-isi.html"))
    paragraphs = article.paragraphs
    assert paragraphs[0].startswith("BENGKALIS, WP - Sebanyak 420 guru honorer")
    assert paragraphs[-1].startswith("Panitia berencana menggelar webinar lanjutan")
    assert len(paragraphs) == 6
    assert "Jembatan Desa Putus" not in article.text
    assert "Nelayan menyebut" not in article.text


def test_a_picture_box_keeps_its_caption_mark() -> None:
    root = parse_html(
        "<html><body><div class='x'><img src='a.jpg'>Peserta webinar di aula desa<br>"
        "Dok. Panitia</div><div class='y'><img src='b.jpg'>"
        + "<br>".join(f"Paragraf nomor {i} yang cukup panjang untuk dibaca." for i in range(5))
        + "</div></body></html>")
    assert root is not None
    blocks, _ = linearize(root)
    captions = [b.text for b in blocks if b.is_caption]
    assert captions == ["Peserta webinar di aula desa", "Dok. Panitia"]


def test_taxonomy_classes_do_not_make_the_post_wrapper_boilerplate() -> None:
    # post_class() writes "category-sponsored tag-social-media tag-komentar" on the wrapper:
    # topics of the post, not a share bar or a comment list. The real comments stay out.
    article = clean_html(read("blog-taksonomi.html"))
    paragraphs = article.paragraphs
    assert paragraphs[0].startswith("Komunitas Kampung Baca menggelar webinar")
    assert paragraphs[-1].startswith("Panitia berharap webinar serupa")
    assert len(paragraphs) == 6
    assert "Terima kasih untuk Kampung Baca" not in article.text
    assert "Tulisan Terbaru" not in article.text


def test_articlebody_on_the_lead_only_does_not_lose_the_rest() -> None:
    article = clean_html(read("skema-pembuka.html"))
    assert "Seminar tersebut diikuti 310 kader" in article.text
    assert article.paragraphs[-1].startswith("Para kader juga diminta mencatat")
    assert "Terpopuler" not in article.text


def test_articlebody_with_a_boilerplate_class_is_still_the_body() -> None:
    prose = [f"Paragraf ke-{i} dari artikel ini menceritakan jalannya webinar literasi "
             "keuangan bagi pedagang pasar tradisional di kota kecil itu." for i in range(4)]
    html = ("<html><body><h1>Webinar Literasi Keuangan</h1>"
            "<div class='share-area' itemprop='articleBody'>"
            + "".join(f"<p>{p}</p>" for p in prose)
            + "</div><div class='related'><a href='/a'>Berita lain</a></div></body></html>")
    assert clean_html(html).paragraphs == prose


def test_misleading_body_class_among_long_teasers_still_yields_the_body() -> None:
    # "foto-wrap" names a photo box and the teaser cards hold more prose than the story:
    # the class words alone would leave no body at all.
    article = clean_html(read("cerita-foto.html"))
    paragraphs = article.paragraphs
    assert paragraphs[0].startswith("Puluhan ibu rumah tangga di Kelurahan Tanjung Sari")
    assert paragraphs[-1].startswith("Pengajar sanggar, Wulan Handayani")
    assert len(paragraphs) == 3
    assert "Pameran Kriya Kayu" not in article.text
    assert "Lebih dari empat puluh perajin" not in article.text


def test_a_page_of_only_teasers_and_menus_still_has_no_body() -> None:
    html = ("<html><body><ul class='menu'><li><a href='/'>Beranda</a></li></ul>"
            + "".join(f"<div class='card'><a href='/{i}'>Judul berita nomor {i} hari ini</a>"
                      f"<p>Ringkasan singkat berita nomor {i} yang terpotong...</p></div>"
                      for i in range(5))
            + "</body></html>")
    article = clean_html(html)
    assert article.text == ""
    assert article.empty_reason


def test_caption_lines_and_the_closing_code_leave_the_body() -> None:
    # Credits alone, short captions ending in a credit (in <p> and between <br>), an agency
    # photo line, and "*** (RO/WS-7)" after the last sentence; prose about photos stays.
    article = clean_html(read("keterangan-foto.html"))
    paragraphs = article.paragraphs
    assert paragraphs[0].startswith("KOTA SELATAN, WS - Sebanyak 75 petani kopi")
    assert paragraphs[-1] == ('"Kami akan membantu petani memasarkan kopi ke kafe-kafe di kota,"'
                              " kata Suryo.")
    assert len(paragraphs) == 6
    assert any(p.startswith("Peserta diminta mengirim foto hasil") for p in paragraphs)
    for noise in ("Rudi/Warta Selatan", "Dok. Panitia", "Suasana pelatihan", "WARTA FOTO",
                  "FOTO: DOK", "Peserta menjemur", "***", "RO/WS-7"):
        assert noise not in article.text
