"""A town named as what a talk was about, in a guest's description, or a body's acronym in
the dateline is no venue (invented articles; index.extract.place_content)."""

from __future__ import annotations

from index.extract.dates import best_date, find_dates
from index.extract.place import event_location
from index.extract.place_content import described_guest, reported_content
from index.extract.sentences import split_sentences
from index.model import Speaker


def _place(text: str, speakers: list[Speaker] | None = None,
           organisers: list[str] | None = None) -> str | None:
    sentences = split_sentences(text)
    best = best_date(find_dates(sentences))
    return event_location(None, sentences, best.sentence if best else None,
                          organisers or [], speakers or []).location


def test_a_town_in_a_talks_reported_content_is_no_venue() -> None:
    # The only towns are what the speakers talked about, in indirect speech.
    text = ("Himpunan Pecinta Lebah menggelar webinar madu hutan secara daring pada Sabtu "
            "(9/10/2021). Narasumber pertama memaparkan materi tentang kesiapan masyarakat "
            "Sumba Timur menghadapi kemarau. Ia juga mengatakan bahwa sarang lebah di hutan "
            "Kabupaten Sigi perlu dijaga bersama.")
    assert _place(text) is None
    # A statement that the event was held there still places it.
    text = ("Himpunan Pecinta Lebah menggelar webinar madu hutan pada Sabtu (9/10/2021). "
            "Ketua panitia mengatakan bahwa webinar ini digelar di Kabupaten Sigi.")
    assert _place(text) == "Kabupaten Sigi"


def test_reported_content_frames() -> None:
    said = "Rina menyebutkan bahwa ia membina kelompok tani di Kabupaten Sigi."
    assert reported_content(said, said.index("Kabupaten"))
    theme = "Webinar tentang madu hutan Kabupaten Sigi diikuti warga."
    assert not reported_content(theme, theme.index("Kabupaten"))
    title = "Webinar bertema Tentang Lebah di Kabupaten Sigi."
    assert not reported_content(title, title.index("Kabupaten"))


def test_a_town_in_a_guests_description_is_no_venue() -> None:
    guests = [Speaker("Rudi Hartono", role="speaker"), Speaker("Wulan Sari", role="moderator")]
    text = ("Komunitas Pecinta Lebah menggelar webinar madu hutan secara daring pada Sabtu "
            "(9/10/2021). Panitia mengundang Rudi Hartono, S.Hut., M.Si., selaku Penyuluh "
            "Kehutanan Kabupaten Sigi untuk mengisi materi. Wulan Sari yang kerap menjadi "
            "pembawa acara pameran madu di Kota Palu memandu diskusi.")
    assert _place(text, guests) is None
    # The same job written for the one who opened the event keeps its town.
    openers = [Speaker("Rudi Hartono", role="opening")]
    assert _place(text, openers) is not None


def test_a_guest_description_ends_with_the_list() -> None:
    guests = ("Rudi Hartono",)
    text = ("Hadir Rudi Hartono MP, selaku moderator, Wakil Ketua Rina, dan para pengurus "
            "lebah Kabupaten Sigi.")
    assert not described_guest(text, text.index("Kabupaten"), guests)
    text = "Ia adalah dosen Universitas Lebah, wadah peternak yang ada di Kota Palu."
    assert described_guest(text, text.index("Kota"), guests, guest_before=True)
    assert not described_guest(text, text.index("Kota"), guests, guest_before=False)


def test_a_dateline_word_spelled_out_as_a_bodys_acronym_is_no_town() -> None:
    text = ("kabarlebah.example, Unleb - Program Studi Kehutanan Universitas Lebah Raya "
            "(Unleb) menggelar webinar madu hutan secara daring pada Rabu (23/3/2022). "
            "Webinar diikuti mahasiswa Unleb.")
    assert _place(text) != "Unleb"


def test_a_town_a_speaker_presented_is_no_venue() -> None:
    text = ("Asosiasi Guru Tari menggelar webinar tari daerah secara daring pada Sabtu "
            "(6/11/2021). Sebagai contoh, ia menyajikan kajian pada tari rakyat Lembah Hijau, "
            "Kota Bitung, yang diolah menjadi video.")
    assert _place(text) is None
    said = "Beliau menyampaikan, angka putus sekolah di Kabupaten Sigi masih tinggi."
    assert reported_content(said, said.index("Kabupaten"))
    # a verb of holding in between makes it the event's place again
    held = "Ia menyampaikan materi yang digelar di Kabupaten Sigi."
    assert not reported_content(held, held.index("Kabupaten"))
