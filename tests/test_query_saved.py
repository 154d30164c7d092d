"""Every saved query on the seeds graph, in the embedded store, with the rows it must give.

The graph is the seeds' gold facts ingested through `graph.load` (deterministic, unlike
extraction, which keeps improving), plus one made-up second report of two seed facts
(`REPRINT`) so the multi-source queries have something to find. A last test ingests the
seed *texts* through the real pipeline and checks that every saved query runs on it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import cypher
from graph import load
from graph.query import run_query
from graph.store.embedded import EmbeddedStore, connect

A004, A001, REPRINT_FILE = "004_4e5e15dbdb680e40.txt", "001_a24418891285e294.txt", "900_reprint.txt"
REPRINT = {
    "article": REPRINT_FILE,
    "published": "2025-05-14",
    "persons": [
        {"name": "To Lam", "country": "VNM", "title": "General Secretary"},
        {"name": "Vladimir Putin", "country": "RUS", "title": "President"},
    ],
    "met_with": [{
        "a": {"name": "To Lam", "country": "VNM"},
        "b": {"name": "Vladimir Putin", "country": "RUS"},
        "date": "2025-05-10", "kind": "talks",
        "evidence": "To Lam held talks with Vladimir Putin in Moscow on May 10.",
    }],
    "upgraded_to": [{
        "countries": ["USA", "VNM"], "level": "comprehensive_strategic_partnership",
        "label": "Comprehensive Strategic Partnership", "date": "2023-09",
        "evidence": "The two countries upgraded ties to a Comprehensive Strategic Partnership.",
    }],
    "signed": [],
}  # fmt: skip


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, shared_dir: Path) -> Iterator[EmbeddedStore]:
    where = tmp_path_factory.mktemp("seeds")
    (where / "reprint.json").write_text(json.dumps(REPRINT), encoding="utf-8")
    paths = [*sorted((shared_dir / "gold" / "seeds").glob("*.gold.json")), where / "reprint.json"]
    with connect(where / "seeds.db") as conn:
        store = EmbeddedStore(conn)
        report = load.ingest(store, load.records_from_facts_files(paths))
        assert report.failed == 0
        yield store


def rows_of(store: EmbeddedStore, query: str, /, **params: Any) -> list[dict[str, Any]]:
    columns, rows = run_query(store, query, params, dialect="embedded")
    return [dict(zip(columns, row, strict=True)) for row in rows]


def pick(rows: list[dict[str, Any]], *keys: str) -> list[tuple[Any, ...]]:
    return [tuple(sorted(r[k]) if isinstance(r[k], list) else r[k] for k in keys) for r in rows]


def test_query_saved_person_meetings_of_to_lam_in_2025(store: EmbeddedStore) -> None:
    rows = rows_of(store, "person_meetings", name="to lam", **{"from": "2025-01-01"},
                   to="2025-12-31")  # fmt: skip
    assert pick(rows, "person", "date", "kind", "metWith", "country", "articles") == [
        ("To Lam", "2025-05", "talks", "Aleksandr Lukashenko", "BLR", [A004]),
        ("To Lam", "2025-05", "talks", "Ilham Aliyev", "AZE", [A004]),
        ("To Lam", "2025-05", "talks", "Kassym-Jomart Tokayev", "KAZ", [A004]),
        ("To Lam", "2025-05-10", "talks", "Vladimir Putin", "RUS", [A004, REPRINT_FILE]),
    ]


def test_query_saved_person_meetings_outside_the_period_are_left_out(store: EmbeddedStore) -> None:
    assert rows_of(store, "person_meetings", name="To Lam", **{"from": "2024-01-01"},
                   to="2024-12-31") == []  # fmt: skip


def test_query_saved_country_partners_ranked_by_current_level(store: EmbeddedStore) -> None:
    rows = rows_of(store, "country_partners", country="VNM")
    assert pick(rows, "partner", "rank", "level", "since") == [
        ("CHN", 3, "comprehensive_strategic_partnership", None),
        ("RUS", 3, "comprehensive_strategic_partnership", None),
        ("USA", 3, "comprehensive_strategic_partnership", "2023-09"),
        ("AZE", 2, "strategic_partnership", "2025-05"),
        ("BLR", 2, "strategic_partnership", "2025-05"),
        ("ESP", 2, "strategic_partnership", "2009"),
        ("KAZ", 2, "strategic_partnership", "2025-05"),
        ("MNG", 1, "comprehensive_partnership", "2024-09"),
        ("POL", 0, "diplomatic_relations", "1950"),
    ]
    assert rows[2]["name"] == "United States"


def test_query_saved_partnership_ladder_of_vietnam_and_the_usa(store: EmbeddedStore) -> None:
    rows = rows_of(store, "partnership_ladder", a="USA", b="VNM")  # either order
    assert pick(rows, "date", "level", "rank", "articles") == [
        ("1995", "diplomatic_relations", 0, [A001]),
        ("2013", "comprehensive_partnership", 1, [A001]),
        ("2023-09", "comprehensive_strategic_partnership", 3, [A001, REPRINT_FILE]),
    ]
    assert "and a comprehensive strategic partnership in 2023" in rows[2]["evidence"]


def test_query_saved_upgrades_in_period(store: EmbeddedStore) -> None:
    rows = rows_of(store, "upgrades_in_period", **{"from": "2024-01-01"}, to="2025-12-31")
    assert pick(rows, "date", "country", "partner", "level") == [
        ("2024-09", "VNM", "MNG", "comprehensive_partnership"),
        ("2025-05", "VNM", "AZE", "strategic_partnership"),
        ("2025-05", "VNM", "BLR", "strategic_partnership"),
        ("2025-05", "VNM", "KAZ", "strategic_partnership"),
    ]


def test_query_saved_agreements_between_two_countries(store: EmbeddedStore) -> None:
    rows = rows_of(store, "agreements_between", a="KAZ", b="VNM")
    assert pick(rows, "date", "what", "articles") == [
        ("2025-05", "about 60 cooperation agreements", [A004])
    ]
    assert rows_of(store, "agreements_between", a="VNM", b="USA") == []


def test_query_saved_top_foreign_counterparts(store: EmbeddedStore) -> None:
    rows = rows_of(store, "top_foreign_counterparts", country="VNM", limit=3)
    assert pick(rows, "leader", "country", "meetings") == [
        ("Philippe", "BEL", 3), ("Vladimir Putin", "RUS", 3), ("Andrey Rudenko", "RUS", 2),
    ]  # fmt: skip
    assert sorted(rows[2]["metBy"]) == ["Le Thi Thu Hang", "Nguyen Minh Vu"]


def test_query_saved_meeting_chain_between_two_leaders(store: EmbeddedStore) -> None:
    rows = rows_of(store, "meeting_chain", a="Kassym-Jomart Tokayev", b="aleksandr lukashenko")
    assert rows == [
        {"hops": 2, "chain": ["Kassym-Jomart Tokayev", "To Lam", "Aleksandr Lukashenko"]}
    ]


def test_query_saved_pair_facts_with_sentences_and_articles(store: EmbeddedStore) -> None:
    rows = rows_of(store, "pair_facts", a="VNM", b="RUS")
    facts = sorted(r["fact"] for r in rows)
    assert facts == ["MET_WITH"] * 6 + ["SIGNED"] + ["UPGRADED_TO"] * 2
    talks = next(r for r in rows if r["detail"] == "talks: To Lam – Vladimir Putin")
    assert (talks["date"], sorted(talks["articles"])) == ("2025-05-10", [A004, REPRINT_FILE])
    assert sorted(talks["evidence"]) == [
        "President of the Russian Federation Vladimir Putin",
        "To Lam held talks with Vladimir Putin in Moscow on May 10.",
    ]


def test_query_saved_multi_source_events_reported_by_several_articles(store: EmbeddedStore) -> None:
    rows = rows_of(store, "multi_source_events", min=2)
    assert pick(rows, "kind", "date", "title", "reports", "files") == [
        ("talks", "2025-05-10", "To Lam – Vladimir Putin (talks)", 2, [A004, REPRINT_FILE])
    ]


def test_query_saved_person_profile_found_by_alias(store: EmbeddedStore) -> None:
    rows = rows_of(store, "person_profile", name="A. RUDENKO")
    assert pick(rows, "name", "aliases", "country", "offices", "meetings") == [
        ("Andrey Rudenko", ["A. Rudenko", "Rudenko"], "RUS", ["Deputy Foreign Minister"], 2)
    ]


def test_query_saved_meetings_by_year(store: EmbeddedStore) -> None:
    rows = rows_of(store, "meetings_by_year", country="VNM")
    assert pick(rows, "year", "partner", "meetings") == [
        ("2025", "AZE", 1), ("2025", "BLR", 1), ("2025", "KAZ", 1), ("2025", "RUS", 1),
    ]  # fmt: skip


def test_query_saved_signings_in_period(store: EmbeddedStore) -> None:
    rows = rows_of(store, "signings_in_period", **{"from": "2025-05-01"}, to="2025-05-31")
    assert sorted(pick(rows, "date", "parties")) == [
        ("2025-05", ["AZE", "VNM"]), ("2025-05", ["BLR", "VNM"]),
        ("2025-05", ["KAZ", "VNM"]), ("2025-05", ["RUS", "VNM"]),
    ]  # fmt: skip


def test_query_saved_article_facts(store: EmbeddedStore) -> None:
    rows = rows_of(store, "article_facts", article=A004)
    assert (
        sorted(r["fact"] for r in rows) == ["MET_WITH"] * 4 + ["SIGNED"] * 4 + ["UPGRADED_TO"] * 4
    )
    assert "VNM–KAZ strategic_partnership" in {r["detail"] for r in rows}
    assert all(isinstance(r["evidence"], str) for r in rows)  # this article's sentence
    assert {(r["evidenceStart"], r["evidenceEnd"]) for r in rows} == {(-1, -1)}  # gold: none


def test_query_saved_article_facts_picks_each_articles_own_sentence(store: EmbeddedStore) -> None:
    """The talks and the upgrade the reprint also reports: each article gets its own
    sentence, not the list of every source's."""
    rows = rows_of(store, "article_facts", article=REPRINT_FILE)
    reprint = {r["fact"]: r["evidence"] for r in rows}
    assert reprint == {"MET_WITH": REPRINT["met_with"][0]["evidence"],
                       "UPGRADED_TO": REPRINT["upgraded_to"][0]["evidence"]}  # fmt: skip
    talks = [r for r in rows_of(store, "article_facts", article=A004) if "Putin" in r["detail"]]
    assert len(talks) == 1 and talks[0]["evidence"] != reprint["MET_WITH"]
    assert "Putin" in talks[0]["evidence"]


