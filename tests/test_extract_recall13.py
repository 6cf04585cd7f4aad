"""People lost although the text names them where they spoke: an occasion pointed back to
("pada kesempatan tersebut"), a passive of manner after an anaphor ("Hal ini seperti yang
disampaikan A"), Malaysian "a/l"/"a/p" names, "St." (Siti) after a comma, "activity" as
the English of "kegiatan", "In his remarks" as the English of "Dalam sambutannya", a title
set off by a comma from the next one ("Prof., Dr. A"), and degrees typed with a space for
their full stop ("M Sc").

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import HELD, people


def test_an_occasion_pointed_back_to_places_the_speaker_at_the_event() -> None:
    found = people(
        "Sukamaju – Perlindungan nelayan kecil masih menjadi perhatian utama.\n\n"
        "Maka Dinas Kelautan Sukamaju menggelar Bimbingan Teknis Hak Nelayan Bagi Media, di "
        "Sukamaju pada Selasa (3/5/2022).\n\n"
        "Kepala Dinas Kelautan Sukamaju Hj. Wulan Paramitha pada kesempatan tersebut, "
        "menjelaskan arti penting hak nelayan bagi media massa.\n\n"
        "“Kami mendukung pemberitaan yang adil bagi nelayan,” jelasnya.\n\n"
        "Dalam kesempatan itu, hadir Gilang Saputra dari Lembaga Bahari Nusantara sebagai "
        "pemateri dalam kegiatan yang diikuti 40 peserta secara daring.")
    assert found["Wulan Paramitha"].position == "Kepala Dinas Kelautan Sukamaju"
    assert found["Gilang Saputra"].role == "speaker"


def test_a_passive_of_manner_after_an_anaphor_has_an_agent() -> None:
    found = people(HELD + "Webinar yang menghadirkan beberapa narasumber ini diikuti 500 "
                   "peserta.\n\nSalah satu terobosan dilakukan oleh Lembaga Mutu Pangan dengan "
                   "audit jarak jauh. Hal ini seperti yang disampaikan Kepala Divisi Mutu "
                   "Lembaga Mutu Pangan Ratna Wulandari.")
    assert found["Ratna Wulandari"].position == "Kepala Divisi Mutu Lembaga Mutu Pangan"


def test_malaysian_a_l_and_a_p_are_inside_the_name() -> None:
    found = people(HELD + "Sesi kedua dimoderatori oleh Dr. Kavitha A/P Ramasamy tersebut. "
                   "Pembicara utama adalah Prof. Suresh a/l Muniandy, Dekan Fakultas Bahasa.")
    assert found["Kavitha A/P Ramasamy"].role == "moderator"
    assert "Suresh a/l Muniandy" in found


def test_st_for_siti_after_a_comma_ends_no_sentence() -> None:
    found = people(HELD + "Acara dibuka dengan lagu kebangsaan yang dipandu oleh MC, St. Nurul "
                   "Hidayah, diikuti oleh sambutan dari Prof. Rudi Hartawan, Rektor "
                   "Universitas Kelor.")
    assert found["St. Nurul Hidayah"].role == "host"


def test_activity_is_an_event_that_presents_a_speaker() -> None:
    found = people(
        "Students of the Fishery Faculty held a national webinar on May 3, 2021.\n\n"
        "This activity presented Rudiyanto Halim, Special Advisor to the Minister of "
        "Maritime Affairs. In his presentation, Rudiyanto said the sea is a future for "
        "the young.")
    assert found["Rudiyanto Halim"].role == "speaker"
    assert found["Rudiyanto Halim"].position == (
        "Special Advisor to the Minister of Maritime Affairs")


def test_in_his_remarks_is_the_opening_and_a_title_before_a_comma_no_job() -> None:
    found = people(
        "Students of the Fishery Faculty held a national webinar on May 3, 2021. In his "
        "remarks the Dean of Fishery Faculty Prof., Dr. Ir. Bambang Wirawan, M.Sc said the "
        "webinar supported the fishery plan of the province.")
    assert found["Bambang Wirawan"].role == "opening"
    assert found["Bambang Wirawan"].position == "Dean of Fishery Faculty"


def test_a_degree_typed_without_its_full_stop_ends_the_name() -> None:
    found = people(HELD + "Webinar ini menghadirkan narasumber Ir Bayu Samudra M Sc, Direktur "
                   "Balai Kelor, dan Rina Lestari S Pd selaku guru SMA Kelor. Acara dipandu "
                   "oleh Rudi M Santoso.")
    assert "Bayu Samudra" in found
    assert "Rina Lestari" in found
    assert "Rudi M Santoso" in found  # an initial and a surname: no degree
