"""Facts of many articles → one resolved `Graph` (shared/spec/graph-schema.md).

    graph = resolve(records)        # records: ArticleRecord, one per article

`resolve` is a pure function of the *set* of records: the order they come in, and how
they were batched, never changes the result. It is the sum of per-article contributions
(`graph.ledger`), the same sum the incremental loader (`graph.load`) keeps in the store
and updates one batch at a time.

Identity rules (ids are content hashes, so reruns change nothing):
- Country: its ISO code. Office: country + folded title. Article: the facts' `article_id`
  (hash of the text), else a hash of the article name.
- Person: country + the fullest name key of its cluster (`graph.names`): spellings,
  diacritics, initials and aliases of one person merge; different people never do.
  A one-word name ("Rudenko", "Putin") is first looked up among the persons of its own
  article (their aliases, then their last word) and only then as a one-word person.
- Meeting Event: kind family (in person / phone call / credentials) + participants + the
  month of the date ("2025-05" and "2025-05-13" are the same talks); a date-less meeting
  stays its article's own. Signing Event: parties + month, likewise.
- UPGRADED_TO: one per country pair and level (`other` levels per label).

When several articles report a fact, its `articles` lists them all, `evidence` holds each
article's sentence in the same order, and `date` is the most precise date reported.
"""

from __future__ import annotations

from collections.abc import Iterable

from graph.identity import NameIndex
from graph.ledger import State, article_node, contribute, display_name, finalize, put
from graph.names import fullness
from graph.records import ArticleRecord, content_id, date_bounds, valid_date
from graph.types import Graph, NodeRef


def resolve(records: Iterable[ArticleRecord], problems: list[str] | None = None) -> Graph:
    """One graph from the facts of many articles; `problems` collects what was left out."""
    unique: dict[str, ArticleRecord] = {}
    for rec in sorted(records, key=lambda r: (r.id, r.file, r.hash)):
        unique.setdefault(rec.id, rec)  # the same text twice is one article
    names = NameIndex()
    touched: set[str] = set()
    for rec in unique.values():
        touched |= names.count(rec.facts, +1)
    names.recluster(touched)
    states: dict[str, State] = {}
    graph = Graph()
    for rec in unique.values():
        graph.add_node(article_node(rec))
        for key, item in contribute(rec, names, problems).items():
            put(key, states.setdefault(key, {}), rec.id, item)
    return _finished(graph, states)


def _finished(graph: Graph, states: dict[str, State]) -> Graph:
    def display(ref: NodeRef) -> str:
        key = f"{ref[0].value[0]}|{ref[1]}"
        return display_name(key, states[key])

    for key in sorted(states):
        finalize(key, states[key], display).into(graph)
    return graph


__all__ = ["ArticleRecord", "content_id", "date_bounds", "fullness", "resolve", "valid_date"]
