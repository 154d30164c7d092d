"""The incremental loader (graph.incremental) keeps the store equal to `resolve` of every
stored article, whatever the batches, the order, and the replacements — including when a
new name merges two persons, splits them again, or changes a person's display name (and
so the titles of meetings no article of the batch reports)."""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.incremental import MARKER
from graph.load import ingest
from graph.resolve import ArticleRecord, resolve
from graph.store.embedded import EmbeddedStore, connect
from graph.types import NodeLabel
from ingest.types import ArticleFacts

# Spellings that merge and split: initials, diacritics, aliases, a second Rudenko.
NAMES = ["Andrey Rudenko", "A. Rudenko", "Andrei Rudenko", "Tô Lâm", "To Lam", "Rudenko"]
PEOPLE = [(name, "RUS") for name in NAMES[:3] + NAMES[5:]] + [(n, "VNM") for n in NAMES[3:5]]


def facts(n: int, people: list[tuple[str, str]], month: str, alias: bool) -> ArticleFacts:
    (a, ca), (b, cb) = people[0], people[-1]
    persons = [{"name": name, "country": c, "title": "Minister"} for name, c in people]
    if alias:
        persons[0]["aliases"] = [people[-1][0]] if people[-1][1] == ca else []
    return ArticleFacts.model_validate(
        {
            "article": f"a{n}.txt",
            "published": f"{month}-15",
            "persons": persons,
            "met_with": [
                {
                    "a": {"name": a, "country": ca},
                    "b": {"name": b, "country": cb},
                    "date": month,
                    "kind": "talks" if n % 2 else "meeting",
                    "evidence": f"{a} met {b}.",
                }
            ],
            "upgraded_to": [
                {
                    "countries": ["VNM", "RUS"],
                    "level": "comprehensive_strategic_partnership",
                    "date": month[:4],
                    "evidence": "upgraded",
                }
            ],
            "signed": [{"parties": ["VNM", ca], "what": "MoU", "date": month, "evidence": "s"}],
        }
    )


ARTICLE = st.builds(
    lambda n, people, month, alias: (n, people, month, alias),
    st.integers(0, 5),  # file number: the same file again replaces its article
    st.lists(st.sampled_from(PEOPLE), min_size=2, max_size=3, unique=True),
    st.sampled_from(["2024-05", "2024-06", "2025-01"]),
    st.booleans(),
)


def record(n: int, people: list, month: str, alias: bool) -> ArticleRecord:
    return ArticleRecord.from_facts(facts(n, people, month, alias))


def ledger(store: EmbeddedStore) -> dict[str, str]:
    _, rows = store.run("MATCH (s:Ledger) RETURN s.key, s.state")
    return dict(rows)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(ARTICLE, min_size=1, max_size=4), min_size=1, max_size=4))
def test_load_ledger_any_batches_equal_resolve(runs) -> None:
    latest: dict[str, ArticleRecord] = {}
    with tempfile.TemporaryDirectory() as tmp:
        with connect(Path(tmp) / "g.db") as conn:
            store = EmbeddedStore(conn)
            for run in runs:
                records = [record(*a) for a in run]
                ingest(store, records, batch_size=2)
                for rec in records:
                    latest[rec.file] = rec
                assert store.read_graph() == resolve(latest.values())
            incremental = ledger(store)
        with connect(Path(tmp) / "one.db") as conn:
            store = EmbeddedStore(conn)
            ingest(store, list(latest.values()))
            assert ledger(store) == incremental  # no drift in the bookkeeping either


def test_load_ledger_new_full_name_merges_stored_initials(tmp_path: Path) -> None:
    first = record(1, [("A. Rudenko", "RUS"), ("To Lam", "VNM")], "2024-05", False)
    second = record(2, [("Andrey Rudenko", "RUS"), ("Tô Lâm", "VNM")], "2024-06", False)
    with connect(tmp_path / "g.db") as conn:
        store = EmbeddedStore(conn)
        ingest(store, [first])
        ingest(store, [second])
        graph = store.read_graph()
        rudenkos = [n for n in graph.nodes.values() if "Rudenko" in n.props.get("name", "")]
        assert [n.props["name"] for n in rudenkos] == ["Andrey Rudenko"]
        assert sorted(rudenkos[0].props["articles"]) == sorted([first.id, second.id])
        assert graph == resolve([first, second])


