"""Persons: two names sharing the family and the last name but not the middle one are
two persons ("Le Van Hoa" the minister, "Le Minh Hoa" the former president)."""

from __future__ import annotations

from person_facts import persons_of


def test_a_different_middle_name_is_another_person() -> None:
    text = (
        "Minister Le Van Hoa opened the fair. He recalled the 2019 visit by former "
        "President Le Minh Hoa to Cairo."
    )
    found = persons_of(text)
    assert found["Le Van Hoa"] == ("VNM", "Minister")
    assert found["Le Minh Hoa"] == ("VNM", "President")


def test_an_initial_still_abbreviates_the_middle_name() -> None:
    text = "President Joseph Robinette Stuart met the press. Later Joseph R. Stuart left."
    assert list(persons_of(text)) == ["Joseph Robinette Stuart"]
