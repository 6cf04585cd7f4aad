"""Name bounds: a title word wedged between a name and its predicate is the name's last word.

A job title follows a name only after a comma or an apposition word ("A, Ketua X", "A selaku
Ketua X"), never bare right before the verb. A word of the position list that is no job head
("Negara", "Muda") written between a name and "selaku" or a verb is part of the name, alone
or with one more plain name word after it; a job head there ("Dosen") is not.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import HELD, people

from index.extract.people_1_runs import find_runs, name_of, tokenize


def _names(text: str) -> list[str]:
    tokens = tokenize(text)
    return [name_of(tokens, text, run)[0] for run in find_runs(tokens)]


def test_a_title_word_before_the_verb_ends_the_name() -> None:
    names = _names("Kepala Balai Arsip Tanjung Uji, R. Gilang Negara menyampaikan, arsip desa "
                   "perlu dirawat.")
    assert "R. Gilang Negara" in names


def test_a_title_word_and_a_name_word_before_selaku_are_the_name() -> None:
    names = _names("Satria Muda Perkasa selaku pendiri Rumah Baca Lentera hadir.")
    assert "Satria Muda Perkasa" in names


def test_one_name_word_and_a_lone_title_word_stay_apart() -> None:
    # "Budi Utama mengatakan": one name word and a word of a title; nothing shows a name
    assert "Budi Utama" not in _names("Peneliti Budi Utama mengatakan, data perlu dibuka.")


def test_a_job_head_before_selaku_is_no_name_word() -> None:
    names = _names("Rina Kartika Dosen selaku pemateri hadir.")
    assert "Rina Kartika Dosen" not in names


def test_a_listed_speaker_keeps_the_wedged_word() -> None:
    text = HELD + ("Webinar menghadirkan tiga narasumber, yaitu Lestari Ayu selaku Ketua Komunitas "
                   "Baca Pesisir, Satria Muda Perkasa selaku pendiri Rumah Baca Lentera, serta "
                   "Yohana Sitompul selaku pustakawan Kabupaten Tanjung Uji.")
    found = people(text)
    assert "Satria Muda Perkasa" in found
    assert "Satria" not in found
