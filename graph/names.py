"""Person names: folding, keys, and which spellings name the same person.

Every comparison works on a *key*: the name folded to lower-case ASCII (anyascii, so
"Tô Lâm" and "To Lam" share the key `to lam`), punctuation dropped, leading honorifics
("President", "Mr.") stripped. Two keys of one country name the same person when

- they are equal;
- an article lists one as an alias of the other (`aliases` of a facts `Person`), and the
  alias still has two words after honorifics are stripped ("Minister Son" links nothing);
- one abbreviates the other ("a rudenko" ~ "andrey rudenko": same number of words, same
  last word, every other word equal or an initial of it) and it is the *only* full name
  it abbreviates, so "A. Rudenko" never joins one of two different Rudenkos;
- they differ only by a given name and its nickname (the `nicknames` dataset: "joe biden"
  ~ "joseph biden") or by middle initials one of them leaves out ("donald j trump" ~
  "donald trump"), and that is the *only* such name: "george bush" joins neither
  "george h w bush" nor "george w bush", which never join each other;
- they hold the same words in another order ("kishida fumio" ~ "fumio kishida": family
  names first or last, as the outlet writes them);
- in a country whose names put the given name first, one leaves out whole words of the
  other but keeps its last word ("joao lourenco" ~ "joao manuel goncalves lourenco",
  "tayyip erdogan" ~ "recep tayyip erdogan"), never a word before "bin"/"ibn" (that is a
  father's name: "hamad al thani" is not "tamim bin hamad al thani"), and again only when
  that is the *only* such name. Where the family name comes first (data/
  family_name_first.txt: Vietnamese, Chinese, Korean …) "nguyen dung" and "nguyen tan
  dung" are two full names of two people, so no words are dropped there;
- they hold the same letters with a space lost or added ("nguyen phutrong" ~ "nguyen
  phu trong": words a page glued together);
- "al" and "el" count as one word ("abdel fattah el sisi" ~ "abdel fattah al sisi");
- where the given name comes first, a name by patronymic leaves out the family name
  after it ("faisal bin farhan" ~ "faisal bin farhan al saud"), when that is the only
  such full name;
- one is a single word, the family name of the other where it comes last ("biden" ~
  "joseph r biden"), and the country has exactly one person with that family name
  ("Ferdinand Marcos" and "Ferdinand Marcos Jr." are two); where the family name comes
  first, the word a text uses alone there (data/lone_names.txt: the given name of a
  Vietnamese, "trong" ~ "nguyen phu trong"; the family name of a Chinese or a Korean,
  "xi" ~ "xi jinping"), and nowhere else;
- in a country whose names put the given name first, one word is misspelt: one letter
  added, dropped, changed or two swapped inside a word of five letters or more, the
  first and last letters kept ("inham aliyev" ~ "ilham aliyev"), when each is the
  other's only such key. Where the family name comes first, one-syllable words a letter
  apart are different names ("thanh"/"thinh"), so none are matched there, except where
  the country's names are known well enough to tell a word no name can hold (Vietnamese
  and Chinese, the extractor's name-shape rules: a family name of the list, then
  Vietnamese syllables or a pinyin given name): such a word, one slip from the word
  another key holds at its place with the same other words ("ngunyen phu trong" ~
  "nguyen phu trong", "le hoaid trung" ~ "le hoai trung"), when that is the only such
  key.

Nothing else merges: "nguyen minh vu" and "nguyen manh vu" share the family name, the
given name and the number of words, but a full middle word differs, so they stay two
people. The clusters are a function of the set of keys and links only, never of the order
they arrive in, which is what makes ingesting in batches give the same graph as one go.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import cache, lru_cache
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING

from anyascii import anyascii
from rapidfuzz.distance import OSA

if TYPE_CHECKING:
    from nicknames import NickNamer

_DATA = Path(__file__).parent / "data"
# Bumped whenever a change to these rules can merge or split names differently: a store
# records the rules its persons were resolved by (`graph.incremental.LEDGER_VERSION`).
NAME_RULES = 5
_NON_WORD = re.compile(r"[^a-z0-9]+")


@cache
def honorifics() -> frozenset[str]:
    """Words that may open a name without being part of it (data/honorifics.txt)."""
    lines = (_DATA / "honorifics.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


@cache
def family_name_first() -> frozenset[str]:
    """ISO3 codes of countries whose names are written family name first."""
    lines = (_DATA / "family_name_first.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.split("#")[0].strip() for w in lines if w.split("#")[0].strip())


@cache
def lone_name_word() -> dict[str, int]:
    """ISO3 → the word (0 first, -1 last) a lone name stands for, in countries whose
    names put the family name first (`data/lone_names.txt`)."""
    lines = (_DATA / "lone_names.txt").read_text(encoding="utf-8").splitlines()
    rows = [ln.split("\t") for ln in lines if ln.strip() and not ln.startswith("#")]
    return {iso3: 0 if where == "first" else -1 for iso3, where in rows}


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
    A name with no letters or digits at all keys as itself without spaces (a key's words
    are split at any space, "\x85" too), so such names never merge."""
    return " ".join(name_tokens(name)) or "".join(name.split())


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


