"""The web UI through Flask's test client: pages, JSON twin, errors in one shape."""

from __future__ import annotations

from flask.testing import FlaskClient


def test_home_page_has_a_search_box(client: FlaskClient) -> None:
    response = client.get("/")
    assert response.status_code == 200
    assert b'type="search"' in response.data
    assert "Content-Security-Policy" in response.headers


def test_search_lists_matching_articles(client: FlaskClient) -> None:
    response = client.get("/search?q=literasi")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert "Webinar Literasi Digital di Palembang" in page
    assert "Banjir Rendam" not in page


def test_search_json_twin(client: FlaskClient) -> None:
    data = client.get("/search.json?q=banjir").get_json()
    assert data["total"] == 1
    assert data["hits"][0]["url"] == "https://wartacontoh.example/2022/01/05/banjir-muara-uji/"


def test_article_page_and_json(client: FlaskClient) -> None:
    url = "https://kabaruji.example/2021/06/19/literasi/"
    page = client.get("/article", query_string={"url": url})
    assert page.status_code == 200
    assert "Cakap Bermedia Sosial" in page.get_data(as_text=True)
    assert client.get("/article.json", query_string={"url": url}).get_json()["url"] == url


def test_bad_parameters_get_400_with_the_error_shape(client: FlaskClient) -> None:
    for query in ("q=a&page=-1", "q=a&page=1000000000", "q=a&page=x", "q=" + "a" * 10_000):
        response = client.get("/search.json?" + query)
        assert response.status_code == 400, query
        error = response.get_json()["error"]
        assert error["code"] == "bad_parameter" and error["message"]
    assert client.get("/search?q=a&page=-1").status_code == 400


def test_unknown_article_is_404(client: FlaskClient) -> None:
    response = client.get("/article.json?url=https://nowhere.example/")
    assert response.status_code == 404
    assert response.get_json()["error"]["code"] == "not_found"
    assert client.get("/no-such-page").status_code == 404
