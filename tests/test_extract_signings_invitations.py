# ruff: noqa: E501  (example sentences are kept whole)
"""Signings: an invitation to a signing still to come is a plan; a visit made "at the
invitation of" a host is not, and what was signed during it is a fact."""

from __future__ import annotations

from relation_facts import signing_facts


def test_an_invitation_to_attend_a_signing_is_a_plan() -> None:
    text = "Prime Minister Pham Minh Chinh conveyed the invitation from President Luong Cuong to Mexican President Claudia Sheinbaum to attend the signing ceremony of the Vietnam-Mexico agreement on trade next year."
    assert signing_facts(text, "2025-07-08") == set()


def test_a_visit_at_the_invitation_of_a_host_keeps_its_signing() -> None:
    text = "On a visit at the invitation of President Claudia Sheinbaum, Vietnam and Mexico signed an agreement on trade in Mexico City on July 7."
    assert {frozenset(parties) for parties, *_ in signing_facts(text, "2025-07-08")} == {
        frozenset({"VNM", "MEX"})
    }
