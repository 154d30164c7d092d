"""What the relation extractors (`upgrades.py`, `signings.py`) ask of an article.

    hinted_sentences(text, spans, stems, needs)  # the only sentences worth the rules
    ctx = context_for(doc, sentences, countries, dates, publisher)  # once per article
    ctx.pairs(i, bounds, anchor)            # country pairs a clause speaks of
    ctx.context_pair(i)                     # what "the two countries" means there
    ctx.nearest_date(i, bounds, lo, hi)     # the date mention governing a span
    ctx.inherited_date(i)                   # the date of the talks/visit/sentence before
    plan_or_negation(clause_window(text, pos))   # "agreed to upgrade", "will sign"
    merge_dated(found, key)                 # one fact per key and date

The word tests (plans, negations, hints, word-list regexes) and `merge_dated` live in
`relation_words.py` and are re-exported here; the sentences with their dates and
countries (`Sentence`, `Party`) are cut by `relation_sentences.py`; this module reads
context.

Countries are names and demonyms (`ingest.countries`) plus capitals standing for their
country ("Mogadishu restored relations with Nairobi"; the `capital` rows of
`data/countries_cities.tsv`), never a venue ("talks in Hanoi"). "The two countries" is
the two countries of the persons a sentence names when it names no country, else the
home country (the publisher's, or the most named) and the nearest other country named
around the sentence, unless that one is named only once and the lead names another
pair. Organisations (`levels_cues.json`) are no countries: a relation with one gives no
fact.

Speed (≥ 500 articles/s for the whole pipeline): the caller's country and date mentions
and publisher are reused, sentences are picked by substring scans of the lower-cased
body, a sentence's countries and organisations are read only when asked, and word-list
regexes open with a lookahead on their first letters.
"""

from __future__ import annotations

import json
import re
from itertools import pairwise
from pathlib import Path

from ingest.countries import (
    CountryMention,
    find_countries,
    publisher_country,
)
from ingest.dates import DateMention, find_dates
from ingest.extract.cues import case_odd, first_letters, lowered, scan_first, starts_word
from ingest.extract.relation_sentences import Party, Sentence, is_venue, sentences
from ingest.extract.relation_words import (
    Found,
    cached_property,
    clause_window,
    first_chars,
    hinted_sentences,
    is_plan,
    merge_dated,
    plan_or_negation,
    trie_alternation,
    words_pattern,
    years_ago,
)
from ingest.extract.sentences import Span
from ingest.types import Doc

__all__ = [  # the word tests of `relation_words` stay importable from here
    "NOT_GIVEN",
    "Context",
    "Found",
    "Party",
    "Sentence",
    "between_set",
    "cached_property",
    "clause_window",
    "context_for",
    "dash_pair",
    "first_chars",
    "hinted_sentences",
    "is_plan",
    "is_venue",
    "merge_dated",
    "org_venue",
    "plan_or_negation",
    "trie_alternation",
    "with_list",
    "words_pattern",
    "years_ago",
]

_DATA = Path(__file__).parent.parent / "data"
_CUES = json.loads((_DATA / "levels_cues.json").read_text(encoding="utf-8"))


_ORG_VENUE = re.compile(
    r"\b(?:at|in|during|on\s+the\s+(?:sidelines|margins)\s+of|of)\s+(?:the\s+)?(?:\d+\w*\s+)?$",
    re.IGNORECASE,
)
_ORG_LINK = re.compile(r"\b(?:with|between|and|to)\b", re.IGNORECASE)
# "the first ASEAN country to …", "ASEAN member states": the organisation qualifies a
# country, which is the party
_ORG_QUALIFIES = re.compile(r"\s+(?:member\s+)?(?:countr(?:y|ies)|nations?|states?)\b")
_DATELINE = re.compile(r"\s*\((?:[A-Z][\w.]*\s?){1,3}\)")  # "Hanoi, September 3 (VNA) –"
_REPORTED = re.compile(r"\b(?:said|says|told|announced|reported|stated)\s+(?:on\s+)?$", re.I)
_CONJ = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)(?:the\s+)?$", re.IGNORECASE)
_DASH = re.compile(r"^\s*[-–—]\s*$")
_BETWEEN = re.compile(
    r"\b(?:between|among|amongst)\s+(?:the\s+governments?\s+of\s+)?(?:the\s+)?$", re.I
)
_BETWEEN_STARTS = re.compile(first_letters(["between", "among", "amongst"]))
_WITH = re.compile(r"^[^.;]{0,45}?\bwith\s+(?:the\s+)?$", re.IGNORECASE)
_DAY_KINDS = ("day", "weekday", "relative_day", "anaphor")
_EVENT_CUE = re.compile(
    r"\b(?:after|following|at|during|in|on the sidelines of|on the occasion of)\s+(?:the|their|"
    r"this|his|her|its)\s+(?:\w+\s+){0,2}?(?P<noun>talks|meeting|ceremony|visit|trip|tour|"
    r"consultation|summit|session)\b",
    re.IGNORECASE,
)
_EVENT_CUE_STARTS = re.compile(first_letters(["after", "following", "at", "during", "in", "on"]))
# "The visit was a great success …": a sentence that opens on the event just told of
_OPENING_EVENT = re.compile(
    r"(?:The|This|That)\s+(?:\w+\s+){0,2}?(?P<noun>talks|meeting|visit|trip|tour|summit)\b"
)
_TRAVEL = ("visit", "trip", "tour")
_EVENT_NOUNS = {"visit": _TRAVEL, "trip": _TRAVEL, "tour": _TRAVEL}
_LOOKBACK = 15  # sentences searched for a governing date or the other country


