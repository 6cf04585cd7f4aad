"""Property tests for ``index.extract.event.extract_event`` on random text full of its cue words.

Random prose alone rarely reaches the interesting code: the extractor only starts working
when it sees an event word, a role phrase, a name after it, a date. The texts here are
built from exactly those pieces (the role cues of ``index/data/role_cues.tsv``, degrees and
honorifics, capitalised names, quoted talk titles, Indonesian dates valid and invalid,
participant counts, places), shuffled with punctuation, paragraph breaks and stray Unicode.
The contract checked is the record's (docs/ARCHITECTURE.md, ``index.model``): no exception;
``None`` or an Event whose roles are in ``ROLES``, dates ISO, participants an int, strings non-empty
and stripped, and which survives the JSON round trip unchanged.
"""

from __future__ import annotations

from fuzzing import check_event, swallowed_errors
from hypothesis import given
from hypothesis import strategies as st

from index.extract.event import extract_event
from index.lexicon import role_cues
from index.model import Article, Event
from index.resources import table, word_list

ROLE_CUES = sorted({cue.phrase.rstrip("?") for cue in role_cues()})  # "{event_noun}" expanded
DEGREES = list(word_list("degrees.txt"))
HONORIFICS = list(word_list("honorifics.txt"))
PLACES = sorted({row[1] for row in table("gazetteer.tsv") if len(row) >= 3})
EVENT_WORDS = ["webinar", "Webinar", "seminar", "talkshow", "diskusi daring", "workshop",
               "kuliah umum", "bertajuk", "bertema", "mengangkat tema", "secara virtual",
               "melalui Zoom", "sesi tanya jawab", "bertanya", "menjawab", "peserta",
               "diikuti", "selaku", "sebagai", "yakni", "yaitu", "antara lain", "dan", "serta"]
NAMES = ["Rina Lestiani", "Budi", "Andi Wiratama", "I Gusti Ayu Made Sari", "Teuku Rahmat",
         "O'Neil", "Nur", "A", "Siti Nur'aini", "Joko Santoso", "MARIA ULFA", "de la Cruz",
         "Ahmad bin Salim", "Ni Luh Putu", "X Æ A-12", "김민수", "Мария", "ʻOla"]
DATES = ["Jumat (18/6)", "Selasa, 6 Juli 2021", "(10/09/2021)", "24 Juni 2021 pukul 09.00",
         "31/2", "29 Februari 2021", "30 Februari", "(0/0)", "(99/99/9999)", "32 Mei 2021",
         "1 Januari 0001", "31 Desember 9999", "(18/6/21)", "Senin (31/4)", "12 Mei 10000",
         "Minggu, 0 Agustus 2021", "2021-13-45", "(1/13)", "Rabu (29/2)", "9999999999 Juli"]
NUMBERS = ["311 peserta", "1.000 peserta", "1,5 juta peserta", "99999999999999999999999 orang",
           "ratusan peserta", "0 peserta", "-5 peserta", "lebih dari 2.500 orang",
           "diikuti 10.000.000.000.000 peserta", "seribu peserta", "1.2.3.4 peserta", "½"]
PUNCTUATION = [",", ".", ":", ";", "-", "–", "—", "(", ")", "“", "”", "\"", "'", "‘", "’",
               "/", "\n", "\n\n", "!", "?", "…", " ", "  ", "\t", "&", "|"]
ODDITIES = ["\u202e", "\u200b", "\ufeff", "\u00ad", "\u0301", "İ", "ß", "ﬁ", "Ⅻ", "𝐁𝐮𝐝𝐢",
            "\x00", "\x0b", "\u2028", "\u2029", "🙂", "ǅ"]


def _token() -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(ROLE_CUES),
        st.sampled_from(EVENT_WORDS),
        st.sampled_from(NAMES),
        st.sampled_from(DEGREES).map(lambda d: ", " + d),
        st.sampled_from(HONORIFICS).map(lambda h: h + ". "),
        st.sampled_from(PLACES),
        st.sampled_from(DATES),
        st.sampled_from(NUMBERS),
        st.sampled_from(PUNCTUATION),
        st.sampled_from(ODDITIES),
        st.text(max_size=12),
        st.text(alphabet="“”\"", min_size=1, max_size=3).flatmap(
            lambda q: st.text(min_size=0, max_size=40).map(lambda t: f"“{t}{q}")),
    )


