"""Facts of many articles → one resolved `Graph` (shared/spec/graph-schema.md).

    graph = resolve(records)        # records: ArticleRecord, one per article

`resolve` is a pure function of the *set* of records: the order they come in, and how
they were batched, never changes the result. Incremental ingest (`graph.load`) relies on
that: it re-resolves the stored records plus the new ones and writes the difference.

Identity rules (ids are content hashes, so reruns change nothing):
- Country: its ISO code. Office: country + folded title. Article: the facts' `article_id`
  (hash of the text), else a hash of the article name.
- Person: country + the fullest name key of its cluster (`graph.names`): spellings,
  diacritics, initials and aliases of one person merge; different people never do.
  A one-word name ("Rudenko", "Putin") is first looked up among the persons of its own
  article (their aliases, then their last word) and only then as a one-word person.
- Meeting Event: kind family (in person / phone call / credentials) + participants + the
  month of the date ("2025-05" and "2025-05-13" are the same talks); a date-less meeting
  stays its article's own. Signing Event: parties + month, likewise.
- UPGRADED_TO: one per country pair and level (`other` levels per label).

When several articles report a fact, its `articles` lists them all, `evidence` holds each
article's sentence in the same order, and `date` is the most precise date reported.
"""

from __future__ import annotations

import calendar
import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import combinations
from typing import Any

import pycountry

from graph.names import cluster, fold, fullness, is_abbreviated, name_key, name_tokens
from graph.types import Graph, Node, NodeLabel, NodeRef, Rel, RelType
from ingest.types import Actor, ArticleFacts, Level, MeetingKind, MetWith, Signed, UpgradedTo

_DATE = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")
_FAMILY = {MeetingKind.phone_call: "call", MeetingKind.credentials: "credentials"}
_KIND_ORDER = list(MeetingKind)
_ROLES = {
    MeetingKind.reception: ("host", "guest"),
    MeetingKind.credentials: ("host", "guest"),
    MeetingKind.consultation: ("co-chair", "co-chair"),
}


def content_id(*parts: object) -> str:
    """16 hex digits of sha256 over the identifying fields."""
    text = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


