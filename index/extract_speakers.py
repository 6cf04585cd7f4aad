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
from dataclasses import dataclass, field
from functools import lru_cache

from .lexicon import bounded, phrase_pattern, phrase_regex, phrase_set, role_cues
from .model import Speaker
from .names import speaker_key, strip_degrees
from .people import PersonPhrase, head_is_position, looks_like_verb, parse_person, tokenize
from .people_lists import ListedPerson, parse_list
from .sentences import Sentence
from .titles import Title, title_after

ROLE_PRIORITY = ("keynote", "kol", "moderator", "opening", "host", "speaker", "other")
_COPULA = frozenset({"selaku", "sebagai", "bertindak", "as", "menjadi", "merupakan", "adalah",
                     "being", "is", "was", "the", "a", "an", "one", "of", "salah", "satu",
                     "seorang", "juga", "pula", "yang", "acting", "served", "serves", "had",
                     "has", "honour", "honor", "privilege", "tampil", "hadir", "berperan",
                     "didapuk", "ditunjuk", "(", ",", "–", "-", "—", ":"})


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    role: str
    kind: str
    strength: int
    text: str


@dataclass
class Mention:
    """One sighting of a person in the article."""

    name: str
    written: str
    role: str | None
    strength: int
    position: str | None
    talk_title: Title | None
    handle: str | None
    order: tuple[int, int]
    narrative: bool = False

    @property
    def talk_span(self) -> tuple[int, int] | None:
        """(sentence index, start) of the talk title in its sentence."""
        return (self.order[0], self.talk_title.start) if self.talk_title else None


@dataclass
class Person:
    mentions: list[Mention] = field(default_factory=list)

    @property
    def best(self) -> Mention:
        return max(self.mentions, key=lambda m: (
            m.strength > 1, not m.narrative, len(m.name.split()), -m.order[0], -m.order[1]))


@lru_cache(maxsize=None)
def _cue_table() -> tuple[re.Pattern[str], dict[str, tuple[str, str, int]]]:
    lookup = {}
    phrases = []
    for cue in role_cues():
        phrases.append(cue.phrase)
        base = cue.phrase.rstrip("?").casefold()
        lookup[base] = (cue.role, cue.kind, cue.strength)
        if cue.phrase.endswith("?"):
            lookup[base[:-1]] = (cue.role, cue.kind, cue.strength)
    pattern = r"(?<![\w@/])" + phrase_pattern(phrases) + r"(?![\w/])"
    return re.compile(pattern, re.IGNORECASE), lookup


def find_cues(text: str) -> list[Cue]:
    """The role cues of ``text`` in order. A role noun right after a dash is the start of a
    position ("Rangga Saputra – Host Podcast Kopi Pagi"), not a cue."""
    regex, lookup = _cue_table()
    cues = []
    for match in regex.finditer(text):
        if re.search(r"[–—]\s*$|\s-\s*$", text[:match.start()]):
            continue
        key = " ".join(match.group().split()).casefold()
        role, kind, strength = lookup.get(key, lookup.get(key.rstrip("s"), ("speaker", "noun", 3)))
        cues.append(Cue(match.start(), match.end(), role, kind, strength, match.group()))
    return cues


_EVENT_WORD = re.compile(r"\b(?:webinar|seminar|acara|kegiatan|diskusi|program|event)\b",
                         re.IGNORECASE)
_ORDINAL = re.compile(r"^\s*(?:" + phrase_pattern(
    ["pertama", "kedua", "ketiga", "keempat", "kelima", "keenam", "ketujuh", "terakhir",
     "berikutnya", "selanjutnya", "lainnya", "lain", "utama"]) + r")\b", re.IGNORECASE)


def _intro_end(slot: str) -> int | None:
    """Where a list starts in ``slot``: after a lead-in such as "yang terdiri dari", ":"."""
    intro = phrase_regex("list_intro")
    for match in intro.finditer(slot):
        if match.start() > 120:
            return None
        before = slot[:match.start()]
        if "." in before.replace("Dr.", "").replace("Prof.", "") or re.search(r"[“\"]", before):
            return None
        tokens = tokenize(before)
        if any(looks_like_verb(t.text) for t in tokens if t.text not in {"berkompeten"}
               ) and not re.search(r"\b(?:yang|dalam|di)\b", before):
            return None
        if parse_person(before, name_first_only=True) is not None:
            return None
        return match.end()
    return None


