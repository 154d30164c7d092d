# ruff: noqa: E501  (example sentences are kept whole)
"""MET_WITH: "A informed B of the results of his talks with C": B only hears of the
talks; A held them with C."""

from __future__ import annotations

import pytest

from ingest.extract import extract_facts
from ingest.types import Doc


@pytest.mark.parametrize("verb", ["informed", "briefed"])
def test_the_one_informed_of_talks_did_not_hold_them(verb: str) -> None:
    text = (
        "President Tran Van Nam on Monday received Japanese Prime Minister Kenji Sato in Hanoi.\n\n"
        f"PM Sato {verb} President Nam of the results of the fruitful talks with PM Le Van Hung earlier that day."
    )
    facts = extract_facts(Doc(name="t.txt", raw=text, body=text, published="2024-05-06"))
    assert sorted((m.a.name, m.b.name) for m in facts.met_with) == [
        ("Kenji Sato", "Le Van Hung"),
        ("Tran Van Nam", "Kenji Sato"),
    ]
