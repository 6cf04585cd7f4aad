"""Role classes of round 12 (invented text): a numbered session's opener gives its first
talk, one person named both master of ceremonies and moderator is the moderator, and a role
noun put first passes its role to the verb that presents the people."""

from __future__ import annotations

from extract_people import HELD, people


def test_numbered_session_opened_by_a_speaker() -> None:
    found = people(HELD + "Webinar menghadirkan dua narasumber. Sesi pertama dibuka oleh "
                   "Dr. Harun Kartasasmita, M.Pd., yang memaparkan strategi literasi "
                   "di sekolah dasar.")
    assert found["Harun Kartasasmita"].role == "speaker"


def test_unnumbered_opening_stays_opening() -> None:
    found = people(HELD + "Webinar dibuka oleh Kepala Dinas Kominfo, Yusran Halim, kemudian "
                   "materi disampaikan oleh Dr. Nia Kurniasih.")
    assert found["Yusran Halim"].role == "opening"


def test_host_and_moderator_titles_of_one_person_make_the_moderator() -> None:
    found = people(HELD + "Jalannya diskusi dipandu oleh Larasati Wening sekaligus pembawa acara "
                   "dan moderator. Sambutan pembuka disampaikan Dekan FKIP, Prof. Dr. Bambang "
                   "Irawan, M.Pd.")
    assert found["Larasati Wening"].role == "moderator"
    assert found["Bambang Irawan"].role == "opening"


def test_english_mc_and_moderator_after_a_list_of_guests() -> None:
    found = people(HELD + "The invited speakers were Anna Kowalski as Curator of the City "
                   "Museum, Tomas Berg as Film Director and Lena Fischer as MC & Moderator "
                   "of the event.")
    assert found["Lena Fischer"].role == "moderator"
    assert found["Tomas Berg"].role == "speaker"


def test_fronted_keynote_noun_gives_its_role_to_the_presented_people() -> None:
    found = people(HELD + "Keynote speaker Webinar Literasi Pangan, Dinas Pertanian "
                   "menghadirkan Mantan Menteri Pertanian Prof Dr Ir Bambang Sutejo dan "
                   "Dr Maya Andriani (Dosen Universitas Sukamaju). Narasumber lainnya adalah "
                   "Rina Kartika dari Bulog.")
    assert found["Bambang Sutejo"].role == "keynote"
    assert found["Maya Andriani"].role == "keynote"
    assert found["Rina Kartika"].role == "speaker"


def test_fronted_keynote_noun_passes_to_a_stand_in() -> None:
    found = people(HELD + "Sebagai keynote speaker Webinar Desa Seri II, hadir di antaranya, "
                   "Gubernur Sukamaju Andi Rahman yang diwakili oleh Kepala Biro Pemerintahan, "
                   "Dr. Yusuf Halim, MSi. Di samping itu, turut hadir pembicara dari kampus, "
                   "seperti Direktur Eksekutif LSI, Rudi Hartawan.")
    assert found["Yusuf Halim"].role == "keynote"
    assert "Andi Rahman" not in found
