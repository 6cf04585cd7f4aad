"""A country's name before a person's name belongs to the position, not to the name.

Every sentence is invented for these tests (fictional people).
"""

from __future__ import annotations

from extract_people import HELD, people


def test_a_country_after_dari_is_no_first_name() -> None:
    found = people(HELD + "Narasumber webinar yaitu pakar dari Polandia Helga dan "
                          "peneliti Rina Kartika.")
    assert "Helga" in found
    assert found["Helga"].position == "pakar dari Polandia"


def test_a_country_after_a_job_is_no_first_name() -> None:
    found = people(HELD + "Narasumber webinar yaitu jurnalis senior Tunisia Rahmat Faizi dan "
                          "peneliti Rina Kartika.")
    assert "Rahmat Faizi" in found
    assert found["Rahmat Faizi"].position == "jurnalis senior Tunisia"


def test_a_country_that_is_also_a_given_name_stays() -> None:
    found = people(HELD + "Narasumber webinar yaitu Jordan Pratama dan Oman Sukmana.")
    assert "Jordan Pratama" in found
    assert "Oman Sukmana" in found
