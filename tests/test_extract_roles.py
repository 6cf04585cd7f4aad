"""Who is on the programme and in which role: the ways coverage states a role away from the
name (a predicate after a list, an agent phrase, a heading), and the negatives.

All sentences are invented for these tests (fictional people, outlets and places).
"""

from __future__ import annotations

from index.extract.event import extract_event
from index.model import Event, Speaker
from index.pipeline.records import article_from_text


def event_of(text: str) -> Event:
    event = extract_event(article_from_text(text, "https://uji.example/berita"))
    assert event is not None
    return event


def people(text: str) -> dict[str, Speaker]:
    return {s.name: s for s in event_of(text).speakers}


def roles(text: str) -> dict[str, str]:
    return {name: s.role for name, s in people(text).items()}


# -- "diisi oleh": the agent of a programme slot ------------------------------------------

def test_diisi_oleh_reads_the_whole_list() -> None:
    found = roles(
        "Webinar bertajuk “Belajar Bermakna” ini diisi oleh Rendra Wibisono, M.Pd., Lusiana "
        "Pertiwi, M.Pd., dan Fajar Ramadhan, M.Pd. selaku dosen FKIP Universitas Nusa Raya.")
    assert found == {"Rendra Wibisono": "speaker", "Lusiana Pertiwi": "speaker",
                     "Fajar Ramadhan": "speaker"}


def test_a_second_agent_phrase_starts_its_own_list() -> None:
    found = people(
        "Dalam webinar itu, sesi pagi diisi oleh Rendra Wibisono dan Lusiana Pertiwi, sesi "
        "siang diisi oleh Fajar Ramadhan dan Melati Kusuma.")
    assert set(found) == {"Rendra Wibisono", "Lusiana Pertiwi", "Fajar Ramadhan",
                          "Melati Kusuma"}
    assert found["Lusiana Pertiwi"].position is None


# -- a backward role cue reads every person of the list before it --------------------------

def test_two_officials_joined_by_serta_are_both_keynotes() -> None:
    found = people(
        "Gubernur Lestari Barat H. Darman Sulaiman, S.H serta Bupati Sukamaju H. Rusdi "
        "Pakan, S.E., M.M menjadi keynote speaker pada seminar daring bertajuk CAKAP MEDIA.")
    assert {n: s.role for n, s in found.items()} == {"Darman Sulaiman": "keynote",
                                                      "Rusdi Pakan": "keynote"}
    assert found["Darman Sulaiman"].position == "Gubernur Lestari Barat"


def test_english_list_as_speakers_with_a_moderator() -> None:
    found = people(
        "The webinar presented Dr. Clara Wibowo, MPH (Nutrition Expert), Prof. Dr. Hendra "
        "Gunawan, SpA (K) (Chair of the Child Growth Board) and KH. Rasyid Hamzah, M.Si "
        "(Secretary of the Ulema Council) as speakers with Dr. Nadia Lubis, M.Sc as moderator.")
    assert {n: s.role for n, s in found.items()} == {
        "Clara Wibowo": "speaker", "Hendra Gunawan": "speaker", "Rasyid Hamzah": "speaker",
        "Nadia Lubis": "moderator"}
    assert found["Hendra Gunawan"].position == "Chair of the Child Growth Board"


def test_name_position_then_role_after_sedangkan() -> None:
    found = people(
        "Webinar menghadirkan tiga pembicara, yakni Ir Gilang Saputra, Dr Ratna Sari dan Tomi "
        "Lubis, S.P. Sedangkan Dr Yoga Permadi, Dosen Fakultas Teknik Universitas Jember "
        "menjadi moderator acara.")
    assert found["Yoga Permadi"].role == "moderator"
    assert found["Yoga Permadi"].position == "Dosen Fakultas Teknik Universitas Jember"


def test_plain_names_joined_by_dan_before_menjadi_narasumber() -> None:
    assert roles("Dalam webinar itu, Hasan Basri, Wulan Sari dan Doni Prakoso menjadi "
                 "narasumber.") == {"Hasan Basri": "speaker", "Wulan Sari": "speaker",
                                    "Doni Prakoso": "speaker"}


def test_role_in_parentheses_after_a_list_is_the_last_persons_only() -> None:
    found = roles(
        "Webinar menghadirkan 4 narasumber yaitu Rini Astuti, S.Sos, M.Si., Bagus Hartono, "
        "Yuda Pranata, dan Galih Wiratama (KOL).")
    assert found == {"Rini Astuti": "speaker", "Bagus Hartono": "speaker",
                     "Yuda Pranata": "speaker", "Galih Wiratama": "kol"}


def test_moderator_after_a_listed_programme_is_the_last_person_only() -> None:
    found = roles(
        "Diskusi daring itu menghadirkan narasumber Ketua KPID Sulbar Iwan Setiadi, Kepala "
        "BPOM Mamuju Ratih Kirana dan Dewi Lestari Kabid Infokom BPOM Mamuju sebagai "
        "moderator.")
    assert found == {"Iwan Setiadi": "speaker", "Ratih Kirana": "speaker",
                     "Dewi Lestari": "moderator"}


def test_bulleted_roll_call_is_not_a_list_of_moderators() -> None:
    found = roles(
        "Webinar pengawasan pemilu ini dihadiri oleh :\n"
        "- Agung Prasetyo, SE selaku Ketua Bawaslu Kota Lestari ;\n"
        "- Putu Darma (Anggota Bawaslu Kota Lestari) selaku Narasumber dalam acara ini ;\n"
        "- Ir. Made Sukra, M.Si (Anggota Bawaslu Kota Lestari) ;\n"
        "- Nyoman Arta, SE (Anggota Bawaslu Kota Lestari) sekaligus menjadi Moderator;\n")
    assert found == {"Putu Darma": "speaker", "Nyoman Arta": "moderator"}


