"""Persons: titled names, their countries, and in-article coreference.

A sentence is cut into tokens, each classed as a country word, a title word (from
`data/titles.tsv`), an honorific, a connector, a name-like capitalised word or other.
A *title group* ("Deputy Foreign Minister", "President of Belarus", "his Indian
counterpart", "H.E. Mr") followed by a run of name words is a person mention. The
country comes from the group ("Russian President", "President of Belarus"), from what
follows the name ("King Philippe of Belgium", "…, Ambassador of Cuba"), or later from
the article (coreference, counterpart logic, the Vietnamese-name rule in `registry`).

Stages: `person_mentions.py` finds mentions in a sentence's tokens (`tokens.py`),
`person_registry.py` merges them into the article's persons, and this module reads an
article: tokens of the sentences with a cue, mentions, then bare names and countries.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from itertools import pairwise
from operator import attrgetter

from ingest.countries import CountryMention, country_code
from ingest.extract.cues import holds_any
from ingest.extract.person_mentions import Mention, Person, find_mentions, fold
from ingest.extract.person_registry import (
    Registry,
    holds_post,
    looks_vietnamese,
    post_words,
    sole_post,
    without_article,
)
from ingest.extract.sentences import Span
from ingest.extract.tokens import PARTICLES, WORD_KIND, ArticleTokens, Token, word_kind

__all__ = [
    "Mention",
    "People",
    "Person",
    "Registry",
    "find_mentions",
    "fold",
    "holds_post",
    "looks_vietnamese",
    "post_words",
    "read_persons",
]


# ── one article ─────────────────────────────────────────────────────────────────────


@dataclass
class People:
    """What `read_persons` finds: the registry and each sentence's resolved mentions."""

    registry: Registry
    mentions: list[list[Mention]]  # per sentence, left to right
    tokens: list[list[Token]]
    countries: list[CountryMention]  # every country the article names, in order


def read_persons(text: str, sentences: list[Span]) -> People:
    """Persons of an article and every mention of them, sentence by sentence."""
    article = ArticleTokens(text)
    # Only sentences with a title word, honorific or "counterpart" can introduce anyone.
    tokens = [
        article.between(s.start, s.end) if article.has_cue(s.start, s.end) else []
        for s in sentences
    ]
    mentions = [find_mentions(text, toks) for toks in tokens]
    named = _countries_by_sentence(article.countries, sentences)
    registry = Registry()
    for found, sentence, countries in zip(mentions, sentences, named, strict=True):
        for n, mention in enumerate(found):
            if mention.name and not mention.short:
                person = registry.add(mention)
                if person.first == mention.start:
                    person.subject = n == 0 and mention.start - sentence.start < _SUBJECT_REACH
                    person.context = _context_countries(
                        text, countries, found, mention, person.subject
                    )
    for found, sentence in zip(mentions, sentences, strict=True):
        if holds_any(sentence.text, _ENVOY_WORDS) and _ENVOY_LIST_CUE.search(sentence.text):
            found.extend(_listed_envoys(sentence, registry))
            found.sort(key=_START)
    registry.index_words()
    if _add_mononyms(text, registry, mentions):
        registry.index_words()
    hits = _name_hits(text, _name_forms(registry))
    hit_starts = [h[0] for h in hits]
    for n, found in enumerate(mentions):
        _resolve_short(registry, found)
        sentence = sentences[n]
        first, last = bisect_left(hit_starts, sentence.start), bisect_left(hit_starts, sentence.end)
        if first < last:
            in_sentence = [h for h in hits[first:last] if h[1] <= sentence.end]
            found.extend(_bare_names(text, sentence, found, registry, in_sentence))
        found.sort(key=_START)
    _counterpart_countries(registry, mentions, named)
    _opposite_counterparts(mentions, registry)
    registry.fill_from_names()
    registry.fill_from_offices([m for found in mentions for m in found if m.name is None])
    _visitors(text, sentences, mentions, named, registry)  # for the still unplaced
    _couples(text, mentions)
    _between_pair(text, mentions, named)
    _represented(text, mentions)
    _of_the_past(sentences, registry)
    return People(registry, mentions, tokens, article.countries)


