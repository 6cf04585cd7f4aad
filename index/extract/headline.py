"""The event's name when only the headline states it.

A report often names its event once, in the headline ("Dinas X Gelar Temu Karya Pemuda
Desa", "Webinar Dialog Kebudayaan di Kawasan Timur"), and the body then says only "kegiatan
ini" or "webinar tersebut". When the body names no theme (:func:`.meta.event_title` found
none), the headline's name is the event's, but only where the headline's grammar makes it a
name:

- a quoted title after an event noun, a verb of holding, a programme noun or a theme cue
  ("Adakan Program “Sapa Warga”", "Topik 3 “Pangan Lokal”"), or a whole quoted headline that
  opens with an event noun (the quote is the name as written);
- the object of a verb of holding ("Gelar", "Selenggarakan", "Adakan", "Hosts"): the event
  noun and its qualifiers with the name after them ("Seminar Nasional Kebaharian"), or a name
  of two or more words without one ("Gelar Temu Karya Pemuda Desa");
- the name after an event noun that opens the headline ("Webinar Dialog Kebudayaan di
  Kawasan Timur"): there the noun labels what kind of report it is, so it is left out;
- a name headed at its end by an English event noun ("... di Borneo First Annual Meeting",
  "Recap: Campus Nutrition Speaker Series"): English compounds are head-final.

The name ends where the headline's clause goes on: a comma, a lowercase word, a preposition
of manner, partner, purpose or means ("Bersama", "Untuk", "Secara", "Melalui"), one of the
event's verbs ("Dibuka Oleh", "Di Buka", "Digelar", "Hadirkan"), or "di" before a place
unit or venue ("di Kabupaten X", "di Aula Y").

Two kinds of name after an event noun are not the event's title: a body ("Webinar Mahkamah
Konstitusi Se-Asia", "Webinar Universitas X": who holds it, not what it is called), and a
regulation's citation ("Webinar Perda 7 Tahun 2019": the document the event explains, its
subject matter). An event noun with qualifiers only ("Gelar Dialog Virtual dengan ...") names
no event.

A page's own title is the headline when it has one; otherwise a short first paragraph with
no full stop at its end is (news excerpts start with the headline line).
"""

from __future__ import annotations

import re

from index.lexicon import day_names, months, phrase_set

from .gazetteer import place_words
from .theme import theme_words
from .titles import title_after

MAX_HEADLINE_CHARS = 200
MAX_HEADLINE_WORDS = 30

_EVENT_NOUN = (r"web(?:inar|minar)|wibinar|wabinar|seminar|semnas|diskusi|dialog|talk\s?show|"
               r"lokakarya|workshop|sarasehan|kuliah\s+umum|bincang(?:-bincang)?|fgd|"
               r"public\s+lecture")
_EVENT_NOUN_RE = re.compile(r"(?:" + _EVENT_NOUN + r")\b", re.IGNORECASE)
# a headline's verb of holding, in any case: headlines capitalise every word or none
_HOLD = re.compile(r"\b(?:gelar|menggelar|selenggarakan|menyelenggarakan|adakan|mengadakan|"
                   r"laksanakan|melaksanakan|helat|menghelat|hosts?|hosted|holds|held|"
                   r"organi[sz]es|organi[sz]ed|conducts|conducted)\s+"
                   r"(?:(?:kegiatan|acara|program|an?|the)\s+)?", re.IGNORECASE)
# what may stand right before a quoted name: an event noun with its qualifiers, a verb of
# holding, a programme noun, or a theme cue ("Topik 4", "Bertajuk", "Bertema", "themed")
_BEFORE_QUOTE = re.compile(r"(?:\b(?:" + _EVENT_NOUN + r")(?:\s+[\w-]+){0,2}|" + _HOLD.pattern
                           + r"|\b(?:program|acara|kegiatan|bertajuk|bertema|tema|topik|"
                           r"berjudul|judul|titled|themed|entitled|on)(?:\s+\d+)?)\s*:?\s*$",
                           re.IGNORECASE)
