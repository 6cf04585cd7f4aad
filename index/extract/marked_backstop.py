"""A backstop after the frame readers: people written with a strong person mark.

Every frame reader (:mod:`.people_6_frames`, :mod:`.listings`, :mod:`.reported_speech`)
knows one way coverage introduces a person; a site with a frame none of them knows loses
its people. What does not depend on the frame is the way the person is written: academic
degrees after a name ("Rina Lestari, S.H., M.H."), or an academic title before it ("Dr.",
"Prof.", "Drs.", "Ir."), mark a person in whatever sentence they stand. In an article that
reports an event, such a person named in a sentence about the event (an event noun, a role
noun, material being given, or a verb of inviting or presenting guests: "Ada dua guru besar
yang diundang yaitu Prof. Dr. A ...", the verbs the programme's weak cues are made of) took
part in it: as a speaker when the cue nearest the name is a talk word or such a verb (the
guests an event invites or presents are its speakers), as the opening when it is a word of
opening the event, else with no stated role (``other``).

Not so a person whom the sentence only reports as attending ("turut hadir", "dihadiri":
such a word governs the names after it up to a talk word), as a participant, as a member
of the committee or as the reporter, nor one who stood in for someone, was stood in for or
kept away, nor one who spoke elsewhere (a press statement), nor the organisers reporting on
their own event with no talk ("kegiatan ini diselenggarakan oleh ..."), nor a building
named after someone ("Aula Prof. X"). A one-word name needs a talk word in its sentence.
People the readers already found (a name word shared with a mention that has a role) are
left to them; so are articles that report no event (the caller asks).
"""

from __future__ import annotations

import re

from index.lexicon import position_words
from index.names import is_degree

from .folded import folded
from .people_0_tokens import Token
from .people_1_runs import Run, iter_runs, name_of, tokenize
from .people_2_after import position_after
from .people_2_positions import join_positions, position_before
from .people_3_phrase import run_is_person
from .people_6_frames import Mention
from .reported_speech import SESSION_NOUNS, said_elsewhere
from .sentences import Sentence

# a sentence about the event: an event noun, a role noun, or material given
_EVENT = re.compile(r"\b(?:" + SESSION_NOUNS + r"|narasumber|nara\s+sumber|pembicara|"
                    r"pemateri|moderator|speakers?|panelis|panelists?|keynote|materi|paparan|"
                    r"pemaparan|memaparkan|menyampaikan|mempresentasikan|presentasi|"
                    r"presentation|presented|symposium|lecture|sambutan|pelatihan|"
                    r"mengundang|diundang|menghadirkan|dihadirkan|invited)\b",
                    re.IGNORECASE)
# material or a talk given: the person of such a sentence spoke
_TALK = re.compile(r"\b(?:narasumber|nara\s+sumber|pembicara|pemateri|speakers?|panelis|"
                   r"panelists?|materi|paparan|pemaparan|memaparkan|mempresentasikan|"
                   r"presentasi|presentation|presented|membawakan|membahas|menjelaskan|"
                   r"keynote|mengundang|diundang|menghadirkan|dihadirkan|invited)\b", re.IGNORECASE)
# opening the event
_OPENING = re.compile(r"\b(?:sambutan|membuka|dibuka|pembukaan|opening|opened|welcomed|"
                      r"welcoming|starting|mengawali|diawali)\b", re.IGNORECASE)
# attending or taking part as audience: governs every name after it up to a talk word
# ("Turut hadir A, B; serta C", "Kegiatan dihadiri oleh A; B")
_ATTENDED = re.compile(r"\b(?:hadir|dihadiri|menghadiri|kehadiran|attended|attending|"
                       r"peserta|participants?|diikuti|mengikuti)\b", re.IGNORECASE)
# a role of one person that is no part in the programme: the committee, the reporter, a
# stand-in or the one stood in for ("Ketua panitia, A", "mewakili A", "A melalui B")
_NOT_ON_PROGRAMME = re.compile(r"\b(?:panitia|pelaksana|committee|reporter|wartawan|editor|"
                               r"penulis|pewarta|diwakili|mewakili|represented|melalui|"
                               r"through|didampingi)\b", re.IGNORECASE)
