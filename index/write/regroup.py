"""Events after an update: re-group only what the update touches.

A build groups every article (:mod:`index.write.grouping`); an update must not, or adding
one article would cost as much as a build. What an update can change:

- a new (or changed) article may report an event already in the index: it finds its fellow
  reports (the "anchors") through its blocking keys: its date/speaker terms, looked up in
  the live index's ``group_keys`` field, and its LSH bands, found in one pass over the
  ``group_bands`` column; it joins their event;
- it may link two events the index holds apart (a rewrite that copies from both): they
  become one, under the id of the larger;
- a deleted (or changed) article leaves its event: the event's remaining reports (the
  "loose" ones) are grouped again among themselves and with the new articles. They keep
  the event's id when they still form one group; if they fall apart, the largest part
  keeps it and the others get new ids.

When a group holds reports of several events, it takes the id of the one with the most
reports in it (the others' reports are rewritten), so a merge rewrites as little as it can.

Every other event keeps its id and its documents are not rewritten; anchors' events are
"tied" (never split by the rules) since the update gave no reason to look at them.
The result names the new articles' ids and the existing articles whose id changes, which
:class:`index.write.updater.IndexUpdater` rewrites.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from index.model import Article

from .fingerprint import unpack_bands
from .grouping import MAX_BUCKET, Grouper, Report, event_id, report_of


@dataclass
class Rewrite:
    """An indexed article that stays, with its new event id."""

    article: Article
    event_id: str
    fields: dict[str, Any]
    """The blocking keys to index with it (:meth:`Report.index_fields`)."""


@dataclass
class Regrouping:
    ids: dict[str, str] = field(default_factory=dict)
    """URL -> event id of every new or changed article."""
    rewrites: list[Rewrite] = field(default_factory=list)


class _Index:
    """The live generation, as grouping asks it: reports, event members, term postings."""

    def __init__(self, searcher: Any, gone: set[str]) -> None:
        self.searcher = searcher
        self.gone = gone
        self._stored: dict[int, dict[str, Any]] = {}

    def stored(self, docnum: int) -> dict[str, Any]:
        if docnum not in self._stored:
            self._stored[docnum] = self.searcher.stored_fields(docnum)
        return self._stored[docnum]

    def url(self, docnum: int) -> str:
        return str(self.stored(docnum)["record"].get("url") or "")

    def event(self, docnum: int) -> str:
        return str(self.stored(docnum).get("event_id") or "")

    def article(self, docnum: int) -> Article:
        return Article.from_dict(self.stored(docnum)["record"])

    def event_of_url(self, url: str) -> str | None:
        docnum = self.searcher.document_number(url=url)
        return self.event(docnum) if docnum is not None else None

    def members(self, eid: str) -> list[int]:
        """The live documents of event ``eid`` that the update keeps."""
        return [d for d in self.searcher.document_numbers(event_id=eid)
                if self.url(d) not in self.gone]

    def size(self, eid: str) -> int:
        return len(self.members(eid))

    def exists(self, eid: str) -> bool:
        return self.searcher.document_number(event_id=eid) is not None

    def sharing(self, term: str) -> list[int]:
        """Documents with blocking term ``term`` (none when it is too common to be a signal).

        Read from the posting list directly: an update looks up some twenty terms per
        article, and a query object per term would cost more than the lookup.
        """
        reader = self.searcher.reader()
        if ("group_keys", term) not in reader:
            return []
        if reader.doc_frequency("group_keys", term) > MAX_BUCKET:
            return []
        return [d for d in reader.postings("group_keys", term).all_ids()
                if not reader.is_deleted(d) and self.url(d) not in self.gone]

    def banding(self, wanted: set[tuple[int, int]]) -> dict[tuple[int, int], list[int]]:
        """Documents per wanted ``(band, hash)``, from one pass over the band column;
        bands shared by more than :data:`MAX_BUCKET` documents are left out."""
        found: dict[tuple[int, int], list[int]] = {}
        reader = self.searcher.reader()
        if not wanted or not reader.has_column("group_bands"):
            return found
        column = reader.column_reader("group_bands")
        for docnum in reader.all_doc_ids():
            for key in enumerate(unpack_bands(column[docnum])):
                if key in wanted:
                    found.setdefault(key, []).append(docnum)
        return {key: [d for d in docs if self.url(d) not in self.gone]
                for key, docs in found.items() if len(docs) <= MAX_BUCKET}


def regroup(searcher: Any, fresh: Mapping[str, Report], removed: set[str]) -> Regrouping:
    """Event ids for the ``fresh`` reports (new or changed articles, by URL), and the
    rewrites of indexed articles whose event changes, given the URLs whose indexed
    version goes (``removed``: deleted or changed). ``searcher`` reads the live index."""
    index = _Index(searcher, removed | set(fresh))
    touched = {e for e in (index.event_of_url(u) for u in index.gone) if e}
    grouper = Grouper()
    old: dict[str, str] = {}
    loose: dict[str, Article] = {}
    for eid in sorted(touched):
        for docnum in index.members(eid):
            article = index.article(docnum)
            grouper.add(report_of(article))
            old[article.url or ""] = eid
            loose[article.url or ""] = article
    for report in fresh.values():
        grouper.add(report)
    anchors: dict[str, list[str]] = {}
    probes = [r for r in map(grouper.report, [*loose, *fresh]) if r is not None]
    banded = index.banding({key for r in probes for key in enumerate(r.bands)})
    for report in probes:
        sharing = [index.sharing(term) for term in report.terms]
        sharing += [banded.get(key, []) for key in enumerate(report.bands)]
        for docnum in (d for docs in sharing for d in docs):
            other = index.url(docnum)
            if other in old or other in fresh:
                continue
            eid = index.event(docnum)
            grouper.add(report_of(index.article(docnum)))
            old[other] = eid
            anchors.setdefault(eid, []).append(other)
    for urls in anchors.values():
        grouper.tie(urls)
    return _assign(grouper.events(), fresh, loose, old, anchors, index)


def _assign(events: list[list[str]], fresh: Mapping[str, Report], loose: dict[str, Article],
            old: dict[str, str], anchors: dict[str, list[str]], index: _Index) -> Regrouping:
    out = Regrouping()
    claimed: set[str] = set()
    events.sort(key=lambda urls: (-sum(u in loose for u in urls), min(urls)))
    for urls in events:
        intact = sorted({old[u] for u in urls if u in old and old[u] in anchors})
        sizes = {e: index.size(e) for e in intact}
        for eid, count in Counter(old[u] for u in urls if u in loose).items():
            if eid not in claimed:
                sizes[eid] = count
        if sizes:
            keep = max(sizes, key=lambda e: (sizes[e], e))
        else:
            keep = event_id(urls, lambda e: e in claimed or index.exists(e))
        claimed.add(keep)
        for url in urls:
            if url in fresh:
                out.ids[url] = keep
            elif url in loose and old[url] != keep:
                article = loose[url]
                out.rewrites.append(Rewrite(article, keep, report_of(article).index_fields()))
        for eid in intact:
            if eid != keep:
                for docnum in index.members(eid):
                    article = index.article(docnum)
                    out.rewrites.append(Rewrite(article, keep,
                                                report_of(article).index_fields()))
    return out
