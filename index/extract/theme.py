"""An event's theme written without quotes, read up to the end of its own clause.

News coverage often writes the theme straight after its cue, with no quotes: "mengusung tema
Pemasaran Hasil Tambak di Pasar Daring dan menghadirkan dua narasumber", "webinar
bertajuk literasi digital bagi pelajar pada Kamis (11/6)". Where the theme ends is told by
how it is written:

- title case ("Bijak Bermedia di Era Digital"): capitalised words, numbers and the small
  function words between them ("di", "dan", "yang", "of"); the first other lowercase word
  ends it ("... Era Digital digelar di Aula"), unless a demonstrative and the clause's verb
  close a lowercase tail ("Wawasan Kebangsaan muda di era digital ini menghadirkan"), and a
  comma goes on only into another capitalised word ("KIE Pangan Aman, Informasi yang Benar
  Keluarga Sehat");
- sentence case ("literasi digital bagi pelajar"): words up to a clause boundary: a relative
  "yang", "oleh", "pada" before a time, "di" before a venue or a capitalised place, the
  event's own verbs ("digelar", "menghadirkan", "diikuti", and other "di-" passives), a
  comma before a capitalised word or a verb, "dan"/"serta" before a verb, a lowercase
  "kepada" (to whom the event was given: "... kepada guru se-kota"; in title case too).

Both stop at a sentence end, a weekday, a bracketed date ("(11/6)") and a clock time, and
never end on a small word. Where the theme is the subject of its clause, a demonstrative or
"telah" before the clause's verb closes it, so words before that stay in it: a comma in
sentence case, "melalui" or an English "is" in title case ("... melalui Arsip Keluarga
tersebut menghadirkan"). A theme noun and a copula inside the run ("tema Desa Kopi dengan
topik pembahasannya adalah X") restate the theme: X is it.

The word classes are ``theme_words.tsv``; words that look like "di-" passives but are not
("digital", "diskusi") are ``phrases.tsv`` ``verb_noun``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from index.lexicon import day_names, months, phrase_set
from index.resources import table

from .gazetteer import place_words
from .titles import Title

MAX_WORDS = 24
_TOKEN = re.compile(r"\S+")
_EDGE = "“”\"‘’'«»()[]"


@lru_cache(maxsize=None)
def theme_words(word_class: str) -> frozenset[str]:
    """The case-folded words of one class of ``theme_words.tsv``."""
    return frozenset(row[0].casefold() for row in table("theme_words.tsv")
                     if row[1] == word_class)


def _bare(token: str) -> str:
    return token.strip(_EDGE).rstrip(".,;:!?").strip(_EDGE).casefold()


def _capitalised(token: str) -> bool:
    core = token.strip(_EDGE)
    return bool(core) and (core[0].isupper() or core[0].isdigit() or core[0] == "#")


_NUMERIC_DATE = re.compile(r"\(?\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?\)?[.,;]?")
"""A date in digits, slashed or dashed, maybe bracketed ("12/3", "(12-03-2021),")."""


def _timeish(token: str) -> bool:
    """A weekday, a bracketed or slashed date, or a month name: the clause's time."""
    bare = _bare(token)
    if bare in day_names() or bare in {"pukul", "jam", "tanggal", "hari"}:
        return True
    if token.startswith("(") and token[1:2].isdigit():
        return True
    return bool(_NUMERIC_DATE.fullmatch(token))


_DAY_NUMBER = re.compile(r"\d{1,2}")
"""A day of the month in digits."""


def _date_next(tokens: list[str], i: int) -> bool:
    """A date in words starts at ``tokens[i]``, after "pada"/"on" or not ("pada 14 Oktober",
    "14 Oktober 2021", "on 5 May"): the clause's time, never part of a title-case theme."""
    at = i + 1 if _bare(tokens[i]) in {"pada", "on"} else i
    return at + 1 < len(tokens) and bool(_DAY_NUMBER.fullmatch(_bare(tokens[at]))) and \
        _bare(tokens[at + 1]) in months()


def _passive(word: str) -> bool:
    """A lowercase "di-" passive verb ("digelar", "dipaparkan"), not "digital" or "diskusi"."""
    return (word.startswith("di") and len(word) >= 6 and word.isalpha()
            and word not in phrase_set("verb_noun"))


def _verb(word: str) -> bool:
    return word in theme_words("stop") or _passive(word)


def _venue_next(tokens: list[str], i: int) -> bool:
    """``tokens[i]`` opens a venue or a place: "Aula", "Kota", a capitalised name."""
    if i >= len(tokens):
        return False
    nxt = _bare(tokens[i])
    return _capitalised(tokens[i]) or nxt in place_words().venues or nxt in place_words().units


