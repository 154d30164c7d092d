"""What the upgrade and signing extractor tests share: run an extractor over a short
article body and reduce its facts to tuples that compare as sets."""

from __future__ import annotations

from ingest.extract.sentences import split_sentences
from ingest.extract.signings import find_signings
from ingest.extract.upgrades import find_upgrades
from ingest.types import Doc, Level, Signed

UpgradeFact = tuple[frozenset[str], Level, "str | None"]
SigningFact = tuple[frozenset[str], "str | None"]


def _doc(text: str, published: str | None) -> Doc:
    return Doc(name="t.txt", raw=text, body=text, published=published)


def upgrade_facts(text: str, published: str | None) -> set[UpgradeFact]:
    found = find_upgrades(_doc(text, published), split_sentences(text))
    return {(frozenset(u.countries), u.level, u.date) for u in found}


def upgrade_fact(a: str, b: str, level: Level, date: str | None) -> UpgradeFact:
    return frozenset({a, b}), level, date


def signings(text: str, published: str | None) -> list[Signed]:
    return find_signings(_doc(text, published), split_sentences(text))


def signing_facts(text: str, published: str | None) -> set[SigningFact]:
    return {(frozenset(s.parties), s.date) for s in signings(text, published)}


def signing_fact(*parties: str, date: str | None) -> SigningFact:
    return frozenset(parties), date
