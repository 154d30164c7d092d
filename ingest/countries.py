"""Countries as ISO 3166-1 alpha-3 codes, from names, official forms and demonyms.

pycountry gives the names and official forms; `data/countries.tsv` adds the forms news
text uses ("Viet Nam", "the US", "RoK", "Lao PDR", "Türkiye") and demonyms ("Polish",
"Emirati"), and blocks forms that are not countries (ASEAN, the EU, "South China Sea",
"Lao Cai") so that scanning consumes them instead of reporting the country inside them.
Everything is loaded and compiled once, at import.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import ahocorasick
import pycountry
from anyascii import anyascii

_DATA = Path(__file__).parent / "data" / "countries.tsv"  # siblings: cities, publishers
_BLOCKED = "-"


@dataclass(frozen=True)
class CountryMention:
    start: int
    end: int
    iso3: str
    surface: str
    is_demonym: bool

    def __init__(self, start: int, end: int, iso3: str, surface: str, is_demonym: bool) -> None:
        # the instance dict filled as `sentences.Span` does: every country word makes one
        fields = self.__dict__
        fields["start"] = start
        fields["end"] = end
        fields["iso3"] = iso3
        fields["surface"] = surface
        fields["is_demonym"] = is_demonym


@dataclass(frozen=True)
class _Form:
    iso3: str  # "-" for blocked forms
    is_demonym: bool
    is_organisation: bool = False


def _fold(name: str) -> str:
    """Lookup key: ASCII, lower case, no leading article, possessive or dots."""
    key = anyascii(name).strip().lower()
    key = re.sub(r"['’]s$", "", key)
    key = re.sub(r"^the\s+", "", key)
    key = key.replace(".", "")
    return re.sub(r"\s+", " ", key).strip()


def _pycountry_forms() -> dict[str, _Form]:
    forms: dict[str, _Form] = {}
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            name = getattr(country, attr, None)
            # "Korea, Republic of" and "Holy See (Vatican City State)" are catalogue
            # forms no article writes; the data file carries the readable ones.
            if name and "," not in name and "(" not in name:
                forms[re.sub(r"^the ", "", name)] = _Form(country.alpha_3, False)
    return forms


def _data_forms() -> dict[str, _Form]:
    forms: dict[str, _Form] = {}
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        form, iso3, kind = line.split("\t")
        forms[form] = _Form(iso3, kind == "demonym", kind == "org")
    return forms


def _surface_variants(forms: dict[str, _Form]) -> dict[str, _Form]:
    """Add all-caps forms (headlines: "VIETNAM, RUSSIA …") for names longer than 4."""
    variants = dict(forms)
    for form, info in forms.items():
        if len(form) > 4 and form.upper() not in variants:
            variants[form.upper()] = info
    return variants


def trie_pattern(words: Iterable[str], word_start: str = "") -> str:
    """One regex from a character trie: Python's `re` scans it far faster than a flat
    alternation of hundreds of names. Longer continuations are tried first; a word that
    ends where a longer one continues needs the text to stop there (the caller's
    boundary), else the engine backtracks to the shorter one.

    `word_start` (e.g. `(?<!\\w\\w)`, "no word character before the first letter") is
    put right after each first character: a pattern that opens with plain characters
    lets `re` jump from candidate to candidate, several times faster than a pattern
    that opens with a lookbehind."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    if not word_start:
        return _node_pattern(trie)
    branches = [
        re.escape(char) + (word_start if re.match(r"\w", char) else "") + _node_pattern(child)
        for char, child in sorted(trie.items())
        if char
    ]
    return "(?:" + "|".join(branches) + ")"


class WordStarts:
    """Where any of `words` stands as a whole word (no word character or hyphen before
    it; `after`, a lookahead, after it).

    A regex that looks for the character before a word tests a Unicode character class
    at every position of the text, and the trie after each of them. Instead the text is
    first turned into bytes, one per character, where every character that cannot be
    part of a word is a space (`_spaced`): `re` finds the spaces with a plain character
    search and tries the trie of the words' first pieces only there. That gives every
    place a word may stand (and a few more: a letter outside Latin-1 turns into a space
    too), and each is then checked on the text itself with the exact pattern."""

    def __init__(
        self, words: Iterable[str], after: str = r"(?![\w-])", glued: Iterable[str] = ()
    ) -> None:
        """`glued`: words that may stick to the end of one of `words` ("Ambassadorto"
        stands where "Ambassador" does)."""
        words = list(words)
        pieces = _first_pieces(words)
        glue = "(?:" + "|".join(glued) + ")?" if glued else ""
        self._at = re.compile(trie_pattern(words) + glue + after)
        # The class of first letters is a single test: `re` tries a trie's first-level
        # branches one by one, so a word no piece starts with would cost all of them.
        firsts = re.escape("".join(sorted({piece[0] for piece in pieces}))).encode("latin-1")
        self._candidates = re.compile(
            b" (?=["
            + firsts
            + b"])(?:"
            + _bytes_trie(pieces)
            + b")"
            + glue.encode("latin-1")
            + rb"(?![A-Za-z0-9_])"
        )

    def starts(self, text: str, start: int = 0, end: int | None = None) -> list[int]:
        """Start offsets of the words in `text[start:end]`, in order."""
        end = len(text) if end is None else end
        found = [start] if self._word_at(text, start, end) else []
        at = self._at.match
        for candidate in self._candidates.finditer(_spaced(text[start:end])):
            word = start + candidate.start() + 1
            before = text[word - 1]
            if not (before.isalnum() or before in "_-") and at(text, word, end):
                found.append(word)
        return found

    def _word_at(self, text: str, start: int, end: int) -> bool:
        before = text[start - 1] if start > 0 else " "
        return not (before.isalnum() or before in "_-") and bool(self._at.match(text, start, end))


