"""`graph.query`: parameters, write refusal, injection safety and output formats."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cypher
from graph.errors import QueryError
from graph.query import (
    Format,
    format_rows,
    list_saved,
    parse_params,
    run_query,
    write_clauses,
)
from graph.store.embedded import EmbeddedStore, connect
from graph.types import Graph, Node, NodeLabel

NASTY = [
    "O'Brien",
    'say "hi"',
    "back`tick`",
    "{braces: 1}",
    "a // not a comment",
    "/* nor this */",
    "'; MATCH (n) DETACH DELETE n //",
    "$name",
    "Tô Lâm \\ 🙂",
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    graph = Graph()
    for i, name in enumerate(["To Lam", *NASTY]):
        props = {"name": name, "aliases": [], "country": "VNM", "articles": []}
        graph.add_node(Node(NodeLabel.Person, f"p{i}", props))
    with connect(tmp_path_factory.mktemp("q") / "q.db") as conn:
        store = EmbeddedStore(conn)
        store.setup()
        store.write(graph)
        yield store


# ── Parameters ────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("pair", "value"),
    [
        ("name=To Lam", "To Lam"),
        ("limit=10", 10),
        ("n=-3", -3),
        ("x=2.5", 2.5),
        ("article=004_4e5e15dbdb680e40.txt", "004_4e5e15dbdb680e40.txt"),
        ("code=007", "007"),  # zero-padded: an identifier, not a number
        ("expr=a=b", "a=b"),
        ("empty=", ""),
        ("from=2025-01-01", "2025-01-01"),
    ],
)
def test_query_parse_params_values(pair: str, value: Any) -> None:
    key = pair.split("=", 1)[0]
    assert parse_params([pair]) == {key: value}


@pytest.mark.parametrize("pair", ["noequals", "1bad=x", "=x", "a b=c"])
def test_query_parse_params_rejects_bad_pairs(pair: str) -> None:
    with pytest.raises(QueryError, match="--param"):
        parse_params([pair])


def test_query_missing_parameters_are_named(store: EmbeddedStore) -> None:
    with pytest.raises(QueryError, match="missing parameter.*from, to"):
        run_query(store, "person_meetings", {"name": "To Lam"}, dialect="embedded")


def test_query_unused_parameters_are_refused_not_dropped(store: EmbeddedStore) -> None:
    with pytest.raises(QueryError, match="does not use parameter.*nmae"):
        run_query(store, "person_profile", {"name": "x", "nmae": "x"}, dialect="embedded")


@pytest.mark.parametrize("name", ["persn_meetings", "schema"])
def test_query_unknown_saved_name_lists_the_known_ones(store: EmbeddedStore, name: str) -> None:
    with pytest.raises(QueryError, match="known names: agreements_between") as caught:
        run_query(store, name, {}, dialect="embedded")
    assert "schema" not in str(caught.value).split("known names:")[1]


def test_query_sends_saved_queries_without_the_final_semicolon() -> None:
    store = Recorder()
    run_query(store, "person_profile", {"name": "x"}, dialect="neo4j")
    assert store.texts[0] == cypher.load("person_profile").rstrip().removesuffix(";")


# ── Values are parameters, never text ─────────────────────────────────────────────────


@pytest.mark.parametrize("name", NASTY)
def test_query_saved_query_finds_names_with_cypher_punctuation(
    store: EmbeddedStore, name: str
) -> None:
    columns, rows = run_query(store, "person_profile", {"name": name}, dialect="embedded")
    assert [row[columns.index("name")] for row in rows] == [name]


@pytest.mark.parametrize("name", NASTY)
def test_query_raw_cypher_takes_punctuated_values_as_parameters(
    store: EmbeddedStore, name: str
) -> None:
    text = "MATCH (p:Person) WHERE p.name = $name RETURN p.id AS id"
    assert run_query(store, text, {"name": name}, dialect="embedded")[1] == [
        [f"p{NASTY.index(name) + 1}"]
    ]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(value=st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")))
def test_query_any_text_round_trips_as_a_parameter(store: EmbeddedStore, value: str) -> None:
    assert run_query(store, "RETURN $v AS v", {"v": value}, dialect="embedded") == (
        ["v"],
        [[value]],
    )


# ── Writes are refused unless asked for ───────────────────────────────────────────────


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        ("MATCH (n:Person) SET n.name = 'x'", ["SET"]),
        ("CREATE (n:Person {id: 'x'})", ["CREATE"]),
        ("match (n) detach delete n", ["DETACH", "DELETE"]),
        ("MERGE (c:Country {iso3: 'XXX'})", ["MERGE"]),
        ("MATCH (n) REMOVE n.name", ["REMOVE"]),
        ("DROP TABLE Person", ["DROP"]),
        ("COPY Person FROM 'people.csv'", ["COPY"]),
        ("LOAD FROM 'x.csv' RETURN *", ["LOAD"]),
        ("ALTER TABLE Person ADD x STRING", ["ALTER"]),
        ("MATCH (n) RETURN n.set, n.delete, n.create", []),
        ("RETURN 'CREATE' AS word, \"DELETE\" AS other", []),
        ("// DELETE everything\nRETURN 1 /* DROP */", []),
        ("RETURN $merge AS m", []),
        ("MATCH (n:Person {create: 1}) RETURN `SET`", []),
        ("MATCH (n:Person) WHERE n.name STARTS WITH 'To' RETURN n.name AS settled", []),
    ],
)
def test_query_write_clauses_are_found_in_code_only(text: str, clauses: list[str]) -> None:
    assert write_clauses(text) == clauses


@pytest.mark.parametrize("dialect", cypher.DIALECTS)
@pytest.mark.parametrize("name", cypher.query_names())
def test_query_saved_queries_are_read_only(name: str, dialect: str) -> None:
    assert write_clauses(cypher.load(name, dialect)) == []


def test_query_refuses_writes_on_the_embedded_store(store: EmbeddedStore) -> None:
    text = "MATCH (p:Person {id: 'p0'}) SET p.country = 'XXX'"
    with pytest.raises(QueryError, match=r"writes \(SET\).*--write"):
        run_query(store, text, dialect="embedded")
    check = "MATCH (p:Person {id: 'p0'}) RETURN p.country"
    assert run_query(store, check, dialect="embedded")[1] == [["VNM"]]


def test_query_write_runs_when_allowed(store: EmbeddedStore) -> None:
    text = "MATCH (p:Person {id: $id}) SET p.country = $c RETURN p.country AS c"
    params = {"id": "p1", "c": "IRL"}
    assert run_query(store, text, params, dialect="embedded", allow_write=True)[1] == [["IRL"]]


class Recorder:
    """A store with Neo4j's two entry points: read-mode `run`, write-mode `run_write`."""

    def __init__(self) -> None:
        self.calls: list[str] = []
        self.texts: list[str] = []

    def run(self, text: str, params: dict[str, Any] | None = None) -> tuple[list[str], list]:
        self.calls.append("run")
        self.texts.append(text)
        return ["x"], [[1]]

    def run_write(self, text: str, params: dict[str, Any] | None = None) -> tuple[list[str], list]:
        self.calls.append("run_write")
        self.texts.append(text)
        return ["x"], [[1]]