def _forward(slot: str, offset: int, cue: Cue, order: int) -> list[tuple[ListedPerson, int]]:
    """People read from the slot after ``cue``; each with the slot offset of its item."""
    ordinal = _ORDINAL.match(slot)
    skip = ordinal.end() if ordinal else 0
    rest = slot[skip:]
    start_list = _intro_end(rest)
    if start_list is not None:
        people = parse_list(rest[start_list:], whole_list=True)
        return [(lp, offset + skip + start_list) for lp in people]
    people = parse_list(rest, whole_list=True)
    if not people:
        return []
    first = people[0]
    head = rest[:first.start + first.person.start]
    if not head_is_position(head, lead_in=True):
        return []
    taken = [first]
    for previous, listed in zip(people, people[1:]):
        described = previous.item[previous.person.end:]
        if any(looks_like_verb(w.strip(",.;:()")) for w in described.split()):
            break
        taken.append(listed)
    return [(listed, offset + skip) for listed in taken]


def _backward(slot: str, cue: Cue, sentence: str) -> PersonPhrase | None:
    """The person right before a cue ("A selaku moderator", "A (KOL)")."""
    people = parse_list(slot, whole_list=True, strict_heads=False)
    if not people:
        return None
    last = people[-1]
    gap = slot[last.start + last.person.end:]
    if last.person.position:
        at = gap.find(last.person.position)
        if at >= 0:
            gap = gap[at + len(last.person.position):]
    words = re.findall(r"[\w’']+|[(,–:-]", gap)
    if len(words) > 9 or any(w.casefold() not in _COPULA for w in words):
        return None
    return last.person


def _talk(text: str) -> Title | None:
    """The talk title in the text that follows a person's name, if a talk cue introduces it."""
    match = phrase_regex("talk_cue").search(text)
    if not match:
        return None
    between = text[:match.start()]
    if re.search(r"[a-z]{2}[.;]\s", between) or len(between.split()) > 12:
        return None
    if _EVENT_WORD.search(between) or re.match(r"\s*besar\b", text[match.end():]):
        return None
    return title_after(text, match.end())


def _mention(person: PersonPhrase, role: str | None, strength: int, text: str,
             context: tuple[int, int], order: tuple[int, int], narrative: bool = False,
             ) -> Mention:
    """A mention whose talk title is looked for in ``text[context[0]:context[1]]``."""
    talk = _talk(text[context[0]:context[1]])
    if talk is not None:
        talk = Title(talk.text, talk.start + context[0], talk.end + context[0], talk.quoted)
    return Mention(person.name, person.written, role, strength, person.position, talk,
                   person.handle, order, narrative)


def _sentence_mentions(sentence: Sentence) -> list[Mention]:
    text = sentence.text
    cues = find_cues(text)
    mentions: list[Mention] = []
    prev = 0
    for i, cue in enumerate(cues):
        # A cue's forward slot runs over cues of the same role ("sambutan dan membuka kegiatan
        # secara virtual, Direktur ...") up to the next cue of another role.
        nxt = next((c.start for c in cues[i + 1:] if c.role != cue.role or c.kind == "noun"),
                   len(text))
        before = len(mentions)
        role = None if cue.role == "none" else cue.role
        strength = cue.strength
        in_parens = text[:cue.start].rstrip().endswith("(")
        found = []
        if cue.kind in {"noun", "by", "weak"} and not in_parens:
            found = _forward(text[cue.end:nxt], cue.end, cue, sentence.index)
        if found:
            list_strength = 2 if len(found) > 1 and cue.kind == "noun" else strength
            for listed, base in found:
                after_name = base + listed.start + listed.person.end
                end = len(text) if len(found) == 1 else base + listed.end
                mentions.append(_mention(listed.person, role, list_strength, text,
                                         (after_name, end),
                                         (sentence.index, base + listed.start)))
        elif cue.kind in {"noun", "after"} and (
                person := _backward(text[prev:cue.start], cue, text)) is not None:
            mentions.append(_mention(person, role, strength, text, (cue.end, len(text)),
                                     (sentence.index, prev + person.start)))
        elif cue.kind == "after" and (not text[:cue.start].strip(" ,") or re.match(
                r"\s*(?:oleh|dari|by)\b", text[cue.end:], re.IGNORECASE)):
            for listed, base in _forward(text[cue.end:nxt], cue.end, cue, sentence.index):
                mentions.append(_mention(listed.person, role, strength, text,
                                         (base + listed.start + listed.person.end, len(text)),
                                         (sentence.index, base + listed.start)))
        if len(mentions) > before:
            prev = cue.end
    _role_from_sentence(mentions, cues)
    return mentions