def cluster(
    keys: Iterable[str],
    links: Iterable[tuple[str, str]],
    drop_words: bool = False,
    impossible: Callable[[int, str], bool | None] | None = None,
    lone_word: int | None = None,
) -> dict[str, str]:
    """Each key → the fullest key of its cluster (all keys belong to one country;
    `drop_words` when its names put the given name first, see `family_name_first`;
    `impossible`: whether a word at a place can be in no name of the country, where the
    country's names are known that well; `lone_word`: the word a
    one-word name stands for, 0 first or -1 last, the last when `drop_words`).
    `keys` may map each key to the number of articles that use it: of two spellings a
    slip of the pen apart, the rarer never names the cluster."""
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
    for group in _reordered_groups(parent):
        for other in group[1:]:
            union(group[0], other)
    # Found against the alias-linked clusters before any of them joins, so the result
    # does not depend on the order the keys come in.
    for group in list(_variant_groups(sorted(parent), find, drop_words)):
        for other in group[1:]:
            union(group[0], other)
    misspelt: set[str] = set()
    if drop_words:
        for a, b in _misspelt_pairs(sorted(parent)):
            union(a, b)
            misspelt.update(_rarer(a, b, keys if isinstance(keys, Mapping) else {}))
    for slip, known in _misspelt_known_words(sorted(parent), impossible):
        union(slip, known)
        misspelt.add(slip)
    for short, full in _unique_expansions(list(parent), find):
        union(short, full)
    if drop_words:
        for short, full in _family_name_left_out(sorted(parent), find):
            union(short, full)
    lone_word = -1 if drop_words else lone_word
    if lone_word is not None:
        for word, full in _mononym_owners(sorted(parent), find, lone_word):
            union(word, full)
    members: dict[str, list[str]] = {}
    for k in parent:
        members.setdefault(find(k), []).append(k)
    # A spelling fewer articles use than its slip-of-the-pen twin never names the person.
    best = {
        root: min(ks, key=lambda k: (k in misspelt, fullness(k))) for root, ks in members.items()
    }
    return {k: best[find(k)] for k in parent}


def _unique_expansions(keys: list[str], root: Callable[[str], str]) -> Iterable[tuple[str, str]]:
    """(abbreviated key, a full key it abbreviates) when all such full keys are already
    one person (alias-linked spellings count once). A key abbreviates only keys with its
    last word and the same first letters (`_initials`), so only those are compared."""
    full_by_initials: dict[tuple[str, ...], list[str]] = {}
    abbreviated = []
    for k in keys:
        if is_abbreviated(k):
            abbreviated.append(k)
        else:
            full_by_initials.setdefault(_initials(k), []).append(k)
    for k in abbreviated:
        candidates = [f for f in full_by_initials.get(_initials(k), []) if abbreviates(k, f)]
        if candidates and len({root(f) for f in candidates}) == 1:
            yield k, candidates[0]


