# ruff: noqa: E501  (example sentences are kept whole)
"""MET_WITH: a closing ", during their talks in <place>" / ", during a bilateral meeting
yesterday" makes the subjects of the sentence meet."""

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
        "Vietnamese Prime Minister Pham Minh Chinh and Polish Prime Minister Donald Tusk reviewed the growth of trade, during their talks in Warsaw on January 16.",
        "Vietnamese Prime Minister Pham Minh Chinh and Polish Prime Minister Donald Tusk agreed to open a direct flight, during a bilateral meeting in Warsaw yesterday.",
    ],
)
def test_closing_talks_phrase_pairs_the_two_subjects(text: str) -> None:
    assert pairs(text) == {frozenset(("Pham Minh Chinh", "Donald Tusk"))}


def test_closing_talks_of_their_own_with_no_comma_pair_the_two_subjects() -> None:
    text = "Vietnamese Minister of Health Le Van Hoa and his Chilean counterpart Ana Soto discussed vaccine research during their talks in Hanoi on May 5."
    assert pairs(text) == {frozenset(("Le Van Hoa", "Ana Soto"))}


def test_talks_of_a_third_party_are_not_this_sentences_meeting() -> None:
    text = "Polish Prime Minister Donald Tusk said the talks in Brussels were useful."
    assert pairs(text) == set()


def test_without_a_comma_only_their_talks_pair_the_subjects() -> None:
    text = "Vietnamese Minister of Health Le Van Hoa discussed vaccine research during the talks in Hanoi on May 5."
    assert pairs(text) == set()
