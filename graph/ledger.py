"""The graph as a sum of per-article contributions, so it can be updated one batch at a
time without holding the whole corpus.

Every node and relationship belongs to exactly one *entity*, keyed by a ledger key:

    C|<iso3>                 Country node (its state: how many articles name it)
    P|<person id>            Person node and its OF_COUNTRY
    O|<office id>            Office node and its OF_COUNTRY
    H|<person id>|<office>   HOLDS
    M|<event id>             meeting Event, MET_WITH, PARTICIPATED_IN, REPORTED_IN
    U|<level>|<iso3>|<iso3>  UPGRADED_TO between a country pair (sorted)
    S|<event id>             signing Event, SIGNED, PARTICIPATED_IN, REPORTED_IN

`contribute(record, names)` gives what one article says about each entity (an *item*,
plain JSON); `put` and `take` add an article's item to an entity's *state* or take it
out again, and `finalize(key, state, display)` turns a state into the entity's nodes and
relationships. A state is article id → item, except for persons and offices, named by
thousands of articles, whose state sums the items (counted spellings and titles, the set
of articles) so their display name costs the same however often they are named. Taking
out exactly what was put in makes the graph of a set of articles the same however it
was assembled — `graph.resolve.resolve` and the incremental loader share this code.

The one dependency between entities: a meeting's title names its two participants, so
`finalize` takes a `display` function giving a Person's or Office's display name.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from graph.identity import CanonView, NameIndex
from graph.names import fold, is_abbreviated, name_key, name_tokens
from graph.offices import display_title
from graph.records import (
    ArticleRecord,
    content_id,
    country_name,
    date_bounds,
    most_precise,
    office_id,
    person_id,
    valid_date,
)
from graph.types import Graph, Node, NodeLabel, NodeRef, Rel, RelType
from ingest.types import Actor, Level, MeetingKind, MetWith, Signed, UpgradedTo

Item = Any  # JSON: what one article says about one entity
State = dict[str, Item]  # article id → item
Display = Callable[[NodeRef], str]

_FAMILY = {MeetingKind.phone_call: "call", MeetingKind.credentials: "credentials"}
_KIND_ORDER = list(MeetingKind)
_ROLES = {
    MeetingKind.reception: ("host", "guest"),
    MeetingKind.credentials: ("host", "guest"),
    MeetingKind.consultation: ("co-chair", "co-chair"),
}


@dataclass
class Fragment:
    """The nodes and relationships of one entity."""

    nodes: list[Node] = field(default_factory=list)
    rels: list[Rel] = field(default_factory=list)

    def into(self, graph: Graph) -> None:
        for node in self.nodes:
            graph.add_node(node)
        for rel in self.rels:
            graph.add_rel(rel)


# ── contributions ────────────────────────────────────────────────────────────────────


class Canonical:
    """Name → person key within one article: a one-word name ("Rudenko") is the listed
    person of that country it is an alias or the last word of, when exactly one fits;
    every other name is its cluster's fullest key."""

    def __init__(self, rec: ArticleRecord, names: NameIndex | CanonView) -> None:
        self.names = names
        self.local: dict[tuple[str, str], str] = {}
        fits: dict[tuple[str, str], set[str]] = {}
        for person in rec.facts.persons:
            country = person.country or ""
            full = names.canonical(country, name_key(person.name))
            if len(full.split()) < 2:
                continue
            words = {name_key(a) for a in person.aliases} | {full.split()[-1]}
            words |= {name_tokens(person.name)[-1]}
            for word in (w for w in words if w and len(w.split()) == 1):
                fits.setdefault((country, word), set()).add(full)
        for where, fulls in fits.items():
            if len(fulls) == 1:
                self.local[where] = next(iter(fulls))

    def key_of(self, name: str, country: str) -> str:
        key = name_key(name)
        if len(key.split()) == 1 and (country, key) in self.local:
            return self.local[(country, key)]
        return self.names.canonical(country, key)