_START = attrgetter("start")  # mentions sort by where they start


# "The envoys who presented their credentials include George Papas – Hellenic Republic
# (Greece), Ana Ruiz – Cuba, …": each "Name – Country" item of a list of envoys is that
# country's ambassador
_ENVOY_WORDS = ("nvoys", "mbassadors", "Commissioners")  # a substring test before the regex
_ENVOY_LIST_CUE = re.compile(r"\b(?:[Ee]nvoys|[Aa]mbassadors|High Commissioners)\b.* [–—-] ")
_CAP = "[A-ZÀ-ÖØ-ÞĐ]"  # a capital opening a name word
_ENVOY_ITEM = re.compile(
    r"(?:^|(?<=[,:;]\s)|(?<=\binclude\s)|(?<=\bare\s)|(?<=\band\s))"
    rf"(?P<name>{_CAP}[\w'’.-]*(?:\s+(?:(?:de|da|do|dos|del|van|von|bin|al)\s+)?{_CAP}[\w'’.-]*)"
    r"{1,4}?)\s+[–—-]\s+"
    r"(?P<country>[A-Z][\w ]{1,40}?)\s*(?:\([^)]{1,40}\))?\s*(?=[,;.]|\band\b|$)"
)


def _listed_envoys(sentence: Span, registry: Registry) -> list[Mention]:
    """The envoys a "Name – Country" list names, added to the registry."""
    found: list[Mention] = []
    for item in _ENVOY_ITEM.finditer(sentence.text):
        iso3 = country_code(item.group("country").strip())
        name = item.group("name")
        if iso3 is None:
            continue
        start = sentence.start + item.start("name")
        mention = Mention(start, start + len(name), name, "Ambassador", "Ambassador", iso3)
        mention.person = registry.add(mention)
        found.append(mention)
    return found


_SUBJECT_REACH = 40  # a first mention this close to the sentence start is its subject
_CLUE_REACH = 80  # a country named this close before a person may be theirs


def _countries_by_sentence(
    countries: list[CountryMention], sentences: list[Span]
) -> list[list[CountryMention]]:
    starts = [c.start for c in countries]
    return [countries[bisect_left(starts, s.start) : bisect_left(starts, s.end)] for s in sentences]


def _context_countries(
    text: str,
    countries: list[CountryMention],
    found: list[Mention],
    mention: Mention,
    subject: bool,
) -> list[str]:
    """A country the sentence names just before `mention`, outside other mentions, as a
    clue for an object ("a Bahraini delegation headed by X", "to Singapore at the
    invitation of X"); a subject's country is more often the publisher's. A country in a
    quotation is no clue for its speaker named after it ("… on North Korea," Kim said)."""
    near = [
        c
        for c in countries
        if mention.start - _CLUE_REACH <= c.start < mention.start
        and not any(m.start <= c.start < m.end for m in found)
    ]
    if not near or subject or holds_any(text[near[-1].end : mention.start], _QUOTES):
        return []
    return [near[-1].iso3]


_QUOTES = ('"', "”", "“")  # a quotation between the country and the person


def _add_mononyms(text: str, registry: Registry, mentions: list[list[Mention]]) -> bool:
    """ "Brazilian President Lula", "President Marcos": a one-word name right after a post
    with a country, or a leader's post, is a person when no fuller name in the article
    has it."""
    added = False
    for found in mentions:
        for mention in found:
            if not (mention.short and mention.name and mention.head):
                continue
            if not (mention.country or _leader_post(mention)):
                continue  # "Minister Son": a short name of someone named in full elsewhere
            word = fold(mention.name)
            name_start = mention.end - len(mention.name)
            if not text[mention.start : name_start].rstrip().endswith(mention.head):
                continue  # "General Secretary of the Lao People('s …)": no post before it
            if word and word not in registry.candidates and not registry.by_word(word):
                registry.add(mention)
                mention.short = False
                added = True
    return added


