"""Meetings: two co-chairs of different countries, each named alone in a sentence ("A,
who is co-chair of the committee, said …", "B, who is also co-chair of the committee,
…"), chaired it together."""

from __future__ import annotations

from ingest.extract import extract_facts
from ingest.types import ArticleFacts, Doc

SESSION = (
    "The 12th session of the Vietnam – Peru Joint Committee opened in Lima on May 5. "
    "Opening the session, Vietnamese Minister of Transport Le Van An, who is co-chair of "
    "the committee, praised the growth of two-way trade. For her part, Peruvian Minister "
    "of Foreign Trade Ana Rojas, who is also co-chair of the committee, called for more "
    "investment in fisheries."
)


def facts_of(text: str) -> ArticleFacts:
    return extract_facts(Doc(name="t.txt", raw=text, body=text, published="2024-05-06"))


def test_two_co_chairs_named_apart_chaired_together() -> None:
    found = facts_of(SESSION).met_with
    assert [(m.a.name, m.b.name, m.kind.value) for m in found] == [
        ("Le Van An", "Ana Rojas", "consultation")
    ]


def test_co_chairs_of_one_country_make_no_meeting() -> None:
    text = SESSION.replace("Peruvian Minister", "Vietnamese Deputy Minister")
    assert facts_of(text).met_with == []
