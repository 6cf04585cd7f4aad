"""Merging the mentions of one person within an article into one programme entry.

Two mentions are the same person when they share an identity key (``speaker_key``) or a
handle, when one name is a shorter form of the other ("Sulistyo" / "Sulistyo Eko Prabowo",
"Dwiastuti" / "Dwi Astuti"), when a one-word name is a nickname inside the other
("Nanda" / "I Gede Ananda"), or when two two-word names share a surname and their given
names are one typo apart ("Ahamd" / "Ahmad"). A one-word mention with nothing to confirm it
is a name (no honorific, degree, handle, position, or role cue reading it alone) only ever
refers back to someone already introduced; on its own it is dropped.

The strongest cue decides the role (ties go to the more specific role); the name and the
name as written come from the fullest introduction; the first position from the strongest
mentions and the first talk title are kept.

The article's text is evidence for the name kept: a short reference is written in full when
the article introduces it so (:func:`_spelled_out`); a name whose words are a proper part of
a phrase spelled out before its acronym is a term, not a person (:mod:`.acronym_evidence`);
and a body's last word glued before the name ("relawan Forkopi Hendra Saputra") goes back to
the position when another mention, or the article elsewhere, names the person or the body
without it (:mod:`.body_evidence`). Someone on the programme with no stated role who brings
a talk of their own is a speaker.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache

from index.lexicon import phrase_set, position_words
from index.model import Speaker
from index.names import is_initial, speaker_key, strip_degrees

from .acronym_evidence import acronym_fragment
from .acronym_heads import body_acronym
from .body_evidence import body_words, given_name_before
from .name_evidence import full_name
from .people_1_runs import looks_like_verb
from .people_2_positions import best_position
from .people_6_frames import Mention

ROLE_PRIORITY = ("keynote", "kol", "moderator", "opening", "host", "speaker", "other")


@dataclass
class Person:
    mentions: list[Mention] = field(default_factory=list)

    @property
    def names(self) -> set[str]:
        return {m.name for m in self.mentions}

    @property
    def handles(self) -> set[str]:
        return {m.handle for m in self.mentions if m.handle}

    @property
    def best(self) -> Mention:
        return max(self.mentions, key=lambda m: (
            not m.name.startswith("@"), m.strength > 1, not m.narrative, len(m.name.split()),
            -m.order[0], -m.order[1]))


@lru_cache(maxsize=8192)
def _same_person(a: str, b: str) -> bool:
    """``a`` and ``b`` name the same person (within one article). Cached: a programme
    names the same people again and again, and merging compares every pair."""
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
    if len(short) >= 2 and len(short[-1]) == 1 and all(w in long_ for w in short[:-1]):
        # "Andi S" for "Andi Setyawan": a short form that writes the surname as its initial
        after = long_[long_.index(short[-2]) + 1:]
        return any(len(w) > 1 and w.startswith(short[-1]) for w in after)
    if len(short) == 1 and len(short[0]) >= 4 and any(
            short[0] in w for w in long_ if len(w) > len(short[0])):
        return True
    if len(short) == 1 and len(short[0]) >= 5 and len(long_[0]) >= 5 and (
            short[0][0] == long_[0][0] and _close(short[0], long_[0])):
        # "Prof. Rusdianto" for "Rusdiyanto Hasibuan": the given name one typo apart (not
        # any word: "Daryono" is no typo of "Agus Haryono", "Ahman" none of "Budi Ahmad")
        return True
    if len(wa) == len(wb) >= 2:
        return _variant(wa, wb)
    if len(wa) >= 2 and len(wb) >= 2 and wa[-1] == wb[-1]:
        return _close(wa[0], wb[0])
    return False


def _variant(wa: list[str], wb: list[str]) -> bool:
    """Two names of as many words that write one person twice: word for word the same but
    for one word one typo apart ("Samsul Bahri" / "Samsul Bahari", "Ahamd Fauzi" / "Ahmad
    Fauzi") or for given names shortened to their initials ("M. Rizal" / "Muhammad
    Rizal"), with one whole word alike that is no initial. Within one article two people
    whose names differ by one letter, or whose given names share their first letter and
    whose other words are all the same, do not both appear."""
    typos = initials = same = 0
    for a, b in zip(wa, wb):
        if a == b:
            same += len(a) > 1
        elif len(a) == 1 or len(b) == 1:
            if a[0] != b[0]:
                return False
            initials += 1
        elif _close(a, b):
            typos += 1
        else:
            return False
    return same > 0 and typos + (initials > 0) <= 1


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


def group_mentions(mentions: list[Mention], text: str = "") -> list[Person]:
    """One person per group of mentions of one name. ``text`` (the article): a one-word
    mention that nothing confirms is kept when the article writes the full name it is
    short for (:func:`.name_evidence.full_name`), which then names the person."""
    people: list[Person] = []
    if text:
        mentions = _cut_off_completed(mentions, text)
    # each person's names and handles (``Person.names``, ``Person.handles``), kept as the
    # mentions are added here rather than built again for every comparison
    names: list[set[str]] = []
    handles: list[set[str]] = []
    for mention in sorted(mentions, key=lambda m: m.order):
        match = None
        at = -1
        ambiguous = False
        name = mention.name
        for k, person in enumerate(people):
            if mention.handle and mention.handle in handles[k]:
                match, at = person, k
                break
            if _names_one(name, names[k]):
                if len(name.split()) > 1 or sum(_names_one(name, held) for held in names) == 1:
                    match, at = person, k
                    break
                ambiguous = True
        if match is not None:
            match.mentions.append(mention)
            names[at].add(name)
            if mention.handle:
                handles[at].add(mention.handle)
            continue
        if ambiguous:
            continue  # "Neil" after "Neil Rahman" and "Neil Rahmat": one of them, no one new
        if _bare(mention) and not (mention.role and text and (
                full_name(mention.name, text) is not None
                or (mention.quote_tag and _written_again(mention.name, text)))):
            continue
        people.append(Person([mention]))
        names.append({name})
        handles.append({mention.handle} if mention.handle else set())
    return people


def _names_one(name: str, names: set[str]) -> bool:
    """``name`` names the same person as one of ``names`` (a loop: no generator per
    comparison in the pairwise merge). A name written alike is the same person's
    (:func:`_same_person` holds for two equal names: their keys are equal)."""
    if name in names:
        return True
    for other in names:
        if _same_person(name, other):
            return True
    return False


def _written_again(name: str, text: str) -> bool:
    """``name`` stands as a whole word more than once in the article: the subject of a quote
    tag ("“...,” ucap Gusti saat membuka acara") named again ("tegas Gusti") is the person
    the report follows, not a slip of the writer's."""
    seen, at = 0, text.find(name)
    while at >= 0:
        end = at + len(name)
        if not (at and text[at - 1].isalnum()) and not (end < len(text) and text[end].isalnum()):
            seen += 1
            if seen == 2:
                return True
        at = text.find(name, end)
    return False


def _cut_off_completed(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with a name cut off by the end of the excerpt ("... paparan ketiga oleh
    Dr. Rina Kusumaw") written as the one fuller name of another mention that goes on from
    it ("Rina Kusumawardani"): an excerpt may stop in the middle of a word, and the word
    left is then the start of a name the article wrote before, not a name of its own."""
    end = text.rstrip()
    for k, mention in enumerate(mentions):
        words = mention.name.split()
        if not words or not end.endswith(words[-1]) or end[-len(words[-1]) - 1:][:1].isalpha():
            continue
        cut = len(words) - 1
        fuller = {m.name: m for m in mentions if len(m.name.split()) > cut
                  and m.name.split()[:cut] == words[:cut]
                  and len(m.name.split()[cut]) > len(words[-1])
                  and m.name.split()[cut].startswith(words[-1])}
        if len(fuller) == 1:
            full = next(iter(fuller.values()))
            mentions = list(mentions)
            mentions[k] = replace(mention, name=full.name, written=full.written)
    return mentions


def _bare(mention: Mention) -> bool:
    """A one-word name with nothing to confirm it is a name: no initial, honorific, degree, handle,
    position or role cue that reads it alone. Such a mention can only refer back to someone
    introduced in full."""
    words = mention.name.split()  # an initial confirms a name ("M. Yusuf", "Yusuf Z.")
    return (len(words) < 2 and mention.written == mention.name and not mention.handle
            and not mention.position and not (mention.framed and len(mention.name) >= 4
                                              and not looks_like_verb(mention.name.lower())))


def _role(person: Person) -> str | None:
    ranked = [m for m in person.mentions if m.role]
    stated = [m for m in ranked if not m.stand_in]
    if stated and len(stated) < len(ranked):
        # "A yang hadir mewakili Kepala X ... ujar A dalam sambutannya": standing in says
        # whose place A took, what A did there is the role (a stand-in giving the sambutan
        # is the opening); "other" stays only when nothing else gives A a role.
        ranked = stated
    if not ranked:
        return None
    top = max(m.strength for m in ranked)
    roles = {m.role for m in ranked if m.strength == top}
    return min(roles, key=ROLE_PRIORITY.index)


def _without_glued_body(best: Mention, mentions: list[Mention]) -> tuple[Mention, str]:
    """The fullest mention, unless its first words are the end of the body a job belongs to
    ("relawan Forkopi Hendra Saputra"): a job, its organisation and the name are written
    with no mark between them, so the organisation's last word can read as a first name.
    Another mention in the same article that names the person with the rest alone (two
    words or more: "Hendra Saputra mengatakan ...") shows where the name starts; the writer
    never leaves out a given name while keeping the rest of the name, except a single
    initial, a name abbreviation or an inherited title ("Lalu", "Andi"), which are left
    alone. Also returns the words cut off
    (they end the body in the job written before the name), or ""."""
    words = best.name.split()
    for other in mentions:
        rest = other.name.split()
        if not 2 <= len(rest) < len(words) or words[-len(rest):] != rest:
            continue
        head = words[:-len(rest)]
        if all(len(w.rstrip(".")) >= 3 and w[:1].isupper() and not w.endswith(".")
               and w.casefold() not in phrase_set("name_title") for w in head):
            return other, " ".join(head)
    return best, ""


def _wants_body(position: str) -> bool:
    """``position`` ends with a job word, which the organisation cut off the name completes
    ("relawan" + "Forkopi"); a position written after the name ends otherwise."""
    last = position.split()[-1].rstrip(".,").casefold()
    return last in position_words() or last in phrase_set("job_of")


def _spelled_out(best: Mention, mentions: list[Mention]) -> Mention:
    """``best``, or the longest mention that writes all of its name words and more: a short
    reference in a strong frame ("materi dari Pak Rudi") names someone the article has
    introduced in full ("Dr Rudi Santosa Wibowo"), and the record keeps the full name."""
    words = best.name.split()
    if len(words) > 2:
        return best
    longer = [m for m in mentions if len(m.name.split()) > len(words)
              and m.name.split()[:len(words)] == words]
    if longer:
        return max(longer, key=lambda m: len(m.name.split()))
    if any(is_initial(w) for w in words):
        # "Irjen M. Rizal" and "Irjen Muhammad Rizal": the initial written out
        return next((m for m in mentions if _spells_initials(words, m.name.split())), best)
    return best


def _spells_initials(short: list[str], full: list[str]) -> bool:
    """``full`` writes out the initials of ``short`` and has its other words."""
    return len(short) == len(full) and short != full and all(
        a == b or (is_initial(a) and not is_initial(b) and b[:1] == a[:1])
        for a, b in zip(short, full))


def _written_in_full(best: Mention, text: str) -> Mention:
    """``best``, or its one or two name words completed to the full name the article writes
    elsewhere (:mod:`.name_evidence`): "Prof. Rahman" introduced as "Prof. Dr. Moh.
    Rahman", "Rudi Sembiring" (a given name and the first of two family names) introduced
    as "Rudi Sembiring Meliala"."""
    words = best.name.split()
    if len(words) > 2 or not text or (len(words) == 2 and best.written != best.name):
        # (two words written with a title or degrees are an introduction, not a short form)
        return best
    found = full_name(best.name, text)
    if found is None:
        return best
    name, left = found
    if len(words) == 2 and not all(_plain_name_word(w) for w in name.split()[2 + len(
            left.split()):]):
        return best  # "Sari Dewi SFil", "Rudi Hartono DJPT": degrees or a body, no surname
    written = best.written
    at = written.rfind(words[0])
    if at != -1:
        written = written[:at].rstrip()
        written = " ".join(w for w in (written, name) if w)
    return replace(best, name=name, written=written)


def _plain_name_word(word: str) -> bool:
    """A surname written as names are: a capital, then three letters or more in lower case
    ("Meliala"), not an undotted degree ("SFil", "MKed", "SpTHT-KL"), an acronym or an
    initial."""
    return len(word) >= 3 and word[:1].isupper() and word[1:].isalpha() and word[1:].islower()


def _body_repeated(best: Mention, text: str) -> tuple[Mention, str]:
    """``best`` without its first words when the article names the body they end on its
    own elsewhere (:mod:`.body_evidence`), and the words cut off, or ``best`` and ""."""
    cut = body_words(best.name, best.position, text)
    if not cut:
        return best, ""
    words = best.name.split()
    body = " ".join(words[:cut])
    written = best.written
    if written.startswith(body + " "):
        written = written[len(body) + 1:]
    return replace(best, name=" ".join(words[cut:]), written=written), body


def _given_name_back(best: Mention, position: str, given: str) -> tuple[Mention, str]:
    """``best`` with ``given`` (the last word of the position written before it) put back
    at the front of its name, and the position without it."""
    before, sep, after = position.partition("; ")
    before = before[:-len(given)].rstrip()
    written = best.written
    if not written.startswith(given + " "):
        written = f"{given} {written}"
    return (replace(best, name=f"{given} {best.name}", written=written),
            f"{before}{sep}{after}")


def without_acronym_heads(mentions: list[Mention], text: str) -> list[Mention]:
    """``mentions`` with a body's short name that the article spells out (:mod:`.acronym_heads`)
    taken off the front of each name written after a position and put at the end of that
    position ("Wakil Ketua" +
    "Lazisda Rudi Hartono" -> "Wakil Ketua Lazisda" + "Rudi Hartono"); a mention that is
    the short name alone names the body and is dropped. Done before the mentions are
    grouped, as the short name shared by two people's mentions would merge them."""
    if not text:
        return mentions
    out = []
    for mention in mentions:
        words = mention.name.split()
        # only a name written after a position can start with the body's name
        if not words or not mention.position or not body_acronym(words[0], text):
            out.append(mention)
            continue
        rest = words[1:]
        if not rest:
            continue  # "pejabat Lazisda": the body itself
        if all(is_initial(w) for w in rest):
            out.append(mention)
            continue
        written = mention.written
        if written.startswith(words[0] + " "):
            written = written[len(words[0]) + 1:]
        position = f"{mention.position} {words[0]}"
        out.append(replace(mention, name=" ".join(rest), written=written, position=position))
    return out


def _own_talk(role: str, mentions: list[Mention]) -> str | None:
    """The talk title of a person of ``role``: the first one read. A moderator runs the
    discussion and gives no talk (what the panel discussed is theirs, "Keempatnya
    dimoderatori A membahas ..."); an opening's remarks are a greeting, and what the
    opener is read to have said about something ("menyampaikan tentang latar belakang
    acara", "dilanjutkan dengan pemaparan ...") is its content, not a talk on the
    programme: only a title set off in quotes names a talk of theirs ("memberikan opening
    speech tentang “X”")."""
    titles = [m.talk_title for m in sorted(mentions, key=lambda m: m.order) if m.talk_title]
    if role == "moderator":
        return None
    if role == "opening":
        titles = [t for t in titles if t.quoted]
    return titles[0].text if titles else None


def to_speaker(person: Person, text: str = "") -> Speaker | None:
    """The programme entry of ``person``; ``text`` (the article) is evidence for where a
    name glued to a body starts."""
    role = _role(person)
    if role is None:
        return None
    fullest = _written_in_full(_spelled_out(person.best, person.mentions), text)
    if acronym_fragment(fullest.name, text):
        return None  # "Kerja Sama Antar Daerah (BKSAD)": a term spelled out, not a person
    best, body = _without_glued_body(fullest, person.mentions)
    position = best_position(person.mentions)
    if body and position and position == fullest.position and _wants_body(position):
        position = f"{position} {body}"
    elif not body and text:
        best, body = _body_repeated(fullest, text)
        if body and position and position == fullest.position:
            position = f"{position} {body}"
        elif not body and position == fullest.position and (
                given := given_name_before(best.name, position, text)):
            best, position = _given_name_back(best, position, given)
    talk = _own_talk(role, person.mentions)
    if role == "other" and talk is not None:
        # "other" is for remarks with no stated role; someone who brings material of their
        # own (a stand-in "yang menyampaikan materinya dengan tema X") is a speaker.
        role = "speaker"
    return Speaker(name=best.name, name_as_written=best.written, role=role, position=position,
                   talk_title=talk)
