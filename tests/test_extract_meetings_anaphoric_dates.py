# ruff: noqa: E501  (example sentences are kept whole)
"""MET_WITH dates: "the same day" with no meeting dated before it is the narrative's last
event day, never a date of history (ties set up long ago, a ", which …" aside)."""

from __future__ import annotations

import pytest

from ingest.extract import extract_facts
from ingest.types import Doc


def met_dates(text: str, published: str | None) -> dict[frozenset[str], str | None]:
    doc = Doc(name="t.txt", raw=text, body=text, published=published)
    return {frozenset((m.a.name, m.b.name)): m.date for m in extract_facts(doc).met_with}


OPENING = "HANOI — Japanese Prime Minister Fumio Kishida arrived in Hanoi on March 7, 2025 for an official visit. "
MEETING = "Later the same day, Kishida met with Prime Minister Pham Minh Chinh."


@pytest.mark.parametrize(
    "history",
    [
        "Vietnam and Japan, which set up diplomatic ties on September 21, 1973, lifted their relations in 2023. ",
        "The two countries established diplomatic relations on September 21, 1973. ",
        "Both sides recalled that, on September 21, 1973, they opened ties. ",
    ],
)
def test_extract_meetings_same_day_skips_history(history: str) -> None:
    dates = met_dates(OPENING + history + MEETING, "2025-03-08")
    assert dates == {frozenset(("Fumio Kishida", "Pham Minh Chinh")): "2025-03-07"}


def test_extract_meetings_same_day_skips_which_aside_without_publication() -> None:
    text = (
        "Prime Minister Pham Minh Chinh hosted a reception for Japanese Ambassador Ito Naoki. "
        "The countries, which set up diplomatic ties on September 21, 1973, are partners. "
        "The same day, Deputy Foreign Minister Nguyen Minh Vu received Swiss Ambassador Thomas Gass."
    )
    dates = met_dates(text, None)
    assert dates[frozenset(("Nguyen Minh Vu", "Thomas Gass"))] is None


def test_extract_meetings_same_day_keeps_the_previous_meeting_date() -> None:
    text = (
        "Prime Minister Pham Minh Chinh met Japanese Ambassador Ito Naoki in Hanoi on March 5, 2025. "
        "Vietnam and Japan set up diplomatic ties on September 21, 1973. "
        "The same day, Chinh received Swiss Ambassador Thomas Gass."
    )
    dates = met_dates(text, "2025-03-06")
    assert dates[frozenset(("Pham Minh Chinh", "Thomas Gass"))] == "2025-03-05"
