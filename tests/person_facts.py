"""The persons an extractor test reads from a text: shared by the persons tests."""

from __future__ import annotations

from ingest.extract.persons import read_persons
from ingest.extract.sentences import split_sentences


def persons_of(
    text: str, home: str | None = None, place: str | None = None
) -> dict[str, tuple[str | None, str]]:
    """Each person's name → (country, title), countries filled as the article's would be
    (`home`: the publisher's country, `place`: the dateline's)."""
    people = read_persons(text, split_sentences(text))
    people.registry.fill_countries(home, place, [])
    return {p.name: (p.country, p.title) for p in people.registry.persons}
