# ruff: noqa: E501  (example sentences are kept whole)
"""SIGNED: an agreement "concluded" today that "will be signed later this week" was
negotiated, not signed; with no signing to come, "concluded" is a signing."""

from __future__ import annotations

from relation_facts import signing_fact as _f
from relation_facts import signing_facts

CONCLUDED = "Peru and Vietnam have today concluded their bilateral defence cooperation agreement, the minister said in Lima."


def test_concluded_with_a_signing_to_come_is_no_signing() -> None:
    text = (
        CONCLUDED
        + " The pact, which will be signed in Hanoi later this week, marks their friendship."
    )
    assert signing_facts(text, "2024-03-05") == set()


def test_concluded_alone_is_a_signing() -> None:
    assert signing_facts(CONCLUDED, "2024-03-05") == {_f("PER", "VNM", date="2024-03-05")}
