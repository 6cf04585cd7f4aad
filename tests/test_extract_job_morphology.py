"""Jobs the position word list does not hold, read by the shape of Indonesian doer nouns
(pe-/peN- + root, -wan/-wati) after a copula, and a second job given by "Beliau juga
adalah" in the sentence after the first.

All sentences are invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

import pytest
from extract_people import people

from index.extract.job_morphology import agent_noun
from index.extract.people_2_positions import position_after


@pytest.mark.parametrize("word", ["peternak", "pelaut", "pedagang", "penambang", "penyelam",
                                  "sejarawan", "karyawati", "rohaniwan"])
def test_doer_nouns(word: str) -> None:
    assert agent_noun(word)


@pytest.mark.parametrize("word", ["pelatihan", "pengalaman", "perubahan", "pesat", "penuh",
                                  "rawan", "hewan", "ikhwan", "Peternak", "pe-ternak", "kritis"])
def test_not_doer_nouns(word: str) -> None:
    assert not agent_noun(word)


@pytest.mark.parametrize(("tail", "position"), [
    (" adalah peternak sapi perah di Lembah Sari.", "peternak sapi perah di Lembah Sari"),
    (" adalah pelaut dan nelayan tradisional.", "pelaut dan nelayan tradisional"),
    (" adalah sejarawan muda.", "sejarawan muda"),
    (" adalah pelatihan yang rutin.", None),       # an act, not a doer
    (" adalah semakin banyak warga.", None),       # the copula is the sentence's verb
])
def test_a_doer_noun_after_a_copula_starts_a_job(tail: str, position: str | None) -> None:
    assert position_after(tail) == position


def test_a_doer_noun_without_a_copula_starts_nothing() -> None:
    assert position_after(" pernah menjabat kepala desa.") is None
    assert position_after(" penambang pasir") is None


def test_a_later_sentence_gives_an_unlisted_job() -> None:
    found = people(
        "Webinar Ternak Rakyat\n\nWebinar digelar pada Selasa, 9 Maret 2021 secara daring. "
        "Narasumber webinar adalah Sutarno Wijaya. Sutarno adalah peternak kambing di Bukit "
        "Hijau. Acara dipandu oleh Dewi Lestari.")
    assert found["Sutarno Wijaya"].position == "peternak kambing di Bukit Hijau"


def test_beliau_juga_adalah_adds_a_second_job() -> None:
    found = people(
        "Webinar Sastra Remaja\n\nWebinar digelar pada Kamis, 11 Maret 2021 menghadirkan "
        "narasumber Joko Santosa Purba. Joko adalah penulis novel remaja. Beliau juga adalah "
        "pendiri komunitas baca Pelita. Acara dimoderatori oleh Sari Indah.")
    assert found["Joko Santosa Purba"].position == \
        "penulis novel remaja, pendiri komunitas baca Pelita"


def test_beliau_juga_merupakan_after_a_listed_job() -> None:
    found = people(
        "Webinar Paduan Suara\n\nWebinar digelar pada Kamis, 11 Maret 2021 menghadirkan "
        "narasumber Yosef Manurung, dosen musik Universitas Nada Raya. Beliau juga merupakan "
        "pendiri paduan suara Harmoni. Acara dipandu oleh Tari Wulan.")
    assert found["Yosef Manurung"].position == \
        "dosen musik Universitas Nada Raya, pendiri paduan suara Harmoni"


def test_without_juga_a_known_job_stays_alone() -> None:
    found = people(
        "Webinar Paduan Suara\n\nWebinar digelar pada Kamis, 11 Maret 2021 menghadirkan "
        "narasumber Yosef Manurung, dosen musik Universitas Nada Raya. Beliau merupakan "
        "pendiri paduan suara Harmoni. Acara dipandu oleh Tari Wulan.")
    assert found["Yosef Manurung"].position == "dosen musik Universitas Nada Raya"


# -- "A sebagai <role> dan B sebagai <role>": two people, no job of A -----------------------

@pytest.mark.parametrize(("tail", "position"), [
    (" sebagai pembawa acara dan Yogi Pratama sebagai moderator.", None),
    (" selaku MC dan Yogi Pratama sebagai moderator.", None),
    (" sebagai narasumber dan Dosen Unmaju.", "Dosen Unmaju"),
])
def test_a_role_opening_the_tail_is_no_job(tail: str, position: str | None) -> None:
    assert position_after(tail) == position


def test_two_people_with_two_roles_after_dipandu() -> None:
    found = people(
        "Webinar Bahasa Daerah\n\nWebinar digelar pada Kamis, 11 Maret 2021. Dipandu oleh "
        "Rizky Amalia sebagai pembawa acara dan Yogi Pratama sebagai moderator, webinar "
        "menghadirkan Hendra Kusnadi sebagai narasumber.")
    assert {n: (s.role, s.position) for n, s in found.items()} == {
        "Rizky Amalia": ("host", None), "Yogi Pratama": ("moderator", None),
        "Hendra Kusnadi": ("speaker", None)}


def test_a_lower_case_job_after_the_role_is_still_read() -> None:
    found = people(
        "Webinar Tari\n\nWebinar digelar pada Kamis, 11 Maret 2021. Acara menghadirkan "
        "Laras Widuri sebagai narasumber dan pegiat seni tari, dipandu oleh Bima Sakti.")
    assert found["Laras Widuri"].position == "pegiat seni tari"
