"""pipeline: any text goes through every stage without raising (property-based)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.clean import clean_text
from ingest.dates import find_dates
from ingest.pipeline import process
from ingest.types import Doc

# Arbitrary Unicode, plus the fragments real pages are made of, so the interesting paths
# (datelines, stamps, end marks, entities, wraps) are reached more often than by chance.
FRAGMENTS = st.sampled_from(
    [
        "Hanoi, June 12 (VNA) – ",
        "Prime Minister Pham Minh Chinh held talks with his Lao counterpart ",
        "on Tuesday",
        " the same day ",
        "May 5-12, 2025",
        "13/05/2025",
        " date 2024-01-30 ",
        "/.",
        "\n\nSee more\n\n",
        "Tags: ",
        "(Photo: VNA)",
        "&nbsp;&raquo;&#39;",
        "h♉er",
        "\n",
        "\n\n",
        "Home | World | Politics",
        "signed a memorandum of understanding",
        "upgraded ties to a Comprehensive Strategic Partnership",
    ]
)
TEXT = st.lists(st.one_of(st.text(max_size=40), FRAGMENTS), max_size=30).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw=TEXT, published=st.one_of(st.none(), st.sampled_from(["2024-01-30", "2025", "2025-02"])))
def test_pipeline_never_raises_on_arbitrary_text(raw: str, published: str | None) -> None:
    doc = process(Doc(name="x.txt", raw=raw, meta={"published": published} if published else {}))
    assert doc.facts is not None and doc.facts.article == "x.txt"
    assert len(doc.body_map) == len(doc.body)
    assert all(0 <= i < max(len(raw), 1) for i in doc.body_map)


@settings(max_examples=300, deadline=None)
@given(text=TEXT, published=st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())))
def test_dates_mentions_are_ordered_spans_of_the_text(text: str, published: str | None) -> None:
    mentions = find_dates(text, published)
    assert all(text[m.start : m.end] == m.text for m in mentions)
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:], strict=False))


@settings(max_examples=200, deadline=None)
@given(raw=TEXT)
def test_clean_copied_characters_map_to_the_same_raw_character(raw: str) -> None:
    cleaned = clean_text(raw)
    for i, ch in enumerate(cleaned.body):
        if ch.isalnum():
            assert raw[cleaned.body_map[i]] in (ch, "&")  # "&eacute;" → "é" maps to its "&"
