"""Article text to sentences, after repairing the glue that scraped text is full of.

Coverage copied from news sites sticks words together ("Narasumber 1Rina Lestiani",
"M.Si.mengenai", "digital.Dr. Ahmad", "Darmawan,M.Sc", "Ananda@rio_ananda"), and a
full stop is as often part of a title or degree ("Dr.", "S.Sos.", "Plt.", "Muh.") as the end
of a sentence. :func:`normalize_text` repairs the glue with a few spacing rules;
:func:`split_sentences` then cuts at sentence-final punctuation unless the word before it is
an honorific, a degree, an initial or a known abbreviation, or the word after it is a degree.

Numbered or dashed lists written one item per paragraph after a line ending in ":" are
joined back into their lead-in sentence, items separated by ";", because that is how the
people parser reads lists written inline; so are unmarked "Name – position" lines, "Name,
position" lines and lines that are only a titled name ("Prof. Dr. Name"). A position written
on the line under its item (bare or in brackets) belongs to that item; "sebagai berikut."
closed by a full stop leads into marked items as ":" does. The list ends at the first line
of prose. Such item lines and labelled lines ("Moderator: Name") are never taken for
hard-wrapped prose.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property, lru_cache

from index.lexicon import (abbreviations, may_hold_phrase, phrase_regex, phrase_set, phrases,
                           position_words, search_fold)
from index.names import is_degree, is_honorific, is_initial, is_listed_degree

from .degree_forms import split_degree
from .inner_stops import (BRACKET_SPAN, NAME_ALONE_SPAN, bracketed_abbreviation,
                          inside_name_bracket, job_after_degrees, unit_chain)


@dataclass(frozen=True)
class Sentence:
    """One sentence: its text, its order in the article and its paragraph."""

    text: str
    index: int
    paragraph: int

    @cached_property
    def folded(self) -> str:
        """The text as :func:`~index.lexicon.search_fold` writes it, made once: every stage
        tests the words its patterns need on it before running them."""
        return search_fold(self.text)

    @cached_property
    def _phrases_held(self) -> dict[str, bool]:
        return {}

    def holds_phrase(self, category: str) -> bool:
        """A phrase of ``category`` (``phrases.tsv``) is in the sentence. Several stages ask
        the same ("future": a later event's sentence), so each answer is kept, and the
        regex runs only where the phrases' words are (:func:`~index.lexicon.may_hold_phrase`).
        """
        held = self._phrases_held.get(category)
        if held is None:
            held = may_hold_phrase(category, self.folded) and bool(
                phrase_regex(category).search(self.text))
            self._phrases_held[category] = held
        return held


_SPACES = re.compile(r"[ \t\u00a0\u2009\u200b]+")
# Only these make _SPACES change anything (it rewrites every single space as itself). Tested
# with ``in``, one C scan each: the regex ``[\t\u00a0\u2009\u200b]| {2}`` finds one exactly
# when one of these substrings is in the text, but tried its two branches at every character.
_ODD_SPACES = ("  ", "\t", "\u00a0", "\u2009", "\u200b")
# U+00A0 as UTF-8 (C2 A0) decoded as Mac Roman: pages pasted from a Mac editor carry it
_MAC_NBSP = "\u00ac\u2020"
# Each glue: (pattern, replacement, gate). The regex engine scans fast only for a pattern
# that opens with a literal, so a glue whose lookbehind comes first checks its character
# after it instead ("\.(?<=[a-z]{3}\.)" is "(?<=[a-z]{3})\."), and a zero-width one runs
# only where its gate (a string, or a literal-led regex that every match implies) is
# found: these passes over the whole text were ~5% of extraction time.
_GLUES: tuple[tuple[re.Pattern[str], str, str | re.Pattern[str] | None], ...] = (
    (re.compile(r"(?<=[A-Za-z])@(?=\w+(?![\w.]*\.[a-z]{2,}))"), " @", "@"),
    (re.compile(r",(?=[A-Za-z])"), ", ", None),
    # (not inside a degree of dotted segments after an initial: "M.Comp.Sc.", "M.Med.Ed")
    (re.compile(r"\.(?<=[a-z]{3}\.)(?<!\b[A-Z]\.[A-Z][a-z]{2}\.)(?<!\b[A-Z]\.[A-Z][a-z]{3}\.)"
                r"(?=[A-Z][a-z])"), ". ", None),
    (re.compile(r"(?<=\.[A-Z][a-z]\.)(?=[a-z]{3,})|(?<=\.[A-Z][a-z]{2}\.)(?=[a-z]{3,})"), " ",
     re.compile(r"\.[A-Z][a-z]{1,2}\.[a-z]{3}")),
    (re.compile(r"(?<=\s\d)(?=[A-Z][a-z.])"), " ", re.compile(r"\d(?<=\s\d)[A-Z][a-z.]")),
    # (a space between a word and a dash, on either side: four passes, see below)
    (re.compile(r"–(?<=\w–)"), " –", "–"),
    (re.compile(r"–(?=\w)"), "– ", "–"),
    (re.compile(r"—(?<=\w—)"), " —", "—"),
    (re.compile(r"—(?=\w)"), "— ", "—"),
    (re.compile(r"-(?<=[A-Za-z.]-)(?=\s)"), " -", None),
    (re.compile(r"“(?<=[a-z]“)"), " “", "“"),
)
r"""The dash glue was one zero-width pattern, ``(?<=\w)(?=[–—])|(?<=[–—])(?=\w)``, a space
at each position between a word character and a dash or between a dash and a word
character; with no character to look for first, the engine tried it at every position of
every text containing a dash (the slowest step of :func:`normalize_text`). It is now four
passes, each led by one dash as a literal, which the engine finds with a fast search, and
run only when that dash is in the text: for each dash, a space before it after a word
character, then one after it before a word character. The same spaces: a position between
a word character and a dash and one between a dash and a word character are told apart by
the character before them, so no position gets two; and no pass changes a neighbour that a
later pass reads, since a space goes only between a dash and a word character (a space is
neither, and a dash never gets a space next to another dash), so every pass reads the
original text's neighbours. Likewise the quote glue ``(?<=[a-z])(?=[“])`` (a space before
each "“" after a lower-case letter) is led by the quote mark it inserts before."""
# A sentence opens with a capital, a digit, a handle, or the physician's title, which is
# written in lower case wherever it stands ("... FK Unair. dr. Rina menambahkan ...").
_BOUNDARY = re.compile(r"([.!?…]+)([\"”’)]*)\s+(?=[\"“‘(]?(?:[A-Z0-9@]|drg?\.\s?[A-Z]))")
_LAST_WORD = re.compile(r"([\w.’'-]+)$")
_LAST_WORD_REACH = 32
_LAST_RUN = re.compile(r"(?<![\w.’'-])([\w.’'-]++)$")
"""``_LAST_WORD`` tried only where a run of its characters starts, without giving back."""


def _last_word(text: str) -> re.Match[str] | None:
    """``_LAST_WORD.search(text)``, tried only near the end first.

    Why exact: ``_LAST_WORD`` matches at a position exactly when the run of its characters
    from there reaches the end (``$``, or a newline ending the text: none of them), so its
    leftmost match starts where the last run starts. ``_LAST_RUN`` is tried only at run
    starts (lookbehind) and gives nothing back, so searched from ``lo`` it finds that same
    match when the run starts after ``lo``; when it finds one at ``lo`` or none, the run may
    have begun before ``lo`` and the whole text is searched the slow way. A search from the
    start tried the pattern at every position of the window before the full stop, giving
    back along every word (about 29 µs a full stop, now about 4)."""
    lo = max(0, len(text) - _LAST_WORD_REACH)
    match = _LAST_RUN.search(text, lo)
    if lo > 0 and (match is None or match.start() == lo):
        return _LAST_WORD.search(text)
    return match
# A number ("1.", "2)"), a bullet, or a clock time with its dash in a rundown ("08.30 –",
# "08.30-09.00 WIB –"); a time alone is no number ("08.30").
_ITEM_MARK = re.compile(r"^(?:\d{1,2}[.:]\d{2}(?:\s*[–—-]\s*\d{1,2}[.:]\d{2})?(?:\s*WI[BTa-z]*)?"
                        r"\s*[–—-]|\d{1,2}[.)](?!\d)|[-•*·▪–])\s*")
# "Rina Lestari – Dosen Unmaju": a list item written one per line with a spaced dash and no
# mark; "Moderator: Rina Lestari": a labelled line. Neither is a wrapped line of prose.
_ITEM_LINE = re.compile(r"^[A-Z][^.!?:;–—\n]{2,60}?\s[–—]\s\S[^\n]{0,100}$")
_LABEL_LINE = re.compile(r"^[A-Z][\w .()/&-]{1,30}:\s*\S[^\n]{0,70}$")
# "Rina Lestari, dosen Unmaju" / "Rina Lestari (Unmaju)": a person written one per line, with
# no mark, under a lead-in that ends in ":". No full stop closes it: it is not prose.
_PERSON_LINE = re.compile(r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,5}(?:,\s|\s\()[^\n]{2,100}"
                          r"[^.!?:\n]$")
_LEAD_IN_WORDS = ("yaitu", "yakni", "antara lain", "sebagai berikut", "namely", "following")
_LEAD_IN = re.compile(r"(?::|\b(?:" + "|".join(_LEAD_IN_WORDS) + r"))\s*$", re.IGNORECASE)
_LONGEST_LEAD_IN = max(len(word) for word in _LEAD_IN_WORDS)
# "Adapun narasumbernya sebagai berikut." / "... adalah berikut ini.": a lead-in word that
# points forward, closed with a full stop instead of a colon. It leads into a list only when
# a marked item follows (a sentence that merely ends in "berikut" points at nothing).
_FORWARD_STOP = re.compile(r"\b(?:sebagai\s+berikut|berikut\s+ini|as\s+follows)\s*\.\s*$",
                           re.IGNORECASE)
# "Dr. Rina Lestari" / "Prof. Dr. Ir. Bayu Santosa": a line that is only a name after academic
# titles. Such a line is a list item under a lead-in, not a line of prose.
_TITLED_LINE = re.compile(r"^(?:[A-Z][a-z]{0,4}\.\s?){1,4}[A-Z][\w'’-]+(?: [A-Z][\w.'’-]*){0,4}$")


def _person_line(line: str) -> bool:
    """``line`` is a person written one per line under a lead-in: a name with a comma or a
    bracket after it (:data:`_PERSON_LINE`; a degree's own full stop may close it, "Rina
    Lestari, S.H., M.H."), or a name after academic titles and nothing else."""
    if _PERSON_LINE.match(line):
        return True
    if line.endswith(".") and is_degree(line.rsplit(maxsplit=1)[-1]) and _PERSON_LINE.match(
            line[:-1]):
        return True
    match = _TITLED_LINE.match(line)
    return match is not None and is_honorific(line.split(maxsplit=1)[0])


_JOB_LINE = re.compile(r"^[A-Z][a-z]+ [^\n]{2,120}[^.!?:;\n]$")


def _job_line(line: str) -> bool:
    """``line`` is a job title and nothing else ("Dosen Universitas Bukit", "Kepala Dinas
    X"): it opens with the head of a job title and holds no sentence punctuation. Under a
    list item it is that item's position (a job opens no item: a person does)."""
    return _JOB_LINE.match(line) is not None and line.split(maxsplit=1)[0].casefold() in \
        position_words() and "," not in line[:line.find(" ")]


def _leads_in(text: str) -> bool:
    """``text`` ends with a lead-in to a list (":", "yaitu", ...). A match ends where the
    trailing spaces start, so the search starts there minus the longest lead-in: a
    search over the whole paragraph tried the pattern at every character."""
    return _LEAD_IN.search(text, max(0, len(text.rstrip()) - _LONGEST_LEAD_IN)) is not None


@lru_cache(maxsize=1)
def normalize_text(text: str) -> str:
    """``text`` with glued words pulled apart and runs of spaces collapsed (newlines kept).

    Cached for the last text: extraction normalises each article twice (its sentences, then
    its questions)."""
    if _MAC_NBSP in text:
        # a no-break space whose UTF-8 bytes were read as Mac Roman ("terkait¬†“X”"): a
        # space, or the word before it would glue to a quote or the next word
        text = text.replace(_MAC_NBSP, " ")
    if any(map(text.__contains__, _ODD_SPACES)):
        text = _SPACES.sub(" ", text)
    for pattern, replacement, gate in _GLUES:
        if gate is None or (gate in text if isinstance(gate, str) else gate.search(text)):
            text = pattern.sub(replacement, text)
    return text


def _after_honorific(before: str, word: str) -> bool:
    """The word before ``word`` (the last of ``before``) is an honorific (a rank)."""
    head = before[:len(before) - len(word)].split()
    return bool(head) and is_honorific(head[-1])


def _next_word(after: str) -> str:
    """The first word of ``after`` (the text after a full stop), its comma stripped."""
    return after.split(maxsplit=1)[0].rstrip(",;") if after.strip() else ""


def _stop_word(before: str) -> str:
    """The word that the full stop ending ``before`` closes, as written."""
    match = _last_word(before)
    return match.group(1) if match else ""


def _read_whole(before: str, word: str) -> str:
    """``word`` (:func:`_stop_word`) read whole with the part of its degree written apart
    before it: "Sp. Ort." is read as "Sp.Ort." is."""
    if 0 < len(word) <= 6 and word[0].isupper() and (
            head := before[max(0, len(before) - len(word) - 7):len(before) - len(word)].split()
    ) and split_degree(head[-1], word):
        return head[-1] + word
    return word


def _degree_after_comma(before: str, word: str, next_word: str) -> bool:
    """``word``, ending ``before`` with its full stop, is a degree set off from the name by a
    comma ("Wayan Sukadana, S.T."), and ``next_word`` is no initial."""
    return is_degree(word) and not is_honorific(word) and not is_initial(
        next_word.rstrip(".")) and before[:len(before) - len(word)].rstrip().endswith(",")


def _keeps_going(before: str, after: str) -> bool:
    """A full stop between ``before`` and ``after`` does not end the sentence.

    It does not after an initial, an honorific or an abbreviation ("Dr.", "A.", "Plt."), nor
    before a degree ("Santosa. S.Kom"). After a degree it ends the sentence unless the
    next word is in lowercase ("M.Si. mengenai ...").
    """
    next_word = _next_word(after)
    if next_word and is_degree(next_word):
        return True
    word = _stop_word(before)
    if word and next_word and split_degree(word, next_word):
        return True  # "Ph. D", "Lic. Theol": one degree written apart after its full stop
    word = _read_whole(before, word)
    bare = word.rstrip(".")
    if not bare:
        return False
    if _inner_initials(before, word, next_word):
        return True
    if next_word.casefold() == "selaku" and (is_degree(word) or is_degree(bare)):
        # "Rudi, S.H., M.H. Selaku Kepala ...": "selaku" (in the capacity of) takes the
        # position of the name before it; written with a capital after the degree's full
        # stop it still goes on with that name ("Sebagai" may open a sentence, "Selaku" here
        # does not: it needs the subject it describes right before it)
        return True
    if bare.casefold() in phrase_set("name_abbrev") and not bare.isupper() and \
            next_word[:1].isupper():
        # "MC, St. Rahma Idris": a name's abbreviated first word ("St." for "Siti"), written
        # in mixed case, is no degree after a comma even where it spells one ("ST")
        return True
    if _degree_after_comma(before, word, next_word):
        # "Wayan Sukadana, S.T. Wayan memaparkan ...": after a comma, "S.T." is a degree (a
        # job after it is read in _inner_stop, inner_stops.job_after_degrees)
        return _goes_on_after_degree(before, next_word) or _spaced_degree_next(after)
    if is_initial(bare) or is_honorific(bare) or is_honorific(word):
        return True
    if bare.replace(".", "").casefold() in abbreviations():
        return True
    if bare.casefold() in phrase_set("rank_corps") and _after_honorific(before, word):
        return True  # "Kolonel Inf. Rudi": a rank's corps, abbreviated, goes on with the name
    if bare.casefold() in phrase_set("name_abbrev"):
        return True
    if is_degree(word) or is_degree(bare):
        return _goes_on_after_degree(before, next_word) or _spaced_degree_next(after)
    if len(bare) <= 3 and bare.isupper() and bare.isalpha():
        # "Prof. HB. Saanin": initials written as one word after a title
        head = before[:len(before) - len(word)].split()
        return bool(head) and is_honorific(head[-1])
    return False


def _spaced_degree_next(after: str) -> bool:
    """The text after a degree's full stop opens with another degree written with a space
    after its first letter ("Lc. M. Si., selaku ..."): the chain of degrees goes on, as it
    does before a degree written whole ("Lc. M.Si."), which :func:`_keeps_going` reads
    first. Only a listed degree counts: an initial and a word ("M. Rizal") start a name."""
    if not after[:1].isupper() or after[1:3] != ". ":
        return False  # (the quick answer for nearly every full stop: no "X. " after it)
    words = after.split(maxsplit=2)
    return len(words) >= 2 and is_listed_degree(words[0] + words[1].rstrip(",;"))


def _goes_on_after_degree(before: str, next_word: str) -> bool:
    """A degree's full stop before ``next_word`` ends no sentence: the next word is in lower
    case ("M.Si. mengenai ..."), opens a bracket, or is the head of a job inside a list of
    people separated by semicolons ("...; Dr. A, M.Pd. Ketua X; B, M.Si. Kepala Y"): a
    semicolon in the sentence so far shows its items run on, each a name, its degrees and
    its job with no comma between them, so a capitalised job noun after the degree is that
    item's job, not a new sentence."""
    return next_word[:1].islower() or next_word[:1] == "(" or (
        (";" in before or _ITEM_LEAD.search(before) is not None)
        and next_word.casefold() in position_words())


# "Pembicara antara lain Dr. A, S.H., M.A. Guru Besar X, B ...", "Narasumber diantaranya Dra.
# A, M.M. Kabid X": a list lead-in earlier in the sentence shows that items run on, each a
# name, its degrees and its job, as a semicolon does (:func:`_goes_on_after_degree`).
_ITEM_LEAD = re.compile(r"\b(?:yaitu|yakni|antara\s+lain|di\s?antaranya|namely|including)\b|:",
                        re.IGNORECASE)


# Two or three initials written as one word ("A.R.", "R.Y."): the shape of a degree too
_INITIALS_WORD = re.compile(r"^(?:[A-Z]\.){2,3}$")


def _inner_initials(before: str, word: str, next_word: str) -> bool:
    """``word`` is initials inside a name ("Kemas A.R. Fadli", "Direktur R.Y. Hendra
    Wijaya"): dotted capitals that are no listed degree, between a capitalised word with no
    comma after it and a capitalised word. A degree follows a name after a comma or closes
    it; initials stand between its words, so the full stop ends no sentence."""
    if not (_INITIALS_WORD.match(word) and next_word[:1].isupper() and next_word[1:2].islower()
            and not is_listed_degree(word)):
        return False
    head = before[:len(before) - len(word)].split()
    return bool(head) and head[-1][:1].isupper() and head[-1][-1:].isalpha()


_SHORT_QUOTE = re.compile(r"[“\"][^“”\"\n]{3,200}[”\"]")
_WORD_WINDOW = 100

MAX_SENTENCE_CHARS = 2000
"""A longer "sentence" is a run-on list, a table flattened into one line, or junk (real ones
stay under ~700 characters). It is cut between clauses into pieces of at most this size,
because the speaker parsers do work proportional to a sentence's length for every cue it
holds: without the cut, a 1 MB line without full stops took hours."""


def _split_paragraph(paragraph: str) -> list[str]:
    sentences: list[str] = []
    separators: list[tuple[int, int]] = []
    start = 0
    # (a short quote opens with one of its two marks: most paragraphs hold neither, and two
    # ``in`` scans are cheaper than the regex's scan of the paragraph for its class)
    quotes = [(m.start(), m.end()) for m in _SHORT_QUOTE.finditer(paragraph)] \
        if "“" in paragraph or '"' in paragraph else []
    quote_starts = [a for a, _ in quotes]
    for match in _BOUNDARY.finditer(paragraph):
        # Quotes do not overlap, so only the last one opening before the boundary can hold it.
        last = bisect_left(quote_starts, match.start()) - 1
        if last >= 0 and match.end() < quotes[last][1]:
            continue
        # _keeps_going looks at one word on each side: windows, not the whole paragraph,
        # keep this linear in the paragraph's length.
        if match.group(1) == "." and (mark := _bracket_item(paragraph, start, match)) >= 0:
            # "(Hakim X) 2. Drs. B": the list reads on with a separator for the number
            separators.append((mark, match.end()))
            continue
        if match.group(1) == "." and _item_number(paragraph, start, match.start(), match.end()):
            continue
        if match.group(1) == "." and _keeps_going(
                paragraph[max(start, match.start() - _WORD_WINDOW):match.start() + 1],
                paragraph[match.end():match.end() + _WORD_WINDOW]):
            continue
        if match.group(1) == "." and _inner_stop(paragraph, start, match):
            continue
        sentences.append(_separated(paragraph, start, match.end(), separators))
        start = match.end()
    tail = _separated(paragraph, start, len(paragraph), separators)
    if tail:
        sentences.append(tail)
    return [piece for sentence in sentences for piece in _bounded(sentence)]


def _inner_stop(paragraph: str, start: int, match: re.Match[str]) -> bool:
    """The full stop of ``match`` stands inside a noun phrase (:mod:`.inner_stops`)."""
    dot = match.start()
    before = paragraph[max(start, dot - _WORD_WINDOW):dot]
    after = paragraph[match.end():match.end() + _WORD_WINDOW]
    if bracketed_abbreviation(before + ".", match.group(2)) or unit_chain(before, after):
        return True
    if _job_after_degrees(paragraph, start, match, before, after):
        return True
    return not match.group(2) and inside_name_bracket(
        paragraph[max(start, dot - BRACKET_SPAN):dot], after)


def _job_after_degrees(paragraph: str, start: int, match: re.Match[str], before: str,
                       after: str) -> bool:
    """The full stop of ``match`` closes a name's last degree before that name's job
    (:func:`.inner_stops.job_after_degrees`). The name alone is read from the sentence's
    start and only when nothing closes after the stop; the degree set off by a comma is
    read as :func:`_keeps_going` reads it: it is reached here only when that degree's full
    stop did not go on there (:func:`_goes_on_after_degree`)."""
    dot = match.start()
    sentence = paragraph[start:dot] if not match.group(2) and dot - start <= NAME_ALONE_SPAN \
        else None

    def comma_degree() -> bool:
        stop = before + "."
        return _degree_after_comma(stop, _read_whole(stop, _stop_word(stop)), _next_word(after))

    return job_after_degrees(after, sentence, comma_degree)


_NUMBER_END = re.compile(r"(?:^|[\s(])(\d{1,2})$")
_SECOND_ITEM = re.compile(r"[^\n]{0,300}?[,;]\s*2\.\s")


def _item_number(paragraph: str, start: int, stop: int, after: int) -> bool:
    """The full stop at ``stop`` closes the number of an item in a list written inline
    ("narasumber yaitu 1. Dr. A, 2. B, 3. C"), not a sentence: the number follows a lead-in,
    a comma or a semicolon, and the numbers run on (2 follows 1, or n - 1 came before n)."""
    number = _NUMBER_END.search(paragraph, max(start, stop - 4), stop)
    if number is None:
        return False
    before = paragraph[start:number.start(1)].rstrip()
    if not (before.endswith((",", ";", ":")) or _leads_in(before)):
        return False
    n = int(number.group(1))
    if n == 1:
        return _SECOND_ITEM.match(paragraph, after, after + 320) is not None
    return re.search(rf"(?:^|[\s:;,]){n - 1}\.\s", before) is not None


def _bracket_item(paragraph: str, start: int, match: re.Match[str]) -> int:
    """Where the number of an item starts when the full stop of ``match`` closes one that
    follows a closing bracket ("yaitu Drs. A (Hakim X) 2. Drs. B (Hakim Y) 3. C": an item
    whose description closes in brackets needs no comma before the next number), else -1.
    The people parser splits a list at commas and semicolons, so the number becomes one."""
    stop = match.start()
    number = _NUMBER_END.search(paragraph, max(start, stop - 4), stop)
    if number is None or match.group(2):
        return -1
    before = paragraph[start:number.start(1)].rstrip()
    if not before.endswith(")") or not _runs_on(paragraph, before, int(number.group(1)),
                                                 match.end()):
        return -1
    return start + len(before)


def _separated(paragraph: str, start: int, end: int, separators: list[tuple[int, int]]) -> str:
    """``paragraph[start:end]``, stripped, with each item number in ``separators`` (spans
    from after its closing bracket to the next item) written as "; "."""
    inside = [(a, b) for a, b in separators if start <= a and b <= end]
    if not inside:
        return paragraph[start:end].strip()
    pieces = []
    at = start
    for a, b in inside:
        pieces.append(paragraph[at:a])
        pieces.append("; ")
        at = b
    pieces.append(paragraph[at:end])
    return "".join(pieces).strip()


@lru_cache(maxsize=None)
def _next_item(n: int) -> re.Pattern[str]:
    """Item number ``n`` after a bracket, comma or semicolon within a line's reach: the next
    item of a list whose numbers follow closing brackets. One pattern per number, cached."""
    return re.compile(rf"[^\n]{{0,300}}?[,;)]\s*{n}\.\s")


@lru_cache(maxsize=None)
def _item_before(n: int) -> re.Pattern[str]:
    """Item number ``n`` written as a number after a space or a list mark ("yaitu 1. A"):
    the item before a number that follows a closing bracket. One pattern per number, cached."""
    return re.compile(rf"(?:^|[\s:;,]){n}\.\s")


def _runs_on(paragraph: str, before: str, n: int, after: int) -> bool:
    """Number ``n`` after a closing bracket is an item's: n - 1 came before it as a number
    (the first item may have none, "yaitu A (X) 2. B (Y)"), or n + 1 follows after a
    bracket, comma or semicolon. A bracket then "1." alone starts no list."""
    if n >= 2 and _item_before(n - 1).search(before) is not None:
        return True
    return _next_item(n + 1).match(paragraph, after, after + 320) is not None


def _bounded(sentence: str) -> list[str]:
    """``sentence`` in pieces of at most :data:`MAX_SENTENCE_CHARS`, cut between clauses."""
    if len(sentence) <= MAX_SENTENCE_CHARS:
        return [sentence]
    pieces: list[str] = []
    start = 0
    while len(sentence) - start > MAX_SENTENCE_CHARS:
        end = start + MAX_SENTENCE_CHARS
        cut = max(sentence.rfind("; ", start, end), sentence.rfind(", ", start, end))
        if cut < start + MAX_SENTENCE_CHARS // 2:
            cut = sentence.rfind(" ", start, end)
        if cut <= start:
            cut = end - 1
        pieces.append(sentence[start:cut + 1].strip())
        start = cut + 1
    pieces.append(sentence[start:].strip())
    return [piece for piece in pieces if piece]


def _join_lists(paragraphs: list[str]) -> list[str]:
    """Paragraph lists after a lead-in ending in ":" become one ";"-separated paragraph."""
    joined: list[str] = []
    i = 0
    while i < len(paragraphs):
        para = paragraphs[i]
        i += 1
        if not _leads_in(para) and not (
                para.endswith((";", ".")) and i < len(paragraphs)
                and _ITEM_MARK.match(paragraphs[i]) and not _ITEM_MARK.match(para)
                and (para.endswith(";") or _FORWARD_STOP.search(para, len(para) - 30))):
            # a ";" ends a clause, never a paragraph: a paragraph that stops at one, with a
            # marked item under it, leads into that list as ":" would (and is read as one);
            # so does "sebagai berikut." (as follows), which points at what comes next
            joined.append(para)
            continue
        if not _leads_in(para):
            para = para.rstrip()[:-1] + ":"
        items: list[str] = []
        while i < len(paragraphs):
            mark = _ITEM_MARK.match(paragraphs[i])
            if items and not mark and (_BRACKET_LINE.match(paragraphs[i])
                                       or _job_line(paragraphs[i])):
                # "1. Dr. Rina Lestari, M.Si." then "(Dosen Unmaju)" or "Dosen Unmaju": the
                # item's position written on a line of its own belongs to the item above it
                line = paragraphs[i].rstrip(".;")
                items[-1] += (" " if line.startswith("(") else ", ") + line
                i += 1
                continue
            if not mark and not _ITEM_LINE.match(paragraphs[i]) and not _person_line(
                    paragraphs[i]):
                break
            item = paragraphs[i][mark.end() if mark else 0:].strip()
            i += 1
            if not item and i < len(paragraphs):
                item = paragraphs[i].strip()
                i += 1
            if item:
                items.append(item.rstrip(".;"))
        joined.append(para + (" " + "; ".join(items) + "." if items else ""))
    return joined


_BRACKET_LINE = re.compile(r"^\([^()\n]{2,120}\)[.;]?$")

_OPEN_END = re.compile(r"[^.!?:;\"”’)]$")


def _open_ended(line: str) -> bool:
    """``line`` stops mid-sentence: no closing punctuation, or a title's full stop."""
    if _OPEN_END.search(line, max(0, len(line) - 2)):  # a match ends at the end (or a last \n)
        return True
    last = line.rsplit(maxsplit=1)[-1].rstrip(".") if line.strip() else ""
    return bool(last) and (is_honorific(last) or is_initial(last)
                           or last.casefold() in abbreviations())


@lru_cache(maxsize=None)
def _cue_ends() -> frozenset[str]:
    """The last words of the theme cues ("bertajuk", "dengan tema", "titled")."""
    return frozenset(p.split()[-1].casefold() for p in phrases("theme_cue"))


def _ends_in_cue(line: str) -> bool:
    """``line`` ends with a theme cue ("... webinar dengan tema"): a cue takes the title as
    its complement, so the line break after it is layout, not the end of the sentence."""
    last = line[-12:].rsplit(maxsplit=1)[-1] if line[-12:].strip() else ""
    return last.casefold() in _cue_ends()


def _listed_line(line: str) -> bool:
    return bool(_ITEM_LINE.match(line) or _LABEL_LINE.match(line))


def _unwrap(paragraphs: list[str]) -> list[str]:
    """Lines of hard-wrapped text joined back into paragraphs.

    A line continues into the next when the next starts in lowercase or with "(", or the
    line ends with a theme cue waiting for its title ("dengan tema" / "“X”"), or, in text
    that is visibly wrapped (several long lines without closing punctuation), whenever the
    line does not end a sentence.
    """
    long_open = [len(p) for p in paragraphs if len(p) >= 40 and _open_ended(p)
                 and not _ITEM_MARK.match(p) and not _listed_line(p)]
    long_lines = [len(p) for p in paragraphs if len(p) >= 40]
    wrapped = (len(long_open) >= 4 and 2 * len(long_open) >= len(long_lines)
               and sorted(long_open)[len(long_open) // 2] <= 100)
    out: list[str] = []
    listing = False
    for para in paragraphs:
        if _ITEM_MARK.match(para) or _listed_line(para) or (listing and (
                _person_line(para) or _job_line(para) or _BRACKET_LINE.match(para))):
            out.append(para)
            continue
        listing = _leads_in(para) and len(para) <= 120
        if out and _open_ended(out[-1]) and not _leads_in(out[-1]) and not _listed_line(
                out[-1]) and not _OUTLET_LINE.match(para) and (
                para[:1].islower() or para[:1] == "(" or (wrapped and len(out[-1]) >= 40)
                or _ends_in_cue(out[-1])):
            out[-1] = out[-1] + " " + para
        else:
            out.append(para)
    return out


_OUTLET_LINE = re.compile(r"[a-z][\w-]*(?:\.[a-z]{2,})+\s*(?:[,|:]|[–—-]{1,2}\s)")
"""A line that opens with a web domain and a dateline's mark ("uji.com, Kota –", "uji.id –
Pada ..."): a domain is written in lower case wherever it stands, so this lower-case start
opens a new paragraph (the outlet's dateline after the headline), never continues the line
before it."""
_LINE_BREAK = re.compile(r"\n\s*\n|\n")
"""A blank line or a line break: each line is a paragraph."""


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of ``text`` (paragraphs separated by blank lines), in order."""
    paragraphs = [p.strip() for p in _LINE_BREAK.split(normalize_text(text))]
    paragraphs = _join_lists(_unwrap([p for p in paragraphs if p]))
    out: list[Sentence] = []
    for number, para in enumerate(paragraphs):
        for sentence in _split_paragraph(para):
            out.append(Sentence(sentence, len(out), number))
    return out
