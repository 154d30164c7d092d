"""Fact records: the one shape that flows from extraction to the graph.

The JSON form is `shared/spec/facts-format.md`: extractor output and gold files share it.
Pydantic validates documents that enter from outside (gold files, `--facts` input);
extra fields are kept (offsets, CAMEO codes, `date_text`) and ignored by consumers that
do not know them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field as dc_field
from enum import Enum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator


class Level(str, Enum):
    """Ranked partnership levels (facts-format.md), lowest first; `other` is unranked."""

    diplomatic_relations = "diplomatic_relations"
    comprehensive_partnership = "comprehensive_partnership"
    strategic_partnership = "strategic_partnership"
    comprehensive_strategic_partnership = "comprehensive_strategic_partnership"
    other = "other"

    @property
    def rank(self) -> int:
        """0..3 for the ranked levels, -1 for `other`."""
        return _LEVEL_RANK[self]


_LEVEL_RANK = {level: i for i, level in enumerate(Level)}
_LEVEL_RANK[Level.other] = -1


class MeetingKind(str, Enum):
    talks = "talks"
    meeting = "meeting"
    reception = "reception"
    visit = "visit"
    phone_call = "phone_call"
    consultation = "consultation"
    credentials = "credentials"
    other = "other"


class _Record(BaseModel):
    # Extra fields are part of the format ("consumers ignore what they do not know").
    model_config = ConfigDict(extra="allow", frozen=True)


class Person(_Record):
    name: str
    country: str | None = None
    title: str | None = None
    aliases: list[str] = Field(default_factory=list)
    optional: bool = False


class Actor(_Record):
    """A named person `{name, country}` or, when the text names only the post, an office."""

    name: str | None = None
    office: str | None = None
    country: str | None = None

    @model_validator(mode="after")
    def _named_or_office(self) -> Actor:
        if not self.name and not self.office:
            raise ValueError("an actor needs a name or an office")
        return self

    @property
    def is_person(self) -> bool:
        return bool(self.name)


class _Fact(_Record):
    date: str | None = None
    evidence: str = ""
    optional: bool = False


class MetWith(_Fact):
    a: Actor
    b: Actor
    kind: MeetingKind = MeetingKind.meeting


class UpgradedTo(_Fact):
    countries: list[str]
    level: Level
    label: str = ""


class Signed(_Fact):
    parties: list[str]
    what: str = ""


class ArticleFacts(_Record):
    """Everything read out of one article."""

    article: str
    published: str | None = None
    persons: list[Person] = Field(default_factory=list)
    met_with: list[MetWith] = Field(default_factory=list)
    upgraded_to: list[UpgradedTo] = Field(default_factory=list)
    signed: list[Signed] = Field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The facts-format.md document: unset optional fields and `optional: false` left out."""
        return _drop_defaults(self.model_dump(mode="json", exclude_none=False))


def _drop_defaults(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            k: _drop_defaults(v)
            for k, v in value.items()
            if not (k == "optional" and v is False) and not (k in ("name", "office") and v is None)
        }
    if isinstance(value, list):
        return [_drop_defaults(v) for v in value]
    return value


# ── The record that flows through the ingest stages ──────────────────────────────────
# read → clean → find_published → extract, each `Doc -> Doc` (spaCy's Doc through a
# pipeline). Offsets in `body` map back to `raw` through `body_map`, so evidence offsets
# always point into the original text.


@dataclass
class Doc:
    name: str  # article id: the file name, or "file.jsonl:LINE" for JSON Lines records
    raw: str  # the decoded original text (for HTML: the text the HTML-to-text step gave)
    meta: dict[str, Any] = dc_field(default_factory=dict)  # title, published, url, source
    body: str = ""  # the article's own body, page furniture and teasers removed
    body_map: Sequence[int] = dc_field(default_factory=list)  # body index → raw index
    published: str | None = None  # ISO prefix, from metadata or the text
    facts: ArticleFacts | None = None

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The `raw` offsets of `body[start:end]`."""
        if not self.body_map:
            return start, end
        last = len(self.body_map) - 1
        return self.body_map[min(start, last)], self.body_map[min(max(end - 1, 0), last)] + 1
