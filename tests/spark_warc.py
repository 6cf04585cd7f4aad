"""WARC files for the Spark tests, written at test time.

``common_crawl_warc`` writes Common Crawl's layout with warcio: a ``warcinfo`` record, then
per page a ``request``, a ``response`` and a ``metadata`` record, each record its own gzip
member. The pages are fictional: two Indonesian webinar reports, an English one, an
Indonesian news report about something else, a section page (no article), a PDF, a 404
and a redirect. ``project_crawl_warc`` writes the project's own crawl output
(:class:`index.crawl.warc.WarcWriter`) of the crawl fixtures.
"""

from __future__ import annotations

import html
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from index.crawl.fetch import FetchResult
from index.crawl.warc import WarcWriter

FIXTURES = Path(__file__).parent / "fixtures"

_WEBINAR_A = [
    "Ternate - Sebanyak 240 pelajar dan guru mengikuti webinar bertajuk \u201cMenjaga Jejak "
    "Digital Sejak Dini\u201d yang digelar Dinas Pendidikan Kota Ternate secara daring pada "
    "Selasa (14/9/2021).",
    "Webinar tersebut menghadirkan Dr. Sekar Ayuningtyas, M.Pd, dosen Universitas Kieraha, "
    "sebagai narasumber. Ia membawakan materi berjudul \u201cBijak Berbagi di Media Sosial\u201d.",
    "Menurut Sekar, setiap unggahan meninggalkan jejak yang sulit dihapus. Karena itu pelajar "
    "perlu berpikir sebelum membagikan foto, lokasi, maupun data pribadi kepada orang lain.",
    "Narasumber kedua, Fadli Rahmansyah, pegiat komunitas literasi Maluku Utara, mengajak "
    "guru mendampingi murid saat belajar dari rumah dan mengenali tanda penipuan daring.",
    "Kegiatan dipandu oleh moderator Wulan Pratiwi dan ditutup dengan sesi tanya jawab. "
    "Panitia menyebut webinar serupa akan digelar kembali bagi orang tua murid bulan depan.",
]
_WEBINAR_B = [
    "Banjarbaru - Balai Pelatihan Pertanian Kalimantan Selatan menggelar webinar \u201cPupuk "
    "Organik untuk Lahan Rawa\u201d yang diikuti 180 petani muda pada Kamis (7/10/2021).",
    "Webinar menghadirkan Ir. Hasan Basri Noor, M.Si, peneliti Balai Rawa Banjarbaru, yang "
    "memaparkan cara mengolah jerami menjadi pupuk kompos dengan biaya rendah.",
    "Pembicara lain, Lestiana Puspasari, petani milenial dari Kabupaten Banjar, berbagi "
    "pengalaman menjual hasil panen melalui toko daring dan kelompok tani digital.",
    "Acara dipandu moderator Yogi Saputra. Peserta antusias bertanya tentang takaran pupuk "
    "dan waktu tanam terbaik di lahan pasang surut yang sering tergenang air.",
    "Kepala balai berharap pelatihan daring ini membantu petani muda menekan biaya produksi "
    "sekaligus menjaga kesuburan tanah untuk musim tanam berikutnya di daerah mereka.",
]
_ENGLISH = [
    "Kupang - More than 300 nurses joined a webinar on managing stress during long shifts, "
    "held online by the provincial nursing association on Saturday.",
    "The webinar featured Dr. Maria Goreti Lake, a lecturer at a nursing college, who said "
    "that short breaks and honest conversations with colleagues help prevent burnout.",
    "A second speaker, Yohanes Bria, a counsellor, explained how hospitals can offer quiet "
    "rooms and peer support groups, and answered questions from the participants.",
    "The organisers said the recording would be shared with members who could not attend "
    "and that a follow-up session on sleep would take place next month.",
]
_OTHER_NEWS = [
    "Sorong - Harga ikan tongkol di pasar tradisional Kota Sorong naik dalam sepekan "
    "terakhir karena cuaca buruk membuat banyak nelayan tidak melaut.",
    "Sejumlah pedagang mengatakan pasokan ikan berkurang hampir separuh. Pembeli pun "
    "beralih ke ikan asin dan telur yang harganya masih stabil di pasar.",
    "Dinas perikanan setempat memperkirakan harga kembali normal setelah gelombang tinggi "
    "mereda dan kapal nelayan dapat berlayar lagi seperti biasa pekan depan.",
    "Warga berharap pemerintah daerah memantau harga agar tidak ada pedagang yang menimbun "
    "pasokan ketika cuaca buruk masih berlangsung di perairan sekitar kota.",
]


def article_html(title: str, paragraphs: list[str], url: str, lang: str = "id",
                 date: str = "2021-09-15") -> bytes:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)} | Kabar Rekaan</title>"
        f'<link rel="canonical" href="{html.escape(url)}">'
        f'<meta property="og:type" content="article">'
        f'<meta property="article:published_time" content="{date}T08:00:00+07:00"></head>'
        f"<body><nav><a href='/'>Beranda</a> <a href='/daerah'>Daerah</a></nav>"
        f"<article><h1>{html.escape(title)}</h1><div class='content'>{body}</div></article>"
        f"<footer>Kabar Rekaan, media rekaan untuk pengujian.</footer></body></html>"
    ).encode("utf-8")


def section_html() -> bytes:
    links = "".join(f"<li><a href='/2021/09/{n}/berita-{n}'>Berita daerah nomor {n}</a></li>"
                    for n in range(30))
    return ("<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>Daerah | "
            "Kabar Rekaan</title></head><body><nav>Beranda Daerah Webinar</nav>"
            f"<ul>{links}</ul><footer>Kabar Rekaan</footer></body></html>").encode("utf-8")


