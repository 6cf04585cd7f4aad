"""Reading people from the role cues of one sentence (the cues' slots:
:mod:`index.extract.people_6_slots`).

- A talk title is read after the person's name up to the next person ("A, dengan tema
  “X”", "B yang membawakan materi berjudul “Y”"), unless the text in between names the event
  ("dalam webinar dengan tema ...").
- A stand-in ("B mewakili ...", "A yang diwakili oleh B") takes the absent person's role;
  with no absent person named, the role of what they did ("Gubernur X yang diwakili oleh
  B membuka webinar").
- People introduced without a role ("juga dihadiri oleh X") take the role of the one role
  noun of their sentence, if there is one; those who only attend ("turut dihadiri oleh X")
  take none.
- A role noun's abbreviation in parentheses ("Key Opinion Leader (KOL) A") is the same
  cue: the slot runs on past it, as it does past a presenting verb right after the noun
  ("Sebagai KOL hadir pula A").
- Jobs written around a role phrase: "Dosen X yang menjadi narasumber ketiga, A" (before
  it), "A sebagai narasumber yang juga peneliti di Y" / "A, Key Opinion Leader dan pegiat
  Z" (after it), and one job after a list of names marked alike ("A, M.Pd., B, M.Pd. dan
  C, M.Pd. selaku dosen X") shared by all of them.
- A position written once for a whole list ("pembahas dari X yakni A, B, dan C", "A dan B
  yang keduanya merupakan dosen X", "A and B of the X"): every member without one of their
  own takes it (:mod:`index.extract.people_6_shared`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from index.lexicon import (number_words, phrase_pattern, phrase_set, phrases, position_words,
                           role_nouns)

from .attending_speech import spoke_while_attending
from .fronted_roles import fronted_role
from .people_2_positions import head_is_position, position_after, position_before
from .people_3_phrase import PersonPhrase, quote_tag_subject
from .agent_jobs import agent_job
from .people_6_shared import bare_list, lead_position, predicate_origin, tail_position
from .main_speakers import panel_of_main_speakers
from .people_6_counted import share_counted
from .people_6_respective import respective_runs
from .people_6_slots import (
    Cue,
    closed_by_demonstrative,
    find_cues,
    read_backward,
    read_forward,
    strong_name,
)
from .sentences import Sentence
from .session_talks import session_talk
from .talks import clip_titles, event_noun_before, share_titles, talk_after
from .titles import Title


@dataclass
class Mention:
    """One sighting of a person in the article. ``framed``: a role cue of full strength read
    this person alone ("moderator adalah Tania", "dipandu oleh Tania"), which confirms even
    a one-word name."""

    name: str
    written: str
    role: str | None
    strength: int
    position: str | None
    talk_title: Title | None
    handle: str | None
    order: tuple[int, int]
    narrative: bool = False
    framed: bool = False
    stand_in: bool = False  # "other" only because they stood in for someone ("A mewakili X")
    # the subject of a quote tag read by a role cue ("“...,” ucap A saat membuka acara"):
    # a person, when the article names them again (people_7_merge.group_mentions)
    quote_tag: bool = False

    @property
    def talk_span(self) -> tuple[int, int] | None:
        """(sentence index, start) of the talk title in its sentence."""
        return (self.order[0], self.talk_title.start) if self.talk_title else None




# the roles whose session is their talk (a moderator or host of a session runs it)
_SESSION_ROLES = frozenset({"speaker", "keynote", "kol"})


def make_mention(person: PersonPhrase, role: str | None, strength: int, text: str,
             context: tuple[int, int], order: tuple[int, int], narrative: bool = False,
             ) -> Mention:
    """A mention whose talk title is looked for in ``text[context[0]:context[1]]``."""
    start = event_noun_before(text, context[0])
    talk = talk_after(text[start:context[1]])
    if talk is None and role in _SESSION_ROLES:
        # "A menjadi panelis dalam Sesi 2: X": the named session is the talk (session_talks)
        talk = session_talk(text[start:context[1]])
    if talk is not None:
        talk = Title(talk.text, talk.start + start, talk.end + start, talk.quoted)
    return Mention(person.name, person.written, role, strength, person.position, talk,
                   person.handle, order, narrative)


# A role noun after a copula is a predicate of the person before it, if there is one ("A
# sebagai Master of Ceremony dan B sebagai moderator"): it then reads backwards only. An
# English noun may take the event as a modifier before it ("A acted as the webinar
# moderator", "B served as the session's host"), Indonesian after it ("sebagai moderator
# webinar").
_PREDICATE = re.compile(r"\b(?:sebagai|selaku|as|menjadi)(?:\s+(?:a|an|the|one\s+of\s+the))?"
                        r"(?:\s+(?:webinar|seminar|session|event|panel|discussion|forum|"
                        r"programme|program)(?:['’]s)?)?\s*$", re.IGNORECASE)


def _agent_of_noun(cues: tuple[Cue, ...], text: str) -> tuple[Cue, ...]:
    """"Keynote speech disampaikan oleh A", "Sambutan pembuka dibawakan oleh A", "Sesi KOL
    dibawakan oleh A": a generic agent phrase right after a role noun (at most two words
    between) gives the agent the noun's role."""
    if len(cues) < 2:
        return cues  # (no noun before an agent phrase: nothing to rewrite)
    out = list(cues)
    for i in range(1, len(out)):
        cue, noun = out[i], out[i - 1]
        if cue.kind == "by" and cue.role == "speaker" and noun.kind == "noun" and \
                noun.role not in {"speaker", "none"}:
            between = text[noun.end:cue.start]
            if len(between.split()) <= 2 and not _CLAUSE_MARK.search(between):
                out[i] = replace(cue, role=noun.role, strength=max(cue.strength, noun.strength))
    return tuple(out)