# -- a list carried on in the next sentences ------------------------------------------------

def test_selanjutnya_ada_carries_on_the_list() -> None:
    found = people(
        "Dalam webinar itu, pembicara pertama ialah Ibu Ratna Dewi, Anggota DPRD Kota Lestari. "
        "Selanjutnya ada Ibu Rina Kartika, Dosen Universitas Nusa Raya, Bapak Doni Saputra, "
        "Ketua Komunitas Baca, serta Bapak Iwan Sulistyo, Kabid Kebudayaan Dinas Pariwisata.")
    assert {n: s.role for n, s in found.items()} == {
        "Ratna Dewi": "speaker", "Rina Kartika": "speaker", "Doni Saputra": "speaker",
        "Iwan Sulistyo": "speaker"}
    assert found["Doni Saputra"].position == "Ketua Komunitas Baca"


def test_lalu_ada_two_sentences_later_and_a_setting_after_the_noun() -> None:
    found = roles(
        "Webinar itu terdiri dari lima sesi. Narasumber di sesi tersebut Kepala Dinas Kominfo "
        "Bagus Hermawan dan Rektor Universitas Jember Sinta Wulandari. Mereka memaparkan "
        "cara mengelola sampah rumah tangga. Lalu ada Ketua Komisi Informasi Rahmat "
        "Hidayat dan Kepala Dinas Pendidikan Yuni Astuti.")
    assert found == {"Bagus Hermawan": "speaker", "Sinta Wulandari": "speaker",
                     "Rahmat Hidayat": "speaker", "Yuni Astuti": "speaker"}


def test_pronoun_list_then_kemudian() -> None:
    found = people(
        "Konferensi daring itu menghadirkan narasumber yang berasal dari tiga negara.\n"
        "Mereka adalah Farid Othman, Ph.D (Universiti Sains Malaysia), Dr. Lina Marlina "
        "(Universitas Lestari).\n"
        "Kemudian Prof. Dr. Suharto. M.Ag (Guru Besar Fakultas Syariah, MUI Jawa Tengah), "
        "Rina Puspita,M.Si (Asosiasi Pengusaha Nusantara).")
    assert set(found) == {"Farid Othman", "Lina Marlina", "Suharto", "Rina Puspita"}
    assert found["Rina Puspita"].position == "Asosiasi Pengusaha Nusantara"


def test_one_person_per_paragraph_after_the_list() -> None:
    found = people(
        "Webinar literasi digital menghadirkan beberapa narasumber yakni Yoga Saputra, S.Kom "
        "(digital ethics) seorang duta muda.\n\n"
        "Lina Wijaya (digital safety) seorang arsitek.\n\n"
        "Rio Wardana (digital skills) seorang kreator konten.")
    assert {n: s.role for n, s in found.items()} == {
        "Yoga Saputra": "speaker", "Lina Wijaya": "speaker", "Rio Wardana": "speaker"}


def test_lalu_dari_a_country_then_the_person() -> None:
    found = people(
        "Webinar menghadirkan tiga narasumber, yakni Dr. Budi Santoso dari Universitas "
        "Lestari. Lalu dari Malaysia, Prof Dr. Ahmad Zaki, yang merupakan Direktur Institut "
        "Kajian Halal.")
    assert found["Ahmad Zaki"].role == "speaker"


def test_a_single_selaku_narasumber_does_not_carry_over_a_roll_call() -> None:
    found = roles(
        "Webinar pengawasan ini menghadirkan Putu Darma selaku narasumber.\n"
        "Made Sukra (Anggota Bawaslu Kota Lestari).\n"
        "Nyoman Arta (Anggota Bawaslu Kota Lestari).")
    assert found == {"Putu Darma": "speaker"}


def test_a_later_sentence_with_a_verb_is_no_continuation() -> None:
    found = roles(
        "Webinar menghadirkan narasumber yakni Rina Kartika, Dosen Universitas Lestari. "
        "Kemudian Bupati Lestari Hendra Gunawan menyerahkan piagam kepada panitia.")
    assert found == {"Rina Kartika": "speaker"}


# -- people seen only through reported speech in the session report ---------------------------

_PROGRAMME = ("Asosiasi Guru Digital menggelar webinar bertajuk “Kelas Cerdas” secara daring, "
              "Sabtu (12/6). Webinar menghadirkan narasumber yakni Rina Kartika, Dosen "
              "Universitas Lestari. ")


def test_officer_reported_after_the_programme_gives_remarks() -> None:
    found = people(_PROGRAMME + "Sementara itu, Dedi Firmansyah, Ketua Bidang Pelatihan "
                   "Asosiasi Guru Digital, menambahkan bahwa pelatihan akan digelar rutin.")
    assert found["Dedi Firmansyah"].role == "other"
    assert found["Dedi Firmansyah"].position == "Ketua Bidang Pelatihan Asosiasi Guru Digital"
    assert found["Rina Kartika"].role == "speaker"