# "President Marcos", "General Secretary Trong": a leader's post names one person of the
# article's countries even without a country word
_LEADER_HEADS = frozenset({"President", "Chancellor", "Premier"})
_LEADER_TITLES = ("Prime Minister", "General Secretary")


def _leader_post(mention: Mention) -> bool:
    return mention.head in _LEADER_HEADS or (mention.title or "").startswith(_LEADER_TITLES)


def _resolve_short(registry: Registry, found: list[Mention]) -> None:
    for mention in found:
        if mention.short and mention.name:
            mention.person = registry.by_word(mention.name)
            if mention.person is not None:
                mention.person.aliases.add(mention.name)
            else:
                mention.candidates = registry.candidates.get(fold(mention.name), [])


def _name_forms(registry: Registry) -> set[str]:
    """Every name, alias and distinctive name word of the article's persons."""
    forms: set[str] = set()
    for person in registry.persons:
        forms.add(person.name)
        forms.update(person.aliases)
        forms.update(w for w in person.name.split() if len(w) > 1 and w.lower() not in PARTICLES)
        forms.update(without_article(w) for w in person.name.split() if "-" in w)
    return {
        f for f in forms if len(f.split()) > 1 or fold(f).replace(" ", "") in registry.candidates
    }


def _name_hits(text: str, forms: set[str]) -> list[tuple[int, int]]:
    """Where the forms stand as whole words, left to right, the longest at each place,
    without overlaps. The text is searched once per first letter of the forms, not once
    per form (a one-character `str.find` is a memchr, a longer one a slower pass); where
    the letter stands, one `startswith` of all its forms skips most places."""
    found: list[tuple[int, int]] = []
    for letter, group in _by_first_letter(forms).items():
        longest_first = tuple(sorted(group, key=len, reverse=True))
        at = text.find(letter)
        while at != -1:
            if text.startswith(longest_first, at):
                end = _whole_form_end(text, at, longest_first)
                if end > at:
                    found.append((at, end))
            at = text.find(letter, at + 1)
    hits: list[tuple[int, int]] = []
    for at, end in sorted(found):
        if not hits or at >= hits[-1][1]:
            hits.append((at, end))
    return hits


def _whole_form_end(text: str, at: int, longest_first: tuple[str, ...]) -> int:
    """The end of the longest form that stands at `at` as a whole word (no word character
    or hyphen on either side), or -1; a shorter one there would overlap it."""
    before = text[at - 1] if at else " "
    if before.isalnum() or before in "_-":
        return -1
    for form in longest_first:
        if text.startswith(form, at):
            end = at + len(form)
            after = text[end] if end < len(text) else " "
            if not (after.isalnum() or after in "_-"):
                return end
    return -1


def _by_first_letter(forms: set[str]) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {}
    for form in forms:
        if form:  # an empty form names nothing
            groups.setdefault(form[0], []).append(form)
    return groups


def _bare_names(
    text: str,
    sentence: Span,
    found: list[Mention],
    registry: Registry,
    hits: list[tuple[int, int]],
) -> list[Mention]:
    """Names without a title in this sentence ("Hang and Rudenko", "Modi met …"), from
    the article's matches of its persons' names (`hits`)."""
    extra: list[Mention] = []
    for start, end in hits:
        if any(m.start <= start < m.end for m in found):
            continue
        if _inside_longer_name(text, sentence.start, start, end):
            start = _longer_known_name(text, sentence.start, start, end, registry)
            if start < 0:
                continue
        surface = text[start:end]
        person = registry.same_person(surface) if " " in surface else registry.by_word(surface)
        if person is None and surface in registry.surfaces:
            person = registry.surfaces[surface]
        if person is not None:
            extra.append(Mention(start, end, person.name, person=person, short=True))
            if surface != person.name:
                person.aliases.add(surface)
            if person.country is None and not person.org:
                person.country = _possessive_country(text, sentence.start, start)
        elif len(registry.candidates.get(fold(surface), [])) > 1:
            extra.append(
                Mention(
                    start, end, surface, short=True, candidates=registry.candidates[fold(surface)]
                )
            )
    return extra


