"""Interface languages: negotiation, complete catalogs, numbers, dates and plurals."""

from __future__ import annotations

import re

import pytest

from webui.i18n import Translator, catalog, negotiate


def test_both_languages_have_the_same_keys_and_placeholders() -> None:
    strings = catalog()
    assert set(strings["id"]) == set(strings["en"])
    for key, value in strings["id"].items():
        forms = value if isinstance(value, dict) else {"other": value}
        other = strings["en"][key]
        other_forms = other if isinstance(other, dict) else {"other": other}
        if isinstance(value, list):
            assert len(value) == len(other) == 12, key
            continue
        assert set(re.findall(r"{\w+}", forms["other"])) == set(
            re.findall(r"{\w+}", other_forms["other"])), key


def test_every_string_used_by_templates_exists() -> None:
    from pathlib import Path

    import webui

    key = re.compile(r"""\bt\(["']([a-z_]+(?:\.[a-z_0-9]+)+)(?<![._])["']""")
    used: set[str] = set()
    root = Path(webui.__file__).parent
    for path in [*root.glob("templates/*.html"), *root.glob("*.py")]:
        used |= set(key.findall(path.read_text()))
    assert used and used <= set(catalog()["id"])


def test_every_error_message_exists_in_both_languages() -> None:
    from pathlib import Path

    import webui

    key = re.compile(r"""["'](err\.[a-z_]+(?:\.[a-z_0-9]+)*)["']""")
    root = Path(webui.__file__).parent
    used = {k for path in root.glob("*.py") for k in key.findall(path.read_text())}
    assert len(used) > 15
    assert used <= set(catalog()["id"]) and used <= set(catalog()["en"])


@pytest.mark.parametrize(("header", "expected"), [
    ([("en-US", 1.0)], "en"), ([("id-ID", 1.0), ("en", 0.5)], "id"),
    ([("fr", 1.0), ("en", 0.8)], "en"), ([("de", 1.0)], "id"), ([], "id"),
    ([("en", 0.0), ("id", 0.1)], "id"), ([("id", 0.2), ("en-GB", 0.9)], "en"),
])
def test_negotiate(header: list[tuple[str, float]], expected: str) -> None:
    assert negotiate(header) == expected


def test_numbers_dates_plurals_and_roles() -> None:
    idn, eng = Translator("id"), Translator("en")
    assert idn.number(20000) == "20.000" and eng.number(20000) == "20,000"
    assert idn.number(12.5) == "12,5" and eng.number(12.5) == "12.5"
    assert idn.date("2021-06-18") == "18 Juni 2021" and eng.date("2021-06-18") == "18 June 2021"
    assert idn.date("18/6") == "18/6" and idn.date("2021-02-30") == "2021-02-30"
    assert eng("results.count", n=1) == "1 article" and eng("results.count", n=3) == "3 articles"
    assert idn("results.count", n=1) == "1 artikel"
    assert idn.role("opening") == "Sambutan" and eng.role("kol") == "Key opinion leader"
    assert idn.role("unheard-of") == "unheard-of"
    assert eng("no.such.key") == "no.such.key"
