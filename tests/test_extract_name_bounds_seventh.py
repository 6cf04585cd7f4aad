"""Name bounds, seventh round: whole classes rather than single words.

- a person the programme reads only by one word and an honorific ("According to Ma'am
  Rosa", "Prof. Hasan emphasized") is named by the one longer spelling of that word the
  article writes elsewhere ("Ma'am Rosa T. Villanueva, Ph.D.", "Prof. Dr. Moh. Hasan"):
  document-level evidence (:mod:`index.extract.name_evidence`);
- a particle inside a name ("bin", "van") is no name word of its own: a name never starts
  at it when the words before it are a body;
- degrees as classes: spaced after the first letter ("S. Ag."), and field degrees written
  undotted in capitals ("MPWK").

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import HELD, people

from index.extract.name_evidence import full_name


def test_a_one_word_reference_takes_the_full_name_written_before() -> None:
    """The introductions carry no role cue; the short references do."""
    found = people(
        "The adviser of our student council, Ma'am Rosa T. Villanueva, Ph.D., organized a "
        "webinar titled Safe Online Habits on May 4, 2022. The Campus Ministry Head, Sir "
        "Arnel B. Dizon, MIT, was the resource speaker.\n\nAccording to Ma'am Rosa, the "
        "webinar has three aims. She then introduced the resource speaker, Sir Arnel. Sir "
        "Arnel gave an insightful talk about privacy.")
    assert "Arnel B. Dizon" in found and "Arnel" not in found


def test_a_surname_reference_takes_the_abbreviated_given_name() -> None:
    """"Moh." opens the name before the surname; "Dr." before it is a title."""
    text = ("Rector Prof. Dr. Moh. Hasan, in his remarks, explained the aims. Furthermore, "
            "Prof. Hasan emphasized three pillars.")
    assert full_name("Hasan", text) == ("Moh. Hasan", "Moh.")


def test_a_particle_inside_the_full_name_is_kept() -> None:
    text = ("Wakil Gubernur Tanjung Uji Habib Salim Bin Taha secara resmi membuka kegiatan itu. "
            "“Kami menyambut baik webinar ini,” ungkap Wakil Gubernur Habib Salim.")
    assert full_name("Salim", text) == ("Salim Bin Taha", "")


def test_no_full_name_where_the_words_may_end_a_body() -> None:
    """"Yayasan Rosa Lestari": a capitalised word that is no title right before."""
    text = "Ketua Yayasan Rosa Lestari hadir. Menurut Bu Rosa, acara ini penting."
    assert full_name("Rosa", text) is None


def test_no_full_name_when_two_people_share_the_word() -> None:
    text = ("Hadir Dr. Rosa Lestari dan Dr. Rosa Handayani. Menurut Bu Rosa, acara ini "
            "penting.")
    assert full_name("Rosa", text) is None


def test_no_full_name_from_words_the_article_writes_in_lower_case() -> None:
    """"Rosa Utama": "utama" is a common word of the article, not a surname."""
    text = "Narasumber utama Bu Rosa Utama hadir. Menurut Bu Rosa, acara ini penting."
    assert full_name("Rosa", text) is None


def test_a_name_never_starts_at_its_particle() -> None:
    """"Bupati Tanjung Uji Salim Bin Taha": the last two name words around the particle."""
    found = people(HELD + "Webinar dibuka oleh Bupati Tanjung Uji Salim Bin Taha.")
    assert "Salim Bin Taha" in found and "Bin Taha" not in found
    found = people(HELD + "Webinar dibuka oleh Direktur Sinar Komunika Rudi van Hartono.")
    assert "Rudi van Hartono" in found


def test_a_degree_spaced_after_its_first_letter_ends_the_name() -> None:
    found = people(HELD + "Moderator acara ini adalah Rina Lestari S. Ag., M.Si., dosen "
                          "Universitas Uji.")
    assert "Rina Lestari" in found
    found = people(HELD + "Narasumber pertama adalah Dr. M. A. Rahman, dosen Universitas Uji.")
    assert "M. A. Rahman" in found  # two initials are the name's own


def test_an_undotted_field_degree_ends_the_name() -> None:
    """"MPWK" (M.PWK) after the surname, in capitals and without a comma."""
    found = people(HELD + "Narasumber pertama adalah Ketua Umum DPP Apdesi Ir. H. Budi "
                          "Hartanto MPWK dan dosen Rina Sari.")
    assert "Budi Hartanto" in found
