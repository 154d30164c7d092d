"""`diplograph analyze centrality|timeline` on an embedded store holding the seeds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph.cli import app
from graph.errors import StoreUnavailable
from graph.resolve import ArticleRecord, resolve
from graph.store import embedded
from ingest.types import ArticleFacts

runner = CliRunner()


@pytest.fixture(scope="module")
def seeds_db(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The gold facts of the seeds, resolved and stored in a fresh embedded store."""
    gold = sorted((shared_dir / "gold" / "seeds").glob("*.gold.json"))
    records = [
        ArticleRecord.from_facts(ArticleFacts.model_validate(json.loads(f.read_text())))
        for f in gold
    ]
    path = tmp_path_factory.mktemp("db") / "seeds.db"
    with embedded.connect(path) as conn:
        store = embedded.EmbeddedStore(conn)
        store.setup()
        store.write(resolve(records))
    return path


def test_analyze_cli_timeline_pair_table(seeds_db: Path) -> None:
    result = runner.invoke(
        app, ["analyze", "timeline", "--pair", "vnm", "usa", "--db", str(seeds_db)]
    )
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "Partnership ladder"
    steps = [line.split()[:3] for line in lines[3:6]]
    assert steps == [
        ["USA–VNM", "1995", "diplomatic_relations"],
        ["USA–VNM", "2013", "comprehensive_partnership"],
        ["USA–VNM", "2023", "comprehensive_strategic_partnership"],
    ]


def test_analyze_cli_timeline_json_and_plot(seeds_db: Path, tmp_path: Path) -> None:
    png = tmp_path / "tl.png"
    args = ["analyze", "timeline", "--country", "MNG", "--format", "json", "--plot", str(png)]
    result = runner.invoke(app, [*args, "--db", str(seeds_db)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [(s["date"], s["level"]) for s in data["ladder"]] == [
        ("1954", "diplomatic_relations"),
        ("2024-09", "comprehensive_partnership"),
    ]
    assert png.read_bytes()[:4] == b"\x89PNG"


def test_analyze_cli_timeline_rejects_country_and_pair(seeds_db: Path) -> None:
    args = ["analyze", "timeline", "--country", "VNM", "--pair", "VNM", "USA"]
    result = runner.invoke(app, [*args, "--db", str(seeds_db)])
    assert result.exit_code == 2
    assert "not both" in result.output


def test_analyze_cli_centrality_country_json(seeds_db: Path, tmp_path: Path) -> None:
    png = tmp_path / "net.png"
    args = ["analyze", "centrality", "--level", "country", "--top", "3", "-f", "json"]
    result = runner.invoke(app, [*args, "--plot", str(png), "--db", str(seeds_db)])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert len(rows) == 3
    assert rows[0]["node"] == "VNM"  # every seed is about Viet Nam's partners
    assert rows[0]["betweenness"] == pytest.approx(1.0)
    assert set(rows[0]) == {
        "node",
        "name",
        "country",
        "degree",
        "weighted_degree",
        "betweenness",
        "pagerank",
        "eigenvector",
    }
    assert png.read_bytes()[:4] == b"\x89PNG"


def test_analyze_cli_centrality_person_table_notes_on_stderr(seeds_db: Path) -> None:
    result = runner.invoke(app, ["analyze", "centrality", "--db", str(seeds_db)])
    assert result.exit_code == 0, result.output
    header = result.stdout.splitlines()[0].split()
    assert header == [
        "name",
        "country",
        "degree",
        "weighted_degree",
        "betweenness",
        "pagerank",
        "eigenvector",
    ]
    assert len(result.stdout.splitlines()) == 2 + 10
    assert "note: eigenvector centrality on the largest component only" in result.stderr


def test_analyze_cli_missing_database_is_a_store_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["analyze", "centrality", "--db", str(tmp_path / "none.db")])
    assert isinstance(result.exception, StoreUnavailable)
    assert "diplograph ingest" in str(result.exception)
