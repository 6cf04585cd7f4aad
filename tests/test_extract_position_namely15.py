"""A job written right before "yakni"/"yaitu" (namely) and the one person it spells out
(invented sentences; round 15, second pass): the job is that person's, and the item before
the conjunction that joins it stays with the person named before."""

from __future__ import annotations

from extract_people import HELD, people
from index.extract.people_2_after import position_after


def test_a_job_before_namely_is_the_next_persons() -> None:
    found = people(HELD + "Webinar menghadirkan Keynote Speech, Direktur Jenderal Pendidikan "
                   "Tinggi Kementerian Uji RI, yakni Bagus Hartanto, S.T., M.Sc. yang "
                   "berlangsung di kampus.")
    assert found["Bagus Hartanto"].position == ("Direktur Jenderal Pendidikan Tinggi "
                                                "Kementerian Uji RI")


def test_the_item_joined_before_namely_is_not_the_first_persons() -> None:
    found = people(HELD + "Panitia mengundang Ibu Rina Wati, S.Pd., selaku Pengawas Sekolah "
                   "Kota Uji dan juga Penulis Buku Anak sekaligus Pelatih Keluarga yakni Ibu "
                   "Sari Ayu Lestari, M.Pd., untuk mengisi acara webinar tersebut.")
    assert found["Rina Wati"].position == "Pengawas Sekolah Kota Uji"
    assert found["Sari Ayu Lestari"].position == ("Penulis Buku Anak sekaligus Pelatih "
                                                  "Keluarga")


def test_position_after_stops_at_the_item_namely_spells_out() -> None:
    assert position_after(" selaku Ketua Yayasan Uji dan juga Penulis Buku Anak yakni Ibu "
                          "Sari") == "Ketua Yayasan Uji"
    # with no item joined before it the job stays (nothing else to give it to)
    assert position_after(", Ketua Yayasan Uji yakni Ibu Sari") == "Ketua Yayasan Uji"


def test_a_class_before_namely_and_a_list_is_no_ones_job() -> None:
    found = people(HELD + "Dua pemateri webinar adalah pakar gizi internasional, yakni Prof "
                   "Hana Berg dan rekannya, Prof. Tom Lind.")
    assert found["Hana Berg"].position is None


def test_a_long_office_name_written_elsewhere() -> None:
    # an office's full name of more than twenty words, all of it title words
    found = people(HELD + "Kegiatan ini digagas oleh Asisten Deputi Koordinasi dan "
                   "Pengembangan Strategi Layanan Data Terpadu Kementerian Perencanaan Tata "
                   "Ruang Wilayah Pesisir dan Pulau Kecil (PTRWP) Republik Indonesia, Galih "
                   "Pramudito. Dalam webinar itu Galih Pramudito menjadi narasumber utama.")
    assert found["Galih Pramudito"].position == (
        "Asisten Deputi Koordinasi dan Pengembangan Strategi Layanan Data Terpadu Kementerian "
        "Perencanaan Tata Ruang Wilayah Pesisir dan Pulau Kecil (PTRWP) Republik Indonesia")


def test_a_position_holds_no_other_programme_persons_name() -> None:
    from index.extract.positions_elsewhere import without_names_of_others
    from index.model import Speaker

    def one(name: str, position: str | None) -> Speaker:
        return Speaker(name=name, name_as_written=name, role="speaker", position=position,
                       talk_title=None)

    found = without_names_of_others([
        one("Bima Sakti", "Staf Ahli Bidang Air; Kadis Tani Uji yang juga Sekda Ir. Dodi "
            "Hermawan, dan Dewan Pakar X"),
        one("Dodi Hermawan", "Kadis Tani Uji yang juga Sekda"),
        one("Lina Marlina", "Penyuluh Sari Ayu, Dosen Y"),
        one("Sari Ayu", "Books for Asia-Sari Ayu Officer"),
        # the tail of a body's name, read apart as a person too, stays in the position
        one("Rina Tumbelaka", "dosen Universitas Kristen Tondano Raya"),
        one("Tondano Raya", None),
    ])
    assert [s.position for s in found] == ["Staf Ahli Bidang Air",
                                           "Kadis Tani Uji yang juga Sekda", None,
                                           "Books for Asia-Sari Ayu Officer",
                                           "dosen Universitas Kristen Tondano Raya", None]
