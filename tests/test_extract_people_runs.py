"""Name spans (index/extract/people_1_runs.py): where a name starts and ends.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

import pytest

from index.extract.event import extract_event
from index.extract.people_1_runs import tokenize
from index.extract.people_3_phrase import parse_person
from index.pipeline.records import article_from_text


@pytest.mark.parametrize(("phrase", "name", "position"), [
    # internal initials written as one token
    ("Tengku M.S. Rahman selaku Dosen Ilmu Sejarah", "Tengku M.S. Rahman",
     "Dosen Ilmu Sejarah"),
    # an honorific or an initial glued to the name by a full stop
    ("Dr.Rudi Hartono, merupakan Dekan Fakultas Hukum Unmaju", "Rudi Hartono",
     "Dekan Fakultas Hukum Unmaju"),
    ("H.Arman Sofyan, S.Ag.,M.I.Kom (Kepala Desa Sukamaju)", "Arman Sofyan",
     "Kepala Desa Sukamaju"),
    ("Ketua Kadin Lamsel Wardana H.Sapari", "Wardana H. Sapari", "Ketua Kadin Lamsel"),
    # forms of address, ranks and orders that are not part of the name
    ("Pater Yohanes Bria SVD, Dosen Filsafat", "Yohanes Bria", "Dosen Filsafat"),
    ("Al-Ustadz Mufti Salim, Lc., M.A. (Dosen Syariah)", "Mufti Salim", "Dosen Syariah"),
    ("Datuk Haji Zainal bin Jamil (Yayasan Sejahtera)", "Zainal bin Jamil",
     "Yayasan Sejahtera"),
    ("Brigjen Pol Dr. Ani Lestari, Kepala Biro Humas", "Ani Lestari", "Kepala Biro Humas"),
    ("Bung RUDI HARTONO", "RUDI HARTONO", None),
    ("Kak Gilang Permana", "Gilang Permana", None),
    # a father's title after "bin" is part of the name
    ("Dr. Hasan bin Haji Omar (Rektor Universiti Maju)", "Hasan bin Haji Omar",
     "Rektor Universiti Maju"),
    # a hyphenated "Al-" surname whose letter repeats an earlier capital
    ("KH. Salim Al-Siddiq, M.Si (Wakil Sekretaris MUI)", "Salim Al-Siddiq",
     "Wakil Sekretaris MUI"),
    # degrees unknown before, an order suffix, and a spaced degree
    ("Lestari W.K., MKM. selaku Kepala Puskesmas Cempaka", "Lestari",
     "Kepala Puskesmas Cempaka"),
    # Malaysian forms of address and titles, with the apostrophe written apart
    ("Encik Hafiz Mohd Razali, a fisheries officer", "Hafiz Mohd Razali",
     "a fisheries officer"),
    ("Puan Aisyah Rahim, senior lecturer at Universiti Maju", "Aisyah Rahim",
     "senior lecturer at Universiti Maju"),
    ("Tuan Razak Hamdan selaku Ketua Persatuan Penulis Johor", "Razak Hamdan",
     "Ketua Persatuan Penulis Johor"),
    ("Cikgu Farid Osman, a Malay language teacher", "Farid Osman",
     "a Malay language teacher"),
    ("taruni Melati Kusuma selaku pembawa acara", "Melati Kusuma", None),
    ("Assoc. Prof. Ts. Dr. Zaiton binti Latif, Director of the Institute",
     "Zaiton binti Latif", "Director of the Institute"),
    ("Prof. Dato' Dr. Rahim bin Osman (Vice-Chancellor)", "Rahim bin Osman",
     "Vice-Chancellor"),
    # a religious teacher's wife, a captain, a pharmacist, a diocesan priest's suffix
    ("Nyai Hj. Siti Maryam, pengasuh Pondok Pesantren Nurul Huda", "Siti Maryam",
     "pengasuh Pondok Pesantren Nurul Huda"),
    ("Capt. Yusuf Latif, Wali Kota Sukamaju", "Yusuf Latif", "Wali Kota Sukamaju"),
    ("apt. Dewi Lestari, M.Farm., kepala instalasi farmasi", "Dewi Lestari",
     "kepala instalasi farmasi"),
    ("Romo Petrus Wijaya, Pr, Ketua Komisi Kepemudaan", "Petrus Wijaya",
     "Ketua Komisi Kepemudaan"),
])
def test_name_shapes(phrase: str, name: str, position: str | None) -> None:
    person = parse_person(phrase)
    assert person is not None
    assert person.name == name
    assert person.position == position


def test_glued_honorific_is_two_tokens_but_degrees_stay_whole() -> None:
    assert [t.text for t in tokenize("Dr.Rudi")] == ["Dr.", "Rudi"]
    assert [t.text for t in tokenize("M.Rizki")] == ["M.", "Rizki"]
    for degree in ("M.Kom", "S.Farm", "M.Biomed", "M.ScRes", "S.Sos"):
        assert [t.text for t in tokenize(degree)] == [degree]


def test_a_handle_alone_stands_for_a_person() -> None:
    event = extract_event(article_from_text(
        "Webinar ini dipandu oleh moderator @rinakusuma dan menghadirkan narasumber Budi "
        "Hartono @budihartono, dosen Universitas Maju.", "https://uji.example/berita"))
    assert event is not None
    found = {s.name: s for s in event.speakers}
    assert found["@rinakusuma"].role == "moderator"
    assert found["Budi Hartono"].position == "dosen Universitas Maju"


def test_a_handle_mention_takes_the_name_written_elsewhere() -> None:
    event = extract_event(article_from_text(
        "Webinar ini menghadirkan Key Opinion Leader @dara_senja yang merupakan presenter "
        "televisi. Selanjutnya key opinion leader yaitu Dara@dara_senja – Presenter TV Maju "
        "menjelaskan cara membuat konten.", "https://uji.example/berita"))
    assert event is not None
    assert [s.name for s in event.speakers] == ["Dara"]


@pytest.mark.parametrize(("phrase", "name", "position"), [
    ("Putra Jaya Nusantara, Dosen Universitas Maju", "Putra Jaya Nusantara",
     "Dosen Universitas Maju"),
    ("Dr. Bayu Timur (Peneliti Pusat Riset Maju)", "Bayu Timur", "Peneliti Pusat Riset Maju"),
])
def test_region_word_closing_a_name(phrase: str, name: str, position: str) -> None:
    person = parse_person(phrase)
    assert person is not None and person.name == name and person.position == position


@pytest.mark.parametrize(("phrase", "name", "position"), [
    ("Kepala Seksi Persandian Diskominfo Kota Sukamaju Agus Prasetyo, S.T.", "Agus Prasetyo",
     "Kepala Seksi Persandian Diskominfo Kota Sukamaju"),
    ("Bupati Sukamaju H. Ahmad Fauzi, S.H., M.H. menyampaikan", "Ahmad Fauzi",
     "Bupati Sukamaju"),
    ("serta Direktur PT Sinar Abadi Teknologi, Rudi Salim.", "Rudi Salim",
     "Direktur PT Sinar Abadi Teknologi"),
    ("Menteri Johnny Gerard Pratama", "Johnny Gerard Pratama", "Menteri"),
    ("Kasubdit Pengendalian Konten Ditjen Aptika Kementerian Kominfo, Anton Wibisono.",
     "Anton Wibisono", "Kasubdit Pengendalian Konten Ditjen Aptika Kementerian Kominfo"),
    ("Pemateri pertama, Ns. Wulan Sari, S.Kep., M.Kep., menyampaikan", "Wulan Sari", None),
    # four capitalised words after a job word: the body, then a name of two words
    ("Direktur Cahaya Aksara Arman Wijaya", "Arman Wijaya",
     "Direktur Cahaya Aksara"),
    ("Pendiri Rumah Baca Pelita Sinta Larasati, S.Pd.", "Sinta Larasati",
     "Pendiri Rumah Baca Pelita"),
    # a degree glued to the name by its full stop
    ("bupati Sukamaju Dr. Laras Dewi Anggraini.MH", "Laras Dewi Anggraini", "bupati Sukamaju"),
    # a corps after a rank is part of the title, not of the name
    ("Brigjen TNI Sudarto selaku Kepala Pusat Logistik", "Sudarto", "Kepala Pusat Logistik"),
    ("Kabid Humas Kombes Pol Aditya Nugraha", "Aditya Nugraha", "Kabid Humas"),
    # a place after a numbered school is the school's
    ("Kepala SMA Negeri 2 Bukittinggi Yusuf Hamdani", "Yusuf Hamdani",
     "Kepala SMA Negeri 2 Bukittinggi"),
])
def test_names_after_words_that_take_a_name(phrase: str, name: str,
                                            position: str | None) -> None:
    person = parse_person(phrase)
    assert person is not None and person.name == name and person.position == position


def test_handles_in_parentheses_or_between_commas_belong_to_the_name() -> None:
    event = extract_event(article_from_text(
        "Webinar ini menghadirkan narasumber Rina Kusuma (@rinakusuma), Content Creator, dan "
        "Budi Santoso (@budisan), Dosen Unmaju. Key Opinion Leader Sari Dewanti, @sari.dew, "
        "seorang selebgram, juga hadir.", "https://uji.example/berita"))
    assert event is not None
    found = {s.name: s for s in event.speakers}
    assert set(found) == {"Rina Kusuma", "Budi Santoso", "Sari Dewanti"}
    assert found["Rina Kusuma"].position == "Content Creator"
    assert found["Budi Santoso"].position == "Dosen Unmaju"


def test_one_word_after_a_job_head_is_the_body_not_a_person() -> None:
    assert parse_person("Dosen Unmaju") is None
    assert parse_person("Kasat Binmas") is None
    person = parse_person("Content Strategist Dewi")
    assert person is not None and person.name == "Dewi"


def test_a_word_after_a_number_is_the_place_of_an_office() -> None:
    assert parse_person("Kepala Madrasah Aliyah Negeri 2 Sukamaju") is None


def test_a_trailing_initial_is_part_of_the_name() -> None:
    person = parse_person("Arif Wira P (Instruktur Edukasi Maju)")
    assert person is not None and person.name == "Arif Wira P"
    assert person.position == "Instruktur Edukasi Maju"


@pytest.mark.parametrize(("phrase", "name"), [
    # the initial already has its full stop, so the comma after it separates the degrees
    # (a comma-typed degree "M,Pd" has the comma instead of the full stop)
    ("Dr Wulan Sari K.,Sp.OG.,M.Kes (Dokter di RSUD Sukamaju)", "Wulan Sari K."),
    ("Bapak Yoga Pratama H., S.T. selaku Kepala Seksi Logistik", "Yoga Pratama H."),
    # a word in lower case after the initial: it cannot go on the name or a spaced degree
    ("Made Ayu Lestari W. selaku Koordinator Lapangan", "Made Ayu Lestari W."),
    ("Rendi Saputra M. yang merupakan Ketua Komunitas", "Rendi Saputra M."),
])
def test_a_last_initial_with_its_full_stop_ends_the_name(phrase: str, name: str) -> None:
    person = parse_person(phrase)
    assert person is not None
    assert person.name == name


def test_a_comma_typed_degree_still_reads_as_a_degree() -> None:
    person = parse_person("Rina Hartati M,Pd. selaku Kepala Sekolah")
    assert person is not None
    assert person.name == "Rina Hartati"


def test_capitalised_words_inside_a_title_are_not_a_person() -> None:
    assert parse_person("Koorbid Pengawasan Isi Siaran KPID Kalbar") is None
    assert parse_person("1) Peran Sanggar Seni Dalam Mengasah Bakat Anak;") is None


@pytest.mark.parametrize(("phrase", "name", "position"), [
    ("Associate Professor Maya Putri (Universitas Maju)", "Maya Putri", "Universitas Maju"),
    ("Dr. Siti Aminah binti Yusof, Pensyarah Kanan Universiti Maju", "Siti Aminah binti Yusof",
     "Pensyarah Kanan Universiti Maju"),
    ("Ir. Joko Santoso, M.T., IPM, Ketua Persatuan Insinyur Wilayah Maju", "Joko Santoso",
     "Ketua Persatuan Insinyur Wilayah Maju"),
])
def test_academic_and_professional_titles(phrase: str, name: str, position: str) -> None:
    person = parse_person(phrase)
    assert person is not None and person.name == name and person.position == position


def test_a_degree_alone_is_not_a_person() -> None:
    assert parse_person("Pemateri: CPHR.") is None


def test_a_greater_area_after_a_place_is_not_a_person() -> None:
    """ "Keuskupan Ambon Raya": "Raya" extends the place; it is neither a name nor does it
    make the body a person."""
    event = extract_event(article_from_text(
        "Narasumber webinar ini yakni Romo Petrus Wijaya, Ketua Komisi Kepemudaan Keuskupan "
        "Ambon Raya, dan Maria Lestari, dosen Universitas Maju.", "https://uji.example/b"))
    assert event is not None
    found = {s.name: s.position for s in event.speakers}
    assert found == {"Petrus Wijaya": "Ketua Komisi Kepemudaan Keuskupan Ambon Raya",
                     "Maria Lestari": "dosen Universitas Maju"}


def test_a_hyphenated_office_is_not_a_name() -> None:
    event = extract_event(article_from_text(
        "The webinar was officiated by the Deputy Vice-Chancellor (Academic), Prof. Dato' Dr. "
        "Rahim bin Osman, who spoke about research.", "https://uji.example/c"))
    assert event is not None
    assert [(s.name, s.role, s.position) for s in event.speakers] == [
        ("Rahim bin Osman", "opening", "Deputy Vice-Chancellor (Academic)")]


def test_tuan_rumah_is_the_host_not_a_name() -> None:
    """"Tuan" is a form of address, so "Tuan Rumah" (the host) must not leave "Rumah"."""
    event = extract_event(article_from_text(
        "Universitas Sukamaju menjadi Tuan Rumah webinar nasional pada Sabtu (3/4/2021). "
        "Webinar menghadirkan narasumber Tuan Razak Hamdan selaku Ketua Persatuan Penulis "
        "Johor dan Dr. Lina Marlina, dosen Universitas Sukamaju.",
        "https://uji.example/berita/tuan"))
    assert event is not None
    names = [s.name for s in event.speakers]
    assert "Razak Hamdan" in names
    assert not any("Rumah" in n for n in names)


def test_a_cadet_host_addressed_by_rank_is_read() -> None:
    event = extract_event(article_from_text(
        "Webinar Hari Cuaca digelar secara daring pada Senin (23/3/2022). Acara ini dipandu "
        "oleh taruni Melati selaku pembawa acara dan dibuka oleh Ketua Sekolah Tinggi Cuaca, "
        "Bapak Dr. Budi Santoso, S.Si., M.T.", "https://uji.example/berita/cuaca"))
    assert event is not None
    found = {s.name: s.role for s in event.speakers}
    assert found.get("Melati") == "host"
