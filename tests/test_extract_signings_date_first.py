# ruff: noqa: E501  (example sentences are kept whole)
"""SIGNED: wire copy may put the day between the verb and its object ("signed on June 19
the treaty"); the document is still the verb's object, dated by that day."""

from __future__ import annotations

import pytest
from relation_facts import signing_facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chilean President Gabriel Boric and Peruvian President Dina Boluarte signed on June 19 the treaty on border cooperation.",
            {(frozenset({"CHL", "PER"}), "2024-06-19")},
        ),
        (
            "Chile and Peru signed on Monday an agreement on fisheries.",
            {(frozenset({"CHL", "PER"}), "2024-06-24")},
        ),
    ],
)
def test_a_date_before_the_object(text: str, expected: set[tuple[frozenset[str], str]]) -> None:
    assert signing_facts(text, "2024-06-26") == expected


def test_a_place_before_the_object_still_stops_the_reach() -> None:
    assert (
        signing_facts(
            "Chile and Peru signed in Lima the day before talks on fisheries.", "2024-06-26"
        )
        == set()
    )
