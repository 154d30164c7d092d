# ruff: noqa: E501  (example sentences are kept whole)
"""Meetings: the agents of a host's hospitality ("a lunch hosted by King X and Queen Y")
are co-hosts, not two sides; "co-chaired by A and B" still names two sides."""

from __future__ import annotations

from ingest.extract import extract_facts
from ingest.types import ArticleFacts, Doc


def facts_of(text: str) -> ArticleFacts:
    return extract_facts(Doc(name="t.txt", raw=text, body=text, published="2024-05-02"))


def pairs(facts: ArticleFacts) -> set[frozenset[str]]:
    return {frozenset((m.a.name or "", m.b.name or "")) for m in facts.met_with}


def test_a_royal_couple_hosting_a_lunch_do_not_meet_each_other() -> None:
    # The guest's name is one the article never introduced: only the hosts are known.
    text = (
        "Norwegian Prime Minister Ola Berg held talks with Chilean President Pedro Soto in Oslo on Monday. "
        "Gonzalez, who is on a three-day state visit, was also to visit the Royal Palace for a meeting and lunch hosted by King Harald and Queen Sonja."
    )
    assert pairs(facts_of(text)) == {frozenset(("Ola Berg", "Pedro Soto"))}


def test_a_dinner_given_by_two_ministers_is_no_meeting_between_them() -> None:
    text = (
        "Norwegian Prime Minister Ola Berg held talks with Chilean President Pedro Soto in Oslo on Monday. "
        "Gonzalez later joined a meeting and dinner given by Foreign Minister Anna Lie and Trade Minister Olav Lund."
    )
    assert pairs(facts_of(text)) == {frozenset(("Ola Berg", "Pedro Soto"))}


def test_a_session_co_chaired_by_two_ministers_is_their_meeting() -> None:
    text = "The fourth session, co-chaired by Norwegian Foreign Minister Anna Berg and her Chilean counterpart Pedro Soto, was held in Oslo on Tuesday."
    assert pairs(facts_of(text)) == {frozenset(("Anna Berg", "Pedro Soto"))}
