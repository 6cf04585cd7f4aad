"""The opening told by a preposition and the noun of the act ("dalam/pada pembukaan
<event>"), the clause of opening_adverbial.py with a noun for its verb: after the subject
("Rektor A dalam pembukaan Seminar X ..."), after the agent of a passive verb of saying
("Demikian dikatakan Rektor A dalam pembukaan ..."), or fronted before the subject ("Dalam
pembukaan seminar X, Bupati A menyampaikan ..."); and the negatives: being present at the
opening is no speaking, and an opening of no event ("Pembukaan Undang-Undang") frames no one.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import HELD, people

_NEXT = ("Narasumber webinar ini adalah Dosen Universitas Tanjung Uji, Laras Wicaksono.")


def test_agent_of_a_passive_saying_in_the_opening() -> None:
    found = people(HELD + "Sekolah harus tetap berjalan apa pun keadaannya. Demikian dikatakan "
                   "Rektor Universitas Pesisir Raya Dr. Hasan Batubara, M.Kes dalam pembukaan "
                   "Seminar Daring Olahraga Pesisir, Senin (6/3/2023). " + _NEXT)
    assert found["Hasan Batubara"].role == "opening"
    assert found["Laras Wicaksono"].role == "speaker"


def test_fronted_opening_with_a_quoted_theme_before_the_report() -> None:
    found = people(
        "Warta Uji | Tanjung Uji,- Pemahaman warga tentang gizi perlu terus dibangun. Rumah "
        "sakit ikut bertanggung jawab.\nDalam pembukaan seminar gizi dengan tema \" Makan Sehat "
        "di Rumah\" , Plt. Bupati Tanjung Uji, Drs. KH. Rahmat Siregar menyampaikan pernyataan "
        "itu. \"Tanyakan pada ahlinya,\" katanya.\nSeminar itu digelar secara daring pada Kamis, "
        "9 Maret 2023. Sekitar 300 peserta mengikuti paparan tiga narasumber.\nLebih lanjut "
        "Bupati Rahmat Siregar mengatakan protokol kesehatan tetap penting.")
    assert found["Rahmat Siregar"].role == "opening"


def test_fronted_series_of_the_opening() -> None:
    found = people(HELD + "Dalam rangkaian pembukaan webinar Dialog Kampung Nelayan, Ketua Umum "
                   "Ikatan Nelayan Muda Gilang Prasetyo menyampaikan bahwa dialog ini punya tiga "
                   "tujuan. " + _NEXT)
    assert found["Gilang Prasetyo"].role == "opening"


def test_present_at_the_opening_is_no_opening() -> None:
    found = people(HELD + "Camat Pesisir Hilir Wardoyo Santosa turut hadir dalam pembukaan "
                   "webinar tersebut. " + _NEXT)
    assert found.get("Wardoyo Santosa") is None or found["Wardoyo Santosa"].role != "opening"


def test_an_opening_of_no_event_frames_no_one() -> None:
    found = people(HELD + "Dalam Pembukaan Undang-Undang Dasar, Dosen Hukum Sekar Ayuningtyas "
                   "menjelaskan ada empat tujuan negara. " + _NEXT)
    assert found.get("Sekar Ayuningtyas") is None or \
        found["Sekar Ayuningtyas"].role != "opening"
