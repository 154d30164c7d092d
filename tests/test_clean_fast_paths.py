"""clean: the fast paths give exactly what the plain definitions give.

Each speed-up in the cleaning modules (clean, paragraphs, furniture, body) replaces a
simple formulation (one regex over everything, a Python loop over every line); these
properties pin them to it on adversarial text.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from ingest import body, clean, furniture, paragraphs

# Characters each fast path treats specially, mixed with ordinary ones.
PIECES = st.sampled_from(
    ["a", "B", "z", "1", " ", "  ", "\t", "\n", "\n\n", " \n \n", "\r\n", "\u00a0", "\u2003",
     "\u200b", "\u00ad", "&", "&amp;", "&nbsp;", "&#8217;", "&bogus", "♉", "꧁", "☀", "ế", "Đà",
     "ở", "Ngọc", "“", "”", "’", "\u0301", "²", "ǅ", "_", "-", ".", "(", ")", "|", "Hà Nội",
     "–", "—", "…", "«", "•", "\u2028", "\u1680", "\x85", "\u3000", "\u202f", "\ufeff"]
)  # fmt: skip
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=40).map("".join)


def _copy_fixed_reference(raw: str) -> str:
    """What _copy_fixed did as one `_FIX.finditer` over the span."""
    out, pos = [], 0
    for m in body._FIX.finditer(raw):
        if m.group("sym") and not (m.start() > 0 and raw[m.start() - 1].isalpha()):
            continue
        out += [raw[pos : m.start()], body._replacement(m.group())]
        pos = m.end()
    return "".join([*out, raw[pos:]])


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_clean_fix_scan_equals_full_regex_scan(raw: str) -> None:
    parts: list[str] = []
    offsets = body.OffsetMap()
    body._copy_fixed(raw, 0, len(raw), parts, offsets)
    assert "".join(parts) == _copy_fixed_reference(raw)
    assert len(offsets) == len("".join(parts))


ASCII_TEXT = st.lists(
    st.one_of(PIECES.filter(str.isascii), st.text(st.characters(max_codepoint=127), max_size=8)),
    max_size=40,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(ASCII_TEXT)
def test_clean_fix_scan_of_ascii_text_equals_full_regex_scan(raw: str) -> None:
    parts: list[str] = []
    body._copy_fixed(raw, 0, len(raw), parts, body.OffsetMap(), ascii=True)
    assert "".join(parts) == _copy_fixed_reference(raw)


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_clean_duplicate_key_equals_regex_key(text: str) -> None:
    assert clean._key(text.lower()) == clean._KEY.sub("", text.lower())


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_clean_foreign_word_count_equals_word_loop(line: str) -> None:
    words = furniture._WORD.findall(line)
    assert furniture._count_foreign_words(line) == sum(
        not w[0].isupper() and not w.isascii() for w in words
    )


def _blocks_reference(raw: str) -> list[list[tuple[int, int]]]:
    """Lines split at "\\n", stripped; a whitespace-only line ends a block."""
    blocks: list[list[tuple[int, int]]] = [[]]
    offset = 0
    for line in raw.split("\n"):
        stripped = line.strip()
        if stripped:
            start = offset + len(line) - len(line.lstrip())
            blocks[-1].append((start, start + len(stripped)))
        elif blocks[-1]:
            blocks.append([])
        offset += len(line) + 1
    return [b for b in blocks if b]


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_clean_blocks_equal_line_loop(raw: str) -> None:
    assert paragraphs._blocks_with_lines(raw)[0] == _blocks_reference(raw)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_clean_menu_separators_equal_plain_pattern(line: str) -> None:
    plain = re.compile(r"\s(?:\||>|»|/|•|·)\s|\s{3,}")
    assert furniture._MENU_SEP.findall(line) == plain.findall(line)
    if furniture._no_menu_separator(line):
        assert plain.findall(line) == []


MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
PLAIN_STAMP_DATE = re.compile(
    r"(?<!\d)\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?!\d)|(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)"
    rf"|\b(?:{MONTHS})[a-z]*\.?\s+\d{{1,2}}\b|\d{{1,2}}\s*(?:{MONTHS})[a-z]*\b"
)
PLAIN_CAPTION = re.compile(
    r"\([^()]*\b(?:photo|ảnh|foto|file photo)\b[^()]*\)\s*\.?\s*$"
    r"|\b(?:photo|foto|ảnh)\s*:\s*[^.]{0,80}$|--\s*foto\w*"
    r"|(?:^|[\s—–-])(?-i:(?:[A-Z]{2,}/)*[A-Z]{2,}\s+Photo)\b[^.()]{0,40}$"
    r"|\((?:l|r|c|left|right|centre|center|front|second\s+\w+)\)"
    r"[^()]*\(\w[\w/ .-]{0,30}\)\s*\.?\s*$",
    re.I,
)
STAMPISH = st.lists(
    st.one_of(
        PIECES,
        st.sampled_from(["12/05/2024", "2024-01-30", "March 5", "5 Nov", "(Photo: VNA)",
                         "VNA Photo", " (L) x (VNA)", "PHOTO", "Foto", "ảnh: ", "--foto",
                         "(RIGHT) ", "(Second from left)", "(front) ", "(c)"]),
    ),
    max_size=20,
).map("".join)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(STAMPISH)
def test_clean_lookahead_patterns_equal_plain_ones(line: str) -> None:
    def spans(p: re.Pattern[str]) -> list[tuple[int, int]]:
        return [m.span() for m in p.finditer(line)]

    assert spans(furniture._STAMP_DATE) == spans(PLAIN_STAMP_DATE)
    assert furniture._is_caption(line) == bool(PLAIN_CAPTION.search(line))


def test_clean_fix_start_class_is_where_fixes_start() -> None:
    """Every character a _FIX match can start with (besides a plain space) is a candidate."""
    missed = [
        hex(code)
        for code in range(0x10000)
        if not 0xD800 <= code <= 0xDFFF
        and chr(code) != " "
        and not body._FIX_START.match(chr(code))
        and any(body._FIX.match(chr(code) + after) for after in ("x", " ", "amp;", "\t"))
    ]
    assert missed == []


@settings(max_examples=400, deadline=None)
@given(STAMPISH)
def test_clean_caption_precheck_never_hides_a_caption(line: str) -> None:
    """The precheck passes every caption the earlier, looser one let through."""
    low = furniture.line_key(line.lower())
    looser = line.rstrip(" .").endswith(")") or any(w in low for w in ("photo", "foto", "ảnh"))
    if looser and furniture._is_caption(line):
        assert furniture._may_be_caption(line, low)


@settings(max_examples=300, deadline=None)
@given(st.lists(TEXT, max_size=6), TEXT)
def test_clean_seen_duplicates_equal_key_set(kept: list[str], text: str) -> None:
    """The count-gated duplicate test answers as a set of every kept text's key."""
    seen = clean._Seen()
    for earlier in kept:
        seen.add(earlier.lower())
    keys = {clean._key(earlier.lower()) for earlier in kept}
    assert (not seen.add_new(text.lower())) == (clean._key(text.lower()) in keys)


