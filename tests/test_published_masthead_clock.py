"""published: a masthead clock ("Tuesday, 14/01/2025") above the title is the day the
page was read, so a labelled stamp after it with an earlier day wins."""

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
        # the masthead's day is later than the article's "Updated" stamp: the stamp wins
        (
            "Tuesday, 14/01/2025\nHotline: 0123 456 789\n\nVietnam, Chile step up trade\n\n"
            f"Updated: 09:30, 23/11/2020\n{BODY}",
            "2020-11-23",
        ),
        # an article with a dated weekday line and a later "Updated" stamp keeps its own day
        (
            "Vietnam, Chile step up trade\n\nMonday, 16/11/2020\n\n"
            f"Updated: 09:30, 23/11/2020\n{BODY}",
            "2020-11-16",
        ),
    ],
)
def test_published_masthead_clock(raw: str, expected: str) -> None:
    assert find_published(clean(Doc(name="a.txt", raw=raw))).published == expected
