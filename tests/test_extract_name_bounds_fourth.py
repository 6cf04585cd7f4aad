"""Name bounds, fourth round: document-level evidence and whole classes.

- a body named again on its own elsewhere in the article shows that the words glued before a
  name end the body ("Ketua Forum Guru Melati Rina Lestari" ... "Forum Guru Melati,
  Kecamatan ...");
- a capitalised phrase spelled out before its bracketed acronym is a term, and a part of it is
  no person ("Badan Kerja Sama Antar Daerah (BKSAD)", "Balai Bahasa Sukamaju (BBS)");
- a short reference in a strong frame ("materi dari Pak Dodi") keeps the full name the article
  introduced ("Dr Dodi El Fikri");
- doctorates with their field glued before the name ("Prof. Dr.Eng.Sari", "Dr.rer.nat.X").

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from index.extract.acronym_evidence import acronym_fragment
from index.extract.body_evidence import body_words
from index.extract.event import extract_event
from index.extract.people_3_phrase import parse_person
from index.pipeline.records import article_from_text


def _speakers(text: str) -> dict[str, str | None]:
    event = extract_event(article_from_text(text, "https://uji.example/berita"))
    assert event is not None
    return {s.name: s.position for s in event.speakers}


def test_a_body_named_alone_elsewhere_ends_before_the_name() -> None:
    """"Gugus Melati" is written again followed by "Kecamatan": "Melati" ends the body."""
    speakers = _speakers(
        "Kelompok Kerja Guru Gugus Melati Kecamatan Sukamaju menggelar pelatihan daring pada "
        "Selasa, 4 Mei 2021. Kegiatan diawali sambutan dari Ketua KKG Gugus Melati Sumarni. "
        "Sumarni berharap para guru tetap semangat. Materi disampaikan oleh narasumber "
        "Bambang Wicaksono (Guru SDN 3 Sukamaju).")
    assert "Sumarni" in speakers
    assert speakers["Sumarni"] == "Ketua KKG Gugus Melati"
    assert "Melati Sumarni" not in speakers


def test_an_acronym_body_repeated_before_a_full_stop() -> None:
    """"Kepala BPP Sumbagsel Dodi Pratama" and later "dari BPP Sumbagsel.": the region belongs
    to the body, and the name keeps all three of its own words."""
    speakers = _speakers(
        "Webinar jurnalistik energi digelar secara daring pada Kamis, 2 Juni 2022. Webinar "
        "dibuka secara resmi oleh Kepala BPP Sumbagsel Dodi Rahmat Pratama. Narasumber "
        "webinar adalah Lestari Handayani, dosen Universitas Sukamaju, dan Rudy Hartanto dari "
        "BPP Sumbagsel.")
    assert "Dodi Rahmat Pratama" in speakers
    assert speakers["Dodi Rahmat Pratama"] == "Kepala BPP Sumbagsel"


def test_a_job_word_repeated_with_a_given_name_says_nothing() -> None:
    """After a job word a bare given name is a short reference ("Bupati Hendra menyebut"),
    and a body followed by a verb or another capitalised word proves nothing."""
    text = ("Bupati Sukamaju Hendra Wijaya membuka acara. Bupati Hendra berharap banyak. "
            "Kepala BPP Dodi Pratama hadir. Ketua DPRK Dodi Pratomo juga. BPP Dodi menjelaskan.")
    assert body_words("Hendra Wijaya", "Bupati", text) == 0
    assert body_words("Dodi Pratama", "Kepala BPP", text) == 0
    assert body_words("Dodi Pratama", "Ketua DPRK", "Ketua DPRK Dodi Pratomo hadir.") == 0


def test_a_fragment_of_a_spelled_out_acronym_is_no_person() -> None:
    """"materi Penyusunan Modul Pembelajaran Tatap Muka (PTM)" leaves "Tatap Muka" before a
    bracket, and "dukungan dari Balai Bahasa Kita (BBK)" leaves "Balai" before a body: both
    are parts of a term spelled out before its acronym."""
    speakers = _speakers(
        "Pelatihan guru digelar pada Rabu, 9 Maret 2022. Acara dibuka dengan materi Penyusunan "
        "Modul Pembelajaran Tatap Muka (PTM) yang disampaikan oleh narasumber Wulan Sari "
        "(Kepala SDN 1 Sukamaju). Wulan mengingatkan guru.")
    assert set(speakers) == {"Wulan Sari"}
    speakers = _speakers(
        "Webinar guru digelar pada Rabu, 9 Maret 2022 dan mendapat dukungan dari Balai Bahasa "
        "Kita (BBK) Provinsi Sukamaju, serta Dinas Pendidikan Kota Sukamaju. Narasumber webinar "
        "adalah Wulan Sari, guru SDN 1 Sukamaju.")
    assert set(speakers) == {"Wulan Sari"}


def test_a_persons_own_initials_in_brackets_keep_the_person() -> None:
    """Initials that cover the whole name ("(SWK)") are the person's, not a term's."""
    text = "Narasumber webinar adalah Sandra Wulan Kencana (SWK), pendiri Rumah Baca Pelangi."
    assert not acronym_fragment("Sandra Wulan Kencana", text)
    assert acronym_fragment("Antar Daerah", "Badan Kerja Sama Antar Daerah (BKSAD) hadir.")
    assert acronym_fragment("Balai", "dukungan dari Balai Guru Penggerak (BGP) Sukamaju.")
    assert not acronym_fragment("Rina Lestari", "Ketua BKSAD Rina Lestari (BKSAD) hadir.")


def test_a_short_reference_keeps_the_full_name() -> None:
    """"materi dari Pak Dodi dan Pak Wawan" is a strong frame with short names; the record
    keeps the names the article gave in full."""
    speakers = _speakers(
        "Webinar literasi energi digelar secara daring pada Jumat, 3 Juni 2022. Panitia "
        "menghadirkan Dr Dodi El Fikri (Dosen Universitas Sukamaju) dan Wawan Kurniadi Putra "
        "(Peneliti BRIN). \"Peserta yang hadir 120 orang untuk mendengarkan materi dari Pak "
        "Dodi dan Pak Wawan,\" kata Ketua Panitia Rina Lestari.")
    assert "Dodi El Fikri" in speakers
    assert "Dodi" not in speakers
    assert "Wawan Kurniadi Putra" in speakers


def test_a_doctorate_with_its_field_glued_before_the_name() -> None:
    """"Prof. Dr.Eng.Sari Wulandari": "Eng" is the doctorate's field, not a name or job."""
    person = parse_person("Prof. Dr.Eng.Sari Wulandari, Kepala Pusat Studi Pesisir Unsuka")
    assert person is not None
    assert person.name == "Sari Wulandari"
    assert person.position == "Kepala Pusat Studi Pesisir Unsuka"
    person = parse_person("Ketua Program Studi Fisika Dr.rer.nat.Bayu Saputra")
    assert person is not None
    assert person.name == "Bayu Saputra"
    assert person.position == "Ketua Program Studi Fisika"


def test_a_caption_line_then_a_paragraph_is_no_repeat_of_the_body() -> None:
    """A caption ends with the body ("..., Direktur Riset Kemenko Maritim") and the next
    paragraph opens with the given name ("Sinta pun menambahkan ..."): two lines, no phrase."""
    text = ("Sambutan oleh Sinta Maharani, Direktur Riset Kemenko Maritim secara daring.\n\n"
            "Sinta Maharani, Direktur Riset Kemenko Maritim\n\nSinta pun menambahkan bahwa riset "
            "itu penting.")
    assert body_words("Sinta Maharani", "Direktur Riset Kemenko Maritim", text) == 0
