"""Name bounds, eleventh round: titles, particles and one person written twice.

An inherited title shortened with a full stop ("Rr.", Raden Roro) stays in the name and
ends no sentence; a particle joined to the next name word by a hyphen ("al-Habsyi") goes on
the name; a name cut off by the end of the excerpt is the fuller name the article wrote
before; two forms of one person in one article (one typo apart, or a given name written as
its initial) are one entry, named with the initial written out. A given name the position
took as a body's last word goes back to the name when the article names the body on its own
elsewhere; titles glued to a lower-case name ("Prof.Dr.H.rusdi") or a form of address glued
with no space ("UstadzKarim") are split off; the head of an English press name ("Times")
closes it before the name.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import HELD, people

from index.extract.body_evidence import given_name_before
from index.extract.people_7_merge import _same_person


def test_a_shortened_inherited_title_stays_in_the_name() -> None:
    found = people(HELD + "Pemateri Webinar Politeknik Lembah Hijau, Rr. Sekar Kinanthi, "
                   "S. Psi, M. Si tengah memaparkan materi dipandu oleh moderator Dewi "
                   "Anggraeni Putri.")
    assert "Rr. Sekar Kinanthi" in found
    assert "Sekar Kinanthi" not in found


def test_a_particle_joined_by_a_hyphen_goes_on_the_name() -> None:
    found = people(HELD + "Pada sesi ini panitia menghadirkan Habib Umar Ba’alawi al-Habsyi "
                   "dan Gus Ridwan Hakim sebagai pemateri dengan tema Dakwah di Ruang Maya.")
    assert "Umar Ba’alawi al-Habsyi" in found
    assert "Umar Ba’alawi" not in found


def test_a_name_cut_off_by_the_end_of_the_excerpt_is_the_fuller_one() -> None:
    found = people(HELD + "Narasumber yang dihadirkan adalah Dr. Lintang Kusumawardani, M.Sc. "
                   "dari Fakultas Kehutanan dan Ir. Bramantyo Adi dari dinas setempat.\n\n"
                   "Materi pertama disampaikan oleh Ir. Bramantyo Adi. Selanjutnya, paparan "
                   "materi kedua disampaikan oleh Dr. Lintang Kusumaw")
    assert "Lintang Kusumawardani" in found
    assert "Lintang Kusumaw" not in found


def test_a_name_ending_the_text_whole_is_kept() -> None:
    found = people(HELD + "Narasumber yang dihadirkan adalah Dr. Lintang Kusumawardani, M.Sc. "
                   "dan Ir. Bramantyo Adi. Paparan kedua disampaikan oleh Dr. Lintang Kusuma")
    assert "Lintang Kusumawardani" in found


def test_one_person_written_one_typo_apart_is_one_entry() -> None:
    found = people(HELD + "Webinar dibuka oleh Ketua DPRK Pidie Jaya Wagimin Sarpono. Dalam "
                   "sambutannya, Ketua DPRK Pidie Jaya Wagimin Sarpno berharap peserta "
                   "tetap semangat.")
    assert list(found) == ["Wagimin Sarpono"]
    assert _same_person("Wagimin Sarpono", "Wagimin Sarpno")
    assert not _same_person("Wagimin Sarpono", "Wagimin Sukardi")


def test_a_given_name_written_as_its_initial_is_written_out() -> None:
    found = people(HELD + "Kapolres Tanjung Uji AKBP R.Gunadi saat menyampaikan sambutan dalam "
                   "webinar. Dalam sambutannya, Kapolres Tanjung Uji AKBP Rahmat Gunadi "
                   "mengajak warga menjaga ketertiban.")
    assert list(found) == ["Rahmat Gunadi"]
    assert _same_person("R. Gunadi", "Rahmat Gunadi")
    assert not _same_person("S. Gunadi", "Rahmat Gunadi")



_JURY = ("Pelatihan Lomba Cipta Puisi Lestari di Balai Kota Sukamaju dibuka Senin. Panitia "
         "menghadirkan Juri Tetap Lomba Cipta Puisi Lestari Yuliani Sari Handayani dari Dewan "
         "Kesenian, serta Wakil Ketua Dewan Kesenian Bayu Prasetyo.")


def test_a_given_name_read_into_a_body_goes_back_to_the_name() -> None:
    position = "Juri Tetap Lomba Cipta Puisi Lestari Yuliani; Dewan Kesenian"
    assert given_name_before("Sari Handayani", position, _JURY) == "Yuliani"
    assert given_name_before("Sari Handayani", position, _JURY.replace(
        "Puisi Lestari di Balai", "Puisi Lestari Yuliani di Balai")) is None


def test_a_region_written_after_a_body_before_two_names_stays_in_the_position() -> None:
    text = ("Hadir Tim Ahli Balai Sungai Sumbagteng Rudi Hartawan dan Staf Balai Sungai "
            "Sumbagteng Lina Marlina. Kantor Balai Sungai juga hadir.")
    assert given_name_before("Rudi Hartawan", "Tim Ahli Balai Sungai Sumbagteng",
                             text) is None


def test_a_name_typed_in_lower_case_after_glued_titles_is_read() -> None:
    found = people(HELD + "Hadir pula Bapak Prof.Dr.H.rusdianto Hasibuan,S.Ip., M.Sc. (Rektor "
                   "Universitas Lembah Hijau) sebagai pemantik diskusi.\n\nDalam paparannya, "
                   "Prof. Rusdyanto menyatakan bahwa wirausaha muda perlu didukung.")
    assert "Rusdianto Hasibuan" in found
    assert "Hasibuan" not in found
    assert "Rusdyanto" not in found


def test_a_form_of_address_glued_to_the_name_is_split_off() -> None:
    found = people(HELD + "Webinar yang dibuka UstadzKarim Wahidi (Ketua Umum PCINU Maroko) "
                   "itu diramaikan puluhan anggota dari cabang lain.")
    assert "Karim Wahidi" in found
    assert "Wahidi" not in found


def test_a_one_word_typo_of_another_surname_is_someone_else() -> None:
    assert _same_person("Rusdyanto", "Rusdianto Hasibuan")
    assert not _same_person("Daryanto", "Budi Haryanto")
    assert not _same_person("Ahman", "Rudi Ahmad Fauzi")


def test_an_olympic_sport_management_degree_is_no_surname() -> None:
    found = people(HELD + "Pembicara kedua adalah Drs Bambang Wiratmo Sastradiredja Memos "
                   "sebagai Sekretaris Jenderal Federasi Dayung dan acara dimoderatori oleh "
                   "Dr Laras Pratiwi MA.")
    assert "Bambang Wiratmo Sastradiredja" in found


def test_a_passive_clause_after_a_talk_cue_is_no_talk_title() -> None:
    found = people(HELD + "Pemateri Webinar Politeknik Lembah Hijau, Dr. Sekar Kinanthi, M. Si "
                   "tengah menyampaikan materi dipandu oleh moderator Dewi Anggraeni Putri.")
    assert found["Sekar Kinanthi"].talk_title is None


def test_the_head_of_a_newspaper_name_closes_it_before_the_name() -> None:
    found = people(HELD + "Pada sesi berikutnya tampil Wakil Ketua Lazismu Rudi Prakoso, jurnalis "
                   "The Medan Times Sinta Handayani dan pakar dari Mesir Omar Fathi.")
    assert "Sinta Handayani" in found
    assert "Times Sinta Handayani" not in found
