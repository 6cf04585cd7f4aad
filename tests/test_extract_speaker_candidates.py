"""The person candidates of the learned speaker experiment: their features and their
training script (invented articles only; the training needs the fresh sets and the shared
corpus and is not run here)."""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

from index.extract.sentences import split_sentences
from index.extract.speaker_candidates import PersonCandidate, candidates
from index.model import Speaker

ROOT = Path(__file__).resolve().parents[1]

_TEXT = ("Dinas Koperasi Kabupaten Lamaru menggelar webinar literasi keuangan pada Selasa "
         "(8/3/2022). Narasumber webinar adalah Gita Permatasari, dosen Politeknik Lamaru. "
         "“Menabung harus dimulai sejak dini,” kata Dr. Sandi Wiranata, M.Si, Kepala Bidang "
         "Ekonomi Dinas Koperasi. Sandi menambahkan bahwa warga perlu mencatat pengeluaran.")


def _found(speakers: list[Speaker], max_rules: int | None = None,
           ) -> dict[str, PersonCandidate]:
    return {c.name: c for c in candidates(split_sentences(_TEXT), speakers, max_rules)}


def test_a_person_the_rules_missed_is_one_candidate_with_its_classes() -> None:
    found = _found([Speaker("Gita Permatasari")])
    assert set(found) == {"Sandi Wiranata"}  # the rules' person is no candidate
    sandi = found["Sandi Wiranata"]
    features = sandi.features
    assert features["mentions"] == math.log1p(1)  # (a bare "Sandi" opening a sentence is no run)
    assert {"l_quote_before", "l_after_quote", "n_academic", "n_degrees", "n_words_2", "job",
            "rules_1", "s_quote_verb"} <= set(features)
    assert sandi.position is not None and "Kepala Bidang" in sandi.position
    assert sandi.written.startswith("Dr. Sandi Wiranata")


def test_every_feature_is_a_class_never_a_word_of_the_article() -> None:
    words = {w.casefold().strip("“”.,()") for w in _TEXT.split()}
    for candidate in _found([]).values():
        assert not set(candidate.features) & words


def test_the_gate_reads_no_candidates_beside_a_programme_the_rules_read() -> None:
    assert _found([Speaker("Gita Permatasari")], max_rules=0) == {}
    assert set(_found([], max_rules=0)) == {"Gita Permatasari", "Sandi Wiranata"}


def test_the_training_script_uses_the_run_time_candidates(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "tests" / "benchmarks"))
    try:
        import train_speakers
    finally:
        sys.path.remove(str(ROOT / "tests" / "benchmarks"))
    assert train_speakers.candidates is candidates
    learned = {"bias": -1.0, "l_quote_before": 3.0}
    sandi = _found([Speaker("Gita Permatasari")])["Sandi Wiranata"]
    assert train_speakers.score(sandi, learned) == 2.0
    done = subprocess.run([sys.executable, str(ROOT / "tests" / "benchmarks" /
                                               "train_speakers.py"), "--shared", str(tmp_path)],
                          capture_output=True, text=True, check=True)
    assert done.stdout.startswith("skipped:")
