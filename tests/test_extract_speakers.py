"""Who was on the programme: one test per way coverage introduces people, and the negatives.

All sentences are invented for these tests (fictional people and outlets).
"""

from __future__ import annotations

from index.extract.event import extract_event
from index.model import Event, Speaker
from index.pipeline.records import article_from_text


def event_of(text: str, published: str | None = None) -> Event:
    article = article_from_text(text, "https://uji.example/berita")
    article.published = published
    event = extract_event(article)
    assert event is not None
    return event


def people(text: str) -> dict[str, Speaker]:
    return {s.name: s for s in event_of(text).speakers}


def test_list_after_narasumber_yakni_with_semicolons() -> None:
    found = people(
        "Webinar ini menghadirkan para narasumber yang kompeten di bidangnya, yakni Dewi "
        "Anggraini, S.Kom, M.Kom, Dosen Informatika Universitas Tanjungpura; Rahmat Hidayat, "
        "Pegiat Literasi Digital; dan Yosua Manurung, S.H., Advokat dan Pengurus Peradi.")
    assert set(found) == {"Dewi Anggraini", "Rahmat Hidayat", "Yosua Manurung"}
    assert found["Dewi Anggraini"].position == "Dosen Informatika Universitas Tanjungpura"
    assert found["Dewi Anggraini"].name_as_written == "Dewi Anggraini, S.Kom, M.Kom"
    assert found["Yosua Manurung"].position == "Advokat dan Pengurus Peradi"
    assert all(s.role == "speaker" for s in found.values())


def test_list_with_positions_first_and_commas() -> None:
    found = people(
        "Diskusi daring itu menghadirkan empat narasumber, yaitu Kepala Dinas Kominfo Kota "
        "Ambon Yohanis Latuheru, peneliti senior LIPI Sri Wahyuni, jurnalis Tempo Arief "
        "Setiawan, dan Ketua Mafindo Maluku Hana Sopacua.")
    assert set(found) == {"Yohanis Latuheru", "Sri Wahyuni", "Arief Setiawan", "Hana Sopacua"}
    assert found["Yohanis Latuheru"].position == "Kepala Dinas Kominfo Kota Ambon"
    assert found["Arief Setiawan"].position == "jurnalis Tempo"


def test_selaku_apposition_and_moderator() -> None:
    found = people(
        "Webinar bertajuk “Aman Bertransaksi Daring” dipandu oleh Sinta Maharani selaku "
        "moderator dan menghadirkan Bambang Irawan selaku Kepala Seksi Aplikasi Diskominfo "
        "Kabupaten Bantul.")
    assert found["Sinta Maharani"].role == "moderator"
    assert found["Bambang Irawan"].role == "speaker"
    assert found["Bambang Irawan"].position == "Kepala Seksi Aplikasi Diskominfo Kabupaten Bantul"


def test_dash_position_then_talk_title() -> None:
    found = people(
        "Dalam webinar literasi digital itu hadir tiga pemateri. Selanjutnya Ir. Darmawan "
        "Saputra, M.T. – Kepala Bidang Infrastruktur TIK, dengan tema “Jaringan Desa Terhubung” "
        "menjelaskan rencana pembangunan menara.")
    darmawan = found["Darmawan Saputra"]
    assert darmawan.position == "Kepala Bidang Infrastruktur TIK"
    assert darmawan.talk_title == "Jaringan Desa Terhubung"
    assert darmawan.role == "speaker"


def test_ordinal_pembicara_and_back_reference() -> None:
    found = people(
        "Webinar menghadirkan narasumber yakni Lukas Hendrawan, S.E., konsultan pajak; dan "
        "Maya Kartika, penulis. Tampil sebagai pembicara kedua Maya Kartika menjelaskan cara "
        "menulis cerita anak. Pemateri pertama adalah Lukas yang membawakan materi berjudul "
        "“Pajak untuk Kreator Konten”.")
    assert set(found) == {"Lukas Hendrawan", "Maya Kartika"}
    assert found["Lukas Hendrawan"].talk_title == "Pajak untuk Kreator Konten"


def test_key_opinion_leader_forms() -> None:
    found = people(
        "Webinar Kota Madiun itu juga menghadirkan narasumber yakni Hari Purnomo, S.Pd, guru "
        "TIK. Penggiat media sosial Citra Ayuningtyas didapuk sebagai Key Opinion Leader "
        "(KOL) untuk sesi penutup. Satu lagi Key Opinion Leader: Dimas Pratama @dimaspratama "
        "– YouTuber dan Podcaster.")
    assert found["Citra Ayuningtyas"].role == "kol"
    assert found["Citra Ayuningtyas"].position == "Penggiat media sosial"
    assert found["Dimas Pratama"].role == "kol"
    assert found["Dimas Pratama"].name_as_written == "Dimas Pratama @dimaspratama"
    assert found["Dimas Pratama"].position == "YouTuber dan Podcaster"


