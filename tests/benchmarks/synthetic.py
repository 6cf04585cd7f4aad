"""Seedable synthetic corpora for the benchmarks (never collected by pytest, never committed data).

Two generators:

- :func:`generate_articles` - N news reports of webinars, ~400 words each, built only from
  vocabulary in this module and the root-word dictionary that ships with PySastrawi. Word
  frequencies follow Zipf's law (a hand-written head of frequent Indonesian words, then a
  long tail of affixed dictionary roots), so the lexicon grows with N the way a real one
  does. Speakers, themes, places, organizers and dates are drawn from small invented pools,
  so speaker and place facets have realistic cardinalities. Used by ``bench_index.py``.
- :func:`lookalike_articles` - reports that imitate a given set of real ones (names and
  titles recombined from theirs), for ``bench_relevance.py``.
- :func:`with_copies` - the same reports, some of them published again by other sites
  (each copy with its own lede, a paragraph dropped or a closing line added, and its own
  extraction noise), with the true event of every article, for ``bench_grouping.py``.

The same seed always gives the same corpus, so runs can be compared.
"""

from __future__ import annotations

import bisect
import itertools
import random
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from importlib import resources

from index.model import Article, Event, Speaker

HEAD_WORDS = """
yang dan di ini itu dengan untuk dalam dari pada tidak akan juga ke karena bisa ada oleh
kita para mereka saat sudah lebih harus menjadi secara tersebut digital masyarakat telah
dapat agar atau bagi serta hal kami informasi literasi media sosial internet pemerintah
daerah kegiatan program webinar peserta narasumber acara tentang sangat banyak seperti
hanya antara melalui pengguna teknologi kota kabupaten provinsi tahun hari kemudian
penting pendidikan generasi muda anak orang tua sekolah guru siswa mahasiswa universitas
keamanan data pribadi konten kreatif budaya etika keterampilan ruang dunia bijak aman
nyaman positif negatif hoaks berita palsu informasi publik pelayanan layanan kebijakan
pembangunan ekonomi usaha mikro kecil menengah pemasaran produk jualan daring luring
pandemi covid kesehatan vaksinasi protokol belajar mengajar pembelajaran jarak jauh
kemampuan berpikir kritis perubahan perkembangan transformasi inovasi kolaborasi
komunikasi informatika kementerian dinas kepala bidang seksi staf ahli dosen peneliti
praktisi pegiat penulis jurnalis wartawan komunitas organisasi lembaga yayasan
menyampaikan mengatakan menjelaskan mengajak mengingatkan menambahkan menekankan
memberikan menghadirkan mengikuti menggunakan memanfaatkan membangun meningkatkan
mengembangkan melindungi menjaga menghindari menyebarkan membagikan memahami mengenal
kemajuan bangsa negara indonesia nasional wilayah desa warga umum khusus baik buruk
besar banyak sedikit baru lama cepat mudah sulit benar salah perlu wajib boleh sering
selalu kadang terus masih belum pernah sedang akhir awal tengah bagian upaya cara
langkah tantangan peluang manfaat risiko dampak solusi masalah kasus contoh bentuk jenis
sumber platform aplikasi akun kata sandi jaringan perangkat ponsel gawai komputer
video gambar foto tulisan pesan komentar unggahan jejak rekam kejahatan siber penipuan
perundungan ujaran kebencian toleransi keberagaman persatuan kesatuan pancasila nilai
karakter moral agama keluarga perempuan pemuda pelajar ibu bapak rumah tangga kerja
""".split()

FIRST_NAMES = """
Adi Agus Ahmad Aisyah Andi Anisa Arif Ayu Bambang Bayu Budi Cahya Citra Dani Dewi Dian Dimas
Eka Endang Fajar Farida Fitri Galih Gita Hadi Hana Hendra Ika Indah Intan Irfan Joko Kartika
Lestari Lina Made Maya Melati Nanda Nia Novi Nur Oki Putri Rahmat Rani Reza Rina Rudi Sari
Sekar Siti Surya Taufik Tri Utami Wahyu Wulan Yogi Yuli Yusuf Zainal
""".split()