def is_title_case(text: str) -> bool:
    """``text`` is written in title case ("Bijak Bermedia di Era Digital")."""
    return _title_case(_TOKEN.findall(text))


def _punct(token: str) -> bool:
    return not any(c.isalnum() for c in token)


def _title_case(tokens: list[str]) -> bool:
    content = [t for t in tokens[:8] if _bare(t) not in theme_words("small") and not _punct(t)]
    return bool(content[:3]) and all(_capitalised(t) for t in content[:3])


# the preposition of the recipient (to whom something was given or told); "to" is a small
# word that English titles carry ("Road to Recovery")
_RECIPIENT = frozenset({"kepada"})
# a relative adverb opens a clause on the noun before it ("X Di Tempat Publik dimana Panitia
# Y ..."), so a lowercase gap never runs through it into a capitalised word of that clause
_RELATIVE_ADVERBS = frozenset({"dimana", "where", "whereby", "which"})
# the same relatives written as two words ("di mana", "yang mana"): the second word
_RELATIVE_SECOND = "mana"
_RELATIVE_FIRST = frozenset({"di", "yang"})


def _lowercase_gap(tokens: list[str], i: int) -> bool:
    """Lowercase words at ``tokens[i]`` that a title-case theme carries on through: at most
    two, none a verb, followed by a capitalised word ("Pilkada serentak tahun 2020 Di
    Tengah Pandemi"). A lowercase "kepada" opens no gap: it names to whom the event was
    given ("Webinar Kiat Menabung kepada Guru SD se-Kota"), which belongs to the clause's
    verb, as it ends a lowercase subject (``titles._LOWER_END``)."""
    if _bare(tokens[i]) in _RECIPIENT and tokens[i] == _bare(tokens[i]):
        return False
    if _bare(tokens[i]) in _RELATIVE_ADVERBS:
        return False
    if (tokens[i] in _RELATIVE_FIRST and i + 1 < len(tokens)
            and _bare(tokens[i + 1]) == _RELATIVE_SECOND) or (
            _bare(tokens[i]) == _RELATIVE_SECOND and i and tokens[i - 1] in _RELATIVE_FIRST):
        return False  # "X Di Tempat Publik di mana Panitia ...", "... yang mana ..."
    for j in range(i, min(i + 3, len(tokens))):
        token = tokens[j]
        if _capitalised(token):
            return j > i and not _timeish(token)
        if _verb(_bare(token)) or token.endswith((",", ".", ";", "!", "?")):
            return False
    return False


_DEMONSTRATIVES = frozenset({"ini", "tersebut", "itu"})
# aspect words before the clause's verb ("... telah berlangsung"): like a demonstrative they
# stand between the subject noun phrase and its predicate
_ASPECT = frozenset({"telah", "sudah"})
# lowercase words that end the theme unless its noun phrase goes on past them to the
# clause's verb: a preposition of means ("Mengenal Tokoh melalui Arsip Lama tersebut
# menghadirkan") and an English copula inside an English title in an Indonesian sentence
# ("Hope is Alive telah berlangsung"): the clause's own verb comes later, so they are words
# of the title
_INNER_STOPS = frozenset({"melalui", "lewat", "is", "was"})


def _clause_verb(word: str) -> bool:
    """``word`` (bare) can be the predicate of the clause the theme is the subject of."""
    return _verb(word) or (word.startswith(("me", "ber")) and len(word) > 5 and word.isalpha())


def _runs_to_demonstrative(tokens: list[str], i: int) -> int:
    """Where a tail of the theme ends when a demonstrative (or an aspect word) and the
    clause's verb close it: "webinar yang bertemakan Wawasan Kebangsaan muda di era digital
    ini menghadirkan ...": "ini" closes the noun phrase the theme is part of, so the words up
    to it are the theme's (a clause of its own would need a verb or "yang" first). The
    demonstrative may carry the comma that sets the subject off ("tersebut, menghadirkan"),
    and the tail may open with a preposition of means or an English copula
    (``_INNER_STOPS``). ``i`` if none."""
    for j in range(i, min(i + 10, len(tokens) - 1)):
        token = tokens[j]
        bare = _bare(token)
        if j > i and (bare in _DEMONSTRATIVES or bare in _ASPECT and token == bare):
            verb = _clause_verb(_bare(tokens[j + 1]))
            return j if verb and token.rstrip(",") == bare else i
        if j == i and bare in _INNER_STOPS and token == bare and _capitalised(tokens[j + 1]):
            continue
        if _verb(bare) or bare in {"yang", "oleh", "which"} or _timeish(token) or _punct(token) \
                or token.endswith((",", ".", ";", ":", "!", "?")) or _date_next(tokens, j):
            return i
    return i