class _Contribution:
    """Builds one article's items, entity by entity."""

    def __init__(self, rec: ArticleRecord, names: NameIndex | CanonView, problems: list[str]):
        self.rec = rec
        self.canonical = Canonical(rec, names)
        self.problems = problems
        self.published = valid_date(rec.facts.published)
        self.items: dict[str, Item] = {}

    def country(self, iso3: str) -> NodeRef:
        self.items[f"C|{iso3}"] = 1
        return (NodeLabel.Country, iso3)

    def person(self, name: str, country: str | None, forms: Iterable[str] = ()) -> NodeRef:
        ctry = country or ""
        ref = (NodeLabel.Person, person_id(ctry, self.canonical.key_of(name, ctry)))
        item = self.items.setdefault(f"P|{ref[1]}", {"country": country, "forms": {}})
        for form in {name.strip(), *(f.strip() for f in forms)} - {""}:
            item["forms"][form] = item["forms"].get(form, 0) + 1
        if country:
            self.country(country)
        return ref

    def office(self, title: str, country: str | None) -> NodeRef:
        ref = (NodeLabel.Office, office_id(country or "", title))
        item = self.items.setdefault(f"O|{ref[1]}", {"country": country, "titles": {}})
        item["titles"][title.strip()] = item["titles"].get(title.strip(), 0) + 1
        if country:
            self.country(country)
        return ref

    def actor(self, actor: Actor) -> NodeRef:
        if actor.name:
            return self.person(actor.name, actor.country)
        return self.office(actor.office or "", actor.country)

    def date(self, value: str | None, what: str) -> str | None:
        date = valid_date(value)
        if value and date is None:
            self.problems.append(
                f"{self.rec.id}: {what}: date {value!r} is not an ISO date; kept without a date"
            )
        return date

    def add_all(self) -> dict[str, Item]:
        f = self.rec.facts
        for p in f.persons:
            ref = self.person(p.name, p.country, p.aliases)
            if p.title and p.title.strip():
                office = self.office(p.title, p.country)
                self.items[f"H|{ref[1]}|{office[1]}"] = self.published
        for m in f.met_with:
            self.meeting(m)
        for u in f.upgraded_to:
            self.upgrade(u)
        for s in f.signed:
            self.signing(s)
        return self.items

    def meeting(self, m: MetWith) -> None:
        a, b = self.actor(m.a), self.actor(m.b)
        if a == b:
            self.problems.append(f"{self.rec.id}: meeting of {a[1]} with itself; left out")
            return
        date = self.date(m.date, "met_with")
        family = _FAMILY.get(m.kind, "in_person")
        participants = sorted(f"{lab.value}:{key}" for lab, key in (a, b))
        event = content_id("meeting", family, *participants, self.bucket(date))
        place = (m.model_extra or {}).get("place")
        say = [a[0].value, a[1], b[0].value, b[1], m.kind.value, date, place, *_evidence(m)]
        self.items.setdefault(f"M|{event}", []).append(say)

    def upgrade(self, u: UpgradedTo) -> None:
        countries = list(dict.fromkeys(c for c in u.countries if c))
        if len(countries) < 2:
            self.problems.append(
                f"{self.rec.id}: upgrade needs two countries, got {u.countries}; left out"
            )
            return
        date = self.date(u.date, "upgraded_to")
        level_key = u.level.value if u.level is not Level.other else f"other:{fold(u.label)}"
        for first, second in combinations(countries, 2):
            self.country(first), self.country(second)
            key = f"U|{level_key}|{'|'.join(sorted((first, second)))}"
            say = [first, second, u.level.value, u.label, date, *_evidence(u)]
            self.items.setdefault(key, []).append(say)

    def signing(self, s: Signed) -> None:
        parties = sorted({c for c in s.parties if c})
        if not parties:
            self.problems.append(f"{self.rec.id}: signing without parties; left out")
            return
        date = self.date(s.date, "signed")
        for iso3 in parties:
            self.country(iso3)
        event = content_id("signing", *parties, self.bucket(date))
        self.items.setdefault(f"S|{event}", []).append([parties, s.what, date, *_evidence(s)])

    def bucket(self, date: str | None) -> str:
        """What a meeting or signing date says about *which* event: the month (or year);
        with no date the event cannot be told from others, so it stays the article's own."""
        return date[:7] if date else f"undated:{self.rec.id}"


def contribute(
    rec: ArticleRecord, names: NameIndex | CanonView, problems: list[str] | None = None
) -> dict[str, Item]:
    """Ledger key → what `rec` says about that entity, with person names resolved by
    `names`; facts that cannot be placed are described in `problems`."""
    return _Contribution(rec, names, problems if problems is not None else []).add_all()


def article_node(rec: ArticleRecord) -> Node:
    props = {
        "file": rec.file,
        "title": rec.title,
        "published": valid_date(rec.facts.published),
        "source": rec.source,
    }
    return Node(NodeLabel.Article, rec.id, props)


def _evidence(fact: MetWith | UpgradedTo | Signed) -> list[Any]:
    """The fact's sentence and its offsets in the original text (-1 when not given)."""
    extra = fact.model_extra or {}
    start, end = extra.get("evidence_start"), extra.get("evidence_end")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start <= end:
        return [fact.evidence, start, end]
    return [fact.evidence, -1, -1]


# ── states ───────────────────────────────────────────────────────────────────────────

