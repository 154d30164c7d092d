"""published: the publication date as the page shows it, or None."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.clean import clean
from ingest.published import find_published, find_source, published_from_text
from ingest.types import Doc

BODY = "Hanoi (VNA) – Prime Minister Pham Minh Chinh held talks with his Lao counterpart on Monday."


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (f" date 2024-01-30 {BODY}", "2024-01-30"),
        (f"url https://news.example.vn/talks-1.html\n date 2024-01-30 {BODY}", "2024-01-30"),
        (f" date 2024-01 - {BODY}", "2024-01"),
        (
            f"Title of the story here\n\nby VNA19 March 2024 Last updated at 11:51 AM\n\n{BODY}",
            "2024-03-19",
        ),
        (f"Title of the story here\n\n13/05/2025\n\n{BODY}", "2025-05-13"),
        (f"Title of the story here\n\nMarch 15, 2018 | 19:20 GMT+7\n\n{BODY}", "2018-03-15"),
        (
            f"Title of the story here\n\nPosted On: 23 NOV 2025 8:45PM by PIB Delhi\n\n{BODY}",
            "2025-11-23",
        ),
        (f"Title of the story here\n\n2024-02-01T08:00:00Z\n\n{BODY}", "2024-02-01"),
        # a US-zoned stamp writes month/day; a month above 12 says so without a zone
        (f"Title of the story here\n\n03/04/2022 | 09:15am EST\n\n{BODY}", "2022-03-04"),
        (f"Title of the story here\n\n03/04/2022 | 09:15 GMT+7\n\n{BODY}", "2022-04-03"),
        (f"Title of the story here\n\n08/23/2021 10:02 PM\n\n{BODY}", "2021-08-23"),
        (f"No: 209, 1 July 2022, Press Release Regarding the Meeting\n\n{BODY}", "2022-07-01"),
        (f"Vietnam marks 2023 ties\n\nHanoi, June 12 (VNA) – {BODY}", "2023-06-12"),
        (f"Vietnam and Laos hold talks\n\nHanoi, June 12 (VNA) – {BODY}", None),
        (f"{BODY}\n\nContent owned by the ministry. Last updated: 05/09/2024", "2024-09-05"),
        # a "Published:" line under the article: its day, or the year for the dateline's day
        (f"Vietnam and Laos hold talks\n\n{BODY}\n\nPublished: 23/03/2025 21:15", "2025-03-23"),
        (
            f"Vietnam and Laos hold talks\n\nHanoi, June 12 (VNA) – {BODY}\n\n"
            "Published: 12/06/2025 21:15",
            "2025-06-12",
        ),
        (f"Vietnam and Laos hold talks\n\n{BODY} It was published: 2020.", None),
        (f"Title of the story here\n\n{BODY} Ties were set up on March 23, 1973.", None),
        # the masthead's clock beside a language switcher is the day the page was read
        (
            "Friday, May 3,2024 - 8:10 GMT+7  Tiếng Việt English\n\nTitle of the story\n\n"
            f"Tuesday, June 5,2018\n\n{BODY}",
            "2018-06-05",
        ),
    ],
)
def test_published_from_text(raw: str, expected: str | None) -> None:
    doc = find_published(clean(Doc(name="a.txt", raw=raw)))
    assert doc.published == expected


def test_published_metadata_overrides_the_text() -> None:
    doc = Doc(name="a.txt", raw=f" date 2024-01-30 {BODY}", meta={"published": "2020-01-01"})
    assert find_published(clean(doc)).published == "2020-01-01"


def test_published_without_a_cleaned_body_reads_the_raw_text() -> None:
    assert published_from_text("Some title words here\n\n21/11/2024\n\n" + BODY) == "2024-11-21"


def test_published_ignores_widget_stamps_after_the_article() -> None:
    raw = f"Title of the story here\n\n{BODY}\n\nMid-market rates: 2016-09-05 08:10 UTC"
    assert find_published(clean(Doc(name="a.txt", raw=raw))).published is None


def test_published_seed_bylines(seeds_dir: Path) -> None:
    docs = {
        p.name[:3]: find_published(clean(Doc(p.name, p.read_text(encoding="utf-8"))))
        for p in sorted(seeds_dir.glob("*.txt"))
    }
    assert {k: d.published for k, d in docs.items()} == {
        "000": "2024-01-30",
        "001": "2024-03-19",
        "002": None,
        "003": None,
        "004": "2025-05-13",
    }


def test_published_ignores_times_and_dates_inside_body_sentences() -> None:
    raw = f"Vietnam and Laos hold talks\n\n{BODY}\n\nThe talks began at 10:30 on March 3, 2024."
    assert find_published(clean(Doc(name="a.txt", raw=raw))).published is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (f"Some title here\n\nHanoi (VNA) – {BODY}", "VNA"),
        (f"Some title here\n\nPUTRAJAYA, Feb 10 (Bernama) -- {BODY}", "Bernama"),
        (f"Some title here\n\nby VNA19 March 2024 Last updated at 11:51 AM\n\n{BODY}", "VNA"),
        (
            "Some title here\n\nPrime Minister Pham Minh Chinh held talks with the Lao leader.",
            None,
        ),
    ],
)
def test_published_source_from_dateline_or_byline(raw: str, expected: str | None) -> None:
    assert find_source(clean(Doc(name="a.txt", raw=raw))).meta.get("source") == expected


def test_published_source_metadata_wins() -> None:
    doc = Doc(name="a.txt", raw=f"Hanoi (VNA) – {BODY}", meta={"source": "Nhan Dan"})
    assert find_source(clean(doc)).meta["source"] == "Nhan Dan"


TALKS = "Foreign Minister Bui Thanh Son held phone talks with his Japanese counterpart"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (f"Ties deepen\n\nAstana, 15 June 2025 (Kazinform) – {TALKS} on Saturday.", "2025-06-15"),
        # the outlet's name after the date, with a colon: "City, <date>, Outlet:"
        (f"Ties deepen\n\nLima, March 3, 2024, The Andes Post: {TALKS} on Sunday.", "2024-03-03"),
        (f"Ties deepen\n\nBEIJING, June 15, 2025 (Xinhua) -- {TALKS} on Sunday.", "2025-06-15"),
        (f"Ties deepen\n\nOSAKA, Feb 3, 2023, Kansai Wire. {TALKS} on Friday.", "2023-02-03"),
        (  # a photo caption above the dateline paragraph
            "Ties deepen\n\nThe minister speaks to reporters in Kobe, Japan, on May 2, 2022. "
            "Jane Roe/Example Images.\n\n"
            f"OSAKA, Feb 3, 2023, Kansai Wire. {TALKS} on Friday.",
            "2023-02-03",
        ),
        (f"Ties deepen\n\nKUALA LUMPUR, 3 MARCH 2025 (Bernama) -- {TALKS}.", "2025-03-03"),
        (
            f"Ties deepen\n\nHavana, Jan 10 (Prensa Latina) – {TALKS} on January 10, 2025.",
            "2025-01-10",
        ),
        (
            f"Ties deepen\n\nHanoi, March 4 (VNA) – {TALKS} on March 4, 2024, in Hanoi.",
            "2024-03-04",
        ),
        (f"Ties deepen in 2025\n\nMOSCOW, June 15. /TASS/. {TALKS} on Sunday.", "2025-06-15"),
        (f"Ties deepen\n\nSeoul, June 12 (Yonhap)\n\n{TALKS} on June 12, 2024.", "2024-06-12"),
        (  # a title shaped like a dateline does not hide the real one below it
            f"Vietnam, Laos boost ties (VNA)\n\nSeoul, June 12 (Yonhap)\n\n"
            f"{TALKS} on June 12, 2024.",
            "2024-06-12",
        ),
        (  # an anniversary on the same day: the latest year is the report's
            f"Ties deepen\n\nHanoi, March 21 (VNA) – {TALKS} on March 21, 2023, fifty years after "
            "ties were set up on March 21, 1973.",
            "2023-03-21",
        ),
    ],
)
def test_published_dateline_gives_the_date(raw: str, expected: str) -> None:
    assert find_published(clean(Doc(name="a.txt", raw=raw))).published == expected


@pytest.mark.parametrize(
    "raw",
    [
        f"Ties deepen\n\nHanoi, March 4 (VNA) – {TALKS}. Ties were established in 1973.",
        f"Ties deepen\n\nHanoi, March 4 (VNA) – {TALKS} after their meeting on March 5, 2024.",
        f"Ties deepen\n\nHanoi, March 4 (VNA) – {TALKS}, following up on the visit in March 2024.",
        f"Ties deepen in 2023\n\nHanoi, February 29 (VNA) – {TALKS}.",  # no 29 Feb in 2023
        f"Ties deepen\n\n{TALKS} on March 4, 2024, in Hanoi.",  # a body date, no dateline
    ],
)
def test_published_year_less_dateline_takes_no_unrelated_year(raw: str) -> None:
    assert find_published(clean(Doc(name="a.txt", raw=raw))).published is None


def test_published_year_less_dateline_takes_no_year_from_the_crawled_address() -> None:
    raw = f"url https://news.example.com/2024/03/04/ties-deepen/\nHanoi, March 4 – {TALKS}."
    assert find_published(clean(Doc(name="a.txt", raw=raw))).published is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (f"Ties deepen\n\nHavana, Jan 10 (Prensa Latina) – {TALKS}.", "Prensa Latina"),
        (f"Ties deepen\n\nMOSCOW, June 15. /TASS/. {TALKS}.", "TASS"),
        (f"Ties deepen\n\nThe EU/ASEAN/UN meeting. {TALKS}.", None),
    ],
)
def test_published_source_from_multiword_and_slashed_agencies(raw: str, expected: str) -> None:
    assert find_source(clean(Doc(name="a.txt", raw=raw))).meta.get("source") == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "(RADIO) - The Chilean President announced in Santiago today (7 June 2019) that …",
            "2019-06-07",
        ),
        ("LIMA - The ministers met today, Tuesday, June 4, 2019, in Lima.", "2019-06-04"),
        ("The two sides said today (Sept. 3rd, 2019) that …", "2019-09-03"),
        ("The ministers met today, and on March 5, 2018, they had signed a pact.", None),
        ("The ministers met today (in Lima) and again in 2018.", None),
    ],
)
def test_published_today_with_its_date_in_the_lead(raw: str, expected: str | None) -> None:
    assert published_from_text(raw, 0) == expected
