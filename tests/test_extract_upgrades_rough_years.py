# ruff: noqa: E501  (example sentences are kept whole)
"""Upgrades: a rough count of years of relations ("more than 40 years of establishing
diplomatic relations", "the nearly 25 years of ties") states that the relations were set
up, with no year to count back: a fact without a date. An exact count dates it."""

from __future__ import annotations

import pytest
from relation_facts import upgrade_fact, upgrade_facts

from ingest.types import Level


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Vietnam have made great strides after more than 40 years of establishing diplomatic relations.",
        "Trade between Peru and Vietnam grew over the nearly 25 years of diplomatic relations.",
    ],
)
def test_a_rough_count_of_years_of_relations_is_an_undated_fact(text: str) -> None:
    assert upgrade_facts(text, "2024-03-01") == {
        upgrade_fact("PER", "VNM", Level.diplomatic_relations, None)
    }


def test_an_exact_count_of_years_still_dates_the_relations() -> None:
    text = "Peru and Vietnam have made great strides after 30 years of establishing diplomatic relations."
    assert upgrade_facts(text, "2024-03-01") == {
        upgrade_fact("PER", "VNM", Level.diplomatic_relations, "1994")
    }
