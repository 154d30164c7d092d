"""One batch of articles into a store, touching only what the batch changes.

    updater = Updater(store)
    updater.apply_batch(adds=[record, …], removes=[stored article id, …], problems=[])

The store holds, beside the graph, a ledger (`graph.ledger`): for every entity the item
each article contributed, and the counted person-name keys per country
(`graph.identity`). A batch

1. counts its names in and the removed articles' names out, and reclusters the countries
   it touched; stored articles whose names now belong to another person are re-read
   (found through the ledger of the person they used to belong to);
2. takes the removed and re-read articles' contributions out (as the names were) and
   puts the new and re-read ones in (as they are now);
3. finalizes every touched entity before and after — plus the meetings whose title
   names a person or office whose display name changed — and writes the difference,
   the ledger and the articles' bookkeeping in ONE transaction.

Memory and work follow the batch and the entities it touches, never the whole store.
What is stored is always `graph.resolve.resolve(every stored article)`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from graph import packing
from graph.errors import StoreError
from graph.identity import LEDGER_PREFIX as NAMES_PREFIX
from graph.identity import NameIndex
from graph.ledger import (
    Fragment,
    State,
    article_node,
    articles_of,
    contribute,
    copied,
    display_name,
    finalize,
    put,
    take,
)
from graph.names import NAME_RULES
from graph.offices import OFFICE_RULES
from graph.records import ArticleRecord, person_id
from graph.store.base import Changes, GraphStore, StoredArticle, diff
from graph.types import Graph, NodeLabel, NodeRef

MARKER = "V|ledger"  # written with the first batch: the store keeps a ledger
# The marker's state: "1" until person names could also merge by nicknames and middle
# initials (`graph.names.NAME_RULES`), then also office spellings (`graph.offices`); a
# store is only added to under the rules it was resolved by.
LEDGER_VERSION = f"1+names{NAME_RULES}+offices{OFFICE_RULES}"
_CHUNK = 1000  # keys per read query

_READ_LEDGER = "UNWIND $keys AS k MATCH (s:Ledger {key: k}) RETURN s.key, s.state"
_READ_NAMES = "MATCH (s:Ledger) WHERE s.key STARTS WITH $prefix RETURN s.key, s.state"
_READ_PAYLOADS = "UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id, a.payload"
_READ_MEETINGS = {
    label: f"UNWIND $ids AS id MATCH (:{label} {{id: id}})-[:PARTICIPATED_IN]->(e:Event) "
    "RETURN DISTINCT e.id, e.kind"
    for label in ("Person", "Office")
}
# Every query the loader sends (the same text to both stores), for the Cypher lint.
READ_STATEMENTS = [_READ_LEDGER, _READ_NAMES, _READ_PAYLOADS, *_READ_MEETINGS.values()]


class Updater:
    def __init__(self, store: GraphStore, has_articles: bool) -> None:
        self.store = store
        names = _read(store, _READ_NAMES, "prefix", [NAMES_PREFIX])
        marked = _read(store, _READ_LEDGER, "keys", [MARKER])
        if has_articles and not marked:
            raise StoreError(
                "this store was written by an older diplograph, without the ledger "
                "incremental ingest needs",
                "ingest into a new store (--db NEW.db), or delete the old one first",
            )
        if marked and marked[MARKER] != LEDGER_VERSION:
            # Its persons and offices were merged by other rules: adding articles under
            # these would leave the stored graph unlike the one all its articles resolve to.
            raise StoreError(
                "this store's persons and offices were resolved by another diplograph "
                "version's name rules and office rules "
                f"(store {marked[MARKER]!r}, this version {LEDGER_VERSION!r})",
                "ingest its articles into a new store (--db NEW.db)",
            )
        self.marked = bool(marked)
        self.names = NameIndex.from_ledger(names)
        self.name_entries = set(names)
        # The large states the previous batch wrote, and their fragments, as stored: the
        # entities every batch touches (a hub's office, a partnership every article
        # recalls) hold every article's statement, and reading, parsing and finalizing
        # their stored state again each batch cost as much as the new one. Only this
        # process writes the open store, so what it last wrote is what a read returns.
        self.written: dict[str, tuple[State, Fragment]] = {}

    def apply_batch(
        self, adds: list[ArticleRecord], removes: list[str], problems: list[str]
    ) -> None:
        removed = _records(self.store, removes)
        touched: set[str] = set()
        for rec in removed:
            touched |= self.names.count(rec.facts, -1)
        for rec in adds:
            touched |= self.names.count(rec.facts, +1)
        before = self.names.recluster(touched)
        moving = self._moving_articles(before, {r.id for r in adds} | set(removes))
        old_view = self.names.view(before)
        minus = {r.id: contribute(r, old_view) for r in [*removed, *moving]}
        plus = {r.id: contribute(r, self.names, problems) for r in adds}
        plus.update({r.id: contribute(r, self.names) for r in moving})
        changes, written = self._changes(minus, plus)
        self._articles(changes, adds, removes)
        self._name_ledger(changes, touched)
        self.written = {}  # a failed apply leaves the store as it was: read it again
        self.store.apply(changes)
        self.written = written

    def _moving_articles(self, before: dict, skip: set[str]) -> list[ArticleRecord]:
        """Stored articles naming someone whose person key changed: they contributed to
        the person the name used to belong to."""
        keys = sorted({f"P|{person_id(country, old)}" for (country, _), old in before.items()})
        articles = {a for key, state in self._states(keys).items() for a in articles_of(key, state)}
        return _records(self.store, sorted(articles - skip))

    # ── the graph difference ─────────────────────────────────────────────────────────

    def _changes(
        self, minus: dict[str, dict], plus: dict[str, dict]
    ) -> tuple[Changes, dict[str, tuple[State, Fragment]]]:
        """The batch's changes, and the states and fragments it writes."""
        keys = sorted({k for items in [*minus.values(), *plus.values()] for k in items})
        old = self._states(keys)
        new = {key: copied(key, state) for key, state in old.items()}
        for article, items in minus.items():
            for key, item in items.items():
                take(key, new[key], article, item)
        for article, items in plus.items():
            for key, item in items.items():
                put(key, new[key], article, item)
        retitled = self._retitled(old, new)
        context = self._participants(old, new, retitled)
        old.update(context)
        for key, state in context.items():
            new.setdefault(key, state)
        stored = {key: fragment for key, (_, fragment) in self.written.items()}
        changes, after = _diff(old, new, sorted(set(keys) | retitled), stored)
        for key in keys:
            changes.ledger[key] = _dump(new[key]) if new[key] else None
            if new[key] and not old.get(key):
                changes.ledger_new.add(key)
            if not new[key] and not old.get(key):
                del changes.ledger[key]
        written = {
            key: (new[key], fragment)
            for key, fragment in after.items()
            if (changes.ledger.get(key) or "").startswith(packing.MARKER)  # the large ones
        }
        return changes, written

    def _retitled(self, old: dict[str, State], new: dict[str, State]) -> set[str]:
        """Stored meetings naming a person or office whose display name changed."""
        changed = [
            key
            for key in old
            if key[0] in "PO" and old[key] and new.get(key)
            if display_name(key, old[key]) != display_name(key, new[key])
        ]
        events: set[str] = set()
        for label, query in _READ_MEETINGS.items():
            ids = [key[2:] for key in changed if key[0] == label[0]]
            events |= {f"M|{e}" for e, kind in _read(self.store, query, "ids", ids).items()}
        return events

    def _participants(
        self, old: dict[str, State], new: dict[str, State], retitled: set[str]
    ) -> dict[str, State]:
        """States of the meetings to retitle and of every meeting's participants that
        the batch does not touch (read for their display names only)."""
        context = self._states(sorted(retitled - set(old)))
        wanted: set[str] = set()
        for key, state in [*old.items(), *new.items(), *context.items()]:
            if key.startswith("M|"):
                wanted |= {end for says in state.values() for say in says for end in _ends(say)}
        missing = sorted(wanted - set(old) - set(new) - set(context))
        return {**context, **self._states(missing)}

    def _states(self, keys: list[str]) -> dict[str, State]:
        """Stored states (never changed in place: `copied` makes the ones to change)."""
        written = self.written
        found = _read(self.store, _READ_LEDGER, "keys", [k for k in keys if k not in written])
        return {
            key: written[key][0] if key in written else _load(found[key]) if key in found else {}
            for key in keys
        }

    # ── bookkeeping ──────────────────────────────────────────────────────────────────

    def _articles(self, changes: Changes, adds: list[ArticleRecord], removes: list[str]) -> None:
        kept = {r.id for r in adds}
        for id in removes:
            if id not in kept:
                changes.delete_nodes.append((NodeLabel.Article, id))
        for rec in adds:
            node = article_node(rec)
            changes.upsert.add_node(node)
            if rec.id not in removes:
                changes.absent.add(node.ref)
            changes.articles.append(StoredArticle(rec.id, rec.file, rec.hash, rec.payload))
        if not self.marked:
            changes.ledger[MARKER] = LEDGER_VERSION
            changes.ledger_new.add(MARKER)
            self.marked = True

    def _name_ledger(self, changes: Changes, countries: Iterable[str]) -> None:
        for key, text in self.names.ledger_entries(countries).items():
            if text is None and key not in self.name_entries:
                continue
            changes.ledger[key] = text
            if text is not None and key not in self.name_entries:
                changes.ledger_new.add(key)
                self.name_entries.add(key)
            elif text is None:
                self.name_entries.discard(key)


