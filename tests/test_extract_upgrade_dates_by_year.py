"""Upgrade dates: "By 2020, A and B will have had N years of diplomatic ties" counts the
N years back from 2020, not from the publication date; a "by" date without a future
after it stays a past reference."""

from __future__ import annotations

import pytest

from ingest.extract import extract_facts
from ingest.types import Doc


def upgrades_of(text: str) -> list[tuple[str, str | None]]:
    facts = extract_facts(Doc(name="t.txt", raw=text, body=text, published="2018-03-02"))
    return [(u.level.value, u.date) for u in facts.upgraded_to]


@pytest.mark.parametrize(
    "sentence",
    [
        "By 2020, Vietnam and India will have had 48 years of diplomatic ties.",
        "By 2020, Vietnam and India will mark 48 years of diplomatic relations.",
    ],
)
def test_years_counted_to_a_by_year_in_the_future(sentence: str) -> None:
    assert upgrades_of(sentence) == [("diplomatic_relations", "1972")]


def test_years_counted_to_the_publication_without_a_future() -> None:
    text = "With trade doubled by 2016, Vietnam and India now have 46 years of diplomatic ties."
    assert upgrades_of(text) == [("diplomatic_relations", "1972")]