def _role_from_sentence(mentions: list[Mention], cues: list[Cue]) -> None:
    """People introduced without a role ("juga dihadiri oleh X") take the role of a role noun
    in the same sentence ("Selain narasumber dari Basarnas, ... dihadiri oleh X")."""
    nouns = {cue.role for cue in cues if cue.kind == "noun"}
    if len(nouns) != 1:
        return
    role = next(iter(nouns))
    for mention in mentions:
        if mention.role is None:
            mention.role = role


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
    talk = _talk(after)
    context = (offset + person.end, len(text))
    order = (sentence.index, offset + person.start)
    if talk is not None and (verb is None or after.find(verb) > after.find(talk.text)):
        return _mention(person, "speaker", 1, text, context, order, True)
    if verb is None or verb.casefold() not in phrase_set("present_verb"):
        return None
    if verb.casefold() == "menyampaikan" and re.match(r"\s*bahwa\b", after.split(verb, 1)[1]):
        return None
    return _mention(person, "speaker", 1, text, context, order, True)


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


def _same_person(a: str, b: str) -> bool:
    """``a`` and ``b`` name the same person (within one article)."""
    if speaker_key(a) == speaker_key(b):
        return True
    wa = [w.casefold().rstrip(".") for w in strip_degrees(a).split()]
    wb = [w.casefold().rstrip(".") for w in strip_degrees(b).split()]
    if not wa or not wb:
        return False
    if "".join(wa) == "".join(wb):
        return True
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if all(w in long_ for w in short):
        return True
    if len(short) == 1 and len(short[0]) >= 4 and any(
            short[0] in w for w in long_ if len(w) > len(short[0])):
        return True
    if len(wa) >= 2 and len(wb) >= 2 and wa[-1] == wb[-1]:
        return _close(wa[0], wb[0])
    return False


def _close(a: str, b: str) -> bool:
    """Two spellings one typo apart (a letter added, dropped, changed or swapped)."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 4:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _group(mentions: list[Mention]) -> list[Person]:
    people: list[Person] = []
    for mention in sorted(mentions, key=lambda m: m.order):
        match = None
        for person in people:
            if mention.handle and any(m.handle == mention.handle for m in person.mentions):
                match = person
                break
            if any(_same_person(mention.name, m.name) for m in person.mentions):
                candidates = [p for p in people if any(
                    _same_person(mention.name, m.name) for m in p.mentions)]
                if len(candidates) == 1 or len(mention.name.split()) > 1:
                    match = person
                    break
        if match is None:
            if _bare(mention):
                continue
            people.append(Person([mention]))
        else:
            match.mentions.append(mention)
    return people


def _bare(mention: Mention) -> bool:
    """A one-word name with nothing to confirm it is a name: no honorific, degree, handle or
    position. Such a mention can only refer back to someone introduced in full."""
    words = [w for w in mention.name.split() if len(w.rstrip(".")) > 1]
    return (len(words) < 2 and mention.written == mention.name and not mention.handle
            and not mention.position)


def _role(person: Person) -> str | None:
    ranked = [m for m in person.mentions if m.role]
    if not ranked:
        return None
    top = max(m.strength for m in ranked)
    roles = {m.role for m in ranked if m.strength == top}
    return min(roles, key=ROLE_PRIORITY.index)


def _speaker(person: Person) -> Speaker | None:
    role = _role(person)
    if role is None:
        return None
    best = person.best
    if best.name.startswith("@"):
        return None
    ordered = sorted(person.mentions, key=lambda m: (-m.strength, m.order))
    position = next((m.position for m in ordered if m.position), None)
    talk = next((m.talk_title.text for m in sorted(person.mentions, key=lambda m: m.order)
                 if m.talk_title), None)
    return Speaker(name=best.name, name_as_written=best.written, role=role, position=position,
                   talk_title=talk)


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
        mentions.append(_mention(listed.person, role, 2, text,
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
    return [_mention(p.person, "speaker", 1, text, (p.start + p.person.end, p.end),
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
        found = _sentence_mentions(sentence) or _pronoun_list(sentence, previous)
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
    people = _group(mentions)
    speakers = [s for s in (_speaker(p) for p in people) if s is not None]
    talks = {m.talk_span for m in mentions if m.talk_span is not None}
    return SpeakerResult(speakers, talks)
