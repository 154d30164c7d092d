# ruff: noqa: E501  (example sentences are kept whole)
"""SIGNED: a short form in brackets after a party's name ("the Chilean Trade Agency
(ProChile)") does not end the document phrase; an agency's dateline bracket does."""

from __future__ import annotations

from relation_facts import signing_facts


def test_bracketed_short_forms_keep_both_parties() -> None:
    text = "The two ministers witnessed the signing of an agreement on trade promotion between the Chilean Trade Agency (ProChile) and the Peruvian Export Board (PROMPERU)."
    assert signing_facts(text, "2024-06-26") == {(frozenset({"CHL", "PER"}), "2024-06-26")}


def test_a_long_bracketed_aside_still_ends_the_phrase() -> None:
    text = "Chile signed an agreement on fisheries (the first of its kind with Peru in a decade) last year."
    assert signing_facts(text, "2024-06-26") == set()
