"""The vocabulary of webinar coverage, read once from ``index/data`` and compiled.

Extraction is driven by phrases, not by code: role cues ("narasumber", "dipandu oleh",
"Key Opinion Leader"), grammar words ("selaku", "yakni", "dengan tema"), honorifics,
degrees, month and day names. They live in data files so that a new outlet's phrasing is a
one-line change (word lists are data, docs/ARCHITECTURE.md); this module turns them into
sets and regular expressions, each built on first use and cached for the life of the
process, because the index builder calls the extractor once per document. Search reads two
of them too: the provinces' names and abbreviations, and the synonyms of a query's words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .resources import table, word_list

ROLE_CUE_KINDS = ("noun", "by", "after", "weak")


@dataclass(frozen=True)
class RoleCue:
    """One row of ``role_cues.tsv``: a phrase that gives a person a role."""

    role: str
    kind: str
    strength: int
    phrase: str


def phrase_pattern(phrases: list[str] | tuple[str, ...]) -> str:
    """A regex alternation of ``phrases``, longest first, spaces matching any whitespace.

    A trailing ``?`` keeps its regex meaning (optional last letter: ``speakers?``).
    The alternation is written as a prefix tree (``(?:ab(?:c|d)|x)`` for ``abc|abd|x``),
    which matches exactly what the flat list would: the regex engine tries every branch of
    a flat list at every word start, and the role cues alone are ~250 phrases, so the flat
    form cost extraction ~15% of its time (see :func:`_prefix_tree`).
    """
    parts = []
    # longest first, then alphabetical: a set's order changes with the hash seed, and the
    # order of equal-length branches decides which one matches first, so records would too
    for phrase in sorted(set(phrases), key=lambda p: (-len(p), p)):
        optional = phrase.endswith("?")
        body = phrase[:-1] if optional else phrase
        # each word's characters escaped one by one, "\s+" between two words
        flat: list[str] = []
        for word in body.split():
            if flat:
                flat.append(r"\s+")
            flat.extend(map(_escaped, word))
        if optional and flat:
            flat[-1] += "?"
        parts.append(flat)
    return "(?:" + _prefix_tree(parts) + ")"


_escaped = lru_cache(maxsize=None)(re.escape)  # (per character: a few dozen of them)


@lru_cache(maxsize=None)  # (asked of every group of every level of every tree)
def _exclusive(atom: str) -> bool:
    """No text matches ``atom`` and another atom that is written differently (compared in
    lower case), with or without re.IGNORECASE: ``\\s+``, or one uncased or ASCII character
    (not an optional one: ``s?`` also matches nothing)."""
    if atom == r"\s+":
        return True
    char = atom[-1] if atom.startswith("\\") and len(atom) == 2 else atom
    return len(char) == 1 and (char.isascii() or char.lower() == char.upper() == char)


def _prefix_tree(parts: list[list[str]]) -> str:
    """The alternation of ``parts`` (lists of atoms, in the order to try them) with shared
    leading atoms written once. Regrouping keeps the order of every two branches that can
    match at the same place: branches are grouped only where their next atoms exclude each
    other (:func:`_exclusive`) and a branch that ends there comes after all the others;
    anywhere else the branches stay a flat list in their order."""
    return "|".join(_tree_branches(parts))


def _tree_branches(parts: list[list[str]], depth: int = 0) -> list[str]:
    """The branches of :func:`_prefix_tree` for the atoms of ``parts`` from ``depth`` on
    (the parts are read in place at a depth, not copied without their first atom at every
    level: the role cues alone are thousands of phrases).

    One pass over the parts groups them and settles whether this level must stay a flat
    list: a part that ends here before the last one, a group key that is not exclusive, or
    a group whose atoms are written differently. Any of these gives the same flat list
    whichever is found first (the tests read the parts only), so the pass returns it at
    the first one. (Built once per phrase class, the role cues' at the first sentence: a
    tenth of a second of a process's start when each test was a pass of its own.)"""
    if len(parts) == 1:
        # one branch left: every reading below writes its atoms as they are
        return ["".join(parts[0][depth:])]
    groups: dict[str, list[list[str]]] = {}
    last = len(parts) - 1
    for k, part in enumerate(parts):
        if len(part) == depth:
            if k != last:
                return ["".join(p[depth:]) for p in parts]
            continue
        atom = part[depth]
        key = atom.lower()
        group = groups.get(key)
        if group is None:
            if not _exclusive(key):
                return ["".join(p[depth:]) for p in parts]
            groups[key] = [part]
        elif atom != group[0][depth]:
            return ["".join(p[depth:]) for p in parts]
        else:
            group.append(part)
    branches = []
    for group in groups.values():
        if len(group) == 1:
            # (what the call below answers for one part: its atoms from here, the head's
            # first, written as they are)
            branches.append("".join(group[0][depth:]))
            continue
        rest = _tree_branches(group, depth + 1)
        branches.append(group[0][depth] + (rest[0] if len(rest) == 1 else
                                           "(?:" + "|".join(rest) + ")"))
    if parts and len(parts[-1]) == depth:  # (no parts: no phrases, the empty alternation)
        branches.append("")
    return branches


def bounded(pattern: str) -> str:
    """``pattern`` as whole words: not glued to letters on either side."""
    return r"(?<![\w@])" + pattern + r"(?![\w])"


# The non-ASCII characters that a case-insensitive regex takes for an ASCII letter: the
# dotted and dotless I, the long s and the Kelvin sign (Python's ``re`` folds them so).
_REGEX_ODD_FOLDS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_ODD_LETTERS = "\u0130\u0131\u017f\u212a"


def search_fold(text: str) -> str:
    """``text`` in lower case, with every character that a case-insensitive regex matches
    to an ASCII letter written as that letter.

    A word of ASCII letters that a case-insensitive regex finds in ``text`` is then a
    substring of this: testing a pattern's required words with ``in`` (C speed, one pass
    each) tells cheaply where the pattern cannot match, so it is run only where it may.
    ``str.casefold`` would not do: it writes "İ" as two characters, which the regex
    engine matches to one "i".
    """
    if text.isascii() or not any(map(text.__contains__, _ODD_LETTERS)):
        return text.lower()
    return text.translate(_REGEX_ODD_FOLDS).lower()


def has_any(folded: str, words: tuple[str, ...]) -> bool:
    """Some of ``words`` (lower case) is in ``folded`` (from :func:`search_fold`)."""
    return any(map(folded.__contains__, words))


_SLOT = re.compile(r"\{(\w+)\}")


def expand_slots(phrase: str) -> tuple[str, ...]:
    """``phrase`` with each ``{category}`` replaced by every phrase of that ``phrases.tsv``
    category in turn, in file order ("{event_noun} presented" -> "webinar presented", ...).

    Cues that differ only by a word of a list (the event nouns before "presented") are then
    written once in ``role_cues.tsv``, and a new event noun is one line in ``phrases.tsv``.
    A category with no phrases is an error: a misspelt slot would silently drop the cue.
    """
    found = _SLOT.search(phrase)
    if found is None:
        return (phrase,)
    words = phrases(found.group(1))
    if not words:
        raise ValueError(f"role_cues.tsv: no phrases.tsv category {found.group(1)!r}")
    head, tail = phrase[:found.start()], phrase[found.end():]
    return tuple(done for word in words for done in expand_slots(head + word + tail))


@lru_cache(maxsize=None)
def role_cues() -> tuple[RoleCue, ...]:
    """The rows of ``role_cues.tsv`` in file order, a ``{category}`` row once per phrase."""
    cues = []
    for row in table("role_cues.tsv"):
        role, kind, strength, phrase = row[0], row[1], int(row[2]), row[3]
        if kind not in ROLE_CUE_KINDS:
            raise ValueError(f"role_cues.tsv: unknown kind {kind!r}")
        cues.extend(RoleCue(role, kind, strength, p) for p in expand_slots(phrase))
    return tuple(cues)


@lru_cache(maxsize=None)
def phrases(category: str) -> tuple[str, ...]:
    """The phrases of one category of ``phrases.tsv``, in file order."""
    return tuple(row[1] for row in table("phrases.tsv") if row[0] == category)


@lru_cache(maxsize=None)
def phrase_set(category: str) -> frozenset[str]:
    return frozenset(p.casefold() for p in phrases(category))


@lru_cache(maxsize=None)
def phrase_regex(category: str) -> re.Pattern[str]:
    """The phrases of ``category`` as one compiled, case-insensitive, whole-word regex."""
    return re.compile(bounded(phrase_pattern(phrases(category))), re.IGNORECASE)


@lru_cache(maxsize=None)
def phrase_words(category: str) -> tuple[tuple[str, ...], ...] | None:
    """For each phrase of ``category``, its words of ASCII characters in lower case: where
    :func:`phrase_regex` matches, all the words of some phrase are in the text as
    :func:`search_fold` writes it. ``None`` when a phrase has no such word.

    The regex of a phrase class cannot skip ahead to a literal (it opens with a lookbehind
    and matches case-insensitively), so it tries every phrase at every position; testing
    these words with ``in`` first is a fraction of that, and most sentences lack them.
    """
    found = []
    for phrase in phrases(category):
        body = phrase[:-1] if phrase.endswith("?") else phrase  # "speakers?": "speaker"
        words = tuple(w.lower() for w in body.split() if w.isascii())
        if not words:
            return None
        found.append(words)
    return tuple(found)


def may_hold_phrase(category: str, folded: str) -> bool:
    """``folded`` (:func:`search_fold`) may hold a phrase of ``category``; when this is
    false, :func:`phrase_regex` finds none in the text.

    The same as ``any(all(w in folded for w in phrase) for phrase in phrase_words(...))``
    (:func:`_phrase_plan`): every phrase needs its first word, so a text holding no first
    word holds no phrase, and that one C-level test settles most sentences (the generator
    over every phrase ran for every sentence and category)."""
    plan = _phrase_plan(category)
    if plan is None:
        return True
    firsts, rests = plan
    if not any(map(folded.__contains__, firsts)):
        return False
    for first, others in rests:
        if first in folded:
            for rest in others:
                if all(map(folded.__contains__, rest)):
                    return True
    return False


@lru_cache(maxsize=None)
def _phrase_plan(category: str) -> tuple[tuple[str, ...], tuple[tuple[str, tuple[tuple[
        str, ...], ...]], ...]] | None:
    """:func:`phrase_words` of ``category`` grouped by first word: the distinct first words,
    and each with the rest of the words of its phrases (``None`` as there)."""
    words = phrase_words(category)
    if words is None:
        return None
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for phrase in words:
        grouped.setdefault(phrase[0], []).append(phrase[1:])
    return tuple(grouped), tuple((first, tuple(rest)) for first, rest in grouped.items())


def _key(token: str) -> str:
    return token.replace(".", "").replace(" ", "").casefold()


@lru_cache(maxsize=None)
def honorifics() -> frozenset[str]:
    """Honorific keys (case-folded, dots removed): ``"dr"``, ``"bapak"``, ``"kompol"``."""
    return frozenset(_key(w) for w in word_list("honorifics.txt"))


@lru_cache(maxsize=None)
def degrees() -> frozenset[str]:
    """Degree keys (case-folded, dots and spaces removed): ``"ssi"``, ``"mkom"``."""
    return frozenset(_key(w) for w in word_list("degrees.txt"))


@lru_cache(maxsize=None)
def abbreviations() -> frozenset[str]:
    return frozenset(_key(w) for w in word_list("abbreviations.txt"))


@lru_cache(maxsize=None)
def months() -> dict[str, int]:
    return {row[0].casefold(): int(row[1]) for row in table("months.tsv")}


@lru_cache(maxsize=None)
def number_words() -> dict[str, tuple[str, int]]:
    """Cardinal number words, case-folded, with their kind and value (``numbers.tsv``)."""
    return {row[0].casefold(): (row[1], int(row[2])) for row in table("numbers.tsv")}


@lru_cache(maxsize=None)
def day_names() -> frozenset[str]:
    return frozenset(weekdays())


@lru_cache(maxsize=None)
def weekdays() -> dict[str, int]:
    """Case-folded day names and the day of the week they name (Monday = 0)."""
    return {line.split()[0].casefold(): int(line.split()[1]) for line in word_list("days.txt")}


@lru_cache(maxsize=None)
def role_nouns() -> frozenset[str]:
    """Every single word of a role noun phrase, case-folded ("narasumber", "keynote")."""
    words = set()
    for cue in role_cues():
        if cue.kind == "noun":
            for word in cue.phrase.rstrip("?").split():
                word = word.casefold()
                words.update({word, word + "s", word[:-1] if word.endswith("s") else word})
    return frozenset(words)


@lru_cache(maxsize=None)
def position_words() -> frozenset[str]:
    """Heads of job titles ("kepala", "dosen", "founder"), case-folded."""
    return frozenset(w.casefold() for w in word_list("position_words.txt"))


# Countries whose names are also people's given names ("Jordan", "Kenya", "Iran", "Oman",
# "Yaman", "Sudan", "Turki"): they stay possible name words.
GIVEN_NAME_COUNTRIES = frozenset({"jordan", "kenya", "iran", "oman", "yaman", "sudan", "turki",
                                  "israel", "chad", "georgia", "libya", "laos", "korea"})


@lru_cache(maxsize=None)
def not_name_words() -> frozenset[str]:
    """Capitalised words that are not parts of people's names (see ``not_name_words.txt``)."""
    words = {w.casefold() for w in word_list("not_name_words.txt")} | position_words()
    words |= {w.casefold() for w in word_list("stopwords_id.txt")}
    # Month names stay out: "Mei", "Juni" and "Juli" are common given names; dates are
    # told apart by their digits instead (index/people.py).
    words |= set(day_names()) | role_nouns()
    # A country's name is no person's name ("pakar dari Rusia Elvira", "jurnalis senior
    # Tunisia Ahmad"), except the few that are also given names (GIVEN_NAME_COUNTRIES).
    words |= {row[0].casefold() for row in table("place_words.tsv")
              if row[1] == "country" and " " not in row[0]} - GIVEN_NAME_COUNTRIES
    function = {w.casefold() for w in word_list("stopwords_id.txt")}
    for category in ("ordinal", "discourse", "future", "list_intro", "apposition"):
        for phrase in phrases(category):
            function.update(w.casefold() for w in phrase.split())
    words |= function
    # The same words with the third-person clitic, capitalised at a sentence start
    # ("Menurutnya, ...", "Baginya", "Sebelumnya"): a function word never becomes a name.
    words |= {f"{w}nya" for w in function if len(w) >= 3 and w.isalpha()}
    words |= {w.casefold() for w in word_list("honorifics.txt") if len(w) > 2}
    # Inherited titles are parts of names ("Lalu Muhammad Shaleh", "Andi Baso"), even when
    # the same word is also a conjunction ("lalu" = then).
    words -= phrase_set("name_title")
    words -= {"a", "i"}
    return frozenset(words)


@lru_cache(maxsize=None)
def province_names() -> dict[str, str]:
    """Every way ``gazetteer.tsv`` writes a province (its official name, abbreviations,
    older and English names), case-folded, mapped to the official name: ``"sulsel"`` ->
    ``"Sulawesi Selatan"``. Search reads a typed province this way (as a filter value and
    in a query); the extractor reads the same rows through its gazetteer."""
    out: dict[str, str] = {}
    for row in table("gazetteer.tsv"):
        if row[0] != "provinsi":
            continue
        official = row[1]
        out[official.casefold()] = official
        for alias in row[3].split(",") if len(row) > 3 else ():
            if alias.strip():
                out[alias.strip().casefold()] = official
    return out


@lru_cache(maxsize=None)
def province_spellings() -> dict[str, tuple[str, ...]]:
    """Each province's official name mapped to every way of writing it, case-folded."""
    out: dict[str, list[str]] = {}
    for written, official in province_names().items():
        out.setdefault(official, []).append(written)
    return {official: tuple(written) for official, written in out.items()}


@lru_cache(maxsize=None)
def synonym_groups() -> tuple[tuple[str, ...], ...]:
    """Words and phrases that mean the same in a query, one group per row of
    ``synonyms.tsv``, case-folded: ``("hoaks", "hoax")``, ``("medsos", "media sosial")``."""
    return tuple(tuple(cell.casefold() for cell in row if cell) for row in table("synonyms.tsv"))
