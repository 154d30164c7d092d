# ruff: noqa: E501  (example sentences are kept whole)
"""UPGRADED_TO dates: the founding day in brackets may follow the pair, not the level
("… diplomatic relations between the two countries (March 3, 1971 – 2021)")."""

from __future__ import annotations

import pytest
from relation_facts import UpgradeFact, upgrade_facts
from relation_facts import upgrade_fact as _f

from ingest.types import Level

DR = Level.diplomatic_relations


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The embassy of Vietnam in Chile held a ceremony to mark the 50th anniversary of the establishment of diplomatic relations between the two countries (March 3, 1971 –2021).",
            None,
            {_f("VNM", "CHL", DR, "1971-03-03")},
        ),
        (
            "Vietnam and Chile marked the 50th anniversary of diplomatic relations between Vietnam and Chile (March 3, 1971).",
            "2021-03-05",
            {_f("VNM", "CHL", DR, "1971-03-03")},
        ),
    ],
)
def test_founding_day_after_the_pair(
    text: str, published: str | None, expected: set[UpgradeFact]
) -> None:
    assert upgrade_facts(text, published) == expected
