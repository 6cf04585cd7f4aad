"""A person placed on the programme by what they give it, with no role noun ("A memberikan
tausiyah", "A diundang untuk mengisi materi", "Orasi disampaikan Jabatan A"), and the
guards that keep a purpose clause or a reported claim from placing anyone; a nickname marked
as such is the person named before (invented text)."""

from __future__ import annotations

from extract_people import HELD, people

from index.extract.people_5_assembly import parse_list
from index.extract.people_6_slots import find_cues


def _cue_texts(text: str) -> list[str]:
    return [c.text for c in find_cues(text)]


def test_giving_content_bare_after_turut_and_after_an_assigning_verb() -> None:
    """The verb of giving content is the predicate of the person right before it (after
    their position), bare, after "turut", or under a verb of assigning + "untuk"."""
    found = people(HELD + "Pada sesi penutup, Ketua Majelis Tarjih Daerah Sleman Rahmat "
                   "Hidayatullah MAg memberikan tausiyah. Selanjutnya, Peneliti Senior "
                   "Lembaga Kajian Pesisir, Dwi Handayani Lestari, M.Si didaulat untuk "
                   "menyampaikan paparan singkat. Ekonom Universitas Tanjung Uji, Bambang "
                   "Nugroho Saputro turut memberikan pandangan mengenai harga pangan desa.")
    assert found["Rahmat Hidayatullah"].role == "speaker"
    assert found["Dwi Handayani Lestari"].role == "speaker"
    assert found["Dwi Handayani Lestari"].position == "Peneliti Senior Lembaga Kajian Pesisir"
    assert found["Bambang Nugroho Saputro"].role == "speaker"


def test_no_giving_cue_inside_a_bahwa_clause_or_a_purpose_clause() -> None:
    """"... menegaskan bahwa X", "forum untuk memberikan pencerahan": what was said, and a
    purpose hanging on a noun, have no person as the verb's subject; a purpose hanging on
    a verb of assigning does ("diminta untuk memberikan pandangan")."""
    assert "memberikan pencerahan" not in _cue_texts(
        "Ia menegaskan bahwa Rektor memberikan pencerahan tentang etika digital.")
    assert "memberikan pencerahan" not in _cue_texts(
        "Diskusi ini menjadi wadah ilmiah untuk memberikan pencerahan kepada warga.")
    assert "memberikan pencerahan" not in _cue_texts(
        "Diskusi ini digelar guna memberikan pencerahan kepada warga.")
    assert "diminta untuk memberikan pandangan" in _cue_texts(
        "Dosen Hukum Tata Negara, Arif Kurniawan diminta untuk memberikan pandangan.")


def test_stand_in_takes_no_role_from_a_purpose_clause_in_a_claim() -> None:
    """A stand-in with no role of their own takes the role of what they did, never of a
    giving verb inside what they said the event is for."""
    found = people(HELD + "Narasumber webinar ini yakni Dr. Hasan Basri Lubis dan Dr. Melati "
                   "Kusumawardani. Ketua Panitia, Dr. Yohanes Sinaga, yang diwakili oleh "
                   "Sekretaris Panitia Dr. Rosmawati Harahap, S.H., M.H., menegaskan bahwa "
                   "kegiatan ini menjadi forum untuk memberikan pencerahan kepada publik.")
    assert found["Hasan Basri Lubis"].role == "speaker"
    assert "Rosmawati Harahap" not in found or found["Rosmawati Harahap"].role != "speaker"


def test_passive_of_giving_with_its_agent_after_it_without_oleh() -> None:
    """"Orasi ilmiah disampaikan Rektor X Nama": the agent of the passive follows the verb
    at once; only after a content noun (not "Hal itu disampaikan Kepala X")."""
    found = people(HELD + "Orasi ilmiah disampaikan Rektor Universitas Tanjung Uji Prof. "
                   "Sutan Mahmud Alamsyah. Ceramah kedua dibawakan Wakil Ketua PCNU "
                   "Sukamaju KH Abdul Ghofur Maimun.")
    assert found["Sutan Mahmud Alamsyah"].role == "speaker"
    assert found["Sutan Mahmud Alamsyah"].position == "Rektor Universitas Tanjung Uji"
    assert found["Abdul Ghofur Maimun"].role == "speaker"
    assert _cue_texts("Hal itu disampaikan Kepala Dinas Kominfo Bagus Wirawan.") == []
    assert _cue_texts("Ceramah itu disampaikan kepada warga.") == []


def test_nickname_marked_as_such_is_the_person_named_before() -> None:
    """"Dalam pidatonya, Nunung, sapaan akrabnya, ...": a nickname marked as such refers
    back to the person named before (here it shortens no word of the name), and is nobody
    new; so does "Ucok, begitu ia biasa disapa"."""
    found = people(HELD + "Tausiyah penutup disampaikan Ketua PDA Sukamaju Hj. Nurul Khasanah "
                   "Widyaningsih MAg. Dalam pidatonya, Nunung, sapaan akrabnya, menyampaikan "
                   "pentingnya menjaga silaturahmi. Kemudian Kepala Desa Sukamaju, Hendra "
                   "Gunawan Siregar memberikan pengajian singkat. Dalam ceramahnya, Ucok, "
                   "begitu ia biasa disapa, menyampaikan kisah para perantau.")
    assert "Nunung" not in found and "Ucok" not in found
    assert found["Nurul Khasanah Widyaningsih"].role == "speaker"
    assert found["Hendra Gunawan Siregar"].role == "speaker"


def test_relative_clause_ends_the_last_item_of_a_position_first_list() -> None:
    """"Lalu dari X, Dr. A, yang merupakan Dekan Y, ...": the relative clause describes A even
    where the text ends at it, so a cue after it reads A with that position."""
    listed = parse_list(" dari Brunei, Dr. Siti Aminah binti Yusof, yang merupakan Dekan "
                        "Fakultas Bahasa Universiti Pesisir, ", whole_list=True,
                        strict_heads=False)
    assert listed[-1].person.position == "Dekan Fakultas Bahasa Universiti Pesisir"
    found = people(HELD + "Lalu dari Brunei, Dr. Siti Aminah binti Yusof, yang merupakan "
                   "Dekan Fakultas Bahasa Universiti Pesisir, memberikan kuliah umum tentang "
                   "pengajaran bahasa Melayu.")
    assert found["Siti Aminah binti Yusof"].role == "speaker"
    assert found["Siti Aminah binti Yusof"].position == (
        "Dekan Fakultas Bahasa Universiti Pesisir")
