"""Persons: titled names, their countries, aliases and in-article coreference."""

from __future__ import annotations

import pytest
from person_facts import persons_of

from ingest.extract.persons import looks_vietnamese, read_persons
from ingest.extract.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "name", "country", "title"),
    [
        (
            "Deputy Foreign Minister Le Thi Thu Hang met him.",
            "Le Thi Thu Hang",
            "VNM",
            "Deputy Foreign Minister",
        ),
        (
            "President of Belarus Aleksandr Lukashenko spoke.",
            "Aleksandr Lukashenko",
            "BLR",
            "President",
        ),
        ("Russian President Vladimir Putin’s visit ended.", "Vladimir Putin", "RUS", "President"),
        ("Hang met her Russian counterpart A. Rudenko there.", "A. Rudenko", "RUS", "counterpart"),
        ("He met King Philippe of Belgium.", "Philippe", "BEL", "King"),
        (  # a dateline's dash stuck to the title is no part of it
            "(VOVWORLD) -Deputy Prime Minister Tran Hong Ha met Thai envoys.",
            "Tran Hong Ha",
            "VNM",
            "Deputy Prime Minister",
        ),
        (
            "H.E. Mr Vũ Văn Dũng, Ambassador of the Socialist Republic of Viet Nam, came.",
            "Vũ Văn Dũng",
            "VNM",
            "Ambassador",
        ),
        (  # a region after a post's "for", then ", Name": the region is part of the post
            "US Deputy Assistant Secretary for Southeast Asia, Tom Reed, attended the talks.",
            "Tom Reed",
            "USA",
            "Deputy Assistant Secretary for Southeast Asia",
        ),
        (  # an embassy's diplomatic rank is a post
            "Counsellor of the Embassy of Chile Ana Rojas attended the ceremony.",
            "Ana Rojas",
            "CHL",
            "Counsellor",
        ),
        (  # "pro tempore" qualifies the post it follows
            "They met President pro tempore of the Senate of Chile Ana Rojas in Santiago.",
            "Ana Rojas",
            "CHL",
            "President pro tempore",
        ),
        (  # "Protocol" is a portfolio inside a post
            "Chief of Protocol of the Foreign Ministry of Chile, Ana Rojas, greeted the guests.",
            "Ana Rojas",
            "CHL",
            "Chief of Protocol",
        ),
        (  # right after a post, "He" before a given name is a family name, not a pronoun
            "Prime Minister Le Van An received Chinese Vice Premier He Lihua in Hanoi.",
            "He Lihua",
            "CHN",
            "Vice Premier",
        ),
        (  # a style of address, then ", the newly appointed <post>": the post is theirs
            "The King received His Excellency Ngo Minh Tuan, the newly appointed Ambassador "
            "of Viet Nam to Belgium.",
            "Ngo Minh Tuan",
            "VNM",
            "Ambassador",
        ),
        (
            "Somalia's President Hassan Sheikh Mohamud arrived.",
            "Hassan Sheikh Mohamud",
            "SOM",
            "President",
        ),
        (
            "- Sadyr Japarov, President of the Kyrgyz Republic",
            "Sadyr Japarov",
            "KGZ",
            "President",
        ),
        (
            "the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, said",
            "Tamim bin Hamad Al Thani",
            "QAT",
            "Emir",
        ),
        (
            "Algerian Ambassador to Vietnam Abdelhamid Boubazine said.",
            "Abdelhamid Boubazine",
            "DZA",
            "Ambassador",
        ),
        (
            "Vietnamese Ambassador to Russia Dang Minh Khoi said.",
            "Dang Minh Khoi",
            "VNM",
            "Ambassador",
        ),
        ("He received Malaysian Ambassador Tan Yang Thai.", "Tan Yang Thai", "MYS", "Ambassador"),
        # "counterpart from <country>, <name>": the country of the post, then the name
        (
            "Foreign Minister Somchai Rattanakul and his counterpart from Chile, Ana Lopez "
            "Reyes, met in Lima.",
            "Ana Lopez Reyes",
            "CHL",
            "Foreign Minister",
        ),
        # a military rank abbreviated with periods between the post and the name
        (
            "Lao Deputy Defence Minister Lieut. Gen. Vongkham Sisouk called on him.",
            "Vongkham Sisouk",
            "LAO",
            "Deputy Defence Minister",
        ),
        # no clue at all: no country rather than a guess
        ("President Abdel Fattah el-Sisi spoke.", "Abdel Fattah el-Sisi", None, "President"),
        # an initial glued to the name, as Mongolian names are often written
        (
            "Mongolian Defence Minister B.Tumurbaatar arrived.",
            "B.Tumurbaatar",
            "MNG",
            "Defence Minister",
        ),
        # a committee "on" a subject inside the post
        (
            "Vice Chairman of the National Assembly's Committee on Foreign Affairs "
            "Tran Van Khoa spoke.",
            "Tran Van Khoa",
            "VNM",
            "Vice Chairman of the National Assembly's Committee on Foreign Affairs",
        ),
        (
            "Chairwoman of the US Senate Sub-Committee on Asia-Pacific Mary Lund spoke.",
            "Mary Lund",
            "USA",
            "Senate Sub-Committee on Asia-Pacific",
        ),
        # the post a person was elected to is the person's title
        (
            "Leaders sent congratulations to Le Van Hoa on his election as Chairman of the "
            "Vietnamese National Assembly.",
            "Le Van Hoa",
            "VNM",
            "Chairman of the National Assembly",
        ),
        # "to the post of" as "as", and the sentence may go on after the post
        (
            "The Chilean President congratulated Tran Van Tam on his re-election to the post "
            "of Chairman of the Vietnamese National Assembly and wished him success.",
            "Tran Van Tam",
            "VNM",
            "Chairman of the National Assembly",
        ),
        # a portfolio "for" an unknown region, and the body the post is "at"
        (
            "Coordinator for Baltic-Nordic Affairs at the Swedish Foreign Ministry Anna Berg "
            "spoke.",
            "Anna Berg",
            "SWE",
            "Coordinator for Baltic-Nordic Affairs at the Foreign Ministry",
        ),
    ],
)
def test_extract_persons_title_name_country(
    text: str, name: str, country: str | None, title: str
) -> None:
    found = persons_of(text)
    assert name in found
    got_country, got_title = found[name]
    assert got_country == country
    assert title in got_title


