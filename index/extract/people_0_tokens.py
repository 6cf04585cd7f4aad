"""Tokens of a phrase and the shapes of words around names.

Every person reader works on tokens: words, marks and social-media handles with their
offsets (:func:`tokenize`). An honorific or an initial glued to a name by a full stop
("Dr.Rudi", "H.Abdul", "M.Rizki") is split off, but degrees of the same shape ("M.Kom",
"S.Farm") stay whole. This module also says which words are capitalised like names
(:func:`is_title`), written in capitals (:func:`is_caps`) or verbs (:func:`looks_like_verb`),
and reads what may follow a name: its degrees ("S.Sos., M.Si", "M. Sc", "M,Pd", a "C..."
certification in capitals) and its handle ("@rina", "(@rina)", ", @rina,").
"""

from __future__ import annotations

import re
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

from index.extract.degree_forms import LEVEL_HEADS, chain_degree, level_and_field, spaced_pair
from index.lexicon import not_name_words, phrase_set
from index.resources import word_set
from index.names import is_degree, is_honorific, is_initial, is_listed_degree

# A token: a word (its inner marks never last), a handle, or one mark. Written to open with
# the one class every token opens with (no space, no "_"), so that the engine leaps over the
# spaces in C instead of trying the three kinds at each; the rest of a word is read
# without backtracking (marks inside it only before a character a word may end with). The
# same tokens as "@[\w.]*\w|[^\W_](?:[\w'’.&/®\ufe0f-]*[\w.®\ufe0f])?|[^\s\w]".
_TOKEN = re.compile(r"[^\s_](?:(?<=[^\W_])(?:[\w.®\ufe0f]++|['’&/-]++[\w.®\ufe0f])*+"
                    r"|(?<=@)[\w.]*\w|)")
_TITLE = re.compile(r"^[^\W\d_][^\W\d_]*(?:[-'’][^\W\d_]+)*\.?$")
_VERB = re.compile(r"^(?:mem|men|meng|meny|ber|ter)[a-z]{3,}$|^di[a-z]{3,}(?:kan|(?<!s)i)$"
                   r"|^[a-z]{3,}ed$")
# Passive verbs without a suffix ("didapuk", "dipandu", "dibuka"); nouns that start with
# "di" ("digital", "dinas", "diskusi") are listed as verb_noun in phrases.tsv.
_PASSIVE = re.compile(r"^di[a-z]{4,}$")
# what any split below needs: a full stop between a letter and a capital, or Haji glued to
# initials. Each pattern opens with the one character it needs ("." or "H"), the letter
# before it asked from behind: the engine then leaps from one such character to the next
# instead of trying a match at every letter (the same matches as "[A-Za-z]\.[A-Z]" and
# "\bH[A-Z]{1,2} ").
_GLUED_DOT = re.compile(r"\.(?<=[A-Za-z]\.)[A-Z]")
_GLUED_HAJI = re.compile(r"H(?<=\bH)[A-Z]{1,2} ")
# A degree glued to the name before it by its full stop ("Natasa.MH", "Putri.S.Pd")
_GLUED_TAIL = re.compile(r"^([A-Z][a-z]{2,}[\w'’-]*)\.([A-Z][\w.]*)$")
# One or more titles glued by full stops, capitalised or not ("Dr.", "dr.", "Dr.H.", "Moh.")
# Titles glued by full stops to an initial ("dr.H.L", "Prof.Dr.H.M")
_GLUED_INITIAL = re.compile(r"^((?:[A-Za-z][A-Za-z]{0,3}\.)+)([A-Z])\.?$")
# Haji glued to two initials ("HAM", "HMA")
_HAJI_INITIALS = re.compile(r"^H[A-Z]{2}$")
_GLUED = re.compile(r"^((?:[A-Za-z][A-Za-z]{0,3}\.)+)([A-Z][a-z][\w'’-]*\.?)$")
# Two titles or more glued by full stops to a name typed in lower case ("Prof.Dr.H.rusdi")
_GLUED_LOWER = re.compile(r"^((?:[A-Za-z][A-Za-z]{0,3}\.){2,})([a-z]{3,})$")
# A form of address glued to a capitalised name with no space ("UstadzAhmad", "BapakRudi")
_GLUED_ADDRESS = re.compile(r"^([A-Z][a-z]{3,})([A-Z][a-z]{2,}[\w'’-]*)$")
# a capital between two lower-case letters ("UstadzAhmad"): opens with the capital, the
# rarer letter, asked from behind (the same matches as "[a-z][A-Z][a-z]", one place on)
_CAMEL = re.compile(r"[A-Z](?<=[a-z][A-Z])[a-z]")


