"""find_signings: verb, noun, passive and participle signings; parties; plans ruled out.

Each case is a short body in the language of diplomatic news (none from the seeds or
the dev corpus) and the (parties, date) facts a careful analyst reads.
"""

from __future__ import annotations

import pytest
from relation_facts import SigningFact, signing_facts, signings
from relation_facts import signing_fact as _f

from ingest.extract.sentences import split_sentences
from ingest.extract.signings import find_signings
from ingest.types import Doc, Signed


def _signed(text: str, published: str | None = "2025-03-12") -> list[Signed]:
    return signings(text, published)


def _facts(text: str, published: str | None = "2025-03-12") -> set[SigningFact]:
    return signing_facts(text, published)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # verb, parties from the sentence before, date from the talks
            "Hanoi (VNA) – Prime Minister Pham Minh Chinh held talks with his Thai "
            "counterpart on March 10. The two sides signed 10 cooperation agreements in "
            "areas such as trade and education.",
            {_f("VNM", "THA", date="2025-03-10")},
        ),
        (  # "a ceremony to sign": the infinitive names what the ceremony did
            "Chilean President Ana Rojas and President Luong Cuong attended a ceremony to sign "
            "five cooperation agreements between Vietnam and Chile in Hanoi on March 11.",
            {_f("VNM", "CHL", date="2025-03-11")},
        ),
        (  # noun: "witnessed the exchange of"
            "Both leaders witnessed the exchange of MoUs on digital transformation between "
            "Vietnam and Laos on Monday.",
            {_f("VNM", "LAO", date="2025-03-10")},
        ),
        (
            "The Vietnamese and Cuban ministers also inked a deal on labour cooperation "
            "on March 5.",
            {_f("VNM", "CUB", date="2025-03-05")},
        ),
        (  # passive
            "An agreement between Vietnam and Hungary on the avoidance of double taxation "
            "was also signed on March 2.",
            {_f("VNM", "HUN", date="2025-03-02")},
        ),
        (  # relative clause
            "The agreement between Vietnam and Singapore, which was signed in Hanoi on "
            "Monday, will take effect next year.",
            {_f("VNM", "SGP", date="2025-03-10")},
        ),
        (  # passive, parties after the verb
            "On March 4, 12 cooperation documents were signed between ministries, agencies "
            "and localities of Vietnam and China.",
            {_f("VNM", "CHN", date="2025-03-04")},
        ),
        (  # a participle with its year
            "The Vietnam – Chile free trade agreement, signed in Santiago in 2011, took "
            "effect in 2014.",
            {_f("VNM", "CHL", date="2011")},
        ),
        (  # the year right after the document
            "Vietnam and Russia inked the Treaty on Basic Principles of Friendly Relations "
            "in 1994.",
            {_f("VNM", "RUS", date="1994")},
        ),
        (  # "N years ago"
            "Hanoi (VNA) – Putin met Vietnamese leaders.\nPutin recalled that Russia and "
            "Vietnam signed the Treaty on Basic Principles of Friendly Relations 30 years ago.",
            {_f("VNM", "RUS", date="1995")},
        ),
        (  # a year elsewhere in the sentence does not date the signing
            "On March 2, they witnessed the signing of an MoU between Vietnam and Italy, "
            "and a programme on cultural exchange for 2025-2027.",
            {_f("VNM", "ITA", date="2025-03-02")},
        ),
        (  # an organisation as a venue is no party
            "Vietnam and Japan signed an MoU on digital cooperation on the sidelines of the "
            "ASEAN Summit on March 9.",
            {_f("VNM", "JPN", date="2025-03-09")},
        ),
        (  # "signing ceremony of"
            "Leaders of Vietnam and Brazil attended the signing ceremony of 15 cooperation "
            "documents on March 1.",
            {_f("VNM", "BRA", date="2025-03-01")},
        ),
        (  # joint statements may be issued
            "Vietnam and Malaysia issued a joint statement on November 21.",
            {_f("VNM", "MYS", date="2024-11-21")},
        ),
        (  # an aside between the verb and the document
            "After the talks on March 3, the two sides signed, on behalf of their "
            "governments, the Joint Communiqué between Vietnam and Nauru.",
            {_f("VNM", "NRU", date="2025-03-03")},
        ),
        (  # "Early," at the head of the sentence is a time, not the wish of an early signing
            "Hanoi (VNA) – Chilean President Ana Rojas held talks with Vietnamese President "
            "Luong Cuong on March 10. Early, the two sides signed a memorandum on labour "
            "cooperation.",
            {_f("VNM", "CHL", date="2025-03-10")},
        ),
        (  # the minutes both sides sign at the close of a dialogue are a document
            "Deputy Defence Minister Tran Van Nam and his Lao counterpart Vilay Sone "
            "co-chaired the fifth Vietnam – Laos defence dialogue on March 9. The two sides "
            "then signed the minutes of the dialogue.",
            {_f("VNM", "LAO", date="2025-03-09")},
        ),
    ],
)
def test_extract_signings_shapes(text: str, expected: set[SigningFact]) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "X and A, B and C signed": one fact per pair with X
            "On March 8, Vietnam and Kazakhstan, Azerbaijan and Belarus also signed about "
            "60 cooperation agreements.",
            {
                _f("VNM", "KAZ", date="2025-03-08"),
                _f("VNM", "AZE", date="2025-03-08"),
                _f("VNM", "BLR", date="2025-03-08"),
            },
        ),
        (  # "with A and B": one fact each
            "Vietnam signed agreements with Japan and South Korea on March 3.",
            {_f("VNM", "JPN", date="2025-03-03"), _f("VNM", "KOR", date="2025-03-03")},
        ),
        (  # "among A, B and C": one fact with all
            "The leaders witnessed the signing of a memorandum of understanding among the "
            "governments of Vietnam, Laos and Cambodia on March 6.",
            {_f("VNM", "LAO", "KHM", date="2025-03-06")},
        ),
        (  # a trilateral subject
            "Vietnam, Laos and Cambodia signed a joint statement on March 4.",
            {_f("VNM", "LAO", "KHM", date="2025-03-04")},
        ),
        (  # the document's own name gives the pair
            "Ministers Dien and Barkat signed the Vietnam – Israel Free Trade Agreement in "
            "Hanoi on March 7.",
            {_f("VNM", "ISR", date="2025-03-07")},
        ),
        (  # "adding that …": forums named in the clause before are no signatories
            "Vietnam and Chile will coordinate at forums such as APEC and the UN, the minister "
            "said, adding that five cooperation documents were signed on March 9.",
            {_f("VNM", "CHL", date="2025-03-09")},
        ),
    ],
)
def test_extract_signings_parties(text: str, expected: set[SigningFact]) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam and Chile are expected to sign a free trade agreement next year.",
        "The two sides will sign a memorandum of understanding on labour cooperation.",
        "Vietnam and Chile will hold a ceremony to sign a labour agreement next week.",
        "After the talks, the two presidents are scheduled to witness the signing of a memorandum "
        "between the trade ministries of Vietnam and Kenya.",
        "Vietnam and Germany agreed to soon sign an agreement on skilled labour.",
        "The agreement between Vietnam and Peru is expected to be signed at the end of the year.",
        # "likely": a forecast before the visit, not a signing
        "The minister said two memoranda between Vietnam and Chile are likely to be signed "
        "during the visit.",
        "Vietnam and Egypt have yet to sign an investment protection agreement.",
        "Vietnam and Australia exchanged views on regional issues and the implementation "
        "of agreements.",
        "The leaders called for the early signing of the Vietnam – Indonesia agreement on "
        "maritime boundaries.",
        "The two prime ministers of Vietnam and Laos agreed to speed up the signing of an "
        "agreement on visa exemption.",
        "Vietnam and Japan agreed to effectively carry out the signed agreements.",
        "Vietnam and Korea hailed frequent delegation exchanges, close party contacts, "
        "implementing cooperation mechanisms and agreements in all fields.",
        "Vietnam and the EU signed the EVFTA in June 2019.",
        "Negotiations on the Vietnam – EU agreement, signed in 2019, took ten years.",
        "Vietnam has signed 17 free trade agreements.",
        "The two ministers exchanged the instruments of ratification of the agreement on "
        "legal assistance between Vietnam and Korea.",
        "The summit closed with the adoption of the Hanoi Declaration by Vietnam and Laos.",
        "Vietnam and Laos adopted the Vientiane Declaration at the summit.",
        "Vietnam and Laos welcomed the declaration adopted at the summit.",
        "The foreign ministries of Vietnam and Cuba issued a statement on the situation.",
        # "exchange programmes": the name of a programme, nothing exchanged
        "Vietnam and Chile run several youth exchange programmes in culture and sport.",
        "The universities of Vietnam and Peru have exchange programs for their students.",
        # after an article, "exchange" is a noun: the agreement is only what it follows
        "Officials of Vietnam and Chile met in Hanoi for a cultural exchange under the "
        "2019 cooperation agreement between the two ministries.",
    ],
)
def test_extract_signings_not_facts(text: str) -> None:
    assert _facts(text) == set()