PAGES: list[tuple[str, int, str, bytes]] = [
    ("https://kabarrekaan.example/2021/09/15/webinar-jejak-digital", 200,
     "text/html; charset=utf-8",
     article_html("Pelajar Ternate Diajak Menjaga Jejak Digital", _WEBINAR_A,
                  "https://kabarrekaan.example/2021/09/15/webinar-jejak-digital")),
    ("https://kabarrekaan.example/2021/10/08/webinar-pupuk-organik", 200, "text/html",
     article_html("Petani Muda Belajar Pupuk Organik Lewat Webinar", _WEBINAR_B,
                  "https://kabarrekaan.example/2021/10/08/webinar-pupuk-organik",
                  date="2021-10-08")),
    ("https://islandnews.example/2021/09/20/nurses-webinar-stress", 200,
     "text/html; charset=utf-8",
     article_html("Nurses Learn to Manage Stress in Webinar", _ENGLISH,
                  "https://islandnews.example/2021/09/20/nurses-webinar-stress", lang="en")),
    ("https://kabarrekaan.example/2021/09/16/harga-ikan-sorong", 200, "text/html",
     article_html("Harga Ikan di Sorong Naik", _OTHER_NEWS,
                  "https://kabarrekaan.example/2021/09/16/harga-ikan-sorong")),
    ("https://kabarrekaan.example/daerah", 200, "text/html; charset=utf-8", section_html()),
    ("https://kabarrekaan.example/berkas/jadwal.pdf", 200, "application/pdf",
     b"%PDF-1.4 fictional"),
    ("https://kabarrekaan.example/2021/09/hilang", 404, "text/html",
     b"<html><body>Halaman tidak ditemukan</body></html>"),
    ("https://kabarrekaan.example/lama", 301, "text/html", b""),
]
"""(url, status, content type, body) of each page of the Common Crawl-like file."""
ARTICLE_URLS = [PAGES[i][0] for i in range(4)]
ENGLISH_URL = PAGES[2][0]
OTHER_NEWS_URL = PAGES[3][0]
SECTION_URL = PAGES[4][0]


def common_crawl_warc(path: Path, pages: list[tuple[str, int, str, bytes]] = PAGES) -> Path:
    """``pages`` as Common Crawl stores them (module doc)."""
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True, warc_version="1.0")
        writer.write_record(writer.create_warcinfo_record(path.name, {
            "software": "fictional-crawler/1.0", "format": "WARC File Format 1.0",
            "isPartOf": "CC-MAIN-TEST"}))
        for url, status, content_type, body in pages:
            request = writer.create_warc_record(
                url, "request", payload=BytesIO(b""), length=0,
                http_headers=StatusAndHeaders(
                    "GET / HTTP/1.1", [("Host", url.split("/")[2])], is_http_request=True))
            headers = [("Content-Type", content_type), ("Content-Length", str(len(body)))]
            if status == 301:
                headers.append(("Location", url + "/baru"))
            reason = {200: "OK", 301: "Moved Permanently", 404: "Not Found"}[status]
            response = writer.create_warc_record(
                url, "response", payload=BytesIO(body), length=len(body),
                http_headers=StatusAndHeaders(f"{status} {reason}", headers,
                                              protocol="HTTP/1.1"))
            fields = b"fetchTimeMs: 120\r\n"
            metadata = writer.create_warc_record(
                url, "metadata", payload=BytesIO(fields), length=len(fields),
                warc_content_type="application/warc-fields")
            for record in (request, response, metadata):
                writer.write_record(record)
    return path


def project_crawl_warc(folder: Path) -> Path:
    """The crawl fixtures as ``webinar-search crawl`` stores them."""
    with WarcWriter(folder, prefix="crawl") as writer:
        for n, page in enumerate(sorted((FIXTURES / "crawl").glob("*.html"))):
            writer.write_page(FetchResult(
                url=f"https://kabarsimulasi.example/arsip/{n}/{page.stem}", status=200,
                reason="OK", body=page.read_bytes(), started=1.0e9,
                headers=[("Content-Type", "text/html")],
                request_headers=[("Host", "kabarsimulasi.example")]))
    (path,) = writer.files
    return path


def _response_span(source: Path, url: str) -> tuple[int, int]:
    """Offset and length of the gzip member holding the response record of ``url``."""
    from warcio.archiveiterator import ArchiveIterator

    with open(source, "rb") as fh:
        records = ArchiveIterator(fh)
        for record in records:
            if record.rec_type == "response" and \
                    record.rec_headers.get_header("WARC-Target-URI") == url:
                record.content_stream().read()
                return records.get_record_offset(), records.get_record_length()
    raise ValueError(f"{url} is not in {source}")


def cut_inside_response(source: Path, url: str, dest: Path) -> Path:
    """``source`` cut off in the middle of the response record of ``url``: that record
    is garbled and every record after it lost, as in a crawl killed while writing."""
    offset, length = _response_span(source, url)
    dest.write_bytes(source.read_bytes()[:offset + length // 2])
    return dest


def garble_response(source: Path, url: str, dest: Path) -> Path:
    """``source`` with 64 bytes in the middle of the gzip member holding the response of
    ``url`` overwritten: that record cannot be read, every other record can."""
    offset, length = _response_span(source, url)
    data = bytearray(source.read_bytes())
    middle = offset + length // 2
    data[middle:middle + 64] = bytes(64)
    dest.write_bytes(bytes(data))
    return dest
