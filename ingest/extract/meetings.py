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

Stages: `meeting_triggers.py` finds the triggers, `meeting_actors.py` the actors of a
sentence; here they are paired.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.countries import find_countries
from ingest.dates import DateMention
from ingest.extract.meeting_actors import (
    Actor,
    AnaphoraState,
    actor_at,
    different_actors,
    sentence_actors,
)
from ingest.extract.meeting_triggers import PHONE, REMOTE_AFTER, Trigger, sentence_triggers
from ingest.extract.persons import People
from ingest.extract.sentences import Span

__all__ = ["Actor", "Meeting", "find_meetings", "inside", "limit_left", "relative_clauses"]

_HOST_VERBS = frozenset({"received", "receives", "hosted", "hosts", "welcomed", "welcomes"})
_BETWEEN = re.compile(r"^\s*(?:\w+\s+){0,2}between\b", re.IGNORECASE)
# A host's hospitality ("a banquet hosted by", "a lunch given by"): the agents after "by"
# are co-hosts; "co-chaired by A and B", "led by" name the two sides.
_HOSTED_BY = re.compile(r"\b(?:hosted|given|offered|thrown) by\s")


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


def find_meetings(text: str, sentences: list[Span], people: People) -> list[Meeting]:
    """Every MET_WITH pair the sentences state, in text order."""
    state = AnaphoraState(home=people.registry.home)
    by_sentence = sentence_triggers(text, sentences)
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
        actors = sentence_actors(text, sentence, people.mentions[n], people, state)
        scope = sentence
        if triggers and sentence.text.endswith(":"):
            listed, listed_until = _listed_actors(text, sentences, n, people, state)
            actors.extend(listed)
            scope = Span(sentence.start, sentences[listed_until].end, sentence.text)
        found = _pairs(text, scope, actors, triggers, state) if triggers else []
        if triggers and not found:
            found = _co_chairs(text, sentence, actors, triggers, state)
        for meeting in found:
            meeting.index = n
        meetings.extend(found)
        _remember(state, actors, found, bool(triggers))
    return meetings


_CO_CHAIR = re.compile(r"co-?chair", re.IGNORECASE)


def _co_chairs(
    text: str,
    sentence: Span,
    actors: list[Actor],
    triggers: list[tuple[int, int, Trigger]],
    state: AnaphoraState,
) -> list[Meeting]:
    """ "A, who is co-chair of the committee, said …" and later "B, who is also co-chair of
    the committee, …": two co-chairs of different countries, each named alone in a sentence,
    chaired it together."""
    chair = next((t for t in triggers if _CO_CHAIR.match(text, t[0])), None)
    if chair is None:
        return []
    named = [a for a in actors if a.person is not None and a.start < chair[0]]
    if len(named) != 1:
        return []
    other, state.co_chair = state.co_chair, named[0]
    if other is None or other.actor_country == named[0].actor_country:
        return []
    kind = chair[2]
    return [Meeting(other, named[0], kind.kind, kind.cameo, sentence, chair[0], chair[1])]


_LIST_ITEM = re.compile(r"\s*(?:\d{1,2}[.)]|[-•*–])\s")


def _listed_actors(
    text: str, sentences: list[Span], n: int, people: People, state: AnaphoraState
) -> tuple[list[Actor], int]:
    """Actors of the numbered or bulleted items after "… who presented credentials are:",
    as one list (they meet the subject, not each other), and the last item's index."""
    actors: list[Actor] = []
    last = n
    for m in range(n + 1, len(sentences)):
        if not _LIST_ITEM.match(sentences[m].text):
            break
        last = m
        for actor in sentence_actors(text, sentences[m], people.mentions[m], people, state):
            if actor.person is not None or actor.office:
                actor.group = sentences[n].start
                actors.append(actor)
    return actors, last


# ── pairing ─────────────────────────────────────────────────────────────────────────


