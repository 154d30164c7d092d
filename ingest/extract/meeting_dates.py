"""When each meeting happened: the date in its own clause, "the same day", the previous
fact's date, or the article's lead date. Nothing is invented: no date found stays None.
"""

from __future__ import annotations

import re
from datetime import date

from ingest.countries import trie_pattern
from ingest.dates import DateMention, resolve
from ingest.extract.meetings import Meeting, inside, relative_clauses

# Where a meeting's own clause ends: a relative clause or reported speech follows. Two
# patterns, each opening with plain characters (`re` jumps between candidates); the
# earlier match wins.
_CLAUSE_END = re.compile(
    r",\s*(?:who|which|where|whose)\b|,\s*(?:\w+\s+)?(?:after|before|following|since)\b"
)
_SPEECH_WORDS = (
    "said",
    "says",
    "noted",
    "recalled",
    "suggested",
    "stressed",
    "affirmed",
    "pointed out",
    "highlighted",
    "told",
    "expressed",
    "underlined",
    "emphasised",
    "emphasized",
    "congratulated",
    "extended",
    "asked",
    "thanked",
    "welcomed",
    "proposed",
    "agreed",
    # participles that open reported speech too: "met X, noting trade grew last year"
    "noting",
    "saying",
    "stressing",
    "adding",
)
_SPEECH = re.compile(
    trie_pattern(_SPEECH_WORDS, word_start=r"(?<!\w\w)") + r"\b"
)  # the word-start test follows the first letter: no word character before it
_NOT_WHEN = re.compile(r"\b(?:next|coming|upcoming)\b", re.IGNORECASE)
_NOT_BEFORE = re.compile(r"\b(?:by|since|until|before|after|from)\s+(?:the\s+)?$", re.IGNORECASE)
# "since his appointment as prime minister in November last year": the date a "since"
# phrase counts from is the start of a period, not the meeting's
_SINCE_PHRASE = re.compile(r"\bsince\s+(?:[\w'’-]+\s+){0,6}(?:(?:in|on)\s+)?$", re.I)
_ASIDE_BEFORE = re.compile(r",\s*(?:who|which)\b[^,.;]*$")
_INHERIT_REACH = 2  # sentences: a fact with no date of its own shares the previous fact's


def date_meetings(
    text: str, meetings: list[Meeting], dates: list[DateMention], published: str | None = None
) -> None:
    """Date each meeting: a date in its own clause (nearest its second actor, "the same
    day" → the previous fact's or the last event day before it), else the previous fact's
    when it is close, else the article's lead date. Nothing is invented: no date found
    stays None."""
    if not meetings:
        return  # most of the work below reads the whole article's dates
    narrative = _narrative(text, dates, published)
    events = _EventDays([d for d in narrative if d.is_day and d.iso and len(d.iso) == 10])
    lead = _lead_date(narrative)
    previous: Meeting | None = None
    last_day: DateMention | None = None  # the latest day-precise fact date: "the same day"
    for meeting in meetings:
        meeting.date = _date_of(text, meeting, dates, previous, lead, last_day, events)
        previous = meeting
        if meeting.date is not None and meeting.date.iso and len(meeting.date.iso) == 10:
            last_day = meeting.date


def _date_of(
    text: str,
    meeting: Meeting,
    dates: list[DateMention],
    previous: Meeting | None,
    lead: DateMention | None,
    last_day: DateMention | None,
    events: _EventDays,
) -> DateMention | None:
    own = _own_dates(text, meeting, dates)
    close = previous is not None and meeting.index - previous.index <= _INHERIT_REACH
    if own:
        anchor = (
            max(meeting.b.start, meeting.a.start)
            if meeting.b.start >= meeting.trigger_start
            else meeting.trigger_start
        )
        best = min(own, key=lambda d: (d.start < anchor, abs(d.start - anchor)))
        if best.kind == "anaphor" and last_day is None:
            day = events.before(best.start)  # none dated yet: the narrative's last day
            return DateMention(best.start, best.end, best.text, day.iso if day else None, best.kind)
        if best.kind == "anaphor" and last_day is not None:
            return _from_day(best, last_day)
        return best
    if "at th" in text[meeting.trigger_start : meeting.trigger_end]:
        return _date_before(dates, meeting.sentence.start)  # "agreed at the time": then
    if close and previous is not None and previous.date is not None:
        return previous.date
    return lead


def _date_before(dates: list[DateMention], pos: int) -> DateMention | None:
    """The last date given before `pos`: the time "at the time" points back to."""
    earlier = [d for d in dates if d.end <= pos and d.iso]
    return earlier[-1] if earlier else None


def _from_day(anaphor: DateMention, day: DateMention) -> DateMention:
    """ "the same day" is `day`; "the previous day", "the next day" count from it."""
    iso = resolve(anaphor.text, None, context=day.iso)
    if iso is None or iso == day.iso:
        return day
    return DateMention(anaphor.start, anaphor.end, anaphor.text, iso, anaphor.kind)


