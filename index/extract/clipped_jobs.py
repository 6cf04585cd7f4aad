"""A clipped job written before a name that the article also writes in full is the job.

Why: Indonesian reports shorten a job by clipping its words and gluing the pieces into one
capitalised word ("Wakil Menteri" -> "Wamen", "Kepala Dinas" -> "Kadis", "Sekretaris
Dinas" -> "Sekdis"), and write it right before the holder's name when the person comes back
later in the text ("ujar Kadis Rahmat"). The clip is an open class (any job of any office
can be clipped), so it reads as a first name: the speaker list gets a second person, the
clip glued to part of the name. Document-level evidence tells it: another speaker's full
name holds the rest of the run, and the clip is spelled by the words of that speaker's own
job, in order, each piece starting with its word's first letter. A given name is no clip of
the job the same article gives the namesake ("Rahmat Hidayat" and "Kepala Dinas Sosial Dedi
Hidayat": "Rahmat" is no clip of "Kepala Dinas Sosial").

Cost: only speakers of two words or more, against the other speakers of one article.
"""

from __future__ import annotations

from dataclasses import replace

from index.model import Speaker


def _pieces(clip: str, words: list[str]) -> bool:
    """``clip`` is the concatenation of two or more pieces, each the start of a word of
    ``words`` in order (a word may be skipped) and each with further letters of that word
    in order after its first ("wamenag" from "wakil menteri agama", "sekdis" from
    "sekretaris dinas")."""
    def match(at: int, k: int, used: int) -> bool:
        if at == len(clip):
            return used >= 2
        for j in range(k, len(words)):
            word = words[j]
            if word[0] != clip[at]:
                continue
            end, w = at + 1, 1
            # take further letters of the word, in order, then try the next word
            while True:
                if match(end, j + 1, used + 1):
                    return True
                if end == len(clip):
                    break
                w = word.find(clip[end], w)
                if w < 0:
                    break
                end, w = end + 1, w + 1
        return False
    return len(clip) <= 12 and match(0, 0, 0)


def _job_words(position: str | None) -> list[str]:
    if not position:
        return []
    return [w.casefold() for w in position.replace(";", " ").replace(",", " ").split()
            if w.isalpha()]


def _holder(speaker: Speaker, others: list[Speaker]) -> int | None:
    """The index in ``others`` of the speaker whose full name holds ``speaker``'s name
    after its first word and whose job spells that first word."""
    words = speaker.name.split()
    if len(words) < 2 or not words[0].isalpha():
        return None
    head, rest = words[0].casefold(), [w.casefold() for w in words[1:]]
    for i, other in enumerate(others):
        full = [w.casefold() for w in other.name.split()]
        if other is speaker or head in full or len(full) <= len(rest):
            continue
        if not any(full[k:k + len(rest)] == rest for k in range(len(full) - len(rest) + 1)):
            continue
        if _pieces(head, _job_words(other.position)):
            return i
    return None


def without_clipped_jobs(speakers: list[Speaker]) -> list[Speaker]:
    """``speakers`` with a run "Clip Name" folded into the speaker named in full (module
    docstring): the full one keeps its name and job and takes the talk it lacks."""
    if len(speakers) < 2:
        return speakers
    kept = list(speakers)
    drop: set[int] = set()
    for i, speaker in enumerate(speakers):
        j = _holder(speaker, speakers)
        if j is None or j in drop:
            continue
        drop.add(i)
        if kept[j].talk_title is None and speaker.talk_title is not None:
            kept[j] = replace(kept[j], talk_title=speaker.talk_title)
    return [s for i, s in enumerate(kept) if i not in drop]
