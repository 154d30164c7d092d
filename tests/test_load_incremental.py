"""Incremental ingest into the embedded store: reruns, batches, changed articles."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from graph.load import ingest, records_from_facts_files
from graph.resolve import ArticleRecord, resolve
from graph.store.embedded import EmbeddedStore, connect
from graph.types import Graph, NodeLabel, RelType
from ingest.errors import InputError
from ingest.types import ArticleFacts


@pytest.fixture
def open_store(tmp_path: Path):
    """Open a store by name under tmp_path (several per test)."""

    def opener(name: str = "g.db"):
        return _opened(tmp_path / name)

    return opener


def _opened(path: Path):
    from contextlib import contextmanager

    @contextmanager
    def cm() -> Iterator[EmbeddedStore]:
        with connect(path) as conn:
            yield EmbeddedStore(conn)

    return cm()


def facts(article: str, **fields: Any) -> ArticleRecord:
    return ArticleRecord.from_facts(ArticleFacts.model_validate({"article": article, **fields}))


def meeting(a: str, b: str, date: str | None = "2025-05") -> dict[str, Any]:
    return {
        "a": {"name": a, "country": "VNM"},
        "b": {"name": b, "country": "RUS"},
        "date": date,
        "kind": "talks",
        "evidence": f"{a} and {b} held talks",
    }


UPGRADE = {"countries": ["VNM", "RUS"], "level": "comprehensive_strategic_partnership"}


def same_graph(one: Graph, other: Graph) -> bool:
    return one.nodes == other.nodes and one.rels == other.rels


def test_load_twice_changes_nothing(open_store, seed_gold_facts):
    records = [ArticleRecord.from_facts(f) for f in seed_gold_facts]
    with open_store() as store:
        first = ingest(store, records)
        graph = store.read_graph()
        second = ingest(store, records)
        assert (first.new, second.new, second.unchanged) == (5, 0, 5)
        assert second.counts == first.counts == graph.counts()
        assert same_graph(store.read_graph(), graph)
        assert same_graph(graph, resolve(records))


@pytest.mark.parametrize("batch_size", [1, 2, 500])
def test_load_two_halves_equal_one_go(open_store, seed_gold_facts, batch_size):
    records = [ArticleRecord.from_facts(f) for f in seed_gold_facts]
    with open_store("one.db") as store:
        ingest(store, records)
        one_go = store.read_graph()
    with open_store("halves.db") as store:
        ingest(store, records[3:], batch_size=batch_size)
        ingest(store, records[:3], batch_size=batch_size)
        halves = store.read_graph()
    assert same_graph(one_go, halves)


def test_load_later_full_name_takes_over_stored_initial(open_store):
    first = facts("a1", met_with=[meeting("To Lam", "A. Rudenko", "2025-02")])
    second = facts("a2", met_with=[meeting("Tô Lâm", "Andrey Rudenko", "2025-03")])
    with open_store("one.db") as store:
        ingest(store, [first, second])
        one_go = store.read_graph()
    with open_store("two.db") as store:
        ingest(store, [first])
        ingest(store, [second])
        two_runs = store.read_graph()
    assert same_graph(one_go, two_runs)
    names = sorted(n.props["name"] for n in two_runs.nodes.values() if n.label is NodeLabel.Person)
    assert names == ["Andrey Rudenko", "To Lam"]


def test_load_nickname_spellings_across_articles_are_one_person(open_store):
    talks = [meeting("To Lam", "Joe Biden", "2023-09"), meeting("Tô Lâm", "Joseph R. Biden")]
    for one in talks:
        one["b"]["country"] = "USA"
    first, second = facts("a1", met_with=talks[:1]), facts("a2", met_with=talks[1:])
    with open_store("two.db") as store:
        ingest(store, [first])
        ingest(store, [second])
        graph = store.read_graph()
    persons = [n for n in graph.nodes.values() if n.label is NodeLabel.Person]
    assert sorted(p.props["name"] for p in persons) == ["Joseph R. Biden", "To Lam"]
    assert same_graph(graph, resolve([first, second]))


def test_load_changed_article_replaces_its_facts(open_store):
    a1 = facts(
        "a1.txt",
        met_with=[meeting("To Lam", "Vladimir Putin")],
        upgraded_to=[{**UPGRADE, "evidence": "a1 says"}],
    )
    a2 = facts("a2.txt", upgraded_to=[{**UPGRADE, "evidence": "a2 says"}])
    a1_changed = facts("a1.txt", persons=[{"name": "Luong Cuong", "country": "VNM"}])
    with open_store() as store:
        ingest(store, [a1, a2])
        report = ingest(store, [a1_changed, a2])
        graph = store.read_graph()
    assert (report.replaced, report.unchanged) == (1, 1)
    assert same_graph(graph, resolve([a1_changed, a2]))
    assert not [r for r in graph.rels.values() if r.type is RelType.MET_WITH]
    assert not [n for n in graph.nodes.values() if n.label is NodeLabel.Event]
    (upgrade,) = [r for r in graph.rels.values() if r.type is RelType.UPGRADED_TO]
    assert upgrade.props["articles"] == [a2.id] and upgrade.props["evidence"] == ["a2 says"]


def test_load_changed_text_gets_a_new_article_id_and_drops_the_old(open_store):
    old = facts("a1.txt", article_id="1111", met_with=[meeting("To Lam", "Vladimir Putin")])
    new = facts("a1.txt", article_id="2222", met_with=[meeting("To Lam", "Vladimir Putin")])
    with open_store() as store:
        ingest(store, [old])
        report = ingest(store, [new])
        graph = store.read_graph()
        stored = [a.id for a in store.stored_articles()]
    assert report.replaced == 1 and stored == ["2222"]
    articles = [n.id for n in graph.nodes.values() if n.label is NodeLabel.Article]
    assert articles == ["2222"]
    assert same_graph(graph, resolve([new]))


def test_load_counts_bad_inputs_and_loads_the_rest(open_store, tmp_path: Path):
    good = tmp_path / "good.facts.json"
    good.write_text(json.dumps({"article": "g.txt", "persons": [{"name": "To Lam"}]}))
    broken = tmp_path / "broken.facts.json"
    broken.write_text("{not json")
    wrong = tmp_path / "wrong.jsonl"
    wrong.write_text('{"article": "w.txt"}\n{"persons": 3}\n')
    errors: list[InputError] = []
    with open_store() as store:
        report = ingest(store, records_from_facts_files([tmp_path]), on_error=errors.append)
    assert (report.new, report.failed, report.exit_code) == (2, 2, 2)
    assert sorted(Path(e.source).name for e in errors) == ["broken.facts.json", "wrong.jsonl:2"]


def test_load_duplicate_text_is_counted_once(open_store):
    # Two files with the same text: the same article id and content hash.
    doc = {"article_id": "abcd", "persons": [{"name": "To Lam", "country": "VNM"}]}
    one, copy = (
        ArticleRecord.from_facts(ArticleFacts.model_validate({"article": name, **doc}), "h")
        for name in ("a.txt", "copy-of-a.txt")
    )
    with open_store() as store:
        report = ingest(store, [one, copy])
        again = ingest(store, [copy])
        files = [a.file for a in store.stored_articles()]
    assert (report.new, report.duplicates, again.duplicates) == (1, 1, 1)
    assert files == ["a.txt"]


def test_load_values_with_cypher_characters_round_trip(open_store):
    odd = 'O\'Brien "Bob" `x` {y} // z'
    rec = facts("odd.txt", persons=[{"name": odd, "country": "IRL", "title": "Envoy // {t}"}])
    with open_store() as store:
        ingest(store, [rec])
        graph = store.read_graph()
    assert odd in {n.props.get("name") for n in graph.nodes.values()}
    assert same_graph(graph, resolve([rec]))