def _pairs(
    text: str,
    sentence: Span,
    actors: list[Actor],
    triggers: list[tuple[int, int, Trigger]],
    state: AnaphoraState,
) -> list[Meeting]:
    found: list[Meeting] = []
    triggers = _without_idle_coactions(actors, triggers)
    floor = _fronted_end(text, sentence, triggers)
    if floor:  # "In a phone call on Tuesday, A spoke with B": the phrase gives the kind
        kind = triggers[0][2] if triggers[0][2].kind == "phone_call" else triggers[1][2]
        triggers = [(triggers[1][0], triggers[1][1], kind), *triggers[2:]]
    left = [a for a in actors if floor <= a.start < triggers[0][0]]
    if not left:
        triggers = _participle_triggers(text, sentence, triggers)
    for n, (t_start, t_end, trigger) in enumerate(triggers):
        limit = triggers[n + 1][0] if n + 1 < len(triggers) else sentence.end
        own_end = sentence.start + len(sentence.text)  # a list read with its sentence goes on
        asides: list[tuple[int, int]] = []
        if limit <= own_end:
            limit = _clause_break(text, t_end, min(limit, own_end), actors if left else [])
            asides = relative_clauses(text, t_end, limit)
        right = [a for a in actors if t_start <= a.start < limit and not inside(a.start, asides)]
        right = _objects(text, right, t_end, trigger)
        if n == 0 and not left:
            right = _participle_sides(text, sentence.start, t_start, limit, right)
        # "A and B first met in Doha in 2022 and held talks in Delhi in 2023": a second
        # predicate of the same subjects is a meeting of its own
        own_clause = n == 0 or bool(_AND_PREDICATE.search(text, triggers[n - 1][1], t_start))
        clause_start = limit_left(text, triggers[n - 1][1], t_start) if n > 0 else 0
        if clause_start:
            own_clause = True  # "…, after which the two presidents held talks"
            clause_left = [a for a in actors if clause_start <= a.start < t_start]
            if clause_left or not _BARE_VERB_GAP.fullmatch(text, clause_start, t_start):
                left = clause_left  # else "A held talks with B; met C": A met C too
        # "A, B and C received, while …": co-hosts of a reception with no guest named
        mutual = own_clause and text[t_start:t_end].lower() not in _HOST_VERBS
        pairs = _pairs_for(text, left, right, t_end, mutual, state)
        if not pairs and left and not right and _ABSOLUTE_HOST.match(text, t_start):
            pairs = _received_the_visitor(text, left, state)
        if not pairs and n == 0 and not left and len(right) == 1 and trigger.kind in _BILATERAL:
            pairs = _fronted_one_side(text, sentence.start, t_start, right[0], state)
        for a, b in pairs:
            _separate(text, a, b, state.home)
        if trigger.kind != "phone_call" and _remote_after(text, t_end, limit, triggers[n + 1 :]):
            trigger = PHONE  # "talked with X over the phone", "met Y via videoconference"
        found.extend(
            Meeting(a, b, trigger.kind, trigger.cameo, sentence, t_start, t_end)
            for a, b in pairs
            if different_actors(a, b)
        )
    return found


# "A, B and C received, while …", "… also received.": a host verb with no object, its
# clause ending there (not "received, on behalf of the President, the letter")
_ABSOLUTE_HOST = re.compile(r"(?:received|hosted)(?=[.;]|,\s+(?:while|and|as|whereas)\s)")


def _received_the_visitor(
    text: str, left: list[Actor], state: AnaphoraState
) -> list[tuple[Actor, Actor]]:
    """Hosts who "received" with no guest named received the visitor: the side of the
    last meeting from another country than theirs ("Trung paid a visit to Laos at the
    invitation of X. … A, B and C received, while X held talks with the delegation")."""
    hosts = _subjects(text, left)
    countries = {h.actor_country for h in hosts}
    if state.pair is None or len(countries) != 1 or None in countries:
        return []
    visitors = [x for x in state.pair if x.actor_country not in countries]
    return [(h, visitors[0]) for h in hosts] if len(visitors) == 1 else []


def _without_idle_coactions(
    actors: list[Actor], triggers: list[tuple[int, int, Trigger]]
) -> list[tuple[int, int, Trigger]]:
    """A joint act ("A and B witnessed / upgraded …", `reach` 1) names its two actors
    before it; with fewer ("Vietnam and Australia raised their ties, as X held talks with
    Y") it is no meeting, and the next trigger reads the clause as if it stood first."""
    kept: list[tuple[int, int, Trigger]] = []
    floor = 0
    for n, (t_start, t_end, trigger) in enumerate(triggers):
        idle = trigger.reach == 1 and n + 1 < len(triggers)
        if not (idle and sum(floor <= a.start < t_start for a in actors) < 2):
            kept.append((t_start, t_end, trigger))
            floor = t_end
    return kept or triggers


def _participle_triggers(
    text: str, sentence: Span, triggers: list[tuple[int, int, Trigger]]
) -> list[tuple[int, int, Trigger]]:
    """ "Receiving X right after their talks, Y said …": in an opening participle phrase
    a later trigger ("their talks") only dates the first one; the phrase is read whole."""
    if len(triggers) < 2:
        return triggers
    comma = _participle_comma(text, sentence.start, triggers[0][0], triggers[0][1], sentence.end)
    if comma is None:
        return triggers
    return [triggers[0], *(t for t in triggers[1:] if t[0] > comma)]


