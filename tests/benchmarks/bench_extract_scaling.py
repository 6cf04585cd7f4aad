"""How extraction time grows with the size of a body, shape by shape: a hunt for super-linear cost.

    python tests/benchmarks/bench_extract_scaling.py
    python tests/benchmarks/bench_extract_scaling.py --sizes 5000 10000 20000 40000 --only dots
    PYTHONPATH=/other/tree python tests/benchmarks/bench_extract_scaling.py --records > a.jsonl

The extractor reads up to 50,000 characters of a body (``MAX_TEXT_CHARS``). News reports are
a few thousand characters, but real pages can be big or odd: a cleaner that kept a tag cloud,
a pasted programme of 300 sessions, a page without sentence punctuation. A rule that rescans a
list or the text inside a loop is invisible on a 3,000-character report and takes seconds on
50,000 characters. This script builds invented texts of many shapes (in the style of
Indonesian webinar reports; no real data) at several sizes, times one extraction of each
(CPU seconds, ``time.process_time``, after a warm-up), and prints per shape the time at each
size and the growth exponent between the two largest sizes, log(t2/t1) / log(n2/n1): about 1
for linear cost, 2 for quadratic. Shapes whose exponent is above ``--max-exponent`` (1.5) or
whose largest size takes over ``--max-seconds`` (1 s) are flagged with ``!``. Timings on a
shared machine are noisy: read the exponent of a sub-10 ms shape with care.

``--records`` prints instead one JSON line per (shape, size): the record extracted (sorted
keys), so that two trees can be compared byte for byte (run with ``PYTHONPATH=<tree>``).
It is a benchmark (prints figures, exits 0), not a timed test.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

if not os.environ.get("PYTHONPATH"):
    # this checkout's index package (PYTHONPATH=<tree> measures or reads another tree)
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from index import article_from_text, extract_event  # noqa: E402

NAMES = ["Budi Santoso", "Rina Kusuma", "Agus Salim", "Dewi Lestari", "Yuni Astuti",
         "Dedi Firmansyah", "Tengku M.S. Rahman", "Siti Nurhaliza Putri", "Made Wirawan",
         "Hendra Gunawan", "Maria Ulfa", "Andi Pratama"]
DEGREES = ["S.Kom.", "M.Pd.", "S.H., M.H.", "Dr.", "Prof. Dr.", "S.T., M.T.", "M.Si.", "Ph.D."]
JOBS = ["Dosen Universitas Harapan", "Kepala Dinas Kominfo Kabupaten Sukamaju",
        "Content Creator", "Ketua Asosiasi Guru Digital", "Relawan TIK Jawa Barat",
        "Staf Ahli Bupati Lembah Hijau", "Pegiat Literasi Digital", "Dekan Fakultas Hukum"]
WORDS = ("literasi digital masyarakat internet aman bijak produktif kegiatan webinar peserta "
         "materi budaya etika keamanan informasi hoaks media sosial pelajar guru").split()
PLACES = ["Kota Sukamaju", "Kabupaten Lembah Hijau", "Aula Kantor Bupati", "Gedung Serbaguna",
          "Kecamatan Sindangsari", "Provinsi Jawa Barat", "Pendopo Kabupaten", "Desa Mekarjaya"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember"]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
ENGLISH = ("the webinar on digital literacy was attended by hundreds of participants from "
           "schools and communities who learned about online safety and ethics").split()
SCRIPTS = ["ديجيتال", "литература", "デジタル", "数字素养", "ดิจิทัล", "Ελλάδα", "δημοκρατία"]

Unit = Callable[[random.Random], str]


def _words(rng: random.Random, k: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(k))


def _person(rng: random.Random) -> str:
    return rng.choice(NAMES)


def _date(rng: random.Random) -> str:
    day, year = rng.randint(1, 28), rng.randint(2019, 2024)
    return f"{rng.choice(DAYS)}, {day} {rng.choice(MONTHS)} {year}"


# Each shape: an opening and a unit; the text is the opening followed by units (joined by
# the shape's separator) until the target size is reached, then a closing.
SHAPES: dict[str, tuple[str, Unit, str, str]] = {
    "one_long_sentence": ("Webinar bertema literasi digital ", lambda r: _words(r, 1), " ", "."),
    "caps_run": ("Webinar literasi digital menghadirkan narasumber ",
                 lambda r: (_person(r).split()[0].upper() if r.random() < .3 else _person(r)),
                 " ", "."),
    "comma_list": ("Webinar literasi digital menghadirkan narasumber ",
                   lambda r: f"Dr. {_person(r)}, {r.choice(JOBS)}", ", ", "."),
    "no_punct_caps": ("Webinar ", lambda r: r.choice(WORDS).capitalize(), " ", ""),
    "many_sentences": ("", lambda r: (f"{_person(r)} selaku {r.choice(JOBS)} menyampaikan materi "
                                      f"berjudul \"{' '.join(r.sample(WORDS, 4))}\"."), " ", ""),
    "quotes_unbalanced": ("Webinar bertajuk “",
                          lambda r: _words(r, 5) + " " + _person(r) + "“", " ", ""),
    "dots": ("Webinar ", lambda r: f"{r.choice('ABCDEFG')}.{r.choice('HIJKLMN')}.", " ",
             " literasi."),
    "dashes_brackets": ("Webinar (", lambda r: f"{_person(r)} ({r.choice(JOBS)}", " – ", "."),
    "speaker_list_semicolons": ("Webinar literasi digital menghadirkan narasumber: ",
                                lambda r: f"{_person(r)}, {r.choice(JOBS)}", "; ", "."),
    "short_paragraphs": ("Webinar Literasi Digital Kabupaten Lembah Hijau\n\n",
                         lambda r: f"{_words(r, r.randint(3, 9)).capitalize()}.", "\n\n", ""),
    "names_degrees_paragraph": ("Hadir sebagai narasumber ",
                                lambda r: f"{r.choice(DEGREES)} {_person(r)}, {r.choice(DEGREES)}",
                                " ", "."),
    "many_quotes": ("Webinar literasi digital berlangsung meriah. ",
                    lambda r: (f"\"{_words(r, r.randint(4, 10)).capitalize()},\" kata "
                               f"{_person(r)}."), " ", ""),
    "many_dates": ("Jadwal webinar literasi digital: ",
                   lambda r: f"{_date(r)} pukul {r.randint(8, 20):02d}.00 WIB", ", ", "."),
    "many_places": ("Webinar literasi digital digelar di ",
                    lambda r: f"{r.choice(PLACES)}", ", ", "."),
    "bracketed_asides": ("Webinar literasi digital ",
                         lambda r: f"{_words(r, 3)} ({_person(r)}, {r.choice(JOBS)})", " ", "."),
    "english_prose": ("", lambda r: " ".join(r.choice(ENGLISH) for _ in range(12)).capitalize()
                      + ".", " ", ""),
    "capitalised_table": ("Jadwal Sesi\n", lambda r: " ".join(
        w.capitalize() for w in (r.choice(WORDS + [p.split()[-1] for p in PLACES])
                                 for _ in range(6))), " | ", "\n"),
    "cue_repeats": ("Webinar literasi digital ", lambda r: (
        f"dipandu oleh {_person(r)} selaku {r.choice(JOBS)} dan {_person(r)} selaku moderator"),
        ", ", "."),
    "mixed_scripts": ("Webinar literasi digital ",
                      lambda r: f"{r.choice(SCRIPTS)} {_words(r, 2)} {_person(r)}", " ", "."),
    "programme_sessions": ("Agenda Webinar Literasi Digital\n", lambda r: (
        f"Sesi {r.randint(1, 300)}: \"{_words(r, 3).title()}\" oleh {r.choice(DEGREES)} "
        f"{_person(r)} ({r.choice(JOBS)}), {_date(r)}."), "\n", ""),
    "tag_cloud": ("Tag: ", lambda r: r.choice(WORDS + [p.split()[-1] for p in PLACES]
                                              + [n.split()[0] for n in NAMES]), " ", ""),
}


def build(shape: str, size: int, seed: int = 1) -> str:
    """An invented text of ``shape`` with at least ``size`` characters (whole units)."""
    opening, unit, sep, closing = SHAPES[shape]
    rng = random.Random(f"{shape}/{size}/{seed}")
    parts: list[str] = []
    total = len(opening) + len(closing)
    while total < size:
        part = unit(rng)
        parts.append(part)
        total += len(part) + len(sep)
    return opening + sep.join(parts) + closing


def texts(shapes: list[str], sizes: list[int]) -> Iterator[tuple[str, int, str]]:
    for shape in shapes:
        for size in sizes:
            yield shape, size, build(shape, size)


def cpu_seconds(text: str) -> float:
    start = time.process_time()
    extract_event(article_from_text(text))
    return time.process_time() - start


def exponent(n1: int, t1: float, n2: int, t2: float) -> float:
    """Growth exponent between two sizes, log(t2/t1) / log(n2/n1)."""
    return math.log(max(t2, 1e-6) / max(t1, 1e-6)) / math.log(n2 / n1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[6000, 12000, 24000, 48000])
    parser.add_argument("--only", nargs="+", choices=sorted(SHAPES), help="default: every shape")
    parser.add_argument("--max-exponent", type=float, default=1.5)
    parser.add_argument("--max-seconds", type=float, default=1.0)
    parser.add_argument("--records", action="store_true",
                        help="print the extracted records as JSON lines instead of timings")
    args = parser.parse_args()
    shapes = args.only or list(SHAPES)
    sizes = sorted(args.sizes)
    if args.records:
        for shape, size, text in texts(shapes, sizes):
            event = extract_event(article_from_text(text))
            record = event.to_dict() if event else None
            print(json.dumps({"shape": shape, "size": size, "record": record},
                             ensure_ascii=False, sort_keys=True))
        return
    cpu_seconds(build("many_sentences", 3000))  # warm-up: imports, regex compilation
    print(f"{'shape':26s}" + "".join(f"{n:>10d}" for n in sizes) + "  exponent")
    flagged: list[str] = []
    for shape in shapes:
        times = [cpu_seconds(build(shape, size)) for size in sizes]
        exp = exponent(sizes[-2], times[-2], sizes[-1], times[-1]) if len(sizes) > 1 else 0.0
        flag = exp > args.max_exponent or times[-1] > args.max_seconds
        if flag:
            flagged.append(shape)
        print(f"{shape:26s}" + "".join(f"{t * 1000:8.0f}ms" for t in times)
              + f"  {exp:6.2f} {'!' if flag else ''}", flush=True)
    print(f"flagged ({len(flagged)}): {' '.join(flagged) if flagged else '-'}")


if __name__ == "__main__":
    main()
