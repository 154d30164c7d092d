"""Incremental, crash-safe ingest: article records → the resolved graph in a store.

    report = ingest(store, records_from_docs(iter_docs(paths)))

The stored graph is always `resolve(every stored record)`. Each article is keyed by a
hash of its content and its record (facts + provenance) is kept beside the graph
(`StoredArticle.payload`), so:

- an unchanged article (same content hash) is skipped without being resolved again;
- a changed article (same file, new hash) replaces the old record: facts only it reported
  disappear, facts other articles also report keep their other sources;
- new articles are merged into what is stored entity by entity (`graph.incremental`,
  `graph.ledger`): persons merge with the ones already stored and the result does not
  depend on how the input was batched, while each batch reads and writes only the
  entities it touches — memory does not grow with the store;
- every batch goes to the store as one transaction holding the graph changes and the
  batch's article records. A crash (even SIGKILL) loses at most the open batch; running
  the same command again finds the committed articles unchanged, does the rest, and ends
  with exactly the graph an uninterrupted run gives.
"""

from __future__ import annotations

import gc
import hashlib
import json
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph.incremental import Updater
from graph.records import ArticleRecord
from graph.store.base import GraphStore
from graph.types import NodeLabel, RelType
from ingest.errors import InputError, MalformedInput, UnreadableInput
from ingest.pipeline import exit_code
from ingest.types import ArticleFacts, Doc

BATCH_SIZE = 500
# Batches grow with the store up to this many articles: the entities named everywhere
# (a country's leaders and their offices) are rewritten once per batch, so fewer, larger
# batches keep a long ingest linear, while the cap bounds the memory a batch needs.
MAX_BATCH_SIZE = 3000
FACTS_SUFFIXES = (".json", ".jsonl")


@dataclass
class IngestReport:
    """What an ingest did; every input is counted in exactly one bucket."""

    new: int = 0
    replaced: int = 0
    unchanged: int = 0
    duplicates: int = 0  # the same text as another article of this run or the store
    failed: int = 0  # inputs that could not be read (reported through `on_error`)
    problems: list[str] = field(default_factory=list)  # facts left out, with the reason
    counts: dict[str, int] = field(default_factory=dict)  # stored nodes/rels afterwards

    @property
    def loaded(self) -> int:
        return self.new + self.replaced + self.unchanged + self.duplicates

    @property
    def exit_code(self) -> int:
        """0 everything loaded, 2 some inputs skipped, 1 nothing loaded (the rule
        `extract` follows too)."""
        return exit_code(self.loaded, self.failed)


# ── sources of records ───────────────────────────────────────────────────────────────


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()


def record_from_doc(doc: Doc) -> ArticleRecord:
    """The record of a pipeline `Doc` (its facts carry `article_id`, `file`, `title` …)."""
    if doc.facts is None:
        raise MalformedInput(doc.name, "no facts were extracted")
    return ArticleRecord.from_facts(doc.facts, content_hash=content_hash(doc.raw))


def records_from_docs(
    items: Iterable[Doc | InputError | Unchanged],
) -> Iterator[ArticleRecord | InputError | Unchanged]:
    for item in items:
        if not isinstance(item, Doc):
            yield item
            continue
        try:
            yield record_from_doc(item)
        except InputError as exc:
            yield exc


@dataclass(frozen=True)
class Unchanged:
    """An article whose exact text the store already holds under the same file: it is
    counted, never extracted again (a rerun over an archive reads, hashes and moves on)."""

    file: str


Item = Doc | InputError | Unchanged


def _file_of(doc: Doc) -> str:
    return str(doc.meta.get("file", doc.name))


def _never(doc: Doc) -> bool:
    return False


def extracted_docs(
    paths: Iterable[str | Path], workers: int = 1, skip: Callable[[Doc], bool] = _never
) -> Iterator[Item]:
    """Every article under `paths` read, then extracted unless `skip(doc)` says the store
    has it already (then an `Unchanged` marker stands in its place).

    With `workers > 1` extraction runs in a process pool, in windows of a few hundred
    articles, so memory stays flat however long the input is; results keep input order,
    and the stored graph does not depend on order anyway."""
    from ingest.pipeline import process

    return _worked(paths, process, workers if workers > 1 else 0, skip)


