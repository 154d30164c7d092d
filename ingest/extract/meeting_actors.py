"""The actors of a meeting sentence: persons, offices and anaphora.

Persons come resolved from `persons`; offices are "the Vietnamese President", "the
ambassadors of Venezuela and Laos"; anaphora are "he", "the guest", "His Majesty", "the
two leaders", read against what earlier sentences left (`State`). `meetings.py` pairs
them around the triggers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from ingest.countries import city_country, country_code, find_countries, trie_pattern
from ingest.extract.cues import holds_any
from ingest.extract.meeting_triggers import meeting_triggers_in
from ingest.extract.persons import Mention, People, Person, holds_post
from ingest.extract.sentences import Span

_OFFICE_WORDS = (
    "President|Prime Minister|Premier|Chancellor|King|Queen|Emir|Sultan|Minister|"
    "Foreign Minister|Ambassador|ambassador|leader|minister|official|diplomat|envoy|"
    "president|prime minister|Head of State|head of state|Speaker|Chairman|Chairwoman|"
    "PM|FM|DPM|NA Chairman|NA Chairwoman|NA Chair|Secretary-General|General Secretary|"
    "foreign minister|speaker|chairman|ambassador|legislator"
)
# A trie of the posts: `re` follows one branch per letter instead of trying each post in
# turn (no post ends where another continues at a word boundary: the same matches)
_HEAD = r"(?:(?:Deputy|Vice|deputy|vice)[ -])?" + trie_pattern(set(_OFFICE_WORDS.split("|")))
# "the Deputy PM", "the Foreign Minister" (a post) before "the Russian President" (a
# country's post): a capitalised word before the post is a demonym only when the two
# words are no post together.
# Each pattern opens with plain letters (`_lead`): `re` then jumps between candidates.
_WORD_START = r"(?<![\w-]\w)"


def _lead(*words: str) -> str:
    return trie_pattern(words, word_start=_WORD_START)


_OFFICE_RE = re.compile(
    _lead("the", "The", "his", "her", "His", "Her") + r"\s+"
    r"(?:(?P<post>" + _HEAD + r")|(?:top\s+)?(?P<dem>[A-Z][\w-]+)\s+(?P<head>" + _HEAD + r"))"
    r"\b(?!\s+[A-Z][a-z])"
)
_VISITING_RE = re.compile(
    _lead("the", "The")
    + r"\s+(?:visiting|guest)\s+(?:(?P<dem>[A-Z][\w-]+)\s+)??(?P<post>"
    + _HEAD
    + r")\b"
)
# One lead for all the posts: an alternation of two leads is tried at every position.
_AMBASSADOR_LIST = re.compile(
    _lead(
        "ambassador", "ambassadors", "Ambassador", "Ambassadors", "envoy", "envoys",
        "heads of mission", "Heads of Mission",
    )
    + r"\s+(?:of|from)\s+"
)  # fmt: skip
# "held meetings with the Presidents of Guinea-Bissau, Madagascar and Ghana": the objects
# of a meeting, one leader of each country (as a subject they would meet each other)
_LEADER_LIST = re.compile(
    r"\bwith\s+the\s+(?P<post>Presidents|Prime Ministers|presidents|prime ministers)\s+of\s+"
)
# between two listed countries: a comma, "and", "the", and a state's form before a name
# the gazetteer knows short ("the Republic of Gruzia", "the Kingdom of Lesotho")
_LIST_GLUE = re.compile(
    r"(?:\s*,)?\s*(?:and\s+)?(?:the\s+)?"
    r"(?:(?:United\s+|Federal\s+|Islamic\s+|Democratic\s+|Socialist\s+)?"
    r"(?:Republic|Kingdom|Sultanate|Principality|State|Federation)\s+of\s+(?:the\s+)?)?"
)
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
# One lead for both forms: `re` jumps between candidates only when the whole pattern
# opens with plain letters (an alternation of two such patterns is tried everywhere).
_PAIR_RE = re.compile(
    _lead("the", "The", "both", "Both")
    + r"(?:(?: two)? (?:leaders|ministers|sides|officials|diplomats|"
    r"heads of state|presidents|prime ministers|foreign ministers)\b"
    r"|(?<=[Tt]he) (?:top |senior |highest )?leaders of (?:the two|both) "
    r"(?:countries|nations|sides)\b)"  # "the top leaders of the two nations"
)


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
class AnaphoraState:
    """What earlier sentences leave for anaphora: the last subject, the last pair."""

    subject: Actor | None = None
    pair: tuple[Actor, Actor] | None = None
    recent: list[Actor] = field(default_factory=list)  # persons met so far, latest last
    host: Actor | None = None  # the subject of the last sentence with a meeting word
    met: list[Actor] = field(default_factory=list)  # sides of the meetings found so far
    home: str | None = None  # the publisher's country
    guest: Actor | None = None
    offices: dict[str, Actor] = field(default_factory=dict)
    co_chair: Actor | None = None  # "X, who is co-chair of the committee": the other to come


def sentence_actors(
    text: str, sentence: Span, mentions: list[Mention], people: People, state: AnaphoraState
) -> list[Actor]:
    taken: list[tuple[int, int]] = []
    named = [(m.start, m.end) for m in mentions if m.name]
    words = text[sentence.start : sentence.end]  # sliced once for the substring pre-checks
    actors = _office_lists(text, sentence, taken, named, words, people)
    if holds_any(words, _LEADER_LIST_WORDS):
        actors.extend(_leader_lists(text, sentence, taken, people))
    if "counterparts " in words:
        actors.extend(_counterpart_lists(text, sentence, taken, people, mentions))
    actors.extend(_visiting(text, sentence, taken, people, state, words))
    envoys = "nvoy" in words
    late = "late " in words or "Late " in words
    previous_end = -1
    for mention in mentions:
        if not mention.name and not _free(mention.start, mention.end, taken):
            continue
        if any(s < mention.start < e for s, e in taken):
            continue  # named inside another's title: "X, Envoy of President Y"
        sent = _sends_envoy(text, mention, previous_end) if envoys else None
        if sent is not None:
            taken.append((mention.start, sent))  # the sender, and a possessive's envoy
            continue
        if late and _LATE.search(text, max(0, mention.start - 6), mention.start):
            taken.append((mention.start, mention.end))
            continue  # "paying tribute to late President Ho Chi Minh": no one met
        if not mention.name and _past_post_of(text, previous_end, mention.start):
            taken.append((mention.start, mention.end))
            continue  # "with Biden, then U.S. vice president,": Biden's post, no one else
        previous_end = mention.end
        actor = _actor_of_mention(mention, people, state)
        if actor is not None:
            actor.end = mention.end
            actors.append(actor)
            taken.append((mention.start, mention.end))
    actors.extend(_offices(text, sentence, taken, people, state))
    actors.extend(
        _anaphora(
            text, sentence, taken, people, state, sorted(actors, key=lambda a: a.start), words
        )
    )
    actors.sort(key=lambda a: a.start)
    if holds_any(words, _LIST_WORDS) and holds_any(words, _DASHES):
        _group_dashed_items(text, sentence, actors)
    return actors


# "X, Special Envoy of General Secretary Y, called on Z", "President Y's envoy called on
# Z": Y sends the envoy and meets no one; the envoy is the actor.
# after the envoy's name: ", Special Envoy of …", ", who is also the special envoy of …"
_ENVOY_OF = re.compile(
    r"\s*,\s*(?:who\s+(?:is|was)\s+(?:also\s+)?)?(?:the\s+)?"
    r"(?:(?:Special|Personal|special|personal)\s+)?[Ee]nvoys?\s+of\s+(?:the\s+)?"
)
_ENVOY_AFTER = re.compile(r"['’]s\s+(?:(?:Special|Personal|special|personal)\s+)?[Ee]nvoys?\b")


_LATE = re.compile(r"\b[Ll]ate\s+$")
_THEN_POST = re.compile(r"\s*,\s+(?:the\s+)?(?:then|former)\s")


def _past_post_of(text: str, previous_end: int, start: int) -> bool:
    """Whether a post without a name right after a person (", then …", ", former …") is
    that person's past post, an appositive (the post's words may hold "then")."""
    past = _THEN_POST.match(text, previous_end) if previous_end >= 0 else None
    return past is not None and past.end() >= start


def _sends_envoy(text: str, mention: Mention, previous_end: int) -> int | None:
    """Where the words of a mention that sends an envoy end (None: it sends none): the
    unnamed envoy after a possessive ("Y's Special Envoy") is no other person."""
    possessive = _ENVOY_AFTER.match(text, mention.end)
    if possessive:
        return possessive.end()
    appositive = _ENVOY_OF.match(text, previous_end) if previous_end >= 0 else None
    return mention.end if appositive and mention.start <= appositive.end() else None


_DASHES = (" – ", " — ", " - ")
_DASH_ITEM = re.compile(r"\s+[–—-]\s+[A-Z]")


def _group_dashed_items(text: str, sentence: Span, actors: list[Actor]) -> None:
    """ "The envoys … include A – Greece, B – Cuba": the items of one list, who meet
    the host, not each other."""
    items = [a for a in actors if a.person is not None and _DASH_ITEM.match(text, a.end)]
    if len(items) > 1:
        for actor in items:
            actor.group = sentence.start


def _actor_of_mention(mention: Mention, people: People, state: AnaphoraState) -> Actor | None:
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
        return actor_at(state.subject, mention.start)  # "the Head of State held talks with …"
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


def _counterpart(mention: Mention, people: People, state: AnaphoraState) -> Actor | None:
    """An unnamed "his (Russian) counterpart": that country's leading person, else the
    visiting side of the article's meetings."""
    if mention.country:
        person = _leading_person(people, mention.country)
        return Actor(mention.start, person=person) if person else None
    return actor_at(state.guest, mention.start) if state.guest is not None else None


