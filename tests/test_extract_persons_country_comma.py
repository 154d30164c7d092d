# ruff: noqa: E501  (example sentences are kept whole)
"""Persons: a country noun closing one phrase is not the country of the post opening the
next ("… cooperation with Chile, Prime Minister X said")."""

from __future__ import annotations

from ingest.extract.persons import read_persons
from ingest.extract.sentences import split_sentences


def persons_of(text: str) -> dict[str, str | None]:
    people = read_persons(text, split_sentences(text))
    people.registry.fill_countries("VNM", None, [])
    return {p.name: p.country for p in people.registry.persons}


def test_a_country_before_a_comma_does_not_place_the_next_post() -> None:
    text = "Vietnam wants to expand trade with Peru, Deputy Prime Minister Tran Hong Ha told Peruvian Foreign Minister Elmer Schialer."
    found = persons_of(text)
    assert found["Tran Hong Ha"] != "PER"
    assert found["Elmer Schialer"] == "PER"


def test_a_post_naming_its_country_keeps_it() -> None:
    text = "Trade with Peru grew, the President of Chile, Gabriel Boric, said."
    assert persons_of(text)["Gabriel Boric"] == "CHL"
