"""An official's words about the event itself are kept where the text places them at the
event: the speech tag names the occasion ("saat Forum X yang diselenggarakan ..."), or the
speaker's pronoun tag further on does ("..., ungkapnya saat webinar"); and the negative: the
event's aims said with "dalam kegiatan ini bertujuan" stay the organisers' report.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import people


def test_the_tag_names_the_forum_it_was_said_at() -> None:
    found = people(
        "SERANG (4/5) - Arsip digital menjadi tulang punggung layanan publik di masa kini.\n\n"
        "Hal ini dijelaskan oleh Kepala Biro Humas Dinas Arsip Provinsi Uji Budi Santoso saat "
        "Forum Kehumasan yang diselenggarakan oleh Dinas Arsip dan diikuti oleh para pranata "
        "humas secara daring.\n\nHadir dalam acara tersebut dua pemateri yaitu Dosen "
        "Universitas Tanjung Uji Laras Wicaksono, serta Pegiat Arsip Sekar Ayuningtyas.")
    assert found["Budi Santoso"].role == "other"
    assert found["Laras Wicaksono"].role == "speaker"


def test_a_pronoun_tag_later_places_the_words() -> None:
    found = people(
        "UJI – Pemerintah Kabupaten Tanjung Uji menggelar webinar bersama pemuda pada Selasa "
        "(3/5/2022).\n\nWebinar itu menghadirkan dua narasumber, yaitu Sekda Kabupaten Tanjung "
        "Uji Rudi Hartono dan Dosen Universitas Pesisir Laras Wicaksono.\n\nKepala Dinas "
        "Pemuda Kabupaten Tanjung Uji Suryo Wibisono mengatakan, webinar ini tepat digelar di "
        "Tanjung Uji, karena daerah ini melahirkan banyak tokoh.\n\nSeperti para perintis "
        "koperasi dan guru bangsa lainnya.\n\n“Pemuda harus diberi ruang bersuara,” "
        "ungkapnya saat webinar.")
    assert found["Suryo Wibisono"].role == "other"
    assert found["Rudi Hartono"].role == "speaker"


def test_the_aims_said_with_dalam_stay_the_organisers() -> None:
    found = people(
        "UJI – Forum Petani Muda Tanjung Uji menggelar seminar daring pada Sabtu (7/5/2022). "
        "Kegiatan seminar ini menghadirkan narasumber Dosen Universitas Pesisir Laras "
        "Wicaksono.\n\nKetua Forum Petani Muda, Petra Simanjuntak, mengatakan dalam kegiatan "
        "diskusi kali ini bertujuan untuk membekali petani muda.")
    assert "Petra Simanjuntak" not in found
