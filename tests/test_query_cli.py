"""`diplograph query` end to end: the console script, its output, its errors, no secrets."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

import cypher
from graph import load
from graph.cli import app
from graph.store.embedded import EmbeddedStore, connect

SECRET = "n0t-To-Be-Pr1nted"
DIPLOGRAPH = [sys.executable, "-c", "from graph.cli import main; main()"]


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory: pytest.TempPathFactory, shared_dir: Path) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("cli") / "seeds.db"
    with connect(path) as conn:
        load.ingest(EmbeddedStore(conn), load.records_from_facts_files(
            sorted((shared_dir / "gold" / "seeds").glob("*.gold.json"))))  # fmt: skip
    yield path


def diplograph(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*DIPLOGRAPH, *args], capture_output=True, text=True, env={**os.environ, **(env or {})},
        timeout=120,
    )  # fmt: skip


def test_query_cli_list_shows_one_line_per_saved_query() -> None:
    result = CliRunner().invoke(app, ["query", "--list"])
    assert result.exit_code == 0
    assert [line.split()[0] for line in result.stdout.splitlines()] == cypher.query_names()


def test_query_cli_saved_query_as_json(seeds_db: Path) -> None:
    args = ["query", "partnership_ladder", "--db", str(seeds_db), "-p", "a=VNM", "--param",
            "b=USA", "--format", "json"]  # fmt: skip
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [(r["date"], r["level"]) for r in rows] == [
        ("1995", "diplomatic_relations"),
        ("2013", "comprehensive_partnership"),
        ("2023", "comprehensive_strategic_partnership"),
    ]


def test_query_cli_raw_cypher_as_csv(seeds_db: Path) -> None:
    text = "MATCH (p:Person) WHERE p.name = $name RETURN p.name AS name, p.country AS country"
    result = CliRunner().invoke(
        app, ["query", text, "--db", str(seeds_db), "--param", "name=To Lam", "-f", "csv"]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["name,country", "To Lam,VNM"]


def test_query_cli_table_is_the_default(seeds_db: Path) -> None:
    args = ["query", "person_meetings", "--db", str(seeds_db), "-p", "name=To Lam",
            "-p", "from=2025-05-01", "-p", "to=2025-05-31"]  # fmt: skip
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["person", "date", "kind", "metWith", "country", "articles"]
    assert lines[-1] == "(4 rows)"
    assert any("Kassym-Jomart Tokayev" in line for line in lines)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["query", "nope"], "Error: no saved query named 'nope' — known names: agreements_between"),
        (["query", "person_profile"], "Error: missing parameter(s): name — --param name=…"),
        (["query", "MATCH (p:Person) DETACH DELETE p"], "Error: the query writes (DETACH, DELETE)"),
        (["query"], "Error: name a saved query or give Cypher"),
    ],
)
def test_query_cli_errors_are_one_line_and_exit_1(
    seeds_db: Path, args: list[str], message: str
) -> None:
    result = diplograph(*args, "--db", str(seeds_db))
    assert result.returncode == 1
    assert result.stderr.startswith(message), result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_query_cli_never_creates_a_store(tmp_path: Path) -> None:
    missing = tmp_path / "nothing.db"
    result = diplograph("query", "person_profile", "-p", "name=x", "--db", str(missing))
    assert result.returncode == 1 and "Error: no store at" in result.stderr
    assert not missing.exists()


@pytest.mark.parametrize(
    "uri", ["bolt://127.0.0.1:1", f"bolt://neo4j:{SECRET}@127.0.0.1:1", "bogus://host"]
)
def test_query_cli_never_prints_the_neo4j_password(uri: str) -> None:
    result = diplograph("query", "person_profile", "-p", "name=x", "--neo4j", uri,
                        env={"NEO4J_PASSWORD": SECRET})  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.startswith("Error: "), result.stderr
    assert SECRET not in result.stderr + result.stdout
    assert "Traceback" not in result.stderr