_SUMMED = {"P": "forms", "O": "titles"}  # entity kinds whose state sums the items


def put(key: str, state: State, article: str, item: Item) -> None:
    """Add what `article` says about entity `key` to its state."""
    if key[0] == "C":  # a country is there while any article names it: a count will do
        state["n"] = state.get("n", 0) + 1
        return
    counted = _SUMMED.get(key[0])
    if counted is None:
        state[article] = item
        return
    state.setdefault("country", item["country"])
    state.setdefault("articles", {})[article] = 1
    totals = state.setdefault(counted, {})
    for value, n in item[counted].items():
        totals[value] = totals.get(value, 0) + n


def take(key: str, state: State, article: str, item: Item) -> None:
    """Take out what `put(key, state, article, item)` added; an emptied state is {}."""
    if key[0] == "C":
        state["n"] = state.get("n", 0) - 1
        if state["n"] <= 0:
            state.clear()
        return
    counted = _SUMMED.get(key[0])
    if counted is None:
        state.pop(article, None)
        return
    if state.get("articles", {}).pop(article, None) is None:
        return
    totals = state[counted]
    for value, n in item[counted].items():
        totals[value] -= n
        if totals[value] <= 0:
            del totals[value]
    if not state["articles"]:
        state.clear()


def copied(key: str, state: State) -> State:
    """A copy `put` and `take` can change without changing `state`."""
    counted = _SUMMED.get(key[0])
    if counted is None or not state:
        return dict(state)
    return {**state, "articles": dict(state["articles"]), counted: dict(state[counted])}


def articles_of(key: str, state: State) -> list[str]:
    """The ids of the articles contributing to entity `key`."""
    return sorted(state.get("articles", {}) if key[0] in _SUMMED else state)


# ── states → nodes and relationships ─────────────────────────────────────────────────


def finalize(key: str, state: State, display: Display) -> Fragment:
    """The nodes and relationships of entity `key` given every article's item."""
    if not state:
        return Fragment()
    kind, _, rest = key.partition("|")
    return _FINALIZERS[kind](rest, state, display)


def display_name(key: str, state: State) -> str:
    """How a meeting title names a Person (`P|…`) or Office (`O|…`) entity."""
    if key.startswith("P|"):
        return _display_name(Counter(state["forms"]))
    return f"{display_title(state['titles'])} ({state['country'] or '-'})"


def _country(iso3: str, state: State, display: Display) -> Fragment:
    return Fragment([Node(NodeLabel.Country, iso3, {"name": country_name(iso3)})])


def _person(id: str, state: State, display: Display) -> Fragment:
    forms = state["forms"]
    name = display((NodeLabel.Person, id))
    country = state["country"]
    props = {
        "name": name,
        "aliases": sorted(set(forms) - {name}),
        "country": country,
        "articles": sorted(state["articles"]),
    }
    return _with_country(Node(NodeLabel.Person, id, props), country)


def _office(id: str, state: State, display: Display) -> Fragment:
    country = state["country"]
    props = {
        "title": display_title(state["titles"]),
        "country": country,
        "articles": sorted(state["articles"]),
    }
    return _with_country(Node(NodeLabel.Office, id, props), country)


def _with_country(node: Node, country: str | None) -> Fragment:
    fragment = Fragment([node])
    if country:
        fragment.rels.append(Rel(RelType.OF_COUNTRY, node.ref, (NodeLabel.Country, country)))
    return fragment


def _holds(ids: str, state: State, display: Display) -> Fragment:
    person, office = ids.split("|")
    dates = [d for d in state.values() if d]
    props = {"asOf": max(dates, default=None), "articles": sorted(state)}
    rel = Rel(RelType.HOLDS, (NodeLabel.Person, person), (NodeLabel.Office, office), "", props)
    return Fragment(rels=[rel])


def _meeting(event: str, state: State, display: Display) -> Fragment:
    says = _says(state)  # (article, [a label, a id, b label, b id, kind, date, place, …])
    _, first = says[0]
    a = (NodeLabel(first[0]), first[1])
    b = (NodeLabel(first[2]), first[3])
    kind = _choose_kind([MeetingKind(s[4]) for _, s in says])
    date = most_precise(s[5] for _, s in says)
    place = next((s[6] for _, s in says if s[6]), None)
    sources = _sources(says, 7)
    title = f"{display(a)} – {display(b)} ({kind.value})"
    fragment = _event(event, kind.value, date, place, title, sources["articles"])
    ev = (NodeLabel.Event, event)
    fragment.rels.append(
        Rel(
            RelType.MET_WITH,
            a,
            b,
            event,
            {**_dated(date), "kind": kind.value, "event": event, **sources},
        )
    )
    roles = _ROLES.get(MeetingKind(first[4]), ("participant", "participant"))
    fragment.rels.append(Rel(RelType.PARTICIPATED_IN, a, ev, "", {"role": roles[0]}))
    fragment.rels.append(Rel(RelType.PARTICIPATED_IN, b, ev, "", {"role": roles[1]}))
    return fragment


