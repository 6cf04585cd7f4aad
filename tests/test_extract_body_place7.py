"""Bodies named with their country or region, round 7: no person in them.

A capitalised run with no title or degree of a person that runs on, with no mark, into a
country or a region ("Sangha X Indonesia", "... NTT") is a body's name ending with its
place; an abbreviated organisation head keeps its full stop ("PT. X Y Asia").

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import HELD, people


def test_a_body_ending_with_its_region_is_no_person() -> None:
    found = people(HELD + "Webinar menghadirkan narasumber Rina Marlina selaku dosen FISIP "
                   "Unmaju dan Lakpesdam PCNU NTB, serta Yosef Lamak selaku Ketua AJI Ende.")
    assert "Lakpesdam PCNU" not in found
    assert found["Rina Marlina"].position == "dosen FISIP Unmaju dan Lakpesdam PCNU NTB"


def test_a_body_ending_with_its_country_is_no_person() -> None:
    found = people(HELD + "Webinar menghadirkan pembicara pembina Mandala Buddhayana Indonesia "
                   "Bhikkhu Sumedho Mahathera, yakni pembina Mandala Buddhayana Indonesia), dan "
                   "Romo Yulius Teda.")
    assert "Mandala Buddhayana" not in found


def test_an_abbreviated_head_with_its_full_stop_opens_a_body() -> None:
    found = people(HELD + "Pemateri webinar adalah Bagas Kurniawan dari Divisi Pengembangan "
                   "Usaha, PT. Tambang Sinarjaya Asia dengan materi Teknik Penyangga Terowongan.")
    assert "Tambang Sinarjaya" not in found
    assert "Bagas Kurniawan" in found


def test_the_greater_area_after_a_country_is_no_person() -> None:
    found = people(HELD + "Kegiatan diawali dengan menyanyikan lagu Malaysia Raya, Sambutan "
                   "sekaligus pembukaan oleh Rektor, Paparan narasumber, lalu Diskusi.")
    assert "Raya" not in found
