"""The Neo4j writer against a recording fake driver: exact statements, parameters, modes.

No Neo4j runs here, so the fake stands in for the driver and asserts what would be sent;
`test_cypher_lint.py` puts the same statement texts (`write_statements()`) through
Neo4j's parser, and `test_neo4j_e2e.py` runs them on a real server when one is up.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

import neo4j
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from neo4j.exceptions import CypherSyntaxError, ServiceUnavailable

import cypher
from graph.errors import QueryError, StoreError, StoreUnavailable
from graph.store.base import Changes, StoredArticle
from graph.store.neo4j import (
    BATCH_SIZE,
    Neo4jStore,
    node_upsert_statement,
    open_driver,
    redact_uri,
    rel_upsert_statement,
    write_statements,
)
from graph.types import Graph, Node, NodeLabel, Rel, RelType

P, C, OFC, E, A = (NodeLabel.Person, NodeLabel.Country, NodeLabel.Office, NodeLabel.Event,
                 NodeLabel.Article)  # fmt: skip
SECRET = "s3cret-Pa55word"

# ── A recording fake of the driver API the store uses ─────────────────────────────────


class FakeResult:
    def __init__(self, records: list[neo4j.Record]) -> None:
        self.records = records

    def __iter__(self) -> Any:
        return iter(self.records)

    def keys(self) -> list[str]:
        return list(self.records[0].keys()) if self.records else []

    def consume(self) -> None:
        return None

    def single(self, strict: bool = False) -> neo4j.Record:
        assert len(self.records) == 1
        return self.records[0]


Responder = Callable[[str, dict[str, Any]], list[dict[str, Any]]]


def counts_rows(text: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    """What Neo4j answers when every endpoint exists: `written` = rows sent."""
    return [{"written": len(params["rows"])}] if "AS written" in text else []


class FakeTx:
    def __init__(self, log: list[tuple[str, dict[str, Any]]], respond: Responder) -> None:
        self.log, self.respond = log, respond

    def run(self, text: str, parameters: dict[str, Any] | None = None, **kw: Any) -> FakeResult:
        params = {**(parameters or {}), **kw}
        self.log.append((text, params))
        return FakeResult([neo4j.Record(r) for r in self.respond(text, params)])


class FakeSession:
    def __init__(self, driver: FakeDriver, database: str | None, mode: str) -> None:
        self.driver, self.database, self.mode = driver, database, mode

    def __enter__(self) -> FakeSession:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def _transaction(self, kind: str, work: Any, *args: Any) -> Any:
        log: list[tuple[str, dict[str, Any]]] = []
        self.driver.transactions.append((self.mode, kind, self.database, log))
        return work(FakeTx(log, self.driver.respond), *args)

    def execute_read(self, work: Any, *args: Any) -> Any:
        return self._transaction("read", work, *args)

    def execute_write(self, work: Any, *args: Any) -> Any:
        return self._transaction("write", work, *args)


class FakeDriver:
    def __init__(self, respond: Responder = counts_rows) -> None:
        self.respond = respond
        self.transactions: list[tuple[str, str, str | None, list[tuple[str, dict[str, Any]]]]] = []

    def session(self, database: str | None = None, default_access_mode: str = "") -> FakeSession:
        return FakeSession(self, database, default_access_mode)

    def sent(self) -> list[tuple[str, dict[str, Any]]]:
        return [call for *_, log in self.transactions for call in log]


def small_graph() -> Graph:
    g = Graph()
    g.add_node(Node(C, "VNM", {"name": "Viet Nam"}))
    g.add_node(Node(C, "RUS", {"name": "Russian Federation"}))
    g.add_node(Node(P, "p1", {"name": "To Lam", "aliases": ["Tô Lâm"], "country": "VNM",
                              "articles": ["a1"]}))  # fmt: skip
    g.add_node(Node(P, "p2", {"name": "Vladimir Putin", "aliases": [], "country": "RUS",
                              "articles": ["a1"]}))  # fmt: skip
    g.add_node(Node(A, "a1", {"file": "004.txt", "title": None, "published": "2025-05-13",
                              "source": None}))  # fmt: skip
    dated = {"date": "2025-05", "dateStart": "2025-05-01", "dateEnd": "2025-05-31"}
    g.add_rel(Rel(RelType.MET_WITH, (P, "p1"), (P, "p2"), "e1", {
        **dated, "kind": "talks", "event": "e1", "articles": ["a1"], "evidence": ["They met."],
        "evidenceStart": [812], "evidenceEnd": [821],
    }))  # fmt: skip
    csp = "comprehensive_strategic_partnership"
    g.add_rel(Rel(RelType.UPGRADED_TO, (C, "VNM"), (C, "RUS"), csp, {
        "level": csp, "rank": 3, "label": "CSP", **dated,
        "articles": ["a1"], "evidence": ["Upgraded."], "evidenceStart": [-1], "evidenceEnd": [-1],
    }))  # fmt: skip
    return g


# ── Statements ────────────────────────────────────────────────────────────────────────


def test_store_neo4j_node_upsert_statement_is_exact() -> None:
    assert node_upsert_statement(P) == (
        "UNWIND $rows AS row\n"
        "MERGE (n:Person {id: row.id})\n"
        "SET n.name = row.name, n.aliases = row.aliases, n.country = row.country, "
        "n.articles = row.articles"
    )
    assert "MERGE (n:Country {iso3: row.iso3})" in node_upsert_statement(C)


def test_store_neo4j_dates_are_converted_by_cypher() -> None:
    assert rel_upsert_statement(RelType.MET_WITH, (P, OFC)) == (
        "UNWIND $rows AS row\n"
        "MATCH (a:Person {id: row.start})\n"
        "MATCH (b:Office {id: row.end})\n"
        "MERGE (a)-[r:MET_WITH {key: row.key}]->(b)\n"
        "SET r.date = row.date, r.dateStart = date(row.dateStart), "
        "r.dateEnd = date(row.dateEnd), r.kind = row.kind, r.event = row.event, "
        "r.articles = row.articles, r.evidence = row.evidence, "
        "r.evidenceStart = row.evidenceStart, r.evidenceEnd = row.evidenceEnd\n"
        "RETURN count(r) AS written"
    )
    assert "n.dateStart = date(row.dateStart)" in node_upsert_statement(E)


def test_store_neo4j_statements_hold_no_data() -> None:
    # Texts come from the schema alone: a graph's values can never reach them.
    sent = FakeDriver()
    Neo4jStore(sent).write(small_graph())
    for text, _ in sent.sent():
        assert "To Lam" not in text and "2025" not in text and "VNM" not in text


@settings(max_examples=50, deadline=None)
@given(names=st.lists(st.text(min_size=1), min_size=1, max_size=5, unique=True))
def test_store_neo4j_any_values_travel_only_as_parameters(names: list[str]) -> None:
    g = Graph()
    for i, name in enumerate(names):
        g.add_node(Node(P, f"p{i}", {"name": name, "aliases": [name[::-1]], "country": None,
                                     "articles": []}))  # fmt: skip
    driver = FakeDriver()
    Neo4jStore(driver).write(g)
    ((text, params),) = driver.sent()
    assert text == node_upsert_statement(P)
    assert [row["name"] for row in params["rows"]] == names


# ── Writes ────────────────────────────────────────────────────────────────────────────


def test_store_neo4j_setup_runs_each_schema_statement_in_its_own_write() -> None:
    driver = FakeDriver()
    Neo4jStore(driver, database="graphs").setup()
    assert [(mode, kind, db) for mode, kind, db, _ in driver.transactions] == [
        (neo4j.WRITE_ACCESS, "write", "graphs")
    ] * len(cypher.schema_statements())
    assert [text for text, _ in driver.sent()] == cypher.schema_statements()


def test_store_neo4j_write_sends_exact_statements_and_rows_in_one_transaction() -> None:
    driver = FakeDriver()
    Neo4jStore(driver).write(small_graph())
    assert len(driver.transactions) == 1
    mode, kind, _, log = driver.transactions[0]
    assert (mode, kind) == (neo4j.WRITE_ACCESS, "write")
    sent = dict(log)
    assert sent[node_upsert_statement(P)] == {"rows": [
        {"id": "p1", "name": "To Lam", "aliases": ["Tô Lâm"], "country": "VNM", "articles": ["a1"]},
        {"id": "p2", "name": "Vladimir Putin", "aliases": [], "country": "RUS", "articles": ["a1"]},
    ]}  # fmt: skip
    assert sent[node_upsert_statement(C)] == {"rows": [
        {"iso3": "RUS", "name": "Russian Federation"}, {"iso3": "VNM", "name": "Viet Nam"},
    ]}  # fmt: skip
    assert sent[rel_upsert_statement(RelType.MET_WITH, (P, P))] == {"rows": [{
        "start": "p1", "end": "p2", "key": "e1", "date": "2025-05", "dateStart": "2025-05-01",
        "dateEnd": "2025-05-31", "kind": "talks", "event": "e1", "articles": ["a1"],
        "evidence": ["They met."], "evidenceStart": [812], "evidenceEnd": [821],
    }]}  # fmt: skip
    upgraded = sent[rel_upsert_statement(RelType.UPGRADED_TO, (C, C))]["rows"]
    assert [(r["start"], r["end"], r["rank"]) for r in upgraded] == [("VNM", "RUS", 3)]
    # Offsets not known are -1, never null: Neo4j lists cannot hold nulls.
    assert [(r["evidenceStart"], r["evidenceEnd"]) for r in upgraded] == [([-1], [-1])]


def test_store_neo4j_write_sends_nodes_before_relationships() -> None:
    driver = FakeDriver()
    Neo4jStore(driver).write(small_graph())
    kinds = ["rel" if "MATCH (a:" in text else "node" for text, _ in driver.sent()]
    assert kinds == sorted(kinds, key=lambda k: k == "rel")


def test_store_neo4j_write_batches_rows() -> None:
    g = Graph()
    for i in range(2 * BATCH_SIZE + 7):
        g.add_node(Node(C, f"C{i:05d}", {"name": None}))
    driver = FakeDriver()
    Neo4jStore(driver).write(g)
    sizes = [len(p["rows"]) for t, p in driver.sent() if t == node_upsert_statement(C)]
    assert sizes == [BATCH_SIZE, BATCH_SIZE, 7]
    assert len(driver.transactions) == 1  # still one transaction


def test_store_neo4j_missing_endpoint_is_an_error_not_a_silent_skip() -> None:
    def nothing_matched(text: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        return [{"written": 0}] if "AS written" in text else []

    with pytest.raises(StoreError, match="MET_WITH relationship"):
        Neo4jStore(FakeDriver(nothing_matched)).write(small_graph())


def test_store_neo4j_apply_deletes_first_then_upserts_then_bookkeeping() -> None:
    changes = Changes(
        upsert=small_graph(),
        delete_nodes=[(P, "gone")],
        delete_rels=[(RelType.MET_WITH, (P, "p1"), (OFC, "o9"), "e0")],
        articles=[StoredArticle("a1", "004.txt", "h1", '{"article": "004.txt"}')],
    )
    driver = FakeDriver()
    Neo4jStore(driver).apply(changes)
    log = driver.sent()
    assert log[0] == (
        "UNWIND $rows AS row\nMATCH (:Person {id: row.start})-[r:MET_WITH {key: row.key}]->"
        "(:Office {id: row.end})\nDELETE r",
        {"rows": [{"start": "p1", "end": "o9", "key": "e0"}]},
    )
    assert log[1] == (
        "UNWIND $rows AS row\nMATCH (n:Person {id: row.id})\nDETACH DELETE n",
        {"rows": [{"id": "gone"}]},
    )
    assert log[-1] == (
        "UNWIND $rows AS row\nMERGE (a:Article {id: row.id})\n"
        "SET a.hash = row.hash, a.payload = row.payload",
        {"rows": [{"id": "a1", "hash": "h1", "payload": '{"article": "004.txt"}'}]},
    )
    assert len(driver.transactions) == 1


def test_store_neo4j_apply_of_nothing_opens_no_session() -> None:
    driver = FakeDriver()
    Neo4jStore(driver).apply(Changes())
    assert driver.transactions == []


def test_store_neo4j_sends_only_statements_the_lint_checks() -> None:
    driver = FakeDriver()
    store = Neo4jStore(driver)
    store.setup()
    store.apply(Changes(upsert=small_graph(), delete_nodes=[(P, "x")],
                        delete_rels=[(RelType.HOLDS, (P, "x"), (OFC, "y"), "")],
                        articles=[StoredArticle("a1", "f", "h", "{}")]))  # fmt: skip
    store.read_graph()
    store.stored_articles()
    assert {text for text, _ in driver.sent()} <= set(write_statements())


# ── Reads ─────────────────────────────────────────────────────────────────────────────


def test_store_neo4j_run_uses_a_read_session_and_passes_values_as_parameters() -> None:
    def answer(text: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        return [{"name": params["name"], "d": neo4j.time.Date(2025, 5, 1), "n": [1]}]

    driver = FakeDriver(answer)
    nasty = "OFC'Brien `x` {a} // c \" \\"
    columns, rows = Neo4jStore(driver, "db1").run("RETURN $name AS name", {"name": nasty})
    assert (columns, rows) == (["name", "d", "n"], [[nasty, "2025-05-01", [1]]])
    mode, kind, database, log = driver.transactions[0]
    assert (mode, kind, database) == (neo4j.READ_ACCESS, "read", "db1")
    assert log == [("RETURN $name AS name", {"name": nasty})]


def test_store_neo4j_run_write_uses_a_write_session() -> None:
    driver = FakeDriver(lambda text, params: [])
    Neo4jStore(driver).run_write("MATCH (n:Person) SET n.seen = true")
    assert driver.transactions[0][:2] == (neo4j.WRITE_ACCESS, "write")


def test_store_neo4j_read_graph_rebuilds_nodes_and_relationships() -> None:
    def answer(text: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        if text.startswith("MATCH (n:Person)"):
            return [{"id": "p1", "name": "To Lam", "aliases": [], "country": "VNM",
                     "articles": ["a1"]}]  # fmt: skip
        if text.startswith("MATCH (n:Office)"):
            return [{"id": "o1", "title": "President", "country": "RUS", "articles": None}]
        if text.startswith("MATCH (a:Person)-[r:MET_WITH]->(b:Office)"):
            return [{"start": "p1", "end": "o1", "key": "e1", "date": "2025-05",
                     "dateStart": neo4j.time.Date(2025, 5, 1),
                     "dateEnd": neo4j.time.Date(2025, 5, 31), "kind": "talks", "event": "e1",
                     "articles": ["a1"], "evidence": ["s"], "evidenceStart": [4],
                     "evidenceEnd": [5]}]  # fmt: skip
        return []

    driver = FakeDriver(answer)
    graph = Neo4jStore(driver).read_graph()
    assert graph.counts() == {"Person": 1, "Office": 1, "MET_WITH": 1}
    assert graph.nodes[(OFC, "o1")].props == {"title": "President", "country": "RUS",
                                            "articles": None}  # fmt: skip
    rel = graph.rels[(RelType.MET_WITH, (P, "p1"), (OFC, "o1"), "e1")]
    assert rel.props["dateStart"] == "2025-05-01" and rel.props["dateEnd"] == "2025-05-31"
    assert (rel.props["evidenceStart"], rel.props["evidenceEnd"]) == ([4], [5])
    assert [(m, k) for m, k, _, _ in driver.transactions] == [(neo4j.READ_ACCESS, "read")]


def test_store_neo4j_stored_articles_reads_the_bookkeeping() -> None:
    def answer(text: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        return [{"id": "a1", "file": "004.txt", "hash": "h", "payload": "{}"}]

    assert Neo4jStore(FakeDriver(answer)).stored_articles() == [
        StoredArticle("a1", "004.txt", "h", "{}")
    ]


# ── Errors and secrets ────────────────────────────────────────────────────────────────


def _raising(exc: Exception) -> Responder:
    def respond(text: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        raise exc

    return respond


def test_store_neo4j_rejected_cypher_is_a_query_error() -> None:
    error = CypherSyntaxError._hydrate_neo4j(
        code="Neo.ClientError.Statement.SyntaxError", message="Invalid input 'RETRN'"
    )
    with pytest.raises(QueryError, match="Invalid input 'RETRN'"):
        Neo4jStore(FakeDriver(_raising(error))).run("RETRN 1")


def test_store_neo4j_lost_server_is_store_unavailable() -> None:
    with pytest.raises(StoreUnavailable, match="unreachable"):
        Neo4jStore(FakeDriver(_raising(ServiceUnavailable("gone")))).read_graph()


def test_store_neo4j_repr_shows_no_credentials() -> None:
    driver = neo4j.GraphDatabase.driver("bolt://127.0.0.1:1", auth=("neo4j", SECRET))
    try:
        store = Neo4jStore(driver, "neo4j")
        assert SECRET not in repr(store) and SECRET not in str(store)
    finally:
        driver.close()


@pytest.mark.parametrize(
    "uri", ["bolt://127.0.0.1:1", f"bolt://neo4j:{SECRET}@127.0.0.1:1", "nonsense://x"]
)
def test_store_neo4j_open_driver_errors_never_show_the_password(uri: str) -> None:
    with pytest.raises(StoreUnavailable) as caught:
        open_driver(uri, "neo4j", SECRET)
    shown = "".join(traceback.format_exception(caught.value)) + repr(caught.value)
    assert SECRET not in shown
    assert caught.value.__suppress_context__  # the driver's own error stays out of tracebacks


def test_store_neo4j_redact_uri_drops_user_info() -> None:
    assert redact_uri(f"neo4j://me:{SECRET}@db.example:7687/x") == "neo4j://db.example:7687/x"
    assert redact_uri("bolt://localhost:7687") == "bolt://localhost:7687"
