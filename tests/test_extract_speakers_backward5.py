"""Reading people backwards from a role noun (invented text): a floating quantifier over a
coordinated subject ("A dan B yang keduanya sebagai pembicara") and post-nominal letters
between the name and the copula ("dr A SpPD-KGEH (K) yang juga hadir sebagai narasumber")
stand between the people and the role noun as copulas do."""

from __future__ import annotations

from extract_people import HELD, people


def test_both_of_a_coordinated_pair_as_speakers() -> None:
    """"Prof. A dan B M.Sc yang keduanya sebagai pembicara": both are speakers."""
    found = people(HELD + "Prof. Hasan Widjaja dan Lestari Ningrum M.Sc yang keduanya sebagai "
                   "pembicara dari Universitas Tanjung Uji membahas ekonomi desa.")
    assert found["Hasan Widjaja"].role == "speaker"
    assert found["Lestari Ningrum"].role == "speaker"


def test_postnominal_letters_before_the_copula() -> None:
    """"Ketua X dr A SpPD-KGEH (K) yang juga hadir sebagai narasumber mengatakan ..."."""
    found = people(HELD + "Ketua Panitia Pekan Gizi RSUD Tanjung Uji dr Rahmat Saputra SpPD-KGEH "
                   "(K) yang juga hadir sebagai narasumber mengatakan acara tahun ini diikuti "
                   "banyak sekolah.")
    assert found["Rahmat Saputra"].role == "speaker"


def test_title_case_headline_words_are_no_postnominal_letters() -> None:
    """"RS Uji Hadirkan Lima Pembicara": a headline's capitalised verb is no degree."""
    found = people("Gelar Webinar, RS Tanjung Uji Hadirkan Lima Pembicara Bahas Gizi\n\n"
                   "UJI – Webinar menghadirkan narasumber Dr. Sari Melati.")
    assert "Tanjung Uji" not in found