def test_extract_signings_date_from_the_talks_they_follow() -> None:
    text = (
        "Hanoi (VNA) – Prime Minister Pham Minh Chinh held talks with Prime Minister "
        "Anthony Albanese of Australia in Hanoi on March 7.\n"
        "Albanese arrived in Hanoi on Thursday evening.\n"
        "Two-way trade reached 15 billion USD in 2024.\n"
        "After the talks, the two leaders witnessed the signing of five cooperation "
        "documents."
    )
    assert _facts(text) == {_f("VNM", "AUS", date="2025-03-07")}


def test_extract_signings_no_year_no_date() -> None:
    text = "Hanoi, June 8 (VNA) – Vietnam and Mongolia signed a cooperation agreement."
    [fact] = _signed(text, published=None)
    assert fact.date is None
    assert (fact.model_extra or {})["date_text"] == "June 8"


def test_extract_signings_record_fields() -> None:
    raw = "Home | News\n\nVietnam and Chile signed a trade agreement on March 5."
    body = raw[13:]
    doc = Doc(
        name="t.txt",
        raw=raw,
        body=body,
        body_map=list(range(13, len(raw))),
        published="2025-03-12",
    )
    [fact] = find_signings(doc, split_sentences(body))
    extra = fact.model_extra or {}
    assert fact.what == "a trade agreement"
    assert raw[extra["evidence_start"] : extra["evidence_end"]] == fact.evidence
    assert extra["cameo"] == "057" and extra["date_text"] == "March 5"


@pytest.mark.parametrize(
    ("text", "what"),
    [
        (  # the title ends before the next clause's verb
            "Vietnam and Chile signed a trade agreement between the two ministries that will "
            "open markets.",
            "a trade agreement between the two ministries",
        ),
        (
            "Vietnam and Chile inked agreements and expressed hope that trade would grow.",
            "agreements",
        ),
        (  # "signing of … , signed by": the document, not "of a memorandum"
            "Hanoi, May 4 (VNA) – Vietnam and Chile witnessed the signing of a memorandum of "
            "understanding on trade, signed by the two foreign ministers.",
            "a memorandum of understanding on trade",
        ),
    ],
)
def test_extract_signings_document_title_stops_at_the_next_clause(text: str, what: str) -> None:
    [fact] = signings(text, "2025-05-04")
    assert fact.what == what