def test_position_first_subject_and_a_presenter_who_is_no_officer() -> None:
    found = roles(_PROGRAMME + "Ketua Asosiasi Guru Digital Dedi Firmansyah menyampaikan, guru "
                  "perlu berlatih. Yuni Astuti, S.Pd., M.Si mengatakan kelas daring butuh "
                  "disiplin.")
    assert found == {"Rina Kartika": "speaker", "Dedi Firmansyah": "other",
                     "Yuni Astuti": "speaker"}


def test_quote_then_ujar_with_a_session_anchor() -> None:
    found = people(
        "Partai Maju Bersama menggelar webinar secara maraton. “Kami ingin memberi sumbangsih "
        "pemikiran,” ujar Wakil Ketua Umum Partai Maju Bersama, Agus Wiranto, secara virtual, "
        "Selasa (20/10). Webinar menghadirkan narasumber yakni Rina Kartika, Dosen "
        "Universitas Lestari.")
    assert found["Agus Wiranto"].role == "other"
    assert found["Agus Wiranto"].position == "Wakil Ketua Umum Partai Maju Bersama"


def test_menurut_at_the_end_of_a_sentence() -> None:
    found = roles(_PROGRAMME + "Jejak digital tidak langsung terhapus, menurut Dr. Siska "
                  "Amelia, S.Sos., M.I.Kom. Dosen Komunikasi.")
    assert found["Siska Amelia"] == "speaker"


def test_disampaikan_juga_oleh() -> None:
    found = roles(_PROGRAMME + "Disampaikan juga oleh Menteri Koperasi Galih Wibisono bahwa "
                  "UMKM harus berinovasi.")
    assert found["Galih Wibisono"] == "speaker"


def test_press_statement_and_earlier_occasions_are_not_the_session() -> None:
    found = roles(
        _PROGRAMME + "Ketua panitia, Arya Wicaksana, dalam keterangan tertulisnya menyebut "
        "format diskusi cukup menarik. Direktur Sekolah Maju, Yoyon Harsono, menyampaikan "
        "bahwa forum ini penting. “Tujuannya memperkuat guru,” ujarnya dalam siaran pers. "
        "Menteri Arman Wiranata sebelumnya mengatakan guru perlu dilatih.")
    assert found == {"Rina Kartika": "speaker"}


def test_reported_speech_before_any_programme_is_not_a_speaker() -> None:
    found = roles(
        "Direktur Jenderal Aplikasi Informatika Samuel Pardede mengatakan Indonesia masih "
        "punya pekerjaan rumah. Webinar literasi digital itu diisi oleh narasumber yakni "
        "Rina Kartika, Dosen Universitas Lestari.")
    assert found == {"Rina Kartika": "speaker"}


def test_english_reported_speech_in_a_separate_statement() -> None:
    found = roles(
        "Panelists were Dr. Ayu Lestari, head of the inclusion unit; and Mr. Bima Sakti, a "
        "teacher. The head of the office, Dodi Supardi, said in a separate statement that "
        "the province would train teachers.")
    assert found == {"Ayu Lestari": "speaker", "Bima Sakti": "speaker"}


def test_a_name_cut_off_by_the_excerpt_is_not_read() -> None:
    found = roles(_PROGRAMME + "“Kita berharap banyak dari webinar ini,” kata Bp. Fr")
    assert found == {"Rina Kartika": "speaker"}


# -- programme headings and qualified role nouns --------------------------------------------

def test_pembukaan_oleh_and_welcoming_speech_oleh() -> None:
    found = people(
        "Webinar literasi digital digelar di Kota Lestari.\n\n"
        "Pembukaan kelas literasi digital Oleh Bapak Ir. H. Gatot Wiyono, Presiden Lestari "
        "menyampaikan bahwa pandemi membuka peluang transformasi digital.\n\n"
        "Berikutnya, Welcoming Speech Oleh Camat / Pejabat Setempat ( H. Sarip "
        "Mulyadi,S.E., ME ) berdasarkan peta jalan literasi.")
    assert found["Gatot Wiyono"].role == "opening"
    assert found["Gatot Wiyono"].position == "Presiden Lestari"
    assert found["Sarip Mulyadi"].role == "opening"


def test_welcoming_speech_heading_then_position_and_name() -> None:
    assert roles("Webinar dibuka pukul 09.00. Welcoming Speech Bupati Agam Dedi Rahmat.") == {
        "Dedi Rahmat": "opening"}


def test_a_video_greeting_is_an_opening() -> None:
    found = roles("Webinar diawali dengan pemutaran video sambutan Presiden Republik Indonesia "
                  "Joko Santoso.")
    assert found == {"Joko Santoso": "opening"}


def test_attendees_of_the_opening_get_no_role_from_pembukaan() -> None:
    found = roles("Webinar diawali dengan pembukaan yang dihadiri oleh Dekan Fakultas Ekonomi "
                  "Rudi Hartono dan Ketua Program Studi Ekonomi Sinta Dewi.")
    assert found == {}


def test_qualified_role_nouns_lokal_and_nasional() -> None:
    assert roles(
        "Webinar itu menghadirkan narasumber lokal Andi Saputra dan Budi Hartono, sementara "
        "narasumber nasional Cici Paramida dan Dodi Sudrajat.") == {
        "Andi Saputra": "speaker", "Budi Hartono": "speaker", "Cici Paramida": "speaker",
        "Dodi Sudrajat": "speaker"}


# -- one-word names a role cue reads alone ------------------------------------------------------

