"""Lines → paragraphs: blank lines separate paragraphs; hard-wrapped text (most lines near
one width) is re-joined; otherwise each line is a paragraph. Each paragraph keeps the raw
span of every line, so the body can map back to the page.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from ingest.furniture import SENTENCE_END, ends_with

_DANGLING = re.compile(
    r"\b(?:the|of|and|to|with|his|her|its|their|a|an|in|on|for|at|by|from|between)$", re.I
)
_LIST_ITEM = re.compile(r"(?:\d{1,3}[.)]|[-•*–»·]|\([a-z0-9]\))\s*\S")


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
    blocks = _blocks(raw)
    width = _wrap_width(raw, blocks)
    paragraphs: list[Paragraph] = []
    for block in blocks:
        if len(block) == 1:  # most blocks: one line, one paragraph
            paragraphs.append(_paragraph(raw, block))
            continue
        current: list[tuple[int, int]] = []
        for k, span in enumerate(block):
            current.append(span)
            following = block[k + 1] if k + 1 < len(block) else None
            if not _joins(raw, span, following, width):
                paragraphs.append(_paragraph(raw, current))
                current = []
        if current:
            paragraphs.append(_paragraph(raw, current))
    return paragraphs


def _joins(raw: str, span: tuple[int, int], following: tuple[int, int] | None, width: int) -> bool:
    """Whether a line continues on the next one: hard-wrapped text, or a line that stops
    mid-phrase ("… with his Lao" / "counterpart …") before a lower-case continuation."""
    if following is None or _LIST_ITEM.match(raw, following[0]):
        return False
    if width and span[1] - span[0] >= 0.75 * width:
        return True
    line = raw[span[0] : span[1]]
    if ends_with(SENTENCE_END, line) or line.endswith(":"):
        return False
    return raw[following[0]].islower() or ends_with(_DANGLING, line)


def _blocks(raw: str) -> list[list[tuple[int, int]]]:
    """The stripped spans of the text lines (split at "\n" only), in blocks split at blank
    (or whitespace-only) lines."""
    blocks: list[list[tuple[int, int]]] = []
    block: list[tuple[int, int]] | None = None
    offset = 0
    for line in raw.split("\n"):
        if line and not line.isspace():
            if block is None:
                block = []
                blocks.append(block)
            block.append(_stripped_span(line, offset))
        else:
            block = None
        offset += len(line) + 1
    return blocks


def _stripped_span(line: str, offset: int) -> tuple[int, int]:
    """The span of `line` (at `offset`) without its outer whitespace, as str.strip()."""
    if not (line[0].isspace() or line[-1].isspace()):
        return offset, offset + len(line)  # most lines: nothing to strip
    start = offset + len(line) - len(line.lstrip())
    return start, offset + len(line.rstrip())


def _wrap_width(raw: str, blocks: list[list[tuple[int, int]]]) -> int:
    """The line width of hard-wrapped text, or 0 when lines are whole paragraphs."""
    broken = sorted(e - s for block in blocks for s, e in block[:-1])
    if len(broken) < 3:
        return 0
    width = broken[int(0.9 * (len(broken) - 1))]
    if width > 100:
        return 0
    full = sum(n >= 0.75 * width for n in broken)
    return width if full >= 0.6 * len(broken) else 0


def _paragraph(raw: str, spans: list[tuple[int, int]]) -> Paragraph:
    text = (
        raw[spans[0][0] : spans[0][1]] if len(spans) == 1 else " ".join(raw[s:e] for s, e in spans)
    )
    return Paragraph(list(spans), html.unescape(text) if "&" in text else text)
