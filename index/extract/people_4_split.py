"""Cutting a list of people into pieces: "yakni A, jabatan; B, jabatan; dan C (jabatan)".

Coverage lists a programme in one sentence, separated by ";" when positions contain commas,
else by "," and a final "dan"/"serta"/"and". Commas also separate a name from its degrees
("Amiruddin, S.E, M.M") and a position from the next name ("the Ambassador of Chile to
Indonesia, Rosa Martinez"), so splitting is done in stages:

1. quoted text, parentheses and unquoted talk titles ("membawakan makalah berjudul Early Care
   of ...") are protected: nothing inside them splits an item or becomes a name;
2. the slot splits at top-level ";" if it has any, else at top-level "," (never before a
   degree, "M. Phil", "S. I. Kom" and "M,Pd" included); a ";"-piece that holds two people
   marked by honorifics or degrees with no "dan"/"and" between them splits at its commas
   too (the writer went on with commas: "Dr. A (X); Dr. B (Y), Dr. C (Z)");
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

from .gazetteer import place_at
from .people_1_runs import find_runs, is_title, tokenize
from .people_3_phrase import PersonPhrase, lead_offset, parse_person, role_follows

_QUOTE_PAIRS = {"“": "”", "\"": "\"", "‘": "’", "«": "»"}
_OPENER = re.compile("[" + "".join(_QUOTE_PAIRS) + "]")
# What may close a quote: its own mark, or for "“" also a later opening mark (a typo'd close)
_CLOSERS = {closer: re.compile("[”“\"]" if closer == "”" else re.escape(closer))
            for closer in _QUOTE_PAIRS.values()}
_CONNECTOR = re.compile(r"\s+(?:dan|serta|and|&|as\s+well\s+as)\s+"
                        r"(?:(?:juga|terakhir|kemudian)\s+)?",
                        re.IGNORECASE)


def title_spans(text: str) -> list[tuple[int, int]]:
    """Quoted passages of two words or more (a one-word quote may be a nickname)."""
    return [(a, b) for a, b in quoted_spans(text) if len(text[a:b].split()) >= 2]


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
    chars = list(text)
    for start, end in spans:
        for k in range(start + 1, max(start + 1, end - 1)):
            if not chars[k].isspace():
                chars[k] = "x"
    return "".join(chars)


def _paren_spans(text: str) -> list[tuple[int, int]]:
    spans, stack = [], []
    for i, ch in enumerate(text):
        if ch == "(":
            stack.append(i)
        elif ch == ")" and stack:
            start = stack.pop()
            if not stack:
                spans.append((start, i + 1))
    if stack:
        spans.append((stack[0], len(text)))
    return spans


def talk_spans(text: str) -> list[tuple[int, int]]:
    """Unquoted talk or event titles: from the cue to the next strongly introduced person."""
    return list(_talk_spans(text))


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
        for sep in re.finditer(r",|;|\s(?:dan|serta|and)\s", rest):
            after = rest[sep.end():]
            tokens = tokenize(after)
            runs = find_runs(tokens)
            if runs and runs[0].prefix <= 2 and (runs[0].anchored_before or runs[0].has_degrees):
                end = match.end() + sep.start()
                break
        spans.append((match.end(), end))
    return tuple(spans)


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < pos < end for start, end in spans)


def _split_points(text: str, protected: list[tuple[int, int]]) -> list[int]:
    semis = [m.start() for m in re.finditer(";", text) if not _inside(m.start(), protected)]
    if not semis:
        return _comma_points(text, protected)
    points = []
    for a, b in zip([-1, *semis], [*semis, len(text)]):
        if _several_people(text[a + 1:b]):
            points.extend(a + 1 + p for p in _comma_points(
                text[a + 1:b], [(x - a - 1, y - a - 1) for x, y in protected]))
        if b < len(text):
            points.append(b)
    return sorted(points)


def _several_people(piece: str) -> bool:
    """A piece between semicolons that holds more than one marked person ("Dr. A (Dean,
    X), Dr. B (Lecturer, Y)"): the writer went on with commas where the list began with
    semicolons, so its commas separate items too. One person per piece is the rule of a
    semicolon list (their positions hold the commas); two names marked by an honorific or
    degrees cannot share one. Two people joined by "dan"/"and" are the piece's own pair
    ("Kepala X, H. A, S.Pd dan Dosen Y B, M.Sc"): that connector splits them later, so
    the two must stand in one stretch without a connector."""
    if "," not in piece:
        return False
    for part in _CONNECTOR.split(piece):
        if "," in part and sum(1 for r in find_runs(tokenize(part))
                               if r.anchored_before or r.has_degrees) >= 2:
            return True
    return False


def _comma_points(text: str, protected: list[tuple[int, int]]) -> list[int]:
    points = []
    for m in re.finditer(",", text):
        if _inside(m.start(), protected):
            continue
        after = text[m.end():].lstrip(" .,")
        words = after.split(maxsplit=2)
        word = words[0].rstrip(",;") if words else ""
        pair = word + words[1].rstrip(",;") if len(words) > 1 else ""
        if len(words) > 2 and len(word.rstrip(".")) == 1 and words[1].endswith("."):
            pair += words[2].split(maxsplit=1)[0].rstrip(",;")  # "S. I. Kom": spaced too
        honorific = (is_honorific(word) and not words[0].endswith((",", ";")) and len(words) > 1
                     and is_title(words[1].rstrip(",;")) and not is_degree(words[1].rstrip(",;"))
                     and words[1].casefold() not in position_words())
        if word and not honorific and (
                is_degree(word) or (len(word.rstrip(".")) == 1 and is_listed_degree(pair))):
            continue  # "Amiruddin, S.E": degrees; "..., Ms. Julie" opens the next item
        if re.match(r"[A-Z],\s*[A-Z][a-z]{1,3}\b", text[m.end():].lstrip()) and is_degree(
                re.sub(r",\s*", ".", text[m.end():].lstrip()[:8]).split()[0].rstrip(",;")):
            continue
        if _glued_degree_before(text, m.start()):
            continue
        if _place_apposition(after):
            continue
        points.append(m.start())
    return points


def _place_apposition(after: str) -> bool:
    """The text after a comma opens with a place and goes straight on to a capitalised word
    ("Universitas Sukamaju Kupang, Nusa Tenggara Timur Dr. Yohanes ..."): the place is where the
    body before the comma stands (an address is written "kota, provinsi"), the end of that
    position, not an item of its own; a person has no place for a name."""
    words = after.split(maxsplit=4)
    n = place_at([w.rstrip(",;.") for w in words[:4]])
    if n == 0 or n >= len(words) or words[n - 1].endswith((",", ";", ".")):
        return False
    return words[n][:1].isupper()


def _glued_degree_before(text: str, comma: int) -> bool:
    """"M,Pd." - a degree written with a comma for its full stop."""
    before = text[max(0, comma - 2):comma]
    after = text[comma + 1:comma + 5].lstrip()
    return bool(re.fullmatch(r"\s?[A-Z]", before)) and bool(re.match(r"[A-Z][a-z]{1,3}\b", after)) \
        and is_degree(before.strip() + "." + re.match(r"[A-Z][a-z]{1,3}", after).group())


def _position_then_name(person: PersonPhrase | None, text: str) -> bool:
    """"aktor sekaligus duta anti perundungan Rendy Kurniawan": a position, then a name of two
    or more words that ends the text."""
    if person is None or not person.position or person.start <= _lead_offset(text):
        return False
    words = [w for w in person.name.split() if len(w.rstrip(".")) > 1]
    return len(words) >= 2 and not text[person.end:].strip(" .,;")


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
    role given by an apposition ("selaku", "yang merupakan"): a body is not written so
    after a person and "dan"."""
    return person is not None and person.start <= _lead_offset(text) and role_follows(person)


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
        if _inside(match.start(), inner):
            continue  # "A (profesor di College of X and Y)": a description in parentheses
        left, right = masked[:match.start()], masked[match.end():]
        if not right.strip() or not left.strip():
            continue
        right_person = parse_person(right)
        left_person = parse_person(left)
        paired = _job_and_name_pair(left_person, left, right_person, right)
        if not paired and not _strong(right_person, right) and not (
                left_person is not None and _solid(left_person)
                and not left[left_person.end:].strip(" ,")
                and (_position_then_name(right_person, right)
                     or _named_with_role(right_person, right))):
            continue
        if not paired and left_person is not None and not _solid(left_person) and \
                left_person.start > _lead_offset(left):
            continue
        if left_person is not None or right_person.start <= _lead_offset(right):
            rest = _split_connectors(piece[match.end():], offset + match.end(),
                                     masked[match.end():])
            return [(offset, offset + match.start()), *rest]
    return [(offset, offset + len(piece))]


def split_items(text: str) -> list[tuple[int, int]]:
    """(start, end) of the items of the list written in ``text``."""
    talks = talk_spans(text)
    protected = quoted_spans(text) + _paren_spans(text) + talks
    masked = mask(text, title_spans(text) + talks)
    bounds = [-1, *_split_points(text, protected), len(text)]
    items = []
    for a, b in zip(bounds, bounds[1:]):
        start, end = a + 1, b
        if text[start:end].strip():
            items.extend(_split_connectors(text[start:end], start, masked[start:end]))
    return items


def _lead_offset(text: str) -> int:
    return lead_offset(text)