_CONJUNCTIONS = frozenset({"dan", "serta", "and", "&"})


def _last_item_next(tokens: list[str], i: int) -> bool:
    """``tokens[i]`` is the conjunction of a list's last item after a serial comma, and the
    item is capitalised like the ones before it ("Usaha Mikro, Kecil, dan Menengah",
    "Akademisi, dan Pemerintah"): the list goes on, so the title-case theme does. An item
    that opens with the noun of a kind of event ("..., dan Pelatihan Menulis") names another
    event of the programme, not a word of this theme."""
    token = tokens[i] if i < len(tokens) else ""
    if token not in _CONJUNCTIONS or i + 1 >= len(tokens):
        return False
    item = tokens[i + 1]
    return (_capitalised(item) and not _timeish(item) and _bare(item) not in months()
            and _bare(item) not in phrase_set("opened_noun") and not item.startswith("("))


_PROVINCE_WORDS = frozenset({"provinsi", "propinsi"})
"""A province, like a country, is too large to be where one meeting sat."""


def _scope_next(tokens: list[str], i: int) -> bool:
    """``tokens[i]`` names a country ("... dengan demokrasi di Indonesia") or a province
    ("... Radikalisme di Provinsi Uji"), or is an area noun that names no place at all (a
    bare "Daerah" or "Wilayah" closing the sentence: "... bagi UMKM di Daerah."): the scope
    of the theme's subject, never the venue of one meeting, which is a town or a building."""
    if i >= len(tokens):
        return False
    bare = _bare(tokens[i])
    if bare in place_words().country or bare in _PROVINCE_WORDS:
        return True
    return (bare in place_words().venues and bare not in _BUILDINGS
            and tokens[i].rstrip(_EDGE).endswith((".", "!", "?")))


_BUILDINGS = frozenset({"aula", "gedung", "hotel", "kampus"})
"""Venue nouns that name one building: "di Aula", bare, is still the place of a meeting."""


def _title_case_end(tokens: list[str]) -> int:
    """How many tokens a title-case theme takes (small words at the end not yet dropped)."""
    small = theme_words("small")
    for i, token in enumerate(tokens[:MAX_WORDS]):
        bare = _bare(token)
        if i and _timeish(token):
            return i
        if i and _date_next(tokens, i):
            return i
        if _punct(token) and token in {";", ":", "-", "–", "—", "|"}:
            continue
        if not _capitalised(token) and bare not in small and not _lowercase_gap(tokens, i):
            return _runs_to_demonstrative(tokens, i)
        if bare in {"di", "in", "at"} and i + 1 < len(tokens) and (
                _bare(tokens[i + 1]) in place_words().venues
                or _bare(tokens[i + 1]) in place_words().units) and not _scope_next(
                    tokens, i + 1):
            return i
        if token.endswith((".", "!", "?")) and not re.search(r"\d\.\d", token):
            return i + 1
        if token.endswith((",", ";")):
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            if (not _capitalised(nxt) or _timeish(nxt) or _bare(nxt) in months()) and not (
                    token.endswith(",") and _last_item_next(tokens, i + 1)):
                return i + 1
    return min(len(tokens), MAX_WORDS)


def _sentence_case_end(tokens: list[str]) -> int:
    """How many tokens a sentence-case theme takes (see the module docstring)."""
    for i, token in enumerate(tokens[:MAX_WORDS]):
        bare = _bare(token)
        if i and (_timeish(token) or _verb(bare) or bare in {"yang", "oleh", "which", "by"}):
            return i
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if i and bare == "pada" and (_timeish(nxt) or _capitalised(nxt) or nxt[:1].isdigit()):
            return i
        if i and bare in {"di", "in", "at"} and _venue_next(tokens, i + 1) and not _scope_next(
                tokens, i + 1):
            return i
        if i and bare in {"dan", "serta", "and"} and _verb(_bare(nxt)):
            return i
        if i and bare in _RECIPIENT and token == bare:
            return i
        if token.endswith((".", ";", "!", "?")) and not re.search(r"\d\.\d", token):
            return i + 1
        if token.endswith(",") and (not nxt or _capitalised(nxt) or _verb(_bare(nxt))):
            # "tema Bonus usia muda, Peluang dan Tantangan Daerah tersebut, menghadirkan":
            # a demonstrative and the clause's verb close the subject after the comma, so
            # the comma joins parts of one theme
            closed = _runs_to_demonstrative(tokens, i + 1) if _capitalised(nxt) else 0
            return closed if closed > i + 1 else i + 1
    return min(len(tokens), MAX_WORDS)


