"""Speaker shapes of issue 13 (writing the rules were not tuned on): position and name
boundaries, reported speech placed at the session, lists carried across sentences, headed
bios and cards, stand-ins, and the negatives that keep attendees and outside voices out.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

import pytest
from extract_people import HELD, people

from index.extract.people_2_positions import position_before
from index.extract.people_3_phrase import parse_person
from index.extract.sentences import split_sentences


@pytest.mark.parametrize(("head", "position"), [
    ("Kepala Bidang Pencegahan, Kesiapsiagaan dan Logistik BPBD Kabupaten Uji, ",
     "Kepala Bidang Pencegahan, Kesiapsiagaan dan Logistik BPBD Kabupaten Uji"),
    ("menghadirkan narasumber, Kepala Dinas Pangan dan Pertanian, ",
     "Kepala Dinas Pangan dan Pertanian"),
])
def test_a_position_whose_fields_are_a_series(head: str, position: str) -> None:
    assert position_before(head) == position


def test_job_modifiers_and_fields_are_not_names() -> None:
    found = people(HELD + "Narasumber yang dihadirkan terdiri dari Fotografer Lepas Rangga "
                   "Wiratama, Youtuber Kuliner Sekar Ayuningtyas, dan Praktisi Periklanan "
                   "Doni Saputro.")
    assert {n: s.position for n, s in found.items()} == {
        "Rangga Wiratama": "Fotografer Lepas", "Sekar Ayuningtyas": "Youtuber Kuliner",
        "Doni Saputro": "Praktisi Periklanan"}


@pytest.mark.parametrize(("phrase", "name"), [
    ("Dosen Universitas Bengkulu Sari Nilam Cahaya", "Sari Nilam Cahaya"),
    ("Akademisi Universitas Bontoala Andi Ahmad Yani", "Andi Ahmad Yani"),
    ("budayawan Palembang Vebri Al Lintani", "Vebri Al Lintani"),
])
def test_where_the_name_starts_after_a_body(phrase: str, name: str) -> None:
    person = parse_person(phrase)
    assert person is not None and person.name == name


def test_an_institution_named_after_a_titled_person_is_not_a_speaker() -> None:
    found = people(HELD + "Narasumber webinar adalah perawat senior RSUD dr. Soeharto Uji, "
                   "Ns. Wulan Pratiwi, S.Kep dan bidan desa, Siti Khodijah.")
    assert set(found) == {"Wulan Pratiwi", "Siti Khodijah"}


def test_an_office_of_a_place_at_the_end_of_a_sentence_is_no_person() -> None:
    found = people(HELD + "Kegiatan diawali sambutan Gubernur Uji Raya Herman Setiadi serta "
                   "Bupati Muara Enim.")
    assert set(found) == {"Herman Setiadi"}


def test_attendees_take_no_role_from_the_sentence() -> None:
    found = people(HELD + "Kegiatan ini menghadirkan narasumber Dosen Universitas Uji Rina "
                   "Kartika, serta turut dihadiri oleh Kepala Dinas Pertanian, Perkebunan dan "
                   "Peternakan Kabupaten Uji Ir. H. Bahrun Saleh, MM.")
    assert set(found) == {"Rina Kartika"}


def test_origin_lead_in_before_each_speaker_of_a_sentence_list() -> None:
    found = people(HELD + "Narasumber pertama dari Indonesia, Dr. Hj. Nurlela, M.Ag, Ketua "
                   "Program Studi Ekonomi Syariah IAIN Uji. Lalu dari Malaysia, Prof Dr. Zainal "
                   "bin Osman, yang merupakan Direktur Pusat Kajian Zakat Universiti Uji. "
                   "Kemudian dari Brunei Darussalam, Dr. Hajah Aminah binti Yusof, pensyarah "
                   "kanan Fakulti Syariah Universiti Uji.")
    assert {n: s.role for n, s in found.items()} == {
        "Nurlela": "speaker", "Zainal bin Osman": "speaker", "Aminah binti Yusof": "speaker"}
    assert found["Nurlela"].position == "Ketua Program Studi Ekonomi Syariah IAIN Uji"


def test_a_stand_in_takes_the_role_of_what_they_did() -> None:
    found = people(HELD + "Bupati Tanjung Uji yang diwakili oleh Asisten Pemerintahan Setda, "
                   "Bahtiar Rasyid, membuka webinar tersebut. Narasumber webinar adalah "
                   "Yuliana Sari.")
    assert found["Bahtiar Rasyid"].role == "opening"


def test_fronted_menurut_phrase_and_an_outside_voice_after_it() -> None:
    found = people(HELD + "Webinar menghadirkan dua narasumber. Menurut akademisi Universitas "
                   "Uji, Dr. Halimah Tusadiah, pemerintah desa perlu menyediakan kanal "
                   "pengaduan daring. Sebelumnya, Kepala Dinas Pendidikan Uji Wahyu Prasetyo "
                   "kepada wartawan mengatakan pihaknya menyiapkan pelatihan lanjutan.")
    assert set(found) == {"Halimah Tusadiah"}
    assert found["Halimah Tusadiah"].position == "akademisi Universitas Uji"


def test_the_next_sentence_places_an_opening_statement_at_the_session() -> None:
    text = ("Desa Didorong Masuk Pasar Digital\n\n"
            "JAKARTA – Direktur Usaha Ekonomi Desa Kementerian Uji, Harlina Wiratmo, mengatakan "
            "pemerintah mendorong badan usaha milik desa masuk ke pasar digital.\n\n"
            "“Desa harus berani berjualan daring,” kata Harlina dalam webinar bertajuk “Desa "
            "Go Digital” yang digelar Rabu (12/5/2021).\n\n"
            "Sementara itu, pegiat desa digital dari Yogyakarta, Agus Prasetyo, menilai "
            "pelatihan pemasaran perlu menyasar desa tertinggal. Hal itu disampaikannya saat "
            "menjadi narasumber dalam webinar yang sama.\n\n"
            "Gubernur Uji Raya, Bambang Sutejo, pekan lalu mengatakan anggaran desa naik.")
    found = people(text)
    assert set(found) == {"Harlina Wiratmo", "Agus Prasetyo"}
    assert found["Harlina Wiratmo"].role == "other"  # an official's remarks
    assert found["Agus Prasetyo"].role == "speaker"  # "saat menjadi narasumber"


def test_a_nickname_refers_back_to_the_person() -> None:
    found = people(HELD + "Acara dibuka oleh Bapak Yudi Pranata, Ketua DPC Partai Uji. Mas YP "
                   "-- sapaan akrab Yudi Pranata, juga mengungkapkan dukungannya untuk kegiatan "
                   "seperti ini. Ketua Panitia Arya Saman dalam keterangan tertulisnya "
                   "menyampaikan terima kasih.")
    assert set(found) == {"Yudi Pranata"}


def test_abbreviation_of_a_role_noun_in_parentheses() -> None:
    found = people(HELD + "Webinar yang dimoderatori oleh Dimas Ardiansyah ini juga "
                   "menghadirkan Key Opinion Leader (KOL) Nadia Safira, seorang aktris.")
    assert (found["Nadia Safira"].role, found["Nadia Safira"].position) == ("kol", "aktris")


def test_pillar_words_are_not_names() -> None:
    found = people(HELD + "Pada pilar Digital Skills, materi disampaikan oleh dosen Universitas "
                   "Uji Dian Novita.")
    assert set(found) == {"Dian Novita"}


def test_english_copula_list_pronoun_talk_and_led_by() -> None:
    found = people(
        "JAKARTA – The Institute of Uji Studies held a webinar titled “Ocean Futures” on "
        "Wednesday, 17 May 2023.\n\nPresent as speakers were also Andreas Gunawan, a senior "
        "architect at PT Bangun Uji, and Dr. Melissa Tan, a researcher at the Centre for Ocean "
        "Law. She will deliver a material entitled “Ocean Bonds and Who Pays”. The discussion "
        "was led by Maria Ulfa, a student at the institute.")
    assert found["Andreas Gunawan"].position == "a senior architect at PT Bangun Uji"
    assert found["Melissa Tan"].talk_title == "Ocean Bonds and Who Pays"
    assert found["Maria Ulfa"].role == "moderator"


def test_bios_and_cards_under_role_headings() -> None:
    bios = people("Webinar on “Energy Transition”\n\nTuesday, 14 March 2023\n\nAbout the "
                  "Webinar\nThe speakers will examine the grid.\n\nAbout the Speakers\nDr Nguyen "
                  "Thi Lan is Visiting Fellow at the Uji Policy Institute. Her research covers "
                  "power markets.\n\nModerator\nDr Lim Wei Jie is Senior Fellow at the "
                  "institute.")
    assert {n: s.role for n, s in bios.items()} == {"Nguyen Thi Lan": "speaker",
                                                    "Lim Wei Jie": "moderator"}
    cards = people("Webinar “Kota Tangguh Bencana”\n\nSenin, 6 Juni 2022\n\nNarasumber\nDr. Ir. "
                   "Bambang Wicaksono, M.T.\nDosen Teknik Sipil Universitas Uji Raya\n\n"
                   "Moderator\nYohanes Gunawan, S.T.\nKetua Program Studi Teknik Sipil")
    assert cards["Bambang Wicaksono"].position == "Dosen Teknik Sipil Universitas Uji Raya"
    assert (cards["Yohanes Gunawan"].role, cards["Yohanes Gunawan"].position) == (
        "moderator", "Ketua Program Studi Teknik Sipil")


def test_initials_after_a_title_do_not_end_the_sentence() -> None:
    sentences = split_sentences("Narasumber webinar adalah psikolog klinis RSJ Prof. HB. Saanin, "
                                "Dra. Rosmaini, M.Psi. Acara dipandu oleh Della.")
    assert [s.text[:10] for s in sentences] == ["Narasumber", "Acara dipa"]


def test_the_greater_area_of_a_place_is_not_a_person() -> None:
    found = people(HELD + "Pemateri kedua, Dewi Anggraini, dosen Kesehatan Masyarakat "
                   "Universitas Jambi Pesisir, membawakan materi “Gizi Anak Pesisir”.")
    assert set(found) == {"Dewi Anggraini"}


def test_presenting_verb_and_role_word_after_a_cue() -> None:
    found = people(HELD + "Sebagai key opinion leader (KOL) hadir pula Hana Pertiwi. Webinar ini "
                   "juga dipandu oleh presenter Indra Wijaya bersama host Joko Anwar.")
    assert {n: s.role for n, s in found.items()} == {
        "Hana Pertiwi": "kol", "Indra Wijaya": "moderator", "Joko Anwar": "host"}


def test_lists_carried_on_by_di_antaranya_and_kemudian_juga_ada() -> None:
    among = people(HELD + "Webinar ini menghadirkan narasumber yang ahli di bidangnya. Di "
                   "antaranya Andi Saputra (Founder Komunitas Uji), Bella Kartika (Dosen "
                   "Universitas Uji), dan Citra Dewanti (Ketua Relawan")
    assert {n: s.position for n, s in among.items()} == {
        "Andi Saputra": "Founder Komunitas Uji", "Bella Kartika": "Dosen Universitas Uji",
        "Citra Dewanti": "Ketua Relawan"}
    carried = people(HELD + "Narasumber yang dihadirkan ialah Andi Saputra selaku Founder "
                     "Komunitas Uji. Kemudian juga ada Citra Dewanti selaku Ketua Relawan TIK.")
    assert carried["Citra Dewanti"].role == "speaker"


def test_jobs_given_apart_from_the_name() -> None:
    found = people(HELD + "Narasumber pertama adalah Dr. Andi Saputra. Beliau merupakan dosen "
                   "Fakultas Ekonomi Universitas Uji. Erika Putri sebagai narasumber kedua yang "
                   "juga peneliti di Pusat Studi Lingkungan menyampaikan materinya. Dosen "
                   "Akuntansi yang menjadi narasumber ketiga, Doni Prasetyo, memaparkan tentang "
                   "akuntansi karbon. Narasumber keempat, Hadi. Ia mengatakan bahwa pajak "
                   "karbon penting.")
    assert {n: s.position for n, s in found.items()} == {
        "Andi Saputra": "dosen Fakultas Ekonomi Universitas Uji",
        "Erika Putri": "peneliti di Pusat Studi Lingkungan",
        "Doni Prasetyo": "Dosen Akuntansi", "Hadi": None}


def test_links_to_other_articles_name_no_one_of_this_programme() -> None:
    found = people(HELD + "Baca Juga: Ketua Mafindo Uji Rina Wulandari Jadi Narasumber Webinar "
                   "di Gowa\n\nWebinar ini menghadirkan narasumber Andi Saputra (Founder "
                   "Komunitas Uji).\n\nBACA JUGA: Dosen Unhas Budi Santoso: Hoaks Meningkat "
                   "Jelang Pemilu\n\nArtikel Terkait\nWalikota Uji Buka Webinar Bersama "
                   "Narasumber Dewi Lestari")
    assert set(found) == {"Andi Saputra"}


def test_a_list_of_bodies_each_with_its_agent() -> None:
    found = people(HELD + "Sebagai Pemateri dari Bawaslu Kabupaten Uji oleh Bapak Adi Santoso, "
                   "S.H., dari KNPI Kabupaten Uji oleh Bapak Bima Lubis, M.Si serta dari PWI "
                   "Kabupaten Uji oleh Bapak Rusli.")
    assert {n: s.position for n, s in found.items()} == {
        "Adi Santoso": "Bawaslu Kabupaten Uji", "Bima Lubis": "KNPI Kabupaten Uji",
        "Rusli": "PWI Kabupaten Uji"}


def test_a_job_after_a_list_of_names_with_degrees_is_shared() -> None:
    found = people(HELD + "Webinar ini diisi oleh Gugum Sanjaya, M.Pd., Wina Rahayu, M.Pd., dan "
                   "Afrida Sari, M.Pd. selaku dosen FKIP Universitas Uji dan diikuti oleh 300 "
                   "peserta.")
    assert {s.position for s in found.values()} == {"dosen FKIP Universitas Uji"}
    assert len(found) == 3


def test_stand_in_for_a_keynote_with_field_nouns_in_the_office() -> None:
    found = people(HELD + "Tampil sebagai pembicara kunci, Wakil Gubernur Uji Raya yang "
                   "diwakili Kepala Dinas Pertanian dan Perkebunan Uji, Ir. Lalu Muhammad "
                   "Taufan, M.Si. Acara dipandu moderator Theresia Palullungan, sedangkan Rini "
                   "Bua'dera bertindak sebagai pembawa acara.")
    assert {n: s.role for n, s in found.items()} == {
        "Lalu Muhammad Taufan": "keynote", "Theresia Palullungan": "moderator",
        "Rini Bua'dera": "host"}


def test_role_noun_of_the_event_before_a_name() -> None:
    found = people(HELD + "Host acara Erika Putri menyapa peserta. Moderator diskusi ini, Gita "
                   "Lestari, membuka sesi tanya jawab. Fajar Nugroho memandu jalannya webinar.")
    assert {n: s.role for n, s in found.items()} == {
        "Erika Putri": "host", "Gita Lestari": "moderator", "Fajar Nugroho": "host"}


def test_cards_under_english_headings_with_commas_and_a_chairperson() -> None:
    found = people("Webinar on “Digital Economy after the Pandemic”\n\nWednesday, 12 May 2021\n\n"
                   "Speakers\nAssoc Prof Siwage Dharmawan\nSenior Fellow, Indonesia Studies "
                   "Programme, Uji Institute\n\nMs Tan Mei Ling\nResearch Officer, Uji Institute"
                   "\n\nChairperson\nDr Norhaslinda Yusof\nSenior Fellow, Uji Institute\n\n"
                   "About the Webinar\nThe digital economy grew quickly during the pandemic.")
    assert {n: (s.role, s.position) for n, s in found.items()} == {
        "Siwage Dharmawan": ("speaker",
                             "Senior Fellow, Indonesia Studies Programme, Uji Institute"),
        "Tan Mei Ling": ("speaker", "Research Officer, Uji Institute"),
        "Norhaslinda Yusof": ("moderator", "Senior Fellow, Uji Institute")}