def test_one_word_moderator_read_alone_by_its_cue() -> None:
    assert roles("Webinar menghadirkan narasumber yakni Rina Kartika, Dosen Universitas "
                 "Lestari. Adapun moderator adalah Tania.") == {"Rina Kartika": "speaker",
                                                               "Tania": "moderator"}
    assert roles("Webinar literasi itu dipandu oleh Lestari sebagai moderator.") == {
        "Lestari": "moderator"}


def test_one_word_organisation_or_heading_is_no_person() -> None:
    assert "Basarnas" not in roles(
        "Selain narasumber dari Basarnas, seminar ini juga dihadiri oleh Dr. Hartawan, "
        "S.Si., Kepala Stasiun Cuaca BMKG.")
    assert roles("Webinar Literasi Digital\nModerator and Interaction\nThe webinar was "
                 "moderated by Nadia Rahim, a lecturer.") == {"Nadia Rahim": "moderator"}


# -- stand-ins -----------------------------------------------------------------------------------

def test_stand_in_replaces_the_absent_speaker_in_a_list() -> None:
    found = people(
        "Hadir pula pembicara lain, diantaranya Budi Santoso (Dosen Unhas) dan Salman Anwar "
        "(Ketua Forum Pariwisata) yang saat acara webinar diwakilkan kepada Sekretaris "
        "Jenderal Yusuf Halim.")
    assert {n: s.role for n, s in found.items()} == {"Budi Santoso": "speaker",
                                                      "Yusuf Halim": "speaker"}


def test_stand_in_list_after_seperti_takes_the_role_noun() -> None:
    found = roles(
        "Seminar itu menghadirkan beberapa narasumber, seperti perwakilan dari Menteri "
        "Kelautan yang diwakilkan oleh Kepala Balai Riset Perikanan Dr. Wina Sulastri, "
        "SP, MP, Dr. H. Baharudin Lamo sebagai Ketua HIPMI Kaltara, Erwin Talaud sebagai Staf "
        "Khusus Menteri Kelautan.")
    assert found == {"Wina Sulastri": "speaker", "Baharudin Lamo": "speaker",
                     "Erwin Talaud": "speaker"}


def test_diwakili_oleh_the_stand_in_gives_the_opening() -> None:
    found = people(
        "Webinar diawali sambutan dari Bupati Kulon Progo, Hendra Gunawan, yang diwakili oleh "
        "Asisten I, Drs. Paulus Wibowo.")
    assert {n: s.role for n, s in found.items()} == {"Paulus Wibowo": "opening"}


def test_mewakili_an_official_then_the_role_predicate() -> None:
    found = roles(
        "Webinar menghadirkan narasumber yakni Rina Kartika, Dosen Universitas Jember. "
        "Sekda Agam Edi Busti mewakili Bupati Agam memberikan sambutan.")
    assert found == {"Rina Kartika": "speaker", "Edi Busti": "opening"}


# -- English announcements and list lead-ins --------------------------------------------------

def test_panellists_will_be_joining_namely() -> None:
    found = roles(
        "The webinar on digital classrooms was held on Monday. Four panellists will be "
        "joining, namely Dr. Rina Kartika, Budi Santoso, Cici Paramitha and Dodi Sudrajat.")
    assert found == {"Rina Kartika": "speaker", "Budi Santoso": "speaker",
                     "Cici Paramitha": "speaker", "Dodi Sudrajat": "speaker"}


def test_the_institute_invited_a_person() -> None:
    found = people("The institute held a webinar on food prices. The institute invited Dr "
                   "Rina Kartika, an economist from the University of Lestari.")
    assert found["Rina Kartika"].role == "speaker"


def test_seperti_leads_a_list_of_people_but_not_of_fields() -> None:
    assert roles(
        "Seminar itu menghadirkan narasumber, seperti Dr. Wulan Sari selaku Kepala Pusat "
        "Pelatihan, Arif Sembiring sebagai Staf Khusus Menteri.") == {"Wulan Sari": "speaker",
                                                                  "Arif Sembiring": "speaker"}
    assert roles("Webinar Literasi itu menghadirkan narasumber dari berbagai bidang seperti "
                 "kesehatan dan pendidikan. Hadir sebagai narasumber Rina Kartika.") == {
        "Rina Kartika": "speaker"}


# -- which role wins --------------------------------------------------------------------------

def test_dipandu_oleh_then_sebagai_master_of_ceremony_is_the_host() -> None:
    found = roles(
        "Webinar berlangsung melalui zoom. Dipandu oleh Melati Sari mahasiswi PGSD angkatan 2021 "
        "sebagai Master of Ceremony dan Rendi Pratama mahasiswa PGSD angkatan 2019 sebagai "
        "moderator diskusi.")
    assert found == {"Melati Sari": "host", "Rendi Pratama": "moderator"}


def test_selaku_keynote_speaker_then_the_name_still_reads_forward() -> None:
    found = roles("Webinar Literasi Digital digelar Kamis. Hadir pula selaku Keynote Speaker, "
                  "Yosef B. Manurung Dirjen Aptika Kementerian Kominfo memberikan sambutan.")
    assert found == {"Yosef B. Manurung": "keynote"}
    assert roles("Webinar budaya digelar Sabtu. Bertindak sebagai moderator, Yohanes Kambu.") \
        == {"Yohanes Kambu": "moderator"}


def test_a_listed_speaker_dalam_sambutannya_stays_a_speaker() -> None:
    found = roles(
        "Kegiatan tersebut menghadirkan narasumber Ketua KPID Sulbar Iwan Setiadi, Kepala BPOM "
        "Mamuju Ratih Kirana dan Dewi Lestari Kabid Infokom BPOM Mamuju sebagai moderator. "
        "Kepala BPOM Mamuju Ratih Kirana dalam sambutannya mengucapkan terima kasih.")
    assert found["Ratih Kirana"] == "speaker"