LAST_NAMES = """
Amalia Anggraini Ardiansyah Budiman Damanik Gunawan Habibie Harahap Hasibuan Hidayat Irawan
Kurniawan Kusuma Lubis Mahendra Manurung Nasution Nugroho Pane Permana Prasetyo Pratama
Purnomo Putra Rahayu Ramadhan Saputra Setiawan Sihombing Simanjuntak Siregar Sitompul
Susanto Syahputra Tambunan Utomo Wibowo Wijaya Wulandari Yulianto
""".split()

PLACES: tuple[tuple[str, str], ...] = (
    ("Kota Palembang", "Sumatera Selatan"), ("Kabupaten Ogan Ilir", "Sumatera Selatan"),
    ("Kota Medan", "Sumatera Utara"), ("Kabupaten Deli Serdang", "Sumatera Utara"),
    ("Kota Padang", "Sumatera Barat"), ("Kota Pekanbaru", "Riau"),
    ("Kota Jambi", "Jambi"), ("Kota Bengkulu", "Bengkulu"),
    ("Kota Bandar Lampung", "Lampung"), ("Kota Banda Aceh", "Aceh"),
    ("Kota Bandung", "Jawa Barat"), ("Kabupaten Garut", "Jawa Barat"),
    ("Kota Semarang", "Jawa Tengah"), ("Kabupaten Banyumas", "Jawa Tengah"),
    ("Kota Surabaya", "Jawa Timur"), ("Kabupaten Jember", "Jawa Timur"),
    ("Kota Yogyakarta", "Daerah Istimewa Yogyakarta"), ("Kota Denpasar", "Bali"),
    ("Kota Mataram", "Nusa Tenggara Barat"), ("Kota Kupang", "Nusa Tenggara Timur"),
    ("Kota Pontianak", "Kalimantan Barat"), ("Kota Samarinda", "Kalimantan Timur"),
    ("Kota Makassar", "Sulawesi Selatan"), ("Kabupaten Gowa", "Sulawesi Selatan"),
    ("Kota Manado", "Sulawesi Utara"), ("Kota Palu", "Sulawesi Tengah"),
    ("Kota Gorontalo", "Gorontalo"), ("Kota Ambon", "Maluku"),
    ("Kota Ternate", "Maluku Utara"), ("Kota Jayapura", "Papua"),
)

ORGANIZERS = (
    "Kementerian Komunikasi dan Informatika", "Siberkreasi", "Dinas Komunikasi dan Informatika",
    "Gerakan Nasional Literasi Digital", "Universitas Nusantara Raya", "Yayasan Cakap Bermedia",
    "Asosiasi Pegiat Literasi", "Pemerintah Kota", "Komunitas Aman Daring",
)

POSITIONS = (
    "dosen ilmu komunikasi", "pegiat literasi digital", "konten kreator", "peneliti media",
    "kepala dinas komunikasi dan informatika", "praktisi keamanan siber", "jurnalis senior",
    "staf ahli bidang teknologi", "psikolog anak", "pendiri komunitas kreatif",
)

ROLE_CUES = (("speaker", "narasumber"), ("keynote", "pembicara kunci"),
             ("moderator", "moderator"), ("kol", "key opinion leader"))

THEME_WORDS = """
Aman Bijak Cakap Cerdas Digital Literasi Media Sosial Internet Ruang Etika Budaya Keamanan
Data Pribadi Generasi Muda Produktif Kreatif Pelayanan Publik Pemerintahan Transformasi
Ekonomi Usaha Pemasaran Pendidikan Pembelajaran Keluarga Anak Hoaks Berita Informasi
Kebangsaan Toleransi Inovasi Masyarakat Kolaborasi Era Tantangan Peluang Pandemi Daring
""".split()
THEME_JOINERS = ("di", "dan", "untuk", "dalam", "melalui", "bagi", "menuju")


