"""Sentence splitting and the repair of glued scraped text."""

from __future__ import annotations

from index.extract.sentences import normalize_text, split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_glue_is_repaired() -> None:
    assert normalize_text("kepada Narasumber 1Wulan Sari") == "kepada Narasumber 1 Wulan Sari"
    assert normalize_text("Dimas Pratama@dimas_p – MC") == "Dimas Pratama @dimas_p – MC"
    assert normalize_text("Kirim ke humas@uji.example.id") == "Kirim ke humas@uji.example.id"
    assert normalize_text("Rina Putri,M.Sc") == "Rina Putri, M.Sc"
    assert normalize_text("digital.Dr. Hasan") == "digital. Dr. Hasan"
    assert normalize_text("M.Si.mengenai") == "M.Si. mengenai"


def test_titles_degrees_and_abbreviations_do_not_end_sentences() -> None:
    assert texts("Hadir Dr. H. Gandi, S.Sos., M.Si. mengenai tema. Plt. Kepala Dinas hadir.") == [
        "Hadir Dr. H. Gandi, S.Sos., M.Si. mengenai tema.", "Plt. Kepala Dinas hadir."]
    assert texts("Pembicara Rizki Santosa. S.Kom, M.Kom seorang dosen. Acara usai.") == [
        "Pembicara Rizki Santosa. S.Kom, M.Kom seorang dosen.", "Acara usai."]
    assert texts("Narasumber Agus Haryanto, S.S., MBA. Dalam paparannya ia bercerita.") == [
        "Narasumber Agus Haryanto, S.S., MBA.", "Dalam paparannya ia bercerita."]


def test_a_sentence_may_open_with_the_lowercase_physicians_title() -> None:
    """"dr." is written in lower case at the start of a sentence too; after a degree or
    another title it stays inside the name."""
    assert texts("Sambutan oleh Ketua Prodi FK Unsuka. dr. Wulan menyampaikan harapannya.") == [
        "Sambutan oleh Ketua Prodi FK Unsuka.", "dr. Wulan menyampaikan harapannya."]
    assert texts("Hadir Prof. dr. Wulan Sari, M.Kes. dr. Wulan lalu membuka acara.") == [
        "Hadir Prof. dr. Wulan Sari, M.Kes. dr. Wulan lalu membuka acara."]


def test_short_quotes_stay_whole() -> None:
    assert texts("Webinar bertema “Bubarkan?! Apa Solusinya” digelar hari ini.") == [
        "Webinar bertema “Bubarkan?! Apa Solusinya” digelar hari ini."]


def test_paragraph_lists_join_their_lead_in() -> None:
    text = ("Pembicara webinar ini terdiri atas:\n1. Ani Lestari – guru\n2. Budi Hartono – "
            "dosen\n\nAcara berlangsung lancar.")
    assert texts(text)[0] == ("Pembicara webinar ini terdiri atas: Ani Lestari – guru; "
                              "Budi Hartono – dosen.")


def test_hard_wrapped_lines_are_joined() -> None:
    text = ("Kelompok tani di Desa Uji bersama penyuluh lapangan Ir.\n"
            "Sutarman Wijoyo, M.P belajar memupuk padi lewat kelas daring\n"
            "yang dibuka setiap Sabtu pagi oleh balai pelatihan pertanian\n"
            "setempat untuk petani muda yang baru mulai menggarap sawah\n"
            "milik keluarga mereka.")
    assert len(texts(text)) == 1


def test_unmarked_dash_items_and_labelled_lines_are_not_wrapped_prose() -> None:
    text = ("Webinar Literasi Digital Sukamaju: Cerdas di Ruang Maya\n"
            "Sukamaju – Webinar literasi digital kembali digelar untuk warga desa di pesisir\n\n"
            "Narasumber:\n"
            "Galih Pranata Wijaya – Dosen Ilmu Komunikasi Universitas Sukamaju Raya\n"
            "Citra Anggraini Putri – Pendiri Komunitas Ibu Melek Digital Sukamaju\n"
            "Yoga Pramudya Santosa – Pembuat konten video komedi berbahasa daerah\n\n"
            "Moderator: Sari Ramadhani\n"
            "MC: Bima Saputra\n\n"
            "Galih Pranata Wijaya menjelaskan cara memeriksa kabar sebelum membagikannya.")
    found = texts(text)
    assert found[2] == ("Narasumber: Galih Pranata Wijaya – Dosen Ilmu Komunikasi Universitas "
                        "Sukamaju Raya; Citra Anggraini Putri – Pendiri Komunitas Ibu Melek "
                        "Digital Sukamaju; Yoga Pramudya Santosa – Pembuat konten video komedi "
                        "berbahasa daerah.")
    assert found[3:5] == ["Moderator: Sari Ramadhani", "MC: Bima Saputra"]


def test_a_rundown_with_clock_times_is_a_list_and_glued_titles_end_no_sentence() -> None:
    text = ("Rangkaian acara:\n08.30 – Pembukaan oleh MC, Laras Wulandari\n"
            "08.45 – Sambutan oleh Dekan Fakultas Uji, Dr.Ir. Hendra Kusuma, M.P.\n\n"
            "Acara berlangsung lancar.")
    assert texts(text)[0] == ("Rangkaian acara: Pembukaan oleh MC, Laras Wulandari; Sambutan "
                              "oleh Dekan Fakultas Uji, Dr.Ir. Hendra Kusuma, M.P.")


def test_a_degree_after_a_comma_ends_the_sentence_before_a_name() -> None:
    found = texts("Acara dipandu Wayan Sukadana, S.T. Wayan lalu memaparkan rencananya. "
                  "Narasumber lain Abdul Rahman, S.T. M. Kom (dosen) hadir.")
    assert found == ["Acara dipandu Wayan Sukadana, S.T.", "Wayan lalu memaparkan rencananya.",
                     "Narasumber lain Abdul Rahman, S.T. M. Kom (dosen) hadir."]


def test_people_one_per_line_with_commas_under_a_lead_in_are_a_list() -> None:
    text = ("Webinar Sehat Digital untuk Warga Pesisir Ujung Barat Digelar Lagi\n"
            "Ujung Barat – Webinar literasi digital kembali digelar untuk warga pesisir\n\n"
            "Pemateri yang tampil:\n"
            "Sekar Ayuningtyas, dosen Universitas Teluk Permai\n"
            "Bonifasius Lado, S.Kom, guru SMKN 3 Ujung Barat\n"
            "Wahyu Setiabudi (Relawan TIK Ujung Barat)\n\n"
            "Acara dipandu moderator Laras Kinanti.")
    found = texts(text)
    assert found[-2] == ("Pemateri yang tampil: Sekar Ayuningtyas, dosen Universitas Teluk "
                         "Permai; Bonifasius Lado, S.Kom, guru SMKN 3 Ujung Barat; Wahyu "
                         "Setiabudi (Relawan TIK Ujung Barat).")
    assert found[-1] == "Acara dipandu moderator Laras Kinanti."
