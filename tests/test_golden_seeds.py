"""Golden files: the facts `diplograph extract` reads out of each seed article.

Regenerate after a deliberate extractor change, then review the diff:

    .venv/bin/pytest tests/test_golden_seeds.py --update-golden
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ingest.pipeline import process
from ingest.read import read_one

GOLDEN = Path(__file__).parent / "golden" / "seeds"
SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


def facts_document(path: Path) -> dict[str, Any]:
    """The extract output, minus `file` (the path depends on where tests run)."""
    facts = process(read_one(path)).facts
    assert facts is not None
    document = facts.to_json()
    document.pop("file", None)
    return document


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_golden_seed_facts(seed: Path, update_golden: bool) -> None:
    golden = GOLDEN / (seed.stem + ".facts.json")
    actual = facts_document(seed)
    if update_golden:
        GOLDEN.mkdir(parents=True, exist_ok=True)
        golden.write_text(json.dumps(actual, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert golden.exists(), f"no golden file: run pytest {__file__} --update-golden"
    assert actual == json.loads(golden.read_text(encoding="utf-8"))
