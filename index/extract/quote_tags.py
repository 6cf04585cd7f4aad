"""The verbs of a quote tag, and a tag's verb written with a capital.

A quotation is reported from behind it by a verb of saying with its subject inverted
("“...,” ujar A"). Some sites capitalise the verb after the closing quote, as if a new
sentence began ("“...,” Ungkap A, Direktur X dalam sambutannya"); read as a name word, the
verb makes "Ungkap A" a name and hides the speaker. Right after a closing quote (and its
comma) such a word is the tag's verb, whatever its case: a name never stands there, since
the tag's subject comes after its verb.
"""

from __future__ import annotations

# The verbs that report a quotation from behind it, their subject inverted after them
# ("“...,” ujar A", "“...,” ucap A saat membuka webinar").
QUOTE_TAG_VERBS = frozenset({"ujar", "ucap", "kata", "tutur", "ungkap", "jelas", "tegas",
                             "imbuh", "tambah", "papar", "terang", "pungkas", "tukas"})

_CLOSING = frozenset({"”", '"'})


def after_closing_quote(texts: list[str], i: int) -> bool:
    """Token ``i`` of ``texts`` stands right after a closing quote, or after the comma
    right after one ("”", "”,", ", ”" as tokenised)."""
    if i >= 1 and texts[i - 1] in _CLOSING:
        return True
    return i >= 2 and texts[i - 1] == "," and texts[i - 2] in _CLOSING


def capitalised_tag_verb(texts: list[str], i: int) -> bool:
    """Token ``i`` is a quote tag's verb written with a capital ("”, Ungkap A")."""
    word = texts[i]
    return word[:1].isupper() and word.casefold() in QUOTE_TAG_VERBS and \
        after_closing_quote(texts, i)