def test_an_officer_quoted_after_the_programme_and_later_by_first_name() -> None:
    found = people(
        _PROGRAMME + "Sementara itu, Imam Santoso, Ketua Bidang Diklat Asosiasi Guru Digital, "
        "menambahkan bahwa pusat belajar akan dibuka. “Pusat belajar ini terbuka untuk "
        "umum,” kata Imam, yang juga pengajar di Politeknik Lestari. Sumarni selaku Kordiv "
        "Pengawasan, Humas dan Hubal menyampaikan “Pertanyaan peserta semakin baik.”")
    assert found["Imam Santoso"].role == "other"
    assert found["Sumarni"].role == "other"


def test_dukungan_dari_an_official_in_the_opening_sequence() -> None:
    found = roles(
        "Webinar literasi digital digelar Rabu. Acara diawali dengan sambutan dari Direktur "
        "Jenderal Informasi Publik lalu diteruskan dengan dukungan dari bupati Sukamaju Dr. "
        "Melinda Kartasasmita, MH .")
    assert found == {"Melinda Kartasasmita": "opening"}


def test_an_official_presenting_material_is_a_speaker() -> None:
    found = roles(_PROGRAMME + "Kepala Dinas Pendidikan Kota Lestari, Budi Hartono, memaparkan "
                  "strategi sekolah digital. Ketua Asosiasi Guru Digital Dedi Firmansyah "
                  "mengatakan guru perlu berlatih.")
    assert found["Budi Hartono"] == "speaker"
    assert found["Dedi Firmansyah"] == "other"


def test_the_event_brought_by_a_presenter_is_hosted() -> None:
    found = people("Webinar itu digelar Senin. Acara yang dibawakan oleh Rika Juwita ini "
                   "bertema Jelajah Budaya. Materi pertama dibawakan oleh Dr. Hendra Saputra, "
                   "dosen Universitas Jember. Pemandu acara adalah Dimas Arya.")
    assert {n: s.role for n, s in found.items()} == {
        "Rika Juwita": "host", "Hendra Saputra": "speaker", "Dimas Arya": "host"}


def test_a_sentence_announcing_a_list_then_one_person_per_line() -> None:
    found = people(
        "Webinar Literasi digelar Senin. Adapun narasumber dalam webinar ini antara lain:\n"
        "Dr. Rina Kartika – Dosen Universitas Jember\n"
        "Budi Santoso – Praktisi Keamanan Siber\n"
        "Acara berlangsung meriah dan diikuti ratusan peserta.")
    assert {n: s.role for n, s in found.items()} == {"Rina Kartika": "speaker",
                                                      "Budi Santoso": "speaker"}
    assert found["Budi Santoso"].position == "Praktisi Keamanan Siber"


def test_bulleted_lines_after_a_heading_with_a_colon() -> None:
    assert roles("Webinar digelar Senin. Moderator:\n• Rina Kartika (Dosen Universitas "
                 "Jember)\nNarasumber:\n• Budi Santoso (Praktisi)\n• Cici Paramitha "
                 "(Kreator)") == {"Rina Kartika": "moderator", "Budi Santoso": "speaker",
                                  "Cici Paramitha": "speaker"}


def test_english_openings_and_moderator_predicates() -> None:
    assert roles("The webinar was held on Monday. Dr. Sinta Dewi delivered the opening "
                 "remarks. Prof. Rudi Hartono gave a welcoming speech.") == {
        "Sinta Dewi": "opening", "Rudi Hartono": "opening"}
    assert roles("The webinar was held on Monday. Prof. Rudi Hartono, Dean of the Faculty of "
                 "Law, opened the event. Dr. Agus Salim acted as moderator.") == {
        "Rudi Hartono": "opening", "Agus Salim": "moderator"}


def test_reported_speech_with_the_setting_between_subject_and_verb() -> None:
    found = people(
        _PROGRAMME + "Kepala Dinas Sosial Kota Lestari, Budi Hartono, dalam webinar tersebut "
        "menjelaskan bahwa bantuan sudah disalurkan. Dalam paparannya, Dr. Yogi Pratama "
        "menyebut guru perlu berlatih. Sinta Dewi dalam paparannya menilai kelas daring "
        "butuh disiplin.")
    assert found["Budi Hartono"].role == "other"
    assert found["Budi Hartono"].position == "Kepala Dinas Sosial Kota Lestari"
    assert found["Yogi Pratama"].role == "speaker"
    assert found["Yogi Pratama"].position is None
    assert found["Sinta Dewi"].role == "speaker"


def test_interviewed_after_the_webinar_or_wishing_is_not_on_the_programme() -> None:
    found = roles(
        _PROGRAMME + "Dibincangi usai webinar, Suryani Ali selaku Koordinator Literasi "
        "Digital wilayah Lestari menyebutkan, webinar diikuti 300 peserta. Direktur "
        "Politeknik, Dr. Wahyu Hidayat, berharap kegiatan serupa digelar rutin.")
    assert found == {"Rina Kartika": "speaker"}


