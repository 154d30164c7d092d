"""pipeline: one exit-code rule for every batch command (extract, ingest)."""

from __future__ import annotations

import pytest

from ingest.pipeline import Batch, exit_code


@pytest.mark.parametrize(
    ("loaded", "skipped", "code"),
    [(3, 0, 0), (3, 1, 2), (0, 2, 1), (0, 0, 1)],
    ids=["all-loaded", "some-skipped", "nothing-loaded", "empty-run"],
)
def test_pipeline_exit_code_rule(loaded: int, skipped: int, code: int) -> None:
    assert exit_code(loaded, skipped) == code
    assert Batch(loaded=loaded, skipped=skipped).exit_code == code
