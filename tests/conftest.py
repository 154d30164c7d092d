"""Shared fixtures: where the seeds and the shared gold sets are."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"  # CI clones the repo with shared/ beside it


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite the golden files under tests/golden/ from the current output",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("shared/ is not beside the checkout")
    return SHARED


@pytest.fixture(scope="session")
def seed_gold_facts(shared_dir: Path) -> list:
    """The seeds' gold facts documents as `ArticleFacts` (valid facts documents)."""
    import json

    from ingest.types import ArticleFacts

    files = sorted((shared_dir / "gold" / "seeds").glob("*.gold.json"))
    return [ArticleFacts.model_validate(json.loads(f.read_text("utf-8"))) for f in files]


@pytest.fixture
def seeds_graph(seed_gold_facts: list):
    """The resolved graph of the seeds' gold facts (a fresh copy per test)."""
    from graph.resolve import ArticleRecord, resolve

    return resolve(ArticleRecord.from_facts(f) for f in seed_gold_facts)
