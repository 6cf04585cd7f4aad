"""What a built index holds, by document URL, whatever its segments and document numbers.

Two builds of the same records may spread the documents over different segments in a
different order (a parallel build hands batches to whichever worker is free), so comparing
files says nothing. :func:`index_content` reads the live generation back as the searcher
sees it: for every live document (keyed by its URL) its stored fields, every posting it
has in every field (term, weight and the posting's value bytes: frequencies, positions),
its length in each scored field and its value in each column (the facets, the event id,
the grouping bands, the sortable date); plus the index-wide figures scoring reads (document
count, total length of each field, and each term's statistics: frequency, documents,
shortest and longest document, highest weight). Equal contents mean equal answers to every
query. :func:`block_statistics` adds what two builds with the same segments must also
share: each posting block's shortest and longest document and highest weight.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index

from index.layout import read_current


def index_content(index_dir: Path | str) -> dict[str, Any]:
    """The live generation's content: ``{"totals": ..., "documents": {url: digest}}``,
    each digest a SHA-256 of one document's stored fields, postings, lengths and columns
    (:func:`document_content` gives them unhashed)."""
    return {"totals": _totals(index_dir),
            "documents": {url: _digest(content)
                          for url, content in document_content(index_dir).items()}}


def document_content(index_dir: Path | str) -> dict[str, dict[str, Any]]:
    """URL -> stored fields, sorted postings, field lengths and column values."""
    ix = _open(index_dir)
    try:
        with ix.searcher() as searcher:
            reader = searcher.reader()
            schema = ix.schema
            url_of: dict[int, str] = {}
            docs: dict[str, dict[str, Any]] = {}
            for docnum, stored in reader.iter_docs():
                url = stored["url"]
                assert url not in docs, f"two live documents for {url}"
                url_of[docnum] = url
                docs[url] = {"stored": dict(stored), "postings": [], "lengths": {},
                             "columns": {}}
            postings: dict[str, list[tuple[str, bytes, float, bytes]]] = defaultdict(list)
            for fieldname, term in reader.all_terms():
                matcher = reader.postings(fieldname, term)
                while matcher.is_active():
                    url = url_of.get(matcher.id())
                    if url is not None:
                        postings[url].append((fieldname, term, matcher.weight(),
                                              matcher.value()))
                    matcher.next()
            for url, items in postings.items():
                docs[url]["postings"] = sorted(items)
            for fieldname in schema.names():
                scored = schema[fieldname].scorable
                column = (reader.column_reader(fieldname)
                          if reader.has_column(fieldname) else None)
                for docnum, url in url_of.items():
                    if scored:
                        docs[url]["lengths"][fieldname] = reader.doc_field_length(
                            docnum, fieldname)
                    if column is not None:
                        docs[url]["columns"][fieldname] = column[docnum]
            return docs
    finally:
        ix.close()


def _totals(index_dir: Path | str) -> dict[str, Any]:
    ix = _open(index_dir)
    try:
        with ix.searcher() as searcher:
            reader = searcher.reader()
            terms: dict[tuple[str, bytes], tuple[float, int, int, int, float]] = {}
            for leaf, _ in reader.leaf_readers():
                for fieldname, term in leaf.all_terms():
                    info = leaf.term_info(fieldname, term)
                    mine = (info.weight(), info.doc_frequency(), info.min_length(),
                            info.max_length(), info.max_weight())
                    seen = terms.get((fieldname, term))
                    terms[fieldname, term] = mine if seen is None else (
                        seen[0] + mine[0], seen[1] + mine[1], min(seen[2], mine[2]),
                        max(seen[3], mine[3]), max(seen[4], mine[4]))
            return {"documents": reader.doc_count(),
                    "field_lengths": {name: reader.field_length(name)
                                      for name in ix.schema.names()
                                      if ix.schema[name].scorable},
                    "terms": _digest(sorted(terms.items()))}
    finally:
        ix.close()


def block_statistics(index_dir: Path | str) -> list[tuple[str, bytes, list[Any]]]:
    """Per segment, per term, each posting block's (shortest document, longest document,
    highest weight), in the segments' order."""
    ix = _open(index_dir)
    try:
        with ix.searcher() as searcher:
            found: list[tuple[str, bytes, list[Any]]] = []
            for leaf, _ in searcher.reader().leaf_readers():
                for fieldname, term in leaf.all_terms():
                    matcher = leaf.postings(fieldname, term)
                    blocks: list[Any] = []
                    while matcher.is_active():
                        block = (matcher.block_min_length(), matcher.block_max_length(),
                                 matcher.block_max_weight())
                        if not blocks or blocks[-1] != block:
                            blocks.append(block)
                        matcher.next()
                    found.append((fieldname, term, blocks))
            return found
    finally:
        ix.close()


def _digest(value: Any) -> str:
    """A SHA-256 of ``value``'s ``repr`` (a pickle is not canonical: it writes an object
    met twice as a reference, so equal values can pickle differently)."""
    return hashlib.sha256(repr(value).encode()).hexdigest()


def _open(index_dir: Path | str) -> Any:
    folder = Path(index_dir)
    live = read_current(folder)
    return whoosh_index.open_dir(str(folder / live if live else folder))