@settings(max_examples=300, deadline=None)
@given(st.lists(TEXT, max_size=8))
def test_clean_seen_add_new_equals_key_set(texts: list[str]) -> None:
    """add_new (one count) answers and adds as a set of the added texts' keys does."""
    seen, keys = clean._Seen(), set()
    for text in texts:
        lower = text.lower()
        expected = clean._key(lower) not in keys
        if expected:
            keys.add(clean._key(lower))
        assert seen.add_new(lower) == expected


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_clean_fix_scan_offsets_equal_full_regex_scan(raw: str) -> None:
    """Copied characters map to themselves in `raw`; a fix's characters map to where the
    fix starts: as one `_FIX.finditer` over the span gives them."""
    expected: list[int] = []
    pos = 0
    for m in body._FIX.finditer(raw):
        if m.group("sym") and not (m.start() > 0 and raw[m.start() - 1].isalpha()):
            continue
        expected += range(pos, m.start())
        expected += [m.start()] * len(body._replacement(m.group()))
        pos = m.end()
    expected += range(pos, len(raw))
    parts: list[str] = []
    offsets = body.OffsetMap()
    body._copy_fixed(raw, 0, len(raw), parts, offsets)
    assert list(offsets) == expected


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_clean_block_lines_are_the_raw_spans(raw: str) -> None:
    """The line texts kept beside the spans are exactly what slicing `raw` gives."""
    blocks, lines = paragraphs._blocks_with_lines(raw)
    assert [[raw[s:e] for s, e in block] for block in blocks] == lines
