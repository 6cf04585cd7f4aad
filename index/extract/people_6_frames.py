"""Reading people from the role cues of one sentence.

Each role cue (``role_cues.tsv``) owns the text up to the next cue of another role (its
*forward slot*) and the text back to the last cue that found someone (its *backward slot*).

- A cue reads its forward slot first: a whole list after a lead-in ("empat narasumber yang
  terdiri dari A selaku ..., B selaku ..., serta C", "speakers included A, B of C"), else
  the person who opens the slot and the people listed right after them ("dipandu oleh A",
  "pemateri pertama adalah A", "Keynote Speech Hendarto A. Prasetya", "sambutan hangat
  dari Gubernur ..., Arman Wiranata").
- Role nouns and "after" cues also read backwards: "A selaku moderator", "A bertindak
  sebagai Key Opinion Leader (KOL)", "A dalam sambutannya", "A saat menjadi pemateri".
  Only copulas and punctuation may stand between the person and the cue.
- A talk title is read after the person's name up to the next person ("A, dengan tema
  “X”", "B yang membawakan materi berjudul “Y”"), unless the text in between names the event
  ("dalam webinar dengan tema ...").
- People introduced without a role ("juga dihadiri oleh X") take the role of the one role
  noun of their sentence, if there is one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from index.lexicon import phrase_pattern, phrase_regex, phrase_set, phrases, role_cues

from .people_1_runs import looks_like_verb, tokenize
from .people_2_positions import head_is_position
from .people_3_phrase import PersonPhrase, parse_person
from .people_5_assembly import ListedPerson, parse_list
from .sentences import Sentence
from .titles import Title, title_after


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
    """One sighting of a person in the article. ``framed``: a role cue of full strength read
    this person alone ("moderator adalah Tania", "dipandu oleh Tania"), which confirms even
    a one-word name."""

    name: str
    written: str
    role: str | None
    strength: int
    position: str | None
    talk_title: Title | None
    handle: str | None
    order: tuple[int, int]
    narrative: bool = False
    framed: bool = False

    @property
    def talk_span(self) -> tuple[int, int] | None:
        """(sentence index, start) of the talk title in its sentence."""
        return (self.order[0], self.talk_title.start) if self.talk_title else None


@lru_cache(maxsize=None)
def _cue_table() -> tuple[re.Pattern[str], dict[str, tuple[str, str, int]]]:
    lookup = {}
    phrases = []
    for cue in role_cues():
        variants = [cue.phrase]
        if cue.kind == "by" and cue.phrase.endswith(" oleh"):
            # "Disampaikan juga oleh A", "dibuka pula oleh A": an adverb before the agent
            variants += [cue.phrase[:-5] + " juga oleh", cue.phrase[:-5] + " pula oleh"]
        for phrase in variants:
            phrases.append(phrase)
            base = phrase.rstrip("?").casefold()
            lookup[base] = (cue.role, cue.kind, cue.strength)
            if phrase.endswith("?"):
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
_ORDINAL = re.compile(r"^(?:\s*" + phrase_pattern(phrases("ordinal")) + r"\b)+", re.IGNORECASE)


# The agent of a passive right after the cue: "Materi [pertama] disampaikan oleh ...".
_AGENT = re.compile(r"\s*(?:[a-z]+\s+){0,4}?(?:oleh|by)\s+", re.IGNORECASE)
# Where the role noun served, before its people: "Narasumber di sesi tersebut A dan B".
_SETTING = re.compile(r"\s*(?:di|pada|dalam)\s+(?:sesi|acara|webinar|kegiatan|diskusi|seminar|"
                      r"kesempatan)(?:\s+[a-z]+)?\s+(?:ini|tersebut|itu)\b,?(?![ \t]*[;\n•-])")


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


def read_forward(slot: str, offset: int, cue: Cue, order: int,
                 ) -> list[tuple[ListedPerson, int]]:
    """People read from the slot after ``cue``; each with the slot offset of its item."""
    ordinal = _ORDINAL.match(slot)
    skip = ordinal.end() if ordinal else 0
    setting = _SETTING.match(slot, skip)
    skip = setting.end() if setting else skip
    agent = _AGENT.match(slot, skip)
    if agent:
        skip = agent.end()
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
        if any(looks_like_verb(w.strip(",.;:()")) for w in described.split()) or \
                _DISCOURSE_LEAD.match(listed.item):
            break
        taken.append(listed)
    return [(listed, offset + skip) for listed in taken]


_DISCOURSE_LEAD = re.compile(r"\s*(?:" + phrase_pattern(
    ["sedangkan", "sementara", "sementara itu", "adapun", "lalu", "kemudian", "selanjutnya",
     "meanwhile", "while"]) + r")\b,?", re.IGNORECASE)
_CONNECTORS_ONLY = re.compile(r"[ ,]*(?:(?:dan|serta|and|&) *)?[ ,]*")
_CONJUNCTION = re.compile(r"\b(?:dan|serta|and)\b|&")


# "A mewakili Bupati Agam memberikan sambutan": A speaks in the absent official's stead.
_REPRESENTING = re.compile(r"\b(?:yang\s+)?(?:hadir\s+)?(?:mewakili|representing|on\s+behalf\s+of)"
                           r"(?:\s+(?:[A-Z][\w.’'-]*|dan|dari|di|of|the|and))+,?")


def _backward(slot: str, claimed: list[tuple[int, int]] = ()) -> list[tuple[PersonPhrase, int]]:
    """The people right before a cue, each with its offset in ``slot``: "A selaku
    moderator", "A (KOL)", and whole lists "A, B dan C menjadi narasumber", "A (X), B (Y)
    and C (Z) as speakers". Only copulas and punctuation may stand between the last person
    and the cue; the people before the last count when nothing but list connectors separates
    their items (a conjunction before the last: a coordinated subject, not a bulleted
    roll-call), their descriptions hold no verb (a clause is not a list) and no earlier cue
    of the sentence has read them (``claimed``, spans of ``slot``): in "narasumber yaitu A, B
    dan C (KOL)" the KOL is C alone."""
    slot = _REPRESENTING.sub(lambda m: " " * len(m.group()), slot)
    lead = _DISCOURSE_LEAD.match(slot)
    skip = lead.end() if lead else 0
    people = parse_list(slot[skip:], whole_list=True, strict_heads=False)
    if not people:
        return []
    last = people[-1]
    gap = slot[skip + last.start + last.person.end:]
    if last.person.position:
        at = gap.find(last.person.position)
        if at >= 0:
            gap = gap[at + len(last.person.position):]
    words = re.findall(r"[\w’']+|[(,–:-]", gap)
    if len(words) > 9 or any(w.casefold() not in phrase_set("copula") for w in words):
        return []
    taken = [last]
    for earlier in reversed(people[:-1]):
        later = taken[-1]
        between = slot[skip + earlier.end:skip + later.start]
        head = earlier.item[:earlier.person.start]
        described = re.sub(r"\([^()]*\)", " ", earlier.item[earlier.person.end:])
        at = skip + earlier.start + earlier.person.start
        if not _CONNECTORS_ONLY.fullmatch(between) or (
                len(taken) == 1 and not _CONJUNCTION.search(between)) or not _strong(
                earlier.person) or any(
                looks_like_verb(w.strip(",.;:")) for w in described.split()) or any(
                start <= at < end for start, end in claimed):
            break
        if head.strip() and not head_is_position(head):
            opens = _DISCOURSE_LEAD.fullmatch(head.rstrip()) or (
                len(taken) > 1 and looks_like_verb(head.split()[-1].strip(",:")))
            if opens:
                taken.append(earlier)
            break
        taken.append(earlier)
    return [(lp.person, skip + lp.start) for lp in reversed(taken)]


