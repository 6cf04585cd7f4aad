"""The slots of a role cue in one sentence, and the people read from them.

Each role cue (``role_cues.tsv``) owns the text up to the next cue of another role (its
*forward slot*) and the text back to the last cue that found someone (its *backward slot*).

- A cue reads its forward slot first: a whole list after a lead-in ("empat narasumber yang
  terdiri dari A selaku ..., B selaku ..., serta C", "speakers included A, B of C"; an
  origin "dari Malaysia," or a copula "were also" before the first person is skipped), else
  the person who opens the slot and the people listed right after them ("dipandu oleh A",
  "pemateri pertama adalah A", "Keynote Speech Hendarto A. Prasetya", "sambutan hangat
  dari Gubernur ..., Arman Wiranata", "narasumber lokal A dan B").
- Role nouns and "after" cues also read backwards: "A selaku moderator", "A bertindak
  sebagai Key Opinion Leader (KOL)", "A dalam sambutannya", "A saat menjadi pemateri", and
  whole coordinated lists "A, B dan C menjadi narasumber". Only copulas and punctuation may
  stand between the last person and the cue.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from index.lexicon import (
    phrase_pattern,
    phrase_regex,
    phrase_set,
    phrases,
    position_words,
    role_cues,
    role_nouns,
    weekdays,
)

from .content_frames import content_cue_holds, is_content_cue
from .gazetteer import place_words
from .nickname_forms import blank_nickname_brackets
from .people_1_runs import looks_like_verb, tokenize
from .people_2_positions import head_is_position
from .people_3_phrase import PersonPhrase, parse_person
from .people_5_assembly import ListedPerson, parse_list
from .people_6_shared import COUNTED
from .role_pairs import join_paired_titles


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    role: str
    kind: str
    strength: int
    text: str


@lru_cache(maxsize=None)
def _cue_table() -> tuple[re.Pattern[str], dict[str, tuple[str, str, int]]]:
    """The cue regex, without the case-blind flag: for the lower-cased text (see
    :func:`_cue_matches`), and the role, kind and strength of each case-folded cue phrase."""
    lookup = {}
    phrases = []
    for cue in role_cues():
        variants = [cue.phrase]
        if cue.kind == "by" and cue.phrase.endswith(" oleh"):
            # "Disampaikan juga oleh A", "dibuka pula oleh A": an adverb before the agent
            variants += [cue.phrase[:-5] + " juga oleh", cue.phrase[:-5] + " pula oleh"]
        if cue.kind == "by":
            # The passive prefix written apart, a common misspelling ("di moderatori oleh
            # A", "sambutan di sampaikan oleh B"): the same verb.
            variants += [re.sub(r"\bdi(?=[a-z]{4,})", "di ", v) for v in variants
                         if re.search(r"\bdi[a-z]{4,}", v)]
        # "-nya" after a stem ending in "n" written with one "n", a common misspelling
        # ("dalam sambutanya", "memandu jalanya acara"): the same word.
        variants += [re.sub(r"nnya\b", "nya", v) for v in variants if "nnya" in v]
        for phrase in variants:
            phrases.append(phrase)
            base = phrase.rstrip("?").casefold()
            lookup[base] = (cue.role, cue.kind, cue.strength)
            if phrase.endswith("?"):
                lookup[base[:-1]] = (cue.role, cue.kind, cue.strength)
    # A scrape that lost a space may glue a role noun to its lead-in ("narasumberyaitu").
    pattern = (r"(?<![\w@/])" + phrase_pattern(phrases)
               + r"(?:(?![\w/])|(?=(?:yaitu|yakni|adalah|ialah)\b))")
    return re.compile(pattern), lookup


@lru_cache(maxsize=None)
def _blind_cue_regex() -> re.Pattern[str]:
    """The cue regex, case-blind: compiled only when a text needs it (it is large, and
    compiling it is a tenth of a second of start-up)."""
    return re.compile(_cue_table()[0].pattern, re.IGNORECASE)


def _cue_matches(text: str, lower: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """The matches of the cue regex in ``text``, read for their places only (their text
    may be lower-cased): the case-sensitive twin of the regex run on ``text.lower()`` (the
    cue phrases are written in lower case), which finds the same spans as the case-blind
    one at about 60% of the time (a case-blind regex compares every letter through a case
    table; this search reads every sentence the people readers see). Same spans for the
    reason of :mod:`.folded`: ``str.lower`` keeps every position and a character matches a
    lower-case ASCII letter case-blind exactly when its lower case is that letter, except
    "İ", "ı" and "ſ", for which the case-blind regex is run itself."""
    if "\u0130" in text or "\u0131" in text or "\u017f" in text:
        return _blind_cue_regex().finditer(text)
    return lower.finditer(text.lower())


@lru_cache(maxsize=256)
def find_cues(text: str) -> tuple[Cue, ...]:
    """The role cues of ``text`` in order. A role noun right after a dash is the start of a
    position ("Rangga Saputra – Host Podcast Kopi Pagi"), not a cue. (Cached: a sentence's
    cues are asked for by several readers, soon after each other: a few hundred answers
    hold nearly all the repeats; more keep old cues alive for nothing.)"""
    lower, lookup = _cue_table()
    cues = []
    for match in _cue_matches(text, lower):
        start, end = match.start(), match.end()
        before = text[:start].rstrip()
        if before.endswith(("–", "—")) or (before.endswith("-") and text[:start][
                len(before) - 2:len(before) - 1].isspace()):
            continue
        written = text[start:end]
        key = " ".join(written.split()).casefold()
        if key in _EVENT_LED and not _event_led(text, start, end, key):
            continue
        if is_content_cue(key) and not content_cue_holds(text, start, end, key):
            continue
        if key in _LED and _heads_body(text, start):
            continue
        if key in _opening_by_keys() and _talk_agent(text, end):
            continue
        role, kind, strength = lookup.get(key, lookup.get(key.rstrip("s"), ("speaker", "noun", 3)))
        cues.append(Cue(start, end, role, kind, strength, written))
    if not cues:
        return ()  # most sentences (what join_paired_titles makes of no cues)
    kept = tuple(c for i, c in enumerate(cues) if not _source_only(text, c, cues[i + 1:]))
    return join_paired_titles(kept, text)


def _source_only(text: str, cue: Cue, later: list[Cue]) -> bool:
    """A passive of saying after a word pointing back to a statement ("Hal ini disampaikan
    oleh A ...") names who made the statement; when the clause goes on to state a role of
    another kind for its agent ("... A dalam membuka sesi diskusi"), that role is the one
    the agent held, and the passive is no cue of its own. With a role of the same kind after
    it ("... A saat menjadi salah satu narasumber") or none, it stays the speaker's cue."""
    if cue.kind != "by" or cue.role != "speaker" or not _ANAPHOR_BEFORE.search(
            text, max(0, cue.start - 40), cue.start):
        return False
    return any(c.kind == "after" and c.role not in {cue.role, "none"} for c in later)


# A word pointing back to a statement right before a passive of saying ("Hal ini
# disampaikan oleh A", "Demikian dipaparkan oleh A", "Hal senada diungkapkan oleh B"): the
# passive names who made the statement (see ``_source_only``); the anaphor is then a lead-in
# of the clause that states the agent's role (``_DISCOURSE_LEAD``).
_ANAPHOR_BEFORE = re.compile(r"\b(?:hal\s+(?:itu|ini|tersebut|senada|serupa|yang\s+sama)|(?:"
                             r"pernyataan|penegasan|pesan|ungkapan|penjelasan)\s+(?:itu|ini|"
                             r"tersebut)|demikian)\s+(?:juga\s+|pula\s+)?$", re.IGNORECASE)


# Verbs and a preposition that present guests only when the event is what the clause is
# about: "Webinar yang mengundang A dari X dan B dari Y", "panitia menggandeng beberapa tokoh,
# di antaranya A, B", "mengadakan Webinar Penulisan “X” bersama (dengan) A dan B". Elsewhere
# they invite an audience, join partners or mean "together" ("Dinas X bersama Komisi Y",
# "A bersama teman-temannya"), so they are cues only under the guard of ``_event_led``.
_EVENT_LED = {"mengundang", "juga mengundang", "menggandeng", "juga menggandeng", "bersama",
              "bersama dengan"}
# (the session nouns as one class, as reported_speech.SESSION_NOUNS writes them: the
# formats a talk is held in, "bincang" of "Bincang Literasi", "bincang-bincang", "simposium",
# "konferensi", "FGD", "temu wicara", as well as "webinar" and "diskusi")
_EVENT_WORD = re.compile(r"\b(?:webinar|seminar|acara|kegiatan|diskusi|talk\s?show|workshop|"
                         r"lokakarya|sarasehan|dialog|kuliah\s+umum|kelas|pelatihan|forum|"
                         r"bincang(?:[\s-]bincang)?|simposium|konferensi|fgd|temu\s+wicara|"
                         r"penyelenggara|panitia)\b", re.IGNORECASE)
# What may stand between the event and "bersama": the event's name or quoted theme, never a
# new clause (a comma, a verb of its own: "digelar Dinas X bersama Komisi Y" joins hosts).
_TO_BERSAMA = re.compile(r"(?:[^,.;:!?“”\"]|[“\"][^“”\"]{1,150}[”\"]){0,160}")
_THEME_VERB = re.compile(r"\b(?:dengan\s+)?(?:mengusung|mengangkat|bertema|bertajuk|berjudul)\b",
                         re.IGNORECASE)


# "dipimpin oleh" says who leads what its clause is about: a session ("Diskusi dipimpin oleh
# A") is moderated, but a body ("Laboratorium yang dipimpin oleh Prof. A", "fakultas yang
# dipimpin oleh B") is headed, and its head is no one on the programme for that.
_LED = frozenset({"dipimpin oleh", "dipimpin juga oleh", "dipimpin pula oleh"})
_LED_BODIES = frozenset({"laboratorium", "lab", "tim", "organisasi", "partai", "perusahaan",
                         "komunitas", "kabinet", "pemerintahan"})
_BEFORE_LED = re.compile(r"([^\W\d_]+)\.?\s+(?:yang\s+)?(?:(?:saat|kini)\s+ini\s+)?$")


def _heads_body(text: str, start: int) -> bool:
    """The noun right before "(yang) dipimpin oleh" at ``start`` is a body, not a session."""
    match = _BEFORE_LED.search(text, max(0, start - 60), start)
    if match is None:
        return False
    head = match.group(1).casefold()
    return head in _LED_BODIES or head in phrase_set("org_head") or head in phrase_set(
        "body_head")


def _event_led(text: str, start: int, end: int, key: str) -> bool:
    """Whether a guarded presenting word at ``text[start:end]`` has the event as what its
    clause is about. "mengundang"/"menggandeng": an event word (or its organisers,
    "panitia") in the same sentence, as subject ("Seminar ini mengundang A") or purpose
    ("mengundang A untuk mengisi acara webinar"). "bersama (dengan)": the event's name right
    before it, with at most its theme between ("webinar Gema Hijau bersama A", "Webinar X
    dengan mengusung tema “Y” bersama dengan A dan B"), and a name right after it; never
    "bersama-sama". Inside a quotation they are someone's words ("“Kami mengundang asosiasi
    A, B dan C,” jelas Menteri"), not the report's account of the programme."""
    before = text[:start]
    if before.count("“") > before.count("”") or before.count('"') % 2:
        return False
    if not key.startswith("bersama"):
        return _EVENT_WORD.search(text) is not None or (
            _ZERO_SUBJECT.fullmatch(before) is not None
            and _NAME_AFTER.match(text[end:end + 6]) is not None)
    if text[end:end + 1] == "-" or not _NAME_AFTER.match(text[end:end + 6]):
        return False
    lead = text[max(0, start - 200):start]
    events = list(_EVENT_WORD.finditer(lead))
    if not events or events[-1].group().casefold() in {"penyelenggara", "panitia"}:
        return False
    between = lead[events[-1].end():]
    if not _TO_BERSAMA.fullmatch(between):
        return False
    bare = _QUOTED.sub(" ", _THEME_VERB.sub(" ", between))
    return not any(looks_like_verb(w) for w in _LOWER_WORD.findall(bare))


_NAME_AFTER = re.compile(r"\s+(?:[A-Z]|(?:Dr|Prof|Ir|H|Hj)\.)")
# A clause whose verb has no subject of its own, only an additive connective before it
# ("Selain itu juga mengundang A", "Di samping itu, menggandeng B"): Indonesian drops a
# subject that goes on from the sentence before, and a report that goes on adding guests
# goes on about its event, so the verb presents guests of the event as "Seminar ini
# mengundang A" does. A named person must follow (an invited audience is a common noun).
_ZERO_SUBJECT = re.compile(r"\s*(?:(?:selain\s+itu|di\s+samping\s+itu|tak\s+hanya\s+itu|"
                           r"tidak\s+hanya\s+itu|kemudian|lalu|selanjutnya)\s*,?\s*)?"
                           r"(?:juga\s+|pula\s+|pun\s+|turut\s+)?", re.IGNORECASE)
_QUOTED = re.compile(r"[“\"][^“”\"]*[”\"]")
_LOWER_WORD = re.compile(r"[a-z]+")


# Ordinal words, and numbers as ordinals ("pembicara ke-2", "narasumber ke 3").
_ORDINAL = re.compile(r"^(?:\s*(?:" + phrase_pattern(phrases("ordinal")) + r"|ke-?\s?\d{1,2})\b)+",
                      re.IGNORECASE)


# The agent of a passive right after the cue: "Materi [pertama] disampaikan oleh ...".
_AGENT = re.compile(r"\s*(?:[a-z]+\s+){0,4}?(?i:oleh|by)\s+")
# An English determiner and a lowercase noun: "presented the results of ...", "featured a
# documentary by ...".
_DETERMINED = re.compile(r"\s*(?:the|a|an|its|their|his|her)\s+([a-z][\w-]*)")


def _presents_thing(slot: str, skip: int) -> bool:
    """A presenting verb's object opens with a determiner and a noun that is no job or role
    ("The seminar presented the results of the X Survey"): it presents a thing; people
    after it ("by X") made that thing, they are not on the programme. "featured the
    Minister of X" or "a lecturer at X, A" still name people."""
    match = _DETERMINED.match(slot, skip)
    if match is None:
        return False
    noun = match.group(1).casefold()
    return noun not in position_words() and noun not in role_nouns()


_LOWER_WORD = re.compile(r"\s*([a-z]+)\b")


def _talk_agent(text: str, end: int) -> bool:
    """The agent of an opening's or a closing's passive (ending at ``end``) is a talk, not a
    person ("Sesi materi ditutup oleh pemaparan dari A"): the talk's speaker is named after
    it, and the event was not opened or closed by their remarks, so the passive is no cue."""
    word = _LOWER_WORD.match(text, end)
    return word is not None and word.group(1) in phrase_set("talk_noun")


@lru_cache(maxsize=None)
def _opening_by_keys() -> frozenset[str]:
    """The phrases of the opening cues whose person follows as the agent ("ditutup oleh",
    "opened with a speech by"), case-folded: those are the passives whose agent may be a talk
    (``_talk_agent``) instead of a person."""
    return frozenset(c.phrase.casefold() for c in role_cues()
                     if c.role == "opening" and c.kind == "by")


# The agent of a passive written without "oleh": "materi ketiga disampaikan Ulfa", "materi
# yg disampaikan H. Abdul": a di- verb followed by a capitalised word.
_PASSIVE_AGENT = re.compile(r"\s*(?:(?:yang|yg)\s+)?di[a-z]{3,}\s+(?=[A-Z])")
# Where the role noun served, before its people: "Narasumber di sesi tersebut A dan B".
# (an additive particle may come first: "Hadir juga dalam webinar tersebut A")
_SETTING = re.compile(r"\s*(?:(?:juga|pula)\s+)?(?:di|pada|dalam)\s+(?:sesi|acara|webinar|"
                      r"kegiatan|diskusi|seminar|kesempatan)(?:\s+[a-z]+)?\s+(?:ini|tersebut|itu)\b,?"
                      r"(?![ \t]*[;\n•-])")


_ORIGIN = re.compile(r"\s*,?\s*(?:dari|from)\s+(?P<place>(?:[A-Z][\w-]*\s*){1,3}),\s*")


def origin_end(text: str, start: int) -> int:
    """The end of an origin lead-in at ``start`` ("dari Malaysia, ", "from Japan, "), else
    ``start``: a country or region that a speaker comes from, written before the person
    with a comma. Not a body ("dari Universitas Andalas, ", "dari Bawaslu, "): a word of
    an organisation or a job, or an acronym, names where the person works, which is the
    position."""
    match = _ORIGIN.match(text, start)
    if match is None:
        return start
    for word in match.group("place").split():
        lower = word.casefold()
        if word.isupper() or lower in position_words() or lower in phrase_set("org_head") \
                or lower in place_words().national:
            return start
    # The person's own position must follow the name ("dari Malaysia, Prof Dr. A, yang
    # merupakan Direktur ..."): otherwise "dari X" is the only word of where they work.
    person = parse_person(text[match.end():match.end() + 240], name_first_only=True)
    if person is None or person.start > 0 or not person.position:
        return start
    return match.end()


@lru_cache(maxsize=None)
def _role_word_lead() -> re.Pattern[str]:
    """A lower-case role noun right before a capitalised name."""
    return re.compile(r"\s*(?-i:" + phrase_pattern(sorted(role_nouns())) + r")\s+(?=[A-Z])")


# A copula or a naming clause between a role noun and its person ("Present as speakers were
# also A", "pembicara kedua yang bernama A").
# (an English relative clause of presence may stand on the role noun before the copula, as
# "yang hadir" does: "The speakers who were present were A, B and C")
_COPULA_LEAD = re.compile(r"\s*(?:(?:who|that)\s+(?:(?:were|was|are|is)\s+(?:also\s+)?(?:present|"
                          r"invited)|attended|joined)\s+)?"
                          r"(?:is|are|was|were|adalah|ialah|(?:yang\s+|yg\s+)?bernama|named)"
                          r"(?:\s+(?:also|juga|pula))?\b"
                          r"(?=\s+[A-Z])", re.IGNORECASE)


_OF_EVENT = re.compile(r"\s*(?:acara|diskusi|webinar|kegiatan|talk\s?show|seminar)(?:\s+(?:ini|"
                       r"tersebut|itu|kali\s+ini))?\b,?(?=\s+[A-Z@])")


# Asides that a lead-in may carry without saying more about the people: an acronym's expansion
# in parentheses ("program MBKM (Merdeka Belajar Kampus Merdeka)") and the quoted title of the
# event the role served ("pembicara pada webinar “Hukum di Era Digital” yaitu ...").
_ASIDE = re.compile(r"\([^()]{1,80}\)|(?<=\s)[“\"][^“”\"]{1,120}[”\"](?=[\s,])")


# Words that open a modifier of the noun before them (Indonesian modifiers follow their
# head): a preposition phrase or an adverbial of manner ("pembicara dari dua kota berbeda",
# "narasumber dengan mengikuti acara secara daring").
_MODIFIER = re.compile(r"\b(?:dari|dengan|secara|melalui|via|untuk|bagi|pada|from|with)\b",
                       re.IGNORECASE)


def _modified(before: str, verb: int) -> bool:
    """The first verb-like word of a lead-in (at ``verb``) stands inside a modifier of the
    role noun, opened by a preposition before it ("dua pembicara dari dua negara berbeda,
    yakni ...", "tiga narasumber dengan mengikuti acara secara daring yakni ..."): the noun
    has no predicate yet, so the list after the lead-in is still its list. A verb before any
    such word is the clause's predicate ("narasumber menjelaskan tiga hal, yaitu ...")."""
    opener = _MODIFIER.search(before, 0, verb)
    return opener is not None and not before[:opener.start()].strip(" ,")


# A relative clause or a setting on the role noun ("narasumber yang hadir dalam webinar ini
# adalah ...", "the panelists that shared their work included ..."): its verb is not the
# predicate of the sentence, so the list intro after it still opens the noun's list.
_RELATIVE_LEAD = re.compile(r"\b(?:yang|dalam|di|that|who)\b")


# Only a comma or spaces after a word: the word ends the lead-in.
_LEAD_END = re.compile(r"[\s,]*")


def _stative_last(before: str, word: str, end: int) -> bool:
    """The word ending at ``end`` is a "ber-" word that ends the lead-in right before its
    list intro ("para hakim berprestasi yaitu ...", "pakar berpengalaman, yakni ..."): a
    stative word after a noun modifies it (Indonesian modifiers follow their head); a
    predicate would have its complement between it and the list."""
    return word.startswith("ber") and _LEAD_END.fullmatch(before, end) is not None


_QUOTE_MARK = re.compile(r"[“\"]")
"""A double quote left after the asides are blanked: the lead-in is inside a quotation."""
_EMPTY_BRACKETS = re.compile(r"\(\s*\)")
"""Brackets with only spaces inside: an aside ``_ASIDE`` blanked, no part of the lead-in."""


def _has_verb(text: str) -> bool:
    """A word of ``text`` looks like a verb. A lead-in longer than most ("para pimpinan
    Fakultas X, Universitas Y (X, Y) dari Departemen Z antara lain A, B") may still end at
    its list intro when it has none: a noun phrase describing the people listed, with no
    clause in it whose object the list could be ("materi yang digaungkan oleh Menteri X,
    yaitu B": B names the minister, not a speaker)."""
    return any(looks_like_verb(t.text) for t in tokenize(text))


def _intro_end(slot: str) -> int | None:
    """Where a list starts in ``slot``: after a lead-in such as "yang terdiri dari", ":".
    The lead-in is read without its asides (see ``_ASIDE``): a closed title or bracket is
    not an open quotation, and does not make the lead-in longer."""
    intro = phrase_regex("list_intro")
    plain = _ASIDE.sub(lambda m: "(" + " " * (len(m.group()) - 2) + ")", slot)
    # Only the first lead-in counts (the one nearest the slot's start, a lead-in of the list
    # at the same place before the copula): what follows it is read or refused, and no later
    # one is tried, so the later ones are not looked for.
    match = intro.search(plain)
    if "merupakan" in plain and (copula := _MAIN_COPULA.search(plain)) is not None and (
            match is None or copula.start() < match.start()):
        match = copula
    if match is None:
        return None
    before = plain[:match.start()]
    if (length := len(_EMPTY_BRACKETS.sub("", before))) > 120 and (
            length > 200 or _has_verb(before)):
        return None  # a verbless lead-in is one noun phrase, however long
    if "." in before.replace("Dr.", "").replace("Prof.", "") or _QUOTE_MARK.search(before):
        return None
    tokens = tokenize(before)
    verbs = [t for t in tokens if looks_like_verb(t.text) and t.text not in {"berkompeten"}
             and not _stative_last(before, t.text, t.end)]
    if verbs and not _RELATIVE_LEAD.search(before) and not _modified(
            before, verbs[0].start):
        return None
    if parse_person(before, name_first_only=True) is not None:
        return None
    return match.end()


# "merupakan", the copula that says what "adalah" says, as the main verb after a role noun
# ("Pemateri acara ini merupakan Dekan X, A"): it leads into the people as "adalah" does.
# After "yang"/"juga" it opens a relative clause describing the noun ("pembicara yang
# merupakan pejabat dari ..."), which leads into no list.
_MAIN_COPULA = re.compile(r"(?<!\byang )(?<!\bjuga )(?<!\bsekaligus )\bmerupakan\b",
                          re.IGNORECASE)


# The copulas of Indonesian as a class: "merupakan", "adalah", "ialah" say the same of a
# subject, so the main clause's copula after an agent is any of them.
_AGENT_COPULA = re.compile(r"(?<!\byang )(?<!\bjuga )(?<!\bsekaligus )\b(?:merupakan|adalah|"
                           r"ialah)\b", re.IGNORECASE)


def _before_main_copula(rest: str) -> str:
    """The agent of "oleh" is the noun phrase right after it: where a person (a name of two
    words or more, with any job before it) is written there and a bare copula follows
    ("Acara yang dibuka oleh Ketua Prodi X, A ini merupakan bagian dari ...", "... A ini
    adalah ..."), the copula is the main clause's, said of the noun the relative clause
    hangs on. It leads into no list, and what it says is not the agent's job: the agent
    phrase ends before it."""
    copula = _AGENT_COPULA.search(rest)
    if copula is None:
        return rest
    person = parse_person(rest[:copula.start()])
    if person is None or len(person.name.split()) < 2:
        return rest
    return rest[:copula.start()]


def read_forward(slot: str, offset: int, cue: Cue, order: int,
                 ) -> list[tuple[ListedPerson, int]]:
    """People read from the slot after ``cue``; each with the slot offset of its item."""
    ordinal = _ORDINAL.match(slot)
    skip = ordinal.end() if ordinal else 0
    setting = _SETTING.match(slot, skip)
    skip = setting.end() if setting else skip
    if cue.kind == "noun" and (event := _OF_EVENT.match(slot, skip)):
        skip = event.end()  # "Host acara Erika Putri", "moderator diskusi ini, A"
    skip = origin_end(slot, skip)  # "Narasumber pertama dari Indonesia, Dr. A, ..."
    presenting = _weak_lead().match(slot, skip)  # "Sebagai narasumber, hadir A dan B"
    skip = presenting.end() if presenting else skip
    if cue.kind == "weak" and _presents_thing(slot, skip):
        return []
    if cue.kind == "weak" and _ATTENDED_FROM.match(slot, skip):
        return []  # "A hadir secara virtual dari Kantor X": where A attended from, no one
    agent = _AGENT.match(slot, skip)
    if agent:
        skip = agent.end()
    elif cue.kind == "noun" and cue.text.casefold() in phrase_set("talk_noun"):
        # "Materi [pertama] disampaikan (oleh) A", "materi yg disampaikan A": the agent of a
        # noun of the talk is its speaker; but a list that such a noun leads into
        # ("materi: 1) Literasi Digital; 2) ...", "materi yang dibahas meliputi ...") is
        # the material itself.
        passive = _PASSIVE_AGENT.match(slot, skip)
        if passive is not None:
            skip = passive.end()
        elif _material_list().match(slot, skip):
            return []
    copula = _COPULA_LEAD.match(slot, skip)  # "Present as speakers were also A, a ..., and B"
    skip = copula.end() if copula else skip
    if cue.kind == "by" and (noun := _role_word_lead().match(slot, skip)):
        skip = noun.end()  # "dipandu oleh presenter Indra Wijaya": what the agent is
    rest = _before_second_predicate(slot[skip:])
    if cue.kind == "by" and ("merupakan" in rest or "adalah" in rest or "ialah" in rest):
        rest = _before_main_copula(rest)
    start_list = _intro_end(rest)
    if start_list is None and len(rest) < len(slot) - skip and _RELATIVE_OPEN.search(rest):
        # "narasumber 3 orang pakar yang telah populer dan dikenal luas, di antaranya A, B":
        # the conjunction joins two predicates of the relative clause on the role noun,
        # not of the sentence, so the lead-in runs on to its list
        whole = slot[skip:]
        if (intro := _intro_end(whole)) is not None and intro > len(rest):
            rest, start_list = whole, intro
    if start_list is not None:
        people = parse_list(rest[start_list:], whole_list=True)
        return [(lp, offset + skip + start_list) for lp in people]
    people = parse_list(rest, whole_list=True)
    if not people and (clause := _to_clause_end(rest)) != rest:
        people = parse_list(clause, whole_list=True)  # the same text would read the same
    if not people:
        return []
    first = people[0]
    head = rest[:first.start + first.person.start]
    if not head_is_position(head, lead_in=True):
        return []
    taken = [first]
    for previous, listed in zip(people, people[1:]):
        described = _main_clause(previous.item[previous.person.end:])
        if any(looks_like_verb(w.strip(",.;:()")) for w in described.split()) or \
                _DISCOURSE_LEAD.match(listed.item) or _CLOSING_DEMONSTRATIVE.fullmatch(described):
            break
        taken.append(listed)
    return [(listed, offset + skip) for listed in taken]


# A demonstrative right after a person closes the noun phrase a relative clause built on
# them ("webinar yang dipandu oleh A tersebut, B menyampaikan ..."): who follows is the
# subject of the main clause, not the next item of the agent's list.
_CLOSING_DEMONSTRATIVE = re.compile(r"[\s,]*(?:tersebut|ini|itu)\s*,?\s*", re.IGNORECASE)
_CLOSED_AT = re.compile(r"\s*(?:tersebut|ini|itu)\s*,", re.IGNORECASE)


def closed_by_demonstrative(text: str, at: int) -> bool:
    """A demonstrative and a comma right after a person at ``at`` close the relative clause
    the person is the agent of: what follows (a talk, another person) is the main clause's."""
    return _CLOSED_AT.match(text, at) is not None


# A relative clause still open at the end of a lead-in: "yang" after its last capitalised
# word ("... pakar di bidang Hukum Laut yang sudah sangat dikenal").
_RELATIVE_OPEN = re.compile(r"\byang\b[^A-Z]*$")


# A conjunction and a lowercase word after it: where a second predicate may join the clause.
_AND_WORD = re.compile(r"\s(?:dan|serta|and)\s+([a-z][\w-]*)")


def _before_second_predicate(rest: str) -> str:
    """``rest`` up to a conjunction followed by a verb after the first name ("dibuka oleh
    Direktur X, Hartono dan dimeriahkan oleh ..."), or up to a conjunction that ends the slot
    before the next cue ("..., Hartono serta dihadiri oleh ..."): the conjunction joins a
    second predicate to the clause, not another member to the list, so the agent phrase ends
    there. Without the cut, a one-word name before it would stand inside a longer item and be
    doubted. A "ter-" word after the conjunction is mostly an adjective or a list word ("dan
    terakhir B"), not a second predicate."""
    if not any(c.isupper() for c in rest):
        return rest
    for match in _AND_WORD.finditer(rest):
        word = match.group(1)
        if looks_like_verb(word) and not word.startswith("ter") and word not in phrase_set(
                "list_connector") and any(c.isupper() for c in rest[:match.start()]) \
                and not _verb_pair(rest, match.start(), word):
            return rest[:match.start()]
    if (end := _AND_END.search(rest)) is not None:
        return rest[:end.start()]  # the slot ends at the next cue, the verb that conjunction joins
    return rest


_AND_END = re.compile(r"\s(?:dan|serta|and)\s*$")
_WORD_BEFORE = re.compile(r"([a-z][\w-]*)$")


def _verb_pair(rest: str, at: int, after: str) -> bool:
    """A verb right before the conjunction as well ("in charge of planning and monitoring
    programmes", "bertugas menyusun dan mengawasi program"): the conjunction joins two verbs of one
    phrase, head to head, inside a description; a second predicate of the clause follows a
    name or a noun phrase, not a bare verb. English verbs are an open class: one written in
    the same inflection as the verb after the conjunction ("-ing", "-ed") is one too."""
    before = _WORD_BEFORE.search(rest, max(0, at - 30), at)
    if before is None:
        return False
    word = before.group(1)
    return looks_like_verb(word) or any(
        word.endswith(end) and after.endswith(end) and len(word) > len(end) + 2
        for end in ("ing", "ed"))


# An English relative clause after a listed person ("A, Dean of X, who spoke on the topic of
# Y, and B ..."): its verb belongs to the clause that describes A, not to the sentence.
_RELATIVE = re.compile(r"(?:^|[\s,])(?:who|whose|which)\s")


def _main_clause(described: str) -> str:
    """What describes a listed person without their English relative clause: the verb of
    "who spoke on ..." says what the person did; it does not end the list the way a verb of
    the sentence does ("A dan B hadir memberikan materi")."""
    found = _RELATIVE.search(described)
    return described if found is None else described[:found.start()]


@lru_cache(maxsize=None)
def _material_list() -> re.Pattern[str]:
    """A list lead-in or an item number after at most a few lowercase words ("yang dibahas
    meliputi", "webinar antara lain:", "1)"), right after a noun of the talk.

    The words before the lead-in are written ``\\s*(?:[a-z]+\\s+){0,4}[a-z]*\\s*``, not
    ``(?:\\s*[a-z]+){0,5}?\\s*``: both match exactly the strings of white space and
    lowercase letters with at most five runs of letters (each repetition of the old form
    adds letters after optional space, so at most one run each, and any such string splits
    into its runs; the new form is leading space, up to four runs each with the space
    after it, a last run that may stop inside a word, trailing space). The old form could
    split one word into pieces in every way (its ``\\s*`` may be empty), which the engine
    tried one after the other before giving up on a slot, most of a slot's reading in
    some sentences; the new form splits a word one way only. Only whether it matches is
    used (:func:`read_forward`), and the lazy repeat changes which match, never whether."""
    return re.compile(r"\s*(?:[a-z]+\s+){0,4}[a-z]*\s*(?:(?i:"
                      + phrase_pattern(phrases("list_intro")) + r")|\(?\d{1,2}[.)](?=\s))")


@lru_cache(maxsize=None)
def _weak_lead() -> re.Pattern[str]:
    """A presenting verb (a weak cue) right after a role noun: "narasumber, hadir A"."""
    weak = [c.phrase for c in role_cues() if c.kind == "weak" and c.role != "none"]
    return re.compile(r"[\s,]*" + phrase_pattern(weak) + r"\b", re.IGNORECASE)


_WORD = re.compile(r"[\w’'-]+")
"""A word with its apostrophes and hyphens."""


def _to_clause_end(slot: str) -> str:
    """``slot`` up to the verb, clause word or "lalu/kemudian" that follows the first
    capitalised word ("Presiden Joko Widodo melalui video", "video Presiden Jokowidodo lalu
    ..."): the name ends where the clause goes on."""
    seen_name = False
    for match in _WORD.finditer(slot):
        word = match.group()
        if word[:1].isupper():
            seen_name = True
        elif seen_name and (looks_like_verb(word) or word in phrase_set("clause_end")
                            or word in phrase_set("list_continue")):
            return slot[:match.start()]
    return slot


# "Hal itu ditegaskan A, jabatan, dalam webinar ...", "Demikian disampaikan A saat membuka
# ...": after a word that points back to the statement, a di- verb takes its agent with or
# without "oleh" (the agent is the capitalised name right after the verb); "seperti yang"
# before the verb makes the same passive a clause of manner, with the same agent.
ANAPHOR_VERBS = ("diungkapkan", "dikatakan", "dijelaskan", "ditegaskan", "diutarakan",
                 "dituturkan", "disampaikan", "dipaparkan", "dikemukakan")
"""The di- verbs of :data:`ANAPHOR_PASSIVE`, written whole: every match holds one of them
(a cheap word test before the regex, in :mod:`.reported_speech`, reads this same tuple)."""
ANAPHOR_PASSIVE = re.compile(
    r"\b(?:hal\s+(?:itu|ini|tersebut|senada|serupa|yang\s+sama)|(?:pernyataan|penegasan|"
    r"pesan|ungkapan|penjelasan)\s+(?:itu|ini|tersebut)|demikian)\s+(?:juga\s+|pula\s+)?"
    r"(?:(?:seperti|sebagaimana)\s+(?:yang\s+)?)?"  # "Hal ini seperti yang disampaikan A"
    r"(?:" + "|".join(ANAPHOR_VERBS) + r")\s+(?:juga\s+|pula\s+)?(?:oleh\s+)?(?-i:(?=[A-Z]))",
    re.IGNORECASE)
# A sentence opener before the person of a cue after them: a discourse word ("Sementara
# itu, A dalam sambutannya ..."), or a passive pointing back to the statement, whose agent
# the person is ("Demikian disampaikan A, jabatan, saat membuka webinar").
_DISCOURSE_LEAD = re.compile(r"\s*(?:(?:" + phrase_pattern(
    ["sedangkan", "sementara", "sementara itu", "adapun", "lalu", "kemudian", "selanjutnya",
     "meanwhile", "while"]) + r")\b,?|" + ANAPHOR_PASSIVE.pattern + r")", re.IGNORECASE)
# The occasion set before the subject of a clause ("Dalam webinar kali ini A dan B hadir
# sebagai pembicara", "Pada acara tersebut A ..."): a prepositional adjunct closed by a
# demonstrative, which opens the sentence and is no job title; the list after it is the subject.
_OCCASION_ADJUNCT = re.compile(r"\s*(?:dalam|pada|di|in|at)\s+(?:[\w-]+\s+){1,3}?(?:kali\s+)?"
                               r"(?:ini|itu|tersebut|this|that)\s*,?\s*", re.IGNORECASE)
_CONNECTORS_ONLY = re.compile(r"[ ,]*(?:(?:dan|serta|and|&) *)?[ ,]*")
_CONJUNCTION = re.compile(r"\b(?:dan|serta|and)\b|&")


# "A mewakili Bupati Agam memberikan sambutan", "A mewakili pimpinan Sinode X juga hadir ...":
# A speaks in the absent official's stead (an object may open with a common noun or two).
_REPRESENTING = re.compile(r"\b(?:yang\s+)?(?:hadir\s+)?(?:mewakili|representing|on\s+behalf\s+of)"
                           r"(?:\s+[a-z]+){0,2}(?:\s+(?:[A-Z][\w.’'-]*|dan|dari|di|of|the|and))+,?")


# Post-nominal letters: words with a capital after their first letter, or a short code in
# parentheses ("SpTHT-KL (K)", "SpOG(K)", "MKed").
_POSTNOMINAL = re.compile(r"(?:[A-Z][a-z]*[A-Z][\w-]*(?:\([A-Z]{1,3}\))?|\([A-Z]{1,3}\))"
                          r"(?:\s+(?:[A-Z][a-z]*[A-Z][\w-]*(?:\([A-Z]{1,3}\))?|\([A-Z]{1,3}\)))*")


# A count of the list written after it ("A dan B yang keduanya sebagai pembicara": COUNTED):
# the list has that many members, so a verb before the first ("mengundang A dan B") opens it.


def _past_own_apposition(gap: str, position: str) -> str:
    """``gap`` (what follows a name up to a cue) past the person's own job set in
    apposition after the name, when the position joins that job to one written before the
    name: in "Direktur PT X A selaku Ketua Y memberikan materi" the position is "Direktur PT
    X; Ketua Y", which as a whole is nowhere after A, but its last part is, right after the
    copula that predicates it of A. What the part closes is A's own description, not words
    standing between A and the cue, as when the whole position is found there."""
    part = position.rsplit("; ", 1)[-1]
    if part == position or not part:
        return gap
    lead = _OWN_PREDICATE.match(gap)
    if lead is None or not gap.startswith(part, lead.end()):
        return gap
    return gap[lead.end() + len(part):]


_WORD_OR_MARK = re.compile(r"[\w’']+|[(,–:-]")
"""A word, or an opening bracket, comma, dash or colon as a token of its own."""
# The copulas of an item's own predicate ("A sebagai Duta X", "B as Curator of Y"); a
# predicate inside a list item belongs to that item (see ``read_backward``).
_OWN_COPULAS = frozenset({"sebagai", "selaku", "as"})
_OWN_PREDICATE = re.compile(r"\s*,?\s*(?:sebagai|selaku|as)\s", re.IGNORECASE)
_BRACKETED = re.compile(r"\([^()]*\)")
_LEADING_CONNECTOR = re.compile(r"[ ,]*(?:(?:dan|serta|and|&)\s+)?")
"""Commas, spaces and a conjunction that open a list item ("dan B, jabatan"): they stand
between it and the item before."""


def read_backward(slot: str, claimed: list[tuple[int, int]] = (), count: int = 0,
                  ) -> list[tuple[PersonPhrase, int]]:
    """The people right before a cue, each with its offset in ``slot``: "A selaku
    moderator", "A (KOL)", and whole lists "A, B dan C menjadi narasumber", "A (X), B (Y)
    and C (Z) as speakers". Only copulas and punctuation may stand between the last person
    and the cue; the people before the last count when nothing but list connectors separates
    their items (a conjunction before the last: a coordinated subject, not a bulleted
    roll-call), their descriptions hold no verb (a clause is not a list) and no earlier cue
    of the sentence has read them (``claimed``, spans of ``slot``): in "narasumber yaitu A, B
    dan C (KOL)" the KOL is C alone. ``count``: the number of members the cue states (the
    roles of "..., respectively"), as a count word after the list does. A job set off by a
    comma between the last name and the copula is that person's (:func:`_apposed_job`)."""
    slot = blank_nickname_brackets(_REPRESENTING.sub(lambda m: " " * len(m.group()), slot))
    if _DAY_DIGITS.search(slot):  # (a quick test: a date's digits)
        slot = _time_adjunct().sub(lambda m: " " * len(m.group()), slot)
    if "secara" in slot:  # (a quick test: the adjunct's first word)
        slot = _ONLINE_ADJUNCT.sub(lambda m: " " * len(m.group()), slot)
    lead = _DISCOURSE_LEAD.match(slot)
    skip = lead.end() if lead else 0
    people = parse_list(slot[skip:], whole_list=True, strict_heads=False)
    found = _read_back(slot, skip, people, claimed, count)
    if people and (not found or not strong_name(found[-1][0])) \
            and (copula := _TRAILING_COPULA.search(slot, skip)):
        # a weak last name may be the job's own tail ("A, Kepala Dinas Uji, sebagai": "Uji")
        found = _apposed_job(slot, skip, copula.start(), claimed, count) or found
    return found


# The copula before the role noun that closes a slot ("A, Menteri X sebagai").
_TRAILING_COPULA = re.compile(r"(?<=\S)\s+(?:sebagai|selaku|as)\s*$", re.IGNORECASE)
_CONJUNCTION_END = re.compile(r"(?:,|\b(?:dan|serta|and|atau|or))\s*$", re.IGNORECASE)


def _apposed_job(slot: str, skip: int, copula: int, claimed: list[tuple[int, int]],
                 count: int) -> list[tuple[PersonPhrase, int]]:
    """The people before a cue whose last member's job stands in apposition between their
    name and the copula of the cue: "panitia mendaulat A, Menteri X sebagai keynote
    speaker", "diawali oleh A, Direktur Jenderal Y (DJY) sebagai keynote speech". The
    noun phrase before the copula is the name with its job set off by a comma (a job may
    hold commas of its own: "Direktur Sampah, Limbah dan B3"); where the subject is a
    clause's object (after a verb, not at the head of the sentence) the list reader does
    not join the two, so the name is read up to the comma and the job given to it."""
    close = copula
    before = slot[:copula].rstrip()
    if before.endswith(","):
        close = len(before) - 1  # "A, Menteri X, sebagai": the apposition's closing comma
    if _CONJUNCTION_END.search(slot, skip, close):
        return []  # "A, B, dan sebagai moderator C": the copula opens a clause of its own
    end = close
    for _ in range(4):
        comma = slot.rfind(",", skip, end)
        if comma < 0:
            return []
        end = comma
        job = slot[comma + 1:close].strip()
        if not job[:1].isalpha() or not head_is_position(job.split(",", 1)[0]) or any(
                w[:1].islower() and looks_like_verb(w) for w in job.split()):
            continue
        if close < copula and any(strong_name(p.person) for p in parse_list(
                job, whole_list=True, strict_heads=False)):
            return []  # "A, presenter B, sebagai moderator C": a list, no apposition
        people = parse_list(slot[skip:comma], whole_list=True, strict_heads=False)
        if not people or slot[skip + people[-1].start + people[-1].person.end:comma].strip() \
                or not strong_name(people[-1].person):
            continue  # the name must end at the comma: a shorter job is part of a longer one
        found = _read_back(slot[:comma], skip, people, claimed, count)
        if found:
            person, at = found[-1]
            if person.position is None:
                found[-1] = (replace(person, position=job), at)
        return found
    return []


def _read_back(slot: str, skip: int, people: list[ListedPerson],
               claimed: list[tuple[int, int]], count: int) -> list[tuple[PersonPhrase, int]]:
    """:func:`read_backward` once the list before the cue is read (``people``, of
    ``slot[skip:]``)."""
    if not people:
        return []
    last = people[-1]
    if last.person.name.casefold() in place_words().country:
        # "A, Director, Centre X, University of Y, Nigeria welcomed the guests": a country
        # written alone closes the address of the one before it; it is nobody
        return []
    gap = slot[skip + last.start + last.person.end:]
    if last.person.position:
        at = gap.find(last.person.position)
        if at >= 0:
            gap = gap[at + len(last.person.position):]
        else:
            # a position of several parts ("Ketua X; SpTHT-KL (K)"): a part shaped like
            # post-nominal letters right after the name ("SpTHT-KL (K)", "MKed") is the
            # person's own, not words between them and the cue
            for part in last.person.position.split("; "):
                if gap.lstrip(" ,").startswith(part) and _POSTNOMINAL.fullmatch(part):
                    gap = gap.lstrip(" ,")[len(part):]
            gap = _past_own_apposition(gap, last.person.position)
    words = _WORD_OR_MARK.findall(gap)
    if words and words[-1].casefold() in _OCCASION_PREPOSITIONS:
        words.pop()  # "A pada pembukaan ...": the occasion the cue names
    elif words and words[-1].casefold() in _PREDICATE_COORDINATORS:
        words.pop()  # "A juga hadir dan membuka kegiatan": the predicates share A
    elif len(words) > 1 and _EVENT_MODIFIER.fullmatch(words[-1]) and \
            words[-2].casefold() in {"the", "a", "an"}:
        words.pop()  # "A acted as the webinar moderator": the event modifies the noun
    if len(words) > 9 or any(w.casefold() not in phrase_set("copula") for w in words):
        return []
    taken = [last]
    stated = max([count] + [COUNTED.get(w.casefold(), 0) for w in words])
    # "A as X, B as Y, and C as moderator": the cue is the last item's own predicate when
    # its copula stands right before it, and an item with a copula of its own is closed
    own = any(w.casefold() in _OWN_COPULAS for w in words)
    for earlier in reversed(people[:-1]):
        later = taken[-1]
        # the conjunction may open the later item ("A, jabatan, | dan B, jabatan")
        between = slot[skip + earlier.end:skip + later.start] + _LEADING_CONNECTOR.match(
            later.item).group()
        head = earlier.item[:earlier.person.start]
        described = _BRACKETED.sub(" ", earlier.item[earlier.person.end:])
        at = skip + earlier.start + earlier.person.start
        if not _CONNECTORS_ONLY.fullmatch(between) or (
                len(taken) == 1 and not _CONJUNCTION.search(between)) or not strong_name(
                earlier.person) or any(
                looks_like_verb(w.strip(",.;:")) for w in described.split()) or any(
                start <= at < end for start, end in claimed) or (
                own and _OWN_PREDICATE.match(earlier.item, earlier.person.end)):
            break
        if head.strip() and not head_is_position(head):
            lead_word = head.split()[-1].strip(",:")
            opens = _DISCOURSE_LEAD.fullmatch(head.rstrip()) or _OCCASION_ADJUNCT.fullmatch(
                head) or (
                (len(taken) > 1 or len(taken) < stated)
                and (looks_like_verb(lead_word) or lead_word.casefold() in phrase_set(
                    "list_intro"))) or (
                len(taken) < stated and _job_after_verb(head))
            if opens:
                taken.append(earlier)
            break
        taken.append(earlier)
    return [(lp.person, skip + lp.start) for lp in reversed(taken)]


def _job_after_verb(head: str) -> bool:
    """``head`` (the words before the first listed name) is a clause's verb and then the
    first member's job: "our guests include the Dean of X | A and the Consul of Y B, who
    gave ..., respectively". The object list of the verb starts right after it, and a job
    written before a name is that member's, so the member opens the list the cue counts
    (only asked when the cue states more members than were read)."""
    words = _BRACKETED.sub(" ", head).split()
    for k in range(len(words) - 1, -1, -1):
        word = words[k].strip(",:")
        if word[:1].islower() and word.isalpha() and word not in _JOB_SMALL:
            # the last lowercase word that no title-case job holds: the verb (or its
            # participle) before the object list; the job after it may name its body
            # after "from" ("the Director of X from the Y Body")
            rest = " ".join(words[k + 1:])
            return bool(rest) and (head_is_position(rest) or head_is_position(
                rest.split(" from ", 1)[0]))
    return False


_JOB_SMALL = frozenset({"of", "the", "and", "for", "at", "in", "on", "to", "from", "a", "an",
                        "&"})
"""The small words a title-case job holds between its capitalised ones."""


# An English noun of the event that modifies the role noun after it, itself or in the
# possessive ("the webinar moderator", "the session's host"); Indonesian writes it after the
# noun ("moderator webinar"), where it stands outside the gap.
_EVENT_MODIFIER = re.compile(r"(?i:webinar|seminar|session|event|panel|discussion|forum|"
                             r"programme|program)(?:['’]s)?")


# The preposition of the occasion a role noun names, right before it ("A pada pembukaan
# webinar", as "A saat pembukaan"): the noun is the occasion at which A did what it names.
_OCCASION_PREPOSITIONS = frozenset({"pada"})
# A conjunction right before the cue, after the copular verb of presence the person took
# ("A mewakili Bupati X juga hadir dan membuka kegiatan", "A hadir serta memberikan
# sambutan"): the two predicates are coordinated, so they share their subject, A.
_PREDICATE_COORDINATORS = frozenset({"dan", "serta", "and"})
_DAY_DIGITS = re.compile(r"\(\s*\d{1,2}\s*/")


# The manner of attending, with where from, closing the slot before a cue ("A hadir secara
# virtual di kantor Balai Kota X sebagai pembicara"): an adjunct of the verb of presence
# that says nothing of the person or the role; the place in it is no person before the cue.
_ONLINE_ADJUNCT = re.compile(r"(?<=\s)secara\s+(?:virtual|daring|online|luring|langsung)"
                             r"(?:\s+(?:di|dari|melalui|via)\s+[^,.;:()“\"]{1,60})?\s*$",
                             re.IGNORECASE)


# The same adjunct right after a verb of presence ("hadir secara virtual di Balai Kota X"):
# the one present is its subject, before it; what follows is the place they attended from.
_ATTENDED_FROM = re.compile(r"\s*secara\s+(?:virtual|daring|online|luring|langsung)\s+"
                            r"(?:di|dari|melalui|via)\s", re.IGNORECASE)


@lru_cache(maxsize=None)
def _time_adjunct() -> re.Pattern[str]:
    """A weekday with its date set off between a person and the cue after them ("A, Rabu
    (12/5/2021), pada pembukaan ..."): an adverbial of time, which may stand anywhere in
    the clause and says nothing of the person or the role."""
    days = phrase_pattern(sorted(weekdays()))
    return re.compile(r"(?<![\w@])" + days + r"\s*\(\s*\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?"
                      r"\s*\)", re.IGNORECASE)


def strong_name(person: PersonPhrase) -> bool:
    """Two name words, or an honorific or degrees: a name that cannot be a stray word."""
    words = [w for w in person.name.split() if len(w.rstrip(".")) > 1]
    return len(words) >= 2 or person.written != person.name
