"""Lists of people: "yakni A, jabatan; B, jabatan; dan C (jabatan)" -> one phrase each.

Coverage lists a programme in one sentence, separated by ";" when positions contain commas,
else by "," and a final "dan"/"serta"/"and". Commas also separate a name from its degrees
("Amirullah, S.E, M.M") and a position from the next name ("the Ambassador of India to
Indonesia, Manoj Kumar Bharti"), so splitting is done in stages:

1. quoted text, parentheses and unquoted talk titles ("membawakan makalah berjudul Role on
   Novel ...") are protected: nothing inside them splits an item or becomes a name;
2. the slot splits at top-level ";" if it has any, else at top-level "," (never before a
   degree); a piece splits again at "dan"/"serta"/"and" when both sides hold a person and
   the right one is unmistakable (honorific, degrees or two name words);
3. pieces without a person are glued to a neighbour: to the person before them when the
   list is written name-first ("Vikram Singh Waraich dari Kurukshetra University, Haryana,
   India"), to the person after them when it is written position-first ("Act. Director of
   Health Surveillance ..., Endang Budi Hastuti").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import phrase_regex, position_words
from .name_runs import find_runs, looks_like_verb, tokenize
from .names import is_degree, is_listed_degree
from .people import PersonPhrase, lead_offset, parse_person
from .positions import head_is_position
from .resources import word_set

_QUOTE_PAIRS = {"“": "”", "\"": "\"", "‘": "’", "«": "»"}
_CONNECTOR = re.compile(r"\s+(?:dan|serta|and|&)\s+(?:(?:juga|terakhir|kemudian)\s+)?",
                        re.IGNORECASE)


@dataclass
class ListedPerson:
    """A person found in a slot, with the text of the list item that describes them."""

    person: PersonPhrase
    item: str
    start: int
    end: int


def title_spans(text: str) -> list[tuple[int, int]]:
    """Quoted passages of two words or more (a one-word quote may be a nickname)."""
    return [(a, b) for a, b in quoted_spans(text) if len(text[a:b].split()) >= 2]


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of quoted passages, the quote marks included; unclosed ones run to the end."""
    spans = []
    i = 0
    while i < len(text):
        ch = text[i]
        closer = _QUOTE_PAIRS.get(ch)
        if closer is None or (ch == "‘" and i > 0 and text[i - 1].isalpha()):
            i += 1
            continue
        if ch == "\"" and ((i > 0 and not text[i - 1].isspace() and text[i - 1] not in "(“:")
                          or i + 1 >= len(text) or text[i + 1].isspace()):
            i += 1
            continue
        end = -1
        for j in range(i + 1, len(text)):
            if text[j] == closer or (closer == "”" and text[j] in "“\"" and j > i + 3):
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


def _talk_spans(text: str) -> list[tuple[int, int]]:
    """Unquoted talk or event titles: from the cue to the next strongly introduced person."""
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
    return spans


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < pos < end for start, end in spans)


def _split_points(text: str, protected: list[tuple[int, int]]) -> list[int]:
    semis = [m.start() for m in re.finditer(";", text) if not _inside(m.start(), protected)]
    if semis:
        return semis
    points = []
    for m in re.finditer(",", text):
        if _inside(m.start(), protected):
            continue
        after = text[m.end():].lstrip(" .,")
        words = after.split(maxsplit=2)
        word = words[0].rstrip(",;") if words else ""
        pair = word + words[1].rstrip(",;") if len(words) > 1 else ""
        if word and (is_degree(word) or (len(word.rstrip(".")) == 1 and is_listed_degree(pair))):
            continue
        if re.match(r"[A-Z],\s*[A-Z][a-z]{1,3}\b", text[m.end():].lstrip()) and is_degree(
                re.sub(r",\s*", ".", text[m.end():].lstrip()[:8]).split()[0].rstrip(",;")):
            continue
        if _glued_degree_before(text, m.start()):
            continue
        points.append(m.start())
    return points


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


