"""The embedded store: LadybugDB (an in-process Kùzu fork) on disk, queried with Cypher.

    with embedded.connect("diplograph.db") as conn:   # only the CLI opens and closes
        store = EmbeddedStore(conn)
        store.setup()
        store.write(graph)

Schema: one typed node table per label (`graph.store.rows.NODE_PROPERTIES`), one rel
table per type spanning its endpoint pairs, and bookkeeping that `read_graph` leaves
out: on `Article` two columns (`hash`, `payload`), and a `Ledger` table of the
incremental loader's entity states (`graph.ledger`). Relationships carry their graph key in
a `key` property, the identity their MERGE uses. Writes are `UNWIND $rows …` with every
value a parameter (CREATE for what is new, MATCH/MERGE … SET for the rest); `apply` runs
one transaction.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import ladybug

from graph.errors import QueryError, StoreError, StoreUnavailable
from graph.store.base import Changes, StoredArticle
from graph.store.rows import (
    ENDPOINTS,
    NODE_PROPERTIES,
    REL_PROPERTIES,
    PropType,
    node_key_rows,
    node_rows,
    rel_key_rows,
    rel_row_groups,
)
from graph.types import Graph, Node, NodeLabel, Rel, RelType

DEFAULT_PATH = "diplograph.db"
ENV_PATH = "DIPLOGRAPH_DB"
# ladybug's default page cache is 80 % of the machine's memory; a fixed, modest cache
# keeps the whole process small (pages beyond it are read from disk again). The cache
# also holds each transaction's working memory, which grows with the relationships
# reported everywhere (a batch's update of the UPGRADED_TO lists took ~190 MB at 20,000
# articles), so it cannot be much smaller: 512 MiB ran out at 6,000 articles.
BUFFER_POOL_BYTES = 1024 * 1024 * 1024
ENV_CACHE = "DIPLOGRAPH_DB_CACHE_MB"  # a larger store may need more, a small one less
# Checkpoint (fold the write-ahead log into the database file) every 32 MiB of log rather
# than ladybug's 16 MiB: a checkpoint rewrites whole columns of every relationship table
# touched since the last (the MET_WITH lists alone ~2.5 CPU-s at 18,000 articles), so
# frequent ones cost more than the batches. Larger saves little once writes run on one
# thread and holds more until it is folded in: 128 MiB took 20,000 text articles
# (--workers 2) 115.4 → 112.8 s, run beside each other, but 40,000 articles 1.68 →
# 1.83 GB; and a checkpoint needs page-cache room for what it folds in (64 MiB once ran
# a 512 MiB cache out at 6,000 articles). Crash safety does not depend on it (a
# reopened database replays its log).
CHECKPOINT_BYTES = 32 * 1024 * 1024
# Writes run on one thread: ladybug copies a statement's plan, parameter rows included,
# for every thread, and the UNWINDs here are too small to gain from a second one, which
# `ingest --workers 2` wants for extraction (20,000 articles, 128 MiB checkpoints:
# 127.8 → 120.9 CPU-s).
WRITE_THREADS = 1
BOOKKEEPING = {"hash": PropType.STRING, "payload": PropType.STRING}
# Relationship columns added after stores were first written; `setup` adds them to an
# older store's tables (empty until the next ingest re-resolves its articles).
ADDED_REL_COLUMNS = ("evidenceStart", "evidenceEnd")
LEDGER = "Ledger"


def default_path() -> str:
    return os.environ.get(ENV_PATH) or DEFAULT_PATH


def cache_bytes() -> int:
    """The page cache: `BUFFER_POOL_BYTES`, or `$DIPLOGRAPH_DB_CACHE_MB` megabytes."""
    value = os.environ.get(ENV_CACHE, "").strip()
    if not value:
        return BUFFER_POOL_BYTES
    if not value.isdigit() or int(value) < 64:
        raise StoreUnavailable(
            f"{ENV_CACHE}={value!r} is not a page-cache size in megabytes",
            f"set {ENV_CACHE} to a whole number of megabytes, at least 64 (default 1024)",
        )
    return int(value) << 20


@contextmanager
def connect(path: str | Path | None = None) -> Iterator[ladybug.Connection]:
    """Open (creating if needed) the database at `path`; closed on exit."""
    where = Path(path or default_path())
    try:
        db = ladybug.Database(
            str(where), buffer_pool_size=cache_bytes(), checkpoint_threshold=CHECKPOINT_BYTES
        )
        conn = ladybug.Connection(db)
    except RuntimeError as exc:
        raise StoreUnavailable(
            f"cannot open the embedded store at {where}: {exc}",
            "check that the path's folder exists and is writable, and that no other "
            "diplograph process has the database open",
        ) from None
    try:
        yield conn
    finally:
        conn.close()
        db.close()


class EmbeddedStore:
    """`graph.store.base.GraphStore` over an open ladybug connection."""

    def __init__(self, conn: ladybug.Connection) -> None:
        self.conn = conn

    # ── schema ───────────────────────────────────────────────────────────────────────

    def setup(self) -> None:
        for statement in schema_statements():
            self._execute(statement)

    # ── writes ───────────────────────────────────────────────────────────────────────

    def write(self, graph: Graph) -> None:
        self.apply(Changes(upsert=graph))

    def apply(self, changes: Changes) -> None:
        """Everything in one transaction; nothing is kept if any statement fails."""
        self.conn.set_max_threads_for_exec(WRITE_THREADS)
        try:
            self._execute("BEGIN TRANSACTION")
            try:
                for statement, params in _change_statements(changes):
                    for rows in _by_size(params["rows"]):
                        self._execute(statement, {"rows": rows})
            except BaseException:
                self._rollback()
                raise
            self._execute("COMMIT")
        finally:
            self.conn.set_max_threads_for_exec(0)  # reads: the database's limit

    def _rollback(self) -> None:
        # A failed statement may already have ended the transaction in ladybug.
        with contextlib.suppress(RuntimeError):
            self.conn.execute("ROLLBACK")

    # ── reads ────────────────────────────────────────────────────────────────────────

    def read_graph(self) -> Graph:
        graph = Graph()
        for label in NodeLabel:
            for node in self._read_nodes(label):
                graph.add_node(node)
        for type in RelType:
            for start, end in ENDPOINTS[type]:
                for rel in self._read_rels(type, start, end):
                    graph.add_rel(rel)
        return graph

    def stored_articles(self) -> list[StoredArticle]:
        _, rows = self.run(
            "MATCH (a:Article) WHERE a.payload IS NOT NULL "
            "RETURN a.id, a.file, a.hash, a.payload ORDER BY a.id"
        )
        return [StoredArticle(*row) for row in rows]

    def run(
        self, cypher: str, params: dict[str, Any] | None = None
    ) -> tuple[list[str], list[list[Any]]]:
        result = self._execute(cypher, params)
        columns = result.get_column_names()
        rows = []
        while result.has_next():
            rows.append(result.get_next())
        return columns, rows

    def _read_nodes(self, label: NodeLabel) -> Iterator[Node]:
        props = list(NODE_PROPERTIES[label])
        columns = ", ".join(f"n.{p}" for p in [label.key, *props])
        _, rows = self.run(f"MATCH (n:{label.value}) RETURN {columns}")
        for row in rows:
            yield Node(label, row[0], dict(zip(props, map(_plain, row[1:]), strict=True)))

    def _read_rels(self, type: RelType, start: NodeLabel, end: NodeLabel) -> Iterator[Rel]:
        props = list(REL_PROPERTIES[type])
        columns = ", ".join([f"a.{start.key}", f"b.{end.key}", "r.key", *(f"r.{p}" for p in props)])
        _, rows = self.run(
            f"MATCH (a:{start.value})-[r:{type.value}]->(b:{end.value}) RETURN {columns}"
        )
        for row in rows:
            values = dict(zip(props, map(_plain, row[3:]), strict=True))
            yield Rel(type, (start, row[0]), (end, row[1]), row[2], values)

    def _execute(self, cypher: str, params: dict[str, Any] | None = None) -> Any:
        try:
            return self.conn.execute(cypher, params or {})
        except RuntimeError as exc:
            if "Buffer manager exception" in str(exc):
                raise StoreError(
                    f"the embedded store ran out of its page cache: {exc}",
                    f"run the command again with a larger cache, e.g. {ENV_CACHE}=2048 "
                    f"(now {cache_bytes() >> 20}); what was committed is kept",
                ) from None
            raise QueryError(f"the embedded store rejected a query: {exc}") from None


# ── statements ───────────────────────────────────────────────────────────────────────


def schema_statements() -> list[str]:
    """Idempotent DDL: node tables first, then rel tables (which name them), each with
    the columns an older store lacks."""
    statements = []
    for label, props in NODE_PROPERTIES.items():
        extra = BOOKKEEPING if label is NodeLabel.Article else {}
        columns = {label.key: PropType.STRING, **props, **extra}
        body = ", ".join(f"{name} {kind.value}" for name, kind in columns.items())
        statements.append(
            f"CREATE NODE TABLE IF NOT EXISTS {label.value}({body}, PRIMARY KEY({label.key}))"
        )
    statements.append(
        f"CREATE NODE TABLE IF NOT EXISTS {LEDGER}(key STRING, state STRING, PRIMARY KEY(key))"
    )
    for type, props in REL_PROPERTIES.items():
        pairs = ", ".join(f"FROM {s.value} TO {e.value}" for s, e in ENDPOINTS[type])
        rel_columns = "".join(f", {name} {kind.value}" for name, kind in props.items())
        statements.append(
            f"CREATE REL TABLE IF NOT EXISTS {type.value}({pairs}, key STRING{rel_columns})"
        )
        statements += [
            f"ALTER TABLE {type.value} ADD IF NOT EXISTS {name} {props[name].value}"
            for name in ADDED_REL_COLUMNS
            if name in props
        ]
    return statements


Statement = tuple[str, dict[str, Any]]


def _change_statements(changes: Changes) -> Iterator[Statement]:
    """Deletes, then nodes, then relationships, then the remaining article bookkeeping.
    What `changes.absent` says is new is CREATEd, what exists is updated with MATCH … SET,
    anything unknown is MERGEd. (COPY FROM a subquery inserts 4x faster, but a SIGKILL
    during its commit left ladybug 0.22 with the transaction half applied.)"""
    for (type, (start, end)), rows in rel_key_rows(changes.delete_rels).items():
        yield _delete_rel(type, start, end), {"rows": rows}
    for label, rows in node_key_rows(changes.delete_nodes).items():
        yield _delete_node(label), {"rows": rows}
    books = {a.id: a for a in changes.articles}
    for label in NodeLabel:
        rows = node_rows(changes.upsert, label)
        fresh = [r for r in rows if (label, r[label.key]) in changes.absent]
        if fresh:
            yield _create_nodes(label, fresh, books)
        known = [r for r in rows if (label, r[label.key]) not in changes.absent]
        if known and not changes.rest_exists:
            yield _merge_node(label, NODE_PROPERTIES[label]), {"rows": known}
        elif known:
            node_refs = [(label, r[label.key]) for r in known]
            declared = NODE_PROPERTIES[label]
            for props, group in _by_changed(known, node_refs, changes, [label.key]):
                yield _set_node(label, {p: declared[p] for p in props}), {"rows": group}
    for type in RelType:
        for (start, end), rows in rel_row_groups(changes.upsert, type).items():
            refs = [(type, (start, r["start"]), (end, r["end"]), r["key"]) for r in rows]
            fresh = [r for r, ref in zip(rows, refs, strict=True) if ref in changes.absent]
            if fresh:
                yield _create_rels(type, start, end, fresh)
            known = [r for r, ref in zip(rows, refs, strict=True) if ref not in changes.absent]
            known_refs = [ref for ref in refs if ref not in changes.absent]
            if known and not changes.rest_exists:
                yield _merge_rel(type, start, end), {"rows": known}
            elif known:
                for props, group in _by_changed(
                    known, known_refs, changes, ["start", "end", "key"]
                ):
                    yield _set_rel(type, start, end, props), {"rows": group}
    if books:
        rows = [{"id": a.id, "hash": a.hash, "payload": a.payload} for a in books.values()]
        yield _merge_node(NodeLabel.Article, BOOKKEEPING), {"rows": rows}
    yield from _ledger_statements(changes)


def _ledger_statements(changes: Changes) -> Iterator[Statement]:
    """States are updated in place (SET). Deleting and creating them again would spare
    the checkpoint its rewrite of the state column, but ladybug never reuses a deleted
    row: the file grew by every batch's ledger (+30 % at 20,000 articles). The loader
    keeps the column small instead (large states are stored compressed)."""
    gone = [{"key": k} for k, state in sorted(changes.ledger.items()) if state is None]
    rows = [{"key": k, "state": s} for k, s in sorted(changes.ledger.items()) if s is not None]
    if gone:
        yield f"UNWIND $rows AS row MATCH (s:{LEDGER} {{key: row.key}}) DELETE s", {"rows": gone}
    fresh = [row for row in rows if row["key"] in changes.ledger_new]
    if fresh:
        yield (
            f"UNWIND $rows AS row CREATE (s:{LEDGER} {{key: row.key, state: row.state}})",
            {"rows": fresh},
        )
    known = [row for row in rows if row["key"] not in changes.ledger_new]
    if known:
        yield (
            f"UNWIND $rows AS row MATCH (s:{LEDGER} {{key: row.key}}) SET s.state = row.state",
            {"rows": known},
        )


def _by_changed(
    rows: list[dict[str, Any]], refs: list[Any], changes: Changes, keys: list[str]
) -> Iterator[tuple[list[str], list[dict[str, Any]]]]:
    """Rows of things the store holds, grouped by which properties changed, each row cut
    to its key fields and those properties: an UPDATE of a column costs ladybug's
    checkpoint a rewrite of that column, so unchanged columns are not written."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row, ref in zip(rows, refs, strict=True):
        props = changes.changed.get(ref)  # no hint: every property
        names = tuple(
            sorted(p for p in (row if props is None else props) if p in row and p not in keys)
        )
        groups.setdefault(names, []).append({k: row[k] for k in [*keys, *names]})
    for names, group in groups.items():
        if names:
            yield list(names), group


