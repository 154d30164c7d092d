"""Party posts written after a name ("X, Politburo member and …") make X a person."""

from __future__ import annotations

from person_facts import persons_of

from ingest.extract import extract_facts
from ingest.types import ArticleFacts, Doc


def facts(text: str, published: str | None = None) -> ArticleFacts:
    doc = Doc(name="t.txt", raw=text, body=text, published=published)
    return extract_facts(doc)


def test_member_posts_after_a_name() -> None:
    text = (
        "Le Thanh Binh, Politburo member and permanent member of the Secretariat of the "
        "Communist Party of Vietnam Central Committee, on May 3 visited China's Hunan province. "
        "He held a meeting with Zhou Wenjun, member of the Communist Party of China (CPC) "
        "Central Committee and Secretary of the Hunan Provincial Committee of the CPC."
    )
    found = facts(text)
    assert {(p.name, p.country) for p in found.persons} == {
        ("Le Thanh Binh", "VNM"),
        ("Zhou Wenjun", "CHN"),
    }
    assert {frozenset((m.a.name, m.b.name)) for m in found.met_with} == {
        frozenset(("Le Thanh Binh", "Zhou Wenjun"))
    }


def test_member_countries_are_no_persons() -> None:
    text = "ASEAN member countries and Vietnam's Foreign Minister Tran Van Hoa met in Jakarta."
    assert {p.name for p in facts(text, "2021-05-03").persons} == {"Tran Van Hoa"}


def test_party_initials_inside_a_post() -> None:
    # a party's initials before a body's word ("the KPRP Commission …") are part of the post
    text = (
        "Head of the KPRP Commission for External Relations Anna Korvel briefed her Lao "
        "hosts on the outcomes of the seminar."
    )
    assert persons_of(text) == {
        "Anna Korvel": (None, "Head of the KPRP Commission for External Relations")
    }


def test_its_joins_a_body_to_the_one_named_before() -> None:
    # "head of its Commission …": "its" is the Central Committee named before
    text = (
        "Member of the Party Central Committee and head of its Commission for External "
        "Relations Tran Van Hai visited the province on May 2."
    )
    found = persons_of(text)
    assert found["Tran Van Hai"] == (
        "VNM",
        "Member of the Party Central Committee and head of its Commission for External Relations",
    )


def test_a_party_post_naming_no_party_is_the_publishers() -> None:
    # "Politburo member": in a Vietnamese paper the Vietnamese party, whatever the name
    text = "Politburo member Ksor Phuoc received Chilean Ambassador Ana Rojas on May 5."
    assert persons_of(text, home="VNM") == {
        "Ksor Phuoc": ("VNM", "Politburo member"),
        "Ana Rojas": ("CHL", "Ambassador"),
    }
