# ruff: noqa: E501  (example sentences are kept whole)
"""Upgrade dates: in "N years since the <level> in YEAR" the year is when the level was
set; in "the Nth anniversary of the <level> in YEAR" it is the anniversary's."""

from __future__ import annotations

import pytest
from relation_facts import UpgradeFact, upgrade_facts
from relation_facts import upgrade_fact as _f

from ingest.types import Level

DR = Level.diplomatic_relations
SP = Level.strategic_partnership


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Over more than four decades since the establishment of diplomatic relations in 1978, Vietnam and Spain have built trust.",
            {_f("VNM", "ESP", DR, "1978")},
        ),
        (
            "It has been 12 years since the launch of the Vietnam-Spain Strategic Partnership framework in 2009.",
            {_f("VNM", "ESP", SP, "2009")},
        ),
        (
            "Vietnam and Spain celebrated the 45th anniversary of diplomatic relations in 2022.",
            {_f("VNM", "ESP", DR, "1977")},
        ),
    ],
)
def test_since_year_is_the_founding_year(text: str, expected: set[UpgradeFact]) -> None:
    assert upgrade_facts(text, "2021-06-01") == expected