_QUOTES = "“”\"‘'«"
# English head-final event nouns closing a capitalised name
_ENGLISH_HEAD = re.compile(r"(?:^|\b(?:di|at|in|dalam)\s+|:\s+)((?:(?:[A-Z0-9][\w&'’-]*)\s+){2,7}?"
                           r"(?:Meeting|Conference|Summit|Symposium|Series|Expo|Congress|"
                           r"Convention))\b")
# words that end a name in a headline (compared case-folded): prepositions of manner,
# partner, purpose, agent and means, and verbs that bring in people or mark an occasion
_ENDS = frozenset({"dengan", "bersama", "untuk", "bagi", "guna", "demi", "kepada", "oleh",
                   "secara", "via", "melalui", "lewat", "hadirkan", "menghadirkan", "gandeng",
                   "menggandeng", "ajak", "mengajak", "undang", "peringati", "memperingati",
                   "sambut", "menyambut", "rayakan", "bahas", "membahas", "kupas", "mengupas",
                   "with", "for", "by", "featuring", "via", "amid", "during"})
# "Di Buka Oleh": a passive written apart
_SPLIT_PASSIVE = frozenset({"buka", "gelar", "adakan", "selenggarakan", "laksanakan", "ikuti",
                            "hadiri", "isi", "pandu"})
_VENUE_WORDS = frozenset({"aula", "gedung", "hotel", "kampus", "ruang"})
# a preposition of subject or a naming cue right after the event noun: the name after it is
# the theme ("Adakan Webinar Tentang X", "Gelar Talkshow Bertajuk X"), without the noun
_ABOUT = frozenset({"tentang", "mengenai", "seputar", "on", "about", "bertajuk", "bertema",
                    "bertemakan", "berjudul", "titled", "entitled", "themed"})
# institution nouns: a name opening with one is the body holding the event
_HOLDERS = frozenset({"mahkamah", "pengadilan", "kejaksaan", "kepolisian", "universitas",
                      "university", "universiti", "institut", "institute", "politeknik",
                      "sekolah", "akademi", "pemerintah", "pemkab", "pemkot", "pemprov",
                      "dewan", "majelis", "partai", "yayasan", "ikatan", "himpunan",
                      "asosiasi", "perkumpulan", "persatuan"})
# "PKPU 5 Tahun 2020", "UU Nomor 11 Tahun 2020", "Permen KP 18 Tahun 2021"
_REGULATION = re.compile(r"(?:[A-Z][\w/]*\s+){1,3}(?:No\.?\s*|Nomor\s+)?\d+\s+Tahun\s+\d{4}",
                         re.IGNORECASE)
_SEPARATORS = re.compile(r"\s+[|–—-]\s+")


def headline_of(title: str | None, text: str) -> str | None:
    """The page's headline: its own title, else the text's first paragraph when it reads as
    one (short, at least three words, no full stop at its end, more text after it)."""
    if title and title.strip():
        return _without_site(title.strip())
    first, sep, rest = text.strip().partition("\n")
    first = first.strip()
    if not sep or not rest.strip() or len(first) > MAX_HEADLINE_CHARS:
        return None
    words = first.split()
    if not 3 <= len(words) <= MAX_HEADLINE_WORDS or first.endswith((".", ",", ";", ":")):
        return None
    return _without_site(first)


def _without_site(headline: str) -> str:
    """The headline without a site's name set off by a bar or a dash ("... | Warta Kota"):
    the longest part."""
    parts = _SEPARATORS.split(headline)
    if len(parts) == 1:
        return headline
    return max(parts, key=len)


def _bare(token: str) -> str:
    """``token`` case-folded without its quotes, brackets and trailing punctuation: a
    headline's words are compared with word lists whatever is glued to them."""
    return token.strip(_QUOTES + "’»()[]").rstrip(".,;:!?").casefold()


