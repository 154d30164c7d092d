"""The embedded LadybugDB store: schema, round trip, idempotent writes, diffs, errors."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from graph.errors import QueryError, StoreError, StoreUnavailable
from graph.store import Changes, StoredArticle, diff
from graph.store.embedded import EmbeddedStore, cache_bytes, connect
from graph.types import Graph, NodeLabel, RelType


@pytest.fixture
def store(tmp_path: Path):
    with connect(tmp_path / "test.db") as conn:
        s = EmbeddedStore(conn)
        s.setup()
        yield s


def test_store_embedded_round_trip_equals_graph(store: EmbeddedStore, seeds_graph: Graph):
    store.write(seeds_graph)
    back = store.read_graph()
    assert back.nodes == seeds_graph.nodes
    assert back.rels == seeds_graph.rels


def test_store_embedded_setup_and_write_are_idempotent(store: EmbeddedStore, seeds_graph: Graph):
    store.write(seeds_graph)
    store.setup()
    store.write(seeds_graph)
    assert store.read_graph().counts() == seeds_graph.counts()


def test_store_embedded_dates_are_real_dates(store: EmbeddedStore, seeds_graph: Graph):
    store.write(seeds_graph)
    _, rows = store.run(
        "MATCH (:Country {iso3: $a})-[r:UPGRADED_TO]-(:Country {iso3: $b}) "
        "WHERE r.dateStart >= date('2024-01-01') RETURN r.level, r.dateStart, r.dateEnd",
        {"a": "VNM", "b": "MNG"},
    )
    assert [(lvl, s.isoformat(), e.isoformat()) for lvl, s, e in rows] == [
        ("comprehensive_partnership", "2024-09-01", "2024-09-30")
    ]


def test_store_embedded_applies_a_diff(store: EmbeddedStore, seeds_graph: Graph):
    store.write(seeds_graph)
    smaller = copy.deepcopy(seeds_graph)
    dropped = next(r for r in smaller.rels if r[0] is RelType.UPGRADED_TO)
    del smaller.rels[dropped]
    person = next(n for n in smaller.nodes.values() if n.label is NodeLabel.Person)
    person.props["aliases"] = [*person.props["aliases"], 'Someone\'s "alias" // {x}']
    changes = diff(seeds_graph, smaller)
    assert changes.delete_rels == [dropped] and list(changes.upsert.nodes) == [person.ref]
    store.apply(changes)
    back = store.read_graph()
    assert back.rels == smaller.rels and back.nodes == smaller.nodes


def test_store_embedded_updates_only_the_changed_properties(
    store: EmbeddedStore, seeds_graph: Graph
):
    store.write(seeds_graph)
    changed = copy.deepcopy(seeds_graph)
    met = next(r for r in changed.rels.values() if r.type is RelType.MET_WITH)
    met.props["evidence"] = [*met.props["evidence"], "Another report."]
    person = next(n for n in changed.nodes.values() if n.label is NodeLabel.Person)
    person.props["aliases"] = [*person.props["aliases"], "P. Other"]
    changes = diff(seeds_graph, changed)
    assert changes.changed == {met.ref: {"evidence"}, person.ref: {"aliases"}}
    # The hint is what the store writes: a property it does not name stays as stored.
    person.props["name"] = "Not Written"
    store.apply(changes)
    back = store.read_graph()
    assert back.rels[met.ref] == met
    assert back.nodes[person.ref].props == {
        **person.props,
        "name": seeds_graph.nodes[person.ref].props["name"],
    }


def test_store_embedded_failed_apply_keeps_nothing(store: EmbeddedStore, seeds_graph: Graph):
    bad = copy.deepcopy(seeds_graph)
    # A relationship statement fails after every node statement went in.
    met = next(r for r in bad.rels.values() if r.type is RelType.MET_WITH)
    met.props["dateStart"] = "not a date"
    with pytest.raises(QueryError):
        store.apply(Changes(upsert=bad))
    assert store.read_graph().counts() == {}


def test_store_embedded_keeps_article_bookkeeping(store: EmbeddedStore, seeds_graph: Graph):
    article = next(n for n in seeds_graph.nodes.values() if n.label is NodeLabel.Article)
    record = StoredArticle(article.id, article.props["file"], "h1", "{}")
    store.apply(Changes(upsert=seeds_graph, articles=[record]))
    assert store.stored_articles() == [record]
    assert store.read_graph().nodes[article.ref] == article


def test_store_embedded_bad_path_is_unavailable(tmp_path: Path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreUnavailable, match="check"), connect(blocker / "sub" / "db"):
        pass


def test_store_embedded_cache_size_comes_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("DIPLOGRAPH_DB_CACHE_MB", "96")
    assert cache_bytes() == 96 << 20
    monkeypatch.setenv("DIPLOGRAPH_DB_CACHE_MB", "lots")
    with pytest.raises(StoreUnavailable, match="DIPLOGRAPH_DB_CACHE_MB"), connect(tmp_path / "d"):
        pass


def test_store_embedded_out_of_cache_says_how_to_go_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("DIPLOGRAPH_DB_CACHE_MB", "64")
    with connect(tmp_path / "small.db") as conn:
        store = EmbeddedStore(conn)
        store.setup()
        rows = [{"key": str(i), "state": f"state {i}"} for i in range(300_000)]
        with pytest.raises(StoreError, match="larger cache, e.g. DIPLOGRAPH_DB_CACHE_MB=") as err:
            store.run(
                "UNWIND $rows AS row CREATE (:Ledger {key: row.key, state: row.state})",
                {"rows": rows},
            )
        assert not isinstance(err.value, QueryError)
