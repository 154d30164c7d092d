# ruff: noqa: E501  (example sentences are kept whole)
"""Meetings: "was the first foreign leader to meet X" ranks a meeting that happened; "will
be the first to meet", "plans to meet" stay plans."""

from __future__ import annotations

import pytest

from ingest.extract import extract_facts
from ingest.types import ArticleFacts, Doc


def facts_of(text: str) -> ArticleFacts:
    return extract_facts(Doc(name="t.txt", raw=text, body=text, published="2023-12-12"))


@pytest.mark.parametrize(
    "text",
    [
        "In March, Chilean President Pedro Soto was the first foreign leader to meet Peruvian President Luis Quispe in Lima.",
        "Chilean President Pedro Soto became the first head of state to hold talks with Peruvian President Luis Quispe in March.",
        "In March, Chilean President Pedro Soto was the only guest to meet Peruvian President Luis Quispe in private.",
    ],
)
def test_the_first_to_meet_met(text: str) -> None:
    met = [(m.a.name, m.b.name, m.date) for m in facts_of(text).met_with]
    assert met == [("Pedro Soto", "Luis Quispe", "2023-03")]


@pytest.mark.parametrize(
    "text",
    [
        "In March, Chilean President Pedro Soto will be the first foreign leader to meet Peruvian President Luis Quispe in Lima.",
        "Chilean President Pedro Soto is set to become the first leader to meet Peruvian President Luis Quispe in March.",
        "Chilean President Pedro Soto plans to meet Peruvian President Luis Quispe in Lima in March.",
        "Chilean President Pedro Soto will meet Peruvian President Luis Quispe in Lima in March.",
    ],
)
def test_a_planned_meeting_is_no_fact(text: str) -> None:
    assert facts_of(text).met_with == []
