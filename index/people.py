"""Finding a person in a phrase: "Dosen Universitas X Dr. Ani Lestari, M.Si" -> who and what.

A *person phrase* is what coverage writes where a programme person belongs, in either order:

- name first: ``[honorifics] NAME [, degrees] [apposition] POSITION``
  ("Ika Meilani, S.Si selaku Kepala Seksi ...", "Aji Kresno Murti (Ketua Program studi)");
- position first: ``POSITION[,] [honorifics] NAME [, degrees]``
  ("Walikota Gorontalo, Marten A. Taha", "Penyiar Radio Daniel Hery").

The name is a *run* of name-like tokens. A token is name-like when it is capitalised (or an
initial such as "A.", a name abbreviation such as "Muh.", a particle such as "bin" between
two name words) and is not a word of positions, organisations or prose
(``not_name_words.txt``), a day, a month next to a number, or part of a place name followed
by more name words ("Polbangtan Medan Yuliana Kansrini": the run restarts after "Medan").
Honorifics before the run and degrees after it are kept for ``name_as_written`` only.

Which run is the person: the run that opens the phrase (name first), else the last run that
is anchored (an honorific before it, degrees after it, or the end of the phrase after it)
and not the complement of an organisation head ("Universitas Sriwijaya").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .gazetteer import place_at
from .lexicon import months, not_name_words, phrase_regex, phrase_set, position_words
from .resources import word_set
from .names import is_degree, is_honorific, is_initial, strip_degrees

_TOKEN = re.compile(r"@[\w.]*\w|[^\W_](?:[\w'’.&/®\ufe0f-]*[\w.®\ufe0f])?|[^\s\w]")
_TITLE = re.compile(r"^[^\W\d_][^\W\d_]*(?:[-'’][^\W\d_]+)*\.?$")
_SPECIALTY = re.compile(r"^\(\s*[A-Z]{1,3}\s*\)")
_VERB = re.compile(r"^(?:mem|men|meng|meny|ber|ter)[a-z]{3,}$|^di[a-z]{3,}(?:kan|(?<!s)i)$"
                   r"|^[a-z]{3,}ed$")
_MAX_NAME_TOKENS = 8
_ORG_HEADS = frozenset({
    "universitas", "university", "universiti", "institut", "institute", "uin", "iain", "stie",
    "stikes", "stmik", "sekolah", "politeknik", "polytechnic", "akademi", "academy", "pt",
    "cv", "bank", "hotel", "gedung", "kota", "kabupaten", "provinsi", "propinsi", "desa",
    "kecamatan", "kelurahan", "polda", "polres", "sma", "smk", "sman", "smkn", "smp", "sd",
    "of", "rumah", "taman", "jalan", "jl", "radio", "balai", "yayasan", "lembaga", "bank",
})


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Run:
    """A candidate name: tokens ``[first, last]``, with its honorifics and degrees."""

    first: int
    last: int
    prefix: int
    suffix: int
    handle: str | None

    @property
    def anchored_before(self) -> bool:
        return self.prefix < self.first

    @property
    def has_degrees(self) -> bool:
        return self.suffix > self.last


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


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


@lru_cache(maxsize=8192)
def looks_like_verb(word: str) -> bool:
    """A lowercase Indonesian or English verb form ("menjelaskan", "dipandu", "shared")."""
    lower = word.casefold()
    if lower in phrase_set("verb_noun") or not word[:1].islower():
        return False
    return bool(_VERB.match(lower)) or lower in phrase_set("quote_verb") or lower in phrase_set(
        "verb_en")


@lru_cache(maxsize=8192)
def _is_title(tok: str) -> bool:
    if not _TITLE.match(tok) or not tok[0].isupper():
        return False
    body = tok.rstrip(".")
    return len(body) > 1 and any(c.islower() for c in body) and not any(
        c.isupper() for c in body[1:] if body[body.index(c) - 1] not in "-'’")


def _is_caps(tok: str) -> bool:
    body = tok.rstrip(".")
    return len(body) >= 2 and body.isalpha() and body.isupper()


def _not_name(tokens: list[Token], i: int) -> bool:
    word = tokens[i].text.rstrip(".").casefold()
    if word in not_name_words():
        return True
    if word in months():
        before = tokens[i - 1].text if i > 0 else ""
        after = tokens[i + 1].text if i + 1 < len(tokens) else ""
        return before.isdigit() or (after.isdigit() and len(after) == 4)
    return False


def _name_word(tokens: list[Token], i: int, caps_ok: bool) -> bool:
    tok = tokens[i].text
    if is_initial(tok) or tok.rstrip(".").casefold() in phrase_set("name_abbrev"):
        return i + 1 < len(tokens) and _name_word(tokens, i + 1, True)
    if _not_name(tokens, i) or (i > 0 and is_degree(tok) and not _is_title(tok)):
        return False
    if _is_title(tok):
        return not tok.endswith(".") or i + 1 >= len(tokens) or not _is_title(tokens[i + 1].text)
    return caps_ok and _is_caps(tok)


def _nickname_end(tokens: list[Token], i: int) -> int | None:
    """``“ammho”`` between two name words: the index of the closing quote."""
    if tokens[i].text in "“\"‘" and i + 2 < len(tokens) and tokens[i + 2].text in "”\"’":
        if tokens[i + 1].text[:1].isalpha() and i + 3 < len(tokens):
            return i + 2
    return None


def _extend(tokens: list[Token], i: int, loose: bool) -> int:
    """The last token of the name run starting at ``i``."""
    last = i
    j = i + 1
    while j < len(tokens) and j - i < _MAX_NAME_TOKENS:
        tok = tokens[j].text
        nick = _nickname_end(tokens, j)
        if nick is not None and _name_word(tokens, nick + 1, True):
            last, j = nick + 1, nick + 2
            continue
        if tok.casefold() in phrase_set("name_particle") and j + 1 < len(tokens) and _is_title(
                tokens[j + 1].text) and not _not_name(tokens, j + 1):
            last, j = j + 1, j + 2
            continue
        if is_honorific(tok) and not is_initial(tok):
            break
        if _name_word(tokens, j, True):
            if not _is_caps(tok) or (_is_caps(tokens[last].text) and _is_caps_name(tokens, i)) \
                    or (_is_title(tokens[last].text) and len(tok) <= 4):
                last, j = j, j + 1
                continue
        if (loose and tok[:1].islower() and tok.isalpha() and len(tok) > 2
                and not looks_like_verb(tok) and tok.casefold() not in not_name_words()
                and j + 1 < len(tokens) and _is_title(tokens[j + 1].text)
                and not _not_name(tokens, j + 1)):
            last, j = j + 1, j + 2
            continue
        break
    return last


def _split_at_places(tokens: list[Token], first: int, last: int) -> list[tuple[int, int]]:
    """Pieces of a run with place names removed where more name words follow them."""
    pieces = []
    start = first
    k = first
    while k <= last:
        # A place inside the run, or opening it right after a capitalised word of a title or
        # an organisation, ends that title ("Polbangtan Medan Yuliana Kansrini", "Kota Ambon
        # Yohanis Latuheru"); a place opening the run on its own is a name ("Bima Adiputra").
        continues_title = k > first or (k > 0 and tokens[k - 1].text[:1].isupper()
                                        and not is_honorific(tokens[k - 1].text))
        place = place_at([t.text for t in tokens[k:min(last + 1, k + 6)]]) \
            if continues_title else 0
        if place and k + place < last + 1:
            if k > start:
                pieces.append((start, k - 1))
            start = k + place
            k = start
            continue
        k += 1
    if start <= last:
        pieces.append((start, last))
    return pieces


def _degrees_end(tokens: list[Token], last: int) -> int:
    """The last token of the degrees written after the name ending at ``last``."""
    end = last
    j = last + 1
    while j < len(tokens):
        tok = tokens[j].text
        if tok in {",", "."} and j + 1 < len(tokens) and (
                is_degree(tokens[j + 1].text) or tokens[j + 1].text in {",", "."}
                or _comma_degree(tokens, j + 1)):
            j += 1
            continue
        if is_degree(tok):
            end = j
            j += 1
            continue
        if (is_initial(tok) and j + 1 < len(tokens)
                and is_degree(tok + tokens[j + 1].text)):
            end = j + 1
            j += 2
            continue
        if _comma_degree(tokens, j):
            end = j + 2
            j += 3
            continue
        if tok == "(" and j + 2 < len(tokens) and tokens[j + 2].text == ")" and end > last:
            end = j + 2
            j += 3
            continue
        break
    return end


def _comma_degree(tokens: list[Token], j: int) -> bool:
    """"M,Pd." at ``j``: a degree typed with a comma for its first full stop."""
    return (j + 2 < len(tokens) and is_initial(tokens[j].text) and tokens[j + 1].text == ","
            and is_degree(tokens[j].text.rstrip(".") + "." + tokens[j + 2].text))


def find_runs(tokens: list[Token], loose: bool = False) -> list[Run]:
    """Every candidate name in ``tokens``, in order. ``loose`` admits lowercase inner words."""
    runs: list[Run] = []
    i = 0
    while i < len(tokens):
        prefix = i
        while i < len(tokens) and is_honorific(tokens[i].text) and (
                i + 1 < len(tokens) and (_name_word(tokens, i + 1, True)
                                         or is_honorific(tokens[i + 1].text)
                                         or tokens[i + 1].text == ".")):
            i += 2 if i + 1 < len(tokens) and tokens[i + 1].text == "." else 1
        if i < len(tokens) and _name_word(tokens, i, prefix < i or (
                loose and _is_caps_name(tokens, i))):
            last = _extend(tokens, i, loose)
            for first, piece_last in _split_at_places(tokens, i, last):
                suffix = _degrees_end(tokens, piece_last)
                handle = None
                if suffix + 1 < len(tokens) and tokens[suffix + 1].text.startswith("@"):
                    handle = tokens[suffix + 1].text
                    suffix += 1
                runs.append(Run(first, piece_last, prefix if first == i else first, suffix,
                                handle))
            i = max(last, runs[-1].suffix if runs else last) + 1
            continue
        i = max(i, prefix) + 1
    return runs


def _is_caps_name(tokens: list[Token], i: int) -> bool:
    """A name written in capitals ("WIWIN RIZA KURNIA"): two or more capitals words, each
    with two vowels (acronyms such as "FKIP UNIB" have fewer), none a known non-name."""
    words = []
    for tok in tokens[i:i + 5]:
        if not _is_caps(tok.text) or tok.text.casefold() in not_name_words():
            break
        words.append(tok.text)
    return len(words) >= 2 and all(
        len(w) >= 3 and sum(c in "AEIOU" for c in w) >= 2 for w in words)


def _clean(text: str) -> str:
    return text.strip(" ,;:-–—\t").strip()


def name_of(tokens: list[Token], text: str, run: Run) -> tuple[str, str]:
    """(name, name as written) of ``run``."""
    start = tokens[run.prefix].start
    end = tokens[run.suffix].end
    written = text[start:end].strip(" ,")
    if written.endswith("..") or (written.endswith(".") and not is_degree(
            written.rsplit(maxsplit=1)[-1]) and not is_initial(written.rsplit(maxsplit=1)[-1])
            and not is_honorific(written.rsplit(maxsplit=1)[-1])):
        written = written[:-1]
    bare = strip_degrees(text[tokens[run.first].start:tokens[run.last].end])
    return bare, written


def run_is_person(tokens: list[Token], run: Run, phrase_end: int, at_lead: bool = False,
                  ) -> bool:
    """``run`` can stand for a person in a phrase that ends at token ``phrase_end``.

    ``at_lead``: the run opens the phrase, so a position word may follow it directly
    ("Kamrussamad Founder KAHMI").
    """
    words = [t.text for t in tokens[run.first:run.last + 1]]
    real = [w for w in words if not is_initial(w)]
    if not real:
        return False
    after_org_head = (run.first > 0 and not run.anchored_before
                      and tokens[run.first - 1].text.casefold() in _ORG_HEADS)
    if after_org_head and (len(real) == 1 or place_at(words[-1:]) or place_at(words[:1])):
        return False
    if len(real) == 1 and len(real[0].rstrip(".")) < 3 and not run.anchored_before:
        return False
    if run.anchored_before or run.has_degrees or run.handle:
        return True
    if place_at(words) == len(words):
        return False
    if len(real) >= 2:
        return True
    after = tokens[run.suffix + 1].text if run.suffix + 1 < len(tokens) else ""
    if at_lead and _is_title(after) and after.rstrip(".").casefold() in position_words():
        return True
    if at_lead and after[:1].islower() and (
            looks_like_verb(after) or after.casefold() in phrase_set("apposition")
            or after.casefold() in phrase_set("clause_end") or after.casefold() == "dengan"):
        return True
    return run.suffix >= phrase_end - 1 or after in {",", "(", "–", "-"}


@lru_cache(maxsize=4096)
def parse_person(text: str, loose: bool = False, name_first_only: bool = False,
                 source: str | None = None) -> PersonPhrase | None:
    """The person in ``text`` (one list item or slot), or ``None`` when there is none.

    ``source``: the same text before quoted titles were blanked out in ``text``; names and
    positions are read from it (offsets are the same).
    """
    tokens = tokenize(text)
    if not tokens:
        return None
    lead = _lead(tokens)
    runs = [r for r in find_runs(tokens, loose)
            if run_is_person(tokens, r, len(tokens), at_lead=r.prefix <= lead)]
    if not runs:
        return None
    first = runs[0]
    later = _position_first_choice(tokens, runs[1:]) if len(runs) > 1 else None
    if first.prefix <= lead and not (later is not None and _weak_single(tokens, first)
                                     and _strong_run(tokens, later)):
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
    tail = original[tokens[chosen.suffix].end:]
    position = _join_positions(position_before(head), position_after(tail))
    return PersonPhrase(name, written, position, chosen.handle, tokens[chosen.prefix].start,
                        tokens[chosen.suffix].end, tail)


def lead_offset(text: str) -> int:
    """Character offset in ``text`` of the first word after list connectors."""
    tokens = tokenize(text)
    return tokens[_lead(tokens)].start if tokens else 0


def _lead(tokens: list[Token]) -> int:
    """Index of the first token after list connectors ("dan", "serta", "1.", ":")."""
    skip = {"dan", "serta", "and", "&", "terakhir", "lalu", "kemudian", "juga", "pula", ":",
            ",", ";", "-", "–", "—", "•", ".", "yaitu", "yakni", "adalah", "oleh", "ialah",
            "namely", "including", "included", "were", "was", "is", "are", "by", "ada",
            "antara", "lain", "diantaranya", "meliputi"}
    i = 0
    while i < len(tokens) and (tokens[i].text.casefold() in skip
                               or re.fullmatch(r"\d{1,2}[.)]?", tokens[i].text)):
        i += 1
    return min(i, len(tokens) - 1)


def _in_parentheses(tokens: list[Token], run: Run) -> bool:
    """``run`` stands inside "( ... )" (an abbreviation or a gloss, not the person)."""
    depth = 0
    for tok in tokens[:run.first]:
        if tok.text == "(":
            depth += 1
        elif tok.text == ")":
            depth = max(0, depth - 1)
    return depth > 0


def _weak_single(tokens: list[Token], run: Run) -> bool:
    """One name word with no honorific, degrees or handle."""
    real = [t for t in tokens[run.first:run.last + 1] if not is_initial(t.text)]
    return len(real) == 1 and not (run.anchored_before or run.has_degrees or run.handle)


def _strong_run(tokens: list[Token], run: Run) -> bool:
    real = [t for t in tokens[run.first:run.last + 1] if not is_initial(t.text)]
    return len(real) >= 2 or run.anchored_before or run.has_degrees


def _position_first_choice(tokens: list[Token], runs: list[Run]) -> Run | None:
    """The name in a phrase that does not open with one: the last name marked by an
    honorific, degrees or a handle, else the last name that ends the phrase or its clause."""
    for run in reversed(runs):
        if run.anchored_before or run.has_degrees or run.handle:
            return run
    for run in reversed(runs):
        if _in_parentheses(tokens, run):
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
    return None


def closing_paren(text: str, open_at: int) -> int:
    """Index of the ")" that closes the "(" at ``open_at``; -1 when it is never closed."""
    depth = 0
    for i in range(open_at, len(text)):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return i
    return -1


def _balance(text: str) -> str:
    """``text`` without a dangling "(" at its end or a stray ")" at its start."""
    text = re.sub(r"\s*\($", "", text.strip())
    if text.count(")") > text.count("(") and text.startswith(")"):
        text = text[1:]
    return text.strip()


def _join_positions(before: str | None, after: str | None) -> str | None:
    if before and after:
        return f"{before}; {after}" if before.casefold() != after.casefold() else before
    return before or after


_FILLER_CUT = re.compile(r".*\b(?:dari|oleh|adalah|yaitu|yakni|from|by)\s+", re.IGNORECASE)
_TAIL_CUT = re.compile(
    r"\s*(?:,\s*(?:who|which|yang)\b|\b(?:yang|dengan tema|dengan materi|dengan"
    r" topik|dengan makalah|secara|saat|ketika|sebagai pemateri|sebagai narasumber|dalam"
    r" webinar|dalam acara|dalam seminar|pada webinar|dan memberikan|dan menyampaikan|"
    r"juga hadir|dan terakhir)\b|[“\"])",
    re.IGNORECASE)
_APPOSITION_START = re.compile(
    r"^\s*(?:[,:–—-]\s*)?(?:selaku|sebagai|seorang|yang juga merupakan|yang merupakan|"
    r"merupakan|yang juga|dari|from the|from|of the|of|at the|at|as the|as|who is|is)\s+",
    re.IGNORECASE)


_INNER = frozenset({"dan", "di", "of", "for", "the", "and", "&", "/", "pada", "untuk", "to",
                    "in", "bidang", "dari", "se"})


@lru_cache(maxsize=4096)
def position_before(head: str) -> str | None:
    """The position written just before a name: the title-like words that end ``head``.

    Scanning back from the name, it keeps capitalised words, position words, acronyms,
    parentheses and the small words inside titles ("dan", "of"), and stops at a verb, a
    prose word or a comma (except the one right before the name).
    """
    tokens = tokenize(head.rstrip())
    if tokens and tokens[-1].text in {",", ":", "–", "-", "—"}:
        tokens = tokens[:-1]
    start = len(tokens)
    depth = 0
    in_quote = False
    for i in range(len(tokens) - 1, -1, -1):
        word = tokens[i].text
        if word == "\"":
            in_quote = not in_quote
            start = i
            continue
        if in_quote:
            start = i
            continue
        if word in {")", "”"}:
            depth += 1
        elif word in {"(", "“"}:
            depth -= 1
        if depth > 0 or word in {")", "(", "&", "/", "-", ".", "“", "”"}:
            start = i
            continue
        lower = word.casefold()
        if lower in _INNER:
            start = i
            continue
        if (word in {",", ";", ":", "–", "—", "\""} or looks_like_verb(word)
                or lower in phrase_set("quote_verb") or lower in phrase_set("discourse")):
            break
        if word[:1].isupper() or word[:1].isdigit() or lower in position_words():
            start = i
            continue
        if word[:1].islower() and lower not in word_set("stopwords_id.txt"):
            start = i
            continue
        break
    cut = start
    for i in range(start, len(tokens)):
        if tokens[i].text.casefold() in {"dari", "oleh", "from", "by"} and not any(
                t.text[:1].isupper() for t in tokens[start:i]):
            cut = i + 1
    start = cut
    if in_quote:
        return None
    while start < len(tokens) and tokens[start].text.casefold() in _INNER | {
            ")", "&", "/", "-", ".", "”"}:
        start += 1
    if start >= len(tokens):
        return None
    text = head[tokens[start].start:tokens[-1].end]
    text = _balance(_clean(re.sub(r"\s+", " ", text)))
    if not any(c.isalpha() for c in text):
        return None
    words = text.split()
    if not any(w[:1].isupper() or w.casefold() in position_words() for w in words):
        return None
    if all(w.casefold() in not_name_words() - position_words() for w in words
           if w[:1].isalpha()) and not any(w.casefold() in position_words() for w in words):
        if not any(w.isupper() and len(w) > 1 for w in words):
            return None
    return text


_LEAD_IN = re.compile(r"^(?P<filler>[^.;“\"]{0,80}?)(?:\b(?:dari|oleh|by|from|kepada)\b|[:,])\s+")


_CUE_WORDS = re.compile(r"\b(?:membuka|dibuka|memberikan|menyampaikan)\s+(?:sambutan|kegiatan|"
                        r"acara|webinar|secara resmi)\b", re.IGNORECASE)


def _letters(text: str) -> int:
    return sum(c.isalnum() for c in text)


@lru_cache(maxsize=4096)
def head_is_position(head: str, lead_in: bool = False) -> bool:
    """``head`` (the text before a name) is nothing but connectors and a position.

    ``lead_in``: a short lead-in ending in "dari"/"oleh"/":"/"," may come first ("sambutan
    penuh semangat dari Presiden ...", "yang berkompeten dalam bidangnya, Muhaimin").
    """
    if _head_is_position(head):
        return True
    if not lead_in:
        return False
    for match in _LEAD_IN.finditer(head):
        filler = _CUE_WORDS.sub(" ", match.group("filler"))
        if len(filler.split()) > 6 or find_runs(tokenize(filler)):
            continue
        if any(re.match(r"(?:di|me)[a-z]{3,}", w) and looks_like_verb(w) for w in filler.split()):
            continue
        if re.search(r"\b(?:pertanyaan|bertanya|menanyakan|ditanyakan|tanya)\b", filler, re.I):
            continue
        if _head_is_position(head[match.end():]):
            return True
    return False


def _head_is_position(head: str) -> bool:
    stripped = re.sub(r"^[\s,;:–—-]*", "", head)
    stripped = re.sub(r"^(?:(?:dan|serta|and|yaitu|yakni|adalah|oleh|ialah|:|dari|by|from|"
                      r"namely|including|the|a|an)\s+)+", "", stripped, flags=re.I)
    if not stripped.strip(" ,:"):
        return True
    position = position_before(stripped)
    return position is not None and _letters(position) >= _letters(stripped) - 1


def position_after(tail: str) -> str | None:
    """The position written after a name (and its degrees), up to the end of the clause.

    It must be introduced (an apposition word, a comma, a dash, parentheses) or start with a
    capitalised word or a position word; it ends at a verb, a relative clause, a talk cue or
    an opening quote.
    """
    stripped = tail
    introduced = False
    match = _APPOSITION_START.match(stripped)
    if match:
        stripped, introduced = stripped[match.end():], True
    if stripped.lstrip()[:1] in {",", "–", "—", "-", ":"}:
        introduced = True
    stripped = stripped.lstrip(" ,:–—-")
    if stripped.startswith("("):
        close = closing_paren(stripped, 0)
        if close > 0:
            return _clean(stripped[1:close]) or None
        stripped, introduced = stripped[1:], True
    words = stripped.split()
    if not words:
        return None
    first = words[0].strip("(,").casefold()
    if not (introduced or words[0][:1].isupper() or first in position_words()):
        return None
    if first == "the" and len(words) > 1:
        stripped = stripped.split(maxsplit=1)[1]
        words = words[1:]
        first = words[0].strip("(,").casefold()
    elif words[0][:1].islower() and first not in position_words() and first not in {"a", "an"}:
        if not introduced or first in not_name_words() - position_words():
            return None
    for cut in (_TAIL_CUT.search(stripped), phrase_regex("talk_cue").search(stripped)):
        if cut:
            stripped = stripped[:cut.start()]
    kept: list[str] = []
    for word in stripped.split():
        bare = word.strip(",.;:()")
        if looks_like_verb(bare) or bare.casefold() in phrase_set("quote_verb"):
            if not kept:
                return None
            break
        kept.append(word)
    position = _clean(" ".join(kept)).rstrip(".")
    for _ in range(3):
        position = _clean(re.sub(r"[\s,]+(?:dan|serta|and|dengan|yang|di|of|the|&|sebagai|"
                                 r"selaku|juga|as|who|sekaligus)$", "", position, flags=re.I))
    content = [w for w in re.findall(r"[\w’'-]+", position)
               if w.casefold() not in not_name_words() - position_words() or w[:1].isupper()]
    if not any(w.casefold() not in phrase_set("ordinal") for w in content):
        return None
    return _balance(position) or None
