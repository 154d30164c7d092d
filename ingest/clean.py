"""Clean an article (placeholder: body = raw; the full cleaner replaces this)."""

from __future__ import annotations

from ingest.types import Doc


def clean(doc: Doc) -> Doc:
    doc.body = doc.raw
    doc.body_map = []
    return doc
