"""Full stops inside a noun phrase and item numbers after a closing bracket end no sentence
(``index.extract.inner_stops``, ``sentences._bracket_item``): a rank's qualifier in brackets
("Kolonel (Purn.) X"), a short abbreviation before a listed place unit ("Prov. Kep. X"
typed "Provv."), a full stop between the units of an institution inside a bracket opened
after a name, and "(X) 2. B" in a list written inline. Real sentences stay apart.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import HELD, people

from index.extract.sentences import split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_a_bracketed_qualifier_of_a_rank_goes_on_with_the_name() -> None:
    assert texts("Ketua Dewan Uji, Marsekal Muda TNI (Purn.) Bagas Wiratmaja membuka "
                 "diskusi. Acara usai siang.") == [
        "Ketua Dewan Uji, Marsekal Muda TNI (Purn.) Bagas Wiratmaja membuka diskusi.",
        "Acara usai siang."]


def test_a_sentence_in_brackets_still_ends() -> None:
    assert texts("Hujan turun sore itu (lihat foto). Warga pulang.") == [
        "Hujan turun sore itu (lihat foto).", "Warga pulang."]


def test_a_short_abbreviation_before_a_listed_place_unit() -> None:
    assert texts("Hadir Kabid Humas Provv. Kep. Lintang dan Kepala Dinas Uji. Acara usai.") \
        == ["Hadir Kabid Humas Provv. Kep. Lintang dan Kepala Dinas Uji.", "Acara usai."]
    # a word that closes a sentence in a vowel is no abbreviation
    assert texts("Peserta datang dari Jawa. Kab. Lintang mengirim dua guru.") == [
        "Peserta datang dari Jawa.", "Kab. Lintang mengirim dua guru."]


def test_a_full_stop_inside_a_position_in_brackets() -> None:
    text = ("Pemateri kedua, Dr. Wening Sasmita (Kepala Balai Riset Pangan, Badan Riset Uji. "
            "Kementerian Urusan Uji dan Prof. Tanaya Gumilar, M.Sc., Guru Besar Universitas "
            "Lintang. Keduanya membahas pangan lokal.")
    assert len(texts(text)) == 2
    assert texts("Rapat dipimpin Rina (Ketua Panitia. Kantor Uji). Acara usai.") == [
        "Rapat dipimpin Rina (Ketua Panitia. Kantor Uji).", "Acara usai."]


def test_a_date_left_open_in_brackets_keeps_its_sentence_end() -> None:
    assert texts("Pelatihan berjalan dua hari (3-4 Mei 2022 sudah rampung. Peserta senang.") \
        == ["Pelatihan berjalan dua hari (3-4 Mei 2022 sudah rampung.", "Peserta senang."]


def test_item_numbers_after_a_closing_bracket_separate_the_items() -> None:
    assert texts("Pemateri yaitu Drs. Gilang Permana (Hakim PA Lintang) 2. Sutarno, S.H. "
                 "(Hakim PA Uji) 3. Rosalia Ningrum (Mediator PA Sukamaju). Acara usai.") == [
        "Pemateri yaitu Drs. Gilang Permana (Hakim PA Lintang); Sutarno, S.H. (Hakim PA Uji); "
        "Rosalia Ningrum (Mediator PA Sukamaju).", "Acara usai."]
    # a bracket then a lone number opens no list
    assert texts("Data tersedia (tabel) 2. Angka itu naik.") == [
        "Data tersedia (tabel) 2.", "Angka itu naik."]


def test_an_inline_list_after_closing_brackets_gives_every_speaker() -> None:
    # no degrees before the numbers: only the item split keeps the list going past the first
    found = people(HELD + "Webinar menghadirkan Gilang Permana (Hakim PA Lintang/Mediator) 2. "
                   "Sutarno (Hakim PA Uji/Mediator) 3. Rosalia Ningrum (Mediator PA Sukamaju).")
    assert {n: s.position for n, s in found.items()} == {
        "Gilang Permana": "Hakim PA Lintang/Mediator", "Sutarno": "Hakim PA Uji/Mediator",
        "Rosalia Ningrum": "Mediator PA Sukamaju"}


def test_a_speaker_after_a_position_with_a_full_stop_in_brackets() -> None:
    found = people(HELD + "Narasumber pertama, Dr. Wening Sasmita (Kepala Balai Riset Pangan, "
                   "Badan Riset Uji. Kementerian Urusan Uji dan Prof. Tanaya Gumilar, M.Sc., "
                   "Guru Besar Universitas Lintang. Keduanya membahas pangan lokal.")
    assert "Tanaya Gumilar" in found
    assert found["Tanaya Gumilar"].position == "Guru Besar Universitas Lintang"


def test_a_name_alone_with_its_degrees_goes_on_into_its_job() -> None:
    """A name and its degrees are no sentence: the capitalised job after the last degree's
    full stop is that person's position, written without a comma."""
    assert texts("Ibu Wening Sasmita Putri, S.H., LL.M. Akademisi Universitas Lintang "
                 "memaparkan materi. Acara usai.") == [
        "Ibu Wening Sasmita Putri, S.H., LL.M. Akademisi Universitas Lintang memaparkan "
        "materi.", "Acara usai."]
    found = people(HELD + "Gilang Permana, S.Si., M.Sc. The Head of the Uji Study Program "
                   "and resource person at this webinar said that two efforts were made.")
    assert found["Gilang Permana"].position == "The Head of the Uji Study Program"
    found = people(HELD + "Drs. Tanaya Gumilar, M.Si. Kepala Balai Riset Pangan Lintang "
                   "memaparkan materi “Pangan Lokal di Desa”.")
    assert found["Tanaya Gumilar"].position == "Kepala Balai Riset Pangan Lintang"


def test_a_degree_after_a_clause_still_ends_the_sentence() -> None:
    # a verb or a preposition before the name: a job of no named body may open a sentence
    # of its own (a job naming its body in capitals after a name's comma is read on as the
    # name's, inner_stops.job_after_degrees)
    assert len(texts("Acara dibuka oleh Rudi Hartawan, S.H. Kepala sekolah lalu menutup "
                     "acara.")) == 2
    # and a degree before a word that is no job head ends it too
    assert len(texts("Narasumber: Rudi Hartawan, S.H. Peserta lalu bertanya.")) == 2
