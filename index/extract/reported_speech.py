"""People seen only through reported speech in the report of a session.

Coverage of a webinar often names a speaker only where it reports what they said:
"Ketua Asosiasi Guru Digital Dedi Firmansyah menyampaikan, ...", "“...,” ujar Wakil Ketua
X, Nama, secara virtual", "..., menurut Dr. Nama, Dosen ...", "Menurut akademisi X, Dr.
Nama, pemerintah perlu ..." (a fronted phrase ends at its comma), "Hal senada diungkapkan
oleh Kepala SMA X, Nama". Such a person is on the
programme only when the article reports the session (it describes a programme) and the
sentence is not a press statement ("dalam keterangan tertulisnya", "siaran pers").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from index.lexicon import (
    bounded,
    has_any,
    phrase_pattern,
    phrase_regex,
    phrase_set,
    phrases,
    position_words,
    search_fold,
)

from .folded import FoldedTest
from .literal_trie import literal_trie
from .nickname_forms import blank_nickname_clauses
from .people_1_runs import looks_like_verb
from .people_2_positions import head_is_position
from .people_3_phrase import PersonPhrase, parse_person
from .people_6_slots import ANAPHOR_PASSIVE, ANAPHOR_VERBS
from .quote_tags import QUOTE_TAG_VERBS


@dataclass(frozen=True)
class Reported:
    """A person reported as speaking, where the name sits in the sentence, whether the verb
    says they presented material ("memaparkan") rather than just spoke, and whether it
    thanks or appreciates (:func:`thanks_regex`: what follows is what they thanked)."""

    person: PersonPhrase
    start: int
    end: int
    presented: bool = False
    thanks: bool = False


# A statement made elsewhere: to the press, in writing, or on another occasion ("pekan lalu";
# not a counted span of time, which is what was said: "tumbuh sejak 20 tahun lalu").
_ELSEWHERE = re.compile(
    r"\b(?:keterangan\s+(?:tertulis|resmi|pers)\w*|keterangannya|siaran\s+pers|rilis\w*|"
    r"press\s+(?:release|statement)|kepada\s+(?:wartawan|media|awak\s+media)|"
    r"(?:saat|ketika)\s+dihubungi|dikonfirmasi|sebelumnya|beberapa\s+waktu\s+lalu|"
    r"(?<!\d\s)(?:pekan|minggu|bulan|tahun)\s+lalu|told\s+(?:reporters|the\s+press)|earlier|"
    r"(?:in\s+a|a\s+separate)\s+(?:written\s+)?statement|written\s+statement|last\s+(?:week|month|year)|di(?:bincangi|temui|"
    r"wawancarai)|(?:usai|seusai|selepas|setelah)\s+(?:webinar|acara|kegiatan|seminar|diskusi)|"
    r"after\s+the\s+(?:webinar|event|session))\b",
    re.IGNORECASE)
_ELSEWHERE_TEST = FoldedTest(_ELSEWHERE)  # the same test, quicker (folded.py)
# A word each branch of ``_ELSEWHERE`` must write (in lower case): where none is in the
# folded text (:func:`~index.lexicon.search_fold`), the regex finds nothing. Most sentences
# hold none, and a few ``in`` tests of a lower-cased copy cost a third of the search.
_ELSEWHERE_WORDS = ("keterangan", "siaran", "rilis", "press", "kepada", "dihubungi",
                    "dikonfirmasi", "sebelumnya", "lalu", "told", "earlier", "statement", "last",
                    "dibincangi", "ditemui", "diwawancarai", "usai", "selepas", "setelah",
                    "after")
# The verbs of a quote tag as one class, the one the person parser reads the tag's subject
# by ("“...,” ucap A", "pungkas A"): every root of the class, not a few of them.
_SPOKEN_ID = r"(?:" + "|".join(sorted(QUOTE_TAG_VERBS)) + r")(?:nya)?"


@lru_cache(maxsize=None)
def _spoken() -> re.Pattern[str]:
    """A closing quote and the verb that reports it ("“...,” ujar A", "“...,” shares A"):
    the Indonesian verbs, and every English verb of saying in either tense (``say_en``: a
    quote is reported in the present as often as in the past)."""
    return re.compile(r"[”\"]\s*,?\s*(?:" + _SPOKEN_ID + "|" + phrase_pattern(phrases("say_en"))
                      + r")\s+", re.IGNORECASE)


@lru_cache(maxsize=None)
def _say_en_heads() -> frozenset[str]:
    """The first words of ``say_en`` ("points" of "points out"), in lower case: the verb of a
    subject only when written in lower case (a capitalised "States" or "Notes" is a name's)."""
    return frozenset(p.split()[0] for p in phrase_set("say_en"))
_MENURUT = re.compile(r"(?:^|,\s*)(?:menurut|according\s+to)\s+", re.IGNORECASE)
# "Hal senada diungkapkan oleh A", "..., as stated by A".
_PASSIVE = re.compile(r"\b(?:di(?:ungkapkan|katakan|jelaskan|tegaskan|utarakan|tuturkan|"
                      r"sampaikan|paparkan|kemukakan)|(?:was\s+)?(?:stated|said|explained|"
                      r"conveyed)|as\s+(?:stated|said|explained))\s+(?:juga\s+|pula\s+)?"
                      r"(?:oleh|by)\s+", re.IGNORECASE)
_WORD = re.compile(r"[\w’'-]+|[(),]")


@lru_cache(maxsize=None)
def thanks_regex() -> re.Pattern[str]:
    """Thanking, appreciating or congratulating as one class: a verb of its own
    ("mengapresiasi", "berterima kasih", "thanked") or a verb of giving with the thanks it
    gives ("menyampaikan apresiasi", "mengucapkan ucapan terima kasih", "memberikan
    penghargaan", "expressed his gratitude"), every verb with every object. That is what
    an official's remarks at a session do, whichever verb of the class the writer picked."""
    between = phrase_pattern(phrases("thanks_between"))
    return re.compile(bounded(
        phrase_pattern(phrases("thanks_verb")) + "|(?:" + phrase_pattern(phrases("thanks_give"))
        + r")\s+(?:(?:" + between + r")\s+){0,2}(?:" + phrase_pattern(phrases("thanks_object"))
        + ")"), re.IGNORECASE)


@lru_cache(maxsize=None)
def _thanks_heads() -> frozenset[str]:
    """The first words of the phrases of :func:`thanks_regex` (a quick test per word)."""
    return frozenset(p.split()[0].casefold() for p in phrases("thanks_verb") +
                     phrases("thanks_give"))


@lru_cache(maxsize=None)
def _glue() -> frozenset[str]:
    """What may stand between a person phrase and its verb besides the position: copulas,
    appositions and adverbs ("A, jabatan, juga ...", "A sangat mengapresiasi ...")."""
    adverbs = {w for p in phrases("verb_adverb") for w in p.casefold().split()}
    return phrase_set("copula") | phrase_set("apposition") | adverbs


@lru_cache(maxsize=None)
def _preverbal() -> frozenset[str]:
    """The one-word adverbs that stand between a subject and its verb ("A kembali
    menyampaikan", "A juga mengatakan", "A sangat mengapresiasi"): the class of degree,
    manner, sequence and repetition adverbs (``verb_adverb``) and the additive particles."""
    return frozenset(p.casefold() for p in phrases("verb_adverb") if " " not in p) | {
        "juga", "pula", "pun"}


# The last word of a subject, with the spaces before it (one preverbal adverb at most).
_TRAILING_ADVERBS = re.compile(r"\s+([^\W\d_]+)$")


@lru_cache(maxsize=None)
def _verbs() -> frozenset[str]:
    """(Cached: the union was rebuilt for every word _subject read.)"""
    return phrase_set("quote_verb") | phrase_set("present_verb") | phrase_set("report_verb")


def _strong(person: PersonPhrase) -> bool:
    """Two name words, or one of three letters or more with an honorific or degrees, or of
    four letters or more with a position ("Rudia selaku Kordiv Hukum")."""
    words = [w for w in person.name.split() if len(w.rstrip(".")) > 1]
    return len(words) >= 2 or (person.written != person.name and len(person.name) >= 3) or (
        person.position is not None and len(person.name) >= 4)


# Where and how the person spoke, between the subject and its verb ("A, jabatan, dalam
# webinar tersebut menjelaskan ...", "A dalam paparannya menyebut ...").
# The Indonesian nouns for a session, as a class: the formats ("webinar", "talkshow",
# "lokakarya", "FGD") and the general words ("acara", "kegiatan", "diskusi").
SESSION_NOUNS = (r"webinar|acara|kegiatan|diskusi|seminar|sesi|talk\s?show|dialog|forum|"
                 r"lokakarya|workshop|sarasehan|simposium|konferensi|kuliah\s+umum|fgd|"
                 r"focus\s+group\s+discussion|bincang[\s-]bincang|temu\s+wicara")
# (the opening ceremony too: "saat seremonial pembukaan kegiatan", "pada upacara pembukaan")
_SETTING = re.compile(r"\b(?:(?:dalam|pada|saat|ketika|di)\s+(?:" + SESSION_NOUNS + r"|"
                      r"kesempatan|paparan\w*|pemaparan\w*|materi\w*|"
                      r"penjelasan\w*|(?:seremoni(?:al)?\s+|upacara\s+)?pembukaan(?:\s+(?:"
                      + SESSION_NOUNS + r"))?)(?:\s+(?:ini|itu|tersebut|kali\s+ini|yang\s+sama))?|"
                      r"secara\s+(?:virtual|daring|online)|in\s+(?:his|her)\s+(?:presentation|"
                      r"talk|remarks)|during\s+the\s+(?:webinar|session|discussion))\b",
                      re.IGNORECASE)


_WORD_WITH_APOSTROPHE = re.compile(r"[\w’']+")
"""A word with its apostrophes; a hyphen parts it."""


def _only_person(text: str, person: PersonPhrase) -> bool:
    """Nothing but the person's position, where they spoke and punctuation follows the
    name in ``text``."""
    rest = _SETTING.sub(" ", text[person.end:])
    for part in (person.position or "").split("; "):
        # the position after the name ("A, yang juga dosen X,"); one before it is not here
        at = rest.find(part) if part else -1
        if at >= 0:
            rest = rest[at + len(part):]
    glue = _glue()
    return all(w.casefold() in glue for w in _WORD_WITH_APOSTROPHE.findall(rest))


def _subject(text: str, start: int) -> list[Reported]:
    """"[Sementara itu,] Ketua X Nama[, jabatan,] menambahkan ...": a person phrase and
    nothing else before the first reporting verb, or before the first verb of thanks
    (:func:`thanks_regex`: "Ketua X Nama mengucapkan terima kasih ..."). Only the subject
    is read: whoever is thanked ("... kepada Kepala Dinas Y, Nama") comes after the verb.
    Two people joined by "serta"/"dan" are one coordinated subject that shares the verb
    (:func:`_coordinated`)."""
    depth = 0
    # "A yang akrab disapa Bu A itu mengatakan": the nickname clause describes the subject
    text = blank_nickname_clauses(text)
    scan = _SETTING.sub(lambda m: " " * len(m.group()), text)  # "tersebut" is no verb
    # (the word sets read once, each word folded once: a loop over every word of the
    # subject, in every sentence that may report speech)
    thanks_heads, verbs, say_en = _thanks_heads(), _verbs(), _say_en_heads()
    for match in _WORD.finditer(scan, start):
        word = match.group()
        if word == "(":
            depth += 1
            continue
        if word == ")":
            depth -= 1
            continue
        if depth > 0:
            continue
        fold = word.casefold()
        if (thanks := fold in thanks_heads and thanks_regex().match(
                scan, match.start()) is not None) or fold in verbs or word in say_en:
            subject = text[start:match.start()].rstrip(" ,")
            adverbs = _TRAILING_ADVERBS.search(subject)
            if adverbs is not None and adverbs.group(1).casefold() in _preverbal():
                # "Kepala X, A kembali menyampaikan ...": an adverb before the verb is no
                # part of the subject (the name reader would take it for the name's tail)
                subject = subject[:adverbs.start()].rstrip(" ,")
            presented = fold in phrase_set("material_verb")
            if _THROUGH.search(subject) and (
                    stand_in := _through(subject, start, presented, thanks)):
                return [stand_in]
            both = _coordinated(subject, start, presented, thanks) if _AND.search(
                subject) else []
            person = _subject_person(subject, text[start:match.end()]) if len(
                subject.split()) <= 24 else None
            if both or person is None:
                return both
            return [Reported(person, start + person.start, start + person.end, presented,
                             thanks)]
        if looks_like_verb(word):
            return []
    return []


def _subject_person(subject: str, with_verb: str | None = None) -> PersonPhrase | None:
    """``subject`` is one person phrase: a name, its position and degrees, nothing else,
    opened by a position or the name itself. ``with_verb``: the subject with its verb still
    after it; the name is read there, since what follows a name decides where it ends (a
    title word right before the verb is the name's last word: "Kepala X, R. Wira Negara
    mengatakan")."""
    person = parse_person(with_verb) if with_verb else None
    if person is None or person.end > len(subject.rstrip()) or (
            person.position and person.position not in subject):
        person = parse_person(subject)
    if person is None or not _only_person(subject, person) or not head_is_position(
            subject[:person.start]):
        return None
    return person


def _marked(person: PersonPhrase) -> bool:
    """Two name words, or a name written with an honorific or degrees: a lone capitalised
    word inside a list of bodies ("Menteri Pendidikan Tinggi, Sains, dan Teknologi") is
    no name of a conjunct. A lone word marked only by a professional title that is a job
    noun too, with no comma between ("UNICEF Supporter Psikolog Anak dan ..."), is no
    marked name: such a title follows a name after a comma ("A, M.Psi., Psikolog"); without
    one it heads a job ("Psikolog Anak dan Remaja")."""
    if len(person.name.split()) >= 2:
        return True
    extra = person.written.removeprefix(person.name).split()
    return person.written != person.name and not (
        len(extra) == 1 and extra[0].casefold() in position_words())


# "bersama (dengan)" joins a companion to the subject as "dan" does ("A, jabatan, bersama B,
# jabatan, menyatakan ..."); lower case only: "Sekretariat Bersama" is a body
_AND = re.compile(r",?\s+(?:(?i:serta|dan|and|as\s+well\s+as)|bersama(?:\s+dengan)?)\s+")


def _coordinated(subject: str, start: int, presented: bool, thanks: bool) -> list[Reported]:
    """"Kepala Dinas X, A, S.Pd, serta Kepala Cabang Dinas Y, B, M.Pd, juga menyampaikan
    ...": two person phrases joined by "serta"/"dan"/"bersama" share the verb, so both are reported
    as speaking. The joint is the one where both sides are whole person phrases ("dan"
    also joins the bodies inside a position: "Wilayah Timur dan Kota Z"), the second
    opened by its position or by a name marked with an honorific or degrees."""
    if len(subject.split()) > 48 or subject.count("(") != subject.count(")"):
        return []
    for joint in _AND.finditer(subject):
        first = _subject_person(subject[:joint.start()])
        if first is None or not _marked(first):
            continue
        second = _subject_person(subject[joint.end():])
        # "bersama" joins no fields of a body: a name of two words with its own position
        # after it is a companion ("A, jabatan, bersama B C, jabatan")
        companion = joint.group().strip(" ,").startswith("bersama") and second is not None \
            and second.position is not None and len(second.name.split()) >= 2
        if second is None or not _marked(second) or not (
                second.start > 0 or second.written != second.name or companion):
            continue  # "A, Ketua Bidang X dan Litbang Y": "dan" joins two bodies
        return [Reported(first, start + first.start, start + first.end, presented, thanks),
                Reported(second, start + joint.end() + second.start,
                         start + joint.end() + second.end, presented, thanks)]
    return []


# "A melalui B menyampaikan ...": the official A speaks through B, who stands in for them
# (as "A diwakili oleh B"); lower case only, between two person phrases
_THROUGH = re.compile(r",?\s+(?:melalui|lewat)\s+")


def _through(subject: str, start: int, presented: bool, thanks: bool) -> Reported | None:
    """"Bupati X, Nama, melalui Sekda X, Nama, memberikan apresiasi ...": a person phrase,
    "melalui", and another person phrase as the subject of the verb. The verb is what the
    one after "melalui" did in the other's stead, so that one is reported as speaking (the
    one who stood in is on the programme, the absent official is not). Both sides must be
    whole person phrases with a marked name ("Universitas X melalui Fakultas Y" joins a body
    and its unit; "Presiden melalui video" names a medium)."""
    for joint in _THROUGH.finditer(subject):
        first = _subject_person(subject[:joint.start()])
        if (first is None or not _marked(first)) and not _office_only(subject[:joint.start()]):
            continue
        second = _subject_person(subject[joint.end():])
        if second is None or not _marked(second) or not (
                second.start > 0 or second.written != second.name):
            continue
        return Reported(second, start + joint.end() + second.start,
                        start + joint.end() + second.end, presented, thanks)
    return None


def _office_only(text: str) -> bool:
    """"Kapolda X melalui Kasubdit Y, Nama, mengatakan ...": the absent one named by the
    office alone, a job title and no name: the one after "melalui" stands in for the office
    holder as for a named one. A job word must open it ("Universitas X melalui Fakultas Y"
    joins a body and its unit; "Presiden melalui video" names a medium, which the person
    phrase after it never is)."""
    words = text.split()
    return 0 < len(words) <= 8 and "," not in text and parse_person(text) is None and \
        head_is_position(text) and words[0].casefold() in position_words()


# Where the person spoke, named right after the name with no comma: the words after the
# session's noun are the session's own name or theme ("kata A dalam Webinar Kecerdasan
# Buatan “...”"), not more of the person phrase, so the clause ends before it.
_NAMED_SESSION = re.compile(r"\s(?:dalam|pada|saat|ketika|di)\s+(?:sebuah\s+)?(?:"
                            + SESSION_NOUNS + r")\b", re.IGNORECASE)


# When or where the person spoke, after the name with no comma: a preposition of time or
# setting and a word in lower case ("tutur Jabatan A saat membuka acara", "ungkap A, Direktur
# X dalam sambutannya"). A lower-case word after "dalam"/"saat" begins an adverbial clause,
# never the rest of a position, whose words after a preposition are a body's capitalised name.
_OCCASION = re.compile(r"\s(?:dalam|saat|ketika|sewaktu|sambil|seraya)\s+(?=[a-z])")


_CLOSED_END = re.compile(r"[.;!?”\")]\s*$")
"""A full stop, a closing quote or a bracket ends the text (an excerpt cut off does not)."""
_CLAUSE_BREAK = re.compile(r",\s+(?=(?:secara|dalam|saat|pada|di|ketika|kepada|melalui|usai|"
                           r"seusai|when|during|in|at|on|who|to|before|while|after|via)\b)|;\s|"
                           r"[“”\"]")
"""Where a person phrase after the verb of saying ends: a comma before where or when
they spoke ("..., secara virtual", "..., during the webinar"), a semicolon, a quote."""


def _after(text: str, start: int) -> Reported | None:
    """"“...,” ujar Jabatan, Nama, secara virtual" / "..., menurut Dr. Nama, jabatan.": the
    person phrase up to the end of its clause."""
    if not _CLOSED_END.search(text):
        return None  # the excerpt is cut off: the name may be too
    clause = _CLAUSE_BREAK.split(text[start:])[0]
    if (session := _NAMED_SESSION.search(clause)) is not None:
        clause = clause[:session.start()]  # "kata A dalam Webinar X": X names the session
    if (occasion := _OCCASION.search(clause)) is not None:
        clause = clause[:occasion.start()]  # "ujar A, Jabatan saat membuka acara"
    person = parse_person(clause.rstrip(" ,."))
    if person is None or not _only_person(clause.rstrip(" ,."), person):
        return None
    if not head_is_position(clause[:person.start]):
        return None
    return Reported(person, start + person.start, start + person.end)


_COMMA = re.compile(r",\s")


def _fronted(text: str, start: int) -> Reported | None:
    """"Menurut akademisi X, Dr. Nama, pemerintah perlu ...": a fronted "menurut" phrase
    ends at a comma, and the clause it reports follows. The person phrase is the longest
    run of comma-separated pieces from ``start`` that is a person with their position and
    degrees (at most three commas), and the sentence must go on after it."""
    found = None
    for count, comma in enumerate(_COMMA.finditer(text, start)):
        if count > 3:
            break
        phrase = text[start:comma.start()]
        if phrase.count("(") != phrase.count(")"):
            continue
        person = parse_person(phrase)
        if person is None or not _only_person(phrase, person) or not head_is_position(
                phrase[:person.start]):
            if found is not None:
                break
            continue
        found = Reported(person, start + person.start, start + person.end)
    return found


# "sebelumnya" after a noun of an occasion or a span of time qualifies that noun ("Pemilu
# sebelumnya", "tahun-tahun sebelumnya", "webinar sebelumnya": the previous one), which is
# what is said, not when: only the adverb ("Sebelumnya, A mengatakan ...") places the
# statement on an earlier occasion.
_PREVIOUS_ONE = re.compile(
    r"\b(?:(?:tahun|hari|pekan|minggu|bulan|masa|periode|era)(?:-(?:tahun|hari|pekan|minggu|"
    r"bulan))?|pemilu|pemilihan|pilkada|penyelenggaraan|pelaksanaan|kegiatan|acara|program|"
    r"edisi|seri|sesi|angkatan|gelombang|tahap|" + SESSION_NOUNS + r")\s+sebelumnya\b",
    re.IGNORECASE)


# What a quotation says: a quoted stretch, or the part of a sentence before its first
# closing quote when no opening quote comes before it (a quotation carried over from the
# sentence before: "... setelah webinar ini,” ujar A").
_QUOTED = re.compile(r"“[^“”]*”|^[^“”]*”")


@lru_cache(maxsize=16)
def said_elsewhere(text: str) -> bool:
    """``text`` reports a statement made elsewhere (a press release, an earlier occasion).
    Only the report's own words say so: inside the quotation, "setelah webinar ini" or
    "tahun lalu" is what was said, not when or where it was said. (Cached: the reader of
    reported speech asks it of a sentence and of the one after it, which it asks again
    next; a third of the asking is such a repeat.)"""
    if not has_any(search_fold(text), _ELSEWHERE_WORDS) or not _ELSEWHERE_TEST.found(text):
        return False  # the common case, answered by the quicker tests
    if "”" in text:
        text = _QUOTED.sub(" ", text)
        if not _ELSEWHERE_TEST.found(text):
            return False
    found = _ELSEWHERE.search(text)
    if found is not None and found.group().casefold() == "sebelumnya":
        return _ELSEWHERE.search(_PREVIOUS_ONE.sub(" ", text)) is not None
    return found is not None


# What English writes before an office: an article, and the body as an acronym or a
# possessive ("the APRU General Secretary", "ASEAN Secretary-General", "the Union’s Chair").
_BODY_BEFORE = re.compile(r"(?:the\s+)?(?:[A-Z][A-Z0-9&-]+\s+|[A-Z][\w&-]*[’']s\s+)?")


def holds_office(position: str | None) -> bool:
    """``position`` opens with an office of a body ("Ketua ...", "Plt Deputi ..."), in
    English after the body's acronym or possessive ("APRU General Secretary")."""
    if position is None:
        return False
    position = position.strip()
    return phrase_regex("office").match(position, _BODY_BEFORE.match(position).end(
        )) is not None


@lru_cache(maxsize=None)
def _any_report() -> re.Pattern[str]:
    """Any word or mark that can report speech: a quick test before the readings."""
    verbs = phrase_pattern(sorted(_verbs() | _thanks_heads() | _say_en_heads()))  # (thanks:
    # their first word)
    return re.compile(r"(?<![\w@])" + verbs + r"(?!\w)|[”\"]|\bmenurut\b|\baccording\b|"
                      + _PASSIVE.pattern + "|" + ANAPHOR_PASSIVE.pattern, re.IGNORECASE)


# The whole words one of which every match of :func:`_any_report` but a quote mark holds:
# the passives' participles ("disampaikan oleh", "hal itu disampaikan", "as stated by"; the
# English ones are report verbs too) and the fronted cues; the verbs are added from the lexicon.
_PASSIVE_WORDS = frozenset({
    "diungkapkan", "dikatakan", "dijelaskan", "ditegaskan", "diutarakan", "dituturkan",
    "disampaikan", "dipaparkan", "dikemukakan", "stated", "said", "explained", "conveyed",
    "menurut", "according"})
_TOKEN = re.compile(r"\w+")
# Letters the case-blind regex reads as "i"/"s" but ``str.lower`` does not turn into them
# ("İ" becomes two characters): a text holding one skips the word test.
_ODD_CASE = ("\u0130", "\u0131", "\u017f")


@lru_cache(maxsize=None)
def _report_words() -> frozenset[str]:
    """See ``_PASSIVE_WORDS``: with the first word of each verb phrase."""
    return frozenset(p.split()[0] for p in _verbs() | _thanks_heads()) | _PASSIVE_WORDS | (
        _say_en_heads())


@lru_cache(maxsize=None)
def _report_word() -> re.Pattern[str]:
    """A whole word (a run of ``\\w`` with none on either side) of :func:`_report_words`.

    Found in the lowered text, it answers as ``_report_words().isdisjoint(_TOKEN.findall(
    lowered))`` did, without the list of every word: a match is a word of the set that no
    word character extends, so it is one of the runs ``_TOKEN`` finds, and each such run
    equal to a word of the set is a match. (A word of the set that is no run of word
    characters could never equal a token, so it is left out.) One regex, its words as a
    tree of prefixes (:func:`~index.extract.literal_trie.literal_trie`), in about half the
    time of the list and the set test."""
    words = {w for w in _report_words() if _TOKEN.fullmatch(w)}
    return re.compile(r"(?<!\w)" + literal_trie(words) + r"(?!\w)")


def may_report(text: str) -> bool:
    """``text`` holds a word or mark that can report speech (a quick test).

    The regex tries all its branches at every word (some 3% of extraction's time); a
    quote mark, or no word of :func:`_report_words` among the text's words, answers first
    (same answers: each branch holds a quote mark or one of those words whole)."""
    if "”" in text or '"' in text:
        return True
    # (_ODD_CASE spelled out: three ``in`` tests in C, without a generator's frames)
    odd = "\u0130" in text or "\u0131" in text or "\u017f" in text
    if not odd and _report_word().search(text.lower()) is None:
        return False
    return _any_report().search(text) is not None


# A comma and a conjunction that may join a second clause with a subject of its own.
_CLAUSE_AND = re.compile(r",\s+(?:dan|serta|sedangkan|sementara|and\s+while|while)\s+(?=[A-Z])")


def _second_subjects(text: str, after: int) -> list[Reported]:
    """"A menyampaikan ..., dan Prof. B memaparkan ...": a report coordinated with the one
    that opens the sentence has its own subject and verb, read as the first one is. Only
    a name marked with an honorific or degrees counts (a body or a common noun after
    "dan" is the object of the first verb: "... kepada Kepala Dinas X, dan Ketua Y")."""
    out = []
    for joint in _CLAUSE_AND.finditer(text, after):
        out.extend(r for r in _subject(text, joint.end()) if r.person.written != r.person.name)
    return out


def _cues_in(text: str) -> list[re.Pattern[str]]:
    """The cues of a person after them that may match in ``text``, in the order
    :func:`reported_speakers` reads them: each is left out only where a mark or a word that
    every match of it holds is missing, so it would have found nothing. A quote mark opens
    every match of :func:`_spoken` (no case variant of either exists); "menurut" or
    "according" is in every match of ``_MENURUT``; "oleh" or "by" ends every match of
    ``_PASSIVE``; a participle of ``ANAPHOR_VERBS`` is in every match of
    ``ANAPHOR_PASSIVE``. The words are ASCII letters, which a case-blind match holds in
    the folded text (:func:`~index.lexicon.search_fold`). Most sentences hold no cue but
    the quote: four regexes tried at every position cost more than these ``in`` tests."""
    fold = search_fold(text)
    cues = []
    if "”" in text or '"' in text:
        cues.append(_spoken())
    if "menurut" in fold or "according" in fold:
        cues.append(_MENURUT)
    if "oleh" in fold or "by" in fold:
        cues.append(_PASSIVE)
    if has_any(fold, ANAPHOR_VERBS):
        cues.append(ANAPHOR_PASSIVE)
    return cues


def reported_speakers(text: str, lead: int) -> list[Reported]:
    """The people ``text`` (one sentence) reports as speaking; ``lead``: where the sentence
    proper starts (after a discourse opener)."""
    found = _subject(text, lead)
    if found:
        found.extend(_second_subjects(text, found[-1].end))
    for cue in _cues_in(text):
        for match in cue.finditer(text):
            person = _after(text, match.end())
            if person is None and cue is _MENURUT:
                person = _fronted(text, match.end())
            if person is not None:
                found.append(person)
    unique = {r.start: r for r in reversed(found)}  # "Hal itu disampaikan oleh A": two cues
    return [r for r in found if unique[r.start] is r and _strong(r.person)]

