"""Candidate names in a phrase: runs of name-like tokens, with honorifics and degrees.

A token is name-like when it is capitalised (or an initial such as "A.", a name abbreviation
such as "Muh.", a particle such as "bin" between two name words, a nickname in quotes
between two name words) and is not a word of positions, organisations or prose
(``not_name_words.txt``, ``position_words.txt``, or a pe(r)-/ke-...-an noun of a field such
as "Perkebunan"), a day, or a month next to a number. Words
in capitals join a run next to a capitalised name word ("Arman ASL"); a run made only of
capitals is a name only in a list and when its words look like names, not acronyms
("RINA AYU LESTARI", not "FKIP UNUJ"). A place name inside a run, or opening it right after
a word of a title, ends the organisation before the name ("Poltekes Medan Yulia
Kartini", "Kota Ambon Yohanis Latuheru"); a place opening a run on its own is a name
("Bima Adiputra"), unless a lower-case job word stands before it ("budayawan Palembang
Vebri"). An acronym never stands inside a name, so what runs up to one is an
organisation ("Komnas HAM Nurhadi"); after a word that takes a name of its own ("Kota",
"PT", "Bupati"), the first word of a run of three is that name ("Kota Sukamaju Agus
Prasetyo"). Initials may be one token ("Tengku M.S. Rahman") or trail the name ("Arif Wira
P (...)"); a region word closes a name before a comma ("Putra Jaya Nusantara, Dosen ...");
a handle alone may stand for a person ("moderator @rina"). Honorifics before a run and
degrees after it ("Dr. ... , S.Sos., M.Si", "M,Pd", "SpJP(K)") and a social-media handle
are recorded for ``name_as_written`` (tokens and those edges: :mod:`people_0_tokens`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from index.lexicon import (
    months,
    not_name_words,
    number_words,
    phrase_set,
    position_words,
    role_nouns,
)
from index.names import is_degree, is_honorific, is_initial, is_listed_degree, strip_degrees
from index.resources import word_set

from .gazetteer import may_start_place, place_at, place_words
from .people_0_tokens import Token as Token
from .people_0_tokens import (
    alone_handle,
    comma_degree,
    degrees_end,
    diploma,
    doctorate,
    initial_before_degree,
    handle_after,
    is_caps,
    is_title,
)
from .people_0_tokens import looks_like_verb as looks_like_verb
from .people_0_tokens import tokenize as tokenize
from .case_evidence import foreign_function_word
from .degree_forms import LEVEL_HEADS, stopless_pair
from .english_words import english_words
from .latinate_nouns import latinate_noun
from .regional_names import (
    caste_pair,
    lower_part,
    priest_title,
    regional_part,
    title_firsts,
    typed_lower,
)
from .quote_tags import capitalised_tag_verb
from .rank_spelling import misspelt_rank
from .root_words import an_noun, root_words
from .verb_forms import active_verb

_MAX_NAME_TOKENS = 8
# Initials written as one token inside a name ("Tengku M.S. Rahman"), also with the last
# full stop left out ("Rino J.E Sumual", Balinese "A.A Gede" for Anak Agung).
_INITIALS = re.compile(r"^(?:[A-Z]\.){1,2}[A-Z]\.?$")
# A full stop or an apostrophe written apart after a title ("Dato' Dr. Kamaruzzaman").
_AFTER_TITLE = frozenset({".", "'", "’"})


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


def _prose_word(text: str) -> bool:
    """A word of positions, organisations or prose, a bare verb in a headline
    ("Tingkatkan", "Hadirkan") or a noun of a field made with pe(r)-...-an or ke-...-an
    ("Perkebunan", "Peternakan", "Kehutanan", as in the names of offices), or a ber-/meN-
    verb ("Berperan", :mod:`verb_forms`): never a name,
    wherever it stands. An apostrophe that writes the Arabic 'ain or hamza of a loanword
    ("Syari’ah", "Jum'at") is left out before the lists are asked: they hold the plain
    spelling ("syariah"). (Not cached: asked mostly on a miss of the cached tests of a word
    that read it, :func:`_word_kind` and :func:`_may_not_name`, so a cache of its own
    would hardly hit.)"""
    word = text.rstrip(".").casefold()
    if "’" in word or "'" in word:
        word = word.replace("’", "").replace("'", "")
    return word in not_name_words() or (len(word) >= 7 and word.endswith("kan")) or latinate_noun(
        word) or active_verb(word) or (
        number_words().get(word, ("joiner",))[0] != "joiner") or (  # "Tiga narasumber ..."
        len(word) >= 9 and _FIELD_NOUN.match(word) is not None)


# pe(r)-/ke- ... -an nouns of fields ("perkebunan", "kelautan", "pendidikan")
_FIELD_NOUN = re.compile(r"^(?:per|pe[mn]g?|peny|ke)[a-z]{3,}an$")


@lru_cache(maxsize=32768)
def _may_not_name(text: str) -> bool:
    """``text`` alone may be read as no name by :func:`_not_name`: a word of prose, a root +
    -an noun or a month. Most words are none of these (cached: asked of every run word)."""
    return _prose_word(text) or an_noun(text) or text.rstrip(".").casefold() in months()


def _not_name(tokens: list[Token], i: int) -> bool:
    if not _may_not_name(tokens[i].text):
        return False
    if _prose_word(tokens[i].text):
        # an Indonesian function word in an English article, with more of a name after it
        # ("Dan Adams presented ..."), is a given name (case_evidence.foreign_function_word)
        return not (i + 1 < len(tokens) and is_title(tokens[i + 1].text) and (
            foreign_function_word(tokens[i].text, word_set("stopwords_id.txt"))))
    if an_noun(tokens[i].text) and not (i > 0 and _title_at(tokens, i - 1)):
        # a root + -an noun names an act or a thing ("Direktorat Jenderal Bimbingan
        # Masyarakat", "Paparan ..."); right after a title it is a name ("Dr. Rahiman"),
        # but not after the rank word of an office or body ("Direktorat Jenderal")
        return True
    word = tokens[i].text.rstrip(".").casefold()
    if word in months():
        before = tokens[i - 1].text if i > 0 else ""
        after = tokens[i + 1].text if i + 1 < len(tokens) else ""
        return before.isdigit() or (after.isdigit() and len(after) == 4)
    return False


def _corps_after_rank(tokens: list[Token], i: int) -> bool:
    """"TNI" in "Brigjen TNI Marzuki": the corps written after a rank is part of the title,
    abbreviated with a full stop or not ("Kolonel Inf. X", "Letkol Inf X")."""
    return i > 0 and tokens[i].text.rstrip(".").casefold() in phrase_set("rank_corps") and (
        is_honorific(tokens[i - 1].text) or misspelt_rank(tokens[i - 1].text))


@lru_cache(maxsize=16384)
def _corps(word: str) -> bool:
    """``word`` is a corps written after a rank ("TNI", "Pol.", "Inf")."""
    return word.rstrip(".").casefold() in phrase_set("rank_corps")


def _title_tail(tokens: list[Token], i: int) -> bool:
    """Token ``i`` completes the title before it: a corps after a rank ("Brigjen TNI") or
    the Latin field of a doctorate after "Dr" ("Dr. phil.", "Dr. rer. nat."), which is
    capitalised now and then ("Dr. Phil Made ...") but is never the name."""
    if _corps_after_rank(tokens, i):
        return True
    if tokens[i].text.rstrip(".").casefold() not in phrase_set("doctor_field"):
        return False
    k = i - 1
    while k >= 0 and (tokens[k].text == "." or tokens[k].text.rstrip(".").casefold()
                      in phrase_set("doctor_field")):
        k -= 1
    return k >= 0 and tokens[k].text.rstrip(".").casefold() == "dr"


def _counting(tokens: list[Token], k: int) -> bool:
    """The numeral at ``k`` counts the noun after it ("menghadirkan 3 Profesor", "100
    PROFESOR" in a headline in capitals), rather than numbering the body before it ("Komisi
    3 Bapak X", "SMA 1 Ibu Y"): no capitalised word stands before it, unless all is in
    capitals."""
    before = tokens[k - 1].text if k > 0 else ""
    return not before[:1].isupper() or (before.isupper() and tokens[k + 1].text.isupper())


def _title_at(tokens: list[Token], i: int) -> bool:
    """Token ``i`` is a title of the name after it: an honorific, unless it is a rank word
    that completes the office before it ("Konsul Jenderal RI", "Sekretaris Jenderal"), or
    it follows the head of a body written in lower case ("lembaga Sahabat Alam Riau"): a
    common noun such as "lembaga" or "yayasan" introduces the body's proper name, whose
    first word may be a form of address ("Sahabat", "Bapak"); a capitalised head leaves
    the body's own name out before a titled person ("Rektor Universitas Prof. X")."""
    if not _may_be_title(tokens[i].text):
        return False  # (a cached test of the word alone spares the rest for most words)
    if i > 0 and tokens[i - 1].text.isdigit() and len(tokens[i - 1].text) <= 3 and _counting(
            tokens, i - 1):
        return False  # "3 Profesor sebagai pembicara": a numeral counts the noun after it
    if i > 0 and tokens[i - 1].text.islower() and tokens[i - 1].text in phrase_set(
            "org_head"):
        return False
    return (is_honorific(tokens[i].text) or doctorate(tokens[i].text)
            or priest_title(tokens, i)) and not _rank_office_end(tokens, i)


@lru_cache(maxsize=16384)
def _may_be_title(word: str) -> bool:
    """``word`` alone may be a title (:func:`_title_at`): an honorific, glued titles with a
    doctorate, or "Ida" (the first word of a priest's title). Asked of nearly every token."""
    return is_honorific(word) or doctorate(word) or word.casefold() == "ida"


def _rank_office_end(tokens: list[Token], i: int) -> bool:
    """Token ``i`` ends an office whose second word is a rank ("Direktur Jenderal")."""
    return i > 0 and f"{tokens[i - 1].text} {tokens[i].text}".casefold() in phrase_set(
        "rank_office")


def _name_abbrev(text: str) -> bool:
    """"Muh.", "Moh": a name abbreviation. (Not cached: asked of a word mostly once, on a
    miss of :func:`_word_kind`, and a set look-up costs no more than a cache's.)"""
    return text.rstrip(".").casefold() in phrase_set("name_abbrev")


def _needs_name_after(tok: str) -> bool:
    """``tok`` alone is a part that stands in a name only before more of it: an initial, a
    name abbreviation, an inherited title in capitals or with a full stop. (Not cached: it
    is asked mostly on a miss of :func:`_word_kind`, once per word, and its tests are set
    look-ups.)"""
    return is_initial(tok) or _name_abbrev(tok) or (
        len(tok) == 2 and is_caps(tok) and tok.casefold() in phrase_set("name_title")) or (
        tok.endswith(".") and tok[:-1].casefold() in phrase_set("name_title"))


# What :func:`_name_word` may read of a word alone (:func:`_word_kind`)
_PLAIN_TITLE = 1  # a capitalised name-like word: a name word unless a title follows "X."
_PLAIN_OTHER = 2  # capitalised, no title case: a name word only in capitals and caps_ok
_NEVER = 3  # lower case and neither a name abbreviation nor a Balinese part: never
_PROSE = 4  # capitalised word of prose, no initial, no caste title: no name word unless
# it is an Indonesian function word of an English article before a title-case word
_SLOW = 0  # anything else: every reading below is asked


@lru_cache(maxsize=32768)
def _word_kind(tok: str) -> int:
    """What ``tok`` alone settles of :func:`_name_word` (cached: asked of every token of
    every run, several times over). A capitalised word that needs no name after it, opens
    no caste title, is no word of prose, no root + -an noun, no month and no degree leaves
    only its own case to read (``_PLAIN_TITLE``, ``_PLAIN_OTHER``); a lower-case word that is
    no name abbreviation and no Balinese name part is never a name word (``_NEVER``); a
    capitalised word of prose that needs no name after it and opens no caste title leaves
    only the one test :func:`_not_name` makes of prose (``_PROSE``). Each test here reads
    the word and the fixed lists only, never the article."""
    if not tok[:1].isupper():
        return _SLOW if _name_abbrev(tok) or (
            tok.isalpha() and tok.islower() and regional_part(tok)) else _NEVER
    if _needs_name_after(tok) or _INITIALS.match(tok) or tok.casefold() in title_firsts():
        return _SLOW
    if _prose_word(tok):
        # (:func:`_name_word` asks _not_name next, which for a word of prose asks only
        # whether it is a function word of an English article, given name of the next)
        return _PROSE
    if an_noun(tok) or tok.rstrip(".").casefold() in months() or is_degree(tok):
        return _SLOW
    return _PLAIN_TITLE if is_title(tok) else _PLAIN_OTHER


_QUOTE_OR_COMMA = frozenset({"”", '"', ","})


def _name_word(tokens: list[Token], i: int, caps_ok: bool) -> bool:
    tok = tokens[i].text
    if i > 0 and tokens[i - 1].text in _QUOTE_OR_COMMA and capitalised_tag_verb(
            [t.text for t in tokens[max(0, i - 2):i + 1]], min(i, 2)):
        return False  # "”, Ungkap A": the tag's verb, capitalised (:mod:`.quote_tags`)
    kind = _word_kind(tok)
    if kind == _PLAIN_TITLE:
        return not tok.endswith(".") or i + 1 >= len(tokens) or not is_title(tokens[i + 1].text)
    if kind == _PLAIN_OTHER:
        return caps_ok and is_caps(tok)
    if kind == _NEVER:
        return False
    if kind == _PROSE and not (i + 1 < len(tokens) and is_title(tokens[i + 1].text) and (
            foreign_function_word(tok, word_set("stopwords_id.txt")))):
        return False  # (what _not_name below answers for it: no need, no caste pair first)
    if not tok[:1].isupper():
        # only a name abbreviation or a Balinese name part after its marker ("I gusti",
        # "Ni kadek") may be written in lower case; the other readings below all need a
        # capital ("Muh.", not "dosen" or ",")
        return (_name_abbrev(tok) and (
            i + 1 < len(tokens) and _name_word(tokens, i + 1, True))) or lower_part(tokens, i)
    if _needs_name_after(tok) or (
            _INITIALS.match(tok) and i > 0 and is_title(tokens[i - 1].text)):
        # an inherited title in capitals ("RR", Raden Roro) or shortened with a full stop
        # ("Rr.") needs a name after it, as an initial does
        return i + 1 < len(tokens) and _name_word(tokens, i + 1, True)
    if caste_pair(tokens, i):
        return True  # "Anak Agung": a caste title, though "anak" is a word of jobs
    if _not_name(tokens, i) or (i > 0 and is_degree(tok) and not is_title(tok)):
        return False
    if is_title(tok):
        return not tok.endswith(".") or i + 1 >= len(tokens) or not is_title(tokens[i + 1].text)
    return caps_ok and is_caps(tok)


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
        if _closes_run(tok):
            break  # (what every test below concludes for such a token, in one look-up)
        # (_plain_inner: none of the tests up to the name word's can hold for the word)
        if not _plain_inner(tok):
            nick = _nickname_end(tokens, j)
            if nick is not None and _name_word(tokens, nick + 1, True):
                last, j = nick + 1, nick + 2
                continue
            # After "bin"/"binti" a father's title is part of the name ("bin Haji Kifle").
            if tok.casefold() in phrase_set("name_particle") and j + 1 < len(tokens) and (
                    is_title(tokens[j + 1].text)) and (not _not_name(tokens, j + 1)
                                                       or is_honorific(tokens[j + 1].text)):
                last, j = j + 1, j + 2
                continue
            if _glued_particle(tok):
                last, j = j, j + 1  # "Husin Ja'far al-Habsyi": a particle hyphened to a name
                continue
            if is_honorific(tok) and not is_initial(tok) and not _INITIALS.match(tok):
                break
            if diploma(tokens, j):
                break  # "... Rubiandini Dipl Ing": degrees, not more of the name
            if is_initial(tok) and tok.endswith(".") and j + 1 < len(tokens) and not (
                    is_initial(tokens[j + 1].text)) and is_listed_degree(
                    tok + tokens[j + 1].text.rstrip(".,")):
                # a degree spaced after its first letter ("S. Ag.", "M. Si") ends the name;
                # a second initial makes it initials of the name ("M. A. Rahman")
                break
            if stopless_pair(tokens, j):
                break  # "Rina Wati M Sc, Dosen ...": a degree with its stops left out
            if (end := _trailing_initials(tokens, last, j)) is not None:
                last = end  # trailing initials ("Arif Wira P (Instruktur ...)", "Arif W S,")
                break
        if _name_word(tokens, j, True):
            if not is_caps(tok) or (is_caps(tokens[last].text) and _is_caps_name(tokens, i)) \
                    or (is_title(tokens[last].text) and len(tok) <= 4):
                last, j = j, j + 1
                continue
        if is_title(tok) and not is_honorific(tok) and _degree_next(tokens, j):
            # degrees follow a name, never a job or a body: a word of either right before
            # them is the surname ("Rudi Sastrawan, S.Sos", "Andi Muslim, Sp.B")
            last = j
            break
        # (both below need ``tok`` in lower case: a capitalised word skips them)
        if tok.islower() and _lower_surname(tokens, j):
            last = j  # "Rina Sari wijayanti, Ph.D.": degrees follow only a name
            break
        if tok.islower() and _titled_lower_surname(tokens, i, last, j):
            last = j  # "Prof Dr Ir Rudi siregar, ...": a title says a name is written
            break
        if tok.islower() and (lower_end := _lower_name_words(
                tokens, j, typed_lower(tokens, i, last))) is not None:
            last = lower_end  # "Dedi arkana wiratma selaku moderator"
            break
        if (loose and tok[:1].islower() and tok.isalpha() and len(tok) > 2
                and not looks_like_verb(tok) and tok.casefold() not in not_name_words()
                and j + 1 < len(tokens) and is_title(tokens[j + 1].text)
                and not _not_name(tokens, j + 1)):
            last, j = j + 1, j + 2
            continue
        break
    return last


@lru_cache(maxsize=8192)
def _closes_run(tok: str) -> bool:
    """``tok`` ends a run in :func:`_extend` wherever it stands, with the run's last word
    unchanged: no opening quote of a nickname, no particle, no initial, never a name word
    (``_NEVER``), not capitalised and with no letter in lower case (a mark or a number, so
    no surname typed in lower case after it). The tests that remain for it (an honorific,
    a diploma) end the run too. Reads the word and the fixed lists only."""
    return tok not in "“\"‘" and tok.casefold() not in phrase_set("name_particle") and (
        not _glued_particle(tok)) and not is_initial(tok) and _word_kind(tok) == _NEVER and (
        not is_title(tok)) and not tok.islower() and not tok[:1].islower()


@lru_cache(maxsize=16384)
def _plain_inner(tok: str) -> bool:
    """``tok`` is none of what :func:`_extend` asks about before it asks for a name word: no
    opening quote of a nickname, no particle (written apart or hyphened), no honorific, no
    head of a diploma (:func:`diploma`) and no initial (a degree spaced after its first
    letter, a trailing initial). Each of those tests holds only when its test of the word
    alone does, so for such a word they are all passed over. Reads the word and the fixed
    lists only (cached: asked of nearly every word inside a name)."""
    return tok not in "“\"‘" and tok.casefold() not in phrase_set("name_particle") and (
        not _glued_particle(tok)) and not is_honorific(tok) and (
        tok.rstrip(".").casefold() not in LEVEL_HEADS) and not is_initial(tok)


@lru_cache(maxsize=8192)
def _glued_particle(tok: str) -> bool:
    """``tok`` is a name particle joined by a hyphen to the name word after it
    ("al-Habsyi", "el-Fasi", "bin-Salim"): the particle written apart ("al Habsyi", "bin
    Salim") already goes on a name, and the hyphen only writes the two as one word."""
    head, dash, rest = tok.partition("-")
    return bool(dash) and head.islower() and head in phrase_set("name_particle") and (
        is_title(rest))


def _degree_next(tokens: list[Token], j: int) -> bool:
    """A whole degree stands right after token ``j`` ("Sastrawan, S.Sos", "Muslim Sp.B"), not
    an honorific or a doctorate with its field that opens the next name ("Timur, H. Lalu
    ...", "Fisika Dr.Eng.Bayu ...")."""
    k = j + 2 if j + 1 < len(tokens) and tokens[j + 1].text == "," else j + 1
    return k < len(tokens) and not is_honorific(tokens[k].text) and not (
        doctorate(tokens[k].text)) and is_degree(tokens[k].text)


def _lower_surname(tokens: list[Token], j: int) -> bool:
    """Token ``j`` is a surname typed in lower case right before the name's degrees ("Rina
    Sari wijayanti, Ph.D.", "Budi hartono M.Si"): degrees follow a name and nothing else, and
    a job or a body never stands between them and it, so a plain lower-case word glued
    there, which is no word of prose, a job, a role or a verb, is the last word of the
    name."""
    tok = tokens[j].text
    if not (_lower_word(tok) and len(tok) > 2 and _degree_next(tokens, j)):
        return False
    # (_prose_word covers the stop words, jobs, role nouns and appositions)
    return not (looks_like_verb(tok) or _prose_word(tok))


_PHRASE_ENDS = frozenset({",", ".", ";", ")", "(", "dan", "serta", "and", "&"})
"""The marks and words that end a name's phrase in a list: its punctuation, the bracket
opening its gloss ("Ir. Rudi siregar (Dinas X)"), the conjunction before the next item."""


def _titled_lower_surname(tokens: list[Token], i: int, last: int, j: int) -> bool:
    """Token ``j`` is a surname typed in lower case after a one-word name that an academic
    title or a form of address opens ("Prof Dr Ir Rudi siregar, ...", "Dr Rina hutapea."):
    the title says a person's name is written after it, a word of no language (no
    dictionary root, English word, word of prose or verb) glued to its first word can only
    be that name going on, and the mark after it ends the phrase, so no more prose was
    written with it (a bracket or a list's conjunction ends it as a comma does, and so does
    the end of a list item the splitter cut before its conjunction)."""
    if last != i or i == 0 or not is_honorific(tokens[i - 1].text) or (
            j + 1 < len(tokens) and tokens[j + 1].text not in _PHRASE_ENDS):
        return False
    return len(tokens[j].text) > 3 and _foreign_lower(tokens[j].text)


def _lower_name_words(tokens: list[Token], j: int, typed: bool = False) -> int | None:
    """The last of one or two words typed in lower case at ``j`` that end the name before an
    apposition giving its role ("Dedi arkana wiratma selaku moderator", "oleh Rina sukmawati
    yang juga panitia"), or ``None``. The apposition predicates of the noun phrase before it,
    and a job or a body stands after it, not before; so words glued to a name there that are
    no word of the language (no dictionary root, English word, word of prose or verb) are
    the rest of the name, as typed. ``typed``: the name already holds a part typed in lower
    case ("Ni kadek", :mod:`regional_names`), so the writer typed the name so and a
    dictionary word there is a given name too ("Ni kadek sari selaku ...")."""
    k = j
    while k < len(tokens) and k - j < 2 and (
            _foreign_lower(tokens[k].text) or typed and _plain_lower(tokens[k].text)):
        k += 1
    if k == j or k >= len(tokens) or tokens[k].text not in _PREDICATING_WORDS:
        return None
    return k - 1


@lru_cache(maxsize=8192)
def _plain_lower(tok: str) -> bool:
    """A lower-case word that is no word of prose, job or verb ("sari", not "selaku")."""
    return _lower_word(tok) and len(tok) > 2 and not (looks_like_verb(tok) or _prose_word(tok))


@lru_cache(maxsize=8192)
def _foreign_lower(tok: str) -> bool:
    """A lower-case word that is no word of Indonesian or English ("arkana", not "juga",
    "zoom" or "dalam")."""
    return _lower_word(tok) and len(tok) > 2 and not (
        tok in root_words() or tok in english_words() or looks_like_verb(tok)
        or _prose_word(tok))


def _trailing_initials(tokens: list[Token], last: int, j: int) -> int | None:
    """The last token of the initials that end the name ending at ``last`` from token ``j``
    on: one (:func:`_trailing_initial`) or a short series of lone capitals, the last of them
    closing the name as one would ("Arif Wira J S, dan ...", "Arif Wira G. S (Dosen)").
    A series of lone capitals is no word of a job or a body, and no degree is spelt as
    separate single letters, so after a name word it can only be the name's initials."""
    if _trailing_initial(tokens, last, j):
        return j
    if not is_initial(tokens[j].text) or not is_title(tokens[last].text):
        return None
    k = j + 1
    while k < len(tokens) and k - j < _MAX_TRAILING_INITIALS and is_initial(tokens[k].text):
        if _trailing_initial(tokens, last, k):
            return k
        k += 1
    return None


_MAX_TRAILING_INITIALS = 3


def _trailing_initial(tokens: list[Token], last: int, j: int) -> bool:
    """Token ``j`` is an initial that ends the name ending at ``last``: a capital after a
    name word, before a closing mark ("Arif Wira P (Instruktur ...)") or before the degrees
    ("Arif Wira P M.Hum"), and not itself the start of a degree ("M,Si", "S. Pd")."""
    if not is_initial(tokens[j].text) or not is_title(tokens[last].text):
        return False
    if j + 1 >= len(tokens):
        return True
    if tokens[j + 1].text in {"(", ",", ")", ";"}:
        return not comma_degree(tokens, j)
    if _lower_word(tokens[j + 1].text) and not is_listed_degree(
            tokens[j].text.rstrip(".") + "." + tokens[j + 1].text):
        # "Dwi S. selaku ...", "Dwi S sebagai ...": a name word never starts in lower case,
        # and a lone capital is no word of a job or a body, so it is the name's last initial
        return True
    return initial_before_degree(tokens, j)


def _lower_word(tok: str) -> bool:
    """A word written in lower case ("selaku", "yang"): it can neither go on a name nor
    complete a degree spaced after its first letter ("S. Pd")."""
    return tok.isalpha() and tok.islower()


def _split_at_places(tokens: list[Token], first: int, last: int) -> list[tuple[int, int]]:
    """Pieces of a run with place names removed where more name words follow them."""
    pieces = []
    start = first
    k = first
    while k <= last:
        if not may_start_place(tokens[k].text):
            k += 1  # (no place starts here: what place_at below would answer, and so 0)
            continue
        # A place inside the run, or opening it right after a capitalised word of a title or
        # an organisation, ends that title ("Poltekes Medan Yulia Kartini", "Kota Ambon
        # Yohanis Latuheru"); a place opening the run on its own is a name ("Bima Adiputra").
        # A number after a body's name ("SMA Negeri 1 Padang") makes it the body's place.
        continues_title = k > first or (k > 0 and tokens[k - 1].text[:1].isupper()
                                        and not is_honorific(tokens[k - 1].text)) or (
            k > 1 and tokens[k - 1].text.isdigit() and tokens[k - 2].text[:1].isupper()) or (
            k > 0 and _job_word(tokens[k - 1].text)) or (  # "budayawan Palembang Vebri"
            _after_gloss(tokens, k))  # "Kepala Kejaksaan Negeri (Kajari) Medan Dwi Utomo"
        place = place_at(_words(tokens, k, min(last + 1, k + 6))) \
            if continues_title else 0
        if place and k + place <= last and \
                tokens[k + place].text.rstrip(".").casefold() in phrase_set("place_tail"):
            # "Keuskupan Manado Raya": the greater area, never a person "Raya"
            pieces += [(start, k - 1)] if k > start else []
            start = k = k + place + 1
            continue
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


def _after_gloss(tokens: list[Token], k: int) -> bool:
    """Token ``k`` follows a short gloss in parentheses that follows a capitalised word
    ("Kejaksaan Negeri (Kajari) | Medan"): the gloss abbreviates the title before it, so
    what comes next goes on with that title, as it would with no gloss."""
    return k > 3 and tokens[k - 1].text == ")" and tokens[k - 3].text == "(" and (
        tokens[k - 2].text[:1].isupper() and tokens[k - 4].text[:1].isupper())


def _words(tokens: list[Token], start: int, stop: int) -> list[str]:
    """Texts of ``tokens[start:stop]``, the last without a full stop that ends a sentence
    ("Universitas Bangka Belitung." names the place "Bangka Belitung", not "Bangka"); a
    short word keeps it ("Kab.": an abbreviation)."""
    words = [t.text for t in tokens[start:stop]]
    if words and words[-1].endswith(".") and len(words[-1]) > 4:
        words[-1] = words[-1].rstrip(".")
    return words


@lru_cache(maxsize=4096)
def _job_word(text: str) -> bool:
    """A word of a job written in lower case ("budayawan", "dosen"), not a role noun
    ("narasumber Bima Adiputra" names Bima)."""
    lower = text.casefold()
    return text[:1].islower() and lower in position_words() and lower not in role_nouns()


def _name_end(tokens: list[Token], prefix: int, first: int, last: int) -> int:
    """``last``, or the next token when it is a region word that closes the name ("Putra
    Jaya Nusantara, Dosen ..."): ``name_end`` words are not names on their own, but a job
    title never opens with one right before a comma, so after a name of two words or more
    (or one after an honorific) that does not follow a title, it is the surname."""
    nxt = last + 1
    if nxt >= len(tokens) or (last == first and prefix == first) or not is_title(
            tokens[nxt].text):
        return last
    if tokens[nxt].text.casefold() not in phrase_set("name_end"):
        return last
    if nxt + 1 < len(tokens) and tokens[nxt + 1].text not in {",", "(", ";"}:
        return last
    before = tokens[prefix - 1].text if prefix > 0 else ""
    if prefix == first and before[:1].isupper():
        return last  # "Kepala Dinas Budi Santoso Nusantara": an organisation may follow
    return nxt


def _wedged_end(tokens: list[Token], first: int, last: int) -> int:
    """``last``, or the end of one or two capitalised words wedged between a name and its
    predicate ("K. Wira Negara mengatakan", "Satria Muda Perkasa selaku ..."). A job title
    follows a name only after a comma or an apposition word ("A, Ketua X", "A selaku Ketua
    X"), never bare right before the verb, so a word of the position list that is no job
    head ("Negara", "Muda") written there, alone or with one more plain name word, is the
    last part of the name. A name of one word takes it only with a plain name word after it.
    """
    nxt = last + 1
    if nxt >= len(tokens):
        return last
    word = tokens[nxt].text
    lower = word.casefold()
    if not (is_title(word) and word.isalpha() and not is_caps(word)
            and lower in position_words() and lower not in phrase_set("job_of")
            and lower not in role_nouns()):
        return last
    end = nxt
    if end + 1 < len(tokens) and is_title(tokens[end + 1].text) and tokens[
            end + 1].text.isalpha() and not is_caps(tokens[end + 1].text) and not _not_name(
                tokens, end + 1) and not place_at([tokens[end + 1].text]):
        end += 1
    after = tokens[end + 1].text if end + 1 < len(tokens) else ""
    if not (_lower_word(after) and (after in _PREDICATING_WORDS or looks_like_verb(after))):
        return last
    if last == first and end == nxt:
        return last  # "Budi Utama mengatakan": one name word and a word of a title
    return end


# Apposition words that give a role right after a name ("A selaku Ketua X").
_PREDICATING_WORDS = frozenset({"selaku", "sebagai", "yang"})


def _after_complement(tokens: list[Token], first: int, last: int) -> tuple[int, int]:
    """(prefix, first) of the name in a run of three words or more right after a word that
    takes a name of its own ("Kota Sukamaju Agus Prasetyo", "Bupati Sukamaju H. Ahmad
    Fauzi", "PT Sinar Abadi Rudi Salim", "Direktur Jenderal Pajak Hendra Wijaya", an
    abbreviated title with its unit inside: "Kabid Humas Rina Lestari") or after
    "di"/"untuk" in an office ("Konsul Jenderal RI di Osaka Bagus Hartawan"): its first word
    is that complement."""
    if first == 0:
        return first, first
    head = tokens[first - 1].text.rstrip(".").casefold()
    if head not in phrase_set("org_head") and head not in place_words().heads and (
            head not in phrase_set("unit_title")) and not (
            _office_preposition(tokens, first - 1) or _rank_office_end(tokens, first - 1)):
        return first, first
    real = [t for t in tokens[first:last + 1] if not is_initial(t.text)]
    if len(real) < 3 and not _initialled_rest(tokens, first, last, len(real)):
        return first, first
    prefix = start = first + 1
    while start < last and is_honorific(tokens[start].text):
        start += 1
    return prefix, start


def _initialled_rest(tokens: list[Token], first: int, last: int, real: int) -> bool:
    """The run after a complement-taking word is one plain word and then an initialled
    name ("Universitas Sukamaju | R Hartono", "Institut Nusa | A. B. Wijaya"): the head
    takes its complement first, and an initial opens a name far more often than it ends
    a body's name, so the initials after that word count as the name's words."""
    return real == 2 and last - first >= 2 and not is_initial(tokens[first].text) and (
        is_initial(tokens[first + 1].text))


_OFFICE_PREPOSITIONS = frozenset({"di", "untuk"})


def _office_preposition(tokens: list[Token], i: int) -> bool:
    """Token ``i`` is "di"/"untuk" inside an office, after a word of its title ("Konsul
    Jenderal RI di Osaka", "Atase Pendidikan KBRI di Tokyo"): the preposition takes the
    place or body the office serves, so the name comes after that complement."""
    if i == 0 or tokens[i].text not in _OFFICE_PREPOSITIONS:
        return False
    before = tokens[i - 1].text
    return before[:1].isupper() and (is_caps(before) or before.casefold() in not_name_words()
                                     or before.casefold() in position_words())


def _after_job(tokens: list[Token], first: int, last: int) -> int:
    """Where the name starts in a run of four words or more right after a job word or the
    head of a body ("Direktur Sinar Komunika Rudi Hartono", "Universitas Nusa Bangsa Agus
    Salim"): the word takes the body it belongs to, and a bare name of four words is rare,
    so the last two words are the name (a particle between them kept: "... Salim bin
    Taha"), unless an inherited title starts it earlier ("...
    Hasanuddin Andi Ahmad Yani") or a place ends the body ("Universitas Batanghari Sari
    Nilam Cahaya", cut by :func:`_split_at_places`)."""
    if last - first < 3 or first == 0:
        return first
    head = tokens[first - 1].text.rstrip(".").casefold()
    if head not in position_words() and head not in phrase_set("org_head"):
        return first
    # a particle ("bin", "van") joins the two name words around it, so it is not one of
    # them: "Salim bin Taha" is two name words, and the name never starts at the particle
    # a surname typed in lower case before the degrees (_lower_surname) is no more than
    # a particle is: the two capitalised words before it are still the name
    real = [k for k in range(first, last + 1) if not is_initial(tokens[k].text)
            and tokens[k].text.casefold() not in phrase_set("name_particle")
            and not _lower_word(tokens[k].text)]
    if len(real) < 4 or any(is_caps(tokens[k].text) for k in real):
        return first
    titled = next((k for k in real[1:-1] if tokens[k].text.casefold() in phrase_set(
        "name_title")), None)
    if titled is not None:
        return titled  # "Akademisi Universitas Hasanuddin Andi Ahmad Yani": a name's title
    for k in range(first, last - 1):
        place = place_at([t.text for t in tokens[k:min(last + 1, k + 6)]])
        if place and k + place < last:
            # "Dosen Universitas Batanghari Sari Nilam Cahaya": the place ends the body,
            # and the name after it may have three words (_split_at_places cuts there)
            return first
    return real[-2]


# Head nouns that close an English body name ("Student Council Union", "Coastal Youth
# Council", "Research Division", a newspaper's "Post"): English puts the head last, so
# what follows it in the same capitalised run is no longer the body. No personal name
# contains one of these nouns.
_BODY_END_NOUNS = frozenset({
    "union", "council", "division", "organisation", "organization", "association",
    "federation", "foundation", "forum", "secretariat", "department", "agency", "commission",
    "committee", "centre", "center", "bureau", "board", "network", "society", "community",
    "corporation", "alliance", "coalition", "programme", "caucus", "consortium", "league",
    # the heads of the English names of the press ("The Jakarta Post", "Bali Times")
    "post", "times", "news", "tribune", "herald", "gazette", "journal", "globe", "daily",
    "magazine", "weekly", "chronicle"})


def _after_body_end(tokens: list[Token], first: int, last: int) -> int:
    """Where the name starts in a run that holds the head noun ending an English body name
    followed by two name words or more ("... Student Council Union Maria Lopez Tan", the
    "false title" of English news: "President of the X Union Maria Lopez moderated"): the
    name follows the last such noun."""
    start = first
    for k in range(first, last - 1):
        if tokens[k].text.casefold() in _BODY_END_NOUNS and tokens[k].text[:1].isupper():
            start = k + 1
    return start


def _after_field(tokens: list[Token], first: int, last: int) -> int:
    """Where the name starts in a run of three words or more that follows the noun of a
    field closing a title ("Direktur Guru Pendidikan Dasar Rina Wulandari", "Kepala Seksi
    Pendidikan Anak Usia Dini Rahmat"): a pe(r)-/ke-...-an noun of a field takes the plain
    dictionary words after it as its modifier ("Pendidikan Dasar", "Kesehatan Jiwa",
    "Pendidikan Anak Usia Dini"), so the run's leading dictionary roots belong to the title
    and the name starts at its first word that is no root. Right after the field noun two
    name words are kept (a root may be a given name: "Pendidikan Budi Santoso" stays); a run
    made only of roots is left whole."""
    if first == 0 or last - first < 2:
        return first
    k = first - 1
    while k > 0 and _field_modifier(tokens[k].text):
        k -= 1  # "Pendidikan Anak | Usia Dini ...": roots already cut off the run
    head = tokens[k].text
    if not (head[:1].isupper() and len(head) >= 9 and _FIELD_NOUN.match(head.casefold())):
        return first
    # right after the field noun a name of two words is kept; once its modifier has begun
    # before the run ("Pendidikan Anak | Usia Dini Rahmat") the run may end in one word
    keep = 1 if k < first - 1 else 2
    start = first
    while last - start + 1 > keep and _field_modifier(tokens[start].text):
        start += 1
    return start if not _field_modifier(tokens[start].text) else first


def _field_modifier(text: str) -> bool:
    """A capitalised dictionary root in title case ("Dasar", "Usia"), no initial or acronym."""
    return text[:1].isupper() and text[1:].islower() and text.isalpha() and (
        text.casefold() in root_words())


def _after_acronym(tokens: list[Token], first: int, last: int) -> int:
    """Where the name starts in a run that holds an acronym followed by more capitalised
    words ("Komnas HAM Nurhadi Wirawan"): an acronym ends a name ("Arman ASL") but never
    stands inside one, so what runs up to it is an organisation. Capitals after a place in
    the run are the name's initials ("Peradi Sukamaju Anton JS Purba"): a place closes the
    organisation's name, and the person's name follows it (:func:`_split_at_places` cuts
    there)."""
    start = first
    for k in range(first + 1, last):
        if is_caps(tokens[k].text) and is_title(tokens[k + 1].text):
            if _place_before(tokens, first, k):
                break
            start = k + 1
    return start


def _place_before(tokens: list[Token], first: int, k: int) -> bool:
    """A place name ends between tokens ``first`` (excluded) and ``k``, after another
    word of the run ("Peradi Sukamaju | Anton JS Purba")."""
    texts = [t.text for t in tokens[first + 1:k]]
    return any(0 < place_at(texts[j:j + 6]) <= len(texts) - j for j in range(len(texts)))


def may_open_run(tokens: list[Token], i: int) -> bool:
    """A run of :func:`find_runs` can start at token ``i`` (with its honorifics) only where
    this holds: an honorific, a handle or a name word. A quick test for a reader that takes
    a name only at the start of a phrase: find_runs over the rest of it is then spared."""
    text = tokens[i].text
    return is_honorific(text) or doctorate(text) or text[0] == "@" or _name_word(tokens, i, True)


def find_runs(tokens: list[Token], loose: bool = False) -> list[Run]:
    """Every candidate name in ``tokens``, in order. ``loose`` admits lowercase inner words."""
    return list(iter_runs(tokens, loose))


def iter_runs(tokens: list[Token], loose: bool = False) -> Iterator[Run]:
    """The runs of :func:`find_runs` one by one, read only as far as the caller asks: a
    reader that takes a name only where a phrase opens stops after its first runs. Their
    ``prefix`` grows from one run to the next (each starts after the one before)."""
    previous: Run | None = None
    i = 0
    count = len(tokens)  # (the tokens of a phrase never change while they are read)
    while i < count:
        if _idle_word(tokens[i].text):
            i += 1  # (what the steps below conclude for such a word, in one cached look-up)
            continue
        prefix = i
        # (the third reading: a rank misspelt by a letter, known by the corps after it,
        # "Brigen TNI X", "Laksmana TNI Y": see :mod:`index.extract.rank_spelling`)
        while i < count and ((_may_be_title(tokens[i].text) and _title_at(tokens, i)) or (
                i > prefix and _title_tail(tokens, i)) or (
                tokens[i].text[:1].isupper() and i + 1 < count and _corps(tokens[i + 1].text)
                and misspelt_rank(tokens[i].text))) and (
                i + 1 < count and (_name_word(tokens, i + 1, True)
                                    or is_honorific(tokens[i + 1].text)
                                    or doctorate(tokens[i + 1].text)
                                    or _title_tail(tokens, i + 1)
                                    or tokens[i + 1].text in _AFTER_TITLE
                                    or _bracketed_title(tokens, i + 1))):
            # "Dr . X" / "Dato' Dr. X": the title's own mark is part of it; "Dr. (Cand.) X"
            if _bracketed_title(tokens, i + 1):
                i += 4
                continue
            i += 2 if i + 1 < count and tokens[i + 1].text in _AFTER_TITLE else 1
        if i < count and tokens[i].text[0] == "@" and alone_handle(tokens, i):
            previous = Run(i, i, prefix, i, tokens[i].text)
            yield previous
            i += 1
            continue
        # (_is_caps_name is False unless the word itself is in capitals: a cheap test first)
        if i < count and _name_word(tokens, i, prefix < i or (
                loose and is_caps(tokens[i].text) and _is_caps_name(tokens, i))):
            last = _extend(tokens, i, loose)
            last = _name_end(tokens, prefix, i, last)
            last = _wedged_end(tokens, i, last)
            if last == i and prefix < i and _titled_next(tokens, last + 1):
                i = last + 1  # "Bapak Hakim Drs. X": the word is the next name's job
                continue
            # (each reader below answers ``i`` itself, so changes nothing, for a run shorter
            # than it reads or at the phrase's first token: asked only where it may cut)
            if prefix == i and last - i >= 2:
                i = prefix = _after_acronym(tokens, i, last)
            if prefix == i and last - i >= 3 and i > 0:
                i = prefix = _after_job(tokens, i, last)
            if prefix == i and i > 0:
                prefix, i = _after_complement(tokens, i, last)
            if prefix == i and last - i >= 2:
                i = prefix = _after_body_end(tokens, i, last)
            if prefix == i and last - i >= 2 and i > 0:
                i = prefix = _after_field(tokens, i, last)
            for first, piece_last in _split_at_places(tokens, i, last):
                suffix = degrees_end(tokens, piece_last)
                handle, suffix = handle_after(tokens, suffix)
                previous = Run(first, piece_last, prefix if first == i else first, suffix,
                               handle)
                yield previous
            i = max(last, previous.suffix if previous is not None else last) + 1
            continue
        i = max(i, prefix) + 1


def _titled_next(tokens: list[Token], k: int) -> bool:
    """Token ``k`` is a title opening the name after it ("... | Drs. Rudi"). A title or a
    degree written before a name stands at that name's start, never inside it, so a single
    word between a form of address and such a title ("Bapak Hakim Drs. Rudi", "Ibu Kepala
    Dr. Ani") is no name of its own: it is the job the next name is addressed by."""
    return k + 1 < len(tokens) and _may_be_title(tokens[k].text) and _title_at(
        tokens, k) and _name_word(tokens, k + 1, True)


@lru_cache(maxsize=32768)
def _idle_word(text: str) -> bool:
    """``text`` can open nothing in :func:`find_runs`, wherever it stands: no title
    (:func:`_may_be_title`), no handle, and never a name word (``_NEVER``: lower case, no
    name abbreviation and no Balinese name part). Most tokens of a phrase are such words
    (prose, marks); each test reads the word and the fixed lists only, never the article."""
    return not _may_be_title(text) and text[0] != "@" and _word_kind(text) == _NEVER


def _bracketed_title(tokens: list[Token], i: int) -> bool:
    """"(Cand.)" at ``i``, after a title: a title in parentheses ("Dr. (Cand.) Siska"), or
    the mark of an honorary doctorate ("Dr. (HC) Siska", "DR. (H.C.) Ir. Siska": honoris
    causa), followed by a name or another title."""
    if not (i + 3 < len(tokens) and tokens[i].text == "(" and tokens[i + 2].text == ")"):
        return False
    inner = tokens[i + 1].text
    return (is_honorific(inner) or inner.replace(".", "").casefold() in _HONORIS_CAUSA) and (
        _name_word(tokens, i + 3, True) or is_honorific(tokens[i + 3].text))


_HONORIS_CAUSA = frozenset({"hc"})


def _is_caps_name(tokens: list[Token], i: int) -> bool:
    """A name written in capitals ("RINA AYU LESTARI"): two or more capitals words, each
    with two vowels (acronyms such as "FKIP UNIB" have fewer), none a known non-name."""
    words = []
    for tok in tokens[i:i + 5]:
        if not is_caps(tok.text) or tok.text.casefold() in not_name_words():
            break
        words.append(tok.text)
    return len(words) >= 2 and all(
        len(w) >= 3 and sum(c in "AEIOU" for c in w) >= 2 for w in words)


def name_of(tokens: list[Token], text: str, run: Run) -> tuple[str, str]:
    """(name, name as written) of ``run``."""
    start = tokens[run.prefix].start
    end = tokens[run.suffix].end
    written = text[start:end].strip(" ,")
    if written.endswith("..") or (written.endswith(".") and not is_degree(
            written.rsplit(maxsplit=1)[-1]) and not is_initial(written.rsplit(maxsplit=1)[-1])
            and not is_honorific(written.rsplit(maxsplit=1)[-1])):
        written = written[:-1]
    pieces = []
    for k in range(run.first, run.last + 1):
        # (a token is its text, except a name typed in lower case after glued titles,
        # which the tokens capitalise: "Prof.Dr.H.rusdi")
        pieces.append(tokens[k].text if tokens[k].text[:1].isupper() and text[
            tokens[k].start:tokens[k].start + 1].islower() else text[
            tokens[k].start:tokens[k].end])
        if k < run.last:
            gap = text[tokens[k].end:tokens[k + 1].start]
            # An initial glued to the next word ("H.Maming") is written apart in the name.
            pieces.append(gap or (" " if tokens[k].text.endswith(".") else ""))
    bare = strip_degrees("".join(pieces))
    return bare, written


def in_parentheses(tokens: list[Token], run: Run, depths: list[int] | None = None) -> bool:
    """``run`` stands inside "( ... )" (an abbreviation or a gloss, not the person).
    ``depths``: :func:`paren_depths` of ``tokens``, for a caller that asks of many runs of
    one phrase (each ask would otherwise read the phrase from its start again)."""
    if depths is None:
        depths = paren_depths(tokens[:run.first])
    return depths[run.first] > 0


def paren_depths(tokens: list[Token]) -> list[int]:
    """The bracket depth before each token of ``tokens`` and after the last: ``depths[k]``
    is the depth after ``tokens[:k]`` (an unmatched ")" never takes it below 0). It depends
    on those ``k`` tokens alone, so one list answers :func:`in_parentheses` for every run
    of a phrase, where each ask once read the phrase from its start again."""
    depths = [0]
    depth = 0
    for tok in tokens:
        if tok.text == "(":
            depth += 1
        elif tok.text == ")":
            depth = max(0, depth - 1)
        depths.append(depth)
    return depths
