"""An article that only says the event was held shows its people through what they said
there. The sentence that says so may name the event by a generic noun ("Acara ini
diadakan", "Kegiatan tersebut dihelat") and use any verb of holding ("dilaksanakan",
"dihelat"); the subject of the reported speech after it is read with its verb, which decides
where the name ends ("Kepala X, R. Wira Negara mengatakan": the title word before the verb is
the name's last word).

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import people


def test_a_generic_event_noun_held_opens_the_report() -> None:
    text = ("UJI – Komunitas Baca Pesisir mengadakan Kelas Literasi Daring 2023 bagi "
            "pustakawan desa. Acara ini diadakan selama tiga hari, mulai 2 hingga 4 Mei 2023, "
            "dan diikuti 150 peserta.\n\nPada kesempatan itu, Kepala Perpustakaan Daerah "
            "Tanjung Uji, Marlina Siregar menegaskan bahwa perpustakaan desa perlu terus "
            "dihidupkan oleh warganya sendiri.")
    assert "Marlina Siregar" in people(text)


def test_a_title_word_before_the_reporting_verb_ends_the_name() -> None:
    text = ("UJI – Balai Arsip Tanjung Uji mengajak perangkat desa merawat arsip. Kegiatan "
            "tersebut dilaksanakan secara daring pada 3 Mei 2023 lewat Zoom.\n\nKepala Balai "
            "Arsip Tanjung Uji, R. Gilang Negara mengatakan, arsip desa perlu dirawat bersama "
            "oleh seluruh perangkat.")
    found = people(text)
    assert "R. Gilang Negara" in found
    assert "R. Gilang" not in found
    assert found["R. Gilang Negara"].position == "Kepala Balai Arsip Tanjung Uji"
