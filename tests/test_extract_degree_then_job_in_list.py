"""A degree's full stop before a job, inside a list opened by a lead-in, ends no sentence.

"Pembicara antara lain A, S.H., M.A. Guru Besar X, B ...": after "yaitu", "antara lain",
"diantaranya", "namely" or a colon, each item is a name, its degrees and its job, often with
no comma before the job. The full stop belongs to the degree, as it does in a list whose
items are parted by semicolons; cutting the sentence there lost the job and the rest of the
list.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import people

from index.extract.people_3_phrase import parse_person
from index.extract.sentences import split_sentences


def test_job_after_degree_stays_in_the_listed_item() -> None:
    found = {name: s.position for name, s in people(
        "Judul Berita\n\nAda tiga pemateri antara lain Prof. Dr Sutan Harahap, SH., MA. Guru "
        "Besar Fakultas Hukum Universitas Talang, Bernadus Kolo Wakil Ketua Komisi IV DPRD "
        "dan Yuliana Sekretaris Dinas Perhubungan Kota Talang.").items()}
    assert found == {
        "Sutan Harahap": "Guru Besar Fakultas Hukum Universitas Talang",
        "Bernadus Kolo": "Wakil Ketua Komisi IV DPRD",
        "Yuliana": "Sekretaris Dinas Perhubungan Kota Talang",
    }


def test_diantaranya_leads_into_items_too() -> None:
    texts = [s.text for s in split_sentences(
        "Narasumber seminar diantaranya Dra. Wulan Sari, MM. Kabid Perlindungan Anak Dinas "
        "Sosial. Acara ditutup dengan doa.")]
    assert texts[0].endswith("Kabid Perlindungan Anak Dinas Sosial.")


def test_without_a_lead_in_the_degree_still_ends_the_sentence() -> None:
    texts = [s.text for s in split_sentences(
        "Materi dibawakan oleh Dra. Wulan Sari, MM. Kepala sekolah lalu menutup acara.")]
    assert len(texts) == 2



def test_a_parliamentary_faction_is_no_name() -> None:
    """"Fraksi" (a party's group in a parliament) heads a body, as "Partai" and "Komisi" do."""
    person = parse_person(" Wakil Ketua Komisi IV DPRD dari Fraksi Amanah")
    assert person is None or person.name != "Fraksi Amanah"
