"""Person mentions in a sentence's classed tokens: title groups, names, countries.

    find_mentions(text, tokens) -> list[Mention]

A *title group* ("Deputy Foreign Minister", "President of Belarus", "his Indian
counterpart", "H.E. Mr") followed by a run of name words is a person mention; a group
with no name after it is an office ("the Turkish president"). The country comes from
the group ("Russian President", "President of Belarus") or from what follows the name
("King Philippe of Belgium", "…, Ambassador of Cuba"). `persons.py` resolves mentions
against the article's `Registry`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from anyascii import anyascii

from ingest.countries import city_country
from ingest.extract.tokens import ELECTED_AS, HEAD_FORM, TITLE_CLASS, Token, is_head

_DATA = Path(__file__).parent.parent / "data"

# Words that turn a preceding "name" into a place or an institution ("Ho Chi Minh City").
_PLACE_AFTER = frozenset(
    ln.strip()
    for ln in (_DATA / "place_words.txt").read_text(encoding="utf-8").splitlines()
    if ln.strip() and not ln.startswith("#")
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
            if mention.name is None and TITLE_CLASS.get(mention.head) == "plural":
                listed, i = _dash_list(text, tokens, i, mention)
                mentions.extend(listed)
    return mentions


_DASHES = frozenset({"-", "–", "—"})


def _dash_list(text: str, tokens: list[Token], k: int, post: Mention) -> tuple[list[Mention], int]:
    """ "the ambassadors - A of Spain, B of Iran, and C of the Philippines": after a plural
    post and a dash, each "Name of Country" item is a person holding that post."""
    if k >= len(tokens) or tokens[k].text not in _DASHES:
        return [], k
    found: list[Mention] = []
    j = k + 1
    while True:
        end = _name_run_end(tokens, j)
        c = end + 1 + (end + 1 < len(tokens) and tokens[end + 1].text == "the")
        if end - j < 2 or c >= len(tokens) or tokens[end].text != "of":
            break
        country = tokens[c].country if tokens[c].kind == "C" else None
        if country is None:
            break
        start, stop = tokens[j].start, tokens[end - 1].end
        title = post.title[:1].upper() + post.title[1:]  # "ambassador" → "Ambassador"
        head = title.rsplit(" ", 1)[-1]
        found.append(Mention(start, stop, text[start:stop], title, head, country.iso3))
        j = c + 1
        while j < len(tokens) and tokens[j].text in (",", "and"):
            j += 1
    return (found, j) if len(found) >= 2 else ([], k)


def _appositive_at(text: str, tokens: list[Token], i: int) -> tuple[Mention | None, int]:
    """ "Sadyr Japarov, President of the Kyrgyz Republic", "Vo Van Thuong, the president":
    a name, then its title."""
    end = _name_run_end(tokens, i)
    if end - i < 2 or end + 1 >= len(tokens):
        return None, i + 1
    elected = _elected_as(text, tokens, end) if tokens[end].text != "," else None
    if tokens[end].text != "," and elected is None:
        return None, i + 1
    first = end + 2 if tokens[end + 1].text == "the" and end + 2 < len(tokens) else end + 1
    first = elected or first
    group_end = _title_group_end(tokens, first)
    group_end = _next_post_at(tokens, first, group_end)
    group = tokens[first:group_end]
    title, head = _title_of(group)
    if not head or head == "counterpart" or TITLE_CLASS.get(head) == "plural":
        return None, i + 1  # "Presiding Officers, senior ministers": a list, no person
    if first > end + 1 and not elected and _noun_follows(text, group[-1].end):
        return None, i + 1  # "Park Ji-hoon, the former head coach of …": no post
    country, demonym = _group_country(group)
    name = text[tokens[i].start : tokens[end - 1].end]
    mention = Mention(
        tokens[i].start, tokens[end - 1].end, name, title, head, country, demonym=demonym
    )
    mention.org = _org_post(group)
    if _name_run_end(tokens, group_end) > group_end:
        if not any(t.text == "of" for t in group):
            return None, i + 1  # "in Rio de Janeiro, Prime Minister X": the post is X's
        mention.end = tokens[group_end - 1].end  # the person named next is inside this one
        return mention, end + 1  # "…, Envoy of President Daniel Ortega": a second person
    return mention, group_end


def _next_post_at(tokens: list[Token], first: int, end: int) -> int:
    """ "A, Minister of Defence of Vietnam and General B, …": in a name's appositive, an
    "and" after the post's country, then only title words and a name, starts the next
    person's post; the appositive ends before it (`end` when there is no such "and")."""
    if _name_run_end(tokens, end) == end:
        return end  # most appositives: no name right after the post
    for j in range(end - 1, first, -1):
        if tokens[j].kind not in "TH":
            if tokens[j].text != "and" or tokens[j - 1].kind != "C" or j == end - 1:
                return end
            return j
    return end


