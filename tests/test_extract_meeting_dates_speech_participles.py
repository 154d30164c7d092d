# ruff: noqa: E501  (example sentences are kept whole)
"""Meeting dates: a participle of speech ("noting", "saying", "stressing", "adding")
ends the meeting's own clause, so a date in what was said does not date the meeting."""

from __future__ import annotations

import pytest

from ingest.extract import extract_facts
from ingest.types import ArticleFacts, Doc

LEAD = "NAIROBI, May 7 (KNA) -- President Peter Mwangi of Kenya said on Tuesday the two sides had agreed on energy projects.\n\n"


def facts_of(text: str) -> ArticleFacts:
    return extract_facts(Doc(name="t.txt", raw=text, body=text, published="2024-05-07"))


@pytest.mark.parametrize("word", ["noting", "saying", "stressing", "adding"])
def test_a_date_in_reported_speech_does_not_date_the_meeting(word: str) -> None:
    text = (
        LEAD
        + f"Mwangi spoke after a summit with Japanese Prime Minister Kenji Sato, {word} that trade reached a record last year."
    )
    dates = {m.date for m in facts_of(text).met_with}
    assert dates == {"2024-05-07"}


def test_a_date_before_the_speech_still_dates_the_meeting() -> None:
    text = (
        LEAD
        + "Mwangi held talks with Japanese Prime Minister Kenji Sato on May 2, noting that trade reached a record last year."
    )
    assert {m.date for m in facts_of(text).met_with} == {"2024-05-02"}