EVENT_KINDS = r"webinar|seminar|diskusi|talk\s?show|lokakarya|workshop"
"""The nouns that name what kind of event it is, a regex alternation: here and in
:mod:`.meta`'s cues that read a title after an event noun."""
_EVENT_KIND = re.compile(r"(?:" + EVENT_KINDS + r")\s+(?=[A-Z])")
_COPULAS = r"(?:adalah|yaitu|yakni|ialah)"
_LOWER_COPULA = re.compile(r"(?:[a-z][\w-]*\s+){1,2}" + _COPULAS + r"\s+(?=[A-Z0-9“\"‘'])")
_INNER_THEME = re.compile(r"\s(?:tema|topik)(?:nya)?(?:\s+[a-z][\w-]*){0,2}\s+" + _COPULAS
                          + r"\s+(?=[A-Z0-9“\"‘'])")


def _strip_edges(run: str) -> str:
    """``run`` without the punctuation and quotes at its ends; a closing bracket whose
    opening one is inside the run stays ("Usaha Mikro, Kecil, dan Menengah (UMKM)")."""
    title = run.rstrip(" ,;:.").strip(_EDGE + " ")
    if title.count("(") > title.count(")") and run.rstrip(" ,;:.").endswith(")"):
        title += ")"
    return title


_LOWERCASE_WORD = re.compile(r"([a-z]+)\s+")
"""A lowercase word (the group) and the spaces after it: a lead word before a theme."""
_RELATIONS = frozenset({"related", "terkait", "berkaitan"})
_RELATION_LINK = re.compile(r"(?:to|dengan)\s+")


def theme_after(text: str, pos: int) -> Title | None:
    """The unquoted theme written at ``text[pos:]`` (after its cue), or ``None``."""
    # a comma or a dash may stand between the cue and the theme ("dengan tema, Media Baru
    # dan Kita", "a webinar titled–Safe Roads for Cyclists")
    start = pos + len(text[pos:]) - len(text[pos:].lstrip(" :\t,–—"))
    related = False
    lead = _LOWERCASE_WORD.match(text[start:])
    if lead and lead.group(1) in theme_words("lead"):
        start += lead.end()
        # "the theme was related to X", "tema terkait dengan X": a participle of relation
        # takes its preposition before the theme
        link = _RELATION_LINK.match(text, start) if lead.group(1) in _RELATIONS else None
        if link:
            start = link.end()
            related = True
    # "diskusi bertajuk webinar Pangan Lokal di Era Digital": a lowercase event noun after
    # the cue says what kind of event the capitalised title names; it is no word of it
    kind = _EVENT_KIND.match(text, start)
    if kind:
        start = kind.end()
    # "dengan topik pembahasannya adalah X": lowercase words and a copula after the cue name
    # the cue's noun again; the theme is the copula's complement
    copula = _LOWER_COPULA.match(text, start)
    if copula:
        start = copula.end()
    if start >= len(text) or not text[start].isalnum():
        return None
    matches = list(islice(_TOKEN.finditer(text, start), MAX_WORDS + 1))
    tokens = [m.group() for m in matches]
    first = _bare(tokens[0])
    # after "related to" the theme is a noun phrase, which may open with its article
    if _timeish(tokens[0]) or not _capitalised(tokens[0]) and not (
            related and first == "the") and (
            first in theme_words("stop") or first in theme_words("small")
            or first in theme_words("adjective")):
        return None
    count = _title_case_end(tokens) if _title_case(tokens) else _sentence_case_end(tokens)
    small = theme_words("small")
    while count and _bare(tokens[count - 1]) in small and not tokens[count - 1].endswith(
            (".", "!", "?")):
        count -= 1
    if not count:
        return None
    end = matches[count - 1].end()
    inner = _INNER_THEME.search(text, start, end)
    if inner:
        # "memilih tema Kampung Kreatif dengan topik pembahasannya adalah X": a theme noun and a
        # copula inside the run restate the theme more narrowly; the copula's complement is it
        return theme_after(text, inner.end())
    title = _strip_edges(text[start:end])
    if len(title) < 4 or len(title.split()) < 2 and not title.isupper():
        return None
    return Title(title, start, end, False)
