"""Roles of round 12b: the pronoun of a quote whose clause gives the welcome ("“...,”
ucapnya dalam sambutan pembukaan") or opens the sentence after the quote's own full stop;
a predicate inside a list item belongs to that item ("A as X, B as Y, and C as moderator");
an English relative clause of presence on a role noun before its copula; the English noun
phrase of opening with its agent ("official opening by A"); a degree of dotted segments
("M.Comp.Sc.") is one word, not a sentence's end.

All sentences are invented for these tests (fictional people, outlets and places).
"""

from __future__ import annotations

from extract_people import HELD, people

EN = ("The Faculty of Marine Studies of Universitas Tanjung Uji held an online seminar on "
      "the theme “Blue Harbours” on May 4, 2023.\n\n")


def test_quote_pronoun_in_the_welcome_is_the_opening() -> None:
    found = people(
        HELD + "Turut hadir Ketua Yayasan Pesisir Cerdas Handoko Purba serta Dosen Universitas "
        "Tanjung Uji Laras Wicaksono.\n\nHandoko Purba menjelaskan bahwa program ini rutin.\n\n"
        "“Semua warga desa kami harapkan mampu memanfaatkan layanan digital,” ucapnya dalam "
        "sambutan pembukaan yang diikuti pengurus cabang.\n\nNarasumber webinar, Laras "
        "Wicaksono, memaparkan keamanan data.")
    assert found["Handoko Purba"].role == "opening"


def test_saying_pronoun_opening_the_sentence_after_the_quote() -> None:
    found = people(
        HELD + "Narasumber webinar ini adalah Dosen Universitas Tanjung Uji, Laras Wicaksono."
        "\n\nKetua Yayasan Pesisir Cerdas, Handoko Purba menyampaikan. “Kegiatan ini bagian "
        "dari kerja sama kami. Semoga peserta mendapat ilmu.” Tuturnya dengan nada tegas "
        "ketika membuka acara.")
    assert found["Handoko Purba"].role == "opening"


def test_a_discourse_adverb_in_nya_is_no_pronoun() -> None:
    found = people(
        HELD + "Narasumber webinar ini adalah Dosen Universitas Tanjung Uji, Laras Wicaksono."
        "\n\nSelanjutnya dalam sambutannya, Ketua Yayasan Pesisir Cerdas Handoko Purba "
        "berpesan agar desa siap.")
    assert found["Laras Wicaksono"].role == "speaker"


def test_each_list_item_keeps_its_own_predicate() -> None:
    found = people(
        EN + "Three guest stars who were present were Rina Kusuma as Ambassador of the "
        "Cirebon Reading Club 2021, Dodi Pratama as Curator of the Bogor Art Museum, and Sari "
        "Wulan as MC & Moderator of this event.")
    assert found["Rina Kusuma"].role == "speaker"
    assert found["Dodi Pratama"].role == "speaker"
    assert found["Dodi Pratama"].position == "Curator of the Bogor Art Museum"
    assert found["Sari Wulan"].role == "moderator"


def test_list_items_with_own_predicates_in_indonesian() -> None:
    found = people(
        HELD + "Para tamu yang hadir adalah Rina Kusuma sebagai Duta Perpustakaan Bandung, "
        "Dodi Pratama sebagai Kurator Museum Seni Bogor, dan Sari Wulan sebagai moderator.")
    assert found["Rina Kusuma"].role == "speaker"
    assert found["Sari Wulan"].role == "moderator"


def test_a_shared_predicate_after_own_jobs_holds_for_all() -> None:
    found = people(
        HELD + "Rina Kusuma sebagai dosen Universitas Bandung dan Dodi Pratama sebagai dosen "
        "Universitas Bogor menjadi narasumber acara ini.")
    assert found["Rina Kusuma"].role == "speaker"
    assert found["Dodi Pratama"].role == "speaker"


def test_relative_clause_of_presence_before_the_copula() -> None:
    found = people(EN + "The speakers who were present were Rina Kusuma, Dodi Pratama and "
                        "Sari Wulan.")
    assert set(found) == {"Rina Kusuma", "Dodi Pratama", "Sari Wulan"}
    assert found["Dodi Pratama"].position is None


def test_official_opening_by_then_keynote_relative() -> None:
    found = people(
        EN + "The seminar continued with brief remarks and an official opening by Prof. Ir. "
        "Hendra, M.Comp.Sc., Ph.D., Dean of Graduate Studies at Universitas Tanjung Uji, who "
        "also served as the keynote speaker. The speakers were Dr. Anna Lim and Dr. Budi "
        "Karno.")
    assert found["Hendra"].role == "keynote"
    assert found["Hendra"].position == "Dean of Graduate Studies at Universitas Tanjung Uji"
    assert "Tanjung Uji" not in found
