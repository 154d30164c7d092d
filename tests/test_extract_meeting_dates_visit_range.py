# ruff: noqa: E501  (example sentences are kept whole)
"""Meeting dates: "paying an official visit to Vietnam from August 20-22" gives the
visit's own days; the same range in an aside before the meeting ("…, who is visiting
India from May 11 to 13, held talks …") does not date the talks."""

from __future__ import annotations

from ingest.extract import extract_facts
from ingest.types import Doc


def met(text: str, published: str) -> set[tuple[str, str, str | None]]:
    doc = Doc(name="t.txt", raw=text, body=text, published=published)
    return {(m.a.name or "", m.b.name or "", m.date) for m in extract_facts(doc).met_with}


def test_a_visit_from_a_range_of_days_is_dated_by_it() -> None:
    text = "Chilean President Jose Soto is paying an official visit to Vietnam from August 20-22 at the invitation of Prime Minister Le Van Binh."
    assert met(text, "2024-08-21") == {("Jose Soto", "Le Van Binh", "2024-08")}


def test_a_range_in_an_aside_before_the_talks_is_not_their_date() -> None:
    text = (
        "Vietnam and Chile on Monday agreed to boost trade.\n\n"
        "Vietnamese Vice President Le Thi Hoa, who is on an official visit to Chile from May 11 to 13, held talks with Chilean President Jose Soto."
    )
    assert met(text, "2024-05-14") == {("Le Thi Hoa", "Jose Soto", "2024-05-13")}
