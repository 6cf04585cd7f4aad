"""Speakers lost through grammar the readers did not know: a person with a job before the
name and another set in apposition after it ("Direktur X A selaku Ketua Y memberikan
materi"), a preverbal adverb between a subject and its verb ("Kepala X, A kembali
menyampaikan"), and the directions an official gives ("memberikan arahan"), remarks of the
same class as thanks.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import HELD, people

from index.extract.reported_speech import reported_speakers
from index.extract.people_6_slots import read_backward


def test_jobs_before_and_after_the_name_are_the_persons_own() -> None:
    found = read_backward("Direktur Utama PT Sumber Tirta Jaya Bagus Hermawan selaku Ketua "
                          "Umum ASPAMI ")
    assert [p.name for p, _ in found] == ["Bagus Hermawan"]


def test_job_before_and_apposition_after_the_name_with_a_material_verb() -> None:
    found = people(HELD + "Direktur Utama PT Sumber Tirta Jaya (STJ) L. Bagus Hermawan selaku "
                   "Ketua Umum ASPAMI memberikan materi terkait pengelolaan air bersih.")
    assert found["L. Bagus Hermawan"].role == "speaker"
    assert found["L. Bagus Hermawan"].talk_title == "pengelolaan air bersih"


def test_adverb_of_repetition_between_subject_and_verb() -> None:
    found = reported_speakers("Pada kesempatan itu, Kepala Dinas Perhubungan Jambi, Suwandi "
                              "kembali menyampaikan bahwa korban kecelakaan banyak dari "
                              "pelajar.", 21)
    assert [r.person.name for r in found] == ["Suwandi"]
    assert found[0].person.position == "Kepala Dinas Perhubungan Jambi"


def test_additive_particle_after_a_one_word_name_is_no_part_of_it() -> None:
    found = reported_speakers("Kepala Balai Wilayah Sungai Barat Suwandi juga mengatakan "
                              "bahwa debit air terus turun.", 0)
    assert [r.person.name for r in found] == ["Suwandi"]


def test_an_official_giving_directions_spoke_at_the_event() -> None:
    found = people(HELD + "Webinar dibuka oleh Camat Batu Lima, Rudi Hartanto. Sementara itu, "
                   "Kepala Bidang Penyuluhan Dinas Perikanan Ratna Wulansari memberikan arahan "
                   "terkait peran penyuluh di tingkat desa.")
    assert found["Ratna Wulansari"].role == "other"
    assert found["Ratna Wulansari"].position == "Kepala Bidang Penyuluhan Dinas Perikanan"


def test_additive_lead_in_carries_a_bare_list_on() -> None:
    found = people(HELD + "Webinar menghadirkan narasumber, yaitu Staf Ahli Bupati Bidang "
                   "Ekonomi Rudi Prasetya. Turut juga Kedeputian Pencegahan Inspektorat Banu "
                   "Wicaksono, Ketua Tim Mutu Pusat dr Tegar Santoso dan pengamat Kebijakan "
                   "Publik Agus Wiranto.")
    for name in ("Banu Wicaksono", "Tegar Santoso", "Agus Wiranto"):
        assert found[name].role == "speaker", name
    assert found["Banu Wicaksono"].position == "Kedeputian Pencegahan Inspektorat"


def test_parallel_items_part_before_a_one_word_name() -> None:
    from index.extract.people_5_assembly import parse_list
    listed = parse_list("Ratna Sari dari program studi Administrasi Niaga dan Wibowo dari "
                        "program studi Ilmu Hukum.", whole_list=True)
    assert [(p.person.name, p.person.position) for p in listed] == [
        ("Ratna Sari", "program studi Administrasi Niaga"),
        ("Wibowo", "program studi Ilmu Hukum")]


def test_a_body_with_and_keeps_its_link_word() -> None:
    from index.extract.people_5_assembly import parse_list
    listed = parse_list("Ratna Sari dari Fakultas Ekonomi dan Bisnis dari Universitas Batu.",
                        whole_list=True)
    assert [p.person.name for p in listed] == ["Ratna Sari"]


def test_where_an_online_speaker_attended_from_is_no_person() -> None:
    found = people("Webinar Kota Cerdas digelar secara daring pada Senin (5/7/2021).\n\n"
                   "Bupati Tanjung Uji, Ramlan hadir secara virtual dari ruang rapat Pendopo "
                   "Agung sebagai pembicara.")
    assert list(found) == ["Ramlan"]
    assert found["Ramlan"].role == "speaker"
    assert found["Ramlan"].position == "Bupati Tanjung Uji"