def _diff(
    old: dict[str, State], new: dict[str, State], keys: list[str], stored: dict[str, Fragment]
) -> tuple[Changes, dict[str, Fragment]]:
    """Nodes and relationships of `keys` as stored (`stored`, or finalized from `old`) and
    as they become; with the fragments they become."""

    def display(states: dict[str, State]) -> Any:
        known: dict[NodeRef, str] = {}  # a hub person is named by thousands of meetings

        def name(ref: NodeRef) -> str:
            if ref not in known:
                known[ref] = display_name(_ref_key_of(ref), states[_ref_key_of(ref)])
            return known[ref]

        return name

    before, after = Graph(), Graph()
    shown_before, shown_after = display(old), display(new)
    fragments: dict[str, Fragment] = {}
    for key in keys:
        was = stored.get(key)
        if was is None:
            was = finalize(key, old.get(key, {}), shown_before)
        was.into(before)
        fragments[key] = finalize(key, new.get(key, {}), shown_after)
        fragments[key].into(after)
    return diff(before, after), fragments


def _ends(say: list[Any]) -> list[str]:
    """Ledger keys of a meeting statement's two participants (label, id, label, id, …)."""
    return [f"{say[0][0]}|{say[1]}", f"{say[2][0]}|{say[3]}"]


def _ref_key_of(ref: NodeRef) -> str:
    return f"{ref[0].value[0]}|{ref[1]}"


