"""The publication date of an article (placeholder: metadata only)."""

from __future__ import annotations

from ingest.types import Doc


def find_published(doc: Doc) -> Doc:
    doc.published = doc.meta.get("published")
    return doc
