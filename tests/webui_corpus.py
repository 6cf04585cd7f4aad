"""The web UI fixture corpus (``fixtures/webui_corpus.jsonl``), read once for every test module.

Several modules index some or all of these 38 fictional records; one reader keeps the path
and the parsing in one place.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

WEBUI_CORPUS = Path(__file__).parent / "fixtures" / "webui_corpus.jsonl"


@cache
def _lines() -> tuple[str, ...]:
    return tuple(WEBUI_CORPUS.read_text(encoding="utf-8").splitlines())


def webui_records() -> list[dict[str, Any]]:
    """The records as JSON objects (fresh dicts each call: tests may change them)."""
    return [json.loads(line) for line in _lines()]