def _noun_follows(text: str, end: int) -> bool:
    """A lower-case word right after a post's words makes them an adjective ("head coach")."""
    return text[end : end + 1] == " " and text[end + 1 : end + 2].islower()


# "congratulations to X on his election as Chairman of …": the post is X's title
_ELECTED_AS = re.compile(ELECTED_AS + "$")


def _elected_as(text: str, tokens: list[Token], k: int) -> int | None:
    """The index after "on his election as" at `tokens[k]` (a connector and a run of plain
    words, or one run; "on his re-election to the post of" takes six), or None."""
    for j in range(k, k + 6):
        if j < len(tokens) and _ELECTED_AS.match(text, tokens[k].start, tokens[j].end):
            return j + 1 if j + 1 < len(tokens) else None
    return None


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
        if token.text in _MARKING:
            if token.text in ("to", "in") and j > i:
                if _to_a_person(tokens, j):
                    break  # "congratulations of leaders of Vietnam to President X": a new post
                _mark_post_city(tokens, j + 1)  # "Ambassador to Cairo", "Consul General in Osaka"
            elif token.text == "of" and j > i and tokens[j - 1].kind == "T":
                _mark_post_city(tokens, j + 1)  # "Party Committee of Hanoi", "Mayor of Seoul"
            if token.text == "the" or token.text == "for":
                _mark_body_name(tokens, j + 1)  # "of the Milli Majlis", "for Indo-Pacific Affairs"
            if token.text == "for":
                _mark_region(tokens, j + 1)  # "Deputy Assistant Secretary for South Asia, X"
            elif token.text == "on" and j > i:
                _mark_topic(tokens, j)  # "Chairman of the Sub-Committee on Asia-Pacific"
        if token.kind == "J":
            if not _joins_titles(tokens, j) or _second_post(tokens, i, j):
                break
            if token.text == "," and all(t.kind == "C" for t in tokens[i:j]):
                break  # "… cooperation with Chile, Prime Minister X said": a new phrase
        else:
            last_good = j + 1
            headed = headed or token.kind in "HK" or token.text in HEAD_FORM
        j += 1
    return last_good if headed else i


# Words of a post after which `_title_group_end` marks words that look like no post's
# as the post's: one set test spares the other words of a post (most) the six tests
_MARKING = frozenset({"to", "in", "of", "the", "for", "on"})


def _to_a_person(tokens: list[Token], j: int) -> bool:
    """ "to" right before a post or honorific ("… to President X", "… to H.E. Y") addresses
    a person; a post's "to" is followed by a place ("Ambassador to Cairo") or "the"."""
    return tokens[j].text == "to" and j + 1 < len(tokens) and tokens[j + 1].kind in "TH"


def _mark_post_city(tokens: list[Token], k: int) -> None:
    """A city right after a post's "to"/"in"/"of" is part of the post, not a name (nor a
    plain word, as a stop-listed "Hanoi" is, that would end the post)."""
    if k >= len(tokens) or tokens[k].kind not in "NO":
        return  # most posts: no name or plain word there, so no city of any size
    for size in (3, 2, 1):
        words = tokens[k : k + size]
        named = len(words) == size and all(t.kind in "NO" for t in words)
        if named and city_country(" ".join(t.text for t in words)):
            for token in words:
                token.kind = "T"
            return


