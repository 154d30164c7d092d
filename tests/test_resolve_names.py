"""Person name folding and clustering (graph.names): who is the same person, who is not."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from functools import partial
from itertools import combinations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.names import (
    _may_vary,
    abbreviates,
    cluster,
    fold,
    lone_name_word,
    name_key,
    variant_of,
)
from ingest.extract.person_registry import impossible_name_word


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Tô Lâm", "to lam"),
        ("To Lam", "to lam"),
        ("A. Rudenko", "a rudenko"),
        ("Kassym-Jomart Tokayev", "kassym jomart tokayev"),
        ("President Luong Cuong", "luong cuong"),
        ("Minister Son", "son"),
        ("President", "president"),
        ("Nguyễn Minh Vũ", "nguyen minh vu"),
        ("—", "—"),
    ],
)
def test_resolve_names_key(name: str, key: str):
    assert name_key(name) == key


def test_resolve_names_fold_drops_punctuation():
    assert fold("  O'Neill,  Jr. ") == "o neill jr"


@pytest.mark.parametrize(
    ("short", "full", "expected"),
    [
        ("a rudenko", "andrey rudenko", True),
        ("a v rudenko", "andrey v rudenko", True),
        ("b rudenko", "andrey rudenko", False),
        ("nguyen minh vu", "nguyen manh vu", False),
        ("rudenko", "andrey rudenko", False),
        ("andrey rudenko", "andrey rudenko", False),
    ],
)
def test_resolve_names_abbreviates(short: str, full: str, expected: bool):
    assert abbreviates(short, full) is expected


def test_resolve_names_initial_joins_the_only_full_name():
    got = cluster(["a rudenko", "andrey rudenko", "sergei lavrov"], [])
    assert got == {
        "a rudenko": "andrey rudenko",
        "andrey rudenko": "andrey rudenko",
        "sergei lavrov": "sergei lavrov",
    }


def test_resolve_names_ambiguous_initial_stays_alone():
    got = cluster(["a rudenko", "andrey rudenko", "alexander rudenko"], [])
    assert len(set(got.values())) == 3


def test_resolve_names_initial_of_alias_linked_spellings_joins_them():
    got = cluster(["i aliyev", "ilham aliyev", "inham aliyev"], [("ilham aliyev", "inham aliyev")])
    assert len(set(got.values())) == 1


@pytest.mark.parametrize(
    "pair",
    [
        ("nguyen minh vu", "nguyen manh vu"),  # same family and given name, middle differs
        ("nguyen minh vu", "le minh vu"),  # same given name
        ("nguyen minh vu", "nguyen minh"),  # one is a prefix of the other
        ("andrey rudenko", "alexander rudenko"),  # same surname
        ("maria ivanova", "marina ivanova"),  # close spellings of different names
    ],
)
def test_resolve_names_different_people_never_merge(pair: tuple[str, str]):
    assert len(set(cluster(pair, []).values())) == 2


def test_resolve_names_one_word_alias_links_nothing():
    got = cluster(["bui thanh son", "nguyen van son", "son"], [("bui thanh son", "son")])
    assert len(set(got.values())) == 3


def test_resolve_names_cluster_ignores_order():
    keys = ["a rudenko", "andrey rudenko", "ilham aliyev", "inham aliyev", "i aliyev"]
    links = [("inham aliyev", "ilham aliyev")]
    assert cluster(keys, links) == cluster(list(reversed(keys)), list(reversed(links)))


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("joe biden", "joseph biden", True),  # a nickname of the given name
        ("bill clinton", "william j clinton", True),  # … and a middle initial left out
        ("donald j trump", "donald trump", True),
        ("joseph r biden", "joseph biden", True),
        ("george h w bush", "george w bush", False),  # two different middle initials
        ("joe biden", "joe bidden", False),  # the last word differs
        ("joe biden", "jill biden", False),  # not a nickname of each other
        ("nguyen minh vu", "nguyen manh vu", False),
        ("joe biden", "joe biden", False),
        ("biden", "joe biden", False),
    ],
)
def test_resolve_names_variant_of(a: str, b: str, expected: bool):
    assert variant_of(a, b) is expected
    assert variant_of(b, a) is expected


def test_resolve_names_nickname_and_initial_spellings_are_one_person():
    got = cluster(["joe biden", "joseph biden", "joseph r biden", "jill biden"], [])
    assert got["joe biden"] == got["joseph biden"] == got["joseph r biden"] == "joseph r biden"
    assert got["jill biden"] == "jill biden"


def test_resolve_names_a_name_between_two_people_joins_neither():
    got = cluster(["george bush", "george h w bush", "george w bush"], [])
    assert len(set(got.values())) == 3


def test_resolve_names_variants_ignore_order():
    keys = [
        "joe biden",
        "joseph r biden",
        "joseph biden",
        "george bush",
        "george w bush",
        "donald trump",
        "donald j trump",
        "donald john trump",
        "nguyen van an",
    ]
    expected = cluster(keys, [])
    assert cluster(list(reversed(keys)), []) == expected
    assert cluster(sorted(keys, key=len), []) == expected
    assert len(set(expected.values())) == 4


def test_resolve_names_same_words_in_another_order_are_one_person():
    got = cluster(["kishida fumio", "fumio kishida", "fumio tanaka"], [])
    assert got["kishida fumio"] == got["fumio kishida"]
    assert got["fumio tanaka"] == "fumio tanaka"


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("joao lourenco", "joao manuel goncalves lourenco", True),  # middle names left out
        ("tayyip erdogan", "recep tayyip erdogan", True),  # the first given name left out
        ("abdel fattah el sisi", "abdel fattah al sisi", True),  # the article spelt apart
        ("hamad al thani", "tamim bin hamad al thani", False),  # the father's name
        ("joao lourenco", "joao manuel goncalves", False),  # the last word differs
        ("maria lourenco", "joao manuel lourenco", False),  # a word the longer lacks
    ],
)
def test_resolve_names_variant_of_with_words_left_out(a: str, b: str, expected: bool):
    assert variant_of(a, b, drop_words=True) is expected
    assert variant_of(b, a, drop_words=True) is expected


def test_resolve_names_words_are_left_out_only_where_given_names_come_first():
    # "nguyen dung" and "nguyen tan dung" are two full Vietnamese names.
    assert variant_of("nguyen dung", "nguyen tan dung") is False
    assert variant_of("nguyen dung", "nguyen tan dung", drop_words=True) is True


def test_resolve_names_a_shorter_name_of_two_people_joins_neither():
    keys = ["maria silva", "maria jose silva", "maria clara silva"]
    assert len(set(cluster(keys, [], drop_words=True).values())) == 3


def test_resolve_names_index_drops_words_by_the_country_naming_order():
    from graph.identity import NameIndex
    from ingest.types import ArticleFacts, Person

    def article(name: str, country: str) -> ArticleFacts:
        return ArticleFacts(article="a.txt", persons=[Person(name=name, country=country)])

    index = NameIndex()
    for name, country in [
        ("João Lourenço", "AGO"),
        ("João Manuel Gonçalves Lourenço", "AGO"),
        ("Nguyen Dung", "VNM"),
        ("Nguyen Tan Dung", "VNM"),
    ]:
        index.recluster(index.count(article(name, country), +1))
    assert index.canonical("AGO", "joao lourenco") == "joao manuel goncalves lourenco"
    assert index.canonical("VNM", "nguyen dung") == "nguyen dung"


# The clustering compares a key only with keys that share a given-name token (and an
# abbreviation only with full keys of its initials); a brute-force pairwise reading of the
# same rules must find the same clusters.
_WORDS = ["william", "bill", "robert", "bob", "al", "el", "ali", "bin", "j", "r", "joe", "i"]


def _brute_force(keys: list[str], drop_words: bool) -> list[set[str]]:
    parent = {k: k for k in keys}

    def find(k: str) -> str:
        while parent[k] != k:
            k = parent[k]
        return k

    def variants(group: list[str]) -> bool:
        return all(variant_of(a, b, drop_words) for a, b in combinations(group, 2))

    for a, b in combinations(keys, 2):
        if len(a.split()) > 1 and sorted(a.split()) == sorted(b.split()):
            parent[find(a)] = find(b)
        if " " in a and " " in b and a.replace(" ", "") == b.replace(" ", ""):
            parent[find(a)] = find(b)
    varying = [k for k in keys if _may_vary(k, drop_words)]  # the rest are never compared
    linked = {k: {o for o in varying if variant_of(k, o, drop_words)} for k in varying}
    seen: set[str] = set()
    for k in varying:  # connected groups under variant_of whose members are all variants
        if k in seen:
            continue
        group, frontier = {k}, [k]
        while frontier:
            for o in linked[frontier.pop()] - group:
                group.add(o)
                frontier.append(o)
        seen |= group
        ordered = sorted(group)
        if len(ordered) > 1 and all(
            variant_of(a, b, drop_words) or find(a) == find(b) for a, b in combinations(ordered, 2)
        ):
            for o in ordered[1:]:
                parent[find(o)] = find(ordered[0])
    for short in keys:
        if any(len(w) == 1 for w in short.split()[:-1]):
            full = [f for f in keys if not any(len(w) == 1 for w in f.split()[:-1])]
            fits = [f for f in full if abbreviates(short, f)]
            if fits and len({find(f) for f in fits}) == 1:
                parent[find(short)] = find(fits[0])
    clusters: dict[str, set[str]] = {}
    for k in keys:
        clusters.setdefault(find(k), set()).add(k)
    return sorted(clusters.values(), key=sorted)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from(_WORDS), min_size=1, max_size=3).map(
            lambda ws: " ".join([*ws, "smith"])
        ),
        min_size=1,
        max_size=9,
        unique=True,
    ),
    st.booleans(),
)
def test_resolve_names_indexed_clustering_matches_pairwise_reading(
    keys: list[str], drop_words: bool
):
    result = cluster(keys, [], drop_words)
    found: dict[str, set[str]] = {}
    for key, canonical in result.items():
        found.setdefault(canonical, set()).add(key)
    assert sorted(found.values(), key=sorted) == _brute_force(keys, drop_words)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("inham aliyev", "ilham aliyev"),  # a letter changed
        ("kassym jomart tokayev", "kassym jomarrt tokayev"),  # a letter added
        ("vladimir ptuin", "vladimir putin"),  # two letters swapped
    ],
)
def test_resolve_names_a_slip_of_the_pen_is_one_person(a: str, b: str):
    canon = cluster([a, b], [], drop_words=True)
    assert canon[a] == canon[b]


@pytest.mark.parametrize(
    ("a", "b", "drop_words"),
    [
        ("andrea meyer", "andreas meyer", True),  # another name: the last letter differs
        ("christian muller", "christina muller", True),
        ("marek nowak", "darek nowak", True),  # the first letter differs
        ("paolo rossi", "paula rossi", True),  # two letters apart
        ("boris kanev", "boris kaner", True),
        ("nguyen van thanh", "nguyen van thinh", False),  # family name first: never
        ("jones smith", "jonas smith", False),
    ],
)
def test_resolve_names_different_names_are_no_slip(a: str, b: str, drop_words: bool):
    canon = cluster([a, b], [], drop_words=drop_words)
    assert canon[a] != canon[b]


def test_resolve_names_a_slip_between_two_names_joins_neither():
    canon = cluster(["ilham aliyev", "ilgam aliyev", "ilhem aliyev"], [], drop_words=True)
    assert len(set(canon.values())) == 3


def test_resolve_names_the_spelling_more_articles_use_names_the_person():
    rare_first = cluster(Counter({"ilhaam aliyev": 1, "ilham aliyev": 4}), [], drop_words=True)
    rare_last = cluster(Counter({"ilhaam aliyev": 4, "ilham aliyev": 1}), [], drop_words=True)
    assert set(rare_first.values()) == {"ilham aliyev"}
    assert set(rare_last.values()) == {"ilhaam aliyev"}


VIETNAMESE = partial(impossible_name_word, "VNM")


@pytest.mark.parametrize(
    ("slip", "name"),
    [
        ("ngunyen phu trong", "nguyen phu trong"),  # no family name
        ("le hoaid trung", "le hoai trung"),  # no Vietnamese syllable ends in "d"
    ],
)
def test_resolve_names_a_word_no_name_can_hold_is_a_slip(slip: str, name: str):
    canon = cluster(Counter({name: 5, slip: 3}), [], drop_words=False, impossible=VIETNAMESE)
    assert canon[slip] == canon[name] == name


@pytest.mark.parametrize(
    ("keys", "impossible"),
    [
        (["nguyen van thanh", "nguyen van thinh"], VIETNAMESE),  # both can be names: two
        (["tran van an", "tren van an"], None),  # names not known (another country)
        (["lee van an", "le van an"], VIETNAMESE),  # three letters: too short to tell
        (["phan van an", "pham van an", "phat van an"], VIETNAMESE),  # two twins: neither
    ],
)
def test_resolve_names_slips_need_one_possible_twin(
    keys: list[str], impossible: Callable[[int, str], bool | None] | None
):
    canon = cluster(keys, [], drop_words=False, impossible=impossible)
    assert len(set(canon.values())) == len(keys)


def test_resolve_names_a_space_lost_or_added_is_one_person():
    canon = cluster(["nguyen phutrong", "nguyen phu trong", "kim jongun", "kim jong un"], [])
    assert canon["nguyen phutrong"] == canon["nguyen phu trong"] == "nguyen phu trong"
    assert canon["kim jongun"] == canon["kim jong un"] == "kim jong un"
    assert cluster(["phutrong", "phu trong"], [])["phutrong"] == "phutrong"  # one word: no


def test_resolve_names_a_mononym_names_the_one_person_with_that_family_name():
    canon = cluster(["biden", "joe biden", "joseph r biden"], [], drop_words=True)
    assert canon["biden"] == "joseph r biden"


@pytest.mark.parametrize(
    ("keys", "drop_words"),
    [
        (["marcos", "ferdinand marcos", "ferdinand marcos jr"], True),  # father and son
        (["andrew", "andrew mitchell"], True),  # a given name: another person
        (["xi", "xi jinping"], False),  # family names first, no lone word given: either
        (["vu", "nguyen minh vu"], False),
    ],
)
def test_resolve_names_a_mononym_of_no_single_person_stays_alone(keys: list[str], drop_words: bool):
    assert cluster(keys, [], drop_words=drop_words)[keys[0]] == keys[0]


@pytest.mark.parametrize(
    ("keys", "lone_word", "joined"),
    [
        (["trong", "nguyen phu trong", "tran van thanh"], -1, "nguyen phu trong"),  # given name
        (["xi", "xi jinping", "wang yi"], 0, "xi jinping"),  # family name
        (["dung", "nguyen tan dung", "dinh tien dung"], -1, "dung"),  # two Dungs: neither
        (["nguyen", "nguyen phu trong"], -1, "nguyen"),  # a Vietnamese family name alone
        (["jinping", "xi jinping"], 0, "jinping"),  # a Chinese given name alone
    ],
)
def test_resolve_names_a_lone_word_where_the_family_name_comes_first(
    keys: list[str], lone_word: int, joined: str
):
    assert cluster(keys, [], drop_words=False, lone_word=lone_word)[keys[0]] == joined


def test_resolve_names_lone_words_by_country():
    assert lone_name_word()["VNM"] == -1
    assert lone_name_word()["CHN"] == 0
    assert "JPN" not in lone_name_word()  # English writes Japanese names either way


def test_resolve_names_a_key_without_letters_holds_no_space():
    # "\x85" is a space to str.split: such a key would read as two words
    assert name_key("{\x85𧫀") == "{𧫀"
    assert name_key("— —") == "——"


def test_resolve_names_a_patronymic_name_leaves_out_the_family_name():
    keys = ["tamim bin hamad", "tamim bin hamad al thani", "hamad bin khalifa al thani"]
    canon = cluster(keys, [], drop_words=True)
    assert canon["tamim bin hamad"] == "tamim bin hamad al thani"
    assert canon["hamad bin khalifa al thani"] == "hamad bin khalifa al thani"  # his father


@pytest.mark.parametrize(
    "keys",
    [
        ["abdullah bin zayed", "abdullah bin zayed al nahyan", "abdullah bin zayed al thani"],
        ["anna maria", "anna maria al rossi"],  # no patronymic: no name by father
    ],
)
def test_resolve_names_a_patronymic_name_of_two_families_joins_neither(keys: list[str]):
    assert cluster(keys, [], drop_words=True)[keys[0]] == keys[0]
