# ruff: noqa: E501  (example sentences are kept whole)
"""Meetings: "the ambassadors received by the President are:" opens a list of guests
the host received (a participle after people is their meeting, not a thing's), and
"received by the President" takes the office as the object like "by President X"."""

from __future__ import annotations

from ingest.extract import extract_facts
from ingest.types import ArticleFacts, Doc

LIST = """President Arman Lukas of Indonesia received the credentials of three ambassadors at the palace in Jakarta on Monday.

The three Ambassadors of the friendly countries received by the President are:

1. Peter Olsen, Ambassador of Nigeria to the Republic of Indonesia;
2. Maria Gomez, Ambassador of Hungary to the Republic of Indonesia;
3. Kevin Brown, Ambassador of New Zealand to the Republic of Indonesia"""


def facts_of(text: str) -> ArticleFacts:
    return extract_facts(Doc(name="t.txt", raw=text, body=text, published="2024-07-02"))


def test_each_listed_guest_met_the_host() -> None:
    pairs = {frozenset((m.a.name, m.b.name)) for m in facts_of(LIST).met_with}
    assert pairs == {
        frozenset(("Arman Lukas", guest)) for guest in ("Peter Olsen", "Maria Gomez", "Kevin Brown")
    }


def test_a_thing_received_by_someone_is_still_no_meeting() -> None:
    text = "The proposals received by the Prime Minister of Kenya and Minister Amina Said of Tanzania are under study."
    assert facts_of(text).met_with == []
