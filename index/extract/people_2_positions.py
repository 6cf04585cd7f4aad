"""Positions: the job title written before or after a name.

Before a name ("Penyiar Radio Daniel Hutapea", "Wakil Dekan II FEB UNUJ Sukma"), the
position is the title-like stretch that ends at the name: scanning back from the name it
keeps capitalised words, position words, acronyms, parentheses, quoted titles and the small
words inside titles ("dan", "of"), and stops at a verb, a comma, or prose.

After a name ("…, Dosen Universitas X", "… selaku Kepala Seksi …", "… (Ketua …)", "… –
Presenter …", "… from the University of Y"), it must be introduced by punctuation or an
apposition word, or start with a capitalised or position word, and it ends at a verb, a
relative clause, a talk cue or an opening quote. "dan ..." is part of a position
("peneliti dan Presidium Relawan TIK").
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.lexicon import (
    day_names,
    not_name_words,
    phrase_pattern,
    phrase_regex,
    phrase_set,
    phrases,
    position_words,
    role_nouns,
)
from index.resources import word_set

from .people_1_runs import find_runs, looks_like_verb, tokenize


def _clean(text: str) -> str:
    return text.strip(" ,;:-–—\t").strip()


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


def join_positions(before: str | None, after: str | None) -> str | None:
    if before and after:
        return f"{before}; {after}" if before.casefold() != after.casefold() else before
    return before or after


# Words of role-noun phrases that say nothing of a role on their own
_NOT_ROLES = frozenset({"the", "of", "kata", "acara", "utama", "person", "lainnya", "diskusi"})


@lru_cache(maxsize=None)
def _tail_cut() -> re.Pattern[str]:
    """Where a position written after a name ends: a relative clause, a ``position_end``
    phrase, "dalam sambutannya"-like possessives, a role after "sebagai" ("sebagai
    moderator"), a weekday or a date, a quote, a passive "X oleh", or a demonstrative."""
    ends = phrase_pattern(list(phrases("position_end")))
    roles = phrase_pattern(sorted(w for w in role_nouns() if w[:-1] not in _NOT_ROLES
                                  and w not in _NOT_ROLES))
    days = phrase_pattern(sorted(day_names()))
    return re.compile(
        r"\s*(?:,\s*(?:who|which|yang)\b|\b" + ends + r"\b|\bdalam\s+[a-z]+nya\b"
        r"|\b(?:sebagai|selaku|as)\s+(?:(?:salah\s+)?(?:satu|seorang)\s+|one\s+of\s+the\s+"
        r"|the\s+|a\s+)?" + roles + r"\b|,\s*" + days + r"\b|\(\d{1,2}/\d{1,2}|[“\"]"
        r"|(?-i:\b[a-z]\w*\s+oleh\b)"
        # a demonstrative closes the noun phrase: "Dosen FKM Unmaju ini diikuti oleh ..."
        r"|(?-i:\s(?:ini|itu|tersebut)\b))", re.IGNORECASE)


_SECOND_JOB = re.compile(r"(?<=\w)\s+(?:yang\s+)?(?:juga|sekaligus)\s+(?:merupakan|adalah)\s+"
                         r"(?=\w)", re.IGNORECASE)
_INDEFINITE = re.compile(r"\s*,?\s*(?:seorang|a|an)\s", re.IGNORECASE)
_ONE_OF = re.compile(r"^(?:salah\s+satu|salah\s+seorang|one\s+of(?:\s+the)?)\b", re.IGNORECASE)
_NEW_CLAUSE = re.compile(r",\s*(?:dan|serta|lalu|kemudian|sedangkan)\s+(?P<word>[a-z][\w-]*)")
_APPOSITION_START = re.compile(
    r"^\s*(?:[,:–—-]\s*)?" + phrase_pattern(list(phrases("apposition"))) + r"\s+", re.IGNORECASE)


@lru_cache(maxsize=None)
def _prose_words() -> frozenset[str]:
    """Words that are never names and never heads of a job title."""
    return not_name_words() - position_words()


_CONJUNCTIONS = frozenset({"dan", "serta", "and", "&", "atau", "or"})


def _spaced(text: str, token) -> bool:
    """``token`` has white space on both sides in ``text``."""
    return (token.start > 0 and text[token.start - 1].isspace() and token.end < len(text)
            and text[token.end].isspace())


def _job_word(word: str) -> bool:
    """A word that may stand in a job title (capitalised, a position word, a content word)."""
    lower = word.casefold()
    if looks_like_verb(word) or lower in phrase_set("quote_verb"):
        return False
    return (word[:1].isupper() or lower in position_words() or lower in phrase_set("title_inner")
            or (word[:1].islower() and word.isalpha()
                and lower not in word_set("stopwords_id.txt")))


def _list_item_before(tokens: list, comma: int) -> int | None:
    """Start of the job title between the comma at ``comma`` and the comma or clause start
    before it, when it is a short one (at most four words); ``None`` otherwise."""
    k = comma
    while k > 0 and comma - k < 4 and tokens[k - 1].text not in {",", ";", ":"} and _job_word(
            tokens[k - 1].text):
        k -= 1
    if k == comma or (k > 0 and tokens[k - 1].text not in {",", ";", ":"}
                      and _job_word(tokens[k - 1].text)):
        return None
    if tokens[k].text.casefold() in phrase_set("title_inner"):
        return None
    words = [t.text for t in tokens[k:comma]]
    if not any(w[:1].islower() or w.casefold() in position_words() for w in words):
        return None  # "Budi Hartono, dosen, dan ...": a name, not a job
    return k


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
    if len(tokens) > 2 and tokens[-1].text.casefold() in {"oleh", "by"} and tokens[-2].text[
            :1].isupper():
        # "dari Panwaslih Kabupaten Maju oleh Bapak Adam": the body the speaker came from
        came = [t for t in tokens[-8:-2] if t.text.casefold() in {"dari", "from"}]
        if came:
            return position_before(head[came[-1].end:tokens[-1].start])
    start = len(tokens)
    depth = 0
    in_quote = False
    listed = False
    i = len(tokens)
    while i > 0:
        i -= 1
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
        if word == "-" and depth == 0 and _spaced(head, tokens[i]):
            break  # "PALANGKA RAYA - Wakapolda ...": a dateline, not part of the title
        if depth > 0 or word in {")", "(", "&", "/", "-", ".", "“", "”"}:
            start = i
            continue
        lower = word.casefold()
        if lower in phrase_set("title_inner") or (lower == "serta" and i > 0
                                                    and tokens[i - 1].text == ","):
            start = i
            continue
        if word == "," and depth == 0 and start < len(tokens) and (
                tokens[start].text.casefold() in _CONJUNCTIONS or listed):
            # "penulis, editor, dan podcaster, Rina": a list of jobs joined by commas.
            item = _list_item_before(tokens, i)
            if item is not None:
                start, listed = item, True
                i = item
                continue
        if (word in {",", ";", ":", "–", "—", "\""} or looks_like_verb(word)
                or lower in phrase_set("quote_verb") or lower in phrase_set("discourse")
                or (word.islower() and (lower in phrase_set("clause_end")
                                        or lower in phrase_set("list_connector")))):
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
    while start < len(tokens) and tokens[start].text.casefold() in phrase_set("title_inner") | {
            ")", "&", "/", "-", ".", "”", "serta"}:
        start += 1
    if start >= len(tokens):
        return None
    if tokens[-1].text.casefold() in _CONJUNCTIONS:
        # "Kak Rey dan | Kak Gifar": a head that ends in "dan" closes an earlier item of a
        # list; a job title never ends in a conjunction.
        return None
    text = head[tokens[start].start:tokens[-1].end]
    text = _balance(_clean(re.sub(r"\s+", " ", text)))
    if not any(c.isalpha() for c in text) or _role_only(text):
        return None
    words = text.split()
    if not any(w[:1].isupper() or w.casefold() in position_words() for w in words):
        # An occupation in lowercase ("perajin noken", "eksportir kopi asal ...") is a
        # position only when it is short and holds no function word.
        stop = word_set("stopwords_id.txt")
        if len(words) > 6 or any(w.casefold() in stop for w in words):
            return None
    if all(w.casefold() in _prose_words() for w in words
           if w[:1].isalpha()) and not any(w.casefold() in position_words() for w in words):
        if not any(w.isupper() and len(w) > 1 for w in words):
            return None
    return text


_LEAD_IN = re.compile(r"^(?P<filler>[^.;“\"]{0,80}?)(?:\b(?:dari|oleh|by|from|kepada|disampaikan|"
                      r"dibawakan|dipaparkan|diisi)\b|[:,])\s+")


_CUE_WORDS = re.compile(r"\b(?:membuka|dibuka|memberikan|menyampaikan)\s+(?:sambutan|kegiatan|"
                        r"acara|webinar|secara resmi)\b", re.IGNORECASE)


def _letters(text: str) -> int:
    return sum(c.isalnum() for c in text)


@lru_cache(maxsize=4096)
def head_is_position(head: str, lead_in: bool = False) -> bool:
    """``head`` (the text before a name) is nothing but connectors and a position.

    ``lead_in``: a short lead-in ending in "dari"/"oleh"/":"/"," may come first ("sambutan
    hangat dari Gubernur ...", "yang ahli di bidangnya, Mukhtar").
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


def _role_only(position: str) -> bool:
    """"salah satu nara sumber", "pemateri pertama", "(moderator)": the role, not the job."""
    one_of = _ONE_OF.match(position)
    rest = position[one_of.end():] if one_of else position
    return bool(one_of or rest.strip()) and all(
        w.casefold() in role_nouns() or w.casefold() in phrase_set("ordinal")
        for w in rest.split())


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
        # A bare copula may be the main verb of the sentence ("... kepada Budi adalah
        # semakin banyak ..."): after it, only a capitalised or a job word starts a position.
        copula = match.group().strip(" ,:–—-").casefold() in {"adalah", "ialah", "is"}
        stripped, introduced = stripped[match.end():], not copula
    # "dosen X juga merupakan praktisi Y": two jobs, written as a list
    stripped = _SECOND_JOB.sub(", ", stripped)
    if stripped.lstrip()[:1] in {",", "–", "—", "-", ":"}:
        introduced = True
    stripped = stripped.lstrip(" ,:–—-")
    if stripped.startswith("("):
        close = closing_paren(stripped, 0)
        if close > 0:
            # "(digital ethics) seorang duta muda": the parentheses gloss a topic, and the
            # job follows the indefinite apposition.
            after = stripped[close + 1:]
            if _INDEFINITE.match(after) and (job := position_after(after)):
                return job
            inside = _clean(stripped[1:close])
            return inside if inside and not _role_only(inside) else None
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
        if not introduced or first in word_set("stopwords_id.txt") or looks_like_verb(first) \
                or first in phrase_set("clause_end"):
            return None
    for cut in (_tail_cut().search(stripped), phrase_regex("talk_cue").search(stripped)):
        if cut:
            stripped = stripped[:cut.start()]
    for clause in _NEW_CLAUSE.finditer(stripped):
        # ", dan peneliti" continues a list of positions; ", dan acara dipandu ..." does not.
        if clause.group("word").casefold() not in position_words():
            stripped = stripped[:clause.start()]
            break
    kept: list[str] = []
    for word in stripped.split():
        bare = word.strip(",.;:()")
        if looks_like_verb(bare) or bare.casefold() in phrase_set("quote_verb"):
            if not kept:
                return None
            break
        if kept and kept[-1].endswith(",") and bare.casefold() in phrase_set("clause_end"):
            break  # "..., Wakil Dekan III Fisip Unmaju, hadir sebagai narasumber"
        kept.append(word)
    position = _clean(" ".join(kept)).rstrip(".")
    for _ in range(3):
        position = _clean(re.sub(r"[\s,]+(?:dan|serta|and|dengan|yang|di|of|the|&|sebagai|"
                                 r"selaku|juga|as|who|sekaligus)$", "", position, flags=re.I))
    if _role_only(position):
        return None
    content = [w for w in re.findall(r"[\w’'-]+", position)
               if w.casefold() not in _prose_words() or w[:1].isupper()]
    if not any(w.casefold() not in phrase_set("ordinal") for w in content):
        return None
    return _balance(position) or None


def best_position(mentions: list) -> str | None:
    """The position of a person seen in ``mentions``: the first one given by the strongest
    mentions, or a fuller wording of the same job among them ("Menteri Kominfo" in a caption,
    "Menteri Komunikasi dan Informatika (Menkominfo) RI" in the programme)."""
    ordered = sorted((m for m in mentions if m.position), key=lambda m: (-m.strength, m.order))
    if not ordered:
        return None
    chosen = ordered[0].position
    for mention in ordered[1:]:
        if mention.strength < ordered[0].strength:
            break
        fuller = mention.position.casefold()
        if len(fuller.split()) > len(chosen.split()) and all(
                word in fuller for word in re.findall(r"\w+", chosen.casefold())):
            chosen = mention.position  # every word of the short wording is in the long one
    return chosen
