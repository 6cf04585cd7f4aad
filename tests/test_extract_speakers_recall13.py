"""Speaker recall, thirteenth round: frames that recur across sites.

- The committee's report at the opening ceremony ("A selaku ketua panitia, saat seremonial
  pembukaan kegiatan, menjelaskan ...") is a programme item: the chair is listed as `other`,
  while a committee member who only talks about the event stays out.
- "mengupas" and "membedah" present material as "memaparkan" does (they were talk verbs,
  not verbs of a subject who presents).
- A fronted ber-/ter- participle clause ("Terhubung secara daring dari studio di X, A ...")
  is an adjunct like an English -ing clause: the subject comes after its comma.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import HELD, people

from index.extract.committee_report import committee_report

_HELD = ("MAJU – Ikatan Ahli Gizi Kota Maju menggelar webinar gizi remaja secara daring "
         "selama dua hari, Senin-Selasa (3-4/5/2022).\n\n")


def test_the_committee_chair_at_the_opening_ceremony_is_listed() -> None:
    found = people(_HELD + "Ketua panitia, Ns. Yohana Maria Ledo, S.Kep., saat seremonial "
                   "pembukaan acara menuturkan bahwa webinar ini lahir dari keprihatinan atas "
                   "anemia pada remaja putri.\n\nNarasumber pertama, dr. Bambang Suryo, "
                   "memaparkan pola makan sehat.")
    assert "Yohana Maria Ledo" in found
    assert found["Yohana Maria Ledo"].role == "other"
    assert "Bambang Suryo" in found


def test_a_committee_member_on_the_event_itself_stays_out() -> None:
    found = people(_HELD + "Ketua panitia, Yohana Maria Ledo, mengatakan webinar ini diikuti "
                   "300 peserta dari berbagai daerah.\n\nNarasumber pertama, dr. Bambang "
                   "Suryo, memaparkan pola makan sehat.")
    assert "Yohana Maria Ledo" not in found


def test_committee_report_frames() -> None:
    text = "A selaku panitia, dalam laporannya menyampaikan bahwa ..."
    assert committee_report(text, 1)
    text = "A selaku ketua panitia melaporkan bahwa ..."
    assert committee_report(text, 1)
    text = "A selaku ketua panitia mengatakan bahwa kegiatan pembukaan kantor ..."
    assert not committee_report(text, 1)


def test_mengupas_presents_material() -> None:
    found = people(HELD + "Andre Wiguna selaku Kabid Kebencanaan Relawan Tanjung mengupas "
                   "mitigasi bencana banjir di pesisir.")
    assert "Andre Wiguna" in found
    assert found["Andre Wiguna"].role == "speaker"


def test_a_fronted_participle_clause_before_the_subject() -> None:
    found = people(HELD + "Acara dibuka oleh Kepala Dinas Kominfo, Budi Santoso.\n\n"
                   "Terhubung secara daring dengan studio di Salatiga, Andre Wiguna selaku "
                   "Kabid Kebencanaan Relawan Tanjung yang memaparkan mitigasi bencana banjir.")
    assert "Andre Wiguna" in found
    assert found["Andre Wiguna"].position == "Kabid Kebencanaan Relawan Tanjung"


def test_a_quoted_titles_first_word_is_no_verb_of_a_subject() -> None:
    found = people("Siaran Pers, Webinar HIMASETA “Mengupas Aturan Tambak Udang 2022, Tepat "
                   "atau Tidak?”\n\n" + HELD.lstrip("UJI – ") + "Narasumber webinar adalah "
                   "Dr. Rina Wulandari dari Universitas Tanjung.")
    assert "Siaran Pers" not in found
    assert "Rina Wulandari" in found

