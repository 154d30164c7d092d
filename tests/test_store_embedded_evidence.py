"""Evidence offsets in the embedded store: each sourced relationship keeps, per article,
its evidence sentence and where that sentence stands in the article's original file."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.errors import QueryError
from graph.load import extracted_docs, ingest, records_from_docs
from graph.store.embedded import EmbeddedStore, connect, schema_statements
from graph.types import RelType

SOURCED = (RelType.MET_WITH, RelType.UPGRADED_TO, RelType.SIGNED)


@pytest.fixture(scope="module")
def stored(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """(articles, evidence, starts, ends) of every sourced relationship, read back with
    Cypher from a store the seeds were ingested into; and each article's file."""
    db = tmp_path_factory.mktemp("evidence") / "seeds.db"
    with connect(db) as conn:
        store = EmbeddedStore(conn)
        ingest(store, records_from_docs(extracted_docs([seeds_dir])))
        out = {
            type: store.run(
                f"MATCH ()-[r:{type.value}]->() "
                "RETURN r.articles, r.evidence, r.evidenceStart, r.evidenceEnd"
            )[1]
            for type in SOURCED
        }
        _, files = store.run("MATCH (a:Article) RETURN a.id, a.file")
    return {**out, "files": {id: file for id, file in files}}


@pytest.mark.parametrize("type", SOURCED, ids=lambda t: t.value)
def test_store_embedded_evidence_offsets_point_into_the_original_file(
    stored: dict, seeds_dir: Path, type: RelType
) -> None:
    rows = stored[type]
    assert rows, f"the seeds give no {type.value} to check"
    for articles, evidence, starts, ends in rows:
        assert len(articles) == len(evidence) == len(starts) == len(ends)
        for article, sentence, start, end in zip(articles, evidence, starts, ends, strict=True):
            raw = (seeds_dir / Path(stored["files"][article]).name).read_text(encoding="utf-8")
            assert 0 <= start < end <= len(raw)
            # The cleaner may drop stray symbols inside words, so compare the words only.
            assert raw[start:end].split()[:3] == sentence.split()[:3]


def test_store_embedded_setup_adds_offset_columns_to_an_older_store(tmp_path: Path) -> None:
    with connect(tmp_path / "old.db") as conn:
        store = EmbeddedStore(conn)
        for statement in schema_statements():  # the schema before offsets were stored
            if "ALTER TABLE" not in statement:
                conn.execute(statement.replace(", evidenceStart INT64[], evidenceEnd INT64[]", ""))
        with pytest.raises(QueryError):
            store.run("MATCH ()-[r:SIGNED]->() RETURN r.evidenceStart")
        store.setup()
        store.setup()
        assert store.run("MATCH ()-[r:SIGNED]->() RETURN r.evidenceStart, r.evidenceEnd") == (
            ["r.evidenceStart", "r.evidenceEnd"],
            [],
        )
