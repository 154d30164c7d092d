"""Dates: a weekday before a numeric date ("on Monday, 10/25/2021") is that day, one
mention, as "on Tuesday, May 6" is; a weekday before a plain number stays a weekday."""

from __future__ import annotations

import pytest

from ingest.dates import find_dates


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("The ceremony took place on Monday, 10/25/2021 in the palace.", "2021-10-25"),
        ("The ceremony took place on Friday, 13/11/2020, in the palace.", "2020-11-13"),
        ("The ceremony took place on Friday 13.11.2020 in the palace.", "2020-11-13"),
    ],
)
def test_a_weekday_before_a_numeric_date_is_that_day(text: str, iso: str) -> None:
    found = [(d.iso, d.kind) for d in find_dates(text, None)]
    assert found == [(iso, "day")]


def test_a_weekday_before_a_count_stays_a_weekday() -> None:
    found = [d.kind for d in find_dates("They met on Monday, 10 ministers said.", None)]
    assert found == ["weekday"]
