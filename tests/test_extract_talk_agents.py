"""Talk titles of round 16 (talks 2): the talk told as the subject of a passive whose agent is
the speaker (index/extract/talk_agents.py, talk_nouns.py): what the talk covered, written
before the agent ("Materi kedua yaitu tentang X yang disampaikan oleh A") or in the clause on
the agent ("Materi pertama disampaikan oleh A yang menguraikan X").

Every sentence is invented for these tests (fictional people, places and bodies).
"""

from __future__ import annotations

from extract_people import HELD, people

from index.extract.talk_agents import agent_clause_talk
from index.extract.talk_nouns import title_before_agent


def test_a_counted_talk_covering_a_subject_before_its_agent() -> None:
    text = "Materi yang kedua yaitu tentang Tata Kelola Lumbung Desa yang disampaikan oleh " \
           "Gilang Pradipta."
    talk = title_before_agent(text, text.index("Gilang"))
    assert talk is not None and talk.text == "Tata Kelola Lumbung Desa"
    text = "Materi pertama membahas tentang Sejarah Pelabuhan Tua yang disampaikan oleh " \
           "Rahmat Sudarso."
    talk = title_before_agent(text, text.index("Rahmat"))
    assert talk is not None and talk.text == "Sejarah Pelabuhan Tua"


def test_the_clause_on_the_agent_tells_what_the_talk_covered() -> None:
    text = "Materi berikutnya disampaikan oleh Dr. Larasati Wulandari (Dinas Pangan Kota Uji) " \
           "yang menguraikan cara petani muda menyimpan benih padi lokal."
    talk = agent_clause_talk(text, text.index("Dr."))
    assert talk is not None and talk.text == \
        "cara petani muda menyimpan benih padi lokal"
    text = "Materi pertama dibawakan oleh Bintang Siregar dengan memperkenalkan koperasi " \
           "nelayan sebagai lembaga ekonomi desa."
    talk = agent_clause_talk(text, text.index("Bintang"))
    assert talk is not None and talk.text.startswith("koperasi nelayan")


def test_a_relative_on_the_person_is_passed_over_to_the_clause_of_the_talk() -> None:
    text = "Materi lain disampaikan oleh Oktaviano Halim, yang merupakan dosen Universitas " \
           "Tanjung Uji, yang memaparkan peran museum bagi pelajar desa."
    talk = agent_clause_talk(text, text.index("Oktaviano"))
    assert talk is not None and talk.text == "peran museum bagi pelajar desa"


def test_no_talk_without_the_talk_as_subject_or_with_a_claim() -> None:
    # the speaker is the subject: a bare object may be a claim (talks.py reads no title)
    text = "Acara dibuka oleh Oktaviano Halim yang menjelaskan peran museum bagi pelajar."
    assert agent_clause_talk(text, text.index("Oktaviano")) is None
    # a claim after the verb, thanks, a quotation
    text = "Materi pertama disampaikan oleh Rahmat Sudarso yang menjelaskan bahwa arsip penting."
    assert agent_clause_talk(text, text.index("Rahmat")) is None
    text = "Materi pertama disampaikan oleh Rahmat Sudarso yang menyampaikan terima kasih."
    assert agent_clause_talk(text, text.index("Rahmat")) is None
    # the clause belongs to the next sentence
    text = "Materi pertama disampaikan oleh Rahmat Sudarso. Ia lalu menjelaskan arsip desa."
    assert agent_clause_talk(text, text.index("Rahmat")) is None


def test_the_speaker_named_again_by_part_of_the_name_gets_the_clause_talk() -> None:
    found = people(HELD + "Hadir sebagai narasumber Bintang Marpaung (Universitas Tanjung Uji) "
                   "dan Larasati Wulandari (Balai Arsip Kota Uji). Materi lain disampaikan oleh "
                   "Dr Larasati yang menggambarkan kondisi arsip sekolah di pesisir.")
    assert found["Larasati Wulandari"].talk_title == "kondisi arsip sekolah di pesisir"
    assert found["Bintang Marpaung"].talk_title is None


def test_the_full_name_as_agent_gets_the_talk_told_before_it() -> None:
    found = people(HELD + "Adapun pemateri pada kegiatan ini adalah Ketua Koperasi Uji, "
                   "Gilang Pradipta, dan Kepala Balai Uji, Rahmat Sudarso. Materi yang pertama "
                   "membahas tentang Tata Kelola Lumbung Desa yang disampaikan oleh Gilang "
                   "Pradipta. Ia mengatakan bahwa lumbung harus dijaga.")
    assert found["Gilang Pradipta"].talk_title == "Tata Kelola Lumbung Desa"