# A state of an entity many articles report (a partnership every article recalls, a
# hub's office) holds every article's statement: stored compressed (~4x smaller, fast
# level: the loading process packs them), it costs the batch's write-ahead log and
# ladybug's checkpoint, which rewrites the whole state column whenever a state changes,
# far less.
PACK_BYTES = packing.LEAST_BYTES


def _dump(state: State) -> str:
    text = json.dumps(state, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return packing.pack(text, level=1, least=PACK_BYTES)


def _load(text: str) -> State:
    return json.loads(packing.unpack(text))


def _records(store: GraphStore, ids: list[str]) -> list[ArticleRecord]:
    payloads = _read(store, _READ_PAYLOADS, "ids", ids)
    out = []
    for id in ids:
        try:
            out.append(ArticleRecord.from_payload(payloads[id]))
        except (ValueError, TypeError, KeyError) as exc:
            raise StoreError(
                f"the stored record of article {id} cannot be read: {exc}",
                "the store was written by another diplograph version; ingest into a new store",
            ) from None
    return out


def _read(store: GraphStore, query: str, name: str, values: list[str]) -> dict[str, Any]:
    """First column → second of a read over `values`, `_CHUNK` values per query (a
    `prefix` read takes one value per query)."""
    out: dict[str, Any] = {}
    step = 1 if name == "prefix" else _CHUNK
    for i in range(0, len(values), step):
        value: Any = values[i] if name == "prefix" else values[i : i + step]
        out.update((row[0], row[1]) for row in store.run(query, {name: value})[1])
    return out