def extracted_records(
    paths: Iterable[str | Path],
    processes: int = 0,
    skip: Callable[[Doc], bool] = _never,
    ahead: int = 0,
) -> Iterator[ArticleRecord | InputError | Unchanged]:
    """`records_from_docs(extracted_docs(…))` with `processes` extracting beside the
    caller (0: in this process); each record and its stored payload are made where the
    article was extracted, so the loading process only stores. The processes run up to
    `ahead` articles in front of the caller (at least two windows of a few hundred)."""
    return _worked(paths, _record_of, processes, skip, ahead)  # type: ignore[return-value]


def _record_of(doc: Doc) -> ArticleRecord | InputError:
    from ingest.pipeline import process

    try:
        rec = record_from_doc(process(doc))
    except InputError as exc:
        return exc
    rec.payload  # noqa: B018 (computed here, sent back with the record)
    return rec


def _worked(
    paths: Iterable[str | Path],
    work: Callable[[Doc], Any],
    processes: int,
    skip: Callable,
    ahead: int = 0,
) -> Iterator[Any]:
    """`work` on every article read, in this process (`processes` 0) or a pool that
    runs up to `ahead` articles (at least two windows) in front of the caller."""
    from ingest.read import read_paths

    items = (_skipped_or(item, skip) for item in read_paths(paths))
    if processes < 1:
        for item in items:
            yield work(item) if isinstance(item, Doc) else item
        return
    size = 64 * max(processes, 2)
    # A loader stores a batch at a time: while it does, the pool must have work queued,
    # or extraction stops after two windows and the two run one after the other.
    in_flight = max(2, -(-ahead // size))
    # spawn: the parent may hold an open database, which forked children must not share
    with multiprocessing.get_context("spawn").Pool(processes) as pool:
        queued: deque[tuple[list[Item], Any]] = deque()
        for window in _windows(items, size):
            docs = [item for item in window if isinstance(item, Doc)]
            queued.append((window, pool.map_async(work, docs, chunksize=8)))
            if len(queued) > in_flight:
                yield from _merged(*queued.popleft())
        while queued:
            yield from _merged(*queued.popleft())


def _skipped_or(item: Doc | InputError, skip: Callable[[Doc], bool]) -> Item:
    return Unchanged(_file_of(item)) if isinstance(item, Doc) and skip(item) else item


def _merged(window: list[Item], result: Any) -> Iterator[Item]:
    done = iter(result.get())
    for item in window:
        yield next(done) if isinstance(item, Doc) else item


def _windows(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    window: list[Item] = []
    for item in items:
        window.append(item)
        if len(window) == size:
            yield window
            window = []
    if window:
        yield window


def records_from_facts_files(paths: Iterable[str | Path]) -> Iterator[ArticleRecord | InputError]:
    """Records from facts documents: a file holds one document, a JSON list of them, or
    JSON Lines (read line by line, so an archive of any size streams through; a broken
    line is reported and the others load); a folder is searched for `*.json` /
    `*.jsonl`."""
    for path in _facts_files(paths):
        try:
            for source, doc in _facts_documents(path):
                yield _facts_record(source, doc)
        except InputError as exc:
            yield exc


def _facts_record(source: str, doc: object) -> ArticleRecord | InputError:
    if isinstance(doc, InputError):
        return doc
    try:
        return ArticleRecord.from_facts(ArticleFacts.model_validate(doc))
    except ValueError as exc:
        return MalformedInput(source, f"not a facts document ({_first_line(exc)})")


def _facts_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.suffix in FACTS_SUFFIXES)
        else:
            yield path


def _facts_documents(path: Path) -> Iterator[tuple[str, object]]:
    try:
        if path.suffix == ".jsonl":
            with path.open(encoding="utf-8-sig") as lines:
                for n, line in enumerate(lines, start=1):
                    if line.strip():
                        yield f"{path}:{n}", _json_or_error(line, f"{path}:{n}")
            return
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UnreadableInput(str(path), f"cannot read facts ({exc})") from None
    data = _json(text, str(path))
    for doc in data if isinstance(data, list) else [data]:
        yield str(path), doc


def _json_or_error(text: str, source: str) -> object:
    try:
        return _json(text, source)
    except InputError as exc:
        return exc


def _json(text: str, source: str) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise MalformedInput(source, f"broken JSON ({exc})") from None


def _batch_size(least: int, stored: int) -> int:
    return max(least, min(stored // 4, MAX_BATCH_SIZE))


def _first_line(exc: Exception) -> str:
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


# ── ingest ───────────────────────────────────────────────────────────────────────────


class _Loader:
    """The ids, hashes and files the store holds, and the batch being prepared."""

    def __init__(self, store: GraphStore, report: IngestReport, index: list[Indexed]) -> None:
        self.store = store
        self.report = report
        self.known = {id: (hash, file) for id, file, hash in index}
        self.by_file = {file: id for id, (_, file) in self.known.items()}
        self.stored = set(self.known)
        self.pending: dict[str, ArticleRecord] = {}
        self.pending_files: dict[str, str] = {}  # file → id of its pending record
        self.updater: Updater | None = None
        self.seen_problems: set[str] = set()

    def take(self, rec: ArticleRecord) -> None:
        """Count `rec` and queue it for the next batch if it changes anything."""
        self._supersede(rec)
        hash_and_file = self.known.get(rec.id)
        if hash_and_file is not None and hash_and_file[0] == rec.hash:
            same_file = hash_and_file[1] == rec.file
            self.report.unchanged += same_file
            self.report.duplicates += not same_file
            if self.pending.pop(rec.id, None) is not None:  # an earlier text this run
                self.report.replaced += 1
            return
        queued = self.pending.get(rec.id)
        if queued is not None:  # the same article twice in this batch: the later one counts
            self.report.duplicates += queued.hash == rec.hash
            self.report.replaced += queued.hash != rec.hash
            if queued.hash == rec.hash:
                return
        self.pending[rec.id] = rec
        self.pending_files[rec.file] = rec.id

    def _supersede(self, rec: ArticleRecord) -> None:
        """The same file read again in this batch with other content: the later text
        wins, the earlier one is counted as replaced and not stored."""
        queued_id = self.pending_files.get(rec.file)
        if queued_id is not None and queued_id != rec.id:
            self.pending.pop(queued_id, None)
            del self.pending_files[rec.file]
            self.report.replaced += 1

    def flush(self) -> None:
        """Write the pending records (and take out what they replace) in one transaction."""
        if not self.pending:
            return
        if self.updater is None:  # first batch: read the name index from the ledger
            self.updater = Updater(self.store, has_articles=bool(self.stored))
        adds: dict[str, ArticleRecord] = {}
        removes: set[str] = set()
        for rec in self.pending.values():
            self._count_and_place(rec, adds, removes)
        problems: list[str] = []
        with _collector_paused():
            self.updater.apply_batch(list(adds.values()), sorted(removes), problems)
        self.stored = (self.stored - removes) | set(adds)
        self.pending, self.pending_files = {}, {}
        self.report.problems += [p for p in problems if p not in self.seen_problems]
        self.seen_problems.update(problems)

    def _count_and_place(
        self, rec: ArticleRecord, adds: dict[str, ArticleRecord], removes: set[str]
    ) -> None:
        old_id = self.by_file.get(rec.file)
        moved = old_id is not None and old_id != rec.id
        if rec.id in self.known or moved:
            self.report.replaced += 1
        else:
            self.report.new += 1
        if rec.id in self.stored:  # same id, other content (a facts file edited)
            removes.add(rec.id)
        if old_id is not None and moved:  # the file's text changed: its old article goes
            adds.pop(old_id, None)
            if old_id in self.stored:
                removes.add(old_id)
            self.known.pop(old_id, None)
        adds[rec.id] = rec
        self.known[rec.id] = (rec.hash, rec.file)
        self.by_file[rec.file] = rec.id

    def counts(self) -> dict[str, int]:
        return stored_counts(self.store)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while a batch is merged, then one young-generation
    pass over what the batch left. A batch allocates millions of objects (states, graph
    fragments, rows) while the store's hub states stay alive, so the collector ran often
    and walked them each time: a third of the batch's Python time (sampled) went to it.
    What the batch makes is all still in the young generation at the end, so the one pass
    frees any cycles it left."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.collect(0)


Indexed = tuple[str, str, str]  # a stored article's id, file and content hash
ARTICLE_INDEX = "MATCH (a:Article) WHERE a.hash IS NOT NULL RETURN a.id, a.file, a.hash"


def article_index(store: GraphStore) -> list[Indexed]:
    """(id, file, hash) of every ingested article, without their payloads."""
    _, rows = store.run(ARTICLE_INDEX)
    return [(id, file, hash) for id, file, hash in rows]


def stored_counts(store: GraphStore) -> dict[str, int]:
    """Nodes per label and relationships per type, counted by the store (same Cypher in
    both dialects), for summaries without reading the graph."""
    counts = {}
    for label in NodeLabel:
        _, rows = store.run(f"MATCH (n:{label.value}) RETURN count(n)")
        counts[label.value] = rows[0][0]
    for type in RelType:
        _, rows = store.run(f"MATCH ()-[r:{type.value}]->() RETURN count(r)")
        counts[type.value] = rows[0][0]
    return {name: n for name, n in counts.items() if n}


def ingest(
    store: GraphStore,
    items: Iterable[ArticleRecord | InputError | Unchanged],
    *,
    batch_size: int = BATCH_SIZE,
    on_error: Callable[[InputError], None] = lambda exc: None,
    on_progress: Callable[[int], None] = lambda done: None,
    index: list[Indexed] | None = None,
) -> IngestReport:
    """Merge the records into what `store` holds, one transaction per batch (a crash
    loses at most the open batch); each batch touches only the entities its articles
    report (`graph.incremental`), so memory stays flat as the store grows. A batch holds
    `batch_size` articles, or a quarter of the store's once that is more (at most
    `MAX_BATCH_SIZE`).
    Bad inputs are counted and handed to `on_error`; `on_progress` gets the number of
    inputs handled so far; `index` spares re-reading the store's article index when the
    caller has just read it."""
    report = IngestReport()
    store.setup()
    loader = _Loader(store, report, article_index(store) if index is None else index)
    for done, item in enumerate(items, start=1):
        if isinstance(item, InputError):
            report.failed += 1
            on_error(item)
        elif isinstance(item, Unchanged):
            report.unchanged += 1
        else:
            loader.take(item)
        if len(loader.pending) >= _batch_size(batch_size, len(loader.stored)):
            loader.flush()
        on_progress(done)
    loader.flush()
    report.counts = loader.counts()
    return report


def ingest_paths(
    store: GraphStore,
    paths: Iterable[str | Path],
    *,
    facts: bool = False,
    workers: int = 1,
    **options: Any,
) -> IngestReport:
    """`ingest` of files and folders: facts files (`facts=True`, or named `*.facts.json`)
    as they are, articles through the extraction pipeline. Articles whose text the store
    already holds under the same file are recognised by hash before extraction."""
    given = [Path(p) for p in paths]
    facts_paths = [p for p in given if facts or p.name.endswith(".facts.json")]
    article_paths = [p for p in given if p not in facts_paths]
    store.setup()  # the index query needs the schema on a new store
    index = article_index(store)
    held = {(hash, file) for _, file, hash in index}

    def unchanged(doc: Doc) -> bool:
        return (content_hash(doc.raw), _file_of(doc)) in held

    def items() -> Iterator[ArticleRecord | InputError | Unchanged]:
        yield from records_from_facts_files(facts_paths)
        if article_paths:
            # The loading process is one of the `workers`: the others extract. (On 2
            # cores, 2 extracting processes beside it took 182 s for 20,000 articles,
            # one took 150 s, none 163 s.)
            yield from extracted_records(article_paths, workers - 1, unchanged, MAX_BATCH_SIZE)

    return ingest(store, items(), index=index, **options)
