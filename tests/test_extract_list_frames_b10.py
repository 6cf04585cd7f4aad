"""List and apposition frames that lost whole programmes: a list lead-in that opens a sentence
of its own ("... menghadirkan tiga narasumber. Yakni, A (X), B (Y)"), a numbered list under a
line that stops at ";", an English relative clause on the role noun before the list verb
("The speakers who joined us included A, ...; B, ...") and an English role noun with the
event as its modifier ("A acted as the webinar moderator").

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import HELD, people


def test_lead_in_opening_its_own_sentence_carries_the_counted_list() -> None:
    # ranked items with degree chains, which no bare listing reads: only the count before
    # the lead-in says they are the speakers
    found = people(
        HELD + "Acara dibuka dengan sambutan Bupati Tanjung Uji, Drs. Halim Sasmita, yang juga "
        "menghadirkan tiga narasumber lainnya.\nYakni, Marsekal TNI (Purn) Prof. Dr. Sudarmaji "
        "(Mantan KSAU 2011-2015 dan Penasihat Ahli Bidang Dirgantara), Marsda TNI Dr. Ir. Wulan "
        "Kencanasari, S.Sos, S.H, M.H. (Kadispenau) dan Ir. Teguh S. Pranata, M.M. (Direktur "
        "Sarana, Kemenhub).")
    assert found["Halim Sasmita"].role == "opening"
    for name in ("Sudarmaji", "Wulan Kencanasari", "Teguh S. Pranata"):
        assert found[name].role == "speaker", name
    assert found["Teguh S. Pranata"].position == "Direktur Sarana, Kemenhub"


def test_numbered_list_under_a_line_ending_in_semicolon() -> None:
    found = people(
        HELD + "Dipandu oleh aktivis lingkungan, Rosa Pamungkas, hadir pula para panelis dalam "
        "diskusi ini;\n1. Sulastri, Ketua Yayasan Teluk Biru (YTB)\n2. Anders Holmvik, "
        "sutradara film Rumah Angin\n3. Kirana Dewantari, Pendiri Sanggar Lentera")
    assert found["Rosa Pamungkas"].role == "moderator"
    for name in ("Sulastri", "Anders Holmvik", "Kirana Dewantari"):
        assert found[name].role == "speaker", name
    assert found["Sulastri"].position == "Ketua Yayasan Teluk Biru (YTB)"


def test_items_that_end_in_semicolons_stay_items() -> None:
    found = people(
        HELD + "Narasumber dalam webinar ini:\n- Laila Pranoto (Ketua Forum Pemuda Uji) ;\n"
        "- Gilang Wirasena (Anggota Dewan Pendidikan) ;\n- Hana Setiadi (Dosen Unmaju)")
    assert set(found) == {"Laila Pranoto", "Gilang Wirasena", "Hana Setiadi"}


def test_english_relative_clause_on_the_role_noun_before_included() -> None:
    found = people(
        "The Consulate of Vandoria held a webinar on coastal resilience last week.\n\n"
        "The speakers who described their agencies' relief work included Colin Brandt, "
        "president of the Harbour Aid Society; Mirela Dunne, director of the Delta "
        "Volunteers Network; and Otto Ferreira, chair of the Reef Council.",
        "https://uji.example/news")
    assert {n: s.role for n, s in found.items()} == {
        "Colin Brandt": "speaker", "Mirela Dunne": "speaker", "Otto Ferreira": "speaker"}
    assert found["Mirela Dunne"].position == "director of the Delta Volunteers Network"


def test_english_role_noun_with_the_event_as_modifier() -> None:
    found = people(
        "The Consulate of Vandoria held a webinar on coastal resilience last week.\n\n"
        "Greta Holloway, deputy director for Field Operations of the Harbour Aid Society, "
        "acted as the webinar moderator.",
        "https://uji.example/news")
    assert found["Greta Holloway"].role == "moderator"
    assert found["Greta Holloway"].position == (
        "deputy director for Field Operations of the Harbour Aid Society")
