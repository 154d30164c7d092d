"""Office titles (graph.offices): which spellings are one office of a country."""

from __future__ import annotations

import pytest

from graph.offices import display_title, office_key


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Foreign Minister", "Minister of Foreign Affairs"),
        ("FM", "Foreign Minister"),
        ("PM", "Prime Minister"),
        ("Deputy PM", "Deputy Prime Minister"),
        ("National Assembly Chairwoman", "Chairman of the National Assembly"),
        ("NA Chairman", "Chairman of the National Assembly"),
        ("Party General Secretary", "General Secretary"),
        ("State President", "President"),
        ("Minister of National Defense", "Defence Minister"),
        ("Deputy Minister of Foreign Affairs", "Vice Foreign Minister"),
    ],
)
def test_resolve_offices_same_office(a: str, b: str) -> None:
    assert office_key(a) == office_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Foreign Minister", "Deputy Foreign Minister"),
        ("President", "Vice President"),
        ("Prime Minister", "Premier"),  # a title of its own where it is used
        ("Minister of Industry and Trade", "Minister of Foreign Affairs"),
        ("Ambassador", "Consul General"),
    ],
)
def test_resolve_offices_different_offices(a: str, b: str) -> None:
    assert office_key(a) != office_key(b)


def test_resolve_offices_unlisted_titles_only_fold() -> None:
    assert office_key("Minister of Électricité") == "minister of electricite"


@pytest.mark.parametrize(
    ("counts", "shown"),
    [
        ({"PM": 5, "Prime Minister": 1}, "Prime Minister"),
        ({"Foreign Minister": 2, "Minister of Foreign Affairs": 3}, "Minister of Foreign Affairs"),
        ({"NA Chairman": 2}, "National Assembly Chairman"),
        ({"DPM": 1}, "Deputy Prime Minister"),
        ({}, None),
    ],
)
def test_resolve_offices_display_title(counts: dict[str, int], shown: str | None) -> None:
    assert display_title(counts) == shown
