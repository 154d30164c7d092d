"""SIGNED facts: documents signed, exchanged, adopted or issued between countries.

    from ingest.extract.signings import find_signings
    facts = find_signings(doc, split_sentences(doc.body))
    facts = find_signings(doc, spans, countries, dates, publisher)  # reuse the caller's scans

A signing is a document (`data/documents.tsv`: agreements, memoranda, treaties, joint
statements …) governed by a signing word in one of four shapes:

    verb        "the two Prime Ministers signed a joint statement on …"
    noun        "witnessed the signing / exchange of 12 cooperation documents"
    passive     "a cooperation agreement … was signed", "MoUs were exchanged"
    participle  "a memorandum …, signed by …", "the documents signed were:"

Signing words: signed, inked, penned, sealed, concluded, exchanged. Joint statements and
declarations may also be "issued" or "adopted". Plans ("agreed to soon sign"), negations
and earlier agreements mentioned in passing ("implement the signed agreements") give
nothing. Parties are countries: those the clause names
("between Kenya and the UAE", "Malaysia and Turkiye signed", "the Vietnam – Israel Free
Trade Agreement"), else the pair the article is speaking of ("the two leaders"; "the
sides signed an agreement on visa exemption for Vietnamese citizens": a country inside
the document's name is its subject, not a party). An undated signing takes the date of
the talks it follows, never a historical date of the sentences before.
"Vietnam and A, B and C signed …" gives one fact per pair with Vietnam; "among the
governments of A, B and C" one fact with all three.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ingest.countries import CountryMention
from ingest.date_rules import MONTH
from ingest.dates import DateMention
from ingest.extract.cues import case_odd, first_letters, holds_any, scan, scan_first
from ingest.extract.relation_context import (
    NOT_GIVEN,
    Context,
    Found,
    Party,
    between_set,
    clause_window,
    context_for,
    dash_pair,
    hinted_sentences,
    merge_dated,
    org_venue,
    plan_or_negation,
    trie_alternation,
    with_list,
    words_pattern,
    years_ago,
)
from ingest.extract.sentences import Span
from ingest.types import Doc, Signed

CAMEO_SIGN = "057"  # sign formal agreement

_DATA = Path(__file__).parent.parent / "data"


def _load_documents() -> dict[str, str]:
    docs: dict[str, str] = {}
    for line in (_DATA / "documents.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            phrase, kind = line.split("\t")
            docs[phrase.lower()] = kind
    return docs


_DOCUMENTS = _load_documents()
_DOC_RE = re.compile(
    r"(?<![\w-])(?P<head>" + trie_alternation(_DOCUMENTS, space=" ") + r")s?(?![\w-])",
    re.IGNORECASE,
)
# Sentences worth reading: one scan of the body before any rule runs
# ("witnessed the handing over of 15 documents": a handover written as two words)
_HINTS = (
    "sign",
    "ink",
    "exchang",
    "adopt",
    "issu",
    "pen",
    "conclud",
    "seal",
    "handover",
    "hand-over",
    "handing over",
)
_DOC_WORDS = tuple(sorted({phrase.split()[-1] for phrase in _DOCUMENTS}))  # a phrase ends so
_OF = re.compile(r"\s+of\b")
_JOINT = re.compile(r"\bjoint\b|communiqu", re.IGNORECASE)
# What governs documents signed before ("the spirit of", "in line with", "implement"), and
# the year that would date such a document all the same ("signed in October 2011")
_EARLIER_TEXTS = re.compile(
    r"\b(?:spirit\s+of|in\s+(?:line|accordance)\s+with|implement\w*)\s+(?:the\s+|all\s+)?$",
    re.IGNORECASE,
)
_YEAR_AFTER = re.compile(r"[^.;]{0,40}\b(?:19|20)\d\d\b")
_SIGN_VERB = words_pattern(
    ["signed", "sign", "signs", "inked", "ink", "inks", "exchanged", "exchange", "exchanges"]
    + ["penned", "pen", "pens", "concluded", "conclude", "concludes", "sealed", "seal", "seals"]
)
_STATEMENT_VERB = words_pattern(["issued", "issue", "issues", "adopted", "adopt", "adopts"])
_SIGN_NOUN = re.compile(
    r"\b(?P<noun>signing|exchange|adoption|issuance|handover|hand-over|handing\s+over)\s+"
    r"(?:ceremony\s+)?(?:of|for)\b",
    re.IGNORECASE,
)
# The verbs of a passive ("were signed") and, but for "exchanged", of a participle
_PASSIVE_VERBS = ("signed", "inked", "penned", "concluded", "exchanged", "adopted", "issued")
_PASSIVE = re.compile(
    r"\b(?:was|were|have\s+been|has\s+been|had\s+been)\s+(?:(?:also|then|officially|"
    r"formally|jointly|\w+ly)\s+)?(?P<verb>" + "|".join(_PASSIVE_VERBS) + r")\b",
    re.IGNORECASE,
)
_PARTICIPLE = re.compile(
    r",?\s+(?P<verb>signed|inked|penned|concluded|issued|adopted)\s+(?=(?:by|between|among|at|"
    r"in|on|during|after|following|with|today|yesterday|were|was)\b)",
    re.IGNORECASE,
)
# Each pattern's first words in lower case (a participle's verb: ", signed by")
_OPENS = {
    _SIGN_VERB: ("sign", "ink", "exchang", "pen", "conclud", "seal"),
    _STATEMENT_VERB: ("issu", "adopt"),
    _SIGN_NOUN: ("signing", "exchange", "adoption", "issuance", "handover", "hand-over", "handing"),
    _PASSIVE: ("was", "were", "has", "had", "have"),
    _PARTICIPLE: ("signed", "inked", "penned", "concluded", "issued", "adopted"),
}
# Looked up by id: hashing a compiled pattern hashes its whole program (microseconds)
_OPENS_BY_ID = {id(pattern): words for pattern, words in _OPENS.items()}
# What may stand between a signing word and its document: determiners, numbers,
# adjectives, an aside ("signed, on behalf of their respective governments, the …").
_OBJECT_GAP = re.compile(
    r"(?:\s*,[^,.;:]{0,70},)?(?:\s+and\s+(?:exchanged|signed)\b)?[^.;:]{0,60}",
    re.IGNORECASE,
)
# Words that end the signing word's reach: prepositions, another clause, another verb
# ("…ed"), and the verbs that govern earlier documents ("delegation exchanges, …,
# implementing cooperation mechanisms and agreements": the agreements are implemented).
_GAP_STOP = re.compile(
    r"\b(?:to|that|which|who|when|while|for|after|before|with|on|in|of|"
    r"regarding|[a-z]+ed|implement\w*|reali[sz]\w*|concreti[sz]\w*|execut\w*|review\w*)\b",
    re.IGNORECASE,
)
# "signed a total of 11 documents", "dozens of agreements": quantities, not prepositions
_QUANTITY_OF = re.compile(
    r"\b(?:a\s+(?:total|number|series|range|raft|host|set|package|couple)|dozens|scores|"
    r"hundreds|several\s+dozen)\s+of\b",
    re.IGNORECASE,
)
_RELATIVE_LINK = re.compile(r",?\s*(?:which|that)\s*$", re.IGNORECASE)  # "…, which was signed"
_ADJECTIVAL = re.compile(
    r"\b(?:the|these|those|its|their|all|of|already|previously|realize|realise|implement|"
    r"concretize|concretise|review|execute|carry\s+out)\s+$",
    re.IGNORECASE,
)
# Where the IGNORECASE patterns above may start (`cues.scan`): tried only there
_ADJECTIVAL_STARTS = re.compile(
    first_letters(
        ["the", "these", "those", "its", "their", "all", "of", "already", "previously"]
        + ["realize", "realise", "implement", "concretize", "concretise", "review", "execute"]
        + ["carry"]
    )
)
_DOC_STARTS = re.compile(first_letters(_DOCUMENTS))
_TAIL_END = re.compile(
    r",|\.(?:\s|$)|;|:|\((?![A-Z][\w&.-]{1,11}\)(?!\s*[-–—]))"  # not "(VIETRADE)"
    r"|\bwhich\b|\bthat\b|\bwho\b|\bby which\b|\bwitness|\bas well as\b"
    r"|\bin\s+[A-Z]"
    r"|\bat\b|\bon\s+(?:behalf|the occasion)\b|\bon\s+(?:[A-Z][a-z]+day|"
    r"\w+\s+\d)|\b(?:today|yesterday|after|following|during|since)\b|\b(?:in|on)\s+\d"
    r"|\b(?:more\s+than\s+|over\s+|nearly\s+)?\w+\s+(?:years?|decades?)\s+ago\b"
    r"|\band\s+(?:also\s+)?(?:signed|issued|exchanged|adopted|witnessed|agreed)\b"
    # the next clause's verb: "the agreement … will foster", "… and expressed his hope"
    r"|\b(?:will|would|shall|could|should|must)\s|\band\s+(?:also\s+)?(?:expressed|"
    r"affirmed|stressed|said|noted|welcomed|praised|hailed|highlighted|emphasi[sz]ed|"
    r"underlined|urged|thanked|proposed|pledged|vowed|reiterated|discussed|reviewed)\b",
)
_PHRASE_LEAD = re.compile(
    r"(?:\s*,[^,.;:]{0,70},)?(?:\s+and\s+(?:exchanged|signed)\b)?\s*", re.IGNORECASE
)
_NAME_BEFORE = re.compile(
    r"(?:(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
    r"some|many|about|around|nearly|over|more\s+than|\d+|bilateral|new|cooperation|number|"
    r"total|series|range|dozens|hundreds|of|"
    r"[A-Z][\w'’.-]*|[-–—])\s+)+$"
)
_HOME_FIRST_LIST = re.compile(r"^\s+and\s+(?:the\s+)?$", re.IGNORECASE)
_PAIR_WORDS = re.compile(
    r"\b(?:the\s+two|both|bilateral|they|their|each\s+other|the\s+sides)\b", re.IGNORECASE
)


@dataclass(frozen=True)
class _Event:
    trigger: tuple[int, int]
    doc: tuple[int, int]  # the document phrase, offsets into the sentence
    kind: str  # verb | noun | passive | participle


def find_signings(
    doc: Doc,
    sentences: list[Span],
    countries: list[CountryMention] | None = None,
    dates: list[DateMention] | None = None,
    publisher: str | None = NOT_GIVEN,
    person_countries: list[tuple[str, ...]] | None = None,
) -> list[Signed]:
    """SIGNED facts of the article body (`sentences` are spans of `doc.body`, or of
    `doc.raw` when the body is empty): one per set of parties and date. `countries`,
    `dates` (the body's `find_countries` / `find_dates` mentions) and `publisher` (the
    publisher's country) spare scanning the text again when the caller has them;
    `person_countries` (each sentence's named persons' countries) place "the two
    countries" of a sentence that names only persons."""
    text = doc.body or doc.raw
    hinted = hinted_sentences(text, sentences, _HINTS, _DOC_WORDS)
    events = [(i, e) for i in hinted for e in _events(sentences[i].text)]
    if events and "conclud" in text and _SIGNING_AHEAD.search(text):
        events = [(i, e) for i, e in events if not _concluded(sentences[i].text, e)]
    if not events:
        return []  # most articles: no context to build
    ctx = context_for(doc, sentences, countries, dates, publisher, person_countries)
    found: list[Found] = []
    for index, event in events:
        found += _facts(ctx, index, event)
    return [f.fact for f in merge_dated(found, _fact_key)]


# "we have today concluded our defence agreement", "…, which will be signed later this
# week": where a signing is still to come, "concluded" ends the talks on the text only
_SIGNING_AHEAD = re.compile(
    r"\b(?:will|to)\s+be\s+(?:\w+ly\s+)?signed\b|\bwill\s+(?:\w+ly\s+)?sign\b"
)


def _concluded(sentence: str, event: _Event) -> bool:
    return "conclud" in sentence[event.trigger[0] : event.trigger[1]].lower()


def _fact_key(fact: Signed) -> frozenset[str]:
    return frozenset(fact.parties)


# ── events: a signing word and its document ──────────────────────────────────────────


def _events(text: str) -> list[_Event]:
    low = text.lower()
    events = _verb_events(text, low) + _noun_events(text, low) + _passive_events(text, low)
    kept: list[_Event] = []
    for e in sorted(events, key=lambda e: e.doc[0]):
        if not any(k.doc[0] <= e.doc[0] < k.doc[1] for k in kept) and not _blocked(text, e):
            kept.append(e)
    return kept


def _matches(pattern: re.Pattern[str], text: str, low: str) -> list[re.Match[str]]:
    """`pattern`'s matches in `text` (`low` lower-cased): the pattern is tried only
    where one of the words it opens with stands (substring search is far cheaper than
    a regex scan of the whole sentence)."""
    found = []
    for word in _OPENS_BY_ID[id(pattern)]:
        pos = low.find(word)
        while pos >= 0:
            match = pattern.match(text, _lead(text, pos) if pattern is _PARTICIPLE else pos)
            if match:
                found.append(match)
            pos = low.find(word, pos + 1)
    return sorted(found, key=lambda m: m.start())


def _lead(text: str, pos: int) -> int:
    """Where ", signed by" starts for the word at `pos`: its space and comma before."""
    start = pos
    while start > 0 and text[start - 1].isspace():
        start -= 1
    return start - 1 if start < pos and start > 0 and text[start - 1] == "," else start


def _verb_events(text: str, low: str) -> list[_Event]:
    events = []
    for verb, statements_only in ((_SIGN_VERB, False), (_STATEMENT_VERB, True)):
        for t in _matches(verb, text, low):
            if t.group().lower() == "signed" and scan_first(
                _ADJECTIVAL, _ADJECTIVAL_STARTS, text, max(0, t.start() - 40), t.start()
            ):
                continue  # "implement the signed agreements": signed earlier
            if _OF.match(text, t.end()):
                continue  # "the exchange of": a noun, read by _noun_events
            if _EXCHANGE_PROGRAMME.match(text, t.start()):
                continue  # "student exchange programmes": a kind of programme, not an act
            if t.group().lower() in _BARE_EXCHANGE and _AN_EXCHANGE.search(
                text, max(0, t.start() - 30), t.start()
            ):
                continue  # "for a friendship exchange under an agreement": a noun
            head = _object(text, t.end(), statements_only)
            if head is not None:
                events.append(_Event((t.start(), t.end()), _phrase(text, t.end(), head), "verb"))
    return events


# "exchange" before "programme" names the programme ("youth exchange programs")
_EXCHANGE_PROGRAMME = re.compile(r"exchanges?\s+program(?:me)?s?\b", re.IGNORECASE)
# "a friendship exchange", "an exchange": after an article "exchange" is a noun (a verb
# "exchange" has a plural subject: "the two sides exchange documents")
_AN_EXCHANGE = re.compile(r"\b[Aa]n?\s+(?:[\w-]+\s+){0,2}$")
_BARE_EXCHANGE = ("exchange", "exchanges")
# Compiled once here rather than looked up in re's cache at every call
_COMMA_ASIDE = re.compile(r"\s*,[^,.;:]{0,70},")
_AND_SIGNED = re.compile(r"^\s+and\s+(?:exchanged|signed)\b", re.IGNORECASE)
_CLAUSE_MARK = re.compile(r"[.;:]")
# Wire copy may date the act before its object: "signed on June 19 the treaty", "signed on
# Monday an agreement" (the date is no preposition of the document)
_DATE_FIRST = re.compile(
    rf"\s+(?:on|in)\s+(?:{MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{MONTH}(?:\s+\d{{4}})?"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s*,?(?=\s+(?:the|an?|\d+|two|three|several)\s)"
)
_OTHER_CLAUSE = re.compile(r"[.;:]|\b(?:which|that|who)\b|\b[a-z]+ed\b")
_SPACES = re.compile(r"\s+")
_IN_END = re.compile(r"\bin\s+$")


def _object(text: str, pos: int, statements_only: bool) -> re.Match[str] | None:
    """The document a signing word governs: the first document word after it, with only
    determiners, numbers and adjectives (or an aside in commas) between."""
    gap = _OBJECT_GAP.match(text, pos)
    window_end = gap.end() if gap else pos
    head = scan_first(_DOC_RE, _DOC_STARTS, text, pos, min(len(text), window_end + 40))
    if head is None:
        return None
    between = text[pos : head.start()]
    aside = _COMMA_ASIDE.match(between)
    core = between[aside.end() :] if aside else between
    core = _AND_SIGNED.sub(" ", core)
    core = _QUANTITY_OF.sub(" ", core)
    dated = _DATE_FIRST.match(core) if core[:4] in (" on ", " in ") else None
    core = core[dated.end() :] if dated else core
    if len(core) > 70 or _GAP_STOP.search(core) or _CLAUSE_MARK.search(core):
        return None
    if statements_only and (
        _DOCUMENTS[_norm(head.group("head"))] != "statement"
        or not _JOINT.search(text, pos, head.end())
    ):
        return None  # issued or adopted: only joint texts ("the Hanoi Declaration" is not)
    return head


def _noun_events(text: str, low: str) -> list[_Event]:
    events = []
    for t in _matches(_SIGN_NOUN, text, low):
        head = _object(text, t.end(), t.group("noun").lower() in ("adoption", "issuance"))
        if head is None:
            continue
        events.append(_Event((t.start(), t.end()), _phrase(text, t.end(), head), "noun"))
    return events


def _passive_events(text: str, low: str) -> list[_Event]:
    if len(low) == len(text) and not case_odd(text) and not holds_any(low, _PASSIVE_VERBS):
        return []  # every passive or participle names its verb (as the regex would see it)
    events = []
    for t in _matches(_PASSIVE, text, low) + _matches(_PARTICIPLE, text, low):
        heads = scan(_DOC_RE, _DOC_STARTS, text, max(0, t.start() - 140), t.start())
        if not heads:
            continue
        head = heads[-1]
        between = text[head.end() : t.start()]
        between = _RELATIVE_LINK.sub("", between)
        if len(between) > 120 or _OTHER_CLAUSE.search(between):
            continue  # the document belongs to another clause
        start = _phrase_start(text, head.start())
        if t.group("verb").lower() in ("issued", "adopted") and not _JOINT.search(
            text, start, head.end()
        ):
            continue  # "the declaration adopted at the summit": not a joint text
        if _EARLIER_TEXTS.search(text, max(0, start - 40), start) and not _YEAR_AFTER.match(
            text, t.end()
        ):
            continue  # "implement the spirit of agreements signed by both sides": earlier ones
        kind = "passive" if t.re is _PASSIVE else "participle"
        end = head.end() + len(text[head.end() : t.start()].split(",")[0].rstrip())
        events.append(_Event((t.start(), t.end()), (start, end), kind))
    return events


def _phrase(text: str, pos: int, head: re.Match[str]) -> tuple[int, int]:
    """The document phrase after a signing word: from its first word to the head and its
    complement ("on cooperation in education", "between the two foreign ministries"),
    up to a comma, a bracket or a venue."""
    lead = _PHRASE_LEAD.match(text, pos)
    start = lead.end() if lead else pos
    dated = _DATE_FIRST.match(text, start - 1) if text.startswith(("on ", "in "), start) else None
    start = dated.end() + 1 if dated else start  # "signed on June 19 the treaty": not its name
    stop = _TAIL_END.search(text, head.end(), _first_stop(text, head.end(), head.end() + 140))
    end = stop.start() if stop else min(len(text), head.end() + 140)
    return start, len(text[:end].rstrip())


def _first_stop(text: str, start: int, end: int) -> int:
    """Where a search for the phrase's end may stop: just past the first comma,
    semicolon, colon, bracket or full stop (the scan past it would find no earlier end)."""
    end = min(len(text), end)
    for mark in (",", ";", ":", "(", ". "):
        found = text.find(mark, start, end)
        while mark == "(" and found >= 0 and _ABBREVIATION.match(text, found):
            found = text.find(mark, found + 1, end)  # "the Trade Agency (VIETRADE)" goes on
        if found >= 0:
            end = found + 2
    return min(len(text), end)


# A bracketed short form after a body's name, not a dateline's agency ("(VNA) –")
_ABBREVIATION = re.compile(r"\([A-Z][\w&.-]{1,11}\)(?!\s*[-–—])")


def _phrase_start(text: str, head_start: int) -> int:
    """Where the document phrase before a passive verb begins: the determiners,
    numbers and capitalised words before its head ("Several cooperation agreements")."""
    lead = _NAME_BEFORE.search(text, max(0, head_start - 80), head_start)
    start = lead.start() if lead else head_start
    while start < head_start and text[start].isspace():
        start += 1
    if text.startswith(("of ", "Of "), start):
        start += 3  # "the signing of a memorandum, signed by": "of" ends the run's noun
    return start


def _blocked(text: str, e: _Event) -> bool:
    """Plans, wishes and negations before the signing word: "agreed to soon sign",
    "will sign", "have not yet signed"."""
    if e.kind in ("passive", "participle"):
        return plan_or_negation(text[max(0, e.doc[0] - 60) : e.trigger[0]])
    return plan_or_negation(clause_window(text, e.trigger[0]))


def _norm(head: str) -> str:
    return _SPACES.sub(" ", head.lower())


# ── facts ────────────────────────────────────────────────────────────────────────────


def _facts(ctx: Context, index: int, e: _Event) -> list[Found]:
    sent = ctx.sentences[index]
    parties_sets = _parties(ctx, index, e)
    if not parties_sets:
        return []
    date, date_text, explicit = _date(ctx, index, e)
    start, end = ctx.raw_span(sent.start, sent.end)
    what = " ".join(sent.text[e.doc[0] : e.doc[1]].split())
    extra: dict[str, Any] = {  # extra fields of the format: offsets, CAMEO, provenance
        "evidence_start": start,
        "evidence_end": end,
        "cameo": CAMEO_SIGN,
        "date_text": date_text,
        "date_source": "sentence" if explicit else ("context" if date_text else "published"),
    }
    return [
        Found(
            Signed(parties=list(parties), what=what, date=date, evidence=sent.text, **extra),
            explicit,
        )
        for parties in parties_sets
    ]


def _parties(ctx: Context, index: int, e: _Event) -> list[tuple[str, ...]]:
    """Who signed: countries the clause names for the document, else the article's pair."""
    sent = ctx.sentences[index]
    text = sent.text
    lo = _clause_start(text, min(e.trigger[0], e.doc[0]))
    hi = min(len(text), e.doc[1] + 80)
    if _organisation_party(ctx, index, lo, e.doc[1]):
        return []
    near = [p for p in sent.parties if lo <= p.start and p.end <= hi]
    listed = _listed(text, near, e)
    if listed:
        return listed
    subject = [p for p in near if p.end <= max(e.trigger[1], e.doc[0])]
    withs = with_list(text, near, e.trigger)
    if withs:  # "Vietnam signed agreements with Japan and South Korea"
        firsts = [p.iso3 for p in _dedupe(subject) if p.iso3 not in withs]
        firsts = firsts or ([ctx.home] if ctx.home and ctx.home not in withs else [])
        found: list[tuple[str, ...]] = [(a, b) for a in firsts[:1] for b in withs if a != b]
        if found:
            return found
    in_doc = [p for p in near if e.doc[0] <= p.start and p.end <= e.doc[1]]
    if e.kind in ("passive", "participle"):  # "… were signed between ministries of X and Y"
        in_doc += [p for p in near if p.start >= e.trigger[1]]
    named = _dedupe(subject + in_doc)
    if len(named) >= 3:
        return _from_list(text, subject, ctx.home) or [tuple(_iso(named))]
    if not subject and len(named) == 1 and _PAIR_WORDS.search(text, lo, e.doc[0]):
        # "the sides signed an agreement on visa exemption for Vietnamese citizens": a
        # country inside the document's name is its subject, the signatories are the pair
        pair = ctx.context_pair(index)
        if pair is not None:
            return [pair]
    pair = ctx.pair_of(text, named, e.trigger[0])
    if pair is None and not named:
        pair = _own_pair(sent.parties)  # "A joint declaration issued … said India and Japan …"
    if pair is None and (not named or _PAIR_WORDS.search(text, lo, hi)):
        pair = ctx.context_pair(index)  # "the two leaders witnessed …", not "Vietnam signed"
    if pair is None and not named:  # "the two sides signed …, India and Vietnam said"
        pair = ctx.pair_of(text, list(sent.parties), len(text))
    return [tuple(pair)] if pair else []


def _own_pair(parties: tuple[Party, ...]) -> tuple[str, str] | None:
    """The sentence's pair when it names just two countries (no venue): the signatories
    of a document its clause does not name them for."""
    isos = list(dict.fromkeys(p.iso3 for p in parties if not p.venue))
    return (isos[0], isos[1]) if len(isos) == 2 else None


def _listed(text: str, near: list[Party], e: _Event) -> list[tuple[str, ...]]:
    """ "between Kenya and the UAE", "among the governments of China, Tanzania and
    Zambia", "the Vietnam – Israel Free Trade Agreement"."""
    after = [p for p in near if p.start >= e.doc[0]]
    found = between_set(text, after) or dash_pair(text, after, e.doc)
    if not found:
        return []
    return [tuple(found)]


def _from_list(text: str, subject: list[Party], home: str | None) -> list[tuple[str, ...]]:
    """ "Vietnam and Kazakhstan, Azerbaijan, the Russian Federation and Belarus signed":
    the first country with each of the others."""
    if len(subject) < 3 or not _HOME_FIRST_LIST.match(text[subject[0].end : subject[1].start]):
        return []
    first = subject[0].iso3
    return [(first, p.iso3) for p in _dedupe(subject[1:]) if p.iso3 != first]


def _organisation_party(ctx: Context, index: int, lo: int, hi: int) -> bool:
    """An organisation among the signatories ("between Vietnam and the EU", "Leaders
    adopted a joint declaration by which they elevated EU-Central Asia relations");
    an organisation as a venue ("at the UN headquarters") does not count."""
    text = ctx.sentences[index].text
    return any(lo <= s < hi + 60 and not org_venue(text, s) for s, _ in ctx.sentences[index].orgs)


def _clause_start(text: str, pos: int) -> int:
    semi = max(text.rfind(";", 0, pos), text.rfind(":", 0, pos))
    start = semi + 1 if semi >= 0 else 0
    if "that" not in text[start:pos]:
        return start
    # "…, he said, adding that nine agreements were signed": the reported clause is the
    # signing's own; forums or plans named before it are another clause's
    ends = [m.end() for m in _REPORTED_THAT.finditer(text, start, pos)]
    return ends[-1] if ends else start


_REPORTED_THAT = re.compile(r"\b(?:adding|saying|noting|stressing|stating)\s+that\b")


def _date(ctx: Context, index: int, e: _Event) -> tuple[str | None, str | None, bool]:
    """(iso, phrase, read in this sentence): the date nearest the signing word outside
    the document's own name ("programme … for 2023-2026"), else the date governing the
    sentences before ("Yesterday, Chinh held talks … Several agreements were signed"),
    else the dateline, else the publication date."""
    sent = ctx.sentences[index]
    jubilee = _ANNIVERSARY_OF.search(sent.text, max(0, e.trigger[0] - 40), e.trigger[0])
    if jubilee is not None:  # "the 40th anniversary of the signing of the Treaty …"
        year = int(ctx.published[:4]) - int(jubilee.group("n")) if ctx.published else None
        return (f"{year:04d}" if year else None), jubilee.group(), year is not None
    whole = (0, len(sent.text))
    lo, hi = min(e.trigger[0], e.doc[0]), max(e.trigger[1], e.doc[1])
    near: DateMention | None = ctx.nearest_date(index, whole, lo, hi, skip=e.doc)
    if near is not None and (near.kind != "year" or _signed_in(sent.text, e, near)):
        return near.iso, near.text, near.iso is not None
    ago = years_ago(sent.text, e.doc[1], ctx.published)
    if ago is not None:  # "signed the Treaty … 30 years ago"
        return ago[0], ago[1], ago[0] is not None
    # "… established relations on December 2, 1960. They signed …": news, not history
    # (news of the publication year, else of the latest year the article dates anything)
    latest = ctx.published or max(
        (d.iso for sent in ctx.sentences for d in sent.dates if d.iso), default=None
    )
    oldest = int(latest[:4]) - _HISTORY_YEARS if latest else 0
    inherited = ctx.inherited_date(index, oldest) or ctx.dateline(index)
    if inherited is not None:
        return inherited.iso, inherited.text, False
    if ctx.published:  # a signing the text reports without a date: news of the day
        return ctx.published, None, False
    return None, None, False


_HISTORY_YEARS = 5  # an undated signing is news: a date years older tells another story
# "the 40th anniversary of the signing of …": the signing was that many years before the
# year the anniversary is kept (the publication year)
_ANNIVERSARY_OF = re.compile(r"\b(?P<n>\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:the\s+)?$")


def _signed_in(text: str, e: _Event, year: DateMention) -> bool:
    """A bare year dates the signing only right by it ("signed in Hanoi in 2019"), not
    elsewhere in the sentence ("… a programme for 2023-2026")."""
    gap = text[e.trigger[1] : year.start] if year.start >= e.trigger[1] else ""
    after_doc = text[e.doc[1] : year.start] if year.start >= e.doc[1] else "-" * 9
    return bool(_IN_END.search(gap)) and (len(gap) <= 30 or len(after_doc) <= 5)


def _dedupe(parties: list[Party]) -> list[Party]:
    seen: dict[str, Party] = {}
    for p in parties:
        seen.setdefault(p.iso3, p)
    return list(seen.values())


def _iso(parties: list[Party]) -> list[str]:
    return [p.iso3 for p in parties]