class Token(NamedTuple):
    """One word or mark of a phrase and where it sits (a tuple: cheap to make by the
    thousand)."""

    text: str
    start: int
    end: int


_new_tuple = tuple.__new__


@lru_cache(maxsize=256)
def tokenize(text: str) -> list[Token]:
    """Words and marks of ``text``; an honorific or initial glued to the name after it by a
    full stop ("Dr.Rudi", "H.Abdul", "M.Rizki") is two tokens, and so is "HM" before a name
    (Haji and the initial of Muhammad). Cached: the people steps
    read the same slot, item and phrase again and again (callers never change the list),
    each within a short while; a larger cache would only keep old tokens alive, which the
    garbage collector then walks through at every full collection (a named tuple is never
    untracked, as a plain tuple of strings is)."""
    # (tuple.__new__ spares the Python frame of the named tuple's own __new__: the same
    # Token, built twice as fast, for every word of every phrase read)
    words = [_new_tuple(Token, (m[0], m.start(), m.end())) for m in _TOKEN.finditer(text)]
    if not _GLUED_DOT.search(text) and not ("H" in text and _GLUED_HAJI.search(text)) and (
            not _CAMEL.search(text)):
        return words
    if all(map(_plain_word, map(_token_text, words))):
        # (most texts of such a shape, "S.Pd" or "YouTube" in them: every split in
        # _split_glued needs a test of the word alone first, and none holds for any word,
        # so each word is one token; one pass in C instead of a loop of Python steps)
        return words
    return _split_glued(text, words)


_token_text = itemgetter(0)


def _split_glued(text: str, words: list[Token]) -> list[Token]:
    """The tokens of ``text`` from its words (``words``: one token a match of ``_TOKEN``),
    with a title, an initial or a degree glued to a name split off (see :func:`tokenize`)."""
    tokens: list[Token] = []
    append = tokens.append
    for token in words:
        word, start, end = token
        if _plain_word(word):
            # (most words of such a text: every split below needs a test of the word alone
            # first, and none holds, so the word is one token wherever it stands)
            append(token)
            continue
        if word.find(".", 1, 5) > 0 and (cut := _glued_head(word)):
            append(Token(word[:cut], start, start + cut))
            append(Token(word[cut:], start + cut, end))
        elif word.find(".", 1, 5) > 0 and (cut := _glued_lower(word)):
            # "Prof.Dr.H.rusdi": the name after the titles, read as capitalised
            append(Token(word[:cut], start, start + cut))
            append(Token(word[cut:].capitalize(), start + cut, end))
        elif (cut := _glued_address(word)):
            append(Token(word[:cut], start, start + cut))
            append(Token(word[cut:], start + cut, end))
        elif word == "HM" and text[end:end + 1] == " " and text[end + 1:end + 2].isupper():
            # "HM Rusli Amir": "H." (Haji) and the initial "M." (Muhammad) written together
            append(Token("H", start, start + 1))
            append(Token("M", start + 1, end))
        elif (_HAJI_INITIALS.match(word) and tokens and is_honorific(tokens[-1].text)
              and text[end:end + 1] == " " and text[end + 1:end + 2].isupper()):
            # "Drs HAM Rudi": Haji and two initials glued, after another title; without
            # the title first "HAM" is the acronym of human rights ("Komnas HAM Rudi")
            append(Token("H", start, start + 1))
            append(Token(word[1:], start + 1, end))
        elif ((cut := _glued_initial(word)) and text[end:end + 1] == " "
              and text[end + 1:end + 2].isupper()):
            # "dr.H.L Rudi": titles glued by full stops to an initial (here of "Lalu")
            append(Token(word[:cut], start, start + cut))
            append(Token(word[cut:], start + cut, end))
        elif (cut := _glued_tail(word)):
            append(Token(word[:cut], start, start + cut))
            append(Token(word[cut + 1:], start + cut + 1, end))
        elif (cut := _degree_then_word(word)):
            # "Ph.D.dan Dosen ...": the space after the degree's last full stop left out
            append(Token(word[:cut], start, start + cut))
            append(Token(word[cut:], start + cut, end))
        else:
            append(Token(word, start, end))
    return tokens


