# ruff: noqa: E501  (example sentences are kept whole)
"""Persons: a country noun closing one phrase is not the country of the post opening the
next ("… cooperation with Chile, Prime Minister X said")."""

from __future__ import annotations

from person_facts import persons_of


def countries_of(text: str) -> dict[str, str | None]:
    return {name: country for name, (country, _) in persons_of(text, home="VNM").items()}


def test_a_country_before_a_comma_does_not_place_the_next_post() -> None:
    text = "Vietnam wants to expand trade with Peru, Deputy Prime Minister Tran Hong Ha told Peruvian Foreign Minister Elmer Schialer."
    found = countries_of(text)
    assert found["Tran Hong Ha"] != "PER"
    assert found["Elmer Schialer"] == "PER"


def test_a_post_naming_its_country_keeps_it() -> None:
    text = "Trade with Peru grew, the President of Chile, Gabriel Boric, said."
    assert countries_of(text)["Gabriel Boric"] == "CHL"


def test_a_post_after_a_dash_is_the_persons_post() -> None:
    text = "Vice Chairman Le Van Binh received Ms. Tran Thi Mai - Consul General of Peru in Hanoi."
    assert countries_of(text)["Tran Thi Mai"] == "PER"