def org_venue(text: str, pos: int) -> bool:
    """Whether the organisation named at `pos` is where something happens ("at the UN
    headquarters", "on the sidelines of the ASEAN Summit") rather than a party."""
    return bool(_ORG_VENUE.search(text, max(0, pos - 40), pos))


NOT_GIVEN = "(not given)"  # a publisher the caller did not look for: the context will


class Context:
    """What the relation extractors know about one article: its sentences with the
    countries, organisations and dates in each, the home country, the publication date."""

    def __init__(
        self,
        doc: Doc,
        spans: list[Span],
        countries: list[CountryMention] | None = None,
        dates: list[DateMention] | None = None,
        publisher: str | None = NOT_GIVEN,
        person_countries: list[tuple[str, ...]] | None = None,
    ) -> None:
        self.doc = doc
        self.publisher = publisher
        # each sentence's named persons' countries (`extract_facts` knows them)
        self.person_countries = person_countries
        self.text = doc.body or doc.raw
        self.published = doc.published
        if countries is None:
            countries = find_countries(self.text)
        if dates is None:
            dates = find_dates(self.text, doc.published, paragraph_years=True)
        self.sentences = sentences(self.text, spans, countries, dates, doc.published)
        self.low = lowered(self.text)
        self.case_odd = case_odd(self.text)

    @cached_property
    def home(self) -> str | None:
        """The country the article is written from (computed when first needed)."""
        publisher = self.publisher
        if publisher == NOT_GIVEN:
            publisher = publisher_country(self.doc.raw[:1500])
        return _home_country(publisher, self.sentences)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        return self.doc.raw_span(start, end) if self.doc.body else (start, end)

    def organisation_party(self, index: int, start: int, level: tuple[int, int]) -> bool:
        """Whether an organisation stands as a party of the relation whose words span
        `[start, level end)`: before the level ("EU-Central Asia relations to a strategic
        partnership", "Vietnam and ASEAN partners upgraded …") or right after it ("…
        partnership with ASEAN"), not as a venue ("on the sidelines of the ASEAN Summit")."""
        sent = self.sentences[index]
        for s, e in sent.orgs:
            if org_venue(sent.text, s) or _ORG_QUALIFIES.match(sent.text, e):
                continue
            after = level[1] <= s <= level[1] + 20 and _ORG_LINK.search(sent.text, level[1], s)
            if start - 45 <= s < level[0] or after:
                return True
        return False

    def pairs(
        self, index: int, bounds: tuple[int, int], anchor: tuple[int, int]
    ) -> tuple[list[tuple[str, str]], bool]:
        """The country pairs a clause speaks of, and whether the text names them outright
        ("Vietnam – Russia …", "between X and Y", "X and Y …", "… with X") rather than
        leaving them to the context."""
        sent = self.sentences[index]
        parties = [p for p in sent.parties if bounds[0] <= p.start and p.end <= bounds[1]]
        named = dash_pair(sent.text, parties, anchor) or between_set(sent.text, parties)
        if named and len(named) == 2:
            return [(named[0], named[1])], True
        withs = with_list(sent.text, parties, anchor)
        if withs:
            subjects = _distinct(p for p in parties if p.end <= anchor[0] and p.iso3 not in withs)
            subjects = subjects or ([self.home] if self.home and self.home not in withs else [])
            found = [(s, w) for s in subjects for w in withs if s != w]
            if found:
                return found, True
        if not parties:
            parties = list(sent.parties)
        pair = self.pair_of(sent.text, parties, anchor[0])
        if pair is not None:
            return [pair], _conjoined_before(sent.text, parties, anchor[0]) == pair
        pair = self.context_pair(index)
        return ([pair] if pair else []), False

    def pair_of(self, text: str, parties: list[Party], pos: int) -> tuple[str, str] | None:
        """The pair one clause names: its two countries, the "X and Y" nearest before
        `pos` when it names more, or the home country and the one it names."""
        isos = _distinct(parties)
        if len(isos) > 2:
            return _conjoined_before(text, parties, pos) or (isos[0], isos[1])
        if len(isos) == 2:
            return isos[0], isos[1]
        if isos and self.home and isos[0] != self.home:
            return self.home, isos[0]
        return None

    def _persons_pair(self, index: int) -> tuple[str, str] | None:
        """ "Chinh and Paetongtarn witnessed the signing of … between the two countries":
        a sentence naming no country but persons of exactly two speaks of those two."""
        if self.person_countries is None or self.sentences[index].parties:
            return None
        found = self.person_countries[index]
        return (found[0], found[1]) if len(found) == 2 else None

    def context_pair(self, index: int) -> tuple[str, str] | None:
        """What "the two countries" means where the sentence does not say: the pair of
        the nearest sentence naming one, earlier in the paragraph first, then later in
        it, then earlier paragraphs; venues ("in Rio de Janeiro, Brazil") count last.
        A country the article names just once, in passing ("an agreement on a Japanese-
        funded railway"), does not outweigh the pair of the article's lead. Persons of
        two countries named in the sentence itself come first (`_persons_pair`)."""
        own = self._persons_pair(index)
        if own is not None:
            return own
        para = self.sentences[index].paragraph
        before = range(index - 1, max(-1, index - _LOOKBACK), -1)
        after = range(index + 1, min(len(self.sentences), index + 4))
        order = [i for i in before if self.sentences[i].paragraph == para]
        order += [i for i in after if self.sentences[i].paragraph == para]
        order += [i for i in before if self.sentences[i].paragraph != para]
        for venues in (False, True):
            for i in order:
                sent = self.sentences[i]
                parties = [p for p in sent.parties if venues or not p.venue]
                pair = self.pair_of(sent.text, parties, len(sent.text))
                if pair and self._passing(pair, parties):
                    return self.lead_pair
                if pair:
                    return pair
        return None

    def _passing(self, pair: tuple[str, str], parties: list[Party]) -> bool:
        """Whether `pair` is the home country and one named once in the whole article,
        while the lead names another pair."""
        lead = self.lead_pair
        if lead is None or len(_distinct(parties)) != 1 or pair[1] in lead:
            return False
        return self.named_counts.get(pair[1], 0) <= 1

    @cached_property
    def named_counts(self) -> dict[str, int]:
        """How often the article names each country (names and demonyms, not venues)."""
        counts: dict[str, int] = {}
        for sent in self.sentences:
            for c, venue in zip(sent.countries, sent.venues, strict=True):
                if not venue:
                    counts[c.iso3] = counts.get(c.iso3, 0) + 1
        return counts

    @cached_property
    def lead_pair(self) -> tuple[str, str] | None:
        """The two countries of the article's first sentence naming exactly two (the
        headline or the lead: "Kazakh President … received a Vietnamese delegation")."""
        for sent in self.sentences[:3]:
            isos = _distinct(p for p in sent.parties if not p.venue)
            if len(isos) == 2:
                return isos[0], isos[1]
        return None

    def nearest_date(
        self,
        index: int,
        bounds: tuple[int, int],
        lo: int,
        hi: int,
        skip: tuple[int, int] = (0, 0),
    ) -> DateMention | None:
        """The date mention of the clause closest to `[lo, hi)` (after it preferred), not
        one that dates a report ("the ministry said Thursday") or lies in `skip`."""
        sent = self.sentences[index]
        best: tuple[float, DateMention] | None = None
        for d in sent.dates:
            if d.start < bounds[0] or d.end > bounds[1] or (skip[0] <= d.start < skip[1]):
                continue
            if _REPORTED.search(sent.text, max(0, d.start - 20), d.start):
                continue
            if _DATELINE.match(sent.text, d.end) and d.start < 60:
                continue
            distance = d.start - hi if d.start >= hi else (lo - d.end) * 1.5 if d.end <= lo else 0
            if best is None or distance < best[0]:
                best = (distance, d)
        return best[1] if best else None

    def dateline(self, index: int) -> DateMention | None:
        """The date of a sentence's dateline ("Hanoi, June 8 (VNA) – …"), if it has one."""
        sent = self.sentences[index]
        return next(
            (d for d in sent.dates if d.start < 60 and _DATELINE.match(sent.text, d.end)), None
        )

    def inherited_date(self, index: int, oldest: int = 0) -> DateMention | None:
        """The date governing a sentence that gives none. "After the talks", "during the
        visit": the date of the sentence that tells of those talks or that visit; else
        the last day-precise mention in the sentences before ("On September 3, Xi held
        talks … The two heads of state announced …"), else the last month-precise one,
        else the date of the article's lead. Dates of years before `oldest` (history:
        "established relations on December 2, 1960") are passed over."""
        told_text = self.sentences[index].text
        cue = _OPENING_EVENT.match(told_text) or scan_first(
            _EVENT_CUE, _EVENT_CUE_STARTS, told_text
        )
        if cue:
            noun = cue.group("noun").lower()
            nouns = _EVENT_NOUNS.get(noun, (noun,))
            told = [i for i in range(index - 1, -1, -1) if self._tells(i, nouns)]
            for precision in (10, 7):
                for i in told:
                    found = _best_dated(self._dates(i, oldest))
                    if found is not None and len(found.iso or "") >= precision:
                        return found
        window = range(index - 1, max(-1, index - _LOOKBACK), -1)
        for wanted in (_DAY_KINDS, ("month", "range")):
            for i in window:
                found_all = [d for d in self._dates(i, oldest) if d.kind in wanted]
                if found_all:
                    return found_all[-1]
        for i in range(min(3, index)):
            found = _best_dated(self._dates(i, oldest))
            if found is not None:
                return found
        return None

    def _tells(self, index: int, nouns: tuple[str, ...]) -> bool:
        """Whether sentence `index` tells of one of the lower-case `nouns` (a word that
        starts so: "visit", "visits"), found in the lower-cased text."""
        sent = self.sentences[index]
        if self.case_odd:  # a scan of the lower-cased text would miss "vıſit"
            return bool(re.search(rf"\b(?:{'|'.join(nouns)})", sent.text, re.IGNORECASE))
        return starts_word(self.text, self.low, sent.start, sent.end, nouns)

    def _dates(self, index: int, oldest: int) -> tuple[DateMention, ...]:
        """A sentence's dates that may date what it tells: not its dateline when it gives
        another ("HANOI, April 15 (Xinhua) -- Xi held talks … on Monday"), nor history."""
        dates = self.sentences[index].dates
        line = self.dateline(index)
        if line is not None and any(d is not line and d.iso for d in dates):
            dates = tuple(d for d in dates if d is not line)
        return tuple(d for d in dates if not (oldest and d.iso and int(d.iso[:4]) < oldest))


