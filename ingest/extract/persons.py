"""Persons: titled names, their countries, and in-article coreference.

A sentence is cut into tokens, each classed as a country word, a title word (from
`data/titles.tsv`), an honorific, a connector, a name-like capitalised word or other.
A *title group* ("Deputy Foreign Minister", "President of Belarus", "his Indian
counterpart", "H.E. Mr") followed by a run of name words is a person mention. The
country comes from the group ("Russian President", "President of Belarus"), from what
follows the name ("King Philippe of Belgium", "…, Ambassador of Cuba"), or later from
the article (coreference, counterpart logic, the Vietnamese-name rule in `registry`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from anyascii import anyascii

from ingest.countries import CountryMention, city_country, country_code
from ingest.extract.sentences import Span
from ingest.extract.tokens import (
    HEAD_FORM,
    PARTICLES,
    TITLE_CLASS,
    WORD_KIND,
    ArticleTokens,
    Token,
    is_head,
    word_kind,
)

_DATA = Path(__file__).parent.parent / "data"
_VN_SURNAMES = frozenset(
    ln.strip()
    for ln in (_DATA / "vietnamese_surnames.txt").read_text(encoding="utf-8").splitlines()
    if ln.strip() and not ln.startswith("#")
)

# Words that turn a preceding "name" into a place or an institution ("Ho Chi Minh City").
_PLACE_AFTER = frozenset(
    ln.strip()
    for ln in (_DATA / "place_words.txt").read_text(encoding="utf-8").splitlines()
    if ln.strip() and not ln.startswith("#")
)
_VN_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|tr|th|ph|kh|gh|gi|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?"
)


@dataclass
class Mention:
    """A person named in a sentence (`name`), or a post without a name (`name` None)."""

    start: int
    end: int
    name: str | None
    title: str = ""
    head: str = ""  # the last head word of the title ("President", "Ambassador")
    country: str | None = None
    counterpart: bool = False  # "his counterpart" with no country given
    short: bool = False  # one-word name: an alias of a person named elsewhere
    demonym: bool = False  # the country came from an adjective ("Russian President")
    org: bool = False  # acts for an international organisation: no country
    person: Person | None = None  # filled by the registry
    candidates: list[Person] = field(default_factory=list)  # for an ambiguous surname


@dataclass
class Person:
    name: str
    country: str | None
    title: str
    aliases: set[str] = field(default_factory=set)
    first: int = 0  # offset of the first mention
    context: list[str] = field(default_factory=list)  # countries free in its first sentence
    subject: bool = False  # first named as the subject of its sentence
    weak: bool = False  # the country is only the article's default, not read for this person
    org: bool = False  # acts for an international organisation: stays without a country
    mentions: int = 0  # titled mentions: the more, the likelier a bare surname is theirs

    @property
    def key(self) -> str:
        return fold(self.name)


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Compare names the way the evaluation does: ASCII, lower case, no punctuation."""
    return _NOT_KEY.sub("", anyascii(text).lower()).strip()


_NOT_KEY = re.compile(r"[^a-z0-9 ]")


# ── mentions ────────────────────────────────────────────────────────────────────────


def find_mentions(text: str, tokens: list[Token]) -> list[Mention]:
    """Person and office mentions among a sentence's tokens, left to right."""
    mentions: list[Mention] = []
    i = 0
    while i < len(tokens):
        kind = tokens[i].kind
        group_end = _title_group_end(tokens, i) if kind in "CGTHK" else i
        if group_end == i:
            if kind != "N":
                i += 1  # neither a title nor a name ("…, President of X") starts here
                continue
            mention, i = _appositive_at(text, tokens, i)
        else:
            mention, i = _mention_at(text, tokens, i, group_end)
        if mention is not None:
            mentions.append(mention)
            i = _second_name(text, tokens, i, mention, mentions)
    return mentions