def _possessive_country(text: str, floor: int, start: int) -> str | None:
    """ "hosted Tanzania's Amina Said": a country in the possessive just before a name
    is that person's."""
    before = _word_before(text, floor, start)
    if before is None or before[1][-2:] not in ("'s", "’s"):
        return None
    return country_code(before[1][:-2])


_WORD_AFTER = re.compile(r"[ \t]+(\w[\w'’-]*)")
_NAME_REACH = 30  # characters looked back for the word before a name


def _word_before(text: str, floor: int, start: int) -> tuple[int, str] | None:
    """The word (a word character, then word characters, apostrophes, hyphens) that
    spaces or tabs separate from `start` (or from a line break there), within
    `_NAME_REACH` characters after `floor`: where it starts and its text. A backward
    walk: a regex anchored at the end would be tried from every position before."""
    lo = max(floor, start - _NAME_REACH)
    end = start - 1 if start > lo and text[start - 1] == "\n" else start
    gap = end
    while gap > lo and text[gap - 1] in " \t":
        gap -= 1
    first = gap
    while first > lo and (text[first - 1].isalnum() or text[first - 1] in "_'’-"):
        first -= 1
    while first < gap and not (text[first].isalnum() or text[first] == "_"):
        first += 1  # it opens with a word character
    if gap == end or first == gap:
        return None
    return first, text[first:gap]


def _inside_longer_name(text: str, floor: int, start: int, end: int) -> bool:
    """ "Kim" in "Kim Tae-hyo": an unknown name around a known name word."""
    before = _word_before(text, floor, start)
    after = _WORD_AFTER.match(text, end)
    return (before is not None and _is_name_word(before[1])) or (
        after is not None and _is_name_word(after.group(1))
    )


def _longer_known_name(text: str, floor: int, start: int, end: int, registry: Registry) -> int:
    """Where "Andrey Rudenko" starts when "Rudenko" is known as "A. Rudenko"; -1 if not."""
    before = _word_before(text, floor, start)
    after = _WORD_AFTER.match(text, end)
    if before is None or (after is not None and _is_name_word(after.group(1))):
        return -1
    return before[0] if registry.same_person(text[before[0] : end]) else -1


def _is_name_word(word: str) -> bool:
    return WORD_KIND.get(word) is None and word_kind(word) == "N" and country_code(word) is None


# "the visit to Australia by Prime Minister X": the country visited, then the visitor
_VISIT_TO = re.compile(r"\b(?:visits?|trip|tour|journey)\s+(?:to|of)\s+(?:the\s+)?$", re.I)
_VISITED_BY = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?by\s+")
# "X's state visit to Japan", "X, who is on an official visit to Laos", "X arrived in Chile"
_VISITS = re.compile(
    r"(?:['’]s(?:\s+[\w-]+){0,3}?\s+(?:visit|trip|tour|journey)\s+(?:to|of)"
    r"|,?\s+(?:who\s+)?(?:(?:is|was|has|had|will)\s+)?(?:been\s+)?"
    r"(?:arrived|arrives|arrive|arriving|visited|visits|visit|visiting|travell?ed|flew"
    r"|(?:paid|pays|paying|on|making|made|began|begins|started|starts)(?:\s+[\w-]+){0,3}?"
    r"\s+(?:visit|trip|tour|journey)\s+(?:to|of))(?:\s+(?:in|to))?)\s+(?:the\s+)?"
)
_VISIT_WORDS = ("visit", "trip", "tour", "journey", "arriv", "travel", "flew")