def test_query_saved_recent_meetings(store: EmbeddedStore) -> None:
    rows = rows_of(store, "recent_meetings", limit=2)
    assert pick(rows, "date", "a", "b") == [
        ("2025-05-10", "To Lam", "Vladimir Putin"),
        ("2025-05", "To Lam", "Aleksandr Lukashenko"),
    ]


def test_query_saved_undated_facts(store: EmbeddedStore) -> None:
    rows = rows_of(store, "undated_facts", limit=50)
    details = {(r["fact"], r["detail"]) for r in rows}
    assert ("MET_WITH", "President (VNM) – Ambassador (LAO)") in details
    assert ("UPGRADED_TO", "VNM–CHN comprehensive_strategic_partnership") in details
    assert len(rows) == 17
    assert len(rows_of(store, "undated_facts", limit=1)) == 2  # the limit is per kind


def test_query_saved_every_query_has_a_test_here() -> None:
    tested = [n.removeprefix("test_query_saved_") for n in globals() if n.startswith("test_")]
    untested = [n for n in cypher.query_names() if not any(t.startswith(n) for t in tested)]
    assert untested == []


@pytest.mark.parametrize("name", cypher.query_names())
def test_query_saved_runs_on_the_seed_texts_through_the_real_pipeline(
    name: str, pipeline_store: EmbeddedStore
) -> None:
    query = cypher.saved_query(name, "embedded")
    columns, _ = run_query(pipeline_store, name, query.examples, dialect="embedded")
    assert columns  # ran, with its columns; the rows depend on the extractor of the day


@pytest.fixture(scope="module")
def pipeline_store(
    tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path
) -> Iterator[EmbeddedStore]:
    from ingest.pipeline import iter_docs

    where = tmp_path_factory.mktemp("pipeline")
    with connect(where / "seeds.db") as conn:
        store = EmbeddedStore(conn)
        load.ingest(store, load.records_from_docs(iter_docs([seeds_dir])))
        yield store
