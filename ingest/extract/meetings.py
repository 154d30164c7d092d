"""MET_WITH: who met whom, sentence by sentence.

A sentence with a meeting trigger (`data/meeting_verbs.tsv`: "held talks with",
"received", "co-chaired", "phone talks", "presented credentials" …) that is not a plan
("will meet", "agreed to hold talks") pairs its actors: the subject before the first
trigger with the actors after each trigger ("Modi paid courtesy calls on A and B, and
met C"); actors joined before a mutual trigger with each other ("A and his counterpart
B held talks"); or, when nothing stands before the trigger, the first actor after it
with the rest ("the meetings between A and B, C", "Meeting B, the President said").
Actors are persons (resolved by `persons`), offices ("the Vietnamese President", "the
ambassadors of Venezuela and Laos") and anaphora ("he", "the guest", "the two leaders").
Only pairs of different countries are facts: meetings at home are not diplomacy.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from pathlib import Path

from ingest.countries import WordStarts, country_code, find_countries, trie_pattern
from ingest.dates import DateMention
from ingest.extract.persons import Mention, People, Person, holds_post
from ingest.extract.sentences import Span

_DATA = Path(__file__).parent.parent / "data"


@dataclass(frozen=True)
class _Trigger:
    pattern: str
    kind: str
    cameo: str
    first_words: tuple[str, ...]
    reach: int = 0  # if set: the first object must start within this many characters


def _load_triggers() -> list[_Trigger]:
    rows = []
    for line in (_DATA / "meeting_verbs.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            pattern, kind, cameo, first, *reach = line.split("\t")
            rows.append(
                _Trigger(
                    pattern, kind, cameo, tuple(first.split(",")), int(reach[0]) if reach else 0
                )
            )
    return rows


_TRIGGERS = _load_triggers()


def _trigger_pattern(indexes: list[int]) -> re.Pattern[str]:
    alternatives = "|".join(f"(?P<t{i}>{_TRIGGERS[i].pattern})" for i in indexes)
    return re.compile(r"(?:" + alternatives + r")\b", re.IGNORECASE)


def _by_first_word() -> dict[str, re.Pattern[str]]:
    """For each word a trigger opens with, the triggers that open with it (in file order):
    at a candidate only those few are tried."""
    indexes: dict[str, list[int]] = {}
    for i, trigger in enumerate(_TRIGGERS):
        for word in trigger.first_words:
            indexes.setdefault(word, []).append(i)
    return {word: _trigger_pattern(found) for word, found in indexes.items()}


_TRIGGER_BY_WORD = _by_first_word()
_FIRST_WORD = re.compile(r"\w+")
_PHONE = next(t for t in _TRIGGERS if t.kind == "phone_call")
_REMOTE = re.compile(r"phone|video|virtual|online", re.IGNORECASE)
_REMOTE_AFTER = re.compile(
    r"\b(?:(?:by|over|via|on) (?:the )?(?:tele)?phone|via (?:a )?video|"
    r"(?:by|via|through) (?:a )?video ?(?:link|conference|call)|via videoconference|"
    r"virtually|online)\b"
)
# Python's `re` tries every alternative at every position; a trie of the words a
# trigger can start with (as written, capitalised or in capitals: a case-sensitive
# pattern lets `re` jump between candidate letters) finds the few places worth trying.
_TRIGGER_START = WordStarts(
    {v for t in _TRIGGERS for w in t.first_words for v in (w, w.capitalize(), w.upper())},
    after=r"(?!\w)",
)
# A trigger governed by these is a plan, wish or proposal, not a meeting that happened.
_PLAN_BEFORE = re.compile(
    r"\b(?:will|would|shall|to|plans?|planned|expected|scheduled|set|going|agreed|agree|"
    r"propos\w*|invit\w*|hopes?|wish\w*|look\w* forward to|ready|upcoming|next|future|"
    r"preparing|prepare|before|ahead of)\s+(?:\w+[ -]){0,2}$"
)  # case-sensitive: "to hold talks" is a plan, "President To Lam held talks" is not
_OFFICE_WORDS = (
    "President|Prime Minister|Premier|Chancellor|King|Queen|Emir|Sultan|Minister|"
    "Foreign Minister|Ambassador|ambassador|leader|minister|official|diplomat|envoy|"
    "president|prime minister|Head of State|head of state|Speaker|Chairman|Chairwoman|"
    "PM|FM|DPM|NA Chairman|NA Chairwoman|NA Chair|Secretary-General|General Secretary|"
    "foreign minister|speaker|chairman|ambassador"
)
_HEAD = r"(?:(?:Deputy|Vice|deputy|vice)[ -])?(?:" + _OFFICE_WORDS + r")"
# "the Deputy PM", "the Foreign Minister" (a post) before "the Russian President" (a
# country's post): a capitalised word before the post is a demonym only when the two
# words are no post together.
# Each pattern opens with plain letters (`_lead`): `re` then jumps between candidates.
_WORD_START = r"(?<![\w-]\w)"


def _lead(*words: str) -> str:
    return trie_pattern(words, word_start=_WORD_START)


_OFFICE_RE = re.compile(
    _lead("the", "The", "his", "her", "His", "Her") + r"\s+"
    r"(?:(?P<post>" + _HEAD + r")|(?P<dem>[A-Z][\w-]+)\s+(?P<head>" + _HEAD + r"))"
    r"\b(?!\s+[A-Z][a-z])"
)
_VISITING_RE = re.compile(
    _lead("the", "The")
    + r"\s+(?:visiting|guest)\s+(?:(?P<dem>[A-Z][\w-]+)\s+)??(?P<post>"
    + _HEAD
    + r")\b"
)
_AMBASSADOR_LIST = re.compile(
    _lead("ambassador", "ambassadors", "Ambassador", "Ambassadors", "envoy", "envoys")
    + r"\s+(?:of|from)\s+|"
    + _lead("heads of mission", "Heads of Mission")
    + r"\s+(?:of|from)\s+"
)
_LIST_GLUE = re.compile(r"(?:\s*,)?\s*(?:and\s+)?(?:the\s+)?")
_PRONOUN_RE = re.compile(_lead("He", "She", "he", "she") + r"(?![\w-])")
_MAJESTY_RE = re.compile(
    _lead("His", "Her", "Their") + r" (?:Royal )?(?:Majesty|Highness)\b(?! (?:the )?[A-Z])"
)
_MAJESTY_POSTS = {
    "majesty": frozenset({"king", "queen", "sultan", "emperor", "empress", "agong"}),
    "highness": frozenset({"emir", "amir", "prince", "princess", "sheikh", "sultan"}),
}
_GUEST_RE = re.compile(
    _lead("the", "The") + r" (?:guest|visitor|visiting leader|visiting official)s?\b"
)
_PAIR_RE = re.compile(
    _lead("the", "The", "both", "Both")
    + r"(?: two)? (?:leaders|ministers|sides|officials|diplomats|"
    r"heads of state|presidents|prime ministers|foreign ministers)\b"
)
_BETWEEN = re.compile(r"^\s*(?:\w+\s+){0,2}between\b", re.IGNORECASE)


@dataclass
class Actor:
    """One side of a meeting: a person, or an office of a country."""

    start: int
    person: Person | None = None
    office: str | None = None
    country: str | None = None
    group: int | None = None  # actors of one coordinated list never meet each other
    pronoun: bool = False  # "he", "she": resolved from context, may be re-read
    end: int = -1  # where its words end in the text (-1: not known)

    @property
    def key(self) -> tuple[str, str | None]:
        return (self.person.name if self.person else f"[{self.office}]", self.actor_country)

    @property
    def actor_country(self) -> str | None:
        return self.person.country if self.person else self.country


@dataclass
class Meeting:
    a: Actor
    b: Actor
    kind: str
    cameo: str
    sentence: Span
    trigger_start: int
    trigger_end: int = 0
    index: int = 0  # of the sentence
    date: DateMention | None = None  # set by `date_meetings`


@dataclass
class _State:
    """What earlier sentences leave for anaphora: the last subject, the last pair."""

    subject: Actor | None = None
    pair: tuple[Actor, Actor] | None = None
    recent: list[Actor] = field(default_factory=list)  # persons met so far, latest last
    host: Actor | None = None  # the subject of the last sentence with a meeting word
    met: list[Actor] = field(default_factory=list)  # sides of the meetings found so far
    home: str | None = None  # the publisher's country
    guest: Actor | None = None
    offices: dict[str, Actor] = field(default_factory=dict)


def find_meetings(text: str, sentences: list[Span], people: People) -> list[Meeting]:
    """Every MET_WITH pair the sentences state, in text order."""
    state = _State(home=people.registry.home)
    by_sentence = _sentence_triggers(text, sentences)
    # What a sentence leaves for anaphora matters only to a later trigger: the sentences
    # after the last one with a trigger cannot change any meeting.
    last = max((n for n, found in enumerate(by_sentence) if found), default=-1)
    meetings: list[Meeting] = []
    listed_until = -1  # items of a list already read with the sentence that opens it
    for n, sentence in enumerate(sentences[: last + 1]):
        if n <= listed_until:
            continue
        triggers = by_sentence[n]
        if not triggers and not people.mentions[n]:
            continue  # nobody named and nothing met: nothing for later anaphora either
        actors = _actors(text, sentence, people.mentions[n], people, state)
        scope = sentence
        if triggers and sentence.text.endswith(":"):
            listed, listed_until = _listed_actors(text, sentences, n, people, state)
            actors.extend(listed)
            scope = Span(sentence.start, sentences[listed_until].end, sentence.text)
        found = _pairs(text, scope, actors, triggers, state) if triggers else []
        for meeting in found:
            meeting.index = n
        meetings.extend(found)
        _remember(state, actors, found, bool(triggers))
    return meetings


def _sentence_triggers(text: str, sentences: list[Span]) -> list[list[tuple[int, int, _Trigger]]]:
    """Each sentence's meeting triggers (`_triggers`), from one scan of the text for the
    words a trigger opens with."""
    starts = _TRIGGER_START.starts(text)
    found: list[list[tuple[int, int, _Trigger]]] = []
    for sentence in sentences:
        candidates = starts[bisect_left(starts, sentence.start) : bisect_left(starts, sentence.end)]
        found.append(_triggers(text, sentence, candidates) if candidates else [])
    return found


_LIST_ITEM = re.compile(r"\s*(?:\d{1,2}[.)]|[-•*–])\s")


def _listed_actors(
    text: str, sentences: list[Span], n: int, people: People, state: _State
) -> tuple[list[Actor], int]:
    """Actors of the numbered or bulleted items after "… who presented credentials are:",
    as one list (they meet the subject, not each other), and the last item's index."""
    actors: list[Actor] = []
    last = n
    for m in range(n + 1, len(sentences)):
        if not _LIST_ITEM.match(sentences[m].text):
            break
        last = m
        for actor in _actors(text, sentences[m], people.mentions[m], people, state):
            if actor.person is not None or actor.office:
                actor.group = sentences[n].start
                actors.append(actor)
    return actors, last


