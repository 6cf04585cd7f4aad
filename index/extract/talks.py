"""Where a talk title starts: the cue phrases and the talk frame.

Coverage names a talk in one frame with many spellings: a verb, optionally a talk noun,
optionally a preposition, then the title ("membawakan materi berjudul “X”", "menyampaikan
topik ‘X’", "membahas materi terkait “X”", "menyampaikan pendapatnya mengenai X",
"memaparkan tentang X", "discussed the role of ..."). The words of each slot are in
``phrases.tsv`` (``talk_verb``, ``talk_noun``, ``talk_prep``); fixed phrases that fit no
frame ("dengan tema", "dengan judul") stay ``talk_cue``.

With a preposition but no talk noun, the title must be quoted or capitalised, unless the
preposition is one of "about" ("menjelaskan tentang X", "membahas terkait X"): that names
the subject of the talk in lower case too, as "bahwa" would a claim. "dengan" and a talk
noun name a talk as a verb does ("dengan paparan X"), and a preposition a few words after
the verb introduces a quoted title ("menyampaikan bahasan menarik terkait “X”"). A verb alone
introduces a title only when a short quoted title follows that does not end in
the punctuation of quoted speech (“Etika Digital”, not “Kita harus bijak,”). Its bare object
is not read as a subject ("memaparkan dunia digital kini ...", "membahas dampak ..."): the
labelled coverage fills a talk only where the text names the talk or its subject with a
talk noun or a preposition (README), and a bare object is as often a claim without "bahwa".
Verbs of discussing are the exception ("membahas", "discussed": one discusses no claim).
A talk noun may also be the next sentence's passive subject ("Materi yang disampaikan
terkait dengan X"), pointing back like a pronoun.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from index.lexicon import (abbreviations, phrase_pattern, phrase_regex, phrase_set, phrases,
                           search_fold)
from index.names import is_degree, is_honorific

from .english_presenting import expounded_object, presented_object, presented_on
from .english_talks import (ENGLISH_SLOT, EXTRA_NOUNS, LINKS, english_slot_cue,
                            title_case_apposition)
from .literal_trie import literal_trie
from .talk_agents import agent_clause_talk
from .noun_titles import KEY_WORDS, noun_before_quote
from .talk_nouns import fronted_talk, title_before_agent
from .talk_objects import object_then_about
from .theme import is_title_case
from .titles import Title, title_after

_QUOTES = "“”\"‘'«"
_NEXT_CUE = re.compile(r"\s*")
_SPEECH_END = re.compile(r"[.,!?…]\s*$")


@dataclass(frozen=True)
class TalkCue:
    """A cue found in a text; ``start()``/``end()`` as on a regex match."""

    begin: int
    finish: int

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish


@lru_cache(maxsize=None)
def _frame() -> re.Pattern[str]:
    verb = phrase_pattern(list(phrases("talk_verb")))
    noun = phrase_pattern(list(phrases("talk_noun")))
    prep = phrase_pattern([p for p in phrases("talk_prep") if p != ":"])
    return re.compile(
        # two talk nouns may stand together ("membawakan materi presentasi mengenai X"); a
        # noun's own preposition goes with it ("memberikan pandangan terhadap X")
        # "with"/"whose" is the English "dengan" (english_talks): its own nouns, then "of"
        # or a copula to the title ("with the theme of X", "whose topic was X")
        r"(?<![\w@])(?P<verb>" + verb + r"|dengan|(?P<eng>" + ENGLISH_SLOT + r"))(?:\s+(?:(?:a|an|"
        r"the|his|her|their)\s+)?(?P<noun>" + noun + r"|(?(eng)(?:" + EXTRA_NOUNS + r")|(?!)))"
        r"(?:\s+(?:" + noun + r"))?(?:\s+terhadap\b)?)?(?(eng)(?:\s+(?P<link>" + LINKS
        + r")\b)?)(?:\s+(?P<prep>" + prep + r"))?(?![\w])(?P<colon>\s*:)?", re.IGNORECASE)


def _short_quoted_title(rest: str, most: int = 12) -> bool:
    """``rest`` opens with a quoted title: a few words (at most ``most``), not a sentence of
    quoted speech."""
    if not rest or rest[0] not in _QUOTES:
        return False
    close = next((k for k in range(1, min(len(rest), 160)) if rest[k] in "”\"’'»"), -1)
    inner = rest[1:close] if close > 0 else rest[1:160]
    return 0 < len(inner.split()) <= most and not _SPEECH_END.search(inner)


OPINION_NOUNS = frozenset({"pendapat", "pendapatnya", "pandangan", "pandangannya", "view",
                           "views", "perspective", "perspectives"})
"""The talk nouns (``talk_noun``) that name an opinion: what someone thinks, reported
speech, not a part of the programme. Read here and by :mod:`.content_frames`."""
# talk nouns that say what someone thinks, not what they presented: after "dengan" they
# name no talk ("sependapat dengan pandangan X")
_NOT_TALK_NAME = OPINION_NOUNS | {"insight", "insights"}


# "memaparkan tentang X" names the subject of a talk (README), in lower case too, and so does
# every verb of presenting with a preposition of "about" ("menjelaskan tentang X", "membahas
# terkait X", "menyampaikan mengenai X", "menyoroti soal X"): the preposition makes X the
# subject of what was said, where "bahwa" would make it a claim. Not "on" or "yakni":
# "spoke on behalf of", "menyampaikan yakni ..." introduce no subject.
_ABOUT_PREPS = frozenset({"tentang", "mengenai", "terkait", "soal", "seputar", "perihal"})
# Verbs of telling a story: what one tells about ("bercerita tentang pengalamannya ...",
# "berkisah tentang usahanya ...") is one's own experience, not the subject of a talk.
_NARRATING = frozenset({"bercerita", "berkisah", "menceritakan", "mengisahkan", "berbagi"})
# An adverb of addition or extent before the verb ("A juga menjelaskan tentang X", "Dia
# sedikit membahas tentang X", "banyak bercerita tentang X", "secara umum menjelaskan
# tentang X", "secara garis besar membahas X") says X is one point among what was said, not
# the subject of the talk.
# A manner adverb may stand between ("A juga secara rinci menjelaskan tentang X"): "juga"
# still adds X to what was said.
_PART_OF_TALK = re.compile(r"\b(?:juga|pula|pun|sedikit|banyak|sekilas|(?:secara\s+)?"
                           r"(?:umum|singkat|garis\s+besar))\s+(?:secara\s+[a-z]+\s+)?"
                           r"(?:telah\s+|sudah\s+)?$", re.IGNORECASE)


# Verbs of discussing: their bare object is the subject discussed ("membahas tantangan dan
# peluang ...", "discussed strategies for ..."), as it would be after "tentang"; one does not
# discuss a claim. Verbs of telling or explaining ("memaparkan", "menjelaskan", "menyoroti")
# take a claim as their bare object as often, and stay with the frame above.
_DISCUSS = frozenset({"membahas", "discuss", "discussed", "discusses"})
# the bare object opens with a content word, not a pronoun, a quantifier of things said, an
# adverb or a claim ("membahas hal ini", "membahas berbagai hal", "membahas secara rinci")
_BARE_SUBJECT = re.compile(
    r"(?!(?:bahwa|hal|hal-hal|ini|itu|tersebut|apa|secara|bersama|lebih|juga|banyak|"
    r"berbagai|beberapa|sejumlah|lagi|pula|that|this|these|it|them|with|how|what)\b)"
    r"[\w‘’']", re.IGNORECASE)


def _frame_cue(text: str) -> TalkCue | None:
    for match in _frame().finditer(text):
        rest = text[match.end():].lstrip()
        if not rest:
            continue
        if match.group("eng"):
            # "with the theme of X", "whose topic was X": the English noun wants its link
            if match.group("noun") and match.group("noun").casefold() not in _NOT_TALK_NAME \
                    and english_slot_cue(match.group("eng"), match.group("link"),
                                         match.group("prep"), bool(match.group("colon")), rest):
                return TalkCue(match.start(), match.end())
            continue
        if match.group("verb").casefold() == "dengan" and (
                not match.group("noun") or match.group("noun").casefold() in _NOT_TALK_NAME):
            # "dengan materi X", "dengan paparan X", "dengan presentasinya “X”": "dengan" and a
            # talk noun name the talk; "dengan pendapat ..." and bare "dengan" do not
            continue
        if match.group("noun"):
            modifier = None if match.group("prep") or match.group("colon") else \
                _MODIFIER_AFTER.match(text, match.end())
            if modifier and match.group("verb").casefold() != "dengan" and (
                    match.group("noun").casefold() not in OPINION_NOUNS):
                # "memberikan pemaparan yang mendalam mengenai X", "materi singkat tentang X"
                return TalkCue(match.start(), modifier.end())
            if match.group("noun").casefold() in OPINION_NOUNS and not (
                    match.group("prep") or match.group("colon")
                    or match.group(0).casefold().endswith("terhadap")):
                # "to share her view from the field", "menyampaikan pandangannya dalam
                # diskusi": an opinion without its preposition is of nothing named
                continue
            more = _NEXT_CUE.match(text, match.end())
            if more and phrase_regex("talk_cue").match(text, more.end()):
                # "menyampaikan materi dengan judul X": the title follows the second cue
                return TalkCue(match.start(), phrase_regex("talk_cue").match(
                    text, more.end()).end())
            return TalkCue(match.start(), match.end())
        prep = (match.group("prep") or "").casefold()
        about = (prep in _ABOUT_PREPS or presented_on(match.group("verb"), prep, rest)) \
            and not _PART_OF_TALK.search(text, 0, match.start()) \
            and match.group("verb").casefold() not in _NARRATING
        if (prep or match.group("colon")) and (
                rest[0] in _QUOTES or rest[0].isupper() or about):
            # "menyampaikan tentang Tahapan, Jadwal dan ..." names a talk; "membahas terkait
            # pemberitaan media ..." reports what was said.
            return TalkCue(match.start(), match.end())
        if _short_quoted_title(rest):
            return TalkCue(match.start(), match.end())
        if not prep and match.group("verb").casefold() in _DISCUSS and _BARE_SUBJECT.match(
                rest) and not _PART_OF_TALK.search(text, 0, match.start()):
            # "Ia membahas tindakan kecil untuk ...", "discussed strategies for ...": what one
            # discusses is a subject, never a claim
            return TalkCue(match.start(), match.end())
        if not prep and (presented_object(match.group("verb"), rest) or expounded_object(
                match.group("verb"), rest)) and not (
                _PART_OF_TALK.search(text, 0, match.start())):
            # "A presented the guidelines on ...": English "present" takes no claim
            return TalkCue(match.start(), match.end())
        about_at = None if prep or match.group("colon") else object_then_about(
            match.group("verb"), text, match.end())
        if about_at is not None and not _PART_OF_TALK.search(text, 0, match.start()):
            # "memaparkan beberapa hal menyangkut X", "mengupas tuntas mengenai X": a short
            # object or adverb, then the preposition that makes X the subject (talk_objects)
            return TalkCue(match.start(), about_at)
        modified = _modified_noun().match(text, match.end())
        if modified and match.group("verb").casefold() != "dengan" and (
                not _PART_OF_TALK.search(text, 0, match.start())):
            # "memberikan pemaparan yang mendalam mengenai X", "gave an insightful talk
            # about X": a talk noun with its modifier still names the talk
            return TalkCue(match.start(), modified.end())
        later = _later_prep().match(text, match.end())
        if later and match.group("verb").casefold() != "dengan" and not _NOT_OWN_TALK.search(
                later.group("words")) and _short_quoted_title(text[later.end():], 20):
            # "menyampaikan bahasan menarik terkait “X”", "shared her speech with the title
            # “X”": a few words, then the preposition that introduces the quoted title (the
            # preposition says it is a title, so it may be a longer one)
            return TalkCue(match.start(), later.end())
    return None


# words between a verb and a title's preposition that make the title another's: the event's
# ("materi dalam webinar bertajuk “X”") or opening remarks ("sambutan bertema “X”")
_NOT_OWN_TALK = re.compile(r"\b(?:webinar|seminar|acara|kegiatan|diskusi|program|event|"
                           r"sambutan|arahan|pidato|remarks|welcom\w*|bahwa|that)\b",
                           re.IGNORECASE)


@lru_cache(maxsize=None)
def _modified_noun() -> re.Pattern[str]:
    """A talk noun with one modifier, then a preposition of "about": the modifier stands
    between the determiner and the noun in English ("an insightful talk about", "his personal
    view on"), after the noun in Indonesian ("pemaparan yang mendalam mengenai", "materi
    singkat tentang"). The preposition is required: it says the words after it are the
    talk's subject, where a bare noun phrase could be anything the verb governs."""
    noun = phrase_pattern(list(phrases("talk_noun")))
    return re.compile(r"\s+(?:a|an|the|his|her|their)\s+[a-z-]{3,}\s+(?:" + noun + r")"
                      + _ABOUT_AFTER, re.IGNORECASE)


# the preposition of "about" after a modified talk noun, and the Indonesian modifier
_ABOUT_AFTER = r"\s+(?:tentang|mengenai|terkait|seputar|soal|perihal|about|on|regarding)\s+(?=\S)"
_MODIFIER_AFTER = re.compile(r"\s+(?:yang\s+)?(?!(?:dengan|dan|serta|yang|kepada|di|ke|dari|"
                             r"dalam|untuk|pada)\b)[a-z-]{3,}" + _ABOUT_AFTER)


@lru_cache(maxsize=None)
def _later_prep() -> re.Pattern[str]:
    preps = [p for p in phrases("talk_prep") if p not in {":", "yakni", "yaitu", "on"}]
    return re.compile(r"(?P<words>(?:\s+[\w’'-]+){1,4}?)\s+(?:" + phrase_pattern(preps)
                      + r"|with\s+the\s+(?:title|theme|topic))\s*:?\s*(?=[“\"‘])",
                      re.IGNORECASE)


@lru_cache(maxsize=None)
def _leading_prep() -> re.Pattern[str]:
    preps = [p for p in phrases("talk_prep") if p not in {":", "yakni", "yaitu"}]
    # the person's affiliation in brackets may stand between ("B (Dosen X) bertema “Y”")
    return re.compile(r"^\s*(?:\([^()]{1,120}\)\s*)?,?\s*" + phrase_pattern(preps)
                      + r"\s+(?=[“\"‘])", re.IGNORECASE)


_COMMON = frozenset({"dengan", "yang", "dan", "di", "dari", "untuk", "the", "a", "an", "of",
                     "on", "with", "about", "his", "her", "their", "to", "in", "as"})


@lru_cache(maxsize=None)
def _key_words(categories: tuple[str, ...], leading: bool = False) -> re.Pattern[str] | None:
    """One ASCII word of each phrase of ``categories`` (its longest uncommon one, lower case;
    a common word would let most sentences through), as one
    regex of plain words: where none is in the folded text (:func:`~index.lexicon.search_fold`)
    no phrase is (see :func:`~index.lexicon.phrase_words`). ``leading``: the prepositions of
    :func:`_leading_prep` only. ``None`` when some phrase has no such word."""
    keys = set()
    for category in categories:
        for phrase in phrases(category):
            if leading and phrase in {":", "yakni", "yaitu"}:
                continue
            body = phrase[:-1] if phrase.endswith("?") else phrase
            words = [w.lower() for w in body.split() if w.isascii()]
            if not words:
                return None
            keys.add(max(words, key=lambda w: (w not in _COMMON, len(w))))
    # (a tree of prefixes: the same yes/no as the flat alternation, in about half the time;
    # see literal_trie)
    return re.compile(literal_trie(keys) if keys else "")


def may_find_talk_cue(text: str) -> bool:
    """Some part of ``text`` may hold a talk cue (:func:`find_talk_cue` of ``text`` or of any
    piece of it may find one); when this is false, none does. Each way to a cue needs its
    words: a talk cue phrase; the frame's talk verb, or "dengan" and a talk noun (bare
    "dengan" is no cue); or a preposition or a talk noun before a quote mark. Testing one
    word of each phrase on the folded text (:func:`~index.lexicon.search_fold`) is much
    cheaper than the cue's regexes, and than reading the person a cue would follow."""
    folded = search_fold(text)
    if _holds_key(("talk_cue", "talk_verb"), False, folded):
        return True
    if "dengan" in folded and _holds_key(("talk_noun",), False, folded):
        return True
    if ("with" in folded or "whose" in folded) and (
            "title" in folded or "session" in folded or _holds_key(("talk_noun",), False, folded)):
        return True  # the English "dengan" (english_talks)
    if not any(q in text for q in "“\"‘"):
        return False
    return _holds_key(("talk_prep",), True, folded) or any(w in folded for w in KEY_WORDS)


def _holds_key(categories: tuple[str, ...], leading: bool, folded: str) -> bool:
    keys = _key_words(categories, leading)
    return keys is None or keys.search(folded) is not None


def find_talk_cue(text: str) -> TalkCue | re.Match[str] | None:
    """The first talk cue in ``text``: a fixed ``talk_cue`` phrase or the talk frame; right
    after a name (and its bracketed affiliation), a preposition before a quoted title is one
    too ("B terkait “X”", "B (Guru SD Y) bertema “X”").

    Gated on :func:`may_find_talk_cue` (exact: each of the three ways to a cue below needs
    the words it tests, see there): about two calls in three, from the mentions of every
    sentence, find none, and the test costs a quarter of the cue's regexes."""
    if not may_find_talk_cue(text):
        return None
    lead = _leading_prep().match(text)
    if lead:
        return lead
    fixed = phrase_regex("talk_cue").search(text)
    frame = _frame_cue(text)
    if fixed is None and frame is None and any(q in text for q in "“\"‘"):
        # "A sebagai narasumber di dalam materi “X”": a talk noun in apposition to a quoted
        # title names the talk with no verb (noun_titles)
        found = noun_before_quote(text)
        return None if found is None else TalkCue(*found)
    if fixed is None or (frame is not None and (frame.start(), -frame.end()) < (
            fixed.start(), -fixed.end())):
        return frame  # the earlier, or at the same place the longer ("materi tentang")
    return fixed


_TALK_NOUN = re.compile(r"\b(?:materi|paparan|presentasi|makalah|sesi)\b", re.IGNORECASE)
# nouns of an event: a talk cue after one names the event's theme ("dalam webinar dengan tema
# X", "Dalam pertemuan kali ini membahas tentang X")
_EVENT_NOUNS = (r"webinar|seminar|acara|kegiatan|diskusi|program|event|pertemuan|talk\s?show|"
                r"workshop|lokakarya|sarasehan|simposium|konferensi")
_EVENT_WORD = re.compile(r"\b(?:" + _EVENT_NOUNS + r")\b", re.IGNORECASE)
_EVENT_TAIL = re.compile(r"\b(?:" + _EVENT_NOUNS + r")\s*$", re.IGNORECASE)


def event_noun_before(text: str, at: int) -> int:
    """Where an event noun ends ``text[:at]`` ("... saat membuka Webinar"), else ``at``.

    A cue may end in the event noun ("membuka webinar"): what follows it is the event's
    name and theme ("membuka Webinar Nasional dengan tema X"), so a talk read there must see
    the noun as well (:func:`talk_after` declines a title after an event noun)."""
    tail = _EVENT_TAIL.search(text, max(0, at - 24), at)
    if tail is None or _DEICTIC.match(text, at):
        return at
    return tail.start()


# an event noun pointed back to ("membuka webinar kali ini dengan tema “X”") introduces no
# name or theme of its own: the theme then goes with the verb, what the person opened it with
_DEICTIC = re.compile(r"\s+(?:kali\s+ini|ini|itu|tersebut)\b", re.IGNORECASE)
_STOP = re.compile(r"([\w.]*[a-z]{2})[.;]\s")
_SEMICOLON = re.compile(r";(?:\s|$)")


def _sentence_break(text: str) -> bool:
    """A full stop or semicolon that ends a clause in ``text`` (not "Plt." or "M.Si.").
    A semicolon ends one whatever stands before it ("A (Ketua LSM X); lalu pembicara
    kedua, yang membawakan ..."): no abbreviation ends in one, and between the items of a
    list it parts one person's entry from the next one's."""
    if ";" in text and _SEMICOLON.search(text):
        return True
    for match in _STOP.finditer(text):
        word = match.group(1)
        if match.group().startswith(word + ";"):
            return True
        bare = word.rsplit(".", 1)[-1] if "." in word else word
        if not (bare.casefold() in abbreviations() or is_degree(word + ".")
                or is_honorific(bare)):
            return True
    return False


# an apposition set off by commas right after the name ("A, Kepala X yang juga Ketua Y, untuk
# menyampaikan materi ...", "A, narasumber yang juga ..., membahas tentang ..."), then at most
# a few words before the cue; a claim in it ("bahwa") ends the person's clause
_APPOSITION = re.compile(r"\s*(?:,|yang\b)[^.;:“”\"]{0,240},(?:\s+[\w-]+){0,3}\s*",
                         re.IGNORECASE)
_CLAIM = re.compile(r"\b(?:bahwa|that)\b", re.IGNORECASE)


def _apposition(between: str) -> bool:
    """``between`` (name to cue) is a description of the person set off by commas and the
    first words of the predicate: its length says nothing about whose talk follows."""
    return len(between.split()) <= 32 and _APPOSITION.fullmatch(between) is not None \
        and _CLAIM.search(between) is None


_BESAR = re.compile(r"\s*besar\b")
""""besar" right after a talk cue: "dengan tema besar X" is the event's overall theme,
not a talk title."""


def _names_event(between: str) -> bool:
    """An event noun stands between the name and the cue and may name the event ("dalam
    webinar dengan tema X": X is the event's theme). One pointed back to after the person's
    role noun ("pembicara pada lokakarya tersebut dengan mengusung tema X") names nothing: the
    cue goes on with the person's own clause."""
    if "(" in between:
        # a bracket after the name holds the person's affiliation ("(Ketua Program Doktor
        # X)"): an event noun inside it names no event
        between = _BRACKETED.sub(" ", between)
    return any(_DEICTIC.match(between, word.end()) is None
               or not _ROLE_IN_EVENT.search(between, 0, word.end())
               for word in _EVENT_WORD.finditer(between))


_BRACKETED = re.compile(r"\([^()]*\)")


# the person's role noun, then a preposition and the event noun it is held in ("pembicara
# dalam seminar tersebut"): the phrase places the role; without the role noun a deictic event
# noun is the clause's own subject ("webinar ini membahas ...", "Dalam pertemuan kali ini
# membahas ...": the event's theme)
_ROLE_IN_EVENT = re.compile(r"\b(?:pembicara|narasumber|pemateri|panelis|speaker|panelist)\s+"
                            r"(?:dalam|pada|di|in|at)\s+(?:" + _EVENT_NOUNS + r")$",
                            re.IGNORECASE)


def talk_after(text: str) -> Title | None:
    """The talk title in the text that follows a person's name, if a talk cue introduces it
    within the same clause and the words in between do not name the event ("dalam webinar
    dengan tema ..." is the event's theme)."""
    match = find_talk_cue(text)
    if not match:
        return None
    between = text[:match.start()]
    if _sentence_break(between) or (len(between.split()) > 12 and not _apposition(between)
                                    and not (_english_slot(text, match)
                                             and title_case_apposition(between))):
        # (the English slot is a phrase on the person: a job in title case between is theirs)
        return None
    if _names_event(between) or _BESAR.match(text[match.end():]):
        return None
    talk = title_after(text, match.end())
    if talk is not None and not talk.quoted and _PASSIVE_START.match(talk.text) and (
            talk.text.split()[0] not in phrase_set("verb_noun")):
        # "memberikan materi dipandu oleh moderator X": a passive verb goes on with the
        # clause (the talk is not named); no title opens with one
        return None
    if talk is not None and not talk.quoted and talk.text.casefold() in phrase_set("talk_prep"):
        return None  # "memaparkan materi yaitu :" with the list after it: no title here
    if talk is not None and _OWN_SPEAKER.match(text, talk.end):
        # "A ... dilanjutkan dengan Tema: X dengan Narasumber: B": the title's own clause
        # names its speaker, the next one (title_before gives it to them)
        return None
    if talk is not None and not talk.quoted and is_title_case(talk.text):
        return _before_verb(talk)
    return talk


def _english_slot(text: str, cue: TalkCue | re.Match[str]) -> bool:
    """The cue is the English "with"/"whose" slot, a phrase on the person (english_talks)."""
    return text[cue.start():cue.start() + 6].casefold().startswith(("with ", "whose "))


_PASSIVE_START = re.compile(r"di[a-z]{4,}(?:kan|i)?\s+oleh\b")
_OWN_SPEAKER = re.compile(r"[\s,]*\bdengan\s+(?:narasumber|pemateri|pembicara)\b", re.IGNORECASE)


_LOWER_VERB = re.compile(r"(?<=\s)(?:me[mn]?|meng|meny|ber|di)[a-z]{3,}(?=\s|[,.;]|$)")


def _before_verb(talk: Title) -> Title:
    """An unquoted title in title case ends before a lower-case verb ("dengan materi New
    Methods of Slope Monitoring membuat diskusi ..."): its own words are
    capitalised, so a verb in lower case is the clause going on (words in quotes aside)."""
    for match in _LOWER_VERB.finditer(talk.text):
        depth = sum(talk.text[:match.start()].count(q) for q in "“\"") % 2
        word = match.group()
        if depth or word in phrase_set("verb_noun") or word in {"dalam", "dengan", "digital"}:
            continue
        cut = talk.text[:match.start()].rstrip(" ,;:-")
        if len(cut.split()) >= 2:
            return Title(cut, talk.start, talk.start + len(cut), False)
        break
    return talk


_PRONOUN = re.compile(
    r"^(?:(?:kemudian|selanjutnya|lalu|setelah itu|sementara itu|dalam kesempatan (?:ini|itu|"
    r"tersebut)|in (?:his|her) (?:talk|presentation|material))\s*,?\s+)?"
    r"(?:dia|ia|beliau|she|he|(?P<role>(?:sang\s+|the\s+)?(?:narasumber|pemateri|pembicara|"
    r"speaker)))\b\s*,?", re.IGNORECASE)


def pronoun_talk(sentence: str) -> tuple[Title, bool] | None:
    """The talk title of a sentence about the person just introduced, named only by a
    pronoun or a bare role noun ("Dia menyampaikan materi berjudul “X”", "Narasumber
    menyampaikan materi dengan judul ..."). A name between the two ("Narasumber pertama,
    Budi, ...") makes the sentence about that name instead. The flag says the subject is a
    role noun, which may stand for several speakers at once."""
    match = _PRONOUN.match(sentence)
    if match is None:
        return _talk_subject(sentence)
    rest = sentence[match.end():]
    cue = find_talk_cue(rest)
    if cue is None or any(w[:1].isupper() for w in rest[:cue.start()].split()):
        return None
    talk = talk_after(rest)
    if talk is None:
        return None
    return (Title(talk.text, talk.start + match.end(), talk.end + match.end(), talk.quoted),
            bool(match.group("role")))


# the talk itself as the subject, passive, then a preposition of "about" ("Materi yang
# disampaikan terkait dengan X", "Paparan yang dibawakannya tentang X"): a definite talk noun
# points back to the talk of the person just introduced, as a pronoun would
_TALK_SUBJECT = re.compile(
    r"^(?:materi|paparan|pemaparan|presentasi)(?:nya)?\s+(?:yang\s+)?di(?:sampaikan|bawakan|"
    r"paparkan|presentasikan)(?:nya)?\s+(?:terkait(?:\s+dengan)?|tentang|mengenai|seputar|"
    r"perihal)\s+(?=\S)", re.IGNORECASE)


def _talk_subject(sentence: str) -> tuple[Title, bool] | None:
    """The subject of a talk named as the sentence's own subject ("Materi yang disampaikan
    terkait dengan X"). Flagged as a role noun is: like "Narasumber ...", it may stand for
    several speakers at once, so it is read only after one person."""
    match = _TALK_SUBJECT.match(sentence)
    if match is None:
        return None
    talk = title_after(sentence, match.end())
    return None if talk is None else (talk, True)


_QUOTED = re.compile(r"[“\"‘]([^“”\"‘’]{3,200})[”\"’]")
_SERIES = re.compile(r"\s*(?:,|dan|serta|and|&)\s*")
_GIVEN_BEFORE = re.compile(
    r"[“\"‘](?P<title>[^“”\"‘’]{3,200})[”\"’]\s*,?\s*(?:yang\s+)?(?:akan\s+)?(?:dibawakan|"
    r"disampaikan|dipaparkan|dipresentasikan|diulas|dibahas|presented|delivered)\s+(?:oleh|by)"
    r"\b(?P<head>[^.;“”\"]{0,80})$", re.IGNORECASE)


# the same passive with an unquoted title in title case, as one item of a list opened by a
# colon or parted by semicolons ("...: X yang disampaikan Dr. A (BMKG); Y yang disampaikan
# Prof. B"): the di- passive takes its agent right after the verb, with or without "oleh"
_GIVEN_BEFORE_PLAIN = re.compile(
    r"[:;]\s*(?P<title>[A-Z][^.;:“”\"()]{3,200}?)\s*,?\s+yang\s+(?:akan\s+)?(?:dibawakan|"
    r"disampaikan|dipaparkan|dipresentasikan)\s+(?:oleh\s+)?(?P<head>[^.;“”\"]{0,80})$")


_OPENING_TALK = re.compile(
    r"^\s*(?:dalam|pada|in)\s+(?:[\w-]+\s+){0,1}?(?:paparan|pemaparan|materi|presentasi|"
    r"presentation|talk)\w*\s+(?:yang\s+)?(?:berjudul|bertajuk|bertema|bertemakan|tentang|"
    r"mengenai|entitled|titled|on)\s+[“\"‘](?P<title>[^“”\"‘’]{3,200})[”\"’]\s*,?\s*$",
    re.IGNORECASE)


_CLOSING_QUOTES = frozenset("”\"’")


def opening_talk(sentence: str) -> tuple[Title, int] | None:
    """A title in an opening phrase ("Dalam paparannya yang berjudul “X”, Rina ..."): the
    title and where the rest of the sentence (the speaker's name) starts."""
    comma = sentence.find(",", 0, 300)
    end = comma + 1 if comma > 0 else -1
    if end < 0:
        return None
    if sentence[end:end + 1] in _CLOSING_QUOTES:
        end += 1  # "Dalam paparannya berjudul “X,” Rina ...": the comma set inside the quote
    match = _OPENING_TALK.match(sentence[:end])
    if match is None:
        return fronted_talk(sentence)  # the title unquoted after "mengenai", "tentang"
    title = match.group("title").strip().rstrip(",")
    return Title(title, match.start("title") - 1, match.end("title") + 1, True), end


# one item of a programme written as labels: "Tema: X dengan Narasumber: (job), B": the item's
# title names the talk of the speaker its own clause gives ("X with speaker B"). Only with the
# label's colon: "webinar dengan tema X dengan narasumber B" is the event's theme.
_LABELLED_ITEM = re.compile(
    r"\b(?:Tema|Judul|Topik|Materi)\s*:\s*(?P<title>[^.;:“”\"]{3,150}?)\s+dengan\s+(?:narasumber|"
    r"pemateri|pembicara)\b(?P<head>[^.;“”\"]{0,120})$", re.IGNORECASE)


_EVENT_THEME_TAIL = re.compile(r"\b(?:" + _EVENT_NOUNS + r")(?:\s+[\w-]+)?\s+"
                               r"(?:dengan\s+|yang\s+)?(?:bertema\s+|mengangkat\s+)?$",
                               re.IGNORECASE)


def title_before(text: str, name_at: int) -> Title | None:
    """A quoted title written before the speaker's name: before its passive verb ("“X” yang
    dibawakan oleh Dr. Y", "Materi “X” disampaikan oleh Kepala Dinas Y"), or in an opening
    phrase ("Dalam paparannya yang berjudul “X”, Rina ...")."""
    opening = _OPENING_TALK.match(text[:name_at])
    if opening:
        title = opening.group("title").strip().rstrip(",")
        return Title(title, opening.start("title") - 1, opening.end("title") + 1, True)
    fronted = fronted_talk(text[:name_at]) if text[:name_at].rstrip().endswith(",") else None
    if fronted is not None and not text[fronted[1]:name_at].strip():
        return fronted[0]
    base = max(0, name_at - 300)
    labelled = _LABELLED_ITEM.search(text, base, name_at) if "dengan" in text[
        base:name_at] else None
    if labelled is not None and len(labelled.group("head").split()) <= 14 and not \
            _EVENT_THEME_TAIL.search(text, max(0, labelled.start() - 40), labelled.start()):
        title = labelled.group("title").strip()
        return Title(title, labelled.start("title"), labelled.start("title") + len(title), False)
    match = _GIVEN_BEFORE.search(text[base:name_at])
    if match is None and "yang di" in text[base:name_at]:
        plain = _GIVEN_BEFORE_PLAIN.search(text[base:name_at])
        if plain is not None and len(plain.group("head").split()) <= 8 and is_title_case(
                plain.group("title")):
            title = plain.group("title").strip()
            return Title(title, base + plain.start("title"),
                         base + plain.start("title") + len(title), False)
    if match is None or len(match.group("head").split()) > 8:
        # the title unquoted between a talk noun and the agent ("pemaparan materi mengenai X
        # oleh A", "dengan materi X yang disampaikan oleh A")
        return title_before_agent(text, name_at)
    lead = text[max(0, base + match.start() - 40):base + match.start()]
    if _EVENT_WORD.search(lead) or (phrase_regex("theme_cue").search(lead)
                                    and not _TALK_NOUN.search(lead)):
        return None  # "webinar bertajuk “X” yang dibawakan oleh ...": the event's title
    title = match.group("title").strip()
    return Title(title, base + match.start(), base + match.start("title") + len(title) + 1,
                 True)


def share_titles(mentions: list, text: str) -> None:
    """Talk titles of one sentence's mentions, where the title is not after the name.

    - "disampaikan oleh A dan B terkait “X” dan “Y”": the titles go to the people in order
      (the last person alone found a title, and as many titles follow as people before);
    - "“X” yang dibawakan oleh Dr. Y": a title before the passive verb and its agent.
    """
    for mention in mentions:
        if mention.talk_title is None:
            mention.talk_title = title_before(text, mention.order[1]) or agent_clause_talk(
                text, mention.order[1])
    untitled = [m for m in mentions if m.talk_title is None]
    last = mentions[-1] if mentions else None
    if last is None or last.talk_title is None or not last.talk_title.quoted or not untitled:
        return
    group = []
    for mention in reversed(mentions[:-1]):
        if mention.talk_title is not None:
            break
        group.insert(0, mention)
    titles = [last.talk_title]
    at = last.talk_title.end
    while len(titles) <= len(group):
        sep = _SERIES.match(text, at)
        quoted = _QUOTED.match(text, sep.end()) if sep else None
        if quoted is None:
            return
        titles.append(Title(quoted.group(1).strip(), quoted.start(), quoted.end(), True))
        at = quoted.end()
    people = [*group, last][-len(titles):]
    if len(people) < 2 or len(titles) != len(people):
        return
    for mention, title in zip(people, titles):
        mention.talk_title = title


_JOINER = re.compile(r"[\s,;]*(?:\b(?:dan|serta|and|&)\s*)?[\s,;]*$", re.IGNORECASE)


def clip_titles(mentions: list, text: str) -> None:
    """A talk title read after one person's name ends before the next person named in the
    same sentence ("A dengan materi X dan B dari Y dengan materi Z"): the next name opens
    that person's entry, it is never part of the title."""
    starts = sorted(m.order[1] for m in mentions)
    for mention in mentions:
        talk = mention.talk_title
        if talk is None or talk.quoted:
            continue
        nxt = next((at for at in starts if talk.start < at < talk.end), None)
        if nxt is None:
            continue
        cut = _JOINER.sub("", text[talk.start:nxt]).strip()
        mention.talk_title = Title(cut, talk.start, talk.start + len(cut), False) if len(
            cut.split()) >= 2 else None