@pytest.mark.parametrize(
    "text",
    [
        "The President said the talks went well.",  # a post, no name
        "Officials visited Ho Chi Minh City on Monday.",  # a place, not a person
        "To further strengthen ties, both sides met.",
        "The Prime Minister's Office issued a statement.",
        "Dr. John Smith, a researcher at the university, said so.",  # no post: not politics
    ],
)
def test_extract_persons_not_persons(text: str) -> None:
    assert persons_of(text) == {}


def test_extract_persons_short_forms_become_aliases() -> None:
    text = (
        "Deputy Foreign Minister Le Thi Thu Hang and her Russian counterpart A. Rudenko met. "
        "Hang and Rudenko agreed. Andrey Rudenko left."
    )
    people = read_persons(text, split_sentences(text))
    by_name = {p.name: p for p in people.registry.persons}
    assert by_name["Le Thi Thu Hang"].aliases == {"Hang"}
    assert {"Rudenko", "Andrey Rudenko"} <= by_name["A. Rudenko"].aliases
    assert len(people.registry.persons) == 2


def test_extract_persons_organisation_posts_have_no_country() -> None:
    found = persons_of("President of the European Council António Costa met them.", home="BEL")
    assert found["António Costa"][0] is None


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("He met Chairman of the National People's Congress of China Li Wei.", "Li Wei", "CHN"),
        (
            "He met President of the National Assembly of People's Power of Cuba Ana Diaz.",
            "Ana Diaz",
            "CUB",
        ),
    ],
)
def test_extract_persons_people_s_bodies_in_a_post(text: str, name: str, country: str) -> None:
    assert persons_of(text)[name][0] == country


def test_extract_persons_an_unknown_post_word_before_a_vietnamese_name() -> None:
    text = "Secretary of the Communist Party of Vietnam Provincial Comittee Le Van Binh spoke."
    assert {name: c for name, (c, _) in persons_of(text).items()} == {"Le Van Binh": "VNM"}


def test_extract_persons_parliamentary_union_posts_have_no_country() -> None:
    text = "Speaker Le Minh Tam met Secretary-General of the Inter-Parliamentary Union Ana Ruiz."
    found = persons_of(text, home="VNM")
    assert found["Ana Ruiz"] == (None, "Secretary-General")


@pytest.mark.parametrize(
    ("home", "place", "expected"),
    [("TUR", None, "TUR"), ("VNM", "EGY", "EGY"), (None, None, None)],
)
def test_extract_persons_default_country_from_publisher_or_dateline(
    home: str | None, place: str | None, expected: str | None
) -> None:
    # A Vietnamese page does not make an unplaced foreign name Vietnamese.
    assert (
        persons_of("President Abdel Fattah El-Sisi spoke.", home, place)["Abdel Fattah El-Sisi"][0]
        == expected
    )


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Le Thi Thu Hang", True),
        ("Nguyễn Xuân Phúc", True),
        ("To Lam", True),
        ("Kim Jong Un", False),
        ("Li Qiang", False),
        ("Xi Jinping", False),
        ("Lawrence Wong", False),
    ],
)
def test_extract_persons_vietnamese_name_rule(name: str, expected: bool) -> None:
    assert looks_vietnamese(name) is expected


@pytest.mark.parametrize(
    ("text", "forms", "hits"),
    [
        (
            "Son met Sonexay; Son-in-law; Bui Thanh Son.",
            {"Son", "Bui Thanh Son"},
            [(0, 3), (29, 42)],
        ),
        ("Lam and To Lam", {"Lam", "To Lam"}, [(0, 3), (8, 14)]),
        ("", {"Lam"}, []),
    ],
)
def test_extract_persons_name_hits_whole_words_longest_first(
    text: str, forms: set[str], hits: list[tuple[int, int]]
) -> None:
    from ingest.extract.persons import _name_hits

    assert _name_hits(text, forms) == hits


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (  # the country's name leaves no "of" behind …
            "General Secretary of the Communist Party of Laos Central Committee Boun Nhang "
            "Vongsa spoke.",
            "Boun Nhang Vongsa",
            "General Secretary of the Communist Party Central Committee",
        ),
        (  # … "<country>'s" reads "the"
            "Chairman of Laos's National Assembly Boun Nhang Vongsa spoke.",
            "Boun Nhang Vongsa",
            "Chairman of the National Assembly",
        ),
        (  # a demonym goes alone
            "Secretary General of the Lao Ministry of Foreign Affairs Boun Nhang Vongsa spoke.",
            "Boun Nhang Vongsa",
            "Secretary General of the Ministry of Foreign Affairs",
        ),
    ],
)
def test_extract_persons_title_without_its_country(text: str, name: str, title: str) -> None:
    assert persons_of(text)[name] == ("LAO", title)
