"""Places a sentence names as what someone talked about, or as where a guest works.

Two grammatical frames put a kabupaten/kota into a sentence without saying anything of
where the event was (:mod:`index.extract.place` tags such mentions with a weak cue, so that
a town named only so is no candidate, as a place inside quoted speech already is not):

- **reported content**: the complement of a verb of saying or presenting ("menyebutkan
  bahwa ia mengawasi sekolah di Kabupaten X", "memaparkan materi tentang kesiapsiagaan
  masyarakat X", "membahas tentang bencana yang rawan terjadi di Kota X"). "bahwa" opens
  what was said; "tentang"/"mengenai" after a word that is no event's name open what a
  talk was about; so does a speaker's pronoun with a verb of presenting ("ia menyajikan
  penelitian pada cerita rakyat X", "Ia menyampaikan, kondisi ... di Kota X"). This is
  indirect speech, the same as a quotation's places, and the
  subject matter, not the venue. A verb of holding the event or an event noun between the
  complementizer and the place ("mengatakan bahwa webinar ini digelar di Kota X") makes it
  the event's place again.
- **a population, not an audience**: "rakyat X", "warga X", "penduduk X" name the people
  an event was for only in a sentence about the event or its attendance ("webinar untuk
  masyarakat X", "warga X antusias mengikuti pelatihan"); elsewhere they are what the text
  is about, a history ("momentum rakyat X melawan ...") or a statistic ("prevalensi ... di
  kalangan penduduk X"): :func:`speaks_of_event`.
- **a guest described**: a speaker's or moderator's name (or "Ia"/"Beliau" right after a
  sentence naming one), then a predicate of description ("selaku Pengawas Sekolah Kabupaten
  X", "yang kerap menjadi pembawa acara di X", "Ia adalah dosen ... di X", "merupakan
  cendekia Kota X"): where the guest works or comes from, as a place inside a guest's
  extracted position is (the ``visitor`` cue). Those who open an event are not guests here:
  their office is often the event's place.
"""

from __future__ import annotations

import re

_COMPLEMENT = re.compile(r"\b(?:bahwa|tentang|mengenai)\b")
"""Complementizers in lower case only: a capitalised "Tentang" opens a title."""
_PRESENTS = re.compile(r"\b(?:[Ii]a|[Bb]eliau|[Dd]ia)\s+(?:(?:juga|pun|lalu|kemudian)\s+)?"
                       r"(?:menyajikan|memaparkan|menjelaskan|mencontohkan|menceritakan|"
                       r"menyampaikan|mengungkapkan|menguraikan|mengisahkan)\b")
"""A speaker, as a pronoun, and a verb of presenting: its object is what the talk showed
("ia menyajikan penelitian pada cerita rakyat X", "Ia menyampaikan, kondisi ... di X")."""
_EVENT_WORD = re.compile(r"\b(?:webinar|seminar|diskusi|talk\s?show|lokakarya|workshop|"
                         r"pelatihan|kuliah|sarasehan|acara|kegiatan|forum|dialog|bimtek|"
                         r"sosialisasi|event|tema|bertema|bertajuk|berjudul)\b", re.IGNORECASE)
"""Nouns of the event itself: "webinar tentang X" names its theme, not a talk's content."""
_HELD = re.compile(r"\b(?:digelar|dilaksanakan|diselenggarakan|diadakan|berlangsung|bertempat|"
                   r"berlokasi|menggelar|mengadakan|menyelenggarakan|held|hosted)\b",
                   re.IGNORECASE)
_ATTENDANCE = re.compile(r"\b(?:peserta|participants?|attend\w*|(?:meng|di)?ikuti|hadir|"
                         r"dihadiri|menghadiri|antusias|sasaran)\b", re.IGNORECASE)
"""Words of taking part in the event: "warga X antusias ikuti", "diikuti masyarakat X"."""
_REACH = 160
"""How far back (characters) a guest's name may stand before the place, in its sentence."""


def reported_content(text: str, start: int) -> bool:
    """The place at ``start`` lies in the complement of a verb of saying or presenting
    (see the module docstring)."""
    found = None
    for found in _COMPLEMENT.finditer(text, 0, start):
        pass
    presents = None
    for presents in _PRESENTS.finditer(text, 0, start):
        pass
    if presents is not None and (found is None or presents.start() > found.start()):
        found = presents  # "ia menyajikan penelitian pada cerita rakyat X": what was shown
    if found is None:
        return False
    between = text[found.end():start]
    if _HELD.search(between) or ";" in between or _EVENT_WORD.search(
            " ".join(between.split()[-3:])):
        return False  # "bahwa webinar ini digelar di Kota X", "bahwa webinar Kota X": the event's
    if found.group() == "bahwa" or found.re is _PRESENTS:
        return True
    # "tentang"/"mengenai": a talk's content after its verb or "materi", not an event's
    # theme ("webinar tentang X", "bertema tentang X")
    before = text[max(0, found.start() - 40):found.start()].split()[-3:]
    return not any(_EVENT_WORD.fullmatch(w.strip(",.:;“”\"")) for w in before)


def speaks_of_event(text: str) -> bool:
    """The sentence names the event or its attendance, so a population it names ("warga
    X") may be the event's audience (see the module docstring)."""
    return _EVENT_WORD.search(text) is not None or _ATTENDANCE.search(text) is not None


_DESCRIPTION = re.compile(r"(?:\s*,?\s*(?:[A-Z][\w.]*\.|[A-Z]{2,}[\w.]*)\s*,?)*\s*,?\s*"
                          r"(?:(?:yang\s+)?(?:juga\s+)?(?:selaku|merupakan|adalah)|sebagai|"
                          r"yang\s+(?:kerap|sering|biasa|juga|menjadi|bekerja|berprofesi|"
                          r"menjabat)|who\s+is|is\s+a|was\s+a)\b")
"""What follows a guest's name (after its degrees: ", S.Pd., MM.,") when a description of
the guest comes next."""
_LIST_GOES_ON = re.compile(r";|,\s*(?:dan|serta|and)\b")
_PRONOUN = re.compile(r"^\s*(?:Ia|Beliau|He|She)\s+(?:juga\s+)?(?:adalah|merupakan|is|was)\b")


def described_guest(text: str, start: int, guests: tuple[str, ...],
                    guest_before: bool = False) -> bool:
    """The place at ``start`` lies in a description of a guest (a speaker, a moderator):
    after one of ``guests``' names and a predicate of description, or in a sentence opening
    "Ia adalah ..." when the sentence before (``guest_before``) named a guest."""
    window_start = max(0, start - _REACH)
    opens = None
    for name in guests:
        at = text.rfind(name, window_start, start)
        if at != -1 and _DESCRIPTION.match(text, at + len(name)):
            opens = max(opens or 0, at + len(name))
    if opens is None and guest_before:
        pronoun = _PRONOUN.match(text)
        if pronoun is not None and pronoun.end() <= start:
            opens = pronoun.end()
    if opens is None:
        return False
    between = text[opens:start]
    if _HELD.search(between) or _LIST_GOES_ON.search(between):
        return False  # "..., dan para dosen ... Kota X": the description has ended
    # "menjadi narasumber webinar Kota X": the event's own name is just before the place
    return not _EVENT_WORD.search(" ".join(between.split()[-3:]))