@lru_cache(maxsize=16384)
def _plain_word(word: str) -> bool:
    """``word`` is one token wherever it stands in :func:`tokenize`: each split there holds
    only when a test of the word alone holds first (a title glued before it by a full stop,
    with a capitalised or a lower-case name; a form of address glued with no space; "HM";
    Haji glued to two initials; titles glued to an initial; a degree glued after it), and
    none of these does. Reads the word and the fixed lists only (cached: asked of every
    word of a text that has such a shape somewhere)."""
    return not (word.find(".", 1, 5) > 0 and (_glued_head(word) or _glued_lower(word))) and (
        not _glued_address(word)) and word != "HM" and not _HAJI_INITIALS.match(word) and (
        not _glued_initial(word)) and not _glued_tail(word) and not _degree_then_word(word)


def _degree_then_word(word: str) -> int:
    """Length of a listed degree glued by its last full stop to the function word after it
    ("Ph.D.|dan", "M.Si.|selaku"), else 0. A degree closes a name, and no degree goes on
    with a conjunction, a relative or an apposition word: only the space after the full
    stop was left out, and the word after it belongs to the sentence (a list goes on, an
    apposition gives the job). The field of a doctorate ("Dr.rer.nat") is no such word."""
    cut = word.rfind(".") + 1
    if cut < 3 or not word[-1:].islower():
        return 0
    tail = word[cut:]
    if tail not in _glue_words() or not is_listed_degree(word[:cut]) and not (
            is_listed_degree(word[:cut - 1])):
        return 0
    return cut


@lru_cache(maxsize=1)
def _glue_words() -> frozenset[str]:
    """Function words (conjunctions, relatives, prepositions) and the words of an
    apposition ("selaku", "sebagai", "yang"), in lower case, of two letters or more."""
    words = set(word_set("stopwords_id.txt"))
    for phrase in phrase_set("apposition"):
        words.update(phrase.casefold().split())
    return frozenset(w for w in words if len(w) >= 2 and w.isalpha())


# (the tests of one split below are not cached: :func:`_plain_word` asks them once per
# word it has not seen, and the splits ask them again only of the rare word that has such a
# shape, so a cache of their own would hardly ever hit and only keep every word alive)
def _glued_lower(word: str) -> int:
    """Length of two or more titles glued by full stops to a name typed in lower case
    ("Prof.Dr.H.|rusdi"), else 0: a chain of titles is followed by a name and nothing else,
    whatever its case."""
    match = _GLUED_LOWER.match(word)
    if match is None or not is_honorific(match.group(1)) or is_listed_degree(word):
        return 0
    return len(match.group(1))


def _glued_address(word: str) -> int:
    """Length of a form of address glued to the name after it with no space
    ("Ustadz|Ahmad"), else 0: no name opens with a title word, so a capital inside the word
    after one is where the space was left out."""
    match = _GLUED_ADDRESS.match(word)
    if match is None or not is_honorific(match.group(1)):
        return 0
    return len(match.group(1))


