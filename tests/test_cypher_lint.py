"""Neo4j's own Cypher parser and semantic analysis, offline, on every statement we send.

`tests/cypherlint/lint.cjs` runs `lintCypherQuery` from `@neo4j-cypher/language-support`
with our labels, relationship types and each statement's parameters, so a syntax error,
an undefined variable, an unknown function (APOC is not on the docker-compose server) or
a `$param` we do not supply is an error here. Checked: every Neo4j-dialect file in
`cypher/` (the `*.embedded.cypher` variants are Kùzu Cypher and run in
`test_query_saved.py` instead) and every statement text the Neo4j writer can send.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

import cypher
from graph.store import neo4j as neo4j_store
from graph.store.rows import NODE_PROPERTIES, REL_PROPERTIES
from graph.types import NodeLabel, RelType

LINT_DIR = Path(__file__).resolve().parent / "cypherlint"
PACKAGE = LINT_DIR / "node_modules" / "@neo4j-cypher" / "language-support"
SCHEMA = {
    "labels": [label.value for label in NodeLabel] + [neo4j_store.LEDGER_LABEL],
    "relationshipTypes": [type.value for type in RelType],
    "propertyKeys": sorted(
        {"id", "iso3", "key", *neo4j_store.BOOKKEEPING_PROPERTIES, *neo4j_store.LEDGER_PROPERTIES}
        | {p for props in NODE_PROPERTIES.values() for p in props}
        | {p for props in REL_PROPERTIES.values() for p in props}
    ),
}


def lint(statements: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Diagnostics per statement id; fails (never skips) when the lint is not installed."""
    node = shutil.which("node")
    if node is None:
        pytest.fail("Node.js is needed for the Cypher lint: install Node 18.18+ (CI has it)")
    if not PACKAGE.is_dir():
        pytest.fail("the Cypher lint is not installed: run `npm ci --prefix tests/cypherlint`")
    payload = json.dumps({"schema": SCHEMA, "statements": statements})
    done = subprocess.run(
        [node, str(LINT_DIR / "lint.cjs")],
        input=payload,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    return {r["id"]: r["diagnostics"] for r in json.loads(done.stdout)}


def _neo4j_files() -> list[Path]:
    return sorted(p for p in cypher.HERE.rglob("*.cypher") if ".embedded." not in p.name)


def _file_statements() -> list[dict[str, Any]]:
    out = []
    for path in _neo4j_files():
        name = path.name.removesuffix(".cypher")
        if path.parent == cypher.QUERIES:
            query = cypher.saved_query(name)
            out.append({"id": name, "text": query.text, "parameters": query.examples})
        else:
            for i, text in enumerate(cypher.split_statements(path.read_text("utf-8"))):
                out.append({"id": f"{name}[{i}]", "text": text, "parameters": {}})
    return out


def _writer_statements() -> list[dict[str, Any]]:
    from graph import incremental, load

    loader = [*incremental.READ_STATEMENTS, load.ARTICLE_INDEX]
    params = {"rows": [], "keys": [], "ids": [], "prefix": ""}
    return [
        {"id": f"writer[{i}]", "text": text, "parameters": params}
        for i, text in enumerate([*neo4j_store.write_statements(), *loader])
    ]


@pytest.fixture(scope="module")
def diagnostics() -> dict[str, list[dict[str, Any]]]:
    return lint(_file_statements() + _writer_statements())


def _problems(found: list[dict[str, Any]]) -> list[str]:
    return [f"{d['line']}:{d['column']} {d['severity']}: {d['message']}" for d in found]


@pytest.mark.parametrize("statement", _file_statements(), ids=lambda s: s["id"])
def test_cypher_lint_files_have_no_diagnostics(
    statement: dict[str, Any], diagnostics: dict[str, list[dict[str, Any]]]
) -> None:
    # Zero errors is the rule; warnings are held to zero too, because a label or type
    # warning with the schema supplied means a typo.
    assert _problems(diagnostics[statement["id"]]) == []


def test_cypher_lint_writer_statements_have_no_diagnostics(
    diagnostics: dict[str, list[dict[str, Any]]],
) -> None:
    texts = {s["id"]: s["text"] for s in _writer_statements()}
    found = {texts[k]: _problems(v) for k, v in diagnostics.items() if k in texts and v}
    assert found == {}


def test_cypher_lint_covers_every_neo4j_file() -> None:
    linted = {s["id"].split("[")[0] for s in _file_statements()}
    assert {p.name.removesuffix(".cypher") for p in _neo4j_files()} == linted
    assert len(cypher.query_names()) >= 12


BROKEN = [
    ("MATCH (p:Person) RETURN q", "Variable `q` not defined"),
    ("MATCH (p:Person) WHERE p.name = $name RETURN p", "Parameter $name is not defined"),
    ("RETURN apoc.text.join(['a'], ',')", "Function apoc.text.join is not present"),
    ("MATCH (p:Person) RETURN p ORDER BY", "Invalid input"),
    ("MATCH (a)-[r:MET_WITH* SHORTEST 1..6]-(b) RETURN a", "Invalid input 'SHORTEST'"),
    ("MATCH (p:Persn) RETURN p", "Label Persn is not present in the database"),
]


@pytest.fixture(scope="module")
def broken_diagnostics() -> dict[str, list[dict[str, Any]]]:
    return lint([{"id": text, "text": text, "parameters": {}} for text, _ in BROKEN])


@pytest.mark.parametrize(("text", "expected"), BROKEN)
def test_cypher_lint_reports_broken_statements(
    text: str, expected: str, broken_diagnostics: dict[str, list[dict[str, Any]]]
) -> None:
    # The lint is only worth its zero if it does catch what it should.
    found = broken_diagnostics[text]
    assert any(expected in d["message"] for d in found), found