# ── triggers ────────────────────────────────────────────────────────────────────────


def _triggers(
    text: str, sentence: Span, starts: list[int] | None = None
) -> list[tuple[int, int, _Trigger]]:
    """Meeting triggers of the sentence that are no plans; `starts`: where the words a
    trigger opens with stand, when already found."""
    found: list[tuple[int, int, _Trigger]] = []
    if starts is None:
        starts = _TRIGGER_START.starts(text, sentence.start, sentence.end)
    for start in starts:
        word = _FIRST_WORD.match(text, start)
        pattern = _TRIGGER_BY_WORD.get(word.group().lower()) if word else None
        match = pattern.match(text, start, sentence.end) if pattern else None
        if match is None or (found and match.start() < found[-1][1]):
            continue
        trigger = _TRIGGERS[int(match.lastgroup[1:])]  # type: ignore[index]
        if trigger.kind != "phone_call" and _REMOTE.search(match.group()):
            trigger = _PHONE  # "held phone talks", "held virtual talks"
        before = text[max(sentence.start, match.start() - 60) : match.start()]
        if _PLAN_BEFORE.search(before) or _modifies_noun(text, match.end(), before, trigger):
            continue
        found.append((match.start(), match.end(), trigger))
    return found


_BY = re.compile(r"\s+by\b")
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?$")