def _glued_initial(word: str) -> int:
    """Length of two or more titles glued by full stops to one capital after them
    ("dr.H.|L"), else 0."""
    match = _GLUED_INITIAL.match(word)
    # two titles at least: "H.E." (His Excellency) is one title, not Haji and an initial
    if match is None or match.group(1).count(".") < 2 or not is_honorific(match.group(1)) \
            or is_honorific(word) or is_honorific(word + "."):
        return 0
    return len(match.group(1))


def _glued_tail(word: str) -> int:
    """Length of a name a degree is glued to by its full stop ("Natasa|.MH"), else 0."""
    match = _GLUED_TAIL.match(word)
    if match is None or not (is_degree(match.group(2)) or is_degree(match.group(2) + ".")):
        return 0
    return len(match.group(1))


def _glued_head(word: str) -> int:
    """Length of an honorific or initial glued to a name ("Dr.|Rudi", "H.|Abdul"), else 0.

    A single capital counts only before a word of five letters or more that is not a listed
    degree, since degrees have the same shape ("M.Kom", "S.Farm", "M.Biomed")."""
    match = _GLUED.match(word)
    if match is None or is_listed_degree(word) or is_listed_degree(word.rstrip(".")):
        return 0
    head, rest = match.group(1), match.group(2)
    if not is_title(rest):
        return 0
    if is_honorific(head) or head.rstrip(".").casefold() in phrase_set("name_abbrev") or (
            len(head) == 2 and head[0].isupper() and len(rest.rstrip(".")) >= 5) or (
            doctorate(head)):
        return len(head)
    return 0


def doctorate(head: str) -> bool:
    """``head`` is titles glued by full stops that hold a doctorate with its field
    ("Dr.Eng.", "Prof.Dr.rer.nat."): every part an honorific or the field after "Dr"."""
    if "dr" not in head.casefold():
        return False  # (no part can be "Dr": the quick answer for nearly every word)
    return _doctorate(head)


@lru_cache(maxsize=1024)
def _doctorate(head: str) -> bool:
    """:func:`doctorate` of a word that holds "dr" (cached apart: the quick test before it
    answers nearly every word as fast as a look-up would, and a cache of every word asked
    would keep thousands of entries that hardly ever hit again)."""
    parts = [p for p in head.split(".") if p]
    fields = phrase_set("doctor_field")
    return any(p.casefold() == "dr" for p in parts) and any(
        p.casefold() in fields for p in parts) and all(
        is_honorific(p) or p.casefold() in fields for p in parts)


@lru_cache(maxsize=8192)
def looks_like_verb(word: str) -> bool:
    """A lowercase Indonesian or English verb form ("menjelaskan", "dipandu", "shared")."""
    lower = word.casefold()
    if lower in phrase_set("verb_noun") or not word[:1].islower():
        return False
    return (bool(_VERB.match(lower) or _PASSIVE.match(lower)) or lower in phrase_set("quote_verb")
            or lower in phrase_set("verb_en"))


@lru_cache(maxsize=8192)
def is_title(tok: str) -> bool:
    if not _TITLE.match(tok) or not tok[0].isupper():
        return False
    body = tok.rstrip(".")
    if body[1:].islower():
        return True  # (the tests below for most such words: a lower-case letter, no capital)
    return len(body) > 1 and any(c.islower() for c in body) and not any(
        c.isupper() and body[k - 1] not in "-'’" and not _patronymic_cap(body, k)
        for k, c in enumerate(body) if k)


def _patronymic_cap(body: str, k: int) -> bool:
    """The capital at ``k`` follows a Gaelic patronymic prefix ("McAllister", "MacLeod"):
    the name is written in title case after "Mc"/"Mac", as after an apostrophe ("O'Neil")."""
    return (k == 2 and body.startswith("Mc") or k == 3 and body.startswith("Mac")) and \
        body[k + 1:].islower()


def is_caps(tok: str) -> bool:
    body = tok.rstrip(".")
    return len(body) >= 2 and body.isalpha() and body.isupper()


