"""find_signings on phrasings of other outlets and styles (Bernama, Kazinform, VNA):
each case is a regression test for a general rule, none taken from the seeds or the dev
corpus."""

from __future__ import annotations

import pytest
from relation_facts import SigningFact, signing_facts
from relation_facts import signing_fact as _f


def _facts(text: str, published: str | None = "2024-06-10") -> set[SigningFact]:
    return signing_facts(text, published)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "penned"
            "Vietnam and Brazil penned a memorandum of cooperation on agriculture on June 3.",
            {_f("VNM", "BRA", date="2024-06-03")},
        ),
        (  # "concluded an agreement"
            "Malaysia and Vietnam have concluded an agreement on the transfer of sentenced "
            "persons on Monday.",
            {_f("MYS", "VNM", date="2024-06-10")},
        ),
        (  # "sealed a deal"
            "France and Vietnam sealed a deal on aircraft maintenance on June 7.",
            {_f("FRA", "VNM", date="2024-06-07")},
        ),
        (  # "the handing over of" documents is their handover
            "Chile and Vietnam held talks on June 6. Their leaders then witnessed the handing "
            "over of seven cooperation documents.",
            {_f("CHL", "VNM", date="2024-06-06")},
        ),
        (  # "a pact": the document of "sealed a pact", "inked a pact"
            "The customs agencies of Chile and Vietnam sealed a pact on data exchange on June 6.",
            {_f("CHL", "VNM", date="2024-06-06")},
        ),
        (  # the pair named after the signing, in the same sentence
            "The two governments adopted a joint declaration on June 5, India and Vietnam said.",
            {_f("IND", "VNM", date="2024-06-05")},
        ),
        (  # passive "was penned"
            "A memorandum on tourism cooperation between Laos and Cambodia was penned on June 4.",
            {_f("LAO", "KHM", date="2024-06-04")},
        ),
    ],
)
def test_extract_signings_phrasings_verbs(text: str, expected: set[SigningFact]) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The talks concluded with a call for closer ties between Vietnam and Brazil.",
        "Vietnam and Brazil concluded negotiations on a trade agreement.",
        "Vietnam and Brazil will pen a memorandum on agriculture next year.",
    ],
)
def test_extract_signings_phrasings_not_facts(text: str) -> None:
    assert _facts(text) == set()


def test_extract_signings_phrasings_country_in_the_document_is_no_party() -> None:
    """ "the sides signed an agreement on a Japanese-funded railway": the signatories
    are the pair the article speaks of, Japan is the document's subject."""
    text = (
        "Astana, 15 June 2025 (Kazinform) – Kazakh President Kassym-Jomart Tokayev received "
        "a Vietnamese delegation on Saturday.\n"
        "During the meeting, the sides signed an agreement on a Japanese-funded railway project."
    )
    assert _facts(text, "2025-06-15") == {_f("KAZ", "VNM", date="2025-06-14")}


def test_extract_signings_phrasings_no_date_from_history() -> None:
    """An undated signing does not take the date of the relations' establishment told
    in the sentence before: it is news, dated by the event of the article."""
    text = (
        "Havana (VNA) – Vietnam and Cuba on December 2 marked 65 years of diplomatic ties.\n"
        "The two countries established diplomatic relations on December 2, 1960.\n"
        "The ambassador and the Cuban minister signed a cooperation agreement on biotechnology."
    )
    assert _facts(text, "2025-12-03") == {_f("VNM", "CUB", date="2025-12-02")}


def test_extract_signings_phrasings_talks_date_over_dateline() -> None:
    """ "After the talks" takes the day of the talks, not the dateline's report date."""
    text = (
        "HANOI, April 15 (Xinhua) -- Chinese President Xi Jinping held talks with Vietnamese "
        "leader To Lam in Hanoi on Monday.\n"
        "After the talks, the two leaders witnessed the exchange of 40 cooperation documents."
    )
    assert _facts(text, "2025-04-15") == {_f("CHN", "VNM", date="2025-04-14")}