cue_texts = st.lists(_token(), min_size=1, max_size=120).map(" ".join)

TEMPLATES = [
    "{event} bertajuk “{title}” digelar {date} dan diikuti {number}.",
    "{hon}{name}{degree} selaku {cue} {position} menyampaikan materi “{title}”.",
    "{event} yang {cue} {hon}{name}{degree} menghadirkan {cue} {name}, {name} dan {name}.",
    "Hadir sebagai {cue} yakni {hon}{name}{degree} ({position}), {name}{degree} dan {name}.",
    "{cue} pertama adalah {name}{degree}, {position} {place}, dengan tema “{title}”.",
    ("Dalam sesi tanya jawab, {name} dari {place} bertanya kepada {name}: “{title}?” "
     "{name} menjawab, “{title}.”"),
    "{event} di {place} pada {date} dibuka oleh {position} {name}.",
    "{name} {cue} {name} {cue} {name}{degree}{degree} {cue}",
]


@st.composite
def programme_texts(draw: st.DrawFn) -> str:
    """Sentences shaped like real programme descriptions, filled with random parts."""

    def fill(template: str) -> str:
        parts = {
            "event": draw(st.sampled_from(EVENT_WORDS[:8])),
            "cue": draw(st.sampled_from(ROLE_CUES)),
            "hon": draw(st.sampled_from(["", *[h + ". " for h in HONORIFICS]])),
            "degree": draw(st.sampled_from(["", *[", " + d for d in DEGREES]])),
            "position": draw(st.sampled_from(["Kepala Dinas Kominfo", "dosen", "", "CEO",
                                              "Ketua RT 05", "(", "“"])),
            "place": draw(st.sampled_from(PLACES)),
            "date": draw(st.sampled_from(DATES)),
            "number": draw(st.sampled_from(NUMBERS)),
            "title": draw(st.text(max_size=40) | st.sampled_from(["Literasi Digital", ""])),
        }
        parts["name"] = draw(st.sampled_from(NAMES) | st.text(min_size=1, max_size=15))
        return template.format(**parts)

    sentences = draw(st.lists(st.sampled_from(TEMPLATES), min_size=1, max_size=12))
    glue = draw(st.sampled_from([" ", "\n\n", "\n", "", " - "]))
    return glue.join(fill(t) for t in sentences)


def extract(article: Article) -> Event | None:
    """``extract_event``, failing the test when its safety net caught an exception."""
    with swallowed_errors() as caught:
        event = extract_event(article)
    assert not caught, caught
    return event


@given(cue_texts, st.one_of(st.none(), st.sampled_from(["2021-06-19", "2020-02-29", "bogus",
                                                         "0001-01-01", "9999-12-31"])))
def test_cue_text(text: str, published: str | None) -> None:
    article = Article(url="https://berita.example/a", title="Webinar " + text[:60],
                      published=published, text=text)
    check_event(extract(article))


@given(programme_texts(), st.one_of(st.none(), st.just("2021-06-19")))
def test_programme_text(text: str, published: str | None) -> None:
    check_event(extract(Article(title="Webinar", text=text, published=published)))


@given(st.lists(cue_texts, min_size=1, max_size=6))
def test_cue_paragraphs(paragraphs: list[str]) -> None:
    text = "\n\n".join(p.strip() or "Webinar" for p in paragraphs)
    check_event(extract(Article(title=None, text=text, published="2021-07-01")))


@given(st.text(min_size=1, max_size=3000))
def test_random_text(text: str) -> None:
    check_event(extract(Article(title="Webinar", text=text)))


@given(st.sampled_from(ROLE_CUES), st.sampled_from(NAMES), st.integers(1, 400))
def test_long_lists(cue: str, name: str, count: int) -> None:
    """A programme of hundreds of names (a pasted attendance list) stays a valid record."""
    people = ", ".join(f"{name} {i}" for i in range(count))
    text = f"Webinar bertajuk “Literasi” menghadirkan {cue} {people}."
    check_event(extract(Article(title="Webinar", text=text)))
