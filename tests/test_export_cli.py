"""`diplograph export FORMAT OUT` from an embedded store holding the seeds."""

from __future__ import annotations

import json
from pathlib import Path

import igraph
import networkx as nx
import pytest
from typer.testing import CliRunner

from graph.cli import app
from graph.resolve import ArticleRecord, resolve
from graph.store import embedded
from graph.types import Graph
from ingest.types import ArticleFacts

runner = CliRunner()


@pytest.fixture(scope="module")
def seeds(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Graph, Path]:
    """The seeds' gold facts resolved, and an embedded store holding them."""
    gold = sorted((shared_dir / "gold" / "seeds").glob("*.gold.json"))
    records = [
        ArticleRecord.from_facts(ArticleFacts.model_validate(json.loads(f.read_text())))
        for f in gold
    ]
    graph = resolve(records)
    path = tmp_path_factory.mktemp("db") / "seeds.db"
    with embedded.connect(path) as conn:
        store = embedded.EmbeddedStore(conn)
        store.setup()
        store.write(graph)
    return graph, path


def _export(fmt: str, out: Path, db: Path) -> str:
    result = runner.invoke(app, ["export", fmt, str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_export_cli_graphml_matches_the_store(seeds: tuple[Graph, Path], tmp_path: Path) -> None:
    graph, db = seeds
    out = tmp_path / "seeds.graphml"
    _export("graphml", out, db)
    back = igraph.Graph.Read_GraphML(str(out))
    assert (back.vcount(), back.ecount()) == (len(graph.nodes), len(graph.rels))
    ladder = sorted(
        (e["year"], e["level"])
        for e in back.es.select(type="UPGRADED_TO")
        if back.vs[e.target]["id"] == "Country:USA"
    )
    assert ladder == [
        (1995, "diplomatic_relations"),
        (2013, "comprehensive_partnership"),
        (2023, "comprehensive_strategic_partnership"),
    ]


def test_export_cli_gexf_is_dynamic(seeds: tuple[Graph, Path], tmp_path: Path) -> None:
    graph, db = seeds
    out = tmp_path / "seeds.gexf"
    _export("gexf", out, db)
    back = nx.read_gexf(out)
    assert back.number_of_edges() == len(graph.rels)
    dated = [d for _, _, d in back.edges(data=True) if d.get("date")]
    assert dated and all(d["start"] <= d.get("end", d["start"]) for d in dated)
    levels = [d for d in dated if d["relType"] == "UPGRADED_TO"]
    assert any("end" not in d for d in levels)  # a pair's latest level stays open
    assert any("end" in d and d["end"][:4] > d["date"][:4] for d in levels)  # until the next


def test_export_cli_json_and_csv(seeds: tuple[Graph, Path], tmp_path: Path) -> None:
    graph, db = seeds
    _export("json", tmp_path / "seeds.json", db)
    data = json.loads((tmp_path / "seeds.json").read_text(encoding="utf-8"))
    assert nx.node_link_graph(data, edges="edges").number_of_nodes() == len(graph.nodes)
    command = _export("csv", tmp_path / "csv", db)
    assert command.startswith("neo4j-admin database import full")
    assert (tmp_path / "csv" / "Country.csv").exists()
