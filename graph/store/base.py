"""The writer interface both stores implement, and the change set they apply atomically.

A store receives an open connection/driver (only the CLI opens and closes them) and
offers:

- `setup()` — idempotent schema (`IF NOT EXISTS`), run before anything else;
- `apply(changes)` — ONE transaction: delete relationships, delete nodes, upsert nodes,
  upsert relationships, record the ingested articles. The Article bookkeeping commits
  with the facts it brought, so a crash leaves either both or neither;
- `write(graph)` — upsert a whole graph (`apply(Changes(upsert=graph))`);
- `read_graph()` — the stored graph, equal to what was written (round trip);
- `stored_articles()` — the bookkeeping: every ingested article's id, file, content hash
  and payload (the record it contributed, `graph.records`), for incremental and crash-safe ingest;
  the loader itself reads only what a batch needs, with the same Cypher on both stores
  (`graph.load`);
- `run(cypher, params)` — (column names, rows) of any query.

`diff(old, new)` computes the smallest `Changes` turning one graph into the other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from graph.store.rows import RelRef
from graph.types import Graph, NodeRef


@dataclass(frozen=True)
class StoredArticle:
    """An ingested article as the store keeps it beside the graph."""

    id: str  # the Article node's id
    file: str  # where it was read from (file name, or "file.jsonl:LINE")
    hash: str  # hash of its content: unchanged when this matches
    payload: str  # the `graph.records.ArticleRecord` (`.payload`), to re-resolve later


@dataclass
class Changes:
    upsert: Graph = field(default_factory=Graph)
    delete_nodes: list[NodeRef] = field(default_factory=list)
    delete_rels: list[RelRef] = field(default_factory=list)
    articles: list[StoredArticle] = field(default_factory=list)
    # Hints, safe to ignore (MERGE is always right): refs of upserted nodes/rels the store
    # does not hold yet, which a store may bulk-insert; and whether every *other* upsert
    # is known to exist already (true for a `diff` against what the store holds), so it
    # may be updated by MATCH instead of MERGE.
    absent: set[NodeRef | RelRef] = field(default_factory=set)
    rest_exists: bool = False
    # With `rest_exists`: for each upserted node/rel the store holds already, the
    # properties that differ from what it holds (a store may SET only those).
    changed: dict[NodeRef | RelRef, frozenset[str]] = field(default_factory=dict)
    # The incremental loader's ledger (`graph.ledger`): key → JSON state, None to delete;
    # `ledger_new` names the keys the store does not hold yet.
    ledger: dict[str, str | None] = field(default_factory=dict)
    ledger_new: set[str] = field(default_factory=set)

    def __bool__(self) -> bool:
        return bool(
            self.upsert.nodes
            or self.upsert.rels
            or self.delete_nodes
            or self.delete_rels
            or self.articles
            or self.ledger
        )


class GraphStore(Protocol):
    def setup(self) -> None: ...

    def apply(self, changes: Changes) -> None: ...

    def write(self, graph: Graph) -> None: ...

    def read_graph(self) -> Graph: ...

    def stored_articles(self) -> list[StoredArticle]: ...

    def run(
        self, cypher: str, params: dict[str, Any] | None = None
    ) -> tuple[list[str], list[list[Any]]]: ...


def diff(old: Graph, new: Graph) -> Changes:
    """What to delete and upsert so a store holding `old` holds `new`."""
    changes = Changes(rest_exists=True)
    changes.delete_nodes = sorted(ref for ref in old.nodes if ref not in new.nodes)
    changes.delete_rels = sorted(ref for ref in old.rels if ref not in new.rels)
    for ref, node in new.nodes.items():
        before = old.nodes.get(ref)
        if before is None:
            changes.absent.add(ref)
        if before is None or before.props != node.props:
            changes.upsert.add_node(node)
        if before is not None and before.props != node.props:
            changes.changed[ref] = _changed(before.props, node.props)
    for rref, rel in new.rels.items():
        was = old.rels.get(rref)
        if was is None:
            changes.absent.add(rref)
        if was is None or was.props != rel.props:
            changes.upsert.add_rel(rel)
        if was is not None and was.props != rel.props:
            changes.changed[rref] = _changed(was.props, rel.props)
    return changes


def _changed(old: dict[str, Any], new: dict[str, Any]) -> frozenset[str]:
    return frozenset(p for p in {*old, *new} if old.get(p) != new.get(p))
