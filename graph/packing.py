"""Large JSON texts kept compressed in the store, readable back whatever their form.

    text = pack(json_text)          # "z:<base64 of zlib>" when large, else unchanged
    json_text = unpack(text)        # either form

The store keeps per-article records and per-entity ledger states as text beside the
graph, and ladybug's checkpoint pays for their bytes many times over: a 2,000-article
batch's 7 MB of plain records took ~200 MB of its checkpoint's peak at 18,000 stored
articles, and a changed state rewrites the whole state column. Compressed, a record is
~3x smaller (3.5 → 1.2 kB on the generated corpus). JSON never starts with the marker,
so texts stored plain by an older version read back as they are.
"""

from __future__ import annotations

import base64
import zlib

MARKER = "z:"
LEAST_BYTES = 2048  # smaller texts gain little and cost a decompression per read


def pack(text: str, level: int = 6, least: int = LEAST_BYTES) -> str:
    """`text` compressed when it is at least `least` characters long."""
    if len(text) < least:
        return text
    return MARKER + base64.b64encode(zlib.compress(text.encode("utf-8"), level)).decode("ascii")


def unpack(text: str) -> str:
    if text.startswith(MARKER):
        return zlib.decompress(base64.b64decode(text[len(MARKER) :])).decode("utf-8")
    return text
