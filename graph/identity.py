"""Which person node a name belongs to: the name keys of every stored article, per
country, and the clusters they form (`graph.names.cluster`).

    index = NameIndex()
    touched = index.count(record, +1)          # or -1 when an article leaves the store
    before = index.recluster(touched)          # (country, key) → canonical key before
    index.canonical(country, key)              # the key of the person that name is
    index.view(before).canonical(country, key) # … as it was before the recluster

Each key and alias link is counted once per article naming it, so removing an article
is exact, and a country's clusters are recomputed from its keys alone: the result never
depends on the order articles arrive in. The index persists in the store's ledger as one
entry per country (`N|<country>`), small beside the articles (it grows with the number
of distinct names, not of articles).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import partial

from graph.names import cluster, family_name_first, lone_name_word, name_key
from ingest.extract.person_registry import impossible_name_word
from ingest.types import ArticleFacts

Canon = dict[tuple[str, str], str]  # (country, name key) → the fullest key of its cluster
LEDGER_PREFIX = "N|"


def person_mentions(facts: ArticleFacts) -> Iterator[tuple[str, str, list[str]]]:
    """(name, country or "", aliases) of every person the facts name."""
    for p in facts.persons:
        yield p.name, p.country or "", list(p.aliases)
    for m in facts.met_with:
        for actor in (m.a, m.b):
            if actor.name:
                yield actor.name, actor.country or "", []


def article_names(
    facts: ArticleFacts,
) -> tuple[dict[str, set[str]], dict[str, set[tuple[str, str]]]]:
    """The name keys and alias links one article contributes, per country."""
    keys: dict[str, set[str]] = {}
    links: dict[str, set[tuple[str, str]]] = {}
    for name, country, aliases in person_mentions(facts):
        main = name_key(name)
        keys.setdefault(country, set()).add(main)
        for alias in map(name_key, aliases):
            if len(alias.split()) > 1:
                keys[country].add(alias)
                links.setdefault(country, set()).add((main, alias))
    return keys, links


class NameIndex:
    def __init__(self) -> None:
        self.keys: dict[str, Counter[str]] = {}
        self.links: dict[str, Counter[tuple[str, str]]] = {}
        self.clusters: dict[str, dict[str, str]] = {}  # country → key → fullest key

    def canonical(self, country: str, key: str) -> str:
        return self.clusters.get(country, {}).get(key, key)

    def view(self, before: Canon) -> CanonView:
        """The canonical keys as they were before the recluster that returned `before`."""
        return CanonView(self, before)

    def count(self, facts: ArticleFacts, sign: int) -> set[str]:
        """Add (+1) or remove (-1) one article's names; the countries it touched."""
        keys, links = article_names(facts)
        for country, members in keys.items():
            _bump(self.keys.setdefault(country, Counter()), members, sign)
        for country, pairs in links.items():
            _bump(self.links.setdefault(country, Counter()), pairs, sign)
        return set(keys)

    def recluster(self, countries: Iterable[str]) -> Canon:
        """Recompute the clusters of `countries`; the previous canonical key of every
        (country, key) whose canonical key changed or that is gone (new keys: absent)."""
        before: Canon = {}
        for country in countries:
            old = self.clusters.get(country, {})
            drop_words = bool(country) and country not in family_name_first()
            keys, links = self.keys.get(country, Counter()), self.links.get(country, ())
            impossible = partial(impossible_name_word, country)  # None where names are not known
            lone = lone_name_word().get(country)
            fresh = cluster(keys, links, drop_words, impossible, lone)
            for key, best in old.items():
                if fresh.get(key) != best:
                    before[(country, key)] = best
            self.clusters[country] = fresh
        return before

    # ── the ledger form ──────────────────────────────────────────────────────────────

    def ledger_entries(self, countries: Iterable[str]) -> dict[str, str | None]:
        """`N|<country>` → JSON of its counted keys and links (None: nothing left)."""
        out: dict[str, str | None] = {}
        for country in countries:
            keys = self.keys.get(country) or Counter()
            links = self.links.get(country) or Counter()
            if not keys:
                out[LEDGER_PREFIX + country] = None
                continue
            body = {"keys": dict(sorted(keys.items())), "links": sorted(_flat(links))}
            out[LEDGER_PREFIX + country] = json.dumps(body, ensure_ascii=False)
        return out

    @classmethod
    def from_ledger(cls, entries: dict[str, str]) -> NameIndex:
        index = cls()
        for entry, text in entries.items():
            country = entry.removeprefix(LEDGER_PREFIX)
            body = json.loads(text)
            index.keys[country] = Counter(body["keys"])
            index.links[country] = Counter({(a, b): n for a, b, n in body["links"]})
        index.recluster(list(index.keys))
        return index


class CanonView:
    def __init__(self, index: NameIndex, before: Canon) -> None:
        self.index = index
        self.before = before

    def canonical(self, country: str, key: str) -> str:
        old = self.before.get((country, key))
        return old if old is not None else self.index.canonical(country, key)


def _bump(counter: Counter, members: Iterable, sign: int) -> None:
    for member in members:
        counter[member] += sign
        if counter[member] <= 0:
            del counter[member]


def _flat(links: Counter[tuple[str, str]]) -> Iterator[tuple[str, str, int]]:
    for (a, b), n in links.items():
        yield a, b, n
