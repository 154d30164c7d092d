"""Tokens of article text, classed for reading persons: one pass per article.

Each word is a country word (C, from `ingest.countries`), an international organisation
(G), a title word (T, `data/titles.tsv`), an honorific (H), "counterpart" (K), a
connector (J), a name particle (P), a name-like capitalised word (N) or other (O; runs of
plain words are one token, only the gap matters). Offsets stay those of the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ingest.countries import CountryMention, WordStarts, scan, trie_pattern

_DATA = Path(__file__).parent.parent / "data"


def _lines(name: str) -> list[str]:
    text = (_DATA / name).read_text(encoding="utf-8")
    return [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


TITLE_CLASS: dict[str, str] = dict(ln.split("\t") for ln in _lines("titles.tsv"))
HEADS = {w for w, c in TITLE_CLASS.items() if c in ("head", "royal", "plural")}
_STOP = frozenset(_lines("name_stopwords.txt"))
# "in" joins a post to its city ("Consul General in Osaka"), as "to" does ("Ambassador to …");
# "from" its country ("his counterpart from Chile, Ana Lopez"); "its" a body to the one
# named before ("Secretary of the Party Central Committee and head of its Commission …")
_CONNECTORS = frozenset(
    {"of", "the", "and", "for", "to", "in", "at", "from", "on", "&", ",", "'s", "’s", "–", "-"}
    | {"its"}
)
PARTICLES = frozenset(
    "bin bint binti ibn al el de da do dos das del della los las di du van von der den la le y".split()  # noqa: SIM905, E501
)
_LOWER_OK = frozenset({"head", "royal", "plural", "modifier", "status"})
ROYAL_NEXT = frozenset({"Majesty", "Excellency", "Royal", "Highness", "Serene"})
_TOKEN = re.compile(r"\w[\w'’&.-]*|[^\w\s]")
_GAP_TOKEN = re.compile(r"(\s*)(" + _TOKEN.pattern + ")")  # a token and the space before it
_POSSESSIVE = re.compile(r"(.+?)(['’]s?)$")


@dataclass(slots=True)
class Token:
    start: int  # offsets into the text the sentence was cut from
    end: int
    text: str
    kind: str  # C country, G organisation, T title, H honorific, K counterpart, J connector,
    # P particle, N name, O other
    country: CountryMention | None = None


# ── tokens ──────────────────────────────────────────────────────────────────────────


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Classed tokens of `text[start:end]` with offsets into `text`."""
    end = len(text) if end is None else end
    return ArticleTokens(text[start:end], start).all


class ArticleTokens:
    """An article's countries and organisations found once; tokens classed per sentence."""

    def __init__(self, text: str, base: int = 0) -> None:
        self._text = text
        self._base = base
        countries, organisations = scan(text)
        self.countries = countries
        cues = CUE.starts(text)  # where posts, honorifics stand
        self.cues = [c + base for c in cues] if base else cues
        self._spots = _country_spots(countries, base)
        self._orgs = [(s + base, e + base) for s, e in organisations]
        # the spans do not overlap: their starts and their ends are both sorted
        self._org_starts = [s for s, _ in self._orgs]
        self._org_ends = [e for _, e in self._orgs]

    @property
    def all(self) -> list[Token]:
        piece = self._text
        return _classed(piece, self._base, self._spots, self._orgs)

    def has_cue(self, start: int, end: int) -> bool:
        """Whether a post, an honorific or "counterpart" stands in `start:end`."""
        n = bisect_left(self.cues, start)
        return n < len(self.cues) and self.cues[n] < end

    def between(self, start: int, end: int) -> list[Token]:
        """Tokens of the runs in `start:end` that hold a post, an honorific or
        "counterpart", one plain token between two runs."""
        tokens: list[Token] = []
        text, base, cues = self._text, self._base, self.cues
        scanned = start - base  # the runs before it are read
        n = bisect_left(cues, start)
        while n < len(cues) and cues[n] < end:
            run = _run_holding(text, scanned, end - base, cues[n] - base)
            if run is None:
                n += 1  # a cue no run holds ("'President")
                continue
            s, e = run.start() + base, run.end() + base
            s = _elected_name_start(text, scanned, s - base) + base
            if tokens:
                tokens.append(Token(tokens[-1].end, s, "", "O"))
            orgs = self._orgs_within(s, e) if self._orgs else []
            tokens.extend(_classed(text[s - base : e - base], s, self._spots, orgs))
            scanned = e - base
            n = bisect_left(cues, e, n)
        return tokens

    def _orgs_within(self, start: int, end: int) -> list[tuple[int, int]]:
        """The organisations' spans that overlap `start:end`."""
        first = bisect_right(self._org_ends, start)
        return self._orgs[first : bisect_left(self._org_starts, end, first)]


