"""The event's title (its theme) and its organisers.

Title, in order of trust (the first found in text order wins within a rank):

1. a theme cue with a quoted title ("bertajuk “X”", "mengusung tema “X”", "with the theme
   ‘X’", "themed “X”", "Tema webinar seri ketiga ini adalah X");
2. a theme cue with an unquoted title that starts with a capital ("tema yang diangkat adalah
   Bijak Memakai Gawai Di Rumah dan masing-masing"), cut at the end of its clause;
3. a quoted title right after the event word ("webinar literasi digital “X”", "webinar
   nasional “X”");
4. an event noun with a preposition of subject and a title-case X ("membuka Webinar tentang
   X", "a webinar on X"), or the title-case phrase after a series name and a colon ("Seri
   Webinar Guru Tangguh : X"), then "membahas tentang X" / "mengupas tentang X" with a
   capitalised X; a capitalised event noun with its name after a verb of holding or of
   opening ("menggelar/membuka Seminar X"), the name in sentence case only where a clause of
   holding or the date marks its end.

Titles the speaker extractor took as talk titles ("Rina, dengan tema “X”") and titles in
sentences about a later event are skipped, so a talk or the next webinar never becomes the
event.

Organisers come from "diselenggarakan oleh A dan B bersama C", "digelar A" (the agent of a
passive without "oleh", unless a time or means follows: "digelar secara daring"), "A
menggelar webinar", "A melalui B menggelar" (the body, then its unit), "A bekerja sama dengan
B", "organized by A", "A held a webinar"; national bodies written many ways are given one
name (``organizations.tsv``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.lexicon import (day_names, degrees, has_any, months, number_words, phrase_regex,
                           phrase_set, phrases, position_words)
from index.resources import table

from .cue_attachment import attached_to_event, without_series_part
from .dated_theme import opens_with_day
from .english_names import english_names
from .later_event import later_part_start, tells_of_later_event
from .sentences import Sentence
from .theme import EVENT_KINDS, is_title_case, theme_after, theme_words
from .theme_extension import fuller_theme
from .titles import Title, title_after
from .verb_forms import active_verb

# "temanya adalah X", "Adapun temanya “X”": the possessive "-nya" form of a theme noun is
# the same cue; "The theme for this webinar is X" is the English copula of "tema ... adalah"
_GENERIC_THEME = re.compile(r"\btema(?:nya)?\s+(?:[^.“”\"]{0,30}?\s)?(?:adalah|yaitu|yakni|ialah)"
                            r"\b\s*[:,]?|\b(?:tema|topik)nya\s*[:,]?\s*(?=[“\"‘])|"
                            r"\btheme\s+(?:of|for)\s+[^.,;“”\"]{0,40}?\s(?:is|was)\b\s*[:,]?|"
                            r"\btema(?:\s+[\w-]+){0,3}\s*:|\btema\s+yang\s+(?:diusung|diangkat|"
                            r"dibahas|dipilih|dibawakan)\b(?=\s*[“\"‘])|"
                            # "Tema yang diangkat dalam sarasehan warga ini(,) yaitu/mengenai X":
                            # the relative clause names the event, the link word the theme
                            r"\btema\s+yang\s+(?:diusung|diangkat|dibahas|dipilih|dibawakan)\s+"
                            r"(?:dalam|pada)\s+[^.,“”\"]{1,50}?,?\s+(?:adalah|yaitu|yakni|ialah|"
                            r"mengenai|tentang)\b\s*[:,]?|"
                            # "mengangkat topik pandemi yang ..., yaitu “X”": a quoted title
                            # set in apposition after the cue's description
                            r"\b(?:tema|topik)\s+[^.“”\"]{0,60}?,?\s+(?:adalah|yaitu|yakni|ialah)"
                            r"\s*[:,]?(?=\s*[“\"‘])", re.IGNORECASE)
# the event nouns of theme.EVENT_KINDS, with "wibinar", their common misspelling
_EVENT_NOUNS = EVENT_KINDS + "|wibinar"
_EVENT_WORD = re.compile(r"\b(?:" + _EVENT_NOUNS + r"|"
                         r"public lecture|forum|kuliah umum|dialog(?:ue)?)\b(?:\s+[\w-]+){0,4}?"
                         r"(?:\s*:?\s*(?=[“\"‘])|,\s*(?=[“‘]))",
                         re.IGNORECASE)
# "melanjutkan acara “Bincang Pers 2020” lewat Zoom": "acara", the generic noun of a
# programme item, takes its quoted name straight after it (words between are a clause:
# "membuka acara dengan mengatakan, “...”" quotes speech)
_ACARA_QUOTED = re.compile(r"\bacara\s+(?=[“\"‘])", re.IGNORECASE)
_TOPIC = re.compile(r"\b(?:membahas|mengupas)\s+tentang\s+(?=[A-Z])")
# "saat membuka Webinar tentang Mitigasi Banjir Perkotaan,", "organized a webinar on Port
# Safety and Logistics.": a preposition of subject right after the event noun introduces the
# event's theme, as a theme cue does; it is kept only in title case (a lowercase "webinar
# tentang pentingnya ..." is a description) and below every theme cue
_ABOUT_EVENT = re.compile(r"\b(?i:" + _EVENT_NOUNS + r"|"
                          r"kuliah\s+umum|forum|dialog(?:ue)?|conference|konferensi)\s+"
                          r"(?:tentang|mengenai|seputar|on|about)\s+(?:the\s+)?(?=[A-Z])")
# The theme noun, then a short description of it, then the quoted title: "dengan tema yang
# hangat dan menarik “X”", "Under this year's theme, “X”", "The theme of the forum, ‘X’ is";
# "thema" is a common spelling of "tema". The description holds no sentence end, no quote
# and no verb of saying (a quote after "sesuai tema, ujarnya" is speech, not a title); its
# words are lower case, since a capitalised one names whose theme it is, often another
# event's ("relevan bagi tema Kongres ke-12 “X”").
# A theme noun with a demonstrative after it ("tema itu", "tema tersebut", "this theme" is
# English's mirror and needs no care here) points back at a theme already named: the quote
# that follows is someone's words about it ("... kami eksekusi tema itu, “ ucapnya"), never
# the title in apposition.
_THEME_NOUN = re.compile(r"\b(?i:tema|thema|theme)\b(?!\s+(?:itu|ini|tersebut|tadi)\b)"
                         r"(?:\s+(?!(?:ujar|kata|ungkap|jelas|tutur|said)"
                         r"\w*\b)[a-z][\w'’-]*){0,6}?,?\s*(?=[“\"‘])")


# a gloss in brackets after the event noun ("Webinar (Web Seminar) X", "webinar (seminar
# online)") explains the noun and is no part of the name after it
_NAMED_EVENT = re.compile(r"\b(?:Webinar|Seminar|Lokakarya|Workshop|Talk\s?[Ss]how|Diskusi|"
                          r"Dialog|Sarasehan|Kuliah\s+Umum|Public\s+Lecture)(?:\s+\([^()]{1,30}\))?"
                          r"\s+(?=[A-Z0-9])")


# "meluncurkan Seri Webinar Guru Tangguh : Belajar dari Rumah", "Webinar Temu 'SEHAT JIWA' :
# Hidup Tenang di Masa Sulit": a capitalised name after the event noun, a colon, then a
# title-case phrase: the name before the colon is the series' or the programme's, the
# phrase after it this event's theme (a preposition of subject after the noun, "Webinar On
# X: Y", makes the whole the theme: ``_ABOUT_EVENT``)
_NAME_COLON_THEME = re.compile(r"\b(?:Webinar|Seminar|Lokakarya|Workshop|Talk\s?[Ss]how|Diskusi|"
                               r"Sarasehan)\s+(?!(?:On|About|Tentang|Mengenai|Seputar)\b)"
                               r"(?:[A-Z0-9'‘“][\w'’”&-]*\s+){0,5}[A-Z0-9'‘“][\w'’”&-]*\s?:\s+"
                               r"(?=[A-Z])")


# Opening an event presupposes it as holding does: the object of "membuka" / "opened" and of
# the noun "pembukaan" / "the opening of" is the event itself ("saat membuka Workshop Uji Coba
# Jaringan Desa secara daring", "pada pembukaan Seminar X")
_HELD_BEFORE = re.compile(r"\b(?:menggelar|menyelenggarakan|mengadakan|melaksanakan|menghelat|"
                          r"menginisiasi|gelar|adakan|held|hosted|organi[sz]ed|membuka|pembukaan|"
                          r"opened|opening\s+of)\s+(?:(?:sebuah|kegiatan|acara|the|an?)\s+)?$")
_HELD_BY = re.compile(r"\b(?:diselenggarakan|digelar|dilaksanakan|diadakan|held|organi[sz]ed|"
                      r"hosted)\s+(?:oleh|by)\b")
_HELD_BY_AFTER = re.compile(r"\s*,?\s*(?:yang\s+)?(?:diselenggarakan|digelar|dilaksanakan|diadakan|"
                            r"held|organi[sz]ed|hosted)\s+(?:oleh|by)\b")
# "Webinar Uji Coba Lahan Gambut yang dilaksanakan pada Senin", "Webinar Pangan Lokal yang
# digagas Forum X": a relative clause of holding, with no agent or with one after it, makes
# the name before it the event's, like "yang diselenggarakan oleh"; "yang berlangsung" is
# not one (a programme's name mentioned in passing: ``_event_name``)
_HELD_RELATIVE = re.compile(r"\s*,?\s*yang\s+(?:telah\s+|sudah\s+)?(?:diselenggarakan|digelar|"
                            r"dilaksanakan|diadakan|digagas|diinisiasi)\b")
# "Seminar Nasional Hukum Adat Tahun 2023 dilaksanakan secara hybrid": the named event is
# the subject of a passive verb of holding, the sentence's predicate, so the sentence reports
# its holding as "yang dilaksanakan" does; the verb is lowercase (a headline's "Webinar X
# Digelar" has it capitalised)
_HELD_PREDICATE = re.compile(r"\s*(?:telah\s+|sudah\s+|kembali\s+|resmi\s+|sukses\s+)?"
                             r"(?:diselenggarakan|digelar|dilaksanakan|diadakan|dihelat|diikuti|"
                             r"dihadiri|dibuka|dipandu|dimoderatori|dimulai|menghadirkan|"
                             r"mengundang|menampilkan|mendatangkan|diisi)\b")
# "dua narasumber dalam Webinar Pra Uji Kompetensi ...", "Bupati Jadi Narasumber Webinar
# Nasional HUT Partai ...": the event someone speaks at is the one reported, as the object
# of a verb of holding is
_SPOKE_AT = re.compile(r"\b(?:nara\s?sumber|pembicara|pemateri|panelis|moderator|speaker|"
                       r"panelist)s?\s+(?:(?:dalam|pada|di|in|at)\s+)?(?:(?:acara|kegiatan|the|"
                       r"an?)\s+)?$", re.IGNORECASE)
# "misalnya melalui kegiatan Webinar Cerdas Bermedia yang diselenggarakan": after an
# umbrella noun the name is the programme's kind, one of a series, not this event's title
_PROGRAMME_BEFORE = re.compile(r"\b(?:kegiatan|program|rangkaian|seri|series)\s+$", re.IGNORECASE)


# "Universitas X menggelar International Visiting Professors, dengan mengundang ...",
# "menyelenggarakan Halal Bihalal Daring berkaitan dengan ...": the object of a verb of holding
# written in title case is the event's own name even without an event noun before it; the
# nouns ``_NAMED_EVENT`` reads are left to it, and a name glossed in brackets ("Web Seminar
# (Webinar)") is the noun spelt out, not a name
_HELD_OBJECT = re.compile(r"\b(?:menggelar|menyelenggarakan|mengadakan|held|organi[sz]ed|hosted)"
                          r"\s+(?:(?:the|an?)\s+)?(?!(?:Webinar|Web|Website|Seminar|Wibinar|"
                          r"Lokakarya|Workshop|Talk|Diskusi|Dialog|Sarasehan|Kuliah|Public)\b)"
                          r"(?=[A-Z])")


_TOKEN = re.compile(r"\S+")


def _with_kind(text: str, noun: re.Match[str], title: Title) -> Title:
    """The event's name with the noun of its kind when that noun says what the event does
    ("Lokakarya Percepatan X", "Diskusi Pendalaman Y", "Workshop Penetapan Z": the noun
    heads the name, as written); "Webinar" only says it ran online, a medium, and stays out
    ("Webinar Ketahanan Pangan" is titled "Ketahanan Pangan")."""
    if noun.group().split()[0].casefold() in _MEDIUM_NOUNS:
        return title
    return Title(text[noun.start():title.start] + title.text, noun.start(), title.end,
                 title.quoted)


_MEDIUM_NOUNS = frozenset({"webinar", "talkshow", "talk"})


def _event_name(text: str, pos: int, qualifiers: bool = True,
                sentence_case: bool = False) -> Title | None:
    """A capitalised name right after a capitalised event noun, ended by a lowercase clause
    ("menggelar Seminar Sejarah Pesisir, Senin", "Webinar Internasional Ekonomi Desa yang
    diselenggarakan oleh"); qualifiers ("Internasional", "Nasional") are not part of it.
    The caller keeps it only next to a lowercase verb of holding, so that a programme's name
    mentioned in passing ("kegiatan Webinar Literasi Digital yang berlangsung") or a headline
    ("Dinas X Gelar Seminar Daring Y") is not it. With ``qualifiers`` false the name has no
    event noun before it, and a leading "International" is its own first word. With
    ``sentence_case`` the name may be written in sentence case ("Webinar Ketahanan pangan di
    masa pandemi yang digagas ..."); the caller then wants its end confirmed
    (:func:`_closed_name`)."""
    words = list(_TOKEN.finditer(text[pos:pos + 80]))
    skip = 0
    while qualifiers and skip < len(words) and words[skip].group().casefold() in theme_words(
            "qualifier"):
        skip += 1
    if skip >= len(words):
        return None
    start = pos + words[skip].start()
    title = theme_after(text, start)
    if title is None or not (is_title_case(title.text) or sentence_case and title.text[
            :1].isupper() and len(title.text.split()) >= 3):
        return None
    rest = text[title.end:].lstrip(" ,")
    if rest and rest[0].isupper() and not re.match(r"(?:%s)\b" % "|".join(day_names()), rest,
                                                  re.IGNORECASE):
        return None
    return title


@lru_cache(maxsize=None)
def _date_after() -> re.Pattern[str]:
    """A date or its lead right after a name: "pada tanggal 3 Mei", "pada Senin", ", Senin",
    "(3/5)", "on 3 May"."""
    days = "|".join(sorted(day_names(), key=len, reverse=True))
    return re.compile(r"\s*,?\s*(?:(?:pada|on)\s+(?:tanggal\s+|hari\s+)?)?(?:(?:" + days
                      + r")\b|\(?\d{1,2}\s*[/ ])|\s*(?:pada|on)\s+tanggal\b", re.IGNORECASE)


# Conjunctions of purpose open an adjunct clause ("Webinar Kebangsaan guna memberikan ...");
# a name in sentence case runs on into it, since its lowercase words cannot show where it ends
_PURPOSE = frozenset({"guna", "agar", "supaya", "demi", "untuk"})


def _clause_word(word: str) -> bool:
    """A lowercase ``word`` that opens or carries a clause, never a word of a name in sentence
    case: a conjunction of purpose or an active verb (meN-, ber- on a dictionary root, with
    its -kan or -i: "memberikan", "mendukung"; :func:`.verb_forms.active_verb`)."""
    if not word.islower():
        return False
    if word in _PURPOSE or active_verb(word):
        return True
    stem = word[:-3] if word.endswith("kan") else word[:-1] if word.endswith("i") else ""
    return bool(stem) and active_verb(stem)


def _closed_name(text: str, pos: int) -> Title | None:
    """A name in sentence case after a capitalised event noun ("Webinar Ketahanan pangan di
    masa pandemi yang digagas PWI Kota Uji", "mengadakan Webinar Perkembangan dan peluang
    Industri Kopi Lokal pada tanggal 3 Mei"), kept only when its end is marked: a relative
    clause or a predicate of holding, or the event's date, right after it. The capital of
    the event noun and of the name's first word show a name begins; a lowercase word inside
    it is only the writer's spelling, so the clause or the date after it, not the case of
    its words, shows where it ends."""
    title = _event_name(text, pos, sentence_case=True)
    if title is None or any(_clause_word(word) for word in title.text.split()):
        return None
    rest = text[title.end:]
    if _HELD_RELATIVE.match(rest) or _HELD_PREDICATE.match(rest) or _HELD_BY_AFTER.match(
            rest) or _date_after().match(rest):
        return title
    return None


_HYPHENATED_WORD = re.compile(r"[\w-]+")


def _names_a_work(text: str, cue_start: int) -> bool:
    """The cue titles a book or a film ("penulis buku yang berjudul X"), not the event."""
    before = _HYPHENATED_WORD.findall(text[max(0, cue_start - 30):cue_start])[-2:]
    return any(word.casefold() in theme_words("not_event") for word in before)


# "memberikan materi dengan judul X", "pemaparan materi yang disampaikan oleh Rina (...) bertema
# X": a cue whose clause opens with a talk noun names that talk; an event noun after the talk
# noun ("materi webinar bertajuk X") gives the cue back to the event
_TALK_BEFORE = re.compile(r"\b(?:materi|materinya|paparan|paparannya|pemaparan|presentasi|"
                          r"presentasinya|makalah|makalahnya|ceramah|presentation|paper|"
                          # "Rudi bertindak sebagai pemateri X dengan mengambil tema “Y”": the
                          # role a speaker plays, like a talk noun, makes the cue his talk's
                          r"(?P<role>(?:sebagai|selaku)\s+(?:pemateri|narasumber|nara\s+sumber|"
                          r"pembicara|pemapar))|"
                          # "In the first session entitled “X”", "Pada sesi pertama dengan
                          # tajuk X": an ordinal session is a part of the event, its title
                          # the part's
                          r"(?:first|second|third|fourth|final|last|\d+(?:st|nd|rd|th))\s+session|"
                          r"sesi\s+(?:pertama|kedua|ketiga|keempat|terakhir|[1-9]))\b"
                          r"(?![^.;]*\b(?:webinar|seminar|diskusi|talk\s?show|acara|kegiatan|"
                          r"workshop|lokakarya|event)\b)[^.;]{0,100}$", re.IGNORECASE)


# "Panitia menghadirkan Rudi dan Sari sebagai pemateri dengan mengusung tema X": the role is
# the complement of the object of a verb of bringing speakers in, so the clause's subject (whom
# the "dengan me-verb" adjunct shares) is the host, and the theme is the host's event's
_BRINGS_IN = re.compile(r"\b(?:menghadirkan|mengundang|mendatangkan|menampilkan|menggandeng|"
                        r"memboyong)\b[^.;]*$", re.IGNORECASE)


def _names_a_talk(text: str, cue_start: int) -> bool:
    """The cue titles a speaker's talk, not the event (see ``_TALK_BEFORE``); a speaker's
    role after a verb of bringing speakers in leaves the cue to the host (``_BRINGS_IN``)."""
    start = max(0, cue_start - 120)
    while (match := _TALK_BEFORE.search(text, start, cue_start)) is not None:
        if not (match.group("role")
                and _BRINGS_IN.search(text, max(0, match.start() - 150), match.start())):
            return True
        start = match.end("role")
    return False


@lru_cache(maxsize=None)
def _theme_keys() -> tuple[str, ...]:
    """The last word of every theme cue: a sentence with none of them has no theme cue, and
    a substring test is much cheaper than the cue regex (most sentences have no cue).

    Only the keys that hold no other key are kept, shortest first: a text holding a longer
    key ("bertema") holds the shorter key inside it ("tema"), so whether any key is in a
    text is the same question, with fewer scans, and the shortest keys ("is") are the ones
    most texts hold, where ``any`` stops."""
    keys = {p.split()[-1].casefold() for p in phrases("theme_cue")} | {"tema", "thema", "theme"}
    return tuple(sorted((k for k in keys if not any(o != k and o in k for o in keys)),
                        key=lambda k: (len(k), k)))


_CUE_STEMS = ("tajuk", "tema", "judul", "topi", "theme", "titled")
"""Stems one of which is in every theme cue ("bertajuk", "dengan topik", "entitled")."""
_GENERIC_THEME_WORDS = ("tema", "topik", "theme")
"""Every branch of _GENERIC_THEME holds one of these words."""


@lru_cache(maxsize=None)
def _cue_stems() -> tuple[str, ...] | None:
    """:data:`_CUE_STEMS` when each theme cue of ``phrases.tsv`` holds one of them inside a
    word of plain letters, else ``None`` (then no test is made).

    Why exact: a case-blind match of a phrase of plain words in a text puts each of its words,
    in lower case, into :func:`~index.lexicon.search_fold` of that text, so a sentence whose
    folded text holds no stem holds no cue; the theme cue regex (case-blind, led by a
    lookbehind, so tried at every position) is run only where one is."""
    for phrase in phrases("theme_cue"):
        words = phrase.casefold().split()
        if not all(w.isascii() and w.isalpha() for w in words) or not any(
                stem in word for word in words for stem in _CUE_STEMS):
            return None
    return _CUE_STEMS


# Cues that give the event its name ("bertajuk X", "dengan judul X", "entitled X") and cues
# that give its theme ("mengusung tema Y", "dengan topik Y", "themed Y"): an article may use
# both, the name for a series or a programme and the theme for this event
_NAMING_CUE = re.compile(r"tajuk|judul|titled", re.IGNORECASE)
_THEME_CUE_NOUN = re.compile(r"tema|topik|theme|topic", re.IGNORECASE)
# "Seminar ini mengusung tema Y", "Acara tersebut mengangkat topik Y", "This webinar was themed
# Y": a theme cue whose subject is the event itself, by a demonstrative after the event noun
_EVENT_SUBJECT = re.compile(r"\b(?:webinar|seminar|wibinar|acara|kegiatan|diskusi|talk\s?show|"
                            r"workshop|lokakarya|forum|sarasehan|kuliah\s+umum|dialog|event|"
                            r"gelaran|pertemuan)\s+(?:ini|tersebut|itu)\s+(?:(?:juga|pun|sendiri|"
                            r"kali\s+ini)\s+)?(?:[a-z]+\s+)?$|\bthis\s+(?:webinar|seminar|event|"
                            r"forum|talk|session|workshop|conference)\s+(?:was\s+|is\s+)?"
                            r"(?:[a-z]+\s+)?$", re.IGNORECASE)


def _cue_kind(cue: str) -> str:
    """"name" for a naming cue, "theme" for a theme cue, "" for neither."""
    if _NAMING_CUE.search(cue):
        return "name"
    return "theme" if _THEME_CUE_NOUN.search(cue) else ""


def _unclosed(text: str, title: Title | None) -> Title | None:
    """``title`` itself, or, when its opening quote never closes (“Jaga Laut, Jaga Pantai ini
    diikuti ...), the title-case run inside it: a quote never closed is no quotation, so the
    title ends where an unquoted one would, at the clause after it, which opens with a
    demonstrative or one of the event's verbs. A fragment cut off by the excerpt's end
    stays as it is ("“Hoaks, Fakta, dan Regulasi y")."""
    if title is None or not title.quoted or text[title.end - 1:title.end] in "”\"’'»":
        return title
    run = theme_after(text, title.start + 1)
    if run is None or run.end >= title.end or not is_title_case(run.text):
        return title
    # the clause goes on after the run: a demonstrative or one of the event's own verbs
    nxt = text[run.end:title.end].split(maxsplit=1)
    if not nxt or nxt[0].casefold() not in theme_words("stop"):
        return title
    return Title(run.text, title.start, run.end, True)


# "“X” adalah tema besar yang diangkat dalam webinar ini", "“X” is the theme of the
# symposium": the quoted title is the subject and the theme noun comes after the copula, so
# the cue stands after the title it names (the mirror of "tema ... adalah “X”")
_TITLE_THEN_THEME = re.compile(r"[”\"’]\s*,?\s*(?:adalah|merupakan|menjadi|is|was|became)\s+"
                               r"(?:the\s+|sebuah\s+)?(?:[a-z]+\s+)?(?:tema|theme|topik|topic)\b"
                               r"(?!\s+(?:materi|paparan|presentasi|makalah|presentation|paper|"
                               r"talk)\b)")
_OPENER_OF = {"”": "“", "\"": "\"", "’": "‘"}


def _title_before(text: str, close: int) -> Title | None:
    """The quoted title that closes at ``text[close]`` (see ``_TITLE_THEN_THEME``)."""
    open_at = text.rfind(_OPENER_OF[text[close]], 0, close)
    if open_at < 0 or close - open_at > 250:
        return None
    title = text[open_at + 1:close].strip(" ,.")
    return Title(title, open_at, close + 1, True) if len(title.split()) >= 2 else None


def _counted(text: str, cue_start: int) -> bool:
    """A number or a quantifier before the theme noun ("tiga tema utama yakni A, B, dan C",
    "beberapa topik, yaitu ...") counts several themes the talk ranged over, not the one
    the event was given."""
    before = text[max(0, cue_start - 20):cue_start].split()
    if not before or not _THEME_NOUN_START.match(text, cue_start):
        return False
    word = before[-1].casefold()
    return word.isdigit() or number_words().get(word, ("joiner",))[0] != "joiner" or \
        word in _QUANTIFIERS


_THEME_NOUN_START = re.compile(r"(?i:tema|topik|theme|topic)")
_QUANTIFIERS = frozenset({"beberapa", "berbagai", "sejumlah", "banyak", "several", "many",
                          "various"})
# "kegiatan konferensi internasional yang diberi nama X": a verb of naming with the event
# for its object names it as "bertajuk" does; it is read only after an event noun (a person
# is "diberi nama" too) and below every theme cue, since it often names a programme
_NAMED_AS = re.compile(r"\b(?:" + EVENT_KINDS + r"|konferensi|"
                       r"conference|acara|kegiatan|program|forum|event)\b[^.;“”\"]{0,40}?\s"
                       r"(?:diberi\s+nama|dinamai|dinamakan|named|called)\s+(?=[A-Z0-9#])",
                       re.IGNORECASE)


# The words without one of which _EVENT_WORD, _ABOUT_EVENT (in lower case), _NAMED_EVENT
# and _HELD_OBJECT (as written: they mind case) find nothing. Each tries a class of nouns or
# verbs at every position of every sentence; most sentences hold none of them.
_EVENT_WORDS = ("webinar", "seminar", "wibinar", "diskusi", "talk", "lokakarya", "workshop",
                "lecture", "forum", "kuliah", "dialog")
_ABOUT_EVENT_WORDS = ("webinar", "seminar", "wibinar", "diskusi", "talk", "lokakarya",
                      "workshop", "kuliah", "forum", "dialog", "conference", "konferensi")
_NAMED_EVENT_WORDS = ("Webinar", "Seminar", "Lokakarya", "Workshop", "Talk", "Diskusi", "Dialog",
                      "Sarasehan", "Kuliah", "Public")
_NAMED_AS_WORDS = ("diberi nama", "dinama", "named", "called")
_HELD_OBJECT_WORDS = ("menggelar", "menyelenggarakan", "mengadakan", "held", "organi", "hosted")


def _candidates(sentence: Sentence) -> list[tuple[float, int, Title, str]]:
    """Every title the sentence offers: (rank, where its cue starts, title, cue kind)."""
    text = sentence.text
    lower = text.casefold()
    found: list[tuple[float, int, Title, str]] = []
    cued = any(map(lower.__contains__, _theme_keys()))
    patterns: tuple[re.Pattern[str], ...] = ()
    if cued:
        folded = sentence.folded
        stems = _cue_stems()
        if stems is None or has_any(folded, stems):
            patterns = (phrase_regex("theme_cue"),)
        if has_any(folded, _GENERIC_THEME_WORDS):
            patterns += (_GENERIC_THEME,)
    for pattern in patterns:
        for match in pattern.finditer(text):
            if _names_a_work(text, match.start()) or _counted(text, match.start()):
                continue
            kind = _cue_kind(match.group())
            # a talk's title is the event's only when nothing else names the event; a cue
            # attached to an event noun outranks one of the same strength that is not
            talk = 5 if _names_a_talk(text, match.start()) else 0
            if not talk and attached_to_event(text, match.start()):
                talk = -0.25
            title = _unclosed(text, title_after(text, match.end(), unquoted=False))
            if title is not None:
                found.append((talk, match.start(), title, kind))
                continue
            title = theme_after(text, match.end())
            if title is not None:
                found.append((talk + (1 if is_title_case(title.text) else 2.5), match.start(),
                              title, kind))
    quoted = "“" in text or "\"" in text or "‘" in text
    for match in _THEME_NOUN.finditer(text) if cued and quoted else ():
        if _names_a_work(text, match.start()):
            continue
        title = _unclosed(text, title_after(text, match.end(), unquoted=False))
        if title is not None:
            talk = 5 if _names_a_talk(text, match.start()) else 0
            if not talk and attached_to_event(text, match.start()):
                talk = -0.25
            found.append((talk + 0.5, match.start(), title, "theme"))
    for match in _TITLE_THEN_THEME.finditer(text) if cued and quoted else ():
        title = _title_before(text, match.start())
        if title is not None:
            found.append((0, title.start, title, "theme"))
    for match in _NAMED_AS.finditer(text) if has_any(lower, _NAMED_AS_WORDS) else ():
        title = theme_after(text, match.end())
        if title is not None and is_title_case(title.text):
            found.append((3, match.start(), title, "name"))
    for match in _EVENT_WORD.finditer(text) if quoted and has_any(sentence.folded,
                                                                  _EVENT_WORDS) else ():
        title = title_after(text, match.end(), unquoted=False)
        if title is not None:
            # the quoted name after the event noun names it as a naming cue does: a theme
            # cue about it ("Webinar “X” Seri 2 dengan tema Y") gives this event's theme
            found.append((2, match.start(), title, "name"))
    for match in _ACARA_QUOTED.finditer(text) if quoted and "acara" in lower else ():
        title = title_after(text, match.end(), unquoted=False)
        if title is not None:
            found.append((2, match.start(), title, ""))
    named_event = has_any(text, _NAMED_EVENT_WORDS)  # (read by two forms: scanned once)
    for match in _NAMED_EVENT.finditer(text) if named_event else ():
        held_before = _HELD_BEFORE.search(text, max(0, match.start() - 40), match.start()) or \
            _SPOKE_AT.search(text, max(0, match.start() - 40), match.start())
        if not (held_before or _HELD_BY.search(text, match.end())
                or _HELD_RELATIVE.search(text, match.end())
                or _HELD_PREDICATE.search(text, match.end())):
            continue
        title, rank = _event_name(text, match.end()), 4.0
        if title is None:
            title, rank = _closed_name(text, match.end()), 4.2
        relative = (_HELD_RELATIVE.match(text[title.end:])
                    or _HELD_PREDICATE.match(text[title.end:])) if title is not None else None
        if relative and _PROGRAMME_BEFORE.search(text, max(0, match.start() - 20),
                                                 match.start()):
            relative = None
        if title is not None and (held_before or _HELD_BY_AFTER.match(text[title.end:])
                                  or relative):
            found.append((rank, match.start(), _with_kind(text, match, title), ""))
    for match in _NAME_COLON_THEME.finditer(text) if ":" in text and named_event else ():
        title = theme_after(text, match.end())
        if title is not None and len(title.text.split()) >= 2 and is_title_case(title.text):
            found.append((3.5, match.start(), title, ""))
    for match in _HELD_OBJECT.finditer(text) if has_any(text, _HELD_OBJECT_WORDS) else ():
        title = _event_name(text, match.end(), qualifiers=False)
        if title is not None and len(title.text.split()) >= 2 and not text[
                title.end:].lstrip().startswith("("):
            found.append((4.5, match.start(), title, ""))
    for match in _ABOUT_EVENT.finditer(text) if has_any(sentence.folded,
                                                         _ABOUT_EVENT_WORDS) else ():
        title = theme_after(text, match.end())
        if title is not None and len(title.text.split()) >= 2 and is_title_case(
                title.text) and not opens_with_day(title.text):
            found.append((3.5, match.start(), title, ""))
    # "in the Coral Reefs Webinar Relay": an English name before its head noun
    for rank, start, title in english_names(text) if "ebinar" in text else ():
        found.append((rank, start, title, ""))
    for match in _TOPIC.finditer(text) if "tentang" in text and (
            "membahas" in text or "mengupas" in text) else ():
        title = title_after(text, match.end())
        if title is not None and len(title.text.split()) >= 2:
            found.append((3, match.start(), title, ""))
    return found


# "Dekan Rudi Hartono, saat membuka Webinar Nasional secara daring dengan tema X": the
# speaker extractor reads the cue as the speaker's talk, but the event noun it follows in
# the same clause is its head, so the theme is the event's too
_EVENT_HEADS_CUE = re.compile(r"\b(?:" + _EVENT_NOUNS + r"|kuliah\s+umum|sarasehan|dialog|forum)\b"
                              r"[^.;,“”\"]{0,50}$", re.IGNORECASE)


def _about_the_event(before: str, name: str) -> bool:
    """The theme cue after ``before`` has the event for its subject: the event's name given
    by a naming cue ("wadah Sekolah Ayah (Obrolan Sore) dengan topik Y") or the event noun
    with a demonstrative ("Seminar ini mengusung tema Y")."""
    edge = " ,)”’\"'"
    named = without_series_part(before.rstrip(edge)).rstrip(edge)
    return named.casefold().endswith(name.rstrip(edge).casefold()) or bool(
        _EVENT_SUBJECT.search(before))


def event_title(sentences: list[Sentence], talk_spans: set[tuple[int, int]]) -> str | None:
    """The event's title, or ``None`` when the text names none.

    The theme is preferred over a name: when the best title came from a naming cue
    ("Seminar X bertajuk “Temu Tani”") and a theme cue has the event for its subject
    ("Seminar ini mengusung tema “Y”", "Temu Tani dengan topik Y"), the theme is the title;
    a theme cue about something else ("dibuka dengan peringatan HUT dengan tema Z") is not.
    """
    best: tuple[float, int, int, str] | None = None
    best_kind = ""
    themes: list[tuple[str, int, str]] = []
    offered: list[str] = []
    for sentence in sentences:
        later = later_part_start(sentence)
        if later == 0:
            continue
        for rank, start, title, kind in _candidates(sentence):
            if len(title.text) < 3 or later is not None and title.end > later:
                continue
            if (sentence.index, title.start) in talk_spans:
                if not _EVENT_HEADS_CUE.search(sentence.text, max(0, start - 60), start):
                    continue
                rank += 0.5  # below a cue no speaker's talk claims
            key = (rank, sentence.index, start, title.text)
            if rank < 5:
                offered.append(title.text)
            if best is None or key < best:
                best, best_kind = key, kind
            if kind == "theme" and rank < 5:
                themes.append((sentence.text, start, title.text))
    if best is not None and best_kind == "name":
        for text, start, title_text in themes:
            if title_text != best[3] and _about_the_event(text[max(0, start - 80):start],
                                                          best[3]):
                return title_text
    return fuller_theme(best[3], offered) if best else None


@lru_cache(maxsize=None)
def _canonical() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((row[0], re.compile(row[1], re.IGNORECASE)) for row in
                 table("organizations.tsv"))


# a word of a name: capitalised, or opened by an apostrophe before its capital ("‘Aisyiyah"),
# or a bracketed gloss ("(Unpad)")
_ORG_WORD = r"(?:[‘'’]?[A-Z][\w.&'’/-]*|\((?!\d)[^()]{1,60}\))"
_ORG = rf"{_ORG_WORD}(?:\s+(?:(?:dan|&|of|the|for|and|de|di)\s+)?{_ORG_WORD})*"
# Partners joined to the first body ("A bekerja sama dengan B", "A berkolaborasi dengan B serta
# C", "A bersinergi dengan B", "A together with B"): every verb of working together with
# "dengan"/"with" is one class, so a new member of it is no new rule
_TOGETHER = r"\b(?:bekerja\s?sama|berkerja\s?sama|berkolaborasi|bersinergi|bermitra|bersama)\s+" \
            r"dengan\b|\b(?:in\s+(?:collaboration|cooperation|partnership)|together|jointly)\s+" \
            r"with\b"
_JOIN = rf"\s*(?:,|\bdan\b|\bserta\b|{_TOGETHER}|\bbersama\b|\band\b|&|\bwith\b)" \
        r"\s*(?:the\s+)?"
_PAIR = rf"\s*(?:\bdan\b|\bserta\b|{_TOGETHER}|\bbersama\b|\band\b|&|\bwith\b)\s*" \
        r"(?:the\s+)?"
# Verbs of holding in the active voice. Indonesian news writes the base form without its
# prefix as often as the prefixed one ("Unit X gelar webinar", "Y selenggarakan seminar");
# "menghelat" and "menginisiasi" are the same act; English has every tense of hold, host,
# organise, conduct and convene. Capitalised forms are left out: they head a headline
# ("Dinas X Gelar Webinar"), where the subject is often cut.
_HOLD_ACTIVE = (r"(?:menggelar|menyelenggarakan|mengadakan|melaksanakan|menghelat|menginisiasi|"
                r"gelar|selenggarakan|adakan|laksanakan|helat|held|hosted|hosts|holds|"
                r"organi[sz]ed|organi[sz]es|conducted|conducts|convened|convenes|"
                r"(?:is|are|was|were)\s+(?:holding|hosting|organi[sz]ing|conducting))")
# Passive verbs of holding whose agent may follow with or without "oleh" ("digagas PWI X",
# "diprakarsai Koalisi X"); "di adakan" written apart is the same word
_HELD_PASSIVE = r"(?:di\s?selenggarakan|di\s?adakan|di\s?gelar|dilaksanakan|dihelat|digagas|" \
                r"diinisiasi|diprakarsai)"
# The aspect auxiliaries that stand between a subject and its verb ("sudah", "telah",
# "sedang", "tengah", "sempat", "pernah", "baru (saja)"), with the completive "usai"/"selesai"
# ("Himpunan Uji usai menyelenggarakan webinar": having held it): Indonesian marks aspect by
# such a word before the verb, so the whole closed class is read, not one of its words.
_ASPECT = r"sudah|telah|sedang|tengah|sempat|pernah|baru(?:\s+saja)?|usai|selesai"
# The adverbs of time that stand in the same slot ("baru-baru ini", "belum lama ini",
# "kemarin", "hari ini", "has just held", "pada (hari) Sabtu (4/6/2022)"): a closed class of
# deictic adverbs and a day named with its date, read whole rather than one word of it
_WHEN = r"baru-baru\s+ini|belum\s+lama\s+ini|kemarin|hari\s+ini|just|" \
        r"pada\s+(?:hari\s+)?\w+(?:\s*\([\d/.\s-]{1,12}\))?"
_ORGANIZER_PATTERNS = (
    re.compile(rf"\b(?:{_HELD_PASSIVE}|diinisiasi\s+dan\s+diselenggarakan|"
               rf"(?:co-?|jointly\s+)?organi[sz]ed|held|hosted|convened|initiated)\s+"
               rf"(?:oleh|by)\s+(?:the\s+)?(?P<orgs>{_ORG}(?:{_JOIN}{_ORG})*)"),
    # "webinar yang digelar Forum Uji Takalar": the agent of a passive without "oleh"
    re.compile(rf"\b(?:diselenggarakan|digelar|diadakan|dihelat|digagas|diinisiasi|diprakarsai)"
               rf"\s+(?P<orgs>(?:[A-Z][\w.&'’/-]*){_ORG[len(_ORG_WORD):]}(?:{_JOIN}{_ORG})*)"),
    # "Universitas Uji melalui Fakultas Kehutanan menyelenggarakan": the body and its unit
    re.compile(rf"(?P<orgs>{_ORG}(?:{_PAIR}{_ORG})*)(?:\s*,?\s+(?:melalui|lewat)\s+"
               rf"(?P<unit>{_ORG})\s*,?)?\s*,?\s+(?:(?:kembali|{_ASPECT}|{_WHEN}|sukses|resmi|"
               rf"juga|pun|akan|berhasil|has|have|had|successfully|recently|jointly|also|"
               rf"on\s+\w+day)\s+)*{_HOLD_ACTIVE}\b"),
    re.compile(rf"\bkerja\s?sama\s+antara\s+(?P<orgs>{_ORG}(?:\s+dengan\s+{_ORG})?)"),
)
_ORGANIZER_HINT = re.compile(r"\b(?:di\s?selenggarakan|di\s?adakan|di\s?gelar|dilaksanakan|"
                            r"diinisiasi|diprakarsai|dihelat|digagas|organi[sz]e[ds]|held|"
                            r"host(?:s|ed|ing)|holds|holding|organi[sz]ing|conduct(?:s|ed|ing)|"
                            r"convene[sd]|initiated|menggelar|menyelenggarakan|mengadakan|"
                            r"melaksanakan|menghelat|menginisiasi|gelar|selenggarakan|adakan|"
                            r"laksanakan|helat|kerja\s?sama)\b", re.IGNORECASE)
# Words without one of which _ORGANIZER_HINT finds nothing (in lower case); _HOLD_ENDS
# below does the same for _HOLD_ACTIVE (as written: that pattern minds case). Both regexes
# try a class of verbs at every position, and the third organiser pattern a name at every
# capital before looking for its verb: they were most of the time of organizers, on
# sentences without one.
# A word is what every form holds: "menyelenggarakan" drops the s of "selenggarakan".
_HINT_WORDS = ("elenggarakan", "adakan", "gelar", "laksanakan", "inisiasi", "prakarsai",
               "helat", "gagas", "organi", "held", "host", "hold", "conduct", "convene",
               "initiated", "kerja")
# Words that open a clause and are no body: function words, and personal pronouns, which are
# subjects of a verb of holding as often as a body is ("Kita gelar acara ini secara virtual")
_NOT_ORG = re.compile(r"^(?:Webinar|Seminar|Acara|Kegiatan|Program|Rangkaian|Sebelumnya|Dalam|"
                      r"Pada|Kali|Ini|The|This|On|In|Untuk|Hal|Selain|Sementara|Menurut|Dengan|"
                      r"Melalui|Bersama|Kami|Kita|Mereka|Ia|Dia|Beliau|Saya|Aku|Kamu|Anda|We|"
                      r"They|It|He|She|I|You)$")
# The words that open an organisation's name. "A dan B" is two bodies when B opens with one
# ("Koalisi X dan Perwakilan Badan Y", "Kelurahan X dan Lembaga Y"), one when it does not
# ("Fakultas Ekonomi dan Bisnis"); an acronym after "dan" opens a body too ("X dan SPS").
# "Desa" and "Kelurahan" are left out: a department's field is often a village's ("Dinas
# Pemberdayaan Masyarakat dan Desa").
_BODY_HEADS = ("Pemerintah|Pemprov|Pemkab|Pemkot|Kementerian|Kementrian|Direktorat|Badan|Dinas|"
               "Kantor|Komisi|Dewan|Majelis|Lembaga|Balai|Perwakilan|Pusat|Universitas|"
               "University|Universiti|Institut|Institute|Politeknik|Akademi|Sekolah|Fakultas|"
               "Faculty|Program|Prodi|Jurusan|Departemen|Department|Himpunan|Ikatan|Asosiasi|"
               "Association|Persatuan|Perkumpulan|Perhimpunan|Koalisi|Forum|Komunitas|Yayasan|"
               "Foundation|Partai|Indonesian")


_AND_BODY = re.compile(rf"\s+(?:dan|and|&)\s+(?:the\s+)?(?=\x00|[A-Z]{{2,}}|(?:{_BODY_HEADS})\b)|"
                       r"(?<=\x00|\))\s+(?:dan|and|&)\s+")
_SPLIT = re.compile(rf"\s*(?:,|\bserta\b|{_TOGETHER}|\bbersama\b|\bwith\b|\bdengan\b)\s*")
# a time zone ends the time that opens a sentence ("pukul 08.30 WIB Pusat Studi X
# menyelenggarakan"): the subject starts after it
_TIME_ZONE = re.compile(r"^(?:WIB|WITA|WIT)\s+")


_LEADING_THE_OR_AND = re.compile(r"^\s*(?:the|dan|and)\s+", re.I)
"""An article or a conjunction left at the start of a split piece ("the X", "dan Y")."""
_CANONICAL_SLOT = re.compile(r"\x00(\d+)\x00")
"""The placeholder ``_split_orgs`` puts for a canonical name, its index in the group."""
_CITY_GOVERNMENT_PROVINCE = re.compile(
    r"^(Pemerintah\s+(?:Kota|Kabupaten)\s+.+?)\s+(?:Provinsi|Propinsi)\s.*$")
"""A city's or regency's government followed by its province ("Pemerintah Kota X
Provinsi Y"): the group is the body without the province."""
_SPACE = re.compile(r"\s+")


def _split_orgs(text: str) -> list[str]:
    canon = []
    for name, pattern in _canonical():
        def keep(match: re.Match[str], name: str = name) -> str:
            canon.append(name)
            return f" \x00{len(canon) - 1}\x00 "

        text = pattern.sub(keep, text)
    parts = _SPLIT.split(text)
    out = []
    for part in parts:
        for piece in _AND_BODY.split(part):
            piece = _LEADING_THE_OR_AND.sub("", piece.strip())
            piece = _TIME_ZONE.sub("", piece)
            piece = _CANONICAL_SLOT.sub(lambda m: canon[int(m.group(1))], piece)
            piece = _SPACE.sub(" ", piece).strip(" ,.;")
            piece = _CITY_GOVERNMENT_PROVINCE.sub(r"\1", piece)
            first = piece.split(maxsplit=1)[0].casefold() if piece else ""
            if (piece and not _NOT_ORG.match(piece) and any(c.isupper() for c in piece)
                    and not all(_degree(w) for w in piece.split())
                    and first not in position_words() and first not in day_names()
                    and first not in months() and first not in phrase_set("not_agent")):
                out.append(piece)
    return out


def _degree(word: str) -> bool:
    """An academic degree ("Ph.D", "M.Si"): the end of a person's name before a verb of
    holding ("Rina Uji, Ph.D., organized a webinar"), no body."""
    return word.replace(".", "").casefold() in degrees()


_BRACKETED = re.compile(r"\(([^()]*)\)")
"""A bracket without brackets inside; the group is what it holds."""
_WORD = re.compile(r"[\w’'-]+")
"""A word with its apostrophes and hyphens."""


def _glossed(name: str) -> frozenset[str]:
    """The words in a name's brackets: "Polibatam (Politeknik Negeri Batam)" glosses the
    name an earlier mention gave in full."""
    return frozenset(w.casefold() for inner in _BRACKETED.findall(name)
                     for w in _WORD.findall(inner))


def _name_words(name: str) -> frozenset[str]:
    """The words of an organisation's name, brackets and case aside ("Dewan Pimpinan Pusat
    (DPP) Uji" -> dewan, pimpinan, pusat, dpp, uji)."""
    return frozenset(w.casefold() for w in _WORD.findall(name))


def organizers(sentences: list[Sentence]) -> list[str]:
    """The organisations that held the event, in order of mention, without repeats.

    A later, shorter mention of a body already found ("DPP Uji" after "Dewan Pimpinan Pusat
    (DPP) Uji", "Universitas Uji" after "Universitas Uji Kota X") is the same body: a report
    names its organiser in full once and shortens it afterwards. A later, fuller one found in
    another sentence ("Komisi Uji (KU)" after "KU") takes the short one's place."""
    found: list[str] = []
    words: list[frozenset[str]] = []
    seen_in: list[int] = []
    for sentence in sentences:
        if tells_of_later_event(sentence):
            continue
        if not has_any(sentence.folded, _HINT_WORDS) or not _ORGANIZER_HINT.search(
                sentence.text):
            continue
        for matches in _organizer_matches(sentence.text):
            for orgs, unit in matches:
                for org in _split_orgs(orgs) + _split_orgs(unit or ""):
                    mine = _name_words(org)
                    if any(mine <= other or other <= _glossed(org) for other in words):
                        continue
                    fuller = [i for i, other in enumerate(words)
                              if other < mine and seen_in[i] != sentence.index]
                    if fuller:
                        found[fuller[0]], words[fuller[0]] = org, mine
                        seen_in[fuller[0]] = sentence.index
                        continue
                    found.append(org)
                    words.append(mine)
                    seen_in.append(sentence.index)
    return found


def holder_names(sentence: Sentence) -> list[str]:
    """The names a verb of holding gives its agent in one sentence, as written and before
    :func:`organizers` sorts out which of them are bodies ("Duta Uji Ambon melaksanakan
    webinar", "Kesehatan dan Rekreasi (PKR) Universitas Uji Kendari gelar webinar"): a name
    that is no body there (it opens with a job word, or the run starts inside a longer
    name) still says, by a town at its end, where the one holding the event sits."""
    if sentence.holds_phrase("future") or not has_any(sentence.folded, _HINT_WORDS) or \
            not _ORGANIZER_HINT.search(sentence.text):
        return []  # every verb the three patterns read is one of _ORGANIZER_HINT's
    return [orgs for matches in _organizer_matches(sentence.text)[:3] for orgs, _ in matches]


@lru_cache(maxsize=64)
def _organizer_matches(text: str) -> tuple[tuple[tuple[str, str | None], ...], ...]:
    """For each of ``_ORGANIZER_PATTERNS``, the names (and the unit) of its matches in
    ``text``: :func:`organizers` and then :func:`holder_names` (the place stage) read the
    same sentences, and the patterns try a name at every capital. A function of the text
    alone (the patterns are fixed), so kept by it; the two stages ask for an article's
    sentences one after the other, so a small cache holds the repeats."""
    found = []
    for pattern in _ORGANIZER_PATTERNS:
        end = len(text)
        if pattern is _ORGANIZER_PATTERNS[2]:
            end = _hold_reach(text)
            if end < 0:
                found.append(())
                continue
        found.append(tuple((m.group("orgs"), m.groupdict().get("unit"))
                           for m in pattern.finditer(text, 0, end)))
    return tuple(found)


# The last letters of every form _HOLD_ACTIVE reads (each form ends with one of them:
# "menyelenggarakan" and "selenggarakan" with "garakan", "organized" with "nized", "is
# holding" with "holding").
_HOLD_ENDS = ("gelar", "garakan", "adakan", "sanakan", "helat", "inisiasi", "held", "hosted",
              "hosts", "holds", "nised", "nized", "nises", "nizes", "ducted", "ducts", "vened",
              "venes", "holding", "hosting", "nising", "nizing", "ducting")


def _hold_reach(text: str) -> int:
    """How much of ``text`` the third organiser pattern needs to read: up to one character
    past the last verb of holding it may end with (the character its closing ``\b``
    reads), -1 when no such verb is written at all. Every match of that pattern ends with
    a form of ``_HOLD_ACTIVE``, and each form ends with a word of ``_HOLD_ENDS``, so no
    match ends after the last of them; cut there, the engine tries the same paths in the
    same order and finds the same matches (a path that would read past the cut fails in
    the whole text too), but no longer tries a name at each capital after the last verb,
    and then the whole rest of the sentence for the verb, to fail."""
    reach = -1
    for word in _HOLD_ENDS:
        at = text.rfind(word)
        if at >= 0 and at + len(word) > reach:
            reach = at + len(word)
    return min(reach + 1, len(text)) if reach >= 0 else -1