def _best_dated(dates: tuple[DateMention, ...]) -> DateMention | None:
    """A sentence's most precise resolved date that is not a bare year."""
    usable = [d for d in dates if d.iso and d.kind != "year"]
    return max(usable, key=lambda d: len(d.iso or "")) if usable else None


def context_for(
    doc: Doc,
    spans: list[Span],
    countries: list[CountryMention] | None = None,
    dates: list[DateMention] | None = None,
    publisher: str | None = NOT_GIVEN,
    person_countries: list[tuple[str, ...]] | None = None,
) -> Context:
    """The context of `doc`, built once for both extractors (the last one is cached).
    `countries` (`find_countries`) and `dates` (`find_dates` against `doc.published`) of
    the body and the publisher's country, when the caller has them already, spare
    scanning the text again (left out: looked for here)."""
    cached = _CACHE.get("last")
    if cached is not None and cached.doc is doc and len(cached.sentences) == len(spans):
        return cached
    ctx = Context(doc, spans, countries, dates, publisher, person_countries)
    _CACHE["last"] = ctx
    return ctx


_CACHE: dict[str, Context] = {}


def _home_country(publisher: str | None, sentences: list[Sentence]) -> str | None:
    """The country the article is written from: its publisher's ("Hanoi (VNA) –", a
    "Yonhap News Agency" header) when the body names that country or names only one
    other, in all or in its lead (leaders named without their country: "Chinh held talks
    with his Thai counterpart"), else the most named country (headline and lead count double), ties
    to the first named."""
    counts: dict[str, float] = {}
    lead: set[str] = set()  # the countries of the headline and lead
    for i, sent in enumerate(sentences):
        for c, venue in zip(sent.countries, sent.venues, strict=True):  # capitals do not count
            if venue:
                continue
            if c.iso3 == publisher:
                return publisher  # the body names the publisher's country: no need to count
            counts[c.iso3] = counts.get(c.iso3, 0) + (2 if i < 3 else 1)
            if i < 3:
                lead.add(c.iso3)
    # … or only one other in the lead: later ones are background ("Vietnam had such ties
    # only with Russia and China")
    if publisher and (len(counts) == 1 or len(lead) == 1):
        return publisher
    if not counts:
        return None
    return max(counts, key=lambda iso: counts[iso])  # dicts keep first-mention order


