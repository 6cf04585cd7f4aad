"""End to end: a whole invented article, the held-out set, and the record contract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.extract.event import extract_event
from index.model import EVENT_KEYS, Article, Event
from index.names import strip_degrees
from index.pipeline.records import article_from_text

FIXTURES = Path(__file__).parent / "fixtures" / "extract"


def test_seed_like_article_is_read_completely() -> None:
    text = (FIXTURES / "seed_like.txt").read_text(encoding="utf-8")
    event = extract_event(article_from_text(text, "https://kabaruji.example/desa-digital"))
    assert event is not None
    assert event.title == "Desa Digital untuk Pelayanan Publik"
    assert event.date == "2021-07-14"
    assert (event.location, event.province) == ("Kabupaten Banyuwangi", "Jawa Timur")
    assert event.participants == 274
    got = {s.name: (s.role, s.position, s.talk_title) for s in event.speakers}
    assert got == {
        "Wulan Sari Dewi": ("speaker", "Kepala Seksi Layanan E-Government",
                            "Aplikasi Layanan Desa Terpadu"),
        "Rangga Saputra": ("kol", "Host Podcast Kopi Pagi", None),
        "Hartono": ("keynote", "Asisten Perekonomian", None),
        "Fitri Handayani": ("speaker", "Pustakawan Desa Tamansari",
                            "Perpustakaan Desa di Era Digital"),
        "Joko Susanto": ("speaker", "Kepala Dinas Kominfo Kabupaten Banyuwangi",
                         "Peta Jalan Desa Cerdas Banyuwangi"),
        "Anisa Rahmawati": ("moderator", None, None),
        "Hendarto A. Prasetya": ("keynote", "Dirjen Aptika Kementerian Kominfo", None),
    }
    assert [(q.asker, q.addressee) for q in event.questions] == [
        ("Bagus Wirawan", "Wulan Sari Dewi"), ("Nisa", "Fitri Handayani")]
    assert event.questions[1].question == "Buku apa yang paling banyak dipinjam warga?"
    assert event.questions[1].answer == "Lalu di jawab buku pertanian dan resep masakan."
    assert event.organizers[0] == "Kementerian Komunikasi dan Informatika"


def _lines(name: str) -> list[dict]:
    with (FIXTURES / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _pairs() -> list[tuple[dict, dict]]:
    pairs: list[tuple[dict, dict]] = []
    for raw in sorted(FIXTURES.glob("heldout*_raw.jsonl")):
        gold = raw.name.replace("_raw", "_gold")
        pairs += list(zip(_lines(raw.name), _lines(gold)))
    return pairs


def test_held_out_articles_meet_the_quality_bar() -> None:
    tp = fp = fn = roles = dates = places = 0
    pairs = _pairs()
    for raw, gold in pairs:
        event = extract_event(article_from_text(raw["text"], raw["url"])) or Event()
        mine = {strip_degrees(s.name).casefold(): s.role for s in event.speakers}
        theirs = {strip_degrees(s["name"]).casefold(): s["role"] for s in gold["speakers"]}
        tp += len(mine.keys() & theirs.keys())
        fp += len(mine.keys() - theirs.keys())
        fn += len(theirs.keys() - mine.keys())
        roles += sum(mine[k] == theirs[k] for k in mine.keys() & theirs.keys())
        dates += event.date == gold["event_date"]
        places += (event.location or "").split()[-1:] == (gold["location"] or "").split()[-1:]
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.9
    assert roles / tp >= 0.9
    assert dates / len(pairs) >= 0.85 and places / len(pairs) >= 0.85


def test_record_contract_is_kept() -> None:
    event = extract_event(article_from_text(
        "Webinar bertajuk “Uji Kontrak” dipandu oleh Rini Astuti.", "https://uji.example/k"))
    assert event is not None
    assert tuple(event.to_dict()) == EVENT_KEYS
    assert Event.from_dict(json.loads(json.dumps(event.to_dict()))) == event


def test_empty_and_unrelated_articles_have_no_event() -> None:
    assert extract_event(Article(text="")) is None
    assert extract_event(article_from_text("Cuaca cerah sepanjang hari.", None)) is None


def test_odd_texts_never_raise() -> None:
    odd = [
        "Webinar " + "“" * 50,
        "Webinar (((((( narasumber yakni ;;;;; , , , dan dan dan",
        "webinar narasumber: Dr. Prof. H. , S.Sos., M.Si., yakni, yaitu",
        "Webinar\n\n1.\n\n2.\n\n-\n\n:",
        "Webinar diikuti 99999999999999999999 peserta pada 99/99/9999 (31/2).",
        "Webinar " + "Aa " * 3000,
        "WEBINAR NARASUMBER YAKNI ANI BUDI, CICI DEDI; EKA FAJAR DAN GITA HANA (KOL)",
        "Webinar dipandu oleh @ @@ @_ – – — dengan tema “",
    ]
    for text in odd:
        event = extract_event(article_from_text(text, "https://uji.example/aneh"))
        assert event is None or isinstance(event, Event)


def _broken_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    """An extractor with a bug: a field extractor that raises on every article."""
    from index.extract import event as event_module

    def buggy(*args: object, **kwargs: object) -> None:
        raise TypeError("unsupported operand type(s) for +: 'int' and 'str'")

    monkeypatch.setattr(event_module, "participant_count", buggy)


WEBINAR_TEXT = ("Webinar literasi digital digelar Kamis (10/6/2021). Narasumber Rina Kusuma, "
                "Dosen Universitas Nusantara, membawakan materi berjudul "
                "\u201cJejak Digital\u201d.")


def test_an_extractor_bug_is_an_error_not_no_event(monkeypatch: pytest.MonkeyPatch) -> None:
    _broken_extractor(monkeypatch)
    with pytest.raises(TypeError):
        extract_event(article_from_text(WEBINAR_TEXT, "https://kabaruji.example/bug"))


def test_the_pipeline_keeps_the_text_and_reports_an_extractor_bug(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from index.pipeline import PipelineStats, SourceDocument, iter_articles

    _broken_extractor(monkeypatch)
    stats = PipelineStats()
    errors: list[tuple[str, str]] = []
    doc = SourceDocument(origin="bug.txt", url="https://kabaruji.example/bug", text=WEBINAR_TEXT)
    articles = list(iter_articles([doc], stats, on_error=lambda o, m: errors.append((o, m))))
    assert [a.url for a in articles] == ["https://kabaruji.example/bug"]
    assert articles[0].event is None and "Rina Kusuma" in articles[0].text
    assert len(stats.failed) == 1 and stats.skipped == []
    assert errors[0][0] == "bug.txt"
    assert errors[0][1].startswith("https://kabaruji.example/bug: event extraction failed "
                                   "(TypeError: unsupported operand")
