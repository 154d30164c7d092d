# ruff: noqa: E501  (example sentences are kept whole)
"""UPGRADED_TO: the anniversary of relations between two capitals spoken of as cities
("… serve the two cities … the 30th anniversary of Hanoi-Seoul relations") is the
twinning of the cities, not their countries' diplomatic relations; an anniversary of
relations between countries still is, whatever else the sentence names."""

from __future__ import annotations

import pytest
from relation_facts import UpgradeFact, upgrade_facts
from relation_facts import upgrade_fact as _f

from ingest.types import Level

DR = Level.diplomatic_relations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor said closer ties serve the two cities, as the 30th anniversary of Hanoi-Seoul relations is nearing.",
            set(),
        ),
        (
            "Officials of the two capitals will mark the 20th anniversary of Hanoi-Tokyo relations next month.",
            set(),
        ),
        (
            "The two sides are preparing for the 30th anniversary of Vietnam-Korea relations in 2022.",
            {_f("VNM", "KOR", DR, "1992")},
        ),
        (
            "The two capitals held events as the countries marked the 30th anniversary of Vietnam-Korea relations in 2022.",
            {_f("VNM", "KOR", DR, "1992")},
        ),
    ],
)
def test_anniversary_of_twinned_capitals(text: str, expected: set[UpgradeFact]) -> None:
    assert upgrade_facts(text, "2022-06-01") == expected
