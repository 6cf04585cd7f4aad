"""A gathering held online, whatever it is called ("menggelar kegiatan Temu Redaksi secara
daring"), is held as a webinar is: the sentence that says so opens the report, and the
people it then shows through what they said spoke there. The same clause already makes
the article report an event (:mod:`index.extract.held_online`, shared by both readers).

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import people

from index.extract.held_online import held_online

_OPENING = ("Tanjung Uji, Humas Balai Riset. Pada Kamis (4/5) lalu, Balai Riset Tanjung Uji "
            "kembali menggelar kegiatan Temu Redaksi secara daring. Pada edisi kedua ini, "
            "balai mengajak redaksi media daerah mengenal cara kerja laboratorium tanah.\n\n")


def test_a_gathering_held_online_opens_the_report_of_what_was_said() -> None:
    found = people(_OPENING + "Kepala Laboratorium Tanah Balai Riset, Sekar Ayuningtyas, "
                   "menjelaskan bahwa setiap contoh tanah diuji dalam tiga tahap.\n\n"
                   "Peneliti Pusat Riset Pangan, Bima Arditya, menjelaskan ada banyak cara "
                   "menyimpan benih.")
    assert {"Sekar Ayuningtyas", "Bima Arditya"} <= set(found)


def test_online_alone_or_a_press_statement_is_no_report_of_the_session() -> None:
    assert not held_online("Toko daring milik warga desa terus bertambah tahun ini.")
    found = people(_OPENING + "Kepala Laboratorium Tanah Balai Riset, Sekar Ayuningtyas, "
                   "dalam keterangan tertulisnya menjelaskan bahwa contoh tanah diuji dalam "
                   "tiga tahap.")
    assert "Sekar Ayuningtyas" not in found
