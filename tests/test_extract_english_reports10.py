"""English-language campus and agency reports: the shapes they use to place people on the
programme ("A, President of X, warmly welcomed the participants").

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import HELD, people

_HELD = ("KAMPUS UJI – Universitas Tanjung Uji hosted an online symposium titled “Rivers "
         "and Cities” on 8 May 2021 via Zoom.\n\n")


def test_who_welcomes_the_participants_gives_the_opening() -> None:
    found = people(_HELD + "Professor Lamai Sirikul, Rector of Universitas Tanjung Uji "
                   "cordially welcomed the participants at the start of the symposium. "
                   "Dr. Arnel Quimbo, a hydrologist at Kampong Uji College, was the speaker.")
    assert found["Lamai Sirikul"].role == "opening"
    assert found["Lamai Sirikul"].position == "Rector of Universitas Tanjung Uji"


def test_welcoming_the_guests_after_a_name_first_apposition() -> None:
    found = people(_HELD + "Dr. Halimah Sopian, Dean of the Faculty of Engineering, welcomed "
                   "the guests and thanked the organisers. The main talk was given by Dr. "
                   "Arnel Quimbo.")
    assert found["Halimah Sopian"].role == "opening"


def test_in_his_keynote_speech_after_a_job_first_apposition() -> None:
    found = people(_HELD + "In the second session, Executive Director of Uji River "
                   "Institute, Mr. Arnel Quimbo in his keynote address stressed the role of "
                   "young researchers.")
    assert found["Arnel Quimbo"].role == "keynote"
    assert found["Arnel Quimbo"].position == "Executive Director of Uji River Institute"


def test_in_her_keynote_speech_after_the_name() -> None:
    found = people(_HELD + "Dr. Halimah Sopian, in her keynote speech, reminded the audience "
                   "that rivers shape cities. The panel was moderated by Lamai Sirikul.")
    assert found["Halimah Sopian"].role == "keynote"


_LIST = ("Narasumber webinar yakni Prof. Lamai Sirikul (Rector of Uji Royal University, "
         "Thailand); Ass Prof. Dr. Arnel Quimbo (Dean, Faculty of Fisheries, Kampong Uji "
         "College, Philippines), Dr. Kofi Mensah (Lecturer, Lembah Uji University, Ghana), "
         "Halimah Sopian (Researcher in Coastal Law, Uji Jaya University, Malaysia) dan "
         "Prof. Dr. Eitan Vered, Ph.D (Vice Rector, Tanjung Uji Institute, Israel).")


def test_a_semicolon_list_that_goes_on_with_commas_keeps_every_item() -> None:
    found = people(_HELD + _LIST)
    assert set(found) == {"Lamai Sirikul", "Arnel Quimbo", "Kofi Mensah", "Halimah Sopian",
                          "Eitan Vered"}
    assert found["Kofi Mensah"].position == "Lecturer, Lembah Uji University, Ghana"


def test_ass_prof_is_a_short_form_of_a_title() -> None:
    found = people(_HELD + _LIST)
    assert found["Arnel Quimbo"].position == ("Dean, Faculty of Fisheries, Kampong Uji "
                                              "College, Philippines")


def test_two_people_joined_by_and_in_one_semicolon_item_are_no_comma_list() -> None:
    # "Kepala X Mandiri, H A, S.Pd (...) dan Dosen Y B, M.Sc": the pair is split at "dan";
    # cutting at its commas too would make the end of the school's name a person
    found = people(HELD + "Pada diskusi ini, hadir Dosen Sosiologi IAIN Uji, Dr Rina "
                   "Sari, M.Si (Gizi Remaja); Redaktur Buletin Warga Fakultas Syariah IAIN "
                   "Uji, Rasmin, S.Sos.i M.A (Pangan Lokal); Kepala SMK Uji Cendekia "
                   "Mandiri, H Dedi Kurnia, S.Pd (Kebun Sekolah) dan Pengajar Politeknik Uji "
                   "Nurul Fadilah, S.Farm, Apt, M.Sc (Obat Herbal Keluarga).")
    assert "Mandiri" not in found
    assert {"Rina Sari", "Rasmin"} <= set(found)


def test_a_relative_clause_after_a_listed_person_does_not_end_the_list() -> None:
    found = people(_HELD + "The invited speakers were Prof. Dr. Halimah Sopian Professor of "
                   "Coastal Studies, Universiti Uji Jaya who spoke on the topic of 'Rivers in "
                   "the City' , and Prof. Dr. Aminah Kassim Dean, Faculty of Education, "
                   "Universiti Uji Jaya, whose topic was cities after the flood.")
    assert set(found) == {"Halimah Sopian", "Aminah Kassim"}
    assert found["Aminah Kassim"].position == ("Dean, Faculty of Education, Universiti Uji "
                                               "Jaya")


def test_the_people_a_moderator_was_joined_by_are_speakers() -> None:
    found = people(_HELD + "Chair of the Uji Youth Council Lamai Sirikul moderated the "
                   "fourth round of the forum and was joined by Field Officer in Oceania of the "
                   "Uji River Fund (URF) Arnel Quimbo and the Uji Secretariat’s Head of "
                   "Coastal Studies Halimah Sopian.")
    assert found["Lamai Sirikul"].role == "moderator"
    assert found["Arnel Quimbo"].role == "speaker"
    assert found["Arnel Quimbo"].position == "Field Officer in Oceania of the Uji River Fund (URF)"
    assert found["Halimah Sopian"].role == "speaker"


def test_joined_by_marked_names() -> None:
    found = people(_HELD + "Lamai Sirikul moderated the session and was joined by Dr. Arnel "
                   "Quimbo and Dr. Halimah Sopian.")
    assert {n: s.role for n, s in found.items()} == {
        "Lamai Sirikul": "moderator", "Arnel Quimbo": "speaker", "Halimah Sopian": "speaker"}
