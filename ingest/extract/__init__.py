"""Facts out of a cleaned article body: persons, MET_WITH, UPGRADED_TO, SIGNED.

    extract_facts(doc) -> ArticleFacts

The body (`doc.body`, or `doc.raw` before cleaning) is cut into sentences once; persons
and meetings are read here, upgrades and signings by `upgrades.py` and `signings.py`
from the same sentences. Every fact keeps its sentence as evidence, the offsets of that
sentence in `doc.raw` (`evidence_start`, `evidence_end`), a CAMEO code (`cameo`) and the
date phrase it was dated by (`date_text`).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from ingest.countries import first_city_country, publisher_country
from ingest.dates import find_dates
from ingest.extract.meeting_dates import date_meetings
from ingest.extract.meetings import Actor as MeetingActor
from ingest.extract.meetings import Meeting, find_meetings
from ingest.extract.persons import People, read_persons
from ingest.extract.sentences import Span, mask_asides, split_sentences
from ingest.extract.signings import find_signings
from ingest.extract.upgrades import find_upgrades
from ingest.types import Actor, ArticleFacts, Doc, MeetingKind, MetWith, Person

__all__ = ["extract_facts", "split_sentences", "Span"]


def extract_facts(doc: Doc) -> ArticleFacts:
    """Every fact the article states, each dated and traceable to its sentence."""
    text = doc.body or doc.raw
    sentences = split_sentences(text)
    # Persons and meetings read a copy with asides blanked; offsets and evidence stay.
    plain = mask_asides(text)
    people = read_persons(plain, sentences)
    # The dateline's country and the most named ones place only persons the text gives no
    # country (`fill_countries`): most articles have none, and the scans are skipped.
    unplaced = any(p.country is None and not p.org for p in people.registry.persons)
    people.registry.fill_countries(
        publisher_country(" | ".join(str(doc.meta.get(k) or "") for k in ("source", "url")))
        or publisher_country(doc.raw[:_MASTHEAD]),
        first_city_country(text[:_DATELINE]) if unplaced else None,
        _by_frequency(people) if unplaced else [],
    )
    meetings = find_meetings(plain, sentences, people)
    dates = find_dates(
        text, doc.published, paragraph_years=True
    )  # shared with the relation extractors
    date_meetings(text, meetings, dates, doc.published)
    home, named = people.registry.home, _person_countries(people)
    return ArticleFacts(
        article=doc.name,
        published=doc.published,
        persons=_persons(people, text),
        met_with=_met_with(doc, meetings),
        upgraded_to=find_upgrades(doc, sentences, people.countries, dates, home, named),
        signed=find_signings(doc, sentences, people.countries, dates, home, named),
    )


_MASTHEAD = 600  # characters of the raw page where the publisher's name stands
_DATELINE = 800  # characters of the body where the dateline city stands


def _person_countries(people: People) -> list[tuple[str, ...]]:
    """Each sentence's named persons' countries, distinct, in order: only countries the
    text gives them, not a default (`Registry.fill_countries`)."""
    found: list[tuple[str, ...]] = []
    for mentions in people.mentions:
        persons = (m.person for m in mentions if m.person is not None)
        found.append(tuple(dict.fromkeys(p.country for p in persons if p.country and not p.weak)))
    return found


def _by_frequency(people: People) -> list[str]:
    """Countries the article names, most named first."""
    return [iso3 for iso3, _ in Counter(m.iso3 for m in people.countries).most_common()]


# ── persons ─────────────────────────────────────────────────────────────────────────


def _persons(people: People, text: str) -> list[Person]:
    return [
        Person(
            name=p.name,
            country=p.country,
            title=p.title if p.title != "counterpart" else None,
            aliases=sorted(a for a in p.aliases if a != p.name),
        )
        for p in people.registry.persons
    ]


# ── met_with ────────────────────────────────────────────────────────────────────────


def _met_with(doc: Doc, meetings: list[Meeting]) -> list[MetWith]:
    """One fact per pair and meeting: a pair met again when the dates cannot be one day,
    or when one talk was by phone and the other in person ("held talks on Saturday …
    had spoken on the phone in October")."""
    facts: list[MetWith] = []
    seen: dict[frozenset[tuple[str, str | None]], list[tuple[str | None, bool]]] = {}
    for meeting in meetings:
        key = frozenset((meeting.a.key, meeting.b.key))
        iso = meeting.date.iso if meeting.date else None
        remote = meeting.kind == "phone_call"
        recalled = _recalled(meeting)
        if any(
            _same_time(iso, day) and (remote == by_phone or (recalled and iso and day))
            for day, by_phone in seen.get(key, [])
        ):
            continue
        seen.setdefault(key, []).append((iso, remote))
        facts.append(_met_with_fact(doc, meeting))
    return facts


def _recalled(meeting: Meeting) -> bool:
    """ "During the talks, …", "After their meeting, …": a meeting noun after a definite or
    possessive word recalls a meeting the article told already, whatever its kind (the
    phone talks a lead reported), when both are dated the same ("following their meeting
    at the G20 last month" with no date found may be another)."""
    start = meeting.trigger_start - meeting.sentence.start
    end = meeting.trigger_end - meeting.sentence.start
    return bool(_RECALLING.search(meeting.sentence.text, max(0, start - 40), end))


# "the talks", "their phone conversation", "this bilateral meeting" (two words between)
_RECALLING = re.compile(
    r"\b(?:the|their|this|that)\s+(?:[\w-]+\s+){0,2}"
    r"(?:talks?|meetings?|call|conversation|discussions?)\s*$",
    re.IGNORECASE,
)


def _same_time(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def _met_with_fact(doc: Doc, meeting: Meeting) -> MetWith:
    sentence = meeting.sentence
    start, end = doc.raw_span(sentence.start, sentence.start + len(sentence.text))
    extra: dict[str, Any] = {  # fields beyond facts-format.md's own
        "date_text": meeting.date.text if meeting.date else None,
        "evidence_start": start,
        "evidence_end": end,
        "cameo": meeting.cameo,
    }
    return MetWith(
        a=_actor(meeting.a),
        b=_actor(meeting.b),
        kind=MeetingKind(meeting.kind),
        date=meeting.date.iso if meeting.date else None,
        evidence=sentence.text,
        **extra,
    )


def _actor(actor: MeetingActor) -> Actor:
    if actor.person is not None:
        return Actor(name=actor.person.name, country=actor.person.country)
    return Actor(office=actor.office, country=actor.country)
