"""The persons of one article (`Registry`): merged spellings, aliases, lookups by name
word or office, countries filled in from the article, and the name-shape rules."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from anyascii import anyascii

from ingest.extract.person_mentions import Mention, Person, fold
from ingest.extract.tokens import PARTICLES, REGNAL_NUMBERS

_DATA = Path(__file__).parent.parent / "data"
_VN_SURNAMES = frozenset(
    ln.strip()
    for ln in (_DATA / "vietnamese_surnames.txt").read_text(encoding="utf-8").splitlines()
    if ln.strip() and not ln.startswith("#")
)
_VN_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|tr|th|ph|kh|gh|gi|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?"
)
_CN_SURNAMES = frozenset(
    ln.strip()
    for ln in (_DATA / "chinese_surnames.txt").read_text(encoding="utf-8").splitlines()
    if ln.strip() and not ln.startswith("#")
)
# A Hanyu Pinyin syllable: it ends in a vowel, n, ng or r, never in Vietnamese c, ch, m,
# nh, p or t ("Jinping" is jin-ping; "Minh", "Lam" and "Hung" are no pinyin).
_PINYIN_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu"
    r"|ua|uo|ui|ue|er|[aoeiuv])"
)
_PINYIN_GIVEN = re.compile(f"(?:{_PINYIN_SYLLABLE}){{1,2}}")
_GENERIC_HEADS = frozenset({"Leader", "Leaders", "Head", "Chief", "PM", "FM"})


# ── the name-shape rules ───────────────────────────────────────────────────────────


def _post_word_cut(name: str, country: str | None) -> str:
    """ "…Central Commitee To Lam": a Vietnamese post's last words (one or two), misspelt
    or unknown, read as name words; the name starts at the family name after them."""
    if country != "VNM" or name.count(" ") < 2 or looks_vietnamese(name):
        return name
    words = name.split(" ")
    for cut in (1, 2):
        rest = " ".join(words[cut:])
        if len(words) - cut >= 2 and looks_vietnamese(rest):
            return rest
    return name


def looks_vietnamese(name: str) -> bool:
    """A Vietnamese family name followed by Vietnamese syllables only ("Le Thi Thu Hang")."""
    words = anyascii(name).lower().replace("-", " ").split()
    if not 2 <= len(words) <= 5 or words[0] not in _VN_SURNAMES:
        return False
    return all(_VN_SYLLABLE.fullmatch(w) for w in words)


def looks_chinese(name: str) -> bool:
    """A Chinese family name and a one-word pinyin given name ("Xi Jinping", "Wang Yi").
    Korean ("Kang Kyung-wha") and Taiwanese ("Lai Ching-te") given names are hyphenated."""
    words = anyascii(name).lower().split()
    return len(words) == 2 and words[0] in _CN_SURNAMES and bool(_PINYIN_GIVEN.fullmatch(words[1]))


def name_country(name: str) -> str | None:
    """The country a name's shape tells, when the text tells none: Vietnamese names
    (`looks_vietnamese`) are VNM, pinyin names (`looks_chinese`) CHN."""
    if looks_vietnamese(name):
        return "VNM"
    return "CHN" if looks_chinese(name) else None


def impossible_name_word(country: str, at: int, word: str) -> bool | None:
    """Whether a folded lower-case `word` at place `at` of a name of `country` can be in
    no such name: a Vietnamese name opens with a family name and goes on in Vietnamese
    syllables ("ngunyen", "hoaid" cannot), a Chinese one is a family name and a pinyin
    given name. None where the country's names are not known this way."""
    if country == "VNM":
        return word not in _VN_SURNAMES if at == 0 else not _VN_SYLLABLE.fullmatch(word)
    if country == "CHN":
        return word not in _CN_SURNAMES if at == 0 else not _PINYIN_GIVEN.fullmatch(word)
    return None


