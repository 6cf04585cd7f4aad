"""A programme person's job written where no reader of the programme looked.

The readers of the programme take a person's position from the phrase that places them on
it. Coverage often writes the job once, somewhere else: in a list of guests that no role
cue reads ("berkolaborasi dengan para ahli yakni A selaku X, B selaku Y"), before the name
in a sentence that only says the person initiated or attended ("Kegiatan ini diinisiasi
oleh Kepala X, A"), after it in a later sentence that tells what they presented ("Pada
pukul 10.10, Dr. A dari Lembaga X memberikan presentasi ..."). A job written with the name
is the job of that name throughout an article (an article does not give one person two
different jobs in passing), so a person who has none from the programme takes the first
one the article writes with their full name, read by the same phrase readers.

Only full names (two name words or more) are looked for: a one-word name may be anyone's
given name. The look-up runs only for people without a position, and only in the
sentences that write the name. A job right before "yakni"/"yaitu" and the name is that
name's ("Direktur X, yakni A"). A body the person stands in for ("A mewakili KNPI") is where
they work (:mod:`.represented`). Before the look-up, a position that holds another
programme person's name as a person is written (:func:`without_names_of_others`) loses that
part: the reading ran into the next item of a list.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from index.lexicon import position_words, role_nouns
from index.model import Speaker
from index.names import is_degree, is_honorific

from .gazetteer import place_at
from .job_morphology import agent_noun
from .represented import represented_body
from .people_2_after import prose_words, role_only
from .people_2_positions import position_before
from .people_5_assembly import parse_list
from .sentences import Sentence

_PREPOSITIONS = frozenset({
    "dengan", "kepada", "terhadap", "untuk", "tentang", "pada", "bagi", "with", "to", "for",
    "on", "about", "of", "at", "in"})


def _word_before(text: str, end: int) -> tuple[int, str]:
    """The word that ends ``text[:end]`` (without a comma typed after it) and its start."""
    stop = len(text[:end].rstrip())
    start = text.rfind(" ", 0, stop) + 1
    return start, text[start:stop].rstrip(",")


def name_start(text: str, at: int) -> int:
    """Where the person's phrase starts: before the honorifics written right before the
    name at ``at`` ("Dr. H. A", "Dr. Hj, A" with a comma typed after the titles)."""
    start = at
    while start > 0 and (word := _word_before(text, start))[1] and is_honorific(word[1]):
        start = word[0]
    return start


def _position_at(text: str, at: int, name: str) -> str | None:
    """The job written with the name at ``at`` of ``text``: after it ("A selaku X", "A, X",
    "A dari X"), else right before it ("Kepala X, A")."""
    start = name_start(text, at)
    read = parse_list(text[start:], whole_list=False)
    if read and read[0].person.start == 0 and set(name.split()) <= set(
            read[0].person.name.split()) and read[0].person.position:
        person = read[0].person
        origin = _ORIGIN.match(person.tail) is not None
        if _fills_apposition(person.tail, person.position) and (
                job := _job(person.position, origin)) is not None:
            return job
    if read and read[0].person.start == 0 and (
            body := represented_body(text[start + read[0].person.end:])) is not None:
        return body
    head = text[:start]
    if (namely := _NAMELY_END.search(head)) is not None and _LIST_GOES_ON.match(
            text, at + len(name)) is None:
        # "Direktur X, yakni A", "dan juga Penulis Y yakni Ibu B": the list word spells out
        # who holds the job written before it, so that job is the name's
        head = _without_capacity(head[:namely.start()]) + " "
        if (body := _namely_origin(head)) is not None:
            return body
    if not head.strip() or (position := position_before(head)) is None:
        return None
    words = position.split()
    if is_honorific(words[-1]):
        return None
    if is_degree(words[0]):
        # "A, S.H., M.H. dan Jaksa X, B": the degrees of the one before end there, and the
        # job after the conjunction is B's; "A, M.H. (Dosen X), B": all of it is A's
        while words and is_degree(words[0]):
            words.pop(0)
        if len(words) < 2 or words[0].casefold() not in _AND:
            return None
        position = " ".join(words[1:])
    if head.rstrip().endswith(",") and _word_before(
            head, max(head.rfind(position), 0))[1].casefold() in _PREPOSITIONS:
        # "Senada dengan Direktur X, A ...": the job after a preposition is its object,
        # another person (or a topic), set off from the name by the comma
        return None
    return _job(position, False)


def _fills_apposition(tail: str, position: str) -> bool:
    """A job set off by a comma fills the apposition up to its closing mark ("A, Kepala X,
    menjelaskan", "A, Kepala X."): "Menurut A, keamanan data yang terjaga ..." opens the
    clause after the comma with a noun that may be a job word, and goes on past it."""
    at = tail.find(position)
    if at < 0:
        return True  # (a job the phrase reader wrote otherwise: its own reading stands)
    between = tail[:at]
    if "," not in between or any(not is_degree(w) for w in between.replace(",", " ").split()):
        return True  # introduced by a word ("selaku", "dari"), not by the comma alone
    return tail[at + len(position):].lstrip()[:1] in {"", ",", ".", ";", ")"}


_CAPACITY = re.compile(r"\s+(?:sebagai|selaku|as)\s+(?:an?\s+|the\s+)?([^\W\d_]+)",
                       re.IGNORECASE)


def _without_capacity(head: str) -> str:
    """``head`` before the role it gives its noun phrase: "Kepala X sebagai pemateri dalam
    diskusi ini, yaitu A" says in what capacity the holder of the job takes part, an adjunct
    of the noun phrase that "yaitu" then spells out, so the job is read before "sebagai"."""
    if " " not in head or not _CAPACITY_GATE.search(head):
        return head
    for capacity in reversed(list(_CAPACITY.finditer(head))):
        if capacity.group(1).casefold() in role_nouns() and capacity.start() > 0:
            return head[:capacity.start()]
    return head


_CAPACITY_GATE = re.compile(r"\b(?:sebagai|selaku|as)\s", re.IGNORECASE)
_ROLE_FROM = re.compile(r"((?:[^\W\d_]+\s+){1,3})(?:dari|from)\s+(?:[a-z]+\s+){0,2}(?=[A-Z])")


def _namely_origin(head: str) -> str | None:
    """The body of "pemateri kedua dari (tuan rumah) Universitas X, yaitu A": a role noun
    with its origin before "yaitu" is a noun phrase the name spells out, so the body the
    role's holder comes from is where the named person works, as it is for each member of
    a list after "pembahas dari X yakni" (:func:`.people_6_shared.lead_position`). A
    place alone ("dari Jakarta") is where one comes from, no body."""
    if " dari " not in head and " from " not in head:
        return None
    origin = None
    for origin in _ROLE_FROM.finditer(head):
        pass  # (the last "dari" of the head: the origin right before the name)
    if origin is None or not any(
            w.casefold() in role_nouns() for w in origin.group(1).split()):
        return None
    body = head[origin.end():].strip()
    if not body or position_before(body + " ") != body or (
            place_at(body.split()) >= len(body.split())):
        return None
    return _job(body, True)


_NAMELY_END = re.compile(r"(?<=\w)\s*,?\s+(?:yaitu|yakni|namely)\s*:?\s*$", re.IGNORECASE)
"""A list word ("namely") right before the name, after a noun phrase: the name spells out
who that noun phrase is, unless a list follows ("dua pakar X, yakni A dan B": the noun
phrase is the whole list's, a class, no job of one)."""
_LIST_GOES_ON = re.compile(r"(?:[,\s]+[A-Z][\w.]*)*[,\s]+(?:dan|serta|and|&)\s")

# "A dari Lembaga X": the body one comes from is where one works (a country or a town is
# no body: the phrase readers leave those out)
_ORIGIN = re.compile(r"\s*,?\s*(?:dari|from)\s+[A-Z]")
# Marks of prose, not of a job: quotes, brackets of a date, a colon or semicolon
_PROSE_MARK = re.compile(r"[“”\"\[\];:]")
_WORDS_OF_JOB = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@lru_cache(maxsize=1)
def _offices() -> frozenset[str]:
    """Job nouns that are no role on a programme: "Dosen", "Kepala", "owner"."""
    return position_words() - role_nouns()


_AND = frozenset({"dan", "serta", "and", "&"})


def _without_leading_role(position: str) -> str:
    """"Moderator dan Dosen X" -> "Dosen X": a programme role joined before the job."""
    words = position.split()
    cut = next((i for i, w in enumerate(words) if w.strip(",").casefold() in _AND), 0)
    if cut and role_only(" ".join(words[:cut]).strip(" ,")):
        return " ".join(words[cut + 1:])
    return position


_TITLE_LINKS = frozenset({"dan", "serta", "&", "of", "and", "for", "the"})


def _title_case(position: str) -> bool:
    """Every word of ``position`` is capitalised, an acronym in brackets or a link word: an
    office's full name ("Asisten Deputi Koordinasi dan Fasilitasi ... Republik Indonesia"),
    which a ministry's long unit names make longer than any apposition in prose."""
    return all(w[:1].isupper() or w[:1] == "(" or w in _TITLE_LINKS for w in position.split())


def _job(position: str, origin: bool) -> str | None:
    """``position`` when it names a job: without a programme role that opens it
    ("Moderator dan Dosen X": the role is the programme's),
    holding a job noun that is no role ("Dosen", "Kepala", "pendiri"), or, after "dari",
    the body one works at. A role alone ("host webinar", "narasumber mumpuni"), a clause
    ("Dalam pemaparannya", "kebocoran data yang ...") or a name in capitals is none."""
    if _PROSE_MARK.search(position) or len(position.split()) > 20 and not _title_case(position):
        return None
    position = _without_leading_role(position)
    # an English article before the title ("the Rector of X") is read past, as written
    title = _ARTICLE.sub("", position)
    words = [w.casefold() for w in _WORDS_OF_JOB.findall(title)]
    if not words or words[0] in role_nouns():
        return None
    if title[:1].islower() and words[0] not in _offices() and not origin:
        return None  # "A, kebocoran data ...": a clause after the comma, no apposition
    if any(w in _offices() for w in words) or (
            title[:1].isupper() and agent_noun(words[0], prose_words())):
        # (a capitalised title headed by a doer noun, "Pengawas Sekolah X", names an office
        # by what its holder does, as a listed job noun does)
        return position
    return position if origin and title[:1].isupper() else None


_ARTICLE = re.compile(r"^(?:the|an?)\s+(?=[A-Z])")


def name_occurrences(text: str, name: str) -> list[int]:
    """Where ``name`` stands in ``text`` as whole words (no word or initial glued before
    it, no word character after it)."""
    found = []
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == ".")) and (
                end == len(text) or not text[end].isalnum()):
            found.append(at)
        at = text.find(name, at + 1)
    return found