def _appositive_at(text: str, tokens: list[Token], i: int) -> tuple[Mention | None, int]:
    """ "Sadyr Japarov, President of the Kyrgyz Republic": a name, then its title."""
    end = _name_run_end(tokens, i)
    if end - i < 2 or end + 1 >= len(tokens) or tokens[end].text != ",":
        return None, i + 1
    group_end = _title_group_end(tokens, end + 1)
    group = tokens[end + 1 : group_end]
    title, head = _title_of(group)
    if not head or head == "counterpart":
        return None, i + 1
    country, demonym = _group_country(group)
    name = text[tokens[i].start : tokens[end - 1].end]
    mention = Mention(
        tokens[i].start, tokens[end - 1].end, name, title, head, country, demonym=demonym
    )
    mention.org = any(t.kind == "G" for t in group)
    if _name_run_end(tokens, group_end) > group_end:
        if not any(t.text == "of" for t in group):
            return None, i + 1  # "in Rio de Janeiro, Prime Minister X": the post is X's
        mention.end = tokens[group_end - 1].end  # the person named next is inside this one
        return mention, end + 1  # "…, Envoy of President Daniel Ortega": a second person
    return mention, group_end


def _second_name(
    text: str, tokens: list[Token], i: int, first: Mention, mentions: list[Mention]
) -> int:
    """ "Foreign Ministers Retno Marsudi and Zambry Abd Kadir": a plural title's second name."""
    if i + 1 >= len(tokens) or tokens[i].text != "and":
        return i
    plural = any(
        TITLE_CLASS.get(t.text.capitalize() if t.text.islower() else t.text) == "plural"
        for t in tokens[:i]
        if first.start <= t.start
    )
    if not plural:
        return i
    end = _name_run_end(tokens, i + 1)
    if end - (i + 1) < 2:
        return i
    name = text[tokens[i + 1].start : tokens[end - 1].end]
    second = Mention(tokens[i + 1].start, tokens[end - 1].end, name, first.title, first.head)
    second.counterpart = True  # two ministers named together: usually of two countries
    mentions.append(second)
    return end


def _title_group_end(tokens: list[Token], i: int) -> int:
    """End of the title group starting at `i` (== i when none starts there)."""
    if tokens[i].kind not in "CGTHK":
        return i
    j = i
    last_good = i
    headed = False  # a group needs an honorific, "counterpart" or a head word
    while j < len(tokens) and tokens[j].kind in "CGTHKJ":
        token = tokens[j]
        if token.text in ("to", "in") and j > i:
            _mark_post_city(tokens, j + 1)  # "Ambassador to Cairo", "Consul General in Osaka"
        if token.kind == "J":
            if not _joins_titles(tokens, j):
                break
        else:
            last_good = j + 1
            headed = headed or token.kind in "HK" or token.text in HEAD_FORM
        j += 1
    return last_good if headed else i


def _mark_post_city(tokens: list[Token], k: int) -> None:
    """A city right after a post's "to"/"in" is part of the post, not a name."""
    for size in (3, 2, 1):
        words = tokens[k : k + size]
        named = len(words) == size and all(t.kind == "N" for t in words)
        if named and city_country(" ".join(t.text for t in words)):
            for token in words:
                token.kind = "T"
            return


def _joins_titles(tokens: list[Token], j: int) -> bool:
    """A comma or "and" continues a title only before another title word ("Vice
    President, Prime Minister and Ruler of Dubai"), not before a new person."""
    if tokens[j].text not in (",", "and", "&"):
        return True
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    return nxt is not None and nxt.kind in "TCG" and not (tokens[j].text == "," and nxt.kind == "C")


def _mention_at(
    text: str, tokens: list[Token], i: int, group_end: int
) -> tuple[Mention | None, int]:
    if _royal_name_start(tokens, i, group_end):
        group_end -= 1  # "Minister Sultan Al Jaber": after a post, "Sultan" is a name
        tokens[group_end].kind = "N"
    group = tokens[i:group_end]
    k = group_end
    if k < len(tokens) - 1 and tokens[k].text == "," and tokens[k + 1].kind in "NH":
        k += 1  # "the President of São Tomé and Príncipe, Carlos Vila Nova"
        while k < len(tokens) - 1 and tokens[k].kind == "H":
            k += 1  # "the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani"
    name_end = _name_run_end(tokens, k)
    title, head = _title_of(group)
    country, demonym = _group_country(group)
    counterpart = any(t.kind == "K" for t in group) and country is None
    if name_end == k or _is_place(tokens, name_end):
        if not head:
            return None, group_end
        return Mention(
            group[0].start, group[-1].end, None, title, head, country, counterpart, demonym=demonym
        ), group_end
    name_tokens = tokens[k:name_end]
    name = text[name_tokens[0].start : name_tokens[-1].end]
    mention = Mention(
        group[0].start,
        name_tokens[-1].end,
        name,
        title,
        head,
        country,
        counterpart,
        demonym=demonym,
    )
    mention.short = len(name_tokens) == 1 and head not in _royal_heads()
    mention.org = any(t.kind == "G" for t in group)
    after = _read_after_name(tokens, name_end, mention)
    if not mention.head and not mention.short and not _post_before(tokens, i):
        mention.short = True  # "Dr. John Smith" with no post: only a known person's other name
    return mention, after