def _abbreviates(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


def _other_middle(a: list[str], b: list[str]) -> bool:
    """Two names of three words or more with a middle word that is no short form of the
    other's: two persons of one family name ("Tran Dai Quang", "Tran Luu Quang")."""
    if len(a) < 3 or len(a) != len(b):
        return False
    return any(not _abbreviates(x, y) for x, y in zip(a[1:-1], b[1:-1], strict=True))


_NUMBERS = frozenset(number.lower() for number in REGNAL_NUMBERS)


def _without_number(words: list[str]) -> list[str]:
    """Folded name words without a final regnal number ("charles iii" → "charles")."""
    return words[:-1] if len(words) > 1 and words[-1] in _NUMBERS else words


# ── the article's registry of persons ───────────────────────────────────────────────


class Registry:
    """The persons of one article: merged mentions, aliases and coreference lookups."""

    def __init__(self) -> None:
        self.persons: list[Person] = []
        self._keys: list[list[str]] = []  # each person's folded name words, as `persons`
        self.surfaces: dict[str, Person] = {}  # full spellings seen → person
        self._by_word: dict[str, Person | None] = {}  # one name word → person (None: ambiguous)
        self.candidates: dict[str, list[Person]] = {}  # one name word → everyone it may be
        self.home: str | None = None  # the publisher's country, once `fill_countries` ran
        # name key → countries a person is not of (a country they visit, `_visitors`)
        self.not_of: dict[str, set[str]] = {}
        self.past: set[str] = set()  # name keys of persons named in a past time
        # name keys of persons who met "his Vietnamese counterpart": of another country
        self.opposite: set[str] = set()

    def add(self, mention: Mention) -> Person:
        """The person a full mention names, merged with earlier spellings of the same name."""
        assert mention.name is not None
        if "  " in mention.name:  # a blanked nickname: "Ferdinand            Marcos Jr."
            mention.name = " ".join(mention.name.split())
        mention.name = _post_word_cut(mention.name, mention.country)
        person = self.same_person(mention.name)
        if person is None:
            person = Person(mention.name, mention.country, mention.title, first=mention.start)
            self.persons.append(person)
            self._keys.append(person.key.split())
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

    def same_person(self, name: str) -> Person | None:
        """The person `name` spells (the same words, the same with or without a monarch's
        number: "Charles III", or the same last word and a first word that abbreviates
        the other's: "A. Rudenko"), or None."""
        words = fold(name).split()
        for person, other in zip(self.persons, self._keys, strict=True):
            if other == words or _without_number(other) == _without_number(words):
                return person
            same_last = len(words) > 1 and len(other) > 1 and other[-1] == words[-1]
            if same_last and _abbreviates(other[0], words[0]) and not _other_middle(other, words):
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
        # A page on other countries' affairs (its own never named) places nobody in it
        if frequent and home not in frequent:
            home = None
        holders = _sole_post_holders(self.persons)
        for person in self.persons:
            if person.country is not None or person.org:
                continue
            # … but its own leader, met by "his Vietnamese counterpart", is still its own
            own = self.home if person.key in self.opposite else home
            not_of = self.not_of.get(person.key, set())
            if person.key not in self.past:
                not_of = not_of | _holders_besides(holders, person)
            others = [iso3 for iso3 in frequent if iso3 not in not_of]
            if not_of and len(others) == 1:
                person.country = others[0]  # a visitor or second holder: the one other country
            else:
                person.country = next(
                    (c for c in _defaults(person, own, place, frequent) if c not in not_of), None
                )
            person.weak = True
            if person.country and person.key not in self.past:
                _add_holder(holders, person)  # "Foreign ministers A and B": B is not A's

    def fill_from_names(self) -> None:
        """The name-shape rule (`name_country`): "Le Thi Thu Hang" with no other country is
        VNM, "Xi Jinping" CHN, unless the post is an international organisation's ("ASEAN
        Secretary General X")."""
        for person in self.persons:
            if person.country is None and not person.org:
                person.country = name_country(person.name)
                # Pinyin is also written outside China (Singapore, overseas Chinese): a
                # default a meeting's other side may overrule (`meetings._separate`).
                person.weak = person.country == "CHN"

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


# Posts one person holds in a country at a time: a second "Prime Minister X" in an
# article whose Prime Minister of Australia is named is another country's
_SOLE_POSTS = frozenset(
    post_words(ln.strip())
    for ln in (_DATA / "sole_posts.txt").read_text(encoding="utf-8").splitlines()
    if ln.strip() and not ln.startswith("#")
)


def sole_post(title: str) -> bool:
    """Whether `title` is a post one person holds in a country at a time."""
    return bool(title) and post_words(title) in _SOLE_POSTS


def _sole_post_holders(persons: list[Person]) -> dict[tuple[str, ...], list[Person]]:
    """Each sole post (`_SOLE_POSTS`) → its holders whose country the text names."""
    holders: dict[tuple[str, ...], list[Person]] = {}
    for person in persons:
        if person.country:
            _add_holder(holders, person)
    return holders


def _add_holder(holders: dict[tuple[str, ...], list[Person]], person: Person) -> None:
    """Count `person` as a holder of their post, if it is a sole post."""
    post = post_words(person.title) if person.title else ()
    if post in _SOLE_POSTS:
        holders.setdefault(post, []).append(person)


def _holders_besides(holders: dict[tuple[str, ...], list[Person]], person: Person) -> set[str]:
    """The countries of other holders of `person`'s sole post; a holder sharing a name
    word is the same person spelt otherwise ("Lula da Silva", "Luiz Inácio Lula da Silva")."""
    words = set(person.key.split())
    return {
        other.country or ""
        for other in holders.get(post_words(person.title), [])
        if not words & set(other.key.split())
    }


def _defaults(
    person: Person, home: str | None, place: str | None, frequent: list[str]
) -> list[str]:
    """The countries a person the text does not place may be of, best first: the
    publisher's (for a sentence's subject) and a single country named just before them,
    then the dateline's and the most named. Never VNM: only Vietnamese names are
    recognised as such (`fill_from_names`), so a Vietnamese default would make every
    unplaced foreigner in a Vietnamese page one."""
    if home and _OWN_PARTY.search(person.title):
        return [home]  # "Secretary of the Party Central Committee X": the publisher's party
    clue = person.context[0] if len(person.context) == 1 else None
    first, second = (home, clue) if person.subject else (clue, home)
    return [c for c in (first, second, place, *frequent) if c and c != "VNM"]


# A party post that names no party ("the Party Central Committee", "Politburo member"):
# in a party-state's press, the party of the publisher's country
_OWN_PARTY = re.compile(r"\b(?:the Party Central Committee|Politburo)\b")


_AL = re.compile(r"^(?:al|el|Al|El)-")


def without_article(word: str) -> str:
    """A name word without its Arabic article: "al-Sisi" → "Sisi" (others unchanged)."""
    return _AL.sub("", word) if "-" in word else word


def _alias_words(name: str) -> list[tuple[str, int]]:
    """Name words a text may use alone, ranked: 0 for the last and first words, 1 for
    middle ones ("Lula"); "al-Sisi" also gives "Sisi"."""
    words = [w for w in name.split() if w.lower() not in PARTICLES]
    ranked: list[tuple[str, int]] = []
    for n, word in enumerate(words):
        rank = 0 if n in (0, len(words) - 1) else 1
        for form in {word, without_article(word)} if "-" in word else (word,):
            key = fold(form).replace(" ", "")
            if len(key) > 1:
                ranked.append((key, rank))
    return ranked
