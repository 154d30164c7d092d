# ruff: noqa: E501  (example sentences are kept whole)
"""MET_WITH: "A and B agreed … during a summit in <place>" makes the two subjects meet;
"the summit" (often a multilateral one named before) does not."""

from __future__ import annotations

import pytest

from ingest.extract import extract_facts
from ingest.types import Doc


def pairs(text: str, published: str | None = "2025-03-04") -> set[frozenset[str]]:
    doc = Doc(name="t.txt", raw=text, body=text, published=published)
    return {frozenset((m.a.name or "", m.b.name or "")) for m in extract_facts(doc).met_with}


@pytest.mark.parametrize(
    "text",
    [
        "Chilean President Gabriel Boric and Vietnamese President Luong Cuong discussed trade during a summit in Santiago on Tuesday.",
        "Chilean President Gabriel Boric and Vietnamese President Luong Cuong signed a trade pact at a bilateral summit in Santiago.",
    ],
)
def test_summit_phrase_pairs_the_two_subjects(text: str) -> None:
    assert pairs(text) == {frozenset(("Gabriel Boric", "Luong Cuong"))}


def test_the_summit_of_a_group_pairs_nobody() -> None:
    text = "Chilean President Gabriel Boric, who stood in for Peruvian President Dina Boluarte at the summit, praised the plan."
    assert pairs(text) == set()


def test_agreeing_to_do_something_at_a_summit_is_a_plan() -> None:
    text = "Chilean President Gabriel Boric and Vietnamese President Luong Cuong agreed to meet during a summit in Santiago next year."
    assert pairs(text) == set()


def test_a_fronted_summit_pairs_the_two_subjects_that_act_together() -> None:
    text = "At a summit in Santiago marking 30 years of ties, Chilean President Gabriel Boric and Vietnamese President Luong Cuong agreed to expand trade."
    assert pairs(text) == {frozenset(("Gabriel Boric", "Luong Cuong"))}


def test_the_fronted_summit_of_a_group_pairs_nobody() -> None:
    text = "At the ASEAN summit in Jakarta, Chilean President Gabriel Boric and Peruvian President Dina Boluarte agreed on the plan."
    assert pairs(text) == set()
