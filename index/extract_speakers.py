"""Who was on the programme: speakers, keynotes, moderators, KOLs, hosts, opening remarks.

People are found only where coverage introduces them, sentence by sentence:

1. **Role cues** (``role_cues.tsv``) are located in the sentence. Each cue owns the text up
   to the next cue (its *forward slot*) and the text back to the previous cue (its
   *backward slot*).
2. A cue reads its forward slot first: a whole list after a lead-in ("empat narasumber yang
   terdiri dari A selaku ..., B selaku ..., serta C", "speakers included A, B of C"), or the
   person who opens the slot ("dipandu oleh A", "pemateri pertama adalah A", "Keynote
   Speech Samuel A. Pangerapan"). Role nouns and "after" cues also read backwards ("A
   selaku moderator", "A bertindak sebagai Key Opinion Leader (KOL)", "A dalam
   sambutannya", "A saat menjadi pemateri").
3. A sentence that opens with a name and a presenting verb ("Partohap Sihombing, menjelaskan
   etika ...", "Meanwhile, Dr. Khotijah Omar explained ...") describes a speaker when the
   article is a programme report; such a mention mostly adds a talk title to someone
   already introduced.
4. Mentions of one person are merged (same identity key, same handle, a shorter form of the
   name, a nickname inside the name, or a one-letter typo): the strongest cue decides the
   role, the first good position and talk title are kept.

People who are only quoted ("Direktur Jenderal ... Semuel Pangerapan mengatakan ...", a
minister's earlier statement) match none of these frames, so they are not speakers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import bounded, phrase_regex, phrase_set
from .model import Speaker
from .name_runs import looks_like_verb
from .people import PersonPhrase, parse_person
from .people_lists import parse_list
from .sentences import Sentence
from .speaker_frames import Mention, find_cues, make_mention, sentence_mentions, talk_after
from .speaker_merge import group_mentions, to_speaker

_ADVERBIAL = re.compile(r"^(?:[^,.;“\"]{0,60}?),\s+")


def _narrative_mention(sentence: Sentence) -> Mention | None:
    """"Juli Antasari, S.Pd., menjelaskan ..." / "Meanwhile, Dr. Khotijah Omar explained ..."."""
    text = sentence.text
    start = 0
    discourse = phrase_regex("discourse").match(text)
    if discourse:
        start = discourse.end()
    else:
        adverbial = _ADVERBIAL.match(text)
        if adverbial and parse_person(adverbial.group(), name_first_only=True) is None \
                and len(adverbial.group().split()) <= 5:
            start = adverbial.end()
    rest = text[start:].lstrip(" ,")
    offset = len(text) - len(rest)
    person = parse_person(rest[:240], name_first_only=True)
    if person is None or person.start > 2:
        return None
    after = rest[person.end:]
    verb = _first_verb(after)
    talk = talk_after(after)
    context = (offset + person.end, len(text))
    order = (sentence.index, offset + person.start)
    if talk is not None and (verb is None or after.find(verb) > after.find(talk.text)):
        return make_mention(person, "speaker", 1, text, context, order, True)
    if verb is None or verb.casefold() not in phrase_set("present_verb"):
        return None
    if verb.casefold() == "menyampaikan" and re.match(r"\s*bahwa\b", after.split(verb, 1)[1]):
        return None
    return make_mention(person, "speaker", 1, text, context, order, True)


def _first_verb(text: str) -> str | None:
    depth = 0
    for word in re.findall(r"[\w’']+|[()]", text)[:16]:
        if word == "(":
            depth += 1
        elif word == ")":
            depth -= 1
        elif depth <= 0 and (looks_like_verb(word) or word.casefold() in phrase_set(
                "present_verb") or word.casefold() in phrase_set("quote_verb")):
            return word
    return None


@dataclass
class SpeakerResult:
    """The programme, and the text spans used as talk titles (not the event's title)."""

    speakers: list[Speaker]
    talk_spans: set[tuple[int, int]]


_PRONOUN_LIST = re.compile(r"^(?:mereka|they|keduanya|ketiganya|keempatnya|both)\s+(?:adalah|"
                           r"ialah|yakni|yaitu|are|were|included|include)\b\s*:?",
                           re.IGNORECASE)


def _pronoun_list(sentence: Sentence, previous: Sentence | None) -> list[Mention]:
    """"... menghadirkan tiga narasumber. Mereka adalah A, jabatan; B, jabatan." """
    match = _PRONOUN_LIST.match(sentence.text)
    if match is None or previous is None:
        return []
    cues = [c for c in find_cues(previous.text) if c.kind == "noun"]
    if not cues or previous.text[cues[-1].end:].strip(" .") not in {""}:
        return []
    role = cues[-1].role
    text = sentence.text
    people = parse_list(text[match.end():], whole_list=True)
    mentions = []
    for listed in people:
        base = match.end()
        mentions.append(make_mention(listed.person, role, 2, text,
                                 (base + listed.start + listed.person.end, base + listed.end),
                                 (sentence.index, base + listed.start)))
    return mentions


def _listing_sentence(sentence: Sentence) -> list[Mention]:
    """A sentence that is nothing but a list of people with their positions ("Amalia Hasnida
    (MSc in Public Health ...), Khrisna Aria Putra (...), and Ikrom Mustofa (...).")."""
    text = sentence.text
    outside = re.sub(r"\([^()]*\)", " ", text)
    if any(looks_like_verb(w.strip(",.;:")) for w in outside.split()):
        return []
    people = parse_list(text, whole_list=True)
    if len(people) < 2 or not all(p.person.position for p in people):
        return []
    if not all(_strong_name(p.person) for p in people):
        return []
    covered = sum(p.end - p.start for p in people)
    if covered < 0.8 * len(text.rstrip(". ")):
        return []
    return [make_mention(p.person, "speaker", 1, text, (p.start + p.person.end, p.end),
                     (sentence.index, p.start)) for p in people]


def _strong_name(person: PersonPhrase) -> bool:
    words = [w for w in person.name.split() if len(w.rstrip(".")) > 1]
    return len(words) >= 2 or person.written != person.name


def _official_opening(mentions: list[Mention]) -> None:
    """A head of government or of an institution presented without a programme role
    ("menghadirkan Walikota Gorontalo, Marten A. Taha dan empat narasumber") gives the
    opening remarks: that is how such programmes run."""
    officials = phrase_regex("official")
    for mention in mentions:
        if mention.role == "speaker" and mention.strength == 1 and mention.position and \
                officials.match(mention.position):
            mention.role = "opening"


def extract_speakers(sentences: list[Sentence]) -> SpeakerResult:
    """The people on the programme of the event the sentences report."""
    mentions: list[Mention] = []
    previous = None
    for sentence in sentences:
        found = sentence_mentions(sentence) or _pronoun_list(sentence, previous)
        if not found and not find_cues(sentence.text):
            found = _listing_sentence(sentence)
        mentions.extend(found)
        previous = sentence
    _official_opening(mentions)
    programme = any(m.role in {"speaker", "keynote", "moderator"} for m in mentions) or any(
        re.search(bounded(r"(?:narasumber|nara sumber|pemateri|pembicara|speakers?)"),
                  s.text, re.IGNORECASE) for s in sentences)
    if programme:
        for sentence in sentences:
            narrative = _narrative_mention(sentence)
            if narrative is not None:
                mentions.append(narrative)
    people = group_mentions(mentions)
    speakers = [s for s in (to_speaker(p) for p in people) if s is not None]
    talks = {m.talk_span for m in mentions if m.talk_span is not None}
    return SpeakerResult(speakers, talks)