_CLAUSE_MARK = re.compile(r"[,.;:()]")


_SPACE_THEN_CAPITAL = re.compile(r"[ \t]+[A-Z]")
"""Spaces, then a capital: a name right after the cue."""


def sentence_mentions(sentence: Sentence) -> list[Mention]:
    text = sentence.text
    found_cues = find_cues(text)
    if not found_cues:
        # Most sentences hold no role cue: every step below reads only the cues and the
        # mentions they found (no cue, no mention; ``fronted_role`` and ``_agent_of_noun``
        # rewrite cues, never add one), so the answer is no one, without those steps.
        return []
    cues = fronted_role(_agent_of_noun(found_cues, text), text)
    mentions: list[Mention] = []
    claimed: list[tuple[int, int]] = []
    by_verb: list[Mention] = []
    attending: list[Mention] = []  # "turut dihadiri oleh A": A attended, beside the programme
    spoke: list[Mention] = []  # attendees a relative clause shows speaking (attending_speech)
    prev = 0
    complemented: set[int] = set()  # role nouns already given to the list before them
    standing_in: list[Mention] = []  # read by a stand-in cue ("mewakili", "diwakili oleh")
    runs = respective_runs(text, cues)  # "A and B gave the X and the Y, respectively"
    last_read: list[Mention] = []  # the people the cue before this one read
    for i, cue in enumerate(cues):
        if i in complemented:
            prev, last_read = cue.end, []
            continue
        # A cue's forward slot runs over cues of the same role ("sambutan dan membuka acara
        # secara daring, Direktur ...") up to the next cue of another role, or the next role
        # noun or agent phrase, which opens a list of its own ("kelas X diisi oleh A dan B,
        # kelas XI diisi oleh C"); the subject of such a passive ("kelas XI") is not the end
        # of the list before it.
        following = next((c for c in cues[i + 1:]
                          if (c.role != cue.role or c.kind in {"noun", "by"})
                          and not _abbreviation_of(cue, c, text)
                          and not _presenting_after(cue, c, text)
                          and not item_talk(c, text)), None)
        nxt = following.start if following else len(text)
        complemented.update(k for k in range(i + 1, cues.index(following) if following
                                              else len(cues))
                            if _presenting_after(cue, cues[k], text) and cues[k].kind == "after")
        complement: Cue | None = None
        if following is not None and following.kind == "noun" and cue.kind == "weak":
            copula = _PREDICATE.search(text, max(cue.end, nxt - 40), nxt)
            nxt = copula.start() if copula else nxt  # "invited A as a speaker"
            if copula is not None and following.role != "none" and \
                    not _OWN_ENDS.search(text, cue.end, nxt):
                complement = following
        if following is not None and following.kind == "by":
            comma = text.rfind(",", cue.end, nxt)
            subject = text[comma + 1:nxt].strip()
            if comma > cue.end and subject[:1].islower() and "(" not in subject and \
                    not _job_apposition(subject):
                nxt = comma
        if item_talk(cue, text) and any(a <= cue.start < b for a, b in claimed):
            continue  # "A (X) dengan materi Y, B ...": the talk of an item already read
        before = len(mentions)
        relative: str | None = None
        role = None if cue.role == "none" else cue.role
        strength = cue.strength
        in_parens = text[:cue.start].rstrip().endswith("(")
        predicate = cue.kind == "noun" and _PREDICATE.search(
            text, max(0, cue.start - 40), cue.start) is not None
        run = runs.get(i, ())
        behind = read_backward(_blank_cues(text, cues, prev, cue.start),
                               [(a - prev, b - prev) for a, b in claimed],
                               len(run)) if predicate else []
        if behind and not all(strong_name(p) for p, _ in behind):
            behind = []  # "Bertindak sebagai moderator, A": no one before the copula
        if predicate and not behind and len(last_read) == 1 and cues[i - 1].kind == "after" \
                and _COPULA_ONLY.fullmatch(text, cues[i - 1].end, cue.start) and role:
            # "A dalam sambutannya sebagai keynote speaker menyampaikan ...": the adverbial
            # cue read A and stands between A and the copula; the noun predicates A too.
            mentions.append(replace(last_read[0], role=role, strength=strength))
            prev, last_read = cue.end, []
            continue
        found = []
        if behind and _SPACE_THEN_CAPITAL.match(text[cue.end:cue.end + 2]) and all(
                any(a <= prev + at + p.start < b for a, b in claimed) for p, at in behind):
            # "yang dipandu oleh A, bertindak sebagai narasumber B, C dan D": the one before
            # the copula has a role from an earlier cue already; names right after the
            # noun are its subject, put after it (still "dipandu oleh A sebagai MC" when
            # no name follows the noun at once, "... sebagai MC dan B sebagai moderator").
            found = read_forward(text[cue.end:nxt], cue.end, cue, sentence.index)
            behind = [] if found else behind
        if cue.kind in {"noun", "by", "weak"} and not in_parens and not behind and not found:
            begin = cue.end
            if i + 1 < len(cues) and _abbreviation_of(cue, cues[i + 1], text):
                begin = text.find(")", cues[i + 1].end) + 1  # past "(KOL)"
            found = read_forward(text[begin:nxt], begin, cue, sentence.index)
        if found and complement is not None and len(found) > 1:
            # "menghadirkan Walikota X A dan Kepala Y B sebagai pembicara": the role noun
            # after the copula is the complement of the whole object list of the presenting
            # verb, so every member holds that role as stated (the backward read of the
            # noun would reach only the last member, with the others in its position).
            role, strength = complement.role, complement.strength
            complemented.add(cues.index(complement))
        if found and role == "keynote" and cue.kind == "noun" and panel_of_main_speakers(
                cue.text, text, cue.start, len(found)):
            role = "speaker"  # "pembicara utama adalah A dan B": the panel (main_speakers)
        if found:
            list_strength = 2 if len(found) > 1 and cue.kind == "noun" else strength
            for listed, base in found:
                claimed.append((base + listed.start, base + listed.end))
                after_name = base + listed.start + listed.person.end
                end = len(text) if len(found) == 1 and not closed_by_demonstrative(
                    text, after_name) else base + listed.end
                mentions.append(make_mention(listed.person, role, list_strength, text,
                                         (after_name, end),
                                         (sentence.index, base + listed.start)))
                if cue.kind == "by":
                    by_verb.append(mentions[-1])
                if role is None and cue.kind == "weak" and spoke_while_attending(
                        text, after_name):
                    # "Turut hadir A, yang menegaskan ...": the attendee spoke there
                    mentions[-1].role = "other"
                    spoke.append(mentions[-1])
                mentions[-1].framed = len(found) == 1 and strength == 3 and role is not None \
                    and _alone(text[cue.end:base + listed.start + listed.person.start],
                               text[after_name:nxt], text)
            _share_job([listed.person for listed, _ in found], mentions[-len(found):])
            members = [(listed.person, base + listed.start) for listed, base in found]
            _share_list(text, cue, members, mentions[-len(found):], forward=True)
            share_counted(text, cue.end, members, mentions[-len(found):])
            if len(found) == 1 and not mentions[-1].position and (job := agent_job(
                    text[cue.end:members[0][1] + members[0][0].start], cue.kind == "by")):
                mentions[-1].position = job  # "dipandu oleh Kepala X yaitu A"
        elif cue.kind in {"noun", "after"} and (behind or (behind := read_backward(
                _said_in(cue, _blank_cues(text, cues, prev, cue.start)),
                [(a - prev, b - prev) for a, b in claimed], len(run)))):
            for person, at in behind:
                at += prev
                mention = make_mention(person, role, strength, text, (cue.end, len(text)),
                                       (sentence.index, at + person.start))
                if mention.talk_title is None or len(behind) > 1:
                    mention = make_mention(person, role, strength, text,
                                           (at + person.end, len(text) if len(behind) == 1
                                            else cue.start), (sentence.index, at + person.start))
                if mention.position is None and len(behind) == 1:
                    mention.position = _job_after_role(text, cue.end)
                mention.framed = len(behind) == 1 and strength == 3 and role is not None \
                    and _alone("", text[at + person.end:cue.start], text)
                mention.quote_tag = len(behind) == 1 and role is not None and \
                    quote_tag_subject(text, at + person.start)
                mentions.append(mention)
                if cue.kind == "noun":
                    # "Dipandu oleh A sebagai MC": the role noun names what A did
                    for earlier in by_verb:
                        if earlier.name == person.name and earlier.strength <= strength:
                            earlier.role = role
            _share_list(text, cue, [(person, at + prev) for person, at in behind],
                        mentions[-len(behind):], forward=False)
            if cue.kind == "noun" and (along := _ALONG.match(text, cue.end, nxt)):
                # "A menjadi narasumber bersama dua dosen lainnya, yaitu B dan C": the
                # people A shares the role with hold it too.
                for listed, base in read_forward(text[along.end():nxt], along.end(), cue,
                                                 sentence.index):
                    claimed.append((base + listed.start, base + listed.end))
                    mentions.append(make_mention(
                        listed.person, role, 2, text,
                        (base + listed.start + listed.person.end, base + listed.end),
                        (sentence.index, base + listed.start)))
        elif cue.kind == "after" and (not text[:cue.start].strip(" ,") or _AGENT_NEXT.match(
                text, cue.end) or (
                relative := _relative_head(text[prev:cue.start])) is not None):
            for listed, base in read_forward(text[cue.end:nxt], cue.end, cue, sentence.index):
                mentions.append(make_mention(listed.person, role, strength, text,
                                         (base + listed.start + listed.person.end, len(text)),
                                         (sentence.index, base + listed.start)))
                if mentions[-1].position is None and relative:
                    mentions[-1].position = relative
        if run and len(mentions) - before == len(run):
            # each member of the list holds the role written in its place in the run
            for mention, own in zip(mentions[before:], run):
                mention.role, mention.strength = own.role, own.strength
            complemented.update(range(i + 1, i + len(run)))
        if cue.role == "none" and _ATTENDING.search(text, 0, cue.end) and \
                not _attending_on_role_noun(text, cues, i):
            attending.extend(m for m in mentions[before:] if m not in spoke)
        if cue.role == "other" and _STANDS_IN.match(cue.text):
            standing_in.extend(mentions[before:])
        if len(mentions) > before and not (cue.kind == "after" and cue.role == "other"):
            prev = cue.end  # a stand-in ("A mewakili Bupati X") stays open to the next cue
        last_read = mentions[before:]
    _stand_ins(mentions, cues, text, attending)
    _role_from_sentence([m for m in mentions if m not in attending], cues)
    for mention in standing_in:
        mention.stand_in = mention.role == "other"
    share_titles(mentions, text)
    clip_titles(mentions, text)
    return mentions


