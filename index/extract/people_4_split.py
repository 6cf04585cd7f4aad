"""Cutting a list of people into pieces: "yakni A, jabatan; B, jabatan; dan C (jabatan)".

Coverage lists a programme in one sentence, separated by ";" when positions contain commas,
else by "," and a final "dan"/"serta"/"and". Commas also separate a name from its degrees
("Amiruddin, S.E, M.M") and a position from the next name ("the Ambassador of Chile to
Indonesia, Rosa Martinez"), so splitting is done in stages:

1. quoted text, parentheses and unquoted talk titles ("membawakan makalah berjudul Early Care
   of ...") are protected: nothing inside them splits an item or becomes a name; a
   parenthesis that never closes ends before the next person that opens unmistakably;
2. the slot splits at top-level ";" if it has any, else at top-level "," (never before a
   degree, "M. Phil", "S. I. Kom" and "M,Pd" included); a ";" piece whose commas open two
   or more marked people was written with both marks and splits at those commas too;
3. a piece splits again at "dan"/"serta"/"and" when both sides hold a person and the right
   one is unmistakable (honorific, degrees or two name words), or is a position then a
   name after a person who has none yet ("Dra. Ratna, M.Psi dan aktor ... Rendy Kurniawan").

Reading the pieces as people and gluing descriptions to them is
:mod:`index.extract.people_5_assembly`'s job.
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.lexicon import phrase_regex, phrase_set, position_words
from index.names import is_degree, is_honorific, is_listed_degree

from .body_series import body_series_spans, in_body_series
from .gazetteer import place_at
from .people_0_tokens import certification_shape
from .people_1_runs import is_title, iter_runs, tokenize
from .people_3_phrase import (
    PersonPhrase,
    lead_offset,
    parse_person,
    role_follows,
)
from .root_words import dictionary_word
from .unmarked_items import unmarked_cuts

_QUOTE_PAIRS = {"“": "”", "\"": "\"", "‘": "’", "«": "»"}
_OPENER = re.compile("[" + "".join(_QUOTE_PAIRS) + "]")
# What may close a quote: its own mark, or for "“" also a later opening mark (a typo'd close)
_CLOSERS = {closer: re.compile("[”“\"]" if closer == "”" else re.escape(closer))
            for closer in _QUOTE_PAIRS.values()}
# "ada juga" / "juga ada" / "ada pula" add the next member as "dan" does ("A sebagai Direktur
# X juga ada B sebagai Ketua Y"): the connectors that also carry a list on across sentences
# (``list_continue``), inside one.
# "beserta" ("bersama-sama dengan; dan") coordinates as "serta" does: "Kepala X A beserta
# Ketua Y B" names two people, each with their own job.
_CONNECTOR = re.compile(r"\s+(?:dan|serta|beserta|and|&|as\s+well\s+as|juga\s+ada|"
                        r"ada\s+(?:juga|pula)|adapula)\s+"
                        r"(?:(?:juga|terakhir|kemudian)\s+)?",
                        re.IGNORECASE)


def title_spans(text: str) -> list[tuple[int, int]]:
    """Quoted passages of two words or more (a one-word quote may be a nickname)."""
    return _titles(text, quoted_spans(text))


def _titles(text: str, quoted: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """:func:`title_spans` from the quoted spans already found in ``text``."""
    return [(a, b) for a, b in quoted if len(text[a:b].split()) >= 2]


def slot_mask(text: str) -> str:
    """``text`` with its quoted titles and unquoted talk titles blanked (:func:`mask`): what
    the list reader reads names from. :func:`split_items` takes it from its caller, who
    has it already, rather than finding the same spans again."""
    return mask(text, title_spans(text) + talk_spans(text))


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of quoted passages, the quote marks included; unclosed ones run to the end."""
    spans = []
    i = 0
    while (found := _OPENER.search(text, i)) is not None:
        i = found.start()
        ch = text[i]
        closer = _QUOTE_PAIRS[ch]
        if ch == "‘" and ((i > 0 and (text[i - 1].isalpha() or text[i - 1] == "-"))
                          or text.find("’", i + 1) < 0):
            # an ayn or apostrophe in a transliterated name ("Al-‘Atiq", "‘Uyun", "Syafi‘i"):
            # a single quote that is never closed quotes nothing
            i += 1
            continue
        if ch == "\"" and ((i > 0 and not text[i - 1].isspace() and text[i - 1] not in "(“:")
                          or i + 1 >= len(text) or text[i + 1].isspace()):
            i += 1
            continue
        end = -1
        for close in _CLOSERS[closer].finditer(text, i + 1):
            j = close.start()
            if text[j] == closer or j > i + 3:
                end = j
                break
        if end < 0:
            spans.append((i, len(text)))
            break
        spans.append((i, end + 1))
        i = end + 1
    return spans


