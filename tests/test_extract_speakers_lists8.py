"""How a list of people is cut into items when its marks are uneven: a parenthesis that
never closes ("A (Ketua X (KX), B (...") ends where the next person opens, and a ";" list
whose pieces go on with "," between people ("A (X); Dr. B (Y), C (Z) dan D (W)") is cut
at those commas too, while commas inside one item's position stay inside it.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from index.extract.event import extract_event
from index.extract.people_4_split import split_items
from index.pipeline.records import article_from_text


def _speakers(text: str) -> dict[str, tuple[str, str | None]]:
    event = extract_event(article_from_text("Judul Berita\n\n" + text,
                                            "https://uji.example/berita"))
    assert event is not None
    return {s.name: (s.role, s.position) for s in event.speakers}


def _items(text: str) -> list[str]:
    return [text[a:b].strip() for a, b in split_items(text)]


_UNCLOSED = (
    "Rahmat Sulistyo (Pendiri Jaringan Wisata Nusantara, Ketua Forum Pemandu Indonesia (FPI), "
    "dan Sekjen Asosiasi Desa Wisata (Asdewi), Dr. Lestari Wulandari, M.Par (Dosen Pariwisata "
    "Universitas Tanjung Jaya), dan Bonifasius Tanau (Pemilik Rimba Hijau Tour)")


def test_an_unclosed_parenthesis_ends_where_the_next_person_opens() -> None:
    items = _items(_UNCLOSED)
    assert len(items) == 3
    assert items[0].startswith("Rahmat Sulistyo (Pendiri")
    assert items[0].endswith("(Asdewi)")
    assert items[1].startswith("Dr. Lestari Wulandari")


def test_an_unclosed_parenthesis_in_a_programme_list() -> None:
    found = _speakers(
        "Dinas Pariwisata Sukamaju menggelar webinar pemandu wisata secara daring, Rabu (3/3).\n"
        "Webinar ini menghadirkan pemateri " + _UNCLOSED + ".")
    assert found["Rahmat Sulistyo"][1].endswith("Sekjen Asosiasi Desa Wisata (Asdewi)")
    assert found["Lestari Wulandari"] == ("speaker", "Dosen Pariwisata Universitas Tanjung Jaya")
    assert found["Bonifasius Tanau"] == ("speaker", "Pemilik Rimba Hijau Tour")


def test_a_parenthesis_that_never_closes_before_any_person_runs_on() -> None:
    text = "Rahmat Sulistyo (Pendiri Jaringan Wisata, Ketua Forum Pemandu Indonesia"
    assert _items(text) == [text]


def test_commas_between_people_after_a_semicolon_part_items_too() -> None:
    items = _items(
        "Prof. Haruto Sakamoto (Rektor Universitas Osaka Timur, Jepang); Dr. Layla Hamdan "
        "(Dekan Fakultas Teknik, Universitas Teluk Merah, Yordania), Dr. Bagus Wirawan "
        "(Peneliti Senior, Pusat Riset Kelautan, Indonesia), Amara Okafor (Dosen Hukum "
        "Universitas Lagos Barat, Nigeria) dan Prof. Dr. Nils Berglund (Wakil Rektor, "
        "Universitas Fjord, Norwegia)")
    heads = [item.split("(")[0].strip() for item in items]
    assert heads[:4] == ["Prof. Haruto Sakamoto", "Dr. Layla Hamdan", "Dr. Bagus Wirawan",
                         "Amara Okafor"]


def test_commas_inside_a_position_stay_inside_a_semicolon_item() -> None:
    items = _items(
        "Prof. Dr. Layla Hamdan, Dekan, Fakultas Teknik, Universitas Teluk Merah; Dr. Bagus "
        "Wirawan, Peneliti Senior, Pusat Riset Kelautan")
    assert len(items) == 2


def test_a_title_case_job_after_a_comma_is_no_second_person() -> None:
    items = _items(
        "Rina Kartika, S.Pd, Certified Career Coach; Yusran Malik, S.T, Owner Kopi Senja "
        "Nusantara; dan Sekar Anindita, S.Sn, Ketua Sanggar Tari Melati")
    assert len(items) == 3