# "on his election as", "upon her re-appointment as", "on his re-election to the post of":
# the post after it is the title of the name before it (`person_mentions` reads the
# title, this module joins the name)
ELECTED_AS = (
    r"(?:on|over|upon|after|for)\s+(?:his|her)\s+(?:re-?)?(?:election|appointment)\s+"
    r"(?:as|to\s+the\s+(?:post|position|office)\s+of)"
)
# "X on his election as Chairman of …": the name before the phrase goes with the post's run
_ELECTED_BEFORE = re.compile(r"(?:[A-Z][\w'’.-]*\s+){1,4}" + ELECTED_AS + r"\s+$")


def _elected_name_start(text: str, floor: int, start: int) -> int:
    """Where the run at `start` begins once the name before "X on his election as" joins
    it, else `start`."""
    cut = start + 3 if text.startswith("of ", start) else start  # a run may open with "of"
    if text.endswith(" as ", 0, cut):
        if "ion as" not in text[cut - 8 : cut]:
            return start
    elif not text.endswith(" of ", 0, cut) or " the " not in text[cut - 22 : cut]:
        return start  # "… to the post of ", "… to the office of "
    match = _ELECTED_BEFORE.search(text, max(floor, start - 90), cut)
    return match.start() if match else start


def _run_holding(text: str, floor: int, end: int, cue: int) -> re.Match[str] | None:
    """The run in `floor:end` that holds the word at `cue`, or None. Runs are read left
    to right from where no run can go on: `floor` (a sentence start or a run's end) or,
    nearer the cue, a plain lower-case word that cannot be part of one (`_run_floor`)."""
    run = _RUN.search(text, _run_floor(text, floor, cue), end)
    while run is not None and run.end() <= cue:
        run = _RUN.search(text, run.end(), end)  # a run never matches empty
    return run if run is not None and run.start() <= cue else None


def _run_floor(text: str, floor: int, cue: int) -> int:
    """The end of the last plain lower-case word between spaces before `cue` ("met",
    "with"): no run holds it, so a scan for the run at `cue` gives the same runs from
    there as from `floor`. Scanning the whole sentence costs a regex attempt at every
    position."""
    right = cue
    gap = text.rfind(" ", floor, right)
    while gap != -1:
        word = text[gap + 1 : right]
        if word.isascii() and word.isalpha() and word.islower() and word not in _RUN_LOWER:
            return right
        right = gap
        gap = text.rfind(" ", floor, right)
    return floor


def _country_spots(countries: list[CountryMention], base: int) -> dict[int, CountryMention]:
    """Token start offset → the country mention that token is part of."""
    spots: dict[int, CountryMention] = {}
    for mention in countries:
        if mention.surface.isalpha():  # one word, one token (most: "Vietnam", "Russian")
            spots[mention.start + base] = mention
            continue
        for word in _TOKEN.finditer(mention.surface):
            spots[mention.start + base + word.start()] = mention
    return spots