def test_kol_in_parentheses_overrides_list_role() -> None:
    found = people(
        "Diskusi dipimpin oleh moderator Laras Widuri dan menampilkan 3 narasumber yaitu "
        "Galih Pranowo, Susi Handayani dan Bima Adiputra (KOL).")
    assert found["Laras Widuri"].role == "moderator"
    assert found["Bima Adiputra"].role == "kol"
    assert found["Galih Pranowo"].role == "speaker"


def test_keynote_speech_and_keynote_speaker() -> None:
    found = people(
        "Webinar dibuka dengan keynote speech yaitu Teguh Santosa – Direktur Pemberdayaan "
        "Informatika. Gubernur Jambi, Dr. H. Alamsyah Putra, sebagai keynote speaker menyampaikan "
        "dukungan bagi literasi digital.")
    assert found["Teguh Santosa"].role == "keynote"
    assert found["Teguh Santosa"].position == "Direktur Pemberdayaan Informatika"
    assert found["Alamsyah Putra"].role == "keynote"
    assert found["Alamsyah Putra"].position == "Gubernur Jambi"


def test_sambutan_and_representative() -> None:
    found = people(
        "Seminar daring itu diawali sambutan dari Bupati Kulon Progo, Hendra Gunawan, yang "
        "mengajak warga bijak bermedia sosial. Sekretaris Daerah yang diwakili oleh Asisten I, "
        "Drs. Paulus Wibowo, membuka acara secara resmi.")
    assert found["Hendra Gunawan"].role == "opening"
    assert found["Hendra Gunawan"].position == "Bupati Kulon Progo"
    assert found["Paulus Wibowo"].position == "Asisten I"
    assert found["Paulus Wibowo"].role in {"opening", "other"}


def test_english_speakers_included_x_y_of_z() -> None:
    found = people(
        "The webinar was opened by the Dean of the Faculty, Dr. Rosa Lindqvist. Speakers "
        "included Prof. Hamid Karim of Universiti Sains Malaysia, Dr. Jane Okafor, a nutrition "
        "researcher at the University of Ghana, and Mr. Taro Ishikawa from Kobe City College. "
        "The session was moderated by Nadia Rahim, a lecturer in public health.")
    assert found["Rosa Lindqvist"].role == "opening"
    assert found["Hamid Karim"].position == "Universiti Sains Malaysia"
    assert found["Jane Okafor"].position == "a nutrition researcher at the University of Ghana"
    assert found["Taro Ishikawa"].position == "Kobe City College"
    assert found["Nadia Rahim"].role == "moderator"


def test_pronoun_list_after_announced_speakers() -> None:
    found = people(
        "Seminar kesehatan itu menghadirkan dua narasumber. Mereka adalah dr. Yuni Astuti, "
        "Sp.OG, dokter RSUD Kota Kediri; dan Bagas Wicaksono, ahli gizi.")
    assert set(found) == {"Yuni Astuti", "Bagas Wicaksono"}
    assert found["Yuni Astuti"].position == "dokter RSUD Kota Kediri"


def test_quoted_official_is_not_a_speaker() -> None:
    found = people(
        "Webinar bertajuk “Cerdas Memilih Informasi” menghadirkan narasumber Kurniawan Adi, "
        "S.Sos, Dosen Komunikasi. Menteri Arman Wiranata sebelumnya mengatakan kecakapan "
        "digital warga perlu ditingkatkan, katanya dalam keterangan tertulis.")
    assert set(found) == {"Kurniawan Adi"}


def test_question_asker_is_not_a_speaker() -> None:
    found = people(
        "Webinar menghadirkan narasumber yakni Nanda Prasetyo, S.Kom, praktisi keamanan siber. "
        "Di akhir acara ada pertanyaan dari Rudi Hartono kepada Narasumber 1 Nanda Prasetyo "
        "mengenai cara mengamankan akun?")
    assert set(found) == {"Nanda Prasetyo"}


def test_talk_title_cut_off_keeps_the_visible_fragment() -> None:
    found = people(
        "Webinar menghadirkan narasumber yakni Lilis Suryani, guru SMAN 3, dan Benny Tarigan. "
        "Sesi dilanjutkan oleh Lilis Suryani yang membawakan tema “Etika Berkomentar di Ruang "
        "Dig")
    assert found["Lilis Suryani"].talk_title == "Etika Berkomentar di Ruang Dig"


def test_names_in_a_quoted_title_are_not_people() -> None:
    found = people(
        "Webinar bertajuk “Belajar dari Kartini dan Dewi Sartika” menghadirkan narasumber "
        "Prof. Nurul Hidayah, sejarawan Universitas Negeri Semarang.")
    assert set(found) == {"Nurul Hidayah"}


