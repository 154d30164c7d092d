"""One article's facts as the graph receives them, and the small value rules every
resolution step shares (ids, ISO date prefixes, country names).

    rec = ArticleRecord.from_facts(facts, content_hash=…)
"""

from __future__ import annotations

import calendar
import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache

import pycountry

from graph.offices import office_key
from graph.packing import pack, unpack
from ingest.types import ArticleFacts

_DATE = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")


def content_id(*parts: object) -> str:
    """16 hex digits of sha256 over the identifying fields."""
    text = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class ArticleRecord:
    """One article's facts with the provenance the Article node needs."""

    id: str
    file: str
    hash: str
    facts: ArticleFacts
    title: str | None = None
    source: str | None = None

    @classmethod
    def from_facts(cls, facts: ArticleFacts, content_hash: str | None = None) -> ArticleRecord:
        """Provenance from the facts' extra fields (`article_id`, `file`, `title`, `source`)
        that the pipeline stamps; facts files without them are keyed by article name."""
        extra = facts.model_extra or {}
        if content_hash is None:  # a facts document: its content is the facts
            payload = json.dumps(facts.to_json(), sort_keys=True, ensure_ascii=False)
            content_hash = content_id("facts", payload)
        return cls(
            id=extra.get("article_id") or content_id("article", facts.article),
            file=extra.get("file") or facts.article,
            hash=content_hash,
            facts=facts,
            title=extra.get("title"),
            source=extra.get("source"),
        )

    @cached_property
    def payload(self) -> str:
        """The record as the store keeps it: JSON, compressed when large
        (`graph.packing`). Computed once; an extraction worker computes it before the
        record is sent back, sparing the loading process."""
        text = json.dumps(
            {
                "id": self.id,
                "file": self.file,
                "hash": self.hash,
                "title": self.title,
                "source": self.source,
                "facts": self.facts.to_json(),
            },
            ensure_ascii=False,
        )
        return pack(text)

    @classmethod
    def from_payload(cls, payload: str) -> ArticleRecord:
        data = json.loads(unpack(payload))
        data["facts"] = ArticleFacts.model_validate(data["facts"])
        return cls(**data)


# ── dates ────────────────────────────────────────────────────────────────────────────


@lru_cache(maxsize=1 << 14)
def valid_date(value: str | None) -> str | None:
    """The ISO prefix if it is one (YYYY, YYYY-MM, YYYY-MM-DD), else None."""
    if value and _DATE.fullmatch(value.strip()):
        text = value.strip()
        if len(text) == 10:
            year, month, day = map(int, text.split("-"))
            if day > calendar.monthrange(year, month)[1]:
                return None
        return text
    return None


def date_bounds(prefix: str | None) -> tuple[str | None, str | None]:
    """First and last day a prefix covers: "2025-05" → ("2025-05-01", "2025-05-31")."""
    if not prefix:
        return None, None
    if len(prefix) == 4:
        return f"{prefix}-01-01", f"{prefix}-12-31"
    if len(prefix) == 7:
        year, month = map(int, prefix.split("-"))
        return f"{prefix}-01", f"{prefix}-{calendar.monthrange(year, month)[1]:02d}"
    return prefix, prefix


def most_precise(dates: Iterable[str | None]) -> str | None:
    """The longest prefix; the earliest among equally precise ones."""
    known = [d for d in dates if d]
    return min(known, key=lambda d: (-len(d), d)) if known else None


# ── ids and names ────────────────────────────────────────────────────────────────────


@lru_cache(maxsize=1 << 16)
def person_id(country: str, key: str) -> str:
    return content_id("Person", country, key)


@lru_cache(maxsize=1 << 14)
def office_id(country: str, title: str) -> str:
    return content_id("Office", country, office_key(title))


@cache
def country_name(iso3: str) -> str:
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return iso3
    return getattr(country, "common_name", None) or country.name