def _family_name_left_out(keys: list[str], root: Callable[[str], str]) -> list[tuple[str, str]]:
    """(short key, full key) where the short one is a patronymic name ("tamim bin hamad")
    that the full one ends with a family name ("tamim bin hamad al thani"), when all
    such full keys are one person."""
    with_family: dict[str, list[str]] = {}
    for k in keys:
        words = k.split()
        for n in range(3, len(words) - 1):  # the family name: "al"/"el" and one word or two
            if words[n] in _ARTICLES and len(words) - n <= 3:
                with_family.setdefault(" ".join(words[:n]), []).append(k)
    return [
        (k, fulls[0])
        for k in keys
        if (fulls := with_family.get(k))
        and _PATRONYMIC.intersection(k.split()[1:-1])
        and len({root(f) for f in fulls}) == 1
    ]


def _initials(key: str) -> tuple[str, ...]:
    """The first letter of each word before the last, then the last word."""
    words = key.split()
    return (*(w[0] for w in words[:-1]), *words[-1:])


def _mononym_owners(
    keys: list[str], root: Callable[[str], str], at: int = -1
) -> list[tuple[str, str]]:
    """(one-word key, a longer key) where the word is the word at `at` (the family name
    where it comes last, `lone_names.txt` elsewhere) of exactly one person of the country:
    an article that says only "President Biden" or "Albanese" names "Joseph R. Biden" or
    "Anthony Albanese" when the store knows one such person and no other; two, and it
    joins neither."""
    owners: dict[str, list[str]] = {}
    for k in keys:
        words = k.split()
        while len(words) > 1 and words[-1] in _GENERATIONS:
            words.pop()  # "ferdinand marcos jr": "marcos" is his, and his father's
        if len(words) > 1:
            owners.setdefault(words[at], []).append(k)
    return [
        (k, owners[k][0])
        for k in keys
        if " " not in k and k in owners and len({root(full) for full in owners[k]}) == 1
    ]


_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _misspelt_pairs(keys: list[str]) -> list[tuple[str, str]]:
    """Pairs of keys one slip of the pen apart, each the other's only such key: the same
    words but one, which differs by one letter added, dropped, changed or two swapped
    (optimal string alignment distance 1), inside the word ("inham aliyev" ~ "ilham
    aliyev"). Both spellings of that word have five letters or more and share their
    first and last letters, so "andrea"/"andreas", "paul"/"paula" and "christian"/
    "christina" (another name, not a slip) stay apart."""
    by_rest: dict[tuple[int, str, str, str], list[str]] = {}
    for k in keys:
        for shape in _slip_shapes(k):
            by_rest.setdefault(shape, []).append(k)
    slips: dict[str, set[str]] = {}
    for k in keys:
        words = k.split()
        for shape in _slip_shapes(k):
            at = shape[0]
            for other in by_rest[shape]:
                if other != k and OSA.distance(words[at], other.split()[at]) == 1:
                    slips.setdefault(k, set()).add(other)
    return [
        (k, other)
        for k, found in slips.items()
        for other in found
        if k < other and len(found) == 1 and slips[other] == {k}
    ]