_POST_REACH = 60  # "the Foreign Ministers of the two countries, Mr. A and Mr. B"


def _post_before(tokens: list[Token], i: int) -> bool:
    start = tokens[i].start
    return any(is_head(t.text) for t in tokens[:i] if t.start >= start - _POST_REACH)


def _royal_name_start(tokens: list[Token], i: int, end: int) -> bool:
    last = tokens[end - 1]
    if end - i < 2 or TITLE_CLASS.get(last.text) != "royal" or last.text != last.text.capitalize():
        return False
    earlier_head = any(
        is_head(t.text) and TITLE_CLASS.get(t.text) != "royal" for t in tokens[i : end - 1]
    )
    return earlier_head and end < len(tokens) and tokens[end].kind == "N"


def _royal_heads() -> set[str]:
    return {w for w, c in TITLE_CLASS.items() if c == "royal"}


def _name_run_end(tokens: list[Token], k: int) -> int:
    """End of a run of name words (with particles inside) starting at `k`."""
    if k >= len(tokens) or tokens[k].kind != "N":
        return k
    j = k + 1
    while j < len(tokens) and j - k < 7:
        if tokens[j].kind == "N":
            j += 1
        elif tokens[j].kind in "PH" and j + 1 < len(tokens) and tokens[j + 1].kind in "NP":
            j += 1  # "Mohammed bin Salman", "Hassan Sheikh Mohamud"
        elif _name_final_demonym(tokens, j):
            j += 1  # "Tan Yang Thai", "Nguyen Van Lao": a demonym-like word ends the name
            break
        else:
            break
    while tokens[j - 1].kind in "PH":
        j -= 1
    return j


def _name_final_demonym(tokens: list[Token], j: int) -> bool:
    token = tokens[j]
    if token.kind != "C" or token.country is None or not token.country.is_demonym:
        return False
    if token.country.surface != token.text:
        return False  # part of a longer form ("South Korean")
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    return nxt is None or nxt.kind not in "NTCGH"


def _is_place(tokens: list[Token], j: int) -> bool:
    return j < len(tokens) and tokens[j].text in _PLACE_AFTER


def _title_of(group: list[Token]) -> tuple[str, str]:
    """The title a group spells (from its first to its last title word, without
    honorifics, countries or standing) and its last head word; one pass over the group."""
    first = last = -1
    head = ""
    counterpart = False
    for n, token in enumerate(group):
        kind = token.kind
        if kind == "T" or kind == "K":
            if first < 0:
                first = n
            last = n
            counterpart = counterpart or kind == "K"
        head = HEAD_FORM.get(token.text, head)
    if first < 0:
        return "", ""
    words = [t.text for t in group[first : last + 1] if t.kind not in "HC" and not _status(t.text)]
    if not head and counterpart:
        head = "counterpart"
    if TITLE_CLASS.get(head) == "plural" and words and words[-1].endswith("s"):
        words[-1] = words[-1][:-1]  # "Foreign Ministers A and B": each a Foreign Minister
    title = " ".join(words).replace(" ,", ",").replace(" 's", "'s").replace(" ’s", "’s")
    return title, head


@lru_cache(maxsize=4096)
def _status(word: str) -> bool:
    """ "outgoing", "former", "newly-appointed": the person's standing, not the title."""
    return TITLE_CLASS.get(word, TITLE_CLASS.get(word.capitalize())) == "status"


def _group_country(group: list[Token]) -> tuple[str | None, bool]:
    """The country a title names, skipping "Ambassador to X" (X is the host); none for an
    international organisation's post ("President of the European Council")."""
    for n, token in enumerate(group):
        if token.kind == "G" and not (n > 0 and group[n - 1].text == "to"):
            return None, False
        if token.kind == "C" and token.country is not None:
            if n > 0 and group[n - 1].text == "to":
                continue
            if n > 0 and group[n - 1].kind == "C" and group[n - 1].country is token.country:
                continue
            return token.country.iso3, token.country.is_demonym
    return None, False


