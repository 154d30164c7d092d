"""Compressed texts in the store: packed when large, read back in either form."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from graph.packing import LEAST_BYTES, MARKER, pack, unpack


def test_packing_small_texts_stay_plain() -> None:
    text = json.dumps({"id": "a1", "facts": {}})
    assert pack(text) == text
    assert unpack(text) == text


def test_packing_large_json_is_smaller_and_marked() -> None:
    text = json.dumps(
        [{"evidence": "Viet Nam and Japan signed a memorandum.", "n": i} for i in range(200)]
    )
    packed = pack(text)
    assert packed.startswith(MARKER)
    assert len(packed) < len(text) / 3
    assert unpack(packed) == text


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner),
)


@given(JSON)
def test_packing_round_trip_any_json(value: object) -> None:
    """Any JSON text (which never starts with the marker) reads back as it was."""
    text = json.dumps(value, ensure_ascii=False)
    assert unpack(pack(text, least=0)) == text
    assert unpack(pack(text)) == text


def test_packing_threshold_is_inclusive() -> None:
    text = "[" + "1," * ((LEAST_BYTES - 2) // 2) + "1]"
    assert len(text) >= LEAST_BYTES
    assert pack(text).startswith(MARKER)
    assert pack(text[: LEAST_BYTES - 1]) == text[: LEAST_BYTES - 1]


def test_packing_article_records_stored_packed_read_back_in_either_form(seeds_dir) -> None:
    """A record's stored payload is packed; a plain one (an older store's) reads the same."""
    from graph.load import extracted_records
    from graph.records import ArticleRecord

    records = [r for r in extracted_records([seeds_dir]) if isinstance(r, ArticleRecord)]
    assert records and all(r.payload.startswith(MARKER) for r in records)
    for rec in records:
        assert ArticleRecord.from_payload(rec.payload) == rec
        assert ArticleRecord.from_payload(unpack(rec.payload)) == rec
