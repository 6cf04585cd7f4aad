"""Positions (index/extract/people_2_positions.py) and how list pieces share them
(people_5_assembly.py): which words are the job title and which the name.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

import pytest
from extract_people import people

from index.extract.people_2_positions import position_after, position_before
from index.extract.people_3_phrase import parse_person


@pytest.mark.parametrize(("head", "position"), [
    ("penulis, editor, dan podcaster, ", "penulis, editor, dan podcaster"),
    ("yakni peneliti, dosen, serta pegiat literasi ", "peneliti, dosen, serta pegiat literasi"),
    ("Kak Rangga dan ", None),
    ("Budi Hartono, Dosen, dan peneliti ", "Dosen, dan peneliti"),
    ("penyuluh perikanan dari Kabupaten Uji, ", "penyuluh perikanan dari Kabupaten Uji"),
    ("sambutan dari Bupati Tanjung Uji ", "Bupati Tanjung Uji"),
    ("narasumber dari Dinas Pangan Uji, ", "Dinas Pangan Uji"),
])
def test_position_before(head: str, position: str | None) -> None:
    assert position_before(head) == position


@pytest.mark.parametrize(("phrase", "name", "position"), [
    # an acronym never stands inside a name: what runs up to it is the organisation
    ("eks-Komisioner Komnas HAM Nurhadi Wirawan", "Nurhadi Wirawan",
     "eks-Komisioner Komnas HAM"),
    ("Social Media Strategist Rudi", "Rudi", "Social Media Strategist"),
    ("Pelukis Bayu Saputra", "Bayu Saputra", "Pelukis"),
    # a label before a colon gives way to the position written after the name
    ("Etika digital: Rina Kartika, pegiat literasi anak", "Rina Kartika",
     "pegiat literasi anak"),
])
def test_job_words_and_organisations_before_a_name(phrase: str, name: str,
                                                   position: str) -> None:
    person = parse_person(phrase)
    assert person is not None and person.name == name and person.position == position


def test_position_then_comma_then_name_in_a_semicolon_list() -> None:
    found = people(
        "Webinar literasi digital itu menghadirkan narasumber yakni penulis, editor, dan "
        "podcaster, Rina Kusuma; peneliti Pusat Kajian Media, Agus Salim; serta dosen "
        "Universitas Maju, Dr. Lina Marlina.")
    assert found["Rina Kusuma"].position == "penulis, editor, dan podcaster"
    assert found["Agus Salim"].position == "peneliti Pusat Kajian Media"
    assert found["Lina Marlina"].position == "dosen Universitas Maju"


def test_one_word_name_after_its_position() -> None:
    found = people("Webinar literasi digital itu menghadirkan tiga narasumber. Adapun "
                   "moderator adalah Content Strategist, Dewi.")
    assert found["Dewi"].role == "moderator"
    assert found["Dewi"].position == "Content Strategist"


def test_capitalised_words_inside_a_title_are_not_a_person() -> None:
    found = people(
        "Seminar daring itu menghadirkan sejarawan dan Guru Besar Universitas Maju, Nani "
        "Herlina dan dipandu Nida Arumsari, Budayawan dan Peneliti Naskah Kuno dari "
        "Universitas Sukamaju.")
    assert set(found) == {"Nani Herlina", "Nida Arumsari"}
    assert found["Nida Arumsari"].position == (
        "Budayawan dan Peneliti Naskah Kuno dari Universitas Sukamaju")


def test_a_title_that_goes_on_after_a_comma_is_not_a_person() -> None:
    found = people(
        "Webinar itu menghadirkan narasumber yakni Rudi Hartono sebagai Staf Khusus Bupati, "
        "serta Kepala Dinas Koperasi, Perdagangan dan Pariwisata Kabupaten Maju Ir. "
        "Sunarti Lestari, MM.")
    assert set(found) == {"Rudi Hartono", "Sunarti Lestari"}


def test_position_after_stops_at_a_new_clause() -> None:
    found = people(
        "Materi pertama disampaikan oleh Dr.Roni Saputra, merupakan Wakil Dekan III Fisip "
        "Unmaju, hadir sebagai narasumber webinar kali ini.")
    assert found["Roni Saputra"].position == "Wakil Dekan III Fisip Unmaju"


@pytest.mark.parametrize(("tail", "position"), [
    (", sebagai salah satu nara sumber mengulas topik", None),
    (", salah satu pendiri Komunitas Baca", "salah satu pendiri Komunitas Baca"),
    (" yang merupakan Dosen dan Peneliti FKM Unmaju ini diikuti oleh 300 peserta",
     "Dosen dan Peneliti FKM Unmaju"),
    (" (digital ethics) seorang duta muda untuk Paris.", "duta muda untuk Paris"),
    (" (Dosen Unmaju) selaku moderator", "Dosen Unmaju"),
])
def test_position_after(tail: str, position: str | None) -> None:
    assert position_after(tail) == position


@pytest.mark.parametrize(("phrase", "name", "position"), [
    ("Direktur Kemitraan Unmaju, Dr. Mahatma Latuheru, M. Sc.", "Mahatma Latuheru",
     "Direktur Kemitraan Unmaju"),
    ("Dekan FKM Unmaju, Dr. Wulan Harjanti, SKM., M.Kes.,M.Med.,Ed., menuturkan",
     "Wulan Harjanti", "Dekan FKM Unmaju"),
    ("TANJUNG SARI - Wakapolda Sumbar Brigjen Pol Dr. Rina Oktaviani",
     "Rina Oktaviani", "Wakapolda Sumbar"),
])
def test_degrees_and_datelines_stay_out_of_positions(phrase: str, name: str,
                                                     position: str) -> None:
    person = parse_person(phrase)
    assert person is not None and person.name == name and person.position == position


def test_headline_verbs_are_not_names() -> None:
    found = people("Gelar Webinar Internasional, Unmaju Hadirkan Narasumber dari Tiga Negara\n\n"
                   "Webinar itu dibuka oleh Rektor Unmaju, Dr. Rahmat Ali.")
    assert set(found) == {"Rahmat Ali"}


def test_pronoun_list_without_a_role_noun_before() -> None:
    found = people(
        "Narasumber yang hadir berasal dari tiga negara. Mereka adalah Rashid Omar, Ph.D "
        "(University of Cape Coast, Ghana), Datuk Haji Salleh bin Karim (Yayasan Ilmu "
        "Malaysia), dan Dr. Wening Sulastri (Universitas Maju).")
    assert found["Rashid Omar"].position == "University of Cape Coast, Ghana"
    assert found["Salleh bin Karim"].position == "Yayasan Ilmu Malaysia"
    assert found["Wening Sulastri"].position == "Universitas Maju"


def test_role_words_are_not_a_position() -> None:
    assert position_after(", pemateri pertama, menjelaskan") is None
    assert position_after(" (moderator)") is None


def test_a_fuller_wording_of_the_same_job_wins() -> None:
    found = people(
        "Menteri Parekraf, Hendra Wibisono memberikan sambutan pada webinar literasi digital. "
        "Webinar dibuka dengan sambutan Menteri Pariwisata dan Ekonomi Kreatif (Menparekraf) "
        "RI, Hendra Wibisono.")
    assert found["Hendra Wibisono"].position == (
        "Menteri Pariwisata dan Ekonomi Kreatif (Menparekraf) RI")


def test_a_job_given_in_a_sentence_of_its_own() -> None:
    found = people(
        "Pembicara pada webinar ini sebanyak dua orang, yakni Ir Darto Wiyono dan Dr Suparni. "
        "Ir Darto Wiyono adalah praktisi hidroponik di Jawa Tengah. Dr Suparni yang merupakan "
        "dosen Fakultas Pertanian Universitas Maju juga merupakan pegiat kebun kota.")
    assert found["Darto Wiyono"].position == "praktisi hidroponik di Jawa Tengah"
    assert found["Suparni"].position == (
        "dosen Fakultas Pertanian Universitas Maju, pegiat kebun kota")


def test_a_copula_sentence_alone_makes_no_speaker() -> None:
    found = people("Webinar literasi digital itu dipandu oleh Rina Sari. Budi Hartono adalah "
                   "warga Sukamaju yang menonton.")
    assert set(found) == {"Rina Sari"}


def test_body_before_oleh_and_honorific_after_a_comma() -> None:
    assert position_before("Sebagai Pemateri dari Panwaslih Kabupaten Sukamaju oleh ") == (
        "Panwaslih Kabupaten Sukamaju")
    found = people(
        "Webinar menghadirkan narasumber Dr Nirma Pilar (Leeds University, Inggris), Ms. Julia "
        "Kusuma (Pengacara Nairobi, Kenya) dan Ms. Gita Durani (Pengacara asal Manila).")
    assert found["Julia Kusuma"].position == "Pengacara Nairobi, Kenya"
    assert found["Nirma Pilar"].position == "Leeds University, Inggris"


@pytest.mark.parametrize(("tail", "position"), [
    (", Dosen Unmaju dalam paparannya mengajak peserta", "Dosen Unmaju"),
    (" selaku Ketua Panitia dalam sambutannya", "Ketua Panitia"),
    (", Kepala Dinas Kominfo, pada kesempatan itu mengatakan", "Kepala Dinas Kominfo"),
    (", Dosen Unmaju sebagai moderator", "Dosen Unmaju"),
    (", Ketua Umum Relawan TIK Indonesia, Jumat (12/3)", "Ketua Umum Relawan TIK Indonesia"),
    (", Dosen Unmaju, melalui zoom meeting", "Dosen Unmaju"),
    (", Guru SMAN 1 Maju kepada peserta", "Guru SMAN 1 Maju"),
    (", the Rector of Universitas Maju, in his speech", "the Rector of Universitas Maju"),
])
def test_position_after_ends_where_the_clause_goes_on(tail: str, position: str) -> None:
    assert position_after(tail) == position


def test_a_certification_among_degrees_is_not_the_position() -> None:
    person = parse_person("Budi Santoso, S.E., M.M., CHRM, Direktur SDM PT Maju")
    assert person is not None and person.position == "Direktur SDM PT Maju"
    person = parse_person("Rina Sari, M.Si, BRIN")
    assert person is not None and person.position == "BRIN"


def test_a_job_and_its_body_after_a_name_describe_that_name() -> None:
    found = people(
        "Webinar digelar Senin (4/10/2021). Arman Wijaya, Direktur Cahaya Aksara, menjadi "
        "narasumber.")
    assert set(found) == {"Arman Wijaya"}
    assert found["Arman Wijaya"].position == "Direktur Cahaya Aksara"


def test_dan_between_two_jobs_each_before_a_name_joins_two_people() -> None:
    found = people(
        "Webinar ini menghadirkan narasumber Ketua Dewan Pers Daerah (DPD) Suryo dan "
        "Komisioner KPID Laras Pertiwi.")
    assert {n: s.position for n, s in found.items()} == {
        "Suryo": "Ketua Dewan Pers Daerah (DPD)", "Laras Pertiwi": "Komisioner KPID"}


def test_a_continued_list_takes_a_one_word_name_after_its_job() -> None:
    found = people(
        "Webinar digelar Senin (4/10/2021) dengan narasumber Rina Kartika, dosen Unmaju. "
        "Lalu ada Ketua Panwas RI Suryo dan Anggota KPU RI Bagas Wirawan.")
    assert set(found) == {"Rina Kartika", "Suryo", "Bagas Wirawan"}
    assert found["Suryo"].position == "Ketua Panwas RI"


def test_jobs_given_by_a_copula_further_on_in_a_sentence() -> None:
    found = people(
        "Webinar digelar Senin (4/10/2021) dengan narasumber Arman Wijaya, Laras Pertiwi dan "
        "Bima Saputra. Arman merupakan dosen Universitas Nusa, sedangkan Laras adalah jurnalis "
        "senior. Kemudian dilanjutkan Bima Saputra, S.IP., M.Si yang merupakan Plt Kadis "
        "Pariwisata Sukamaju.")
    assert {n: s.position for n, s in found.items()} == {
        "Arman Wijaya": "dosen Universitas Nusa", "Laras Pertiwi": "jurnalis senior",
        "Bima Saputra": "Plt Kadis Pariwisata Sukamaju"}


def test_jobs_given_with_menjabat_or_bekerja_sebagai() -> None:
    found = people(
        "Webinar digelar Senin (4/10/2021) dengan narasumber Arman Wijaya dan Laras Pertiwi. "
        "Arman saat ini menjabat sebagai Ketua Komunitas Literasi Sukamaju. Laras Pertiwi "
        "sehari-hari bekerja sebagai jurnalis di Harian Nusa.")
    assert {n: s.position for n, s in found.items()} == {
        "Arman Wijaya": "Ketua Komunitas Literasi Sukamaju",
        "Laras Pertiwi": "jurnalis di Harian Nusa"}


@pytest.mark.parametrize("degree", ["MTPK", "MAPP", "CQA"])
def test_a_master_or_certification_closing_the_degrees_is_not_the_position(
        degree: str) -> None:
    # unlisted capitals that close a chain of degrees, before the position in parentheses
    # or before "selaku": the position comes after them, so they are degrees too
    found = people("Webinar Tani Digital digelar Politeknik Uji secara daring, Senin "
                   "(4/10/2021). Pemateri webinar ini yaitu Bonar Sihite (Analis Data Uji "
                   f"Tani) dan Rudi Hartanto, S.T., M.Eng., {degree} (Kepala Seksi Jaringan "
                   "Politeknik Uji).")
    assert found["Rudi Hartanto"].position == "Kepala Seksi Jaringan Politeknik Uji"
    found = people("Kuliah umum Politeknik Uji digelar daring, Senin (4/10/2021). Diskusi "
                   "dipandu oleh Lukman Hadi dan menghadirkan Ir. Teguh Wicaksono, S.E., "
                   f"MBA., {degree} selaku pembicara.")
    assert found["Teguh Wicaksono"].position is None


def test_a_body_closing_the_degrees_stays_the_position() -> None:
    found = people("Webinar Tani Digital digelar Politeknik Uji secara daring, Senin "
                   "(4/10/2021). Pemateri webinar ini yaitu Rudi Hartanto, M.Si, BRIN.")
    assert found["Rudi Hartanto"].position == "BRIN"


@pytest.mark.parametrize("glued", ["sertamengundang3", "denganmenghadirkan", "yangmembawakan"])
def test_words_glued_by_lost_spaces_are_not_a_position(glued: str) -> None:
    found = people("Webinar Tani Digital digelar Politeknik Uji secara daring, Senin "
                   "(4/10/2021). Acara dipimpin oleh Moderator,Dewi Anggraini S.Kom ,"
                   f"{glued} pembicarayakni Hana Pratiwi, Joko Susilo,S.T, dan Laras Ayu.")
    assert found["Dewi Anggraini"].position is None


@pytest.mark.parametrize(("tail", "position"), [
    (", sertamengundang3 pembicara", None),
    (", pemandu acara Radio Uji", "pemandu acara Radio Uji"),
])
def test_glued_function_words_do_not_start_a_position(tail: str, position: str | None) -> None:
    assert position_after(tail) == position


@pytest.mark.parametrize(("head", "position"), [
    # a degree typed loose before the name is no job
    ("para pemateri, yakni Rudi Halim, serta MA, ", None),
    # an adjective follows the role it describes (the role noun "moderator" before it is
    # read as the role, so the head left is the adjective)
    ("inspiratif ", None),
    # a lower-case stretch set off by a comma with no job noun ends the clause before
    ("Setelah peserta mengikuti sesi utama, ", None),
    # lower-case words ahead of a capitalised title hold no job noun
    ("diawali sambutan video Menteri Pariwisata Republik Maju ",
     "Menteri Pariwisata Republik Maju"),
    ("sambutan rekaman Gubernur Tanah Uji ", "Gubernur Tanah Uji"),
    # ... but a job noun keeps them
    ("pegiat literasi Kota Uji ", "pegiat literasi Kota Uji"),
    # an unknown occupation running into the name stays; an English one keeps its head
    ("oleh undagi candi ", "undagi candi"),
    ("opened by the foundation's managing director, ", "foundation's managing director"),
])
def test_position_before_leaves_out_what_is_no_job(head: str, position: str | None) -> None:
    assert position_before(head) == position


@pytest.mark.parametrize(("tail", "position"), [
    # "kini juga menjabat sebagai" opens a second office of the same person
    (" selaku Kepala Dinas Kesehatan Kota Uji, kini juga menjabat sebagai Ketua Satgas Uji.",
     "Kepala Dinas Kesehatan Kota Uji, Ketua Satgas Uji"),
    # "jabatan sehari-hari sebagai" introduces the day job
    (", jabatan sehari-hari sebagai Rektor Universitas Tanah Uji, dengan menghadirkan",
     "Rektor Universitas Tanah Uji"),
])
def test_position_after_keeps_and_joins(tail: str, position: str | None) -> None:
    assert position_after(tail) == position


def test_sentence_adverb_is_no_position() -> None:
    assert position_before("the second topic. Afterwards, ") is None


@pytest.mark.parametrize("degree", ["MHKes", "M.H.Kes.", "MARes", "MRes", "MEc"])
def test_undotted_master_degrees_are_degrees(degree: str) -> None:
    """Master's degrees written without dots ("Rina, MHKes dengan topik ...") are degrees,
    not the start of a position."""
    from index.names import is_degree
    assert is_degree(degree)