def _job_apposition(subject: str) -> bool:
    """``subject`` (the lower-case words between a comma and a "by" cue, "A, owner X dan
    dipandu oleh B") opens with a job noun that is no programme role: the job of the person
    before the comma in apposition, not the subject of the passive ("A, dan acara dipandu
    oleh B", "kelas XI diisi oleh C"), which names the event or a part of it; a person's
    job is not what a session is guided or filled by."""
    first = subject.split(maxsplit=1)[0].strip(",").casefold() if subject else ""
    return first in position_words() and first not in role_nouns()


# An agent phrase right after a cue read after its person ("A dalam sambutannya oleh ...").
_AGENT_NEXT = re.compile(r"\s*(?:oleh|dari|by)\b", re.IGNORECASE)


# a cue that is an adverbial of the clause ("dalam sambutannya", "in his welcoming speech"):
# it can modify the verb before it, unlike a role noun or a "by" phrase
_ADVERBIAL_CUE = re.compile(r"(?:dalam|in)\s", re.IGNORECASE)


@lru_cache(maxsize=1)
def _quote_verb_before_cue() -> re.Pattern[str]:
    """A verb of saying (``quote_verb``, and every English verb of saying, ``say_en``:
    "A highlighted in her welcome remarks" as "A said in her ...") that ends the slot, right
    before the cue (see :func:`_said_in`)."""
    verbs = phrase_set("quote_verb") | phrase_set("say_en")
    return re.compile(r"[\s,]*\b(?:" + phrase_pattern(sorted(verbs)) + r")[\s,]*$",
                      re.IGNORECASE)


