"""Positions and the clause around them (invented sentences; round 15 of the fresh sets):
a relative clause that adds an office ("yang sekaligus", "yang kini bekerja di"), two
offices joined by "yang juga" before the name, and a sentence's first word, capitalised
for that alone, that is no word of a job ("Lebih jauh, A", "Hari kedua, A")."""

from __future__ import annotations

import pytest

from index.extract.event import extract_event
from index.extract.people_2_after import position_after
from index.extract.people_2_positions import position_before
from index.pipeline.records import article_from_text


def _positions(text: str) -> dict[str, str | None]:
    event = extract_event(article_from_text("Judul Berita\n\n" + text,
                                            "https://example.org/berita/uji"))
    assert event is not None
    return {s.name: s.position for s in event.speakers}


_HELD = "Himpunan Tani Lestari menggelar webinar secara daring pada Rabu (14/7/2021). "


@pytest.mark.parametrize(("tail", "expected"), [
    # "yang sekaligus" is "yang juga" with another adverb
    (" selaku Pembina Klub Koperasi yang sekaligus Ketua Panitia Pekan Koperasi, "
     "dilanjutkan dengan sambutan", "Pembina Klub Koperasi yang sekaligus Ketua Panitia "
     "Pekan Koperasi"),
    # a relative clause of where the person works now
    (", alumni Teknik Sipil Politeknik Tanjung Uji yang kini berkarir sebagai Site Engineer "
     "di PT Beton Rapi, hadir sebagai pembicara.", "alumni Teknik Sipil Politeknik Tanjung "
     "Uji yang kini berkarir sebagai Site Engineer di PT Beton Rapi"),
    (", seorang ahli hidrologi yang saat ini bekerja di Kenya untuk lembaga Sumber Air Bersih, "
     "hadir", "ahli hidrologi yang saat ini bekerja di Kenya untuk lembaga Sumber Air Bersih"),
    # ... not where no named place, body or job follows
    (", Dosen Uji yang kini bekerja di sebuah bank, hadir", "Dosen Uji"),
])
def test_a_relative_clause_that_adds_an_office(tail: str, expected: str) -> None:
    assert position_after(tail) == expected


@pytest.mark.parametrize(("head", "expected"), [
    ("dan Dewan Penasihat DPW Tani Maju yang juga staf BPTP ",
     "Dewan Penasihat DPW Tani Maju yang juga staf BPTP"),
    ("bersama Kepala Otorita Pulau Uji yang juga menjabat Bupati Uji ",
     "Kepala Otorita Pulau Uji yang juga menjabat Bupati Uji"),
    # a degree left over from the name before opens no job
    ("Dr. Budi Santosa, MP Kadis Perikanan Garut yang juga Pj Sekda Kab. Garut ",
     "Kadis Perikanan Garut yang juga Pj Sekda Kab. Garut"),
    # "yang juga" after a comma, or after no office, joins nothing
    ("dihadiri Wakil Bupati, yang juga Ketua Koperasi Uji, ", "Ketua Koperasi Uji"),
])
def test_two_offices_joined_before_the_name(head: str, expected: str) -> None:
    assert position_before(head) == expected


@pytest.mark.parametrize(("head", "expected"), [
    ("Lebih jauh, ", None),
    ("Hari ketiga, ", None),
    ("Lebih lanjut Plt. Camat Sukamaju, ", "Plt. Camat Sukamaju"),
    ("Mengajak Staf Ahli Gubernur Uji, ", "Staf Ahli Gubernur Uji"),
    # a job noun, an office-dating word, a form of address or a body opens the sentence as
    # itself
    ("Dosen tamu, ", "Dosen tamu"),
    ("Mantan Ketua Koperasi Uji, ", "Mantan Ketua Koperasi Uji"),
    ("Ustaz muda, ", "Ustaz muda"),
    ("Balai Riset Uji, ", "Balai Riset Uji"),
    ("Dirlantas Polda Uji Kombes Pol ", "Dirlantas Polda Uji Kombes Pol"),
])
def test_a_sentence_opener_is_no_job(head: str, expected: str | None) -> None:
    assert position_before(head) == expected


def test_sentence_openers_in_an_article() -> None:
    positions = _positions(
        _HELD + "Narasumber dalam webinar ini antara lain Rahmat Hidayat dan Sulastri "
        "Wulandari. Lebih jauh, Rahmat Hidayat memaparkan bahwa pupuk organik menyuburkan "
        "tanah. Hari kedua, Sulastri Wulandari membahas irigasi tetes bagi lahan kering.")
    assert positions["Rahmat Hidayat"] is None
    assert positions["Sulastri Wulandari"] is None


def test_a_professional_title_that_is_a_job_noun_heads_the_job() -> None:
    assert position_before("menghadirkan psikolog remaja ") == "psikolog remaja"