def _create_nodes(label: NodeLabel, rows: list[dict[str, Any]], books: dict) -> Statement:
    columns = {**NODE_PROPERTIES[label]}
    if label is NodeLabel.Article:
        columns.update(BOOKKEEPING)
        rows = [_with_books(row, books.pop(row["id"], None)) for row in rows]
    props = ", ".join(f"{p}: {_cast(f'row.{p}', kind)}" for p, kind in columns.items())
    key = f"{label.key}: row.{label.key}"
    return f"UNWIND $rows AS row CREATE (n:{label.value} {{{key}, {props}}})", {"rows": rows}


def _create_rels(type: RelType, start: NodeLabel, end: NodeLabel, rows: list[dict]) -> Statement:
    props = "".join(f", {p}: {_cast(f'row.{p}', k)}" for p, k in REL_PROPERTIES[type].items())
    return (
        f"UNWIND $rows AS row MATCH (a:{start.value} {{{start.key}: row.start}}) "
        f"MATCH (b:{end.value} {{{end.key}: row.`end`}}) "
        f"CREATE (a)-[r:{type.value} {{key: row.key{props}}}]->(b)"
    ), {"rows": rows}


# Rows per statement are capped by size and by count: ladybug's working memory for one
# UNWIND grows many times over the data it writes. The relationships every article
# reports carry long lists (at 20,000 articles one batch's ~10 MB of UPGRADED_TO lists
# took ~190 MB as one statement; in ~1 MB chunks the batch's peak was 180 MB lower, at
# the same CPU), and each row becomes value objects of its own: 20,000 small Event rows
# took +408 MB as one statement (even for a bare `RETURN count(*)`), +21 MB in chunks of
# 500, and ran faster (2.6 → 1.6 CPU-s).
STATEMENT_BYTES = 1 << 20
STATEMENT_ROWS = 500