def _strong(person: PersonPhrase) -> bool:
    """Two name words, or an honorific or degrees: a name that cannot be a stray word."""
    words = [w for w in person.name.split() if len(w.rstrip(".")) > 1]
    return len(words) >= 2 or person.written != person.name


def talk_after(text: str) -> Title | None:
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


def make_mention(person: PersonPhrase, role: str | None, strength: int, text: str,
             context: tuple[int, int], order: tuple[int, int], narrative: bool = False,
             ) -> Mention:
    """A mention whose talk title is looked for in ``text[context[0]:context[1]]``."""
    talk = talk_after(text[context[0]:context[1]])
    if talk is not None:
        talk = Title(talk.text, talk.start + context[0], talk.end + context[0], talk.quoted)
    return Mention(person.name, person.written, role, strength, person.position, talk,
                   person.handle, order, narrative)


def sentence_mentions(sentence: Sentence) -> list[Mention]:
    text = sentence.text
    cues = find_cues(text)
    mentions: list[Mention] = []
    claimed: list[tuple[int, int]] = []
    prev = 0
    for i, cue in enumerate(cues):
        # A cue's forward slot runs over cues of the same role ("sambutan dan membuka acara
        # secara daring, Direktur ...") up to the next cue of another role, or the next role
        # noun or agent phrase, which opens a list of its own ("kelas X diisi oleh A dan B,
        # kelas XI diisi oleh C"); the subject of such a passive ("kelas XI") is not the end
        # of the list before it.
        following = next((c for c in cues[i + 1:]
                          if c.role != cue.role or c.kind in {"noun", "by"}), None)
        nxt = following.start if following else len(text)
        if following is not None and following.kind == "by":
            comma = text.rfind(",", cue.end, nxt)
            subject = text[comma + 1:nxt].strip()
            if comma > cue.end and subject[:1].islower() and "(" not in subject:
                nxt = comma
        before = len(mentions)
        role = None if cue.role == "none" else cue.role
        strength = cue.strength
        in_parens = text[:cue.start].rstrip().endswith("(")
        found = []
        if cue.kind in {"noun", "by", "weak"} and not in_parens:
            found = read_forward(text[cue.end:nxt], cue.end, cue, sentence.index)
        if found:
            list_strength = 2 if len(found) > 1 and cue.kind == "noun" else strength
            for listed, base in found:
                claimed.append((base + listed.start, base + listed.end))
                after_name = base + listed.start + listed.person.end
                end = len(text) if len(found) == 1 else base + listed.end
                mentions.append(make_mention(listed.person, role, list_strength, text,
                                         (after_name, end),
                                         (sentence.index, base + listed.start)))
                mentions[-1].framed = len(found) == 1 and strength == 3 and role is not None \
                    and _alone(text[cue.end:base + listed.start + listed.person.start],
                               text[after_name:nxt], text)
        elif cue.kind in {"noun", "after"} and (behind := _backward(
                _blank_cues(text, cues, prev, cue.start),
                [(a - prev, b - prev) for a, b in claimed])):
            for person, at in behind:
                at += prev
                mention = make_mention(person, role, strength, text, (cue.end, len(text)),
                                       (sentence.index, at + person.start))
                if mention.talk_title is None or len(behind) > 1:
                    mention = make_mention(person, role, strength, text,
                                           (at + person.end, len(text) if len(behind) == 1
                                            else cue.start), (sentence.index, at + person.start))
                mention.framed = len(behind) == 1 and strength == 3 and role is not None \
                    and _alone("", text[at + person.end:cue.start], text)
                mentions.append(mention)
        elif cue.kind == "after" and (not text[:cue.start].strip(" ,") or re.match(
                r"\s*(?:oleh|dari|by)\b", text[cue.end:], re.IGNORECASE)):
            for listed, base in read_forward(text[cue.end:nxt], cue.end, cue, sentence.index):
                mentions.append(make_mention(listed.person, role, strength, text,
                                         (base + listed.start + listed.person.end, len(text)),
                                         (sentence.index, base + listed.start)))
        if len(mentions) > before and not (cue.kind == "after" and cue.role == "other"):
            prev = cue.end  # a stand-in ("A mewakili Bupati X") stays open to the next cue
    _stand_ins(mentions, cues, text)
    _role_from_sentence(mentions, cues)
    return mentions