def _solid(person: PersonPhrase) -> bool:
    """Two or more name words, or a name marked by an honorific, degrees or a handle."""
    words = [w for w in person.name.split() if len(w.rstrip(".")) > 1]
    return len(words) >= 2 or person.written != person.name


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
    for match in _CONNECTOR.finditer(masked):
        left, right = masked[:match.start()], masked[match.end():]
        if not right.strip() or not left.strip():
            continue
        right_person = parse_person(right)
        left_person = parse_person(left)
        if not _strong(right_person, right) and not (
                left_person is not None and _solid(left_person)
                and not left[left_person.end:].strip(" ,")
                and _position_then_name(right_person, right)):
            continue
        if left_person is not None and not _solid(left_person) and \
                left_person.start > _lead_offset(left):
            continue
        if left_person is not None or right_person.start <= _lead_offset(right):
            rest = _split_connectors(piece[match.end():], offset + match.end(),
                                     masked[match.end():])
            return [(offset, offset + match.start()), *rest]
    return [(offset, offset + len(piece))]


def split_items(text: str) -> list[tuple[int, int]]:
    """(start, end) of the items of the list written in ``text``."""
    talks = _talk_spans(text)
    protected = quoted_spans(text) + _paren_spans(text) + talks
    masked = mask(text, title_spans(text) + talks)
    bounds = [-1, *_split_points(text, protected), len(text)]
    items = []
    for a, b in zip(bounds, bounds[1:]):
        start, end = a + 1, b
        if text[start:end].strip():
            items.extend(_split_connectors(text[start:end], start, masked[start:end]))
    return items


def parse_list(text: str, whole_list: bool, strict_heads: bool = True) -> list[ListedPerson]:
    """The people listed in ``text``.

    ``whole_list``: the text is known to be a list (it followed "yakni", ":", ...); otherwise
    only the person who opens it counts, with the pieces that describe them.
    ``strict_heads``: a name that is not at the start of its item must follow a position
    (not prose such as "lalu dilanjutkan dengan menayangkan tayangan Indonesia Raya").
    """
    masked = mask(text, title_spans(text) + _talk_spans(text))
    pieces = []
    for start, end in split_items(text):
        person = parse_person(masked[start:end], loose=whole_list)
        if person is not None and strict_heads and not head_is_position(
                masked[start:start + person.start], lead_in=start == 0):
            person = None
        pieces.append([start, end, person])
    if not pieces:
        return []
    first_person = next((p for p in pieces if p[2] is not None), None)
    if first_person is None:
        return []
    fillers = {id(p) for p in pieces if p[2] is None and _filler(masked[p[0]:p[1]])}
    opening = next(p for p in pieces if id(p) not in fillers)
    name_first = opening[2] is not None and opening[2].start <= _lead_offset(
        masked[opening[0]:opening[1]])
    for k, piece in enumerate(pieces):
        person = piece[2]
        if person is None:
            continue
        following = masked[pieces[k + 1][0]:pieces[k + 1][1]].strip() if k + 1 < len(
            pieces) else ""
        if k > 0 and _bare(person) and not (following[:1].islower() and pieces[k + 1][2] is None):
            piece[2] = None
        elif (_unmarked_position_first(person, masked[piece[0]:piece[1]])
              and k + 1 < len(pieces)
              and pieces[k + 1][2] is not None and not pieces[k + 1][2].position
              and pieces[k + 1][2].start <= _lead_offset(masked[pieces[k + 1][0]:
                                                                 pieces[k + 1][1]])):
            piece[2] = None
        elif (name_first and k > 0 and pieces[k - 1][2] is not None
              and not pieces[k - 1][2].position and _weak_position_first(
                  person, masked[piece[0]:piece[1]])):
            piece[2] = None
    pieces = _detach_next_heads(pieces, masked)
    merged: list[list] = []
    pending_head: int | None = None
    for piece in pieces:
        start, end, person = piece[0], piece[1], piece[2]
        forward = len(piece) > 3
        if person is None:
            if forward and pending_head is None:
                pending_head = start
            elif (name_first or id(piece) in fillers) and merged:
                merged[-1][1] = end
            elif pending_head is None and id(piece) not in fillers:
                pending_head = start
            continue
        if pending_head is not None:
            start, pending_head = pending_head, None
        merged.append([start, end])
    people = []
    for start, end in merged:
        person = parse_person(masked[start:end], loose=whole_list, source=text[start:end])
        if person is None:
            continue
        people.append(ListedPerson(person, text[start:end], start, end))
        if not whole_list:
            break
    return people


