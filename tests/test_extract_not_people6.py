"""Words that open a sentence but name no one: a function word with the clitic "-nya"
("Menurutnya, ...") and the dateline of the report ("TANJUNG UJI - ...").

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from index.extract.event import extract_event
from index.lexicon import not_name_words
from index.pipeline.records import article_from_text


def _names(text: str) -> list[str]:
    event = extract_event(article_from_text("Judul Berita\n\n" + text,
                                            "https://uji.example/berita"))
    assert event is not None
    return [s.name for s in event.speakers]


def test_a_function_word_with_its_clitic_is_no_name() -> None:
    names = _names(
        "Webinar kepemimpinan digelar Dinas Pendidikan Sukamaju, Senin (3/5). Narasumber "
        "Dr. Rina Hartati menyampaikan materi bertema “Kepemimpinan Sekolah”. Menurutnya, "
        "pengawas sekolah yang tegas harus: - Punya rencana, - Mampu menjelaskan arah sekolah.")
    assert names == ["Rina Hartati"]


def test_the_clitic_forms_cover_the_class() -> None:
    words = not_name_words()
    for word in ("menurutnya", "baginya", "sebelumnya", "kepadanya", "olehnya"):
        assert word in words


def test_a_dateline_opening_a_list_like_sentence_is_no_person() -> None:
    names = _names(
        "KUALA SUKAMAJU - Puluhan peserta dari kalangan penyuluh pertanian turut serta "
        "dalam kegiatan Lokakarya Nasional Pangan Lokal di Aula Kantor Dinas Tani Sukamaju, "
        "Jalan Merdeka Raya Kuala Sukamaju, Selasa (5/7/2022).\nLokakarya ini menghadirkan "
        "nara sumber Prof Dr Hendra Wijaya MPd direktur pascasarjana Universitas Maju.")
    assert names == ["Hendra Wijaya"]
