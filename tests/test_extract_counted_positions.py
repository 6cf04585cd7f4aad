"""A job written once with a count before the list it counts ("dua dosen X, A dan B"): the
plural noun phrase names every member it counts, and no one past the count.

All sentences are invented for these tests (fictional people, bodies and places).
"""

from __future__ import annotations

from tests.extract_people import HELD, people


def positions(sentence: str) -> dict[str, str | None]:
    return {name: s.position for name, s in people(HELD + sentence).items()}


def test_counted_former_job_before_a_pair_holds_for_both() -> None:
    found = positions("Hadir sebagai narasumber antara lain dua mantan Kepala Balai Pelatihan "
                      "Kerja, Rahmat Sudirja serta Wahyu Setiabudi.")
    assert found == {"Rahmat Sudirja": "mantan Kepala Balai Pelatihan Kerja",
                     "Wahyu Setiabudi": "mantan Kepala Balai Pelatihan Kerja"}


def test_counted_job_with_a_classifier_inside_a_longer_list() -> None:
    found = positions("Webinar menghadirkan narasumber, yakni Dr. Sinta Maharani dan dua orang "
                      "peneliti dari UNTAD, Rahmat Sudirja, dan Wahyu Setiabudi.")
    assert found == {"Sinta Maharani": None, "Rahmat Sudirja": "peneliti dari UNTAD",
                     "Wahyu Setiabudi": "peneliti dari UNTAD"}


def test_the_count_bounds_the_members_that_share_the_job() -> None:
    found = positions("Webinar menghadirkan narasumber yakni dua dosen Universitas Lambung, "
                      "Rahmat Sudirja dan Wahyu Setiabudi, serta Yohana Lestari.")
    assert found == {"Rahmat Sudirja": "dosen Universitas Lambung",
                     "Wahyu Setiabudi": "dosen Universitas Lambung", "Yohana Lestari": None}


def test_a_counted_role_noun_is_no_job() -> None:
    found = positions("Webinar menghadirkan dua narasumber, Rahmat Sudirja dan Wahyu Setiabudi.")
    assert found == {"Rahmat Sudirja": None, "Wahyu Setiabudi": None}