def _capitalised(token: str) -> bool:
    """``token`` opens with a capital or a digit (quotes, brackets and "#" aside): a name in a
    headline goes on while its words are capitalised ("Seri 2", "#Bijak")."""
    core = token.strip(_QUOTES + "’»()[]#")
    return bool(core) and (core[0].isupper() or core[0].isdigit())


def _name_end(tokens: list[str]) -> int:
    """How many of ``tokens`` the name takes (see the module docstring)."""
    small = theme_words("small")
    units = place_words().units
    for i, token in enumerate(tokens):
        bare = _bare(token)
        nxt = _bare(tokens[i + 1]) if i + 1 < len(tokens) else ""
        if bare in _ENDS or bare in theme_words("stop") or _passive(bare):
            return i
        if bare == "dalam" and nxt == "rangka":
            return i  # "Dalam Rangka Memperingati ...": the occasion, not the name
        if bare == "di" and (nxt in _SPLIT_PASSIVE or nxt in units or nxt in _VENUE_WORDS):
            return i
        if bare in day_names() or bare in months() and i and _bare(tokens[i - 1]).isdigit():
            return i
        if not _capitalised(token) and bare not in small:
            return i
        if token.endswith((",", ";", ".", "!")) and not _DECIMAL.search(token):
            return i + 1
    return len(tokens)


def _passive(word: str) -> bool:
    """``word`` (bare) reads as a passive verb, di- and a stem ("Dibuka", "Digelar"): the
    headline's clause goes on after the name, so the name ends there."""
    return (word.startswith("di") and len(word) >= 6 and word.isalpha()
            and word not in phrase_set("verb_noun"))


def _trimmed(tokens: list[str]) -> list[str]:
    """``tokens`` without the small words ("di", "dan") left at their end where the name was
    cut: a name does not end in a preposition or a conjunction."""
    small = theme_words("small")
    while tokens and _bare(tokens[-1]) in small:
        tokens = tokens[:-1]
    return tokens


# qualifiers of the format and the order of an event, beyond ``theme_words`` "qualifier"
_MORE_QUALIFIERS = frozenset({"pertama", "hybrid", "hibrida", "luring"})
# the number of an event in its series ("Seri-2", "ke-3", "III")
_SERIES_NUMBER = re.compile(r"(?:seri|series|ke)-?(?:\d+|[ivx]+)|[ivx]+")
# a number with a decimal point ("4.0"): its full stop ends nothing
_DECIMAL = re.compile(r"\d\.\d")


def _qualifier(token: str) -> bool:
    """``token`` qualifies the event noun before it (its format, scope or number in a series:
    "Nasional", "Hybrid", "Seri-2"), so it belongs to the noun, not to the name after it."""
    bare = _bare(token)
    return bare in theme_words("qualifier") or bare in _MORE_QUALIFIERS or bool(
        _SERIES_NUMBER.fullmatch(bare))


def _named(tokens: list[str], keep_noun: bool) -> tuple[str, str] | None:
    """The event's name in ``tokens``, which open either with an event noun or with the
    name itself, and the name proper (without that noun and its qualifiers); ``keep_noun``
    keeps the noun and its qualifiers as part of the name."""
    noun = _EVENT_NOUN_RE.match(" ".join(tokens[:2]))
    head = 0
    if noun:
        head = len(noun.group().split())
        while head < len(tokens) and _qualifier(tokens[head]):
            head += 1
        if head < len(tokens) and _bare(tokens[head]) in _ABOUT:
            head, keep_noun = head + 1, False
    if any(t.endswith((",", ";", ".", "!", "?")) for t in tokens[:head]):
        return None  # the clause ended before any name ("Gelar FGD, Polri Ajak ...")
    rest = tokens[head:]
    name = _trimmed(rest[:_name_end(rest)])
    # without an event noun the name needs two words besides its qualifiers ("Laksanakan
    # Virtual Rapat" names no event)
    if not name or not noun and len([t for t in name if not _qualifier(t)]) < 2:
        return None
    first = _bare(name[0])
    if first in _HOLDERS or first in phrase_set("body_head"):
        return None
    proper = " ".join(name).strip(" ,;:.")
    if not proper or _REGULATION.fullmatch(proper):
        return None
    text = " ".join(tokens[:head] + name).strip(" ,;:.") if noun and keep_noun else proper
    return text, proper


