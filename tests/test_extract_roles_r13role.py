"""Roles of round 13b: an official presented by a weak verb in one list with peers who hold
no office is one of them, not the opening; a bare "dipandu" whose article names its
moderator by a word of moderating is the host; a demonstrative after the agent of a
relative clause closes it, so the next person is not in the agent's list (nor the talk
after it the agent's); a person presented beside "serta N narasumber" is the opening.

All sentences are invented for these tests (fictional people, outlets and places).
"""

from __future__ import annotations

from extract_people import HELD, people


def test_official_among_peers_of_one_weak_list_is_a_speaker() -> None:
    found = people(
        HELD + "Pada webinar kali ini hadir Prof. Dr. Rudi Santoso, Sekretaris Umum "
        "Yayasan Bina Pesisir; dan Dr. Anton Wirawan, Presiden Lembaga Kajian Samudra.\n\n"
        "Moderator dari kegiatan ini ialah Lina Marpaung dari Universitas Tanjung Uji.")
    assert found["Anton Wirawan"].role == "speaker"
    assert found["Rudi Santoso"].role == "speaker"


def test_official_set_apart_from_counted_speakers_still_opens() -> None:
    found = people(
        HELD + "Program ini menghadirkan Bupati Tanjung Uji, Hendra Gunawan dan tiga "
        "narasumber yang terdiri dari Dosen Politeknik Uji, Sari Lestari; Pegiat Literasi, "
        "Bima Prasetyo; dan Wartawan, Dodi Kurnia.")
    assert found["Hendra Gunawan"].role == "opening"


def test_guided_beside_a_named_moderator_is_the_host() -> None:
    found = people(
        HELD + "Webinar yang dibuka oleh Kepala Dinas Kominfo, Bambang Sutejo, dipandu oleh "
        "Ratna Kumalasari dan dimoderatori oleh Dr. Fajar Nugraha. Narasumber webinar ini "
        "adalah Dosen Universitas Tanjung Uji, Laras Wicaksono.")
    assert found["Ratna Kumalasari"].role == "host"
    assert found["Fajar Nugraha"].role == "moderator"


def test_guided_alone_stays_the_moderator() -> None:
    found = people(
        HELD + "Diskusi ini dipandu oleh Ratna Kumalasari. Narasumber webinar ini adalah "
        "Dosen Universitas Tanjung Uji, Laras Wicaksono, dan penulis Fajar Nugraha.")
    assert found["Ratna Kumalasari"].role == "moderator"


def test_demonstrative_closes_the_relative_clause_of_the_agent() -> None:
    found = people(
        HELD + "Pada webinar yang dipandu oleh Dr. Hendra Wijaya, M.Si. tersebut, Dr. Maria "
        "Lestari menyampaikan materi berjudul “Hutan Kita”.")
    assert found["Hendra Wijaya"].role == "moderator"
    assert found["Hendra Wijaya"].talk_title is None
    assert found["Maria Lestari"].role == "speaker"
    assert found["Maria Lestari"].talk_title == "Hutan Kita"


def test_person_beside_a_counted_group_of_speakers_is_the_opening() -> None:
    found = people(
        HELD + "Program kali ini menghadirkan Kepala Dinas Perikanan Kabupaten Tanjung Uji, "
        "Wulan Anggraini serta tiga narasumber yang terdiri dari Dosen Politeknik Uji, Sari "
        "Lestari; Pegiat Literasi, Bima Prasetyo; dan Wartawan, Dodi Kurnia.")
    assert found["Wulan Anggraini"].role == "opening"
    assert found["Sari Lestari"].role == "speaker"


def test_welcome_adverbial_with_a_pronoun_subject_is_the_opening() -> None:
    found = people(
        HELD + "Turut hadir Kepala Dinas Kominfo Tanjung Uji, Dr. Bambang Sutejo.\n\n"
        "Dalam sambutannya, beliau mengajak warga desa memanfaatkan layanan digital.\n\n"
        "Narasumber webinar ini adalah Dosen Universitas Tanjung Uji, Laras Wicaksono.")
    assert found["Bambang Sutejo"].role == "opening"


def test_english_remarks_with_a_pronoun_subject_is_the_opening() -> None:
    found = people(
        "The Faculty of Marine Studies of Universitas Tanjung Uji held an online seminar on "
        "the theme “Blue Harbours” on May 4, 2023.\n\nThe seminar was attended by the Dean "
        "of the Faculty, Dr. Hana Wiradi. In her remarks, she thanked the partners of the "
        "faculty.\n\nThe speaker of the seminar was Dr. Tomas Reyes of Ocean University.")
    assert found["Hana Wiradi"].role == "opening"


def test_stand_in_of_the_next_item_leaves_the_one_before_on_the_programme() -> None:
    found = people(
        HELD + "Kemudian sambutan dari Ketua HMJ Akuntansi yaitu Rizal Pratama, kemudian "
        "sambutan Dekan FEB Universitas Uji yang diwakili oleh Drs. Hadi Susilo, M.H.")
    assert found["Rizal Pratama"].role == "opening"
    assert found["Hadi Susilo"].role == "opening"
