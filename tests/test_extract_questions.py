"""Audience questions with asker, addressee and answer (invented Q&A)."""

from __future__ import annotations

from index.extract.folded import finds
from index.extract.questions import _HINTS, _hinted, extract_questions
from index.extract.sentences import normalize_text
from index.model import Speaker

SPEAKERS = [Speaker("Nanda Prasetyo", "Nanda Prasetyo, S.Kom"), Speaker("Maya Kartika")]


def test_pertanyaan_dari_kepada_narasumber_with_answer() -> None:
    text = normalize_text(
        "Forum diskusi dibuka dengan pertanyaan dari Rudi Hartono kepada Narasumber 1Nanda "
        "Prasetyo, S.Kom\n\nTentang Perlukah kata sandi diganti setiap bulan?\n\nDijelaskan "
        "bahwa yang lebih penting adalah verifikasi dua langkah.\n\nPertanyaan lain dari Sari "
        "kepada Narasumber 2Maya Kartika mengenai Apa tips menulis untuk anak?")
    questions = extract_questions(text, SPEAKERS)
    assert [(q.asker, q.addressee) for q in questions] == [
        ("Rudi Hartono", "Nanda Prasetyo"), ("Sari", "Maya Kartika")]
    assert questions[0].question == "Perlukah kata sandi diganti setiap bulan?"
    assert questions[0].answer.startswith("Dijelaskan bahwa yang lebih penting")
    assert questions[1].answer is None


def test_peserta_bertanya_kepada() -> None:
    text = ("Salah seorang siswa, Aulia Rahma, menanyakan kepada Maya Kartika bagaimana cara "
            "memulai menulis? Maya menjawab, mulailah dari pengalaman sendiri.")
    questions = extract_questions(text, SPEAKERS)
    assert len(questions) == 1
    assert questions[0].asker == "Aulia Rahma"
    assert questions[0].addressee == "Maya Kartika"
    assert questions[0].question == "bagaimana cara memulai menulis?"


def test_no_question_marks_no_questions() -> None:
    assert extract_questions("Peserta bertanya tentang banyak hal.", SPEAKERS) == []


def test_reported_questions_run_to_the_end_of_their_sentence() -> None:
    text = normalize_text(
        "Pertanyaan pertama datang dari Yosef Bria, seorang petani kopi, kepada Nanda "
        "Prasetyo mengenai cara menjual hasil panen lewat lokapasar. Dijawab Nanda, mulailah "
        "dari foto produk yang jujur.\n\nSementara Wulan Sari bertanya kepada Maya Kartika "
        "apakah anak boleh memakai gawai sebelum tidur. Maya menyarankan batas waktu.")
    questions = extract_questions(text, SPEAKERS)
    assert [(q.asker, q.addressee, q.question) for q in questions] == [
        ("Yosef Bria", "Nanda Prasetyo",
         "cara menjual hasil panen lewat lokapasar"),
        ("Wulan Sari", "Maya Kartika",
         "apakah anak boleh memakai gawai sebelum tidur"),
    ]
    assert questions[0].answer == "Dijawab Nanda, mulailah dari foto produk yang jujur."


def test_reported_question_in_english_and_a_sasak_name_title() -> None:
    text = ("A teacher, Lalu Ahmad Zaini, asked Maya Kartika whether short stories count as "
            "reading practice. She said they do.")
    questions = extract_questions(text, SPEAKERS)
    assert [(q.asker, q.addressee, q.question) for q in questions] == [
        ("Lalu Ahmad Zaini", "Maya Kartika",
         "whether short stories count as reading practice")]


def test_reported_forms_need_a_topic_or_interrogative_and_a_person() -> None:
    for text in ("Presiden menanyakan kesiapan daerah menghadapi musim hujan.",
                 "Peserta bertanya tentang banyak hal.",
                 "Mereka menanyakan kepada Maya Kartika jadwal pelatihan berikutnya."):
        assert extract_questions(text, SPEAKERS) == [], text


def test_the_word_gate_of_a_hint_answers_as_the_hint_does() -> None:
    texts = ["Rina asked about the budget.", "Rina Asked twice", "Rina basked in praise",
             "Peserta bertanya tentang X", "Budi menanyakan soal Y", "BERTANYA keras",
             "Ada PERTANYAAN dari peserta", "Tidak ada apa-apa di sini", "asked"]
    for text in texts:
        for hint in _HINTS:
            assert _hinted(hint, text) == finds(hint, text), (hint.pattern, text)