def _said_in(cue: Cue, slot: str) -> str:
    """"A mengatakan dalam sambutannya bahwa ...", "A said in his welcoming speech that
    ...": an adverbial cue after a verb of saying modifies that verb, whose subject is A,
    so the verb (blanked) does not stand between A and the cue."""
    if cue.kind != "after" or not _ADVERBIAL_CUE.match(cue.text):
        return slot
    match = _quote_verb_before_cue().search(slot)
    return slot if match is None else slot[:match.start()] + " " * (len(slot) - match.start())


# only a copula between an adverbial cue and a role noun ("A dalam sambutannya sebagai
# keynote speaker"): the noun is predicated of the person the adverbial cue read
_COPULA_ONLY = re.compile(r"[\s,]*(?:sebagai|selaku|as)(?:\s+(?:a|an|the))?\s*", re.IGNORECASE)


_WITH_TALK = re.compile(r"\bdengan\s+$", re.IGNORECASE)


def item_talk(cue: Cue, text: str) -> bool:
    """"A (Dosen X) dengan materi Y, B (Dosen Z) dengan materi W": a talk noun after
    "dengan" gives the talk of the list item it stands in (:func:`talk_spans` reads it
    there); it opens no list of its own, so the list before it runs on past it."""
    return cue.kind == "noun" and cue.text.casefold() in phrase_set("talk_noun") and \
        _WITH_TALK.search(text, max(0, cue.start - 12), cue.start) is not None


