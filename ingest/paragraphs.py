"""Lines → paragraphs: blank lines separate paragraphs; hard-wrapped text (most lines near
one width) is re-joined; otherwise each line is a paragraph. Each paragraph keeps the raw
span of every line, so the body can map back to the page.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from ingest.furniture import SENTENCE_END, URL_LINE, ends_with

_DANGLING = re.compile(
    r"\b(?:the|of|and|to|with|his|her|its|their|a|an|in|on|for|at|by|from|between)$", re.I
)
_LIST_ITEM = re.compile(r"(?:\d{1,3}[.)]|[-•*–»·]|\([a-z0-9]\))\s*\S")
# A crawler's "url <address>" line is metadata: never part of the title or lead after it
_URL_LINE = re.compile(URL_LINE + "$")


@dataclass(slots=True)
class Paragraph:
    spans: list[tuple[int, int]]  # raw [start, end) of each line, stripped
    text: str  # the lines joined by one space (raw characters)

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]


def split_paragraphs(raw: str) -> list[Paragraph]:
    """Blank-line separated blocks; inside a block, lines are joined only when the text is
    hard-wrapped (a line ends near the wrap width), so a list of short lines stays apart."""
    blocks, lines = _blocks_with_lines(raw)
    width = _wrap_width(raw, blocks)
    entities = "&" in raw  # else no line holds one to unescape
    paragraphs: list[Paragraph] = []
    for block, texts in zip(blocks, lines, strict=True):
        if len(block) == 1:  # most blocks: one line, one paragraph
            paragraphs.append(_paragraph(block, texts, entities))
            continue
        spans: list[tuple[int, int]] = []
        joined: list[str] = []
        for k, span in enumerate(block):
            spans.append(span)
            joined.append(texts[k])
            following = block[k + 1] if k + 1 < len(block) else None
            if not _joins(raw, texts[k], following, width):
                paragraphs.append(_paragraph(spans, joined, entities))
                spans, joined = [], []
        if spans:
            paragraphs.append(_paragraph(spans, joined, entities))
    return paragraphs


def _joins(raw: str, line: str, following: tuple[int, int] | None, width: int) -> bool:
    """Whether a line continues on the next one: hard-wrapped text, or a line that stops
    mid-phrase ("… with his Lao" / "counterpart …") before a lower-case continuation."""
    if following is None or _LIST_ITEM.match(raw, following[0]) or _URL_LINE.match(line):
        return False
    if width and len(line) >= 0.75 * width:
        return True
    if ends_with(SENTENCE_END, line) or line.endswith(":"):
        return False
    return raw[following[0]].islower() or ends_with(_DANGLING, line)


def _blocks_with_lines(raw: str) -> tuple[list[list[tuple[int, int]]], list[list[str]]]:
    """The stripped spans of the text lines (split at "\n" only), in blocks split at blank
    (or whitespace-only) lines; and beside each span its line's text: the strings `split`
    made already, so paragraphs need not slice `raw` again."""
    blocks: list[list[tuple[int, int]]] = []
    lines: list[list[str]] = []
    block: list[tuple[int, int]] = []
    texts: list[str] = []
    offset = 0
    for line in raw.split("\n"):
        if line and not line.isspace():
            if not block:
                block, texts = [], []
                blocks.append(block)
                lines.append(texts)
            if line[0].isspace() or line[-1].isspace():
                stripped = line.strip()
                start = offset + len(line) - len(line.lstrip())
                block.append((start, start + len(stripped)))
                texts.append(stripped)
            else:  # most lines: nothing to strip
                block.append((offset, offset + len(line)))
                texts.append(line)
        elif block:
            block = []
        offset += len(line) + 1
    return blocks, lines


_MIN_WRAP = 30  # narrower than any column text is wrapped at


def _wrap_width(raw: str, blocks: list[list[tuple[int, int]]]) -> int:
    """The line width of hard-wrapped text, or 0 when lines are whole paragraphs."""
    # a crawler's long `url` line is no wrapped line of the text
    broken = sorted(
        e - s for block in blocks for s, e in block[:-1] if not _URL_LINE.match(raw, s, e)
    )
    if len(broken) < 3:
        return 0
    width = broken[int(0.9 * (len(broken) - 1))]
    if not _MIN_WRAP <= width <= 100:
        return 0  # a few short lines (an agency's name, a clock) are no wrapped text
    full = sum(n >= 0.75 * width for n in broken)
    return width if full >= 0.6 * len(broken) else 0


def _paragraph(spans: list[tuple[int, int]], texts: list[str], entities: bool) -> Paragraph:
    """The paragraph of these lines (`texts` at `spans`); `entities`: whether the page holds
    an "&" at all."""
    text = texts[0] if len(texts) == 1 else " ".join(texts)
    return Paragraph(spans, html.unescape(text) if entities and "&" in text else text)
