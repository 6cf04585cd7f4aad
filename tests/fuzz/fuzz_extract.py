"""atheris harness: ``extract_event`` on text assembled from its own cue words.

The fuzzer's bytes choose tokens from the extractor's vocabulary (role cues, degrees,
honorifics, places, names, dates, counts, punctuation, raw Unicode) instead of being read
as text, so mutations move between programme-like sentences the extractor actually
parses. Any exception, a warning from its safety net, or an Event that breaks the record
contract (see ``tests/fuzzing.py``) is a crash. Run through ``run.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

with atheris.instrument_imports(include=["index"]):
    from index.extract.event import _extract, extract_event
    from index.lexicon import role_cues
    from index.model import Article
    from index.resources import table, word_list

from fuzzing import check_event, swallowed_errors

VOCABULARY: list[str] = sorted(
    {cue.phrase.rstrip("?") for cue in role_cues()}
    | {", " + d for d in word_list("degrees.txt")}
    | {h + ". " for h in word_list("honorifics.txt")}
    | {row[1] for row in table("gazetteer.tsv") if len(row) >= 3}
    | {"webinar", "Webinar", "seminar", "bertajuk", "bertema", "selaku", "sebagai", "yakni",
       "dan", "serta", "peserta", "diikuti", "bertanya", "menjawab", "kepada", "dari",
       "Rina Lestiani", "Budi", "Andi Wiratama", "I Gusti Ayu", "MARIA ULFA", "Nur", "A",
       "Jumat (18/6)", "Selasa, 6 Juli 2021", "(10/09/2021)", "pukul 09.00", "31/2",
       "29 Februari", "2021", "1.000", "311", "99999999999999999999", "juta", "ratusan",
       ",", ".", ":", ";", "(", ")", "“", "”", "\"", "'", "-", "–", "/", "\n", "\n\n", "?",
       "\u202e", "\u200b", "\ufeff", "İ", "ß", "🙂", "\x00"}
)


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    published = fdp.PickValueInList([None, "2021-06-19", "bogus", "0001-01-01"])
    parts: list[str] = []
    while fdp.remaining_bytes() and len(parts) < 400:
        if fdp.ConsumeIntInRange(0, 7) == 0:
            parts.append(fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 16)))
        else:
            parts.append(fdp.PickValueInList(VOCABULARY))
    text = " ".join(parts)
    article = Article(url="https://berita.example/a", title="Webinar " + text[:80],
                      published=published, text=text)
    with swallowed_errors() as caught:
        event = extract_event(article)
    if caught:
        _extract(article)  # again without the safety net, for the real traceback
        raise AssertionError(f"extract_event's safety net caught: {caught}")
    check_event(event)


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