_AND_TAIL = re.compile(r"\s(?:dan|serta|and)\s+(?=\S)")


def _detach_next_heads(pieces: list[list], masked: str) -> list[list]:
    """"A, Sp.A dan ahli gizi Puskesmas X, B, S.Gz": the words after "dan" are the position
    of the next, bare-named person, not part of the first one's description."""
    out: list[list] = []
    for k, piece in enumerate(pieces):
        start, end, person = piece[0], piece[1], piece[2]
        nxt = pieces[k + 1] if k + 1 < len(pieces) else None
        if person is not None and nxt is not None and nxt[2] is not None and \
                not nxt[2].position and nxt[2].start <= _lead_offset(masked[nxt[0]:nxt[1]]):
            tail_start = start + person.end
            match = _AND_TAIL.search(masked, tail_start, end)
            rest = masked[match.end():end] if match else ""
            if match and not masked[tail_start:match.start()].strip(" ,") and rest.strip() and \
                    not any(looks_like_verb(w) for w in rest.split()) and \
                    (parse_person(rest) is None
                     or _single_position_first(parse_person(rest), rest)):
                out.append([start, match.start(), person])
                out.append([match.start(), end, None, "forward"])
                continue
        out.append(piece)
    return out


def _bare(person: PersonPhrase) -> bool:
    """One name word and nothing else: no honorific, degree, handle or position."""
    words = [w for w in person.name.split() if len(w.rstrip(".")) > 1]
    return len(words) < 2 and person.written == person.name and not person.handle \
        and not person.position


def _single_position_first(person: PersonPhrase, text: str) -> bool:
    """A one-word name read at the end of a position ("Direktur ... SAR Basarnas"), which
    is more likely the end of the position when a bare name follows."""
    words = [w for w in person.name.split() if len(w.rstrip(".")) > 1]
    return (len(words) == 1 and person.written == person.name
            and person.start > _lead_offset(text))


def _unmarked_position_first(person: PersonPhrase, text: str) -> bool:
    """A name read at the end of a position without honorific or degrees ("Ketua Koperasi
    Karyawan Batamindo"): when a bare name follows, it is the end of that name's position."""
    return person.written == person.name and person.start > _lead_offset(text)


def _weak_position_first(person: PersonPhrase, text: str) -> bool:
    """A position-first reading that is more likely the previous person's position
    ("Fajar Maulana, penyiar Radio Suara Sleman": not a person "Suara Sleman")."""
    marked = person.written != person.name
    return not marked and person.start > _lead_offset(text) and text.lstrip()[:1].islower()


def _filler(text: str) -> bool:
    """A piece of prose with nothing of a position in it ("On this occasion", "mengenai
    pentingnya literasi digital"): no capitalised word or position word, and some function
    word or verb (a bare "pendamping desa" is a position, not filler)."""
    words = re.findall(r"[\w’'-]+", text)
    if any((w[:1].isupper() and w.casefold() not in word_set("stopwords_id.txt"))
           or w.casefold() in position_words() for w in words):
        return False
    return any(w.casefold() in word_set("stopwords_id.txt") or looks_like_verb(w)
               or w.casefold() in {"secara", "sebuah", "mengenai"} for w in words)


def _lead_offset(text: str) -> int:
    return lead_offset(text)