# Marks that close each item of a list on its own (a semicolon, a bulleted line, an item's
# own copula): a role noun after the last item then predicates that item only.
_OWN_ENDS = re.compile(r"[;\n]|\b(?:sebagai|selaku|as)\s", re.IGNORECASE)


# After a role noun: the others who held the role with the person before it.
_ALONG = re.compile(r"\s*,?\s*(?:bersama(?:\s+dengan)?|together\s+with|along\s+with)\b",
                    re.IGNORECASE)


# "turut hadir", "serta turut dihadiri oleh": attending beside the programme, not on it, so
# the people of such a cue never take the role noun of their sentence.
_ATTENDING = re.compile(r"\b(?:turut|tampak)\s+(?:(?:juga|pula)\s+)?(?:hadir|dihadiri)\b[^,.;]*$",
                        re.IGNORECASE)


# "pemateri yang (bertugas sebagai pembicara yang) turut hadir": a relative clause opened right
# after the role noun, with no clause break before the attending verb
_RELATIVE_CLAUSE = re.compile(r"\s+yang\s[^,.;:()]*", re.IGNORECASE)


def _attending_on_role_noun(text: str, cues: tuple[Cue, ...], i: int) -> bool:
    """"Narasumber yang turut hadir antara lain A, B dan C": the attending verb stands in a
    relative clause on a role noun, which it modifies: it says the noun's people were there,
    so the people named after it are the noun's (they take its role), not guests beside the
    programme as in "Turut hadir A"."""
    cue = cues[i]
    return any(noun.kind == "noun" and noun.role not in {"none", "other"}
               and _RELATIVE_CLAUSE.fullmatch(text, noun.end, cue.start) is not None
               for noun in cues[:i])


def _abbreviation_of(cue: Cue, later: Cue, text: str) -> bool:
    """``later`` is ``cue``'s abbreviation in parentheses right after it ("Key Opinion
    Leader (KOL) A"): the same cue, so ``cue``'s slot runs on past it."""
    return later.role == cue.role and text[cue.end:later.start].strip() == "(" and \
        text[later.end:later.end + 2].lstrip().startswith(")")