def _misspelt_known_words(
    keys: list[str], impossible: Callable[[int, str], bool | None] | None
) -> list[tuple[str, str]]:
    """(key, its only twin) where a word of the key (four letters or more) can be in no
    name of the country, and the twin has, at its place, a word that can, one slip away
    (OSA distance 1), and the same other words."""
    if impossible is None:
        return []
    slips = [
        (k, at, word)
        for k in keys
        if " " in k
        for at, word in enumerate(k.split())
        if len(word) >= 4 and impossible(at, word)
    ]
    if not slips:
        return []  # most countries: their names are not known that well, or none is odd
    by_rest: dict[tuple[int, str], list[str]] = {}  # (place, the other words) → keys
    for k in keys:
        for at in range(len(k.split())):
            by_rest.setdefault((at, _without_word(k, at)), []).append(k)
    pairs = []
    for k, at, word in slips:
        twins = [
            t
            for t in by_rest[(at, _without_word(k, at))]
            if OSA.distance(word, w := t.split()[at]) == 1 and not impossible(at, w)
        ]
        if len(twins) == 1:
            pairs.append((k, twins[0]))
    return pairs


def _without_word(key: str, at: int) -> str:
    words = key.split()
    return " ".join(words[:at] + ["_"] + words[at + 1 :])


def _rarer(a: str, b: str, counts: Mapping[str, int]) -> set[str]:
    """The one of two spellings fewer articles use (none on a tie)."""
    ca, cb = counts.get(a, 0), counts.get(b, 0)
    return {a} if ca < cb else {b} if cb < ca else set()


def _slip_shapes(key: str) -> list[tuple[int, str, str, str]]:
    """Per word of five letters or more: its place, the other words, its first and last
    letters. Two keys one slip apart in that word share this shape."""
    words = key.split()
    if len(words) < 2:
        return []
    return [
        (n, _without_word(key, n), word[0], word[-1])
        for n, word in enumerate(words)
        if len(word) >= _SLIP_MIN_LETTERS
    ]


_SLIP_MIN_LETTERS = 5


@cache
def _nicknamer() -> NickNamer:
    from nicknames import NickNamer  # here: its import reads package metadata (~50 ms)

    return NickNamer()


@cache
def _given_names() -> frozenset[str]:
    """Every name the nickname dataset relates to another (either side)."""
    names = _nicknamer()
    return frozenset(names.nickname_lookup) | frozenset(names.canonical_lookup)


def nickname_pair(a: str, b: str) -> bool:
    """One given name is a nickname of the other ("joe" ~ "joseph", "bill" ~ "william")."""
    names = _nicknamer()
    return a in names.nicknames_of(b) or b in names.nicknames_of(a)


def variant_of(a: str, b: str, drop_words: bool = False) -> bool:
    """`a` and `b` differ only by given names and their nicknames, or by middle initials
    one of them leaves out (and, with `drop_words`, whole words the shorter leaves out);
    the same last word, and no two different middle initials."""
    wa, wb = a.split(), b.split()
    if a == b or min(len(wa), len(wb)) < 2 or wa[-1] != wb[-1]:
        return False
    initials_a, initials_b = _middle_initials(wa), _middle_initials(wb)
    if initials_a and initials_b and initials_a != initials_b:
        return False  # "george h w bush" and "george w bush" are two people
    plain_a, plain_b = _without_middle_initials(wa), _without_middle_initials(wb)
    if plain_a == plain_b and initials_a == initials_b:
        return False
    if len(plain_a) == len(plain_b):
        return all(_same_word(x, y) for x, y in zip(plain_a, plain_b, strict=True))
    short, long = sorted((plain_a, plain_b), key=len)
    return drop_words and _kept_in_order(short, long)


def _same_word(x: str, y: str) -> bool:
    return x == y or {x, y} == _ARTICLES or nickname_pair(x, y)


_ARTICLES = {"al", "el"}
_PATRONYMIC = frozenset({"bin", "binti", "bint", "ibn", "ben", "bte"})


def _kept_in_order(short: list[str], long: list[str]) -> bool:
    """`short` is `long` with whole words left out, none of them a patronymic's "bin"
    (what comes before it is the person's own name, not one to drop)."""
    at = 0
    for word in short:
        skipped_to = at
        while at < len(long) and not _same_word(word, long[at]):
            at += 1
        if at == len(long) or _PATRONYMIC & set(long[skipped_to:at]):
            return False
        at += 1
    return at == len(long)