def _read_after_name(tokens: list[Token], j: int, mention: Mention) -> int:
    """ "King Philippe of Belgium", "Vũ Văn Dũng, Ambassador of Viet Nam"; returns where
    the mention ends."""
    k = j + 2 if j + 2 < len(tokens) and tokens[j + 1].text == "the" else j + 1
    if k < len(tokens) and tokens[j].text == "of" and tokens[k].kind == "C":
        mention.country = mention.country or tokens[k].country.iso3  # type: ignore[union-attr]
        while (
            k + 1 < len(tokens)
            and tokens[k + 1].kind == "C"
            and tokens[k + 1].country is tokens[k].country
        ):
            k += 1
        mention.end = tokens[k].end
        return k + 1
    if j + 1 < len(tokens) and tokens[j].text == ",":
        end = _title_group_end(tokens, j + 1)
        if end > j + 1 and _name_run_end(tokens, end) == end:
            title, head = _title_of(tokens[j + 1 : end])
            country, _ = _group_country(tokens[j + 1 : end])
            mention.org = mention.org or any(t.kind == "G" for t in tokens[j + 1 : end])
            if not mention.head or mention.head == "counterpart" and not mention.country:
                mention.title, mention.head = title, head
            mention.country = mention.country or country
            return end
    return j


# ── the Vietnamese-name rule ────────────────────────────────────────────────────────


def looks_vietnamese(name: str) -> bool:
    """A Vietnamese family name followed by Vietnamese syllables only ("Le Thi Thu Hang")."""
    words = anyascii(name).lower().replace("-", " ").split()
    if not 2 <= len(words) <= 5 or words[0] not in _VN_SURNAMES:
        return False
    return all(_VN_SYLLABLE.fullmatch(w) for w in words)


# ── the article's registry of persons ───────────────────────────────────────────────