def _by_size(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    size = 0
    for row in rows:
        row_size = _row_bytes(row)
        if chunk and (size + row_size > STATEMENT_BYTES or len(chunk) == STATEMENT_ROWS):
            yield chunk
            chunk, size = [], 0
        chunk.append(row)
        size += row_size
    if chunk:
        yield chunk


def _row_bytes(row: dict[str, Any]) -> int:
    total = 0
    for value in row.values():
        if isinstance(value, list):
            total += sum(len(x) if isinstance(x, str) else 8 for x in value)
        else:
            total += len(value) if isinstance(value, str) else 8
    return total


def _with_books(row: dict[str, Any], book: StoredArticle | None) -> dict[str, Any]:
    return {**row, "hash": book and book.hash, "payload": book and book.payload}


def _merge_node(label: NodeLabel, props: dict[str, PropType]) -> str:
    sets = ", ".join(f"n.{p} = {_cast(f'row.{p}', kind)}" for p, kind in props.items())
    merge = f"UNWIND $rows AS row MERGE (n:{label.value} {{{label.key}: row.{label.key}}})"
    return f"{merge} SET {sets}" if sets else merge


def _set_node(label: NodeLabel, props: dict[str, PropType]) -> str:
    """Update nodes known to exist (MATCH on the key is cheaper than MERGE)."""
    sets = ", ".join(f"n.{p} = {_cast(f'row.{p}', kind)}" for p, kind in props.items())
    return (
        f"UNWIND $rows AS row MATCH (n:{label.value} {{{label.key}: row.{label.key}}}) SET {sets}"
    )


def _delete_node(label: NodeLabel) -> str:
    return (
        f"UNWIND $rows AS row MATCH (n:{label.value} {{{label.key}: row.{label.key}}}) "
        "DETACH DELETE n"
    )


# `end` is a keyword in ladybug's Cypher, so the row field is quoted (`row.\`end\``).


def _merge_rel(type: RelType, start: NodeLabel, end: NodeLabel) -> str:
    props = REL_PROPERTIES[type]
    sets = "".join(f", r.{p} = {_cast(f'row.{p}', kind)}" for p, kind in props.items())
    return (
        f"UNWIND $rows AS row MATCH (a:{start.value} {{{start.key}: row.start}}) "
        f"MATCH (b:{end.value} {{{end.key}: row.`end`}}) "
        f"MERGE (a)-[r:{type.value} {{key: row.key}}]->(b) SET r.key = row.key{sets}"
    )


def _set_rel(type: RelType, start: NodeLabel, end: NodeLabel, props: list[str]) -> str:
    """Update the properties `props` of relationships known to exist."""
    declared = REL_PROPERTIES[type]
    sets = ", ".join(f"r.{p} = {_cast(f'row.{p}', declared[p])}" for p in props)
    return f"{_match_rel(type, start, end)} SET {sets}"


def _delete_rel(type: RelType, start: NodeLabel, end: NodeLabel) -> str:
    return f"{_match_rel(type, start, end)} DELETE r"


def _match_rel(type: RelType, start: NodeLabel, end: NodeLabel) -> str:
    """Each row's relationship: endpoints in clauses of their own and the key in WHERE,
    which ladybug plans ~30 % cheaper than one pattern (a 2,000-article batch's updates
    into an 18,000-article store: 4.0 → 2.8 CPU-s)."""
    return (
        f"UNWIND $rows AS row MATCH (a:{start.value} {{{start.key}: row.start}}) "
        f"MATCH (b:{end.value} {{{end.key}: row.`end`}}) "
        f"MATCH (a)-[r:{type.value}]->(b) WHERE r.key = row.key"
    )


def _cast(expr: str, kind: PropType) -> str:
    # Casts pin the parameter type: ladybug infers a column of Nones as STRING.
    if kind is PropType.DATE:
        return f"date({expr})"
    return f"CAST({expr} AS {kind.value})"


def _plain(value: Any) -> Any:
    """Store values back to the graph's plain form (dates as ISO strings)."""
    if isinstance(value, dt.date):
        return value.isoformat()
    return value