_STAND_IN = re.compile(r"(?:di)?wakil(?:i|kan)\b|(?:was\s+)?represented\b", re.IGNORECASE)


def _stand_ins(mentions: list[Mention], cues: list[Cue], text: str) -> None:
    """"Bupati X, A, yang diwakili oleh Sekda B", "A (Ketua Y) yang saat acara diwakilkan
    kepada Sekjen B": B stood in for A, so B takes A's role and A, who was absent, is
    dropped. The stand-in keeps a role of its own when A had none."""
    for cue in cues:
        if cue.kind != "by" or not _STAND_IN.match(cue.text):
            continue
        absent = [m for m in mentions if m.order[1] < cue.start]
        standing = [m for m in mentions if m.order[1] >= cue.end]
        if not standing:
            continue
        if not absent:
            _list_of_stand_ins(standing, cues, cue)
            continue
        before = absent[-1]
        if len(text[before.order[1]:cue.start].split()) > 25 or before.role is None:
            continue
        stand_in = min(standing, key=lambda m: m.order[1])
        if stand_in.role in {None, "other"}:
            stand_in.role, stand_in.strength = before.role, before.strength
        mentions.remove(before)


def _list_of_stand_ins(standing: list[Mention], cues: list[Cue], cue: Cue) -> None:
    """"narasumber, seperti perwakilan dari Menteri X yang diwakilkan oleh A, B selaku ...,
    C sebagai ...": the list the stand-in opens is the role noun's list."""
    nouns = [c for c in cues if c.kind == "noun" and c.end <= cue.start]
    if not nouns or nouns[-1].role in {"none", "other"}:
        return
    for mention in standing:
        if mention.role in {None, "other"}:
            mention.role, mention.strength = nouns[-1].role, 2


