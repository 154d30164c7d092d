# ruff: noqa: E501  (example sentences are kept whole)
"""Meetings: a second predicate of the same subjects ("A and B first met in Doha in 2022
and held talks in Delhi in 2023") is a meeting of its own, with its own date."""

from __future__ import annotations

from ingest.extract import extract_facts
from ingest.types import ArticleFacts, Doc


def facts_of(text: str) -> ArticleFacts:
    return extract_facts(Doc(name="t.txt", raw=text, body=text, published="2024-02-14"))


def test_a_second_predicate_of_two_subjects_is_a_second_meeting() -> None:
    text = (
        "Chilean President Pedro Soto and Peruvian President Luis Quispe met in Lima on Tuesday. "
        "Soto and Quispe first met in Quito in November 2022, shaking hands at a summit dinner, and held their first formal bilateral meeting in Bogota in September last year."
    )
    dates = sorted(m.date or "" for m in facts_of(text).met_with)
    assert dates == ["2022-11", "2023-09", "2024-02-13"]


def test_a_second_predicate_after_another_subject_is_not_theirs() -> None:
    text = (
        "Chilean President Pedro Soto and Peruvian President Luis Quispe met in Lima in November 2022, "
        "while their ministers held talks in Bogota in September 2023."
    )
    dates = [m.date for m in facts_of(text).met_with]
    assert dates == ["2022-11"]
