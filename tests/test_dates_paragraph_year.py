"""With no publication date, a day and month take the year written in their paragraph."""

from __future__ import annotations

from ingest.dates import find_dates


def isos(text: str, published: str | None = None) -> list[str | None]:
    return [m.iso for m in find_dates(text, published, paragraph_years=True) if m.kind == "day"]


def test_the_year_of_the_same_sentence() -> None:
    text = "The two ministers met on 4 March on the sidelines of the 2019 G20 Summit."
    assert isos(text) == ["2019-03-04"]


def test_the_nearest_year_of_the_paragraph() -> None:
    text = (
        "In 2012 the two sides set up a dialogue. They held talks on May 9 during the 2016 forum."
    )
    assert isos(text) == ["2016-05-09"]


def test_no_year_from_another_paragraph_or_a_target() -> None:
    text = "The strategy ran until 2030.\nThey met on June 3 to adopt a plan to 2045."
    assert isos(text) == [None]


def test_the_publication_date_still_rules() -> None:
    text = "They met on 4 March at the 2019 summit."
    assert isos(text, "2021-05-10") == ["2021-03-04"]


def test_only_when_asked() -> None:
    text = "Hanoi, March 4 (VNA) - Ties were established in 1973."
    assert [m.iso for m in find_dates(text, None) if m.kind == "day"] == [None]


def test_no_year_from_a_plan() -> None:
    text = (
        "On December 3 the two prime ministers held phone talks, during which they agreed "
        "to sign a border trade agreement in 2025."
    )
    assert isos(text) == [None]
    assert isos(text.replace("agreed to sign", "signed")) == ["2025-12-03"]
