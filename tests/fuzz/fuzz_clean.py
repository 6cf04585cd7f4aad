"""atheris harness: ``clean_html`` on mutated pages (coverage-guided, outside pytest).

libFuzzer mutates the seed pages (tests/fixtures, the demo corpus; ``run.py`` writes them
into the corpus folder) and keeps inputs that reach new code. Any exception, a warning
from the cleaner's safety net, or a broken ``text`` contract (see ``tests/fuzzing.py``) is
a crash, saved by libFuzzer as ``crash-*`` for a regression test. Run through ``run.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

with atheris.instrument_imports(include=["index"]):
    from index.clean.cleaner import _clean_into, clean_html
    from index.model import Article

from fuzzing import check_article, swallowed_errors

URL = "https://berita.example/2021/06/19/webinar"


def test_one_input(data: bytes) -> None:
    with swallowed_errors() as caught:
        article = clean_html(data, URL)
    if caught:
        # Run the stage behind the safety net again, so the crash carries the real traceback.
        _clean_into(Article(url=URL), data, URL, None)
        raise AssertionError(f"clean_html's safety net caught: {caught}")
    check_article(article)


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