_SHARED_JOB = re.compile(r"^\s*,?\s*(?:selaku|sebagai|as)\s", re.IGNORECASE)


def _share_job(people: list[PersonPhrase], listed: list[Mention]) -> None:
    """"A, M.Pd., B, M.Pd., dan C, M.Pd. selaku dosen FKIP X": a job after the last of a
    list of names that have none of their own, introduced by "selaku"/"sebagai", is the job
    of them all."""
    if len(people) < 2 or not listed[-1].position or any(m.position for m in listed[:-1]):
        return
    if not _SHARED_JOB.match(people[-1].tail) or not all(
            p.written != p.name for p in people):
        return  # only names marked alike (their degrees) read as one group
    for mention in listed[:-1]:
        mention.position = listed[-1].position


def _share_list(text: str, cue: Cue, people: list[tuple[PersonPhrase, int]],
                listed: list[Mention], forward: bool) -> None:
    """A position written once for a list of people, where the grammar spreads it over
    them all (:mod:`index.extract.people_6_shared`): the qualifier of the role noun before
    a list it leads into, the origin of a role noun predicated of a list, or a distributive
    phrase after the last member. A member's own position is kept."""
    spans = [(at + person.start, at + person.end) for person, at in people]
    shared = None
    if forward and cue.kind == "noun":
        shared = lead_position(text[cue.end:spans[0][0]])
    if shared is None and bare_list(text, spans) and not any(m.position for m in listed[:-1]):
        shared = tail_position(people[-1][0].tail)
        if shared is None and not forward and cue.kind == "noun":
            shared = predicate_origin(text, cue.end)
    if shared is None:
        return
    for mention in listed:
        if not mention.position:
            mention.position = shared


# Modifiers of the role noun before the relative clause on its person ("sebagai narasumber
# andal yang merupakan ...", "sebagai moderator diskusi yang juga ..."): lowercase words, no
# preposition (whose object the clause would describe); an event noun only before "yang
# juga"/"yang sekaligus", which say more of a person, never of an event ("sebagai pembicara
# acara yang merupakan rangkaian ..." describes the event).
_MODIFIER = r"(?-i:(?!(?:di|pada|dalam|dari|untuk|bagi|dan|serta|yang|ke|oleh)\b)[a-z]+)\s+"
_EVENT_WORD = (r"(?!(?:webinar|seminar|acara|kegiatan|diskusi|sesi|talkshow|workshop|"
               r"pelatihan|forum)\b)")
_RELATIVE_JOB = re.compile(r"(?:\s*(?:pertama|kedua|ketiga|keempat|kelima|terakhir|utama))?"
                           r"\s*\)?\s*,?\s*(?:(?:dan|serta|sekaligus)\s+(?-i:(?=[a-z]))|"
                           r"(?:" + _MODIFIER + r"){0,2}(?=yang\s+(?:juga|sekaligus)\b)|"
                           r"(?:" + _EVENT_WORD + _MODIFIER + r"){0,2}"
                           r"(?=yang\s+(?:merupakan|adalah)\b))",
                           re.IGNORECASE)


def _job_after_role(text: str, end: int) -> str | None:
    """"A sebagai narasumber keempat yang juga peneliti di X menyampaikan ...", "A (keynote
    speaker) yang juga Guru Besar X", "A, Key Opinion Leader dan pegiat seni tari": the job
    in a relative clause or joined right after the role phrase is A's position. A job joined
    by "dan" starts lower case: a capital after it is the next person ("A sebagai pembawa
    acara dan B sebagai moderator"), so that look-ahead keeps its case."""
    match = _RELATIVE_JOB.match(text, end)
    return position_after(text[match.end():]) if match else None


_RELATIVE = re.compile(r"\s*(?P<head>[^,.;]{3,120}?)\s+yang\s*$")


def _relative_head(head: str) -> str | None:
    """"Dosen Akuntansi yang menjadi narasumber ketiga, Doni": a job and "yang" before a role
    phrase describe the person named after it; the job is their position ("" when the
    head is no job)."""
    match = _RELATIVE.fullmatch(head)
    if match is None and "," in head and (fronted := _fronted().match(head)) is not None:
        # "Selain itu, ada dua dosen yang menjadi narasumber, yaitu A": a discourse opener
        # fronted before the clause, set off by its comma, is no part of the relative head
        match = _RELATIVE.fullmatch(head, fronted.end())
    if match is None:
        return None
    words = match.group("head").split()
    if len(words) >= 3 and words[0].casefold() in _EXISTENTIAL and (
            words[1].isdigit() or words[1].casefold() in number_words()):
        # "ada tiga orang (lainnya) yang menjadi pembicara, yaitu A dan B": an existential
        # with a count states how many people the role noun holds; no job of theirs
        return ""
    if not head_is_position(match.group("head")):
        return None
    return position_before(match.group("head")) or ""


