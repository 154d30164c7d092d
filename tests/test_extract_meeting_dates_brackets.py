# ruff: noqa: E501  (example sentences are kept whole)
"""Meeting dates: a date in brackets glosses the phrase before it ("the anniversary of
relations (March 3, 2024)"); the meeting's own date in its clause comes first."""

from __future__ import annotations

from ingest.extract import extract_facts
from ingest.types import ArticleFacts, Doc


def facts_of(text: str) -> ArticleFacts:
    return extract_facts(Doc(name="t.txt", raw=text, body=text, published="2024-02-29"))


def test_a_bracketed_date_does_not_date_the_meeting_its_clause_dates() -> None:
    text = "Foreign Minister Tran Van Son on Tuesday held phone talks with Chilean Foreign Minister Ana Lopez on the occasion of the 50th anniversary of their diplomatic ties (March 3, 2024)."
    assert {m.date for m in facts_of(text).met_with} == {"2024-02-27"}


def test_a_bracketed_date_alone_still_dates_the_meeting() -> None:
    text = "Foreign Minister Tran Van Son held phone talks with Chilean Foreign Minister Ana Lopez (February 20, 2024)."
    assert {m.date for m in facts_of(text).met_with} == {"2024-02-20"}
