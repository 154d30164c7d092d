# ruff: noqa: E501  (example sentences are kept whole)
"""Persons: a short form in brackets after a country, a body or a post word repeats it
("the Republic of Korea (RoK)", "the National Assembly (NA)"); the post runs on past it
to the name."""

from __future__ import annotations

import pytest
from person_facts import persons_of


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "The minister received Ambassador of the Republic of Korea (RoK) to Vietnam Lee Sung-ho on Friday.",
            "Lee Sung-ho",
            "KOR",
        ),
        (
            "Ambassador of the United Arab Emirates (UAE) Ahmed Saeed Al Nuaimi presented his credentials.",
            "Ahmed Saeed Al Nuaimi",
            "ARE",
        ),
        (
            "Vice Chairman of the National Assembly (NA) Tran Quang Minh met the visitors.",
            "Tran Quang Minh",
            "VNM",
        ),
    ],
)
def test_a_short_form_in_brackets_does_not_end_the_post(text: str, name: str, country: str) -> None:
    assert persons_of(text)[name][0] == country


def test_a_bracket_that_is_no_short_form_still_ends_the_name() -> None:
    text = "Prime Minister Hoang Van Nam (left) and the Thai envoy shook hands."
    assert "Hoang Van Nam" in persons_of(text)