_EXISTENTIAL = frozenset({"ada", "terdapat", "there"})


@lru_cache(maxsize=None)
def _fronted() -> re.Pattern[str]:
    """A discourse opener at the start of a sentence and what it governs, up to its comma
    ("Sementara itu,", "Selain Ibu Rina,")."""
    return re.compile(r"\s*(?:" + phrase_pattern(phrases("discourse")) + r")\b[^,.;:“\"]{0,40},",
                      re.IGNORECASE)


_BETWEEN_NOUN_AND_VERB = re.compile(r"[\s,:]*(?:\([^()]{1,12}\))?[\s,:]*")


def _presenting_after(cue: Cue, later: Cue, text: str) -> bool:
    """"Sebagai key opinion leader (KOL) hadir pula A": a presenting verb right after a role
    noun belongs to the noun's slot (read there as a lead-in), not a list of its own. So
    does a cue read after its person that opens a relative clause on the noun ("empat
    narasumber yang hadir dalam acara, yaitu A, B"): the clause predicates the noun's
    people, who follow it. A cue that introduces people of its own ("pembukaan yang
    dihadiri oleh A") names others than the noun's: it still opens its own list."""
    if cue.kind != "noun":
        return False
    if later.kind == "after" and later.role in {"other", "none"} and \
            _RELATIVE_ON_NOUN.fullmatch(text, cue.end, later.start) is not None:
        return True
    return later.kind == "weak" and later.role != "none" and \
        _BETWEEN_NOUN_AND_VERB.fullmatch(text, cue.end, later.start) is not None


_RELATIVE_ON_NOUN = re.compile(r"\s+yang\s+(?:(?:juga|telah|sudah|akan|turut)\s+)?",
                               re.IGNORECASE)


# The verb of standing in ("wakili", "wakilkan") and its passive prefix, which may be written
# apart ("di wakili oleh", "di wakilkan kepada"), as the cue phrases themselves are matched
# (people_6_slots: the "di " variants of every cue). Spelled once for the patterns below and
# speakers._STOOD_IN_FOR.
STAND_IN_VERB = r"wakil(?:i|kan)\b"
PASSIVE_PREFIX = r"di\s?"
_STAND_IN = re.compile(rf"(?:{PASSIVE_PREFIX})?{STAND_IN_VERB}|(?:was\s+)?represented\b",
                       re.IGNORECASE)
# Every cue of standing in, the active "A mewakili X" / "A representing X" included: it says
# whose place A took, not what A did there.
_STANDS_IN = re.compile(rf"(?:me|{PASSIVE_PREFIX})?{STAND_IN_VERB}|(?:was\s+)?"
                        r"represent(?:ed|ing)\b", re.IGNORECASE)


def _stand_ins(mentions: list[Mention], cues: tuple[Cue, ...], text: str,
               attending: list[Mention]) -> None:
    """"Bupati X, A, yang diwakili oleh Sekda B", "A (Ketua Y) yang saat acara diwakilkan
    kepada Sekjen B": B stood in for A, so B takes A's role and A, who was absent, is
    dropped. The stand-in keeps a role of its own when A had none."""
    for cue in cues:
        if cue.kind != "by" or not _STAND_IN.match(cue.text):
            continue
        absent = [m for m in mentions if m.order[1] < cue.start]
        standing = [m for m in mentions if m.order[1] >= cue.end and m not in attending]
        if not standing:
            continue
        stand_in = min(standing, key=lambda m: m.order[1])
        if not absent:
            _list_of_stand_ins(standing, cues, cue)
            _role_done(stand_in, cues)
            continue
        before = absent[-1]
        # "sambutan dari Ketua X yaitu A, kemudian sambutan Dekan Y (yang) diwakili oleh B":
        # a role noun between A and the passive opens the next item, whose holder (named
        # or not) is the one represented, and B holds that item's role; A spoke in the
        # item before
        item = [c for c in cues if c.kind == "noun" and c.role not in {"none", "other"}
                and before.order[1] < c.start < cue.start]
        if item:
            if stand_in.role in {None, "other"}:
                stand_in.role, stand_in.strength = item[-1].role, item[-1].strength
            continue
        if len(text[before.order[1]:cue.start].split()) > 25 or before.role is None:
            _role_done(stand_in, cues)
            continue
        if stand_in.role in {None, "other"}:
            stand_in.role, stand_in.strength = before.role, before.strength
        mentions.remove(before)