def _position_elsewhere(speaker: Speaker, sentences: list[Sentence]) -> str | None:
    name = speaker.name
    if len(name.split()) < 2:
        return None
    for sentence in sentences:
        for at in name_occurrences(sentence.text, name):
            if (position := _position_at(sentence.text, at, name)) is not None:
                return position
    return None


def with_positions_elsewhere(speakers: list[Speaker], sentences: list[Sentence],
                             ) -> list[Speaker]:
    """``speakers``, each without a position given the one the article writes elsewhere
    with their full name."""
    out = []
    for speaker in speakers:
        if speaker.position is None and (found := _position_elsewhere(speaker, sentences)) \
                and not _names_another(found, speaker, speakers):
            speaker = replace(speaker, position=found)
        out.append(speaker)
    return out


def _names_another(position: str, speaker: Speaker, speakers: list[Speaker]) -> bool:
    """``position`` holds the full name of another person on the programme ("staf X Rina
    Kurnia Sari, Gilang Mahardika": the job before the comma is Rina's, written with her
    name): a job never holds the name of someone else the article lists, so the words
    before the comma are that person's item of the list, not this one's job."""
    return any(other is not speaker and len(other.name.split()) > 1
               and other.name in position for other in speakers)



def without_names_of_others(speakers: list[Speaker]) -> list[Speaker]:
    """``speakers`` without the part of a position that holds the full name of another
    person on the programme ("Plt Staf Ahli X; Kadis Y yang juga Pj Sekda Ir. A Tisna, dan
    ..." read past the next person's name, "Pemengaruh B Lestari" for the person named
    after B): a job never holds the name of someone else the article lists, so such a
    reading ran into the next item of a list. Of a position joined from two readings
    ("before; after") the other one stays."""
    names = [s.name for s in speakers if len(s.name.split()) > 1]
    if not names:
        return speakers
    out = []
    for speaker in speakers:
        position = speaker.position
        others = [n for n in names if n != speaker.name and position and n in position]
        if others and any(_holds_name(position, name) for name in others):
            parts = [part for part in position.split("; ") if not any(
                _holds_name(part, name) for name in others)]
            speaker = replace(speaker, position="; ".join(parts) or None)
        out.append(speaker)
    return out


def _holds_name(text: str, name: str) -> bool:
    """``name`` stands in ``text`` as whole words written as a person is: after a title
    ("... Pj Sekda Ir. A Tisna, dan ..."), or closed by the comma of a list item. A name
    that only ends the stretch may be the tail of the body's name itself ("Dosen
    Universitas Kristen Tondano Raya", read apart as a person too), and a hyphen glues
    words into one word of a title ("Asia-Let’s Read Officer")."""
    for at in name_occurrences(text, name):
        if at == 0 or text[at - 1] != " ":
            continue
        before = text[:at].split()
        if before and is_honorific(before[-1].rstrip(",")) or text[at + len(name):].startswith(
                ","):
            return True
    return False