def _reordered_groups(keys: Iterable[str]) -> Iterable[list[str]]:
    """Keys of two or more words that hold the same words in another order, or the same
    letters with a space lost or added ("nguyen phutrong", a page's glued words)."""
    by_words: dict[tuple[str, ...] | str, list[str]] = {}
    for k in keys:
        words = tuple(sorted(k.split()))
        if len(words) > 1:
            by_words.setdefault(words, []).append(k)
            by_words.setdefault("".join(k.split()), []).append(k)
    return (sorted(set(group)) for group in by_words.values() if len(set(group)) > 1)


def _middle_initials(words: list[str]) -> tuple[str, ...]:
    return tuple(w for w in words[1:-1] if len(w) == 1)


def _without_middle_initials(words: list[str]) -> list[str]:
    return [words[0], *(w for w in words[1:-1] if len(w) > 1), words[-1]]


def _may_vary(key: str, drop_words: bool) -> bool:
    """Whether `key` can have a variant at all: a middle initial, "al"/"el", a given name
    the nickname dataset knows, or (`drop_words`) two words or more. Most keys of a
    family-name-first country have none, and are not compared."""
    words = key.split()
    if len(words) < 2:
        return False
    if drop_words or _middle_initials(words) or _ARTICLES.intersection(words):
        return True
    known = _given_names()  # the nickname dataset, loaded only when it decides
    return any(w in known for w in words[:-1])


def _variant_groups(
    keys: list[str], root: Callable[[str], str], drop_words: bool
) -> Iterable[list[str]]:
    """Keys linked by `variant_of` (through each other, too) whose every two members are
    variants or already one person: "joe biden", "joseph biden", "joseph r biden" are one;
    "george bush" between "george h w bush" and "george w bush" joins nothing."""
    by_last: dict[str, list[str]] = {}
    for k in keys:
        if _may_vary(k, drop_words):
            by_last.setdefault(k.rsplit(" ", 1)[-1], []).append(k)
    for same_last in by_last.values():
        for group in _linked(same_last, drop_words):
            if len(group) > 1 and all(
                variant_of(a, b, drop_words) or root(a) == root(b)
                for a, b in combinations(group, 2)
            ):
                yield group


def _linked(keys: list[str], drop_words: bool) -> list[list[str]]:
    """The connected groups of `keys` under `variant_of`, each sorted. Each key is
    compared only with the keys that share a given-name token with it (`_given_tokens`):
    two variants always do, and a surname shared by thousands stays cheap."""
    by_token: dict[str, list[str]] = {}
    for k in keys:
        for token in _given_tokens(k):
            by_token.setdefault(token, []).append(k)
    seen: set[str] = set()
    groups = []
    for start in keys:
        if start in seen:
            continue
        group, frontier = [start], [start]
        seen.add(start)
        while frontier:
            k = frontier.pop()
            for token in _given_tokens(k):
                for other in by_token[token]:
                    if other not in seen and variant_of(k, other, drop_words):
                        seen.add(other)
                        group.append(other)
                        frontier.append(other)
        groups.append(sorted(group))
    return groups


def _given_tokens(key: str) -> set[str]:
    """Tokens of the words before the last (without middle initials): the word, the
    names it is a nickname of, and "al" for "el". Two keys `variant_of` each other keep at
    least one such word in common up to `_same_word`, and `_same_word` words share a
    token: a nickname's token set holds its canonical name, which is the canonical's own."""
    tokens: set[str] = set()
    for word in _without_middle_initials(key.split())[:-1]:
        tokens.add("al" if word in _ARTICLES else word)
        tokens.update(_canonicals(word))
    return tokens


@lru_cache(maxsize=65536)
def _canonicals(word: str) -> frozenset[str]:
    return frozenset(_nicknamer().canonicals_of(word))
