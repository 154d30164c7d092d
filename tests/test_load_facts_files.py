"""Facts files stream through `records_from_facts_files`: JSON Lines line by line, a
broken line reported with its line number while the other lines load."""

from __future__ import annotations

import json
from pathlib import Path

from graph.load import records_from_facts_files
from graph.records import ArticleRecord
from ingest.errors import InputError


def test_load_facts_jsonl_broken_line_is_reported_and_the_rest_loads(tmp_path: Path) -> None:
    good = [{"article": f"a{i}.txt", "published": "2025-01-02"} for i in range(3)]
    lines = [json.dumps(good[0]), "{not json", json.dumps(good[1]), '{"persons": 5}']
    lines.append(json.dumps(good[2]))
    facts = tmp_path / "facts.jsonl"
    facts.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = list(records_from_facts_files([facts]))
    assert [r.facts.article for r in out if isinstance(r, ArticleRecord)] == [
        "a0.txt",
        "a1.txt",
        "a2.txt",
    ]
    errors = [str(e) for e in out if isinstance(e, InputError)]
    assert len(errors) == 2
    assert f"{facts}:2" in errors[0] and "broken JSON" in errors[0]
    assert f"{facts}:4" in errors[1] and "not a facts document" in errors[1]


def test_load_facts_json_list_and_folder(tmp_path: Path) -> None:
    docs = [{"article": "x.txt"}, {"article": "y.txt"}]
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "list.json").write_text(json.dumps(docs), encoding="utf-8")
    (tmp_path / "one.json").write_text(json.dumps({"article": "z.txt"}), encoding="utf-8")
    (tmp_path / "notes.txt").write_text("ignored", encoding="utf-8")
    out = list(records_from_facts_files([tmp_path]))
    assert sorted(r.facts.article for r in out if isinstance(r, ArticleRecord)) == [
        "x.txt",
        "y.txt",
        "z.txt",
    ]
