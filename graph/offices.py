"""Office titles: which spellings name the same office of one country.

An Office node's id is its country and this key, so "Foreign Minister", "FM" and
"Minister of Foreign Affairs" of one country are one node (shown under its most common
spelling written out, `display_title`), and "Chairwoman of the National Assembly" is the
office "Chairman of the National Assembly": an office does not change with the person
holding it. Spellings the table (data/office_titles.txt) does not list stay their own
office: nothing is guessed.
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

from graph.names import fold

_DATA = Path(__file__).parent / "data"
# Bumped whenever a change here can merge or split offices differently (office ids are
# stored: `graph.incremental.LEDGER_VERSION`).
OFFICE_RULES = 1
_ABBREVIATIONS = {
    "pm": "prime minister",
    "dpm": "deputy prime minister",
    "fm": "foreign minister",
    "na": "national assembly",
}
# Word by word, before the table: abbreviations and the holder's gender
_WORDS = {
    **_ABBREVIATIONS,
    "chairwoman": "chairman",
    "chairperson": "chairman",
    "defense": "defence",
}


@cache
def _spellings() -> dict[str, str]:
    """Every listed spelling (folded) → the office it names."""
    table: dict[str, str] = {}
    for line in (_DATA / "office_titles.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        office, _, forms = line.partition("=")
        for form in forms.split("|"):
            table[form.strip()] = office.strip()
    return table


@lru_cache(maxsize=1 << 14)
def office_key(title: str) -> str:
    """The folded office a title names ("Minister of Foreign Affairs" → "foreign minister")."""
    words = " ".join(_WORDS.get(w, w) for w in fold(title).split())
    return _spellings().get(words, words)


def display_title(counts: dict[str, int]) -> str | None:
    """How an Office node is titled, from the spellings articles gave and how often: the
    most common one that spells its words out ("Prime Minister" over a more frequent
    "PM"); when every spelling abbreviates, the most common one spelt out ("Deputy FM"
    → "Deputy Foreign Minister"), so a title search finds every office."""
    if not counts:
        return None
    full = [t for t in counts if not _abbreviated(t)]
    title = min(full or counts, key=lambda t: (-counts[t], t))
    return title if full else " ".join(_spelt_out(w) for w in title.split())


def _spelt_out(word: str) -> str:
    full = _ABBREVIATIONS.get(word.strip(".").lower())
    return full.title() if full else word


def _abbreviated(title: str) -> bool:
    return any(w.strip(".").lower() in _ABBREVIATIONS for w in title.split())
