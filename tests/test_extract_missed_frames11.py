"""Frames that lost whole speakers: a reported speaker placed "dalam Webinar <its name>" with
no comma after the name, a photo credit line ("(Foto/Dok. Humas)") counted among the report's
first sentences, and a stative "ber-" word ending a list lead-in ("para hakim berprestasi
yaitu A, B").

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import HELD, people

from index.extract.reported_speech import reported_speakers


def test_named_session_after_the_name_ends_the_reported_person() -> None:
    text = ("“Kita perlu tenaga yang ahli di bidangnya,” kata Ketua Program Studi Teknik "
            "Informatika Universitas Tanjung Uji, Lestari Handayani dalam Webinar Kota Pintar "
            "yang digagas Forum Muda, Selasa (4/6).")
    found = reported_speakers(text, 0)
    assert [r.person.name for r in found] == ["Lestari Handayani"]
    assert found[0].person.position == ("Ketua Program Studi Teknik Informatika Universitas "
                                        "Tanjung Uji")


def test_photo_credit_line_is_no_sentence_of_the_report() -> None:
    found = people(
        "Suasana Webinar Kota Pintar “Peluang Bagi Desa”, Selasa (4/6). "
        "(Kabarku/Istimewa)\nKabarku.id, Tanjung Uji - Menghadapi era digital, desa perlu "
        "bekerja sama dengan kampus.\n“Kita perlu tenaga yang ahli di bidangnya,” kata Ketua "
        "Program Studi Teknik Informatika Universitas Tanjung Uji, Lestari Handayani, M.Kom, "
        "Ph.D dalam Webinar Kota Pintar “Peluang Bagi Desa” yang digagas Forum Muda, Selasa "
        "(4/6).\nMenurut dia, desa juga butuh jaringan yang stabil.")
    assert "Lestari Handayani" in found


def test_stative_ber_word_before_the_list_intro_keeps_the_list() -> None:
    found = people(
        HELD + "Selain itu, webinar ini juga menampilkan pemaparan dari para penyuluh "
        "berprestasi yaitu Drs. Wiryo Santoso, M.Si. (Penyuluh Kecamatan Batu Lima) 2. Ratih "
        "Kumalasari, S.P. (Penyuluh Kecamatan Sungai Dua) 3. Drs. Anwari (Penyuluh Desa "
        "Karang Tiga).")
    for name in ("Wiryo Santoso", "Ratih Kumalasari", "Anwari"):
        assert found[name].role == "speaker", name
    assert found["Anwari"].position == "Penyuluh Desa Karang Tiga"


def test_a_predicate_before_the_list_is_still_no_lead_in() -> None:
    found = people(HELD + "Narasumber berbagi tiga kiat yaitu Literasi Digital, Etika Digital "
                   "dan Budaya Digital.")
    assert not found


def test_glued_preposition_in_a_lead_in_is_no_verb() -> None:
    # "dibidangnya" is "di bidangnya" written as one word, not a passive predicate
    found = people(
        HELD + "Webinar ini mengundang pemateri ahli dibidangnya yaitu, Drs. Galih "
        "Prasetya, M.Pd sebagai Kepala Sekolah Rakyat Uji, Nur Hasanah, S.Kom sebagai Guru "
        "Informatika.")
    assert found["Galih Prasetya"].role == "speaker"
    assert found["Nur Hasanah"].role == "speaker"


def test_juga_ada_joins_the_next_member_of_a_list() -> None:
    found = people(
        HELD + "Narasumber webinar yaitu Drs. Galih Prasetya, M.Pd sebagai Kepala Sekolah "
        "Rakyat Uji, Kemendikdasmen juga ada Wiwik S. Handoyo, S.E. sebagai Ketua Paguyuban "
        "Perajin Batik Uji.")
    assert found["Galih Prasetya"].position == "Kepala Sekolah Rakyat Uji, Kemendikdasmen"
    assert found["Wiwik S. Handoyo"].role == "speaker"
    assert found["Wiwik S. Handoyo"].position == "Ketua Paguyuban Perajin Batik Uji"


def test_second_report_coordinated_after_the_first_has_its_own_subject() -> None:
    found = people(
        HELD + "Tiga narasumber hadir dalam webinar ini. Ketua Forum Desa, Dr. Sulastri Wahyuni, "
        "membahas peran desa digital.\nSementara itu, Prof. dr. Gita Anjani menyampaikan "
        "kritik terhadap tata kelola data desa, dan Prof. Dr. Ir. Baskoro Adinegoro memaparkan "
        "pentingnya jaringan internet yang merata.")
    assert found["Gita Anjani"].role == "speaker"
    assert found["Baskoro Adinegoro"].role == "speaker"