# Degrees by their shape, beside the listed ones: an Indonesian bachelor's, master's or
# doctor's degree written without full stops, its level letter then its field ("STh",
# "MKed", "MMg", "SHum"), and a medical specialist's "Sp" with the specialty in capitals and
# any sub-specialty after a hyphen ("SpOG", "SpTHT-KL", "SpPD-KKV").
_LEVEL_FIELD = re.compile(r"^[SMD][A-Z][a-z]{1,3}\.?$")
_SPECIALIST = re.compile(r"^Sp\.?[A-Z][A-Za-z]{0,4}(?:-[A-Z]{1,4})?\.?$")


def _degree(tok: str) -> bool:
    """``tok`` is a degree, listed or of a degree's shape (see ``_LEVEL_FIELD``)."""
    return is_degree(tok) or bool(_LEVEL_FIELD.match(tok) or _SPECIALIST.match(tok))


def degrees_end(tokens: list[Token], last: int) -> int:
    """The last token of the degrees written after the name ending at ``last``."""
    j = last + 1
    if j >= len(tokens):
        return last
    # (most names: the word after them, or after their comma, starts no degree, and the
    # loop below would end at once: see _opens_no_degree)
    tok = tokens[j].text
    if tok == "," or tok == ".":
        if j + 1 >= len(tokens) or _opens_no_degree(tokens[j + 1].text):
            return last
    elif _opens_no_degree(tok):
        return last
    end = last
    while j < len(tokens):
        tok = tokens[j].text
        if tok in {",", "."} and j + 1 < len(tokens) and (
                _degree(tokens[j + 1].text) or tokens[j + 1].text in {",", "."}
                or comma_degree(tokens, j + 1) or _spaced_degree(tokens, j + 1)
                or (end > last and (_certification(tokens, j + 1)
                                    or chain_degree(tokens, j + 1)))):
            j += 1
            continue
        if doctorate(tok):
            break  # "Dr.Eng." opens the next name; degrees after a name have no "Dr"
        if (size := _spaced_degree(tokens, j)):
            # (first: the head of "Sp. Ort." or "Lic. Theol" is a degree on its own too)
            end = j + size - 1
            j += size
            continue
        if _address_ahead(tokens, j):
            break  # "Division, Ms. Rina": the address of the next name, no degree
        if _degree(tok) or (end > last and (_certification(tokens, j)
                                            or chain_degree(tokens, j))):
            end = j
            j += 1
            continue
        if comma_degree(tokens, j):
            end = j + 2
            j += 3
            continue
        if tok == "(" and j + 2 < len(tokens) and tokens[j + 2].text == ")" and end > last \
                and not _body_acronym(tokens[j + 1].text, tokens[j - 1].text):
            end = j + 2
            j += 3
            continue
        break
    return end


def _address_ahead(tokens: list[Token], j: int) -> bool:
    """``tokens[j]`` is a word that is both a degree and a form of address ("Ms", "Apt",
    "Ns") and a capitalised word that is no degree follows it: it addresses the name that
    word starts ("the Ambassador to X, Ms. Rina Dewi"), as a form of address always stands
    before its name, while a degree after a name ends it (a comma, a conjunction or the next
    degree follows)."""
    if j + 1 >= len(tokens) or not is_honorific(tokens[j].text):
        return False
    word = tokens[j + 1].text
    return word[:1].isupper() and word[1:2].islower() and word.isalpha() and not _degree(word)


_STOPS = frozenset({",", "."})


@lru_cache(maxsize=8192)
def _opens_no_degree(word: str) -> bool:
    """``word``, right after a name (or after the comma or full stop after it), makes
    :func:`degrees_end` end at the name: each step there that takes a word on needs a test
    of that word alone to hold first, and none does. It is no degree (:func:`_degree`), no
    initial (a degree spaced after its first letter, "M. Sc", or typed with a comma, "M,Pd"),
    no head of a diploma or a spaced pair ("Dipl", "Ph.") and no full stop or comma (a
    comma's own step); a certification or a chain of degrees is asked only once a degree
    has been taken, and a bracket only then too. (Neither "," nor "." is a degree, an
    initial, a doctorate or such a head: after the comma's own step they end the loop as
    well.) Reads the word and the fixed lists only."""
    return word not in _STOPS and not (word.endswith(".") and 3 <= len(word) <= 5) and (
        not is_initial(word)) and word.rstrip(".").casefold() not in LEVEL_HEADS and (
        not _degree(word))


