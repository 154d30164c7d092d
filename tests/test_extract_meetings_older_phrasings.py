# ruff: noqa: E501  (example sentences are kept whole)
"""MET_WITH in the wording of older and lower-level reports: courtesy visits, working
sessions, telephone conferences."""

from __future__ import annotations

import pytest

from ingest.extract import extract_facts
from ingest.types import Doc


def met(text: str, published: str | None = "2016-09-06") -> set[tuple[frozenset[str], str]]:
    doc = Doc(name="t.txt", raw=text, body=text, published=published)
    return {
        (frozenset((m.a.name or "", m.b.name or "")), m.kind.value)
        for m in extract_facts(doc).met_with
    }


P = frozenset


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "paid courtesy visits to A, B and C": one meeting with each host
            "Chilean President Gabriel Ortiz arrived in Hanoi on Monday. He also paid courtesy visits to "
            "Party General Secretary Le Van Hai, State President Tran Minh Duc and National Assembly "
            "Chairwoman Pham Thi Lan.",
            {
                (P(("Gabriel Ortiz", "Le Van Hai")), "meeting"),
                (P(("Gabriel Ortiz", "Tran Minh Duc")), "meeting"),
                (P(("Gabriel Ortiz", "Pham Thi Lan")), "meeting"),
            },
        ),
        (
            "Deputy Minister of Industry and Trade Do Van Long held a working session with visiting "
            "Deputy Minister of Trade of Denmark Karen Holm on March 2 to discuss exports.",
            {(P(("Do Van Long", "Karen Holm")), "meeting")},
        ),
        (
            "On May 4, Thai Prime Minister Somchai Wong held a telephone conference with Vietnamese "
            "Prime Minister Le Quang Vinh.",
            {(P(("Somchai Wong", "Le Quang Vinh")), "phone_call")},
        ),
        (  # "It follows their talks": the two sides just named met
            "President Lina Berg of Sweden and her Vietnamese counterpart Vo Van Tam have signed a "
            "joint statement. It follows their talks in Stockholm on Tuesday.",
            {(P(("Lina Berg", "Vo Van Tam")), "talks")},
        ),
        (  # two leaders issuing a joint statement stood together
            "During the state visit to Peru on May 4-6, 2016, President Tran Minh Duc and President "
            "Ana Rojas issued a joint statement on upgrading ties to a strategic partnership.",
            {(P(("Tran Minh Duc", "Ana Rojas")), "meeting")},
        ),
        ("Vietnam and Peru issued a joint statement on May 5, 2016.", set()),
    ],
)
def test_older_meeting_phrasings(text: str, expected: set[tuple[frozenset[str], str]]) -> None:
    assert met(text) == expected


def test_a_courtesy_visit_to_a_country_is_no_meeting() -> None:
    text = "Foreign Minister Ana Rojas of Peru paid a courtesy visit to Vietnam in 2015."
    assert met(text) == set()