# Byte → itself when its Latin-1 character is a word character or a hyphen, else a space.
# Characters beyond Latin-1 are encoded as "?" first, so they turn into spaces as well.
_SPACED = bytes(b if chr(b).isalnum() or chr(b) in "_-" else 0x20 for b in range(256))


def _spaced(text: str) -> bytes:
    """`text` as bytes, one per character (offsets kept), non-word characters spaces."""
    return text.encode("latin-1", "replace").translate(_SPACED)


def _first_pieces(words: list[str]) -> set[str]:
    """What `_spaced` makes of each word, up to its first space ("H.E." gives "H"): a
    match of the first piece consumes no space where another word could start."""
    pieces = [_spaced(word).split(b" ", 1)[0] for word in words]
    if not all(pieces):
        raise ValueError("WordStarts: every word must start with a word character")
    return {piece.decode("latin-1") for piece in pieces}


def _bytes_trie(words: set[str]) -> bytes:
    return trie_pattern(words).encode("latin-1")


def _node_pattern(node: dict[str, dict]) -> str:
    branches = [
        re.escape(char) + _node_pattern(child) for char, child in sorted(node.items()) if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return "(?:" + body + ")?"
    return body


def _words_file(name: str) -> list[str]:
    text = (_DATA.parent / name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


_FORMS: dict[str, _Form] = _surface_variants({**_pycountry_forms(), **_data_forms()})
_BY_KEY: dict[str, _Form] = {}
for _surface, _info in _FORMS.items():
    _BY_KEY.setdefault(_fold(_surface), _info)

# "300 million US dollars", "Singapore dollars", "Vietnamese dong": money, not a country.
_MONEY = r"[ \t]+(?i:" + trie_pattern(_words_file("countries_not_after.txt")) + r")(?![\w-])"
# Longest first so "South Korea" wins over "Korea" and "South China Sea" over "China".
# No word character on either side; "US$" is money, not the United States. The money
# words after a form are matched in the same pass (group `money`), not by a second
# regex call per form.
_SCAN = re.compile(
    trie_pattern(_FORMS, word_start=r"(?<!\w\w)") + r"(?![\w$])(?P<money>" + _MONEY + ")?"
)


def country_code(name: str) -> str | None:
    """ISO alpha-3 for a country name, official form or demonym; None otherwise."""
    form = _BY_KEY.get(_fold(name))
    if form is None or form.iso3 == _BLOCKED:
        return None
    return form.iso3


def is_demonym(word: str) -> bool:
    """Whether `word` is a demonym ("Russian", "Emirati") of some country."""
    form = _BY_KEY.get(_fold(word))
    return bool(form and form.is_demonym and form.iso3 != _BLOCKED)


def find_organisations(text: str) -> list[tuple[int, int]]:
    """Spans of international organisations (ASEAN, the UN, the European Council …)."""
    return scan(text)[1]


def find_countries(text: str) -> list[CountryMention]:
    """Every country name or demonym in `text`, left to right, without overlaps."""
    return scan(text)[0]


def scan(text: str) -> tuple[list[CountryMention], list[tuple[int, int]]]:
    """Countries and international organisations in `text`, in one pass."""
    mentions: list[CountryMention] = []
    organisations: list[tuple[int, int]] = []
    for match in _SCAN.finditer(text):
        if match.group("money") is not None:
            continue  # consumed: "Hong Kong dollars" reports neither Hong Kong nor a part
        surface = match.group()
        form = _FORMS[surface]
        if form.is_organisation:
            organisations.append(match.span())
        elif form.iso3 != _BLOCKED:
            start, end = match.span()
            mentions.append(CountryMention(start, end, form.iso3, surface, form.is_demonym))
    return mentions, organisations


# ── places and publishers: where an article stands ───────────────────────────────────


def _pairs_file(name: str) -> list[tuple[str, str]]:
    text = (_DATA.parent / name).read_text(encoding="utf-8")
    rows = [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return [(a, b) for a, b in rows]


def _city_rows() -> list[list[str]]:
    text = (_DATA.parent / "countries_cities.tsv").read_text(encoding="utf-8")
    return [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


_CITY_ROWS = _city_rows()
_CITIES: dict[str, str] = {_fold(row[0]): row[1] for row in _CITY_ROWS}
# Capitals as written → country: relation statements use them for the country itself.
CAPITALS: dict[str, str] = {row[0]: row[1] for row in _CITY_ROWS if row[2:] == ["capital"]}
_CITY_SCAN = re.compile(
    r"(?<![\w])" + trie_pattern(sorted({row[0] for row in _CITY_ROWS})) + r"(?![\w])",
    re.IGNORECASE,
)
_META = set(".^$*+?{}[]()|\\")


def _anchors(pattern: str) -> tuple[str, ...] | None:
    """Literal text one of which every match of `pattern` contains (each top-level
    alternative's leading literal characters), or None when an alternative has none: a
    cheap `in` test then spares the regex search on most pages."""
    anchors: list[str] = []
    for alternative in _top_level_alternatives(pattern):
        literal, i = [], 0
        while alternative.startswith("\\b", i):
            i += 2
        while i < len(alternative):
            char = alternative[i]
            if char == "\\" and i + 1 < len(alternative) and not alternative[i + 1].isalnum():
                literal.append(alternative[i + 1])
                i += 2
            elif char in _META:
                break
            else:
                literal.append(char)
                i += 1
        if not literal or (i < len(alternative) and alternative[i] in "?*{"):
            return None  # nothing required, or the last literal character is optional
        anchors.append("".join(literal))
    return tuple(anchors)


def _top_level_alternatives(pattern: str) -> list[str]:
    parts, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        depth += char in "([" and 1 or (-1 if char in ")]" else 0)
        if char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


_PUBLISHERS = [
    (re.compile(pattern), _anchors(pattern), iso3)
    for pattern, iso3 in _pairs_file("publishers.tsv")
]


def city_country(name: str) -> str | None:
    """The country a city is in ("Cairo" → EGY); a city is a place, not a country."""
    return _CITIES.get(_fold(name))


def first_city_country(text: str) -> str | None:
    """The country of the first known city in `text` (a dateline: "CAIRO", "Hanoi (VNA)")."""
    match = _CITY_SCAN.search(text)
    return city_country(match.group()) if match else None


def _anchor_automaton() -> ahocorasick.Automaton:
    """Every publisher's anchors: one pass over a page's head tells which stand there
    (a pattern whose anchors do not is not tried)."""
    automaton = ahocorasick.Automaton()
    for _, anchors, _ in _PUBLISHERS:
        for anchor in anchors or ():
            automaton.add_word(anchor, anchor)
    automaton.make_automaton()
    return automaton


_PUBLISHER_ANCHORS = _anchor_automaton()
_UNANCHORED = sum(anchors is None for _, anchors, _ in _PUBLISHERS)  # always tried


def publisher_country(head: str) -> str | None:
    """The country of the news agency or official site named in a page's first lines;
    an outlet the page cites ("Japan's Nikkei newspaper reported", "according to Xinhua")
    is another page's publisher, not this one's."""
    present = {anchor for _, anchor in _PUBLISHER_ANCHORS.iter(head)}
    if not present and _UNANCHORED == 0:
        return None  # most pages, and every meta line without a masthead
    for pattern, anchors, iso3 in _PUBLISHERS:
        if anchors is not None and present.isdisjoint(anchors):
            continue
        if any(not _cited(head, m) for m in pattern.finditer(head)):
            return iso3
    return None


# Before the outlet: "according to", "Japan's", "Chinese official media"; after it: "reported",
# "newspaper said", "News Agency reported" — a source the page quotes.
_CITED_BEFORE = re.compile(
    r"(?:\b(?:according to|citing|cited by|quoted by|reported by)(?:\s+the)?"
    r"|\b[A-Z]\w+['’]s|\b(?:official|state|news) (?:media|agency|outlet))\s+\Z"
)
_CITED_AFTER = re.compile(
    r"(?:\s+[A-Z]?[a-z]+){0,2}?\s+(?:newspaper|daily|agency|outlet)?\s*"
    r"(?:reported|reports|said|says|quoted|cited)\b"
)


def _cited(head: str, match: re.Match[str]) -> bool:
    before = head[max(0, match.start() - 40) : match.start()]
    return bool(_CITED_BEFORE.search(before) or _CITED_AFTER.match(head, match.end()))
