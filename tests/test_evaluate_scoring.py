"""evaluate: the comparison rules of facts-format.md "How facts are compared"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ingest.errors import GoldError
from ingest.evaluate import evaluate, fold, format_report, gold_for, load_gold, names_match
from ingest.types import ArticleFacts


def facts(**fields: object) -> ArticleFacts:
    return ArticleFacts.model_validate({"article": "a.txt", **fields})


def met(a: str, ca: str, b: str, cb: str, date: str | None = None, **extra: object) -> dict:
    return {"a": {"name": a, "country": ca}, "b": {"name": b, "country": cb}, "date": date, **extra}


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("A. Rudenko", "Andrey Rudenko", True),
        ("Nguyễn Phú Trọng", "Nguyen Phu Trong", True),
        ("Kassym-Jomart Tokayev", "kassymjomart tokayev", True),
        ("Rudenko", "Andrey Rudenko", False),  # a single word matches only through aliases
        ("B. Rudenko", "Andrey Rudenko", False),
        ("Andrey Rudenko", "Andrey Lavrov", False),
    ],
)
def test_evaluate_names_match_rules(a: str, b: str, expected: bool) -> None:
    assert names_match(fold(a), frozenset(), fold(b), frozenset()) is expected


def test_evaluate_alias_matches_single_word_name() -> None:
    gold = facts(persons=[{"name": "A. Rudenko", "country": "RUS", "aliases": ["Rudenko"]}])
    pred = facts(persons=[{"name": "Rudenko", "country": "RUS"}])
    score = evaluate([pred], {"a": gold}).scores["persons"]
    assert (score.tp, score.fp, score.fn) == (1, 0, 0)


def test_evaluate_country_must_be_equal_for_persons() -> None:
    gold = facts(persons=[{"name": "To Lam", "country": "VNM"}])
    pred = facts(persons=[{"name": "To Lam", "country": "LAO"}])
    score = evaluate([pred], {"a": gold}).scores["persons"]
    assert (score.tp, score.fp, score.fn) == (0, 1, 1)


def test_evaluate_optional_gold_is_neither_rewarded_nor_penalised() -> None:
    gold = facts(
        persons=[
            {"name": "To Lam", "country": "VNM"},
            {"name": "Ho Chi Minh", "country": "VNM", "optional": True},
        ]
    )
    with_optional = facts(
        persons=[{"name": "To Lam", "country": "VNM"}, {"name": "Ho Chi Minh", "country": "VNM"}]
    )
    without = facts(persons=[{"name": "To Lam", "country": "VNM"}])
    for pred in (with_optional, without):
        score = evaluate([pred], {"a": gold}).scores["persons"]
        assert (score.tp, score.fp, score.fn) == (1, 0, 0)


def test_evaluate_met_with_pairs_are_unordered_and_dates_are_prefixes() -> None:
    gold = facts(met_with=[met("To Lam", "VNM", "Vladimir Putin", "RUS", "2025-05")])
    pred = facts(met_with=[met("Vladimir Putin", "RUS", "To Lam", "VNM", "2025-05-10")])
    report = evaluate([pred], {"a": gold})
    for metric in ("met_with.persons", "met_with.countries"):
        s = report.scores[metric]
        assert (s.tp, s.fp, s.fn, s.dates_right, s.dates_total) == (1, 0, 0, 1, 1)


def test_evaluate_wrong_or_missing_date_counts_against_date_accuracy() -> None:
    gold = facts(met_with=[met("To Lam", "VNM", "Vladimir Putin", "RUS", "2025-05")])
    pred = facts(met_with=[met("To Lam", "VNM", "Vladimir Putin", "RUS", None)])
    s = evaluate([pred], {"a": gold}).scores["met_with.persons"]
    assert (s.tp, s.dates_right, s.dates_total) == (1, 0, 1)


def test_evaluate_met_with_countries_counts_one_fact_per_pair() -> None:
    gold = facts(met_with=[met("A B", "VNM", "C D", "LAO"), met("E F", "VNM", "G H", "LAO")])
    pred = facts(met_with=[met("X Y", "LAO", "Z W", "VNM")])
    s = evaluate([pred], {"a": gold}).scores["met_with.countries"]
    assert (s.tp, s.fp, s.fn) == (1, 0, 0)


def test_evaluate_office_actors_count_for_countries_not_persons() -> None:
    office = {
        "a": {"office": "President", "country": "VNM"},
        "b": {"name": "C D", "country": "LAO"},
    }
    report = evaluate([facts(met_with=[office])], {"a": facts(met_with=[office])})
    assert report.scores["met_with.countries"].tp == 1
    assert report.scores["met_with.persons"].tp == 0


def test_evaluate_upgraded_to_ignores_level_other() -> None:
    gold = facts(
        upgraded_to=[{"countries": ["VNM", "USA"], "level": "comprehensive_strategic_partnership"}]
    )
    pred = facts(
        upgraded_to=[
            {"countries": ["USA", "VNM"], "level": "comprehensive_strategic_partnership"},
            {"countries": ["USA", "VNM"], "level": "other", "label": "special relationship"},
        ]
    )
    s = evaluate([pred], {"a": gold}).scores["upgraded_to"]
    assert (s.tp, s.fp, s.fn) == (1, 0, 0)


def test_evaluate_signed_compares_party_sets() -> None:
    gold = facts(signed=[{"parties": ["VNM", "KAZ"]}, {"parties": ["VNM", "RUS", "BLR"]}])
    pred = facts(signed=[{"parties": ["KAZ", "VNM"]}, {"parties": ["VNM", "RUS"]}])
    s = evaluate([pred], {"a": gold}).scores["signed"]
    assert (s.tp, s.fp, s.fn) == (1, 1, 1)


def test_evaluate_published_accuracy_and_mean_f1_line() -> None:
    gold = facts(published="2025-05-13", persons=[{"name": "To Lam", "country": "VNM"}])
    report = evaluate([facts(published="2025-05-13")], {"a": gold})
    assert report.published_accuracy == 1.0
    text = format_report(report, misses=True)
    assert "FN persons [a.txt] To Lam (VNM)" in text
    assert text.splitlines()[-1] == f"mean F1 {report.mean_f1:.3f}"


def test_evaluate_gold_against_itself_is_perfect(shared_dir: Path) -> None:
    gold = load_gold(shared_dir / "gold" / "dev")
    report = evaluate(gold.values(), gold)
    assert report.mean_f1 == 1.0
    assert all(s.date_accuracy in (None, 1.0) for s in report.scores.values())


@pytest.mark.parametrize(
    "content", ["{not json", json.dumps({"article": "x", "persons": [{"country": "VNM"}]})]
)
def test_evaluate_bad_gold_file_raises_gold_error(tmp_path: Path, content: str) -> None:
    (tmp_path / "x.gold.json").write_text(content, encoding="utf-8")
    with pytest.raises(GoldError, match="x.gold.json"):
        load_gold(tmp_path)


@pytest.mark.parametrize(
    ("article", "gold_name"),
    [
        ("001.txt", "001"),
        ("001.txt", "001.txt"),
        ("page.html", "page"),
        ("news.jsonl:3", "news.jsonl:3"),
        ("news.jsonl:3", "news:3"),
    ],
)
def test_evaluate_gold_file_names(article: str, gold_name: str) -> None:
    gold = {gold_name: facts(article=article)}
    assert gold_for(article, gold) is gold[gold_name]
    assert gold_for("news.jsonl:4", gold) is None