def _upgrade(rest: str, state: State, display: Display) -> Fragment:
    level_key = rest.split("|")[0]
    says = _says(state)  # (article, [first, second, level, label, date, evidence, …])
    first, second, level_value = says[0][1][:3]
    level = Level(level_value)
    label = _most_common([s[3] for _, s in says if s[3]]) or level.value
    date = _agreed_date([s[4] for _, s in says])
    props = {
        "level": level.value,
        "rank": level.rank,
        "label": label,
        **_dated(date),
        **_sources(says, 5),
    }
    start, end = (NodeLabel.Country, first), (NodeLabel.Country, second)
    return Fragment(rels=[Rel(RelType.UPGRADED_TO, start, end, level_key, props)])


def _signing(event: str, state: State, display: Display) -> Fragment:
    says = _says(state)  # (article, [parties, what, date, evidence, start, end])
    parties = says[0][1][0]
    title = _most_common([s[1] for _, s in says if s[1]])
    date = most_precise(s[2] for _, s in says)
    sources = _sources(says, 3)
    fragment = _event(event, "signing", date, None, title, sources["articles"])
    ev = (NodeLabel.Event, event)
    for iso3 in parties:
        country = (NodeLabel.Country, iso3)
        props = {**_dated(date), "event": event, **sources}
        fragment.rels.append(Rel(RelType.SIGNED, country, ev, "", props))
        fragment.rels.append(Rel(RelType.PARTICIPATED_IN, country, ev, "", {"role": "signatory"}))
    return fragment


def _event(
    event: str, kind: str, date: str | None, place: str | None, title: str | None, articles: list
) -> Fragment:
    props = {"kind": kind, **_dated(date), "place": place, "title": title, "articles": articles}
    ref = (NodeLabel.Event, event)
    reported = [Rel(RelType.REPORTED_IN, ref, (NodeLabel.Article, a)) for a in articles]
    return Fragment([Node(NodeLabel.Event, event, props)], reported)


_FINALIZERS: dict[str, Callable[[str, State, Display], Fragment]] = {
    "C": _country,
    "P": _person,
    "O": _office,
    "H": _holds,
    "M": _meeting,
    "U": _upgrade,
    "S": _signing,
}


# ── small rules ──────────────────────────────────────────────────────────────────────


def _says(state: State) -> list[tuple[str, list[Any]]]:
    """Every statement, in article order (and in the order each article made them)."""
    return [(article, say) for article in sorted(state) for say in state[article]]


def _dated(date: str | None) -> dict[str, str | None]:
    start, end = date_bounds(date)
    return {"date": date, "dateStart": start, "dateEnd": end}


def _sources(says: list[tuple[str, list[Any]]], at: int) -> dict[str, list[Any]]:
    """Sorted article ids and, in the same order, each article's first evidence sentence
    with its character offsets in the original text (-1 when the facts do not give them);
    `at` is where the evidence sits in a statement."""
    first: dict[str, list[Any]] = {}
    for article, say in says:
        first.setdefault(article, say[at : at + 3])
    articles = sorted(first)
    return {
        "articles": articles,
        "evidence": [first[a][0] for a in articles],
        "evidenceStart": [first[a][1] for a in articles],
        "evidenceEnd": [first[a][2] for a in articles],
    }


def _choose_kind(kinds: list[MeetingKind]) -> MeetingKind:
    counts = Counter(kinds)
    return min(counts, key=lambda k: (-counts[k], _KIND_ORDER.index(k)))


def _most_common(values: list[str]) -> str | None:
    return _most_common_counted(Counter(values))


def _most_common_counted(counts: dict[str, int]) -> str | None:
    return min(counts, key=lambda v: (-counts[v], v)) if counts else None


def _agreed_date(dates: list[str | None]) -> str | None:
    """The year most articles give (earliest on a tie), at the best precision given."""
    years = Counter(d[:4] for d in dates if d)
    if not years:
        return None
    year = min(years, key=lambda y: (-years[y], y))
    return most_precise(d for d in dates if d and d.startswith(year))


def _display_name(forms: dict[str, int]) -> str:
    """The fullest spelling; among equals the most mentioned, then the shortest text."""

    def rank(form: str) -> tuple[int, bool, int, int, str]:
        key = name_key(form)
        return (-len(key.split()), is_abbreviated(key), -forms[form], len(form), form)

    return min(forms, key=rank)