_SPECIALTY_MASTERS = frozenset({"mked", "mkes"})
"""Clinical masters whose field is bracketed after them in two capitals ("M.Ked (OG)",
"M.Kes (PD)"): a mark of the degree, no body."""


def _body_acronym(word: str, before: str = "") -> bool:
    """``word``, bracketed after a name's degrees, is a body's acronym or a short form of
    an office ("M.Si. (BPPT)", "M.H. (Kapusdatin)"): the person's affiliation, as it is
    bracketed straight after a name, not a mark of the degree ("Sp.A(K)", "M.Tr (Han)",
    "Dr. (HC)", "(Hons)"), which is a short abbreviation: a letter, or up to six letters
    in mixed case. Capitals are the body's even where they spell a listed degree too
    ("Ph.D. (MPH)", "M.T. (MHI)"): a degree is written after the name, never bracketed
    after the degrees already there, while a body's acronym is bracketed so. Two capitals
    are a body as well ("M.Si. (UI)", "S.E. (BI)"), but for the honorary doctorate's mark
    ("Dr. (HC)") and a clinical master's field ("M.Ked (OG)": ``_SPECIALTY_MASTERS``)."""
    body = word.rstrip(".")
    two = len(body) == 2 and body != "HC" and before.replace(".", "").casefold() not in (
        _SPECIALTY_MASTERS)
    return body.isalpha() and ((len(body) >= 3 or two) and body.isupper() or (
        len(body) > 6 and not _degree(word)))


_CHAIN_CLOSERS = frozenset({",", "(", ")", ";", "."})


def certification_shape(word: str) -> bool:
    """``word`` is shaped like a certification or master's degree in capitals ("CHRM",
    "MTPK."): "C" or "M" and two to five more capitals, not a body a chain may end with."""
    body = word.rstrip(".")
    return 3 <= len(body) <= 6 and body.isalpha() and body.isupper() and body[0] in "CM" \
        and body.casefold() not in not_name_words()


def _certification(tokens: list[Token], j: int) -> bool:
    """A certification or master's degree in capitals among the degrees ("S.E., M.M., CHRM,
    Direktur ...", "S.Kom., M.T.I., MTPK (Kepala ...)"): "C" (Certified ...) or "M" (Master
    of ...) and two to five more capitals that close the chain (a comma, a parenthesis, the
    end, or an apposition word such as "selaku" that introduces the position, which then
    cannot be these capitals). Other capitals there are usually a body ("M.Si, BRIN"); the
    bodies a chain may end with are listed in ``not_name_words``."""
    if not certification_shape(tokens[j].text):
        return False
    if j + 1 >= len(tokens) or tokens[j + 1].text in _CHAIN_CLOSERS:
        return True
    return tokens[j + 1].text.casefold() in phrase_set("apposition")


def diploma(tokens: list[Token], j: int) -> int:
    """2 when a diploma is written apart from its field at ``j`` ("Dipl Ing", "Dipl. Ing."
    for "Dipl.-Ing.", or "Dipl. SE" with a degree for the field; "Dip. TEFL", "Lic. Theol":
    see ``degree_forms.level_and_field``), else 0: "Dipl" is never a name word, and the
    field after it is part of the degree, as in "Dipl.-Ing"."""
    if j + 1 >= len(tokens) or tokens[j].text.rstrip(".").casefold() not in LEVEL_HEADS:
        return 0  # (asked of every word after a name: the heads are few)
    if tokens[j].text.rstrip(".").casefold() != "dipl":
        return 2 if level_and_field(
            tokens[j].text, tokens[j + 1].text) else 0
    field = tokens[j + 1].text.rstrip(".")
    return 2 if field.isalpha() and (is_listed_degree("Dipl.-" + field) or is_degree(
        tokens[j + 1].text)) else 0