def _participle_sides(
    text: str, start: int, t_start: int, limit: int, right: list[Actor]
) -> list[Actor]:
    """ "Receiving X and W, Y said … Z": a sentence opening with a participle pairs the
    subject of the main clause (put first) with each object, and not with a person the
    main clause speaks of."""
    comma = _participle_comma(text, start, t_start, t_start, limit)
    if comma is None:
        return right
    objects = [a for a in right if a.start < comma]
    subject = [a for a in right if a.start > comma][:1]
    return subject + objects if subject and objects else right


# "Receiving …", "Co-chairing …"
_PARTICIPLE_OPEN = re.compile(
    r"(?:(?:While|When|After|Upon|On)\s+)?(?!During\b)[A-Z][a-z]+(?:-[a-z]+)?ing\s"
)
_PARTICIPLE_REACH = 12  # the trigger opens the sentence: "While receiving" at most before it


def _participle_comma(text: str, start: int, t_start: int, after: int, end: int) -> int | None:
    """The comma closing a participle phrase that opens the sentence at `start` with the
    trigger at `t_start` (searched from `after` up to `end`), or None."""
    if t_start - start > _PARTICIPLE_REACH or not _PARTICIPLE_OPEN.match(text, start):
        return None
    comma = text.find(",", after, end)
    return None if comma == -1 else comma


_FRONT = 30  # a trigger this close to the sentence start may open a fronted phrase


def _fronted_end(text: str, sentence: Span, triggers: list[tuple[int, int, Trigger]]) -> int:
    """Where a fronted trigger phrase with nobody in it ends ("In a phone call on Tuesday,"
    before "A spoke with B"), or 0."""
    if len(triggers) < 2 or triggers[0][0] - sentence.start > _FRONT:
        return 0
    comma = text.find(",", triggers[0][1], triggers[1][0])
    if comma == -1 or not _FRONT_OPEN.match(text, sentence.start, triggers[0][0]):
        return 0
    return comma + 1


_FRONT_OPEN = re.compile(r"(?:In|During|At|Over|Via|Through)\b[^,]*$")


_BILATERAL = ("consultation", "talks")  # kinds of meeting held between two sides


def _fronted_one_side(
    text: str, start: int, t_start: int, actor: Actor, state: AnaphoraState
) -> list[tuple[Actor, Actor]]:
    """ "At the seventh political consultation on August 29, Deputy Minister X said …":
    a fronted meeting phrase naming one side meets the last person of another country
    named before (the visitor the article introduced)."""
    if t_start - start > _FRONT or not _FRONT_OPEN.match(text, start, t_start):
        return []
    if text.find(",", t_start, actor.start) == -1:
        return []  # the actor stands inside the phrase ("At talks with X"): read as it is
    for other in reversed(state.recent):
        if different_actors(other, actor):
            return [(actor, actor_at(other, actor.start))]
    return []


def _remote_after(text: str, t_end: int, limit: int, later: list[tuple[int, int, Trigger]]) -> bool:
    """Whether the clause says the meeting was by phone or video ("… via videoconference",
    where "videoconference" is itself the next trigger)."""
    if later and later[0][2].kind == "phone_call" and later[0][0] == limit:
        limit = later[0][1]
    clause = text[t_end:limit]
    if not any(word in clause for word in _REMOTE_WORDS):
        return False  # every way of saying it holds one of these (a cheap test first)
    return bool(REMOTE_AFTER.search(text, t_end, limit))


_REMOTE_WORDS = ("phone", "video", "virtual", "online")  # as `REMOTE_AFTER` writes them


_CLAUSE = re.compile(
    r"(?:,\s*(?:while|whereas|and then|after which|following which|whereupon)\b|;)"
)
_RELATIVE = re.compile(r",\s*(?:during which|in which|at which|where|who|whose)\b")
# Between a clause break and the next trigger: nothing but these, so the clause is a bare
# verb phrase sharing the sentence's subject ("…; met with B; received C").
_AND_PREDICATE = re.compile(r"\band\s+(?:also\s+|later\s+|then\s+)?$")
_BARE_VERB_GAP = re.compile(r"\s*(?:and\s+)?(?:also\s+)?")


def _objects(text: str, right: list[Actor], t_end: int, trigger: Trigger) -> list[Actor]:
    """The trigger's objects. A bare verb that often takes no person ("received support",
    "welcomed the proposal by X") must be followed by its object at once (`reach`), with
    only articles and words like "visiting" between."""
    # a listed object stands where its list's post does ("received the newly-appointed
    # Ambassadors of A, B and C")
    first = right[0].start if right else t_end
    group = right[0].group if right else None
    if group is not None and group >= t_end:
        first = group
    if trigger.reach and (
        not right
        or first - t_end > trigger.reach
        or ((group is None or first == group) and not _OBJECT_GAP.fullmatch(text, t_end, first))
    ):
        return [a for a in right if a.start < t_end]  # only actors inside the trigger
    return right


