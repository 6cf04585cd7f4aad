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

from index.extract.people_3_phrase import parse_person


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
