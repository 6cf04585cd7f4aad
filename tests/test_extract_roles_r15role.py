"""Roles of round 15: the opening as the occasion of what a person said ("dalam pembukaan
seminar", "pada acara pembukaan X") makes the speaker the opener; the whole event guided
("Kegiatan yang dipandu oleh A", "Webinar ini dipandu oleh A") names its host, while a
discussion guided names its moderator; a speech noun qualified by "kunci"/"utama"
("sambutan kunci", "pidato utama") is the keynote speech.

All sentences are invented for these tests (fictional people, outlets and places).
"""

from __future__ import annotations

from extract_people import HELD, people


def test_said_in_the_opening_of_the_event_is_the_opening() -> None:
    found = people(
        HELD + "Hal itu ditegaskan Rektor Universitas Tanjung Uji, Dr. Harun Siregar, M.Kes "
        "dalam pembukaan Seminar Daring (Seri 2), Kamis (9/3/2023). Materi disampaikan oleh "
        "Dr. Lina Marpaung selaku narasumber.")
    assert found["Harun Siregar"].role == "opening"
    assert found["Lina Marpaung"].role == "speaker"


def test_said_at_the_opening_ceremony_after_the_name_is_the_opening() -> None:
    found = people(
        HELD + "“Desa harus berani berubah,” kata Bima Prasetyo, Ketua Umum Perkumpulan Desa "
        "Mandiri (PDM), dalam acara Pembukaan Pekan Desa Digital 2023, Senin (6/3).")
    assert found["Bima Prasetyo"].role == "opening"


def test_the_whole_event_guided_names_its_host() -> None:
    found = people(
        HELD + "Kegiatan yang dipandu oleh Ratna Kumalasari ini diikuti ratusan peserta. "
        "Narasumber webinar ini adalah Dosen Universitas Tanjung Uji, Laras Wicaksono.")
    assert found["Ratna Kumalasari"].role == "host"


def test_the_event_with_a_determiner_guided_names_its_hosts() -> None:
    found = people(
        HELD + "Acara ini dipandu oleh Hendra Gunawan dan Sari Lestari. Narasumber webinar "
        "ini adalah Dosen Universitas Tanjung Uji, Laras Wicaksono.")
    assert found["Hendra Gunawan"].role == "host"
    assert found["Sari Lestari"].role == "host"


def test_a_discussion_guided_still_names_its_moderator() -> None:
    found = people(
        HELD + "Narasumber webinar ini adalah Dosen Universitas Tanjung Uji, Laras "
        "Wicaksono. Diskusi ini dipandu oleh Dodi Kurnia.")
    assert found["Dodi Kurnia"].role == "moderator"


def test_a_keynote_speech_in_indonesian_is_the_keynote() -> None:
    found = people(
        HELD + "Saat memberikan sambutan kunci, Menteri Desa, Yusuf Hamdani, menyampaikan "
        "bahwa desa digital harus merata. Materi disampaikan oleh Dr. Lina Marpaung selaku "
        "narasumber.")
    assert found["Yusuf Hamdani"].role == "keynote"


def test_in_the_keynote_speech_after_the_name_is_the_keynote() -> None:
    found = people(
        HELD + "Menteri Sosial Yusuf Hamdani dalam sambutan kuncinya menyampaikan bahwa desa "
        "harus tangguh. Materi disampaikan oleh Dr. Lina Marpaung selaku narasumber.")
    assert found["Yusuf Hamdani"].role == "keynote"


def test_the_main_speech_delivered_is_the_keynote() -> None:
    found = people(
        HELD + "Menteri Sosial Yusuf Hamdani hadir menyampaikan pidato utama pada sesi kedua, "
        "dengan topik “Desa Tangguh”. Materi disampaikan oleh Dr. Lina Marpaung selaku "
        "narasumber.")
    assert found["Yusuf Hamdani"].role == "keynote"
