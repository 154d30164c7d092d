"""clean: the article body without furniture or teasers, offsets into the raw text."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.clean import clean, clean_text, furniture_reason
from ingest.types import Doc

PAGE = """VietnamPlus
Home | Politics | Business | World | Society
Politics > Diplomacy

Vietnam, Laos hold talks in Hanoi

by VNA 03 September 2016 Last updated at 09:47 PM

Prime Minister A and his Lao counterpart B at the talks (Photo: VNA)

Hanoi, September 3 (VNA) – Prime Minister Nguyen Van A held talks with his Lao
coun♉terpart Phạm Văn B in Hanoi on September 3, the two sides said.

Both sides welcomed the &ldquo;special&rdquo; relations&nbsp;between the two countries.

Both sides welcomed the &ldquo;special&rdquo; relations&nbsp;between the two countries.

Thủ tướng hội đàm với Thủ tướng Lào tại Hà Nội

Vietnam, Laos hold talks in Hanoi

The leaders witnessed the signing of five agreements./.

VNA

See more

President C receives Cuban Foreign Minister
President C hosted Cuban Foreign Minister D, affirming support.

Tags: Vietnam-Laos

Top VND Exchange Rates
USD
22,290.0
Comments (0)
Full name
"""


@pytest.fixture(scope="module")
def cleaned() -> object:
    return clean_text(PAGE)


def test_clean_keeps_the_article_sentences(cleaned) -> None:  # type: ignore[no-untyped-def]
    assert cleaned.body.startswith("Hanoi, September 3 (VNA) – Prime Minister Nguyen Van A")
    assert cleaned.body.endswith("signing of five agreements.")  # wire end mark left out
    assert 'welcomed the "special" relations between' in cleaned.body  # entities, quotes


@pytest.mark.parametrize(
    "gone",
    [
        "Home |",
        "Politics > Diplomacy",
        "Last updated",
        "(Photo: VNA)",
        "Thủ tướng",
        "See more",
        "Cuban Foreign Minister",
        "Tags",
        "22,290",
        "Full name",
        "VietnamPlus",
    ],
)
def test_clean_drops_furniture_and_teasers(cleaned, gone: str) -> None:  # type: ignore[no-untyped-def]
    assert gone not in cleaned.body


def test_clean_title_duplicates_and_symbols(cleaned) -> None:  # type: ignore[no-untyped-def]
    assert cleaned.title == "Vietnam, Laos hold talks in Hanoi"
    assert "Vietnam, Laos hold talks" not in cleaned.body  # the title repeated in the body
    assert cleaned.body.count("Both sides welcomed") == 1
    assert "counterpart Phạm Văn B" in cleaned.body  # symbol gone, wrap re-joined, diacritics kept
    reasons = {d.reason for d in cleaned.dropped}
    assert {"menu", "stamp", "caption", "duplicate", "foreign language", "teaser"} <= reasons


def test_clean_body_map_points_into_raw(cleaned) -> None:  # type: ignore[no-untyped-def]
    body, body_map = cleaned.body, cleaned.body_map
    assert len(body_map) == len(body)
    start = body.index("Nguyen Van A")
    raw_start = body_map[start]
    assert PAGE[raw_start : raw_start + len("Nguyen Van A")] == "Nguyen Van A"
    copied = [i for i, ch in enumerate(body) if ch.isalnum()]
    assert all(PAGE[body_map[i]] == body[i] for i in copied)


def test_clean_stage_fills_the_doc() -> None:
    doc = clean(Doc(name="x.txt", raw=PAGE))
    assert doc.body and len(doc.body_map) == len(doc.body)
    assert doc.meta["title"] == "Vietnam, Laos hold talks in Hanoi"
    assert doc.raw_span(0, 5) == (
        PAGE.index("Hanoi, September"),
        PAGE.index("Hanoi, September") + 5,
    )
    assert any(d["reason"] == "teaser" for d in doc.meta["dropped"])


def test_clean_a_crawlers_url_line_is_neither_title_nor_body() -> None:
    raw = (
        "url https://news.example.vn/pm-meets-envoy/12.html\n"
        " date 2024-03-02 Prime Minister hosts outgoing Chilean envoy\n"
        "Prime Minister Pham Minh Chinh hosted Chilean Ambassador Rosa Valdes on March 2.\n"
    )
    doc = clean(Doc(name="x.txt", raw=raw))
    assert doc.meta["title"] == "Prime Minister hosts outgoing Chilean envoy"
    assert doc.body.startswith("Prime Minister Pham Minh Chinh hosted")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Home / Politics / Foreign affairs", "menu"),
        ("March 15, 2018 | 19:20 GMT+7", "menu"),
        ("16/11/2021 15:23", "widget"),
        ("by VNA19 March 2024 Last updated at 11:51 AM", "stamp"),
        ("USD 432.57 ▲   EUR 489.31 ▼", "widget"),
        ("Weather: Hanoi 24°C - 31°C", "furniture"),
        ("Kim Jong Un (L) and Nguyen Phu Trong at the talks in Hanoi. (Photo: VNA)", "caption"),
        ("[Print]  [Close]", "menu"),
        ("Hanoi (VNA) – Prime Minister Pham Minh Chinh held talks on Monday.", ""),
        ("Party General Secretary Tô Lâm met Lao President Thongloun Sisoulith.", ""),
    ],
)
def test_clean_furniture_reason(line: str, reason: str) -> None:
    assert furniture_reason(line) == reason


def test_clean_hard_wrapped_text_is_rejoined() -> None:
    lines = [
        "Hanoi, November 13 (VNA) – Prime Minister Pham Minh Chinh held talks",
        "with German Chancellor Olaf Scholz in Hanoi on November 13, during the",
        "latter's official visit to Vietnam, the first in eleven years by a German",
        "chancellor to the Southeast Asian country.",
        "",
        "Welcoming the Chancellor on his first trip to Southeast Asia since",
        "taking office, Chinh said the visit reflects Germany's high regard for",
        "its strategic partnership with Vietnam, which was set up in 2011.",
    ]
    body = clean_text("\n".join(lines)).body
    assert body.split("\n\n")[0].endswith(
        "during the latter's official visit to Vietnam, "
        "the first in eleven years by a German chancellor "
        "to the Southeast Asian country."
    )
    assert len(body.split("\n\n")) == 2


def test_clean_wrap_width_leaves_out_the_crawlers_url_line() -> None:
    lines = [
        "url https://news.example.vn/hanoi-and-lima-sign-a-friendship-and-cooperation/1234.vnp",
        "Lima (VNA) – Representatives of the two capital cities of Hanoi and Lima on July 27"
        " signed a friendship and cooperation agreement in the presence of Deputy Prime"
        " Minister Tran Van Long.",  # an unwrapped lead line, longer than the url line
        "The agreement, signed by Vice Chairman of the Hanoi People's",
        "Committee Le Van Binh and Lima Mayor Pedro Quispe, aims to promote",
        "relations and mutual understanding between the two capital cities in",
        "culture, education, health care and tourism, the two sides said.",
    ]
    body = clean_text("\n".join(lines)).body
    assert "Hanoi People's Committee Le Van Binh" in body


def test_clean_a_few_short_lines_are_no_wrapped_text() -> None:
    # An agency's name and a clock on lines of their own, then the lead: a 6-character
    # "wrap width" would glue the agency's name to the first name of the lead.
    lines = [
        "Xinhua",
        "  14:55 UTC+8, 2024-08-19       0",
        "Xinhua",
        "Prime Minister Ana Rojas held talks with President Luis Quispe on Monday in Lima.",
    ]
    body = clean_text("\n".join(lines)).body
    assert "Xinhua Prime" not in body
    assert "Prime Minister Ana Rojas held talks" in body


def test_clean_a_breadcrumb_glued_to_the_title_gives_way_to_the_title() -> None:
    raw = (
        "HomeWorldChile, Peru to upgrade ties as President visits Lima\n\n"
        "Chile, Peru to upgrade ties as President visits Lima\n\n"
        "Lima, May 3 (VNA) – Chilean President Pedro Soto held talks with President Luis Quispe.\n"
    )
    doc = clean(Doc(name="x.txt", raw=raw))
    assert doc.meta["title"] == "Chile, Peru to upgrade ties as President visits Lima"


@pytest.mark.parametrize(
    ("seed", "teaser"),
    [
        ("002_ff1f0e882f9e8929.txt", "Sergei Lavrov"),
        ("003_673962eaac46cd05.txt", "Belgian King"),
        ("004_4e5e15dbdb680e40.txt", "Political System"),
        ("001_a24418891285e294.txt", "Exchange Rates"),
    ],
)
def test_clean_seed_teasers_do_not_reach_the_body(seeds_dir: Path, seed: str, teaser: str) -> None:
    raw = (seeds_dir / seed).read_text(encoding="utf-8")
    assert teaser in raw
    assert teaser not in clean_text(raw).body


def test_clean_text_without_prose_keeps_what_is_not_furniture() -> None:
    assert clean_text("PM Chinh met Lao PM.").body == "PM Chinh met Lao PM."
    assert clean_text("Home | World | Politics\nPM Chinh met Lao PM").body == "PM Chinh met Lao PM"


def test_clean_headline_summary_pairs_end_the_article_only_late() -> None:
    prose = (
        "Prime Minister Pham Minh Chinh held talks with the Lao Prime Minister in Vientiane today."
    )
    pairs = (
        "NA Chairman hosts Kazakh Senate Speaker\nThe two sides agreed to boost ties.\n\n"
        "Lang Son seeks to raise border trade\nLocalities agreed to pilot smart gates.\n\n"
    )
    late = clean_text(f"{prose}\n\n{prose} Again.\n\n{prose} Once more.\n\n{pairs}").body
    assert "Kazakh" not in late
    early = clean_text(
        f"{prose}\n\n{pairs}{prose} Again.\n\n{prose} Once more.\n\n{prose} End."
    ).body
    assert "Kazakh" in early and early.endswith("End.")


@pytest.mark.parametrize(
    ("ending", "after"),
    [
        ("two countries. Enditem", "Related:\nXi meets foreign guests"),
        ("two countries./.", "VNA\n\nSee more"),
        ("two countries.", "Reporting by Khanh Vu; Editing by Ed Davies"),
        ("two countries.", "-- BERNAMA\n\nBERITA BERKAITAN"),
        ("two countries.", "(END)\n\nKeywords"),
        ("two countries.", "Source: VNA"),
    ],
)
def test_clean_wire_endings(ending: str, after: str) -> None:
    raw = (
        "BEIJING, Jan. 5 (Xinhua) -- Chinese President Xi Jinping held talks with visiting Lao "
        "President Thongloun Sisoulith in Beijing on Friday.\n\n"
        f"They deepened ties between the {ending}\n\n{after}\n"
    )
    assert clean_text(raw).body.endswith("ties between the two countries.")


def test_clean_inline_related_link_is_dropped_not_the_end() -> None:
    raw = (
        "Hanoi (VNA) – Prime Minister Pham Minh Chinh held talks with the Lao PM in Hanoi on May 5."
        "\n\nRelated: Vietnam, Laos boost trade\n\nThe two sides signed five deals on the same day."
    )
    body = clean_text(raw).body
    assert "boost trade" not in body and body.endswith("on the same day.")


def test_clean_photo_credit_caption() -> None:
    assert (
        furniture_reason("PM Chinh speaks at the meeting — VNA/VNS Photo Dương Giang") == "caption"
    )
    assert furniture_reason("Vietnam hosts the photo exhibition on ASEAN") == ""


def test_clean_a_caption_placing_a_named_person_is_kept() -> None:
    # the body may never say the two met: the caption's "(R) receives" is the article's
    raw = (
        "Minister Le Van Hoa (R) receives Peruvian Ambassador Ana Ruiz in Hanoi. (Photo: VNA)"
        "\n\nHanoi (VNA) – Minister Le Van Hoa spoke highly of the ties with Peru on May 5."
        "\n\nThe two sides also discussed trade."
    )
    body = clean_text(raw).body
    assert body.startswith("Minister Le Van Hoa (R) receives Peruvian Ambassador Ana Ruiz")
    assert "discussed trade" in body


def test_clean_a_caption_without_a_named_person_is_dropped() -> None:
    raw = (
        "Hanoi (VNA) – Minister Le Van Hoa spoke highly of the ties with Peru on May 5."
        "\n\nThe Vietnamese delegation (L) at the meeting in Lima. (Photo: VNA)"
        "\n\nThe two sides discussed trade."
    )
    assert "delegation" not in clean_text(raw).body
