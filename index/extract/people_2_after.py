"""Positions written after a name, and the one kept for a person.

After a name ("…, Dosen Universitas X", "… selaku Kepala Seksi …", "… (Ketua …)", "… –
Presenter …", "… from the University of Y", "… yang merupakan dosen …"), a position must be
introduced by punctuation or an apposition word (``apposition`` in ``phrases.tsv``; a bare
copula such as "adalah" only before a capitalised or a job word), or start with a
capitalised or position word. It ends where the clause goes on: a verb, a relative clause,
a ``position_end`` phrase ("dalam sambutannya", "pada kesempatan", "kepada"), a role after
"sebagai" ("sebagai moderator"), a weekday or a date, a talk cue, an opening quote, a
demonstrative or "bersama" before someone else. "dan ..." is part of a position ("peneliti
dan Presidium Relawan TIK"); two jobs joined by "juga merupakan" become a list. Role words
alone ("pemateri pertama", "salah satu nara sumber") are not a job.
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.lexicon import (
    day_names,
    not_name_words,
    phrase_pattern,
    phrase_regex,
    phrase_set,
    phrases,
    position_words,
    role_nouns,
)
from index.names import is_degree, is_honorific
from index.resources import word_set

from .degree_runs import skip_degree_run
from .english_apposition import (
    INTENSIVE,
    closes_english_apposition,
    definite_office,
    possessive_before_title,
)
from .english_determiners import BODY_APPOSITION
from .gazetteer import place_words
from .job_morphology import act_noun, agent_noun
from .nickname_forms import nickname_bracket
from .people_1_runs import looks_like_verb


def clean_position(text: str) -> str:
    return text.strip(" ,;:-–—\t").strip()


def closing_paren(text: str, open_at: int) -> int:
    """Index of the ")" that closes the "(" at ``open_at``; -1 when it is never closed."""
    depth = 0
    for i in range(open_at, len(text)):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return i
    return -1


_OPEN_BRACKET_AT_END = re.compile(r"\s*\($")


def balance(text: str) -> str:
    """``text`` without a dangling "(" at its end or a stray ")" at its start."""
    text = _OPEN_BRACKET_AT_END.sub("", text.strip())
    if text.count(")") > text.count("(") and text.startswith(")"):
        text = text[1:]
    return text.strip()




# Words of role-noun phrases that say nothing of a role on their own
_NOT_ROLES = frozenset({"the", "of", "kata", "acara", "utama", "person", "lainnya", "diskusi"})


_EVENT_NOUNS = (r"(?:acara|kegiatan|webinar|seminar|diskusi|sesi|talk\s?show|workshop|lokakarya|"
                r"sarasehan|kuliah\s+umum|event|session)")
"""Nouns for the event or a part of it: none of them, lower case after a comma or after
"pada"/"dalam", is part of a job title."""


@lru_cache(maxsize=None)
def _tail_cut() -> re.Pattern[str]:
    """Where a position written after a name ends: a relative clause, a ``position_end``
    phrase, "dalam sambutannya"-like possessives, a role after "sebagai" ("sebagai
    moderator"), a weekday or a date, a quote, a passive "X oleh", or a demonstrative."""
    ends = phrase_pattern(list(phrases("position_end")))
    roles = phrase_pattern(sorted(w for w in role_nouns() if w[:-1] not in _NOT_ROLES
                                  and w not in _NOT_ROLES))
    days = phrase_pattern(sorted(day_names()))
    return re.compile(
        r"\s*(?:,\s*(?:who|whose|whom|which|yang)\b|\b" + ends + r"\b|\bdalam\s+[a-z]+nya\b"
        r"|\b(?:sebagai|selaku|as)\s+(?:(?:salah\s+)?(?:satu|seorang)\s+|one\s+of\s+the\s+"
        r"|the\s+|a\s+)?" + roles + r"\b|,\s*" + days + r"\b|\(\d{1,2}/\d{1,2}|[“\"]"
        r"|(?-i:\b[a-z]\w*\s+oleh\b)"
        # a new clause's subject after a comma: a personal pronoun ("..., beliau
        # menjelaskan") or the event ("Ketua Panitia, acara ini dibuka ..."); a job title
        # holds neither
        r"|,\s*(?:ia|beliau|dia|mereka|he|she|they)\b|(?-i:,\s*" + _EVENT_NOUNS + r"\b)"
        # the event the person spoke at: "... Universitas Uji pada seminar nasional"
        r"|\b(?:pada|dalam|in|at)\s+(?:the\s+)?" + _EVENT_NOUNS + r"\b"
        # "dan" before an aspect word opens a predicate, not a second job ("Ketua Forum X
        # dan sedang menempuh studi")
        r"|\s+dan\s+(?:sedang|sudah|telah|akan|masih|pernah)\b"
        # so does "dan" before a copula ("CEO X dan merupakan alumni Y": the alumnus is a
        # predicate; a second job after "juga merupakan" is held above), and a time
        # adverb after a comma (", hari ini ...": a new clause)
        r"|\s+dan\s+(?:merupakan|adalah)\b|,\s*hari\s+ini\b"
        # the preposition of accompaniment, "dengan", opens an adjunct, never a word of a
        # job or of a body's name: a companion ("Dosen X dengan B sebagai ..."), the
        # person's field ("dari UIN X dengan kepakaran Y"), the event's company ("presenter
        # TV X dengan 4 narasumber"). English "with" also marks where one works ("an
        # officer with the Fisheries Department"), so only a "with" phrase that names no
        # body (no capital before the clause ends) is cut: "a writer with a background in
        # policy"; nor does the theme of a talk ("with the theme of X", as "dengan tema X")
        r"|(?-i:\s+dengan\s)|(?-i:\s+with\s+(?![^,.;:]*[A-Z])"
        r"|\s+with\s+(?:the\s+|a\s+)?(?:theme|topic|title)\b)"
        # a lower-case class noun of bodies after a comma opens an apposition to the body
        # just named ("pendiri X, organisasi nirlaba di Y", "founder Z, wadah ..."): it
        # says what the body is, not what the person does
        r"|(?-i:,\s*(?:organisasi|lembaga|wadah|perusahaan|komunitas|platform|gerakan|"
        r"sebuah|situs|aplikasi)\b)|" + BODY_APPOSITION +
        # an English participle with its object opens a clause ("Unit X setting the scene
        # by ..."): a job title holds no lower-case verb before an article
        r"|(?-i:\s+[a-z]{3,}ing\s+(?:the|a|an|his|her|their)\s)"
        # a demonstrative closes the noun phrase: "Dosen FKM Unmaju ini diikuti oleh ..."
        r"|(?-i:\s(?:ini|itu|tersebut)\b)|" + INTENSIVE +
        # "bersama" (together with) adds a companion to the subject, it names no office:
        # "A selaku Anggota DPR bersama B, Pendiri X, menyatakan ..." ("Sekretariat Bersama",
        # capitalised, is a body)
        r"|(?-i:\s+bersama\s+(?:dengan\s+)?(?=[A-Z]|drg?\.)))", re.IGNORECASE)


# "juga merupakan" / "kini juga menjabat sebagai" / "yang juga (sebagai|menjadi) ...": a
# second office of the same person. After a closing parenthesis too ("dari
# ICCI (...), yang juga merupakan ..."). "yang sekaligus" (at the same time) is "yang juga"
# with another adverb; a relative clause of where the person works now ("yang kini bekerja
# di X", "yang saat ini berkarir sebagai Y") says the same of an office held: both stay in
# the apposition as written.
_SECOND_JOB = re.compile(r"(?<=[\w)])(?<!\byang),?\s+(?:(?:yang\s+)?(?:kini\s+|saat\s+ini\s+)?"
                         r"(?:juga|sekaligus)\s+(?:merupakan|adalah|menjabat(?:\s+sebagai)?)"
                         r"|(?P<relative>yang\s+(?:juga|sekaligus)(?:\s+(?:sebagai|menjadi))?|"
                         r"yang\s+(?:kini|saat\s+ini|sekarang)\s+(?:bekerja|berkarir|berkarier|"
                         r"bertugas|mengabdi)\s+(?:sebagai|di|pada)))"
                         r"\s+(?=(?P<word>[\w’'-]+))", re.IGNORECASE)


_HELD = "\ue000"
"""Stands for a connective of a second office while the position's end is looked for: its
verb ("merupakan", "menjabat") and its "yang" would otherwise end the position there."""


def _second_job(match: re.Match[str]) -> bool:
    """``match`` is a connective that opens a second office. A bare "yang juga" or "yang
    juga sebagai/menjadi" opens one only before a job: a capitalised word or a job noun that
    is no role of the programme ("yang juga Ketua APKS X", "yang juga menjadi dewan juri"),
    not "yang juga hadir sebagai narasumber"."""
    if match.group("relative"):
        word = match.group("word")
        lower = word.casefold()
        # after "sebagai"/"menjadi" a noun is the predicate: any content word may head it
        # (after "bekerja di" only a named place or body, or a job, carries on the office)
        noun = match.group("relative").split()[-1].casefold() not in {
            "juga", "sekaligus", "di", "pada"} and \
            word.isalpha() and \
            lower not in word_set("stopwords_id.txt") and not looks_like_verb(word)
        one_of = _ONE_OF.match(match.string[match.start("word"):])
        if lower in role_nouns() or one_of or not (
                word[:1].isupper() or lower in position_words()
                or agent_noun(lower, prose_words()) or noun):
            return False
    return True


# (", lalu", ", kemudian": "then" opens the next clause of a list, "..., lalu yang terakhir
# adalah B", and ends no job)
_DANGLING = re.compile(r"[\s,]+(?:dan|serta|and|dengan|yang|di|of|the|&|sebagai|selaku|juga|as|"
                       r"who|sekaligus|untuk|for|lalu|kemudian|" + _HELD + r")$", re.IGNORECASE)


def _hold_connectives(text: str) -> tuple[str, list[str]]:
    """``text`` with each relative connective of a second office ("yang juga ...") replaced
    by ``_HELD``, and those connectives as written: a relative clause is part of the
    apposition as written. A second predicate without "yang" ("dosen X juga merupakan
    praktisi Y", "..., kini juga menjabat sebagai Ketua Z") becomes a list (", ")."""
    held: list[str] = []

    def hold(match: re.Match[str]) -> str:
        if not _second_job(match):
            return match.group()
        if not _RELATIVE_YANG.match(match.group()):
            return ", "  # "dosen X juga merupakan praktisi Y": a second predicate, as a list
        held.append(match.group().strip())
        return f" {_HELD} "

    return _SECOND_JOB.sub(hold, text), held


_RELATIVE_YANG = re.compile(r",?\s*yang\b", re.IGNORECASE)


def _restore_connectives(position: str, held: list[str]) -> str:
    parts = position.split(_HELD)
    out = parts[0].rstrip()
    for connective, part in zip(held, parts[1:]):
        if not part.strip():
            break  # the position ended at the connective
        out += ("" if connective.startswith(",") else " ") + connective + " " + part.strip()
    return out

_COPULA_INDEFINITE = re.compile(r"(?:salah\s+)?seorang\s+", re.IGNORECASE)
_OFFICE_TIME = frozenset({"mantan", "eks", "bekas", "calon", "former", "ex", "future",
                          "incoming", "outgoing", "retired"})
"""Words that date an office (past or coming) and stand before its job noun."""


def _job_head(words: list[str]) -> int:
    """Index of the first word of ``words`` that may head a job, past an English indefinite
    article and the words that date an office ("a former director" -> "director")."""
    i = 0
    if len(words) > 1 and words[0].casefold() in {"a", "an"}:
        i = 1
    while i < len(words) - 1 and words[i].casefold() in _OFFICE_TIME:
        i += 1
    return i


_INDEFINITE = re.compile(r"\s*,?\s*(?:seorang|a|an)\s", re.IGNORECASE)
_ONE_OF = re.compile(r"^(?:salah\s+satu|salah\s+seorang|one\s+of(?:\s+the)?)\b", re.IGNORECASE)
_ACT_ITEM = re.compile(r"(?-i:,\s*(?P<word>pe[a-z]{4,}an)\b)")
_NEW_CLAUSE = re.compile(r",\s*(?:dan|serta|lalu|kemudian|sedangkan)\s+(?P<word>[a-z][\w-]*)")
# (the emphatic "sendiri" after a name, "A sendiri merupakan ...", is the subject's, and
# the copula after it still predicates the job)
_APPOSITION_START = re.compile(
    r"^\s*(?:sendiri\s+)?(?:[,:–—-]\s*)?" + phrase_pattern(list(phrases("apposition")))
    + r"\s+", re.IGNORECASE)


@lru_cache(maxsize=None)
def prose_words() -> frozenset[str]:
    """Words that are never names and never heads of a job title."""
    return not_name_words() - position_words()



def role_only(position: str) -> bool:
    """"salah satu nara sumber", "pemateri pertama", "(moderator)": the role, not the job."""
    one_of = _ONE_OF.match(position)
    rest = position[one_of.end():] if one_of else position
    return bool(one_of or rest.strip()) and all(
        w.casefold() in role_nouns() or w.casefold() in phrase_set("ordinal")
        for w in rest.split())


def glued_clause(word: str) -> bool:
    """A function word glued to a verb or another function word, with any digits glued on
    ("sertamengundang3", "yangmembawakan"): text whose spaces were lost, which goes on with
    the clause, never the head of a job title. A job noun is neither a function word nor a
    verb, so a word that splits into two of them is not one."""
    word = word.rstrip("0123456789,.")
    if not word.isalpha() or not word.islower():
        return False
    stops = word_set("stopwords_id.txt")
    for cut in range(3, len(word) - 3):
        head, rest = word[:cut], word[cut:]
        if head in stops and (rest in stops or looks_like_verb(rest)):
            return True
    return False


_ROLE_AFTER_SEBAGAI = re.compile(r"\s*(?:sebagai|selaku|as)\s", re.IGNORECASE)
_CONJUNCTION = frozenset({"dan", "serta", "and"})


def _after_leading_role(position: str, parallel_role: bool) -> str | None:
    """``position`` without a role that opens it ("sebagai pembawa acara dan ..."): the role
    is the programme's, not a job. What follows the conjunction is a job ("narasumber dan
    Dosen X") unless another "sebagai <role>" closed the clause: "A sebagai pembawa acara dan
    B sebagai moderator" coordinates two people with two roles, so it holds no job of A."""
    words = position.split()
    if len(words) > 1 and role_only(words[0].strip(",:")) and phrase_regex("list_intro").match(
            " ".join(words[1:])):
        # "(sebagai) narasumber antara lain A, B": a role noun that opens a list of the
        # people who hold it; what follows are their names and jobs, none of this person
        return None
    cut = next((i for i, w in enumerate(words) if w.strip(",").casefold() in _CONJUNCTION), 0)
    if not cut or not role_only(" ".join(words[:cut]).strip(" ,")):
        return position
    return None if parallel_role else clean_position(" ".join(words[cut + 1:]))


@lru_cache(maxsize=4096)
def position_after(tail: str) -> str | None:
    """The position written after a name (and its degrees), up to the end of the clause.

    It must be introduced (an apposition word, a comma, a dash, parentheses) or start with a
    capitalised word or a position word; it ends at a verb, a relative clause, a talk cue or
    an opening quote. "dosen X juga merupakan praktisi Y": two jobs of one person, with
    their connective as written.

    Cached: it reads the tail and the fixed lists only, never the article, and the same
    tail comes back from several readings of one phrase (and "" after most names).
    """
    held_text, held = _hold_connectives(skip_degree_run(tail, False))
    if job := _job_after_country(held_text):
        return _restore_connectives(job, held) if held else job
    position = _position_after(held_text)
    if position is not None and _country_only(position):
        return None
    return _restore_connectives(position, held) if position and held else position


# "dari Brasil dia seorang ...", "dari Mesir, ia adalah seorang ...", "from Kenya, a ...":
# the country the person comes from, then an indefinite apposition (with a pronoun subject
# and a copula, or bare) that gives the job
_FROM_COUNTRY = re.compile(r"^\s*,?\s*(?:dari|from)\s+(?P<country>[^\W\d_]+(?:\s+[^\W\d_]+)?)"
                           r"(?P<rest>\s*,?\s*(?:(?:dia|ia|beliau|she|he)\s+)?"
                           r"(?:(?:adalah|merupakan|is)\s+)?(?:seorang|a|an)\s)", re.IGNORECASE)


def _job_after_country(tail: str) -> str | None:
    """The job in "dari Brasil dia seorang aktivis pendidikan" ("dari Mesir seorang
    mahasiswa kedokteran"): the country says where the person comes from, which is no job
    (:func:`_country_only`), and the indefinite apposition after it predicates the job of
    the same person, with or without a pronoun subject and a copula."""
    match = _FROM_COUNTRY.match(tail)
    if match is None:
        return None
    country = match.group("country").casefold()
    if country not in place_words().country and country.split()[0] not in (
            place_words().country):
        return None
    return _position_after(", " + tail[match.end():])


_LETTER_RUN = re.compile(r"[^\W\d_]+")


def _country_only(position: str) -> bool:
    """``position`` names nothing but a country ("(Malaysia)", "from Thailand"): where the
    person comes from, said of speakers of an international panel, not the job or body
    they hold; a body in that country names more ("Universiti Malaya, Malaysia"). A
    country before a comma closes the person's item of a list, so what follows it is the
    next person's ("A from Kenya, Director of X, B")."""
    first = position.split(",", 1)[0].split(";", 1)[0]
    # "A from Kenya, Director of X, B": the country closes A's item; the rest is B's. A
    # bracket after the country ("Amerika Serikat (USA)") glosses its short form, which
    # names nothing more.
    first = _SHORT_FORM.sub("", first)
    return " ".join(_LETTER_RUN.findall(first.casefold())) in place_words().country


_SHORT_FORM = re.compile(r"\s*\((?-i:[A-Z][A-Za-z.]{1,7})\)\s*$")
"""A bracketed short form (an acronym, "(USA)", "(RRT)") closing a phrase."""


_OTHER_PERSON = re.compile(
    r"(?-i:(?:\s+(?:yakni|yaitu|dan|serta|dengan)\s+|\s*,\s*)(?:Prof|Dr|dr|Drs|Dra|Ir|H|Hj|KH"
    r"|Bapak|Bpk|Pak|Ibu|Bu|Tuan|Puan|Encik|Cikgu)\b\.?\s*(?!Kota\b)[A-Z])")
"""Another person after the job: a title of a name after a function word ("... yakni Ibu X",
"... dan Dr Y") or after a comma (the next item of a list: "A selaku dosen X, Prof B selaku
...", "anggota DPR, Drs C ...") opens someone else's name, which no job title holds (an
institution named after a person has its head right before the title, with no comma: "RSUP
Dr. X"; "Ibu Kota" is the capital, no form of address)."""

_NAMELY = re.compile(r"\s+(?:yakni|yaitu)\s", re.IGNORECASE)
_ITEM_JOIN = re.compile(r",\s|\s+(?:dan|serta)\s+(?:juga\s+)?(?=\S)", re.IGNORECASE)

_NAME_TITLES = frozenset({"prof", "dr", "drg", "drs", "dra", "ir", "h", "hj", "kh"})
"""Academic and pilgrim titles that only ever stand before a name, never end a job title (a
rank such as "Jenderal" ends "Sekretaris Jenderal", so forms of address in general may)."""


_CLASS_YEAR = re.compile(r"[A-Z][A-Za-z.]{1,7}\s+(?:(?:19|20)\d{2}|['’]\d{2})")
_DEGREE_SHAPE = re.compile(r"[BM][A-Z][a-z]{1,4}")
"""A degree and the year it was taken, "MSc 2020", "BKin 2016", "MA ’98": the English
alumni note written in parentheses after a graduate's name."""


def is_class_degree(token: str) -> bool:
    """``token`` is a degree (listed, or shaped like a bachelor's or master's with its field
    abbreviated: "BKin", "MEng", "MPhil")."""
    return is_degree(token) or _DEGREE_SHAPE.fullmatch(token.rstrip(".")) is not None


_DEGREE_TOKEN = r"(?:(?:[A-Z][A-Za-z]{0,3}\.){2,}|[A-Z]{2,6}\b)"
_DEGREES_BEFORE_PAREN = re.compile(rf"{_DEGREE_TOKEN}(?:,?\s*{_DEGREE_TOKEN})*,?\s*(?=\()")
"""Letters after a name up to a bracket: dotted degrees ("M.A.Th.") or capitals ("CSSGB"),
one dotted or several, commas between; the bracket that follows holds the job (one bare
acronym before a bracket is a body spelt out: "KPK (Komisi ...)", so it is kept)."""


def _slashed_jobs(word: str) -> bool:
    """``word`` (lower case) is a job noun, or job nouns joined by slashes ("dosen/peneliti",
    "guru/penulis"): a slash writes alternatives of one class, so words that are each a job
    make a job, where one of them alone would."""
    if word in position_words():
        return True
    parts = word.split("/")
    return len(parts) > 1 and all(p in position_words() for p in parts)


def _position_after(tail: str) -> str | None:
    stripped = tail
    introduced = copula = False
    definite = ""
    match = _APPOSITION_START.match(stripped)
    if match:
        definite = definite_office(match.group(), stripped[match.end():])
        # A bare copula may be the main verb of the sentence ("... kepada Budi adalah
        # semakin banyak ..."): after it, only a capitalised or a job word starts a position.
        copula = match.group().strip(" ,:–—-").casefold() in {"adalah", "ialah", "is"}
        stripped, introduced = stripped[match.end():], not copula
        if indefinite := _COPULA_INDEFINITE.match(stripped):
            # "adalah seorang peneliti", "yang merupakan seorang staf pengajar": the
            # indefinite article counts the person, it is no word of the job (as ", seorang")
            stripped = stripped[indefinite.end():]
    if stripped.lstrip()[:1] in {",", "–", "—", "-", ":"}:
        introduced = True
    stripped = stripped.lstrip(" ,:–—-")
    if (degrees := _DEGREES_BEFORE_PAREN.match(stripped)) is not None and (
            "," in degrees.group() or "." in degrees.group()):
        # "A, M.P.K.R.S., M.Div. (Kepala PT X)", "B, PGD, MCM (Chair of Y)": degrees and
        # certificates the name's own reading left (unlisted ones), then the job in brackets
        stripped = stripped[degrees.end():]
    if stripped.startswith("("):
        close = closing_paren(stripped, 0)
        if close > 0:
            # "(digital ethics) seorang duta muda": the parentheses gloss a topic, and the
            # job follows the indefinite apposition.
            after = stripped[close + 1:]
            if _INDEFINITE.match(after) and (job := _position_after(after)):
                return job
            if nickname_bracket(stripped) == close:
                # "A (Romo Wibi), Ketua X": how the person is addressed, no job; a job may
                # follow it as an apposition
                after = stripped[close + 1:]
                return _position_after(after) if after.lstrip()[:1] in {",", "–", "—"} else None
            if _CLASS_YEAR.fullmatch(stripped[1:close].strip()) and is_class_degree(
                    stripped[1:close].split()[0]):
                # "A (MSc 2020), the Head Coach at X, ...": the degree and year an alumnus
                # graduated with, no job; a job may follow it as an apposition
                after = stripped[close + 1:]
                return _position_after(after) if after.lstrip()[:1] in {",", "–", "—"} else None
            inside = clean_position(stripped[1:close])
            return inside if inside and not role_only(inside) else None
        stripped, introduced = stripped[1:], True
    words = stripped.split()
    if not words:
        return None
    first = words[0].strip("(,").casefold()
    if first in day_names():
        return None  # "A, Selasa (18/7), ...": the day of the event, where no job is written
    if first in _RELATIVES:
        # "A, whose presentation was ...", "A, who spoke on ...": an English relative pronoun
        # opens a clause on the person, never a noun phrase; the apposition ends before it
        # (the copular ones that do introduce a job, "who is the", are ``apposition``
        # phrases matched above)
        return None
    # after a copula, a doer noun ("adalah peternak sapi") is a job by its shape; a word
    # that dates the office ("adalah mantan rektor", "is a former director") stands before
    # the job noun, which decides
    head = words[_job_head(words)].strip("(,") if copula else words[0]
    job_word = _slashed_jobs(first) or copula and agent_noun(head.casefold(), prose_words(
        )) or head != words[0] and (head.casefold() in position_words() or head[:1].isupper())
    if not (introduced or words[0][:1].isupper() or job_word):
        return None
    if possessive_before_title(words):
        # "A, our Research Fellow from X": the writer's possessive ties the office to the
        # writer's own body; it is no word of the job
        stripped = stripped.split(maxsplit=1)[1]
        words = words[1:]
        first = words[0].strip("(,").casefold()
    if first == "the" and len(words) > 1:
        definite = definite_office(words[0], " ".join(words[1:]))
        stripped = stripped.split(maxsplit=1)[1]
        words = words[1:]
        first = words[0].strip("(,").casefold()
    elif words[0][:1].islower() and not job_word and first not in {"a", "an"}:
        if not introduced or first in word_set("stopwords_id.txt") or looks_like_verb(first) \
                or first in phrase_set("clause_end") or glued_clause(first):
            return None
    parallel_role = False
    other = _OTHER_PERSON.search(stripped)
    for cut in (_tail_cut().search(stripped), phrase_regex("talk_cue").search(stripped), other):
        if cut:
            stripped = stripped[:cut.start()]
            parallel_role = parallel_role or bool(_ROLE_AFTER_SEBAGAI.match(cut.group()))
    if other is not None and other.start() == len(stripped) and _NAMELY.match(other.group()):
        # "A selaku Pengawas X dan juga Penulis Y yakni Ibu B": "yakni" spells out who the
        # job right before it is, B; the item joined before that job is A's
        joins = list(_ITEM_JOIN.finditer(stripped))
        if joins:
            stripped = stripped[:joins[-1].start()]
    for item in _ACT_ITEM.finditer(stripped):
        if act_noun(item.group("word")) and item.group("word") not in position_words():
            # "A selaku Project Manager, pembukaan ..., penyampaian materi oleh B": an item
            # headed by an act noun is the next part of a programme, no second job
            stripped = stripped[:item.start()]
            break
    for clause in _NEW_CLAUSE.finditer(stripped):
        # ", dan peneliti" continues a list of positions; ", dan acara dipandu ..." does not.
        if clause.group("word").casefold() not in position_words():
            stripped = stripped[:clause.start()]
            break
    kept: list[str] = []
    for word in stripped.split():
        bare = word.strip(",.;:()")
        if looks_like_verb(bare) or bare.casefold() in phrase_set("quote_verb"):
            if not kept:
                return None
            break
        if kept and kept[-1].endswith(",") and bare.casefold() in phrase_set("clause_end"):
            break  # "..., Wakil Dekan III Fisip Unmaju, hadir sebagai narasumber"
        if kept and kept[-1].endswith(",") and closes_english_apposition(bare, kept):
            break  # "A, Manager of X, held the ...": the apposition's closing comma
        kept.append(word)
    # a form of address or title at the end stands before the next name ("..., Ketua Prodi
    # S3 Unmaju dan Dr Rina"; the excerpt may end right after it): no word of this job
    while len(kept) > 1 and kept[-1].rstrip(".,").casefold() in _NAME_TITLES:
        kept.pop()
    position = clean_position(" ".join(kept)).rstrip(".")
    # a dangling connective, or "untuk"/"for" that opens a purpose clause ("..., untuk
    # menyampaikan materi"), is no part of the job
    for _ in range(3):
        position = clean_position(_DANGLING.sub("", position))
    if all(is_degree(w) or is_honorific(w) for w in position.replace(",", " ").split()):
        return None  # "Prof. A, Ir., M.Sc., Ph.D.": titles written after the name, no job
    position = _after_leading_role(position, parallel_role)
    if not position or role_only(position):
        return None
    content = [w for w in _WORD.findall(position)
               if w.casefold() not in prose_words() or w[:1].isupper()]
    if not any(w.casefold() not in phrase_set("ordinal") for w in content):
        return None
    position = balance(position)
    if definite and position and stripped.lstrip().startswith(position.split()[0]):
        return f"{definite} {position}"
    return position or None


_RELATIVES = frozenset({"who", "whose", "whom", "which", "where", "whereby", "wherein",
                        "whereas", "whereupon"})
"""English relative pronouns and adverbs (and the conjunctions "whereas", "whereupon" of the
same shape): each opens a clause, so none is the first word of a job written after a name."""

# a word, with its inner apostrophes and hyphens ("Ba’alawi", "al-Habsyi")
_WORD = re.compile(r"[\w’'-]+")
_LINK_TO_BODY = re.compile(r"\s+(?:dari|di|pada|of|at|from)\s+$", re.IGNORECASE)


def _job_of_body(fuller: str, body: str) -> bool:
    """``fuller`` is a job at the body that ``body`` names alone ("Medical Expert dari
    Klinik Sehat" beside "Klinik Sehat"): the same affiliation written once with the job,
    so it says strictly more: after "dari"/"di"/"of" the grammar makes ``body`` where the
    job is held, not a job of its own."""
    if not fuller.casefold().endswith(body.casefold()) or len(fuller) <= len(body):
        return False
    link = _LINK_TO_BODY.search(fuller[:len(fuller) - len(body)])
    if link is None and fuller[len(fuller) - len(body) - 1:][:1].isspace():
        # "Kepala Divisi Hukum Walhi" beside "(Walhi)": a job noun phrase is head-first,
        # so a body written right after the office is the body it serves, as after "dari"
        words = _WORD.findall(fuller[:len(fuller) - len(body)])
        head = body.split(maxsplit=1)[0]
        # the shorter wording is a body's name (no job heads it), and the longer one adds an
        # office in title words only (no role noun, no clause: "narasumber yang juga ...")
        return bool(words) and head[:1].isupper() and head.casefold() not in position_words(
            ) and words[0].casefold() in position_words() and words[0].casefold() not in (
            role_nouns()) and all(w[:1].isupper() or w.casefold() in position_words()
                                  for w in words)
    job = fuller[:link.start()] if link else ""
    words = _WORD.findall(job)
    return bool(words) and not any(looks_like_verb(w) for w in words) and any(
        w.casefold() in position_words() or agent_noun(w.casefold(), prose_words())
        for w in words)


def best_position(mentions: list) -> str | None:
    """The position of a person seen in ``mentions``: the first one given by the strongest
    mentions, or a fuller wording of the same job among them ("Menteri Kominfo" in a caption,
    "Menteri Komunikasi dan Informatika (Menkominfo) RI" in the programme). A weaker
    mention's wording wins only when it is the job at the body the stronger one names
    alone (:func:`_job_of_body`)."""
    ordered = sorted((m for m in mentions if m.position), key=lambda m: (-m.strength, m.order))
    if not ordered:
        return None
    chosen = ordered[0].position
    for mention in ordered[1:]:
        if mention.strength < ordered[0].strength:
            if _job_of_body(mention.position, chosen):
                chosen = mention.position
            continue
        fuller = mention.position.casefold()
        if len(fuller.split()) > len(chosen.split()) and all(
                word in fuller for word in _WORDS.findall(chosen.casefold())):
            chosen = mention.position  # every word of the short wording is in the long one
    return chosen


_WORDS = re.compile(r"\w+")