# ── input records ────────────────────────────────────────────────────────────────────


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
        payload = json.dumps(facts.to_json(), sort_keys=True, ensure_ascii=False)
        return cls(
            id=extra.get("article_id") or content_id("article", facts.article),
            file=extra.get("file") or facts.article,
            hash=content_hash or content_id("facts", payload),
            facts=facts,
            title=extra.get("title"),
            source=extra.get("source"),
        )

    def to_payload(self) -> str:
        return json.dumps(
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

    @classmethod
    def from_payload(cls, payload: str) -> ArticleRecord:
        data = json.loads(payload)
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


def _dated(date: str | None) -> dict[str, str | None]:
    start, end = date_bounds(date)
    return {"date": date, "dateStart": start, "dateEnd": end}


# ── persons ──────────────────────────────────────────────────────────────────────────


@dataclass
class _Names:
    """Every person name of every article, clustered per country."""

    canonical: dict[tuple[str, str], str] = field(default_factory=dict)  # (country, key) → key
    local: dict[tuple[str, str, str], str] = field(default_factory=dict)  # (art, ctry, word) → key

    @classmethod
    def build(cls, records: list[ArticleRecord]) -> _Names:
        keys: dict[str, set[str]] = {}
        links: dict[str, set[tuple[str, str]]] = {}
        for rec in records:
            for name, country, aliases in _person_mentions(rec.facts):
                main = name_key(name)
                keys.setdefault(country, set()).add(main)
                for alias in map(name_key, aliases):
                    if len(alias.split()) > 1:
                        keys[country].add(alias)
                        links.setdefault(country, set()).add((main, alias))
        names = cls()
        for country, members in keys.items():
            for key, best in cluster(members, links.get(country, ())).items():
                names.canonical[(country, key)] = best
        for rec in records:
            names._index_one_word_names(rec)
        return names

    def _index_one_word_names(self, rec: ArticleRecord) -> None:
        # Within an article, "Rudenko" or "Vu" is the listed person it is an alias or
        # the last word of — when exactly one listed person of that country fits.
        fits: dict[tuple[str, str], set[str]] = {}
        for person in rec.facts.persons:
            country = person.country or ""
            full = self.canonical.get((country, name_key(person.name)))
            if full is None or len(full.split()) < 2:
                continue
            words = {name_key(a) for a in person.aliases} | {full.split()[-1]}
            words |= {name_tokens(person.name)[-1]}
            for word in (w for w in words if w and len(w.split()) == 1):
                fits.setdefault((country, word), set()).add(full)
        for (country, word), fulls in fits.items():
            if len(fulls) == 1:
                self.local[(rec.id, country, word)] = next(iter(fulls))

    def key_of(self, article: str, name: str, country: str) -> str:
        key = name_key(name)
        if len(key.split()) == 1 and (article, country, key) in self.local:
            return self.local[(article, country, key)]
        return self.canonical.get((country, key), key)


def _person_mentions(facts: ArticleFacts) -> Iterable[tuple[str, str, list[str]]]:
    for p in facts.persons:
        yield p.name, p.country or "", list(p.aliases)
    for m in facts.met_with:
        for actor in (m.a, m.b):
            if actor.name:
                yield actor.name, actor.country or "", []


@lru_cache(maxsize=1 << 16)
def person_id(country: str, key: str) -> str:
    return content_id("Person", country, key)


@lru_cache(maxsize=1 << 14)
def office_id(country: str, title: str) -> str:
    return content_id("Office", country, fold(title))


# ── the builder ──────────────────────────────────────────────────────────────────────


@dataclass
class _Say:
    """One article's statement of a fact: the unit facts are merged from."""

    article: str
    date: str | None
    fact: MetWith | UpgradedTo | Signed  # its evidence and, if given, its offsets
    detail: Any = None


class _Builder:
    def __init__(self, records: list[ArticleRecord], problems: list[str]) -> None:
        self.records = records
        self.problems = problems
        self.names = _Names.build(records)
        self.published = {r.id: valid_date(r.facts.published) for r in records}
        self.graph = Graph()
        self.person_forms: dict[NodeRef, Counter[str]] = {}
        self.node_articles: dict[NodeRef, set[str]] = {}
        self.office_titles: dict[NodeRef, Counter[str]] = {}
        self.holds: dict[tuple[NodeRef, NodeRef], set[str]] = {}
        self.meetings: dict[str, list[_Say]] = {}
        self.upgrades: dict[tuple[frozenset[str], str], list[_Say]] = {}
        self.signings: dict[str, list[_Say]] = {}

    # nodes ----------------------------------------------------------------------------

    def country(self, iso3: str) -> NodeRef:
        ref = (NodeLabel.Country, iso3)
        if ref not in self.graph.nodes:
            self.graph.add_node(Node(NodeLabel.Country, iso3, {"name": country_name(iso3)}))
        return ref

    def person(self, article: str, name: str, country: str | None, forms: Iterable[str] = ()):
        ctry = country or ""
        key = self.names.key_of(article, name, ctry)
        ref = (NodeLabel.Person, person_id(ctry, key))
        counter = self.person_forms.setdefault(ref, Counter())
        for form in {name.strip(), *(f.strip() for f in forms)} - {""}:
            counter[form] += 1
        self.node_articles.setdefault(ref, set()).add(article)
        if ref not in self.graph.nodes:
            self.graph.add_node(Node(NodeLabel.Person, ref[1], {"country": country}))
            if country:
                self._rel(RelType.OF_COUNTRY, ref, self.country(country))
        return ref

    def office(self, article: str, title: str, country: str | None) -> NodeRef:
        ref = (NodeLabel.Office, office_id(country or "", title))
        self.office_titles.setdefault(ref, Counter())[title.strip()] += 1
        self.node_articles.setdefault(ref, set()).add(article)
        if ref not in self.graph.nodes:
            self.graph.add_node(Node(NodeLabel.Office, ref[1], {"country": country}))
            if country:
                self._rel(RelType.OF_COUNTRY, ref, self.country(country))
        return ref

    def actor(self, article: str, actor: Actor) -> NodeRef:
        if actor.name:
            return self.person(article, actor.name, actor.country)
        return self.office(article, actor.office or "", actor.country)

    def _rel(
        self, type: RelType, start: NodeRef, end: NodeRef, key: str = "", /, **props: Any
    ) -> Rel:
        return self.graph.add_rel(Rel(type, start, end, key, props))

    # facts ----------------------------------------------------------------------------

    def add(self, rec: ArticleRecord) -> None:
        f = rec.facts
        self.graph.add_node(
            Node(
                NodeLabel.Article,
                rec.id,
                {
                    "file": rec.file,
                    "title": rec.title,
                    "published": self.published[rec.id],
                    "source": rec.source,
                },
            )
        )
        for p in f.persons:
            ref = self.person(rec.id, p.name, p.country, p.aliases)
            if p.title and p.title.strip():
                office = self.office(rec.id, p.title, p.country)
                self.holds.setdefault((ref, office), set()).add(rec.id)
        for m in f.met_with:
            self.add_meeting(rec.id, m)
        for u in f.upgraded_to:
            self.add_upgrade(rec.id, u)
        for s in f.signed:
            self.add_signing(rec.id, s)

    def date(self, article: str, value: str | None, what: str) -> str | None:
        date = valid_date(value)
        if value and date is None:
            self.problems.append(
                f"{article}: {what}: date {value!r} is not an ISO date; kept without a date"
            )
        return date

    def add_meeting(self, article: str, m: MetWith) -> None:
        a, b = self.actor(article, m.a), self.actor(article, m.b)
        if a == b:
            self.problems.append(f"{article}: meeting of {a[1]} with itself; left out")
            return
        date = self.date(article, m.date, "met_with")
        family = _FAMILY.get(m.kind, "in_person")
        event = content_id(
            "meeting",
            family,
            *sorted(f"{lab.value}:{key}" for lab, key in (a, b)),
            _bucket(date, article),
        )
        place = (m.model_extra or {}).get("place")
        self.meetings.setdefault(event, []).append(_Say(article, date, m, (a, b, m.kind, place)))

    def add_upgrade(self, article: str, u: UpgradedTo) -> None:
        countries = list(dict.fromkeys(c for c in u.countries if c))
        if len(countries) < 2:
            self.problems.append(
                f"{article}: upgrade needs two countries, got {u.countries}; left out"
            )
            return
        date = self.date(article, u.date, "upgraded_to")
        level_key = u.level.value if u.level is not Level.other else f"other:{fold(u.label)}"
        for pair in combinations(countries, 2):
            self.upgrades.setdefault((frozenset(pair), level_key), []).append(
                _Say(article, date, u, (pair, u.level, u.label))
            )

    def add_signing(self, article: str, s: Signed) -> None:
        parties = sorted({c for c in s.parties if c})
        if not parties:
            self.problems.append(f"{article}: signing without parties; left out")
            return
        date = self.date(article, s.date, "signed")
        event = content_id("signing", *parties, _bucket(date, article))
        self.signings.setdefault(event, []).append(_Say(article, date, s, (parties, s.what)))

    # merged facts ---------------------------------------------------------------------

    def finish(self) -> Graph:
        for event, says in self.meetings.items():
            self.emit_meeting(event, says)
        for (_, level_key), says in self.upgrades.items():
            self.emit_upgrade(level_key, says)
        for event, says in self.signings.items():
            self.emit_signing(event, says)
        self.emit_holds()
        self.finish_persons()
        self.finish_offices()
        self.title_meetings()
        return self.graph

    def emit_meeting(self, event: str, says: list[_Say]) -> None:
        says.sort(key=lambda s: s.article)
        a, b, _, _ = says[0].detail
        kind = _choose_kind([s.detail[2] for s in says])
        date = most_precise(s.date for s in says)
        sources = _sources(says)
        place = next((s.detail[3] for s in says if s.detail[3]), None)
        self._event(event, kind.value, date, place, None, sources["articles"])
        self._rel(
            RelType.MET_WITH, a, b, event, **_dated(date), kind=kind.value, event=event, **sources
        )
        roles = _ROLES.get(says[0].detail[2], ("participant", "participant"))
        self._rel(RelType.PARTICIPATED_IN, a, (NodeLabel.Event, event), role=roles[0])
        self._rel(RelType.PARTICIPATED_IN, b, (NodeLabel.Event, event), role=roles[1])

    def emit_upgrade(self, level_key: str, says: list[_Say]) -> None:
        says.sort(key=lambda s: s.article)
        (first, second), level, _ = says[0].detail
        label = _most_common([s.detail[2] for s in says if s.detail[2]]) or level.value
        date = _agreed_date([s.date for s in says])
        self._rel(
            RelType.UPGRADED_TO,
            self.country(first),
            self.country(second),
            level_key,
            level=level.value,
            rank=level.rank,
            label=label,
            **_dated(date),
            **_sources(says),
        )

    def emit_signing(self, event: str, says: list[_Say]) -> None:
        says.sort(key=lambda s: s.article)
        parties = says[0].detail[0]
        title = _most_common([s.detail[1] for s in says if s.detail[1]])
        date = most_precise(s.date for s in says)
        sources = _sources(says)
        self._event(event, "signing", date, None, title, sources["articles"])
        for iso3 in parties:
            country, ev = self.country(iso3), (NodeLabel.Event, event)
            self._rel(RelType.SIGNED, country, ev, **_dated(date), event=event, **sources)
            self._rel(RelType.PARTICIPATED_IN, country, ev, role="signatory")

    def _event(
        self,
        event: str,
        kind: str,
        date: str | None,
        place: str | None,
        title: str | None,
        articles: list[str],
    ) -> None:
        self.graph.add_node(
            Node(
                NodeLabel.Event,
                event,
                {
                    "kind": kind,
                    **_dated(date),
                    "place": place,
                    "title": title,
                    "articles": articles,
                },
            )
        )
        for article in articles:
            self._rel(RelType.REPORTED_IN, (NodeLabel.Event, event), (NodeLabel.Article, article))

    def emit_holds(self) -> None:
        for (person, office), articles in self.holds.items():
            dates = [d for d in (self.published[a] for a in articles) if d]
            self._rel(
                RelType.HOLDS,
                person,
                office,
                asOf=max(dates, default=None),
                articles=sorted(articles),
            )

    def finish_persons(self) -> None:
        for ref, forms in self.person_forms.items():
            name = _display_name(forms)
            node = self.graph.nodes[ref]
            node.props = {
                "name": name,
                "aliases": sorted(set(forms) - {name}),
                "country": node.props["country"],
                "articles": sorted(self.node_articles[ref]),
            }

    def title_meetings(self) -> None:
        for rel in self.graph.rels.values():
            if rel.type is RelType.MET_WITH:
                event = self.graph.nodes[(NodeLabel.Event, rel.key)]
                names = [self._display(rel.start), self._display(rel.end)]
                event.props["title"] = f"{names[0]} – {names[1]} ({event.props['kind']})"

    def _display(self, ref: NodeRef) -> str:
        props = self.graph.nodes[ref].props
        return props.get("name") or f"{props.get('title')} ({props.get('country') or '-'})"

    def finish_offices(self) -> None:
        for ref, titles in self.office_titles.items():
            node = self.graph.nodes[ref]
            node.props = {
                "title": _most_common(list(titles.elements())),
                "country": node.props["country"],
                "articles": sorted(self.node_articles[ref]),
            }


def resolve(records: Iterable[ArticleRecord], problems: list[str] | None = None) -> Graph:
    """One graph from the facts of many articles; `problems` collects what was left out."""
    unique: dict[str, ArticleRecord] = {}
    for rec in sorted(records, key=lambda r: (r.id, r.file, r.hash)):
        unique.setdefault(rec.id, rec)  # the same text twice is one article
    ordered = list(unique.values())
    builder = _Builder(ordered, problems if problems is not None else [])
    for rec in ordered:
        builder.add(rec)
    return builder.finish()


# ── small rules ──────────────────────────────────────────────────────────────────────


def _bucket(date: str | None, article: str) -> str:
    """What a meeting or signing date says about *which* event: the month (or year);
    with no date the event cannot be told from others, so it stays the article's own."""
    return date[:7] if date else f"undated:{article}"


def _sources(says: list[_Say]) -> dict[str, list[Any]]:
    """Sorted article ids and, in the same order, each article's first evidence sentence
    with its character offsets in the original text (-1 when the facts do not give them)."""
    first: dict[str, MetWith | UpgradedTo | Signed] = {}
    for say in says:
        first.setdefault(say.article, say.fact)
    articles = sorted(first)
    spans = [_span(first[a]) for a in articles]
    return {
        "articles": articles,
        "evidence": [first[a].evidence for a in articles],
        "evidenceStart": [start for start, _ in spans],
        "evidenceEnd": [end for _, end in spans],
    }


def _span(fact: MetWith | UpgradedTo | Signed) -> tuple[int, int]:
    extra = fact.model_extra or {}
    start, end = extra.get("evidence_start"), extra.get("evidence_end")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start <= end:
        return start, end
    return -1, -1


def _choose_kind(kinds: list[MeetingKind]) -> MeetingKind:
    counts = Counter(kinds)
    return min(counts, key=lambda k: (-counts[k], _KIND_ORDER.index(k)))


def _most_common(values: list[str]) -> str | None:
    counts = Counter(values)
    return min(counts, key=lambda v: (-counts[v], v)) if counts else None


def _agreed_date(dates: list[str | None]) -> str | None:
    """The year most articles give (earliest on a tie), at the best precision given."""
    years = Counter(d[:4] for d in dates if d)
    if not years:
        return None
    year = min(years, key=lambda y: (-years[y], y))
    return most_precise(d for d in dates if d and d.startswith(year))


def _display_name(forms: Counter[str]) -> str:
    """The fullest spelling; among equals the most mentioned, then the shortest text."""

    def rank(form: str) -> tuple[int, bool, int, int, str]:
        key = name_key(form)
        return (-len(key.split()), is_abbreviated(key), -forms[form], len(form), form)

    return min(forms, key=rank)


@cache
def country_name(iso3: str) -> str:
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return iso3
    return getattr(country, "common_name", None) or country.name


__all__ = ["ArticleRecord", "content_id", "date_bounds", "fullness", "resolve", "valid_date"]
