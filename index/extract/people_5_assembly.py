"""Assembling a list of people from its pieces.

:func:`index.extract.people_4_split.split_items` cuts a slot into pieces; here each piece is read as
a person or not, the readings are reconsidered against their neighbours, and pieces without
a person are glued to the person they describe:

1. A piece whose name stands after prose rather than a position is not a person ("lalu
   dilanjutkan dengan pemutaran lagu Indonesia Raya").
2. A bare one-word name after the first piece is not a person ("..., Kerala, India"),
   unless a lowercase position follows it ("Suryani, ketua kelompok tani ...") or it is
   the subject of a quote tag ("“...,” ujar Suryani saat membuka acara").
3. A name read at the very end of a position, just before a bare name, is the end of that
   name's position ("Kepala Seksi Operasi Basarda, Agus Hermawan, S.S., MBA"), also when
   the body's acronym in parentheses and its town follow it ("Universitas Bahari
   Nusantara (Unbara) Kendari, Dr. A"); not when the position ends in a town
   (:mod:`.town_closes`: "Bupati Ngawi Sumarjo, Rusdianto ...").
4. In a list written name first, a lowercase piece after a person without a position is
   that position ("Fajar Maulana, penyiar Radio Suara Sleman"), unless it opens a clause
   of its own ("A, sedangkan B bertindak sebagai ...").
5. "A, Sp.A dan ahli gizi Puskesmas X, B, S.Gz": the words after "dan" describe B; so does
   a whole piece opening with "dan"/"serta" right before a bare name.
6. Gluing: pieces of prose (filler) and, in name-first lists, descriptions go to the
   person before them; in position-first lists a description goes to the person after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from index.lexicon import phrase_set, position_words
from index.resources import word_set

from .case_evidence import current_words
from .people_0_tokens import is_caps
from .people_1_runs import looks_like_verb
from .people_2_after import role_only
from .people_2_positions import head_is_position, position_before
from .people_3_phrase import PersonPhrase, lead_offset, parse_person, quote_tag_subject
from .people_4_split import slot_mask, split_items
from .place_evidence import current_places
from .town_closes import town_closes


@dataclass
class ListedPerson:
    """A person found in a slot, with the text of the list item that describes them."""

    person: PersonPhrase
    item: str
    start: int
    end: int


@dataclass
class _Piece:
    start: int
    end: int
    person: PersonPhrase | None
    describes_next: bool = False
    filler: bool = False


# a word, with its inner apostrophes and hyphens ("Ba’alawi", "al-Habsyi")
_WORD = re.compile(r"[\w’'-]+")
_AND_TAIL = re.compile(r"\s(?:dan|serta|and)\s+(?=\S)")


def _words(person: PersonPhrase) -> list[str]:
    return [w for w in person.name.split() if len(w.rstrip(".")) > 1]


def _bare(person: PersonPhrase) -> bool:
    """One name word and nothing else: no initial, honorific, degree, handle or position
    (an initial belongs to a person's name, never to a place: "M. Yusuf", "Yusuf Z.")."""
    return len(person.name.split()) < 2 and person.written == person.name \
        and not person.handle \
        and not person.position


def _position_first(person: PersonPhrase, text: str) -> bool:
    """``person`` was read after a position, without honorific or degrees."""
    return person.written == person.name and person.start > lead_offset(text)


def _filler(text: str) -> bool:
    """A piece of prose with nothing of a position in it ("On this occasion", "mengenai
    pentingnya menjaga data"): no capitalised word or position word, and some function
    word or verb (a bare "pendamping desa" is a position, not filler)."""
    words = _WORD.findall(text)
    stop = word_set("stopwords_id.txt")
    if any((w[:1].isupper() and w.casefold() not in stop) or w.casefold() in position_words()
           for w in words):
        return False
    return any(w.casefold() in stop or looks_like_verb(w)
               or w.casefold() in {"secara", "sebuah", "mengenai"} for w in words)


def _read(text: str, masked: str, loose: bool, strict_heads: bool,
          first_reading: dict[tuple[int, int], PersonPhrase | None] | None = None,
          ) -> list[_Piece]:
    """The pieces of ``text`` with the person each names. ``first_reading``, when given,
    gets each piece's reading by the person reader as it came (before the checks here
    drop it): the reading of the same item with the same arguments, for
    :func:`_parse_list`."""
    pieces: list[_Piece] = []
    for start, end in split_items(text, masked):
        person = parse_person(masked[start:end], loose=loose)
        if first_reading is not None:
            first_reading[start, end] = person
        if person is not None and strict_heads and person.start > lead_offset(
                masked[start:end]) and not head_is_position(
                masked[start:start + person.start], lead_in=start == 0) and not (
                loose and any(p.person is not None for p in pieces)
                and (_described_at_length(person, masked[start:end])
                     or _after_role_noun(person, masked[start:end]))):
            person = None
        pieces.append(_Piece(start, end, person))
    for piece in pieces:
        piece.filler = piece.person is None and _filler(masked[piece.start:piece.end])
    return pieces


def _described_at_length(person: PersonPhrase, text: str) -> bool:
    """"..., dan tokoh pemuda Sukamaju yang beberapa kali tampil di forum Asia Rina Lestari":
    in a list already naming people, an item may describe its person at length, in lower
    case, before the name, which ends the item. That head is no position as the job-title
    reader takes one (a relative clause, function words), yet it is no prose either when
    it holds a job noun and no verb: prose before a name ("lalu dilanjutkan dengan
    pemutaran lagu Indonesia Raya") is a clause, and a clause has its verb. The name must
    be two name words or more and close the item, as a name after its description does.
    A name right after a lowercase noun ("aktivis organisasi Gusdurian Rina Lestari") may
    open with that noun's own proper name, so where it starts is unsure: no reading."""
    if len(_words(person)) < 2 or text[person.end:].strip(" .,;"):
        return False
    head = _WORD.findall(text[:person.start])
    if not head or (head[-1].islower() and head[-1] not in word_set("stopwords_id.txt")
                    and text[:person.start].rstrip()[-1:].isalnum()):
        return False
    return any(w.casefold() in position_words() for w in head) and not any(
        looks_like_verb(w) for w in head)


def _after_role_noun(person: PersonPhrase, text: str) -> bool:
    """"..., presenter Rina Lestari, dan ...": an item whose head is only a role noun names
    its person as surely as a job does (the job-title reader leaves role nouns out, as they
    are no position): a role noun is said of a person, never of prose."""
    head = text[:person.start].strip(" ,;:")
    return bool(head) and role_only(head)


_ITEM_NUMBER = re.compile(r"(?:^|\s)(?:\(\d{1,2}\)|\d{1,2}[.)])\s")
_DIGIT = re.compile(r"\d")


def _numbered_topics(pieces: list[_Piece], masked: str) -> bool:
    """"1) Literasi Digital; 2) Keamanan Data Pribadi; 3) Sekolah VS Gawai": a numbered list
    where some numbered item names no one and no item names anyone surely (two name words,
    an honorific, degrees or a handle) lists topics; its capitalised last words are no
    people.

    A piece is numbered only where ``_ITEM_NUMBER`` finds digits in it, and each piece is a
    stretch of ``masked``: a text without a digit has no numbered piece, and is answered
    without a search in each of its pieces (most lists number nothing)."""
    if _DIGIT.search(masked) is None:
        return False  # (what the test below answers: no numbered piece, fewer than two)
    numbered = [p for p in pieces if _ITEM_NUMBER.search(masked[p.start:p.end])]
    if len(numbered) < 2 or all(p.person is not None for p in numbered):
        return False
    return not any(p.person is not None and (len(_words(p.person)) >= 2 or p.person.handle
                                             or p.person.written != p.person.name)
                   for p in pieces)


def _at_lead(piece: _Piece, masked: str) -> bool:
    return piece.person is not None and piece.person.start <= lead_offset(
        masked[piece.start:piece.end])


def _inside_position(person: PersonPhrase, text: str) -> bool:
    """"Peneliti Tradisi Lisan dari Universitas X": the capitalised words read as a name
    open with a job word and more of the title follows them, so they belong to the title."""
    words = text.split()
    return bool(words) and words[0].casefold() in position_words() and bool(
        text[person.end:].strip(" ,;."))


def _organisation_tail(person: PersonPhrase, text: str) -> bool:
    """"Rudi Hartono, Direktur Sinar Komunika, ...": in a list written name first, a piece
    that is a job word and then at most two capitalised words ending the piece, with no
    honorific or degrees, names the body of that job, not another person."""
    words = text.split()
    return (bool(words) and words[0].casefold() in position_words()
            and person.written == person.name and len(_words(person)) <= 2
            and not text[person.end:].strip(" ,;."))


def _named_after_position(pieces: list[_Piece], k: int, masked: str) -> bool:
    """"Content Strategist, Dewi": a one-word name right after a job title that cannot
    describe anyone before it (it opens the list, or the person before has a position)."""
    prev = pieces[k - 1]
    if prev.person is not None or prev.filler:
        return False
    if k + 1 < len(pieces) and masked[pieces[k].end:pieces[k].end + 1] not in {",", ";"}:
        return False  # "Dinas Pangan, Hortikultura dan Peternakan": the title goes on
    if k > 1 and (pieces[k - 2].person is None or not pieces[k - 2].person.position):
        return False
    text = masked[prev.start:prev.end]
    return head_is_position(text, lead_in=k == 1) and bool(position_before(text))


def _named_after_acronym(person: PersonPhrase, text: str) -> bool:
    """"staf advokasi WVI Rina Kurnia Sari, Gilang Mahardika": three name words or more
    right after a body's acronym. An acronym ends an organisation's name and never stands
    inside a personal name (:func:`.people_1_runs._after_acronym` cuts a run there), so such
    words are the holder of the job the piece writes, not the end of the next person's
    title. A body's own complement after its acronym is a place or a short name of one or
    two words ("KBRI Kuala Lumpur, A"), and an acronym that heads a body takes one of any
    length ("IAIN Lembah Harau", "UIN Sunan Gunung Djati"): those stay the end of the
    title (rule 3)."""
    if len(_words(person)) < 3:
        return False
    before = text[:person.start].split()
    acronym = before[-1].strip(",;()") if before else ""
    return is_caps(acronym) and acronym.casefold() not in phrase_set("org_head")


def _named_after_joined_job(prev: _Piece, masked: str) -> bool:
    """"Ketua Forum X, Rina Lestari dan Direktur Pusat Kajian Y, Hartati.": in a list written
    "job, name", the last item is joined by "dan" and its job stands before the comma, glued
    to the person before it; the one-word name after that comma, ending the list, is the
    holder of the job (rule 5 then gives it to them), not a place or a body ending the item
    before. A name that does not end the list is not so joined ("Umar Hadi dan Dubes RI
    untuk Fiji, Tonga, Samoa serta ..." goes on with the job's countries)."""
    person = prev.person
    if person is None:
        return False
    tail_start = prev.start + person.end
    match = _AND_TAIL.search(masked, tail_start, prev.end)
    if match is None or masked[tail_start:match.start()].strip(" ,"):
        return False
    job = masked[match.end():prev.end]
    return bool(job.split()) and job.split()[0].casefold() in position_words() and \
        head_is_position(job)


# After a name read at the end of a position, what may still belong to the title: the body's
# acronym in parentheses and its town ("Universitas Bahari Nusantara (Unbara) Kendari,
# Dr. A"): the capitalised words before them name the body, not a person.
_TITLE_GOES_ON = re.compile(r"\s*(?:\([A-Z][\w.&-]{1,15}\)\s*(?:[A-Z][\w-]+\s*){0,2})?[\s,;.]*")


def _reconsider(pieces: list[_Piece], masked: str, name_first: bool) -> None:
    """Rules 2-4 of the module docstring."""
    for k, piece in enumerate(pieces):
        person = piece.person
        if person is None:
            continue
        text = masked[piece.start:piece.end]
        nxt = pieces[k + 1] if k + 1 < len(pieces) else None
        following = masked[nxt.start:nxt.end].strip() if nxt else ""
        if person.name.startswith("@") and k > 0 and pieces[k - 1].person is not None \
                and not pieces[k - 1].person.handle and not _CONTINUES.match(text):
            piece.person = None  # "Rina Kusuma, @rinakusuma, ...": her handle
        elif k > 0 and _bare(person) and not (following[:1].islower() and nxt.person is None) \
                and not _named_after_position(pieces, k, masked) \
                and not quote_tag_subject(masked, piece.start + person.start) \
                and not (all(p.filler for p in pieces[k + 1:])
                         and _named_after_joined_job(pieces[k - 1], masked)):
            piece.person = None
        elif (_position_first(person, text) and _TITLE_GOES_ON.fullmatch(text, person.end)
              and not town_closes(person.position)
              and not _named_after_acronym(person, text)
              and nxt is not None and nxt.person is not None
              and not nxt.person.position and _at_lead(nxt, masked)):
            piece.person = None
        elif (name_first and k > 0 and pieces[k - 1].person is not None
              and not pieces[k - 1].person.position and _position_first(person, text)
              and not _NEW_SUBJECT.match(text)
              and (text.lstrip()[:1].islower() or _inside_position(person, text)
                   or _organisation_tail(person, text))):
            piece.person = None


def _detach_next_heads(pieces: list[_Piece], masked: str) -> list[_Piece]:
    """Rule 5 of the module docstring."""
    out: list[_Piece] = []
    for k, piece in enumerate(pieces):
        nxt = _next_named(pieces, k)
        person = piece.person
        if person is not None and nxt is not None and nxt.person is not None and \
                not nxt.person.position and _at_lead(nxt, masked):
            tail_start = piece.start + person.end
            match = _AND_TAIL.search(masked, tail_start, piece.end)
            rest = masked[match.end():piece.end] if match else ""
            reading = parse_person(rest) if rest.strip() else None
            if match and not masked[tail_start:match.start()].strip(" ,") and rest.strip() and \
                    not any(looks_like_verb(w) for w in rest.split()) and \
                    (reading is None or (len(_words(reading)) == 1
                                         and _position_first(reading, rest))):
                out.append(_Piece(piece.start, match.start(), person))
                out.append(_Piece(match.start(), piece.end, None, describes_next=True))
                continue
        out.append(piece)
    return out


def _next_named(pieces: list[_Piece], k: int) -> _Piece | None:
    """The next piece after ``k`` that names someone, when only pieces of a title lie
    between ("A dan Koordinator Divisi Hukum, Data dan Informasi Bawaslu X, B": the commas
    inside the title cut it, but no person stands in it); ``None`` past filler."""
    for nxt in pieces[k + 1:]:
        if nxt.person is not None:
            return nxt
        if nxt.filler:
            return None
    return None


_CONTINUES = re.compile(r"^\s*(?:dan|serta|and)\b", re.IGNORECASE)
# A conjunction that opens a clause of its own: "A, sedangkan B bertindak sebagai ..." names
# B, it does not describe A.
_NEW_SUBJECT = re.compile(r"^\s*(?:sedangkan|sementara|adapun|whereas|while)\s", re.IGNORECASE)


def _mark_next_heads(pieces: list[_Piece], masked: str) -> None:
    """A description piece opening with "dan"/"serta" just before a bare name describes that
    name ("..., serta oleh Ketua Kelompok Sadar Wisata, Rudi Alamsyah")."""
    for piece, nxt in zip(pieces, pieces[1:]):
        if piece.person is None and not piece.filler and nxt.person is not None and \
                not nxt.person.position and _at_lead(nxt, masked) and \
                _CONTINUES.match(masked[piece.start:piece.end]):
            piece.describes_next = True


# A relative clause ("yang merupakan Direktur X", "who is ..."): it describes the person
# before it, never heads the next item.
_RELATIVE_PIECE = re.compile(r"[\s,]*(?:yang|who|which)\b", re.IGNORECASE)


def _glue(pieces: list[_Piece], name_first: bool, masked: str) -> list[tuple[int, int]]:
    """Rule 6 of the module docstring: the (start, end) of each person's whole item. A
    relative clause after a person ends that person's item even in a list written position
    first ("Dosen X, A, yang merupakan Direktur Y"), where a description after a name
    would otherwise wait to head the next item and be dropped at the end of the text."""
    merged: list[list[int]] = []
    pending_head: int | None = None
    headed = False
    for piece in pieces:
        if piece.person is None:
            if merged and pending_head is None and merged[-1][1] <= piece.start and \
                    _RELATIVE_PIECE.match(masked, piece.start) and not piece.describes_next:
                merged[-1][1] = piece.end
            elif piece.describes_next and pending_head is None:
                pending_head = piece.start
            elif pending_head is not None and not piece.filler:
                continue  # more of the title that heads the next person
            elif (name_first or piece.filler) and merged:
                merged[-1][1] = piece.end
            elif pending_head is None and not piece.filler:
                pending_head = piece.start
            continue
        start = piece.start
        if pending_head is not None:
            start, pending_head, headed = pending_head, None, True
        merged.append([start, piece.end])
    if pending_head is not None and not headed and merged:
        _close_with_apposition(pieces, merged[-1], pending_head, masked)
    return [(start, end) for start, end in merged]


def _close_with_apposition(pieces: list[_Piece], last: list[int], pending: int,
                           masked: str) -> None:
    """A description left waiting at the end of a list that no description headed, set off
    by a comma right after the last person ("“...,” ungkap A, Direktur X"): no name follows
    for it to head, so it is that person's apposition (extends ``last`` over it). A piece
    joined by "dan"/"serta" names someone else ("A dan Kepala Dinas X"), and a list whose
    descriptions did head their names, or whose last person has a position of their own, is
    written position first (the name the description heads was cut off): none is extended."""
    if masked[last[1]:pending].strip() != "," or _CONTINUES.match(masked, pending):
        return
    person = next(p.person for p in reversed(pieces) if p.person is not None
                  and p.end <= pending)
    if person.position:
        return  # "Jabatan A, Jabatan B": a list written position first, its last name cut
    tail = [p for p in pieces if p.start >= pending]
    if any(p.describes_next or p.filler for p in tail):
        return
    if not head_is_position(masked[pending:tail[-1].end].strip(" ,;")):
        return
    last[1] = tail[-1].end


def parse_list(text: str, whole_list: bool, strict_heads: bool = True) -> list[ListedPerson]:
    """The people listed in ``text``.

    ``whole_list``: the text is known to be a list (it followed "yakni", ":", ...); otherwise
    only the person who opens it counts, with the pieces that describe them.
    ``strict_heads``: a name that is not at the start of its item must follow a position
    (rule 1 of the module docstring).
    """
    if not text.strip():
        return []  # no item to read: split_items finds none in blank text
    people = _parse_list(text, whole_list, strict_heads, current_words(), current_places())
    return [ListedPerson(lp.person, lp.item, lp.start, lp.end) for lp in people]


@lru_cache(maxsize=32)
def _parse_list(text: str, whole_list: bool, strict_heads: bool, lower: frozenset[str],
                places: frozenset[str]) -> tuple[ListedPerson, ...]:
    """:func:`parse_list`, cached: a sentence's slot is read again for each of its cues, and
    a reader tries the same slot more than once. The article's lower-case words and places
    (:mod:`.case_evidence`, :mod:`.place_evidence`) are evidence the person reader takes
    from the context, so they are part of the key: a slot read in one article is never
    reused for another with other words. (Callers get fresh copies of the items.) The
    same slot comes back within a few calls, if at all: a small cache holds those repeats
    without keeping every list read before alive.)"""
    del lower, places  # key only: parse_person reads them from the context itself
    masked = slot_mask(text)
    first_reading: dict[tuple[int, int], PersonPhrase | None] = {}
    pieces = _read(text, masked, whole_list, strict_heads, first_reading)
    if not any(p.person is not None for p in pieces) or _numbered_topics(pieces, masked):
        return ()
    opening = next(p for p in pieces if not p.filler)
    name_first = _at_lead(opening, masked)
    _reconsider(pieces, masked, name_first)
    pieces = _detach_next_heads(pieces, masked)
    _mark_next_heads(pieces, masked)
    people = []
    for start, end in _glue(pieces, name_first, masked):
        item, source = masked[start:end], text[start:end]
        # Unmasked, the source is the item itself: read without it, an item that is one
        # piece is the one ``_read`` already read, with the same arguments (``loose`` is
        # ``whole_list`` there too) in the same article, so its reading is taken as it is.
        if source == item and (start, end) in first_reading:
            person = first_reading[start, end]
        else:
            person = parse_person(item, loose=whole_list,
                                  source=None if source == item else source)
        if person is None:
            continue
        people.append(ListedPerson(person, text[start:end], start, end))
        if not whole_list:
            break
    return tuple(people)