def _visitors(
    text: str,
    sentences: list[Span],
    mentions: list[list[Mention]],
    named: list[list[CountryMention]],
    registry: Registry,
) -> None:
    """A visitor is not of the country visited ("the visit to Australia by Prime Minister
    X", "X's visit to Japan", "X arrived in Chile"), whatever the page's default country
    (`Registry.not_of`); only persons the text gives no country are looked at."""
    if all(p.country is not None or p.org for p in registry.persons):
        return  # most articles: everyone placed by the text
    for sentence, found, countries in zip(sentences, mentions, named, strict=True):
        if not countries or not found:
            continue
        unplaced = [
            (m, m.person)
            for m in found
            if m.person and m.person.country is None and not m.person.org
        ]
        if not unplaced or not holds_any(sentence.text, _VISIT_WORDS):
            continue
        for mention, person in unplaced:
            for country in countries:
                if _visited(text, sentence.start, mention, country):
                    registry.not_of.setdefault(person.key, set()).add(country.iso3)


# "King Harald and Queen Sonja of Norway", "Emperor Naruhito and Empress Masako",
# "President X and his wife Y": a couple, one country
_COUPLE_HEADS = (
    frozenset(("King", "Queen")),
    frozenset(("Emperor", "Empress")),
    frozenset(("Prince", "Princess")),
)
_COUPLED = re.compile(r",?\s+and\s+(?:(?P<spouse>(?:his|her)\s+(?:wife|husband|spouse)),?\s+)?")


def _couples(text: str, mentions: list[list[Mention]]) -> None:
    """The unplaced one of a couple named together takes the other's country."""
    for found in mentions:
        for a, b in pairwise(found):
            pair = _COUPLED.fullmatch(text, a.end, b.start)
            one, other = a.person, b.person
            if one is None or other is None or pair is None:
                continue
            if not pair.group("spouse") and frozenset((a.head, b.head)) not in _COUPLE_HEADS:
                continue
            placed, unplaced = (one, other) if other.country is None else (other, one)
            if unplaced.country is None and not unplaced.org:
                unplaced.country = placed.country


# "Vice President X, who represented President Y", "Minister X, on behalf of King Y"
_REPRESENTING = re.compile(
    r",?\s+(?:who\s+(?:represented|was\s+representing|stood\s+in\s+for)|representing"
    r"|on\s+behalf\s+of)\s+(?:the\s+)?"
)


def _represented(text: str, mentions: list[list[Mention]]) -> None:
    """The person another represents is of the representative's country."""
    for found in mentions:
        for a, b in pairwise(found):
            one, other = a.person, b.person
            if one is None or other is None or one.country is None or other.country:
                continue
            if not other.org and _REPRESENTING.fullmatch(text, a.end, b.start):
                other.country = one.country


_BETWEEN_PAIR = re.compile(r"between\s+(?:the\s+)?$")
_PAIR_AND = re.compile(r"\s+and\s+(?:the\s+)?")


def _between_pair(
    text: str, mentions: list[list[Mention]], named: list[list[CountryMention]]
) -> None:
    """ "an MoU between Kenya and the UAE, signed by X and UAE Minister Y": of two persons
    joined by "and" in a sentence that names a pair of countries, one of them placed
    in one country, the other is of the other country."""
    for found, countries in zip(mentions, named, strict=True):
        if len(found) < 2 or len(countries) < 2:
            continue
        pair = _named_pair(text, countries)
        if pair is None:
            continue
        for a, b in pairwise(found):
            one, other = a.person, b.person
            if one is None or other is None or not _PAIR_AND.fullmatch(text, a.end, b.start):
                continue
            placed, unplaced = (one, other) if other.country is None else (other, one)
            if unplaced.country is None and not unplaced.org and placed.country in pair:
                unplaced.country = pair[1] if placed.country == pair[0] else pair[0]