def _classed(
    text: str, base: int, spots: dict[int, CountryMention], orgs: list[tuple[int, int]]
) -> list[Token]:
    tokens: list[Token] = []
    last: Token | None = None
    at = base
    capitals = False
    # One `findall` of (gap, word) pairs instead of a match object per token: only white
    # space stands between tokens, so the offsets are running sums.
    for gap, word in _GAP_TOKEN.findall(text):
        s = at + len(gap)
        at = s + len(word)
        kind = _plain_kind(word)
        if kind is None:
            pieces = [_token(piece_start, piece, spots) for piece_start, piece in _trimmed(word, s)]
            if last is not None and last.kind == "N" and gap == " ":
                _name_word_after_name(pieces[0])  # "… Le Van An.", "… Charles III's"
            tokens.extend(pieces)
            last = tokens[-1]
            continue
        if s in spots:
            last = Token(s, at, word, "C", spots[s])
        elif kind != "O" or last is None:  # most words of a run: no plain word to merge
            last = Token(s, at, word, kind)
        elif word in _AFTER_NAME_WORD and last.kind == "N" and gap == " ":
            last = Token(s, at, word, "N")  # "Tran Ngoc An presented", "Charles III"
        elif last.kind in "HT" and word.isupper():
            capitals = True  # "Mr. KISHIDA Fumio": perhaps a family name in capitals
            last = Token(s, at, word, kind)
        elif last.kind == "O" and word not in _HIS_HER:
            last.end = at  # runs of plain words are one token: only the gap matters
            continue
        else:
            last = Token(s, at, word, kind)
        tokens.append(last)
    if "His" in text or "Her" in text:
        for n in range(len(tokens) - 1):  # "His Majesty", "Her Royal Highness"
            if tokens[n].text in _HIS_HER and tokens[n + 1].text in ROYAL_NEXT:
                tokens[n].kind = "H"
    if "Sri" in text:
        _malay_honorifics(tokens)
    if capitals:
        _family_names_in_capitals(tokens)
    if orgs:
        _mark_orgs(tokens, orgs)
    if "(" in text:
        tokens = _without_short_forms(tokens, text, base)
    if len(tokens) > 1 and tokens[-1].kind == "H" and tokens[-2].kind == "N":
        _final_name_word(tokens)
    return tokens


def _final_name_word(tokens: list[Token]) -> None:
    """ "… President of the Senate Hun Sen.": a name word that is also a style's short form
    ("Sen.", Senator) ends the run with the sentence's stop; a style stands before a name,
    so with none after it the word is the name's, without the stop."""
    last = tokens[-1]
    stem = last.text[:-1]
    if last.text[-1:] == "." and stem and word_kind(stem) == "N":
        tokens[-1] = Token(last.start, last.end - 1, stem, "N")


# A short form in brackets ("(RoK)", "(NA)", "(DPRK)"): two capitals in its first three letters
_SHORT_FORM = r"\([A-Z][a-z]?[A-Z][A-Za-z]{0,6}\)"
_SHORT_FORM_AT = re.compile(_SHORT_FORM)


def _without_short_forms(tokens: list[Token], text: str, base: int) -> list[Token]:
    """ "Ambassador of the Republic of Korea (RoK) to Vietnam X", "Chairman of the National
    Assembly (NA) Y": a short form in brackets after a country, a body or a post word
    repeats it; the post runs on past it to the name."""
    kept: list[Token] = []
    skip_to = -1
    for token in tokens:
        if token.start < skip_to:
            continue
        if token.text == "(" and kept and kept[-1].kind in "CTG":
            short = _SHORT_FORM_AT.match(text, token.start - base)
            if short is not None:
                skip_to = short.end() + base
                continue
        kept.append(token)
    return kept


_HIS_HER = frozenset({"His", "Her"})
# Malaysian styles of two words: "Tan Sri", "Puan Sri", and "Sri" after a one-word style
# ("Dato' Sri"). "Tan" (a surname) and "Sri" (a given name: "Sri Mulyani") alone are names.
_SRI_BEFORE = frozenset({"Tan", "Puan"})


def _malay_honorifics(tokens: list[Token]) -> None:
    for n in range(len(tokens) - 1):
        if tokens[n + 1].text == "Sri" and (tokens[n].text in _SRI_BEFORE or tokens[n].kind == "H"):
            tokens[n].kind = tokens[n + 1].kind = "H"


def _family_names_in_capitals(tokens: list[Token]) -> None:
    """Japanese and some official styles write the family name in capitals before the
    given name ("Ms. KAMIKAWA Yoko", "Prime Minister ISHIBA Shigeru"): after an honorific
    or a post, a word in capitals right before a name word is a name word, not an acronym."""
    for n in range(1, len(tokens) - 1):
        token, nxt = tokens[n], tokens[n + 1]
        if (
            token.kind == "O"
            and tokens[n - 1].kind in "HT"
            and nxt.kind == "N"
            and nxt.start == token.end + 1
            and len(token.text) > 2
            and token.text.isalpha()
            and token.text.isupper()
            and not nxt.text.isupper()
        ):
            token.kind = "N"