# stood in for, or kept away: the person was not at the session
_STOOD_IN = re.compile(r"\b(?:diwakili|diwakilkan|berhalangan|was\s+represented|"
                       r"were\s+represented|unable\s+to\s+attend)\b", re.IGNORECASE)
# the organisers reporting on their own event ("kegiatan ini diselenggarakan oleh ...")
_ORGANISING = re.compile(r"\b(?:diselenggarakan|menyelenggarakan|penyelenggaraan|"
                         r"penyelenggara|digelar|dilaksanakan|bertujuan|bermaksud|dimaksudkan|"
                         r"organi[sz]ed|aims?)\b", re.IGNORECASE)
# a building or street named after a person ("Gedung Prof. X", "Aula Dr. Y")
_NAMED_PLACE = re.compile(r"\b(?:gedung|ruang|aula|auditorium|hall|building|masjid|jalan|jl|"
                          r"rs|rsu|rsud|rsup|kampus)\.?(?:\s+[A-Z][\w.]*){0,3}\s*$",
                          re.IGNORECASE)
# a quick test before tokens are read: an academic title, a dotted degree ("S.H", "M.Si.",
# "Ph. D") or a common undotted one after a comma or a name ("SE", "MM", "MSi"). (The
# lookahead first: every match opens with a capital or with the "d" of "dr"/"drg", the \b
# before it being zero-width, so it rejects the same positions, and most positions of a
# sentence at once instead of after the three alternatives were tried there.)
_ANY_MARK = re.compile(r"(?=[A-Zd])(?:"
                       r"\b(?:Dr|DR|dr|Prof|PROF|Drs|Dra|Ir|drg|Professor|Assoc)\b|"
                       r"\b[A-Z][A-Za-z]{0,3}\.\s?[A-Z]|\b(?:S[A-Z][a-z]{0,3}|M[A-Z][a-z]{0,3}|"
                       r"SE|SH|MM|MA|MH|MT|ST|MS|BA|BSc|MSc|PhD|MBA|Lc)\b)")
# the academic titles that mark a person before the name
_ACADEMIC = frozenset({"dr", "prof", "drs", "dra", "ir", "drg", "professor", "assoc", "ph.d",
                       "phd"})


def _strongly_marked(tokens: list[Token], run: Run) -> bool:
    """Degrees after the name, or an academic title before it."""
    if run.has_degrees and any(is_degree(t.text) for t in tokens[run.last + 1:run.suffix + 1]):
        return True
    return any(t.text.casefold().strip(".") in _ACADEMIC for t in tokens[run.prefix:run.first])


def _holds_mark(tokens: list[Token]) -> bool:
    """Some token is what :func:`_strongly_marked` looks for in a run (a degree, or an
    academic title): a run is a stretch of ``tokens``, so where none is, no run is
    strongly marked, and the runs need not be read (a quicker test than reading them)."""
    return _last_mark(tokens) is not None


def _last_mark(tokens: list[Token]) -> int | None:
    """The index of the last token that is what :func:`_strongly_marked` looks for (a
    degree, or an academic title), ``None`` when no token is.

    A strongly marked run holds such a token between its ``prefix`` and its ``suffix``
    (the academic title before its first name word, or a degree after its last), so its
    ``prefix`` is at most this index. Runs come with growing prefixes
    (:func:`~index.extract.people_1_runs.iter_runs`), so once one starts after it, none
    after that one is strongly marked: :func:`marked_people` stops reading runs there."""
    for i in range(len(tokens) - 1, -1, -1):
        text = tokens[i].text
        if text.casefold().strip(".") in _ACADEMIC or is_degree(text):
            return i
    return None


def _attended_before(head: str) -> bool:
    """An attending word governs the name: the last cue before it is one of attending
    ("Turut hadir A, B; serta C"), not of a talk or a role. A talk word lifts it only in
    the name's own item of a list separated by semicolons: in "dihadiri oleh: A selaku
    narasumber; B (anggota X); C" the word is A's, and B and C only attended."""
    attend = None
    for attend in _ATTENDED.finditer(head):
        pass
    if attend is None:
        return False
    item = max(attend.end(), head.rfind(";") + 1)
    return not _TALK.search(head, item)


