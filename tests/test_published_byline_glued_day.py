"""published: a by-line whose numeric date ends it, glued to the outlet's name as some
aggregators print it ("Báo Quốc TếBáo Quốc Tế14/03/2022") or not, is a stamp even below
the title, so its day is the publication date."""

from __future__ import annotations

import pytest

from ingest.clean import clean
from ingest.furniture import furniture_reason
from ingest.published import find_published
from ingest.types import Doc

BODY = (
    "(Outlet) - On March 14, Foreign Minister Le Van Minh and his Chilean counterpart "
    "witnessed the signing of two cooperation documents after their talks in Hanoi.\n\n"
    "The two ministers agreed to raise two-way trade in the coming years."
)


@pytest.mark.parametrize("byline", ["Báo Quốc TếBáo Quốc Tế14/03/2022", "Thoi Dai 14/03/2022"])
def test_published_from_a_byline_ending_with_its_day(byline: str) -> None:
    raw = f"Vietnam, Chile sign two documents\n\n{byline}\n\n{BODY}"
    assert furniture_reason(byline) == "stamp"
    assert find_published(clean(Doc(name="a.txt", raw=raw))).published == "2022-03-14"


def test_a_sentence_ending_with_a_day_is_no_stamp() -> None:
    assert furniture_reason("The agreement took effect on 14/03/2022") == ""