class Registry:
    """The persons of one article: merged mentions, aliases and coreference lookups."""

    def __init__(self) -> None:
        self.persons: list[Person] = []
        self.surfaces: dict[str, Person] = {}  # full spellings seen → person
        self._by_word: dict[str, Person | None] = {}  # one name word → person (None: ambiguous)
        self.candidates: dict[str, list[Person]] = {}  # one name word → everyone it may be
        self.home: str | None = None  # the publisher's country, once `fill_countries` ran

    def add(self, mention: Mention) -> Person:
        """The person a full mention names, merged with earlier spellings of the same name."""
        assert mention.name is not None
        person = self._same_person(mention.name)
        if person is None:
            person = Person(mention.name, mention.country, mention.title, first=mention.start)
            self.persons.append(person)
        elif person.name != mention.name:
            person.aliases.add(mention.name)
        person.mentions += 1
        self.surfaces[mention.name] = person
        person.country = person.country or mention.country
        person.org = person.org or mention.org
        if mention.title and (not person.title or person.title == "counterpart"):
            person.title = mention.title
        mention.person = person
        return person

    def _same_person(self, name: str) -> Person | None:
        words = fold(name).split()
        for person in self.persons:
            other = person.key.split()
            if other == words:
                return person
            same_last = len(words) > 1 and len(other) > 1 and other[-1] == words[-1]
            if same_last and (other[0].startswith(words[0]) or words[0].startswith(other[0])):
                return person
        return None

    def index_words(self) -> None:
        """Map each distinctive name word to its person; words shared by two persons, or
        that are particles, map to nobody."""
        self._by_word = {}
        self.candidates = {}
        ranks: dict[str, int] = {}
        for person in self.persons:
            for word, rank in _alias_words(person.name):
                # An outer name word beats a middle one ("Kim" is Kim Jong Un's, not Nguyen
                # Thi Kim Ngan's); between equals the word stays open (`candidates`).
                if word in ranks and ranks[word] < rank:
                    continue
                if ranks.get(word) != rank:
                    self.candidates[word] = []
                if person not in self.candidates[word]:
                    self.candidates[word].append(person)
                self._by_word[word] = person if len(self.candidates[word]) == 1 else None
                ranks[word] = rank

    def by_word(self, word: str) -> Person | None:
        return self._by_word.get(fold(word))

    def by_office(self, post: str, country: str | None) -> Person | None:
        """The first person whose title holds `post` (and `country`, when given): "the
        Deputy PM" is the Deputy Prime Minister named earlier, "the Prime Minister" not."""
        for person in self.persons:
            if holds_post(person.title, post) and (country is None or person.country == country):
                return person
        return None

    def fill_countries(self, home: str | None, place: str | None, frequent: list[str]) -> None:
        """Countries for persons the text gives none: the publisher's country (a page
        does not say its own president is its own), a single country named in their
        first sentence, then (weakly) the dateline's or the one the article names most."""
        self.home = home
        for person in self.persons:
            if person.country is not None or person.org:
                continue
            # Only Vietnamese names are recognised as such (`fill_vietnamese`): a bare
            # Vietnamese clue would make every unplaced foreigner in a Vietnamese page one.
            clue = (
                person.context[0]
                if len(person.context) == 1 and person.context[0] != "VNM"
                else None
            )
            own = home if home != "VNM" else None
            first, second = (own, clue) if person.subject else (clue, own)
            person.country = first or second or _default_country(place, frequent)
            person.weak = True

    def fill_vietnamese(self) -> None:
        """The Vietnamese-name rule: "Le Thi Thu Hang" with no other country is VNM."""
        for person in self.persons:
            if person.country is None and looks_vietnamese(person.name):
                person.country = "VNM"

    def fill_from_offices(self, offices: list[Mention]) -> None:
        """ "the Turkish president" names the country of the one President without one."""
        for office in offices:
            if not office.country or not office.head or office.head in _GENERIC_HEADS:
                continue
            open_ = [
                p
                for p in self.persons
                if p.country is None and office.head.lower() in p.title.lower().split()
            ]
            taken = any(
                p.country == office.country and office.head.lower() in p.title.lower().split()
                for p in self.persons
            )
            if office.country == "VNM":
                open_ = [p for p in open_ if looks_vietnamese(p.name)]
            if len(open_) == 1 and not taken:
                open_[0].country = office.country


_SHORT_POSTS = dict(
    ln.split("\t")
    for ln in (_DATA / "titles_short.tsv").read_text(encoding="utf-8").splitlines()
    if ln.strip() and not ln.startswith("#")
)
_SHORT_RE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(k) for k in sorted(_SHORT_POSTS, key=len, reverse=True))
    + r")(?![\w-])"
)
_RANKS = ("deputy", "vice", "first", "assistant", "under")


@lru_cache(maxsize=4096)
def post_words(title: str) -> tuple[str, ...]:
    """A title's words with short forms spelled out, lower case ("Deputy PM" →
    deputy prime minister)."""
    full = _SHORT_RE.sub(lambda m: _SHORT_POSTS[m.group()], title)
    return tuple(full.lower().replace("-", " ").split())


@lru_cache(maxsize=8192)
def holds_post(title: str, post: str) -> bool:
    """Whether `title` is (a form of) `post`: its words in order, and no rank word before
    them the post lacks (a Deputy Prime Minister is no Prime Minister)."""
    words, wanted = post_words(title), post_words(post)
    n = len(wanted)
    if not n:
        return False
    for i in range(len(words) - n + 1):
        if words[i : i + n] == wanted:
            return not (i > 0 and words[i - 1] in _RANKS)
    return False


def _default_country(place: str | None, frequent: list[str]) -> str | None:
    # Only Vietnamese names are recognised as such, so a Vietnamese default would
    # wrongly make every unplaced foreigner Vietnamese.
    for candidate in (place, *frequent):
        if candidate and candidate != "VNM":
            return candidate
    return None


def _alias_words(name: str) -> list[tuple[str, int]]:
    """Name words a text may use alone, ranked: 0 for the last and first words, 1 for
    middle ones ("Lula"); "al-Sisi" also gives "Sisi"."""
    words = [w for w in name.split() if w.lower() not in PARTICLES]
    ranked: list[tuple[str, int]] = []
    for n, word in enumerate(words):
        rank = 0 if n in (0, len(words) - 1) else 1
        for form in {word, re.sub(r"^(?:al|el|Al|El)-", "", word)}:
            key = fold(form).replace(" ", "")
            if len(key) > 1:
                ranked.append((key, rank))
    return ranked


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
                    person.context = _context_countries(countries, found, mention, person.subject)
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
        found.sort(key=lambda m: m.start)
    _counterpart_countries(registry, mentions, named)
    registry.fill_vietnamese()
    registry.fill_from_offices([m for found in mentions for m in found if m.name is None])
    return People(registry, mentions, tokens, article.countries)


