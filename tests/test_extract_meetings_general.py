# ruff: noqa: E501  (example sentences are kept whole)
"""MET_WITH in wire-copy structures beyond the seeds: post anaphors, farewell calls,
remote talks, coordinated hosts, delegations, long posts before a name."""

from __future__ import annotations

import pytest

from ingest.extract import extract_facts
from ingest.types import Doc


def facts(text: str, published: str | None = "2024-03-04"):  # type: ignore[no-untyped-def]
    return extract_facts(Doc(name="t.txt", raw=text, body=text, published=published))


def pairs(text: str) -> set[frozenset[str]]:
    return {
        frozenset(
            (
                m.a.name or f"[{m.a.office}] {m.a.country}",
                m.b.name or f"[{m.b.office}] {m.b.country}",
            )
        )
        for m in facts(text).met_with
    }


P = frozenset


def assert_meetings(text: str, expected: set[frozenset[str]], kind: str | None) -> None:
    """The pairs met, and (when given) the one kind every meeting of the text has."""
    assert pairs(text) == expected
    if kind is not None:
        assert {m.kind.value for m in facts(text).met_with} == {kind}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a post's short form refers to the person named under the full title
            "Deputy Prime Minister Tran Luu Quang met Japanese Ambassador Ito Naoki. "
            "The Deputy PM also received outgoing Chilean Ambassador Jose Miguel Capdevila.",
            {P(("Tran Luu Quang", "Ito Naoki")), P(("Tran Luu Quang", "Jose Miguel Capdevila"))},
        ),
        (  # "the ambassador" is the ambassador named before, not a new office actor
            "Deputy Prime Minister Tran Luu Quang met with Ambassador of New Zealand to Vietnam Caroline Beresford in Hanoi. "
            "Quang and the ambassador held talks on trade.",
            {P(("Tran Luu Quang", "Caroline Beresford"))},
        ),
        (
            "Foreign Minister Bui Thanh Son met Indonesian Foreign Minister Retno Marsudi. "
            "The visiting minister later paid a courtesy call on Prime Minister Pham Minh Chinh.",
            {P(("Bui Thanh Son", "Retno Marsudi")), P(("Retno Marsudi", "Pham Minh Chinh"))},
        ),
    ],
)
def test_extract_meetings_post_anaphors(text: str, expected: set[frozenset[str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Indian Ambassador Sandeep Arya paid a farewell call on President Vo Van Thuong.",
        "Japanese Ambassador Ito Naoki paid a courtesy call on President Vo Van Thuong.",
        "Japanese Ambassador Ito Naoki paid a call on President Vo Van Thuong.",
        "President Vo Van Thuong received Indian Ambassador Sandeep Arya, who paid an introductory call on him.",
    ],
)
def test_extract_meetings_calls_on(text: str) -> None:
    assert len(facts(text).met_with) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Bui Thanh Son held phone talks with Australian Foreign Minister Penny Wong.",
        "Foreign Minister Bui Thanh Son held virtual talks with Australian Foreign Minister Penny Wong.",
        "Prime Minister Pham Minh Chinh held online talks with Japanese Prime Minister Kishida Fumio.",
        "President Vo Van Thuong had a telephone conversation with Russian President Vladimir Putin.",
        "Prime Minister Pham Minh Chinh held talks via videoconference with Lao Prime Minister Sonexay Siphandone.",
        "In a phone call on Tuesday, President Vo Van Thuong and Russian President Vladimir Putin discussed trade.",
        "Party General Secretary Nguyen Phu Trong talked with Lao Party leader Thongloun Sisoulith over the phone.",
        "Prime Minister Pham Minh Chinh met Japanese Prime Minister Kishida Fumio via videoconference.",
    ],
)
def test_extract_meetings_remote_talks_are_phone_calls(text: str) -> None:
    found = facts(text).met_with
    assert [m.kind.value for m in found] == ["phone_call"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "President Vo Van Thuong received outgoing Chilean Ambassador Jose Miguel Capdevila.",
            "Ambassador",
        ),
        (
            "President Vo Van Thuong met newly-appointed Japanese Ambassador Ito Naoki.",
            "Ambassador",
        ),
        (
            "Former Prime Minister Nguyen Tan Dung met Japanese Ambassador Ito Naoki.",
            "Prime Minister",
        ),
    ],
)
def test_extract_persons_status_words_are_not_title(text: str, title: str) -> None:
    assert title in {p.title for p in facts(text).persons}
    assert not any(
        "outgoing" in (p.title or "").lower() or "former" in (p.title or "").lower()
        for p in facts(text).persons
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # coordinated hosts each meet the delegation's leader
            "Kazakh President Kassym-Jomart Tokayev and Prime Minister Olzhas Bektenov received a Vietnamese delegation led by Deputy Prime Minister Bui Thanh Son on Saturday.",
            {
                P(("Kassym-Jomart Tokayev", "Bui Thanh Son")),
                P(("Olzhas Bektenov", "Bui Thanh Son")),
            },
        ),
        (
            "President Vo Van Thuong received a delegation of the Japan-Vietnam Friendship Parliamentary Alliance led by its Chairman Nikai Toshihiro.",
            {P(("Vo Van Thuong", "Nikai Toshihiro"))},
        ),
        (
            "Prime Minister Pham Minh Chinh received the visiting Cuban delegation headed by Vice President Salvador Valdes Mesa.",
            {P(("Pham Minh Chinh", "Salvador Valdes Mesa"))},
        ),
        (  # a comma alone joins no hosts: the summit's host did not meet them
            "During the BRICS Summit hosted by South African President Cyril Ramaphosa, Brazilian President Lula held talks with Chinese President Xi Jinping.",
            {P(("Lula", "Xi Jinping"))},
        ),
    ],
)
def test_extract_meetings_coordinated_hosts_and_delegations(
    text: str, expected: set[frozenset[str]]
) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a participle with "by" describes the summit: its host met no one
            "During the BRICS Summit hosted by South African President Cyril Ramaphosa, Brazilian President Luiz Inacio Lula da Silva held talks with Chinese President Xi Jinping.",
            {P(("Luiz Inacio Lula da Silva", "Xi Jinping"))},
        ),
        (
            "Prime Minister Pham Minh Chinh, who was warmly received by Japanese Prime Minister Kishida Fumio, thanked him.",
            {P(("Pham Minh Chinh", "Kishida Fumio"))},
        ),
    ],
)
def test_extract_meetings_passive_participles(text: str, expected: set[frozenset[str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Indonesian President Prabowo met Prime Minister Pham Minh Chinh.", "Prabowo", "IDN"),
        ("Brazilian President Lula held talks with Chinese President Xi Jinping.", "Lula", "BRA"),
    ],
)
def test_extract_persons_one_word_name_after_post(text: str, name: str, country: str) -> None:
    assert (name, country) in {(p.name, p.country) for p in facts(text).persons}


def test_extract_persons_one_word_name_is_alias_of_full_name() -> None:
    text = "Russian President Putin met Prime Minister Pham Minh Chinh. President Vladimir Putin said trade grew."
    assert [p.name for p in facts(text).persons if "Putin" in p.name] == ["Vladimir Putin"]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Tokyo (VNA) – President Vo Van Thuong received Speaker of the House of Representatives Nukaga Fukushiro.",
            "Nukaga Fukushiro",
            "Speaker of the House of Representatives",
        ),
        (
            "President Vo Van Thuong received Chairman of the Foreign Affairs Committee of the Japanese House of Councillors Sato Masahisa.",
            "Sato Masahisa",
            "Chairman of the Foreign Affairs Committee of the House of Councillors",
        ),
        (
            "Prime Minister Pham Minh Chinh met Secretary-General of the Liberal Democratic Party Motegi Toshimitsu.",
            "Motegi Toshimitsu",
            "Secretary-General of the Liberal Democratic Party",
        ),
    ],
)
def test_extract_persons_long_posts_before_a_name(text: str, name: str, title: str) -> None:
    assert (name, title) in {(p.name, p.title) for p in facts(text).persons}


