"""A talk told in a later sentence that names its speaker again by part of the name.

Reports introduce a speaker once in full ("Kepala Seksi Yanti Marlina Sari, S.Pd.") and then
go on with a short form: the given name or the surname alone ("Yanti membawakan materi
berjudul ...", "Sementara Sari membahas soal ...", "Bapak Yanti menyampaikan terkait ..."). A
one-word name is no person the readers confirm on its own (it may be a place or a word), so
no mention is read there and the talk is lost. Here the subject of such a sentence is read
only against the people the article has already placed on the programme: the short form
must be part of exactly one of their names (document-level evidence, as for a pronoun), and
the rest of the clause must hold a talk frame (:func:`.talks.talk_after`). The mention made
carries the talk only (no role), so it never places anyone on the programme.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from index.lexicon import phrase_set
from index.names import is_honorific

from .people_6_frames import Mention
from .sentences import Sentence
from .talk_agents import agent_clause_talk
from .talks import talk_after
from .titles import Title, title_after

# connectives that may stand before the subject without a comma ("Sementara Rini membahas")
_CONNECTIVE = frozenset({"sementara", "sedangkan", "adapun", "kemudian", "selanjutnya",
                         "lalu", "meanwhile", "then"})
# a capitalised word in a sentence's head: a name part could stand there
_HEAD_WORD = re.compile(r"[A-Z][\w-]+")
# a fronted phrase of at most three words set off by a comma; a clock time may be one of them
# ("Pada pukul 10.10, Dr. Rini ...")
_SHORT_FRONT = re.compile(r"\s*(?:[\w-]+(?:[.:]\d\d)?\s+){0,2}[\w-]+(?:[.:]\d\d)?,\s+")
# a fronted phrase of the speaker's own talk, a comma or none ("Dalam paparan materinya Rini
# menyampaikan ...", "In his material Prof. Rudi discussed ..."): what follows is its speaker
_TALK_FRONT = re.compile(r"\s*(?:dalam|pada|in)\s+(?:(?:his|her|their)\s+)?(?:paparan|pemaparan|"
                         r"materi|presentasi|material|presentation|talk|lecture)(?:\s+materi)?"
                         r"(?:nya)?\s*,?\s+", re.IGNORECASE)
# a capitalised word; an apostrophe inside a name stays ("O’Neil"), a possessive does not
_WORD = re.compile(r"\s*([A-Z][\w-]*(?:['’](?!s\b)[\w-]+)*\.?)")
# the openings an owned talk needs (:func:`_owned_talk`), tested before reading it: a talk
# noun opening the sentence proper, or an English possessive of a talk anywhere
_OWNED_HINT = re.compile(r"(?:paparan|pemaparan|materi|presentasi|topik|tema|makalah|kajian)",
                         re.IGNORECASE)
_OWNED_EN_HINT = re.compile(r"['’]s\s+(?:presentation|talk|lecture|speech|topic|session|"
                            r"paper)\b")


def _subject(text: str, at: int) -> tuple[list[str], int]:
    """The capitalised words that open ``text`` at ``at`` (after connectives and forms of
    address) and where they end; at most three."""
    words: list[str] = []
    end = at
    while len(words) < 3:
        match = _WORD.match(text, end)
        if match is None:
            break
        word = match.group(1)
        bare = word.rstrip(".").casefold()
        if not words and (bare in _CONNECTIVE or is_honorific(word) or is_honorific(bare)):
            end = match.end()
            continue
        if word.endswith("."):
            break
        words.append(word)
        end = match.end()
    return words, end


# "Paparan Bapak Rudi adalah seputar X", "Topik yang dibahas oleh Dr. Rudi dalam diskusi ini
# adalah X": the talk noun, its possessor or agent, a copula
_OWNED_NOUN = re.compile(r"(?:paparan|pemaparan|materi|presentasi|topik|tema|makalah|kajian)"
                         r"(?:nya)?\s+(?:yang\s+(?:di\s?)?(?:bahas|sampaikan|bawakan|paparkan|"
                         r"angkat|presentasikan)(?:kan)?\s+(?:oleh\s+)?)?", re.IGNORECASE)
_OWNED_COPULA = re.compile(r"(?:\s+(?:dalam|pada|di)\s+(?:[\w-]+\s+){1,2}?(?:ini|tersebut|itu))?"
                           r"\s*,?\s+(?:adalah|ialah|yakni|yaitu)\s+(?:(?:seputar|tentang|"
                           r"mengenai|terkait|soal)\s+)?", re.IGNORECASE)
# "Rudi's presentation touched on X": the English possessive and a verb of covering
_OWNED_EN = re.compile(r"['’]s\s+(?:presentation|talk|lecture|speech|topic|session|paper)\s+"
                       r"(?:touched\s+(?:up)?on|focused\s+on|centred\s+on|centered\s+on|"
                       r"dealt\s+with|was\s+(?:about|on)|covered|explored|addressed)\s+")


def _owned_talk(text: str, start: int, owners: dict[str, set[str]]
                ) -> tuple[str, Title] | None:
    """A sentence whose subject is a talk owned by one known person ("Paparan Bapak Rudi
    adalah seputar X", "Rudi's presentation touched on X"): the person and the talk."""
    noun = _OWNED_NOUN.match(text, start)
    at = noun.end() if noun else start
    words, end = _subject(text, at)
    names = _owner(words, owners)
    if len(names) != 1:
        return None
    predicate = (_OWNED_COPULA if noun else _OWNED_EN).match(text, end)
    if predicate is None:
        return None
    talk = title_after(text, predicate.end())
    if talk is None or talk.text.casefold() in phrase_set("talk_prep"):
        return None
    return next(iter(names)), talk


def _owner(words: list[str], owners: dict[str, set[str]]) -> set[str]:
    """The names of which every one of ``words`` is a part."""
    if not words:
        return set()
    return set.intersection(*(owners.get(w.casefold(), set()) for w in words))


# the rest of a name's apposition (degrees, a job) up to a relative pronoun set off by a
# comma: "oleh Rini Astuti, Ph.D., who discussed X", "adalah Rini Astuti (BRIN), yang ..."
_RELATIVE = re.compile(r"(?P<gap>[^;:“”\"]{0,100}?),\s+(?:yang|who)\s+")
_JOINED = re.compile(r"\b(?:dan|serta|and|&)\b", re.IGNORECASE)


def _relative_talk(text: str, owners: dict[str, set[str]], titled: set[str]
                   ) -> tuple[str, int, int, Title] | None:
    """A talk told in a relative clause on a known person named inside the sentence ("The
    first talk was delivered by Rini Astuti, Ph.D., who discussed X"): the relative pronoun
    refers to the noun phrase it follows, so the clause is that person's. Not after two
    people joined ("A dan B, yang ..."): the clause is then both of theirs. The person, where
    the clause starts, where the name starts and the talk."""
    agent = "oleh " in text  # (the agent of a talk told as the subject, talk_agents)
    if "yang " not in text and "who " not in text and not agent:
        return None
    for head in _HEAD_WORD.finditer(text, 1):
        if head.group().casefold() not in owners:
            continue
        words, end = _subject(text, head.start())
        names = _owner(words, owners)
        if len(names) != 1 or next(iter(names)) in titled:
            continue
        if agent and (told := agent_clause_talk(text, head.start())) is not None:
            # "Materi lain disampaikan oleh Dr Rini yang menguraikan X": the agent's clause
            return next(iter(names)), 0, head.start(), told
        relative = _RELATIVE.match(text, end)
        if relative is None or _JOINED.search(relative.group("gap")) or len(
                relative.group("gap").split()) > 12:
            continue
        talk = talk_after(text[relative.end():])
        if talk is None:
            continue
        at = relative.end()
        return (next(iter(names)), at, head.start(),
                Title(talk.text, talk.start + at, talk.end + at, talk.quoted))
    return None


def backref_talks(sentences: list[Sentence], mentions: list[Mention],
                  lead: Callable[[str], int]) -> list[Mention]:
    """Talk-only mentions of people named again by part of their name at the start of a
    sentence whose clause gives a talk ("Rini membawakan materi berjudul ..."). ``lead``
    gives where a sentence proper starts (after a dateline or a fronted adverbial)."""
    owners: dict[str, set[str]] = {}
    heads: set[str] = set()  # the parts as a sentence may write them, for a quick test
    titled: set[str] = set()
    people: dict[str, Mention] = {}
    for mention in mentions:
        if mention.talk_title is not None:
            titled.add(mention.name)
        if mention.role is None or len(mention.name.split()) < 2:
            continue
        people.setdefault(mention.name, mention)
        for part in mention.name.split():
            if len(part) >= 3:
                owners.setdefault(part.casefold(), set()).add(mention.name)
                heads.update((part, part.capitalize(), part.upper()))
    if not owners:
        return []
    found: list[Mention] = []
    for sentence in sentences:
        text = sentence.text
        if heads.isdisjoint(_HEAD_WORD.findall(text, 0, 160)):
            continue  # no known name part where a subject could stand
        start = lead(text)
        owned = _owned_talk(text, start, owners) if _OWNED_HINT.match(text, start) or (
            "s " in text and _OWNED_EN_HINT.search(text)) else None
        if owned is not None:
            name, talk = owned
            if name not in titled:
                person = people[name]
                titled.add(name)
                found.append(Mention(name, person.written, None, 0, None, talk,
                                     person.handle, (sentence.index, start), narrative=True))
            continue
        words, end = _subject(text, start)
        names = _owner(words, owners)
        if not names and (comma := _TALK_FRONT.match(text, start) or _SHORT_FRONT.match(
                text, start)) is not None:
            # "Di tempat sama, Rini ...": a short fronted phrase the lead did not take
            start = comma.end()
            words, end = _subject(text, start)
            names = _owner(words, owners)
        talk = None
        if len(names) == 1 and next(iter(names)) not in titled:
            name = next(iter(names))
            talk = talk_after(text[end:])
        if talk is None:
            relative = _relative_talk(text, owners, titled)
            if relative is None:
                continue
            name, end, start, talk = relative
        person = people[name]
        titled.add(name)
        found.append(Mention(name, person.written, None, 0, None,
                             Title(talk.text, talk.start + end, talk.end + end, talk.quoted),
                             person.handle, (sentence.index, start), narrative=True))
    return found