def _spaced_degree(tokens: list[Token], j: int) -> int:
    """How many tokens a degree written with a space after each full stop takes at ``j``
    ("M. Sc": 2, "Ph. D": 2, "S. I. Kom": 3, a diploma and its field: "Dipl Ing"), else 0."""
    if (size := diploma(tokens, j) or spaced_pair(tokens, j)):
        return size
    if j + 1 >= len(tokens) or not is_initial(tokens[j].text):
        return 0
    if j + 2 < len(tokens) and is_initial(tokens[j + 1].text) and tokens[j + 1].text.endswith(
            ".") and tokens[j + 2].text[:1].isupper() and is_listed_degree(
            tokens[j].text + tokens[j + 1].text + tokens[j + 2].text):
        return 3  # (listed only: "A. B. Santoso" has the shape of a degree too)
    return 2 if is_degree(tokens[j].text + tokens[j + 1].text) else 0


def comma_degree(tokens: list[Token], j: int) -> bool:
    """"M,Pd." at ``j``: a degree typed with a comma for its first full stop. The comma
    stands for that full stop, so a letter that already has one is an initial followed by a
    separator ("Monika R.,Sp.An.", "Christanto K., S.T."): the name's last initial."""
    if not (j + 2 < len(tokens) and is_initial(tokens[j].text)
            and not tokens[j].text.endswith(".") and tokens[j + 1].text == ","):
        return False
    joined = tokens[j].text + "." + tokens[j + 2].text
    if tokens[j + 2].start == tokens[j + 1].end:
        return is_degree(joined)
    # A space after the comma reads as a separator: only a degree of the list itself ("M,
    # Pd") or a letter that starts the degree after it again ("M, MPd") is still taken as a
    # degree typed that way; "Rina Kartika A, SE." is the name's last initial and then the
    # degrees, never a degree "A.SE" that no one holds.
    return is_listed_degree(joined) or (
        is_degree(joined) and tokens[j + 2].text[:1] == tokens[j].text)


def initial_before_degree(tokens: list[Token], j: int) -> bool:
    """Token ``j`` is a name's last initial written right before its degrees ("Bima
    Wicaksono S M.Hum", "Bima Wicaksono S. M.Pd"), not the first piece of a degree ("M,Si",
    "M. Sc", "S. Pd"): the next token is a whole degree on its own (with a full stop inside
    it, so it cannot be the second half of a spaced one)."""
    if not is_initial(tokens[j].text) or j + 1 >= len(tokens) or comma_degree(tokens, j):
        return False
    nxt = tokens[j + 1].text
    return "." in nxt.rstrip(".") and is_degree(nxt)


def handle_after(tokens: list[Token], end: int) -> tuple[str | None, int]:
    """The handle written right after a name ending at ``end`` ("Rina @rina", "Rina
    (@rina)", "Rina, @rina,"), and the new end of the name as written."""
    k = end + 1
    if k < len(tokens) and tokens[k].text.startswith("@"):
        return tokens[k].text, k
    if k + 1 < len(tokens) and tokens[k].text in {"(", ","} and tokens[k + 1].text.startswith(
            "@"):
        close = k + 2 < len(tokens) and tokens[k + 2].text == ")"
        if tokens[k].text == "(" and not close:
            return None, end
        return tokens[k + 1].text, k + 2 if close else k + 1
    return None, end


def alone_handle(tokens: list[Token], i: int) -> bool:
    """A social-media handle standing for a person on its own ("moderator @rinakusuma"),
    not one written after the name ("Rina Kusuma @rinakusuma") or glued into a word, nor
    one right before a capitalised name ("pendiri @kedaikopi Rina Kusuma"): that handle is
    the account of the body the job names, and the name after it is the person."""
    text = tokens[i].text
    if i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper() and tokens[i + 1].text.isalpha():
        return False
    return text.startswith("@") and len(text) > 3 and (i == 0 or tokens[i - 1].end
                                                         < tokens[i].start)