@dataclass(frozen=True)
class _Zipf:
    """Draw words with probability proportional to 1 / rank."""

    words: tuple[str, ...]
    cumulative: tuple[float, ...]

    @classmethod
    def over(cls, words: Sequence[str], exponent: float = 1.0) -> _Zipf:
        total = 0.0
        cumulative = []
        for rank in range(1, len(words) + 1):
            total += 1.0 / rank**exponent
            cumulative.append(total)
        return cls(tuple(words), tuple(cumulative))

    def draw(self, rng: random.Random) -> str:
        x = rng.random() * self.cumulative[-1]
        return self.words[bisect.bisect_left(self.cumulative, x)]


def _tail_words(rng: random.Random) -> list[str]:
    """Dictionary roots with common affixes, shuffled: the vocabulary's long tail."""
    roots = [
        w for w in resources.files("Sastrawi.Stemmer.data").joinpath("kata-dasar.txt")
        .read_text(encoding="utf-8").split() if w.isalpha() and len(w) > 3
    ]
    affixes = (("", ""), ("", "an"), ("me", ""), ("me", "kan"), ("pe", "an"), ("ber", ""),
               ("ke", "an"), ("di", ""), ("ter", ""), ("per", "an"))
    words = [pre + root + suf for root in roots for pre, suf in rng.sample(affixes, 2)]
    rng.shuffle(words)
    return words


class ArticleGenerator:
    """Builds synthetic webinar reports; one instance per seed."""

    def __init__(self, seed: int = 0) -> None:
        self.seed = seed
        rng = random.Random(seed)
        head = list(HEAD_WORDS)
        vocabulary = list(dict.fromkeys(head + _tail_words(rng)))
        self._zipf = _Zipf.over(vocabulary, exponent=1.05)
        people = [f"{f} {last}" for f in FIRST_NAMES for last in LAST_NAMES]
        rng.shuffle(people)
        self._people = _Zipf.over(people, exponent=0.6)
        themes = set()
        while len(themes) < 1500:
            words = rng.sample(THEME_WORDS, rng.randint(2, 4))
            if rng.random() < 0.5:
                words.insert(rng.randint(1, len(words) - 1), rng.choice(THEME_JOINERS))
            themes.add(" ".join(words))
        self._themes = _Zipf.over(sorted(themes), exponent=0.8)

    def article(self, n: int) -> Article:
        """The ``n``-th article of this seed's corpus (the same ``n``, the same article)."""
        rng = random.Random(self.seed * 1_000_003 + n)
        location, province = rng.choice(PLACES)
        title = self._themes.draw(rng)
        year = rng.choice((2020, 2021, 2022))
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        date = f"{year}-{month:02d}-{day:02d}"
        organizers = rng.sample(ORGANIZERS, rng.randint(1, 2))
        speakers: list[Speaker] = []
        for role, _cue in rng.sample(ROLE_CUES, rng.randint(2, 4)):
            name = self._people.draw(rng)
            if any(s.name == name for s in speakers):
                continue
            speakers.append(Speaker(
                name=name, name_as_written=name, role=role,
                position=rng.choice(POSITIONS),
                talk_title=self._themes.draw(rng) if role == "speaker" else None,
            ))
        paragraphs = [
            f"{location.split(' ', 1)[-1]} - Sebanyak {rng.randint(50, 2000)} peserta mengikuti "
            f"webinar bertajuk “{title}” yang diselenggarakan {organizers[0]} secara daring "
            f"pada {day} {_MONTHS[month - 1]} {year}.",
        ]
        for person in speakers:
            cue = dict(ROLE_CUES)[person.role]
            paragraphs.append(
                f"{person.name} selaku {person.position} hadir sebagai {cue}. "
                + self._sentences(rng, 2)
            )
        while sum(len(p.split()) for p in paragraphs) < 380:
            paragraphs.append(self._sentences(rng, rng.randint(2, 4)))
        slug = "-".join(title.lower().split())
        event = Event(title=title, date=date, location=location, province=province,
                      organizers=organizers, participants=rng.randint(50, 2000),
                      speakers=speakers)
        return Article(
            url=f"https://berita{n % 40}.example/{year}/{month:02d}/{slug}-{n}",
            site=f"berita{n % 40}.example", title=f"{title}: Catatan dari {location}",
            published=date, lang="id", text="\n\n".join(paragraphs), event=event,
        )

    def _sentences(self, rng: random.Random, count: int) -> str:
        out = []
        for _ in range(count):
            words = [self._zipf.draw(rng) for _ in range(rng.randint(8, 22))]
            out.append(words[0].capitalize() + " " + " ".join(words[1:]) + ".")
        return " ".join(out)

    def people(self, count: int, rng: random.Random) -> list[str]:
        """``count`` speaker names drawn as the corpus draws them (for query sampling)."""
        return [self._people.draw(rng) for _ in range(count)]

    def themes(self, count: int, rng: random.Random) -> list[str]:
        return [self._themes.draw(rng) for _ in range(count)]

    def common_words(self, lo: int, hi: int) -> list[str]:
        """Vocabulary words of frequency rank ``lo`` to ``hi`` (0 = most frequent)."""
        return list(self._zipf.words[lo:hi])


_MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
           "September", "Oktober", "November", "Desember")


def generate_articles(n: int, seed: int = 0) -> Iterator[Article]:
    """``n`` synthetic ~400-word webinar reports, the same for the same ``seed``."""
    generator = ArticleGenerator(seed)
    return (generator.article(i) for i in range(n))


_LEDES = ("{place} (Antara Kita) - ", "{place}, kabar daerah - ", "",
          "Laporan wartawan, {place} - ")
_CLOSINGS = ("(adv)", "Baca juga: berita terkait lainnya di kanal daerah.", "Editor: Redaksi",
             "Simak berita lainnya di kanal kami.")


def _copy_of(original: Article, k: int, rng: random.Random) -> Article:
    """Another site's copy of ``original``: its own dateline, a paragraph dropped or a
    closing line added, and the event as another extraction might read it."""
    assert original.event is not None
    event = Event.from_dict(original.event.to_dict())
    paragraphs = original.text.split("\n\n")
    place = (event.location or "").split(" ", 1)[-1]
    lede = rng.choice(_LEDES).format(place=place.upper())
    body = [lede + paragraphs[0].split(" - ", 1)[-1]] + paragraphs[1:]
    if len(body) > 4 and rng.random() < 0.5:
        del body[rng.randrange(2, len(body))]
    if rng.random() < 0.5:
        body.append(rng.choice(_CLOSINGS))
    noise = rng.random()
    if noise < 0.15:
        event.title = None
    elif noise < 0.3 and len(event.speakers) > 1:
        event.speakers = event.speakers[:-1]
    elif noise < 0.4:
        event.date = None
    site = f"salinan{k % 30}.example"
    return Article(url=f"https://{site}/{k}", site=site,
                   title=f"{event.title or 'Webinar'}: kabar dari {place}",
                   published=original.published, lang="id", text="\n\n".join(body),
                   event=event)


def with_copies(n: int, copy_share: float = 0.3, seed: int = 0
                ) -> tuple[list[Article], list[int]]:
    """``n`` reports of which about ``copy_share`` are copies of others (1 to 4 per copied
    original), and each report's true event (the number of its original)."""
    generator = ArticleGenerator(seed)
    rng = random.Random(seed + 7)
    originals = round(n * (1 - copy_share))
    articles = [generator.article(i) for i in range(originals)]
    events = list(range(originals))
    while len(articles) < n:
        source = rng.randrange(originals)
        for _ in range(min(rng.randint(1, 4), n - len(articles))):
            articles.append(_copy_of(articles[source], len(articles), rng))
            events.append(source)
    order = list(range(n))
    rng.shuffle(order)
    return [articles[i] for i in order], [events[i] for i in order]


# --- look-alikes of a real corpus (bench_relevance) -------------------------------------

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


@dataclass
class RealReport:
    """One real article and its gold event, as bench_relevance reads them."""

    url: str
    site: str
    text: str
    event: Event


