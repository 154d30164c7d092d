"""pipeline: stages in order, provenance fields, streaming with errors in the stream."""

from __future__ import annotations

import hashlib
import json
import pickle
from pathlib import Path

from ingest.errors import EmptyInput, InputError
from ingest.pipeline import Batch, iter_docs, process, render
from ingest.types import Doc


def test_pipeline_stamps_provenance_fields(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Title line\n\nHanoi (VNA) – Some text.", encoding="utf-8")
    (doc,) = list(iter_docs([path]))
    assert isinstance(doc, Doc) and doc.facts is not None
    raw_hash = hashlib.sha256(doc.raw.encode()).hexdigest()[:16]
    extra = doc.facts.model_extra or {}
    assert extra["article_id"] == raw_hash
    assert extra["file"] == str(path)
    assert doc.facts.article == "a.txt"


def test_pipeline_published_override_wins(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("date 2024-01-30 Text.", encoding="utf-8")
    (doc,) = list(iter_docs([path], published="2020-02-02"))
    assert isinstance(doc, Doc) and doc.facts is not None
    assert doc.facts.published == "2020-02-02"


def test_pipeline_errors_are_yielded_and_the_rest_loads(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Some article text.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    items = list(iter_docs([tmp_path]))
    assert [type(i) for i in items] == [Doc, EmptyInput]
    batch = Batch()
    errors: list[InputError] = []
    assert len(list(batch.facts(items, errors.append))) == 1
    assert (batch.loaded, batch.skipped, batch.exit_code) == (1, 1, 2)


def test_pipeline_process_is_picklable_and_accepts_a_path(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Some article text.", encoding="utf-8")
    assert pickle.loads(pickle.dumps(process)) is process
    assert process(path).facts is not None


def test_pipeline_render_json_is_one_document_or_a_list(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Some article text.", encoding="utf-8")
    facts = [d.facts for d in iter_docs([tmp_path]) if isinstance(d, Doc) and d.facts]
    assert json.loads("".join(render(facts[:1], "json")))["article"] == "a.txt"
    assert [d["article"] for d in json.loads("".join(render(facts, "json")))] == ["a.txt", "b.txt"]
    lines = "".join(render(facts, "jsonl")).splitlines()
    assert [json.loads(line)["article"] for line in lines] == ["a.txt", "b.txt"]
    assert "a.txt" in "".join(render(facts, "table"))
