# ruff: noqa: E501  (example sentences are kept whole)
"""Persons: a hyphenated vice post ("vice-chairwoman", "Vice-Chairman") is a post as
"Vice-President" is, in an appositive after the name too."""

from __future__ import annotations

import pytest
from person_facts import persons_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Le Thi Hoa, NA permanent vice-chairwoman and head of the delegation, also attended.",
            "Le Thi Hoa",
        ),
        (
            "Vice-Chairman of the Hanoi People's Committee Ngo Van Tuan received the guests.",
            "Ngo Van Tuan",
        ),
    ],
)
def test_a_hyphenated_vice_post_names_the_person(text: str, name: str) -> None:
    assert persons_of(text)[name][0] == "VNM"
