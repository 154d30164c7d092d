# ruff: noqa: E501  (example sentences are kept whole)
"""MET_WITH: "the Hanoi leader" names a city's official by the city: an office of the
city's country, the person of that country the article is about."""

from __future__ import annotations

from ingest.extract import extract_facts
from ingest.types import Doc

TEXT = (
    "Chairman of the Hanoi People's Committee Le Van Hoa on Tuesday received French Ambassador Claire Martin.\n\n"
    "Later that day, the Hanoi leader also hosted a reception for Ambassador of Chile Pedro Soto."
)


def test_a_city_s_leader_is_the_article_s_official_of_its_country() -> None:
    facts = extract_facts(Doc(name="t.txt", raw=TEXT, body=TEXT, published="2024-05-08"))
    assert sorted((m.a.name, m.b.name) for m in facts.met_with) == [
        ("Le Van Hoa", "Claire Martin"),
        ("Le Van Hoa", "Pedro Soto"),
    ]
