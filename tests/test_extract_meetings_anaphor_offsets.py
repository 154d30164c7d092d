# ruff: noqa: E501  (example sentences are kept whole)
"""MET_WITH dates: "the previous day" and "the next day" count from the last dated
meeting (not copy it), and "the next day" is a past day in a report, not a future one."""

from __future__ import annotations

from ingest.extract import extract_facts
from ingest.types import Doc


def dates_of(text: str, published: str = "2021-11-24") -> dict[str, str | None]:
    doc = Doc(name="t.txt", raw=text, body=text, published=published)
    return {m.b.name or "": m.date for m in extract_facts(doc).met_with}


def test_the_previous_day_is_one_day_before_the_last_meeting() -> None:
    found = dates_of(
        "Prime Minister Aso Taro began talks with his Vietnamese counterpart Le Van Binh in Tokyo on Wednesday evening. "
        "Meeting the previous day, Japanese Defense Minister Ken Mori and his Vietnamese counterpart Gen. Tran Van Nam agreed to cooperate."
    )
    assert found == {"Le Van Binh": "2021-11-24", "Tran Van Nam": "2021-11-23"}


def test_the_next_day_and_the_same_day_after_it() -> None:
    found = dates_of(
        "President Ana Ruiz held talks with Vietnamese President Le Van Binh in Lima on May 5. "
        "The next day, Peruvian Foreign Minister Luis Soto met Vietnamese Deputy Foreign Minister Tran Van Nam. "
        "On the same day, Peruvian Defence Minister Jose Diaz received Vietnamese Ambassador Pham Thi Thu."
    )
    assert found == {
        "Le Van Binh": "2021-05-05",
        "Tran Van Nam": "2021-05-06",
        "Pham Thi Thu": "2021-05-06",
    }
