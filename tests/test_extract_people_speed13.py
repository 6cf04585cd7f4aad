"""Speed-only rewrites of the people steps (round 13): each gives what the slower form gave.

The sentences and names are invented, in the style of the coverage the extractor reads.
"""

from __future__ import annotations

from index.extract import people_7_merge
from index.extract.people_2_positions import _title_lead_skip, head_is_position, position_before
from index.extract.people_6_frames import Mention, _agent_of_noun, _blank_cues
from index.extract.people_6_slots import find_cues
from index.extract.people_7_merge import _names_one, _same_person, group_mentions
from index.lexicon import phrase_set


def _mention(name: str, order: int, handle: str | None = None) -> Mention:
    return Mention(name, name, "speaker", 3, None, None, handle, (0, order))


def _group_slowly(mentions: list[Mention]) -> list[list[str]]:
    """The grouping as it was written before: every person's names built again for each
    comparison, every pair tested."""
    people: list[people_7_merge.Person] = []
    for mention in sorted(mentions, key=lambda m: m.order):
        match = None
        ambiguous = False
        for person in people:
            if mention.handle and mention.handle in person.handles:
                match = person
                break
            if any(_same_person(mention.name, name) for name in person.names):
                candidates = [p for p in people if any(
                    _same_person(mention.name, name) for name in p.names)]
                if len(candidates) == 1 or len(mention.name.split()) > 1:
                    match = person
                    break
                ambiguous = True
        if match is None:
            if ambiguous or people_7_merge._bare(mention):
                continue
            people.append(people_7_merge.Person([mention]))
        else:
            match.mentions.append(mention)
    return [[m.name for m in p.mentions] for p in people]


def test_group_mentions_groups_as_the_pairwise_test_did() -> None:
    mentions = [
        _mention("Rudi Kartawijaya", 1), _mention("Rudi Kartawijaya", 2),
        _mention("Dr. Rudi Kartawijaya", 3), _mention("Sinta Maharani", 4),
        _mention("Sinta Maharanii", 5), _mention("Neil Rahman", 6), _mention("Neil Rahmat", 7),
        _mention("Neil", 8), _mention("Ayu Lestari", 9, "@ayulestari"),
        _mention("Ayu L.", 10, "@ayulestari"), _mention("Bagus Prakoso", 11),
    ]
    got = [[m.name for m in p.mentions] for p in group_mentions(list(mentions))]
    assert got == _group_slowly(list(mentions))
    assert ["Neil"] not in got  # one of two, no one new


def test_an_equal_name_is_the_same_person_without_the_pairwise_test() -> None:
    for name in ("Rudi Kartawijaya", "Dr. Sinta Maharani, M.Si.", "Neil"):
        assert _same_person(name, name)
        assert _names_one(name, {name, "Bagus Prakoso"})
    assert _names_one("Sinta Maharanii", {"Sinta Maharani"})
    assert not _names_one("Bagus Prakoso", {"Sinta Maharani"})


def _blank_slowly(text: str, cues, start: int, end: int) -> str:
    chars = list(text[start:end])
    for cue in cues:
        if cue.kind == "after" and cue.role == "other":
            continue
        for k in range(max(cue.start, start), min(cue.end, end)):
            chars[k - start] = " "
    return "".join(chars)


def test_blank_cues_blanks_as_the_character_list_did() -> None:
    text = ("Webinar dipandu oleh moderator Rina Kusuma, sedangkan narasumber utama Dr. Hadi "
            "Saputra mewakili Rektor Universitas Sukamaju menyampaikan sambutan.")
    cues = find_cues(text)
    assert cues
    for start, end in [(0, len(text)), (5, 60), (30, 31), (40, 20), (0, 0)]:
        assert _blank_cues(text, cues, start, end) == _blank_slowly(text, cues, start, end)


def test_agent_of_noun_rewrites_as_before() -> None:
    text = "Keynote speech disampaikan oleh Prof. Hadi Saputra dari Universitas Sukamaju."
    cues = find_cues(text)
    out = _agent_of_noun(cues, text)
    assert [(c.kind, c.role) for c in out] == [("noun", "keynote"), ("by", "keynote")]
    comma = "Keynote speech, lalu disampaikan oleh Prof. Hadi Saputra."
    assert [c.role for c in _agent_of_noun(find_cues(comma), comma)] == ["keynote", "speaker"]
    single = cues[:1]
    assert _agent_of_noun(single, text) == single


def test_title_lead_skip_is_the_union_it_replaces() -> None:
    assert _title_lead_skip() == phrase_set("title_inner") | {
        ")", "&", "/", "-", ".", "”", "serta"}


def test_positions_read_as_before() -> None:
    assert position_before("Kepala Dinas Pangan Kabupaten Sukamaju ") == (
        "Kepala Dinas Pangan Kabupaten Sukamaju")
    assert position_before("penulis, editor, dan podcaster, ") == "penulis, editor, dan podcaster"
    assert head_is_position("sambutan hangat dari Bupati Sukamaju ", lead_in=True)
    assert not head_is_position("mengajukan pertanyaan kepada ", lead_in=True)
