"""Opening remarks stated by a clause that says the event was opened, without the words
"sambutan" or "dibuka oleh": "mengawali dialog", "dalam membuka sesi diskusi", "opening the
webinar", "was opened with a speech by", a closing "ditutup oleh", and the pronoun of a quote
("“...,” tegasnya saat membuka webinar"); and the negatives: a stated role word wins, a talk
as the agent of the closing is no closing remark.

All sentences are invented for these tests (fictional people, outlets and places).
"""

from __future__ import annotations

from extract_people import HELD, people


def roles(text: str) -> dict[str, str]:
    return {name: s.role for name, s in people(text).items()}


def test_mengawali_the_event_is_the_opening() -> None:
    found = roles(
        HELD + "Narasumber webinar ini adalah Dosen Universitas Tanjung Uji, Laras Wicaksono.\n\n"
        "Ketua Forum Guru Pesisir, Darmawan Situmeang mengawali dialog yang dimulai pukul "
        "09.00 WIB.")
    assert found["Darmawan Situmeang"] == "opening"
    assert found["Laras Wicaksono"] == "speaker"


def test_statement_passive_then_opening_adverbial() -> None:
    found = roles(
        HELD + "Literasi digital harus dimulai dari rumah. Hal ini disampaikan oleh Kepala "
        "Dinas Kominfo, Gilang Prasetyo dalam membuka sesi diskusi daring yang digelar hari "
        "itu.\n\nHadir sebagai narasumber adalah pegiat literasi Sekar Ayuningtyas.")
    assert found["Gilang Prasetyo"] == "opening"
    assert found["Sekar Ayuningtyas"] == "speaker"


def test_statement_passive_with_a_speaker_role_stays_speaker() -> None:
    found = roles(
        HELD + "Hal tersebut disampaikan oleh Camat Pesisir Hilir Wardoyo Santosa saat menjadi "
        "salah satu narasumber pada diskusi daring itu.")
    assert found["Wardoyo Santosa"] == "speaker"


def test_english_participle_caption_opens() -> None:
    found = roles(
        "Webinar on Coastal Resilience\n\nRegional Director, Mr. Arturo Velasquez opening the "
        "Webinar on Coastal Resilience in the Pacific\n\nThe Centre held the webinar on "
        "4 May 2021 with resource speakers from several agencies.")
    assert found == {"Arturo Velasquez": "opening"}


def test_opened_with_a_speech_by() -> None:
    found = roles(
        "The Harbour Forum held a webinar on ocean data on 9 March 2022. Lena Hartono, Program "
        "Officer of the Forum, served as the moderator. The session was opened with a speech by "
        "Tomas Reyes, Executive Director of the Harbour Forum. The first speaker was Ravi "
        "Menon, a researcher at Delta Institute.")
    assert found["Tomas Reyes"] == "opening"
    assert found["Lena Hartono"] == "moderator"
    assert found["Ravi Menon"] == "speaker"


def test_closing_remarks_are_remarks_of_the_programme() -> None:
    found = roles(
        HELD + "Sambutan diberikan oleh Kepala Dinas Kominfo Yohanes Sirait, dan kemudian "
        "ditutup oleh Melinda Hutagalung selaku Ketua Panitia Webinar.")
    assert found["Melinda Hutagalung"] == "opening"


def test_a_talk_closing_the_session_is_no_closing_remark() -> None:
    found = roles(
        HELD + "Pemateri pertama adalah Dosen Politeknik Uji, Galih Nugraha. Sesi materi "
        "ditutup oleh pemaparan dari Sinta Maharani, S.T., M.Eng. yang merupakan peneliti "
        "Pusat Riset Pesisir.")
    assert found.get("Sinta Maharani") != "opening"


def test_the_pronoun_of_a_quote_opens() -> None:
    found = roles(
        HELD + "Narasumber webinar ini adalah Dosen Universitas Tanjung Uji, Laras Wicaksono."
        "\n\nKetua Yayasan Pesisir Cerdas Handoko Purba menegaskan, desa harus siap.\n\n"
        "“Kita tidak boleh tertinggal. Semua warga harus ikut belajar,” tegasnya saat membuka "
        "webinar.")
    assert found["Handoko Purba"] == "opening"


def test_a_moderator_opening_the_discussion_stays_moderator() -> None:
    found = roles(
        HELD + "Diskusi dipandu oleh moderator Bayu Anggara. Bayu Anggara membuka sesi diskusi "
        "dengan memperkenalkan narasumber, Dosen Universitas Tanjung Uji Laras Wicaksono.")
    assert found["Bayu Anggara"] == "moderator"