def _latest_or_leading(
    people: People, state: AnaphoraState, country: str, among: list[Actor] | None = None
) -> Person | None:
    """ "The Vietnamese leader also held talks …": the side of that country in the latest
    meeting (or latest of `among`), else the country's leading person."""
    for actor in reversed(state.met if among is None else among):
        if actor.person is not None and actor.person.country == country:
            return actor.person
    return _leading_person(people, country)


def _leading_person(people: People, country: str) -> Person | None:
    """The most mentioned person of `country` in the article (ties: the first named)."""
    of_country = [p for p in people.registry.persons if p.country == country]
    return max(of_country, key=lambda p: p.mentions, default=None)


_PLURAL_HEADS = frozenset({"Leaders", "Ministers", "Presidents", "Ambassadors"})


def _office_country(state: AnaphoraState, head: str) -> str | None:
    known = state.offices.get(head.lower())
    return known.country if known else None


def _free(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return not any(s < end and start < e for s, e in taken)


def _office_lists(
    text: str,
    sentence: Span,
    taken: list[tuple[int, int]],
    named: list[tuple[int, int]],
    words: str,
    people: People,
) -> list[Actor]:
    """ "the ambassadors of Venezuela, Laos, Poland, Spain and Bangladesh": one each (the
    ambassador the article names, if any); not "(newly-appointed) Ambassador of New
    Zealand Caroline Beresford", a named person's title (`named`: the spans of named
    mentions, their titles included)."""
    actors: list[Actor] = []
    if not holds_any(words, _LIST_WORDS):
        return actors
    for match in _AMBASSADOR_LIST.finditer(text, sentence.start, sentence.end):
        if any(start <= match.start() < end for start, end in named):
            continue
        holder = partial(people.registry.by_office, "Ambassador")
        actors += _country_list(text, sentence, match, taken, "Ambassador", holder)
    return actors


_LEADER_LIST_WORDS = ("Presidents of", "presidents of", "Ministers of", "ministers of")


def _leader_lists(
    text: str, sentence: Span, taken: list[tuple[int, int]], people: People
) -> list[Actor]:
    """ "with the Presidents of A, B and C": each country's leader, the person the
    article names in that post if any, else the office."""
    actors: list[Actor] = []
    for match in _LEADER_LIST.finditer(text, sentence.start, sentence.end):
        post = match.group("post").title()[:-1]  # "Presidents" → "President"
        holder = partial(people.registry.by_office, post)
        actors += _country_list(text, sentence, match, taken, post, holder)
    return actors


# "his counterparts from A and B", "his two counterparts from A and B"
_COUNTERPART_LIST = re.compile(
    r"\b(?:his|her|their)\s+(?:(?:two|three|four|five|six|\d)\s+)?counterparts\s+(?:from|of)\s+"
)


def _counterpart_lists(
    text: str,
    sentence: Span,
    taken: list[tuple[int, int]],
    people: People,
    mentions: list[Mention],
) -> list[Actor]:
    """ "met his counterparts from Singapore, the US and Canada": one side per country,
    the person the article names most of that country if any, else the office: the
    post of the one whose counterparts they are ("Defence Minister X met his …")."""
    actors: list[Actor] = []
    for match in _COUNTERPART_LIST.finditer(text, sentence.start, sentence.end):
        posts = [m.title for m in mentions if m.end <= match.start() and m.title]
        post = posts[-1] if posts and posts[-1] != "counterpart" else "Counterpart"
        holder = partial(_leading_person, people)
        actors += _country_list(text, sentence, match, taken, post, holder)
    return actors


def _country_list(
    text: str,
    sentence: Span,
    match: re.Match[str],
    taken: list[tuple[int, int]],
    post: str,
    holder: Callable[[str], Person | None],
) -> list[Actor]:
    """One side per country listed right after `match` ("… of A, B and C"): the person
    `holder` finds for that country, else the office `post` of it."""
    actors: list[Actor] = []
    pos = match.end()
    for mention in find_countries(text[match.end() : sentence.end]):
        start = match.end() + mention.start
        if not _LIST_GLUE.fullmatch(text[pos:start]):
            break
        person = holder(mention.iso3)
        actors.append(
            Actor(start, person=person, group=match.start())
            if person is not None
            else Actor(start, office=post, country=mention.iso3, group=match.start())
        )
        pos = match.end() + mention.end
    taken.append((match.start(), pos))
    return actors


def _offices(
    text: str, sentence: Span, taken: list[tuple[int, int]], people: People, state: AnaphoraState
) -> list[Actor]:
    """ "the Vietnamese President", "the Uzbek ambassador", "the Kazakh leader"."""
    actors: list[Actor] = []
    for match in _OFFICE_RE.finditer(text, sentence.start, sentence.end):
        if not _free(match.start(), match.end(), taken):
            continue
        dem = match.group("dem")
        # "the Hanoi leader": a city's official is of the city's country
        country = (country_code(dem) or city_country(dem)) if dem else None
        if dem and country is None:
            continue
        head = match.group("post") or match.group("head")
        if head == "diplomat" and country and " top " in match.group():
            top = _holder(people, country, _FOREIGN_WORDS)  # "the top Chinese diplomat"
            actor = Actor(match.start(), person=top) if top is not None else None
        else:
            actor = _office_actor(match.start(), head, country, people, state)
        if actor is not None:
            actor.end = match.end()
            actors.append(actor)
            taken.append((match.start(), match.end()))
    return actors


def _office_actor(
    start: int, head: str, country: str | None, people: People, state: AnaphoraState
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
    if head == "legislator":  # "the top Vietnamese legislator": no post of its own
        person = _holder(people, country, _PARLIAMENT_WORDS) if country else None
        return Actor(start, person=person) if person is not None else None
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


# Words of the posts an epithet stands for: "the top Vietnamese legislator" leads a
# parliament ("National Assembly Chairman", "Speaker"), "the top Chinese diplomat" is the
# foreign minister
_PARLIAMENT_WORDS = ("Assembly", "Speaker", "Parliament", "Congress", "Senate", "NA ")
_FOREIGN_WORDS = ("Foreign", "FM", "Secretary of State")


def _holder(people: People, country: str, words: tuple[str, ...]) -> Person | None:
    """The most mentioned person of `country` whose title holds one of `words`."""
    holders = [
        p
        for p in people.registry.persons
        if p.country == country and holds_any(p.title or "", words)
    ]
    return max(holders, key=lambda p: p.mentions, default=None)


def _visiting(
    text: str,
    sentence: Span,
    taken: list[tuple[int, int]],
    people: People,
    state: AnaphoraState,
    words: str,
) -> list[Actor]:
    """ "the visiting minister": the guest when they hold the post, else the one person
    of another country than the publisher's who does."""
    actors: list[Actor] = []
    if not holds_any(words, _VISITING_WORDS):
        return actors
    for match in _VISITING_RE.finditer(text, sentence.start, sentence.end):
        person = _visitor(match.group("post"), match.group("dem"), people, state)
        if person is not None:
            actors.append(Actor(match.start(), person=person))
            taken.append(match.span())
    return actors


def _visitor(post: str, dem: str | None, people: People, state: AnaphoraState) -> Person | None:
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
    state: AnaphoraState,
    actors: list[Actor],
    words: str,
) -> list[Actor]:
    """ "he", "His Majesty", "the guest", "the two leaders" (`words`: the sentence's text)."""
    found: list[Actor] = []
    for match in _PRONOUN_RE.finditer(text, sentence.start, sentence.end):
        if _free(match.start(), match.end(), taken):
            before = [a for a in actors if a.start < match.start() and a.person is not None]
            ref = before[0] if before else state.subject
            if ref is not None:
                found.append(actor_at(ref, match.start()))
                found[-1].pronoun = True
            break  # only the subject pronoun
    if holds_any(words, _MAJESTY_WORDS):
        found.extend(_royal_actors(text, sentence, taken, people, state))
    if holds_any(words, _GUEST_WORDS) and state.guest is not None:
        found.extend(
            actor_at(state.guest, m.start())
            for m in _GUEST_RE.finditer(text, sentence.start, sentence.end)
        )
    if holds_any(words, _GUEST_WORDS[:2]):
        found.extend(_national_guests(text, sentence, taken, people, state))
    if "their" in words:
        found.extend(_their_meeting(text, sentence, state, actors))
    if "presentatives of" in words or "elegations of" in words:
        found.extend(_representatives(text, sentence, people, state))
    if "delegation from" in words or "delegation of" in words:
        found.extend(_delegations(text, sentence, taken, people))
    if not holds_any(words, _PAIR_WORDS):
        return found
    for match in _PAIR_RE.finditer(text, sentence.start, sentence.end):
        pair = (
            _sentence_pair(actors, match.start())
            or _pair_for(match.group(), state)
            or state.pair
            or _recent_pair(state)
        )
        if pair is not None and (
            _acting(text, match.end(), sentence.end) or _met_between(text, match.start())
        ):
            found.extend(actor_at(x, match.start()) for x in pair)
    return found


# "after their talks", "Following their meeting,": the two sides last named met
_THEIR_MEETING = re.compile(
    r"\b(?:after|following|follows|followed|during|at|in)\s+their\s+(?:[\w-]+\s+){0,2}?(?:talks|meeting)\b",
    re.IGNORECASE,
)


def _their_meeting(
    text: str, sentence: Span, state: AnaphoraState, actors: list[Actor]
) -> list[Actor]:
    """The pair "their" stands for in "… after their talks": two persons of different
    countries named before in the sentence, else the last pair met or named."""
    found: list[Actor] = []
    for match in _THEIR_MEETING.finditer(text, sentence.start, sentence.end):
        at = text.index("their", match.start(), match.end())
        pair = _sentence_pair(actors, at) or state.pair or _recent_pair(state)
        if pair is not None:
            found.extend(actor_at(x, at) for x in pair)
    return found


# "the Indian guest", "the Lao visitor": the person of that country last met or leading
_NATIONAL_GUEST = re.compile(_lead("the", "The") + r" (?P<dem>[A-Z][\w-]+) (?:guest|visitor)\b")


def _national_guests(
    text: str, sentence: Span, taken: list[tuple[int, int]], people: People, state: AnaphoraState
) -> list[Actor]:
    found: list[Actor] = []
    for match in _NATIONAL_GUEST.finditer(text, sentence.start, sentence.end):
        iso3 = country_code(match.group("dem"))
        person = _latest_or_leading(people, state, iso3) if iso3 else None
        if person is not None and _free(match.start(), match.end(), taken):
            found.append(Actor(match.start(), person=person, end=match.end()))
            taken.append(match.span())
    return found


# "hosted a reception for a delegation from the Commission for External Relations of the
# Lao People's Revolutionary Party": a delegation no one is said to lead stands for the
# person of its country the article names (its head, introduced in another sentence)
_DELEGATION = re.compile(
    _lead("a", "an") + r"\s+(?:[\w-]+\s+){0,2}?delegation\s+(?:from|of)\s+(?P<of>[^.;,]{1,120})"
)
_PHRASE_END = re.compile(r"\s(?:in|on|at|to|who|which|led|headed)\s")
# bodies of a state or its ruling party a delegation may come from
_STATE_BODIES = (
    "Party", "Commission", "Committee", "Ministry", "Parliament", "Assembly", "Senate",
    "Congress", "Government", "Embassy", "Army", "Armed Forces", "Office",
)  # fmt: skip


def _delegations(
    text: str, sentence: Span, taken: list[tuple[int, int]], people: People
) -> list[Actor]:
    found: list[Actor] = []
    if _LED_BY.search(text, sentence.start, sentence.end):
        return found  # "a delegation of … led by X": X, named there, is the actor
    for match in _DELEGATION.finditer(text, sentence.start, sentence.end):
        if not _free(match.start(), match.end(), taken):
            continue
        phrase = match.group("of")
        cut = _PHRASE_END.search(phrase)
        phrase = phrase[: cut.start()] if cut else phrase
        if not holds_any(phrase, _STATE_BODIES):
            continue  # "a delegation of the US-ASEAN Business Council": no state's side
        countries = find_countries(phrase)
        person = _leading_person(people, countries[0].iso3) if countries else None
        if person is not None:
            found.append(Actor(match.start(), person=person, end=match.end()))
    return found


_LED_BY = re.compile(r"\b(?:led|headed)\s+by\b")


# "the representatives of Cuba and Vietnam", "the delegations of A and B": each country's
# side, the person of it the article last named
_REPRESENTATIVES = re.compile(
    r"\b(?:the|The) (?:representatives|delegations) of (?P<a>[A-Z][\w-]*(?: [A-Z][\w-]*){0,2})"
    r" and (?:of )?(?:the )?(?P<b>[A-Z][\w-]*(?: [A-Z][\w-]*){0,2})\b"
)


def _representatives(
    text: str, sentence: Span, people: People, state: AnaphoraState
) -> list[Actor]:
    """The two sides "the representatives of A and B" stand for, when they act (a meeting
    follows) or a fronted meeting phrase opens the sentence ("During the consultations,
    the representatives of A and B …")."""
    found: list[Actor] = []
    for match in _REPRESENTATIVES.finditer(text, sentence.start, sentence.end):
        sides = [_named_side(match.group(g), people, state) for g in ("a", "b")]
        if None in sides or not (
            _acting(text, match.end(), sentence.end)
            or _fronted_meeting(text, sentence.start, match.start())
        ):
            continue
        found.extend(Actor(match.start(), person=p) for p in sides if p is not None)
    return found


def _named_side(name: str, people: People, state: AnaphoraState) -> Person | None:
    """The person of the country `name` last named in a meeting or sentence, else the
    country's leading person."""
    iso3 = country_code(name)
    return _latest_or_leading(people, state, iso3, state.recent) if iso3 else None


_FRONTED = re.compile(r"(?:In|During|At|Over|Through)\b[^,]*,(?:[^,]*,)?\s*$")


def _fronted_meeting(text: str, start: int, at: int) -> bool:
    """Whether the sentence opens with a meeting phrase that ends right before `at`."""
    return bool(_FRONTED.match(text, start, at)) and bool(
        meeting_triggers_in(text, Span(start, at, ""))
    )


# Words without which a pattern cannot match: a substring test skips the scan.
_MAJESTY_WORDS = ("Majesty", "Highness")
_GUEST_WORDS = ("guest", "visitor", "visiting")
_PAIR_WORDS = ("leaders", "ministers", "sides", "officials", "diplomats", "of state", "presidents")
_LIST_WORDS = ("mbassador", "nvoy", "of Mission", "of mission")
_VISITING_WORDS = ("visiting", "guest")


def _royal_actors(
    text: str, sentence: Span, taken: list[tuple[int, int]], people: People, state: AnaphoraState
) -> list[Actor]:
    found: list[Actor] = []
    for match in _MAJESTY_RE.finditer(text, sentence.start, sentence.end):
        if _free(match.start(), match.end(), taken):
            royal = _royal(match.group(), people, state)
            if royal is not None:
                found.append(Actor(match.start(), person=royal, end=match.end()))
    return found


def _royal(phrase: str, people: People, state: AnaphoraState) -> Person | None:
    """ "His Majesty": the one monarch the article names (the latest met, if several)."""
    posts = _MAJESTY_POSTS[phrase.rsplit(" ", 1)[-1].lower()]
    royals = [p for p in people.registry.persons if posts & set(p.title.lower().split())]
    if len(royals) == 1:
        return royals[0]
    latest = [a.person for a in reversed(state.recent) if a.person in royals]
    return latest[0] if latest else None


_PAIR_REACH = 60  # "the two leaders … held talks": the trigger follows the phrase this closely


# "talks between the two leaders", "a meeting between both sides": the pair phrase is
# the meeting's sides (a trigger word right before "between")
_MET_BETWEEN = re.compile(
    r"\b(?:talks?|meetings?|summit|conversations?|phone calls?)\s+between\s+$", re.IGNORECASE
)


def _met_between(text: str, start: int) -> bool:
    return text.endswith("between ", 0, start) and bool(
        _MET_BETWEEN.search(text, max(0, start - 40), start)
    )


def _acting(text: str, start: int, end: int) -> bool:
    """Whether a meeting that happened follows closely ("the two leaders held talks"), not
    a possessive or a plan ("the leaders' talks", "the two sides agreed to meet")."""
    if text[start : start + 1] in ("'", "’"):
        return False
    window = Span(start, min(end, start + _PAIR_REACH), "")
    return bool(meeting_triggers_in(text, window))


_LEADER_POSTS = frozenset(
    {"president", "prime", "premier", "chancellor", "king", "queen", "emir", "sultan", "leader"}
    | {"general", "chairman"}
)


def _pair_for(phrase: str, state: AnaphoraState) -> tuple[Actor, Actor] | None:
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


def actor_at(actor: Actor, start: int) -> Actor:
    return Actor(start, actor.person, actor.office, actor.country)


def _sentence_pair(actors: list[Actor], before: int) -> tuple[Actor, Actor] | None:
    """ "A hosted a banquet for B, after which the two leaders held talks": the last two
    persons of different countries named earlier in the same sentence."""
    named = [a for a in actors if a.start < before and a.person is not None and a.group is None]
    for n in range(len(named) - 1, 0, -1):
        for other in reversed(named[:n]):
            if different_actors(named[n], other):
                return other, named[n]
    return None


def _recent_pair(state: AnaphoraState) -> tuple[Actor, Actor] | None:
    """The last two persons of different countries named before ("the two ministers")."""
    for n in range(len(state.recent) - 1, 0, -1):
        last = state.recent[n]
        for other in reversed(state.recent[:n]):
            if different_actors(last, other):
                return other, last
    return None


def different_actors(a: Actor, b: Actor) -> bool:
    if a.group is not None and a.group == b.group:
        return False
    ca, cb = a.actor_country, b.actor_country
    return ca is not None and cb is not None and ca != cb
