"""A one-word name as the subject of a quote tag ("“...,” ucap A saat membuka webinar"):
the verb of saying after a closing quote takes its subject after it, so the capitalised word
there is the speaker of the quotation, a name of one word as well as of two (invented text)."""

from __future__ import annotations

from extract_people import HELD, people


def test_one_word_name_in_quote_tag_before_opening_cue() -> None:
    """"“...,” ucap A saat membuka webinar": A opened the event (A is named again later)."""
    found = people(HELD + "“Kami ingin generasi muda ikut menjaga hutan adat di desa,” ucap "
                   "Tamara saat membuka webinar. Narasumber adalah Bagas Prakoso, dosen "
                   "Universitas Lembah Hijau. “Hutan adalah rumah kita,” tegas Tamara.")
    assert found["Tamara"].role == "opening"
    assert found["Tamara"].position is None


def test_one_word_quote_tag_name_written_once_is_not_enough() -> None:
    """A one-word name seen only once, in one quote tag, may be a slip of the writer (guard):
    nothing else in the article confirms it."""
    found = people(HELD + "Acara dibuka oleh Kepala Bidang Humas Kota Sukamaju Dewi Anggraeni. "
                   "“Webinar ini akan digelar di tiga kota,” kata Anggraini saat membuka "
                   "acara. Narasumber adalah Bagas Prakoso, dosen Universitas Lembah Hijau.")
    assert "Anggraini" not in found
    assert found["Dewi Anggraeni"].role == "opening"


def test_one_word_short_form_in_quote_tag_before_report_cue() -> None:
    """"“...,” ujar A saat memberikan laporan": the committee's report given by the person
    introduced in full before, with the other verb of giving ("menyampaikan laporan")."""
    found = people(HELD + "Kegiatan ini diprakarsai oleh Kepala Bidang Pertanian Kota Sukamaju, "
                   "Yudhistira Kencana. “Ada dua puluh kelompok tani yang ikut serta tahun "
                   "ini,” ujar Yudhistira saat memberikan laporan. Narasumber adalah Bagas "
                   "Prakoso, dosen Universitas Lembah Hijau.")
    assert found["Yudhistira Kencana"].role == "other"
    assert "Yudhistira" not in found


def test_one_word_name_ambiguous_between_two_full_names_is_no_one_new() -> None:
    """A one-word name that shortens two people already introduced refers back to one of
    them; it is no third person."""
    found = people(HELD + "Narasumber adalah Damar Wicaksono dan Damar Prasetyo. “Kami "
                   "berterima kasih kepada semua peserta,” tutur Damar saat membuka acara.")
    assert "Damar" not in found


def test_capitalised_word_after_quote_verb_needs_the_quote() -> None:
    """Without a closing quote before the verb, a bare word after "ujar" is not read as a
    name (guard: the frame is the quote tag)."""
    found = people(HELD + "Acara ini dibuka dengan menyanyikan lagu ujar Bersama saat membuka "
                   "webinar. Narasumber adalah Bagas Prakoso, dosen Universitas Lembah Hijau.")
    assert "Bersama" not in found
