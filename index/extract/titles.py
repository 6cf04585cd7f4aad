"""Titles written in prose: a talk's ("membawakan materi berjudul “X”") or an event's.

A title follows a cue phrase, quoted or not. Quoted titles run to the closing quote; an
excerpt may cut one off, and then the visible fragment is the title (never a guess at the
rest), though a date or a weekday written after an unclosed quote ("“ Desa Cerdas
Digital, Rabu (14/7)") is not part of it. Unquoted titles run to the end of the clause: a
full stop, a semicolon, a relative "yang", a date, or "dan" followed by a lowercase word
("tema yang diangkat adalah Bijak Memakai Gawai Di Rumah Dan Sekolah dan masing-masing
narasumber ..."). A relative clause set off by a comma ends one too, opened by "yang" or
by "di mana"/"dimana". In a title written in title case, "yang" before a capitalised word
is the title's own ("Pasar Ikan yang Higienis", as quoted titles write it): the clause going
on would be in lower case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.lexicon import day_names, phrase_pattern

_OPENERS = {"“": "”", "”": "”", "\"": "\"", "‘": "’", "'": "'", "«": "»"}


@dataclass(frozen=True)
class Title:
    """A title and where it sits in the text it was read from."""

    text: str
    start: int
    end: int
    quoted: bool


def _day_pattern() -> str:
    return phrase_pattern(sorted(day_names()))


_UNCLOSED_END = re.compile(r",?\s+(?:hari\s+)?" + _day_pattern()
                           + r"\b|\s\(\d|[.;]\s|[.;]$|\n|\s\|", re.IGNORECASE)
# Where an unquoted title's clause turns, in either case: "yakni"/"yaitu" opens an apposition
# that spells the title out ("5-R Approach yakni reuse, reduce, ..."); "dengan harapan" a
# clause of purpose ("menyampaikan materi Literasi Keuangan dengan harapan bahwa ..."); a place in
# the event ("pencemaran sungai dalam acara Diskusi X yang ...", "... pada webinar ini"):
# the event where the talk was given is the verb's, never part of the subject.
_CLAUSE_TURN = (r",?\s+(?:yakni|yaitu)[\s,:]|(?-i:\s+dengan\s+harapan\b)|\s+with\s+the\s+hope\b|"
                r"\s+(?:dalam|pada|di|in|at)\s+(?:(?:the|this)\s+)?(?:acara|kegiatan|webinar|"
                r"seminar|workshop|talk\s?show|event)\s+(?:(?-i:[A-Z“\"])|(?:ini|tersebut|itu|kali)"
                r"\b)")
# English coordination that opens a second clause, not a second noun of the subject: a
# wh-clause ("presented the policy, and what the country has done", "his views on X and how
# it ...") or a second predicate of the speaker, a past-tense verb with its object ("presented
# on X and provided some insights": the English twin of "dan me-" below)
_ENGLISH_TURN = (r",?\s+and\s+(?:(?:how|what|why|whether)\b|(?-i:[a-z]{3,}ed)\s+(?:a|an|the|some|"
                 r"his|her|their|its|several|many|new|deeper|more)\s)")
# the items of a list that sentences.py joins with "; " (no space before it): a title read in
# one item never runs into the next ("1. A dengan judul X. 2. B" becomes "A dengan judul X; B")
_ITEM_BOUNDARY = r"(?<=[^\s;]);\s+(?-i:(?=[A-Z]))"
# (the English relative in lower case ends a title as "yang" does: "with the theme of X which
# in his talk said ...", "whose topic was X who ..." open a clause on the noun before them;
# so do the relative adverbs and a preposition before the relative, "X where he said", "X, in
# which ...", and the Indonesian "dimana" written as one word)
_UNQUOTED_END = re.compile(
    r"[.!?](?:\s|$)|\n|\s+yang\s(?!(?-i:[A-Z][a-z]))|(?-i:,?\s+(?:(?:in|during|at|on|by|through)"
    r"\s+)?(?:which|who|whom|whose|where|whereby|wherein|dimana)\s)|,\s+(?:yang|"
    r"di\s?mana|dan|serta|sedangkan|namun|kemudian)\s|(?-i:\s+"
    r"(?:dan|serta)\s+(?=[a-z]))|(?<=[”\"])\s*,\s+(?-i:(?=[a-z]))|\s+(?:pada|on)\s+"
    r"(?:hari\s+)?" + _day_pattern() + r"\b|,?\s+" + _day_pattern()
    + r"\s*[,(]|\s+\(\d|\s+pukul\s|\s+yang\s+dipaparkan|\s+oleh\s|\s+dengan\s+(?:menghadirkan|"
    r"narasumber|pemateri)|\s+bahwa\s|\s+(?:pada|on)\s+(?:tanggal\s+)?\d{1,2}\s+[A-Za-z]+\b"
    r"|\s+pada\s+tanggal\b|(?-i:\s+(?:secara|via)\s+(?:daring|virtual|online|luring|hybrid|"
    r"zoom|Zoom)\b)|" + _ITEM_BOUNDARY + "|" + _CLAUSE_TURN,
    re.IGNORECASE)
# a subject in lower case ends where the clause turns to what it covered or how ("..., mulai
# dari ...", "..., terutama ...", "... dengan sangat menarik"), or to whom it was told
# ("... kepada para peserta"), or to a second predicate of its speaker ("membahas tentang X dan
# menekankan Y": an active me- verb after "dan" is no noun of the subject), or to a new clause
# whose subject is a pronoun ("... ibu hamil, beliau menyampaikan bahwa ...")
_LOWER_END = re.compile(r"[.!?](?:\s|$)|\n|,\s+(?:yang|di\s?mana|dan|serta|sedangkan|namun|"
                        r"kemudian|beliau|ia|dia)\s"
                        r"|\s+(?:bahwa|that)\s|,?\s+antara\s+lain\b|:\s|,\s+(?:mulai|terutama|"
                        r"khususnya|termasuk|seperti|misalnya|hingga|sehingga|karena|agar)\s"
                        r"|\s+kepada\s|\s+dengan\s+(?:sangat|cukup|begitu)\s"
                        r"|\s+dan\s+(?:juga\s+)?(?!(?:menteri|mental|mentor|memori)\w*\b)"
                        r"(?-i:(?:mem|men|meng|meny)[a-z]{3,})\b|" + _ENGLISH_TURN + "|"
                        + _ITEM_BOUNDARY + "|" + _CLAUSE_TURN, re.IGNORECASE)
# "dengan tema yang sama": a theme named elsewhere, not a title
_REFERS_BACK = re.compile(r"(?:yang|ini|itu|tersebut|tadi|serupa|sama)\b", re.IGNORECASE)
# "memberikan paparannya dan interaksi pun ...": an unquoted title never opens with a
# conjunction; the clause has moved on.
_CONJUNCTION = re.compile(r"(?:dan|serta|atau|namun|tetapi|and|or|but)\b", re.IGNORECASE)
# up to three words before the opening quote, the last may carry a comma or a colon ("tema
# acara yaitu, “X”", "with the theme of: “X”": the mark sets the title off, as a colon
# straight after the cue does; it does not end the clause)
_LEAD_FILLER = re.compile(r"^\s*[:,]?\s*(?:[\w-]+\s+){0,3}?(?:[\w-]+(?:,|\s?:)\s+)?(?=[“”\"‘'«])")


_SPACE = re.compile(r"\s+")


def _clean(title: str) -> str:
    title = _SPACE.sub(" ", title).strip(" \t,;:-–—|")
    title = title.strip("“”\"‘’'«» ")
    return title.rstrip(" .,;:").strip()


def _closing(text: str, open_at: int) -> int:
    """Where the quote opened at ``open_at`` closes, or -1. The typographic apostrophe is the
    single closing quote mark, so a ’ between two letters ("Rini’s", "Ma’ruf") is a word's
    apostrophe and the quote goes on, as with a plain ' (a word's letters on both sides)."""
    opener = text[open_at]
    closer = _OPENERS[opener]
    mixed = -1  # "‘X” sebagai ...": a single opening mark closed by a double one
    for j in range(open_at + 1, len(text)):
        ch = text[j]
        if opener == "'" and ch == "'":
            if j + 1 >= len(text) or not text[j + 1].isalpha():
                return j
            continue
        if opener == "‘" and ch == "’" and text[j - 1:j].isalpha() and text[j + 1:j + 2].isalpha():
            continue  # an apostrophe inside the quote ("‘Domino’s Theory’"), not its end
        if ch == closer or (opener == "“" and ch in "\"“" and j > open_at + 3):
            return j
        if opener == "‘" and ch == "”" and mixed < 0:
            mixed = j
    return mixed


_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z][a-z]")


def _opens_next_quote(text: str, open_at: int, close: int) -> bool:
    """The mark found as the closing quote opens the next quotation instead ("dengan topik
    "Peran Media. Beliau mengutarakan bahwa "pers dapat ..."): it is glued to the word
    after it, and a sentence ends between the two marks. The first quote is then unclosed."""
    after = text[close + 1:close + 2]
    return bool(after) and after.isalnum() and text[close - 1:close].isspace() and bool(
        _SENTENCE_BREAK.search(text, open_at + 1, close))


def _inside_quote(text: str, start: int, at: int) -> bool:
    """``text[at]`` is inside a quotation that opened after ``start`` ("Aspek Hukum ; “Apakah
    pasien, dokter dan perawat ...?”"): an unquoted title goes on through its quoted part."""
    stretch = text[start:at]
    return stretch.count("“") > stretch.count("”") or stretch.count("\"") % 2 == 1


# the last item of a list of subjects ("A, B, serta C", "A, B, hingga C"): no verb, no pronoun
_LAST_ITEM = re.compile(r",\s+(?:serta|dan|hingga)\s+(?!(?:ia|dia|beliau|juga|pun|para|"
                        r"peserta)\b)(?!(?:me|ber|di|ter)[a-z]{3,}(?:kan|i)?\b)[a-z]",
                        re.IGNORECASE)


def _closes_list(text: str, start: int, end: re.Match[str]) -> bool:
    """``end`` (", serta ...", ", hingga ...") only closes a list of subjects in lower case
    that the title has already begun with a comma ("gizi buruk, anemia pada remaja,
    stunting balita, hingga bagaimana ..."): the last item is the title's too.
    Without a comma before it, the conjunction may open a new clause, and it ends the title,
    unless it is "serta" ("as well as"), which joins like items, never clauses, when no verb
    follows it ("peran badan X, serta prinsip-prinsip etika ...": both are the subject)."""
    return _LAST_ITEM.match(text, end.start()) is not None and (
        "," in text[start:end.start()] or _SERTA.match(text, end.start()) is not None)


_SERTA = re.compile(r",\s+serta\s", re.IGNORECASE)


_COMMA_TITLE = re.compile(r",\s*(?-i:[A-Z])")


def title_after(text: str, pos: int, unquoted: bool = True) -> Title | None:
    """The title written at ``text[pos:]``, right after its cue."""
    filler = _LEAD_FILLER.match(text[pos:])
    if filler:
        open_at = pos + filler.end()
        close = _closing(text, open_at)
        if close > open_at and _opens_next_quote(text, open_at, close):
            close = -1
        if close > open_at:
            title = _clean(text[open_at + 1:close])
            return Title(title, open_at, close + 1, True) if len(title) > 2 else None
        end_match = _UNCLOSED_END.search(text, open_at + 1)
        end = end_match.start() if end_match else len(text)
        title = _clean(text[open_at + 1:end])
        return Title(title, open_at, end, True) if len(title) > 2 else None
    if not unquoted:
        return None
    start = pos + len(text[pos:]) - len(text[pos:].lstrip(" :"))
    if _COMMA_TITLE.match(text, start):
        # "dengan judul materi, Kolaborasi dalam ...": a comma sets a capitalised title off
        start = text.index(",", start) + 1
        start += len(text[start:]) - len(text[start:].lstrip())
    if start >= len(text) or not (text[start].isalnum()):
        return None
    ends = _LOWER_END if text[start].islower() else _UNQUOTED_END
    end_match = first = None
    for match in ends.finditer(text, start):
        first = first or match
        if ends is _LOWER_END and _closes_list(text, start, match):
            continue
        if not _inside_quote(text, start, match.start()):
            end_match = match
            break
    end_match = end_match or first  # a quote never closed is no quotation
    end = end_match.start() if end_match else len(text)
    title = _clean(text[start:end])
    if title.count("“") > title.count("”") and text[start:end].rstrip(" .,;:").endswith("”"):
        title += "”"  # the quoted part that closes the title keeps its closing mark
    if len(title) < 4 or len(title) > 250 or _REFERS_BACK.match(title) or _CONJUNCTION.match(
            title):
        return None
    return Title(title, start, end, False)
