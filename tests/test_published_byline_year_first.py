"""published: a by-line with the authors' names, the clock and a year-first date
("Le Hoa - Minh Tri 08:45, 2021/03/02") is a stamp, and "2021/03/02" is a day."""

from __future__ import annotations

from ingest.clean import clean
from ingest.dates import find_dates
from ingest.furniture import furniture_reason
from ingest.published import find_published
from ingest.types import Doc

BODY = (
    "Deputy Prime Minister Tran Van An received the visiting Chilean trade minister in "
    "Hanoi, and the two sides discussed ways to raise two-way trade and investment.\n\n"
    "Both officials agreed to hold the next meeting of the joint committee in Santiago."
)


def test_published_from_a_byline_with_a_year_first_date() -> None:
    raw = f"Vietnam, Chile step up trade\n\nLe Hoa - Minh Tri 08:45, 2021/03/02\n\n{BODY}"
    assert find_published(clean(Doc(name="a.txt", raw=raw))).published == "2021-03-02"


def test_year_first_slashed_date_is_a_day() -> None:
    assert [m.iso for m in find_dates("posted 08:45, 2021/03/02 in Hanoi", None)] == ["2021-03-02"]
    assert [m.iso for m in find_dates("the 1975/2025 jubilee", None)] == []


def test_byline_with_clock_is_a_stamp_but_prose_is_not() -> None:
    assert furniture_reason("Le Hoa - Minh Tri 08:45, 2021/03/02") == "stamp"
    assert furniture_reason("The talks began at 08:45 on 2021/03/02 in Hanoi") == ""
