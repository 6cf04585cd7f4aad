"""The people the rules did not put on the programme, as feature vectors for a learned check.

Every reader of :mod:`index.extract.speakers` knows one frame in which coverage introduces a
person; a person introduced by a frame none of them knows is lost. Whether someone spoke at
an event also shows in classes of evidence that do not depend on the frame: the kind of
sentence the name stands in (a role noun, a verb of presenting or quoting, an event noun, a
word of attending or standing in, a press statement, a link to another report), the way the
name is written (degrees, an academic title, a form of address, its number of words, all
capitals), a job written next to it, how often and how early the article names the person,
and whether the name stands beside people the rules did find. This module turns each
person-like name the name reader finds (:func:`~.people_1_runs.iter_runs` with
:func:`~.people_3_phrase.run_is_person`) that the rules did not return into a
:class:`PersonCandidate`: one per person (a shorter name inside a longer one is the same
person), its features the classes above, never the words of one article.

The training script ``tests/benchmarks/train_speakers.py`` learns weights over these features
and tests them leave-one-batch-out. The extractor does not call this module: on batches the
model was not trained on it added too few people to pay for reading every name (the
figures are in the script's docstring). It stays so that the experiment can be re-run
after the rules change, with the features a run-time backstop would compute.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from index.lexicon import bounded, phrase_pattern, phrase_regex, role_cues
from index.model import Speaker
from index.names import is_degree, is_honorific

from .headline_lines import headline_line
from .link_inserts import LINK_INSERT
from .people_0_tokens import Token
from .people_1_runs import Run, in_parentheses, iter_runs, name_of, paren_depths, tokenize
from .people_2_after import position_after
from .people_2_positions import join_positions, position_before
from .people_3_phrase import run_is_person
from .people_6_frames import STAND_IN_VERB
from .reported_speech import SESSION_NOUNS, said_elsewhere, thanks_regex
from .sentences import Sentence

Features = dict[str, float]


_ACADEMIC = frozenset({"dr", "prof", "drs", "dra", "ir", "drg", "professor", "assoc"})
_EVENT = re.compile(r"\b(?:" + SESSION_NOUNS + r")\b", re.IGNORECASE)
_STAND_IN = re.compile(r"\b(?:di\s?)?" + STAND_IN_VERB + r"|\brepresent", re.IGNORECASE)
_BY = re.compile(r"\b(?:oleh|by)\b", re.IGNORECASE)
_QUOTE = re.compile(r"[“”\"]")
# attending or taking part as audience, and the committee: a person named so was there but
# did not speak (the classes of :mod:`.marked_backstop`)
_ATTENDING = re.compile(r"\b(?:hadir|dihadiri|menghadiri|kehadiran|attended|attending|"
                        r"peserta|participants?|diikuti|mengikuti|panitia|committee)\b",
                        re.IGNORECASE)


@lru_cache(maxsize=None)
def _cue_regex(roles: tuple[str, ...], kinds: tuple[str, ...]) -> re.Pattern[str]:
    """The role cues (``role_cues.tsv``) of ``roles`` and ``kinds`` as one regex."""
    found = [c.phrase for c in role_cues() if c.role in roles and c.kind in kinds]
    return re.compile(bounded(phrase_pattern(found)), re.IGNORECASE)


_PROGRAMME_ROLES = ("speaker", "keynote", "moderator", "kol", "host")


def _local_classes(text: str, start: int, end: int) -> set[str]:
    """The classes of evidence next to one mention: a quote tag or a verb of presenting just
    before or after the name (past its job), a role cue next to it, the name opening the
    sentence, attending just before it."""
    found = set()
    before, after = text[max(0, start - 40):start], text[end:end + 60]
    for name, pattern in (("quote", phrase_regex("quote_verb")),
                          ("present", phrase_regex("present_verb")),
                          ("talk", phrase_regex("talk_verb")),
                          ("role", _cue_regex(_PROGRAMME_ROLES, ("noun", "by", "after"))),
                          ("opening", _cue_regex(("opening",), ("noun", "by", "after"))),
                          ("attending", _ATTENDING), ("stand_in", _STAND_IN),
                          ("event", _EVENT)):
        if pattern.search(before):
            found.add(f"l_{name}_before")
        if pattern.search(after):
            found.add(f"l_{name}_after")
    if start < 25:
        found.add("l_opens")
    if _QUOTE.search(text, max(0, start - 12), start):
        found.add("l_after_quote")
    return found


def _sentence_classes(text: str) -> frozenset[str]:
    """The classes of evidence of one sentence (a set of feature names)."""
    tests = (
        ("s_role_noun", _cue_regex(_PROGRAMME_ROLES, ("noun",))),
        ("s_role_by", _cue_regex(_PROGRAMME_ROLES, ("by", "after"))),
        ("s_weak_cue", _cue_regex(("speaker", "none"), ("weak",))),
        ("s_opening", _cue_regex(("opening",), ("noun", "by", "after"))),
        ("s_present_verb", phrase_regex("present_verb")),
        ("s_talk_verb", phrase_regex("talk_verb")),
        ("s_quote_verb", phrase_regex("quote_verb")),
        ("s_event_noun", _EVENT),
        ("s_attending", _ATTENDING),
        ("s_stand_in", _STAND_IN),
        ("s_by", _BY),
        ("s_quote", _QUOTE),
        ("s_thanks", thanks_regex()),
    )
    found = {name for name, pattern in tests if pattern.search(text)}
    if said_elsewhere(text):
        found.add("s_press")
    if LINK_INSERT.match(text):
        found.add("s_link")
    return frozenset(found)


@dataclass
class PersonCandidate:
    """One person the rules did not return, with its features and what a speaker needs."""

    name: str
    written: str
    position: str | None
    role: str
    features: Features = field(default_factory=dict)
    first: tuple[int, int] = (0, 0)
    """(sentence index, character offset) of the first mention."""


@dataclass
class _Mention:
    name: str
    written: str
    sentence: int
    order: int
    start: int
    end: int
    shape: Features
    position: str | None
    classes: frozenset[str]
    local: set[str]
    others: int
    beside_rules: bool


def _words(name: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in name.split() if len(w) >= 3)


def _shape(tokens: list[Token], run: Run, name: str,
           depths: list[int] | None = None) -> Features:
    """The way the name is written: degrees, an academic title or a form of address before
    it, its number of words, all capitals, a handle. (``depths``: :func:`paren_depths` of
    ``tokens``, read once for all the runs of a sentence.)"""
    before = [t.text.casefold().strip(".") for t in tokens[run.prefix:run.first]]
    words = name.split()
    shape: Features = {}
    if run.suffix > run.last and any(is_degree(t.text) for t in
                                     tokens[run.last + 1:run.suffix + 1]):
        shape["n_degrees"] = 1.0
    if any(b in _ACADEMIC for b in before):
        shape["n_academic"] = 1.0
    elif any(is_honorific(b) for b in before):
        shape["n_address"] = 1.0
    shape[f"n_words_{min(len(words), 3)}"] = 1.0
    if all(w.isupper() for w in words if len(w) > 1):
        shape["n_caps"] = 1.0
    if run.handle:
        shape["n_handle"] = 1.0
    if in_parentheses(tokens, run, depths):
        shape["n_bracketed"] = 1.0
    return shape


def _mentions(sentences: list[Sentence], rule_words: list[frozenset[str]],
              ) -> list[_Mention]:
    found: list[_Mention] = []
    for order, sentence in enumerate(sentences):
        text = sentence.text
        tokens = tokenize(text)
        people: list[tuple[Run, str, str]] = []
        for run in iter_runs(tokens):
            if run_is_person(tokens, run, len(tokens)):
                name, written = name_of(tokens, text, run)
                if _words(name):
                    people.append((run, name, written))
        if not people:
            continue
        classes = _sentence_classes(text)
        lowered = text.casefold()
        beside = any(all(w in lowered for w in words) for words in rule_words)
        depths = paren_depths(tokens)  # (the same tokens for every run of the sentence)
        for run, name, written in people:
            start, end = tokens[run.prefix].start, tokens[run.suffix].end
            position = join_positions(position_before(text[:start], True),
                                      position_after(text[end:]))
            found.append(_Mention(name, written, sentence.index, order, start, end,
                                  _shape(tokens, run, name, depths), position, classes,
                                  _local_classes(text, start, end), len(people) - 1, beside))
    return found


def _role(text: str, start: int, end: int) -> str:
    """The role of the cue nearest the name in its sentence (``role_cues.tsv``), else
    ``speaker``: a backstop that finds a person on the programme with no stated role
    took part in it as the generic role."""
    best: tuple[int, str] | None = None
    for role in ("speaker", "keynote", "moderator", "kol", "host", "opening"):
        for match in _cue_regex((role,), ("noun", "by", "after")).finditer(text):
            gap = start - match.end() if match.end() <= start else match.start() - end
            if best is None or max(gap, 0) < best[0]:
                best = (max(gap, 0), role)
    return best[1] if best is not None else "speaker"


def candidates(sentences: list[Sentence], speakers: list[Speaker],
               max_rules: int | None = None) -> list[PersonCandidate]:
    """Every person the name reader finds in ``sentences`` that is none of ``speakers`` (the
    rules' answer), one per person, with its features. ``max_rules``: read none where the
    rules found more people than this (a cheap gate: reading every name of every sentence
    costs about a third of the extraction's time)."""
    if max_rules is not None and len(speakers) > max_rules:
        return []
    rule_words = [w for w in (_words(s.name) for s in speakers) if w]
    mentions = [m for m in _mentions(sentences, rule_words)
                if not any(2 * len(k & _words(m.name)) >= len(_words(m.name))
                           for k in rule_words)]
    if not mentions:
        return []
    # one person per name: a shorter name whose words are all in a longer one is that one
    names = sorted({m.name for m in mentions}, key=lambda n: (-len(n.split()), n))
    owner: dict[str, str] = {}
    for name in names:
        words = _words(name)
        owner[name] = next((longer for longer in names if longer != name and
                            len(longer.split()) > len(name.split()) and
                            words <= _words(longer)), name)
    total = max(len(sentences), 1)
    headline = sentences[0].index if headline_line(sentences) is not None else -1
    people: dict[str, list[_Mention]] = {}
    for mention in mentions:
        people.setdefault(owner[mention.name], []).append(mention)
    result = []
    for name, own in people.items():
        first = own[0]
        full = next(m for m in own if m.name == name)
        features: Features = {"bias": 1.0}
        features["mentions"] = math.log1p(len(own))
        features["first_share"] = first.order / total
        for mention in own:
            for cls in mention.classes | mention.local:
                features[cls] = 1.0
            if mention.position:
                features["job"] = 1.0
            if mention.beside_rules:
                features["beside_rules"] = 1.0
            if mention.others:
                features["list"] = 1.0
            if mention.sentence == headline:
                features["headline"] = 1.0
        for key, value in full.shape.items():
            features[key] = value
        features[f"rules_{min(len(speakers), 2)}"] = 1.0
        position = next((m.position for m in own if m.position), None)
        source = sentences[first.order].text
        result.append(PersonCandidate(name, full.written, position,
                                      _role(source, first.start, first.end), features,
                                      (first.sentence, first.start)))
    return result
