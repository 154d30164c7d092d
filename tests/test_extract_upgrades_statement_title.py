# ruff: noqa: E501  (example sentences are kept whole)
"""Upgrades: a joint statement named with its parties ("the Joint Statement between A
and B on Elevating Relations to …") states the upgrade itself, not a plan."""

from __future__ import annotations

from relation_facts import upgrade_fact as _f
from relation_facts import upgrade_facts

from ingest.types import Level


def test_statement_between_the_parties_on_elevating_is_the_upgrade() -> None:
    text = (
        "The two leaders recalled the Joint Statement between Peru and Vietnam on Elevating "
        "Bilateral Relations to Comprehensive Partnership issued on 14 November 2024 in Lima."
    )
    assert upgrade_facts(text, "2025-05-02") == {
        _f("PER", "VNM", Level.comprehensive_partnership, "2024-11-14")
    }


def test_a_talk_on_elevating_stays_a_plan() -> None:
    text = "The two sides held talks between their ministries on elevating Vietnam-Peru relations to a comprehensive partnership."
    assert upgrade_facts(text, "2025-05-02") == set()
