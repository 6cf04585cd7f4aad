"""Who was on the programme: speakers, keynotes, moderators, KOLs, hosts, opening remarks.

People are found only where coverage introduces them. The stages, sentence by sentence:

1. **Role cues** (:mod:`index.extract.people_6_frames`): "narasumber ... yakni A, B", "dipandu oleh
   A", "A selaku moderator", "A, B dan C menjadi narasumber", "Key Opinion Leader (KOL)",
   "Keynote Speech", "sambutan dari ...", "diwakili oleh A", "speakers included A, B of C".
2. **Listings** (:mod:`index.extract.listings`): pronoun lists ("Mereka adalah A, B"), bare
   listings, and lists carried on in the next sentences ("Selanjutnya ada A, B", the lines
   after "Narasumber:").
3. **Narrative mentions**, only in an article that describes a programme: a sentence that
   opens with a name and a presenting verb or a talk title ("Parlindungan Sitorus,
   menjelaskan ...", "Meanwhile, Dr. Ratna Omar explained ...", "Dan Yanuar Eka, S.IP. –
   Dosen ..., dengan tema “X” mengatakan ..."). Mostly they add a talk title to someone
   already introduced; a one-word name on its own is never a new person.
4. **Reported speech** (:mod:`index.extract.reported_speech`), in such an article too:
   "Sementara itu, A, Ketua X, menambahkan ...", "“...,” ujar Jabatan, A, secara virtual",
   after the programme was introduced or at the session, never a press statement, an
   earlier occasion or the organisers reporting on the event.
   A report that opens with what someone said (after a dateline) counts when the next
   sentence names the session and refers back ("“...,” kata Harlina dalam webinar
   bertajuk ...", "Hal itu disampaikannya saat menjadi narasumber ...").
5. **Officials**: a head of government or institution presented only as "menghadirkan
   Walikota X, Nama" gives the opening remarks.
6. **Role headings**: under a line that is only a role noun ("About the Speakers",
   "Narasumber", "Moderator", "Chairperson"), bios ("Dr A is Visiting Fellow at X.") and
   cards (a line with a marked name, the next line its job) take that role.
7. **Marked people** (:mod:`index.extract.marked_backstop`), in an article that reports an
   event: a person written with degrees or an academic title ("Dr. A, M.Si.") in a
   sentence about the event whom no reader above found, unless that sentence has them
   attend, stand in, organise or be stood in for.
8. **Merging** (:mod:`index.extract.people_7_merge`): one entry per person.

People who are only quoted from elsewhere ("... katanya dalam keterangan tertulis", a
minister's earlier statement) match none of these, so they are not speakers. Links to
other articles ("Baca juga: ...", the headlines under "Berita Terkait") are read by none
of these: their names belong to other reports.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from index.lexicon import (
    bounded,
    number_words,
    phrase_pattern,
    phrase_regex,
    phrase_set,
    phrases,
    position_words,
    role_cues,
    role_nouns,
)
from index.model import Speaker
from index.names import is_honorific
from index.resources import word_set

from .case_evidence import foreign_function_word
from .cut_names import cut_off
from .folded import FoldedTest, folded
from .held_online import held_online
from .headline_lines import headline_line, is_headline
from .holding_verbs import ACTIVE as HOLD_ACTIVE
from .holding_verbs import NOMINAL as HOLD_NOMINAL
from .holding_verbs import PASSIVE as HOLD_PASSIVE
from .holding_verbs import alternation
from .progressive import AUXILIARIES, past_of_participle, progressive_pasts
from .datelines import strong_dateline
from .link_inserts import LINK_INSERT, link_inserts
from .literal_trie import literal_trie
from .logistics import reports_logistics, tagged_at_session
from .listings import (
    Carry,
    announced_list,
    carried_on,
    list_role,
    listing_sentence,
    pronoun_list,
    same_cue_list,
)
from .nicknames import NICKNAME_NOUN, resolve_nicknames
from .people_1_runs import find_runs, looks_like_verb, name_of, tokenize
from .people_2_positions import (
    best_position,
    head_is_position,
    position_after,
    position_before,
)
from .people_3_phrase import parse_person, run_is_person
from .absent_people import without_absent
from .bare_adjunct import bare_adjunct_end
from .acronym_names import without_acronym_names
from .besides import besides_mentions
from .committee_report import committee_report
from .clipped_jobs import without_clipped_jobs
from .compound_tails import without_compound_tails
from .english_derived import without_derived_openings
from .guide_host import guides_as_host
from .job_anaphora import anaphoric_jobs
from .job_roles import job_role_mentions
from .marked_backstop import marked_people
from .people_6_frames import (
    PASSIVE_PREFIX,
    STAND_IN_VERB,
    Mention,
    find_cues,
    item_talk,
    make_mention,
    sentence_mentions,
    talk_after,
)
from .people_6_slots import strong_name
from .people_7_merge import group_mentions, to_speaker, without_acronym_heads
from .pronoun_opening import pronoun_opening
from .opening_adverbial import adverbial_opening
from .positions_elsewhere import with_positions_elsewhere, without_names_of_others
from .place_evidence import without_place_heads
from .later_session import LaterSessions
from .named_occasion import names_occasion
from .reported_speech import (
    SESSION_NOUNS,
    Reported,
    holds_office,
    may_report,
    reported_speakers,
    said_elsewhere,
    thanks_regex,
)
from .sentences import Sentence
from .set_apart import set_apart_openings
from .job_talks import job_talks
from .session_talks import session_talk_at
from .talk_backrefs import backref_talks
from .talks_elsewhere import with_talks_elsewhere
from .talks import may_find_talk_cue, opening_talk, pronoun_talk


@dataclass
class SpeakerResult:
    """The programme, and where talk titles were read (so they are not the event's title)."""

    speakers: list[Speaker]
    talk_spans: set[tuple[int, int]]


_ADVERBIAL = re.compile(r"^(?:[^,.;“\"]{0,60}?),\s+")


_WORD_OR_BRACKET = re.compile(r"[\w’']+|[()]")
"""A word with its apostrophes, or a bracket as a token of its own."""


def _first_verb(text: str) -> str | None:
    """The first verb of ``text`` outside parentheses (within its first 16 words)."""
    depth = 0
    words = _WORD_OR_BRACKET.findall(text)[:16]
    for at, word in enumerate(words):
        if word == "(":
            depth += 1
        elif word == ")":
            depth -= 1
        elif depth <= 0 and word.casefold() in phrase_set("talk_prep"):
            continue  # "berjudul", "bertajuk": they introduce a title, not the predicate
        elif depth <= 0 and (looks_like_verb(word) or word[:1].islower() and (
                word.casefold() in phrase_set("present_verb") or word.casefold() in phrase_set(
                    "quote_verb"))):
            # (in lower case: a capitalised one opens a quoted title, "Webinar “Mengupas X”")
            if word in AUXILIARIES and at + 1 < len(words) and _presenting(words[at + 1]):
                return words[at + 1]  # "was presenting": the participle is the verb
            return word
    return None


def _presenting(word: str) -> bool:
    """``word`` is the present participle of a presenting verb ("presenting", "sharing")."""
    past = past_of_participle(word)
    return past is not None and past in phrase_set("present_verb")


def _verb_key(verb: str) -> str:
    """How ``verb`` (from :func:`_first_verb`) is looked up in the verb lexicons: case-folded,
    and a progressive's participle by its past form ("presenting" -> "presented")."""
    return verb.casefold() if not _presenting(verb) else past_of_participle(verb) or ""


# a relative clause set off by commas after the name ("Prof. A, who had the honour of
# representing X, shared ...", "A, yang juga dosen X, memaparkan ..."): its verb is not the
# sentence's. So is an appositive phrase of origin set off the same way ("A, from the X
# Commission for Y (XC), was presenting ...", "A, dari Universitas X, memaparkan ..."): it
# only says where the subject comes from, and the predicate follows its closing comma.
_RELATIVE = re.compile(r"\s*,\s*(?:who|yang|from|dari)\b[^,.;:“\"]{0,150},", re.IGNORECASE)


def _narrative_mention(sentence: Sentence, lead: int | None = None) -> Mention | None:
    """"Yuli Astuti, S.Pd., menjelaskan ..." / "Meanwhile, Dr. Ratna Omar explained ...".
    ``lead``: :func:`_opening_lead` of the sentence when the caller has it already (it reads
    the same article context, so it is the same value)."""
    text = sentence.text
    rest = text[_opening_lead(text) if lead is None else lead:].lstrip(" ,")
    if not _may_narrate(rest):
        return None
    offset = len(text) - len(rest)
    person = parse_person(rest[:240], name_first_only=True)
    titled = False
    if person is None:
        # "Kasat Reskrim Polres X AKP Dwi Hartono, S.H. memaparkan materi ...": a job title
        # then a marked name, presenting material
        material = phrase_regex("material_verb").search(rest, 0, 240)
        if material is None or len(rest[:material.start()].split()) > 16:
            return None
        person = parse_person(rest[:material.start()])
        if person is None or not person.position or person.written == person.name or \
                not head_is_position(rest[:person.start]):
            return None
        titled = True
    elif person.start > 2:
        return None
    after = rest[person.end:]
    relative = _RELATIVE.match(after)
    verb = _first_verb(after[relative.end():] if relative else after)
    key = _verb_key(verb) if verb else None
    talk = talk_after(after)
    if titled and not (key and key in phrase_set("material_verb")):
        return None
    context = (offset + person.end, len(text))
    order = (sentence.index, offset + person.start)
    if talk is not None and (verb is None or after.find(verb) > after.find(talk.text)
                             or key in phrase_set("talk_verb")):
        return make_mention(person, "speaker", 1, text, context, order, True)
    if (key is None or key not in phrase_set("present_verb")) and _takes_turn(
            after[relative.end():] if relative else after, verb):
        return make_mention(person, "speaker", 1, text, context, order, True)
    if verb is None or key not in phrase_set("present_verb"):
        return None
    if verb.casefold() == "menyampaikan" and re.match(r"\s*(?:bahwa\b|[“\"])",
                                                      after.split(verb, 1)[1]):
        return None  # reported speech, not a talk (see reported_speech)
    remarks = holds_office(person.position) and \
        key not in phrase_set("material_verb")
    return make_mention(person, "other" if remarks else "speaker", 1, text, context, order,
                        True)


def _may_narrate(rest: str) -> bool:
    """``rest`` (a sentence from its subject on) holds what :func:`_narrative_mention`
    needs after the subject's name, wherever that name ends: a presenting verb (the
    material verbs among them), a talk cue, or the words of a verb of taking one's turn.
    When it holds none, no mention is read, and the sentence's subject is not parsed for
    it. (The verb is one word of the text whose case-folded form is a ``present_verb``;
    case folding goes letter by letter, so that form is in the folded text.)"""
    if _narrating_verbs().search(rest.casefold()):
        return True
    if any(past in phrase_set("present_verb") for past in progressive_pasts(rest)):
        return True  # "was presenting" (see progressive)
    if " off " in rest or "followed " in rest or "took the " in rest:
        return True  # (the quick test of _takes_turn)
    return may_find_talk_cue(rest)


@lru_cache(maxsize=None)
def _narrating_verbs() -> re.Pattern[str]:
    """The presenting verbs, case-folded, as one regex of plain strings (found anywhere)."""
    verbs = phrase_set("present_verb") | phrase_set("material_verb")
    return re.compile(literal_trie(verbs))  # (yes/no only: see literal_trie)


def _takes_turn(after: str, verb: str | None) -> bool:
    """``after`` (what follows the subject's name) opens its predicate with a phrasal verb of
    taking one's turn on the programme ("(MSc 2019) led off the event by ...", ", the Head
    of X, then followed up with ..."): no other verb stands before it. Its first word
    ("led") need not look like a verb, so :func:`_first_verb` may have found none."""
    if " off " not in after and "followed " not in after and "took the " not in after:
        return False  # (a quick test before the regex)
    turn = phrase_regex("turn_verb").search(after, 0, 200)
    if turn is None:
        return False
    return verb is None or after.find(verb) >= turn.start()


# (with the prepositions of a topic, which front what the sentence is about: "Terkait tema
# itu, A menyampaikan ...", "Regarding the theme of the forum, A stated ...")
_PREPOSITION = re.compile(r"(?:dalam|pada|di|saat|ketika|usai|setelah|terkait|mengenai|"
                          r"in|during|on|at|after|regarding|concerning|as\s+for|"
                          r"with\s+regards?\s+to)\b", re.IGNORECASE)


# An English participle clause fronting the sentence ("Starting the activity, ...",
# "Kicking off the session, ..."): a participle with its object, never a job ("Acting Head of
# X, A" and "Managing Director" take no article)
_PARTICIPLE = re.compile(r"[A-Z][a-z]{2,}ing\s+(?:(?:off|up)\s+)?(?:the|this|that|these|his|her|"
                         r"their|its|a|an|our)\s"
                         # and its Indonesian twin, a ber-/ter- participle with an adjunct
                         # ("Terhubung secara daring dari studio di X, ...", "Bertempat di
                         # aula Y, ..."): no job title opens with one
                         r"|(?-i:[BT]er[a-z]{3,}\s+(?:secara|di|dari|melalui|lewat|via|dengan)\s)")


_DASH_EARLY = re.compile(r"^[^\n]{0,70}?[–—-]")


@lru_cache(maxsize=None)
def _opening_front() -> re.Pattern[str]:
    """A fronted participle clause of opening the event ("Opening the webinar, ...",
    "Starting the activity, ..."): the subject after it gave the opening. Only fronted: after
    a name ("..., said A starting the session") it tells who spoke first in a session."""
    return re.compile(r"(?:" + phrase_pattern(phrases("open_participle")) + r")\s+(?:the|this)\s+"
                      r"(?:" + phrase_pattern(phrases("event_noun")) + r"|activity|activities|"
                      r"proceedings)\b", re.IGNORECASE)


def _given_name_at(text: str, discourse: re.Match[str]) -> bool:
    """The one-word opener ``discourse`` is a given name here: an Indonesian function word
    in an English article, with a capitalised word after it ("Dan Adams presented ...")."""
    after = text[discourse.end():].lstrip()
    return after[:1].isupper() and foreign_function_word(discourse.group().strip(),
                                                         word_set("stopwords_id.txt"))


def _opening_lead(text: str) -> int:
    """Where a sentence proper starts: after a dateline ("JAKARTA – "), a discourse opener
    ("Sementara itu,") or a short adverbial that names nobody ("Dalam kesempatan
    tersebut,")."""
    if _DASH_EARLY.match(text) and (dateline := strong_dateline(text)) is not None:
        rest = text[dateline.end:].lstrip(" –—-,")
        return len(text) - len(rest) + _opening_lead(rest)
    discourse = phrase_regex("discourse").match(text)
    if discourse and not (" " not in discourse.group().strip() and _given_name_at(
            text, discourse)):
        rest = text[discourse.end():].lstrip(" ,")
        # a further fronted adverbial may follow the opener, each ending at its comma
        # ("Sementara itu di kesempatan yang sama, A ...", "Selain menyambut baik acara itu,
        # A ..."): the sentence proper starts after the last one
        return len(text) - len(rest) + (_opening_lead(rest) if "," in rest[:61] else 0)
    adverbial = _ADVERBIAL.match(text)
    if adverbial is None:
        return bare_adjunct_end(text, parse_person)  # "Pada bagian lain Ketua X A ..."
    clause = adverbial.group()
    # (the length first: it is cheap, and an adverbial too long is none whoever it names)
    fronted = _PREPOSITION.match(clause) or _PARTICIPLE.match(clause)
    # (a capitalised participle is no name: whoever the clause names comes after it)
    named = clause[fronted.end():] if fronted and clause[:1] in "BT" else clause
    if len(clause.split()) <= (8 if fronted else 5) and parse_person(
            named, name_first_only=True) is None and (
            fronted or not head_is_position(clause.rstrip(" ,"))):
        # adverbials stack whichever comes first ("Di samping itu, dalam webinar tersebut,
        # A ..."): a further one opens in lower case (a subject, name or job, in capitals)
        rest = text[adverbial.end():].lstrip(" ,")
        if rest[:1].islower() and "," in rest[:61]:
            return len(text) - len(rest) + _opening_lead(rest)
        return adverbial.end()
    return bare_adjunct_end(text, parse_person)


# The sentence itself places the statement at the session.
_AT_SESSION = re.compile(r"\b(?:secara\s+(?:virtual|daring|online)|(?:dalam|pada|saat|di)\s+"
                         r"(?:" + SESSION_NOUNS + r")\s+(?:ini|tersebut|itu)|"
                         # the occasion pointed back to ("pada kesempatan tersebut", "di
                         # kesempatan yang sama"): the event the article has just told of
                         r"(?:dalam|pada|di)\s+kesempatan\s+(?:ini|itu|tersebut|yang\s+sama)|"
                         r"dalam\s+(?:paparan|sambutan|materi|pemaparan)\w*|"
                         # the English of the class: speaking to the audience, or in one's
                         # turn ("“...,” shares A to participants of ...", "in her remarks")
                         r"to\s+(?:the\s+)?(?:participants|attendees|audience)|"
                         r"(?:in|during)\s+(?:his|her|their)\s+(?:remarks|presentation|talk|"
                         r"speech|keynote|address)|(?:at|during|in)\s+(?:this|the)\s+(?:"
                         r"webinar|session|symposium|forum))\b", re.IGNORECASE)
# A news report that opens with what someone said names the session in the sentence after
# it: "“...,” kata Harlina dalam webinar bertajuk “X” ...", "Hal itu disampaikannya saat
# menjadi narasumber dalam webinar yang sama", "..., he said at the webinar".
_NAMES_SESSION = re.compile(
    r"\b(?:(?:dalam|pada|saat|ketika|di)\s+(?:sebuah\s+)?(?:webinar|talk\s?show|"
    r"(?:diskusi|seminar|dialog)\s+(?:daring|virtual|online|publik))\b|(?:saat|ketika|dengan)\s+"
    r"(?:menjadi|tampil\s+sebagai)\s+(?:salah\s+satu\s+)?(?:narasumber|pembicara|pemateri|"
    r"panelis|keynote\s+speaker)|(?:at|during|in)\s+(?:a|an|the)\s+(?:webinar|online\s+"
    r"(?:seminar|discussion|forum)|virtual\s+(?:seminar|discussion|forum)))", re.IGNORECASE)
# Every match of _NAMES_SESSION ends in one of these words (its three alternatives: a
# webinar, talk show, discussion, seminar or dialogue; a speaker's role noun; a webinar,
# seminar, discussion or forum in English): the regex runs only on a text holding one.
_NAMES_SESSION_TEST = FoldedTest(_NAMES_SESSION, needs=(
    "webinar", "talk", "diskusi", "seminar", "dialog", "narasumber", "pembicara", "pemateri",
    "panelis", "keynote", "discussion", "forum"))
# A pronoun, a -nya, or a noun phrase that points back to the statement ("Pernyataan itu
# disampaikan dalam webinar ...", "Hal tersebut diungkapkan dalam ...").
_REFERS_BACK = re.compile(r"\b(?:ia|dia|beliau|he|she)\b|\w{3,}nya\b|^\W*(?:hal|pernyataan|"
                          r"penegasan|pesan|ungkapan|penjelasan|paparan|demikian)\s+(?:itu|ini|"
                          r"tersebut|disampaikan|diungkapkan)\b", re.IGNORECASE)
_AS_SPEAKER = re.compile(r"\b(?:menjadi|sebagai|selaku|as\s+a)\s+(?:salah\s+satu\s+)?(?:narasumber|"
                         r"pembicara|pemateri|panelis|speaker|panelist)", re.IGNORECASE)


def _names_session(text: str) -> bool:
    """``text`` names the session it reports from: a webinar or the like
    (:data:`_NAMES_SESSION`), or an occasion by its name (:func:`names_occasion`)."""
    return _NAMES_SESSION_TEST.found(text) or names_occasion(text)


class _SessionNamed(dict[str, bool]):
    """:func:`_names_session` of each text asked for, read once within one call of
    :func:`_reported`: it asks it of a sentence, again of the same one as the sentence after
    the one before, and :class:`LaterSessions` of every sentence. The answer is a pure
    function of the text alone (two regex tests of it, no article context), so a memo keyed
    by the text gives the same answers; it lives for one call only, so it keeps no article's
    sentences alive after it."""

    def __missing__(self, text: str) -> bool:
        named = self[text] = _names_session(text)
        return named


def _refers_back(person_name: str, after: str) -> bool:
    """The sentence ``after`` (one that names the session: :func:`_reported` checks that
    first) refers to the person of the sentence before, by a word of their name or by a
    pronoun ("kata Harlina dalam webinar ...", "Hal itu disampaikannya saat menjadi
    narasumber ..."), so it places what they said at the session."""
    words = [w for w in re.findall(r"[\w’'-]+", person_name) if len(w) >= 3]
    return any(re.search(r"\b" + re.escape(w) + r"\b", after) for w in words) or bool(
        _REFERS_BACK.search(after))


_NICKNAME_OF = re.compile(NICKNAME_NOUN + r"\b|(?:better\s+)?known\s+as\b", re.IGNORECASE)
# ("Pelaksana Tugas Ketua X" is an acting office, the long form of "Plt.", no committee)
_COMMITTEE = re.compile(r"\b(?:panitia|pelaksana(?!\s+tugas\b)|committee)\b", re.IGNORECASE)


def _reported(sentences: list[Sentence], start: int, known: list[Mention],
              lead_sentence: int | None = None,
              lead_of: Callable[[str], int] = _opening_lead) -> list[Mention]:
    """People the session report shows speaking only through reported speech, from the
    sentence ``start`` on (where the article introduced its programme) or where the
    sentence itself places them at the session ("secara virtual", "dalam webinar ini") or
    the next one names the session and refers back to them (:func:`_refers_back`); not
    where the sentence or the next one says the statement was made elsewhere. An officer
    of a body with no programme role gives remarks (`other`) unless the verb says they
    presented material ("memaparkan"); anyone else is a speaker. The committee, and
    whoever reports on the event itself (its participants, its aims), are organisers. A
    one-word name that shortens a full name (of ``known`` or found here) only refers back:
    the full introduction decides the role. The sentence ``lead_sentence``, right after the one
    that says the event was held ("X menggelar webinar ... . Ketua X Nama menyampaikan,
    ..."), already reports the session; further on before the programme, only an officer of
    a body who speaks without presenting material does (:func:`_officials_remarks`).
    ``lead_of``: where a sentence proper starts (:func:`_opening_lead`, or the caller's memo
    of it, :class:`_Leads`, so a lead other readers already read is not read again)."""
    found = []
    absent = _represented(sentences)
    names_session = _SessionNamed().__getitem__  # (each sentence read once: see there)
    later = LaterSessions(sentences, names_session)
    texts = [s.text for s in sentences]

    def new_subject(text: str) -> bool:
        return _new_subject(text, lead_of)

    for k, sentence in enumerate(sentences):
        text = sentence.text
        if not may_report(text):
            continue
        after = sentences[k + 1].text if k + 1 < len(sentences) else ""
        early = k < start and k != lead_sentence and not folded(_AT_SESSION).found(text) and not \
            names_session(text)
        remarks = early and lead_sentence is not None and k > lead_sentence
        if early and not remarks and not names_session(after) and not \
                later.may_name(text, k):
            continue
        if said_elsewhere(text) or (said_elsewhere(after) and not _new_subject(after, lead_of)):
            continue
        lead = lead_of(text)
        for said in reported_speakers(text, lead):
            if find_cues(text[lead:said.start]):
                continue  # "Pemateri pertama, A, membahas ...": the role cue reads A
            if committee_report(text, said.end):
                pass  # the committee's report at the opening is a programme item
            elif (reports_logistics(text, said.end) and not said.thanks and not
                  tagged_at_session(texts, k, new_subject)) or _COMMITTEE.search(
                    said.person.position or ""):
                continue  # the organisers report on the event itself (not one they thank)
            if _absent(said.person.name, absent):
                continue  # "A yang diwakili oleh B": A was not there
            if _NICKNAME_OF.match(said.person.position or ""):
                continue  # "Mas YP -- sapaan akrab Yudha Permana": a nickname refers back
            if early and not (names_session(after) and _refers_back(
                    said.person.name, after)) and not (remarks and _officials_remarks(
                        said, text)) and not later.names_after(said.person.name, k):
                continue
            role = "other" if holds_office(said.person.position) and not said.presented \
                and not _announces_speakers(sentences[k - 1] if k else None, known) \
                and not _AS_SPEAKER.search(text + " " + after) else "speaker"
            if lead and _opening_front().match(text[:lead]):
                role = "opening"  # "Opening the webinar, Dean A welcomed ..."
            mention = make_mention(said.person, role, 1, text, (said.end, said.end),
                                   (sentence.index, said.start), True)
            if role == "speaker":
                # what they said is no talk, but the named session they said it in is
                # ("... turut mengungkapkan pendapat serupa dalam talkshow berikutnya ‘X’")
                mention.talk_title = session_talk_at(text, said.end)
            found.append(mention)
    full = [m.name.casefold().split() for m in known + found if len(m.name.split()) > 1]
    for mention in found:
        if len(mention.name.split()) == 1 and any(mention.name.casefold() in words
                                                  for words in full):
            mention.role = None  # "kata Imam" refers back to "Imam Suwandi, Ketua ..."
    return found


@lru_cache(maxsize=None)
def _remarks() -> re.Pattern[str]:
    """What remarks say: thanks, appreciation, a welcome (:func:`thanks_regex` and the nouns
    of the class), or the event itself ("acara ini merupakan ...", "tema webinar
    tersebut"), not a claim about the world."""
    return re.compile(r"\b(?:(?:meng)?apresiasi\w*|terima\s*kasih|penghargaan|"
                      r"selamat\s+datang|(?:" + SESSION_NOUNS + r")(?:\s+\w+)?"
                      r"\s+(?:ini|tersebut|tesebut|itu|kali\s+ini))\b|" + thanks_regex().pattern,
                      re.IGNORECASE)


def _officials_remarks(said: Reported, text: str) -> bool:
    """Between the sentence that says the event was held and the one that introduces its
    speakers, coverage reports the officials' remarks ("X menggelar webinar ... . Rektor X,
    Nama, menyampaikan apresiasi ... . Narasumber pertama ..."): an officer of a body who
    speaks there without presenting material, and says what remarks say (:func:`_remarks`:
    thanks, or the event itself), gave remarks at the session. An official's claim about
    the world there ("Dirjen X mengatakan indeks literasi masih rendah") is background."""
    return holds_office(said.person.position) and not said.presented and \
        _remarks().search(text, said.end) is not None


# the passive of standing in ("diwakili oleh", "di wakilkan kepada", "was represented by")
_STOOD_IN_FOR = re.compile(rf"\b{PASSIVE_PREFIX}{STAND_IN_VERB}|\bwas\s+represented\b",
                           re.IGNORECASE)


def _represented(sentences: list[Sentence]) -> frozenset[str]:
    """The name words written just before "(yang) diwakili oleh" anywhere in the article
    ("Kepala Dinas X, Ati Lestari, yang dalam hal ini diwakili oleh B"): that person was
    not at the session, whatever the article reports of them elsewhere (a message read out,
    a view given through the stand-in). Read once per article."""
    words: set[str] = set()
    for sentence in sentences:
        if "wakil" not in sentence.text and "epresented" not in sentence.text:
            continue  # (a quick test before the regex)
        for match in _STOOD_IN_FOR.finditer(sentence.text):
            before = sentence.text[max(0, match.start() - 60):match.start()]
            words.update(w.casefold() for w in re.findall(r"\b[A-Z][\w’'-]{2,}", before))
    return frozenset(words)


def _absent(name: str, absent: frozenset[str]) -> bool:
    """Every word of ``name`` (of three letters or more) was written before a stand-in."""
    words = [w.casefold() for w in name.split() if len(w) >= 3]
    return bool(words) and all(w in absent for w in words)


def _new_subject(text: str, lead_of: Callable[[str], int] = _opening_lead) -> bool:
    """``text`` (the sentence after a report) reports someone of its own ("Sebelumnya,
    Kepala Dinas X Nama kepada wartawan mengatakan ..."): where it says a statement was made
    elsewhere, that is this person's statement, not the one of the sentence before.
    ``lead_of``: :func:`_opening_lead` or a memo of it."""
    rest = text[lead_of(text):][:240]
    person = parse_person(rest)
    return person is not None and len(person.name.split()) >= 2 and head_is_position(
        rest[:person.start])


@lru_cache(maxsize=None)
def _counted_speakers() -> re.Pattern[str]:
    """"dua narasumber", "3 pembicara", "three speakers", "sejumlah narasumber": a count of
    speakers, or a quantity that stands for one."""
    units = sorted(w for w, (kind, _) in number_words().items() if kind == "unit")
    units += ["sejumlah", "beberapa", "several", "a number of"]
    return re.compile(r"\b(?:" + phrase_pattern(units) + r"|\d)\s+(?:orang\s+)?"
                      + _role_nouns(True).pattern, re.IGNORECASE)


_LEAD_IN = re.compile(r"(?:yaitu|yakni|namely)\b", re.IGNORECASE)
_COUNT_LAST = re.compile(r"[^,;:]{0,40}[.:]?\s*$")


def _lead_in(text: str, previous: str) -> bool:
    """"... yang juga menghadirkan empat narasumber lainnya. Yakni, A (X), B (Y)": a list
    lead-in that opens a sentence of its own hangs on the count of speakers the sentence
    before ends with, whoever else that sentence named before the count (an official's
    remarks): its list is those speakers."""
    if not _LEAD_IN.match(text):
        return False
    count = None
    for count in _counted_speakers().finditer(previous):
        pass
    return count is not None and _COUNT_LAST.fullmatch(previous, count.end()) is not None


def _announces_speakers(sentence: Sentence | None, known: list[Mention]) -> bool:
    """"Webinar menghadirkan dua narasumber.": the sentence counts the speakers without
    naming them, so whoever the next one reports is one of them, officer or not."""
    return sentence is not None and bool(_counted_speakers().search(sentence.text)) and not any(
        m.order[0] == sentence.index for m in known)


# the verbs of holding an event, every form of their roots (holding_verbs): the active and
# the nominal forms come before what is held ("menggelar", "digelarnya", "pelaksanaan"),
# the passive, stative and intransitive ones before or after it ("dihelat", "berlangsung")
_HOLD_ACTIVE = alternation(HOLD_ACTIVE + HOLD_NOMINAL)
_HOLD_PASSIVE = alternation(HOLD_PASSIVE + ("digagas",))
_HELD = re.compile(r"\b(?:" + _HOLD_ACTIVE + "|" + _HOLD_PASSIVE + r"|held|hosted|"
                   r"organi[sz]ed)\b[^.]{0,80}\b(?:webinar|seminar|"
                   r"diskusi|discussion|talk\s?show|dialog|lokakarya|workshop|kuliah\s+umum|"
                   r"lecture|symposium|simposium)\b|\b(?:webinar|seminar|diskusi|talk\s?show|"
                   r"dialog|workshop|acara|kegiatan)\b[^.]{0,80}\b(?:" + _HOLD_PASSIVE + r"|held|"
                   r"organi[sz]ed)\b", re.IGNORECASE)


# A line that is only a bracket ("(Foto: Istimewa)", "(Kabar/Dok. Humas)"): a photo's credit
# or an editor's note, no sentence of the report even though it ends in a closing mark.
_BRACKETED_LINE = re.compile(r"\s*\([^()]*\)\s*")


def _lead_prose(sentences: list[Sentence]) -> list[Sentence]:
    """The report's lead: its first three sentences of prose, and the next one when it
    opens a paragraph (a lead paragraph of short sentences, the report of the event right
    after it: "X didorong menjadi eksportir. Sebab, pasar terbuka. Ini dilakukan guna Y.
    \n Itulah yang mendasari digelarnya Talkshow Z"). A sentence written again word for
    word (a photo's caption above the body and again below the picture) is read once."""
    seen: set[str] = set()
    prose: list[Sentence] = []
    for sentence in sentences[:8]:
        if not _CLOSED.search(sentence.text) or _BRACKETED_LINE.fullmatch(sentence.text) or \
                sentence.text in seen:
            continue
        seen.add(sentence.text)
        if len(prose) == 3 and sentence.paragraph == prose[-1].paragraph:
            break
        prose.append(sentence)
        if len(prose) == 4:
            break
    return prose


def _held_event(sentences: list[Sentence]) -> int | None:
    """The sentence (among the first three) that says the event was held, if any: an
    article that opens by reporting a webinar and names no role at all still shows its
    speakers through what they said there. A sentence that names the session it reports
    from ("Hal itu ditegaskan A dalam webinar bertema ...") does the same. Headline lines
    (no closing stop: a page's section name, the headline, often twice) come before the
    report and are not counted among the three. A gathering held online, whatever it is
    called ("menggelar kegiatan Temu Redaksi secara daring": :func:`held_online`, the
    clause that also makes the article report an event), is held as a webinar is."""
    prose = _lead_prose(sentences)
    return next((s.index for s in prose if folded(_HELD).found(s.text)
                 or _NAMES_SESSION_TEST.found(s.text) or held_online(s.text)), None)


def _names_session_later(sentences: list[Sentence]) -> int | None:
    """The first sentence that names the session it reports from ("..., ” ucap A dalam
    webinar bertema X"), wherever it stands: :func:`_held_event` reads only the first three,
    and a report that opens with what someone said may name the session only after a
    quotation of several sentences."""
    return next((s.index for s in sentences if _names_session(s.text)), None)


def _programme_start(mentions: list[Mention], sentences: list[Sentence]) -> int:
    """The index of the first sentence that introduces someone or names a speaker role."""
    first = min((m.order[0] for m in mentions), default=len(sentences))
    named = next((s.index for s in sentences[:first] if folded(_role_nouns(False)).found(
        s.text)), len(sentences))
    return min(first, named)


@lru_cache(maxsize=None)
def _role_nouns(speaker_only: bool) -> re.Pattern[str]:
    """The role nouns (of speakers only, or of every role) as one regex."""
    nouns = [c.phrase for c in role_cues()
             if c.kind == "noun" and (c.role == "speaker" or not speaker_only)]
    return re.compile(bounded(phrase_pattern(nouns)), re.IGNORECASE)


def _copula_mentions(sentence: Sentence, lead: int | None = None) -> list[Mention]:
    """A sentence that gives the job of someone on the programme ("Ir Lukas Wirapraja adalah
    pegiat kebun kota di Sulawesi Tengah.", "Dr Marliana yang merupakan dosen ..."). The
    mention has no role: it only adds a position to a person introduced elsewhere. ``lead``:
    as for :func:`_narrative_mention`."""
    text = sentence.text
    if not folded(phrase_regex("copula_intro")).found(text[:240]):
        if lead is None:
            lead = _opening_lead(text)
        return _subject_apposition(sentence, lead) or _subject_title(sentence, lead)
    discourse = phrase_regex("discourse").match(text)
    rest = text[discourse.end():] if discourse else text
    rest = rest.lstrip(" ,")
    offset = len(text) - len(rest)
    person = parse_person(rest[:240], name_first_only=True)
    if person is None or person.start > 2 or not person.position or not phrase_regex(
            "copula_intro").match(person.tail.lstrip(" ,")):
        return _inner_copulas(sentence)
    first = Mention(person.name, person.written, None, 0, person.position, None, person.handle,
                    (sentence.index, offset + person.start), narrative=True)
    return [first] + [m for m in _inner_copulas(sentence) if m.name != first.name
                      and m.order[1] > first.order[1]]


_APPOSITION_CLOSED = re.compile(r",\s*([^,;:()“\"]+?),\s")


def _subject_apposition(sentence: Sentence, lead: int | None = None) -> list[Mention]:
    """A sentence whose subject is a name with its job set off by commas ("Prof. A, Chair
    of the X Centre, attended the meeting ..."): an apposition gives the job whatever the
    verb, so the mention adds it to a person placed on the programme elsewhere (it has no
    role, like :func:`_copula_mentions`). ``lead``: :func:`_opening_lead` of the sentence,
    when known."""
    text = sentence.text
    rest = text[_opening_lead(text) if lead is None else lead:].lstrip(" ,")
    if _APPOSITION_CLOSED.search(rest, 0, 240) is None:
        return []  # the name's tail is a piece of rest[:240]: no apposition there, none in it
    person = parse_person(rest[:240], name_first_only=True)
    if person is None or person.start > 2 or not person.position:
        return []
    closed = _APPOSITION_CLOSED.match(person.tail)
    if closed is None or not closed.group(1).rstrip(" .").endswith(person.position):
        return []  # the job must fill the apposition up to its closing comma
    return [Mention(person.name, person.written, None, 0, person.position, None, person.handle,
                    (sentence.index, len(text) - len(rest) + person.start), narrative=True)]


def _subject_title(sentence: Sentence, lead: int | None = None) -> list[Mention]:
    """A sentence whose subject is a job title and then a name ("Wali Kota X, Budi Santoso
    juga hadir ...", "Ketua Dewan Y Prof. Rina Sari mengatakan ..."): a title written
    before the subject names that person's job whatever the verb, as an apposition after
    the name does (:func:`_subject_apposition`). The mention has no role: it adds the job
    to a person the article places on the programme elsewhere ("Dalam sambutannya, Budi
    ..."), who is otherwise left without one. ``lead``: :func:`_opening_lead` of the
    sentence, when known."""
    text = sentence.text
    rest = text[_opening_lead(text) if lead is None else lead:].lstrip(" ,")
    if not _opens_with_office(rest) or not _may_open_with_title(rest[:240]) or \
            not _office_written(rest[:240]):
        return []
    person = parse_person(rest[:240])
    if person is None or person.start <= 2 or not person.position:
        return []
    head = rest[:person.start]
    if not head[:1].isupper() or not head_is_position(head) or (
            position := position_before(head)) is None:
        return []
    words = head.replace(",", " ").split()
    while words and is_honorific(words[-1]):
        words.pop()  # forms of address and ranks between the job and the name
    if words != position.replace(",", " ").split() or is_honorific(words[0]) or (
            words[0].casefold() in role_nouns()) or not any(
            w.casefold() in position_words() and w.casefold() not in role_nouns()
            for w in words):
        # the head must be this one job and nothing else, an office in it; a role on the
        # programme ("Moderator webinar, A, menyebut ...") is no job
        return []
    return [Mention(person.name, person.written, None, 0, position, None, person.handle,
                    (sentence.index, len(text) - len(rest) + person.start), narrative=True)]


_QUOTES_BRACKETS = frozenset({"(", ")", "“", "”", "\""})


def _opens_with_office(text: str) -> bool:
    """An office word among the first three words of ``text``: the job a title names opens
    with its office ("Ketua ...", "Wali Kota ...") or has it right after a word of relation
    ("Istri Wakil Presiden ..."), so a sentence without one there opens with no job title.
    A cheap test that spares :func:`_subject_title` the reading of most sentences."""
    offices = _offices()
    return any(w.strip(",.").casefold() in offices for w in text.split(None, 3)[:3])


@lru_cache(maxsize=None)
def _offices() -> frozenset[str]:
    """Position words that are no role on the programme: the office a title must hold."""
    return position_words() - role_nouns()


@lru_cache(maxsize=None)
def _office_start() -> re.Pattern[str]:
    """An office word opening a word of casefolded text (see :func:`_office_written`)."""
    return re.compile(r"(?<![^\s,])" + literal_trie(_offices()))  # (yes/no: see literal_trie)


def _office_written(text: str) -> bool:
    """Some word of ``text`` (between spaces and commas) starts with an office word: the
    title :func:`_subject_title` takes must hold one, and each of its words is such a word
    of the text or the start of one (the name's first token may be glued to the title's
    last word), so a sentence with none is spared the parse of a name. Casefolding maps
    each character alone, so the words' folds are found in the fold of the text."""
    return _office_start().search(text.casefold()) is not None


def _may_open_with_title(text: str) -> bool:
    """``text`` may open with a job title and then a name, as :func:`_subject_title` reads it:
    a quick test that spares most sentences the parse of a name anywhere in them.

    A job title holds no verb: read back from the name, the title before it stops at the
    first verb (:func:`people_2_positions.position_before`), unless a bracket or a quote
    between the verb and the name holds it. So when the sentence's first verb (a whole word,
    no word inside titles) has no bracket or quote after it, the name must come before that
    verb, and the office word the title needs must be written before it too. The test reads
    the tokens the parse reads (those of the same text), so nothing it rejects could have
    been taken."""
    if not text[:1].isupper():
        return False  # the title opens the subject, capitalised
    tokens = tokenize(text)
    offices = _offices()
    inner = phrase_set("title_inner")
    for i, (word, start, end) in enumerate(tokens):
        # (the cheapest test first: a verb is written in lower case; the same conjunction of
        # pure tests in another order, the tuple unpacked instead of read by field name)
        if not (word[:1].islower() and looks_like_verb(word)
                and text[end:end + 1].isspace() and (start == 0 or text[start - 1].isspace())
                and word.casefold() not in inner and word.casefold() != "serta"):
            continue
        if any(t.text in _QUOTES_BRACKETS for t in tokens[i + 1:]):
            return True  # the verb may be held inside a bracket or a quote of the title
        before = text[:start]
        return any(w.casefold() in offices for w in before.replace(",", " ").split()) or any(
            t.text.casefold() in offices for t in tokens[:i])
    return True


_INNER_COPULA = re.compile(r"(?:,\s*|\s)(?:yang\s+(?:juga\s+)?merupakan|adalah|merupakan)\s",
                           re.IGNORECASE)


def _inner_copulas(sentence: Sentence) -> list[Mention]:
    """A job given further on in a sentence ("Kemudian dilanjutkan Bayu, S.Sos. yang
    merupakan Kadis Kominfo X", "..., sedangkan Sinta adalah jurnalis senior"): the name
    that ends right before the copula. Like :func:`_copula_mentions` it has no role."""
    text = sentence.text
    found = []
    for match in _INNER_COPULA.finditer(text, 0, 400):
        left = text[max(0, match.start() - 120):match.start()]
        tokens = tokenize(left)
        runs = find_runs(tokens)
        if not runs or runs[-1].suffix < len(tokens) - 1 or not run_is_person(
                tokens, runs[-1], len(tokens)):
            continue
        name, written = name_of(tokens, left, runs[-1])
        position = position_after(text[match.start():])
        if name and position:
            found.append(Mention(name, written, None, 0, position, None, runs[-1].handle,
                                 (sentence.index, match.start() - len(left) + tokens[
                                     runs[-1].prefix].start), narrative=True))
    return found


_HEADING_WORDS = frozenset({"about", "the", "our", "profil", "profile", "profiles", "tentang",
                            "biodata", "bio", "daftar", ":"})
_SENTENCE_END = re.compile(r"[.!?;,]\s*$")


_WORD_OR_COLON = re.compile(r"[\w’']+|:")
"""A word with its apostrophes, or a colon as a token of its own."""


def _heading(text: str) -> str | None:
    """``text`` is a heading line: "" for one that names no role ("About the Webinar"), the
    role for one that is nothing but a role noun ("About the Speakers", "Profil Narasumber",
    "Moderator:"), ``None`` for a sentence."""
    if _SENTENCE_END.search(text) or len(text.split()) > 5:  # (a heading may end in ":")
        return None
    if text.strip(" :").casefold() in phrase_set("heading_moderator"):
        return "moderator"  # "Chairperson" over the one who chairs a panel
    cues = [c for c in find_cues(text) if c.kind == "noun"]
    rest = text
    for cue in reversed(cues):
        rest = rest[:cue.start] + " " + rest[cue.end:]
    if any(w.casefold() not in _HEADING_WORDS for w in _WORD_OR_COLON.findall(rest)):
        return "" if not cues else None
    roles = {c.role for c in cues}
    return roles.pop() if len(roles) == 1 and "none" not in roles else ""


def _headed_bios(sentences: list[Sentence], mentions: list[Mention]) -> None:
    """People under a role heading, up to the next heading, take its role: bios ("About the
    Speakers" / "Dr A is Visiting Fellow at X.": a copula mention, no role of its own) and
    cards, a line that is nothing but a marked name with the line of its job after it
    ("Narasumber" / "Dr. Ir. A, M.T." / "Dosen Teknik Sipil Universitas X")."""
    role = ""
    by_sentence: dict[int, list[Mention]] = {}
    for mention in mentions:
        by_sentence.setdefault(mention.order[0], []).append(mention)
    for k, sentence in enumerate(sentences):
        found = by_sentence.get(sentence.index, [])
        card = _card(sentence, sentences[k + 1:k + 2]) if role and not found else None
        heading = _heading(sentence.text) if card is None else None
        if heading is not None:
            role = heading
            continue
        if not role:
            continue
        for mention in found:
            if mention.role is None and mention.narrative and mention.position and \
                    mention.order[1] <= 3:
                mention.role, mention.strength = role, 2
        if card is not None:
            card.role, card.strength = role, 2
            mentions.append(card)


def _card(sentence: Sentence, following: list[Sentence]) -> Mention | None:
    """A line that is nothing but a marked name (honorific, degrees, or two words), with its
    position on the same line or as the whole next line."""
    text = sentence.text.strip(" .;")
    if _SENTENCE_END.search(text) or any(looks_like_verb(w) for w in text.split()):
        return None
    person = parse_person(text)
    if person is None or person.start > 2 or text[person.end:].strip(" ,.;") and \
            not person.position or not strong_name(person):
        return None
    position = person.position
    if position is None and following:
        line = following[0].text.strip(" .;")
        other = parse_person(line)
        if not any(looks_like_verb(w) for w in line.split()) and (
                other is None or other.written == other.name) and all(
                head_is_position(part) for part in line.split(",")):
            # a name in it is the body's ("Pelita Harapan"); commas part the job from its
            # bodies ("Senior Fellow, Indonesia Studies Programme, Uji Institute")
            position = line if "," in line else position_before(line)
    return Mention(person.name, person.written, None, 0, position, None, person.handle,
                   (sentence.index, person.start), narrative=True)


def _describes_programme(mentions: list[Mention], sentences: list[Sentence]) -> bool:
    """The article introduces speakers (found, or named by a speaker noun)."""
    if any(m.role in {"speaker", "keynote", "moderator", "opening"} for m in mentions):
        return True
    return any(_role_nouns(True).search(s.text) for s in sentences)


def _official_opening(mentions: list[Mention]) -> None:
    """A head of government or of an institution presented without a programme role
    ("menghadirkan Walikota Tidore, Marten S. Talib dan empat narasumber") gives the
    opening remarks: that is how such programmes run."""
    officials = phrase_regex("official")
    weak = [m for m in mentions if m.role == "speaker" and m.strength == 1]
    heads = [m for m in weak if m.position and officials.match(m.position)]
    if not heads:
        return
    # "hadir A, Sekretaris X; dan B, Presiden Y": one presenting verb gives one list the
    # same footing; an official listed among peers who hold no office is one of the
    # speakers, not set apart for the opening ("menghadirkan Walikota X dan empat
    # narasumber" sets the official apart: the speakers there come under a role noun)
    peers = {m.order[0] for m in weak if not (m.position and officials.match(m.position))}
    for mention in heads:
        if mention.order[0] not in peers:
            mention.role = "opening"


_PRONOUN_JOB = re.compile(r"^(?:beliau|ia|dia|she|he)\s+(?:juga\s+|sehari-hari\s+|saat\s+ini\s+|"
                          r"currently\s+|also\s+)?(?:adalah|merupakan|ialah|is|was|(?:menjabat|"
                          r"bekerja|berprofesi)\s+sebagai)\s+", re.IGNORECASE)


def _pronoun_job(sentence: Sentence, mentions: list[Mention]) -> Mention | None:
    """"Narasumber pertama adalah Dr. A. Beliau merupakan dosen X.": the job of the last
    person named in the sentence before, given by a pronoun, when no job of theirs is known.
    "A adalah penulis. Beliau juga adalah pendiri X.": "juga" says the job is a second
    one, so it joins the known job as a list, as "juga merupakan" does within a sentence;
    the mention takes the strength of the one that gave the first job, so the list, the
    fuller wording of that job, is the one kept."""
    match = _PRONOUN_JOB.match(sentence.text)
    if match is None:
        return None
    before = [m for m in mentions if m.order[0] == sentence.index - 1]
    if not before:
        return None
    last = max(before, key=lambda m: m.order)
    known = [m for m in mentions if m.name == last.name and m.position]
    second = _ALSO.search(match.group()) is not None
    if known and not second:
        return None
    position = position_after(", " + sentence.text[match.end():])  # the copula introduced it
    if position is None:
        return None
    strength = 0
    if known:
        first = best_position(known)
        if first is None or position.casefold() in first.casefold():
            return None
        position, strength = f"{first}, {position}", max(m.strength for m in known)
    return Mention(last.name, last.written, None, strength, position, None, last.handle,
                   (sentence.index, 0), narrative=True)


_ALSO = re.compile(r"\b(?:juga|also)\b", re.IGNORECASE)

# "Beliau menyampaikan sambutannya ...", "Ia juga memberikan sambutan": a pronoun subject that
# gives the welcome
# "Dalam sambutannya, beliau ...", "In her remarks, she ...": the welcome as the adverbial of
# a clause whose subject is the pronoun (the English bare "remarks" is how such sites put
# "sambutan", role_cues.tsv)
_PRONOUN_WELCOME = re.compile(r"(?:beliau|ia|dia)\s+(?:(?:juga|pun|kemudian|lalu)\s+)?"
                              r"(?:menyampaikan|memberikan|membacakan)\s+sambutan(?:nya)?\b|"

                              r"(?:dalam|pada)\s+(?:kata\s+)?sambutan(?:nya|\s+singkatnya)"
                              r"\s*,?\s*(?:beliau|ia|dia)\b|in\s+(?:his|her)\s+(?:(?:welcome|"
                              r"welcoming|opening|brief|special)\s+)?remarks\s*,?\s*(?:he|she)\b",
                              re.IGNORECASE)


def _pronoun_welcome(sentence: Sentence, mentions: list[Mention]) -> Mention | None:
    """"Webinar ini juga dihadiri oleh Dekan X, Dr. A. Beliau menyampaikan sambutannya
    ...": the welcome of the one person named in the sentence before, whom a pronoun
    opening the next sentence refers back to. With two or more people there, the pronoun
    is not read."""
    if _PRONOUN_WELCOME.match(sentence.text) is None:
        return None
    before = {m.name: m for m in mentions if m.order[0] == sentence.index - 1}
    if len(before) != 1:
        return None
    last = next(iter(before.values()))
    return Mention(last.name, last.written, "opening", 2, None, None, last.handle,
                   (sentence.index, 0), narrative=True)


def pronoun_mentions(sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """A talk title given in a sentence that names its speaker by a pronoun ("Dia
    menyampaikan materi berjudul ..."): it is the last person named in the two sentences
    before, if that person has no title yet. A job given so ("Beliau merupakan dosen X")
    goes to the last person of the sentence before."""
    found = []
    for sentence in sentences:
        opening = opening_talk(sentence.text)
        person = parse_person(sentence.text[opening[1]:opening[1] + 240],
                              name_first_only=True) if opening else None
        if opening and person is not None and person.start <= 2:
            found.append(Mention(person.name, person.written, None, 0, None, opening[0],
                                 person.handle, (sentence.index, opening[1] + person.start),
                                 narrative=True))
            continue
        job = _pronoun_job(sentence, mentions)
        if job is not None:
            found.append(job)
        if (welcome := _pronoun_welcome(sentence, mentions)) is not None:
            found.append(welcome)
        elif (opener := pronoun_opening(sentence, mentions)) is not None:
            found.append(opener)
        pronoun = pronoun_talk(sentence.text)
        if pronoun is None:
            continue
        talk, by_role = pronoun
        before = [m for m in mentions if sentence.index - 2 <= m.order[0] < sentence.index]
        if not before or (by_role and len({m.name for m in before}) > 1):
            continue  # "Narasumber ... membahas mengenai X" after several people: all of them
        last = max(before, key=lambda m: m.order)
        if any(m.talk_title for m in mentions if m.name == last.name):
            continue
        found.append(Mention(last.name, last.written, None, 0, None, talk, last.handle,
                             (sentence.index, 0), narrative=True))
    return found


_CLOSED = re.compile(r"[.!?;:”\"’)]\s*$")


class _Leads(dict[str, int]):
    """:func:`_opening_lead` of each text asked for, read once within one call of
    :func:`extract_speakers`: several readers ask it of the same sentence (the narrative and
    copula readers, the reported speech, its next-sentence test, the talks named by part of
    a name). Keyed by the text alone, which is safe only within that call: the lead also
    reads the article's context (its lower-case words decide whether "Dan" is a given name;
    the person parser reads them too), and that context is the same throughout one
    article's extraction. A memo that outlived the call could hand one article's lead to
    another with different evidence, so it never does."""

    def __missing__(self, text: str) -> int:
        lead = self[text] = _opening_lead(text)
        return lead


def extract_speakers(sentences: list[Sentence]) -> SpeakerResult:
    """The people on the programme of the event the sentences report."""
    last_sentence = sentences[-1].text if sentences else ""
    if any(LINK_INSERT.match(s.text) for s in sentences):
        skipped = link_inserts(sentences)
        sentences = [s for s in sentences if s.index not in skipped]
    mentions: list[Mention] = []
    previous = None
    carry: Carry | None = None
    found: list[Mention] = []
    headline = headline_line(sentences)
    for sentence in sentences:
        if previous is not None and phrase_regex("list_continue").match(sentence.text) and \
                _announces_speakers(previous, []) and (
                    carry is None and not found or _lead_in(sentence.text, previous.text)):
            # "Ada tiga narasumber dalam webinar ini. Pertama, A, ...": a count of speakers
            # that names none opens the list the next sentence carries on
            carry = Carry("speaker", 1, previous.text)
        cued = sentence_mentions(sentence)
        found = cued or pronoun_list(sentence, previous, bool(found))
        if not found and all(item_talk(c, sentence.text) for c in find_cues(sentence.text)):
            # (the headline line is a title: it lists no one, see headline_lines)
            found = carried_on(sentence, carry) or ([] if is_headline(sentence, headline)
                                                     else listing_sentence(
                sentence, previous.text if previous is not None else ""))
        elif (again := same_cue_list(sentence, found, carry)) is not None:
            for mention in found:
                mention.role, mention.strength = again, 2
        mentions.extend(found)
        previous = sentence
        role = list_role(sentence, found, bool(cued)) or announced_list(sentence, found)
        if role is not None:
            carry = Carry(role, 2, sentence.text)
        elif carry is not None:
            carry = Carry(carry.role, carry.left - 1, carry.source) if carry.left > 1 else None
    mentions.extend(besides_mentions(sentences, mentions))
    _official_opening(mentions)
    set_apart_openings(mentions, sentences)
    memo = _Leads()  # (where each sentence proper starts, read once for every reader)
    # "Kepala X A saat membuka Forum Y menjelaskan ...": the subject of the opening clause
    mentions.extend(m for m in (adverbial_opening(s, memo.__getitem__) for s in sentences)
                    if m is not None)
    if _describes_programme(mentions, sentences):
        start = _programme_start(mentions, sentences)
        held = _held_event(sentences)
        for sentence in sentences:
            lead = memo[sentence.text]  # (read once for every reader)
            narrative = _narrative_mention(sentence, lead)
            mentions.extend([narrative] if narrative is not None else _copula_mentions(
                sentence, lead))
        mentions.extend(_reported(sentences, start, mentions,
                                  None if held is None else held + 1, memo.__getitem__))
        _headed_bios(sentences, mentions)
    elif (held := _held_event(sentences)) is not None:
        # An article that only says the event was held: a sentence opening with a person
        # and their position who presents ("Bagus, a data scientist at X, demonstrated ...")
        # still shows a speaker.
        for sentence in sentences[held + 1:]:
            if not phrase_regex("present_verb").search(sentence.text):
                continue
            narrative = _narrative_mention(sentence, memo[sentence.text])
            if narrative is not None and narrative.position and narrative.role == "speaker":
                mentions.append(narrative)
        mentions.extend(_reported(sentences, held, mentions, lead_of=memo.__getitem__))
    elif (named := _names_session_later(sentences)) is not None:
        # no programme and no opening report of the event: a sentence further on that names
        # the session frames what is reported from there on, and whoever it names
        mentions.extend(_reported(sentences, named, mentions, lead_of=memo.__getitem__))
    mentions.extend(pronoun_mentions(sentences, mentions))
    mentions.extend(anaphoric_jobs(sentences, mentions))
    mentions.extend(job_role_mentions(sentences, mentions))
    mentions.extend(backref_talks(sentences, mentions, memo.__getitem__))
    mentions.extend(job_talks(sentences, mentions, memo.__getitem__))
    # (``held`` is _held_event(sentences) here whichever branch ran above: the first
    # assigns it, and the test of the second is read whenever the first is not taken; the
    # function reads only the sentences, which are the same list)
    if _describes_programme(mentions, sentences) or held is not None:
        # a frame no reader knows: people written with degrees or an academic title
        mentions.extend(marked_people(sentences, mentions, _represented(sentences)))
    guides_as_host(mentions, sentences)
    article = "\n".join(s.text for s in sentences)
    people = group_mentions(without_place_heads(without_acronym_heads(
        resolve_nicknames(mentions, [s.text for s in sentences]), article)), article)
    speakers = without_derived_openings(without_clipped_jobs(without_compound_tails(
        [s for s in (to_speaker(p, article) for p in people) if s is not None], article)))
    # a form of address or a title is no name: one read alone ("Dr. Hj, Rina ...", a comma
    # typed after the titles) stands before the name, never for it
    speakers = without_acronym_names(
        [s for s in speakers if not all(is_honorific(w) for w in s.name.split())], article)
    speakers = with_talks_elsewhere(with_positions_elsewhere(without_names_of_others(speakers),
                                                             sentences), sentences)
    # "A yang diwakili oleh B", "A berhalangan hadir", "A melalui Sekretaris X, B": A was
    # not at the session, whichever reader found the name
    speakers = without_absent(speakers, sentences)
    if last_sentence[-1:].isalnum():  # the excerpt ends mid-sentence: a name may be cut
        speakers = [s for s in speakers if not cut_off(s, last_sentence, article)]
    talks = {m.talk_span for m in mentions if m.talk_span is not None}
    return SpeakerResult(speakers, talks)