def _modifies_noun(text: str, end: int, before: str, trigger: _Trigger) -> bool:
    """ "the summit hosted by X", "a dinner hosted by Y": a bare verb's participle with
    "by" that describes a thing is no meeting; "was warmly received by Y" is one."""
    return bool(trigger.reach and _BY.match(text, end) and not _PASSIVE.search(before))


# ── actors ──────────────────────────────────────────────────────────────────────────


def _actors(
    text: str, sentence: Span, mentions: list[Mention], people: People, state: _State
) -> list[Actor]:
    taken: list[tuple[int, int]] = []
    named = [m.start for m in mentions if m.name]
    actors = _office_lists(text, sentence, taken, named)
    actors.extend(_visiting(text, sentence, taken, people, state))
    for mention in mentions:
        if not mention.name and not _free(mention.start, mention.end, taken):
            continue
        if any(s < mention.start < e for s, e in taken):
            continue  # named inside another's title: "X, Envoy of President Y"
        actor = _actor_of_mention(mention, people, state)
        if actor is not None:
            actor.end = mention.end
            actors.append(actor)
            taken.append((mention.start, mention.end))
    actors.extend(_offices(text, sentence, taken, people, state))
    actors.extend(
        _anaphora(text, sentence, taken, people, state, sorted(actors, key=lambda a: a.start))
    )
    actors.sort(key=lambda a: a.start)
    return actors