def _distinct(parties: object) -> list[str]:
    seen: list[str] = []
    for p in parties:  # type: ignore[attr-defined]
        if p.iso3 not in seen:
            seen.append(p.iso3)
    return seen


def dash_pair(text: str, parties: list[Party], anchor: tuple[int, int]) -> list[str] | None:
    """ "Vietnam – Russia comprehensive strategic partnership", "China-Mali relations"."""
    best = None
    for a, b in pairwise(parties):
        if a.iso3 != b.iso3 and _DASH.match(text[a.end : b.start]):
            distance = abs(anchor[0] - b.end) if b.end <= anchor[0] else abs(a.start - anchor[1])
            if distance <= 60 and (best is None or distance < best[0]):
                best = (distance, [a.iso3, b.iso3])
    return best[1] if best else None


def between_set(text: str, parties: list[Party]) -> list[str] | None:
    """ "between Vietnam and Japan", "among the governments of China, Tanzania and Zambia"."""
    if len(parties) < 2:
        return None  # a set has two countries at least
    low = text.lower()  # no letter of the two words has a case-odd form (`cues.case_odd`)
    if "between" not in low and "among" not in low:
        return None  # most sentences: no window before a country needs a look
    for i, p in enumerate(parties):
        if not scan_first(_BETWEEN, _BETWEEN_STARTS, text, max(0, p.start - 40), p.start):
            continue
        found = [p.iso3]
        for prev, q in pairwise(parties[i:]):
            if not _CONJ.match(text[prev.end : q.start]):
                break
            found.append(q.iso3)
        found = list(dict.fromkeys(found))
        if len(found) >= 2:
            return found
    return None


