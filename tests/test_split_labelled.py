"""The split of a newly labelled set: by site only, by the hash rule, no site on both sides."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "tests" / "benchmarks" / "split_labelled.py"


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True,
                          cwd=ROOT, check=False)


def test_split_by_site_hash_drops_excluded_repeated_and_surplus(tmp_path: Path) -> None:
    sites = [f"berita{k}.example.id" for k in range(12)]
    raws = [{"url": f"https://{s}/{n}", "site": s, "text": "Webinar."}
            for s in sites for n in range(3)]
    raws.append(dict(raws[0]))                      # the same url twice
    raws.append({"url": "https://www.sudah.example.id/1", "site": "www.sudah.example.id",
                 "text": "Webinar."})
    golds = [{"url": r["url"], "speakers": [{"name": "Uji Coba"}]} for r in raws]
    raw, gold = _write(tmp_path / "a_raw.jsonl", raws), _write(tmp_path / "a_gold.jsonl", golds)
    exclude = tmp_path / "exclude.txt"
    exclude.write_text("sudah.example.id\n")
    done = _run("--out", str(tmp_path / "f"), "--exclude-sites", str(exclude), str(raw), str(gold))
    assert done.returncode == 0, done.stderr
    sys.path.insert(0, str(SCRIPT.parent))
    from split_labelled import fresh_blind
    parts = {}
    for part in ("tune", "blind"):
        rows = [json.loads(x) for x in (tmp_path / f"f_{part}_raw.jsonl").read_text().split("\n")
                if x]
        gold_rows = [json.loads(x) for x in
                     (tmp_path / f"f_{part}_gold.jsonl").read_text().split("\n") if x]
        assert [r["url"] for r in rows] == [g["url"] for g in gold_rows]
        assert all(fresh_blind(r["site"]) == (part == "blind") for r in rows)
        parts[part] = rows
    kept = parts["tune"] + parts["blind"]
    assert len(kept) == 2 * len(sites)              # two a site, no repeat, no excluded site
    assert parts["tune"] and parts["blind"]
    assert {r["site"] for r in parts["tune"]}.isdisjoint({r["site"] for r in parts["blind"]})


def test_split_names_a_missing_file_in_one_line(tmp_path: Path) -> None:
    done = _run("--out", str(tmp_path / "f"), str(tmp_path / "no_raw.jsonl"),
                str(tmp_path / "no_gold.jsonl"))
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0 and "no such file" in done.stderr
