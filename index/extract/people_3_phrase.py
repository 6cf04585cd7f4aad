"""Finding a person in a phrase: "Dosen Universitas X Dr. Ani Lestari, M.Si" -> who and what.

A *person phrase* is what coverage writes where a programme person belongs, in either order:

- name first: ``[honorifics] NAME [, degrees] [apposition] POSITION``
  ("Rina Lestiani, S.Si selaku Kepala Bidang ...", "Bayu Aji Pratama (Ketua Program Studi)");
- position first: ``POSITION[,] [honorifics] NAME [, degrees]``
  ("Walikota Tidore, Marten S. Talib", "Penyiar Radio Daniel Hutapea").

The name is a *run* of name-like tokens. A token is name-like when it is capitalised (or an
initial such as "A.", a name abbreviation such as "Muh.", a particle such as "bin" between
two name words) and is not a word of positions, organisations or prose
(``not_name_words.txt``), a day, a month next to a number, or part of a place name followed
by more name words ("Poltekes Medan Yulia Kartini": the run restarts after "Medan").
Honorifics before the run and degrees after it are kept for ``name_as_written`` only.

Which run is the person: the run that opens the phrase (name first), else the last run that
is anchored (an honorific before it, degrees after it, or the end of the phrase after it)
and not the complement of an organisation head ("Universitas Andalas").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from index.lexicon import not_name_words, phrase_set, position_words
from index.names import is_degree, is_initial, is_listed_degree

from .case_evidence import ENGLISH_MARK, common_phrase, current_words, english_article
from .degree_runs import skip_degree_run
from .english_determiners import after_indefinite
from .english_words import ordinary_english
from .gazetteer import place_at, place_words
from .job_runs import job_before_holder, numbered_unit
from .namesakes import campus_namesake
from .people_1_runs import (
    Run,
    Token,
    in_parentheses,
    is_title,
    iter_runs,
    looks_like_verb,
    may_open_run,
    name_of,
    paren_depths,
    tokenize,
)
from .people_2_positions import join_positions, position_after, position_before
from .place_evidence import current_places, distributive_after, is_article_place
from .quote_tags import QUOTE_TAG_VERBS
from .root_words import dictionary_word
from .town_closes import held_after_town


@dataclass(frozen=True)
class PersonPhrase:
    """A person found in a phrase: name, name as written, position, and where it sits."""

    name: str
    written: str
    position: str | None
    handle: str | None
    start: int
    end: int
    tail: str


def run_is_person(tokens: list[Token], run: Run, phrase_end: int, at_lead: bool = False,
                  lower: frozenset[str] | None = None,
                  places: frozenset[str] | None = None) -> bool:
    """``run`` can stand for a person in a phrase that ends at token ``phrase_end``.

    ``at_lead``: the run opens the phrase, so a position word may follow it directly
    ("Darmansyah Founder Maju Bersama"). ``lower``: the words the article writes in lower
    case (default: those of the article being read, :mod:`case_evidence`). ``places``: the
    words the article uses as places (default: those of the article being read,
    :mod:`place_evidence`).
    """
    words = [t.text for t in tokens[run.first:run.last + 1]]
    real = [w for w in words if not is_initial(w)]
    if not real:
        return False
    if distributive_after([t.text for t in tokens[run.last + 1:run.last + 3]]):
        return False  # "Penyuluh se-Kabupaten X": all of a kind over an area, a group
    # (Run.anchored_before and Run.has_degrees, read once: each property is a call)
    anchored = run.prefix < run.first
    degrees = run.suffix > run.last
    marked = anchored or degrees or bool(run.handle)
    if len(real) == 1 and not (degrees or run.handle) and is_article_place(
            real[0], places):
        return False  # "Kepala BP X" where the article writes "di X": an office, no one named
    # an abbreviated head is written with its full stop as often as without ("PT. X")
    after_org_head = (run.first > 0 and not anchored
                      and tokens[run.first - 1].text.rstrip(".").casefold()
                      in phrase_set("org_head"))
    if after_org_head and (len(real) == 1 or place_at(words[-1:]) or place_at(words[:1])):
        return False
    if after_org_head and not degrees and run.last + 1 < len(tokens) and tokens[
            run.last + 1].text[:1].isupper():
        # "PT Sinar Abadi Teknologi": the name of the organisation goes on (a degree after
        # the run is no word of a body: degrees follow a person's name only)
        return False
    if len(real) == 1 and not anchored and (
            len(real[0].rstrip(".")) < 3 or is_listed_degree(real[0])):
        return False  # an initial, or a degree standing alone ("ASEAN Eng.")
    if len(real) == 1 and not (anchored or degrees) and run.first > 0 and \
            real[0].casefold() in phrase_set("place_tail") and (place_at(
                [tokens[run.first - 1].text]) or tokens[run.first - 1].text.casefold()
                                                    in place_words().country):
        # "Universitas Riau Pesisir", "Indonesia Raya": the greater area of the place (a
        # country too) before it
        return False
    # (both hold only of an unmarked run)
    if not marked and (_inside_title(tokens, run) or _place_goes_on(tokens, run)):
        return False
    if run.first > 0 and not marked and (
            tokens[run.first - 1].text.rstrip(".").casefold() in _CONTRAST):
        return False  # "Sekolah VS Gawai": the other side of a title's contrast
    if run.first > 0 and not marked and after_indefinite(tokens[run.first - 1].text):
        return False  # "a Chilean NGO": a noun phrase, no name
    if (len(real) == 1 and not marked
            and run.first > 0 and (tokens[run.first - 1].text.casefold() in phrase_set("job_of")
                                   or tokens[run.first - 1].text.isdigit())):
        # "Dosen Unmaju", "Kasat Binmas": the body the job belongs to; "SMAN 2 Sukamaju":
        # the place of a numbered school or office
        return False
    if anchored and run.prefix > 0 and tokens[run.prefix - 1].text.rstrip(
            ".").casefold() in phrase_set("eponym_head"):
        return False  # "RSJ Prof. HB. Saanin": the institution named after a person
    if campus_namesake(tokens, run):
        return False  # "UIN Raden Patah": a campus named after a historical figure
    if numbered_unit(tokens, run):
        return False  # "Pengawas Rayon 2 Dinas X": a numbered unit, the job of someone
    if marked:
        return True
    if common_phrase(words, current_words() if lower is None else lower):
        # an unanchored capitalised phrase whose every word the article also writes in
        # lower case: a heading or topic ("Ice Breaking"), not a name. An honorific or a
        # degree is stronger evidence than the article's case and keeps the run.
        return False
    if ordinary_english(words):
        return False  # "Quality Assurance", "Division": common English words, capitalised
    if place_at(words[:-1] + [words[-1].rstrip(".") or words[-1]]) == len(words):
        return False  # "Cabang Ambon.": a place, also before the sentence's full stop
    if run.first > 0 and tokens[run.first - 1].text in _LOCATIVE:
        return False  # "dosen di Stikes Harapan Bangsa", "universities in North Africa"
    if len(words) >= 2 and place_at([words[-1].rstrip(".,")]) == 1 and (
            len(real) >= 3 or any(t.text.rstrip(".").casefold() in phrase_set("org_head")
                                  for t in tokens[max(0, run.first - 2):run.first])):
        # "Gugus Wira Sasmita Malang", "SMA Al Hikmah Ambon": a body named with its town (a
        # two-word name may end in a place word: "Erwin Talaud")
        return False
    if words[-1].endswith(".") and run.first > 0 and tokens[run.first - 1].text.casefold() in (
            place_words().heads | place_words().units) and place_at(
            [w.rstrip(".") for w in words]) == len(words):
        return False  # "serta Bupati Muara Enim.": the office of a place, no one named
    if len(real) >= 2:
        return True
    after = tokens[run.suffix + 1].text if run.suffix + 1 < len(tokens) else ""
    if at_lead and is_title(after) and after.rstrip(".").casefold() in position_words():
        return True
    if at_lead and after[:1].islower() and _lower_job_after(tokens, run.suffix + 1) and \
            not dictionary_word(real[0].casefold()):
        return True  # the same apposition with the job in lower case: "Darmansyah dosen X"
    if at_lead and after[:1].islower() and (
            looks_like_verb(after) or after.casefold() in phrase_set("apposition")
            or after.casefold() in phrase_set("clause_end") or after.casefold() == "dengan"):
        return True
    return run.suffix >= phrase_end - 1 or after in {",", "(", "–", "-"} or _after_quote_verb(
        tokens, run.prefix) or (run.first > 1 and held_after_town(
            [t.text for t in tokens[max(0, run.first - 4):run.first + 1]],
            min(run.first, 4)))


def _lower_job_after(tokens: list[Token], i: int) -> bool:
    """Token ``i`` is a word of a position written in lower case ("dosen", "mantan").
    After a capitalised word opening a list item ("..., Rudianto mantan wartawan harian X,
    ..."), a job is an apposition to a name whatever its case, as a capitalised job is
    ("Darmansyah Founder X"): a capitalised common word is not followed by a job noun."""
    return tokens[i].text.casefold() in position_words()


def _place_goes_on(tokens: list[Token], run: Run) -> bool:
    """``run``, with no title or degree of a person, runs on with no mark into a country
    or a region ("Sangha Theravada Indonesia", "Plakpesdam PWNU NTT", "UIN Raden Fatah
    Palembang"): a body named with its country or region. A person's name is set off from
    the place after it (a comma, "dari", "asal"), a body's name ends with it."""
    if run.anchored_before or run.has_degrees or run.handle or run.suffix + 1 >= len(tokens):
        return False
    after = tokens[run.suffix + 1].text
    if not after[:1].isupper() or after.rstrip(".").casefold() in phrase_set("apposition"):
        return False
    words = [t.text for t in tokens[run.suffix + 1:run.suffix + 4]]
    return after.casefold() in place_words().country or place_at(words) > 0


# "X vs Y", "X versus Y": a title that sets two things against each other
_CONTRAST = frozenset({"vs", "versus"})

# Locative prepositions, written in lower case: what follows them is where something is
# ("dosen di Stikes X", "ke Kota X", "lecturer at X", "in South East Asia"), a place or a
# body, never the person the phrase is about (a person follows "oleh", "dari", "bersama").
_LOCATIVE = frozenset({"di", "ke", "in", "at"})


def _inside_title(tokens: list[Token], run: Run) -> bool:
    """``run`` stands between words of a job title and the body it belongs to, with no
    mark around it ("Koorbid Pengawasan Isi Siaran KPID Kalbar"): it is part of the title."""
    if run.anchored_before or run.has_degrees or run.handle or run.first == 0:
        return False
    if run.suffix + 1 >= len(tokens):
        return False
    before, after = tokens[run.first - 1].text, tokens[run.suffix + 1].text
    return (before[:1].isupper() and before.casefold() in not_name_words()
            and after[:1].isupper() and after.rstrip(".").casefold() in not_name_words()
            and after.casefold() not in phrase_set("apposition"))


def parse_person(text: str, loose: bool = False, name_first_only: bool = False,
                 source: str | None = None) -> PersonPhrase | None:
    """The person in ``text`` (one list item or slot), or ``None`` when there is none.

    ``source``: the same text before quoted titles were blanked out in ``text``; names and
    positions are read from it (offsets are the same). The lower-case words of the article
    being read (:mod:`case_evidence`) are part of the cache key: a capitalised phrase may be a
    name in one article and a heading in another. Only those of them written in ``text`` can
    decide anything here, so only those go into the key: a phrase whose words the article
    never writes in lower case (most of them) keeps one cache entry across articles.
    """
    lower, places = current_words(), current_places()
    if lower or places:
        lower, places = _evidence_in(text, lower, places)
    return _parse_person(text, loose, name_first_only, source, lower, places)


@lru_cache(maxsize=256)
def _evidence_in(text: str, lower: frozenset[str],
                 places: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The article's lower-case words and places that ``text`` writes (the part of them
    that goes into the key of :func:`_parse_person`), the words marked with
    ``ENGLISH_MARK`` in an English article: a name may read differently there
    (case_evidence.foreign_function_word), and whether the article is English is read from
    ``lower`` alone. Cached: an article reads the same phrase many times (each reading of a
    sentence, a slot, a list item), and the article's own sets are the same objects all
    along, so the key is cheap to look up (and the key made of what it answers is one
    object whose hash is kept, not a new set made at every reading). Its key holds the
    article's own sets, so it hits only within one article: a small cache (more entries
    than an article reads phrases) keeps every such hit, where a large one would keep the
    word sets of many past articles alive, for the garbage collector to walk through."""
    if text.isascii():
        # (ASCII: one lower-cased copy of the text instead of a folded copy of each word;
        # ``str.lower`` is ``str.casefold`` there and moves no word boundary. The letter
        # runs without the regex engine: an ASCII character matches ``_LETTERS`` exactly
        # when it is one of A-Z, a-z (``\w`` less digits and "_"), the very characters that
        # ``_NOT_LETTERS`` leaves as they are and no others, so splitting at the spaces it
        # writes gives the same runs, in the same order, as ``_LETTERS.findall``)
        written = text.lower().translate(_NOT_LETTERS).split()
    else:
        written = list(map(str.casefold, _LETTERS.findall(text)))
    # (``frozenset.intersection`` of a list: the same set as ``&`` with a set of its items,
    # without building that set first)
    found_lower, found_places = lower.intersection(written), places.intersection(written)
    if lower and english_article(lower):
        found_lower = found_lower | _ENGLISH
    # (most phrases write none of them: one shared empty set then, not a new one per
    # phrase that the cache would keep and the garbage collector walk through again and
    # again)
    if not found_places:
        return (found_lower, _NONE) if found_lower else _NO_EVIDENCE
    return found_lower or _NONE, found_places


_NONE: frozenset[str] = frozenset()
_NO_EVIDENCE = (_NONE, _NONE)
_ENGLISH = frozenset({ENGLISH_MARK})


# Letter runs: every word the case evidence may look up is one of them, case-folded.
_LETTERS = re.compile(r"[^\W\d_]+")
# Every ASCII character that is no letter, written as a space (ASCII text only: see
# :func:`_evidence_in`)
_NOT_LETTERS = str.maketrans({chr(c): " " for c in range(128) if not chr(c).isalpha()})


@lru_cache(maxsize=2048)
def _parse_person(text: str, loose: bool, name_first_only: bool, source: str | None,
                  lower: frozenset[str], places: frozenset[str]) -> PersonPhrase | None:
    """:func:`parse_person` with the article's lower-case words and places passed in: they
    are evidence for what is a name (:mod:`.case_evidence`, :mod:`.place_evidence`), so they
    are part of the cache key and a phrase cached for one article is never reused for
    another with other words. (A phrase read again in a later article is mostly a common
    one, read again soon: a cache of 2048 readings keeps nearly every such hit that a larger
    one would, and far fewer readings and their keys alive.)"""
    tokens = tokenize(text)
    if not tokens:
        return None
    lead = _lead(tokens)
    if name_first_only:
        for j in range(lead + 1):  # (a loop: no generator for a test of one or two words)
            if may_open_run(tokens, j):
                break
        else:
            return None  # no run opens the phrase (and a later one is never taken here)
    read = _person_runs(text, loose, lower, places, lead)
    if name_first_only:
        # only a run that opens the phrase is taken here, and the runs after it matter
        # only when it is a single unmarked word (see below): most phrases end the reading
        # at their first runs
        opening = read.opening(lead)
        if opening is None:
            return None  # no person run, or the first one does not open the phrase
        runs = (opening,) if not _weak_single(tokens, opening) else read.every()
    else:
        runs = read.every()
    if not runs:
        return None
    first = runs[0]
    later = _position_first_choice(tokens, runs[1:]) if len(runs) > 1 else None
    titled = _titled_after(tokens, runs)
    if titled is None and not name_first_only and len(runs) > 1 and first.prefix <= lead:
        titled = job_before_holder(tokens, runs)  # "Wasit Catur Nasional Bambang Wiryawan"
    if titled is not None and not name_first_only:
        chosen = titled
    elif first.prefix <= lead and not (later is not None and _weak_single(tokens, first)
                                       and _strong_run(tokens, later)
                                       and not _predicated(tokens, first, later)):
        chosen = first
    elif name_first_only:
        return None
    else:
        chosen = _position_first_choice(tokens, runs)
        if chosen is None:
            return None
    original = source if source is not None and len(source) == len(text) else text
    name, written = name_of(tokens, original, chosen)
    if not name or not any(c.isalpha() for c in name):
        return None
    head = original[tokens[lead].start:tokens[chosen.prefix].start] if chosen.prefix > lead \
        else ""
    end = tokens[chosen.suffix].end
    tail = original[end:]
    if len(rest := skip_degree_run(tail, is_degree(written.rsplit(maxsplit=1)[-1]))) < len(tail):
        # degrees the name reading did not know, by their shape: part of the name as
        # written, and the phrase goes on after them
        written = (written + tail[:len(tail) - len(rest)]).rstrip(" ,")
        end, tail = len(original) - len(rest), rest
    after = position_after(tail)
    # "Etika digital: Rina, dosen X": a label before a colon gives way to the person's own
    # position written after the name.
    # "“...,” ujar A": the words before a quote tag's subject are the quotation and its
    # verb, no position.
    before = None if (after and head.rstrip().endswith(":")) or _after_quote_verb(
        tokens, chosen.prefix) else position_before(head, True)
    position = join_positions(before, after)
    return PersonPhrase(name, written, position, chosen.handle, tokens[chosen.prefix].start,
                        end, tail)


@lru_cache(maxsize=128)
def _person_runs(text: str, loose: bool, lower: frozenset[str], places: frozenset[str],
                 lead: int) -> _PersonRuns:
    """The runs of ``text`` that can stand for a person, cached apart from the choice among
    them: the same text is read both for a name that opens it (``name_first_only``) and for
    a name anywhere in it (a sentence's subject, then a title before it), and the runs, the
    costly part, are the same for both readings. The key is that of :func:`_parse_person`
    less what only the choice depends on. ``lead`` is :func:`_lead` of the tokens of
    ``text`` (passed on from the caller, which reads it anyway). The two readings come
    within one article, close together (and :func:`_parse_person` answers a phrase read
    again later): a small cache keeps every such hit, and no runs, tokens or evidence sets
    of phrases long read."""
    return _PersonRuns(tokenize(text), loose, lower, places, lead)


# The tokens of a phrase whose runs have all been read (nothing reads them again: sharing
# one empty list lets the phrase's own tokens go while its runs stay cached)
_READ: list[Token] = []


class _PersonRuns:
    """The person runs of one phrase, read from :func:`iter_runs` only as far as asked: a
    name that opens the phrase is known after its first runs, the runs of a long sentence
    after it are read only when another reading of the same phrase asks for all of them
    (what is read is kept for it). Everything read depends on the key of
    :func:`_person_runs` only (the article's evidence in it is passed on), so it may be
    read later, in another article with the same key."""

    __slots__ = ("_tokens", "_lead", "_lower", "_places", "_raw", "_reach", "_found", "_all")

    def __init__(self, tokens: list[Token], loose: bool, lower: frozenset[str],
                 places: frozenset[str], lead: int) -> None:
        self._tokens = tokens
        self._lead = lead
        self._lower = lower
        self._places = places
        self._raw: Iterator[Run] | None = iter_runs(tokens, loose)
        self._reach = -1  # prefix of the last run read (prefixes grow from run to run)
        self._found: list[Run] = []
        self._all: tuple[Run, ...] | None = None

    def _read_one(self) -> bool:
        """Read the next run (kept when it can stand for a person); False at the end."""
        run = next(self._raw, None) if self._raw is not None else None
        if run is None:
            # (the tokens are no longer read: let them go with the runs, which the cache
            # keeps, so that the cache does not keep every phrase's tokens alive too)
            self._raw = None
            self._tokens = _READ
            return False
        self._reach = run.prefix
        tokens = self._tokens
        if run_is_person(tokens, run, len(tokens), run.prefix <= self._lead, self._lower,
                         self._places):
            self._found.append(run)
        return True

    def opening(self, lead: int) -> Run | None:
        """The first person run when it opens the phrase (its prefix at ``lead`` or
        before), else ``None``: once a run starts after ``lead`` every later one does."""
        while not self._found and self._reach <= lead and self._read_one():
            pass
        return self._found[0] if self._found and self._found[0].prefix <= lead else None

    def every(self) -> tuple[Run, ...]:
        """All the person runs, in order."""
        if self._all is None:
            while self._read_one():
                pass
            self._all = tuple(self._found)
        return self._all


def lead_offset(text: str) -> int:
    """Character offset in ``text`` of the first word after list connectors."""
    tokens = tokenize(text)
    return tokens[_lead(tokens)].start if tokens else 0


_NUMBER_TOKEN = re.compile(r"\d{1,2}[.)]?")
"""An item number in one token ("1.", "2)", "3")."""


def _lead(tokens: list[Token]) -> int:
    """Index of the first token after list connectors ("dan", "serta", ":"), the number
    of a numbered item ("1.", "2)", "(3)") and an ordinal item marker ("yang terakhir")."""
    skip = phrase_set("list_connector")
    i = 0
    while i < len(tokens):
        if not _may_lead_past(tokens[i].text):
            break  # (what the tests below conclude for most words, in one cached look-up)
        if numbered := _item_number(tokens, i):
            i += numbered
        elif _ordinal_marker(tokens, i):
            i += 2
        elif tokens[i].text.casefold() in skip or _NUMBER_TOKEN.fullmatch(tokens[i].text):
            i += 1
        else:
            break
    return min(i, len(tokens) - 1)


@lru_cache(maxsize=8192)
def _may_lead_past(word: str) -> bool:
    """:func:`_lead` may step past ``word``: each step there needs a test of the word alone
    to hold (an item number opens with "(" or digits, an ordinal item marker with "yang",
    a connector or a number is the word itself). Reads the word and the fixed lists only."""
    folded = word.casefold()
    return word == "(" or word.isdigit() or folded == "yang" or (
        folded in phrase_set("list_connector")) or _NUMBER_TOKEN.fullmatch(word) is not None


def _ordinal_marker(tokens: list[Token], i: int) -> bool:
    """"yang" and an ordinal at ``i`` ("..., lalu yang terakhir adalah A", "dan yang kedua
    B"): the relative form of the ordinal that marks the next item of a list, as the bare
    ordinal does ("dan terakhir A"). The item is the name after it. ("yang lain" refers to
    the others, it marks no item.)"""
    return i + 1 < len(tokens) and tokens[i].text.casefold() == "yang" and \
        tokens[i + 1].text.casefold() in phrase_set("ordinal") and \
        tokens[i + 1].text.casefold() not in _NOT_ITEM_ORDINALS


_NOT_ITEM_ORDINALS = frozenset({"lain", "lainnya"})


def _item_number(tokens: list[Token], i: int) -> int:
    """How many tokens the number of a list item written apart takes at ``i`` ("1 )" or
    "( 3 )"), else 0."""
    if tokens[i].text != "(" and not tokens[i].text.isdigit():
        return 0  # (both shapes open with one of these)
    texts = [t.text for t in tokens[i:i + 3]]
    if len(texts) >= 2 and texts[0].isdigit() and len(texts[0]) <= 2 and texts[1] == ")":
        return 2
    if len(texts) == 3 and texts[0] == "(" and texts[1].isdigit() and len(texts[1]) <= 2 \
            and texts[2] == ")":
        return 3
    return 0


def _titled_after(tokens: list[Token], runs: Sequence[Run]) -> Run | None:
    """The name a title marks after an unmarked run that opens the phrase, when only
    capitalised words stand between them ("Kabid Humas Polda Maju Kombes Pol Rudi
    Hartawan", "Rais Aam PBNU KH. Ahmad Fauzi", "Mitra Kerja DPR Komisi 2 Bapak Adi
    Saputra"): an honorific or rank opens a name, and two names never follow each other
    without a comma or a conjunction, so the opening run is the title and body of the
    person after it. ``None`` when the phrase is not of that shape."""
    first = runs[0]
    if first.anchored_before or first.has_degrees or first.handle:
        return None
    for run in runs[1:]:
        if not run.anchored_before:
            continue
        between = tokens[first.suffix + 1:run.prefix]
        if all(t.text[:1].isupper() or t.text.isdigit() for t in between) and (
                run.last > run.first or run.has_degrees):
            return run
        return None
    return None


def _weak_single(tokens: list[Token], run: Run) -> bool:
    """One name word with no honorific, degrees or handle."""
    real = [t for t in tokens[run.first:run.last + 1] if not is_initial(t.text)]
    return len(real) == 1 and not (run.anchored_before or run.has_degrees or run.handle)


# Apposition words that predicate a role of the noun phrase before them ("A selaku Dirjen
# X", "A yang merupakan Tim Program Y"); the prepositions of the class ("dari", "of the")
# only attach a body and say nothing of what stands before them.
_NOT_PREDICATING = frozenset({"dari", "from", "from the", "of", "of the", "at", "at the", "the"})


@lru_cache(maxsize=None)
def _predicating() -> tuple[str, ...]:
    return tuple(sorted(p + " " for p in phrase_set("apposition") if p not in _NOT_PREDICATING))


def _predicated(tokens: list[Token], first: Run, later: Run) -> bool:
    """"Wiratno selaku Dirjen Konservasi SDA ...", "Santo yang merupakan Tim Program Kampung
    Flory": the one word that opens the phrase is followed by an apposition that gives its
    role, so it is the person, and a later unmarked run stands inside that role (the body of
    the job). A later run marked by an honorific or degrees is still a person of its own
    ("Kominfo selaku penyelenggara, Dr. A")."""
    if later.anchored_before or later.has_degrees or later.handle:
        return False
    after = " ".join(t.text for t in tokens[first.suffix + 1:first.suffix + 6]).casefold()
    return (after + " ").startswith(_predicating())


def role_follows(person: PersonPhrase) -> bool:
    """An apposition that gives the role of ``person`` follows the name ("Santo yang
    merupakan Tim Program X", "Wiratno selaku Dirjen Y"), with a position read from it."""
    tail = " ".join(person.tail.split()[:5]).casefold()
    return bool(person.position) and (tail + " ").startswith(_predicating())


def _strong_run(tokens: list[Token], run: Run) -> bool:
    real = [t for t in tokens[run.first:run.last + 1] if not is_initial(t.text)]
    return len(real) >= 2 or run.anchored_before or run.has_degrees


def _position_first_choice(tokens: list[Token], runs: Sequence[Run]) -> Run | None:
    """The name in a phrase that does not open with one: the last name marked by an
    honorific, degrees or a handle, else the last name that ends the phrase or its clause."""
    for run in reversed(runs):
        if run.anchored_before or run.has_degrees or run.handle:
            return run
    depths = paren_depths(tokens) if runs else None  # (one reading for all the runs)
    for run in reversed(runs):
        if in_parentheses(tokens, run, depths):
            continue
        if run.anchored_before or run.has_degrees:
            return run
        after = tokens[run.suffix + 1].text if run.suffix + 1 < len(tokens) else ""
        if not after or after in {",", ";", "(", ")", "–", "-", ":"}:
            return run
        if after[:1].islower() and (looks_like_verb(after) or after.casefold() in
                                    phrase_set("apposition") | phrase_set("clause_end")):
            return run
        if after.casefold() in not_name_words() and len(
                [t for t in tokens[run.first:run.last + 1] if not is_initial(t.text)]) >= 2:
            return run
        if _after_quote_verb(tokens, run.prefix):
            return run
    return None


# (the verbs of a quote tag: :mod:`.quote_tags`; a capitalised one too: "”, Ungkap A")
_QUOTE_TAG_VERBS = QUOTE_TAG_VERBS


_QUOTE_TAG_END = re.compile(r"[”\"]\s*,?\s*(?i:" + "|".join(sorted(_QUOTE_TAG_VERBS))
                            + r")\s+$")


def quote_tag_subject(text: str, at: int) -> bool:
    """The name at ``text[at:]`` is the subject of a quote tag ("“...,” ucap Dewi"): the
    one who said the quotation, a person (the string form of :func:`_after_quote_verb`)."""
    return _QUOTE_TAG_END.search(text, max(0, at - 16), at) is not None


def _after_quote_verb(tokens: list[Token], at: int) -> bool:
    """The name at token ``at`` is the inverted subject of a verb of saying that follows a
    closing quote ("“...,” ujar Dewi saat membuka acara"): the tag's subject is its
    speaker, a name of one word as well as of two, whatever lower-case word follows it."""
    return at >= 2 and tokens[at - 1].text.casefold() in _QUOTE_TAG_VERBS and \
        tokens[at - 2].text in {"”", '"', ","} and (
            tokens[at - 2].text != "," or (at >= 3 and tokens[at - 3].text in {"”", '"'}))
