"""Speakers lost on sites nobody tuned on (invented text): the Malay abbreviation of
Muhammad ("Mohd.") ends no sentence, a name of two words or more right after a body's
acronym is a person of a list (not the end of the next one's title), a job taken from
elsewhere never holds another listed person's name, and the copula "merupakan" after a
role noun leads into its people as "adalah" does."""

from __future__ import annotations

from extract_people import HELD, people

from index.extract.people_5_assembly import parse_list


def test_malay_abbreviation_of_muhammad_keeps_the_list_going() -> None:
    found = people(HELD + "Narasumber webinar kali ini antara lain, Budi Santoso dan "
                   "Rudi Hartono dari Indonesia, Mohd. Kamal dari Malaysia, serta Lim Wei "
                   "Ming dari Singapura.")
    assert "Mohd. Kamal" in found
    assert "Lim Wei Ming" in found


def test_muhd_is_the_same_abbreviation() -> None:
    found = people(HELD + "Webinar menghadirkan narasumber yakni Muhd. Faizal dari Johor dan "
                   "Rina Lestari dari Medan.")
    assert "Muhd. Faizal" in found
    assert "Rina Lestari" in found


def test_name_after_an_acronym_is_a_listed_person() -> None:
    listed = parse_list("staf advokasi anak WVI Rendi Kurnia Sapta, Gilang Mahardika dan "
                        "Jurnalis Ramah Anak Budi Harjono.", True)
    assert [(p.person.name, p.person.position) for p in listed] == [
        ("Rendi Kurnia Sapta", "staf advokasi anak WVI"), ("Gilang Mahardika", None),
        ("Budi Harjono", "Jurnalis Ramah Anak")]


def test_a_job_holding_another_speakers_name_is_not_taken() -> None:
    found = people(HELD + "Acara via zoom tersebut menghadirkan Direktur Bina Keluarga "
                   "Kementerian Sosial RI, Darman Hadi, staf advokasi anak WVI Rendi Kurnia "
                   "Sapta, Gilang Mahardika dan Jurnalis Ramah Anak Budi Harjono.")
    assert found["Rendi Kurnia Sapta"].position == "staf advokasi anak WVI"
    assert found["Gilang Mahardika"].position is None


def test_merupakan_after_a_role_noun_leads_into_the_speaker() -> None:
    found = people(HELD + "Pemateri pada diskusi tersebut merupakan Dekan Fakultas Hukum UIN "
                   "Sunan, Harun.")
    assert found["Harun"].position == "Dekan Fakultas Hukum UIN Sunan"
    assert found["Harun"].role == "speaker"


def test_merupakan_in_a_relative_clause_leads_into_no_list() -> None:
    found = people(HELD + "Menghadirkan lima pembicara yang merupakan pejabat dari tiga "
                   "negara, Sekretariat ASEAN, dan Rumah Energi Nusantara.")
    assert not found


def test_guests_invited_with_academic_titles_are_on_the_programme() -> None:
    found = people(HELD + "Ada dua guru besar yang diundang yaitu Prof. Dr. Rahmat Hidayat, "
                   "M.A., dari Universitas Nusa Raya dan Prof. Dr. Sukirman, M.Hum., "
                   "merupakan dosen di Universitas Bukit Hijau.")
    assert found["Rahmat Hidayat"].role == "speaker"
    assert found["Sukirman"].role == "speaker"


def test_bincang_is_a_session_noun_for_the_guests_it_invites() -> None:
    found = people("Yayasan Pustaka Kita menggelar webinar Bincang Pustaka secara daring pada "
                   "Sabtu (9/4).\n\nDengan mengundang Rina Marlina, Bunda Baca Jawa Tengah; "
                   "Tono Sumarno, Penggiat Baca Anak; dan Sari Wulandari, Fasilitator KLB, "
                   "Bincang Pustaka diharapkan mampu menumbuhkan minat baca keluarga.")
    assert found["Rina Marlina"].position == "Bunda Baca Jawa Tengah"
    assert "Tono Sumarno" in found


def test_a_bodys_short_complement_after_its_acronym_stays_in_the_title() -> None:
    listed = parse_list("Rektor IAIN Bukit Sarau, Prof. Dr. Syamsi Rahman, M.A.", True)
    assert [(p.person.name, p.person.position) for p in listed] == [
        ("Syamsi Rahman", "Rektor IAIN Bukit Sarau")]
    found = people(HELD + "Narasumber webinar adalah Atase Pendidikan KBRI Bandar Seri, Hadi "
                   "Santoso, serta mahasiswa doktoral Universiti Pantai asal Medan, Rina "
                   "Lestari.")
    assert found["Hadi Santoso"].position == "Atase Pendidikan KBRI Bandar Seri"
    assert "Bandar Seri" not in found
