"""Items lost inside lists that do have a cue: an item that describes its person at length
in lower case before the name, the last item of a "job, name" list joined by "dan" with a
one-word name, and a person whose parenthesis (affiliation or talk) stands before "dan"
and the next job and name.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import people

from index.extract.people_4_split import split_items
from index.extract.people_5_assembly import parse_list


def _speakers(text: str) -> dict[str, tuple[str, str | None]]:
    """Name -> (role, position), through the helper the speaker tests share."""
    return {name: (s.role, s.position) for name, s in people("Judul Berita\n\n" + text).items()}


def _names(text: str) -> list[str]:
    return [p.person.name for p in parse_list(text, True)]


def test_an_item_described_at_length_before_its_name() -> None:
    names = _names(
        " Kepala DKP Rudi Hartawan, Ketua KNTB Sari Anggraeni, dan nelayan muda Pulau "
        "Kelor yang pernah hadir di forum Pangan Asia (FPA) Bayu Samudra.")
    assert names == ["Rudi Hartawan", "Sari Anggraeni", "Bayu Samudra"]


def test_prose_with_a_verb_before_a_name_is_no_item() -> None:
    names = _names(
        " Kepala DKP Rudi Hartawan, Ketua KNTB Sari Anggraeni, lalu ditutup dengan "
        "menyanyikan lagu Tanah Airku.")
    assert names == ["Rudi Hartawan", "Sari Anggraeni"]


def test_a_described_item_in_a_programme() -> None:
    found = _speakers(
        "Dinas Perikanan Sukamaju menggelar webinar nelayan cerdas secara daring, Senin "
        "(4/4).\nWebinar menghadirkan narasumber Kepala DKP Rudi Hartawan, Ketua KNTB Sari "
        "Anggraeni, dan nelayan muda Pulau Kelor yang pernah hadir di forum Pangan Asia (FPA) "
        "Bayu Samudra.")
    assert found["Bayu Samudra"][0] == "speaker"
    assert found["Sari Anggraeni"] == ("speaker", "Ketua KNTB")


def test_a_one_word_name_after_dan_and_its_job() -> None:
    found = {p.person.name: p.person.position for p in parse_list(
        " Peneliti Senior Lembaga Kajian Pesisir (LKP) Maluku, Yohana Latuheru dan Direktur "
        "Pusat Studi Bahari Universitas Kepulauan, Hartati.", True)}
    assert found["Hartati"] == "Direktur Pusat Studi Bahari Universitas Kepulauan"
    assert "Yohana Latuheru" in found


def test_a_one_word_place_after_a_list_stays_no_person() -> None:
    names = _names(" Yohana Latuheru, Dosen Universitas Kepulauan, Ambon.")
    assert names == ["Yohana Latuheru"]


def test_a_parenthesis_after_a_name_ends_its_item_before_dan() -> None:
    text = (" Guru SMA Cendekia Raya, Dra. Melati Kusuma, M.Pd (Literasi Data) dan Dosen "
            "Politeknik Lembah Hijau Aryo Pranoto, S.Kom, M.T (Keamanan Jaringan).")
    items = [text[a:b].strip() for a, b in split_items(text)]
    assert items[-1].startswith("Dosen Politeknik Lembah Hijau Aryo Pranoto")
    assert "Aryo Pranoto" in _names(text)


def test_countries_after_dan_and_a_job_are_no_people() -> None:
    names = _names(
        " Dubes RI untuk Korea Utara Laksmi Prameswari dan Dubes RI untuk Jepang, "
        "Tonga, Samoa serta wakil tetap RI untuk WHO Gilang Permadi Sastro.")
    assert "Tonga" not in names


def test_a_name_right_after_a_lowercase_noun_is_no_sure_item() -> None:
    names = _names(
        " Kepala DKP Rudi Hartawan, Ketua KNTB Sari Anggraeni, dan cucu dari pendiri kampus "
        "sekaligus relawan dari komunitas Pelita Bayu Samudra.")
    assert names == ["Rudi Hartawan", "Sari Anggraeni"]


def test_an_item_headed_by_a_role_noun() -> None:
    names = _names(
        " Kepala DKP Rudi Hartawan, penyanyi Sari Anggraeni, presenter Bayu Samudra, dan "
        "sebagai ")
    assert names == ["Rudi Hartawan", "Sari Anggraeni", "Bayu Samudra"]


def test_a_bureau_head_after_a_comma_opens_an_item() -> None:
    names = _names(
        " Kapolres Lembah Hijau AKBP Dedi Kurniawan, Karo Ops Polda Lembah Kombes Pol. Hendra "
        "Wicaksono Putra, dan Dosen Universitas Tanjung Jaya Mira Lestari.")
    assert names == ["Dedi Kurniawan", "Hendra Wicaksono Putra", "Mira Lestari"]


def test_atau_inside_a_job_title() -> None:
    found = {p.person.name: p.person.position for p in parse_list(
        " Kepala DKP Rudi Hartawan, dan Pengasuh atau Pimpinan Pondok Pesantren Nurul Huda "
        "Kabupaten Lembah Ustaz Fikri Maulana.", True)}
    assert found["Fikri Maulana"] == (
        "Pengasuh atau Pimpinan Pondok Pesantren Nurul Huda Kabupaten Lembah")


def test_an_occasion_adjunct_before_a_list_of_speakers() -> None:
    found = _speakers(
        "Forum Pemuda Lembah menggelar webinar demokrasi digital, Sabtu (5/5).\n"
        "Pada diskusi kali ini Rahmat Saputra Wijaya (Lembaga Kajian Suara Desa) dan Nadia "
        "K. Puspasari (Jaringan Pemantau Anggaran) hadir sebagai pembicara.")
    assert found["Rahmat Saputra Wijaya"] == ("speaker", "Lembaga Kajian Suara Desa")
    assert found["Nadia K. Puspasari"][0] == "speaker"
