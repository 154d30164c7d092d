# ruff: noqa: E501  (example sentences are kept whole)
"""Persons: in "the Chilean President and South African leader X", a second post opens
with a two-word adjective as with a one-word one: X is of the second country."""

from __future__ import annotations

import pytest

from ingest.extract import extract_facts
from ingest.types import ArticleFacts, Doc


def facts_of(text: str) -> ArticleFacts:
    return extract_facts(Doc(name="t.txt", raw=text, body=text, published="2024-05-08"))


@pytest.mark.parametrize(
    ("text", "name", "iso3"),
    [
        (
            "The Chilean President and South African leader Thabo Nkosi signed a trade pact on May 2.",
            "Thabo Nkosi",
            "ZAF",
        ),
        (
            "The Peruvian Foreign Minister and Sri Lankan Foreign Minister Ravi Perera met in Lima.",
            "Ravi Perera",
            "LKA",
        ),
    ],
)
def test_the_second_posts_country_is_the_persons(text: str, name: str, iso3: str) -> None:
    assert {p.name: p.country for p in facts_of(text).persons} == {name: iso3}
