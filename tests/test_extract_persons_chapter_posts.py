# ruff: noqa: E501  (example sentences are kept whole)
"""persons: "chapter" is a word of a body inside a post ("Vice President of the Shanghai
chapter of the Chinese People's Association for Friendship with Foreign Countries Li
Wei"): the name after the whole post is a person."""

from __future__ import annotations

from ingest.extract import extract_facts
from ingest.types import Doc


def facts(text: str) -> tuple[dict[str, str | None], set[tuple[str, str]]]:
    doc = Doc(name="t.txt", raw=text, body=text, published="2024-05-06")
    found = extract_facts(doc)
    pairs = {(m.a.name or "", m.b.name or "") for m in found.met_with}
    return {p.name: p.country for p in found.persons}, pairs


def test_a_post_in_a_chapter_of_a_body_names_its_holder() -> None:
    text = "Deputy Foreign Minister Le Van Binh on May 5 received Vice President of the Shanghai chapter of the Chinese People's Political Consultative Conference Li Wei in Hanoi."
    persons, pairs = facts(text)
    assert persons.get("Li Wei") == "CHN"
    assert pairs == {("Le Van Binh", "Li Wei")}
