# ruff: noqa: E501  (example sentences are kept whole)
"""MET_WITH: a post without a name right after a person (", then U.S. vice president,",
", former prime minister,") is that person's past post, not another side."""

from __future__ import annotations

import pytest

from ingest.extract import extract_facts
from ingest.types import Doc


@pytest.mark.parametrize(
    "past", ["then Chilean foreign minister", "former Chilean foreign minister"]
)
def test_a_past_post_after_a_person_is_theirs(past: str) -> None:
    text = (
        "President Tran Van Nam on Monday received Chilean President Ana Soto in Hanoi.\n\n"
        f"Nam recalled his talks with Soto, {past}, in Santiago in March 2016."
    )
    facts = extract_facts(Doc(name="t.txt", raw=text, body=text, published="2024-05-06"))
    assert sorted((m.b.name or m.b.office or "", m.date or "") for m in facts.met_with) == [
        ("Ana Soto", "2016-03"),
        ("Ana Soto", "2024-05-06"),
    ]
