"""The ingest pipeline: read → clean → find_published → find_source → extract, one `Doc` at a time.

    from ingest.pipeline import iter_docs
    for item in iter_docs(["seeds/"], published=None):
        if isinstance(item, InputError): ...      # a file/line that could not be read
        else: item.facts                          # ArticleFacts with article_id, file …

Each stage is a module-level function `Doc -> Doc`, so `process` can run in a process
pool (`pool.imap(process, docs)`). Reading streams: memory does not grow with the corpus.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ingest.clean import clean
from ingest.errors import InputError, MalformedInput
from ingest.extract import extract_facts
from ingest.published import find_published, find_source
from ingest.read import read_one, read_paths
from ingest.types import Actor, ArticleFacts, Doc, MetWith, Signed, UpgradedTo

Stage = Callable[[Doc], Doc]


def extract(doc: Doc) -> Doc:
    """Run the extractor and stamp the provenance fields every consumer relies on."""
    facts = extract_facts(doc)
    doc.facts = facts.model_copy(
        update={
            "article": doc.name,
            "published": doc.published,
            "article_id": article_id(doc.raw),
            "file": doc.meta.get("file", doc.name),
            "title": doc.meta.get("title"),
            "source": doc.meta.get("source"),
            "url": doc.meta.get("url"),
        }
    )
    return doc


STAGES: tuple[Stage, ...] = (clean, find_published, find_source, extract)


def article_id(raw: str) -> str:
    """First 16 hex digits of sha256 of the raw text: the same text always gets the same id."""
    return hashlib.sha256(raw.encode("utf-8", errors="surrogatepass")).hexdigest()[:16]


def process(item: Doc | str | Path) -> Doc:
    """One article through every stage after reading (a path is read first; may raise
    InputError). Module-level, so it pickles into worker processes."""
    doc = item if isinstance(item, Doc) else read_one(item)
    for stage in STAGES:
        doc = stage(doc)
    return doc


def iter_docs(
    paths: Iterable[str | Path], *, published: str | None = None
) -> Iterator[Doc | InputError]:
    """Every article under `paths` processed (`.facts` set), or the InputError of a bad input.

    `published` (e.g. from `--published`) overrides what metadata and text say.
    """
    for item in read_paths(paths):
        if isinstance(item, InputError):
            yield item
            continue
        if published:
            item.meta["published"] = published
        yield process(item)


# ── batches and output ───────────────────────────────────────────────────────────────


@dataclass
class Batch:
    """Counts of a streamed run. Exit codes: 0 all loaded, 2 some skipped, 1 nothing loaded."""

    loaded: int = 0
    skipped: int = 0

    def facts(
        self, items: Iterable[Doc | InputError], on_error: Callable[[InputError], None]
    ) -> Iterator[ArticleFacts]:
        """The facts of the good items; each bad one is counted and handed to `on_error`."""
        for item in items:
            if isinstance(item, InputError):
                self.skipped += 1
                on_error(item)
            elif item.facts is not None:
                self.loaded += 1
                yield item.facts

    @property
    def exit_code(self) -> int:
        return exit_code(self.loaded, self.skipped)


def exit_code(loaded: int, skipped: int) -> int:
    """The exit code of a batch command (extract, ingest): 0 every input loaded, 2 some
    skipped but others loaded, 1 nothing loaded. A run with no input at all is 1 too: it
    did nothing the user asked for (an empty folder, a wrong glob)."""
    if not loaded:
        return 1
    return 2 if skipped else 0


OUTPUT_FORMATS = ("json", "jsonl", "table")


def render(facts: Iterable[ArticleFacts], fmt: str) -> Iterator[str]:
    """Text chunks of the facts: `json` (one document, a list when several), `jsonl`, `table`."""
    if fmt == "jsonl":
        for f in facts:
            yield json.dumps(f.to_json(), ensure_ascii=False) + "\n"
    elif fmt == "table":
        for f in facts:
            yield summarize(f) + "\n\n"
    else:
        yield from _render_json(facts)


def _render_json(facts: Iterable[ArticleFacts]) -> Iterator[str]:
    # Streamed: the first document is held back until we know whether a list is needed.
    first: ArticleFacts | None = None
    count = 0
    for f in facts:
        count += 1
        if count == 1:
            first = f
            continue
        if count == 2 and first is not None:
            yield "[\n" + _indent_json(first)
        yield ",\n" + _indent_json(f)
    if count == 1 and first is not None:
        yield json.dumps(first.to_json(), ensure_ascii=False, indent=2) + "\n"
    elif count > 1:
        yield "\n]\n"
    else:
        yield "[]\n"


def _indent_json(facts: ArticleFacts) -> str:
    text = json.dumps(facts.to_json(), ensure_ascii=False, indent=2)
    return "\n".join("  " + line for line in text.splitlines())


def summarize(facts: ArticleFacts) -> str:
    """A readable summary of one article's facts."""
    lines = [f"{facts.article}  published {facts.published or '?'}"]
    lines += [
        f"  person   {p.name} ({p.country or '-'}) {p.title or ''}".rstrip() for p in facts.persons
    ]
    lines += [
        f"  met      {_when(m):<10} {_actor(m.a)} ~ {_actor(m.b)} [{m.kind.value}]"
        for m in facts.met_with
    ]
    lines += [
        f"  upgraded {_when(u):<10} {'-'.join(u.countries)} → {u.level.value} ({u.label})"
        for u in facts.upgraded_to
    ]
    lines += [f"  signed   {_when(s):<10} {', '.join(s.parties)}: {s.what}" for s in facts.signed]
    return "\n".join(lines)


def _when(fact: MetWith | UpgradedTo | Signed) -> str:
    """The date, or the unresolved phrase in quotes ("February 21"), or "?"."""
    text = (fact.model_extra or {}).get("date_text")
    return fact.date or (f'"{text}"' if text else "?")


def _actor(actor: Actor) -> str:
    return f"{actor.name or actor.office} ({actor.country or '-'})"


_ISO_PREFIX = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")


def check_published(value: str | None) -> str | None:
    """A `--published` value, checked: an ISO prefix YYYY, YYYY-MM or YYYY-MM-DD."""
    if value is None or _ISO_PREFIX.fullmatch(value.strip()):
        return value.strip() if value else None
    raise MalformedInput("--published", f"{value!r} is not a date", "write YYYY-MM-DD")
