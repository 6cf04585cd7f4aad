"""General shapes of the degrees written after a name, beside the listed ones.

``people_0_tokens.degrees_end`` reads the chain of degrees after a name token by token;
this module holds the shapes it accepts that no list can hold whole:

- a degree whose head has two letters, split from its field by the space after its full
  stop ("Ph. D", "Sp. Ort."): like "M. Sc" after an initial, the two pieces joined are a
  listed degree or a medical specialist's "Sp" and its specialty;
- a degree that names a level and then its field as a word of its own ("Dip. TEFL",
  "Lic. Theol", "Dipl. Ing"): a diploma or a licentiate is written so, and the field
  (capitalised, at most five letters) belongs to the degree, as "Ing" does in "Dipl.-Ing";
- a degree written with a space for its first full stop and none after ("M Sc", "S Pd",
  "M Si" after "Ir Rina Wati"): news copy drops the stops of degrees ("SP MSi") as often as
  it spaces them, and the letter with a listed field after it, closing the name (a comma,
  a bracket, the end or another degree next), is that degree, not the name's initial and
  one more name word; a field of one letter ("S H") stays two initials, as names have them;
- inside a chain that has begun, three more shapes that only a degree has there: initials
  of four words or more ("M.I.T.C.L."), capitals standing between two degrees ("C.Ht, CI,
  CPS"), and a certification in capitals whose own full stop ends the sentence ("S.Pd.,
  MSR. Beliau ...").

Why only these: a name's words are capitalised and longer ("Davidescu Sp. Christina"
keeps "Christina", five letters past the field's limit after a two-letter head), and a
body named after a degree chain ("M.Si, BRIN") stands at the end of the chain, not between
two degrees.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from index.lexicon import not_name_words
from index.names import is_degree, is_honorific, is_listed_degree

if TYPE_CHECKING:
    from index.extract.people_0_tokens import Token

# "Ph." or "Sp.": a capital, one small letter and its full stop
_TWO_LETTER_HEAD = re.compile(r"^[A-Z][a-z]\.$")
# the field written after a head: "D", "D.", "Sc", "Ort.", "KJ"
_FIELD = re.compile(r"^[A-Z][A-Za-z]{0,3}\.?$")
_SPECIALIST = re.compile(r"^Sp\.[A-Z][A-Za-z]{0,4}\.?$")
# heads of a diploma or licentiate written before their field as a word of its own
LEVEL_HEADS = frozenset({"dip", "dipl", "lic"})
_FIELD_WORD = re.compile(r"^[A-Z][A-Za-z]{1,4}\.?$")
# initials of a degree's words, four or more ("M.I.T.C.L.", "M.B.B.S.")
_INITIALS_CHAIN = re.compile(r"^[A-Z](?:\.[A-Z]){3,7}\.?$")
_CAPITALS = re.compile(r"^[A-Z]{2,6}®?$")


@lru_cache(maxsize=8192)
def split_degree(head: str, field: str) -> bool:
    """``head`` and ``field`` are one degree written apart after the head's full stop:
    a two-letter head ("Ph. D", "Sp. Ort.") or a diploma or licentiate with its field ("Dip.
    TEFL", "Lic. Theol"). The full stop between them ends no sentence."""
    if not (3 <= len(head) <= 5 and head[-1] == "." and field[:1].isupper() and len(field) <= 6):
        return False
    if _TWO_LETTER_HEAD.match(head) and _FIELD.match(field) and not is_honorific(head):
        joined = head + field
        return is_listed_degree(joined) or _SPECIALIST.match(joined) is not None
    return level_and_field(head, field)


_CLOSERS = frozenset({",", ";", "(", ")", ".", ":"})


def stopless_pair(tokens: list[Token], j: int) -> bool:
    """Tokens ``j`` and ``j + 1`` are a degree written with a space for its full stop and no
    stop at all ("M Sc,", "S Pd,", "M Si S.Pd"): a bare capital, then a field of two to four
    letters that makes a listed degree with it, then the end of the name: a closing mark,
    the end of the text, another degree or a word in lower case ("S Pd selaku ..."; a name
    goes on in capitals, "Rudi M Santoso")."""
    head = tokens[j].text
    if len(head) != 1 or not head.isupper() or j + 1 >= len(tokens):
        return False
    field = tokens[j + 1].text.rstrip(".")
    if not (2 <= len(field) <= 4 and _FIELD.match(field) and field.isalpha()):
        return False
    if not is_listed_degree(head + "." + field):
        return False
    after = tokens[j + 2].text if j + 2 < len(tokens) else ""
    return not after or after in _CLOSERS or after.islower() or is_degree(after)


def level_and_field(head: str, field: str) -> bool:
    """A diploma or licentiate written with its field as a word of its own ("Dip. TEFL",
    "Lic. Theol"). The head needs its full stop: bare, it could be a word of the name."""
    return head.endswith(".") and head.rstrip(".").casefold() in LEVEL_HEADS and (
        _FIELD_WORD.match(field) is not None and field.rstrip(".").isalpha())


def spaced_pair(tokens: list[Token], j: int) -> int:
    """2 when the degree at ``j`` is written apart after its head's full stop (see
    :func:`split_degree`), else 0."""
    head = tokens[j].text
    if not (head.endswith(".") and 3 <= len(head) <= 5):
        return 0  # (what split_degree asks of the head first, without its cache)
    return 2 if j + 1 < len(tokens) and split_degree(head, tokens[j + 1].text) else 0


def chain_degree(tokens: list[Token], j: int) -> bool:
    """Token ``j``, inside a chain of degrees already begun, is one more degree of a shape
    only degrees have there (see the module's docstring)."""
    tok = tokens[j].text
    if _INITIALS_CHAIN.match(tok):
        return True
    if not _CAPITALS.match(tok.rstrip(".")) or tok.rstrip(".").casefold() in not_name_words():
        return False
    if tok.endswith(".") and tok[0] in "CM":
        # its own full stop ends the sentence, and the chain with it
        return j + 1 >= len(tokens) or tokens[j + 1].text[:1].isupper()
    # between two degrees: ", CI, CPS"
    return (j + 2 < len(tokens) and tokens[j + 1].text == ","
            and is_degree(tokens[j + 2].text))
