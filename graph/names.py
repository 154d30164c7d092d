"""Person names: folding, keys, and which spellings name the same person.

Every comparison works on a *key*: the name folded to lower-case ASCII (anyascii, so
"Tô Lâm" and "To Lam" share the key `to lam`), punctuation dropped, leading honorifics
("President", "Mr.") stripped. Two keys of one country name the same person when

- they are equal;
- an article lists one as an alias of the other (`aliases` of a facts `Person`), and the
  alias still has two words after honorifics are stripped ("Minister Son" links nothing);
- one abbreviates the other ("a rudenko" ~ "andrey rudenko": same number of words, same
  last word, every other word equal or an initial of it) and it is the *only* full name
  it abbreviates, so "A. Rudenko" never joins one of two different Rudenkos.

Nothing else merges: "nguyen minh vu" and "nguyen manh vu" share the family name, the
given name and the number of words, but a full middle word differs, so they stay two
people. The clusters are a function of the set of keys and links only, never of the order
they arrive in, which is what makes ingesting in batches give the same graph as one go.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache, lru_cache
from pathlib import Path

from anyascii import anyascii

_DATA = Path(__file__).parent / "data"
_NON_WORD = re.compile(r"[^a-z0-9]+")


@cache
def honorifics() -> frozenset[str]:
    """Words that may open a name without being part of it (data/honorifics.txt)."""
    lines = (_DATA / "honorifics.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def fold(text: str) -> str:
    """Lower-case ASCII words separated by single spaces ("Tô Lâm" → "to lam")."""
    return _NON_WORD.sub(" ", anyascii(text).lower()).strip()


def name_tokens(name: str) -> tuple[str, ...]:
    """The folded words of a name without leading honorifics (kept if nothing else is left)."""
    words = fold(name).split()
    titles = honorifics()
    start = 0
    while start < len(words) - 1 and words[start] in titles:
        start += 1
    return tuple(words[start:])


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """The comparison key of a name (cached: the same names recur in every article).
    A name with no letters or digits at all keys as itself, so such names never merge."""
    return " ".join(name_tokens(name)) or name.strip()


def is_abbreviated(key: str) -> bool:
    """True when a word before the last is a bare initial ("a rudenko")."""
    words = key.split()
    return any(len(w) == 1 for w in words[:-1])


def abbreviates(short: str, full: str) -> bool:
    """`short` is `full` with some leading words cut to their initial."""
    s, f = short.split(), full.split()
    if len(s) != len(f) or len(s) < 2 or s == f or s[-1] != f[-1]:
        return False
    return all(
        a == b or (len(a) == 1 and b.startswith(a)) for a, b in zip(s[:-1], f[:-1], strict=True)
    )


def fullness(key: str) -> tuple[int, bool, int, str]:
    """Sort key putting the fullest form first: most words, not abbreviated, longest."""
    return (-len(key.split()), is_abbreviated(key), -len(key), key)


def cluster(keys: Iterable[str], links: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Each key → the fullest key of its cluster (all keys belong to one country)."""
    parent: dict[str, str] = {k: k for k in keys}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    for a, b in links:
        if a in parent and b in parent and len(a.split()) > 1 and len(b.split()) > 1:
            union(a, b)
    for short, full in _unique_expansions(list(parent), find):
        union(short, full)
    members: dict[str, list[str]] = {}
    for k in parent:
        members.setdefault(find(k), []).append(k)
    best = {root: min(ks, key=fullness) for root, ks in members.items()}
    return {k: best[find(k)] for k in parent}


def _unique_expansions(keys: list[str], root: Callable[[str], str]) -> Iterable[tuple[str, str]]:
    """(abbreviated key, a full key it abbreviates) when all such full keys are already
    one person (alias-linked spellings count once)."""
    by_last: dict[str, list[str]] = {}
    for k in keys:
        by_last.setdefault(k.rsplit(" ", 1)[-1], []).append(k)
    for k in keys:
        if not is_abbreviated(k):
            continue
        candidates = [
            f for f in by_last[k.rsplit(" ", 1)[-1]] if not is_abbreviated(f) and abbreviates(k, f)
        ]
        if candidates and len({root(f) for f in candidates}) == 1:
            yield k, candidates[0]
