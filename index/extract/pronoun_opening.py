"""An opening whose opener is named by a pronoun: "“...,” tegasnya saat membuka webinar",
"“...,” ucapnya dalam sambutan pembukaan", "Beliau juga secara resmi membuka acara".

Why: the clause that says the event was opened ("A saat membuka acara", role_cues.tsv) gives
its subject the opening; when the subject is a pronoun, the -nya of a verb of saying after a
quotation or a pronoun opening the sentence, it refers back to the person named last. That
person gave the opening as surely as if the name stood there. Only one person named in the
sentence the pronoun looks back to (none named in between): with two or more the pronoun is
not read. The mention is of middle strength, so a role word stated for the person elsewhere
("narasumber", a list under "pembicara") still wins.
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.lexicon import phrase_pattern, phrases

from .people_6_frames import Mention
from .sentences import Sentence

# How many sentences back the pronoun may look (a quotation is often split into several).
_LOOK_BACK = 6


# Roots of the verbs of saying whose -nya form closes a quotation ("ujarnya", "tuturnya").
_SAYING = r"(?:ujar|kata|tutur|ucap|ungkap|jelas|tegas|tambah|imbuh|papar|terang|pungkas|" \
    r"sebut|lanjut|harap|ajak|pesan|tandas|seru)"


@lru_cache(maxsize=None)
def _opening_by_pronoun() -> re.Pattern[str]:
    """A pronoun subject and a clause that opens the event: the -nya of a verb of saying
    after a closing quotation mark with an adverbial "saat/ketika/dalam membuka X", or a
    pronoun opening the sentence with "membuka/mengawali X" as its predicate."""
    opened = phrase_pattern(phrases("opened_noun"))
    verb = r"(?:secara\s+resmi\s+)?(?:membuka|mengawali)\s+(?:secara\s+resmi\s+)?(?:sesi\s+)?(?:" \
        + opened + r")\b"
    # the welcome itself as the adverbial ("ucapnya dalam sambutan pembukaan"): the clause
    # says the speaker gave the opening as "saat membuka acara" does
    welcome = r"(?:kata\s+)?sambutan(?:nya|\s+pembuka(?:an)?(?:nya)?)?\b"
    # the -nya of a verb of saying after the closing quotation mark, or opening the sentence
    # when the quotation's own full stop ended the one before ("... untuk desa kita.” Tuturnya
    # dengan nada tegas saat membuka acara."), with at most three words of manner between
    # (at the start only the -nya of a root of saying: "Selanjutnya dalam sambutannya, A"
    # is a discourse adverb before a named subject)
    said = r"(?:[”\"]\s*,?\s*[a-z]+|^" + _SAYING + r")nya\s+(?:(?:dengan|penuh)(?:\s+[a-z]+)" \
        r"{0,2}\s+)?(?:saat|ketika|sewaktu|sambil|seraya|sekaligus|dalam)\s+"
    subject = r"^(?:beliau|ia|dia)\s+(?:(?:juga|pun|kemudian|lalu|sekaligus|yang)\s+)*"
    return re.compile(r"(?:" + said + r"(?:" + verb + r"|" + welcome + r")|" + subject + verb
                      + r")", re.IGNORECASE)


def pronoun_opening(sentence: Sentence, mentions: list[Mention]) -> Mention | None:
    """The opening of the one person the pronoun of ``sentence`` refers back to, if the
    sentence opens the event by a pronoun (see the module docstring)."""
    if "membuka" not in sentence.text and "mengawali" not in sentence.text and \
            "sambutan" not in sentence.text:
        return None  # a quick test before the regex
    if _opening_by_pronoun().search(sentence.text) is None:
        return None
    for back in range(sentence.index - 1, max(-1, sentence.index - 1 - _LOOK_BACK), -1):
        named = {m.name: m for m in mentions if m.order[0] == back}
        if not named:
            continue
        if len(named) != 1:
            return None
        last = next(iter(named.values()))
        return Mention(last.name, last.written, "opening", 2, None, None, last.handle,
                       (sentence.index, 0), narrative=True)
    return None
