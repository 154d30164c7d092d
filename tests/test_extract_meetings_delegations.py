"""Meetings: a delegation no one is said to lead ("received a delegation from the X of
Chile") stands for the person of its country the article names elsewhere (its head)."""

from __future__ import annotations

from ingest.extract import extract_facts
from ingest.types import ArticleFacts, Doc


def facts_of(text: str) -> ArticleFacts:
    return extract_facts(Doc(name="t.txt", raw=text, body=text, published="2024-05-06"))


def test_a_delegation_stands_for_its_head_named_apart() -> None:
    text = (
        "President Le Van An hosted a reception for a delegation from the Foreign Affairs "
        "Committee of the Senate of Chile in Hanoi on May 5. Chilean Senator Ana Rojas, "
        "head of the delegation, thanked the host for the warm welcome."
    )
    pairs = {frozenset((m.a.name, m.b.name)) for m in facts_of(text).met_with}
    assert pairs == {frozenset(("Le Van An", "Ana Rojas"))}


def test_a_delegation_led_by_someone_is_that_person() -> None:
    text = (
        "President Le Van An received a delegation of the Senate of Chile led by Senator "
        "Pablo Soto in Hanoi on May 5. Chilean Senator Ana Rojas also attended."
    )
    pairs = {frozenset((m.a.name, m.b.name)) for m in facts_of(text).met_with}
    assert pairs == {frozenset(("Le Van An", "Pablo Soto"))}


def test_a_business_delegation_stands_for_no_official() -> None:
    text = (
        "President Le Van An received a delegation of the Chile – Vietnam Business Forum in "
        "Hanoi on May 5. Chilean Ambassador Ana Rojas attended a dinner on May 6."
    )
    assert facts_of(text).met_with == []
