"""The fields of one body, written as a series: "Kementerian Pendidikan, Kebudayaan, Riset, dan
Teknologi", "Kementerian Desa, Pembangunan Daerah Tertinggal dan Transmigrasi", "Kementerian
Koordinator Bidang Politik, Hukum, dan Keamanan", "Ministry of Education, Culture and Research".

A body named after the fields it serves lists them as Indonesian lists anything: commas and
a last "dan". Read as a list of people, those commas cut a position in two ("Sekretaris
Jenderal Kementerian Desa" | "Pembangunan ... Transmigrasi") or leave the stretch before a
name that is no position at all. The series is one name when it opens right after a word
that heads a body ("Kementerian", "Dinas", "Badan", "Direktorat", "Fakultas", "Bidang", ...,
``body_head`` in phrases.tsv), ends with "dan"/"serta"/"&" and a last member, and each
member is a field: a short run of capitalised common words (a dictionary root, a
pe(r)-/ke-...-an field noun, an English word), none of them an acronym, a job, a place or the
head of another body ("Dinas Kesehatan, Bidan dan Tenaga Kesehatan", "Kementerian PUPR,
Kalangan Kampus, Pengembang dan Warga" list several parties, not one body). A person
has no place in it: an honorific or a degree ends it.

Two fields joined by "dan" with no comma ("Prodi Kebijakan dan Manajemen Kesehatan", "Bidang
Koordinasi Pangan dan Agribisnis Kemenko X") are one name as well, but here the word after
"dan" may as well open a second person's name, and many given names are dictionary roots
("Budi", "Indah", "Putri"). So the pair is read as one body only when that word cannot be a
name: a pe(r)-/ke-...-an or root-plus-an noun ("Persandian", "Kebudayaan", "Jaringan") or a
word listed as never part of a name ("Manajemen", "Hukum"), or any field word followed at
once by the acronym or head of a body ("Agribisnis Kemenko", "Bioetika FK-X"): a given name
is followed by more of the name, not by an office. The words after "dan" must not go on
into a predicate of their own ("dan Kebudayaan Sari menyampaikan").
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.lexicon import not_name_words, phrase_set, position_words, role_nouns
from index.names import is_degree, is_honorific

from .english_words import english_words
from .gazetteer import place_at
from .job_morphology import agent_noun
from .people_0_tokens import looks_like_verb
from .root_words import an_noun, root_words

_WORD = r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?"
_MEMBER = rf"{_WORD}(?:\s+{_WORD}){{0,2}}"


@lru_cache(maxsize=1)
def _heads() -> str:
    """The ``body_head`` words capitalised as a regex alternation, longest first (so that
    "Kementerian" is tried before a shorter head it starts with)."""
    return "|".join(sorted((re.escape(h.capitalize()) for h in phrase_set("body_head")),
                           key=len, reverse=True))


@lru_cache(maxsize=1)
def _series() -> re.Pattern[str]:
    """A head word, up to three words of the first field ("Koordinator Bidang Politik"),
    then ", member" at least once and "(,) dan member"."""
    return re.compile(
        rf"\b(?:{_heads()}|(?P<office>[A-Z][a-z]+)(?=\s+(?:of|for)\s))"
        rf"(?P<first>(?:\s+(?:{_WORD}|of|for|bidang|urusan)){{1,3}})"
        rf"(?P<rest>(?:,\s+{_MEMBER}){{1,5}}),?\s+(?:dan|serta|and|&)\s+(?P<last>{_MEMBER})")


@lru_cache(maxsize=1)
def _pair_heads() -> str:
    """The heads a pair of fields may follow: the ``body_head`` words and the abbreviated
    titles with their unit inside them (``unit_title``: "Kabid" is Kepala Bidang, so
    "Kabid Pencegahan dan Rehabilitasi" names the two fields of one unit as "Kepala Bidang
    Pencegahan dan Rehabilitasi" does)."""
    heads = phrase_set("body_head") | phrase_set("unit_title")
    return "|".join(sorted((re.escape(h.capitalize()) for h in heads), key=len, reverse=True))


@lru_cache(maxsize=1)
def _pair() -> re.Pattern[str]:
    """A head word, one to three words of a field, "dan"/"serta"/"&" and the first word of a
    second field, then up to four more words (what follows the pair: more of the body's name
    or the next clause)."""
    return re.compile(
        rf"\b(?P<head>{_pair_heads()})(?P<first>(?:\s+(?:{_WORD}|bidang|urusan)){{1,3}})"
        rf"\s+(?:dan|serta|&)\s+(?P<last>{_WORD})(?P<after>(?:[^\S\n]+[^\s,.;:()“”\"]+){{0,4}})")


_ACRONYM = re.compile(r"^[A-Z][A-Za-z]*[A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*)*$")
_APPOSITION = frozenset({"selaku", "sebagai", "yang", "merupakan", "adalah", "ialah"})


def _body_word(word: str) -> bool:
    """``word`` is an acronym ("UGM", "FK-KMK", "DPP") or the head of a body ("Kemenko",
    "Fakultas", "Universitas")."""
    lower = word.casefold()
    return bool(_ACRONYM.match(word)) or lower in phrase_set("body_head") or lower in phrase_set(
        "org_head")


def _no_name(word: str) -> bool:
    """``word`` names a field and never a person."""
    lower = word.casefold()
    return bool(_FIELD_SHAPE.match(lower)) or an_noun(word) or lower in not_name_words()


def _pair_is_one_body(match: re.Match[str]) -> bool:
    """The two fields of ``match`` (see :func:`_pair`) name one body."""
    first = _LEAD.sub("", match.group("first").strip())
    if not (_field(first, first=True) or (_field_complement(match) and _plain(first))):
        return False
    # the second field: its capitalised words up to the acronym or head of a body, if any,
    # or up to the title of the person named next
    words = [match.group("last")]
    after = match.group("after").split()
    while after and after[0][:1].isupper() and not _body_word(after[0]) and len(words) < 3 and (
            not is_honorific(after[0])):
        words.append(after.pop(0))
    if any(is_honorific(w) or is_degree(w) or _job(w.casefold()) or w.casefold() in phrase_set(
            "body_head") for w in words):
        return False
    fields = all(_field_word(w) or _no_name(w) for w in words)
    # a titled name right after the words that follow "dan" ("... dan Konstitusi Kemenko
    # Irjen Budi"): two names never abut, so those words end the body's name, not open a name
    titled = bool(after) and is_honorific(after[0]) and (
        _field_word(words[0]) or _no_name(words[0]))
    if not (fields and any(_no_name(w) for w in words)) and not (
            after and _body_word(after[0])) and not titled:
        return False
    # the first lower-case word after them: no verb or apposition of a person
    return not after or after[0][:1].isupper() or not (
        looks_like_verb(after[0]) or after[0].casefold() in _APPOSITION)


_LEAD = re.compile(r"^.*\b(?:of|for|bidang|urusan)\s+", re.IGNORECASE)


_FIELD_HEADS = frozenset({"bidang", "subbidang", "urusan", "seksi", "kabid", "kasubbid", "kasi",
                          "kasie"})
"""Heads whose complement is always a field of work ("Bidang Ekonomi", "Kasi Trantib"), never a
person: no one is named right after "Bidang", so the words there are the field whatever they
are (an abbreviation such as "Tahwil", "Komsos" included)."""


def _field_complement(match: re.Match[str]) -> bool:
    """The first field of ``match`` stands right after a field head (see _FIELD_HEADS), or after
    "Bidang"/"Urusan" inside it ("Koordinator Bidang X")."""
    return match.group("head").casefold() in _FIELD_HEADS or bool(_LEAD.match(
        match.group("first").strip()))


def _plain(member: str) -> bool:
    """Capitalised words of a field that carry no title, degree, job or body head."""
    words = member.split()
    return bool(words) and all(
        w[:1].isupper() and not is_honorific(w) and not is_degree(w) and not _job(w.casefold())
        and w.casefold() not in phrase_set("body_head") and w.casefold() not in phrase_set(
            "org_head") for w in words)
_FIELD_SHAPE = re.compile(r"^(?:per|pe[mn]g?|peny|ke)[a-z]{3,}an$")


def _field_word(word: str, first: bool = False) -> bool:
    """``word`` may name a field of a body (``first``: right after the head word, where a
    unit of government names one too: "Kementerian Desa")."""
    lower = word.casefold()
    if (lower in phrase_set("org_head") and not first) or lower in phrase_set(
            "body_head") or is_honorific(
            word) or is_degree(word) or _job(lower):
        return False
    roots = root_words()
    return (lower in roots or bool(_FIELD_SHAPE.match(lower)) or an_noun(word)
            or (lower[:3] in {"ter", "ber"} and lower[3:] in roots)
            or lower in english_words() or _solid_compound(lower))


def _solid_compound(lower: str) -> bool:
    """Two dictionary roots of four letters or more written as one word, as compounds often
    are ("kerjasama" for "kerja sama", "sumberdaya", "tatakelola")."""
    roots = root_words()
    return 8 <= len(lower) <= 16 and lower.isalpha() and any(
        lower[:k] in roots and lower[k:] in roots for k in range(4, len(lower) - 3))


def _job(lower: str) -> bool:
    """A word that names a person's job or office ("Kepala", "Dosen", "Pengajar"), not a
    field ("Pendidikan", which position_words also holds for "Dinas Pendidikan")."""
    return (lower in phrase_set("office") or lower in phrase_set("job_of")
            or lower in role_nouns() or agent_noun(lower))


def _field(member: str, first: bool = False) -> bool:
    words = member.split()
    return bool(words) and all(_field_word(w, first) for w in words) and place_at(words) == 0


@lru_cache(maxsize=256)
def body_series_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each body name written as a series of fields in ``text``: from its
    head word to the end of its last member (the commas inside part no items)."""
    spans = _pair_spans(text) if (" dan " in text or " serta " in text or " & " in text) else []
    if "," not in text:
        return tuple(spans)
    series = _series()
    pos = 0
    while (match := series.search(text, pos)) is not None:
        # the first field is what follows "Bidang"/"of" ("Kementerian Koordinator Bidang
        # Politik"): the words before it name the body's rank; of the last member only its
        # first word is sure to be a field (more may follow: "Transmigrasi Republik Indonesia")
        first = _LEAD.sub("", match.group("first").strip())
        members = match.group("rest").split(",")[1:] + [match.group("last").split()[0]]
        # an office names the fields it covers as a body does ("Head of Culture, Arts
        # and Tourism Division", "Dean for Research, Outreach, and Partnerships")
        office = match.group("office")
        if (office is None or office.casefold() in position_words()) and _field(
                first, first=True) and all(_field(m.strip()) for m in members):
            spans.append((match.start(), match.end()))
            pos = match.end()
        else:
            pos = match.start() + 1  # a later head inside it may open the series
    return tuple(sorted(spans))


def _pair_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each body named by two fields joined by "dan" with no comma, from
    its head word to the end of the first word of its second field."""
    return [(m.start(), m.end("last")) for m in _pair().finditer(text) if _pair_is_one_body(m)]


def in_body_series(text: str, pos: int) -> bool:
    """The offset ``pos`` of ``text`` (a comma or "dan") is inside a body's series of fields."""
    return any(start < pos < end for start, end in body_series_spans(text))
