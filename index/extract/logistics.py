"""What the organisers say about the event itself ("webinar kali ini diikuti 300 peserta",
"kegiatan ini bertujuan ...", "webinar ini dalam rangka memperingati ...": its occasion), which
names no one on the programme (:func:`reports_logistics`), and the two ways words of that kind
are still placed at the event by the text.

Why: such a report is read after the speech verb ("Kepala X A mengatakan, webinar ini
diikuti ..."). But an event noun right after a preposition of occasion, with the verb of
holding in a relative clause on it ("saat Forum X yang diselenggarakan ...", "dalam webinar
yang berlangsung ..."), is the adverbial that tells where the words were said, not what
they say: the speech tag names the event, which places the speaker there. And a statement
whose own speaker's tag further on, by a pronoun, names the session ("..., ungkapnya saat
webinar") was given at the event, whatever it says of it: the one tag covers the speaker's
words up to it (read over at most two sentences, and never past a sentence that reports
someone new).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .reported_speech import SESSION_NOUNS

_LOGISTICS = re.compile(r"\b(?:webinar|seminar|kegiatan|acara|diskusi|forum)\b[^.]{0,60}?\b"
                        r"(?:diikuti|dihadiri|bertujuan|digelar|dilaksanakan|diselenggarakan|"
                        r"diadakan|disiarkan|menghadirkan|narasumber|berlangsung|dalam\s+rangka|"
                        r"was\s+attended|aims?)\b", re.IGNORECASE)
# A preposition of occasion (and an event head noun or an article) right before the event noun.
_OCCASION = re.compile(r"\b(?:dalam|pada|saat|ketika|di|selama|at|during|in)\s+(?:(?:acara|"
                       r"kegiatan|sebuah|the|a|an)\s+)?$", re.IGNORECASE)
# The verb of holding in a relative clause on the noun of occasion ("saat Forum X yang
# diselenggarakan ..."): it describes the occasion; without "yang" it is what was said
# ("mengatakan dalam kegiatan ini bertujuan ...", a report of the event's aims).
_RELATIVE = re.compile(r"\byang\b")
# The speaker's pronoun tag placing their words at the session ("ungkapnya saat webinar").
_TAG_AT_SESSION = re.compile(r"\b(?:ungkap|kata|ujar|tutur|jelas|tegas|ucap|imbuh|tambah|papar|"
                             r"terang)nya\s+(?:saat|ketika|dalam|pada|di)\s+(?:acara\s+|kegiatan\s+)?"
                             r"(?:" + SESSION_NOUNS + r")\b", re.IGNORECASE)


def reports_logistics(text: str, at: int) -> bool:
    """After ``at`` (the end of a speech verb's subject), ``text`` reports on the event itself,
    not counting an event noun in the adverbial of occasion that places the words."""
    for match in _LOGISTICS.finditer(text, at):
        if _OCCASION.search(text, max(at, match.start() - 24), match.start()) is None or \
                _RELATIVE.search(match.group()) is None:
            return True
    return False


def tagged_at_session(texts: list[str], k: int, new_subject: Callable[[str], bool]) -> bool:
    """A pronoun tag in the ``k``-th text or in one of the two after it, before any that
    reports someone new, places the words of the ``k``-th text's speaker at the session."""
    for j in range(k, min(k + 3, len(texts))):
        if j > k and new_subject(texts[j]):
            return False
        if "nya" in texts[j] and _TAG_AT_SESSION.search(texts[j]):
            return True
    return False
