"""published: a masthead clock cut short ("Sun, 8th Sep 2024 07:28") above the title is
the day the page was read; the article's own weekday-led stamp below it with an earlier
day ("Sunday, 10/09/2023 | 22:17:03") is the day it was written."""

from __future__ import annotations

import pytest

from ingest.clean import clean
from ingest.published import find_published
from ingest.types import Doc

BODY = (
    "Deputy Prime Minister Tran Van An received the visiting Chilean trade minister in "
    "Hanoi, and the two sides discussed ways to raise two-way trade and investment.\n\n"
    "Both officials agreed to hold the next meeting of the joint committee in Santiago."
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "Mon, 9th Dec 2024 08:15 (GMT +7)\n\nVietnam, Chile step up trade\n\n"
            f"Tuesday, 14/11/2023 | 10:02:11 [GMT +7]\n\n{BODY}",
            "2023-11-14",
        ),
        # a weekday-led stamp below with a later day does not replace the first
        (
            "Vietnam, Chile step up trade\n\nTuesday, 14/11/2023 | 10:02:11 [GMT +7]\n\n"
            f"Wednesday, 15/11/2023 | 09:00\n\n{BODY}",
            "2023-11-14",
        ),
    ],
)
def test_published_weekday_led_stamps(raw: str, expected: str) -> None:
    assert find_published(clean(Doc(name="a.txt", raw=raw))).published == expected
