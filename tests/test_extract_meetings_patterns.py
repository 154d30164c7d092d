# ruff: noqa: E501  (example sentences are kept whole)
"""MET_WITH patterns: who met whom, and what is not a meeting."""

from __future__ import annotations

import pytest

from ingest.extract import extract_facts
from ingest.types import Doc


def pairs(text: str, published: str | None = "2024-05-10") -> set[frozenset[str]]:
    doc = Doc(name="t.txt", raw=text, body=text, published=published)
    return {
        frozenset(
            (
                m.a.name or f"[{m.a.office}] {m.a.country}",
                m.b.name or f"[{m.b.office}] {m.b.country}",
            )
        )
        for m in extract_facts(doc).met_with
    }


P = frozenset


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prime Minister Nguyen Xuan Phuc and his Indian counterpart Narendra Modi held talks in Hanoi.",
            {P(("Nguyen Xuan Phuc", "Narendra Modi"))},
        ),
        (
            "Party General Secretary To Lam held phone talks with Russian President Vladimir Putin on Monday.",
            {P(("To Lam", "Vladimir Putin"))},
        ),
        (
            "Indian Prime Minister Narendra Modi arrived. Later, Modi paid courtesy calls on President Tran "
            "Dai Quang and met National Assembly Chairwoman Nguyen Thi Kim Ngan.",
            {P(("Narendra Modi", "Tran Dai Quang")), P(("Narendra Modi", "Nguyen Thi Kim Ngan"))},
        ),
        (
            "Earlier, Prime Minister Nguyen Xuan Phuc was received by Australian Governor-General Peter Cosgrove.",
            {P(("Nguyen Xuan Phuc", "Peter Cosgrove"))},
        ),
        (
            "Meeting British Ambassador Iain Frew, President Nguyen Xuan Phuc said ties were good.",
            {P(("Iain Frew", "Nguyen Xuan Phuc"))},
        ),
        (
            "Welcoming Chilean Ambassador Rosa Valdes, Vice President Vo Thi Anh Xuan praised the growth of trade.",
            {P(("Rosa Valdes", "Vo Thi Anh Xuan"))},
        ),
        (  # "after their talks": "their" is the two sides just named
            "Cambodian Prime Minister Hun Manet and his Vietnamese counterpart Pham Minh Chinh praised "
            "the ties. The praise came in a joint statement issued after their talks.",
            {P(("Hun Manet", "Pham Minh Chinh"))},
        ),
        (  # the pair phrase after "talks between": the two sides named before
            "Thai Prime Minister Srettha Thavisin and Prime Minister Pham Minh Chinh toured an exhibition. "
            "A visa agreement was signed during a talk between the top leaders of the two countries.",
            {P(("Pham Minh Chinh", "Srettha Thavisin"))},
        ),
        (
            "At her reception for Kenyan Ambassador Peter Mwangi, Deputy Foreign Minister Le Thi Thu Hang hailed the ties.",
            {P(("Peter Mwangi", "Le Thi Thu Hang"))},
        ),
        (
            "Receiving Polish Ambassador Adam Nowak and Danish Ambassador Lars Berg, Prime Minister Pham Minh Chinh "
            "recalled the 2019 visit by Polish President Andrzej Duda.",
            {P(("Pham Minh Chinh", "Adam Nowak")), P(("Pham Minh Chinh", "Lars Berg"))},
        ),
        (  # the list as subject, with a serial comma and "the" before its last country
            "The new ambassadors of Peru, Ghana, and the Netherlands presented their credentials to "
            "President Luong Cuong on Friday.",
            {
                P(("Luong Cuong", "[Ambassador] PER")),
                P(("Luong Cuong", "[Ambassador] GHA")),
                P(("Luong Cuong", "[Ambassador] NLD")),
            },
        ),
        (  # a newly accredited envoy: his standing, not his title
            "Foreign Minister Bui Thanh Son met a business delegation. Later the same day, Son received "
            "newly-accredited Ambassador of Chile Javier Becerra.",
            {P(("Bui Thanh Son", "Javier Becerra"))},
        ),
        (  # an envoy to two countries, one written without its hyphen
            "Vietnamese Ambassador to Indonesia and Timor Leste Tran Van Minh presented his credentials to "
            "Timor Leste President Jose Ramos-Horta.",
            {P(("Tran Van Minh", "Jose Ramos-Horta"))},
        ),
        (  # "credential letter" for "letter of credentials"
            "Vietnamese Ambassador to Kenya Tran Van Minh presented his credential letter to Kenyan President "
            "William Ruto on May 3.",
            {P(("Tran Van Minh", "William Ruto"))},
        ),
        (
            "President Vo Van Thuong received the credentials of the ambassadors of Venezuela, Laos and Spain.",
            {
                P(("Vo Van Thuong", "[Ambassador] VEN")),
                P(("Vo Van Thuong", "[Ambassador] LAO")),
                P(("Vo Van Thuong", "[Ambassador] ESP")),
            },
        ),
        (
            "Turkish Foreign Minister Hakan Fidan visited Cairo. The two ministers, Fidan and Egyptian Foreign "
            "Minister Sameh Shoukry, held talks.",
            {P(("Hakan Fidan", "Sameh Shoukry"))},
        ),
        (
            "Chinese President Xi Jinping arrived in Hanoi. Party General Secretary Nguyen Phu Trong held "
            "talks with Xi. He also met Prime Minister Pham Minh Chinh.",
            {P(("Nguyen Phu Trong", "Xi Jinping")), P(("Xi Jinping", "Pham Minh Chinh"))},
        ),
        (
            # a relative aside names a third person, not an object of the talks
            "Kenyan President William Ruto held talks with Nigeria's Vice President Kashim Shettima, who represented President Bola Tinubu at the summit, and with Emirati Minister Sultan Al Jaber.",
            {P(("William Ruto", "Kashim Shettima")), P(("William Ruto", "Sultan Al Jaber"))},
        ),
        (
            # "welcomed" must be followed by its object at once
            "Prime Minister Nguyen Xuan Phuc held talks with Indian Prime Minister Narendra Modi. Phuc welcomed his guest and praised the friendship laid by President Ho Chi Minh and Prime Minister Jawaharlal Nehru.",
            {P(("Nguyen Xuan Phuc", "Narendra Modi"))},
        ),
        (
            # an unnamed counterpart is the other side of the article's talks
            "Foreign Minister Bui Thanh Son held talks with Chinese Foreign Minister Wang Yi on May 6. On May 8, Son held phone talks with his counterpart again.",
            {P(("Bui Thanh Son", "Wang Yi"))},
        ),
        (
            # guests listed with semicolons after an epithet for the parliament's leader
            "National Assembly Chairwoman Nguyen Thi Lan opened the forum. Later, the top Vietnamese legislator received Ola Berg, Speaker of the Parliament of Norway; Piet Vos, President of the Senate of the Netherlands; and Ana Ruiz, Speaker of the Congress of Peru.",
            {
                P(("Nguyen Thi Lan", "Ola Berg")),
                P(("Nguyen Thi Lan", "Piet Vos")),
                P(("Nguyen Thi Lan", "Ana Ruiz")),
            },
        ),
        (
            # a semicolon before a new clause still ends the list
            "President Luong Van Tu received Ola Berg, Speaker of the Parliament of Norway; Piet Vos of the Netherlands spoke later.",
            {P(("Luong Van Tu", "Ola Berg"))},
        ),
        (
            # "the top <demonym> diplomat" is that country's foreign minister, not its envoy
            "Chilean Ambassador Luis Mora and Chilean Foreign Minister Ana Soto arrived in Hanoi. The top Chilean diplomat met Vietnamese Prime Minister Le Van Tam on Monday.",
            {P(("Ana Soto", "Le Van Tam"))},
        ),
        (
            # reported speech: "told X during their talks that …" after a pronoun subject
            "German Chancellor Otto Brandt arrived in Hanoi on Monday. He told Vietnamese Prime Minister Le Van Tam during their official talks that trade had doubled.",
            {P(("Otto Brandt", "Le Van Tam"))},
        ),
        (
            # a handshake is a meeting in person
            "President Luong Van Tu shakes hands with Chilean President Rosa Vidal in Santiago.",
            {P(("Luong Van Tu", "Rosa Vidal"))},
        ),
        (
            # a fronted meeting phrase naming one side: the other is the visitor named before
            "Peruvian Deputy Foreign Minister Ana Ruiz is visiting Hanoi for the political consultation. At the fifth political consultation on May 2, Deputy Foreign Minister Le Van Hoa thanked Peru for its support.",
            {P(("Ana Ruiz", "Le Van Hoa"))},
        ),
        (
            # an ambassador of a listed country whom the article names is that person
            "President Luong Van Tu received the credentials of the new ambassadors of Chile, Peru and Bolivia. Chilean Ambassador Rosa Vidal praised the ties.",
            {
                P(("Luong Van Tu", "Rosa Vidal")),
                P(("Luong Van Tu", "[Ambassador] PER")),
                P(("Luong Van Tu", "[Ambassador] BOL")),
            },
        ),
        (
            # a caption's verbless "A and B at the welcome ceremony"
            "President Luong Van Tu and Chilean President Rosa Vidal at the official welcome ceremony in Santiago on May 2.",
            {P(("Luong Van Tu", "Rosa Vidal"))},
        ),
        (
            # a visit paid at the invitation of a person: that person hosted it
            "President Luong Van Tu paid a state visit to Chile from May 2-4 at the invitation of his counterpart, Rosa Vidal, President of Chile.",
            {P(("Luong Van Tu", "Rosa Vidal"))},
        ),
        (
            # another event called off is no reason to drop the talks
            "Prime Minister Le Van Tam held talks with Chilean President Rosa Vidal after a press conference was cancelled.",
            {P(("Le Van Tam", "Rosa Vidal"))},
        ),
        (
            # one leader of each listed country: the one the article names, else the office
            "Prime Minister Le Van Tam held bilateral meetings with the Prime Ministers of Chile, Peru and Bolivia at the summit. Peruvian Prime Minister Ana Ruiz invited him to Lima.",
            {
                P(("Le Van Tam", "[Prime Minister] CHL")),
                P(("Le Van Tam", "Ana Ruiz")),
                P(("Le Van Tam", "[Prime Minister] BOL")),
            },
        ),
    ],
)
def test_extract_meetings_found(text: str, expected: set[frozenset[str]]) -> None:
    assert pairs(text) == expected


