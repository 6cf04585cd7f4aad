"""A set of plain strings as one regex whose branches share their common beginnings.

Why: ``re`` tries the branches of an alternation one after the other at every place a
search may start, so "menjelaskan|menyampaikan|memaparkan|..." reads "me" once for each
branch. Written as a tree of prefixes ("me(?:maparkan|n(?:jelaskan|yampaikan))") each
letter of the text is compared once per level, and a search of a sentence for any of some
dozens of words takes about half the time (the quick tests before the readers of talks and
narrative mentions ask it of nearly every sentence).

Same answers to "is any of the strings in the text" (:func:`literal_trie` is meant for
yes/no searches only): the tree matches exactly the strings of the set, so a search finds
a match wherever one of them starts. Which string a match covers may differ from the flat
alternation (a branch order of longest first is not kept), so no caller may read the
match's text or end.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_Node = dict[str, "_Node"]
_END = ""  # the key that marks a node where a string ends


def literal_trie(strings: Iterable[str]) -> str:
    """A pattern that matches exactly the strings of ``strings`` (each literally), as a
    tree of their shared prefixes. Needs one non-empty string at least."""
    root: _Node = {}
    for string in strings:
        if not string:
            raise ValueError("an empty string would match everywhere")
        node = root
        for char in string:
            node = node.setdefault(char, {})
        node[_END] = {}
    if not root:
        raise ValueError("no strings")
    return _pattern(root)


def _pattern(node: _Node) -> str:
    """The pattern of the strings that continue below ``node``."""
    branches = [re.escape(char) + _pattern(child)
                for char, child in sorted(node.items()) if char != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END not in node:
        return body
    # a string ends here and others go on: the rest is optional ("(?:...)?")
    return (body if body.startswith("(?:") and len(branches) > 1 else "(?:" + body + ")") + "?"