def with_list(text: str, parties: list[Party], anchor: tuple[int, int]) -> list[str]:
    """The countries of "… with Kazakhstan, Azerbaijan and Belarus" after the anchor."""
    after = [p for p in parties if p.start >= anchor[1]]
    if not after or not _WITH.match(text[anchor[1] : after[0].start]):
        return []
    found = [after[0].iso3]
    for prev, q in pairwise(after):
        if not _CONJ.match(text[prev.end : q.start]):
            break
        found.append(q.iso3)
    return list(dict.fromkeys(found))


# "1989", "2025" as a word; the word-start test follows the first digit, so that `re`
# jumps from "1" to "2" instead of trying every position
_AND_THE = re.compile(r"\s+and\s+(?:the\s+)?")


def _conjoined_before(text: str, parties: list[Party], pos: int) -> tuple[str, str] | None:
    """The nearest "X and Y" before `pos` ("Indonesia and Mexico, which elevated …"); not
    an envoy's posting ("Ambassador to Indonesia and Timor Leste"), two host countries
    of one side rather than a pair."""
    before = [p for p in parties if p.end <= pos]
    for a, b in reversed(list(pairwise(before))):
        if a.iso3 != b.iso3 and _AND_THE.fullmatch(text[a.end : b.start]):
            if _POSTED_TO.search(text, max(0, a.start - 25), a.start):
                continue
            return a.iso3, b.iso3
    return None


_POSTED_TO = re.compile(r"\b(?:Ambassadors?|Envoys?|ambassadors?|envoys?)\s+to\s+(?:the\s+)?$")