def _named_pair(text: str, countries: list[CountryMention]) -> tuple[str, str] | None:
    """The two countries of "between A and B" in a sentence, if it has one."""
    for c1, c2 in pairwise(countries):
        if (
            c1.iso3 != c2.iso3
            and _PAIR_AND.fullmatch(text, c1.end, c2.start)
            and _BETWEEN_PAIR.search(text, max(0, c1.start - 14), c1.start)
        ):
            return c1.iso3, c2.iso3
    return None


# "President Ho Chi Minh and Prime Minister Nehru, who met in Hanoi in 1954", "then
# Chancellor X", "the late King X", "Ten years after President X set up …": a post held
# in another time than the article's
_PAST_WORDS = (
    " then ",
    "Then ",
    " former ",
    "Former ",
    " late ",
    "Late ",
    "ounding",
    "ounder",
    " years after ",
    " years ago",
    " decade after ",
    " decade ago",
)
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _of_the_past(sentences: list[Span], registry: Registry) -> None:
    """Persons without a country first named with a year or "then", "former", "late",
    "founding": their post (`sole_post`) may have been held by another the article names."""
    starts: list[int] = []
    for person in registry.persons:
        if person.country is None and not person.org and sole_post(person.title):
            starts = starts or [s.start for s in sentences]
            text = sentences[max(0, bisect_left(starts, person.first + 1) - 1)].text
            if holds_any(text, _PAST_WORDS) or _YEAR.search(text):
                registry.past.add(person.key)


def _visited(text: str, floor: int, mention: Mention, country: CountryMention) -> bool:
    if country.end <= mention.start:
        return bool(
            _VISITED_BY.fullmatch(text, country.end, mention.start)
            and _VISIT_TO.search(text, max(floor, country.start - 30), country.start)
        )
    return country.start >= mention.end and bool(
        _VISITS.fullmatch(text, mention.end, country.start)
    )


def _opposite_counterparts(mentions: list[list[Mention]], registry: Registry) -> None:
    """ "Prime Minister X held talks with his Vietnamese counterpart Y": an unplaced X is
    not of Y's country, and is of the page's own country even where the page never names
    it (`Registry.opposite`): an outlet writes its own leader's post without a country."""
    for found in mentions:
        for a, b in zip(found, found[1:], strict=False):
            person = a.person
            if b.head != "counterpart" or not b.country or person is None:
                continue
            if person.country is None and not person.org:
                registry.not_of.setdefault(person.key, set()).add(b.country)
                registry.opposite.add(person.key)


def _counterpart_countries(
    registry: Registry, mentions: list[list[Mention]], named: list[list[CountryMention]]
) -> None:
    """ "X and his counterpart Y": Y's country is another country the sentence names."""
    for found, countries in zip(mentions, named, strict=True):
        for mention in found:
            person = mention.person
            if person is None or not (mention.counterpart or person.title == "counterpart"):
                continue
            others = {m.person.country for m in found if m.person and m.person is not person}
            titles = [
                m.person.title
                for m in found
                if m.person and m.person is not person and m.person.title
            ]
            if person.title == "counterpart" and titles:
                person.title = titles[0]
            if not person.country:
                _respective_sides(found, mention, countries)
            for iso3 in (c.iso3 for c in countries):
                if iso3 not in others and not person.country:
                    person.country = iso3
                    break


def _respective_sides(
    found: list[Mention], counterpart: Mention, countries: list[CountryMention]
) -> None:
    """ "talks between Kenyan and Tanzanian delegations led by X and his counterpart Y":
    two countries named before both unplaced persons are theirs in the same order."""
    before = [m for m in found if m.person and m.start < counterpart.start]
    if len(before) != 1 or len(countries) < 2 or countries[1].start >= before[0].start:
        return
    first, second = before[0].person, counterpart.person
    if first is None or second is None or first.country or countries[0].iso3 == countries[1].iso3:
        return
    first.country, second.country = countries[0].iso3, countries[1].iso3
