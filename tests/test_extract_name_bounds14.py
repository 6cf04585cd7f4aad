"""Name boundaries (round 14): where a name starts or ends next to an organisation, a job or
a form of address. The sentences are invented, in the style of the reports the extractor reads.
"""

from __future__ import annotations

from extract_people import HELD, people


def test_the_word_after_a_university_belongs_to_it_before_an_initialled_name() -> None:
    # "Universitas" takes its own name first: the initial opens the person's name
    found = people(HELD + "Webinar menghadirkan Bupati Uji Dodi Saputra, dan Ekonom dan Guru "
                   "Besar Universitas Sukamekar R Wiratama.")
    assert "R Wiratama" in found
    assert "Sukamekar R Wiratama" not in found
    assert found["R Wiratama"].position.endswith("Universitas Sukamekar")


def test_a_plain_name_with_a_middle_initial_after_the_body_stays_whole() -> None:
    found = people(HELD + "Webinar menghadirkan Rektor Universitas Sukamekar Dodi R Saputra "
                   "sebagai narasumber.")
    assert "Dodi R Saputra" in found


def test_a_word_between_a_form_of_address_and_a_title_is_no_name() -> None:
    # a title opens the name after it, so "Wasit" is what "Bapak" addresses, not a person
    found = people(HELD + "Narasumbernya adalah Ketua Komite Uji Drs. Tono Haryadi dan Bapak "
                   "Wasit Dr.Darmaji, melalui aplikasi Zoom Meeting.")
    assert "Darmaji" in found
    assert "Wasit" not in found
    assert found["Darmaji"].position == "Wasit"


def test_tenaga_heads_a_job_after_a_name() -> None:
    # "Tenaga Ahli" is one job: its first word is no surname
    found = people(HELD + "Webinar menghadirkan tiga narasumber yaitu Dodi Saputra, anggota DPRD "
                   "Uji, Drs Tono Haryadi Tenaga Ahli Bupati Uji dan Rina Kartika, Camat Maju.")
    assert "Tono Haryadi" in found
    assert found["Tono Haryadi"].position.startswith("Tenaga Ahli")
