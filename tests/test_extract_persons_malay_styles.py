# ruff: noqa: E501  (example sentences are kept whole)
"""Persons: Malaysian styles ("Tan Sri", "Dato'", "Dato' Sri") are no part of a name,
while "Tan" and "Sri" alone stay name words."""

from __future__ import annotations

import pytest
from person_facts import persons_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "President of the Senate of Malaysia Tan Sri Dato' Awang Bemee Awang Ali Basah spoke.",
            "Awang Bemee Awang Ali Basah",
        ),
        (
            "Malaysian Defence Minister Dato' Sri Mohamed Khaled Nordin visited Hanoi.",
            "Mohamed Khaled Nordin",
        ),
        ("Singaporean Senior Minister of State Tan Kiat How visited Hanoi.", "Tan Kiat How"),
        (
            "Indonesian Finance Minister Sri Mulyani Indrawati visited Hanoi.",
            "Sri Mulyani Indrawati",
        ),
    ],
)
def test_styles_are_dropped_and_names_kept(text: str, name: str) -> None:
    assert name in persons_of(text)
