"""Gzip on the way out: text only, when accepted, with Vary and ETags kept right."""

from __future__ import annotations

import gzip

from flask.testing import FlaskClient
from werkzeug.test import TestResponse

GZIP = {"Accept-Encoding": "gzip, deflate, br"}


def static(client: FlaskClient, path: str, **headers: str) -> TestResponse:
    """A static file, read whole and closed (a file response left open warns)."""
    with client.get(path, headers=headers, buffered=True) as response:
        return response


def test_pages_and_json_are_compressed_when_the_client_accepts_gzip(
    client: FlaskClient,
) -> None:
    for path in ("/", "/search?q=webinar", "/search.json?q=webinar", "/overview"):
        plain = client.get(path)
        packed = client.get(path, headers=GZIP)
        assert packed.status_code == plain.status_code == 200, path
        assert packed.headers["Content-Encoding"] == "gzip", path
        assert "Accept-Encoding" in packed.headers["Vary"] and "Accept-Language" in packed.headers[
            "Vary"]
        assert int(packed.headers["Content-Length"]) == len(packed.data) < len(plain.data)
        assert "Content-Encoding" not in plain.headers
        assert "Accept-Encoding" in plain.headers["Vary"], path  # the other form exists
        unpacked = gzip.decompress(packed.data).decode()
        # the same page (only the timing in "(0,8 md)" may differ)
        assert unpacked.split("(")[0] == plain.get_data(as_text=True).split("(")[0]


def test_gzip_refused_or_not_worth_it_is_left_alone(client: FlaskClient) -> None:
    refused = client.get("/", headers={"Accept-Encoding": "gzip;q=0, identity"})
    assert "Content-Encoding" not in refused.headers
    tiny = static(client, "/static/favicon.svg", **GZIP)
    assert tiny.status_code == 200 and "Content-Encoding" not in tiny.headers
    error = client.get("/search?page=0", headers=GZIP)  # an error page is a page too
    assert error.status_code == 400 and error.headers["Content-Encoding"] == "gzip"
    assert "Permintaan" in gzip.decompress(error.data).decode()
    small = client.get("/search.json?page=0", headers=GZIP)
    assert small.status_code == 400 and "Content-Encoding" not in small.headers


def test_static_files_keep_a_distinct_etag_and_revalidate(client: FlaskClient) -> None:
    plain = static(client, "/static/style.css")
    packed = static(client, "/static/style.css", **GZIP)
    assert packed.headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(packed.data) == plain.data
    plain_tag, packed_tag = plain.headers["ETag"], packed.headers["ETag"]
    assert packed_tag != plain_tag and packed_tag.rstrip('"').endswith("-gzip")
    assert "Accept-Ranges" not in packed.headers
    again = static(client, "/static/style.css", **GZIP, **{"If-None-Match": packed_tag})
    assert again.status_code == 304 and again.data == b""
    assert again.headers["ETag"] == packed_tag
    identity = static(client, "/static/style.css", **{"If-None-Match": plain_tag})
    assert identity.status_code == 304
    stale = static(client, "/static/style.css", **GZIP, **{"If-None-Match": '"other"'})
    assert stale.status_code == 200 and gzip.decompress(stale.data) == plain.data


def test_head_requests_say_the_compressed_length(client: FlaskClient) -> None:
    get = client.get("/search?q=webinar", headers=GZIP)
    head = client.head("/search?q=webinar", headers=GZIP)
    assert head.status_code == 200 and head.data == b""
    assert head.headers["Content-Encoding"] == "gzip"
    assert abs(int(head.headers["Content-Length"]) - len(get.data)) < 16  # timing digits