def _quoted(headline: str) -> str | None:
    """The quoted name the headline gives its event: a quotation right after an event noun,
    a verb of holding, a programme noun or a theme cue, or a whole quoted headline that opens
    with an event noun (module docstring); an apostrophe inside a word opens no quote."""
    for at, char in enumerate(headline):
        if char not in _QUOTES or char == "'" and at and headline[at - 1].isalpha():
            continue
        before = headline[:at]
        whole = not before.strip() and _EVENT_NOUN_RE.match(headline, at + 1) is not None
        if whole or _BEFORE_QUOTE.search(before):
            title = title_after(headline, at, unquoted=False)
            if title is not None and len(title.text.split()) >= 2:
                return title.text
    return None


def headline_title(headline: str | None, body: str = "") -> str | None:
    """The event's name as the headline states it, or ``None`` (see the module docstring);
    ``body`` is the text after the headline, read for how it writes the name."""
    if not headline:
        return None
    quoted = _quoted(headline)
    if quoted:
        return quoted
    for match in _HOLD.finditer(headline):
        named = _named(headline[match.end():].split(), keep_noun=True)
        if named:
            return named[0] if _written_as_name(named[1], body) else None
    if _EVENT_NOUN_RE.match(headline):
        named = _named(headline.split(), keep_noun=False)
        if named and len(named[0].split()) >= 2:
            return named[0] if _written_as_name(named[1], body) else None
    english = _ENGLISH_HEAD.search(headline)
    return english.group(1) if english else None


def headline_event_title(title: str | None, text: str) -> str | None:
    """The event's name as the page's headline states it (its own ``title``, else the first
    paragraph of ``text`` when that reads as a headline), or ``None``."""
    headline = headline_of(title, text)
    if headline is None:
        return None
    body = text if title and title.strip() else text.strip().partition("\n")[2]
    return headline_title(headline, body)


# nouns that name a kind of gathering: a name headed by one designates the event itself
# ("Dialog Yudisial ...", "Temu Karya ...", "... Annual Meeting"), whatever its case
_GATHERINGS = frozenset({"dialog", "dialogue", "temu", "pertemuan", "forum", "rapat",
                         "sarasehan", "diskusi", "seminar", "webinar", "lokakarya", "workshop",
                         "pelatihan", "kongres", "konferensi", "simposium", "festival",
                         "kuliah", "talkshow", "meeting", "conference", "summit", "symposium",
                         "series", "expo", "congress", "convention", "gathering"})


def _written_as_name(proper: str, body: str) -> bool:
    """The body does not write the headline's name as a description. A headline capitalises
    every word, so its capitals prove nothing; the body's do: where it writes the name's
    words only in lower case ("menggelar webinar pembelajaran berdiferensiasi bagi guru"),
    they tell what the event was about, a subject that is the event's title only when
    stated as a theme. A name headed by a noun of gathering designates the event itself
    ("kegiatan temu aksi penyuluh"), so it stands in any case."""
    words = [w for w in proper.split() if not _qualifier(w)]
    if not words or _bare(words[0]) in _GATHERINGS or _bare(words[-1]) in _GATHERINGS:
        return True
    phrase = " ".join(words[:2]).casefold()
    folded = body.casefold()
    at = folded.find(phrase)
    seen_lower = False
    while at >= 0:
        if body[at].isupper() or body[at].isdigit():
            return True
        seen_lower = True
        at = folded.find(phrase, at + 1)
    return not seen_lower
