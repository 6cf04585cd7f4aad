"""A programme person's job written in another sentence of the article (invented
sentences): in a list of guests no role cue reads, before the name where the person only
initiated something, after it where a later sentence tells what they presented; and what is
no job there (a programme role, a clause after a comma, the job of someone else)."""

from __future__ import annotations

import pytest

from index.extract.event import extract_event
from index.pipeline.records import article_from_text


def _positions(text: str) -> dict[str, str | None]:
    event = extract_event(article_from_text("Judul Berita\n\n" + text,
                                            "https://example.org/berita/uji"))
    assert event is not None
    return {s.name: s.position for s in event.speakers}


_HELD = "Komunitas Hijau Lestari menggelar webinar secara daring pada Sabtu (12/6/2021). "


@pytest.mark.parametrize(("text", "name", "expected"), [
    # the job in a list of guests that no role cue reads
    (_HELD + "Diskusi kali ini bekerja sama dengan sejumlah pakar yakni Rudi Hartawan "
     "selaku Direktur Yayasan Pesisir Biru, Lina Marlina selaku Ketua Forum Sungai Jernih "
     "serta Anton Wibisono selaku Kepala Balai Mangrove. Webinar dibuka oleh Bapak Rudi "
     "Hartawan dengan paparan singkat.",
     "Rudi Hartawan", "Direktur Yayasan Pesisir Biru"),
    # the job before the name, where the person only initiated the event
    (_HELD + "Kegiatan ini digagas oleh Kepala Bidang Konservasi Dinas Kehutanan Provinsi "
     "Lestari, Bambang Suryadi. “Kami ingin warga peduli,” ujar Bambang Suryadi saat "
     "membuka webinar.", "Bambang Suryadi",
     "Kepala Bidang Konservasi Dinas Kehutanan Provinsi Lestari"),
    # the body after "dari" in the later sentence that tells what the person presented
    (_HELD + "Webinar ini menghadirkan dua pembicara, yaitu Dr. Sinta Maharani dari "
     "Malaysia dan Dr. Yoga Pratama dari Jepang. Pada pukul 10.00, Dr. Sinta Maharani dari "
     "Pusat Kajian Mangrove Asia memberikan presentasi tentang rehabilitasi pantai.",
     "Sinta Maharani", "Pusat Kajian Mangrove Asia"),
])
def test_the_job_written_elsewhere(text: str, name: str, expected: str) -> None:
    assert _positions(text)[name] == expected


def test_a_programme_role_is_no_job_written_elsewhere() -> None:
    text = (_HELD + "Acara ini mendatangkan Dewi Anggraini sebagai narasumber andal. Dalam "
            "paparannya, Dewi Anggraini menjelaskan cara memilah sampah.")
    assert _positions(text)["Dewi Anggraini"] is None


def test_a_clause_after_the_comma_is_no_job() -> None:
    text = (_HELD + "Narasumber webinar ini adalah Hendra Kusuma. Menurut Hendra Kusuma, "
            "kebocoran data pribadi kerap terjadi karena kelalaian pengguna.")
    assert _positions(text)["Hendra Kusuma"] is None


def test_the_job_after_a_preposition_is_someone_elses() -> None:
    text = (_HELD + "Pembicara webinar ini adalah Dr. Sari Wulandari. Senada dengan Kepala "
            "Dinas Lingkungan Hidup, Dr. Sari Wulandari juga mengajak warga menanam pohon.")
    assert _positions(text)["Sari Wulandari"] is None


@pytest.mark.parametrize(("body", "name", "expected"), [
    # an adjective after the role noun, then the relative clause with the job
    ("Acara ini mengundang Fitri Handayani sebagai pemateri handal yang merupakan dosen "
     "Politeknik Tani Lestari.", "Fitri Handayani", "dosen Politeknik Tani Lestari"),
    # the event after the role noun, then "yang juga" and the job
    ("Webinar tersebut dipandu oleh Rahmat Hidayat sebagai moderator diskusi yang juga "
     "pengurus Paguyuban Petani Muda mengundang peserta bertanya.", "Rahmat Hidayat",
     "pengurus Paguyuban Petani Muda"),
])
def test_the_job_in_a_relative_clause_after_a_modified_role(body: str, name: str,
                                                              expected: str) -> None:
    assert _positions(_HELD + body)[name] == expected


def test_a_relative_clause_on_the_event_after_the_role_holds_no_job() -> None:
    body = ("Acara ini mengundang Fitri Handayani sebagai pembicara acara yang merupakan "
            "rangkaian Dies Natalis Politeknik Tani Lestari.")
    assert _positions(_HELD + body)["Fitri Handayani"] is None

@pytest.mark.parametrize(("body", "name", "expected"), [
    ("Diskusi ini dipandu oleh Kepala Laboratorium Tanah yaitu Ibu Sari Wulan, M.Si dan "
     "mengundang dua narasumber.", "Sari Wulan", "Kepala Laboratorium Tanah"),
    ("Acara diawali sambutan dan laporan oleh ketua pelaksana yaitu Nia Kurniasih.",
     "Nia Kurniasih", "ketua pelaksana"),
])
def test_the_job_of_an_agent_named_after_a_list_word(body: str, name: str,
                                                     expected: str) -> None:
    assert _positions(_HELD + body)[name] == expected


def test_a_role_before_the_list_word_is_no_job() -> None:
    body = "Acara dipandu oleh moderator yaitu Nia Kurniasih."
    assert _positions(_HELD + body)["Nia Kurniasih"] is None
