"""Persons: posts misspelt in wire copy ("Prime Minster", "NA Chainman") still name the
person after them."""

from __future__ import annotations

from person_facts import persons_of


def test_a_misspelt_post_names_the_person() -> None:
    text = "He also met Vietnamese Prime Minster Le Van Binh in Hanoi."
    assert persons_of(text)["Le Van Binh"] == ("VNM", "Prime Minster")


def test_a_misspelt_post_before_a_short_name() -> None:
    text = "Chairman Le Van Binh opened the session. Later NA Chainman Binh met the press."
    assert list(persons_of(text)) == ["Le Van Binh"]
