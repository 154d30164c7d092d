"""Opt-in: the seeds in a real Neo4j (docker-compose.yml), every saved query run on it.

    docker compose up -d --wait
    pytest -m neo4j tests/test_neo4j_e2e.py

Skipped when nothing answers on $NEO4J_URI (default bolt://localhost:7687). The password
is $NEO4J_PASSWORD (default: docker-compose's `diplograph`). The tests replace the
database's diplograph graph, so they refuse (skip) a database holding other labels.

What they check: the writer's statements run on the server; the graph read back equals
the graph written; re-ingesting changes nothing; every saved query gives on Neo4j the
same rows as its embedded-dialect twin gives on LadybugDB for the same input; read-mode
sessions refuse writes.
"""

from __future__ import annotations

import json
import os
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

import cypher
from graph import load
from graph.errors import QueryError
from graph.query import plain, run_query
from graph.store.embedded import EmbeddedStore, connect
from graph.store.neo4j import Neo4jStore, open_driver
from graph.types import NodeLabel

pytestmark = pytest.mark.neo4j

URI = os.environ.get("NEO4J_URI", "bolt://localhost:7687")
USER = os.environ.get("NEO4J_USER", "neo4j")
PASSWORD = os.environ.get("NEO4J_PASSWORD", "diplograph")
OURS = {label.value for label in NodeLabel}


def _answers(uri: str) -> bool:
    parts = urlsplit(uri)
    try:
        with socket.create_connection((parts.hostname or "localhost", parts.port or 7687), 1):
            return True
    except OSError:
        return False


@pytest.fixture(scope="module")
def neo4j_store() -> Iterator[Neo4jStore]:
    if not _answers(URI):
        pytest.skip(f"no Neo4j answers on {URI} (docker compose up -d --wait)")
    driver = open_driver(URI, USER, PASSWORD)
    try:
        store = Neo4jStore(driver, os.environ.get("NEO4J_DATABASE"))
        _, rows = store.run("CALL db.labels() YIELD label RETURN collect(label) AS labels")
        foreign = set(rows[0][0]) - OURS
        if foreign:
            pytest.skip(
                f"the database holds other data (labels {sorted(foreign)}); use an empty one"
            )
        store.run_write("MATCH (n) DETACH DELETE n")
        yield store
    finally:
        driver.close()


@pytest.fixture(scope="module")
def facts_paths(tmp_path_factory: pytest.TempPathFactory, shared_dir: Path) -> list[Path]:
    from test_query_saved import REPRINT

    where = tmp_path_factory.mktemp("e2e")
    (where / "reprint.json").write_text(json.dumps(REPRINT), encoding="utf-8")
    return [*sorted((shared_dir / "gold" / "seeds").glob("*.gold.json")), where / "reprint.json"]


@pytest.fixture(scope="module")
def loaded(neo4j_store: Neo4jStore, facts_paths: list[Path]) -> load.IngestReport:
    return load.ingest(neo4j_store, load.records_from_facts_files(facts_paths))


@pytest.fixture(scope="module")
def embedded_store(
    tmp_path_factory: pytest.TempPathFactory, facts_paths: list[Path]
) -> Iterator[EmbeddedStore]:
    with connect(tmp_path_factory.mktemp("twin") / "twin.db") as conn:
        store = EmbeddedStore(conn)
        load.ingest(store, load.records_from_facts_files(facts_paths))
        yield store


def _normal(rows: list[list[Any]]) -> list[str]:
    """Rows compared as sets, with lists compared as sets (collect() order is free)."""

    def value(v: Any) -> Any:
        v = plain(v)
        return sorted(map(json.dumps, v)) if isinstance(v, list) else v

    return sorted(json.dumps([value(v) for v in row], sort_keys=True) for row in rows)


def test_neo4j_e2e_graph_reads_back_as_written(
    neo4j_store: Neo4jStore, embedded_store: EmbeddedStore, loaded: load.IngestReport
) -> None:
    written = embedded_store.read_graph()
    stored = neo4j_store.read_graph()
    assert stored.counts() == written.counts() == loaded.counts
    assert {r: n.props for r, n in stored.nodes.items()} == {
        r: n.props for r, n in written.nodes.items()
    }
    assert {r: x.props for r, x in stored.rels.items()} == {
        r: x.props for r, x in written.rels.items()
    }


def test_neo4j_e2e_ingesting_again_changes_nothing(
    neo4j_store: Neo4jStore, loaded: load.IngestReport, facts_paths: list[Path]
) -> None:
    again = load.ingest(neo4j_store, load.records_from_facts_files(facts_paths))
    assert (again.new, again.replaced, again.unchanged) == (0, 0, len(facts_paths))
    assert neo4j_store.read_graph().counts() == loaded.counts


def test_neo4j_e2e_to_lam_is_one_node(neo4j_store: Neo4jStore, loaded: load.IngestReport) -> None:
    _, rows = neo4j_store.run("MATCH (p:Person {name: $name}) RETURN count(p)", {"name": "To Lam"})
    assert rows == [[1]]


@pytest.mark.parametrize("name", cypher.query_names())
def test_neo4j_e2e_saved_query_gives_the_embedded_rows(
    name: str,
    neo4j_store: Neo4jStore,
    embedded_store: EmbeddedStore,
    loaded: load.IngestReport,
) -> None:
    params = cypher.saved_query(name).examples
    cols, rows = run_query(neo4j_store, name, params, dialect="neo4j")
    twin_cols, twin_rows = run_query(embedded_store, name, params, dialect="embedded")
    assert cols == twin_cols
    assert _normal(rows) == _normal(twin_rows)


def test_neo4j_e2e_read_sessions_refuse_writes(
    neo4j_store: Neo4jStore, loaded: load.IngestReport
) -> None:
    with pytest.raises(QueryError):
        neo4j_store.run("CREATE (:Person {id: 'intruder'})")
    _, rows = neo4j_store.run("MATCH (p:Person {id: 'intruder'}) RETURN count(p)")
    assert rows == [[0]]
