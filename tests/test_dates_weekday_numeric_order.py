"""Dates: a numeric date that reads both ways ("10/09/2023": 10 September or 9 October)
is the reading whose weekday is written before it; with no weekday, or none that fits,
only the year is sure."""

from __future__ import annotations

import pytest

from ingest.dates import find_dates


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Sunday, 10/09/2023 | 22:17 GMT+7", "2023-09-10"),  # 9 October 2023 was a Monday
        ("Monday, 10/09/2023 | 08:05 GMT+7", "2023-10-09"),
        ("Posted Wednesday 3.4.2024 at noon", "2024-04-03"),
        ("Friday, 10/09/2023", "2023"),  # neither reading is a Friday
        ("Updated 10/09/2023", "2023"),
    ],
)
def test_a_weekday_picks_the_reading_of_a_numeric_date(text: str, iso: str) -> None:
    assert [d.iso for d in find_dates(text, None)] == [iso]
