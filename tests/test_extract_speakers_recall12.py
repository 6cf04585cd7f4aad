"""Speaker recall, twelfth round: names typed partly in lower case.

A surname typed in lower case right before the name's degrees ("Rina Sari wijayanti,
Ph.D.") is part of the name: degrees follow a name and nothing else. Words typed in lower
case between a name and the apposition that gives its role ("Dedi arkana wiratma selaku
moderator") are the rest of the name when they are no word of the language; a dictionary
word there ("Dedi juga") is not.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import HELD, people

from index.extract.people_1_runs import find_runs, name_of, tokenize
from index.extract.people_2_positions import position_after


def _names(text: str) -> list[str]:
    tokens = tokenize(text)
    return [name_of(tokens, text, run)[0] for run in find_runs(tokens)]


def test_a_lower_case_surname_before_degrees_is_part_of_the_name() -> None:
    found = people(HELD + "Webinar dibuka dengan sambutan oleh Ketua Program Studi Kimia "
                   "Universitas Lembah Hijau Rina Sari wijayanti, Ph.D. Acara ini menghadirkan "
                   "pembicara Dosen Kimia Prof. Dr. Agus Salimun, M.S.")
    assert "Rina Sari wijayanti" in found
    assert found["Rina Sari wijayanti"].role == "opening"
    assert found["Rina Sari wijayanti"].position == (
        "Ketua Program Studi Kimia Universitas Lembah Hijau")


def test_a_lower_case_surname_before_unspaced_degrees() -> None:
    assert "Budi hartawanto" in _names("Narasumber Budi hartawanto M.Si hadir.")


def test_a_lower_case_word_of_the_language_before_degrees_stays_out() -> None:
    # a verb or a function word before the degrees is no surname
    assert "Budi" in _names("Narasumber Budi dan S.Sos hadir.")


def test_lower_case_words_before_an_apposition_end_the_name() -> None:
    found = people(HELD + "Diskusi ini dipandu oleh Dedi arkana wiratma yang sekaligus "
                   "panitia webinar. Hadir sebagai narasumber Ir. Rudi Hartawan, M.T.")
    assert "Dedi arkana wiratma" in found
    assert found["Dedi arkana wiratma"].role == "moderator"


def test_dictionary_words_before_an_apposition_stay_out_of_the_name() -> None:
    assert "Dedi" in _names("Diskusi dipandu oleh Dedi juga selaku panitia.")
    assert "Dedi" in _names("Diskusi dipandu oleh Dedi secara daring sebagai moderator.")


def test_a_job_after_the_country_a_speaker_comes_from() -> None:
    found = people(HELD + "Diskusi kali ini diisi oleh beberapa pemateri diantaranya ada "
                   "Lucas Ferreira dari Brasil dia seorang Youth Organizer, Yasmin Haddad "
                   "dari Mesir seorang Pharmacy Student yang sedang magang, Rani Dewi dari "
                   "Indonesia seorang Nursing Student, lalu yang terakhir adalah Hossam Adel.")
    assert found["Lucas Ferreira"].position == "Youth Organizer"
    assert found["Yasmin Haddad"].position == "Pharmacy Student"
    assert found["Rani Dewi"].position == "Nursing Student"
    assert position_after(" dari mesir, dia adalah seorang dental student yang sedang "
                          "menulis skripsi.") == "dental student"


def test_a_country_alone_is_no_position() -> None:
    found = people(HELD + "Webinar ini mengundang dua narasumber yaitu Ibu Wulan Sarimah, "
                   "M.Psi dan juga Miss Anjali Shrestha dari Nepal.")
    assert found["Anjali Shrestha"].position is None


_COUNTED = ("JAKARTA – Ikatan Dokter Muda (IDM) menggelar Webinar bertema Sehat Bersama, Sabtu "
            "(14/02/2026).\nAda tiga narasumber dalam webinar yang digelar secara daring ini. ")


def test_ordinal_items_after_a_count_of_speakers() -> None:
    found = people(_COUNTED + "Pertama, Ketua Umum PP IKAGI Prof. Dr. Rahmat Salampessy, SKM, "
                   "M.Kes., yang juga Guru Besar Gizi Universitas Tadulako.\nKedua, dr. Nurul "
                   "Haryati, MSc, Sp.GK, Dosen Fakultas Kedokteran Universitas Lembah. Ketiga, "
                   "dr. Bambang Widarso, M.S, Inisiator Yayasan Wakaf BINA Lestari.\n"
                   "Ketiganya membahas peran gizi dalam pembentukan generasi.")
    assert set(found) == {"Rahmat Salampessy", "Nurul Haryati", "Bambang Widarso"}
    assert all(s.role == "speaker" for s in found.values())
    assert found["Nurul Haryati"].position == "Dosen Fakultas Kedokteran Universitas Lembah"
    assert found["Bambang Widarso"].position == "Inisiator Yayasan Wakaf BINA Lestari"


def test_ordinal_points_after_a_count_of_speakers_name_nobody() -> None:
    found = people(_COUNTED + "Pertama, Ketua Umum PP IKAGI Prof. Dr. Rahmat Salampessy, SKM. "
                   "Kedua, pentingnya Makan Bergizi bagi anak sekolah. Ketiga, peran Dinas "
                   "Kesehatan Kota.")
    assert set(found) == {"Rahmat Salampessy"}


def test_a_conjunction_inside_a_relative_clause_of_the_role_noun() -> None:
    found = people(HELD + "Bertindak sebagai narasumber 3 orang pakar di bidang Pangan yang "
                   "sudah lama terkenal dan dihormati di kalangan petani di antaranya Ketut "
                   "Wirawan Sudarma, MPS, Hana Lestyorini, M.Sc, dan Gilang Prasetyo, M.Si.")
    assert set(found) == {"Ketut Wirawan Sudarma", "Hana Lestyorini", "Gilang Prasetyo"}
    assert found["Ketut Wirawan Sudarma"].position is None


def test_a_second_predicate_after_a_name_still_ends_the_list() -> None:
    found = people(HELD + "Acara dibuka oleh Kepala Dinas Kominfo, Hartono Sumarlin yang hadir "
                   "dan dimeriahkan oleh tiga artis yaitu Rina Anjani, Bima Satya dan Doni Arta.")
    assert "Hartono Sumarlin" in found
    assert found["Hartono Sumarlin"].role == "opening"


def test_a_two_word_short_form_takes_the_full_name_written_before() -> None:
    found = people(HELD + "Acara itu dihadiri pembina Perguruan Silat Merpati, Yusuf Hanafi "
                   "Ramadhan SPd yang akrab disapa mas Yusuf. Dalam sambutannya Yusuf Hanafi "
                   "menyayangkan kegiatan ini harus digelar secara daring.")
    assert "Yusuf Hanafi Ramadhan" in found
    assert "Yusuf Hanafi" not in found
    assert found["Yusuf Hanafi Ramadhan"].role == "opening"


def test_degrees_after_a_two_word_name_are_no_surname() -> None:
    found = people(HELD + "Diskusi dipandu oleh moderator Indra Kusuma MKed. Dalam "
                   "pengantarnya Indra Kusuma mengajak peserta aktif bertanya.")
    assert "Indra Kusuma" in found
    assert "Indra Kusuma MKed" not in found


def test_a_pronoun_gives_the_welcome_of_the_one_person_before() -> None:
    found = people(HELD + "Webinar ini juga dihadiri oleh Dekan Fakultas Hukum, Dr. Wulan "
                   "Kartikasari, M.Si. Beliau menyampaikan sambutannya dan sedikit pengantar "
                   "tentang tema hari ini.")
    assert found["Wulan Kartikasari"].role == "opening"


def test_a_pronoun_after_two_people_gives_nobody_a_welcome() -> None:
    found = people(HELD + "Webinar ini juga dihadiri oleh Dekan Fakultas Hukum, Dr. Wulan "
                   "Kartikasari, M.Si. dan Wakil Dekan, Dr. Rudi Anwar, M.H. Beliau "
                   "menyampaikan sambutannya tentang tema hari ini.")
    assert "Wulan Kartikasari" not in found and "Rudi Anwar" not in found


def test_a_one_word_mention_named_in_full_elsewhere_is_kept() -> None:
    found = people(HELD + "Hadir sebagai narasumber Dr. Rina Marlina, dosen Universitas "
                   "Sukamaju. Walikota Sukamaju, H Bayu Rahmatullah turut hadir dalam webinar "
                   "lewat video conference dari ruang kerjanya. Dalam sambutannya, Bayu juga "
                   "sangat optimis bahwa sektor wisata akan bangkit kembali.")
    assert "Bayu Rahmatullah" in found
    assert found["Bayu Rahmatullah"].role == "opening"


def test_a_one_word_mention_with_two_full_names_is_dropped() -> None:
    found = people(HELD + "Hadir sebagai narasumber Dr. Rina Marlina, dosen Universitas "
                   "Sukamaju. Dua warga, Bayu Rahmatullah dan Bayu Santika, ikut menonton. "
                   "Dalam sambutannya, Bayu juga sangat optimis bahwa sektor wisata akan "
                   "bangkit kembali.")
    assert not any(name.startswith("Bayu") for name in found)
