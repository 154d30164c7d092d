"""UPGRADED_TO facts: relations established, normalised or raised to a partnership level.

    from ingest.extract.upgrades import find_upgrades
    facts = find_upgrades(doc, split_sentences(doc.body))
    facts = find_upgrades(doc, spans, countries, dates, publisher)  # reuse the caller's scans

A level mention (`data/levels.tsv`: "comprehensive strategic partnership", "diplomatic
ties", "comprehensive partners" …) becomes a fact in one of three ways:

    event        a trigger governs it: "established diplomatic relations in 1972",
                 "ties were upgraded to a comprehensive partnership in 2013",
                 "the strategic partnership, set up in 2010", "the elevation of … to a …"
    anniversary  "the 75th anniversary of diplomatic relations … in 2025" → 1950,
                 "half a century of diplomatic ties" → the publication year - 50
    mention      the current level with an explicitly named pair, date null

Plans ("agreed to upgrade", "will elevate"), negations ("have not established") and
aggregates ("comprehensive partnerships with seven countries") give nothing. The word
lists live in `data/levels_cues.json`.

Which countries a clause names and which date governs it come from
`relation_context.Context`, shared with `signings.py`; `upgrade_dates.py` dates a fact.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ingest.countries import CAPITALS, CountryMention
from ingest.dates import DateMention
from ingest.extract.cues import first_letters, holds_any, minimal, scan
from ingest.extract.relation_context import (
    NOT_GIVEN,
    Context,
    Found,
    clause_window,
    context_for,
    first_chars,
    hinted_sentences,
    is_plan,
    merge_dated,
    plan_or_negation,
    trie_alternation,
    words_pattern,
)
from ingest.extract.relation_words import (
    APPROXIMATELY,
    CARDINALS,
    by_start,
    count_of,
    holds_grouped,
)
from ingest.extract.sentences import Span
from ingest.extract.upgrade_dates import date_for
from ingest.types import Doc, Level, UpgradedTo

_DATA = Path(__file__).parent.parent / "data"
CAMEO_RECOGNITION = "054"  # grant diplomatic recognition: relations established
CAMEO_COOPERATION = "050"  # engage in diplomatic cooperation: partnership levels


def _load_levels() -> dict[str, Level]:
    levels: dict[str, Level] = {}
    for line in (_DATA / "levels.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            phrase, level = line.split("\t")
            levels[phrase.lower()] = Level(level)
    return levels


_LEVELS = _load_levels()
_CUES = json.loads((_DATA / "levels_cues.json").read_text(encoding="utf-8"))

# Sentences worth reading: one scan of the body before any rule runs
_HINTS = ("partner", "relation", "ties")
_AGREEMENT_AFTER = re.compile(
    r"\s+(?:and\s+cooperation\s+)?(?:agreement|dialogue|council|forum|committee|mechanism|"
    r"fund|programme|program|treaty|initiative|action\s+plan|summit)\b",
    re.IGNORECASE,
)  # "Strategic Partnership Dialogue", "… Partnership Agreement": names, not levels
# "New Zealand and Vietnam signed a Comprehensive Strategic Partnership agreement": the
# document that sets the level up, so the level stands (not "… Partnership Dialogue")
_SIGNED_BEFORE = re.compile(r"\bsign(?:ed|s|ing)\s+(?:a|an|the)\s+(?:new\s+)?$", re.I)
_AGREEMENT_WORD = re.compile(r"\s+agreement\b", re.I)
_TO_AFTER = re.compile(r"\s+to\b")
_LEVEL_RE = re.compile(
    r"(?<![\w-])(?P<phrase>"
    + trie_alternation(_LEVELS, space=r"[\s-]+")
    + r")(?P<plural>s)?(?![\w-])",
    re.IGNORECASE,
)
_RAISE = words_pattern(_CUES["raise_to"])
_ESTABLISH = words_pattern(_CUES["establish"])


_ESTABLISH_WORDS = by_start(minimal(_CUES["establish"]))  # substring tests before the regex
_GENERIC = {"partnership", "partner", "relations", "relationship", "ties", "at", "the", "level"}
# every level phrase holds one of these words: sentences without any skip the level regex
_LEVEL_WORDS = minimal(
    [next(w for w in re.split(r"[\s-]+", p) if w not in _GENERIC | {"all"}) for p in _LEVELS]
)
_LEVEL_FIRST = sorted({re.split(r"[\s-]+", p)[0] for p in _LEVELS})  # where phrases start
_BECOME = words_pattern(_CUES["become"])
_TRIGGER = re.compile(
    r"\b"
    + first_chars(_CUES["raise_to"] + _CUES["establish"] + _CUES["become"])
    + rf"(?:(?P<raise>{_RAISE.pattern})|(?P<establish>{_ESTABLISH.pattern})"
    + rf"|(?P<become>{_BECOME.pattern}))",
    re.IGNORECASE,
)


# Where a trigger may start (`first_letters`): the IGNORECASE pattern is tried only there
_TRIGGER_FIRST = re.compile(first_letters(_CUES["raise_to"] + _CUES["establish"] + _CUES["become"]))


def _triggers(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """`_TRIGGER.finditer(text, lo, hi)` as a list (`scan`)."""
    return scan(_TRIGGER, _TRIGGER_FIRST, text, lo, hi)


# "established (their|formal …) relations / ties": bare relations are diplomatic ones
# only right after an establishing word ("normalised ties", "resumption of relations").
_BARE_RELATIONS = re.compile(
    r"\s+(?:of\s+)?(?:(?:their|the|bilateral|formal|official|full|diplomatic)\s+)*"
    r"(?P<rel>"
    + "|".join(_CUES["relations_after_establish"])
    + r")\b(?!\s+(?:between|with)\s+\w+\s+(?:and|to)\b\s*(?:a|an)?\s*\w*\s*partnership)",
    re.IGNORECASE,
)
# "the relations between the two countries, which were established on …"
_RELATIONS_ESTABLISHED = re.compile(
    r"\b(?:the|their|bilateral|diplomatic|formal|official)\s+(?P<rel>relations|ties)\b", re.I
)
# "the 30th anniversary of bilateral ties", "… of Vietnam-Japan relations": an anniversary
# of relations is one of diplomatic relations (not of party-to-party ones)
_RELATIONS_STARTS = re.compile(
    first_letters(["the", "their", "bilateral", "diplomatic", "formal", "official"])
)
_ANNIVERSARY_STARTS = re.compile(first_letters(["anniversary"]))
_ANNIVERSARY_RELATIONS = re.compile(
    r"\banniversary\s+of\s+(?:the\s+establishment\s+of\s+)?(?:(?:the|their|bilateral|"
    r"(?P<pair>[A-Z][\w]*)\s*[-–]\s*(?P<other>[A-Z][\w]*)|two\s+countries'|official)\s+){0,3}"
    r"(?P<rel>relations|ties|relationship)\b(?![^.;]{0,30}\bpart(?:y|ies)\b)",
    re.IGNORECASE,
)
# "the 75th anniversary of (the establishment of) (their) diplomatic relations",
# "mark 50 years of diplomatic ties"
_ORDINAL_WORDS: dict[str, int] = _CUES["ordinals"]
_ORDINAL = r"(?P<n>\d{1,3})(?:st|nd|rd|th)|(?P<w>" + "|".join(_ORDINAL_WORDS) + ")"
_SPANS: dict[str, int] = _CUES["time_spans"]  # "half a century": 50
_ANNIVERSARY_BEFORE = re.compile(
    rf"(?:\b(?:{_ORDINAL})\s+(?:founding\s+)?(?:anniversary|year)\s+(?:of|since)|\b(?P<years>\d{{1,3}}|"
    + "|".join(CARDINALS)
    + r")\s+years\s+(?:of|since)|\b(?P<span>"
    + trie_alternation(_SPANS)
    # words between: "U.S.-Viet Nam"; wire copy may quote the level ("of a “comprehensive …”")
    + r")\s+(?:of|since))\s+(?:(?!anniversary)(?:[^\s,.;]|\.(?=\S))+\s+){0,9}[“\"‘']?$",
    re.IGNORECASE,
)
_TIME_WORDS = ("anniversary", "year", "decade", "century")  # one stands in each match
_ROUGHLY = re.compile(r"\b" + APPROXIMATELY + r"\s+$", re.IGNORECASE)
_TIME_LEAD = 45  # characters a match may open before it: "the seventy-fifth founding "
# "…, which marks its 20th anniversary", "…, the 20th anniversary of which falls this year"
_ANNIVERSARY_AFTER = re.compile(
    r"(?:[^.;]{0,80}?\b(?:mark|marks|marked|marking|celebrat\w+)\s+its|(?P<which>\s*,\s+the))"
    rf"\s+(?:{_ORDINAL})\s+anniversary(?(which)\s+of\s+which\b)",
    re.IGNORECASE,
)
# a count has at most three digits: "… in 1955 and became strategic partners" counts nothing
_AGGREGATE_BEFORE = re.compile(
    r"\b(?:one of|among|number of|\d{1,3}(?!\d)|(?<!the )two|three|four|five|six|seven|eight|"
    r"nine|ten|dozen)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_AGGREGATE_AFTER = re.compile(  # "… with 13 countries", not "… of the two countries"
    r"(?!\s*(?:with|to|of|between)\s+(?:the\s+)?two\s)\s*(?:with|to|of)\s+(?:about\s+|more\s+than\s+|over\s+|some\s+|nearly\s+|around\s+|"
    r"almost\s+|all\s+(?:the\s+)?|the\s+(?:five\s+|\w+\s+)?)?(?:\d+|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens|many|several|all)\b"
    r"(?:\s+\w+){0,3}?\s+(?:" + "|".join(_CUES["aggregate_nouns"]) + r")\b",
    re.IGNORECASE,
)
_LOWER_PAST = re.compile(r"\b[a-z]+ed\b")
_NAMES_ONLY = re.compile(r"(?:\s*(?:[A-Z][\w'’]*|[-–—]))*\s*")  # " Vietnam – Russia "
_ADJECTIVE_BEFORE = re.compile(r"\b(?:the|an?|its|their|our)\s+(?:newly\s+)?$", re.IGNORECASE)
# "raised two-way trade to 5 billion USD under the …": a figure was raised, not ties
_QUANTITY_RAISED = re.compile(
    r"\b(?:trade|turnover|investment|exports?|imports?|billion|million|USD|percent)\b|%", re.I
)
_GERUND_OBJECT = re.compile(r"(?=[iotfaIOTFA])\b(?:in|on|for|of|towards?|about)\s+$", re.I)
# With no trigger before it, a level that ties are turned "into" is where they should go,
# not where they stand ("build the relationship into a comprehensive partnership").
_INTO_BEFORE = re.compile(r"\binto\s+(?:an?\s+|the\s+)?$", re.I)
# Nor is a level a future verb takes as its object: "both countries will declare their
# comprehensive strategic partnership" (a plan is not a fact).
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|would|shall)\s+(?:[a-z]+\s+){1,2}?(?:their|the|a|an|its)\s+$", re.I
)
_FUTURE_WORDS = ("will", "would", "shall")  # one stands in every match
# "… on elevating", also "the Joint Statement between Brazil and Viet Nam on Elevating …"
_STATEMENT_ON = re.compile(
    r"\b(?:statement|declaration|communiqu[eé])(?:\s+(?:between|of)\s+[^,;.]{1,60}?)?"
    r"\s+on\s+(?:the\s+)?(?:further\s+)?$",
    re.I,
)

# A level's partners named right after it: "upgraded relations to Comprehensive Strategic
# Partnerships with Australia, Malaysia, and France" (a plural level with named partners is
# a list of upgrades, not an aggregate such as "… with seven countries")
_NAME = r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"
_NAMED_WITH = re.compile(rf"\s+with\s+{_NAME}(?:\s*(?:,\s*(?:and\s+)?|and\s+){_NAME})*")

# A contrasting clause has its own subject and partners: "…, while the visit by X resulted in …"
_CONTRAST = re.compile(r",\s+(?:while|whereas)\b")

# Compiled once here rather than looked up in re's cache at every call
_TO_WORD = re.compile(r"\bto\b")
_COMMA_OR_WITH = re.compile(r"\s*(?:,|with)\b")
_LINK_WORD = re.compile(r"\b(?:which|that|was|were|been)\b|,")
# A participle right after the level with a date of its own is a reduced relative clause:
# "the strategic partnership established in 2016", "… set up on 1 May 1990".
# A relative clause without "that", its subject a pronoun: "the strategic partnership we
# established in 2018", "… they set up in 1990" (dated like a reduced one)
_CONTACT_SUBJECT = re.compile(
    r"\s+(?:we|they|both\s+(?:countries|sides|nations)|the\s+two\s+(?:countries|sides|nations))"
    r"\s+(?:(?:have|has|had)\s+)?",
    re.IGNORECASE,
)
_DATED_AFTER = re.compile(
    r"\s+(?:in|on)\s+(?:(?:early|late|mid-?)\s*)?(?:\d|January|February|March|April|May|June|"
    r"July|August|September|October|November|December)"
)


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    kind: str  # raise | establish | become


@dataclass(frozen=True)
class _LevelMention:
    start: int
    end: int
    level: Level
    label: str
    plural: bool
    # "relations"/"ties" read as diplomatic relations: after an establishing word ("left":
    # "normalised ties") or before one ("right": "the relations, which were established …")
    bare: str = ""

    def __init__(
        self, start: int, end: int, level: Level, label: str, plural: bool, bare: str = ""
    ) -> None:
        # the instance dict filled as `Span` does: every level phrase makes one
        fields = self.__dict__
        fields["start"] = start
        fields["end"] = end
        fields["level"] = level
        fields["label"] = label
        fields["plural"] = plural
        fields["bare"] = bare


def find_upgrades(
    doc: Doc,
    sentences: list[Span],
    countries: list[CountryMention] | None = None,
    dates: list[DateMention] | None = None,
    publisher: str | None = NOT_GIVEN,
    person_countries: list[tuple[str, ...]] | None = None,
) -> list[UpgradedTo]:
    """UPGRADED_TO facts of the article body (`sentences` are spans of `doc.body`, or of
    `doc.raw` when the body is empty), one per pair, level and date. `countries`,
    `dates` (the body's `find_countries` / `find_dates` mentions) and `publisher` (the
    publisher's country) spare scanning the text again when the caller has them;
    `person_countries` (each sentence's named persons' countries) place "the two
    countries" of a sentence that names only persons."""
    candidates = hinted_sentences(doc.body or doc.raw, sentences, _HINTS)
    if not candidates:
        return []  # most articles: no context to build
    ctx = context_for(doc, sentences, countries, dates, publisher, person_countries)
    facts: list[Found] = []
    for index in candidates:
        facts += _sentence_upgrades(ctx, index)
    return [f.fact for f in merge_dated(facts, _fact_key)]


def _fact_key(fact: UpgradedTo) -> tuple[tuple[str, ...], Level]:
    return tuple(sorted(fact.countries)), fact.level


def _sentence_upgrades(ctx: Context, index: int) -> list[Found]:
    sent = ctx.sentences[index]
    text = sent.text
    mentions = _level_mentions(text)
    found: list[Found] = []
    for i, m in enumerate(mentions):
        if (m.plural and not _NAMED_WITH.match(text, m.end)) or _is_aggregate(text, m):
            continue
        lo = mentions[i - 1].end if i else 0
        if i:  # "… to a Strategic Partnership with Brazil, and established …": Brazil is spoken for
            partners = _NAMED_WITH.match(text, lo)
            lo = partners.end() if partners else lo
        hi = mentions[i + 1].start if i + 1 < len(mentions) else len(text)
        found += _read_mention(ctx, index, m, _clause_bounds(text, lo, hi, m))
    return found


def _clause_bounds(text: str, lo: int, hi: int, m: _LevelMention) -> tuple[int, int]:
    """The part of the sentence that speaks about this level: between its neighbouring
    level mentions, and not across a semicolon or a contrasting ", while"."""
    semi_before = text.rfind(";", lo, m.start)
    semi_after = text.find(";", m.end, hi)
    lo = semi_before + 1 if semi_before >= 0 else lo
    hi = semi_after if semi_after >= 0 else hi
    if "while" in text or "whereas" in text:  # "X deepened ties with A, while Y upgraded …"
        contrast = list(_CONTRAST.finditer(text, lo, hi))
        lo = max([c.start() for c in contrast if c.end() <= m.start] + [lo])
        hi = min([c.start() for c in contrast if c.start() >= m.end] + [hi])
    return lo, hi


def _level_mentions(text: str) -> list[_LevelMention]:
    low = text.lower()
    mentions = [
        _LevelMention(
            m.start(),
            m.end(),
            _LEVELS[" ".join(m.group("phrase").lower().replace("-", " ").split())],
            m.group(),
            bool(m.group("plural")) and m.group("phrase").lower().endswith("partnership"),
        )
        for m in _level_matches(text, low)
        if not _AGREEMENT_AFTER.match(text, m.end()) or _signing(text, m.start(), m.end())
    ]
    bare = ("relation" in low or "ties" in low) and holds_grouped(low, _ESTABLISH_WORDS)
    for t in _triggers(text, 0, len(text)) if bare else ():
        if not t.group("establish"):
            continue
        rel = _BARE_RELATIONS.match(text, t.end())
        if rel and not any(m.start < rel.end("rel") and rel.start("rel") < m.end for m in mentions):
            label = text[t.start() : rel.end("rel")]
            mentions.append(
                _LevelMention(
                    rel.start("rel"),
                    rel.end("rel"),
                    Level.diplomatic_relations,
                    label,
                    False,
                    "left",
                )
            )
    for r in scan(_RELATIONS_ESTABLISHED, _RELATIONS_STARTS, text) if bare else ():
        start, end = r.span("rel")
        if any(m.start < end and start < m.end for m in mentions):
            continue
        m = _LevelMention(start, end, Level.diplomatic_relations, r.group("rel"), False, "right")
        found = _right_trigger(text, m)
        if found is not None and found.kind == "establish":
            mentions.append(m)
    for a in (
        scan(_ANNIVERSARY_RELATIONS, _ANNIVERSARY_STARTS, text) if "anniversary" in low else ()
    ):
        start, end = a.span("rel")
        if _city_relations(a, text):
            continue
        if not any(m.start < end and start < m.end for m in mentions):
            mentions.append(
                _LevelMention(start, end, Level.diplomatic_relations, a.group("rel"), False)
            )
    return sorted(mentions, key=lambda m: m.start)


# "relations between Hanoi and Seoul serve the two cities": capitals named as cities
_CITY_WORDS = ("two cities", "two capitals", "capital cities", "sister cit", "twin cit")


def _city_relations(match: re.Match[str], text: str) -> bool:
    """ "the 25th anniversary of Hanoi-Beijing relations" in a sentence about "the two
    cities": twinned capitals, not their countries' diplomatic relations."""
    pair = match.group("pair")
    return (
        pair is not None
        and pair in CAPITALS
        and match.group("other") in CAPITALS
        and holds_any(text, _CITY_WORDS)
    )


# "the upgrades from comprehensive partnership in 2001 to strategic partnership in 2009":
# the level ties were raised from, with its own year, was set up in that year
_FROM_BEFORE = re.compile(
    r"\b(?:upgrad|elevat|rais)\w*\s+from\s+(?:an?\s+|the\s+|their\s+)?$", re.I
)
_DATED_THEN_TO = re.compile(r"\s+in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d{2}\s+to\b")


def _dated_from(text: str, m: _LevelMention) -> Trigger | None:
    if "from" not in text[max(0, m.start - 20) : m.start]:
        return None  # most level mentions
    before = _FROM_BEFORE.search(text, max(0, m.start - 40), m.start)
    if before is None or not _DATED_THEN_TO.match(text, m.end):
        return None
    return Trigger(before.start(), before.end(), "establish")


def _signing(text: str, start: int, end: int) -> Trigger | None:
    """ "signed a Comprehensive Strategic Partnership agreement": the level is set up."""
    if not _AGREEMENT_WORD.match(text, end):
        return None
    sign = _SIGNED_BEFORE.search(text, max(0, start - 20), start)
    return Trigger(sign.start(), sign.end(), "establish") if sign else None


def _level_matches(text: str, low: str) -> list[re.Match[str]]:
    """The level phrases of `text` (`low` lower-cased), left to right, as `finditer`
    would find them, but tried only where a phrase's first word stands."""
    if not holds_any(low, _LEVEL_WORDS):
        return []
    starts = set()
    for word in _LEVEL_FIRST:
        pos = low.find(word)
        while pos >= 0:
            starts.add(pos)
            pos = low.find(word, pos + 1)
    found: list[re.Match[str]] = []
    for pos in sorted(starts):
        if found and pos < found[-1].end():
            continue
        match = _LEVEL_RE.match(text, pos)
        if match:
            found.append(match)
    return found


def _is_aggregate(text: str, m: _LevelMention) -> bool:
    """ "partnerships with seven countries", "one of three comprehensive strategic partners"."""
    if _AGGREGATE_AFTER.match(text, m.end):
        return True
    return m.label.lower().endswith("partners") and bool(
        _AGGREGATE_BEFORE.search(text, max(0, m.start - 30), m.start)
    )


def _read_mention(
    ctx: Context, index: int, m: _LevelMention, bounds: tuple[int, int]
) -> list[Found]:
    text = ctx.sentences[index].text
    anniversary = _anniversary(text, m)
    if anniversary is not None:
        years, span = anniversary
        if years is None:  # "after more than 30 years of diplomatic relations": no year
            return _facts(ctx, index, m, bounds, "mention", span, 0)
        return _facts(ctx, index, m, bounds, "anniversary", span, years)
    trigger = (
        _left_trigger(text, m)
        or _right_trigger(text, m)
        or _since(text, m)
        or _signing(text, m.start, m.end)
        or _dated_from(text, m)
    )
    if trigger is not None:
        if _blocked(text, trigger, m):
            return []
        span = (trigger.start, trigger.end)
        return _facts(ctx, index, m, bounds, "event", span, 0, trigger.kind)
    if m.level == Level.diplomatic_relations:
        return []  # "has diplomatic ties with 180 states" states nothing datable
    if _INTO_BEFORE.search(text, max(0, m.start - 20), m.start):
        return []  # "to help develop the ties into a strategic partnership": a goal
    future = holds_any(text, _FUTURE_WORDS)
    if future and _FUTURE_BEFORE.search(text, max(0, m.start - 40), m.start):
        return []  # "both countries will declare their strategic partnership": a plan
    return _facts(ctx, index, m, bounds, "mention", (m.start, m.end), 0)


# ── triggers, plans, anniversaries ───────────────────────────────────────────────────


def _left_trigger(text: str, m: _LevelMention) -> Trigger | None:
    """The nearest trigger before the level, if it governs it."""
    if m.bare == "left":
        t = _triggers(text, 0, m.start)[-1]
        return Trigger(t.start(), t.end(), "establish")
    if m.bare == "right":
        return None
    window_start = max(0, m.start - 120)
    triggers = _triggers(text, window_start, m.start)
    if not triggers:
        return None
    t = triggers[-1]
    kind = t.lastgroup or ""
    between = text[t.end() : m.start]
    if _NAMES_ONLY.fullmatch(between) and _ADJECTIVE_BEFORE.search(
        text, max(0, t.start() - 20), t.start()
    ):
        return None  # "the established comprehensive strategic partnership": a mention
    # `t` is the last trigger before the level: `between` holds no trigger to strip
    if _LOWER_PAST.search(between):
        return None  # another verb intervenes: "established … and have since developed"
    if kind == "raise":
        ok = bool(_TO_WORD.search(between)) and not is_plan(between)
        ok = ok and not _QUANTITY_RAISED.search(between)
    elif kind == "establish":
        noun = t.group().lower().endswith(("ment", "tion"))
        ok = len(between) <= 80 and (not noun or between.lstrip().lower().startswith("of"))
        ok = ok and not _TO_WORD.search(between) and not _COMMA_OR_WITH.match(between)
    else:
        ok = m.label.lower().rstrip("s").endswith("partner") and len(between) <= 30
    return Trigger(t.start(), t.end(), kind) if ok else None


_RIGHT_LINK = re.compile(
    r"^(?:[^;.]{0,60}?(?:,\s*(?:which\s+|that\s+)?|\s+(?:which|that)\s+)(?:[^,;.]{0,40}?\s)?"
    r"|(?:\s+(?:between|with|of)\s[^;.]{0,60}?)?\s+)"
    r"(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+)?"
    r"(?:officially\s+|formally\s+|first\s+|jointly\s+)?$",
    re.IGNORECASE,
)


def _right_trigger(text: str, m: _LevelMention) -> Trigger | None:
    """A trigger after the level in a relative or passive clause: "the strategic
    partnership, set up in 2010", "relations were established in 1973"."""
    for t in _triggers(text, m.end, min(len(text), m.end + 110)):
        word = t.group().lower()
        if t.lastgroup == "become" or not (word.endswith("ed") or word.endswith("set up")):
            return None
        between = text[m.end : t.start()]
        if is_plan(between) or _LEVEL_RE.search(between):
            return None
        if _LOWER_PAST.search(between):  # no trigger to strip: `t` is the first after the level
            return None
        reduced = (not between.strip() or _CONTACT_SUBJECT.fullmatch(between)) and (
            _DATED_AFTER.match(text, t.end())
        )
        if not (reduced or (_LINK_WORD.search(between) and _RIGHT_LINK.match(between))):
            return None
        if t.lastgroup == "raise" and _TO_AFTER.match(text, t.end()):
            return None
        return Trigger(t.start(), t.end(), t.lastgroup or "")
    return None


_SINCE = re.compile(
    r"\s*,?\s*(?:in\s+place\s+)?since\s+(?:(?:its|their)\s+(?:establishment|inception|"
    r"founding|launch)\b|(?:early\s+|late\s+|mid-?)?(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December|1[89]\d\d|20\d\d)\b)"
    r"|\s+for\s+(?:(?:more\s+than|over|nearly|almost|about|some)\s+)?(?:\d{1,3}|"
    + "|".join(CARDINALS)
    + r")\s+years\b"
)


def _since(text: str, m: _LevelMention) -> Trigger | None:
    """ "have enjoyed diplomatic relations since June 24, 1967", "strategic partners since
    2007", "the strategic partnership since its establishment in 2011", "… diplomatic
    relations for 50 years"."""
    found = _SINCE.match(text, m.end)
    return Trigger(found.start(), found.end(), "since") if found else None


def _blocked(text: str, trigger: Trigger, m: _LevelMention) -> bool:
    """Plans, wishes and negations: "agreed to work towards upgrading", "will elevate",
    "have not established", "progress in restoring ties"."""
    if trigger.start > m.start:
        return False  # right triggers were checked with their link
    window = clause_window(text, trigger.start)
    if plan_or_negation(window):
        return True
    word = text[trigger.start : trigger.end].lower()
    if _STATEMENT_ON.search(window):
        return False  # "a joint statement on elevating relations to …": the act itself
    return word.endswith("ing") and bool(_GERUND_OBJECT.search(window))


def _anniversary(text: str, m: _LevelMention) -> tuple[int | None, tuple[int, int]] | None:
    """Years since the level was set, from "the Nth anniversary of …" / "N years of …"
    before it or "…, which marks its Nth anniversary" after it; None years for a rough
    count ("more than 30 years of …"): the level was set, but no year can be counted back."""
    start = max(0, m.start - 120)
    window = text[start : m.start].lower()
    found = [i for i in map(window.find, _TIME_WORDS) if i >= 0]
    before = None
    if found:  # a match opens at most a few words before its first time word
        lo = start + max(0, min(found) - _TIME_LEAD)
        before = _ANNIVERSARY_BEFORE.search(text, lo, m.start)
    if before and before.end() == m.start:
        rough = _ROUGHLY.search(text, max(0, before.start() - 14), before.start())
        if rough and before.group("years"):
            return None, (before.start(), m.end)  # "the nearly 30 years of diplomatic ties"
        return _years(before), (before.start(), m.end)
    # "anniversary" closes every match: an ASCII text without it cannot match
    after = (
        _ANNIVERSARY_AFTER.match(text, m.end)
        if "anniversary" in text[m.end :].lower() or not text.isascii()
        else None
    )
    if after:
        return _years(after), (m.start, after.end())
    return None


def _years(match: re.Match[str]) -> int:
    if match.group("w"):
        return _ORDINAL_WORDS[match.group("w").lower()]
    if match.groupdict().get("span"):
        return _SPANS[" ".join(match.group("span").lower().split())]
    return count_of(match.group("n") or match.groupdict().get("years") or "0")


# ── facts ────────────────────────────────────────────────────────────────────────────


def _facts(
    ctx: Context,
    index: int,
    m: _LevelMention,
    bounds: tuple[int, int],
    how: str,
    anchor: tuple[int, int],
    years: int,
    trigger_kind: str = "",
) -> list[Found]:
    sent = ctx.sentences[index]
    if ctx.organisation_party(index, min(anchor[0], m.start), (m.start, m.end)):
        return []  # "EU-Central Asia relations", "ties with ASEAN": not two countries
    pairs, explicit_pair = ctx.pairs(
        index, bounds, (min(anchor[0], m.start), max(anchor[1], m.end))
    )
    if how == "mention" and not explicit_pair:
        return []
    date, date_text, source = date_for(
        ctx, index, (m.start, m.end), bounds, anchor, how, years, trigger_kind
    )
    start, end = ctx.raw_span(sent.start, sent.end)
    extra: dict[str, Any] = {  # extra fields of the format: offsets, CAMEO, provenance
        "evidence_start": start,
        "evidence_end": end,
        "cameo": CAMEO_RECOGNITION if m.level == Level.diplomatic_relations else CAMEO_COOPERATION,
        "date_text": date_text,
        "how": how,
        "date_source": source,
    }
    return [
        Found(
            UpgradedTo(
                countries=[a, b],
                level=m.level,
                label=m.label,
                date=date,
                evidence=sent.text,
                **extra,
            ),
            source in ("sentence", "anniversary"),
        )
        for a, b in pairs
    ]
