"""A one-word "name" written wholly in capitals is an acronym, not a person.

People's names are written in title case ("Rina", "Budi Harto"); a single word in capitals
("UIN", "FIB", a company's brand) is the short name of a body, a faculty or a product, read
as a name when it stands where a name may ("Kopma UIN Jakarta", "Associate BRAND, A"). An
article that writes a person's name in capitals writes the whole name so ("RINA
LESTARI"), and one written in title case elsewhere in the article ("Anto" beside "ANTO")
is a name set in capitals for emphasis, so those stay. An initial ("A.") is no word here.
"""

from __future__ import annotations

from index.model import Speaker


def _acronym(name: str, article: str) -> bool:
    """``name`` is one word of two or more capitals that the article never writes in title
    case."""
    word = name.strip()
    return len(word) >= 2 and word.isalpha() and word.isupper() and " " not in word and (
        word.title() not in article)


def without_acronym_names(speakers: list[Speaker], article: str) -> list[Speaker]:
    """``speakers`` without those whose name is a single word in capitals."""
    return [s for s in speakers if not _acronym(s.name, article)]