def test_extract_meetings_long_post_takes_the_dateline_country() -> None:
    text = "Tokyo (VNA) – President Vo Van Thuong received Speaker of the House of Representatives Nukaga Fukushiro."
    assert pairs(text) == {P(("Vo Van Thuong", "Nukaga Fukushiro"))}
    assert {p.name: p.country for p in facts(text).persons}["Nukaga Fukushiro"] == "JPN"


@pytest.mark.parametrize(
    ("text", "expected", "kind"),
    [
        (
            "In a phone call on Wednesday, Chinese Foreign Minister Wang Yi spoke with Saudi Foreign Minister Faisal bin Farhan Al Saud.",
            {P(("Wang Yi", "Faisal bin Farhan Al Saud"))},
            "phone_call",
        ),
        (
            "On the sidelines of the G20 summit in Rio de Janeiro, Prime Minister Pham Minh Chinh met Indian Prime Minister Narendra Modi.",
            {P(("Pham Minh Chinh", "Narendra Modi"))},
            "meeting",
        ),
        (
            "Qatar's Emir Sheikh Tamim bin Hamad Al Thani arrived in Malaysia at the invitation of Sultan Ibrahim, King of Malaysia. "
            "His Majesty hosted a state banquet for the Emir at Istana Negara.",
            {P(("Sultan Ibrahim", "Tamim bin Hamad Al Thani"))},
            "reception",
        ),
        (
            "Japanese Foreign Minister Yoko Kamikawa met Vietnamese Foreign Minister Bui Thanh Son. "
            "Prime Minister Fumio Kishida gave a luncheon in honour of the visiting minister.",
            {P(("Yoko Kamikawa", "Bui Thanh Son")), P(("Fumio Kishida", "Bui Thanh Son"))},
            None,
        ),
        (
            "State President Luong Cuong received Japanese Ambassador Ito Naoki. "
            "Prime Minister Pham Minh Chinh met Indian Prime Minister Narendra Modi. "
            "The Vietnamese leader also held talks with his Brazilian counterpart Luiz Inacio Lula da Silva.",
            {
                P(("Luong Cuong", "Ito Naoki")),
                P(("Pham Minh Chinh", "Narendra Modi")),
                P(("Pham Minh Chinh", "Luiz Inacio Lula da Silva")),
            },
            None,
        ),
    ],
)
def test_extract_meetings_wire_structures(
    text: str, expected: set[frozenset[str]], kind: str | None
) -> None:
    assert_meetings(text, expected, kind)