def _attended_after(tail: str) -> bool:
    """The person's own predicate is attending ("A bersama B mengikuti webinar"), or a
    stand-in spoke for them ("A melalui B"): an attending word before any talk word. Being
    stood in for ("A, yang dijadwalkan menjadi narasumber, berhalangan hadir dan diwakili
    B") says they were not there, whatever role the clause names first."""
    if _STOOD_IN.search(tail):
        return True
    attend = _ATTENDED.search(tail) or _NOT_ON_PROGRAMME.search(tail)
    talk = _TALK.search(tail)
    return attend is not None and (talk is None or attend.start() < talk.start())


def _role(text: str, start: int, end: int) -> str:
    """``opening`` when a word of opening the event is the cue nearest the name (before it or
    after it: "dibuka dengan sambutan Direktur X, Dr. A", "Starting the activity, Dr. A"),
    ``speaker`` when a talk word is, ``other`` when the sentence has neither."""
    cues = []
    for pattern, role in ((_OPENING, "opening"), (_TALK, "speaker")):
        for match in pattern.finditer(text):
            gap = start - match.end() if match.end() <= start else match.start() - end
            cues.append((max(gap, 0), role))
    return min(cues)[1] if cues else "other"


def marked_people(sentences: list[Sentence], mentions: list[Mention],
                  absent: frozenset[str]) -> list[Mention]:
    """People written with a strong mark in a sentence about the event whom no reader
    found: a mention with a role shares half their name words or more ("Ir Rudi Hartono"
    after "Rudi Hartono", "Dr. Rudi Hartana", a misspelling, after "Rudi Hartono"; not
    "Dr. Rudi Hermawan Saputra Lubis" after "Rudi Santoso"). ``absent``: the name words
    written before a stand-in anywhere in the article (those people were not there)."""
    known = [frozenset(w.casefold() for w in m.name.split() if len(w) >= 3)
             for m in mentions if m.role is not None]
    known = [k for k in known if k]
    first_words = {w for k in known for w in k}
    found: list[Mention] = []
    for k, sentence in enumerate(sentences):
        text = sentence.text
        following = sentences[k + 1].text if k + 1 < len(sentences) else ""
        if not _ANY_MARK.search(text) or not folded(_EVENT).found(text) or \
                said_elsewhere(text):
            continue
        tokens = tokenize(text)
        last = _last_mark(tokens)
        if last is None:
            continue  # no run of these tokens is strongly marked
        for run in iter_runs(tokens):
            if run.prefix > last:
                break  # this run and every one after it hold no mark (see _last_mark)
            if not _strongly_marked(tokens, run) or not run_is_person(tokens, run, len(tokens)):
                continue
            name, written = name_of(tokens, text, run)
            words = [w.casefold() for w in name.split() if len(w) >= 3]
            if not words or any(2 * len(k.intersection(words)) >= len(words) for k in known):
                continue  # the same person as one a reader found (in full, shortened, misspelt)
            if all(w in absent for w in words):
                continue
            start, end = tokens[run.prefix].start, tokens[run.suffix].end
            if _NAMED_PLACE.search(text, max(0, start - 60), start):
                continue  # a building named after the person
            tail = (text[end:] + " " + following)[:100]
            if _attended_before(text[:start]) or _attended_after(tail) or \
                    _NOT_ON_PROGRAMME.search(text, max(0, start - 40), start):
                continue
            if run.prefix == run.first and run.suffix + 1 < len(tokens) and \
                    tokens[run.suffix + 1].text[:1].isupper():
                continue  # "Division, Ms. Rina": the "degree" is the next name's form of address
            after = tokens[run.suffix + 1].text.casefold() if run.suffix + 1 < len(tokens) else ""
            if after in first_words:
                continue  # "Dr. Eng. Rina Lestari": a title part before a name already read
            if words[-1] in position_words():
                continue  # "Ir. Rudi Tenaga Ahli ...": the run reaches into a job
            position = join_positions(position_before(text[:start], True),
                                      position_after(text[end:]))
            if position and _ATTENDED.search(position):
                continue
            role = _role(text, start, end)
            if role == "other" and (len(name.split()) < 2 or _ORGANISING.search(text)):
                continue  # no talk: a one-word name, or the organisers on their own event
            found.append(Mention(name, written, role, 1, position, None, run.handle,
                                 (sentence.index, start), narrative=True))
            known.append(frozenset(words))
    return found