def test_extract_meetings_modal_ends_at_a_subordinate_clause() -> None:
    text = (
        "Foreign Minister Bui Thanh Son will travel to Bangkok next month, in what will be his first trip "
        "since he met Thai Foreign Minister Maris Sangiampongsa in Hanoi in May."
    )
    assert pairs(text) == {P(("Bui Thanh Son", "Maris Sangiampongsa"))}


@pytest.mark.parametrize(
    "text",
    [
        # plans, invitations and wishes
        "Prime Minister Pham Minh Chinh will hold talks with Japanese Prime Minister Fumio Kishida next week.",
        "President Vo Van Thuong invited Italian President Sergio Mattarella to visit Vietnam.",
        "Both sides agreed to hold talks between Foreign Minister Bui Thanh Son and his Thai counterpart Don "
        "Pramudwinai.",
        "Prime Minister Pham Minh Chinh looks forward to meeting German Chancellor Olaf Scholz.",
        "Chilean President Gabriel Boric and President Luong Cuong will sign deals after their talks.",
        "Chinese Premier Li Qiang and Vietnamese Prime Minister Pham Minh Chinh praised the plan for a "
        "meeting between the two leaders next year.",
        # a modal heading the clause, the meeting word far behind it
        "Thai Prime Minister Srettha Thavisin and Prime Minister Pham Minh Chinh will then attend the "
        "opening of the 4th Joint Cabinet Retreat Meeting on trade and investment between Thailand and Vietnam.",
        # domestic meetings
        "Prime Minister Pham Minh Chinh met Deputy Prime Minister Tran Hong Ha on Monday.",
        # a multilateral event with no bilateral meeting described
        "Indonesian President Joko Widodo and Malaysian Prime Minister Anwar Ibrahim attended the ASEAN Summit.",
        # no meeting word
        "Russian President Vladimir Putin and Chinese President Xi Jinping praised the partnership.",
        # a fronted meeting naming one side may be multilateral: no partner guessed
        "Chinese Foreign Minister Wang Yi arrived in Vientiane. At the regional meeting, Foreign Minister Le Van Hoa called for restraint.",
        # a visit still to be paid
        "President Luong Van Tu will pay a state visit to Chile at the invitation of Chilean President Rosa Vidal.",
        # a meeting called off
        "Prime Minister Le Van Tam's meeting with Chilean President Rosa Vidal was cancelled because of the storm.",
        "Prime Minister Le Van Tam called off his meeting with Chilean President Rosa Vidal.",
        "The talks between Prime Minister Le Van Tam and Chilean President Rosa Vidal were postponed.",
    ],
)
def test_extract_meetings_not_meetings(text: str) -> None:
    assert pairs(text) == set()