@pytest.mark.parametrize(
    ("text", "expected", "kind"),
    [
        (
            "At the talks, Foreign Minister Bui Thanh Son and his Chinese counterpart Wang Yi agreed to strengthen ties.",
            {P(("Bui Thanh Son", "Wang Yi"))},
            "talks",
        ),
        (
            "During their phone call, President Vo Van Thuong and Russian President Vladimir Putin discussed trade.",
            {P(("Vo Van Thuong", "Vladimir Putin"))},
            "phone_call",
        ),
        (
            "During the meeting, the sides signed an intergovernmental agreement on visa exemption.",
            set(),
            None,
        ),
    ],
)
def test_extract_meetings_fronted_meeting_phrase(
    text: str, expected: set[frozenset[str]], kind: str | None
) -> None:
    assert_meetings(text, expected, kind)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Foreign Minister Bui Thanh Son welcomed the proposal by Australian Foreign Minister Penny Wong.",
            set(),
        ),
        (
            "Indian Prime Minister Narendra Modi was received at the airport by Crown Prince Haji Al-Muhtadee Billah of Brunei.",
            {P(("Narendra Modi", "Al-Muhtadee Billah"))},
        ),
        (
            "President Vo Van Thuong and his spouse were welcomed by Japanese Emperor Naruhito.",
            {P(("Vo Van Thuong", "Naruhito"))},
        ),
    ],
)
def test_extract_meetings_bare_verbs_take_an_object_at_once(
    text: str, expected: set[frozenset[str]]
) -> None:
    assert pairs(text) == expected


def test_extract_persons_city_after_a_post_is_part_of_it() -> None:
    text = "Egyptian Foreign Minister Badr Abdelatty received Vietnamese Ambassador to Cairo Nguyen Huy Dung."
    assert ("Nguyen Huy Dung", "VNM") in {(p.name, p.country) for p in facts(text).persons}
    assert pairs(text) == {P(("Badr Abdelatty", "Nguyen Huy Dung"))}


@pytest.mark.parametrize(
    "text",
    [
        "Egyptian Foreign Minister Badr Abdelatty telephoned his Vietnamese counterpart Bui Thanh Son.",
        "Egyptian Foreign Minister Badr Abdelatty phoned Vietnamese Foreign Minister Bui Thanh Son.",
    ],
)
def test_extract_meetings_telephoned_is_a_phone_call(text: str) -> None:
    assert [m.kind.value for m in facts(text).met_with] == ["phone_call"]