def _role_done(stand_in: Mention, cues: tuple[Cue, ...]) -> None:
    """"Gubernur X yang diwakili oleh Asisten Y, B, membuka webinar": with no named absent
    person to take a role from, the stand-in takes the role of what they did, a cue after
    their name ("membuka webinar", "memberikan sambutan")."""
    if stand_in.role not in {None, "other"}:
        return
    done = next((c for c in cues if c.start > stand_in.order[1] and c.kind in {"after", "noun"}
                 and c.role not in {"none", "other"}), None)
    if done is not None:
        stand_in.role, stand_in.strength = done.role, max(stand_in.strength, done.strength)


def _list_of_stand_ins(standing: list[Mention], cues: tuple[Cue, ...], cue: Cue) -> None:
    """"narasumber, seperti perwakilan dari Menteri X yang diwakilkan oleh A, B selaku ...,
    C sebagai ...": the list the stand-in opens is the role noun's list."""
    nouns = [c for c in cues if c.kind == "noun" and c.end <= cue.start]
    if not nouns or nouns[-1].role in {"none", "other"}:
        return
    for mention in standing:
        if mention.role in {None, "other"}:
            mention.role, mention.strength = nouns[-1].role, 2


# (the copulas and their quantifier "salah satu" / "one of": "A menjadi salah satu
# narasumber" predicates the role of A as "A menjadi narasumber" does)
_FRAME_WORDS = re.compile(r"[\s,:;.()–-]+|\b(?:oleh|by|adalah|ialah|yaitu|yakni|is|was|"
                          r"selaku|sebagai|as|bertindak|menjadi|the|acara|diskusi|webinar|"
                          r"kegiatan|salah\s+satu|one\s+of)\b", re.IGNORECASE)
_ORDINALS = re.compile(r"^\s*(?:pertama|kedua|ketiga|keempat|kelima|keenam|ketujuh|terakhir|"
                       r"first|second|third|fourth|fifth|last)\b", re.IGNORECASE)


_FINAL_STOP = re.compile(r"[.!?]\W*$")
"""A full stop, question or exclamation mark that ends the text, closing marks after it."""


def _alone(before: str, after: str, sentence: str) -> bool:
    """A role cue reads one person alone: between cue and name, and after the name, stand
    only copulas and punctuation ("moderator adalah Tania.", "dipandu oleh Tania sebagai
    moderator."), in a sentence, not a heading ("Moderator and Interaction")."""
    before = _ORDINALS.sub("", before)  # "Narasumber keempat, Hadi."
    return not _FRAME_WORDS.sub("", before) and not _FRAME_WORDS.sub("", after) and bool(
        _FINAL_STOP.search(sentence.rstrip()))


def _blank_cues(text: str, cues: tuple[Cue, ...], start: int, end: int) -> str:
    """``text[start:end]`` with the cue phrases inside it blanked (offsets kept), so that
    "Key Opinion Leader" is never read as a name."""
    out = text[start:end]
    for cue in cues:
        if cue.kind == "after" and cue.role == "other":
            continue  # "mewakili" stays readable (_REPRESENTING)
        a, b = max(cue.start, start) - start, min(cue.end, end) - start
        if a < b:  # (slices: no list of characters per slot)
            out = out[:a] + " " * (b - a) + out[b:]
    return out


def _role_from_sentence(mentions: list[Mention], cues: tuple[Cue, ...]) -> None:
    """People introduced without a role ("juga dihadiri oleh X") take the role of a role noun
    in the same sentence ("Selain narasumber dari BPBD, ... dihadiri oleh X"); a noun that
    only hints at a role ("materi", "pembukaan") gives none."""
    nouns = {cue.role for cue in cues if cue.kind == "noun" and cue.strength >= 3}
    if len(nouns) != 1:
        return
    role = next(iter(nouns))
    for mention in mentions:
        if mention.role is None:
            mention.role = role
