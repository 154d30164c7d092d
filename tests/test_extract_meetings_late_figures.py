# ruff: noqa: E501  (example sentences are kept whole)
"""MET_WITH: a person named as "late" (paying tribute to late President X) is met by no
one, so a list of a visitor's activities still pairs the visitor with those he met."""

from __future__ import annotations

from ingest.extract import extract_facts
from ingest.types import Doc


def met(text: str, published: str = "2024-05-07") -> set[tuple[str, str]]:
    doc = Doc(name="t.txt", raw=text, body=text, published=published)
    return {(m.a.name or "", m.b.name or "") for m in extract_facts(doc).met_with}


def test_tribute_to_a_late_leader_does_not_block_the_next_meeting() -> None:
    text = (
        "Chilean President Jose Soto left Hanoi on May 6, wrapping up a visit to Vietnam.\n\n"
        "During the trip, President Soto engaged in many activities, including paying tribute to late President Ho Chi Minh at the mausoleum in Hanoi; making a courtesy call on Party General Secretary Le Van Binh; and visiting a factory."
    )
    assert met(text) == {("Jose Soto", "Le Van Binh")}


def test_the_late_leader_is_no_side() -> None:
    text = "Chilean President Jose Soto laid a wreath in memory of the late Vietnamese President Ho Chi Minh in Hanoi on May 6."
    assert met(text) == set()
