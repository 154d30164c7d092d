"""published: a lead that opens with the date before the place, "28-12-2023 (HANOI) …",
is dated as a "HANOI, Dec 28 (…) –" dateline is; a bracket later in the lead is not."""

from __future__ import annotations

import pytest

from ingest.published import published_from_text

LEAD = "Vietnam and Chile held talks on trade, the two foreign ministries said."


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (f"14-02-2022 (SANTIAGO) {LEAD}\n\nMore text.", "2022-02-14"),
        (f"9 March 2021 (Reuters) - {LEAD}\n\nMore text.", "2021-03-09"),
        (f"Vietnam and Chile (in Santiago) met on 9 March 2021. {LEAD}\n\nMore text.", None),
    ],
)
def test_date_first_dateline(raw: str, expected: str | None) -> None:
    assert published_from_text(raw, 0) == expected