def _period_bound(text: str, lo: int, d: DateMention) -> bool:
    """ "since May", "by 2025", "from March": the bound of a period, not the meeting's
    day; but "paying a visit from August 22-24" gives the visit's own days (unless the
    visit is an aside: "X, who is visiting India from May 11 to 13, held talks …")."""
    found = _NOT_BEFORE.search(text[lo : d.start])
    if found is None:
        return False
    if d.kind != "range" or not found.group().lower().startswith("from"):
        return True
    return bool(_ASIDE_BEFORE.search(text, max(0, d.start - 120), d.start))


def _own_dates(text: str, meeting: Meeting, dates: list[DateMention]) -> list[DateMention]:
    start = meeting.sentence.start
    end = _clause_end(text, meeting)
    asides = relative_clauses(text, meeting.trigger_end, end)  # "…, who took office on …,"
    found = [
        d
        for d in dates
        if start <= d.start < end
        and not inside(d.start, asides)
        and (d.kind == "anaphor" or not _NOT_WHEN.search(d.text))  # "the next day" is past
        and not _period_bound(text, max(start, d.start - 12), d)
        and not _counted_from(text, meeting, max(start, d.start - 70), d.start)
    ]
    precise = [d for d in found if d.kind != "year"]
    # "held talks on Thursday on the occasion of the anniversary (January 18, 2022)": a
    # date in brackets glosses the phrase before it; the clause's own date comes first
    plain = [d for d in precise if not _bracketed(text, d)] if "(" in text[start:end] else []
    return plain or precise or found


def _bracketed(text: str, mention: DateMention) -> bool:
    """Whether the date opens a bracket: "(January 18, 2022)", "(May 8, 1975 - 2025)"."""
    return text[mention.start - 1 : mention.start] == "("


def _counted_from(text: str, meeting: Meeting, start: int, end: int) -> bool:
    """Whether a date at `end` is what a "since" phrase counts from (`_SINCE_PHRASE`)
    that does not hold the meeting itself ("since they met in Rome in October" does)."""
    since = _SINCE_PHRASE.search(text, start, end)
    return since is not None and not since.start() <= meeting.trigger_start < end


def _clause_end(text: str, meeting: Meeting) -> int:
    sentence = meeting.sentence
    after = max(meeting.trigger_end, meeting.b.start, meeting.a.start)
    end = sentence.end
    ends = [
        m.start()
        for m in (_CLAUSE_END.search(text, after, end), _SPEECH.search(text, after, end))
        if m
    ]
    if ends:
        end = min(ends)
    if "," not in text[sentence.start : meeting.trigger_start]:
        comma = text.find(",", after, end)  # "Meeting X, the President said …"
        if text.startswith((", then ", ", former ", ", when "), comma):
            comma = -1  # "with X, then vice president, in/when …": the clause goes on
        if comma != -1 and meeting.trigger_start - sentence.start < _FRONTED:
            end = comma
    return end


_FRONTED = 40  # a trigger this close to the sentence start opens a fronted phrase


class _EventDays:
    """Day-precise dates of the narrative's events, in text order (`_narrative`). "The
    same day" with no meeting dated before it is the last of them."""

    def __init__(self, days: list[DateMention]) -> None:
        self.days = days

    def before(self, pos: int) -> DateMention | None:
        earlier = [d for d in self.days if d.start < pos]
        return earlier[-1] if earlier else None


_HISTORY_DAYS = 366
_PERIOD_END = {4: "-12-31", 7: "-28"}  # a year or month is history only if all of it is
_WHICH_ASIDE = re.compile(r",\s*which\b[^,.;]*")


def _narrative(text: str, dates: list[DateMention], published: str | None) -> list[DateMention]:
    """Dates of the narrative's events: not history ("which set up ties on May 8, 1989",
    more than a year before publication) nor inside a ", which …" aside."""
    asides = [(m.start(), m.end()) for m in _WHICH_ASIDE.finditer(text)]
    return [
        d
        for d in dates
        if not inside(d.start, asides) and not (d.iso and _historical(d.iso, published))
    ]


def _historical(iso: str, published: str | None) -> bool:
    if not published or len(published) < 10:
        return False
    try:
        then = date.fromisoformat((iso + _PERIOD_END.get(len(iso), ""))[:10])
        return (date.fromisoformat(published[:10]) - then).days > _HISTORY_DAYS
    except ValueError:
        return False


def _lead_date(dates: list[DateMention]) -> DateMention | None:
    """The first day- or month-precise date of the body: the article's main event. When
    the text does not fix it ("on Sunday" with no publication date), there is none: a
    later date ("normalised relations in July 1995") is background, not the event."""
    for mention in dates:
        if mention.kind in ("day", "range", "weekday", "relative_day", "month"):
            return mention if mention.iso else None
    return None
