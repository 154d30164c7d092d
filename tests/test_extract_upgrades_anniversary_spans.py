# ruff: noqa: E501  (example sentences are kept whole)
"""Upgrade dates of anniversaries: a bracketed span with full days at both ends, a date
shared by two coordinated anniversaries, and "five years of" a partnership."""

from __future__ import annotations

import pytest
from relation_facts import UpgradeFact, upgrade_facts
from relation_facts import upgrade_fact as _f

from ingest.types import Level

DR = Level.diplomatic_relations
CP = Level.comprehensive_partnership


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The embassy marked the 50th anniversary of Vietnam-Chile diplomatic ties (March 25, 1971 – March 25, 2021).",
            "2021-03-20",
            {_f("VNM", "CHL", DR, "1971-03-25")},
        ),
        (
            "Both sides will hold events for the 30th anniversary of Vietnam-Chile diplomatic relations and 20th anniversary of the two countries’ bilateral trade and investment agreement in 2001.",
            "1999-05-02",
            {_f("VNM", "CHL", DR, "1971")},
        ),
        (
            "Chile and Vietnam have marked five years of their comprehensive partnership (2007-2012) this spring.",
            None,
            {_f("VNM", "CHL", CP, "2007")},
        ),
    ],
)
def test_anniversary_dates(text: str, published: str | None, expected: set[UpgradeFact]) -> None:
    assert upgrade_facts(text, published) == expected
