"""The seed articles through the real pipeline (extraction included) into the store."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.load import extracted_docs, ingest, records_from_docs
from graph.store.embedded import EmbeddedStore, connect
from graph.types import Graph, NodeLabel


def load(db: Path, *batches: list[Path], workers: int = 1) -> Graph:
    with connect(db) as conn:
        store = EmbeddedStore(conn)
        for paths in batches:
            report = ingest(store, records_from_docs(extracted_docs(paths, workers)))
            assert report.failed == 0
        return store.read_graph()


@pytest.fixture(scope="module")
def seed_files(seeds_dir: Path) -> list[Path]:
    return sorted(seeds_dir.glob("*.txt"))


@pytest.fixture(scope="module")
def one_go(seed_files: list[Path], tmp_path_factory: pytest.TempPathFactory) -> Graph:
    return load(tmp_path_factory.mktemp("one") / "g.db", seed_files)


def test_load_seeds_to_lam_is_one_person_in_three_articles(one_go: Graph):
    to_lam = [
        n
        for n in one_go.nodes.values()
        if n.label is NodeLabel.Person and n.props["name"] == "To Lam"
    ]
    assert len(to_lam) == 1
    assert len(to_lam[0].props["articles"]) == 3


@pytest.mark.parametrize("split", [1, 2, 4])
def test_load_seeds_in_two_halves_equal_one_go(
    seed_files: list[Path], one_go: Graph, tmp_path: Path, split: int
):
    halves = load(tmp_path / "g.db", seed_files[split:], seed_files[:split])
    assert halves.nodes == one_go.nodes
    assert halves.rels == one_go.rels


def test_load_seeds_with_two_workers_equal_one(seed_files: list[Path], one_go: Graph, tmp_path):
    pooled = load(tmp_path / "g.db", seed_files, workers=2)
    assert pooled.nodes == one_go.nodes and pooled.rels == one_go.rels
