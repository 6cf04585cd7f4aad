"""Property tests for ``index.clean.clean_html``: whatever bytes arrive, an Article comes back.

Pages from the open web are broken in every way a byte string can be. The inputs here are
the shipped fixture pages and the demo corpus, mutated (slices cut, repeated, spliced
between pages, random bytes inserted, truncated), plus random bytes, deep nesting, huge
attributes and broken character references. The contract checked is the record's: no
exception, ``text`` is a string of non-blank, stripped paragraphs separated by exactly one
blank line, and an empty text always comes with a reason.
"""

from __future__ import annotations

from fuzzing import check_article, seed_pages, swallowed_errors
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from index.clean.cleaner import MAX_PAGE_BYTES, clean_html
from index.model import Article

SEED_PAGES = seed_pages()

_FRAGMENTS = [
    b"<", b">", b"</", b"/>", b"<p>", b"</p>", b"<div class=\"content\">", b"</div>",
    b"<script>", b"</script>", b"<!--", b"-->", b"<![CDATA[", b"]]>", b"<?xml ?>",
    b"<meta charset=\"utf-16\">", b"<meta charset=\"x-bogus\">", b"<html/>", b"<body>",
    b"&", b"&#", b"&#x", b"&#0;", b"&#xD800;", b"&#x110000;", b"&#99999999999;", b"&amp",
    b"&nbsp", b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"\xc3", b"\xe2\x80", b"\r", b"\n\n",
    b"<article itemprop=\"articleBody\">", b"<h1>", b"<title>", b"</title>", b"<a href=\"",
    b"<table><tr><td>", b"<li>", b"\"", b"'", b"=", b"<br>", b"\xe2\x80\xae", b"\xe2\x80\x8b",
]


@st.composite
def mutated_pages(draw: st.DrawFn) -> bytes:
    """A seed page after a few random edits (the classic mutational fuzzer's moves)."""
    page = bytearray(draw(st.sampled_from(SEED_PAGES)))
    for _ in range(draw(st.integers(1, 8))):
        size = len(page)
        at = draw(st.integers(0, size))
        move = draw(st.sampled_from(["cut", "insert", "fragment", "repeat", "splice",
                                     "truncate", "flip"]))
        if move == "cut":
            end = draw(st.integers(at, min(size, at + 4096)))
            del page[at:end]
        elif move == "insert":
            page[at:at] = draw(st.binary(max_size=64))
        elif move == "fragment":
            page[at:at] = draw(st.sampled_from(_FRAGMENTS))
        elif move == "repeat":
            end = draw(st.integers(at, min(size, at + 512)))
            page[at:at] = page[at:end] * draw(st.integers(1, 20))
        elif move == "splice":
            other = draw(st.sampled_from(SEED_PAGES))
            start = draw(st.integers(0, len(other)))
            page[at:at] = other[start:start + draw(st.integers(0, 4096))]
        elif move == "truncate":
            del page[at:]
        elif move == "flip" and size:
            index = min(at, size - 1)
            page[index] ^= 1 << draw(st.integers(0, 7))
    return bytes(page)


def deep_nesting(depth: int, tag: str, text: str) -> str:
    return f"<html><body>{f'<{tag}>' * depth}<p>{text}</p>{f'</{tag}>' * depth}</body></html>"


def clean(page: bytes | str, url: str | None = None) -> Article:
    """``clean_html``, failing the test when its safety net caught an exception."""
    with swallowed_errors() as caught:
        article = clean_html(page, url)
    assert not caught, caught
    return article


@given(mutated_pages())
@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
def test_mutated_pages(page: bytes) -> None:
    check_article(clean(page, "https://berita.example/2021/06/19/webinar"))


@given(st.binary(max_size=4096))
def test_random_bytes(page: bytes) -> None:
    check_article(clean(page))


@given(st.text(max_size=2000))
def test_random_text(page: str) -> None:
    check_article(clean(page))


@given(st.integers(1, 6000), st.sampled_from(["div", "span", "b", "table", "ul", "p", "a",
                                                "font", "section"]))
def test_deep_nesting(depth: int, tag: str) -> None:
    sentence = "Webinar literasi digital diikuti ratusan peserta dari berbagai daerah. " * 4
    check_article(clean(deep_nesting(depth, tag, sentence)))


@given(st.integers(1_000, 2_000_000), st.sampled_from(["class", "style", "href", "content",
                                                       "data-x", "id"]))
@settings(max_examples=10)
def test_huge_attribute(size: int, name: str) -> None:
    value = "a" * size
    page = (f'<html><head><meta name="description" {name}="{value}"><title>Judul</title>'
            f'</head><body><div {name}="{value}"><p>{"Isi berita webinar. " * 20}</p>'
            f'</div></body></html>')
    check_article(clean(page))


@given(st.lists(st.sampled_from([
    "&#0;", "&#xD800;", "&#xDFFF;", "&#x110000;", "&#99999999999999999999;", "&#x;", "&#;",
    "&amp", "&ampamp;", "&nbsp", "&#65", "&#x41", "&bogus;", "&#-1;", "&#x0D;", "&#128;",
    "&lt;script&gt;", "\u202e", "\u200b", "\ufeff", "\ud7ff", "Webinar ", "narasumber ",
]), min_size=1, max_size=200))
def test_broken_entities(pieces: list[str]) -> None:
    body = "".join(pieces)
    page = (f"<html><head><title>{body}</title></head><body><article><p>{body}</p>"
            f"<p>{body} {'kalimat panjang berita. ' * 10}</p></article></body></html>")
    check_article(clean(page))
    check_article(clean(page.encode("utf-8", "surrogatepass")))


def test_page_over_the_limit_is_refused_with_a_reason() -> None:
    article = clean(b"<p>" + b"a" * MAX_PAGE_BYTES + b"</p>")
    assert article.text == ""
    assert "limit" in (article.empty_reason or "")


@given(st.sampled_from(SEED_PAGES), st.sampled_from(["utf-16", "utf-16-le", "utf-32",
                                                      "latin-1", "cp1252", "shift_jis"]))
def test_reencoded_pages(page: bytes, encoding: str) -> None:
    text = page.decode("utf-8", "replace")
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        assume(False)
    check_article(clean(data))
