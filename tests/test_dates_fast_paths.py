"""dates/published: the fast scans find exactly what the plain regex scans find.

Each speed-up replaces a regex scan over a whole text (which tries every position, or
tests a class at every character) by byte-level finds; these properties pin them to the
plain formulation on adversarial text.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from ingest import date_scan, published

# Characters the fast paths treat specially, mixed with ordinary ones.
PIECES = st.sampled_from(
    ["0", "1", "2024", "12345", "9", "-", "/", " ", "\n", "\n\n", "a", "Z", "day", "DAY",
     "ToDay", "week", "Week", "MONTH", "last", "LAST", "laſt", "updated", "UpDated",
     "Last  updated:", " at 11:51 AM 05/09/2024", "İ", "\u212a", "K", "ſ", "é", "Đ", "–", "’",
     "JAN", "NOVEMBER", "xJAN", "JANx", "_MAY", "(VNA) –", "Hanoi (VNA) – ",
     "MOSCOW, June 15. /TASS/. ", "٣"]
)  # fmt: skip
MONTHISH = st.sampled_from(
    ["Jan", "Nov", "Decx", "JJan", "Xyy", "Ma", "May", "MAY", "Octo", "Sept"]
)
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_dates_four_digit_starts_equal_regex_scan(text: str) -> None:
    got = date_scan._four_digit_starts(date_scan._shapes(date_scan._one_byte_each(text)))
    assert got == [m.start() for m in date_scan._FOUR_DIGITS.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_dates_lowered_anchor_words_equal_str_lower_finds(text: str) -> None:
    lowered = date_scan._lowered(text, date_scan._one_byte_each(text))
    if len(text.lower()) != len(text):
        assert lowered is None
        return
    assert lowered is not None and len(lowered) == len(text)
    for word in ("day", "tonight", "week", "month", "year"):
        expected = [m.start() for m in re.finditer(f"(?={word})", text.lower())]
        assert date_scan._find_all(text, b"", lowered, (word.encode(),)) == expected


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(MONTHISH, TEXT), max_size=12).map("".join))
def test_dates_month_starts_equal_regex_scan(text: str) -> None:
    got = date_scan._month_starts(text, date_scan._shapes(date_scan._one_byte_each(text)))
    assert got == [m.start() for m in date_scan._MONTH_WORDS.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_published_last_updated_equals_regex_scan(raw: str) -> None:
    expected = [m.span() for m in published._LAST_UPDATED.finditer(raw)]
    assert [m.span() for m in published._last_updated(raw)] == expected


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_published_source_dateline_equals_regex_search(body: str) -> None:
    expected = published._SOURCE_DATELINE.search(body, 0, 30)
    got = published._source_dateline(body, 30)
    assert (got and got.span()) == (expected and expected.span())


_PLAIN_UPPER_MONTH = re.compile(r"\b(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)([A-Z]*)\b")


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_published_months_equal_word_boundary_pattern(line: str) -> None:
    assert published._months(line) == _PLAIN_UPPER_MONTH.sub(published._capitalise, line)
