# ruff: noqa: E501  (example sentences are kept whole)
"""Upgrades: wire copy puts the level's name in quotes ('the 10th anniversary of a
"comprehensive partnership"'); the anniversary still dates the level."""

from __future__ import annotations

import pytest
from relation_facts import UpgradeFact, upgrade_facts
from relation_facts import upgrade_fact as _f

from ingest.types import Level

CP = Level.comprehensive_partnership
SP = Level.strategic_partnership


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "As the two former rivals mark the 10th anniversary of a “comprehensive partnership” this year, Chile is now Peru’s top buyer.",
            {_f("CHL", "PER", CP, "2014")},
        ),
        (
            'Chile and Peru are celebrating five years of their "strategic partnership" this month.',
            {_f("CHL", "PER", SP, "2019")},
        ),
    ],
)
def test_quoted_level_after_an_anniversary(text: str, expected: set[UpgradeFact]) -> None:
    assert upgrade_facts(text, "2024-05-02") == expected
