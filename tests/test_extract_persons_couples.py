# ruff: noqa: E501  (example sentences are kept whole)
"""Persons: a couple named together ("King Harald and Queen Sonja of Norway", "President
X and his wife Mrs. Y") is of one country."""

from __future__ import annotations

from person_facts import persons_of


def countries(text: str) -> dict[str, str | None]:
    return {name: country for name, (country, _) in persons_of(text, home="VNM").items()}


def test_a_king_takes_the_country_his_queen_is_named_with() -> None:
    text = "King Harald and Queen Sonja of Norway welcomed the guests in Oslo."
    assert countries(text) == {"Harald": "NOR", "Sonja": "NOR"}


def test_the_order_of_the_couple_does_not_matter() -> None:
    text = "Empress Akiko and Japanese Emperor Hiroshi greeted the visitors at the palace."
    assert countries(text) == {"Akiko": "JPN", "Hiroshi": "JPN"}


def test_a_wife_named_with_an_honorific_is_of_her_husbands_country() -> None:
    text = "Chilean President Pedro Soto and his wife Mrs. Maria Lopez arrived in Hanoi on Sunday."
    assert countries(text) == {"Pedro Soto": "CHL", "Maria Lopez": "CHL"}


def test_two_monarchs_named_together_are_not_a_couple() -> None:
    text = "King Abdullah of Jordan and King Mswati greeted each other in Amman."
    assert countries(text)["Mswati"] != "JOR"
