"""Cue words found once per article: which sentences may hold a fact at all.

    low = lowered(text)                              # once per article, offsets kept
    hits = cue_sentences(text, spans, ("talks", "met"))   # indices of sentences to read

Most sentences of a news article state no meeting, level or signing. A few substring
scans of the lower-cased body (`str.find`, far cheaper than a regex or a pass per
sentence), bisected into sentence spans, tell the extractors which sentences to read;
the others cost nothing more.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from ingest.extract.sentences import Span

# Characters a case-insensitive regex takes for an ASCII letter while `str.lower` keeps
# them ("ı" matches "i", "ſ" matches "s"): a cue scan of such a text would miss matches.
_CASE_ODD = ("ı", "ſ")


def lowered(text: str) -> str:
    """`text` lower-cased, offsets kept (several extractors ask; the last one is cached)."""
    cached = _LOWER.get("last")
    if cached is not None and cached[0] is text:
        return cached[1]
    low = text.lower()
    if len(low) != len(text):  # "İ" lowers to two characters: fold by character instead
        low = "".join(c.lower()[0] for c in text)
    _LOWER["last"] = (text, low)
    return low


_LOWER: dict[str, tuple[str, str]] = {}


def cue_sentences(text: str, spans: list[Span], cues: Iterable[str]) -> set[int]:
    """Indices of the spans holding one of the lower-case `cues` (as substrings of the
    lower-cased text); every index when the text has characters the scan cannot see as
    a regex would (`_CASE_ODD`)."""
    if not text.isascii() and any(c in text for c in _CASE_ODD):
        return set(range(len(spans)))
    low = lowered(text)
    starts = [span.start for span in spans]
    found: set[int] = set()
    for cue in cues:
        pos = low.find(cue)
        while pos >= 0:
            i = bisect_right(starts, pos) - 1
            end = spans[i].end if i >= 0 else 0
            if pos + len(cue) <= end:
                found.add(i)
                pos = low.find(cue, end)  # the rest of this sentence tells nothing more
            else:
                pos = low.find(cue, pos + 1)
    return found


def minimal(cues: Iterable[str]) -> tuple[str, ...]:
    """The cues that hold none of the others: a text holds one of `cues` only if it
    holds one of these."""
    low = sorted({c.lower() for c in cues})
    return tuple(c for c in low if not any(c != d and d in c for d in low))