def test_extract_meetings_kind_and_cameo() -> None:
    text = "Party General Secretary To Lam held phone talks with Russian President Vladimir Putin."
    (fact,) = extract_facts(Doc(name="t.txt", raw=text, body=text)).met_with
    assert fact.kind.value == "phone_call"
    assert fact.model_extra is not None and fact.model_extra["cameo"] == "041"


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        (
            "President To Lam held talks with Russian President Vladimir Putin on May 9.",
            "2024-05-10",
            "2024-05-09",
        ),
        # no year anywhere: the date is not invented, the phrase is kept
        ("President To Lam held talks with Russian President Vladimir Putin on May 9.", None, None),
        (  # the lead day cannot be fixed ("on Sunday", no publication date): a later
            # historical date is background, not the meeting's
            "Chilean President Gabriel Boric arrived in Hanoi on Sunday. Vietnam and Chile set up "
            "diplomatic relations in March 1971. President Luong Cuong held talks with Boric.",
            None,
            None,
        ),
        (
            "Prime Minister Pham Minh Chinh held talks with German Chancellor Olaf Scholz on May 8. The same "
            "day, Scholz met President Vo Van Thuong.",
            "2024-05-10",
            "2024-05-08",
        ),
        (
            # a date inside a relative aside is not the meeting's
            "Vientiane, October 10 (VNA) – Prime Minister Pham Minh Chinh attended the summit. Meeting Japanese Prime Minister Ishiba Shigeru, who took office on October 1, Chinh congratulated him.",
            "2024-10-10",
            "2024-10-10",
        ),
        (  # what a "since" phrase counts from is not the meeting's date
            "Hanoi, June 4 (VNA) – On his first trip to Vietnam since his election as chancellor in May last "
            "year, Austrian Chancellor Karl Nehammer held talks with Prime Minister Pham Minh Chinh.",
            "2024-06-04",
            "2024-06-04",
        ),
        (  # unless the meeting stands in the phrase itself
            "It was their first contact since Prime Minister Pham Minh Chinh met Austrian Chancellor Karl "
            "Nehammer in May last year.",
            "2024-06-04",
            "2023-05",
        ),
    ],
)
def test_extract_meetings_dates(text: str, published: str | None, date: str | None) -> None:
    facts = extract_facts(Doc(name="t.txt", raw=text, body=text, published=published)).met_with
    assert facts and all(f.date == date for f in facts)


@pytest.mark.parametrize(
    "opening",
    [
        "Receiving Thai Prime Minister Suda Chai right after their talks in Bangkok",
        "Co-chairing a press conference together with Thai Prime Minister Suda Chai after their talks",
    ],
)
def test_extract_meetings_participle_phrase_with_a_second_trigger(opening: str) -> None:
    text = (
        "President Le Van Binh arrived in Bangkok on Monday. "
        + opening
        + ", the Vietnamese President said the visit was a success."
    )
    assert pairs(text) == {P(("Le Van Binh", "Suda Chai"))}
