"""A word the article itself uses as a place is no name word at the edge of a name, and a run
before "se-"/"se " and a place is a group (place_evidence).

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import HELD, people

from index.extract.gazetteer import place_at
from index.extract.place_evidence import (_FRAME, _PREPOSITIONS, _cue_frame, _plain_cue_frame,
                                          _units, distributive_after, places_in)


def test_a_branch_town_after_a_job_is_no_name() -> None:
    found = people(HELD + "Himpunan Pelajar Cabang Sukamekar menggelar diskusi daring. "
                          "Membuka acara, Ketua Umum PC HPM Sukamekar, Darmawan menuturkan, "
                          "literasi digital harus dimulai dari rumah.")
    assert "Sukamekar" not in found
    assert "Darmawan" in found


def test_an_office_named_by_its_town_is_no_one() -> None:
    found = people(HELD + "Narasumber webinar ialah Rendra Wicaksono dari Otorita Kendari. "
                          "Dalam sambutannya, Kepala BP Kendari menjelaskan rencana jalan "
                          "tol di Kendari.")
    assert "Kendari" not in found
    assert "Rendra Wicaksono" in found


def test_a_town_before_a_name_goes_to_the_position() -> None:
    found = people(HELD + "Webinar menghadirkan Ketua KONI Kab. Sukamekar Hartanto Wijoyo, "
                          "dan sekretaris Perbasi Pengkab, Sukamekar Jumiran.")
    assert "Jumiran" in found
    assert found["Jumiran"].position is not None
    assert found["Jumiran"].position.endswith("Sukamekar")
    assert "Sukamekar Jumiran" not in found


def test_a_group_over_an_area_is_no_person() -> None:
    found = people(HELD + "Seminar dibuka oleh Rektor Prof. Dr. Wayan Arsana, M.Si. secara "
                          "daring.\nPeserta yang hadir terdiri dari Ketua Sabha Loka Pusat, "
                          "Ketua Forum Pelita Provinsi Bali, Sarati se Pulau Seberang, "
                          "Perwakilan Pemangku se Pulau Seberang, Ketua Pesantian se Pulau "
                          "Seberang, dosen, mahasiswa serta masyarakat umum.\nPada seminar "
                          "tersebut hadir narasumber Dr. Made Sukerta, M.A., akademisi "
                          "Universitas Nusaraya.")
    assert "Sarati" not in found
    assert "Pesantian" not in found
    assert {"Wayan Arsana", "Made Sukerta"} <= set(found)


def test_a_place_word_in_a_name_without_the_articles_evidence_stays() -> None:
    found = people(HELD + "Materi disampaikan oleh Bima Prasetyo. Ia bercerita tentang "
                          "wisata Bima. Penutup disampaikan oleh Rudi Talaud yang tinggal "
                          "di Talaud.")
    assert "Bima Prasetyo" in found
    assert "Rudi Talaud" in found  # only the edge that opens a name goes


def test_what_counts_as_a_place() -> None:
    places = places_in("Dari Kota Sukamekar ke Kendari, lalu dari Rina ke Pulau Seberang "
                       "dan se-Nusaraya. Wali Kota Hendra Gunawan hadir.")
    assert {"sukamekar", "kendari", "seberang", "nusaraya"} <= places
    assert "rina" not in places  # "dari" + a word the gazetteer does not know
    assert "hendra" not in places  # "Wali Kota" is the mayor's title
    assert "pulau" not in places


def test_the_distributive_needs_a_capitalised_place() -> None:
    assert distributive_after(["se-Kabupaten", "X"])
    assert distributive_after(["se", "Pulau", "Seberang"])
    assert not distributive_after(["se", "dan"])
    assert not distributive_after(["SE", "Pulau"])


def test_the_narrowed_cue_reads_what_every_word_before_a_capital_reads() -> None:
    # cues in any case, cues that open longer words ("Kotamadya", "sebelum", "Desanya"),
    # a hyphen after a unit and after "se", abbreviations with their full stop
    text = ("KABUPATEN Sukamekar, kab. Lembah Uji, Kotamadya Rina, Desanya Hendra, sebelum "
            "Nusaraya, se-Kabupaten Seberang, Kota-Kendari, SE Tanjung, Di Kendari, kec. "
            "Lorong, desa\tPinggir, prov.  Tengah, Pulau-Jauh.")
    expected: set[str] = set()
    for m in _FRAME.finditer(text):
        cue, word = m.group(1), m.group(3)
        if m.group(2) == "-":
            if cue == "se":
                expected.add(word.casefold())
            continue
        if cue == "se" or cue.casefold() in _units() or (
                cue in _PREPOSITIONS and place_at([word]) >= 1):
            expected.add(word.casefold())
    found = places_in(text)
    assert found == frozenset(expected - _units())
    assert {"sukamekar", "lembah", "kabupaten", "lorong", "pinggir", "tengah"} - found == {
        "kabupaten"}  # a unit word is itself no place
    assert not {"rina", "hendra", "nusaraya", "tanjung", "jauh"} & found


def test_the_letter_led_cue_frame_finds_what_the_lookbehind_led_one_finds() -> None:
    # the text's start, cues glued to a word or a hyphen before them, the mayor's title in
    # both spellings, cues in capitals and mixed case, a tab and a hyphen after the cue
    texts = ["di Sukamekar hadir", "Kota Lembah Uji", "kedi Kota Rina, -di Sukamaju",
             "Wali Kota Hendra dan wali Kota Rudi, WALI KOTA Budi", "adari Kendari, dari Kendari",
             "se-Kabupaten Seberang, se Pulau Jauh, KAB. Tanjung, KeC. Lorong",
             "desa\tPinggir, Prov-Tengah, provinsi  Barat, xkota Timur, Cabang Utara.",
             "1kota Maju _di Kendari é-kota Uji ké Kota Rina ke Kota Lama"]
    for text in texts:
        assert [(m.span(), m.groups()) for m in _cue_frame().finditer(text)] == [
            (m.span(), m.groups()) for m in _plain_cue_frame().finditer(text)], text
    assert [m.group(1) for m in _cue_frame().finditer(texts[2])] == ["Kota"]  # not "-di"