def test_article_without_an_event_has_no_event() -> None:
    article = article_from_text(
        "Harga beras di Pasar Anyar naik. Kepala Dinas Perdagangan, Rusli Hamdani, mengatakan "
        "stok masih aman hingga akhir bulan.", "https://uji.example/beras")
    assert extract_event(article) is None


def test_position_ends_where_a_new_clause_starts() -> None:
    found = people(
        "Webinar bertajuk “Sehat Digital” digelar Kamis. Hadir Budi Santoso, S.Kom selaku Dosen "
        "Universitas Uji, dan acara dipandu oleh Rina Melati. Narasumber terakhir adalah Dr. "
        "Sari Wulan, seorang dosen, relawan, dan peneliti yang menekuni kesehatan jiwa.")
    assert found["Budi Santoso"].position == "Dosen Universitas Uji"
    # "acara dipandu oleh": the event itself is what she ran, so she is its host
    assert found["Rina Melati"].role == "host"
    assert found["Sari Wulan"].position == "dosen, relawan, dan peneliti"


def test_names_with_initials_capitals_and_a_handle_after_dan_are_all_listed() -> None:
    found = people(
        "Webinar digelar Sabtu (9/10/2021) dengan narasumber Galih A. Pranata, M. Sofyan R., "
        "LARAS WULANDARI, dan @tegar.wiguna. Moderator webinar adalah Kurnia Jaya.")
    assert {n: s.role for n, s in found.items()} == {
        "Galih A. Pranata": "speaker", "M. Sofyan R.": "speaker", "LARAS WULANDARI": "speaker",
        "@tegar.wiguna": "speaker", "Kurnia Jaya": "moderator"}
    assert found["Galih A. Pranata"].position is None


def test_an_english_report_of_a_held_discussion_shows_its_speakers() -> None:
    found = people(
        "The Nusa Policy Forum hosted an online discussion titled \"Data for Villages\" on "
        "Tuesday, 15 November 2022. Director Raymond Tanoto opened the webinar. \"What is not "
        "counted is not managed,\" said Dr. Priya Maheswari, a senior fellow at the Ocean "
        "Institute in Makassar, who presented findings from a regional study. Bagus Rahardjo, "
        "a data scientist at the startup Jala Data, demonstrated a phone app.")
    assert {n: s.role for n, s in found.items()} == {
        "Raymond Tanoto": "opening", "Priya Maheswari": "speaker", "Bagus Rahardjo": "speaker"}
    assert found["Priya Maheswari"].position == (
        "a senior fellow at the Ocean Institute in Makassar")
    assert found["Bagus Rahardjo"].position == "a data scientist at the startup Jala Data"


def test_number_words_are_no_names_and_more_list_intros() -> None:
    assert people("Webinar digelar Senin (4/10/2021). Tiga narasumber dihadirkan dalam webinar "
                  "ini.") == {}
    found = people(
        "Webinar digelar Senin (4/10/2021). Diskusi ini menghadirkan sejumlah pembicara "
        "termasuk Galih Pranata (dosen Unmaju) dan Laras Dewi (jurnalis).")
    assert {n: s.position for n, s in found.items()} == {
        "Galih Pranata": "dosen Unmaju", "Laras Dewi": "jurnalis"}
    found = people(
        "The discussion featured several speakers, among them Dr. Galih Pranata of Nusa "
        "University and Laras Dewi, a journalist.")
    assert {n: s.position for n, s in found.items()} == {
        "Galih Pranata": "Nusa University", "Laras Dewi": "a journalist"}


def test_reported_speech_right_after_the_lead_is_the_session_but_later_context_is_not() -> None:
    found = people(
        "TELUK UJI – Himpunan Nelayan Muda Teluk Uji menggelar webinar bertema “Laut Bersih, "
        "Tangkapan Lestari” pada Sabtu (4/3/2023).\n\n"
        "Ketua Himpunan Nelayan Muda Kendari Bagas Prasetyo menyampaikan, jumlah nelayan "
        "muda di pesisir itu terus berkurang.\n\n"
        "Jumlah kapal di pelabuhan Teluk Uji naik tiga kali lipat dalam satu dekade.\n\n"
        "Kepala Balai Perikanan Nasional Rudi Santosa mengatakan stok ikan di perairan itu "
        "masih aman.\n\n"
        "Narasumber webinar, dosen kelautan Universitas Teluk Uji, Dr. Sinta Maharani, "
        "memaparkan cara memilah sampah plastik di atas kapal.")
    assert set(found) == {"Bagas Prasetyo", "Sinta Maharani"}
    assert found["Bagas Prasetyo"].position == "Ketua Himpunan Nelayan Muda Kendari"
