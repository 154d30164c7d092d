"""Score extracted facts against gold files, exactly as facts-format.md "How facts are
compared" defines.

    gold = load_gold(Path("gold/dev"))                 # article name → ArticleFacts
    report = evaluate(predicted_facts, gold)           # Report
    print(format_report(report, misses=True))

Facts are sets per article. Each metric turns an article's facts into comparable items;
a predicted item matching a required gold item is a true positive (one-to-one); one that
matches only an optional gold item, or a gold item already matched (a duplicate), is not
counted; the rest are false positives. Unmatched required gold items are false negatives.
Dates are scored over matched pairs whose gold date is not null.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from anyascii import anyascii
from pydantic import ValidationError

from ingest.errors import GoldError
from ingest.types import ArticleFacts, Level

GOLD_SUFFIX = ".gold.json"
_ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", ".jsonl"})
FACT_METRICS = ("persons", "met_with.persons", "met_with.countries", "upgraded_to", "signed")

_PUNCT = re.compile(r"[^\w\s]")


# ── gold files ───────────────────────────────────────────────────────────────────────


def load_gold(folder: Path) -> dict[str, ArticleFacts]:
    """Every `NAME.gold.json` under `folder`, validated; keyed by NAME (the article file
    name without its `.gold.json`, e.g. `001` for `001.txt`)."""
    if not folder.is_dir():
        raise GoldError(f"{folder}: not a folder of gold files", "pass --gold DIR")
    gold = {
        p.name[: -len(GOLD_SUFFIX)]: load_gold_file(p)
        for p in sorted(folder.rglob("*" + GOLD_SUFFIX))
    }
    if not gold:
        raise GoldError(f"{folder}: no *{GOLD_SUFFIX} files")
    return gold


def load_gold_file(path: Path) -> ArticleFacts:
    try:
        return ArticleFacts.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldError(f"{path}: cannot read gold file ({exc})") from None
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise GoldError(f"{path}: invalid gold file at {where}: {first['msg']}") from None


def gold_for(article: str, gold: dict[str, ArticleFacts]) -> ArticleFacts | None:
    """The gold of an article: `001.txt` → `001.gold.json` (or `001.txt.gold.json`);
    a JSON Lines record `news.jsonl:3` → `news.jsonl:3.gold.json` (or `news:3.gold.json`)."""
    for name in _gold_names(article):
        if name in gold:
            return gold[name]
    return None


def _gold_names(article: str) -> list[str]:
    file, sep, line = article.rpartition(":")
    if not (sep and line.isdigit()):
        file, sep, line = article, "", ""
    path = Path(file)
    stem = path.stem if path.suffix.lower() in _ARTICLE_SUFFIXES else file
    return [article, stem + sep + line]


# ── names ────────────────────────────────────────────────────────────────────────────


def fold(name: str) -> str:
    """ASCII, lower case, punctuation dropped, spaces collapsed."""
    return " ".join(_PUNCT.sub("", anyascii(name).lower().replace("_", " ")).split())


def names_match(a: str, a_aliases: frozenset[str], b: str, b_aliases: frozenset[str]) -> bool:
    """facts-format.md: equal folded, via aliases, or the initial-prefix rule for 2+ words."""
    if a == b or a in b_aliases or b in a_aliases:
        return True
    wa, wb = a.split(), b.split()
    if len(wa) < 2 or len(wb) < 2 or wa[-1] != wb[-1]:
        return False
    return wa[0].startswith(wb[0]) or wb[0].startswith(wa[0])


@dataclass(frozen=True)
class Name:
    folded: str
    aliases: frozenset[str]

    def matches(self, other: Name) -> bool:
        return names_match(self.folded, self.aliases, other.folded, other.aliases)


def _alias_table(facts: ArticleFacts) -> dict[str, frozenset[str]]:
    table: dict[str, frozenset[str]] = {}
    for person in facts.persons:
        key = fold(person.name)
        table[key] = table.get(key, frozenset()) | {fold(a) for a in person.aliases}
    return table


def _name(raw: str, table: dict[str, frozenset[str]]) -> Name:
    folded = fold(raw)
    return Name(folded, table.get(folded, frozenset()))


# ── items: what each metric compares ─────────────────────────────────────────────────


@dataclass(frozen=True)
class Item:
    """One comparable unit of a metric: a key compared by `match`, with dates and evidence."""

    key: Any
    optional: bool
    dates: tuple[str | None, ...]
    evidence: str

    def shows(self) -> str:
        return self.evidence or str(self.key)


def _person_items(facts: ArticleFacts) -> list[Item]:
    table = _alias_table(facts)
    return [
        Item((_name(p.name, table), p.country), p.optional, (), f"{p.name} ({p.country})")
        for p in facts.persons
    ]


def _met_person_items(facts: ArticleFacts) -> list[Item]:
    table = _alias_table(facts)
    return [
        Item(
            (_name(m.a.name, table), _name(m.b.name, table)),
            m.optional,
            (m.date,),
            f"{m.a.name} ~ {m.b.name}: {m.evidence}",
        )
        for m in facts.met_with
        if m.a.name and m.b.name
    ]


def _pair(a: str | None, b: str | None) -> tuple[str, str]:
    return tuple(sorted((a or "", b or "")))  # type: ignore[return-value]


def _grouped(rows: Iterable[tuple[Any, bool, str | None, str]]) -> list[Item]:
    """Collapse facts with the same key into one item ("one fact per pair per article");
    the item is optional only when every fact behind it is optional."""
    groups: dict[Any, list[tuple[bool, str | None, str]]] = {}
    for key, optional, date, evidence in rows:
        groups.setdefault(key, []).append((optional, date, evidence))
    return [
        Item(
            key,
            all(o for o, _, _ in group),
            tuple(d for o, d, _ in group if not o) or tuple(d for _, d, _ in group),
            next((e for o, _, e in group if not o), group[0][2]),
        )
        for key, group in groups.items()
    ]


def _met_country_items(facts: ArticleFacts) -> list[Item]:
    return _grouped(
        (_pair(m.a.country, m.b.country), m.optional, m.date, m.evidence) for m in facts.met_with
    )


def _upgraded_items(facts: ArticleFacts) -> list[Item]:
    return _grouped(
        ((_pair(*(u.countries + ["", ""])[:2]), u.level.value), u.optional, u.date, u.evidence)
        for u in facts.upgraded_to
        if u.level != Level.other
    )


def _signed_items(facts: ArticleFacts) -> list[Item]:
    return _grouped((frozenset(s.parties), s.optional, s.date, s.evidence) for s in facts.signed)


def _person_key_match(p: Any, g: Any) -> bool:
    return bool(p[1] == g[1] and p[0].matches(g[0]))


def _pair_names_match(p: Any, g: Any) -> bool:
    return (p[0].matches(g[0]) and p[1].matches(g[1])) or (
        p[0].matches(g[1]) and p[1].matches(g[0])
    )


def _equal(p: Any, g: Any) -> bool:
    return bool(p == g)


Metric = tuple[Callable[[ArticleFacts], list[Item]], Callable[[Any, Any], bool], bool]
METRICS: dict[str, Metric] = {  # items, match, scores dates
    "persons": (_person_items, _person_key_match, False),
    "met_with.persons": (_met_person_items, _pair_names_match, True),
    "met_with.countries": (_met_country_items, _equal, True),
    "upgraded_to": (_upgraded_items, _equal, True),
    "signed": (_signed_items, _equal, True),
}


# ── scores ───────────────────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class Miss:
    metric: str
    article: str
    kind: str  # "FP", "FN", or "DATE" (matched, but the date does not start with gold's)
    text: str


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    dates_right: int = 0
    dates_total: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def date_accuracy(self) -> float | None:
        return self.dates_right / self.dates_total if self.dates_total else None


@dataclass
class Report:
    scores: dict[str, Score] = field(default_factory=lambda: {m: Score() for m in METRICS})
    published_right: int = 0
    articles: int = 0
    misses: list[Miss] = field(default_factory=list)
    without_gold: list[str] = field(default_factory=list)

    @property
    def published_accuracy(self) -> float | None:
        return self.published_right / self.articles if self.articles else None

    @property
    def mean_f1(self) -> float:
        return sum(self.scores[m].f1 for m in FACT_METRICS) / len(FACT_METRICS)

    def to_json(self) -> dict[str, Any]:
        metrics = {
            name: {
                "precision": round(s.precision, 4),
                "recall": round(s.recall, 4),
                "f1": round(s.f1, 4),
                "tp": s.tp,
                "fp": s.fp,
                "fn": s.fn,
                "date_accuracy": None if s.date_accuracy is None else round(s.date_accuracy, 4),
                "dates": s.dates_total,
            }
            for name, s in self.scores.items()
        }
        return {
            "articles": self.articles,
            "metrics": metrics,
            "published_accuracy": self.published_accuracy,
            "mean_f1": round(self.mean_f1, 4),
            "without_gold": self.without_gold,
            "misses": [m.__dict__ for m in self.misses],
        }


def evaluate(predicted: Iterable[ArticleFacts], gold: dict[str, ArticleFacts]) -> Report:
    """Micro-averaged scores of `predicted` articles against their gold (articles without
    gold are listed in `report.without_gold`, not scored)."""
    report = Report()
    for facts in predicted:
        expected = gold_for(facts.article, gold)
        if expected is None:
            report.without_gold.append(facts.article)
            continue
        score_article(facts, expected, report)
    return report


def score_article(predicted: ArticleFacts, gold: ArticleFacts, report: Report) -> None:
    report.articles += 1
    report.published_right += predicted.published == gold.published
    for name, (items, match, dated) in METRICS.items():
        _score_metric(name, items(predicted), items(gold), match, dated, predicted.article, report)


def _score_metric(
    name: str,
    pred: list[Item],
    gold: list[Item],
    match: Callable[[Any, Any], bool],
    dated: bool,
    article: str,
    report: Report,
) -> None:
    score = report.scores[name]
    required = [g for g in gold if not g.optional]
    pairs = _max_matching(pred, required, match)
    matched_pred = {p for p, _ in pairs}
    matched_gold = {g for _, g in pairs}
    score.tp += len(pairs)
    for pi, p in enumerate(pred):
        if pi in matched_pred or any(match(p.key, g.key) for g in gold):
            continue  # a true positive, a duplicate of one, or an optional fact
        score.fp += 1
        report.misses.append(Miss(name, article, "FP", p.shows()))
    for gi, g in enumerate(required):
        if gi not in matched_gold:
            score.fn += 1
            report.misses.append(Miss(name, article, "FN", g.shows()))
    if dated:
        wrong = _score_dates(score, [(pred[p], required[g]) for p, g in pairs])
        report.misses += [
            Miss(
                name,
                article,
                "DATE",
                f"got {'/'.join(map(str, p.dates))} want "
                f"{'/'.join(d for d in g.dates if d)}: {g.shows()}",
            )
            for p, g in wrong
        ]


def _score_dates(score: Score, pairs: list[tuple[Item, Item]]) -> list[tuple[Item, Item]]:
    """Count date accuracy over matched pairs with a gold date; return the wrong pairs."""
    wrong = []
    for p, g in pairs:
        if not any(g.dates):
            continue
        score.dates_total += 1
        if _dates_agree(p, g):
            score.dates_right += 1
        else:
            wrong.append((p, g))
    return wrong


def _max_matching(
    pred: list[Item], gold: list[Item], match: Callable[[Any, Any], bool]
) -> list[tuple[int, int]]:
    """Maximum one-to-one matching (augmenting paths), so a fuzzy name match cannot steal a
    gold fact another prediction needed. Pairs whose dates agree are matched first, so the
    same two people meeting twice are paired by date. Sets are small (tens per article)."""
    edges = [[gi for gi, g in enumerate(gold) if match(p.key, g.key)] for p in pred]
    agreeing = [
        [gi for gi in edges[pi] if _dates_agree(pred[pi], gold[gi])] for pi in range(len(pred))
    ]
    owner: dict[int, int] = {}
    for graph in (agreeing, edges):
        for pi in range(len(pred)):
            if pi not in owner.values():
                _augment(pi, graph, owner, set())
    return sorted((pi, gi) for gi, pi in owner.items())


def _augment(pi: int, edges: list[list[int]], owner: dict[int, int], seen: set[int]) -> bool:
    for gi in edges[pi]:
        if gi in seen:
            continue
        seen.add(gi)
        if gi not in owner or _augment(owner[gi], edges, owner, seen):
            owner[gi] = pi
            return True
    return False


def _dates_agree(p: Item, g: Item) -> bool:
    gold_dates = [d for d in g.dates if d]
    return not gold_dates or any(pd.startswith(gd) for pd in p.dates if pd for gd in gold_dates)


# ── output ───────────────────────────────────────────────────────────────────────────


def format_report(report: Report, misses: bool = False) -> str:
    """The human-readable table; the last line is `mean F1 0.xxx`."""
    lines = [f"articles scored: {report.articles}"]
    if report.without_gold:
        lines.append(f"without gold (not scored): {len(report.without_gold)}")
    if misses:
        lines += [f"{m.kind} {m.metric} [{m.article}] {m.text}" for m in report.misses]
        lines.append("")
    lines.append(f"{'metric':<20} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}  date")
    for name, s in report.scores.items():
        date = (
            ""
            if s.date_accuracy is None
            else f"{s.date_accuracy:.3f} ({s.dates_right}/{s.dates_total})"
        )
        lines.append(
            f"{name:<20} {s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f} "
            f"{s.tp:>5} {s.fp:>5} {s.fn:>5}  {date}"
        )
    pub = report.published_accuracy
    lines.append(
        f"published accuracy {'n/a' if pub is None else f'{pub:.3f}'} "
        f"({report.published_right}/{report.articles})"
    )
    lines.append(f"mean F1 {report.mean_f1:.3f}")
    return "\n".join(lines)
