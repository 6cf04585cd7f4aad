"""paren_depths gives every run the answer of the token-by-token scan in_parentheses once
made for each run on its own (written out here as the reference)."""

from __future__ import annotations

import random

from index.extract.people_0_tokens import Token
from index.extract.people_1_runs import Run, in_parentheses, paren_depths, tokenize


def _scan(tokens: list[Token], first: int) -> bool:
    """The first definition: read the tokens before the run, counting brackets."""
    depth = 0
    for tok in tokens[:first]:
        if tok.text == "(":
            depth += 1
        elif tok.text == ")":
            depth = max(0, depth - 1)
    return depth > 0


def test_depths_answer_as_the_scan() -> None:
    rng = random.Random(17)
    pieces = ["(", ")", "((", "))", "Budi", "Santoso", "(BS)", "Dosen", ",", "dan", "–"]
    inside = 0
    for _ in range(300):
        tokens = tokenize(" ".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))))
        depths = paren_depths(tokens)
        assert len(depths) == len(tokens) + 1
        for first in range(len(tokens) + 1):
            run = Run(first, first, first, first, None)
            expected = _scan(tokens, first)
            assert in_parentheses(tokens, run, depths) == expected
            assert in_parentheses(tokens, run) == expected
            inside += expected
    assert inside > 100  # (both answers are exercised)
