"""Officials' remarks placed at the session, and openings read through a passive that points
back to the statement: "Hal itu ditegaskan A, jabatan, dalam webinar ...", "Demikian
disampaikan A, jabatan, saat membuka webinar", "A, jabatan, dalam talkshow tersebut
menyampaikan ...".

All sentences are invented for these tests (fictional people, outlets and places).
"""

from __future__ import annotations

from index.extract.event import extract_event
from index.extract.reported_speech import reported_speakers, said_elsewhere
from index.model import Speaker
from index.pipeline.records import article_from_text


def people(text: str) -> dict[str, Speaker]:
    event = extract_event(article_from_text(text, "https://uji.example/berita"))
    assert event is not None
    return {s.name: s for s in event.speakers}


def test_a_statement_placed_in_a_talkshow_is_a_remark_at_the_session() -> None:
    found = people(
        "Rumah Sakit Umum Daerah Sekar Wangi menggelar talkshow daring tentang layanan jantung, "
        "Kamis (3/3/2022).\n\n"
        "Talkshow dipandu oleh dr. Andika Saputra sebagai moderator.\n\n"
        "Direktur Utama RSUD Sekar Wangi dr. Hendra Kurniawan dalam talkshow tersebut "
        "menyampaikan layanan jantung terpadu menjadi prioritas rumah sakit tahun ini.")
    assert found["Hendra Kurniawan"].role == "other"
    assert found["Hendra Kurniawan"].position == "Direktur Utama RSUD Sekar Wangi"


def test_hal_itu_ditegaskan_reads_its_agent_without_oleh() -> None:
    found = people(
        "Webinar IKAMI: Literasi Keuangan Dimulai dari Rumah\n\n"
        "Rotterdam, Kabarbelanda.com – Literasi keuangan keluarga harus dimulai sejak dini.\n\n"
        "Hal itu ditegaskan Marlina Oktaviani, Ketua Bidang Pendidikan IKAMI (Ikatan "
        "Keluarga Indonesia di Belanda), dalam webinar daring bertema “Uang dan Keluarga”.")
    assert found["Marlina Oktaviani"].role == "other"


def test_pernyataan_itu_places_the_report_before_it_at_the_session() -> None:
    found = people(
        "Koperasi Diharap Jadi Tulang Punggung Desa\n\n"
        "WARTAKITA - Ketua Umum Dewan Koperasi Nusantara, Bambang Haryadi menyebut bahwa "
        "koperasi desa sudah tumbuh pesat sejak 15 tahun lalu.\n\n"
        "Pernyataan itu disampaikan dalam webinar bertajuk \"Koperasi dan Desa Mandiri\", "
        "Sabtu (6/3).")
    assert found["Bambang Haryadi"].role == "other"


def test_demikian_disampaikan_a_saat_membuka_is_the_opening() -> None:
    found = people(
        "Webinar Siaga Banjir digelar Relawan Tanggap Nusantara bersama BPBD, Sabtu (4/2).\n\n"
        "Demikian disampaikan H Suparman Adi, Ketua Umum Relawan Tanggap Nusantara saat "
        "membuka Webinar tentang Kesiapsiagaan Banjir.\n\n"
        "Narasumber webinar adalah Kepala Pelaksana BPBD Kota Sukamaju, Rina Wulandari.")
    assert found["Suparman Adi"].role == "opening"


def test_a_counted_span_of_time_is_what_was_said_not_when() -> None:
    assert not said_elsewhere("Ekspor kopi tumbuh sejak 20 tahun lalu.")
    assert said_elsewhere("Ia menyampaikan hal itu pekan lalu.")


def test_hal_itu_disampaikan_oleh_is_read_once() -> None:
    found = reported_speakers(
        "Hal itu disampaikan oleh Ketua Forum Guru, Dedi Santoso dalam webinar ini.", 0)
    assert [r.person.name for r in found] == ["Dedi Santoso"]


def opening_roles(text: str) -> list[tuple[str, str | None]]:
    from index.extract.people_6_frames import sentence_mentions
    from index.extract.sentences import split_sentences
    return [(m.name, m.role) for s in split_sentences(text) for m in sentence_mentions(s)]


