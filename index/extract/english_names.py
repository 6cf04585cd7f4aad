"""An English event name written before its head noun: "in the Coral Reefs Webinar
Relay,", "the Rivers and People: Lessons From the Delta’ webinar series".

Why: English puts a proper name before the noun it names ("the Harbour Safety webinar"),
where Indonesian puts it after ("webinar X", which :mod:`.meta` reads). A run of capitalised
words (with the small words a title holds: "and", "of", "the", a colon after a word) right
before "webinar", opened by an English determiner or preposition ("the", "for", "at", "in",
"of", with at most one lowercase adjective between: "the interactive X webinar"), is the
event's name. When the noun is capitalised ("Webinar") it is a word of the name, and so are
the title-case words after it ("Webinar Relay", "Webinar on Port Logistics in Asia"); in
lower case it is only the head noun, and the name ends before it.

Kept out:

- headlines in title case ("Students of X Holds National Webinar to Y"): their runs start the
  line with no determiner before them; a sentence-initial "The" counts only when a lowercase
  word follows the noun ("The #Youth Building Back webinar sought ...");
- one-word runs ("the Youth webinar", "the AIPP webinar"): a sponsor, an audience or a
  series, more often than a name.
"""

from __future__ import annotations

import re

from .titles import Title

# "\b[Ww]ebinar\b" with its opening boundary as a look-behind after the word: the same
# matches (a capital or small w is a word character, so the boundary before it is a non-word
# character or the start), but the pattern opens with a literal class the engine scans for,
# about half the cost of opening with "\b" (speed; round 16c)
_NOUN = re.compile(r"[Ww]ebinar\b(?<!\w[Ww]ebinar)")
_TOKEN = re.compile(r"\S+")
# the small words a title-case name holds between its capitalised ones
_SMALL = frozenset({"and", "of", "the", "for", "on", "in", "to", "&", "a", "an", "with"})
# the determiners and prepositions that open an English noun phrase before the name
_OPENERS = frozenset({"the", "a", "an", "for", "in", "at", "of", "this", "its", "their",
                      "our", "his", "her"})
_QUOTES = "“”\"‘’'"
_AFTER = frozenset({"series", "seri"})
_LOOK_BACK = 160


def _core(token: str) -> str:
    return token.strip(_QUOTES).rstrip(":")


def _capital(token: str) -> bool:
    core = _core(token)
    return bool(core) and (core[0].isupper() or core[0].isdigit() or core[0] == "#") and \
        not token.endswith((",", ".", ";", ")")) and not token.startswith("(")


def _in_name(token: str) -> bool:
    return _capital(token) or token in _SMALL


def _tail(text: str, pos: int) -> int:
    """Where the title-case words after a capitalised "Webinar" end ("Webinar Relay,",
    "Webinar on Port Logistics in Asia that ..."): never on a small word."""
    end = pos
    for match in _TOKEN.finditer(text, pos, min(len(text), pos + 120)):
        word = match.group()
        bare = word.rstrip(",.;")
        if not (_capital(bare) or bare in _SMALL):
            break
        if bare not in _SMALL:
            end = match.start() + len(bare)
        if bare != word:
            break
    return end


def _may_end_name(text: str, start: int, end: int) -> bool:
    """A name may end right before the noun at ``end``: the window's last word (the last
    token :func:`english_names` reads, ``name[-1]`` there) is capitalised. Every name it
    keeps ends so, so where this is false it finds none, and the window is not tokenized
    (split on the same whitespace as ``\\S+``)."""
    last = text[start:end].rsplit(None, 1)
    return bool(last) and _capital(last[-1])


def english_names(text: str) -> list[tuple[float, int, Title]]:
    """The event names written before "webinar" in ``text``: (rank, start, title)."""
    found: list[tuple[float, int, Title]] = []
    for noun in _NOUN.finditer(text):
        window_start = max(0, noun.start() - _LOOK_BACK)
        if not _may_end_name(text, window_start, noun.start()):
            continue  # ("dalam webinar": the cheap necessary condition first)
        tokens = list(_TOKEN.finditer(text, window_start, noun.start()))
        if window_start and tokens:
            tokens = tokens[1:]  # the first may be cut
        i = len(tokens)
        while i and _in_name(tokens[i - 1].group()):
            i -= 1
        run = tokens[i:]
        lead = 0
        while lead < len(run) and run[lead].group().casefold() in _SMALL:
            lead += 1
        before = [t.group().casefold() for t in tokens[max(0, i - 2):i]] + [
            t.group().casefold() for t in run[:lead]]
        name = run[lead:]
        capitals = [t for t in name if t.group() not in _SMALL]
        if len(capitals) < 2 or name[-1].group() in _SMALL:
            continue
        after = text[noun.end():noun.end() + 40].split()
        next_word = next((w for w in after if w.casefold() not in _AFTER), "")
        sentence_start = i == 0 and not window_start
        if sentence_start:
            if not (lead and run[0].group() == "The" and next_word[:1].islower()):
                continue
        elif not any(w in _OPENERS for w in before):
            continue
        start = name[0].start()
        if text[start] in _QUOTES:
            start += 1
        if noun.group()[0].isupper():
            end, rank = _tail(text, noun.end()), 3.5
        else:
            end, rank = name[-1].end(), 4.6
        title = text[start:end].rstrip(_QUOTES + ":,")
        found.append((rank, start, Title(title, start, end, False)))
    return found