def _mark_body_name(tokens: list[Token], k: int) -> None:
    """One or two unknown words after a post's "the" and before a word of bodies
    ("the Milli Majlis", "the Saeima Committee") name that body: part of the post, also
    after a lower-case word of bodies ("the ruling Amanat Party")."""
    while k < len(tokens) and tokens[k].kind == "T" and tokens[k].text.islower():
        k += 1
    for size in (1, 2):
        if k + size >= len(tokens) or tokens[k + size].kind not in "TG":
            continue
        words = tokens[k : k + size]
        if all(t.kind == "N" for t in words) or _city_words(words) or _acronym(words):
            for token in words:
                token.kind = "T"
            return


def _mark_region(tokens: list[Token], k: int) -> None:
    """A capitalised word (or run of plain words) after a post's "for" and before ", Name"
    is the post's region or portfolio ("Minister for Europe, A B"), not the end of it."""
    if k + 3 >= len(tokens) or tokens[k].kind not in "NO" or not tokens[k].text[:1].isupper():
        return
    if tokens[k + 1].text == "," and _name_run_end(tokens, k + 2) - (k + 2) >= 2:
        tokens[k].kind = "T"


def _spelt(text: str, group: list[Token]) -> list[Token]:
    """A run of plain words read as a post's region ("for South Asia") is one token named
    by its first word: spelt whole for the title."""
    return [
        Token(t.start, t.end, text[t.start : t.end], "T")
        if t.kind == "T" and t.end - t.start != len(t.text)
        else t
        for t in group
    ]


def _acronym(words: list[Token]) -> bool:
    """ "the LPRP Commission for External Relations", "the CPV Central Committee": a party's
    or body's initials before a body's word name that body."""
    word = words[0].text
    plain = len(words) == 1 and words[0].kind == "O"  # not a country's ("the US Senate")
    return plain and 2 <= len(word) <= 6 and word.isalpha() and word.isupper()


def _city_words(words: list[Token]) -> bool:
    """ "the Hanoi People's Committee", "the Da Nang City Party Committee": a city's name
    before a body's word is the body's, not a person's."""
    return words[0].kind in "NO" and bool(city_country(" ".join(t.text for t in words)))


def _mark_topic(tokens: list[Token], j: int) -> None:
    """A capitalised plain word after a body's "on" ("the Sub-Committee on Asia-Pacific")
    is the body's subject: part of the post."""
    if j + 1 >= len(tokens) or tokens[j - 1].kind not in "TG":
        return
    topic = tokens[j + 1]
    if topic.kind == "O" and topic.text[:1].isupper():
        topic.kind = "T"


def _second_post(tokens: list[Token], i: int, j: int) -> bool:
    """ "the Vietnamese top leader and Malaysian Prime Minister X": "and", another
    country's adjective and a title word start a second post, not more of the first."""
    if tokens[j].text != "and" or j + 2 >= len(tokens):
        return False
    nxt = tokens[j + 1]
    if nxt.kind != "C" or nxt.country is None or not nxt.country.is_demonym:
        return False
    iso3 = nxt.country.iso3
    k = j + 2  # past every word of the adjective: "and North Korean leader X"
    while k < len(tokens) and tokens[k].kind == "C" and tokens[k].country is nxt.country:
        k += 1
    if k >= len(tokens) or tokens[k].kind != "T":
        return False
    return any(t.kind == "C" and t.country and t.country.iso3 != iso3 for t in tokens[i:j])


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
    style = 0
    if _royal_name_start(tokens, i, group_end):
        group_end -= 1
        if tokens[group_end].text in _GIVEN_NAME_ROYALS:
            tokens[group_end].kind = "N"  # "Minister Sultan Al Jaber": "Sultan" is his name
        else:
            style = 1  # "Foreign Minister Prince Faisal bin Farhan": a style, not the name
    group = tokens[i:group_end]
    k = group_end + style
    styled = k < len(tokens) - 2 and tokens[k].text == "," and _styled_the(tokens, k + 1)
    if styled or k < len(tokens) - 1 and tokens[k].text == "," and tokens[k + 1].kind in "NH":
        k += 2 if styled else 1  # "the President of São Tomé and Príncipe, Carlos Vila Nova",
        # "Minister of State, the Rt. Hon X"
        while k < len(tokens) - 1 and tokens[k].kind == "H":
            k += 1  # "the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani"
    if k > i and _family_name_he(tokens, k):
        tokens[k].kind = "N"
    name_end = _name_run_end(tokens, k)
    title, head = _title_of(_spelt(text, group))
    country, demonym = _group_country(group)
    counterpart = country is None and any(t.kind == "K" for t in group)
    if name_end == k or _is_place(tokens, name_end):
        if not head:
            return None, group_end
        return Mention(
            group[0].start, group[-1].end, None, title, head, country, counterpart, demonym=demonym
        ), group_end
    name_tokens = tokens[k:name_end]
    if name_end - k == 1 and _style_in_name(tokens, k):
        name_tokens.insert(0, tokens[k - 1])  # "Sultan Ibrahim", "Sheikh Hasina"
    name = text[name_tokens[0].start : name_tokens[-1].end]
    if name_end - k == 1 and _given_after_comma(tokens, name_end):
        name_tokens.append(tokens[name_end + 1])  # "Minister Kang, Kyung-wha"
        name, name_end = f"{name} {name_tokens[-1].text}", name_end + 2
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
    mention.short = len(name_tokens) == 1 and head not in _ROYAL_HEADS and not style
    mention.org = _org_post(group)
    after = _read_after_name(tokens, name_end, mention)
    if not mention.head and not mention.short and not _post_before(tokens, i):
        mention.short = True  # "Dr. John Smith" with no post: only a known person's other name
    return mention, after