_GENERIC_HEADS = frozenset({"Leader", "Leaders", "Head", "Chief", "PM", "FM"})
_SUBJECT_REACH = 40  # a first mention this close to the sentence start is its subject
_CLUE_REACH = 80  # a country named this close before a person may be theirs


def _countries_by_sentence(
    countries: list[CountryMention], sentences: list[Span]
) -> list[list[CountryMention]]:
    starts = [c.start for c in countries]
    return [countries[bisect_left(starts, s.start) : bisect_left(starts, s.end)] for s in sentences]


def _context_countries(
    countries: list[CountryMention], found: list[Mention], mention: Mention, subject: bool
) -> list[str]:
    """A country the sentence names just before `mention`, outside other mentions, as a
    clue for an object ("a Bahraini delegation headed by X", "to Singapore at the
    invitation of X"); a subject's country is more often the publisher's."""
    near = [
        c.iso3
        for c in countries
        if mention.start - _CLUE_REACH <= c.start < mention.start
        and not any(m.start <= c.start < m.end for m in found)
    ]
    return near[-1:] if near and not subject else []


def _add_mononyms(text: str, registry: Registry, mentions: list[list[Mention]]) -> bool:
    """ "Brazilian President Lula", "Indonesian President Prabowo": a one-word name right
    after a post with a country is a person when no fuller name in the article has it."""
    added = False
    for found in mentions:
        for mention in found:
            if not (mention.short and mention.name and mention.country and mention.head):
                continue
            word = fold(mention.name)
            name_start = mention.end - len(mention.name)
            if not text[mention.start : name_start].rstrip().endswith(mention.head):
                continue  # "General Secretary of the Lao People('s …)": no post before it
            if word and word not in registry.candidates and not registry.by_word(word):
                registry.add(mention)
                mention.short = False
                added = True
    return added


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
        forms.update(re.sub(r"^(?:al|el|Al|El)-", "", w) for w in person.name.split() if "-" in w)
    return {
        f for f in forms if len(f.split()) > 1 or fold(f).replace(" ", "") in registry.candidates
    }


def _name_hits(text: str, forms: set[str]) -> list[tuple[int, int]]:
    """Where the forms stand as whole words, left to right, the longest at each place,
    without overlaps. `str.find` per form: a regex of them would be compiled anew for
    every article, which costs more than the search."""
    found: list[tuple[int, int, int]] = []
    last = len(text) - 1
    for form in forms:
        size = len(form)
        at = text.find(form)
        while at != -1:
            end = at + size
            before = text[at - 1] if at else " "
            after = text[end] if end <= last else " "
            if not (before.isalnum() or before in "_-" or after.isalnum() or after in "_-"):
                found.append((at, -size, end))
            at = text.find(form, at + 1)
    hits: list[tuple[int, int]] = []
    for at, _, end in sorted(found):
        if not hits or at >= hits[-1][1]:
            hits.append((at, end))
    return hits


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
        person = registry._same_person(surface) if " " in surface else registry.by_word(surface)
        if person is None and surface in registry.surfaces:
            person = registry.surfaces[surface]
        if person is not None:
            extra.append(Mention(start, end, person.name, person=person, short=True))
            if surface != person.name:
                person.aliases.add(surface)
        elif len(registry.candidates.get(fold(surface), [])) > 1:
            extra.append(
                Mention(
                    start, end, surface, short=True, candidates=registry.candidates[fold(surface)]
                )
            )
    return extra


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
    return before[0] if registry._same_person(text[before[0] : end]) else -1


def _is_name_word(word: str) -> bool:
    return WORD_KIND.get(word) is None and word_kind(word) == "N" and country_code(word) is None


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
            for iso3 in (c.iso3 for c in countries):
                if iso3 not in others and not person.country:
                    person.country = iso3
                    break
