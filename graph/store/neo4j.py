"""The Neo4j store: the writer interface over the official `neo4j` driver.

`Neo4jStore(driver, database)` receives an open driver (the CLI opens and closes it with
`open_driver`). Every statement it sends is built here from the closed vocabularies of
`graph.types` and the property schema of `graph.store.rows`, never from data: values
always travel as parameters (`UNWIND $rows AS row MERGE … SET …`), and dates are
converted server-side with `date(row.dateStart)`. `write_statements()` lists every text
the writer can send, so the tests put each one through Neo4j's own parser. Sourced
relationships (MET_WITH, UPGRADED_TO, SIGNED) carry parallel lists `articles`,
`evidence`, `evidenceStart`, `evidenceEnd`: the offsets are -1 where the facts did not
give them, never null, since Neo4j lists cannot hold nulls.

Writes run in managed transactions (`session.execute_write`), which the driver retries
on transient errors; one `apply()` is one transaction holding every batch, so a crash
leaves the facts and their article bookkeeping both stored or both absent. Queries from
`run()` use read-mode sessions. The password never reaches this module except through
`open_driver`, which does not repeat it in errors.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import neo4j
import neo4j.graph
import neo4j.time
from neo4j import Driver, GraphDatabase, ManagedTransaction
from neo4j import exceptions as neo4j_errors

import cypher
from graph.errors import QueryError, StoreError, StoreUnavailable
from graph.store.base import Changes, StoredArticle
from graph.store.rows import (
    ENDPOINTS,
    NODE_PROPERTIES,
    REL_PROPERTIES,
    Endpoints,
    PropType,
    node_key_rows,
    node_rows,
    rel_key_rows,
    rel_row_groups,
)
from graph.types import Graph, Node, NodeLabel, Rel, RelType

BATCH_SIZE = 1000
# Incremental-ingest bookkeeping sits on the Article nodes, as in the embedded store, so
# deleting an article's node deletes its bookkeeping in the same transaction.
BOOKKEEPING_PROPERTIES = ("hash", "payload")
# The incremental loader's entity states (`graph.ledger`): one `Ledger {key, state}` node
# per key, outside the analysts' graph.
LEDGER_LABEL = "Ledger"
LEDGER_PROPERTIES = ("key", "state")


# ── Statements (pure: built from the schema, never from data) ─────────────────────────


def _assignments(var: str, props: dict[str, PropType]) -> str:
    parts = []
    for name, kind in props.items():
        value = f"date(row.{name})" if kind is PropType.DATE else f"row.{name}"
        parts.append(f"{var}.{name} = {value}")
    return ", ".join(parts)


def node_upsert_statement(label: NodeLabel) -> str:
    text = f"UNWIND $rows AS row\nMERGE (n:{label.value} {{{label.key}: row.{label.key}}})"
    props = NODE_PROPERTIES[label]
    return f"{text}\nSET {_assignments('n', props)}" if props else text


def _match_ends(ends: Endpoints) -> str:
    start, end = ends
    return (
        f"MATCH (a:{start.value} {{{start.key}: row.start}})\n"
        f"MATCH (b:{end.value} {{{end.key}: row.end}})"
    )


def rel_upsert_statement(type: RelType, ends: Endpoints) -> str:
    """MERGE on the relationship key; returns how many rows found both endpoints, so a
    row whose endpoint is not stored is reported instead of silently skipped."""
    text = f"UNWIND $rows AS row\n{_match_ends(ends)}\n"
    text += f"MERGE (a)-[r:{type.value} {{key: row.key}}]->(b)"
    props = REL_PROPERTIES[type]
    if props:
        text += f"\nSET {_assignments('r', props)}"
    return text + "\nRETURN count(r) AS written"


def node_delete_statement(label: NodeLabel) -> str:
    return (
        f"UNWIND $rows AS row\nMATCH (n:{label.value} {{{label.key}: row.{label.key}}})\n"
        "DETACH DELETE n"
    )


def rel_delete_statement(type: RelType, ends: Endpoints) -> str:
    start, end = ends
    return (
        f"UNWIND $rows AS row\nMATCH (:{start.value} {{{start.key}: row.start}})"
        f"-[r:{type.value} {{key: row.key}}]->(:{end.value} {{{end.key}: row.end}})\n"
        "DELETE r"
    )


def bookkeeping_upsert_statement() -> str:
    sets = ", ".join(f"a.{p} = row.{p}" for p in BOOKKEEPING_PROPERTIES)
    return f"UNWIND $rows AS row\nMERGE (a:Article {{id: row.id}})\nSET {sets}"


def bookkeeping_read_statement() -> str:
    return (
        "MATCH (a:Article)\nWHERE a.payload IS NOT NULL\n"
        "RETURN a.id AS id, a.file AS file, a.hash AS hash, a.payload AS payload\nORDER BY id"
    )


def ledger_upsert_statement() -> str:
    return (
        f"UNWIND $rows AS row\nMERGE (s:{LEDGER_LABEL} {{key: row.key}})\nSET s.state = row.state"
    )


def ledger_delete_statement() -> str:
    return f"UNWIND $rows AS row\nMATCH (s:{LEDGER_LABEL} {{key: row.key}})\nDELETE s"


def node_read_statement(label: NodeLabel) -> str:
    cols = "".join(f", n.{p} AS {p}" for p in NODE_PROPERTIES[label])
    return f"MATCH (n:{label.value})\nRETURN n.{label.key} AS {label.key}{cols}"


def rel_read_statement(type: RelType, ends: Endpoints) -> str:
    start, end = ends
    cols = "".join(f", r.{p} AS {p}" for p in REL_PROPERTIES[type])
    return (
        f"MATCH (a:{start.value})-[r:{type.value}]->(b:{end.value})\n"
        f"RETURN a.{start.key} AS start, b.{end.key} AS end, r.key AS key{cols}"
    )


def write_statements() -> list[str]:
    """Every statement text the writer can send (schema, upserts, deletes, reads)."""
    out = list(cypher.schema_statements())
    for label in NodeLabel:
        out += [node_upsert_statement(label), node_delete_statement(label)]
        out.append(node_read_statement(label))
    for type, pairs in ENDPOINTS.items():
        for ends in pairs:
            out += [rel_upsert_statement(type, ends), rel_delete_statement(type, ends)]
            out.append(rel_read_statement(type, ends))
    out += [bookkeeping_upsert_statement(), bookkeeping_read_statement()]
    return [*out, ledger_upsert_statement(), ledger_delete_statement()]


def batches(rows: list[dict[str, Any]], size: int = BATCH_SIZE) -> Iterator[list[dict[str, Any]]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


# ── The store ─────────────────────────────────────────────────────────────────────────


class Neo4jStore:
    """The writer interface (`graph.store.base.GraphStore`) on a Neo4j database."""

    def __init__(self, driver: Driver, database: str | None = None) -> None:
        self.driver = driver
        self.database = database

    def __repr__(self) -> str:  # the driver's auth must not show up in reprs or logs
        return f"Neo4jStore(database={self.database!r})"

    def setup(self) -> None:
        """Constraints and indexes, each in its own transaction (Neo4j forbids mixing
        schema and data changes in one)."""
        for statement in cypher.schema_statements():
            self._write(lambda tx, s=statement: tx.run(s).consume())

    def apply(self, changes: Changes) -> None:
        """One transaction: delete relationships, delete nodes, upsert nodes, upsert
        relationships, record the articles."""
        if changes:
            self._write(_apply_in, changes)

    def write(self, graph: Graph) -> None:
        self.apply(Changes(upsert=graph))

    def read_graph(self) -> Graph:
        return self._read(_read_graph_in)

    def stored_articles(self) -> list[StoredArticle]:
        rows = self._read(lambda tx: [r.data() for r in tx.run(bookkeeping_read_statement())])
        return [StoredArticle(**row) for row in rows]

    def run(
        self, cypher_text: str, params: dict[str, Any] | None = None
    ) -> tuple[list[str], list[list[Any]]]:
        """(column names, rows) of a query, in a read-mode session."""
        return self._read(_run_in, cypher_text, params or {})

    def run_write(
        self, cypher_text: str, params: dict[str, Any] | None = None
    ) -> tuple[list[str], list[list[Any]]]:
        """Like `run`, in a write-mode session (`diplograph query --write`)."""
        return self._write(_run_in, cypher_text, params or {})

    def _session(self, mode: str) -> neo4j.Session:
        return self.driver.session(database=self.database, default_access_mode=mode)

    def _read(self, work: Any, *args: Any) -> Any:
        with _translated_errors(), self._session(neo4j.READ_ACCESS) as session:
            return session.execute_read(work, *args)

    def _write(self, work: Any, *args: Any) -> Any:
        with _translated_errors(), self._session(neo4j.WRITE_ACCESS) as session:
            return session.execute_write(work, *args)


# ── Transaction functions (retried as a whole by the driver) ───────────────────────────


def _apply_in(tx: ManagedTransaction, changes: Changes) -> None:
    for (type, ends), rows in rel_key_rows(changes.delete_rels).items():
        _send(tx, rel_delete_statement(type, ends), rows)
    for label, rows in node_key_rows(changes.delete_nodes).items():
        _send(tx, node_delete_statement(label), rows)
    for label in NodeLabel:
        _send(tx, node_upsert_statement(label), node_rows(changes.upsert, label))
    for type in RelType:
        for ends, rows in rel_row_groups(changes.upsert, type).items():
            _send_counted(tx, rel_upsert_statement(type, ends), rows, type)
    rows = [{"id": a.id, "hash": a.hash, "payload": a.payload} for a in changes.articles]
    _send(tx, bookkeeping_upsert_statement(), rows)
    ledger = sorted(changes.ledger.items())
    _send(tx, ledger_delete_statement(), [{"key": k} for k, state in ledger if state is None])
    rows = [{"key": k, "state": state} for k, state in ledger if state is not None]
    _send(tx, ledger_upsert_statement(), rows)


def _send(tx: ManagedTransaction, statement: str, rows: list[dict[str, Any]]) -> None:
    for batch in batches(rows):
        tx.run(statement, rows=batch).consume()


def _send_counted(
    tx: ManagedTransaction, statement: str, rows: list[dict[str, Any]], type: RelType
) -> None:
    for batch in batches(rows):
        written = tx.run(statement, rows=batch).single(strict=True)["written"]
        if written != len(batch):
            raise StoreError(
                f"{len(batch) - written} {type.value} relationship(s) name a node that is "
                "not stored; nothing was written",
                hint="write the nodes first (a graph from graph.resolve always has them)",
            )


def _read_graph_in(tx: ManagedTransaction) -> Graph:
    graph = Graph()
    for label in NodeLabel:
        for record in tx.run(node_read_statement(label)):
            row = _plain(record.data())
            key = row.pop(label.key)
            graph.add_node(Node(label, key, row))
    for type, pairs in ENDPOINTS.items():
        for start, end in pairs:
            for record in tx.run(rel_read_statement(type, (start, end))):
                row = _plain(record.data())
                refs = ((start, row.pop("start")), (end, row.pop("end")))
                graph.add_rel(Rel(type, refs[0], refs[1], row.pop("key") or "", row))
    return graph


def _run_in(
    tx: ManagedTransaction, text: str, params: dict[str, Any]
) -> tuple[list[str], list[list[Any]]]:
    result = tx.run(text, params)
    rows = [[_plain(v) for v in record.values()] for record in result]
    return list(result.keys()), rows


# ── Values and errors ─────────────────────────────────────────────────────────────────


def _plain(value: Any) -> Any:
    """Driver values as JSON-friendly Python: dates as ISO strings, nodes as dicts."""
    if isinstance(value, neo4j.time.Date | neo4j.time.DateTime | dt.date):
        return value.isoformat()
    if isinstance(value, neo4j.graph.Node | neo4j.graph.Relationship):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, neo4j.graph.Path):
        return [_plain(n) for n in value.nodes]
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


@contextmanager
def _translated_errors() -> Iterator[None]:
    """Driver errors → diplograph errors (messages never carry credentials)."""
    try:
        yield
    except neo4j_errors.AuthError:
        raise StoreUnavailable("Neo4j refused the credentials", hint=_AUTH_HINT) from None
    except (neo4j_errors.ServiceUnavailable, neo4j_errors.SessionExpired):
        raise StoreUnavailable("Neo4j is unreachable", hint=_UP_HINT) from None
    except neo4j_errors.Neo4jError as exc:
        raise QueryError(f"Neo4j rejected the query: {exc.message}") from None


_AUTH_HINT = "check --user and the NEO4J_PASSWORD environment variable"
_URI_HINT = "use bolt://HOST:7687 or neo4j://HOST:7687"
_UP_HINT = "is it running? `docker compose up -d --wait` starts the one in docker-compose.yml"


def open_driver(uri: str, user: str, password: str) -> Driver:
    """A connected driver, or `StoreUnavailable` saying what to check (never the password,
    not even one written into the URI)."""
    shown = redact_uri(uri)
    try:
        driver = GraphDatabase.driver(uri, auth=(user, password))
    except (ValueError, neo4j_errors.ConfigurationError):
        raise StoreUnavailable(f"bad Neo4j URI {shown!r}", hint=_URI_HINT) from None
    try:
        driver.verify_connectivity()
    except neo4j_errors.AuthError:
        driver.close()
        raise StoreUnavailable(
            f"Neo4j at {shown} refused the credentials of user {user!r}", hint=_AUTH_HINT
        ) from None
    except (neo4j_errors.DriverError, neo4j_errors.Neo4jError, OSError):
        driver.close()
        raise StoreUnavailable(f"cannot reach Neo4j at {shown}", hint=_UP_HINT) from None
    return driver


def redact_uri(uri: str) -> str:
    """The URI without any `user:password@` part."""
    parts = urlsplit(uri)
    if "@" not in parts.netloc:
        return uri
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))