def test_gave_his_speech_is_the_opening() -> None:
    assert opening_roles(
        "The Director of the Graduate School, Dr. Paulo Mendes gave his speech "
        "before the panel.") == [("Paulo Mendes", "opening")]


def test_also_between_the_person_and_the_opening_verb() -> None:
    assert opening_roles(
        "The Chairwoman of the Regional Board, Ratna Dewanti also gave her speech.") == [
        ("Ratna Dewanti", "opening")]


def test_officials_thanks_between_the_event_and_its_speakers_are_remarks() -> None:
    found = people(
        "Sanggar Wicara Gelar Webinar Seni Tari\n\n"
        "SUKAMAJU - Sanggar Wicara menyelenggarakan webinar seni tari tradisional, Minggu "
        "(9/4/2023).\n\n"
        "Kegiatan berlangsung sejak pukul 09.00 hingga 12.00 WIB.\n\n"
        "Bupati Lembah Hijau, Marlina Hapsari, juga menyampaikan apresiasinya kepada para "
        "penari muda.\n\n"
        "Wakil Ketua Sanggar Wicara, Tomi Gunarso menuturkan bahwa tema webinar ini penting "
        "bagi generasi muda.\n\n"
        "Narasumber pertama adalah Dr. Ayu Lestari, dosen Institut Seni Sukamaju.")
    assert found["Marlina Hapsari"].role == "other"
    assert found["Tomi Gunarso"].role == "other"
    assert found["Ayu Lestari"].role == "speaker"


def test_an_officials_claim_before_the_speakers_is_background() -> None:
    found = people(
        "Sanggar Wicara Gelar Webinar Seni Tari\n\n"
        "SUKAMAJU - Sanggar Wicara menyelenggarakan webinar seni tari tradisional, Minggu "
        "(9/4/2023).\n\n"
        "Kegiatan berlangsung sejak pukul 09.00 hingga 12.00 WIB.\n\n"
        "Kepala Dinas Kebudayaan Lembah Hijau, Marlina Hapsari, mengatakan jumlah penari muda "
        "turun setiap tahun.\n\n"
        "Narasumber pertama adalah Dr. Ayu Lestari, dosen Institut Seni Sukamaju.")
    assert "Marlina Hapsari" not in found


def test_the_previous_election_is_no_statement_made_earlier() -> None:
    assert not said_elsewhere(
        "Ketua Bawaslu Kota Lembah, Andri Wibowo, menyampaikan data pemilihan sebelumnya "
        "serta hasil tahun-tahun sebelumnya.")
    assert said_elsewhere("Sebelumnya, Ketua Bawaslu Kota Lembah, Andri Wibowo, mengatakan "
                          "data pemilih sudah diperbarui.")


def test_headline_lines_do_not_hide_the_sentence_that_the_event_was_held() -> None:
    found = people(
        "Kabar Kampus\n\n"
        "Bawaslu Kota Lembah Gelar Webinar Pengawasan Partisipatif\n\n"
        "Bawaslu Kota Lembah Gelar Webinar Pengawasan Partisipatif\n\n"
        "Lembah, 4 Mei 2024 — Badan Pengawas Pemilu (Bawaslu) Kota Lembah menyelenggarakan "
        "Webinar Pengawasan Partisipatif dengan tema “Awasi Bersama”.\n\n"
        "Ketua Bawaslu Kota Lembah, Andri Wibowo, mengatakan kegiatan ini menjadi bekal bagi "
        "pengawas muda.")
    assert found["Andri Wibowo"].role == "other"


def test_membuka_langsung_is_the_active_of_dibuka_langsung_oleh() -> None:
    found = people(
        "Komunitas Guru Lembah Gelar Webinar Kolaborasi\n\n"
        "Komunitas Guru Lembah menggelar webinar kolaborasi antarsekolah, Senin (6/5/2024).\n\n"
        "Kepala Balai Pendidikan Lembah Hijau, Rudi Santoso, M.Pd., yang membuka langsung "
        "webinar tentang kerja sama antarguru.\n\n"
        "Narasumber webinar adalah Dr. Ayu Lestari, dosen Institut Sukamaju.")
    assert found["Rudi Santoso"].role == "opening"
