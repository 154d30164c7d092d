# ruff: noqa: E501  (example sentences are kept whole)
"""Signings: a document whose clause names no country ("A joint declaration issued at
the summit said, 'Ghana and Togo …'") is the pair its own sentence names, before the
pair of earlier sentences."""

from __future__ import annotations

from ingest.extract import extract_facts
from ingest.types import ArticleFacts, Doc


def facts_of(text: str) -> ArticleFacts:
    return extract_facts(Doc(name="t.txt", raw=text, body=text, published="2024-05-06"))


def test_the_sentence_pair_signs_a_declaration_named_without_parties() -> None:
    text = (
        "Asked about Nigeria and Benin, the spokesperson said it was not discussed during the talks in Accra. "
        "A joint declaration issued at the conclusion of the summit said, ''As two neighbours on the West African coast with a long shared history of trade, Ghana and Togo share an interest in open borders.''"
    )
    assert {frozenset(s.parties) for s in facts_of(text).signed} == {frozenset(("GHA", "TGO"))}