_FRAME_WORDS = re.compile(r"[\s,:;.()–-]+|\b(?:oleh|by|adalah|ialah|yaitu|yakni|is|was|"
                          r"selaku|sebagai|as|bertindak|menjadi|the|acara|diskusi|webinar|"
                          r"kegiatan)\b", re.IGNORECASE)


def _alone(before: str, after: str, sentence: str) -> bool:
    """A role cue reads one person alone: between cue and name, and after the name, stand
    only copulas and punctuation ("moderator adalah Tania.", "dipandu oleh Tania sebagai
    moderator."), in a sentence, not a heading ("Moderator and Interaction")."""
    return not _FRAME_WORDS.sub("", before) and not _FRAME_WORDS.sub("", after) and bool(
        re.search(r"[.!?]\W*$", sentence.rstrip()))


def _blank_cues(text: str, cues: list[Cue], start: int, end: int) -> str:
    """``text[start:end]`` with the cue phrases inside it blanked (offsets kept), so that
    "Key Opinion Leader" is never read as a name."""
    chars = list(text[start:end])
    for cue in cues:
        if cue.kind == "after" and cue.role == "other":
            continue  # "mewakili" stays readable (_REPRESENTING)
        for k in range(max(cue.start, start), min(cue.end, end)):
            chars[k - start] = " "
    return "".join(chars)


def _role_from_sentence(mentions: list[Mention], cues: list[Cue]) -> None:
    """People introduced without a role ("juga dihadiri oleh X") take the role of a role noun
    in the same sentence ("Selain narasumber dari BPBD, ... dihadiri oleh X"); a noun that
    only hints at a role ("materi", "pembukaan") gives none."""
    nouns = {cue.role for cue in cues if cue.kind == "noun" and cue.strength >= 3}
    if len(nouns) != 1:
        return
    role = next(iter(nouns))
    for mention in mentions:
        if mention.role is None:
            mention.role = role
