"""``bench_extract.py --tuning`` prints nothing of the blind part.

Whoever changes the extractor checks the seed and the held-out sets in the benchmark's
output; the default run prints the BLIND table first, so a tuning run must be able to leave
it out (and the ALL table and per-file rows, which mix blind articles in). The corpus here
is invented: one article from a site of the frozen blind list, one from a made-up site.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "tests" / "benchmarks" / "bench_extract.py"

TEXT = ("Webinar Literasi Digital di {town}\n\n{town_caps} – Komunitas Baca Pelita menggelar "
        "webinar bertema “Membaca di Era Layar” pada Sabtu (4/6/2022). Narasumber webinar "
        "yaitu Rina Kartika, dosen Universitas Uji, dan Bayu Anggara, pegiat literasi.")


def _article(url: str, site: str, town: str) -> tuple[dict[str, str], dict[str, object]]:
    raw = {"url": url, "site": site, "text": TEXT.format(town=town, town_caps=town.upper())}
    gold = {"url": url, "event_title": "Membaca di Era Layar", "event_date": "2022-06-04",
            "location": town, "province": None, "organizers": ["Komunitas Baca Pelita"],
            "participants": None, "questions": [],
            "speakers": [{"name": "Rina Kartika", "name_as_written": "Rina Kartika",
                          "role": "speaker", "position": "dosen Universitas Uji",
                          "talk_title": None},
                         {"name": "Bayu Anggara", "name_as_written": "Bayu Anggara",
                          "role": "speaker", "position": "pegiat literasi",
                          "talk_title": None}]}
    return raw, gold


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "shared" / "corpus"
    corpus.mkdir(parents=True)
    pairs = [_article("https://grid.id/webinar-literasi", "grid.id", "Sleman"),
             _article("https://kabar-uji.example/webinar", "kabar-uji.example", "Bantul")]
    with open(corpus / "campus_raw.jsonl", "w", encoding="utf-8") as raw_file, \
            open(corpus / "campus_gold.jsonl", "w", encoding="utf-8") as gold_file:
        for raw, gold in pairs:
            raw_file.write(json.dumps(raw, ensure_ascii=False) + "\n")
            gold_file.write(json.dumps(gold, ensure_ascii=False) + "\n")
    return tmp_path / "shared"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(BENCH), *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)


def test_the_default_run_shows_the_blind_part_and_tuning_does_not(tmp_path: Path) -> None:
    shared = _corpus(tmp_path)
    default = _run("--shared", str(shared))
    assert default.returncode == 0, default.stderr
    assert "== BLIND part" in default.stdout
    tuning = _run("--shared", str(shared), "--tuning")
    assert tuning.returncode == 0, tuning.stderr
    assert "== TUNE part" in tuning.stdout
    for hidden in ("BLIND", "== ALL part", "per file"):
        assert hidden not in tuning.stdout
    assert "== heldout (tests/fixtures/extract)" in tuning.stdout


def test_tuning_refuses_a_blind_table(tmp_path: Path) -> None:
    done = _run("--shared", str(_corpus(tmp_path)), "--tuning", "--part", "blind")
    assert done.returncode == 2
    assert "--tuning" in done.stdout and "BLIND" not in done.stdout
