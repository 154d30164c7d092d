"""Re-ingesting unchanged articles recognises them by hash before extraction (issue 5)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import ingest.pipeline
from graph.load import ingest_paths
from graph.store.embedded import EmbeddedStore, connect


def _ingest(db: Path, folder: Path, workers: int = 1):
    with connect(db) as conn:
        return ingest_paths(EmbeddedStore(conn), [folder], workers=workers)


@pytest.fixture
def seeds_copy(seeds_dir: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(seeds_dir, tmp_path / "seeds"))


def test_load_unchanged_articles_are_not_extracted_again(
    seeds_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _ingest(tmp_path / "g.db", seeds_copy)
    assert first.new == 5

    def no_extraction(item: object) -> object:
        raise AssertionError("an unchanged article was extracted again")

    monkeypatch.setattr(ingest.pipeline, "process", no_extraction)
    again = _ingest(tmp_path / "g.db", seeds_copy)
    assert (again.new, again.replaced, again.unchanged) == (0, 0, 5)
    assert again.counts == first.counts


def test_load_changed_article_alone_is_extracted_and_replaced(
    seeds_copy: Path, tmp_path: Path
) -> None:
    first = _ingest(tmp_path / "g.db", seeds_copy)
    changed = sorted(seeds_copy.iterdir())[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    again = _ingest(tmp_path / "g.db", seeds_copy)
    assert (again.new, again.replaced, again.unchanged) == (0, 1, 4)
    assert again.counts == first.counts


def test_load_jsonl_lines_are_separate_articles(seeds_dir: Path, tmp_path: Path) -> None:
    import json

    archive = tmp_path / "archive.jsonl"
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt"))]
    archive.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts), encoding="utf-8")
    first = _ingest(tmp_path / "g.db", archive)
    assert (first.new, first.replaced, first.counts["Article"]) == (5, 0, 5)
    again = _ingest(tmp_path / "g.db", archive)
    assert (again.new, again.replaced, again.unchanged) == (0, 0, 5)
    # an edited line replaces that line's article only
    texts[2] += "\nEdited."
    archive.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts), encoding="utf-8")
    edited = _ingest(tmp_path / "g.db", archive)
    assert (edited.new, edited.replaced, edited.unchanged) == (0, 1, 4)
    assert edited.counts == first.counts