def test_load_ledger_display_change_retitles_untouched_meetings(tmp_path: Path) -> None:
    # "To Lam" once, then "Tô Lâm" twice elsewhere: the display name flips, and the first
    # article's meeting (another month, so another event) is retitled although no later
    # article reports it.
    one = record(1, [("Andrey Rudenko", "RUS"), ("To Lam", "VNM")], "2024-05", False)
    two = record(2, [("Andrei Rudenko", "RUS"), ("Tô Lâm", "VNM")], "2025-01", False)
    three = record(3, [("A. Rudenko", "RUS"), ("Tô Lâm", "VNM")], "2024-06", False)
    with connect(tmp_path / "g.db") as conn:
        store = EmbeddedStore(conn)
        for rec in (one, two, three):
            ingest(store, [rec])
        graph = store.read_graph()
        titles = sorted(
            n.props["title"]
            for n in graph.nodes.values()
            if n.label is NodeLabel.Event and n.props["kind"] != "signing"
        )
        assert all("Tô Lâm" in t for t in titles), titles
        assert graph == resolve([one, two, three])


def test_load_ledger_seeds_and_dev_in_shuffled_batches(shared_dir: Path, tmp_path: Path) -> None:
    from graph.load import extracted_docs, records_from_docs

    paths = [Path(__file__).parent.parent / "seeds", shared_dir / "corpus" / "dev"]
    records = [r for r in records_from_docs(extracted_docs(paths)) if isinstance(r, ArticleRecord)]
    assert len(records) > 40
    random.Random(5).shuffle(records)
    with connect(tmp_path / "g.db") as conn:
        store = EmbeddedStore(conn)
        done: list[ArticleRecord] = []
        for size in (1, 7, 13, len(records)):
            chunk = records[len(done) : len(done) + size]
            ingest(store, chunk, batch_size=3 if size < 20 else 9)
            done += chunk
            assert store.read_graph() == resolve(done)
        assert MARKER in ledger(store)


