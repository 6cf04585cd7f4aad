""""beserta" joins two people in a list as "serta" does.

"beserta" is a coordinating word ("bersama-sama dengan; dan"): "Kepala X A beserta Ketua Y B"
names two people, each with their own job. Read as prose, the first person's job swallowed
"beserta" and the second job, and the second person took all of it as a position.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import people


def _speakers(text: str) -> dict[str, tuple[str, str | None]]:
    """Name -> (role, position), through the helper the speaker tests share."""
    return {name: (s.role, s.position) for name, s in people("Judul Berita\n\n" + text).items()}


def test_beserta_between_two_job_and_name_items() -> None:
    found = _speakers(
        "Narasumber diskusi daring ini ialah Kepala Dinas Perikanan Lestari Wulandari beserta "
        "Ketua Koperasi Nelayan Kota Dumai Johan Siregar.")
    assert found["Lestari Wulandari"][1] == "Kepala Dinas Perikanan"
    assert found["Johan Siregar"][1] == "Ketua Koperasi Nelayan Kota Dumai"


def test_beserta_before_a_third_item_joined_by_dan() -> None:
    found = _speakers(
        "Direktur Politeknik Bahari Gilang Saputra beserta Kepala Balai Laut Hendra Gunawan "
        "dan Kabid Pesisir Provinsi Jambi Arif Santoso menjadi pemateri dalam webinar itu.")
    assert found["Hendra Gunawan"][1] == "Kepala Balai Laut"
    assert found["Arif Santoso"][1] == "Kabid Pesisir Provinsi Jambi"