def test_organisers_reporting_on_the_event_itself_are_not_on_the_programme() -> None:
    found = roles(
        _PROGRAMME + "Ketua Asosiasi Guru Digital, Petrus Simbolon, mengatakan dalam kegiatan "
        "pelatihan kali ini bertujuan memberi edukasi. Kepala Balai Budaya Lestari, Ucu Wira, "
        "mengatakan, seminar akan dilaksanakan dua belas kali. Ketua Panitia Yuda Pratama "
        "menambahkan bahwa sertifikat dikirim pekan depan.")
    assert found == {"Rina Kartika": "speaker"}


# -- a role noun and its agent ---------------------------------------------------------------

def test_a_role_noun_gives_its_role_to_the_agent_right_after_it() -> None:
    text = "Webinar literasi digital digelar Senin. "
    assert roles(text + "Keynote speech disampaikan oleh Gubernur Lestari, Budi Hartono.") \
        == {"Budi Hartono": "keynote"}
    assert roles(text + "Sambutan pembuka disampaikan oleh Bupati Lestari, Budi Hartono.") \
        == {"Budi Hartono": "opening"}
    assert roles(text + "Sesi KOL dibawakan oleh Rina Kartika, seorang influencer.") == {
        "Rina Kartika": "kol"}
    assert roles(text + "Materi pertama disampaikan oleh Rina Kartika, seorang dosen.") == {
        "Rina Kartika": "speaker"}


def test_a_name_followed_by_its_clause_after_a_role_noun() -> None:
    assert roles("Webinar literasi digital digelar Senin. Acara dibuka dengan sambutan "
                 "Presiden Joko Widodo melalui video.") == {"Joko Widodo": "opening"}


def test_tersebut_after_the_role_noun_is_no_verb() -> None:
    assert roles("Webinar literasi digital digelar Senin. Para narasumber tersebut yakni "
                 "Rina Kartika (Dosen), Budi Hartono (Praktisi) dan Cici Paramitha "
                 "(Kreator).") == {"Rina Kartika": "speaker", "Budi Hartono": "speaker",
                                   "Cici Paramitha": "speaker"}


def test_english_include_and_a_presenting_verb_after_the_role_noun() -> None:
    found = people("The faculty held a webinar on Monday. Speakers in this webinar include Dr. "
                   "Rina Kartika, a lecturer at Jember University, and Budi Santoso, M.Sc., a "
                   "researcher at BRIN.")
    assert set(found) == {"Rina Kartika", "Budi Santoso"}
    found = people("Webinar digelar Senin. Sebagai narasumber, hadir Dr. Rina Kartika dan Budi "
                   "Santoso, M.Sc.")
    assert {n: s.position for n, s in found.items()} == {"Rina Kartika": None,
                                                          "Budi Santoso": None}
    found = people("The faculty held a webinar on Monday. The event invited Rina Kartika as a "
                   "speaker.")
    assert found["Rina Kartika"].role == "speaker"
    assert found["Rina Kartika"].position is None


def test_an_event_report_with_no_role_named_shows_people_through_reported_speech() -> None:
    found = people(
        "JAKARTA – Kementerian Sosial menggelar webinar bertajuk “Bangkit Bersama” secara "
        "daring, Selasa (12/5). Direktur Jenderal Pemberdayaan Sosial, Edi Santoso, "
        "mengatakan bantuan usaha akan diperluas. Peneliti Pusat Kajian Sosial Rina Kartika "
        "menambahkan bahwa pelaku usaha kecil perlu pendampingan.")
    assert {n: s.role for n, s in found.items()} == {"Edi Santoso": "other",
                                                      "Rina Kartika": "speaker"}


def test_name_first_officer_speaking_gives_remarks_presenting_is_a_speaker() -> None:
    found = roles(_PROGRAMME + "Budi Hartono, Bupati Lestari, menjelaskan pemerintah "
                  "mendukung guru. Mukti Ali, S.Kom yang merupakan Kepala SMKN 3 Lestari "
                  "memaparkan cara mengenali hoaks.")
    assert found["Budi Hartono"] == "other"
    assert found["Mukti Ali"] == "speaker"


def test_video_tapping_greeting_then_lalu() -> None:
    assert roles("Webinar literasi digital digelar Rabu. Acara diawali dengan lagu Indonesia "
                 "Raya kemudian pemutaran Video tapping Presiden Harjowinoto lalu dilanjutkan "
                 "dengan sambutan panitia.") == {"Harjowinoto": "opening"}


def test_a_role_noun_glued_to_its_lead_in_by_the_scrape() -> None:
    found = roles(
        "Acara dipimpin oleh Moderator, Safira Dewi S.Ds , dengan menghadirkan 4 "
        "narasumberyaitu Anjani Kirana, Budi Asngali, S.Kom, dan Selly Mayora.")
    assert found == {"Safira Dewi": "moderator", "Anjani Kirana": "speaker",
                     "Budi Asngali": "speaker", "Selly Mayora": "speaker"}


def test_saat_membuka_acara_after_the_name() -> None:
    assert roles("Webinar digelar Sabtu. Wakil Ketua LHKP Muhammadiyah Lestari, Dr. Syarif "
                 "Mahmud, saat membuka acara dengan mengatakan bahwa diskusi ini penting.") == {
        "Syarif Mahmud": "opening"}


def test_people_who_also_attended_are_not_on_the_programme() -> None:
    """ "Turut hadir" lists guests (like "dihadiri oleh"): only one who also spoke is kept."""
    event = extract_event(article_from_text(
        "Webinar menghadirkan narasumber Rina Lestari, dosen Universitas Maju. Turut hadir "
        "Kepala Bagian Umum, Drs. Bambang Sutejo, serta Kapolsek Sukamaju, AKP Hendra Wijaya. "
        "Ketua Panwas Sukamaju, Yusuf Lubis, dalam sambutannya berharap warga ikut mengawasi.",
        "https://uji.example/hadir"))
    assert event is not None
    assert {s.name: s.role for s in event.speakers} == {"Rina Lestari": "speaker",
                                                         "Yusuf Lubis": "opening"}