def _actor_of_mention(mention: Mention, people: People, state: _State) -> Actor | None:
    if mention.person is not None:
        return Actor(mention.start, person=mention.person)
    if mention.candidates:  # "Kim": the one of them last seen in a meeting
        seen = [a.person for a in reversed(state.met) if a.person in mention.candidates]
        return Actor(mention.start, person=seen[0]) if seen else None
    if mention.head == "counterpart" and not mention.name:
        return _counterpart(mention, people, state)
    if mention.name or not mention.head or mention.head in _PLURAL_HEADS:
        return None  # "ministers of both countries": no one actor
    if mention.title in ("Head of State", "Head of Government") and state.subject is not None:
        return _copy(state.subject, mention.start)  # "the Head of State held talks with …"
    person = people.registry.by_office(mention.title or mention.head, mention.country)
    if person is None and mention.title and not _RANKED.search(mention.title):
        person = people.registry.by_office(mention.head, mention.country)  # "the first …"
    if person is None and mention.country and mention.head.lower() in _GENERIC_POSTS:
        person = _latest_or_leading(people, state, mention.country)  # "the Kazakh leader"
    if person is not None:
        return Actor(mention.start, person=person)
    country = mention.country or _office_country(state, mention.head)
    if country is None:
        return None  # "the President" of no known country: not an actor
    return Actor(mention.start, office=mention.title or mention.head, country=country)


_RANKED = re.compile(r"\b(?:[Dd]eputy|[Vv]ice|[Aa]ssistant|[Uu]nder)\b")
_GENERIC_POSTS = frozenset({"leader", "official", "diplomat", "head", "guest", "host"})


def _counterpart(mention: Mention, people: People, state: _State) -> Actor | None:
    """An unnamed "his (Russian) counterpart": that country's leading person, else the
    visiting side of the article's meetings."""
    if mention.country:
        person = _leading_person(people, mention.country)
        return Actor(mention.start, person=person) if person else None
    return _copy(state.guest, mention.start) if state.guest is not None else None


def _latest_or_leading(people: People, state: _State, country: str) -> Person | None:
    """ "The Vietnamese leader also held talks …": the side of that country in the latest
    meeting, else the country's leading person."""
    for actor in reversed(state.met):
        if actor.person is not None and actor.person.country == country:
            return actor.person
    return _leading_person(people, country)


def _leading_person(people: People, country: str) -> Person | None:
    """The most mentioned person of `country` in the article (ties: the first named)."""
    of_country = [p for p in people.registry.persons if p.country == country]
    return max(of_country, key=lambda p: p.mentions, default=None)


_PLURAL_HEADS = frozenset({"Leaders", "Ministers", "Presidents", "Ambassadors"})


def _office_country(state: _State, head: str) -> str | None:
    known = state.offices.get(head.lower())
    return known.country if known else None