# Capitalised articles are sentence openers, but one right after a name word (no comma)
# cannot open a sentence: it is a name word, as Vietnamese given names An and The are.
_NAME_ARTICLES = frozenset({"An", "The"})


def _name_word_after_name(token: Token) -> None:
    if token.text in _AFTER_NAME_WORD and token.kind == "O":
        token.kind = "N"


# A Roman number right after a name word is a monarch's or a pope's ordinal, part of the
# name ("King Charles III", "King Harald V", "Pope Leo XIV"); "I" is left out (a pronoun).
_UNITS = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")
REGNAL_NUMBERS = frozenset("X" * (n // 10) + _UNITS[n % 10] for n in range(2, 21))  # II … XX
_AFTER_NAME_WORD = _NAME_ARTICLES | REGNAL_NUMBERS  # name words only right after one


def _mark_orgs(tokens: list[Token], orgs: list[tuple[int, int]]) -> None:
    starts = [t.start for t in tokens]
    for start, end in orgs:
        for n in range(bisect_left(starts, start), bisect_left(starts, end)):
            tokens[n].kind = "G"


def _trimmed(word: str, s: int) -> list[tuple[int, str]]:
    """Split a possessive ("Putin’s" → "Putin", "'s"), a glued initial ("D.Bilegdorj" →
    "D.", "Bilegdorj") and drop a sentence-final period."""
    if _glued_initial(word):
        return [(s, word[:2]), *_trimmed(word[2:], s + 2)]
    possessive = _POSSESSIVE.fullmatch(word) if len(word) > 2 else None
    if possessive and possessive.group(2) in ("'s", "’s", "'", "’") and word_kind(word) != "H":
        # the style "Dato'" is listed with its apostrophe: no possessive
        stem = possessive.group(1)
        return [(s, stem), (s + len(stem), "'s")]
    if word.endswith(".") and not _keeps_period(word):
        return [(s, word[:-1])]
    cut = _glued_post(word) or _glued_titles(word)
    if cut:
        return [(s, word[:cut]), (s + cut, word[cut:])]
    return [(s, word)]


# "Mongolian Ambassadorto Vietnam", "Deputy Prime Ministerand Foreign Minister": a crawl
# that lost the space after a post word hides the post; a capitalised post word with one
# of these glued to it is two words, unless the whole is a word of its own ("Consulat")
GLUED_AFTER = ("to", "and", "of", "in", "with", "at", "for", "the")
_GLUED_WORDS = frozenset({"Consulat", "Sultanat", "Emirat", "Amirat"})


def _glued_post(word: str) -> int:
    """The length of the post word `word` opens with a function word glued to it, or 0."""
    if not word[0].isupper() or word in WORD_KIND or word in _GLUED_WORDS:
        return 0
    for after in GLUED_AFTER:
        if word.endswith(after) and TITLE_CLASS.get(word[: -len(after)]) in _POSTS:
            return len(word) - len(after)
    return 0


def _glued_titles(word: str) -> int:
    """ "the Commission for ExternalRelations": two title words a crawl glued together (a
    capital after a lower-case letter inside the word); the length of the first, or 0."""
    if word[1:].islower() or word.isupper() or word in WORD_KIND:
        return 0
    for cut in range(2, len(word) - 1):
        if word[cut].isupper() and word[cut - 1].islower():
            return cut if word[:cut] in TITLE_CLASS and word[cut:] in TITLE_CLASS else 0
    return 0


def _keeps_period(word: str) -> bool:
    bare = word[:-1]
    return len(bare) <= 1 or "." in bare or word in TITLE_CLASS


def _token(s: int, word: str, spots: dict[int, CountryMention]) -> Token:
    mention = spots.get(s)
    if mention is not None:
        return Token(s, s + len(word), word, "C", mention)
    return Token(s, s + len(word), word, word_kind(word))


@lru_cache(maxsize=65536)
def _plain_kind(word: str) -> str | None:
    """The kind of a word read whole; None for one `_trimmed` cuts (a possessive, a
    final period). One cached call per token instead of the tests and lookups."""
    if len(word) > 1 and (word[-1] == "." or "'" in word or "’" in word):
        return None
    if _glued_initial(word) or _glued_post(word) or _glued_titles(word):
        return None
    return word_kind(word)


def _glued_initial(word: str) -> bool:
    """ "D.Bilegdorj": an initial and a name with the space left out (not "U.S.")."""
    return (
        len(word) > 3
        and word[1] == "."
        and word[0].isupper()
        and word[2].isupper()
        and word[3].islower()
    )


@lru_cache(maxsize=65536)
def word_kind(word: str) -> str:
    kind = WORD_KIND.get(word)
    if kind is not None:
        return kind
    if word[0].isupper():
        return "N" if not word.isupper() or len(word) <= 2 or "." in word else "O"
    if word.startswith(("el-", "al-")) and len(word) > 3 and word[3].isupper():
        return "N"
    return "O"


def _word_kinds() -> dict[str, str]:
    kinds: dict[str, str] = {w: "O" for w in _STOP}
    kinds.update({w: "P" for w in PARTICLES})
    kinds.update({w: "J" for w in _CONNECTORS})
    kinds.update({"counterpart": "K", "counterparts": "K", "peer": "K", "peers": "K"})
    for word, cls in TITLE_CLASS.items():
        kind = "H" if cls == "honorific" else "T"
        kinds[word] = kind
        if cls in _LOWER_OK and word.lower() not in kinds:
            kinds[word.lower()] = kind  # "Turkish president", "then prime minister"
    kinds["His"] = kinds["Her"] = "O"
    return kinds


WORD_KIND = _word_kinds()


def is_head(word: str) -> bool:
    return word in HEAD_FORM


# Head words as written → as titles spell them: "President" and "president" → President.
HEAD_FORM: dict[str, str] = {
    **{h.lower(): h for h in HEADS if h.lower().islower() and h.lower().capitalize() == h},
    **{h: h for h in HEADS},
}


# Runs of the words a person mention is made of: words that do not start with a
# lower-case ASCII letter or a digit (capitalised, foreign), the lower-case title words,
# connectors and particles, "al-Sisi", joined by spaces, commas and dashes. A mention
# never spans a plain word, so only runs with a post, honorific or "counterpart" in
# them are tokenized.
_LOWER_WORDS = sorted(
    w for w, k in WORD_KIND.items() if k != "O" and w[0].isalpha() and w[0].islower()
)
# A word starts after no word character and no hyphen inside a word ("Vice-President" is
# one word); a dash stuck to it after a space ("(VOVWORLD) -Prime Minister") is no part.
_WORD_START = r"(?<![\w'’&.])(?<![\w'’&.]-)"
_WORD = (
    r"(?:(?:" + trie_pattern(_LOWER_WORDS) + r")(?:['’]s?|\.)?(?![\w'’&.-])"
    r"|(?:al|el)-(?=[^\W\d_a-z])[\w'’&.-]*"
    r"|(?=[^\W\d_a-z])\w[\w'’&.-]*|&)"
)
# words are joined by spaces, a comma, a dash, "&" or a short form in brackets ("(RoK)").
# A joiner ends in a space, a tab, a comma or a dash, so the words after the first start
# where `_WORD_START` holds: only the first tests it.
_RUN = re.compile(
    _WORD_START
    + _WORD
    + r"(?:(?:[ \t]*[,–][ \t]*|[ \t]+(?:[&-][ \t]+|"
    + _SHORT_FORM
    + r"[ \t]+)?)"
    + _WORD
    + r")*"  # not `*+`: possessive repeats need Python 3.11, the project runs on 3.10
)
_RUN_LOWER = frozenset(_LOWER_WORDS)  # lower-case words a run may hold

# A sentence without a post, an honorific or "counterpart" cannot introduce a person.
_POSTS = frozenset({"head", "royal", "plural"})
CUE = WordStarts(
    {w for w, k in WORD_KIND.items() if k in "HK"}
    | {w for w in WORD_KIND if TITLE_CLASS.get(w if w[0].isupper() else w.capitalize()) in _POSTS}
    | {"His", "Her"},
    glued=GLUED_AFTER,  # "Ambassadorto Vietnam": `_glued_post`
)
