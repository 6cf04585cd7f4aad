"""The web UI through Flask's test client: every page and JSON twin, errors, escaping.

The index is built once per module from ``tests/fixtures/webui_corpus.jsonl``: 38 fictional
records (36 webinar reports across 8 provinces and 2 years, one flood report without an
event, and one hostile record whose title, body, names and URL carry script injections).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup
from flask import Flask
from flask.testing import FlaskClient
from webui_corpus import webui_records

from index.model import Article
from index.write.builder import IndexBuilder
from search import speaker_key
from webui import create_app
from webui.state import close_index

RECORDS = webui_records()
HOSTILE_URL = "javascript:alert('url')"
PALEMBANG_URL = RECORDS[0]["url"]
GILANG = speaker_key("Gilang Mahesa Putra")
MADE = speaker_key("Made Ardana Wirya")
YOHANA = speaker_key("Yohana Sitompul")


@pytest.fixture(scope="module")
def corpus_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    index_dir = tmp_path_factory.mktemp("webui") / "index"
    IndexBuilder(index_dir).build(Article.from_dict(r) for r in RECORDS)
    return index_dir


@pytest.fixture(scope="module")
def web(corpus_index: Path) -> Iterator[Flask]:
    app = create_app({"TESTING": True, "INDEX_DIR": str(corpus_index)})
    yield app
    close_index(app)


@pytest.fixture
def client(web: Flask) -> FlaskClient:
    return web.test_client()


def soup(response) -> BeautifulSoup:  # type: ignore[no-untyped-def]
    return BeautifulSoup(response.get_data(as_text=True), "lxml")


def link_args(href: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(href).query)


# --- search page -------------------------------------------------------------------------

def test_home_page_has_search_box_recent_reports_and_ways_in(client: FlaskClient) -> None:
    response = client.get("/")
    assert response.status_code == 200
    page = soup(response)
    box = page.select_one("form[role=search] input#q")
    assert box is not None and box["name"] == "q" and page.select_one("label[for=q]")
    assert len(page.select(".recent li")) == 6
    assert page.find("main") and page.find("header") and page.find("footer")
    speaker_links = [a["href"] for a in page.select(".pills a") if "speaker=" in a["href"]]
    assert f"speaker={GILANG}" in speaker_links[0]
    browse = next(a["href"] for a in page.select("main a") if "sort=date" in a["href"])
    everything = soup(client.get(browse))
    assert "38 acara" in everything.select_one("[aria-live=polite]").get_text()
    assert len(everything.select("li.hit")) == 10


def test_search_shows_count_time_highlighted_snippets_and_speakers(client: FlaskClient) -> None:
    page = soup(client.get("/search?q=hoaks"))
    status = page.select_one("[aria-live=polite]")
    assert status is not None and "6 hasil" in status.get_text() and "md" in status.get_text()
    hits = page.select("ol.hits > li.hit")
    assert len(hits) == 6
    assert all(hit.select_one(".snippet mark") for hit in hits)
    assert all("Hoaks" in hit.h2.get_text() for hit in hits)
    first = hits[0]
    people = first.select(".people li")
    assert people and people[0].a["href"].startswith("/speaker/")
    assert first.select_one(".people .role").get_text(strip=True) == "Pembicara kunci"
    assert first.h2.a["href"].startswith("/article?url=https")


def test_facet_click_filters_and_chip_removes_it(client: FlaskClient) -> None:
    page = soup(client.get("/search?q=hoaks"))
    province = page.select_one("#facet-province").find_parent("section")
    bali = next(a for a in province.select("a") if "Bali" in a.get_text())
    count = int(bali.select_one(".count").get_text())
    filtered = soup(client.get(bali["href"]))
    assert len(filtered.select("li.hit")) == count
    assert all("Bali" in hit.select_one(".place").get_text() for hit in filtered.select("li.hit"))
    chip = filtered.select_one(".chip")
    assert "Bali" in chip.get_text()
    removed = link_args(chip.select_one("a.chip-remove")["href"])
    assert removed == {"q": ["hoaks"]}
    active = filtered.select_one(".facet a.active")
    assert active["aria-current"] == "true" and "province" not in link_args(active["href"])


def test_every_facet_filters_to_its_count(client: FlaskClient) -> None:
    page = soup(client.get("/search?q=digital"))
    for section in page.select("section.facet"):
        first = section.select_one("a")
        expected = int(first.select_one(".count").get_text().replace(".", ""))
        data = client.get("/search.json?" + urlsplit(first["href"]).query).get_json()
        assert data["total"] == expected, section.h3.get_text()


def test_hidden_fields_keep_filters_for_a_new_query(client: FlaskClient) -> None:
    page = soup(client.get("/search?q=hoaks&province=Bali&role=moderator"))
    hidden = {i["name"]: i["value"] for i in page.select("header form input[type=hidden]")}
    assert hidden == {"province": "Bali", "role": "moderator"}


def test_browse_by_speaker_without_query_is_newest_first(client: FlaskClient) -> None:
    data = client.get(f"/search.json?speaker={MADE}").get_json()
    assert data["total"] == 12 and data["sort"] == "date"
    page = soup(client.get(f"/search?speaker={MADE}"))
    assert "Made Ardana" in page.select_one(".chip").get_text()
    assert page.select_one(".sort a[aria-current]").get_text(strip=True) == "Terbaru"


def test_speaker_filter_takes_a_name_and_keeps_the_key(client: FlaskClient) -> None:
    by_name = client.get("/search.json?speaker=Made Ardana Wirya").get_json()
    assert by_name["filters"] == {"speaker": [MADE]} and by_name["total"] == 12
    page = soup(client.get("/search?speaker=Made+Ardana+Wirya"))
    active = page.select_one("#facet-speaker + ul a.active")
    assert active is not None and "Made Ardana" in active.get_text()
    assert "speaker" not in link_args(active["href"])


def test_a_speaker_filter_without_results_is_still_named(client: FlaskClient) -> None:
    page = soup(client.get(f"/search?q=zzqxwv&speaker={YOHANA}"))
    assert "Yohana Sitompul" in page.select_one(".chip").get_text()


def test_speakers_the_query_names_are_marked(client: FlaskClient) -> None:
    page = soup(client.get("/search?q=yohana+sitompul"))
    hits = page.select("li.hit")
    assert hits
    for hit in hits:
        marked = hit.select(".people li.matched")
        assert [li.a["href"] for li in marked] == [f"/speaker/{YOHANA}"]
        assert "cocok dengan pencarian" in marked[0].get_text()
    by_filter = soup(client.get(f"/search?speaker={YOHANA}"))
    assert all(hit.select_one(".people li.matched a")["href"] == f"/speaker/{YOHANA}"
               for hit in by_filter.select("li.hit"))
    assert not soup(client.get("/search?q=hoaks")).select(".people li.matched")


def test_sort_by_date_orders_hits_newest_first(client: FlaskClient) -> None:
    data = client.get("/search.json?q=digital&sort=date&per_page=20").get_json()
    published = {r["url"]: r["published"] for r in RECORDS}
    dates = [published[h["url"]] for h in data["hits"]]
    assert dates == sorted(dates, reverse=True) and len(dates) == 20


def test_numbered_pagination_keeps_state(client: FlaskClient) -> None:
    page = soup(client.get("/search?year=2021&page=2"))
    nav = page.select_one("nav.pagination")
    current = nav.select_one("a[aria-current=page]")
    assert current.get_text() == "Halaman 2" and current.span["class"] == ["visually-hidden"]
    numbers = [a.contents[-1].strip() for a in nav.select("a:not([rel])")]
    assert numbers == ["1", "2", "3"]
    assert all(link_args(a["href"])["year"] == ["2021"] for a in nav.select("a"))
    assert nav.select_one("a[rel=prev]") and nav.select_one("a[rel=next]")
    assert page.select_one("ol.hits")["start"] == "11"


def test_empty_results_page_helps(client: FlaskClient) -> None:
    page = soup(client.get("/search?q=zzqxwv&province=Bali"))
    empty = page.select_one(".empty")
    assert "Tidak ada hasil" in empty.h2.get_text()
    clear = next(a for a in empty.select("a") if "Hapus semua" in a.get_text())
    assert link_args(clear["href"]) == {"q": ["zzqxwv"]}
    assert empty.select_one("a[href='/speakers']")


def test_date_range_form_carries_the_other_state(client: FlaskClient) -> None:
    page = soup(client.get("/search?q=hoaks&province=Bali&sort=date"))
    form = page.select_one("form.date-range")
    hidden = {i["name"]: i["value"] for i in form.select("input[type=hidden]")}
    assert hidden == {"q": "hoaks", "province": "Bali", "sort": "date"}
    assert form.select_one("input#from[type=date]") and form.select_one("label[for=to]")


# --- article, speakers, overview --------------------------------------------------------

def test_article_page_has_body_event_card_qa_and_source(client: FlaskClient) -> None:
    response = client.get("/article", query_string={"url": PALEMBANG_URL})
    assert response.status_code == 200
    page = soup(response)
    assert page.h1.get_text() == RECORDS[0]["title"]
    assert len(page.select(".body > p")) >= 5
    card = page.select_one(".event-card")
    assert "Cakap Bermedia Sosial untuk Pelajar" in card.h2.get_text()
    assert "1 Januari 2021" in card.get_text() and "120" in card.get_text()
    speakers = card.select(".speaker-list li")
    assert len(speakers) == 4
    yohana = next(li for li in speakers if "Yohana" in li.get_text())
    assert yohana.a["href"] == f"/speaker/{YOHANA}"
    assert "Jejak Digital Pelajar" in yohana.select_one(".talk").get_text()
    assert page.select_one(".qa li .question strong").get_text() == "Josua Simanjuntak"
    source = page.select_one(".source a")
    assert source["href"] == PALEMBANG_URL and "noopener" in source["rel"]


def test_speaker_index_and_prefix(client: FlaskClient) -> None:
    page = soup(client.get("/speakers"))
    entries = page.select("ol.speaker-index li")
    assert len(entries) == 13
    assert entries[0].a["href"] == f"/speaker/{GILANG}"
    assert "15" in entries[0].select_one(".count").get_text()
    narrowed = soup(client.get("/speakers?prefix=Made Wir"))
    assert [a["href"] for a in narrowed.select("ol.speaker-index a")] == [
        f"/speaker/{MADE}"]
    nobody = soup(client.get("/speakers?prefix=Ujang Tidakada")).select_one(".empty")
    assert "“Ujang Tidakada”" in nobody.get_text()


def test_speaker_index_by_first_letter_of_the_shown_name(client: FlaskClient) -> None:
    # "p" used to match any part of a key ("Gilang Mahesa Putra" via "patra"); a letter is
    # now the first letter of the name as shown
    page = soup(client.get("/speakers?letter=p"))
    assert [a.get_text() for a in page.select("ol.speaker-index a")] == ["Putu Eka Sanjaya"]
    assert page.select_one(".letters a[aria-current=page]").get_text() == "P"
    assert "1 narasumber dengan huruf awal P" in page.select_one("p.count").get_text()
    # a letter nobody's name starts with is shown, but not as a link
    assert page.select_one(".letters .letter-empty").get_text().startswith("B")
    assert not page.select(".letters a[href$='letter=b']")
    data = client.get("/speakers.json?letter=y").get_json()
    assert [s["name"] for s in data["speakers"]] == ["Yohana Sitompul"]
    assert data["total"] == 1 and data["letter"] == "y" and data["letters"]["y"] == 1
    assert client.get("/speakers?letter=ab").status_code == 400


def test_speaker_index_pages_with_totals_in_a_stable_order(client: FlaskClient) -> None:
    everyone = [a.get_text() for a in soup(client.get("/speakers")).select(
        "ol.speaker-index a")]
    pages = [soup(client.get(f"/speakers?per_page=5&page={n}")) for n in (1, 2, 3)]
    assert sum([[a.get_text() for a in p.select("ol.speaker-index a")] for p in pages],
               []) == everyone
    second = pages[1]
    assert "13 narasumber · nomor 6–10, halaman 2 dari 3" in second.select_one(
        "p.count").get_text(" ", strip=True)
    assert second.select_one("ol.speaker-index")["start"] == "6"
    nav = second.select_one("nav.pagination")
    assert link_args(nav.select_one("a[rel=next]")["href"]) == {"per_page": ["5"],
                                                                 "page": ["3"]}
    assert link_args(nav.select_one("a[rel=prev]")["href"]) == {"per_page": ["5"]}
    # the same count reads alphabetically, not in the order of internal keys
    counts = {e["name"]: e["count"] for e in client.get(
        "/speakers.json?per_page=100").get_json()["speakers"]}
    elevens = [name for name in everyone if counts[name] == 11]
    assert elevens == sorted(elevens) == ["Andreas Tumbelaka", "Fikri Alamsyah",
                                          "Larasati Pinandita", "Teguh Widyatmoko"]
    data = client.get("/speakers.json?per_page=5&page=3").get_json()
    assert (data["total"], data["pages"], data["page"], len(data["speakers"])) == (13, 3, 3, 3)
    beyond = soup(client.get("/speakers?per_page=5&page=7"))
    assert not beyond.select("ol.speaker-index")
    assert beyond.select_one(".beyond a")["href"].endswith("page=3")


def test_a_page_beyond_the_last_says_so(client: FlaskClient) -> None:
    page = soup(client.get("/search?q=literasi&page=9"))
    total = client.get("/search.json?q=literasi").get_json()["total"]
    last = -(-total // 10)
    assert f"{total} hasil" in page.select_one("p.count").get_text()
    assert "Tidak ada hasil" not in page.get_text()  # never "N results" over "No results"
    beyond = page.select_one(".beyond")
    assert "Tidak ada halaman 9" in beyond.h2.get_text()
    assert link_args(beyond.a["href"]) == {"q": ["literasi"], "page": [str(last)]}
    assert link_args(page.select_one("nav.pagination a[rel=prev]")["href"])["page"] == [
        str(last)]


def test_control_characters_never_reach_the_html(client: FlaskClient) -> None:
    for path in ("/search?q=%00", "/search?q=lite%00rasi%1b", "/speakers?prefix=%00Made",
                 "/search?q=a&sort=%00", "/search?q=a&fbc%00lid=1",
                 "/search?speaker=Budi%00Santoso"):
        html = client.get(path).get_data(as_text=True)
        assert "\x00" not in html and "\x1b" not in html, path
    assert soup(client.get("/search?q=lite%00rasi")).select_one("input#q")["value"] == (
        "literasi")


def test_an_unknown_speaker_is_shown_as_written_never_as_its_key(client: FlaskClient) -> None:
    page = soup(client.get("/search?speaker=Budi%20Santoso"))
    chip = page.select_one(".chip .chip-label").get_text()
    assert chip == "Budi Santoso" and speaker_key("Budi Santoso") not in page.get_text()
    known = soup(client.get(f"/search?speaker={MADE}"))
    assert known.select_one(".chip .chip-label").get_text() == "Made Ardana Wirya"


def test_indonesian_text_in_the_english_ui_says_so(client: FlaskClient) -> None:
    english = soup(client.get("/search?q=hoaks&lang=en"))
    titles = english.select("li.hit h2 a")
    assert titles and all(a["lang"] == "id" for a in titles)
    assert all(p["lang"] == "id" for p in english.select("li.hit .snippet"))
    assert english.select_one(".summary .count").get("lang") is None  # UI text is English
    indonesian = soup(client.get("/search?q=hoaks"))
    assert not indonesian.select("li.hit [lang]")
    article = soup(client.get(f"/article?url={PALEMBANG_URL}&lang=en"))
    assert article.h1["lang"] == "id" and article.select_one(".body p")["lang"] == "id"
    themes = soup(client.get("/overview?lang=en")).select("#themes-caption ~ ol .bar-label")
    assert themes and themes[0]["lang"] == "id"
    speaker = soup(client.get(f"/speaker/{MADE}?lang=en"))
    assert speaker.select_one("ol.timeline h3 a")["lang"] == "id"


def test_speaker_page_merges_variants_and_lists_appearances(client: FlaskClient) -> None:
    page = soup(client.get(f"/speaker/{MADE}"))
    assert page.h1.get_text() == "Made Ardana Wirya"
    assert "Made Ardana" in page.select_one(".variants").get_text()
    items = page.select("ol.timeline > li")
    assert len(items) == 12
    dates = [li.time["datetime"] for li in items]
    assert dates == sorted(dates)
    assert all(li.select_one(".with a") for li in items)
    assert page.select_one("svg.chart[role=img] title")
    co = page.select("#co-title + ul li")
    assert co and co[0].a["href"].startswith("/speaker/")
    assert link_args(page.select_one("a.button")["href"]) == {"speaker": [f"{MADE}"]}


def test_overview_page_draws_province_and_speaker_charts(client: FlaskClient) -> None:
    page = soup(client.get("/overview"))
    figures = {f["aria-labelledby"]: f for f in page.select("figure.chart-figure")}
    assert set(figures) == {"months-caption", "provinces-caption", "themes-caption",
                            "speakers-caption"}
    provinces = figures["provinces-caption"].select("ol.bars li")
    assert provinces[0].select_one(".bar-label").get_text() == "Jawa Barat"
    assert provinces[0].select_one(".bar-value").get_text() == "8"
    assert link_args(provinces[0].a["href"]) == {"province": ["Jawa Barat"]}
    months = figures["months-caption"].select("table tbody tr")
    # every record is counted in its month: by event date, and the flood report (no event)
    # by its publication date, as the date filter does
    assert sum(int(tr.td.get_text()) for tr in months) == len(RECORDS) == 38
    assert figures["speakers-caption"].select_one("ol.bars a.bar-row svg rect.bar")
    # the time series is an image with nothing interactive inside, drawn at two sizes
    drawn = figures["months-caption"].select("svg.chart[role=img]")
    assert [svg["class"][-1] for svg in drawn] == ["chart-wide", "chart-medium", "chart-narrow"]
    assert not figures["months-caption"].select("svg a")


# --- JSON twins -------------------------------------------------------------------------

def test_search_json_twin(client: FlaskClient) -> None:
    data = client.get("/search.json?q=hoaks&province=Bali").get_json()
    assert data["total"] == 2 and data["filters"] == {"province": ["Bali"]}
    assert {"hits", "facets", "page", "pages", "per_page", "took_ms", "suggestion"} <= set(data)
    hit = data["hits"][0]
    assert {"url", "title", "date", "site", "score", "snippet", "speakers"} <= set(hit)
    assert "<mark>" in hit["snippet"]


def test_speakers_json_twin(client: FlaskClient) -> None:
    data = client.get("/speakers.json?prefix=y&limit=5").get_json()
    assert data["speakers"] == [{"key": f"{YOHANA}", "name": "Yohana Sitompul",
                                 "count": 12}]


def test_speaker_json_twin(client: FlaskClient) -> None:
    data = client.get(f"/speaker/{YOHANA}.json").get_json()
    assert data["key"] == f"{YOHANA}" and data["name"] == "Yohana Sitompul"
    assert len(data["appearances"]) == 12
    assert {"url", "date", "role", "talk_title", "co_speakers"} <= set(data["appearances"][0])


def test_article_json_twin(client: FlaskClient) -> None:
    data = client.get("/article.json", query_string={"url": PALEMBANG_URL}).get_json()
    assert data == RECORDS[0]


# --- errors and bounds ------------------------------------------------------------------

BAD_SEARCHES = [
    ("page=-1", "page"), ("page=1000000000", "page"), ("page=x", "page"),
    ("q=" + "a" * 10_000, "too long"), ("sort=best", "sort"),
    ("sort=date&sort=relevance", "more than once"), ("from=2021-13-01", "from"),
    ("from=2022-01-01&to=2021-01-01", "after"), ("year=21", "year"),
    ("speaker=<>", "speaker"), ("per_page=500", "per_page"),
    ("page=900&per_page=100", "deep"),
    ("lang=fr", "lang"),
]


@pytest.mark.parametrize(("query", "says"), BAD_SEARCHES)
def test_bad_parameters_get_400_with_the_error_shape(
    client: FlaskClient, query: str, says: str
) -> None:
    query = query if query.startswith("q=") else "q=a&" + query
    response = client.get("/search.json?" + query, headers={"Accept-Language": "en"})
    assert response.status_code == 400
    assert set(response.get_json()) == {"error"}
    error = response.get_json()["error"]
    assert error["code"] == "bad_parameter" and says in error["message"]
    page = client.get("/search?" + query)
    assert page.status_code == 400
    text = soup(page).select_one(".error-page").get_text()
    assert "Permintaan tidak dapat diproses" in text and "Traceback" not in text
    # The message itself is in the page's language too (Indonesian by default).
    indonesian = client.get("/search.json?" + query).get_json()["error"]["message"]
    assert indonesian != error["message"]
    assert soup(page).select_one(".error-page .message").get_text() == indonesian


@pytest.mark.parametrize(("query", "english", "indonesian"), [
    ("q=a&page=0", "page must be between 1 and 1,000, not 0",
     "page harus antara 1 dan 1.000, bukan 0"),
    ("q=a&sort=best", "sort must be one of relevance, date, not “best”",
     "sort harus salah satu dari relevance, date, bukan “best”"),
    ("q=a&sort=date&sort=relevance", "parameter “sort” is given more than once",
     "parameter “sort” diberikan lebih dari sekali"),
])
def test_error_messages_speak_the_page_language(client: FlaskClient, query: str,
                                                english: str, indonesian: str) -> None:
    as_id = soup(client.get("/search?" + query, headers={"Accept-Language": "id"}))
    as_en = soup(client.get("/search?" + query + "&lang=en"))
    assert indonesian in as_id.select_one(".error-page .message").get_text()
    assert as_id.select_one("html")["lang"] == "id"
    assert english in as_en.select_one(".error-page .message").get_text()
    assert as_en.h1.get_text() == "The request could not be processed"
    # The refused query stays in the search box, so nothing typed is lost.
    assert as_id.select_one("input#q")["value"] == "a"


@pytest.mark.parametrize("tracking", [
    "fbclid=IwAR3xYz", "utm_source=whatsapp&utm_medium=social", "gclid=Cj0KCQ",
    "utm_campaign=newsletter&fbclid=abc&mc_eid=123",
])
def test_shared_links_with_tracking_parameters_show_the_same_results(
    client: FlaskClient, tracking: str
) -> None:
    clean = soup(client.get("/search?q=hoaks&province=Bali"))
    shared = client.get(f"/search?q=hoaks&{tracking}&province=Bali")
    assert shared.status_code == 200
    page = soup(shared)
    assert ([a["href"] for a in page.select("li.hit h2 a")]
            == [a["href"] for a in clean.select("li.hit h2 a")] != [])
    assert page.select_one("input#q")["value"] == "hoaks"
    assert page.select_one(".notice") is None  # tracking is dropped without a word
    # ... and it stops here: no link on the page carries it on.
    assert not [a["href"] for a in page.select("a[href]")
                if any(name in a["href"] for name in ("fbclid", "utm_", "gclid", "mc_eid"))]


def test_unknown_parameters_on_pages_are_ignored_and_named(client: FlaskClient) -> None:
    response = client.get("/search?q=hoaks&colour=red&provnce=Bali")
    assert response.status_code == 200
    page = soup(response)
    assert len(page.select("li.hit")) == 6  # the misspelt filter did not filter
    notice = page.select_one(".notice").get_text()
    assert "colour" in notice and "provnce" in notice and "diabaikan" in notice
    for path in ("/speakers?x=1", f"/speaker/{MADE}?ref=home", "/overview?fbclid=1&y=2",
                 f"/article?url={PALEMBANG_URL}&utm_source=wa"):
        assert client.get(path).status_code == 200, path
    assert "“y”" not in soup(client.get("/overview?fbclid=1&y=2")).select_one(".notice").text


@pytest.mark.parametrize(("path", "name"), [
    ("/search.json?q=a&colour=red", "colour"), ("/search.json?q=a&fbclid=x", "fbclid"),
    ("/speakers.json?utm_source=x", "utm_source"), ("/overview.json?x=1", "x"),
])
def test_the_json_api_stays_strict_about_unknown_parameters(
    client: FlaskClient, path: str, name: str
) -> None:
    response = client.get(path, headers={"Accept-Language": "en"})
    assert response.status_code == 400
    assert f"unknown parameter “{name}”" in response.get_json()["error"]["message"]


@pytest.mark.parametrize("path", [
    "/speaker/nobody-here.json", "/speaker/NOT%20A%20KEY.json",
    "/article.json?url=https://nowhere.example/", "/no-such-thing.json",
])
def test_unknown_things_are_404_with_the_error_shape(client: FlaskClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert response.get_json()["error"]["code"] == "not_found"


def test_html_404_is_a_friendly_page(client: FlaskClient) -> None:
    for path in ("/speaker/nobody-here", "/article?url=https://nowhere.example/", "/nope"):
        response = client.get(path)
        assert response.status_code == 404
        assert "Halaman tidak ditemukan" in soup(response).h1.get_text()


def test_article_without_url_is_400(client: FlaskClient) -> None:
    assert client.get("/article.json").get_json()["error"]["code"] == "bad_parameter"
    assert client.get("/article.json?url=" + "x" * 3000).status_code == 400


def test_internal_error_is_a_500_page_without_traceback(
    web: Flask, client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    client.get("/")
    state = web.extensions["webinar_search_state"]

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(state.index, "search", broken)
    response = client.get("/search?q=hoaks")
    assert response.status_code == 500
    body = response.get_data(as_text=True)
    assert "secret internal detail" not in body and "Traceback" not in body
    assert client.get("/search.json?q=x").get_json()["error"]["code"] == "internal"


def test_missing_index_is_503(tmp_path: Path) -> None:
    app = create_app({"TESTING": True, "INDEX_DIR": str(tmp_path / "none")})
    response = app.test_client().get("/search.json?q=x")
    assert response.status_code == 503
    assert "webinar-search build" in response.get_json()["error"]["message"]


def test_there_are_no_write_endpoints(web: Flask, client: FlaskClient) -> None:
    for rule in web.url_map.iter_rules():
        assert rule.methods <= {"GET", "HEAD", "OPTIONS"}, rule
    response = client.post("/search.json?q=x")
    assert response.status_code == 405
    assert response.get_json()["error"]["code"] == "method_not_allowed"


# --- safety -----------------------------------------------------------------------------

def _assert_inert(html: str) -> None:
    page = BeautifulSoup(html, "lxml")
    scripts = page.find_all("script")
    assert [s.get("src") for s in scripts] == ["/static/app.js"]
    assert all(not s.string for s in scripts)
    for tag in page.find_all(True):
        assert not [a for a in tag.attrs if a.lower().startswith("on")], tag
        for attr in ("href", "src", "action"):
            assert not str(tag.get(attr, "")).lower().startswith("javascript:"), tag
    assert page.find("img") is None and page.find("i") is None
    assert not page.select("svg[onload]")


def test_hostile_article_is_shown_inert(client: FlaskClient) -> None:
    response = client.get("/article", query_string={"url": HOSTILE_URL})
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    _assert_inert(html)
    page = soup(response)
    assert page.h1.get_text() == "Webinar <script>alert('judul')</script> Keamanan Peramban"
    assert "<img src=x onerror=alert('isi')>" in page.select_one(".body p").get_text()
    assert "Webinar &lt;script&gt;alert(&#39;judul&#39;)&lt;/script&gt; Keamanan" in html
    assert page.select_one(".source a") is None
    assert "javascript:alert" in page.select_one(".source code").get_text()


@pytest.mark.parametrize("path", [
    "/search?q=peramban", "/search?q=onerror", "/search?site=jahat.example",
    "/search?q=peramban&lang=en", "/speakers?prefix=eve",
])
def test_hostile_record_is_inert_on_every_page(client: FlaskClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    _assert_inert(response.get_data(as_text=True))


def test_hostile_speaker_page_is_inert(client: FlaskClient) -> None:
    key = next(a["href"] for a in soup(client.get("/speakers?prefix=eve")).select(
        "ol.speaker-index a"))
    response = client.get(key)
    assert response.status_code == 200
    _assert_inert(response.get_data(as_text=True))


def test_security_headers_forbid_inline_code(client: FlaskClient) -> None:
    for path in ("/", "/search?q=hoaks", "/search.json?q=x", "/nope"):
        headers = client.get(path).headers
        csp = headers["Content-Security-Policy"]
        assert "unsafe-inline" not in csp and "script-src 'self'" in csp
        assert "style-src 'self'" in csp and "frame-ancestors 'none'" in csp
        assert headers["X-Content-Type-Options"] == "nosniff"


def test_pages_use_no_inline_styles_or_scripts(client: FlaskClient) -> None:
    for path in ("/", "/search?q=hoaks", "/speakers", f"/speaker/{YOHANA}",
                 "/article?url=" + PALEMBANG_URL):
        page = soup(client.get(path))
        assert not page.find("style") and not page.select("[style]"), path
        assert all(s.get("src") for s in page.find_all("script")), path
        for href in [*(tag["href"] for tag in page.select("link[href]")),
                     *(s["src"] for s in page.select("script[src]"))]:
            assert href.startswith("/"), href


def test_static_files_are_served(client: FlaskClient) -> None:
    for name in ("style.css", "app.js", "favicon.svg"):
        response = client.get(f"/static/{name}")
        assert response.status_code == 200 and response.data
        response.close()


# --- languages and accessibility --------------------------------------------------------

def test_language_from_accept_language_and_switch_kept_in_links(client: FlaskClient) -> None:
    english = client.get("/search?q=hoaks", headers={"Accept-Language": "en-GB,en;q=0.9"})
    page = soup(english)
    assert page.html["lang"] == "en" and "6 results for" in page.select_one(".count").get_text()
    assert english.headers["Content-Language"] == "en"
    assert "Accept-Language" in english.headers["Vary"]
    assert soup(client.get("/", headers={"Accept-Language": "de, fr"})).html["lang"] == "id"
    switched = soup(client.get("/search?q=hoaks&lang=en"))
    assert switched.html["lang"] == "en"
    internal = [a["href"] for a in switched.select("main a[href^='/']")]
    assert internal and all("lang=en" in href for href in internal)
    assert switched.select_one("header input[name=lang]")["value"] == "en"
    back = switched.select_one(".lang-switch a[hreflang=id]")["href"]
    assert link_args(back) == {"q": ["hoaks"], "lang": ["id"]}


def test_landmarks_labels_and_skip_link(client: FlaskClient) -> None:
    page = soup(client.get("/search?q=hoaks"))
    assert page.select_one("a.skip-link")["href"] == "#main"
    assert page.select_one("main#main")
    drawer = page.select_one("details#filters[open]")
    assert drawer and drawer.summary.h2.get_text(strip=True) == "Saring hasil"
    # the filters come before the results (their toggle sits at the top on a phone), with a
    # link past them for keyboards
    order = [el.get("id") for el in page.select("#filters, #results")]
    assert order == ["filters", "results"]
    assert drawer.select_one("a.skip-inline")["href"] == "#results"
    assert page.select_one("nav.pagination") is None
    for field in page.select("input:not([type=hidden])"):
        assert page.select_one(f"label[for={field['id']}]"), field
    for svg in soup(client.get(f"/speaker/{YOHANA}")).select("svg"):
        assert svg["role"] == "img" and svg.title and not svg.select("a")
    # no aria-label hides what a link says (axe: label-content-name-mismatch)
    filtered = soup(client.get("/search?q=hoaks&province=Bali"))
    assert not filtered.select("a[aria-label]")
    active = filtered.select_one(".facet a.active")
    assert active.get_text(" ", strip=True).startswith("Bali (hapus saringan ini)")


def test_query_is_echoed_escaped_in_the_box_and_title(client: FlaskClient) -> None:
    response = client.get('/search?q="><script>alert(1)</script>')
    html = response.get_data(as_text=True)
    _assert_inert(html)
    page = BeautifulSoup(html, "lxml")
    assert page.select_one("input#q")["value"] == '"><script>alert(1)</script>'
    assert re.search(r"<title>[^<]*&lt;script&gt;", html)


# --- serving ----------------------------------------------------------------------------

def test_serve_get_answers_one_request_in_process(corpus_index: Path) -> None:
    from click.testing import CliRunner

    from search.cli import cli

    runner = CliRunner()
    ok = runner.invoke(cli, ["serve", "--index", str(corpus_index), "--get",
                             "/search.json?q=hoaks"])
    assert ok.exit_code == 0, ok.output
    assert json.loads(ok.output)["total"] == 6
    bad = runner.invoke(cli, ["serve", "--index", str(corpus_index), "--get",
                              "/search.json?page=0"])
    assert bad.exit_code == 1
    assert '"code":"bad_parameter"' in bad.output and "HTTP 400" in bad.output


def test_request_parameters_cannot_steer_links(client: FlaskClient) -> None:
    for path in ("/search?_external=1&_scheme=javascript", "//evil.example/x",
                 f"/speaker/{YOHANA}?_anchor=x"):
        page = soup(client.get(path))
        for a in page.select("a[href]"):
            assert a["href"].startswith(("/", "#")) and not a["href"].startswith("//"), (
                path, a["href"])