def test_english_presentations_chairing_and_an_infinitive_after_a_position() -> None:
    found = people(
        "The Nusa Policy Forum held a webinar on 12 October 2021. Ambassador Hana Wirasti "
        "delivered the opening remarks, followed by presentations from Dr. Bagus Rahardjo and "
        "Prof. Lena Hartati. The discussion was chaired by Sari Ramadhani. The forum also "
        "invited Dr. Yoga Pramudya, an economist from Universitas Nusa, to deliver a lecture.")
    assert {n: s.role for n, s in found.items()} == {
        "Hana Wirasti": "opening", "Bagus Rahardjo": "speaker", "Lena Hartati": "speaker",
        "Sari Ramadhani": "moderator", "Yoga Pramudya": "speaker"}
    assert found["Yoga Pramudya"].position == "an economist from Universitas Nusa"


def test_discussants_and_welcome_remarks() -> None:
    found = roles(
        "Webinar digelar Sabtu (9/10/2021). Hadir sebagai pembahas, Bima Saputra, dosen "
        "Universitas Nusa, dan penanggap Citra Anggraini. Welcome remarks were given by Dean "
        "Hendra Kusuma.")
    assert found == {"Bima Saputra": "speaker", "Citra Anggraini": "speaker",
                     "Hendra Kusuma": "opening"}


def test_a_backward_cue_reads_two_people_with_positions_joined_by_dan() -> None:
    found = people(
        "Webinar digelar Senin (4/10/2021). Galih Pranata, Pemimpin Redaksi Harian Nusa, dan "
        "Sari Ramadhani, analis data Universitas Nusa, menjadi pembicara dalam webinar itu.")
    assert {n: (s.role, s.position) for n, s in found.items()} == {
        "Galih Pranata": ("speaker", "Pemimpin Redaksi Harian Nusa"),
        "Sari Ramadhani": ("speaker", "analis data Universitas Nusa")}


def test_remarks_given_and_a_report_open_the_event() -> None:
    found = people(
        "Webinar digelar Senin (4/10/2021). Sambutan kemudian diberikan Ketua HIMA, Raka "
        "Ananta, yang berterima kasih kepada panitia. Kepala Dinas Kesehatan, dr. Wulan Sari, "
        "M.Kes, dalam laporannya menyebut angka stunting turun. Narasumber Bayu Saputra, "
        "kreator video, dan Laras Dewi, penulis, masing-masing membawakan materi.")
    assert {n: (s.role, s.position) for n, s in found.items()} == {
        "Raka Ananta": ("opening", "Ketua HIMA"),
        "Wulan Sari": ("opening", "Kepala Dinas Kesehatan"),
        "Bayu Saputra": ("speaker", "kreator video"), "Laras Dewi": ("speaker", "penulis")}


def test_a_stand_in_for_a_scheduled_speaker_is_a_speaker() -> None:
    found = people(
        "Webinar digelar Senin (4/10/2021). Kepala Balai Sungai, Ir. Harun Pratama, yang "
        "dijadwalkan menjadi narasumber berhalangan hadir dan diwakili oleh Kepala Seksi "
        "Perencanaan, Wayan Sudarta, S.T. Wayan memaparkan rencana kolam retensi.")
    assert {n: (s.role, s.position) for n, s in found.items()} == {
        "Wayan Sudarta": ("speaker", "Kepala Seksi Perencanaan")}


def test_an_officer_reported_right_after_a_count_of_speakers_is_one_of_them() -> None:
    found = roles(
        "Webinar digelar Senin (4/10/2021). Webinar menghadirkan dua narasumber. Ketua Forum "
        "Kerukunan Umat Beragama, Dr. Yusuf Harun, menilai rumah ibadah harus ramah anak. "
        "Sementara itu, Pendeta Maria Lumansik, S.Th., dari Persekutuan Gereja berbagi "
        "pengalaman jemaatnya.")
    assert found == {"Yusuf Harun": "speaker", "Maria Lumansik": "speaker"}


def test_english_speaking_at_the_event_and_moderated_the_session() -> None:
    found = roles(
        "The Faculty of Law held an international webinar on 5 June 2021. Speaking at the "
        "event were Prof. Dr. Galih Pranata, S.H., M.H. from Universitas Nusa and Assoc. "
        "Prof. Dr. Lee Chong Hui from Universiti Samudera. Professor Mark Tanner moderated "
        "the session. Laras Dewi memoderatori diskusi lanjutan.")
    assert found == {"Galih Pranata": "speaker", "Lee Chong Hui": "speaker",
                     "Mark Tanner": "moderator", "Laras Dewi": "moderator"}


def test_bertugas_and_didaulat_link_a_person_to_a_role() -> None:
    found = roles(
        "Webinar digelar Senin (4/10/2021). Sebagai narasumber, hadir Galih Pranata (dosen). "
        "Sementara, Laras Dewi bertugas sebagai moderator. Bima Saputra didaulat menjadi "
        "pembawa acara.")
    assert found == {"Galih Pranata": "speaker", "Laras Dewi": "moderator",
                     "Bima Saputra": "host"}


