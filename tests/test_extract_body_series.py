"""A body named by a series of its fields ("Kementerian Pendidikan, Kebudayaan, Riset, dan
Teknologi") is one name inside a position, not a list of items (invented text)."""

from __future__ import annotations

from extract_people import HELD, people

from index.extract.body_series import body_series_spans


def test_series_in_position_before_name_in_semicolon_list() -> None:
    """The position before the first name holds the whole series: the stretch before the
    name is a position, so the listed person is found."""
    found = people(HELD + "Diskusi daring kali ini menghadirkan lima narasumber. "
                   "Di antaranya, Analis Muda Pusat Kurikulum Kementerian Pendidikan, "
                   "Kebudayaan, Riset, dan "
                   "Teknologi (Kemendikbudristek) Larasati Dewi Anggraini; Guru Penggerak "
                   "Kabupaten Sukamaju, Bima Prakoso.")
    assert found["Larasati Dewi Anggraini"].position == (
        "Analis Muda Pusat Kurikulum Kementerian Pendidikan, Kebudayaan, Riset, dan "
        "Teknologi (Kemendikbudristek)")


def test_series_after_selaku_is_not_cut_into_the_next_item() -> None:
    """"A selaku Dirjen Kementerian Desa, Pembangunan Daerah Tertinggal dan Transmigrasi
    ..., Prof.Dr B selaku ...": the fields stay in A's position and none go to B."""
    found = people(HELD + "Seminar menghadirkan narasumber Bambang Sutejo,MA,Ph.D selaku "
                   "Direktur Jenderal Kementerian Desa, Pembangunan Daerah Tertinggal dan "
                   "Transmigrasi Republik Indonesia, Prof.Dr Anita R Rahma MSi selaku Dekan "
                   "Fakultas Hukum Universitas Sukamaju, Bupati Uji Ir Yoga Pratama.")
    assert found["Bambang Sutejo"].position.endswith(
        "Kementerian Desa, Pembangunan Daerah Tertinggal dan Transmigrasi Republik Indonesia")
    assert found["Anita R Rahma"].position == "Dekan Fakultas Hukum Universitas Sukamaju"


def test_coordinating_ministry_with_bidang() -> None:
    text = "Deputi Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan, Rudi Hartawan"
    spans = body_series_spans(text)
    assert [text[a:b] for a, b in spans] == [
        "Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan"]


def test_series_of_parties_or_people_is_no_body() -> None:
    """Places, acronyms, other bodies and names are not fields (guard)."""
    for text in ("peserta dari Bagian Barat, Maluku Utara dan Kupang",
                 "melibatkan Kementerian PUPR, Universitas Sukamaju, Pemkab Uji dan Warga",
                 "dari Dinas Kominfo, Dr. Rina Wulandari dan Bima Prakoso",
                 "Kepala Bidang Humas, Sutrisno Wibowo, dan Handoko Saputro"):
        assert body_series_spans(text) == (), text


def test_two_fields_joined_by_dan_stay_one_unit_before_a_body_acronym() -> None:
    """"Deputi Bidang Ketahanan Energi dan Hilirisasi Kemenko X": the word after "dan" is
    followed by the acronym of a body, so it ends the unit's name; nobody is read there."""
    found = people(HELD + "Sambutan kemudian disampaikan oleh Wira Santosa, S.E., M.M., Deputi "
                   "Bidang Ketahanan Energi dan Hilirisasi Kemenko Maritim secara daring dari "
                   "ruang rapat.")
    assert found["Wira Santosa"].position == (
        "Deputi Bidang Ketahanan Energi dan Hilirisasi Kemenko Maritim")
    assert set(found) == {"Wira Santosa"}


def test_two_fields_joined_by_dan_when_the_second_is_no_name_word() -> None:
    """"Ketua Prodi Tata Kelola dan Perencanaan Wilayah": a pe(r)-...-an field after "dan"."""
    text = "Kepala Seksi Tata Kelola dan Perencanaan Wilayah Dinas PU Sukamaju, Rina"
    assert [text[a:b] for a, b in body_series_spans(text)] == [
        "Seksi Tata Kelola dan Perencanaan"]


def test_a_given_name_after_dan_is_not_a_field() -> None:
    """A dictionary root that is also a given name ("Indah", "Lestari") may open a second
    person's name, and a field followed by a predicate of its own is no part of a body."""
    for text in ("Kepala Bidang Humas dan Indah Lestari selaku moderator",
                 "Kepala Bidang Humas dan Putri Ayu",
                 "Kepala Dinas Pariwisata dan Kebudayaan Sari menyampaikan materi"):
        assert body_series_spans(text) == (), text


def test_pair_of_fields_then_a_sentence_opening_with_dr() -> None:
    """The unit's two fields stay in the position, and the next sentence's "dr. Wulan" is
    not read as a second person of the same list."""
    found = people(HELD + "Acara diawali sambutan dari dr. Wulan Kartika, M.Kes selaku Ketua "
                   "Prodi Gizi dan Kesehatan Masyarakat FK Unsuka. dr. Wulan berharap peserta "
                   "aktif bertanya.")
    assert found["Wulan Kartika"].position == (
        "Ketua Prodi Gizi dan Kesehatan Masyarakat FK Unsuka")


def test_a_field_written_as_one_compound_word() -> None:
    """"Sumberdaya" (two roots written solid) is a field of the series like "Keuangan"."""
    text = ("Dekan yang diwakili Wakil Dekan Bidang Keuangan, Sumberdaya, dan Aset, Dr. Reni "
            "Wulandari, membuka acara.")
    assert [text[a:b] for a, b in body_series_spans(text)] == [
        "Bidang Keuangan, Sumberdaya, dan Aset"]
