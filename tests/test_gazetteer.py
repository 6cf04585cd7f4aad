"""The gazetteer data file and place look-ups."""

from __future__ import annotations

from collections import Counter

from index.extract.gazetteer import find_places, place_at, resolve
from index.resources import table


def test_gazetteer_has_every_province_and_kabupaten_kota() -> None:
    kinds = Counter(row[0] for row in table("gazetteer.tsv"))
    assert kinds["provinsi"] == 38
    assert kinds["kabupaten"] == 416
    assert kinds["kota"] >= 98
    provinces = {row[1] for row in table("gazetteer.tsv") if row[0] == "provinsi"}
    assert all(row[2] in provinces for row in table("gazetteer.tsv"))


def _resolved(text: str) -> list[str]:
    return [resolve(m).label for m in find_places(text)]


def test_abbreviations_resolve() -> None:
    assert _resolved("SUMSEL, Uji - Kaltim dan Jabar") == [
        "Sumatera Selatan", "Kalimantan Timur", "Jawa Barat"]
    assert _resolved("Pemkab OKI dan Jaksel") == ["Kabupaten Ogan Komering Ilir",
                                                  "Kota Jakarta Selatan"]


def test_prefixes_choose_kota_or_kabupaten_and_allow_lowercase() -> None:
    assert _resolved("di Kabupaten Malang") == ["Kabupaten Malang"]
    assert _resolved("di Malang") == ["Kota Malang"]
    assert _resolved("di kabupaten Bangka selatan") == ["Kabupaten Bangka Selatan"]
    assert _resolved("Provinsi Gorontalo") == ["Gorontalo"]
    assert resolve(find_places("Provinsi Gorontalo")[0]).kind == "provinsi"


def test_lowercase_common_words_are_not_places() -> None:
    assert _resolved("batu bata dan nasib malang") == []


def test_place_at_finds_multiword_names() -> None:
    assert place_at(["Tanjung", "Jabung", "Timur", "Bupati"]) == 3
    assert place_at(["Ani", "Lestari"]) == 0


def test_kepulauan_shortened_to_kep() -> None:
    from index.extract.gazetteer import find_places, resolve
    assert [resolve(m).name for m in find_places("di Kabupaten Kep. Seribu.")] == [
        "Kepulauan Seribu"]
