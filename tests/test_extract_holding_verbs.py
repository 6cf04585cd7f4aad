"""The verbs of holding as a word class (index.extract.holding_verbs) and the report's lead.

- Every form the affixes make of a holding root says the event was held: the active
  "melangsungkan", the -nya nominal "digelarnya"; "pengadaan" (procurement) is no form.
- The lead read for that sentence is the first three sentences of prose and the next one
  when it opens a paragraph.
- A lone word marked only by a professional title that is a job noun too, written with no
  comma ("Volunteer Psikolog Anak dan Remaja A"), is no conjunct of a coordinated subject.

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import people

from index.extract import holding_verbs


def test_the_forms_of_the_holding_roots() -> None:
    assert {"melangsungkan", "menyelenggarakan", "melaksanakan", "menggelar"} <= set(
        holding_verbs.ACTIVE)
    assert {"dilangsungkan", "berlangsung", "terselenggara", "dihelat"} <= set(
        holding_verbs.PASSIVE)
    assert {"digelarnya", "terselenggaranya", "pelaksanaan", "penyelenggaraan"} <= set(
        holding_verbs.NOMINAL)
    every = holding_verbs.ACTIVE + holding_verbs.PASSIVE + holding_verbs.NOMINAL
    assert "pengadaan" not in every and "terada" not in every


def test_an_active_form_of_a_root_outside_the_old_list_opens_the_report() -> None:
    found = people("KOTA UJI – Balai Konservasi Sungai Uji bersama Yayasan Air Jernih "
                   "melangsungkan sosialisasi perlindungan daerah aliran sungai lewat webinar "
                   "bertajuk “Sungai Bersih Kota Lestari” di kanal YouTube balai.\n\n"
                   "Kepala Balai Konservasi Sungai Uji Hendra Wijayakusuma mengungkapkan, "
                   "sungai yang sehat menentukan mutu air warga.")
    assert "Hendra Wijayakusuma" in found


def test_a_nominal_form_in_the_paragraph_after_a_short_lead() -> None:
    found = people("KOTA UJI – Perajin tenun dari Lembah Uji didorong menembus pasar dunia. "
                   "Sebab, permintaan kain tenun terus naik. Ini sejalan dengan program kerja "
                   "pemerintah daerah.\n\nHal itulah yang melatarbelakangi digelarnya "
                   "Talkshow Tenun Mendunia dengan tema “Kain Lembah Uji untuk Pasar Global "
                   "dan Generasi Muda Perajin di Wilayah Timur” yang diadakan di Hotel Mawar "
                   "Kota Uji, Senin (4/10/2021).\n\nSementara itu, Direktur Koperasi Tenun "
                   "Lestari, Benny Lomban, mengatakan bahwa gelaran ini merupakan bentuk "
                   "dukungan koperasi kepada perajin.")
    assert "Benny Lomban" in found


def test_a_professional_title_without_its_comma_heads_a_job() -> None:
    found = people("KOTA UJI – Dinas Pendidikan Kota Uji melangsungkan edukasi kesehatan jiwa "
                   "remaja lewat webinar bertajuk “Remaja Tangguh”.\n\nKepala Dinas "
                   "Pendidikan Kota Uji Marlina Sembiring mengungkapkan, kesehatan jiwa remaja "
                   "perlu perhatian.\n\nUNESCO Volunteer Psikolog Anak dan Remaja Rina "
                   "Kartikasari, M.Psi., Psikolog menjelaskan, masa remaja penuh perubahan.")
    assert "Volunteer" not in found
