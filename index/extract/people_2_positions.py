"""Positions: the job title written before a name (after it: people_2_after).

Before a name ("Penyiar Radio Daniel Hutapea", "Wakil Dekan II FEB UNUJ Sukma"), the
position is the title-like stretch that ends at the name: scanning back from the name it
keeps capitalised words, position words, acronyms, parentheses, quoted titles and the small
words inside titles ("dan", "of"), and stops at a verb, a comma, a clause or list word, a
spaced dash (a dateline) or prose. A list of jobs joined by commas and a final "dan" is one
position ("penulis, editor, dan podcaster, Rina"), and so is a capitalised series of one
office's fields ("Kepala Bidang Pencegahan, Kesiapsiagaan dan Logistik BPBD X, Asep"); a
head ending in "dan" closes an earlier
item ("Kak Rey dan | Kak Gifar"); "dari <body> oleh <Name>" gives the body.

Positions after a name, and which one a person keeps, are in
:mod:`index.extract.people_2_after` (re-exported here).
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.lexicon import phrase_set, position_words, role_nouns
from index.names import is_degree, is_honorific
from index.resources import word_set

from .body_series import in_body_series
from .english_apposition import possessive_before_title
from .unit_address import UNITS, unit_address
from .gazetteer import place_at
from .job_morphology import adjective_shape, agent_noun
from .people_0_tokens import Token
from .people_1_runs import find_runs, looks_like_verb, tokenize
from .people_2_after import balance, clean_position, prose_words, role_only
from .root_words import dictionary_word
from .verb_forms import active_verb
from .people_2_after import best_position as best_position
from .people_2_after import closing_paren as closing_paren
from .people_2_after import position_after as position_after


def join_positions(before: str | None, after: str | None) -> str | None:
    if before and after:
        return f"{before}; {after}" if before.casefold() != after.casefold() else before
    return before or after


_CONJUNCTIONS = frozenset({"dan", "serta", "and", "&", "atau", "or"})


def _spaced(text: str, token) -> bool:
    """``token`` has white space on both sides in ``text``."""
    return (token.start > 0 and text[token.start - 1].isspace() and token.end < len(text)
            and text[token.end].isspace())


def _job_word(word: str) -> bool:
    """A word that may stand in a job title (capitalised, a position word, a content word)."""
    lower = word.casefold()
    if looks_like_verb(word) or lower in phrase_set("quote_verb"):
        return False
    return (word[:1].isupper() or lower in position_words() or lower in phrase_set("title_inner")
            or (word[:1].islower() and word.isalpha()
                and lower not in word_set("stopwords_id.txt")))


def _coordinated(tokens: list, start: int) -> bool:
    """The title read so far (from ``start``) opens with a capitalised word and joins two
    of its words by "dan"/"serta"/"&" before any comma: the last members of a series whose
    earlier members stand before the comma ("Pencegahan, Kesiapsiagaan dan Logistik")."""
    if not tokens[start].text[:1].isupper():
        return False
    for token in tokens[start + 1:]:
        if token.text == ",":
            return False
        if token.text.casefold() in _SERIES:
            return True
    return False


_SERIES = frozenset({"dan", "serta", "&"})


def _list_item_before(tokens: list, comma: int) -> int | None:
    """Start of the job title between the comma at ``comma`` and the comma or clause start
    before it, when it is a short one (at most four words); ``None`` otherwise."""
    k = comma
    while k > 0 and comma - k < 4 and tokens[k - 1].text not in {",", ";", ":"} and _job_word(
            tokens[k - 1].text):
        k -= 1
    if k == comma or (k > 0 and tokens[k - 1].text not in {",", ";", ":"}
                      and _job_word(tokens[k - 1].text)):
        return None
    if tokens[k].text.casefold() in phrase_set("title_inner"):
        return None
    words = [t.text for t in tokens[k:comma]]
    if not any(w[:1].islower() or w.casefold() in position_words() for w in words):
        return None  # "Budi Hartono, dosen, dan ...": a name, not a job
    return k


def _joined_series(tokens: list, start: int) -> bool:
    """The words from ``start`` open with a capitalised word, or a conjunction, and join two
    words by "and"/"dan"/"serta"/"&" before any comma: the end of a series ("Arts and Tourism
    Division", ", and Partnerships")."""
    if tokens[start].text.casefold() in _CONJUNCTIONS:
        return True
    if not tokens[start].text[:1].isupper():
        return False
    for token in tokens[start + 1:]:
        if token.text == ",":
            return False
        if token.text.casefold() in _SERIES or token.text == "and":
            return True
    return False


_FIELD_OF = frozenset({"of", "for", "bidang", "untuk"})
"""The prepositions (and "Bidang", 'field') that join an office to the fields it covers."""


def _series_head(tokens: list, comma: int) -> int | None:
    """Start of the office whose field list begins right before the comma at ``comma``:
    "Deputy Dean for Research, Outreach, and Partnerships X", "Head of Culture, Arts
    and Tourism Division", "Wakil Dekan III Bidang Kemahasiswaan, Alumni dan Kerja Sama X".
    The series after the comma is the object of the preposition, so its first member is the
    short phrase between the preposition and the comma, and the office that governs the
    preposition (capitalised, with a job noun) opens the title. ``None`` when the words
    before the comma are no such office."""
    k = comma
    field_at = None
    while k > 0 and comma - k < 9:
        word = tokens[k - 1].text
        lower = word.casefold()
        if lower in _FIELD_OF and (word.islower() or lower == "bidang"):
            field_at = k - 1 if field_at is None else field_at
        elif not (word[:1].isupper() or word[:1].isdigit()):
            break
        k -= 1
    if field_at is None or not 1 <= comma - field_at - 1 <= 3 or k == field_at:
        return None
    if k > 0 and tokens[k - 1].text not in {",", ";", ":"} and not tokens[k - 1].text.islower():
        return None  # the stretch runs on past the window: no title of its own
    if not any(t.text.casefold() in position_words() for t in tokens[k:field_at]):
        return None
    return k


@lru_cache(maxsize=4096)
def position_before(head: str, counted: bool = False) -> str | None:
    """The position written just before a name: the title-like words that end ``head``.

    Scanning back from the name, it keeps capitalised words, position words, acronyms,
    parentheses and the small words inside titles ("dan", "of"), and stops at a verb, a
    prose word or a comma (except the one right before the name). Of that stretch, what
    is no job is left out: a degree typed loose before the name ("serta MA, Rina"), a
    lower-case stretch not headed by a job noun that opens with an adjective or is set off
    by a comma, and lower-case words ahead of a capitalised title that hold no job noun
    ("sambutan video Presiden X").

    ``counted``: a classifier or quantifier ends the stretch (see :func:`_determiner`); only
    for the position a person keeps, since whether a head is all position (the test that
    places people in lists) reads the whole stretch as before.
    """
    stretch = _title_before(head, counted)
    if stretch is None:
        return None
    words = stretch.split()
    if words[-1].endswith(".") and head.rstrip().endswith(".,") and is_honorific(words[-1]):
        # "Dekan X Prof., Dr. Rina": an abbreviated title set off by a comma from the next
        # one is the name's first title, never the last word of a job
        words.pop()
        if not words:
            return None
        stretch = " ".join(words)
    if possessive_before_title(words):
        # "Our Vice President for Academic Affairs, Dr. A": the writer's possessive is no
        # word of the office (:mod:`.english_apposition`)
        words = words[1:]
        stretch = " ".join(words)
    if len(words) > 1 and words[0].casefold() in _CAPACITY:
        # "Sebagai Kepala Pusat X, Rina ...": the preposition of capacity that fronts the
        # apposition is no word of the job it introduces
        words = words[1:]
        stretch = " ".join(words)
    while len(words) > 1 and words[0].casefold() in _PROGRAMME_ROLES and words[1][:1].isupper():
        # "selaku moderator Wakil Direktur I, A": the role on the programme heads an
        # apposition to the job; a role is never a word of a job
        words = words[1:]
        stretch = " ".join(words)
    if all(is_degree(w) for w in words) and not (
            len(words) == 1 and words[0].casefold() in position_words()):
        # a degree typed loose before the name is no job; a professional title that is also
        # a job noun ("Psikolog Rina", "psikolog Rina") is one: degrees follow a name
        return None
    if _address_only(words):
        return None
    if words[0].casefold() in _COLLECTIVES:
        # "nara sumber dari kalangan akademis Dr. A": a collective noun names the circle
        # of society the person comes from, a class of people, not an office one holds
        return None
    if head.rstrip().endswith(":") and not any(
            _job_noun(w.strip(",()").casefold()) for w in words):
        # "Photo: A (Moderator), B": a label before a colon names the field of what
        # follows (a caption, a list's heading); it is a job only with a job noun in it
        # ("Ketua Panitia: A")
        return None
    if len(words) > 1 and is_degree(words[0]) and _job_noun(words[1].casefold()) and not \
            _job_noun(words[0].casefold()):
        # "..., Dr. Budi, MP Kadis X Dr. A": a degree follows the name it belongs to; one
        # before a job noun ends the previous name (its comma left out), no word of the job
        # (a professional title that is a job noun too heads one: "psikolog anak A")
        words = words[1:]
        stretch = " ".join(words)
    if len(words) > 1 and words[0].rstrip(".").casefold() in _ADDRESS and words[1][
            :1].isupper() and words[1].casefold() != "kota":
        # "Bapak Direktur Jenderal X, Dr. A": the form of address fronts the office the way
        # it fronts a name (Mr Director); it is how the person is addressed, no word of the
        # job ("Ibu Kota", the capital, is a place)
        words = words[1:]
        stretch = " ".join(words)
    if _EVENT_HEAD.match(stretch) and not any(
            w.strip(",()").casefold() in position_words() for w in words):
        # "(Narasumber) Webinar Universitas X, | Rr. A": a stretch headed by an event noun
        # names the event the person spoke at (Indonesian noun phrases are head-first),
        # and with no job word after it, it holds no job
        return None
    first = words[0].strip(",")
    opener = _sentence_case(head, stretch, words)
    if opener:
        first = first.casefold()
    if (all(w.islower() for w in words) or (opener and len(words) > 1 and all(
            w.islower() for w in words[1:]))) and not _job_noun(first) and (
            adjective_shape(first) or head.rstrip().endswith(",")) and not (
            _job_noun(words[-1].strip(",")) and _ENGLISH_ARTICLE.search(head)):
        # A lower-case stretch not headed by a job noun (Indonesian puts the head first):
        # headed by an adjective it describes the role before it ("moderator komunikatif
        # Rina"); set off by a comma it as often ends the clause before ("sebelum memasuki
        # agenda utama, Rina"). An unknown occupation runs straight into the name ("empu
        # gamelan Ki Rasmo"); an English noun phrase after an article puts its head last
        # ("the firm's chief editor, Ann").
        return None
    # A job title opens with its head noun (Indonesian noun phrases are head-first): the
    # words before the capitalised title that hold no job noun belong to the clause.
    # A word that opens the sentence is capitalised for that alone: a function word or a
    # ber-/meN- verb of a dictionary root (see verb_forms) there ("Lebih lanjut Plt. Bupati
    # X, A", "Mengundang Staf Khusus X, A") is as much the clause's as in lower case.
    lead = 1 if opener and (first in prose_words() or active_verb(first)) and (
        active_verb(first) or (len(words) > 1 and words[1].isalpha()
                               and words[1].islower())) else 0
    while lead < len(words) and words[lead].isalpha() and words[lead].islower():
        lead += 1
    if 0 < lead < len(words) and words[lead][:1].isupper() and not any(
            _job_noun(w.casefold()) for w in words[:lead]):
        return " ".join(words[lead:])
    return stretch


def _sentence_case(head: str, stretch: str, words: list[str]) -> bool:
    """The first of ``words`` (those of ``stretch``) opens ``head`` (nothing but marks before
    it) and is capitalised only as a sentence's first word: a function word, a ber-/meN- verb
    of a dictionary root (a bare di- shape, "Dirlantas", is as often a clipped office), or a
    word of the language's dictionary followed by function words only, and no job noun
    ("Lebih jauh, A" and "Hari kedua, A" open the sentence with an adverbial; "Dosen tamu,
    A" and "Ustaz muda, A" open it with a job or a person's noun)."""
    first = words[0].strip(",")
    if not (first.isalpha() and first[:1].isupper() and first[1:].islower()):
        return False
    if _LEADING_MARKS.sub("", head)[:len(stretch)] != stretch:
        return False
    lower = first.casefold()
    if _job_noun(lower) or is_honorific(first):
        return False  # (a form of address, "Ustaz muda, A", fronts a person as a job does)
    prose = prose_words()
    return lower in prose or active_verb(lower) or (dictionary_word(lower) and all(
        w.strip(",").casefold() in prose for w in words[1:]))


def _address_only(words: list[str]) -> bool:
    """``words`` (at most three) are a form of address that the name's own reading left
    before it: a title or form of address ("Prof", "Datuk") with the words that qualify it
    and name no office or body ("Prof Madya" associate professor, "YB Datuk Seri", "Prof.
    Sr."). A job names its office with a position word or a body; a title only addresses."""
    if len(words) > 3 or not any(is_honorific(w) for w in words):
        return False
    if len(words) == 2 and words[0].rstrip(".").casefold() in _ADDRESS and words[
            1].isalpha() and words[1][:1].isupper() and not is_honorific(words[1]):
        return False  # "Bapak Hakim | Drs. A": "Mr" addresses the office the way it would a name
    graded = {k for k in range(1, len(words)) if words[k].casefold() in _GRADES
              and words[k - 1].rstrip(".").casefold() in _PROFESSOR}
    return not any(w.casefold() in position_words() and k not in graded
                   or w.casefold() in phrase_set("org_head")
                   or w.casefold() in phrase_set("body_head") or not w[:1].isupper()
                   for k, w in enumerate(words))


_GOVERNING = frozenset({"dari", "oleh", "kepada", "untuk", "bagi", "dengan", "from", "by",
                        "to", "for", "with"})
"""Prepositions in lower case: one right before a name takes the name as its object."""

_GRADES = frozenset({"madya", "muda", "utama", "pratama", "emeritus"})
_PROFESSOR = frozenset({"prof", "profesor", "professor"})
"""Grades that qualify the professor's title before them ("Prof Madya", the Malay associate
professor; "Profesor Emeritus"): position words where they grade an office ("Peneliti Madya
X", "Pendeta Muda Y"), after the academic title they name no office."""

_CAPACITY = frozenset({"sebagai", "selaku", "as"})

_ADDRESS = frozenset({"bapak", "bpk", "pak", "ibu", "bu", "saudara", "saudari", "sdr", "sdri",
                      "tuan", "puan", "mr", "mrs", "ms"})
"""Forms of address (the closed class of words that stand for "Mr", "Mrs"), not titles or
ranks, which may name an office ("Jenderal")."""

_APPOSED = frozenset({"selaku"})
"""The apposition word of capacity in lower case: after a name it introduces that person's job
("Dr A selaku Kepala X"), so a stretch that holds it is no title of the name after it."""
"""Prepositions of capacity ('as'): they introduce a job and are no part of it."""


_EVENT_HEAD = re.compile(r"(?:webinar|seminar|acara|kegiatan|diskusi|sesi|talk\s?show|"
                         r"workshop|lokakarya|sarasehan|kuliah\s+umum)\b", re.IGNORECASE)


_ENGLISH_ARTICLE = re.compile(r"\b(?:the|a|an)\s+(?:\S+\s+){0,3}\S+[\s,]*$", re.IGNORECASE)


_PROGRAMME_ROLES = frozenset({"moderator", "narasumber", "narsum", "pembicara", "pemateri",
                              "panelis", "pembahas", "penanggap", "pemantik", "speaker",
                              "panelist", "moderatornya", "narasumbernya", "pembicaranya"})
"""Head nouns of roles on a programme (no job: "presenter" and "host" are also trades)."""

_COLLECTIVES = frozenset({"kalangan", "golongan"})
"""Collective nouns of a circle of society ("kalangan akademisi", "golongan muda")."""

_ENVOYS = frozenset({"perwakilan", "utusan", "delegasi"})
"""Lower-case heads of a job that is to stand for a body ("perwakilan dari Komisi X",
"utusan Dewan Y"): a job before a name, though capitalised "Perwakilan X" names an office
of a body (so they are no position words, which would make bodies of organisers jobs)."""


def _job_noun(word: str) -> bool:
    """``word`` (lower case) names a job: a position word, an envoy, or a doer noun by its
    shape."""
    return word in position_words() or word in _ENVOYS or agent_noun(word, prose_words())


def _body_after_job(tokens: list[Token], comma: int, start: int) -> bool:
    """The comma at ``comma`` parts a job title from the body it serves, written between
    it and the name ("Deputy Director of Rural Planning, Ministry of Villages, Dr. A",
    "Koordinator Program, Universitas X, A"): the stretch after it is a
    capitalised body name (its words capitalised or the small words of titles, one of them a
    word that heads a body), and the words before it a capitalised title holding a job noun."""
    body = [t.text for t in tokens[start:]]
    if len(body) > 1 and body[0] == "the":
        body = body[1:]  # "Director of X, the Ministry of Y, Dr. A": the article of the body
    # (a body opens with the word of its kind as often as it holds one: "Kementerian X",
    # "Direktorat Y", "Dinas Z")
    if not body or comma + 1 != start or not body[0][:1].isupper() or not all(
            w[:1].isupper() or w.casefold() in phrase_set("title_inner") or w in {"(", ")"}
            for w in body) or not (any(w.casefold() in phrase_set("org_head") for w in body)
                                   or body[0].casefold() in phrase_set("body_head")):
        return False
    j = comma - 1
    job = False
    # the job's own field in lower case after its noun ("Koordinator ekonomi digital,
    # Kementerian X, A"): up to three words, no function word, no verb
    lower_field = _lower_field(tokens, comma)
    j -= lower_field
    while j >= 0 and (tokens[j].text[:1].isupper() or tokens[j].text.casefold() in phrase_set(
            "title_inner") or tokens[j].text in {"-", "(", ")"}):
        job = job or tokens[j].text.casefold() in position_words()
        j -= 1
    if lower_field and (j + 1 >= comma - lower_field
                        or tokens[comma - lower_field - 1].text.casefold() not in position_words()):
        return False  # the field follows the job's noun itself
    # the title may end with its acronym in parentheses ("Peneliti Pusat Kajian X (PKX),")
    # (or with its field in lower case, read above: "Koordinator ekonomi digital,")
    return job and comma > 0 and (tokens[comma - 1].text[:1].isupper() or (
        tokens[comma - 1].text == ")" and comma > 2 and tokens[comma - 3].text == "(") or (
        lower_field > 0))


def _lower_field(tokens: list[Token], comma: int) -> int:
    """How many words in lower case (one to three: no function word, no verb) end the job
    right before ``comma``; 0 when the job ends in a capital."""
    stops = word_set("stopwords_id.txt")
    count = 0
    while count < 3 and comma - count - 1 >= 0 and (word := tokens[comma - count - 1].text
                                                    ).isalpha() and word.islower():
        if word in stops or looks_like_verb(word):
            return 0
        count += 1
    return count if comma - count - 1 >= 0 and tokens[comma - count - 1].text[:1].isupper() \
        else 0


_CLASSIFIERS = frozenset({"seorang", "orang", "sekelas", "sejumlah", "sesosok", "satunya"})
"""Numeral classifiers and quantifiers that open a noun phrase ("seorang", "dua orang",
"salah satu(nya)", "sekelas" 'of the calibre of', "sejumlah"): they count or rank the people
named and are no word of the job title that follows them."""


def _determiner(tokens: list[Token], i: int, head: str) -> bool:
    """The token at ``i`` opens the noun phrase before a job title instead of being part of
    it: a lower-case classifier or quantifier (:data:`_CLASSIFIERS`, "salah satu"), or the
    conjunction "sementara" ('while', 'meanwhile'; in capitals only where it opens a
    sentence, since "Ketua Sementara" is an interim chair)."""
    word = tokens[i].text
    lower = word.casefold()
    if word.islower() and (lower in _CLASSIFIERS or (
            lower == "satu" and i > 0 and tokens[i - 1].text.casefold() == "salah")):
        return True
    if lower != "sementara":
        return False
    return word.islower() or i == 0 or tokens[i - 1].text in {".", "!", "?"} or (
        "\n" in head[tokens[i - 1].end:tokens[i].start])


def _inside_title(tokens: list[Token], i: int) -> bool:
    """The capitalised word at ``i`` follows a capitalised word of the same stretch: a
    connective ("Lalu", "Kemudian") opens a clause only in lower case or where a sentence
    starts, so in capitals after a title word it is a word of the title ("Direktur Lalu
    Lintas Angkutan Laut")."""
    return tokens[i].text[:1].isupper() and i > 0 and tokens[i - 1].text[:1].isupper() and (
        tokens[i - 1].text.isalpha())


_SPACES = re.compile(r"\s+")


_RELATIVE_LINK = frozenset({"juga", "sekaligus", "menjabat", "sebagai"})
"""The last words of a relative connective that joins a second office to a first one."""


def _relative_office(tokens: list[Token], i: int, start: int) -> int | None:
    """Index of "yang" when ``tokens[i]`` ends "yang juga" / "yang sekaligus" (with
    "menjabat" or "sebagai" after it) between two offices of one holder, both written before
    the name ("Kepala Dinas X yang juga Ketua Y | A", "Dewan Pakar X yang juga staf Y | A"):
    a relative clause on the first office names the second one, so both are the job, as
    after a name (people_2_after). The office after it must open with a capital or a job
    word, the one before it end in a capital or a closing bracket."""
    j = i
    while j > i - 3 and j > 0 and tokens[j].text.casefold() in {"menjabat", "sebagai"}:
        j -= 1
    if tokens[j].text.casefold() not in {"juga", "sekaligus"} or j < 2:
        return None
    if tokens[j - 1].text.casefold() != "yang":
        return None
    before, after = tokens[j - 2].text, tokens[start].text
    if not (before[:1].isupper() or before == ")"):
        return None
    if not (after[:1].isupper() or after.casefold() in position_words()):
        return None
    return j - 1


@lru_cache(maxsize=None)
def _title_lead_skip() -> frozenset[str]:
    """What may open the stretch read back and is no word of the title: the small words
    inside titles, closing marks and "serta" (one set, built once rather than per word)."""
    return phrase_set("title_inner") | {")", "&", "/", "-", ".", "”", "serta"}


@lru_cache(maxsize=64)
def _title_before(head: str, counted: bool = False) -> str | None:
    """The title-like stretch that ends ``head`` (see :func:`position_before`). (A small
    cache: :func:`position_before` keeps the answers; what comes back here is the same head
    read again at once with or without ``counted``.)"""
    tokens = tokenize(head.rstrip())
    if tokens and tokens[-1].text in {",", ":", "–", "-", "—"}:
        tokens = tokens[:-1]
    if len(tokens) > 2 and tokens[-1].text.casefold() in {"oleh", "by"} and tokens[-2].text[
            :1].isupper():
        # "dari Panwaslih Kabupaten Maju oleh Bapak Adam": the body the speaker came from
        came = [t for t in tokens[-8:-2] if t.text.casefold() in {"dari", "from"}]
        if came:
            return _title_before(head[came[-1].end:tokens[-1].start], counted)
    if tokens and tokens[-1].text in _GOVERNING:
        # "Setelah pemaparan dari | Irfan", "disampaikan kepada | Rina": a preposition right
        # before the name governs it; the name is its object, and a job title never ends in
        # a preposition (the agent after a body, "dari X oleh A", is read above)
        return None
    # (the word lists, looked up once here rather than once per word of the loop below)
    title_inner, positions = phrase_set("title_inner"), position_words()
    stops = word_set("stopwords_id.txt")
    quote_verbs, discourse = phrase_set("quote_verb"), phrase_set("discourse")
    clause_ends, connectors = phrase_set("clause_end"), phrase_set("list_connector")
    start = len(tokens)
    depth = 0
    in_quote = False
    listed = coordinated = False
    i = len(tokens)
    while i > 0:
        i -= 1
        word = tokens[i].text
        if word == "\"":
            in_quote = not in_quote
            start = i
            continue
        if in_quote:
            start = i
            continue
        if word in {")", "”"}:
            depth += 1
        elif word in {"(", "“"}:
            depth -= 1
        if word == "-" and depth == 0 and _spaced(head, tokens[i]):
            break  # "PALANGKA RAYA - Wakapolda ...": a dateline, not part of the title
        if counted and depth == 0 and _determiner(tokens, i, head):
            break  # "dua orang | peneliti dari X, A", "salah satunya | Kepala X A"
        if depth > 0 or word in {")", "(", "&", "/", "-", ".", "“", "”"}:
            start = i
            continue
        lower = word.casefold()
        if depth == 0 and word in _APPOSED and i > 0 and tokens[i - 1].text[:1].isupper():
            # "Dr A selaku Dosen X, | Dr B": the job after "selaku" is set in apposition to
            # the name before it; it is that person's, not a title fronting the next name
            return None
        if lower in title_inner or (lower == "serta" and i > 0 and tokens[i - 1].text == ","):
            start = i
            continue
        if word == "," and depth == 0 and in_body_series(head, tokens[i].start):
            start = i  # "Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi": one body
            continue
        if word == "," and depth == 0 and start < len(tokens) and (
                listed or _joined_series(tokens, start)) and (
                head_at := _series_head(tokens, i)) is not None:
            start = head_at  # the office whose fields the series lists opens the title
            break
        if word == "," and depth == 0 and start < len(tokens) and (
                tokens[start].text.casefold() in _CONJUNCTIONS or listed
                or (coordinated := _coordinated(tokens, start))):
            # "penulis, editor, dan podcaster, Rina": a list of jobs joined by commas;
            # "Kepala Bidang Pencegahan, Kesiapsiagaan dan Logistik BPBD X, Asep": the
            # fields of one office, the last two joined by "dan".
            item = _list_item_before(tokens, i)
            if item is not None and coordinated and not all(
                    t.text[:1].isupper() for t in tokens[item:i]):
                item = None  # "narasumber, Kepala Dinas Pangan dan Pertanian, A"
            if item is not None:
                start, listed = item, True
                i = item
                continue
        if word == "," and depth == 0 and _body_after_job(tokens, i, start):
            start = i  # "Deputy Director, Ministry of Villages, | Dr. A"
            continue
        if word == "," and depth == 0 and i > 0 and tokens[i - 1].text[:1].isupper() and (
                0 < len(tokens) - i - 1 == place_at([t.text for t in tokens[i + 1:i + 5]])):
            # "Dekan FISIP Universitas Sukamaju Kupang, Nusa Tenggara Timur | Dr. A": the
            # place after the comma is where the body before it stands ("kota, provinsi")
            start = i
            continue
        if word == "," and depth == 0 and i > 0 and tokens[i - 1].text[:1].isupper() and (
                i + 1 < len(tokens) and tokens[i + 1].text.rstrip(".").casefold() in UNITS
                and unit_address([t.text for t in tokens[i + 1:]])):
            # "Kepala Desa X, Kecamatan Y, Kabupaten Z, | A": the units the office sits in
            start = i
            continue
        if depth == 0 and lower in _RELATIVE_LINK and start < len(tokens) and (
                back := _relative_office(tokens, i, start)) is not None:
            i = back  # "Kadis X yang juga Pj Sekda Y | A": two offices of one holder
            continue
        if (word in {",", ";", ":", "–", "—", "\""} or looks_like_verb(word)
                or lower in quote_verbs or (lower in discourse and not _inside_title(tokens, i))
                or (word.islower() and (lower in clause_ends or lower in connectors))):
            break
        if word[:1].isupper() or word[:1].isdigit() or lower in positions or (
                word[:1] == "@" and len(word) > 1):
            start = i  # (a handle names a body as a capitalised word does: "pendiri @kopiku")
            continue
        if word[:1].islower() and lower not in stops:
            start = i
            continue
        break
    cut = start
    # "penyuluh pertanian dari Kabupaten X": a job in lower case says where the person is
    # from, and the whole is the position; "sambutan dari Gubernur X" / "narasumber dari X"
    # only lead in to it.
    job = start < len(tokens) and tokens[start].text.islower() and (
        (tokens[start].text in positions or tokens[start].text in _ENVOYS)
        and tokens[start].text not in role_nouns())
    for i in range(start, len(tokens)):
        if tokens[i].text.casefold() in {"dari", "oleh", "from", "by"} and not any(
                t.text[:1].isupper() for t in tokens[start:i]) and not (
                job and tokens[i].text.casefold() in {"dari", "from"}):
            cut = i + 1
    start = cut
    if in_quote:
        return None
    skipped = _title_lead_skip()
    while start < len(tokens) and tokens[start].text.casefold() in skipped:
        start += 1
    if start >= len(tokens):
        return None
    if tokens[-1].text.casefold() in _CONJUNCTIONS:
        # "Kak Rey dan | Kak Gifar": a head that ends in "dan" closes an earlier item of a
        # list; a job title never ends in a conjunction.
        return None
    text = head[tokens[start].start:tokens[-1].end]
    text = balance(clean_position(_SPACES.sub(" ", text)))
    if not any(c.isalpha() for c in text) or role_only(text):
        return None
    words = text.split()
    if not any(w[:1].isupper() or w.casefold() in positions for w in words):
        # An occupation in lowercase ("perajin noken", "eksportir kopi asal ...") is a
        # position only when it is short and holds no function word.
        if len(words) > 6 or any(w.casefold() in stops for w in words):
            return None
    if all(w.casefold() in prose_words() for w in words
           if w[:1].isalpha()) and not any(w.casefold() in positions for w in words):
        if not any(w.isupper() and len(w) > 1 for w in words):
            return None
    return text


_LEAD_IN = re.compile(r"^(?P<filler>[^.;“\"]{0,80}?)(?:\b(?:dari|oleh|by|from|kepada|disampaikan|"
                      r"dibawakan|dipaparkan|diisi)\b|[:,])\s+")


_CUE_WORDS = re.compile(r"\b(?:membuka|dibuka|memberikan|menyampaikan)\s+(?:sambutan|kegiatan|"
                        r"acara|webinar|secara resmi)\b", re.IGNORECASE)


_PREFIXED_VERB = re.compile(r"(?:di|me)[a-z]{3,}")
_ASKING = re.compile(r"\b(?:pertanyaan|bertanya|menanyakan|ditanyakan|tanya)\b", re.I)


def _letters(text: str) -> int:
    return sum(c.isalnum() for c in text)


@lru_cache(maxsize=4096)
def head_is_position(head: str, lead_in: bool = False) -> bool:
    """``head`` (the text before a name) is nothing but connectors and a position.

    ``lead_in``: a short lead-in ending in "dari"/"oleh"/":"/"," may come first ("sambutan
    hangat dari Gubernur ...", "yang ahli di bidangnya, Mukhtar").
    """
    if _head_is_position(head):
        return True
    if not lead_in:
        return False
    for match in _LEAD_IN.finditer(head):
        filler = _CUE_WORDS.sub(" ", match.group("filler"))
        if len(filler.split()) > 6 or find_runs(tokenize(filler)):
            continue
        if any(_PREFIXED_VERB.match(w) and looks_like_verb(w) for w in filler.split()):
            continue
        if _ASKING.search(filler):
            continue
        if _head_is_position(head[match.end():]):
            return True
    return False


_AGENT_END = re.compile(r"\s(?:oleh|by)\s*$", re.IGNORECASE)


_LEADING_MARKS = re.compile(r"^[\s,;:–—-]*")
_LEADING_FUNCTION_WORDS = re.compile(
    r"^(?:(?:dan|serta|and|yaitu|yakni|adalah|oleh|ialah|:|dari|by|from|"
    r"namely|including|the|a|an|is|are|was|were|also|juga|pula)\s+)+", re.I)


def _head_is_position(head: str) -> bool:
    stripped = _LEADING_MARKS.sub("", head)
    stripped = _LEADING_FUNCTION_WORDS.sub("", stripped)
    agent = _AGENT_END.search(stripped)
    if agent and stripped[:agent.start()].split()[-1][:1].isupper():
        stripped = stripped[:agent.start()]  # "(dari) KNPI Kabupaten X oleh | Bapak A"
    if not stripped.strip(" ,:"):
        return True
    # the whole stretch counts: "sambutan video | Presiden X" is a lead-in and a position
    position = _title_before(stripped)
    return position is not None and _letters(position) >= _letters(stripped) - 1


