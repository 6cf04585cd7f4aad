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