def test_query_uses_the_write_session_only_with_write_allowed() -> None:
    store = Recorder()
    run_query(store, "person_profile", {"name": "x"}, dialect="neo4j")
    run_query(store, "MATCH (n) SET n.x = 1", dialect="neo4j", allow_write=True)
    assert store.calls == ["run", "run_write"]


# ── Output ────────────────────────────────────────────────────────────────────────────

COLUMNS = ["name", "date", "articles", "rank", "note"]
ROWS = [
    ["To Lam", dt.date(2025, 5, 1), ["a.txt", "b.txt"], 3, None],
    ['O\'Brien, "x"', None, [], 0, "x" * 80],
]


def test_query_format_json_is_an_array_of_row_objects() -> None:
    assert json.loads(format_rows(COLUMNS, ROWS, Format.json)) == [
        {"name": "To Lam", "date": "2025-05-01", "articles": ["a.txt", "b.txt"], "rank": 3,
         "note": None},
        {"name": "O'Brien, \"x\"", "date": None, "articles": [], "rank": 0, "note": "x" * 80},
    ]  # fmt: skip


def test_query_format_csv_quotes_and_flattens() -> None:
    rows = list(csv.reader(io.StringIO(format_rows(COLUMNS, ROWS, Format.csv))))
    assert rows == [
        COLUMNS,
        ["To Lam", "2025-05-01", "a.txt; b.txt", "3", ""],
        ['O\'Brien, "x"', "", "", "0", "x" * 80],
    ]


def test_query_format_table_aligns_and_counts_rows() -> None:
    lines = format_rows(COLUMNS, ROWS, Format.table).splitlines()
    assert lines[0].split() == COLUMNS
    assert lines[2].startswith("To Lam        2025-05-01  a.txt; b.txt  3")
    assert lines[3].endswith("x" * 59 + "…")  # long cells are shortened in tables only
    assert lines[-1] == "(2 rows)"


def test_query_format_empty_result() -> None:
    assert format_rows(["a"], [], Format.json) == "[]"
    assert format_rows(["a"], [], Format.table).splitlines()[-1] == "(0 rows)"


def test_query_list_saved_has_one_line_per_query() -> None:
    lines = list_saved().splitlines()
    assert [line.split()[0] for line in lines] == cypher.query_names()
    assert any("[$name $from $to]" in line for line in lines)


def test_query_format_handles_neo4j_dates() -> None:
    import neo4j.time

    out = json.loads(format_rows(["d"], [[neo4j.time.Date(2025, 5, 1)]], Format.json))
    assert out == [{"d": "2025-05-01"}]