def mask(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the inside of ``spans`` blanked to lowercase filler (offsets kept)."""
    if not spans:
        return text  # nothing to blank (most slots): the text as it is
    chars = list(text)
    for start, end in spans:
        for k in range(start + 1, max(start + 1, end - 1)):
            if not chars[k].isspace():
                chars[k] = "x"
    return "".join(chars)


def _paren_spans(text: str) -> list[tuple[int, int]]:
    """The outermost parentheses of ``text``. One that never closes (a writer's "A (Ketua
    X (XY), B (..." closes only the inner acronym) ends where the next item opens
    (:func:`_unclosed_end`), else at the end of the text."""
    if "(" not in text:
        return []  # no parenthesis opens: none to protect
    pairs, stack = [], []
    for paren in _PAREN.finditer(text):  # the parentheses only, not every character
        i = paren.start()
        if paren.group() == "(":
            stack.append(i)
        elif stack:
            pairs.append((stack.pop(), i + 1))
    if not stack:
        return [(a, b) for a, b in pairs if not any(c < a and b < d for c, d in pairs)]
    limits = [*stack[1:], len(text)]
    spans = pairs + [(u, _unclosed_end(text, u, limit, pairs)) for u, limit in zip(stack, limits)]
    return sorted((a, b) for a, b in spans
                  if not any((c, d) != (a, b) and c <= a and b <= d for c, d in spans))


_PAREN = re.compile(r"[()]")
_ITEM_SEPARATOR = re.compile(r"[,;]|\s(?:dan|serta|and)\s")


def _unclosed_end(text: str, start: int, limit: int, pairs: list[tuple[int, int]]) -> int:
    """Where the parenthesis opened at ``start`` and never closed ends: at the first
    separator (",", ";", "dan") outside the parentheses it holds after which a person
    opens unmistakably (honorific, degrees or two name words): a description in
    parentheses holds no next person, so the next item has begun there. With none before
    ``limit`` (the next unclosed one, or the end), it runs to ``limit``."""
    for sep in _ITEM_SEPARATOR.finditer(text, start + 1, limit):
        if any(a < sep.start() < b for a, b in pairs):
            continue
        after = text[sep.end():sep.end() + 200]
        person = parse_person(after)
        if person is not None and person.start <= _lead_offset(after) and _strong(person, after):
            return sep.start()
    return limit


def talk_spans(text: str) -> list[tuple[int, int]]:
    """Unquoted talk or event titles: from the cue to the next strongly introduced person."""
    return list(_talk_spans(text))


_TITLE_SEPARATOR = re.compile(r",|;|\s(?:dan|serta|and)\s")
"""Where an unquoted title may end: a comma, a semicolon or a conjunction."""


@lru_cache(maxsize=64)
def _talk_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(Cached for the last slots: reading a list asks for a slot's spans twice, and the
    same slot is read again for several cues of a sentence.)"""
    spans = []
    cues = list(phrase_regex("talk_cue").finditer(text)) + list(
        phrase_regex("theme_cue").finditer(text))
    for match in cues:
        rest = text[match.end():]
        if rest.lstrip()[:1] in _QUOTE_PAIRS:
            continue
        end = len(text)
        for sep in _TITLE_SEPARATOR.finditer(rest):
            after = rest[sep.end():]
            tokens = tokenize(after)
            # (only the first run is asked about: ``iter_runs`` yields the runs of
            # ``find_runs`` one by one, in order, so the first it yields is ``runs[0]`` and
            # the runs of the rest of the text are not read)
            run = next(iter_runs(tokens), None)
            if run is not None and run.prefix <= 2 and (run.anchored_before or run.has_degrees
                                                        or _from_body(tokens, run, after)):
                end = match.end() + sep.start()
                break
        spans.append((match.end(), end))
    return tuple(spans)


_FROM = re.compile(r"\s+(?:dari|from)\s+[A-Z]")


def _from_body(tokens: list, run, text: str) -> bool:
    """"..., Features and Methods dan Elgi Pratama dari PT X dengan materi ...": a name of
    two words or more that opens the next item and is followed by "dari" and a capitalised
    body is the next person (introduced by where they come from), not more of the title."""
    return run.prefix == 0 and run.last > run.first and _FROM.match(
        text, tokens[run.last].end) is not None


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """``pos`` lies strictly inside one of ``spans``. A plain loop, not ``any`` over a
    generator: it is called for every separator of every list read, mostly with no span or
    one, where building the generator costs more than the test (same answer: the first span
    holding ``pos`` ends it, no span holding it gives ``False``, as ``any`` does)."""
    for start, end in spans:
        if start < pos < end:
            return True
    return False


_SEMICOLON = re.compile(";")


def _split_points(text: str, protected: list[tuple[int, int]]) -> list[int]:
    """Where the items of ``text`` part. Separators rank: when ";" parts items, a "," is
    inside an item ("A, Dean, Faculty of X; B, ..."), so only the ";" count; but a ";"
    piece that opens two or more people with its commas was written with both marks
    between items (":func:`_mixed_piece`"), and there the commas part items too."""
    # (with no protected span, no separator is inside one: the test is skipped)
    semis = [m.start() for m in _SEMICOLON.finditer(text)
             if not protected or not _inside(m.start(), protected)]
    if not semis:
        return _comma_points(text, protected)
    points = list(semis)
    commas = _comma_points(text, protected)
    bounds = [-1, *semis, len(text)]
    for a, b in zip(bounds, bounds[1:]):
        inner = [c for c in commas if a < c < b]
        if inner and _mixed_piece(text, [a, *inner, b]):
            points.extend(inner)
    return sorted(points)


def _mixed_piece(text: str, cuts: list[int]) -> bool:
    """The stretches between ``cuts`` (one ";" piece cut at its commas) open with a
    person at least twice ("A (X); Dr. B (Y), C (Z) dan D (W)"): the writer parted items
    with both marks. A position with commas inside opens no person after them ("B, Dean,
    Faculty of X"), so a piece with one person stays one item. Only a name marked as one
    counts (an honorific or degrees, or the parenthesis of its description right after
    it): a job in title case after a comma reads as well as two name words ("A, S.Pd,
    Certified Career Coach; ...")."""
    people = 0
    for a, b in zip(cuts, cuts[1:]):
        stretch = text[a + 1:b]
        words = [w.strip(",;") for w in stretch.split(maxsplit=8)[:8]]
        if "(" not in stretch and not any(is_honorific(w) or is_degree(w) for w in words):
            continue  # no mark: no need to read the person
        person = parse_person(stretch)
        if person is not None and person.start <= _lead_offset(stretch) and (
                person.written != person.name or stretch[person.end:].lstrip()[:1] == "("):
            people += 1
            if people >= 2:
                return True
    return False


_COMMA = re.compile(",")
_COMMA_STOP_DEGREE = re.compile(r"[A-Z],\s*[A-Z][a-z]{1,3}\b")
"""A capital, a comma and a short capitalised word ("S, Pd", "M,Kom"): a degree
written with a comma for its full stop."""
_COMMA_AND_SPACE = re.compile(r",\s*")


def _comma_points(text: str, protected: list[tuple[int, int]]) -> list[int]:
    points = []
    for m in _COMMA.finditer(text):
        if protected and _inside(m.start(), protected):
            continue
        after = text[m.end():].lstrip(" .,")
        if after[:1] == "(":
            continue  # "A, Ph.D., (Dosen X, Y)": a bracket opens no item, it glosses one
        words = after.split(maxsplit=2)
        word = words[0].rstrip(",;") if words else ""
        pair = word + words[1].rstrip(",;") if len(words) > 1 else ""
        if len(words) > 2 and len(word.rstrip(".")) == 1 and words[1].endswith("."):
            pair += words[2].split(maxsplit=1)[0].rstrip(",;")  # "S. I. Kom": spaced too
        honorific = (is_honorific(word) and not words[0].endswith((",", ";")) and len(words) > 1
                     and is_title(words[1].rstrip(",;")) and not is_degree(words[1].rstrip(",;"))
                     and words[1].casefold() not in position_words())
        if not honorific and "." in word.rstrip(".") and len(words) > 1 and all(
                is_honorific(part) for part in word.split(".") if part) and is_title(
                words[1].rstrip(",;")):
            honorific = True  # "..., DR.Drs Anita": titles glued, the last stop left out
        if word and not honorific and (
                is_degree(word) or (len(word.rstrip(".")) == 1 and is_listed_degree(pair))):
            continue  # "Amiruddin, S.E": degrees; "..., Ms. Julie" opens the next item
        if _COMMA_STOP_DEGREE.match(text[m.end():].lstrip()) and is_degree(
                _COMMA_AND_SPACE.sub(".", text[m.end():].lstrip()[:8]).split()[0].rstrip(",;")):
            continue
        if _glued_degree_before(text, m.start()):
            continue
        if _chain_certification(text, m.start(), words):
            continue
        if _place_apposition(after):
            continue
        points.append(m.start())
    return points


def _place_apposition(after: str) -> bool:
    """The text after a comma opens with a place and goes straight on to a capitalised word
    ("Universitas Sukamaju Kupang, Nusa Tenggara Timur Dr. Yohanes ..."): the place is where the
    body before the comma stands (an address is written "kota, provinsi"), the end of that
    position, not an item of its own; a person has no place for a name. A word that heads
    a job title as well as naming a place ("Karo", the head of a bureau) opens an item."""
    words = after.split(maxsplit=4)
    if words and words[0].rstrip(",;.").casefold() in position_words():
        return False  # "..., Karo Penmas Polda X Kombes A": a job's head that is also a place
    n = place_at([w.rstrip(",;.") for w in words[:4]])
    if n == 0 or n >= len(words) or words[n - 1].endswith((",", ";", ".")):
        return False
    return words[n][:1].isupper()


def _chain_certification(text: str, comma: int, words: list[str]) -> bool:
    """The comma goes on with the degrees of the name before it: a certification in capitals
    ("..., S.E., M.M., CHRM, Kepala ...") after a degree, closing the chain (a comma, a
    parenthesis, the end, or an apposition word). The item reader takes the same capitals
    as the run reader does (``certification_shape``), so the person's written name and the
    item end together, and nothing of theirs is left between them and a cue."""
    if not words or not certification_shape(words[0].rstrip(",;")):
        return False
    before = text[:comma].rsplit(maxsplit=1)
    if not before or not is_degree(before[-1]):
        return False
    if words[0].endswith((",", ";")) or len(words) == 1 or words[1][:1] in ",;()":
        return True
    return words[1].casefold() in phrase_set("apposition")


_LONE_CAPITAL = re.compile(r"\s?[A-Z]")
"""A capital letter alone, the space before it allowed: the first letter of a degree."""
_SHORT_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]{1,3}\b")
"""A capital and one to three small letters ("Pd", "Kom"), the second part of a
degree; ``_SHORT_CAPITALISED`` is the same letters without the word boundary."""
_SHORT_CAPITALISED = re.compile(r"[A-Z][a-z]{1,3}")


def _glued_degree_before(text: str, comma: int) -> bool:
    """"M,Pd." - a degree written with a comma for its full stop."""
    before = text[max(0, comma - 2):comma]
    after = text[comma + 1:comma + 5].lstrip()
    return bool(_LONE_CAPITAL.fullmatch(before)) and bool(_SHORT_CAPITALISED_WORD.match(after)) \
        and is_degree(before.strip() + "." + _SHORT_CAPITALISED.match(after).group())


def _position_then_name(person: PersonPhrase | None, text: str) -> bool:
    """"aktor sekaligus duta anti perundungan Rendy Kurniawan": a position, then a name of two
    or more words that ends the text."""
    if person is None or not person.position or person.start <= _lead_offset(text):
        return False
    words = [w for w in person.name.split() if len(w.rstrip(".")) > 1]
    return len(words) >= 2 and _ends_item(text[person.end:])


_DESCRIPTION_ONLY = re.compile(r"[\s,.;]*(?:\([^()]*\)[\s,.;]*)?")


def _ends_item(rest: str) -> bool:
    """Nothing follows a name but punctuation, or one parenthesis and punctuation: a
    parenthesis right after a name holds that person's affiliation or talk ("A, S.Pd
    (Etika Digital) dan Dosen X B, M.Sc (Budaya Digital)"), part of their item, not more of
    a title running on."""
    return _DESCRIPTION_ONLY.fullmatch(rest) is not None


def _job_and_name_pair(left_person: PersonPhrase | None, left: str,
                       right_person: PersonPhrase | None, right: str) -> bool:
    """"Ketua Bawaslu Abhan dan Komisioner KPU Ilham Saputra": both sides are a position
    then a name that ends the side, so "dan" joins two people, each with a one-word name
    allowed. The right side must open with a job word, or it could be more of the title."""
    if left_person is None or right_person is None or not left_person.position:
        return False
    if left[left_person.end:].strip(" ,") or right[right_person.end:].strip(" ,.;"):
        return False
    words = right.split()
    if "," in right[:right_person.start] or "," in left[:left_person.start]:
        return False  # "Asisten Ekonomi dan Pembangunan Setda, Drs. X": one title
    return (right_person.start > _lead_offset(right) and bool(right_person.position)
            and bool(words) and (words[0].casefold() in position_words()
                                 or words[0].casefold() in phrase_set("job_of"))
            and left_person.start > _lead_offset(left)
            and _named_after_body(left_person, left) and _named_after_body(right_person, right))


def _named_after_body(person: PersonPhrase, text: str) -> bool:
    """Two name words, or one after the body of the job ("Ketua Bawaslu RI Abhan"), not
    right after a word of a title ("Asisten Perekonomian", "Pembangunan Setda")."""
    if len([w for w in person.name.split() if len(w.rstrip(".")) > 1]) >= 2:
        return True
    before = text[:person.start].split()
    return bool(before) and (before[-1].isupper() or before[-1].casefold() not in
                             position_words())


def _solid(person: PersonPhrase) -> bool:
    """Two or more name words, or a name marked by an honorific, degrees or a handle."""
    words = [w for w in person.name.split() if len(w.rstrip(".")) > 1]
    return len(words) >= 2 or person.written != person.name


def _named_with_role(person: PersonPhrase | None, text: str) -> bool:
    """"... dan Santo yang merupakan Tim Program X": a name that opens the right side, its
    role given by an apposition ("selaku", "yang merupakan"), or by a job written straight
    after it (:func:`_name_then_job`): a body is not written so after a person and "dan"."""
    return person is not None and person.start <= _lead_offset(text) and (
        role_follows(person) or _name_then_job(person, text))


def _name_then_job(person: PersonPhrase, text: str) -> bool:
    """"Santo Wakil Ketua Komisi X": ``text`` is the name then the job it holds, written
    with no comma, all of it (the person's tail is their position, and nothing else
    follows): a whole item of a list, as "Santo, Wakil Ketua Komisi X" is. The job opens with
    a word of a position, so the tail is no more of the name nor the next one."""
    tail = person.tail
    if not person.position or not tail or text[person.end:].strip(" ,.;") != tail.strip(" ,.;"):
        return False
    words = person.name.split()
    if len(words) == 1 and dictionary_word(words[0].casefold()):
        return False  # "dan Ajun Jaksa X, Nama": a rank opening the next job, no name
    first = tail.split()[0].casefold()
    return first in position_words() or first in phrase_set("job_of")


def _parallel_items(left_person: PersonPhrase | None, left: str,
                    right_person: PersonPhrase | None, right: str) -> bool:
    """"A dari X dan B dari Y", "A selaku X dan B selaku Y": both sides open with a name
    and go on with the same linking word, so "dan" joins two items of one shape, the right
    one a person even with a one-word name. A description never repeats the link of the
    item it belongs to after a capitalised word of its own ("program studi X dan B" then
    "dari" is the second item's own link, not more of the first one's body). The left name
    must be solid (two words or marked), the right one no dictionary word."""
    if left_person is None or right_person is None or not _solid(left_person):
        return False
    if left_person.start > _lead_offset(left) or right_person.start > _lead_offset(right):
        return False
    left_link, right_link = left_person.tail.split()[:1], right_person.tail.split()[:1]
    if not left_link or left_link != right_link or \
            left_link[0].casefold() not in _PARALLEL_LINKS:
        return False
    words = right_person.name.split()
    return len(words) > 1 or not dictionary_word(words[0].casefold())


# The links that join a name to its description the same way in every item of a list.
_PARALLEL_LINKS = frozenset({"dari", "selaku", "sebagai", "from", "as"})


def _strong(person: PersonPhrase | None, text: str) -> bool:
    """``person`` opens ``text`` unmistakably, or is marked by an honorific or degrees."""
    if person is None:
        return False
    marked = person.written != person.name and not person.written.startswith(person.name + " @")
    at_lead = person.start <= _lead_offset(text)
    bare = [w for w in person.name.split() if len(w.rstrip(".")) > 1]
    return (at_lead and (marked or len(bare) >= 2)) or (marked and not person.written.startswith(
        person.name))


def _split_connectors(piece: str, offset: int, masked: str) -> list[tuple[int, int]]:
    """Cut ``piece`` at "dan"/"serta"/"and" between two people."""
    inner = [(a, b) for a, b in _paren_spans(piece) if piece[:a].strip()]
    for match in _CONNECTOR.finditer(masked):
        if (inner and _inside(match.start(), inner)) or in_body_series(piece, match.start()):
            continue  # "A (profesor di College of X and Y)": a description in parentheses
        left, right = masked[:match.start()], masked[match.end():]
        if not right.strip() or not left.strip():
            continue
        right_person = parse_person(right)
        if right_person is None:
            continue  # no person opens the right side: none of the cuts below is made
        left_person = parse_person(left)
        paired = _job_and_name_pair(left_person, left, right_person, right)
        if not paired and not _strong(right_person, right) and not (
                left_person is not None and _solid(left_person)
                and (_ends_item(left[left_person.end:])
                     or left_person.start <= _lead_offset(left)
                     and _name_then_job(left_person, left))
                and (_position_then_name(right_person, right)
                     or _named_with_role(right_person, right))) and not _parallel_items(
                    left_person, left, right_person, right):
            continue
        if not paired and left_person is not None and not _solid(left_person) and \
                left_person.start > _lead_offset(left):
            continue
        if left_person is not None or right_person.start <= _lead_offset(right):
            rest = _split_connectors(piece[match.end():], offset + match.end(),
                                     masked[match.end():])
            return [(offset, offset + match.start()), *rest]
    return [(offset, offset + len(piece))]


def split_items(text: str, masked: str | None = None) -> list[tuple[int, int]]:
    """(start, end) of the items of the list written in ``text``. ``masked``: ``text``'s
    :func:`slot_mask`, when the caller has it (the same string, found once)."""
    talks = talk_spans(text)
    quoted = quoted_spans(text)
    protected = quoted + _paren_spans(text) + talks + list(body_series_spans(text))
    if masked is None:
        masked = mask(text, _titles(text, quoted) + talks)
    bounds = [-1, *_split_points(text, protected), len(text)]
    items = []
    for a, b in zip(bounds, bounds[1:]):
        start, end = a + 1, b
        if text[start:end].strip():
            for a_item, b_item in _split_connectors(text[start:end], start, masked[start:end]):
                cuts = unmarked_cuts(masked[a_item:b_item])
                bounds_item = [a_item, *(a_item + c for c in cuts), b_item]
                items.extend(zip(bounds_item, bounds_item[1:]))
    return items


# Where items may part: a top-level "," or ";" (:func:`_split_points` parts only there) or
# a connector (:func:`_split_connectors` cuts only at a match of ``_CONNECTOR`` in the
# masked text, and masking keeps the spaces and writes only "x", a letter no connector
# holds, so that match is in the text itself).
_PARTING = re.compile(r"[,;]|" + _CONNECTOR.pattern, re.IGNORECASE)


def may_part(text: str) -> bool:
    """:func:`split_items` may find two items or more in ``text``; when this is false it
    finds one at most, and a list read from ``text`` names one person at most (each person
    of :func:`~index.extract.people_5_assembly.parse_list` is read from an item of their
    own). A cheap test that spares a reader wanting two people the reading of the list."""
    return _PARTING.search(text) is not None


def _lead_offset(text: str) -> int:
    return lead_offset(text)