def lookalike_articles(reals: Sequence[RealReport], n: int, seed: int = 0) -> list[Article]:
    """``n`` reports in the genre of ``reals``: same kind of prose, recombined people/titles.

    - speakers: a first name of one real speaker with the last name(s) of another (never a
      real speaker's full name);
    - titles: the start of one real title spliced to the end of another, or real title
      words in a new order (never a real title);
    - places and organizers: real ones, so place filters are tested on many articles;
    - prose: real sentences that name no real speaker and quote no real title, shuffled
      across articles, around sentences that introduce the new speakers and title.
    """
    rng = random.Random(seed)
    names = [s.name for r in reals for s in r.event.speakers if s.name]
    real_names = {name.casefold() for name in names}
    firsts = [name.split()[0] for name in names]
    lasts = [" ".join(name.split()[1:]) or name for name in names]
    titles = [r.event.title for r in reals if r.event.title]
    real_titles = {t.casefold() for t in titles}
    title_words = [w for t in titles for w in t.split()]
    places = [(r.event.location, r.event.province) for r in reals
              if r.event.location or r.event.province]
    organizers = [o for r in reals for o in r.event.organizers] or ["Panitia Webinar"]
    positions = [s.position for r in reals for s in r.event.speakers if s.position]
    filler = _neutral_sentences(reals, names, titles)
    out = []
    for i in range(n):
        people: list[str] = []
        while len(people) < rng.randint(2, 5):
            name = f"{rng.choice(firsts)} {rng.choice(lasts)}"
            if name.casefold() not in real_names and name not in people:
                people.append(name)
        title = _new_title(rng, titles, title_words, real_titles)
        location, province = rng.choice(places)
        speakers = [
            Speaker(name=p, name_as_written=p, role="moderator" if k == 0 else "speaker",
                    position=rng.choice(positions) if positions else None)
            for k, p in enumerate(people)
        ]
        intro = (f"Webinar bertema “{title}” digelar {rng.choice(organizers)} secara virtual"
                 + (f" di {location}" if location else "") + ".")
        roster = " ".join(
            f"{s.name} selaku {s.position or 'narasumber'} menyampaikan materi." if s.role !=
            "moderator" else f"Acara dipandu oleh {s.name} selaku moderator."
            for s in speakers
        )
        body = [intro, roster] + [" ".join(rng.sample(filler, min(4, len(filler))))
                                  for _ in range(3)]
        out.append(Article(
            url=f"https://tiruan{i % 25}.example/{i}", site=f"tiruan{i % 25}.example",
            title=None, published=None, lang="id", text="\n\n".join(body),
            event=Event(title=title, location=location, province=province,
                        organizers=[rng.choice(organizers)], speakers=speakers),
        ))
    return out


def _neutral_sentences(reals: Sequence[RealReport], names: Sequence[str],
                       titles: Sequence[str]) -> list[str]:
    """Real sentences that mention no real speaker name and quote no real title."""
    banned = [n.casefold() for n in names if len(n) > 3] + [t.casefold() for t in titles]
    out = []
    for report in reals:
        for sentence in _SENTENCE_END.split(report.text.replace("\n", " ")):
            folded = sentence.casefold()
            if len(sentence.split()) >= 6 and not any(b in folded for b in banned):
                out.append(sentence.strip())
    return out or ["Kegiatan ini diikuti peserta dari berbagai daerah."]


def _new_title(rng: random.Random, titles: Sequence[str], words: Sequence[str],
               real: set[str]) -> str:
    for _ in itertools.count():
        if rng.random() < 0.6 and len(titles) > 1:
            a, b = rng.sample(list(titles), 2)
            wa, wb = a.split(), b.split()
            title = " ".join(wa[: max(1, len(wa) // 2)] + wb[len(wb) // 2:])
        else:
            title = " ".join(rng.sample(list(words), rng.randint(3, 7)))
        if title.casefold() not in real:
            return title
    raise AssertionError("unreachable")