def test_opening_verbs_with_secara_resmi_kata_pengantar_and_turut() -> None:
    found = people(
        "Webinar digelar Senin (4/10/2021) dengan narasumber Galih Pranata. Bupati Sukamaju "
        "Arman Wijaya secara resmi membuka webinar tersebut. Kepala Dinas Kominfo, Bima "
        "Saputra, memberikan kata pengantar. Dekan Fakultas Hukum, Dr. Laras Dewi, turut "
        "memberikan sambutan sekaligus membuka acara.")
    assert {n: (s.role, s.position) for n, s in found.items()} == {
        "Galih Pranata": ("speaker", None),
        "Arman Wijaya": ("opening", "Bupati Sukamaju"),
        "Bima Saputra": ("opening", "Kepala Dinas Kominfo"),
        "Laras Dewi": ("opening", "Dekan Fakultas Hukum")}


# -- kinds of role mistakes an older extractor made on unseen writing (history) -----------

def test_an_official_in_the_speakers_list_who_also_welcomes_is_a_speaker() -> None:
    found = roles(
        "Webinar Literasi Keuangan\n\nWebinar ini digelar pada Selasa, 9 Maret 2021 secara "
        "daring. Hadir sebagai narasumber, yaitu Bambang Santosa, Wali Kota Tanjung Kelapa; "
        "Ratna Dewi, Sekretaris Daerah Tanjung Kelapa; serta Yusuf Hamdani, dosen ekonomi. "
        "Dalam sambutannya, Bambang Santosa berharap warga semakin cermat mengelola uang.")
    assert found == {"Bambang Santosa": "speaker", "Ratna Dewi": "speaker",
                     "Yusuf Hamdani": "speaker"}


def test_a_moderator_label_does_not_spread_to_the_speakers_list_after_it() -> None:
    found = roles(
        "Webinar Keamanan Siber Pelajar\n\nWebinar ini digelar pada Kamis, 3 Juni 2021. "
        "Acara dipimpin oleh Moderator, Kirana Larasati, dengan menghadirkan 3 narasumber "
        "yaitu Bagus Wiratama, Citra Anggraini, dan Dimas Prakoso.")
    assert found == {"Kirana Larasati": "moderator", "Bagus Wiratama": "speaker",
                     "Citra Anggraini": "speaker", "Dimas Prakoso": "speaker"}


def test_master_of_ceremony_after_dipandu_is_the_host() -> None:
    found = roles(
        "Webinar Jurnalistik Kampus\n\nHimpunan mahasiswa menggelar webinar pada Sabtu, 5 Juni "
        "2021. Dipandu oleh Aulia Rahmawati mahasiswa angkatan 2019 sebagai Master of "
        "Ceremony dan Fajar Nugroho mahasiswa angkatan 2018 sebagai moderator acara. Materi "
        "disampaikan oleh Gilang Saputra, jurnalis senior.")
    assert found == {"Aulia Rahmawati": "host", "Fajar Nugroho": "moderator",
                     "Gilang Saputra": "speaker"}


def test_an_official_remarking_without_a_programme_role_is_other() -> None:
    found = roles(
        "Diskusi Daring Pengawasan Pemilu\n\nBawaslu Kota Senja menggelar diskusi daring pada "
        "Senin, 7 Juni 2021 dengan narasumber Yohanes Bili selaku Anggota Bawaslu Kota Senja. "
        "Diskusi dimoderatori oleh Petrus Lado. Marta Ndun selaku Kordiv Hukum menyampaikan "
        "\"Peserta semakin kritis dan pertanyaannya makin tajam.\" Yohanes menyampaikan bahwa "
        "pengawasan pemilu adalah tugas bersama.")
    assert found == {"Yohanes Bili": "speaker", "Petrus Lado": "moderator",
                     "Marta Ndun": "other"}


def test_disusul_carries_on_a_sequence_of_remarks() -> None:
    """A passive "followed by" after an opening remark: its agents give remarks too."""
    found = people(
        "UJI – Himpunan Mahasiswa menggelar webinar pada Senin (6/3/2023). "
        "Acara dibuka dengan sambutan dari Hendra Gunawan selaku Rektor Universitas "
        "Lestari. Kemudian disusul Maya Anggraini selaku Dekan Fakultas Teknik, Fajar Nugraha "
        "selaku Ketua Himpunan Mahasiswa, dan Wulan selaku Kepala Biro Kemahasiswaan. Webinar "
        "menghadirkan narasumber Anton Wijaya, peneliti Pusat Kajian Digital.")
    assert {n: s.role for n, s in found.items()} == {
        "Hendra Gunawan": "opening", "Maya Anggraini": "opening", "Fajar Nugraha": "opening",
        "Wulan": "opening", "Anton Wijaya": "speaker"}
    assert found["Fajar Nugraha"].position == "Ketua Himpunan Mahasiswa"


def test_diikuti_oleh_carries_on_a_list_of_speakers() -> None:
    found = people(
        "UJI – Dinas Kominfo menggelar webinar pada Senin (6/3/2023). "
        "Pemateri pertama ialah Rudi Hartanto selaku Dosen Universitas Lestari. "
        "Selanjutnya diikuti oleh Nina Kusuma selaku Ketua Relawan TIK dan Bayu Saputro "
        "selaku Kepala Seksi Aplikasi Dinas Kominfo.")
    assert {n: s.role for n, s in found.items()} == {
        "Rudi Hartanto": "speaker", "Nina Kusuma": "speaker", "Bayu Saputro": "speaker"}
