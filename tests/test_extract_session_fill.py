"""A session of the programme as the subject, filled by people: "sesi kedua diisi A, B",
"sesi terakhir adalah A, Jabatan", and with the noun left out of the second clause ("acara
dibagi dua sesi, pertama diisi A, B"). The people named after it are that session's
speakers, with no role noun in the sentence.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import HELD, people


def test_a_session_filled_by_a_list_gives_speakers() -> None:
    text = HELD + ("Diskusi dibagi atas dua sesi, pertama diisi Dosen UNTU Wira Santosa, "
                   "Kepala Bappeda Tanjung Uji Prof Larasati Dewi.")
    found = people(text)
    assert found["Wira Santosa"].role == "speaker"
    assert found["Wira Santosa"].position == "Dosen UNTU"
    assert found["Larasati Dewi"].role == "speaker"


def test_a_session_with_a_copula_gives_its_speaker_and_job() -> None:
    text = HELD + ("Materi pertama dibawakan oleh Anton Purba. Selanjutnya untuk sesi kedua "
                   "adalah Martina Halim, Kepala Seksi Layanan Digital Dinas Kominfo, dan sesi "
                   "terakhir ialah Gregorius Sitanggang, pendiri Rumah Baca Lentera.")
    found = people(text)
    assert found["Martina Halim"].role == "speaker"
    assert found["Martina Halim"].position == "Kepala Seksi Layanan Digital Dinas Kominfo"
    assert found["Gregorius Sitanggang"].role == "speaker"