def _free(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return not any(s < end and start < e for s, e in taken)


def _office_lists(
    text: str, sentence: Span, taken: list[tuple[int, int]], named: list[int]
) -> list[Actor]:
    """ "the ambassadors of Venezuela, Laos, Poland, Spain and Bangladesh": one each; not
    "Ambassador of New Zealand Caroline Beresford", a named person's title."""
    actors: list[Actor] = []
    if not _has_any(text[sentence.start : sentence.end], _LIST_WORDS):
        return actors
    for match in _AMBASSADOR_LIST.finditer(text, sentence.start, sentence.end):
        if match.start() in named:
            continue
        pos = match.end()
        for mention in find_countries(text[match.end() : sentence.end]):
            start = match.end() + mention.start
            if not _LIST_GLUE.fullmatch(text[pos:start]):
                break
            actors.append(
                Actor(start, office="Ambassador", country=mention.iso3, group=match.start())
            )
            pos = match.end() + mention.end
        taken.append((match.start(), pos))
    return actors


def _offices(
    text: str, sentence: Span, taken: list[tuple[int, int]], people: People, state: _State
) -> list[Actor]:
    """ "the Vietnamese President", "the Uzbek ambassador", "the Kazakh leader"."""
    actors: list[Actor] = []
    for match in _OFFICE_RE.finditer(text, sentence.start, sentence.end):
        if not _free(match.start(), match.end(), taken):
            continue
        dem = match.group("dem")
        country = country_code(dem) if dem else None
        if dem and country is None:
            continue
        head = match.group("post") or match.group("head")
        actor = _office_actor(match.start(), head, country, people, state)
        if actor is not None:
            actor.end = match.end()
            actors.append(actor)
            taken.append((match.start(), match.end()))
    return actors


def _office_actor(
    start: int, head: str, country: str | None, people: People, state: _State
) -> Actor | None:
    title = head[0].upper() + head[1:]
    generic = head.lower() in (
        "leader",
        "official",
        "diplomat",
        "head of state",
        "minister",
        "envoy",
    )
    person = people.registry.by_office(title, country) if not generic else None
    if person is None and generic and country:
        person = _latest_or_leading(people, state, country)
    if person is not None:
        return Actor(start, person=person)
    if country is None:
        country = _office_country(state, head)
        if country is None:
            return None
    return Actor(start, office=title, country=country)


def _visiting(
    text: str, sentence: Span, taken: list[tuple[int, int]], people: People, state: _State
) -> list[Actor]:
    """ "the visiting minister": the guest when they hold the post, else the one person
    of another country than the publisher's who does."""
    actors: list[Actor] = []
    if not _has_any(text[sentence.start : sentence.end], _VISITING_WORDS):
        return actors
    for match in _VISITING_RE.finditer(text, sentence.start, sentence.end):
        person = _visitor(match.group("post"), match.group("dem"), people, state)
        if person is not None:
            actors.append(Actor(match.start(), person=person))
            taken.append(match.span())
    return actors


def _visitor(post: str, dem: str | None, people: People, state: _State) -> Person | None:
    guest = state.guest.person if state.guest is not None else None
    country = country_code(dem) if dem else None
    if guest is not None and holds_post(guest.title, post):
        return guest
    foreign = [
        p
        for p in people.registry.persons
        if p.country != state.home
        and (country is None or p.country == country)
        and holds_post(p.title, post)
    ]
    return foreign[0] if len(foreign) == 1 else None


def _anaphora(
    text: str,
    sentence: Span,
    taken: list[tuple[int, int]],
    people: People,
    state: _State,
    actors: list[Actor],
) -> list[Actor]:
    found: list[Actor] = []
    words = text[sentence.start : sentence.end]
    for match in _PRONOUN_RE.finditer(text, sentence.start, sentence.end):
        if _free(match.start(), match.end(), taken):
            before = [a for a in actors if a.start < match.start() and a.person is not None]
            ref = before[0] if before else state.subject
            if ref is not None:
                found.append(_copy(ref, match.start()))
                found[-1].pronoun = True
            break  # only the subject pronoun
    if _has_any(words, _MAJESTY_WORDS):
        found.extend(_royal_actors(text, sentence, taken, people, state))
    if _has_any(words, _GUEST_WORDS) and state.guest is not None:
        found.extend(
            _copy(state.guest, m.start())
            for m in _GUEST_RE.finditer(text, sentence.start, sentence.end)
        )
    if not _has_any(words, _PAIR_WORDS):
        return found
    for match in _PAIR_RE.finditer(text, sentence.start, sentence.end):
        pair = (
            _sentence_pair(actors, match.start())
            or _pair_for(match.group(), state)
            or state.pair
            or _recent_pair(state)
        )
        if pair is not None and _acting(text, match.end(), sentence.end):
            found.extend(_copy(x, match.start()) for x in pair)
    return found


# Words without which a pattern cannot match: a substring test skips the scan.
_MAJESTY_WORDS = ("Majesty", "Highness")
_GUEST_WORDS = ("guest", "visitor", "visiting")
_PAIR_WORDS = ("leaders", "ministers", "sides", "officials", "diplomats", "of state", "presidents")
_LIST_WORDS = ("mbassador", "nvoy", "of Mission", "of mission")
_VISITING_WORDS = ("visiting", "guest")


def _has_any(words: str, needles: tuple[str, ...]) -> bool:
    for needle in needles:  # noqa: SIM110  (a plain loop: cheaper than any() over a generator)
        if needle in words:
            return True
    return False


def _royal_actors(
    text: str, sentence: Span, taken: list[tuple[int, int]], people: People, state: _State
) -> list[Actor]:
    found: list[Actor] = []
    for match in _MAJESTY_RE.finditer(text, sentence.start, sentence.end):
        if _free(match.start(), match.end(), taken):
            royal = _royal(match.group(), people, state)
            if royal is not None:
                found.append(Actor(match.start(), person=royal, end=match.end()))
    return found


def _royal(phrase: str, people: People, state: _State) -> Person | None:
    """ "His Majesty": the one monarch the article names (the latest met, if several)."""
    posts = _MAJESTY_POSTS[phrase.rsplit(" ", 1)[-1].lower()]
    royals = [p for p in people.registry.persons if posts & set(p.title.lower().split())]
    if len(royals) == 1:
        return royals[0]
    latest = [a.person for a in reversed(state.recent) if a.person in royals]
    return latest[0] if latest else None


_PAIR_REACH = 60  # "the two leaders … held talks": the trigger follows the phrase this closely


def _acting(text: str, start: int, end: int) -> bool:
    """Whether a meeting that happened follows closely ("the two leaders held talks"), not
    a possessive or a plan ("the leaders' talks", "the two sides agreed to meet")."""
    if text[start : start + 1] in ("'", "’"):
        return False
    window = Span(start, min(end, start + _PAIR_REACH), "")
    return bool(_triggers(text, window))


_LEADER_POSTS = frozenset(
    {"president", "prime", "premier", "chancellor", "king", "queen", "emir", "sultan", "leader"}
    | {"general", "chairman"}
)


def _pair_for(phrase: str, state: _State) -> tuple[Actor, Actor] | None:
    """ "the two leaders": the latest pair that are both leaders; "the two ministers": the
    latest pair that are both ministers."""
    posts = {"minister", "ministers"} if "minister" in phrase and "prime" not in phrase else None
    if posts is None and "leader" not in phrase and "president" not in phrase:
        return None
    for n in range(len(state.met) - 2, -1, -2):
        a, b = state.met[n], state.met[n + 1]
        if all(_holds(x, posts or _LEADER_POSTS) for x in (a, b)):
            return a, b
    return None


def _holds(actor: Actor, posts: frozenset[str] | set[str]) -> bool:
    title = (actor.person.title if actor.person else actor.office or "").lower()
    return bool(posts & set(title.replace("-", " ").split()))


def _copy(actor: Actor, start: int) -> Actor:
    return Actor(start, actor.person, actor.office, actor.country)


def _sentence_pair(actors: list[Actor], before: int) -> tuple[Actor, Actor] | None:
    """ "A hosted a banquet for B, after which the two leaders held talks": the last two
    persons of different countries named earlier in the same sentence."""
    named = [a for a in actors if a.start < before and a.person is not None and a.group is None]
    for n in range(len(named) - 1, 0, -1):
        for other in reversed(named[:n]):
            if _differ(named[n], other):
                return other, named[n]
    return None


def _recent_pair(state: _State) -> tuple[Actor, Actor] | None:
    """The last two persons of different countries named before ("the two ministers")."""
    for n in range(len(state.recent) - 1, 0, -1):
        last = state.recent[n]
        for other in reversed(state.recent[:n]):
            if _differ(last, other):
                return other, last
    return None


# ── pairing ─────────────────────────────────────────────────────────────────────────


def _pairs(
    text: str,
    sentence: Span,
    actors: list[Actor],
    triggers: list[tuple[int, int, _Trigger]],
    state: _State,
) -> list[Meeting]:
    found: list[Meeting] = []
    floor = _fronted_end(text, sentence, triggers)
    if floor:  # "In a phone call on Tuesday, A spoke with B": the phrase gives the kind
        kind = triggers[0][2] if triggers[0][2].kind == "phone_call" else triggers[1][2]
        triggers = [(triggers[1][0], triggers[1][1], kind), *triggers[2:]]
    left = [a for a in actors if floor <= a.start < triggers[0][0]]
    for n, (t_start, t_end, trigger) in enumerate(triggers):
        limit = triggers[n + 1][0] if n + 1 < len(triggers) else sentence.end
        own_end = sentence.start + len(sentence.text)  # a list read with its sentence goes on
        asides: list[tuple[int, int]] = []
        if limit <= own_end:
            limit = _clause_break(text, t_end, min(limit, own_end))
            asides = relative_clauses(text, t_end, limit)
        right = [a for a in actors if t_start <= a.start < limit and not inside(a.start, asides)]
        right = _objects(text, right, t_end, trigger)
        own_clause = n == 0
        if n > 0 and limit_left(text, triggers[n - 1][1], t_start):
            own_clause = True  # "…, after which the two presidents held talks"
            left = [
                a
                for a in actors
                if limit_left(text, triggers[n - 1][1], t_start) <= a.start < t_start
            ]
        pairs = _pairs_for(text, left, right, t_end, own_clause, state)
        for a, b in pairs:
            _separate(text, a, b, state.home)
        if trigger.kind != "phone_call" and _remote_after(text, t_end, limit, triggers[n + 1 :]):
            trigger = _PHONE  # "talked with X over the phone", "met Y via videoconference"
        found.extend(
            Meeting(a, b, trigger.kind, trigger.cameo, sentence, t_start, t_end)
            for a, b in pairs
            if _differ(a, b)
        )
    return found


_FRONT = 30  # a trigger this close to the sentence start may open a fronted phrase


def _fronted_end(text: str, sentence: Span, triggers: list[tuple[int, int, _Trigger]]) -> int:
    """Where a fronted trigger phrase with nobody in it ends ("In a phone call on Tuesday,"
    before "A spoke with B"), or 0."""
    if len(triggers) < 2 or triggers[0][0] - sentence.start > _FRONT:
        return 0
    comma = text.find(",", triggers[0][1], triggers[1][0])
    if comma == -1 or not _FRONT_OPEN.match(text, sentence.start, triggers[0][0]):
        return 0
    return comma + 1


_FRONT_OPEN = re.compile(r"(?:In|During|At|Over|Via|Through)\b[^,]*$")


def _remote_after(
    text: str, t_end: int, limit: int, later: list[tuple[int, int, _Trigger]]
) -> bool:
    """Whether the clause says the meeting was by phone or video ("… via videoconference",
    where "videoconference" is itself the next trigger)."""
    if later and later[0][2].kind == "phone_call" and later[0][0] == limit:
        limit = later[0][1]
    return bool(_REMOTE_AFTER.search(text, t_end, limit))


_CLAUSE = re.compile(
    r"(?:,\s*(?:while|whereas|and then|after which|following which|whereupon)\b|;)"
)
_RELATIVE = re.compile(r",\s*(?:during which|in which|at which|where|who|whose)\b")


def _objects(text: str, right: list[Actor], t_end: int, trigger: _Trigger) -> list[Actor]:
    """The trigger's objects. A bare verb that often takes no person ("received support",
    "welcomed the proposal by X") must be followed by its object at once (`reach`), with
    only articles and words like "visiting" between."""
    if trigger.reach and (
        not right
        or right[0].start - t_end > trigger.reach
        or (right[0].group is None and not _OBJECT_GAP.fullmatch(text, t_end, right[0].start))
    ):
        return [a for a in right if a.start < t_end]  # only actors inside the trigger
    return right


_OBJECT_GAP = re.compile(
    r"\s*(?:(?:the|a|an|his|her|their|its|visiting|new|newly[- ]appointed|outgoing|incoming|"
    r"former|top|senior|warmly|officially|separately|also|both|two)\s+)*"
    r"(?:(?:at|in|on) (?:the )?[\w-]+(?: [\w-]+)? )?(?:by\s+)?"  # "… received at the airport by"
)


def _clause_break(text: str, start: int, limit: int) -> int:
    """Where the trigger's clause ends: a new clause with its own subject."""
    match = _CLAUSE.search(text, start, limit)
    return match.start() if match else limit


def relative_clauses(text: str, start: int, limit: int) -> list[tuple[int, int]]:
    """Asides between the trigger and `limit` ("…, who represented President X at the
    summit, and with Y"): up to the next comma, or to `limit`."""
    spans = []
    for match in _RELATIVE.finditer(text, start, limit):
        comma = text.find(",", match.end(), limit)
        spans.append((match.start(), comma if comma != -1 else limit))
    return spans


def inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def limit_left(text: str, start: int, end: int) -> int:
    """Where a clause with its own subject begins between two triggers (0: none)."""
    match = _CLAUSE.search(text, start, end)
    return match.end() if match else 0


def _pairs_for(
    text: str,
    left: list[Actor],
    right: list[Actor],
    t_end: int,
    own_clause: bool,
    state: _State,
) -> list[tuple[Actor, Actor]]:
    between = bool(_BETWEEN.match(text[t_end : t_end + 30])) or text[
        t_end - 8 : t_end
    ].lower().endswith("between")
    host = state.host or state.subject
    if _one_list(right) and not left and host is not None:
        left = [host]  # "… received credentials from the ambassadors of A, B and C"
    if _one_list(left) and not right and host is not None:
        return [(host, a) for a in left]  # "the ambassadors of A and B presented …"
    if right and (not left or between):
        return [(right[0], r) for r in right[1:]]
    if right:
        return [(_reread(s, r, state), r) for s in _subjects(text, left) for r in right]
    if own_clause and len(left) > 1:
        return [(x, y) for i, x in enumerate(left) for y in left[i + 1 :]]
    return []


_AND = re.compile(r",?\s*(?:and|&)\s+")
_COMMA = re.compile(r"\s*,\s*")


def _subjects(text: str, left: list[Actor]) -> list[Actor]:
    """The last actor before the trigger and those coordinated with it ("Kazakh President
    Tokayev and Prime Minister Bektenov received …": both hosts; "A, B and C"). A comma
    alone is no coordination ("hosted by X, Lula held talks")."""
    subjects = [left[-1]]
    for actor in reversed(left[:-1]):
        glue = _AND if len(subjects) == 1 else _COMMA
        if actor.end < 0 or not glue.fullmatch(text, actor.end, subjects[0].start):
            break
        subjects.insert(0, actor)
    return subjects


def _reread(subject: Actor, other: Actor, state: _State) -> Actor:
    """ "He also met PM Chinh" after "Trong held talks with Xi": a pronoun that would make
    a meeting at home is the other side of the last meeting."""
    if not subject.pronoun or _differ(subject, other) or state.pair is None:
        return subject
    if any(x.person is not None and x.person.weak for x in (subject, other)):
        return subject  # a default-placed side is moved instead (`_separate`)
    a, b = state.pair
    partner = b if a.key == subject.key else a if b.key == subject.key else None
    return (
        _copy(partner, subject.start)
        if partner is not None and _differ(partner, other)
        else subject
    )


def _one_list(actors: list[Actor]) -> bool:
    return bool(actors) and len({a.group for a in actors}) == 1 and actors[0].group is not None


_LOOK_BACK = 1500  # characters searched for the country of a person placed only by default


def _separate(text: str, a: Actor, b: Actor, home: str | None) -> None:
    """Two sides of one country, one of them placed only by the article's default: that
    one is of the nearest other country named before ("II. Singapore … He called on
    President Tharman")."""
    if a.actor_country is None or a.actor_country != b.actor_country or a.key == b.key:
        return
    weak_sides = [x for x in (a, b) if x.person is not None and x.person.weak]
    if not weak_sides or (len(weak_sides) == 1 and a.actor_country == home):
        return  # a placed official of the publisher's country meeting another: at home
    # The one introduced later, as an object, is the one the default misplaced.
    weak = max(weak_sides, key=lambda x: (not x.person.subject, x.person.first))  # type: ignore[union-attr]
    if weak.person is None:
        return
    other = a if weak is b else b
    iso3 = _country_near(text, weak.person.first, other.actor_country)
    if iso3 is not None:
        weak.person.country = iso3
        weak.person.weak = False


_LOOK_AHEAD = 120  # characters after a person's first mention read for an appositive


def _country_near(text: str, first: int, exclude: str | None) -> str | None:
    """The country an appositive right after a person's first mention names ("…, Envoy of
    President Daniel Ortega of Nicaragua"), else the nearest one named before it."""
    end = text.find(".", first, first + _LOOK_AHEAD)
    after = find_countries(text[first : end if end != -1 else first + _LOOK_AHEAD])
    iso3 = next((m.iso3 for m in after if m.iso3 != exclude), None)
    if iso3 is not None:
        return iso3
    before = find_countries(text[max(0, first - _LOOK_BACK) : first])
    return next((m.iso3 for m in reversed(before) if m.iso3 != exclude), None)


def _differ(a: Actor, b: Actor) -> bool:
    if a.group is not None and a.group == b.group:
        return False
    ca, cb = a.actor_country, b.actor_country
    return ca is not None and cb is not None and ca != cb


def _remember(state: _State, actors: list[Actor], found: list[Meeting], triggered: bool) -> None:
    if actors and actors[0].group is None:
        state.subject = actors[0]
        if triggered:
            state.host = actors[0]
    state.recent.extend(a for a in actors if a.person is not None and a.group is None)
    for actor in actors:
        if actor.office:
            state.offices[actor.office.lower()] = actor
    state.met.extend(x for m in found for x in (m.a, m.b))
    if found:
        state.pair = (found[-1].a, found[-1].b)
        if state.guest is None:
            state.guest = found[0].b
