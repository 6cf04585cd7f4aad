"""A name cut off by the end of the excerpt is no name one can give.

Why: the texts are excerpts, and an excerpt ends where it was cut, often mid-sentence and
sometimes mid-name ("... the third speaker, Head of the X Department, Rina S", "Narasumber
pertama yaitu Kak Rin"). What is left of the name is a fragment: an initial that stood for a
surname, the first letters of a word. The record contract says an extractor must not invent
what was cut off, and a fragment given as a name is such an invention (it matches no person
anywhere else). A text that ends on a name with no closing mark after it, in a sentence of
prose (a few words before the name and no label before a colon, so not a card line such as
"Moderator: Rina Wati" or "Narasumber 2: Rina Wati" that may end a whole page), was cut
inside that sentence, and the name it ends on may be cut too; so that person is left out
unless the article names them elsewhere in full (then the other mention carries them). A
one-word job read right after the name at the very end ("... adalah Rina Wati Se") is the
cut end of the same run, and is judged the same way.
"""

from __future__ import annotations

from index.model import Speaker

# words of the last sentence before the name: fewer is a card or a heading line
_PROSE_WORDS = 3


def cut_off(speaker: Speaker, last_sentence: str, article: str) -> bool:
    """``speaker`` is named only at the very end of the excerpt, whose last sentence
    ``last_sentence`` ends on the name's last word with no closing mark after it."""
    text = last_sentence.rstrip()
    if not text or not text[-1].isalnum():
        return False
    last_word = speaker.name.split()[-1] if speaker.name.split() else ""
    if not last_word:
        return False
    ending = last_word
    if not text.endswith(" " + last_word):
        # the run was cut and its cut end read as a job after the name ("... adalah Rina
        # Wati Se"): the name and that word end the excerpt together
        job = speaker.position or ""
        if " " in job or not job[:1].isupper() or not text.endswith(
                f" {speaker.name} {job}"):
            return False
        ending = f"{last_word} {job}"
    before = text[: -len(ending)].split()
    if len(before) < _PROSE_WORDS or any(w.endswith(":") or w == ":" for w in before[:3]):
        return False
    # named in full elsewhere: the name occurs again before the end
    return article.count(speaker.name) <= 1