_OBJECT_GAP = re.compile(
    r"\s*(?:(?:the|a|an|his|her|their|its|visiting|new|outgoing|incoming|"
    r"newly[- ](?:appointed|accredited|elected|named)|"
    r"former|top|senior|warmly|officially|separately|also|both|two)\s+)*"
    # "… received at the airport by", "… received by the President"
    r"(?:(?:at|in|on) (?:the )?[\w-]+(?: [\w-]+)? )?(?:by\s+(?:the\s+)?)?"
    r"(?:(?:[A-Z][\w-]*\s+)?[A-Z][\w-]*['’]s\s+)?"  # "… hosted South Africa's X"
)


def _clause_break(text: str, start: int, limit: int, actors: list[Actor]) -> int:
    """Where the trigger's clause ends: a new clause with its own subject, not the next
    item of a list written with semicolons ("met A, Speaker of X; B, President of Y")."""
    match = _CLAUSE.search(text, start, limit)
    while match and (
        (match.group() == ";" and _list_item_at(text, match.end(), actors))
        or _OTHER_SIDE.match(text, match.start())
    ):
        match = _CLAUSE.search(text, match.end(), limit)
    return match.start() if match else limit


# "The Indian side was led by A, while the Vietnamese side was headed by B": the other
# side's head, one clause on, is the meeting's other actor
_OTHER_SIDE = re.compile(
    r",\s*(?:while|whereas)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:side|delegation)s?\s+"
    r"(?:was\s+|were\s+)?(?:led|headed)\s+by\b"
)


_ITEM_OPEN = re.compile(r"\s*(?:and\s+)?")


def _list_item_at(text: str, pos: int, actors: list[Actor]) -> bool:
    """Whether a named person with an appositive title ("B, President of Y") stands
    right after `pos`: the item of a list, where a new clause has a verb."""
    start = _ITEM_OPEN.match(text, pos).end()  # type: ignore[union-attr]
    return any(
        a.start == start and a.person is not None and text.startswith(",", a.end) for a in actors
    )


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
    state: AnaphoraState,
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
        if not between and _HOSTED_BY.search(text, max(0, t_end - 12), t_end + 4):
            return []  # "a lunch hosted by Emperor X and Empress Y": co-hosts, not partners
        return [(right[0], r) for r in right[1:]]
    if right:
        subjects = _subjects(text, _without_listener(text, left))
        return [(_reread(s, r, state), r) for s in subjects for r in right]
    if own_clause and len(left) > 1:
        return [(x, y) for i, x in enumerate(left) for y in left[i + 1 :]]
    return []


_INFORMED = re.compile(r"\s+(?:informed|briefed|told|updated|apprised)\s+")


def _without_listener(text: str, left: list[Actor]) -> list[Actor]:
    """ "A informed B of the results of his talks with C": B hears of the talks, A held
    them; the actors before the trigger without B."""
    listener = len(left) > 1 and left[-2].end >= 0
    if listener and _INFORMED.fullmatch(text, left[-2].end, left[-1].start):
        return left[:-1]
    return left


# "A and B", "A, accompanied by B," (the companion makes the call too), "A together with B"
_AND = re.compile(r",?\s*(?:and|&|accompanied by|together with|along with)\s+")
_COMMA = re.compile(r"\s*,\s*")


def _subjects(text: str, left: list[Actor]) -> list[Actor]:
    """The last actor before the trigger and those coordinated with it ("Kazakh President
    Tokayev and Prime Minister Bektenov received …": both hosts; "A, B and C"). A comma
    alone is no coordination ("hosted by X, Lula held talks")."""
    if left[-1].group is not None:  # "the ambassadors of A, B, and the Philippines …"
        return [a for a in left if a.group == left[-1].group]
    subjects = [left[-1]]
    for actor in reversed(left[:-1]):
        glue = _AND if len(subjects) == 1 else _COMMA
        if actor.end < 0 or not glue.fullmatch(text, actor.end, subjects[0].start):
            break
        subjects.insert(0, actor)
    return subjects


def _reread(subject: Actor, other: Actor, state: AnaphoraState) -> Actor:
    """ "He also met PM Chinh" after "Trong held talks with Xi": a pronoun that would make
    a meeting at home is the other side of the last meeting."""
    if not subject.pronoun or different_actors(subject, other) or state.pair is None:
        return subject
    if any(x.person is not None and x.person.weak for x in (subject, other)):
        return subject  # a default-placed side is moved instead (`_separate`)
    a, b = state.pair
    partner = b if a.key == subject.key else a if b.key == subject.key else None
    return (
        actor_at(partner, subject.start)
        if partner is not None and different_actors(partner, other)
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


def _remember(
    state: AnaphoraState, actors: list[Actor], found: list[Meeting], triggered: bool
) -> None:
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
