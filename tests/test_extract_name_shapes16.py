"""Name shapes, round sixteen: where a name's written form is cut.

A listed degree glued by its last full stop to the function word after it ("Ph.D.dan",
"M.Si.yang") is the degree and the word: no degree goes on with a conjunction, a relative or
an apposition word, so only the space was left out. Read as one degree, the word took the
list's "dan" or the apposition's "yang" into the name as written, and the job of the next
person was read as the first one's.

A word typed in lower case after a one-word name that an academic title opens, before the
phrase's closing mark ("Prof Dr Ir Rudianto hutapea, ..."), is the surname: the title says a
name is written, and a word of no language there can only be that name going on.

A degree's full stop before a degree written with a space after its first letter ("Lc. M.
Si.") ends no sentence, as it ends none before a degree written whole ("Lc. M.Si."): the
chain of degrees goes on.

Two list items "job name" written with the comma between them left out ("Ketua X Agus Supriyo
Ketua Y Syamsul Nasrun") are two people: a job's head noun never follows its holder's name
inside the same job (:mod:`index.extract.unmarked_items`).

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import HELD, people

from index.extract.people_0_tokens import tokenize
from index.extract.sentences import split_sentences


def test_a_degree_glued_to_a_function_word_is_two_tokens() -> None:
    words = [t.text for t in tokenize("Hendra Wijayanto, M.Eng., Ph.D.dan Rina Kartika, "
                                      "M.Si.yang juga")]
    assert words[5:7] == ["Ph.D.", "dan"]
    assert words[10:12] == ["M.Si.", "yang"]


def test_a_doctorate_with_its_field_stays_whole() -> None:
    assert "Dr.rer.nat." in [t.text for t in tokenize("oleh Dr.rer.nat. Hendra Wijayanto")]


def test_a_degree_glued_to_the_list_conjunction_ends_the_name() -> None:
    found = people(HELD + "Narasumber webinar yaitu Hendra Wijayanto, S.T., M.Eng., Ph.D.dan "
                   "Rina Kartika, B.Sc., M.A., Ph.D. dengan moderator Budi Santoso.")
    assert found["Hendra Wijayanto"].name_as_written == "Hendra Wijayanto, S.T., M.Eng., Ph.D."
    assert found["Hendra Wijayanto"].position is None
    assert "Rina Kartika" in found


def test_a_degree_glued_to_a_relative_ends_the_name() -> None:
    found = people(HELD + "Dalam webinar itu hadir Kepala Badan Riset Kelautan Prof. Ir. "
                   "Hendra Wijayanto, Ph.D.yang juga membuka acara secara resmi.")
    assert found["Hendra Wijayanto"].name_as_written == "Prof. Ir. Hendra Wijayanto, Ph.D."


def test_a_lower_case_surname_after_a_titled_name_is_kept() -> None:
    found = people(HELD + "Webinar menghadirkan ketiga narasumber, yaitu Prof Drs Hadi Santosa "
                   "MS PhD, Prof Dr Syamsul Gultom, MPd dan Prof Dr Ir Rudianto hutapea, Dinas "
                   "Kesehatan Provinsi menggelar webinar itu.")
    assert "Rudianto hutapea" in found
    assert "Rudianto" not in found


def test_a_word_of_the_language_after_a_titled_name_is_no_surname() -> None:
    found = people(HELD + "Webinar menghadirkan narasumber Dr Rinawati zoom, Ketua panitia.")
    assert "Rinawati zoom" not in found


def test_a_spaced_degree_after_a_degree_ends_no_sentence() -> None:
    text = ("Hadir pula Tgh. Rubianto Ahmad Munir, Lc. M. Si., selaku Ketua Dewan Pembina "
            "Bank Sejahtera.")
    assert len(split_sentences(text)) == 1


def test_an_initial_after_a_degree_still_opens_a_sentence() -> None:
    text = "Hadir pula Dr. Budi Santoso, M.A. M. Rizal Ramli hadir juga."
    assert len(split_sentences(text)) == 2


def test_the_people_after_a_spaced_degree_chain_are_found() -> None:
    found = people(HELD + "Narasumber webinar yaitu Dr. Hendra Wijaya, M.A., selaku Ketua "
                   "Yayasan Cahaya. Serta Tgh. Rubianto Ahmad Munir, Lc. M. Si., selaku Ketua "
                   "Dewan Pembina Bank Sejahtera dan Irwan Adi Saputra, SE, M.Sc., selaku "
                   "Atase Perdagangan.")
    assert found["Rubianto Ahmad Munir"].position == "Ketua Dewan Pembina Bank Sejahtera"
    assert "Irwan Adi Saputra" in found


def test_two_job_and_name_items_without_a_comma_are_two_people() -> None:
    found = people(HELD + "Diskusi ini menampilkan beberapa pembicara, seperti Ketua KPD Agus "
                   "Supriyo Ketua ATVNI Syamsul Nasrun, Ketua ATVLO Bambang Sutarjo dan "
                   "Pengamat Televisi Apri Jaya Putra.")
    assert found["Agus Supriyo"].position == "Ketua KPD"
    assert found["Syamsul Nasrun"].position == "Ketua ATVNI"


def test_a_one_word_run_inside_a_long_job_is_no_person() -> None:
    found = people(HELD + "Webinar menghadirkan pembicara Ketua Tim Penggerak Pemberdayaan "
                   "Keluarga Jawa Tengah Atalia Rahmawati dan Dosen Universitas Gadingsari "
                   "Budi Santoso.")
    assert "Penggerak" not in found
    assert "Atalia Rahmawati" in found