def test_load_ledger_packed_states_load_the_same(
    shared_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every entity state stored compressed (as large ones are) reads back exactly."""
    from graph import incremental
    from graph.load import extracted_records

    monkeypatch.setattr(incremental, "PACK_BYTES", 0)
    records = [
        r
        for r in extracted_records([shared_dir / "corpus" / "dev"])
        if isinstance(r, ArticleRecord)
    ]
    with connect(tmp_path / "g.db") as conn:
        store = EmbeddedStore(conn)
        for start in range(0, len(records), 10):  # later batches read packed states back
            ingest(store, records[start : start + 10], batch_size=5)
        assert store.read_graph() == resolve(records)
        states = {k: v for k, v in ledger(store).items() if k[0] in "CPOHMUS"}
        assert states and all(v.startswith("z:") for v in states.values())


def test_load_ledger_refuses_a_store_without_ledger(tmp_path: Path) -> None:
    from graph.errors import StoreError
    from graph.store.base import Changes, StoredArticle

    rec = record(1, [("Andrey Rudenko", "RUS"), ("To Lam", "VNM")], "2024-05", False)
    with connect(tmp_path / "g.db") as conn:
        store = EmbeddedStore(conn)
        store.setup()
        # as an older diplograph left it: the graph and the articles' bookkeeping, no ledger
        books = [StoredArticle(rec.id, rec.file, rec.hash, rec.payload)]
        store.apply(Changes(upsert=resolve([rec]), articles=books))
        other = record(2, [("Andrei Rudenko", "RUS"), ("To Lam", "VNM")], "2024-06", False)
        with pytest.raises(StoreError, match="older diplograph"):
            ingest(store, [other])


def test_load_ledger_refuses_a_store_resolved_by_other_name_rules(tmp_path: Path) -> None:
    from graph.errors import StoreError
    from graph.incremental import MARKER

    rec = record(1, [("Andrey Rudenko", "RUS"), ("To Lam", "VNM")], "2024-05", False)
    with connect(tmp_path / "g.db") as conn:
        store = EmbeddedStore(conn)
        ingest(store, [rec])
        # as a diplograph whose name rules merged persons differently left it
        store.run("MATCH (s:Ledger {key: $key}) SET s.state = '1'", {"key": MARKER})
        other = record(2, [("Andrei Rudenko", "RUS"), ("To Lam", "VNM")], "2024-06", False)
        with pytest.raises(StoreError, match="name rules") as caught:
            ingest(store, [other])
        assert "new store" in caught.value.hint


def test_load_ledger_put_then_take_leaves_nothing() -> None:
    from graph.ledger import put, take

    items = {
        "C|VNM": 1,
        "P|p1": {"country": "VNM", "forms": {"To Lam": 2, "Tô Lâm": 1}},
        "O|o1": {"country": "VNM", "titles": {"President": 1}},
        "M|e1": [["Person", "p1", "Person", "p2", "talks", "2025-05", None, "s", 0, 1]],
    }
    for key, item in items.items():
        state: dict = {}
        put(key, state, "a1", item)
        put(key, state, "a2", item)
        take(key, state, "a1", item)
        assert state, key  # a2 still names it
        take(key, state, "a2", item)
        assert state == {}, key


def test_store_embedded_statement_rows_are_chunked_by_size() -> None:
    from graph.store.embedded import STATEMENT_BYTES, _by_size

    hub = {"key": "k", "evidence": ["x" * 1000] * (STATEMENT_BYTES // 2000)}  # ~half a chunk
    rows = [dict(hub, key=str(i)) for i in range(5)] + [{"key": "small"}]
    chunks = list(_by_size(rows))
    assert [r["key"] for chunk in chunks for r in chunk] == ["0", "1", "2", "3", "4", "small"]
    assert [len(c) for c in chunks] == [2, 2, 2]
    assert list(_by_size([])) == []


def test_store_embedded_statement_rows_are_chunked_by_count() -> None:
    from graph.store.embedded import STATEMENT_ROWS, _by_size

    rows = [{"key": str(i)} for i in range(2 * STATEMENT_ROWS + 1)]  # small rows
    chunks = list(_by_size(rows))
    assert [len(c) for c in chunks] == [STATEMENT_ROWS, STATEMENT_ROWS, 1]
    assert [r for chunk in chunks for r in chunk] == rows


def test_load_ledger_records_extracted_ahead_keep_input_order(shared_dir: Path) -> None:
    """A pool running many windows ahead of the loader (so extraction goes on while a
    batch is stored) yields the same records, in input order, as extracting in place."""
    from graph.load import extracted_records

    paths = [shared_dir / "corpus" / "dev"] * 4  # more than one pool window (128)
    in_place = [r.payload for r in extracted_records(paths) if isinstance(r, ArticleRecord)]
    ahead = [
        r.payload
        for r in extracted_records(paths, processes=1, ahead=2000)
        if isinstance(r, ArticleRecord)
    ]
    assert len(in_place) > 128
    assert ahead == in_place


def test_load_ledger_large_states_carried_between_batches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """States large enough to be stored packed (an upgrade, the meetings every article
    reports) are carried from one batch to the next instead of read back; the graph and
    the ledger are the same as from reading them, through display-name flips."""
    from graph import incremental, packing

    spellings = [("Andrey Rudenko", "RUS"), ("A. Rudenko", "RUS"), ("Andrei Rudenko", "RUS")]
    hosts = [("To Lam", "VNM"), ("Tô Lâm", "VNM")]
    months = ["2024-05", "2024-06", "2025-01"]
    records = [
        record(100 + i, [spellings[i % 3], hosts[(i // 7) % 2]], months[i % 3], i % 5 == 0)
        for i in range(60)
    ]
    batches: list[tuple[set[str], set[str]]] = [(set(), set())]  # (read, carried after)
    read, apply_batch = incremental._read, incremental.Updater.apply_batch

    def spying_read(store, query: str, name: str, values: list[str]):
        if query == incremental._READ_LEDGER:
            batches[-1][0].update(values)
        return read(store, query, name, values)

    def spying_apply(self, *args) -> None:
        apply_batch(self, *args)
        batches[-1][1].update(self.written)
        batches.append((set(), set()))

    monkeypatch.setattr(incremental, "_read", spying_read)
    monkeypatch.setattr(incremental.Updater, "apply_batch", spying_apply)
    with connect(tmp_path / "g.db") as conn:
        store = EmbeddedStore(conn)
        ingest(store, records, batch_size=10)  # six batches through one updater
        assert store.read_graph() == resolve(records)
        stored = ledger(store)
    carried = [batches[i][1] & batches[i + 1][0] for i in range(len(batches) - 1)]
    assert carried == [set()] * len(carried), "a carried state was read back"
    assert any(after for _, after in batches), "the fixture should grow states past packing"
    assert {k for _, after in batches for k in after} <= {
        k for k, text in stored.items() if text.startswith(packing.MARKER)
    }
    monkeypatch.undo()
    with connect(tmp_path / "one.db") as conn:
        store = EmbeddedStore(conn)
        ingest(store, records, batch_size=1000)
        assert ledger(store) == stored
