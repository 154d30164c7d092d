"""Facts out of a cleaned article body (placeholder: the extractor helper replaces this)."""

from __future__ import annotations

from ingest.types import ArticleFacts, Doc


def extract_facts(doc: Doc) -> ArticleFacts:
    return ArticleFacts(article=doc.name, published=doc.published)