def _style_in_name(tokens: list[Token], k: int) -> bool:
    """ "His Majesty Sultan Ibrahim", "Prime Minister Sheikh Hasina": a style right before
    a one-word name is how the person is named, part of the name."""
    if k == 0 or tokens[k - 1].text not in _NAME_STYLES:
        return False
    return tokens[k - 1].end + 1 == tokens[k].start and (
        k + 1 >= len(tokens) or tokens[k + 1].kind != "N"
    )


_NAME_STYLES = frozenset({"Sultan", "Sheikh", "Sheikha"})


# A hyphenated given name of two syllables ("Kyung-wha", "Eui-yong"), not a compound
# ("Hanoi-based"): official lists write "Family, Given"
_HYPHENATED_GIVEN = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{2,4}")


def _family_name_he(tokens: list[Token], k: int) -> bool:
    """ "Chinese Ambassador He Wei", "Vice Premier He Lifeng": right after a post, a
    capitalised "He" before a one-word given name is the family name, not the pronoun."""
    if k + 1 >= len(tokens) or tokens[k].text != "He" or tokens[k + 1].kind != "N":
        return False
    return k + 2 >= len(tokens) or tokens[k + 2].kind != "N"


def _given_after_comma(tokens: list[Token], j: int) -> bool:
    """ "Kang, Kyung-wha": a family name, a comma and a hyphenated given name that ends
    the name."""
    if j + 1 >= len(tokens) or tokens[j].text != "," or tokens[j + 1].kind != "N":
        return False
    ends = j + 2 >= len(tokens) or tokens[j + 2].kind != "N"
    return ends and bool(_HYPHENATED_GIVEN.fullmatch(tokens[j + 1].text))


def _styled_the(tokens: list[Token], k: int) -> bool:
    """ "the" before a style of address ("the Rt. Hon", "the Honourable") and a name."""
    return tokens[k].text == "the" and tokens[k + 1].kind == "H"


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


_ROYAL_HEADS = frozenset(w for w, c in TITLE_CLASS.items() if c == "royal")
# Royal words that are also given names ("Sultan Al Jaber", "Amir Hatami")
_GIVEN_NAME_ROYALS = frozenset({"Sultan", "Amir", "Emir"})


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
    words = _title_words(group[first : last + 1])
    if not head and counterpart:
        head = "counterpart"
    if TITLE_CLASS.get(head) == "plural" and words and words[-1].endswith("s"):
        words[-1] = words[-1][:-1]  # "Foreign Ministers A and B": each a Foreign Minister
    title = " ".join(words)
    if " ," in title or " '" in title or " ’" in title:  # most titles have none
        title = title.replace(" ,", ",").replace(" 's", "'s").replace(" ’s", "’s")
    return title, head


