"""Property: any facts → resolved graph → embedded store → read back is the same graph,
and every fact reaches the store with its evidence."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.load import ingest
from graph.resolve import ArticleRecord, resolve
from graph.store.embedded import EmbeddedStore, connect
from graph.types import RelType
from ingest.types import ArticleFacts, Level, MeetingKind

COUNTRIES = st.sampled_from(["VNM", "RUS", "USA", "KAZ", None])
NAMES = st.text(min_size=1, max_size=20).filter(lambda s: any(c.isalnum() for c in s))
DATES = st.one_of(
    st.none(),
    st.dates().map(lambda d: d.isoformat()[: st_len(d)]),
)


def st_len(d) -> int:
    return (4, 7, 10)[d.toordinal() % 3]


EVIDENCE = st.text(max_size=60)
ACTOR = st.one_of(
    st.builds(lambda n, c: {"name": n, "country": c}, NAMES, COUNTRIES),
    st.builds(lambda o, c: {"office": o, "country": c}, NAMES, COUNTRIES),
)
MEETING = st.fixed_dictionaries(
    {
        "a": ACTOR,
        "b": ACTOR,
        "date": DATES,
        "kind": st.sampled_from(list(MeetingKind)),
        "evidence": EVIDENCE,
    }
)
UPGRADE = st.fixed_dictionaries(
    {
        "countries": st.lists(st.sampled_from(["VNM", "RUS", "USA"]), min_size=2, max_size=2),
        "level": st.sampled_from(list(Level)),
        "label": st.text(max_size=15),
        "date": DATES,
        "evidence": EVIDENCE,
    }
)
SIGNING = st.fixed_dictionaries(
    {
        "parties": st.lists(st.sampled_from(["VNM", "RUS", "KAZ"]), min_size=1, max_size=3),
        "what": st.text(max_size=20),
        "date": DATES,
        "evidence": EVIDENCE,
    }
)
ARTICLE = st.fixed_dictionaries(
    {
        "persons": st.lists(
            st.builds(
                lambda n, c, t: {"name": n, "country": c, "title": t},
                NAMES,
                COUNTRIES,
                st.one_of(st.none(), NAMES),
            ),
            max_size=3,
        ),
        "met_with": st.lists(MEETING, max_size=3),
        "upgraded_to": st.lists(UPGRADE, max_size=2),
        "signed": st.lists(SIGNING, max_size=2),
    }
)


def records(articles: list[dict]) -> list[ArticleRecord]:
    return [
        ArticleRecord.from_facts(ArticleFacts.model_validate({"article": f"a{i}.txt", **a}))
        for i, a in enumerate(articles)
    ]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ARTICLE, min_size=1, max_size=4))
def test_store_embedded_keeps_every_fact(articles: list[dict]):
    recs = records(articles)
    graph = resolve(recs)
    with tempfile.TemporaryDirectory() as folder, connect(Path(folder) / "g.db") as conn:
        store = EmbeddedStore(conn)
        report = ingest(store, recs, batch_size=2)
        back = store.read_graph()
    assert back.nodes == graph.nodes and back.rels == graph.rels
    for rec in recs:
        assert_kept_or_reported(rec, back, [p for p in report.problems if p.startswith(rec.id)])


def assert_kept_or_reported(rec: ArticleRecord, graph, problems: list[str]) -> None:
    """Each fact is stored with its article and one of its evidence sentences, or reported."""

    def sourced(type: RelType, ends: set[str] | None = None) -> bool:
        return any(
            r.type is type
            and rec.id in r.props["articles"]
            and (ends is None or {r.start[1], r.end[1]} == ends)
            for r in graph.rels.values()
        )

    for up in rec.facts.upgraded_to:
        pair = set(up.countries)
        assert (
            sourced(RelType.UPGRADED_TO, pair)
            if len(pair) == 2
            else any("upgrade needs two countries" in p for p in problems)
        )
    if rec.facts.signed:
        assert sourced(RelType.SIGNED)
    if rec.facts.met_with:
        assert sourced(RelType.MET_WITH) or any("with itself" in p for p in problems)
    evidence = {
        e
        for r in graph.rels.values()
        if rec.id in r.props.get("articles", []) and "evidence" in r.props
        for a, e in zip(r.props["articles"], r.props["evidence"], strict=True)
        if a == rec.id
    }
    stated = {f.evidence for f in [*rec.facts.met_with, *rec.facts.upgraded_to, *rec.facts.signed]}
    assert evidence <= stated
