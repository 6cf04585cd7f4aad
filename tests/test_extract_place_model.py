"""The learned place scorer: its candidates, its weight file and its training script
(invented articles only; the training itself needs the shared corpus and is not run here)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from index.extract import place
from index.extract.dates import best_date, find_dates
from index.extract.gazetteer import Place
from index.extract.place import location_candidates
from index.extract.place_candidates import CUES, Candidate
from index.extract.place_model import choose, score, weights
from index.extract.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]


def candidates_of(text: str, organisers: tuple[str, ...] = ()) -> dict[str, dict[str, float]]:
    sentences = split_sentences(text)
    best = best_date(find_dates(sentences))
    found, _ = location_candidates(None, sentences, best.sentence if best else None, organisers)
    assert found[-1].none, "no location is always the last candidate"
    return {("NONE" if c.none else c.place.label if c.place else c.town or ""): c.features
            for c in found}


def test_the_weight_file_holds_feature_classes_only() -> None:
    known = {f"n_{cue}" for cue in CUES} | {"n_dated", "n_headline", "capital_dateline_only",
                                            "capital_dateline_national", "none", "none_national"}
    learned = weights()
    assert learned and set(learned) <= known
    assert learned["n_dateline"] > 0 and learned["n_audience"] > 0


def test_cues_are_counted_per_place() -> None:
    found = candidates_of("PALU, Kabar Uji – Dinas Kesehatan menggelar webinar literasi digital "
                          "untuk masyarakat Kabupaten Sigi, Kamis (3/3/2022). Webinar diikuti "
                          "warga Kabupaten Sigi.")
    assert set(found) == {"Kota Palu", "Kabupaten Sigi", "NONE"}
    assert set(found["Kota Palu"]) == {"n_dateline"}
    assert set(found["Kabupaten Sigi"]) == {"n_audience", "n_dated"}
    assert found["Kabupaten Sigi"]["n_audience"] > found["Kota Palu"]["n_dateline"]  # twice
    assert found["NONE"] == {"none": 1.0}


def test_a_jakarta_only_the_dateline_names_is_marked() -> None:
    # a campus beside the ministry: the dateline may be its city, Jakarta stays a candidate
    found = candidates_of("JAKARTA – Kementerian Uji bersama Universitas Uji menggelar webinar "
                          "literasi secara daring pada Senin (5/7/2021).")
    assert {"capital_dateline_only", "capital_dateline_national"} <= set(found["Jakarta"])
    assert found["NONE"] == {"none": 1.0, "none_national": 1.0}
    # the ministry's own online event: the README's "no location", Jakarta is no candidate
    found = candidates_of("JAKARTA – Kementerian Uji menggelar webinar literasi secara daring "
                          "pada Senin (5/7/2021).")
    assert set(found) == {"NONE"}
    found = candidates_of("JAKARTA – Sekolah Tinggi Uji menggelar webinar kehumasan di kampus "
                          "Jakarta pada Senin (5/7/2021).")
    assert "capital_dateline_only" not in found["Jakarta"]
    assert found["NONE"] == {"none": 1.0}


def test_a_place_named_only_weakly_is_no_candidate() -> None:
    # one of a list, a word of an organisation's name, a topic
    assert set(candidates_of("Webinar Universitas Uji diikuti peserta dari Kabupaten Sigi, "
                             "Kota Palu, Kabupaten Poso dan Kota Manado.")) == {"NONE"}
    assert set(candidates_of("Fakultas Uji menggelar webinar. Dosen Universitas Negeri "
                             "Padang, Rahmi, menjelaskan wakaf.")) == {"NONE"}
    # skipped mentions (in brackets) stay features of a candidate named otherwise too
    found = candidates_of("Webinar digelar di Kabupaten Sigi. Narasumber adalah Rina (Dosen "
                          "Kabupaten Sigi).")
    assert set(found["Kabupaten Sigi"]) == {"n_venue", "n_bracket"}


def test_the_dateline_town_the_gazetteer_lacks_is_a_candidate_as_written() -> None:
    found = candidates_of("SUKAMAJU, Kabar Uji – Pesantren Uji menggelar webinar santri. "
                          "Santri Sukamaju antusias.")
    assert set(found["Sukamaju"]) == {"n_dateline", "n_bare"}


def test_choose_adds_up_the_weights_and_keeps_the_earlier_on_a_tie() -> None:
    sigi, palu = Place("kabupaten", "Sigi", "Sulawesi Tengah"), Place("kota", "Palu", "X")
    found = [Candidate(sigi, None, {"n_bare": 1.0}), Candidate(palu, None, {"n_at": 1.0}),
             Candidate(None, None, {"none": 1.0})]
    learned = {"n_bare": 1.0, "n_at": 2.0, "none": 1.5}
    assert score(found[1], learned) == 2.0
    assert choose(found, learned).place == palu
    assert choose(found, {"n_bare": 1.0, "n_at": 1.0, "none": 1.0}).place == sigi
    assert choose(found, {"none": 1.0}).none


def test_the_learned_answer_and_the_rules_baseline() -> None:
    text = ("PALEMBANG, Kabar Uji - Kementerian menggelar webinar literasi digital untuk "
            "masyarakat Kabupaten Muara Enim. Webinar berlangsung Kamis (11/6/2021).")
    sentences = split_sentences(text)
    for found in (place.event_location(None, sentences, 1),
                  location_candidates(None, sentences, 1)[1]):
        assert (found.location, found.province) == ("Kabupaten Muara Enim", "Sumatera Selatan")
    # the rules' threshold: one bare mention (weight 1) names no place
    assert location_candidates(None, split_sentences("Webinar bersama Sigi."), None)[1] \
        .location is None


def test_a_town_located_in_a_regency_takes_its_province() -> None:
    text = ("SUKAMAJU – Koperasi Uji menggelar webinar dari kantornya di Sukamaju, Kabupaten "
            "Tapanuli Selatan, pada Jumat (20/11/2021). Petani Sukamaju antusias. Warga "
            "Sukamaju hadir.")
    sentences = split_sentences(text)
    best = best_date(find_dates(sentences))
    found = place.event_location(None, sentences, best.sentence if best else None)
    assert found.province == "Sumatera Utara"


def test_the_training_script_skips_without_the_shared_corpus(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, str(ROOT / "tests/benchmarks/train_place.py"),
                           "--shared", str(tmp_path / "absent")], capture_output=True,
                          text=True, cwd=ROOT, check=False)
    assert done.returncode == 0
    assert done.stdout.startswith("skipped:") and "corpus" in done.stdout
