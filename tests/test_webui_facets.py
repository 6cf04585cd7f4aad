"""Facet links of the search page (webui/search_page.py, webui/params.py): several values of
a filter, counts under the other filters, the theme facet, the "more" list."""

from __future__ import annotations

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
from webui import create_app
from webui.state import close_index


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FlaskClient]:
    index_dir: Path = tmp_path_factory.mktemp("webui_facets") / "index"
    IndexBuilder(index_dir).build(Article.from_dict(r) for r in webui_records())
    app: Flask = create_app({"TESTING": True, "INDEX_DIR": str(index_dir)})
    yield app.test_client()
    close_index(app)


def soup(response) -> BeautifulSoup:  # type: ignore[no-untyped-def]
    return BeautifulSoup(response.get_data(as_text=True), "lxml")


def args(href: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(href).query)


def facet_links(page: BeautifulSoup, name: str) -> dict[str, str]:
    section = page.select_one(f"#facet-{name}").find_parent("section")
    return {a.select_one(".label").get_text(): a["href"] for a in section.select("a")}


def test_a_second_value_is_added_and_either_matches(client: FlaskClient) -> None:
    page = soup(client.get("/search?province=Bali"))
    links = facet_links(page, "province")
    # the other provinces are still offered (counted as if Bali were not chosen)
    assert {"Bali", "Maluku", "Jawa Barat"} <= set(links)
    assert args(links["Maluku"])["province"] == ["Bali", "Maluku"]
    assert "province" not in args(links["Bali"])                  # clicking it removes it
    both = client.get("/search.json?province=Bali&province=Maluku").get_json()
    assert both["total"] == 8 and both["filters"] == {"province": ["Bali", "Maluku"]}


def test_each_value_gets_a_chip_that_removes_only_it(client: FlaskClient) -> None:
    page = soup(client.get("/search?q=digital&province=Bali&province=Maluku"))
    chips = {c.select_one(".chip-label").get_text(strip=True):
             args(c.select_one("a.chip-remove")["href"]) for c in page.select(".chip")}
    assert chips == {"Bali": {"q": ["digital"], "province": ["Maluku"]},
                     "Maluku": {"q": ["digital"], "province": ["Bali"]}}
    hidden = [(i["name"], i["value"]) for i in page.select("header form input[type=hidden]")]
    assert hidden == [("province", "Bali"), ("province", "Maluku")]


def test_a_count_is_what_choosing_the_value_shows(client: FlaskClient) -> None:
    page = soup(client.get("/search?q=digital&province=Bali"))
    for section in page.select("section.facet"):
        for a in section.select("a:not(.active)")[:3]:
            shown = int(a.select_one(".count").get_text().replace(".", ""))
            data = client.get("/search.json?" + urlsplit(a["href"]).query).get_json()
            if section.h3.get_text() == "Provinsi":
                # another province is added to Bali: its count is what it adds
                bali = client.get("/search.json?q=digital&province=Bali").get_json()["total"]
                assert data["total"] == bali + shown
            else:
                assert data["total"] == shown, section.h3.get_text()


def test_themes_are_a_facet(client: FlaskClient) -> None:
    page = soup(client.get("/search?q=digital"))
    links = facet_links(page, "theme")
    assert "Hoaks" in " ".join(links)
    label, href = next((k, v) for k, v in links.items() if "Hoaks" in k)
    chosen = soup(client.get(href))
    assert label in chosen.select_one(".chip").get_text()
    assert client.get("/search.json?" + urlsplit(href).query).get_json()["total"] > 0


def test_the_rest_of_a_facet_is_behind_more(client: FlaskClient) -> None:
    page = soup(client.get("/search?sort=date"))
    section = page.select_one("#facet-speaker").find_parent("section")
    more = section.select_one("details.facet-more")
    assert len(section.select(":scope > ul > li")) == 8
    assert more is not None and more.select("li")
    assert more.summary.get_text().endswith("lainnya")


def test_the_language_switch_keeps_every_value(client: FlaskClient) -> None:
    page = soup(client.get("/search?province=Bali&province=Maluku"))
    switch = page.select_one(".lang-switch a[hreflang=en]")["href"]
    assert args(switch) == {"province": ["Bali", "Maluku"], "lang": ["en"]}


def test_too_many_values_are_refused(client: FlaskClient) -> None:
    query = "&".join(f"site=s{i}.example" for i in range(21))
    response = client.get("/search.json?lang=en&" + query)
    assert response.status_code == 400
    assert response.get_json()["error"]["message"] == "site is given 21 times; the limit is 20"
