# ruff: noqa: E501  (example sentences are kept whole)
"""MET_WITH: "A and B agreed at the time to …" after a visit: the two subjects met then,
dated by the sentence before."""

from __future__ import annotations

from ingest.extract import extract_facts
from ingest.types import Doc


def met(text: str) -> list[tuple[str, str, str | None]]:
    facts = extract_facts(Doc(name="t.txt", raw=text, body=text, published="2024-05-20"))
    return sorted((*sorted((m.a.name or "", m.b.name or "")), m.date) for m in facts.met_with)


def test_agreed_at_the_time_of_a_visit() -> None:
    text = (
        "Chilean President Rosa Vidal took office in March. Vietnamese President Le Van Hoa paid a state visit to Santiago in November last year. "
        "Vidal and Hoa agreed at the time to deepen trade ties."
    )
    assert met(text) == [("Le Van Hoa", "Rosa Vidal", "2023-11")]


def test_one_subject_at_the_time_meets_nobody() -> None:
    text = "Vietnamese President Le Van Hoa visited Chile in November last year. Hoa agreed at the time to deepen trade ties."
    assert met(text) == []
