"""paren_depths gives every run the answer in_parentheses reads token by token."""

from __future__ import annotations

import random

from index.extract.people_1_runs import Run, in_parentheses, paren_depths, tokenize


def test_depths_answer_as_the_scan() -> None:
    rng = random.Random(17)
    pieces = ["(", ")", "((", "))", "Budi", "Santoso", "(BS)", "Dosen", ",", "dan", "–"]
    for _ in range(300):
        tokens = tokenize(" ".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))))
        depths = paren_depths(tokens)
        assert len(depths) == len(tokens) + 1
        for first in range(len(tokens) + 1):
            run = Run(first, first, first, first, None)
            assert in_parentheses(tokens, run, depths) == in_parentheses(tokens, run)
