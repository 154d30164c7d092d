# ruff: noqa: E501  (example sentences are kept whole)
"""Persons: after a post, a royal style ("Foreign Minister Prince Faisal …") is no part of
the name; a royal word that is also a given name ("Minister Sultan Al Jaber") is."""

from __future__ import annotations

import pytest
from person_facts import persons_of


@pytest.mark.parametrize(
    ("text", "name", "country", "title"),
    [
        (
            "Riyadh received Saudi Foreign Minister Prince Khalid bin Saad Al Rashid on Monday.",
            "Khalid bin Saad Al Rashid",
            "SAU",
            "Foreign Minister",
        ),
        (
            "China received Saudi Arabian Minister for Foreign Affairs, Prince Khalid bin Saad, and the Iranian minister.",
            "Khalid bin Saad",
            "SAU",
            "Minister for Foreign Affairs",
        ),
        ("Saudi Defence Minister Prince Khalid said so.", "Khalid", "SAU", "Defence Minister"),
        (
            "Emirati Minister of Industry Sultan Al Mansoori spoke.",
            "Sultan Al Mansoori",
            "ARE",
            "Minister of Industry",
        ),
    ],
)
def test_royal_style_after_a_post(text: str, name: str, country: str, title: str) -> None:
    assert persons_of(text)[name] == (country, title)
