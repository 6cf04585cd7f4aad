"""How many people took part: "diikuti 287 orang peserta", "lebih dari 2.100 orang".

A count is a number written next to a participant noun ("peserta", "partisipan",
"participants", "attendees"), perhaps with one word between ("300 orang peserta", "298 angka
peserta", not "12 tim peserta"), in thousands too ("2 ribu peserta", "1,5 ribu", "2 ribuan
peserta"), or after a participation verb with "orang"/"people" ("dihadiri oleh lebih dari
2.100 orang"), or after "jumlah peserta ... sejumlah" ("jumlah peserta pelatihan tercatat
sejumlah 612"). Who the participants were may also be named instead of "peserta" when the
verb says they took part:
"diikuti oleh kurang lebih 1.200 siswa", "Sebanyak 95 petani muda mengikuti webinar" (not
"dihadiri oleh 15 pengurus", which counts guests among the audience). A noun of the audience
class (``audience_noun``: "mahasiswa", "wartawan", "pegiat", "students") counts too after an
approximator and before a verb of taking part ("tidak kurang dari 90 jurnalis ... turut
serta"), after the event noun and a preposition ("pelatihan bagi 60 petani"), and a
relative clause of taking part may give the number ("yang telah hadir berjumlah 212
orang"). A hybrid event's two audiences are added up ("150 peserta luring dan sekitar 300
peserta daring", "yang hadir secara luring berjumlah 40 dan daring 75"). Approximations
count as their number ("sekitar 400 peserta", "60-an peserta", "berkisar 420 orang", "lebih
kurang 1250", "more than 90 participants"); an aside in brackets is read through ("1.500
(seribu lima ratus) peserta"); words ("ratusan", "hundreds") do not, since no number is written. A
target, quota or capacity ("menargetkan 48.000 peserta", "diharapkan mencapai 250 peserta"),
a running total ("hingga kini telah diikuti 25.000 peserta"), a number of millions, and a
number counting something else ("850 institusi", "tiga orang narasumber") are not counts.
The first count in the text wins: coverage states it where it describes the event.

Numbers written in words are numbers too ("diikuti seratus lima puluh siswa", "about two
hundred and fifty participants"): Indonesian style writes a number of one or two words in
letters, so an exact count often appears so. They are read as digits first
(:func:`spelled_numbers`), from ten up: a smaller one counts people singled out ("dua
peserta bertanya"), not an audience.
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.lexicon import has_any, number_words, phrase_pattern, phrases, search_fold

from .sentences import Sentence

_THOUSAND = r"(?:ribu(?:an)?|rb|thousand|k)\b"
# A count stands alone: digits glued to letters name something ("IFSC2021 participants").
_NUMBER = (r"(?<!\w)(?P<n>\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d{1,2}(?=\s*" + _THOUSAND + r"))?)"
           r"(?:\s*(?P<k>" + _THOUSAND + r"))?")
# The approximators as one class ("lebih kurang 300", "berkisar 420", "kira-kira 90"): each
# says the number is about the count, so any of them, or a run of them ("tercatat tidak kurang
# dari"), may stand before it.
_APPROXIMATOR = (r"(?:sekitar|kurang\s+lebih|lebih\s+kurang|lebih\s+dari|(?:tak|tidak)\s+kurang"
                 r"\s+dari|kira-kira|berkisar(?:\s+(?:antara|di\s+angka))?|hampir|nyaris|mencapai|"
                 r"hingga|sebanyak|sejumlah|tercatat|setidaknya|sedikitnya|paling\s+tidak|"
                 r"more\s+than|over|around|about|nearly|almost|roughly|approximately|close\s+to|"
                 r"at\s+least|±)")
_APPROX = rf"(?:{_APPROXIMATOR}\s*)*"
# An aside in brackets inside a count phrase is read through: the number restated in words
# ("1.500 (seribu lima ratus) peserta"), a comment ("90-an (kata panitia) peserta"), a gloss
# ("35 peserta luring (offline)").
_ASIDE = r"(?:\s*\([^()]{1,30}\))?"
_PARTICIPANTS = r"(?:peserta|partisipan|participants|attendees|audiens|audience|viewers|penonton)"
# The noun before the number may carry the clitic "-nya" ("total pesertanya mencapai 420 orang").
_PARTICIPANTS_NYA = _PARTICIPANTS[:-1] + r")(?:nya)?"
_UNITS = (r"(?:kegiatan|sesi|negara|provinsi|kabupaten|kota|institusi|instansi|lembaga|desa|"
          r"tim|kelompok|kelas|regu|grup|delegasi|perwakilan|teams?|groups?|"
          r"juta|ribu|miliar|persen|kali|jam|menit|hari|minggu|bulan|tahun|narasumber|"
          r"pembicara|pemateri|materi|paket|unit|buah|titik|lokasi|sekolah|countries|hours|"
          r"sessions|speakers|percent|million|thousand)\b")
_FUNCTION = r"(?:para|dan|dari|yang|untuk|bagi|kepada|oleh|serta|the|and|of|for|to|from)\b"
_PATTERNS = (
    # The approximators before the number ("sekitar 400 peserta") are not written here: a
    # match led by them would hold the same number and end where this one does (they hold no
    # digit, so they cannot reach past the first number that fits), and only where the
    # number starts and where the match ends are read. Led by them, the pattern tried every
    # approximator at every position: it was two thirds of participant_count's time.
    re.compile(rf"{_NUMBER}\s*(?:-?an\b)?{_ASIDE}\s*(?:(?!{_UNITS}|{_FUNCTION})[a-z]+\s+)?"
               rf"{_PARTICIPANTS}\b", re.IGNORECASE),
    re.compile(rf"(?:diikuti|dihadiri|attended|joined|followed)\s+(?:oleh\s+|by\s+)?"
               rf"{_APPROX}{_NUMBER}(?:-?an)?\s+(?:orang|people|persons)\b", re.IGNORECASE),
    re.compile(rf"\b{_PARTICIPANTS_NYA}\b[^.;]{{0,70}}?\b(?:sejumlah|sebanyak|mencapai|hingga|"
               rf"sekitar|lebih\s+dari|berkisar|totalling|totaling|reached)\s+{_APPROX}{_NUMBER}"
               rf"(?=\s*(?:orang|people|peserta|participants)?\s*(?:[.,;)]|$|\s+(?:dari|from|"
               rf"yang|who)\b))", re.IGNORECASE),
    re.compile(rf"\b{_PARTICIPANTS_NYA}\b[^.;\d]{{0,40}}?(?:\bberjumlah\s+|\bsebesar\s+|:\s*|\s)"
               rf"{_NUMBER}\s+(?:orang|people|persons)\b", re.IGNORECASE),
    re.compile(rf"\b(?:jumlah|total)\s+{_PARTICIPANTS_NYA}\b[^.;\d]{{0,30}}?(?::\s*|\s){_NUMBER}"
               rf"(?=\s*(?:[.,;)]|$))", re.IGNORECASE),
)
# Verbs of taking part, Indonesian and English, as one class.
_JOIN = (r"(?:mengikuti|menghadiri|memadati|bergabung|hadir|ikut(?:\s+serta)?|turut(?:\s+serta)?|"
         r"(?:mengambil|ambil)\s+bagian|berpartisipasi|joint?|attended|joined|took\s+part|"
         r"participated)\b")
_NAMED_PATTERNS = (
    # "participated by" is how Indonesian English writes "diikuti oleh"
    re.compile(rf"\b(?:diikuti|followed|joined|participated(?:\s+in)?(?=\s+by\b))\s+"
               rf"(?:oleh\s+|by\s+)?{_APPROX}{_NUMBER}\s+(?!{_UNITS})[a-z][\w-]*", re.IGNORECASE),
    re.compile(rf"\b(?:around|about|more\s+than|over|nearly|some)\s+{_NUMBER}\s+"
               rf"(?!{_UNITS})(?:\S+\s+){{1,4}}?(?:attended|joined|followed|took\s+part|"
               rf"participated)\b",
               re.IGNORECASE),
)
_EVENTS = (r"(?:webinar|seminar|diskusi|talk\s?show|lokakarya|workshop|pelatihan|sosialisasi|"
           r"penyuluhan|bimtek|kuliah\s+(?:umum|tamu)|sarasehan|dialog|kegiatan|acara|training|"
           r"lecture|forum)")


@lru_cache(maxsize=1)
def _audience_patterns() -> tuple[re.Pattern[str], ...]:
    """The frames of a number and a noun of the audience class (``audience_noun``)."""
    people = phrase_pattern(list(phrases("audience_noun")))
    return (
        # An approximator, the number, who they were (a noun of the audience class may take a
        # longer qualifier: "kader X dari 12 kecamatan se-Y") and a verb of taking part.
        re.compile(rf"\b{_APPROXIMATOR}\s+{_APPROX}{_NUMBER}\s+(?!{_UNITS})"
                   rf"(?:{people}\b(?:\s+\S+){{0,7}}?|(?:\S+\s+){{0,5}}?\S+)\s+{_JOIN}",
                   re.IGNORECASE),
        # The event noun, a preposition and its audience: "seminar dengan 70 dosen",
        # "pelatihan bagi 60 guru", "a workshop for 80 teachers".
        re.compile(rf"\b{_EVENTS}\b(?:\s+[\w-]+)?{_ASIDE}\s+(?:bersama|dengan|untuk|bagi|kepada|"
                   rf"for|with)\s+{_APPROX}{_NUMBER}\s+(?:orang\s+)?{people}\b(?!\s+{_UNITS}|"
                   rf"\s+sebagai\b|\s+as\b)", re.IGNORECASE),
        # A relative clause of taking part and its number: "yang hadir secara daring
        # berjumlah 80", "yang telah ikut jumlahnya 212 orang".
        re.compile(rf"\byang\s+(?:sudah\s+|telah\s+)?{_JOIN}(?P<clause>[^.;\d]{{0,40}}?)\b"
                   rf"(?:jumlahnya|berjumlah|sebanyak|sejumlah|mencapai|tercatat)\s+{_APPROX}"
                   rf"{_NUMBER}(?!\s*{_UNITS})", re.IGNORECASE),
    )


# Every match of these _PATTERNS holds a participant noun: where there is none, they are not
# run (the first one alone was a third of the time of participant_count).
_PARTICIPANT_NOUN = re.compile(_PARTICIPANTS, re.IGNORECASE)
_NEED_NOUN = frozenset({0, 2, 3, 4})
_PARTICIPANT_WORDS = ("peserta", "partisipan", "participants", "attendees", "audiens",
                      "audience", "viewers", "penonton")
"""The words of _PARTICIPANT_NOUN: it finds one in a text exactly when one of these is in the
text's :func:`search_fold` (words of ASCII letters; a case-blind match of one puts it there
in lower case), and a substring test in C is cheaper than the case-blind regex."""
# The words each of the other patterns cannot match without, by rank: groups of which one
# word each must be in the sentence (lower case, :func:`search_fold`). Most sentences with a
# digit lack them, and a pattern led by a class of words (an approximator, an event noun)
# tries the whole class at every position, so it is run only where it may match.
_APPROXIMATOR_WORDS = ("sekitar", "kurang", "lebih", "kira-kira", "berkisar", "hampir", "nyaris",
                       "mencapai", "hingga", "sebanyak", "sejumlah", "tercatat", "setidaknya",
                       "sedikitnya", "paling", "more", "over", "around", "about", "nearly",
                       "almost", "roughly", "approximately", "close", "least", "±")
_JOIN_WORDS = ("ikut", "hadir", "memadati", "bergabung", "turut", "ambil", "berpartisipasi",
               "join", "attended", "took", "participated")
_EVENT_WORDS = ("webinar", "seminar", "diskusi", "talk", "lokakarya", "workshop", "pelatihan",
                "sosialisasi", "penyuluhan", "bimtek", "kuliah", "sarasehan", "dialog",
                "kegiatan", "acara", "training", "lecture", "forum")
_NEEDED_WORDS: dict[int, tuple[tuple[str, ...], ...]] = {
    1: (("diikuti", "dihadiri", "attended", "joined", "followed"), ("orang", "people", "person")),
    5: (("diikuti", "followed", "joined", "participated"),),
    6: (("around", "about", "more", "over", "nearly", "some"),
        ("attended", "joined", "followed", "took", "participated")),
    7: (_APPROXIMATOR_WORDS, _JOIN_WORDS),
    8: (_EVENT_WORDS, ("bersama", "dengan", "untuk", "bagi", "kepada", "for", "with")),
    9: (("yang",), _JOIN_WORDS, ("jumlah", "sebanyak", "mencapai", "tercatat")),
}


def _holds_all(folded: str, needed: tuple[tuple[str, ...], ...]) -> bool:
    """Each group of ``needed`` has a word in ``folded`` (a plain loop: it runs for every
    pattern of every sentence with a digit)."""
    for words in needed:
        if not has_any(folded, words):
            return False
    return True


_MODES = r"(?:luring|daring|offline|online|virtual|tatap\s+muka|secara\s+langsung|di\s+lokasi)"
_SECOND_AUDIENCE = re.compile(
    rf"^\s*(?P<m1>{_MODES}){_ASIDE}\s*(?:dan|serta|and|,|\+)\s*{_APPROX}(?P<n>\d{{1,3}}(?:[.,]\d{{3}})+|\d+)"
    rf"\s*(?:orang\s+)?{_PARTICIPANTS}\s*(?P<m2>{_MODES})", re.IGNORECASE)
_NOT_A_COUNT_BEFORE = re.compile(
    r"(?:target|menargetkan|ditargetkan|diharapkan|kuota|kapasitas|maksimal|maximum|"
    r"capacity|quota|expected)\b[^.]{0,30}$", re.IGNORECASE)
# The other order: the mode, then its number ("luring 40 dan daring 75 orang").
_MODE_IN_CLAUSE = re.compile(rf"\b{_MODES}\b", re.IGNORECASE)
_SECOND_AUDIENCE_AFTER = re.compile(
    rf"^\s*(?:orang\s+)?(?:dan|serta|and|,|\+)\s*(?:secara\s+)?(?P<m2>{_MODES})\s*"
    rf"(?:sebanyak|sejumlah|berjumlah|jumlahnya|ada)?\s*(?P<n>\d{{1,3}}(?:[.,]\d{{3}})+|\d+)\b",
    re.IGNORECASE)
# A running total ("saat ini alumni kelas itu sudah melampaui 9.000 peserta",
# "hingga kini", "so far") counts everyone a programme has reached, not one event's audience.
_RUNNING_TOTAL_BEFORE = re.compile(
    r"(?:\b(?:hingga|sampai|sejauh|selama)\s+(?:saat\s+)?(?:ini|kini|sekarang)\b|"
    r"\bsaat\s+ini\b[^.]{0,40}\b(?:sudah|telah)\b|\bso\s+far\b|\bto\s+date\b)[^.]*$",
    re.IGNORECASE)
_NOT_A_COUNT_AFTER = re.compile(r"^\s*(?:juta|ribu|million|billion|thousand|%|persen)\b",
                                re.IGNORECASE)
_SOME_OF_THEM_AFTER = re.compile(r"^\s*(?:yang\s+)?(?:bertanya|mengajukan|terpilih|beruntung|"
                                 r"terbaik|menang|asked|won)\b", re.IGNORECASE)


def _second_audience(rest: str) -> int:
    """The other half of a hybrid audience written right after the first, else 0."""
    match = _SECOND_AUDIENCE.match(rest)
    if match is None or match.group("m1").casefold() == match.group("m2").casefold():
        return 0
    return _value(match.group("n"))


def _second_audience_after(clause: str, rest: str) -> int:
    """The other half of a hybrid audience when the first half's mode came before its number
    ("yang hadir secara luring berjumlah 40 dan daring 75"), else 0."""
    first = _MODE_IN_CLAUSE.search(clause)
    match = _SECOND_AUDIENCE_AFTER.match(rest) if first else None
    if first is None or match is None or first.group().casefold() == match.group("m2").casefold():
        return 0
    return _value(match.group("n"))


_THOUSANDS_SEPARATOR = re.compile(r"[.,](?=\d{3}\b)")
_DECIMAL = re.compile(r"\d+[.,]\d{1,2}")
"""A number with one or two decimals ("1,5", "2.25"): before "ribu" it counts thousands."""
_NON_DIGIT = re.compile(r"\D")


def _value(text: str, thousands: bool = False) -> int:
    """The number written as ``text`` ("1.300" -> 1300; with ``thousands``, "1,5" -> 1500)."""
    if thousands and _DECIMAL.fullmatch(text):
        return round(float(text.replace(",", ".")) * 1000)
    digits = _THOUSANDS_SEPARATOR.sub("", text)
    return int(_NON_DIGIT.sub("", digits)) * (1000 if thousands else 1)


_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=1)
def _number_run() -> re.Pattern[str]:
    """A run of number words ("tiga ratus dua puluh", "two hundred and fifty")."""
    # A prefix tree of the words (phrase_pattern), not a flat list: it matches the same and
    # this runs over every sentence.
    words = phrase_pattern([w for w, (kind, _) in number_words().items() if kind != "joiner"])
    joiners = "|".join(w for w, (kind, _) in number_words().items() if kind == "joiner")
    return re.compile(rf"\b(?:{words})(?:(?:\s+|-)(?:(?:{joiners})\s+)?(?:{words}))*\b",
                      re.IGNORECASE)


def _spelled_value(words: list[str]) -> int | None:
    """The value of number words in order, or ``None`` if they do not make one number."""
    table = number_words()
    thousands = hundreds = group = 0
    for word in words:
        kind, value = table[word.casefold()]
        if kind == "unit" and (group == 0 or (group % 10 == 0 and value < 10)):
            group += value  # "lima puluh tiga", "twenty five"; not "dua tiga"
        elif kind == "teen" and 0 < group < 10:
            group += value
        elif kind == "tens" and 0 < group < 10:
            group *= value
        elif kind == "hundred" and (value or 0 < group < 10):
            hundreds, group = hundreds + (value or group) * 100, 0
        elif kind == "thousand" and (value or hundreds + group):
            thousands, hundreds, group = thousands + (value or hundreds + group) * 1000, 0, 0
        elif kind != "joiner":
            return None
    return thousands + hundreds + group


@lru_cache(maxsize=1)
def _ten_or_more() -> re.Pattern[str]:
    """The number words that a number of ten or more holds one of, to run on lower case
    text (:func:`search_fold`): a run of units alone ("dua tiga") is no number or less
    than ten, so a sentence without any of these is left as it is without reading its runs
    (the run regex tries every number word at every word start of every sentence)."""
    return re.compile(phrase_pattern([w for w, (kind, value) in number_words().items()
                                      if kind in ("teen", "tens", "hundred", "thousand")
                                      or (kind == "unit" and value >= 10)]))


def spelled_numbers(text: str) -> str:
    """``text`` with cardinal numbers of ten and more written in words as digits."""
    return _spelled_numbers(text, search_fold(text))


def _spelled_numbers(text: str, folded: str) -> str:
    """:func:`spelled_numbers` of ``text``, given its :func:`search_fold` ``folded``
    (a caller that needs the folded text as well makes it once)."""
    if not _ten_or_more().search(folded):
        return text

    def digits(match: re.Match[str]) -> str:
        value = _spelled_value(re.split(r"[\s-]+", match.group()))
        return str(value) if value is not None and value >= 10 else match.group()
    return _number_run().sub(digits, text)


_WHOLE_NUMBER = re.compile(r"\d{1,3}(?:[.,]\d{3})+|\d+")
"""A whole number, plain or grouped in thousands ("250", "1.250", "12,500"); "1,5" is
none (a count of people has no decimals)."""


def participant_count(sentences: list[Sentence]) -> int | None:
    """The number of participants the sentences report, or ``None``."""
    found: list[tuple[int, int, int, int]] = []
    patterns = _PATTERNS + _NAMED_PATTERNS + _audience_patterns()
    for sentence in sentences:
        folded = sentence.folded
        text = _spelled_numbers(sentence.text, folded)
        if not _DIGIT.search(text):
            continue  # every count is written in digits by now
        if text is not sentence.text:
            folded = search_fold(text)
        nouns = has_any(folded, _PARTICIPANT_WORDS)
        for rank, pattern in enumerate(patterns):
            if rank in _NEED_NOUN and not nouns:
                continue
            needed = _NEEDED_WORDS.get(rank)
            if needed is not None and not _holds_all(folded, needed):
                continue
            for match in pattern.finditer(text):
                start = match.start("n")
                if (_NOT_A_COUNT_BEFORE.search(text[max(0, start - 60):start])
                        or _RUNNING_TOTAL_BEFORE.search(text[max(0, start - 100):start])):
                    continue
                thousands = match.group("k") is not None
                if _NOT_A_COUNT_AFTER.match(text[match.end("k" if thousands else "n"):]):
                    continue
                if _SOME_OF_THEM_AFTER.match(text[match.end():]):
                    continue  # "3 orang peserta yang bertanya": some of them, not all
                if not thousands and not _WHOLE_NUMBER.fullmatch(match.group("n")):
                    continue
                value = _value(match.group("n"), thousands)
                if pattern in _PATTERNS:
                    value += _second_audience(text[match.end():])
                elif "clause" in pattern.groupindex:
                    value += _second_audience_after(match.group("clause"), text[match.end():])
                if 2 <= value <= 10_000_000:
                    found.append((sentence.index, start, rank, value))
    if not found:
        return None
    return min(found)[3]
