# ruff: noqa: E501  (example sentences are kept whole)
"""Persons: a country's Attorney General (also "Attorney-General") is a post that names
the person after it, honorifics between them dropped."""

from __future__ import annotations

import pytest
from person_facts import persons_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Attorney General Datuk Aminah Yusof signed the legal aid memorandum with her Lao counterpart.",
            "Aminah Yusof",
        ),
        (
            "Kenyan Attorney-General Peter Otieno met the Vietnamese delegation in Nairobi.",
            "Peter Otieno",
        ),
    ],
)
def test_an_attorney_general_is_a_post(text: str, name: str) -> None:
    assert name in persons_of(text, home="MYS")
