"""Name bounds, third round: classes of titles rather than single words.

- a title glued to the name without a space, in lower case ("dr.Sinta"), chained
  ("Dr.H.Ramli") or a name abbreviation ("Muh.Arif");
- forms of address of the regional languages, of mass organisations and of clergy of every
  religion, which the conventions drop like Bapak/Ibu ("Kang", "Sahabat", "Bhante", "Ma'am");
- a monk's seniority title written after the name ("... Thera").

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

import pytest

from index.extract.event import extract_event
from index.extract.people_3_phrase import parse_person
from index.pipeline.records import article_from_text


@pytest.mark.parametrize(("phrase", "name", "position"), [
    # a title glued to the name by its full stop, in lower case or chained
    ("Ketua Ikatan Bidan Kota Sukamaju dr.Sinta Maharani", "Sinta Maharani",
     "Ketua Ikatan Bidan Kota Sukamaju"),
    ("Direktur RSUD Sukamaju Prof. Dr.H.Ramli Saputra", "Ramli Saputra",
     "Direktur RSUD Sukamaju"),
    # a name abbreviation glued to the next name word
    ("Kepala Dinas Pertanian Kabupaten Sukamaju Ir. Muh.Arif Setiawan", "Muh. Arif Setiawan",
     "Kepala Dinas Pertanian Kabupaten Sukamaju"),
    # forms of address: regional, organisational, English, clergy
    ("Akang Dedi Rusmana, pegiat literasi", "Dedi Rusmana", "pegiat literasi"),
    ("Sahabati Laila Fitriani selaku Ketua PC PMII Sukamaju", "Laila Fitriani",
     "Ketua PC PMII Sukamaju"),
    ("Ma'am Rosario T. Dizon, the school registrar", "Rosario T. Dizon", "school registrar"),
    ("Syaikh Abdul Karim Hamdan, ulama asal Yordania", "Abdul Karim Hamdan",
     "ulama asal Yordania"),
    ("Bhante Sukhacitto Thera selaku Ketua Vihara Dharma Jaya", "Sukhacitto",
     "Ketua Vihara Dharma Jaya"),
    ("Pandita Made Suarjana, tokoh umat Hindu Sukamaju", "Made Suarjana",
     "tokoh umat Hindu Sukamaju"),
])
def test_titles_as_a_class(phrase: str, name: str, position: str | None) -> None:
    person = parse_person(phrase)
    assert person is not None
    assert person.name == name
    assert person.position == position


def test_anak_agung_initials_stay_in_the_name() -> None:
    """"A.A" (Anak Agung) is an inherited title: no form of address."""
    person = parse_person("Dekan Fakultas Teknik A.A Ngurah Widiada")
    assert person is not None
    assert person.name == "A.A Ngurah Widiada"


@pytest.mark.parametrize(("phrase", "name", "position"), [
    # an abbreviated title with its unit inside takes the unit's name before the person's
    ("Kabid Aptika Yulianti Sembiring", "Yulianti Sembiring", "Kabid Aptika"),
    ("Kasi Trantib Antonius Beda", "Antonius Beda", "Kasi Trantib"),
    # a head written short with a full stop, like the whole word ("Universitas ...")
    ("Dosen Fakultas Hukum Univ. Tunas Harapan Marlon Tampubolon", "Marlon Tampubolon",
     "Dosen Fakultas Hukum Univ. Tunas Harapan"),
])
def test_unit_and_body_before_the_name(phrase: str, name: str, position: str | None) -> None:
    person = parse_person(phrase)
    assert person is not None
    assert person.name == name
    assert person.position == position


def _speakers(text: str) -> dict[str, str | None]:
    event = extract_event(article_from_text(text, "https://uji.example/berita"))
    assert event is not None
    return {s.name: s.position for s in event.speakers}


def test_a_shorter_mention_shows_where_the_name_starts() -> None:
    """"relawan Forkopi Hendra Saputra" and later "Hendra Saputra ...": the word before the
    two-word name is the body of the job, not a first name."""
    speakers = _speakers(
        "Webinar literasi digital digelar secara daring pada Sabtu. Webinar menghadirkan tiga "
        "narasumber yang terdiri dari pegiat Forkopi Hendra Saputra, dosen Universitas Maju "
        "Lina Marlina, serta jurnalis Yohanes Sitompul. Pemateri pertama adalah Hendra Saputra "
        "yang membawakan tema “Aman Bertransaksi di Dunia Maya”.")
    assert "Forkopi Hendra Saputra" not in speakers
    assert speakers.get("Hendra Saputra") == "pegiat Forkopi"


def test_a_given_name_is_kept_without_a_shorter_two_word_mention() -> None:
    speakers = _speakers(
        "Webinar literasi digital digelar secara daring pada Sabtu. Narasumber webinar adalah "
        "pegiat literasi Hendra Wahyu Saputra. Hendra menjelaskan pentingnya literasi.")
    assert "Hendra Wahyu Saputra" in speakers


def test_an_inherited_title_is_kept_before_a_shorter_mention() -> None:
    """"Andi" is part of the name by the conventions, though later mentions leave it out."""
    speakers = _speakers(
        "Webinar literasi digital digelar secara daring pada Sabtu. Narasumber webinar adalah "
        "Andi Rahmat Hidayat, dosen Universitas Maju, dengan materi Etika Bermedia. "
        "Menurut Rahmat Hidayat, etika bermedia perlu diajarkan sejak dini.")
    assert "Andi Rahmat Hidayat" in speakers


def test_a_form_of_address_opening_a_body_name_after_a_common_noun() -> None:
    """"lembaga Sahabat ...": the lower-case head introduces the body's proper name."""
    person = parse_person("Wulan Sari, pendamping petani dari lembaga Sahabat Petani Maju")
    assert person is not None
    assert person.name == "Wulan Sari"
    assert parse_person("pendamping petani dari lembaga Sahabat Tani Bengkulu") is None