def _title_words(span: list[Token]) -> list[str]:
    """The title's words without honorifics, standing and countries, and without the
    "of" a country's name leaves behind: "Communist Party of Vietnam Central Committee" →
    "Communist Party Central Committee", "Chairman of Vietnam's National Assembly" →
    "Chairman of the National Assembly" (a demonym goes alone: "of the Lao Party")."""
    words: list[str] = []
    after_country = after_of = False
    for t in span:
        if t.kind == "C":
            if not after_country and not (t.country and t.country.is_demonym):
                if words[-2:] == ["of", "the"]:
                    words.pop()
                after_of = bool(words) and words[-1] == "of"
                if after_of:
                    words.pop()
            after_country = True
        elif after_country and t.text in ("'s", "’s"):
            words += ["of", "the"] if after_of else []
            after_country = after_of = False
        elif t.kind != "H" and not _status(t.text):
            words.append(t.text)
            after_country = after_of = False
    return words


@lru_cache(maxsize=4096)
def _status(word: str) -> bool:
    """ "outgoing", "former", "newly-appointed": the person's standing, not the title."""
    return TITLE_CLASS.get(word, TITLE_CLASS.get(word.capitalize())) == "status"


def _org_post(group: list[Token]) -> bool:
    """Whether the post is an international organisation's (`_heads_post`)."""
    for n, token in enumerate(group):  # noqa: SIM110 (a loop: cheaper than any())
        if token.kind == "G" and _heads_post(group, n):
            return True
    return False


def _heads_post(group: list[Token], n: int) -> bool:
    """Whether the organisation at `group[n]` heads the post ("ASEAN Secretary-General",
    "Secretary-General of ASEAN", "UN Special Envoy"), rather than being a word of
    another body's name ("the National ASEAN 2020 Committee", "the Vietnam–ASEAN Business
    Council", "the UN Security Council") or the host of "Ambassador to the UN"."""
    a, b = n, n + 1
    while a > 0 and group[a - 1].kind == "G":
        a -= 1
    while b < len(group) and group[b].kind == "G":
        b += 1
    k = a - 2 if a > 1 and group[a - 1].text == "the" else a - 1
    before = group[k] if k >= 0 else None
    if before is not None and (
        before.text == "to"
        or before.kind == "C"
        or before.text in _DASHES
        or TITLE_CLASS.get(before.text) == "org"
    ):
        return False
    return b == len(group) or TITLE_CLASS.get(group[b].text) != "org"


def _group_country(group: list[Token]) -> tuple[str | None, bool]:
    """The country a title names, skipping "Ambassador to X" (X is the host); none for an
    international organisation's post ("President of the European Council")."""
    for n, token in enumerate(group):
        if token.kind == "G" and _heads_post(group, n):
            return None, False
        if token.kind == "C" and token.country is not None:
            if n > 0 and group[n - 1].text == "to":
                continue
            if n > 0 and group[n - 1].kind == "C" and group[n - 1].country is token.country:
                continue
            return token.country.iso3, token.country.is_demonym
    return None, False


_POST_NOMINALS = frozenset({"MP"})  # letters after a name, before its post


# "Vũ Văn Dũng, Ambassador of Viet Nam", "Ms. Dong Bich Du - Consul General of China"
_APPOSITIVE_MARKS = frozenset({",", "-", "–", "—"})


def _read_after_name(tokens: list[Token], j: int, mention: Mention) -> int:
    """ "King Philippe of Belgium", "Vũ Văn Dũng, Ambassador of Viet Nam"; returns where
    the mention ends."""
    if j < len(tokens) and tokens[j].text in _POST_NOMINALS:
        j += 1  # "the Honourable X MP, Prime Minister of Australia"
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
    if j + 1 < len(tokens) and tokens[j].text in _APPOSITIVE_MARKS:
        first = j + 1
        if not mention.head and tokens[first].text == "the" and first + 1 < len(tokens):
            first += 1  # "H.E. X, the newly appointed Ambassador of …": only a style before
        end = _next_post_at(tokens, first, _title_group_end(tokens, first))
        if end > first and _name_run_end(tokens, end) == end:
            title, head = _title_of(tokens[first:end])
            country, _ = _group_country(tokens[first:end])
            mention.org = mention.org or _org_post(tokens[first:end])
            if not mention.head or mention.head == "counterpart" and not mention.country:
                mention.title, mention.head = title, head
            mention.country = mention.country or country
            return end
    return j
