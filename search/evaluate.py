"""The match set of a parsed (syntax-mode) Whoosh query, computed with set algebra.

Whoosh finds every match of a query by walking its matchers document by document, which
for a query matching half the index costs far more than ranking its top ten. Here the
query tree is evaluated on document sets instead (:mod:`search.postings`,
:class:`search.docset.DocSet`): a term is its posting set, And/Or/Not are intersections,
unions and differences, a wildcard or range is
the union of the (bounded, see :func:`search.query.syntax_query`) words it expands to. A
phrase in a field with word positions is the only node that needs Whoosh's matcher, on
fields that are short (titles, themes, names). Any node type not handled here falls back
to Whoosh, so the result is always the exact match set.
"""

from __future__ import annotations

from typing import Any

from whoosh import query as wq

from .docset import EMPTY, DocSet
from .phrases import phrase_docs
from .postings import DocSets


def match_set(node: wq.Query, docsets: DocSets, searcher: Any) -> DocSet:
    """Live document numbers matching ``node``."""
    reader = searcher.reader()
    if isinstance(node, wq.Term):
        return docsets.term(node.fieldname, node.text)
    if isinstance(node, wq.Every):
        return docsets.all_live()
    if isinstance(node, type(wq.NullQuery)):
        return EMPTY
    if isinstance(node, wq.Not):
        return docsets.all_live() - match_set(node.query, docsets, searcher)
    if isinstance(node, wq.AndNot):
        return match_set(node.a, docsets, searcher) - match_set(node.b, docsets, searcher)
    if isinstance(node, wq.AndMaybe):
        return match_set(node.a, docsets, searcher)
    if isinstance(node, wq.And):
        positive = [s for s in node.subqueries if not isinstance(s, wq.Not)]
        negative = [s.query for s in node.subqueries if isinstance(s, wq.Not)]
        sets = [match_set(s, docsets, searcher) for s in positive]
        found = DocSet.intersection(sets) if sets else docsets.all_live()
        for sub in negative:
            found = found - match_set(sub, docsets, searcher)
        return found
    if isinstance(node, wq.Or):
        return DocSet.union([match_set(s, docsets, searcher) for s in node.subqueries])
    if isinstance(node, wq.MultiTerm) and not isinstance(node, wq.Phrase):
        return DocSet.union([docsets.term(node.fieldname, text)
                             for text in node._btexts(reader)])
    if isinstance(node, wq.Phrase) and node.words and all(
            isinstance(word, str) for word in node.words):
        candidates = _with_every_word(node, docsets)
        if not candidates:
            return EMPTY
        if node.slop == 1 and len(node.words) > 1 and _positioned(node.fieldname, searcher):
            return DocSet.of(phrase_docs(node.fieldname, node.words, candidates, searcher))
    return _by_whoosh(node, searcher)


def _positioned(field: str, searcher: Any) -> bool:
    schema = searcher.schema
    return field in schema and bool(schema[field].format) and \
        schema[field].format.supports("positions")


def _with_every_word(node: wq.Phrase, docsets: DocSets) -> DocSet:
    """The documents holding every word of the phrase (the phrase's candidates): from the
    posting sets, so that a phrase none of whose documents hold all its words (most
    phrases of body text tried in a title) costs no position reading at all."""
    return DocSet.intersection([docsets.term(node.fieldname, word) for word in node.words])


def _by_whoosh(node: wq.Query, searcher: Any) -> DocSet:
    found: set[int] = set()
    for leaf, offset in searcher.leaf_searchers():
        matcher = node.matcher(leaf)
        found.update(docnum + offset for docnum in matcher.all_ids()
                     if not leaf.reader().is_deleted(docnum))
    return DocSet.of(found)


def scoring_terms(node: wq.Query, reader: Any, boosts: dict[str, float]
                  ) -> list[tuple[str, Any, float]]:
    """``(field, term, boost)`` of the scorable words a query looks for (wildcards and
    ranges expanded), for :func:`search.scoring.top_scores`."""
    schema = reader.schema
    out = set()
    for fieldname, text in node.existing_terms(reader, phrases=True, expand=True):
        if fieldname in schema and schema[fieldname].scorable:
            out.add((fieldname, text, boosts.get(fieldname, 1.0)))
    return sorted(out)
