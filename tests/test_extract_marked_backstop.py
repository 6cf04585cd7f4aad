"""A person written with degrees or an academic title in a sentence about the event, whom no
frame reader found, took part in it (index/extract/marked_backstop.py); attending, being
stood in for, organising and buildings named after someone are no part.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from index.extract.event import extract_event
from index.pipeline.records import article_from_text


def _speakers(text: str) -> dict[str, str | None]:
    event = extract_event(article_from_text("Judul Berita\n\n" + text,
                                            "https://uji.example/berita"))
    assert event is not None
    return {s.name: s.role for s in event.speakers}


_HELD = ("Dinas Perikanan Kabupaten Lembah Hijau menggelar webinar budidaya ikan air tawar "
         "secara daring, Rabu (12/5).\n")


def test_numbered_items_run_on_in_one_sentence_are_speakers() -> None:
    found = _speakers(
        _HELD + "Webinar menghadirkan narasumber Kepala Dinas, Yohanes Bili.\n"
        "Di samping itu, pada kesempatan tersebut ditampilkan pula pemaparan praktik baik "
        "dari penyuluh berprestasi yaitu Drs. Wahyudin Latuconsina, M.Pd. (Penyuluh Kabupaten "
        "Batu Merah/Mentor Internal) 2. Drs. Rustamaji (Penyuluh Kota Kali Jernih/Mentor "
        "Internal) 3. Sumarni Tolego, S.P., M.Si. (Mentor Eksternal Kabupaten Tanjung Biru).")
    assert found.get("Wahyudin Latuconsina") == "speaker"
    assert found.get("Rustamaji") == "speaker"
    assert found.get("Sumarni Tolego") == "speaker"


def test_a_second_clause_of_a_narrative_sentence_is_a_speaker() -> None:
    found = _speakers(
        _HELD + "Narasumber pertama, Kepala Balai Benih Ikan Yohanes Bili, menjelaskan cara "
        "memilih induk.\nSementara itu, Dr. Wulan Pratiwi mengkritik sejumlah anggapan "
        "keliru soal pakan, dan Prof. Dr. Ir. Baharuddin Lasinrang memaparkan tren "
        "produksi ikan nasional.")
    assert found.get("Baharuddin Lasinrang") == "speaker"


def test_the_welcome_of_a_marked_official_is_the_opening() -> None:
    found = _speakers(
        _HELD + "Narasumber webinar ini adalah peneliti BRIN, Yohanes Bili.\n"
        "“Kami menyambut baik program ini,” tutur wakil Kepala Balai Benih, Dr Markus "
        "Tampubolon dengan bahasa daerah ketika sambutan pada kegiatan bertema “Ikan Sehat”.")
    assert found.get("Markus Tampubolon") == "opening"


def test_a_building_named_after_someone_is_no_part() -> None:
    found = _speakers(
        _HELD + "Narasumber webinar ini adalah peneliti BRIN, Yohanes Bili.\n"
        "Sesi tanya jawab berlangsung di Aula Prof. Dr. Sahrul Gunawan, M.Si.")
    assert "Sahrul Gunawan" not in found


def test_attending_guests_and_those_stood_in_for_are_no_part() -> None:
    found = _speakers(
        _HELD + "Narasumber webinar ini adalah peneliti BRIN, Yohanes Bili.\n"
        "Kegiatan dihadiri oleh Sekretaris Dinas, Dr. Lukas Tamaela, M.Kom; Ketua "
        "Koperasi Nelayan, Ir. Hasna Rumbiak, M.Si; serta Camat Batu Merah.\n"
        "Kepala Balai, Ir. Maria Ulfa Rengifurwarin, yang dijadwalkan menjadi narasumber "
        "berhalangan hadir dan diwakili oleh Kepala Seksi, Hendrik Sahetapy.")
    assert "Lukas Tamaela" not in found
    assert "Hasna Rumbiak" not in found
    assert "Maria Ulfa Rengifurwarin" not in found


def test_the_organisers_on_their_own_event_are_no_part() -> None:
    found = _speakers(
        _HELD + "Narasumber webinar ini adalah peneliti BRIN, Yohanes Bili.\n"
        "Ketua Himpunan Mahasiswa Perikanan, Dr. Yuliana Mamahit, mengatakan webinar "
        "tersebut diselenggarakan oleh mahasiswa angkatan 2019.")
    assert "Yuliana Mamahit" not in found


def test_a_shared_first_name_is_no_reason_to_skip_a_second_person() -> None:
    found = _speakers(
        _HELD + "Narasumber webinar ini adalah Kepala Balai Benih, Muhammad Rizal.\n"
        "Deputy Dean of the Faculty of Fisheries Prof. Dr. Muhammad Nur Hidayat Lubis, M.Si "
        "in her remarks welcomed the joint webinar.")
    assert found.get("Muhammad Nur Hidayat Lubis") == "opening"


def test_a_misspelt_second_mention_is_the_same_person() -> None:
    event = extract_event(article_from_text(
        "Judul Berita\n\n" + _HELD + "Pembicara pada webinar ini adalah Ir Rudi Hartono dan "
        "Dr Wulan Pratiwi.\nPresentasi lengkap Ir Rudi Hartana dapat diakses pada tautan "
        "berikut.", "https://uji.example/berita"))
    assert event is not None
    positions = {s.name: s.position for s in event.speakers}
    assert positions.get("Rudi Hartono", "") is None  # no new person, no job from the link
