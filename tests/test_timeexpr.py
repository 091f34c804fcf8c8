"""Date expressions: found in sentences, resolved against the publication date."""
from __future__ import annotations

from datetime import date

import pytest

from kg.timeexpr import absolute_date, find_date_expressions, resolve

TUESDAY = date(2021, 7, 6)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("on Monday", date(2021, 7, 5)),
        ("Monday", date(2021, 7, 5)),
        ("on Tuesday", TUESDAY),  # the publication day itself
        ("on Wednesday", date(2021, 6, 30)),
        ("last Tuesday", date(2021, 6, 29)),
        ("next Monday", date(2021, 7, 12)),
        ("Monday morning", date(2021, 7, 5)),
        ("today", TUESDAY),
        ("Yesterday", date(2021, 7, 5)),
        ("last night", date(2021, 7, 5)),
        ("tomorrow", date(2021, 7, 7)),
        ("two days ago", date(2021, 7, 4)),
        ("on July 5", date(2021, 7, 5)),
        ("5 July", date(2021, 7, 5)),
        ("5th of July", date(2021, 7, 5)),
        ("5 July 2021", date(2021, 7, 5)),
        ("July 5, 2021", date(2021, 7, 5)),
        ("on Jul 05, 2021", date(2021, 7, 5)),
        ("2021-07-05", date(2021, 7, 5)),
        ("this Monday", None),
        ("last week", None),
        ("in April", None),
        ("later this week", None),
        ("earlier this week", None),
        ("recently", None),
        ("last month", None),
        ("06/07/2021", None),
        ("February 30", None),
    ],
)
def test_resolve_against_publication_date(text, expected):
    assert resolve(text, TUESDAY) == expected


@pytest.mark.parametrize("text", ["on Monday", "today", "yesterday", "on July 5", "5 July", "two days ago"])
def test_relative_expression_without_publication_date_is_none(text):
    assert resolve(text, None) is None


@pytest.mark.parametrize("text", ["5 July 2021", "July 5, 2021", "2021-07-05"])
def test_full_date_resolves_without_publication_date(text):
    assert resolve(text, None) == date(2021, 7, 5)


def test_month_and_day_take_the_year_nearest_publication():
    assert resolve("December 30", date(2022, 1, 3)) == date(2021, 12, 30)
    assert resolve("January 2", date(2021, 12, 30)) == date(2022, 1, 2)


def test_planned_events_look_forward():
    assert resolve("on Friday", TUESDAY, future=True) == date(2021, 7, 9)
    assert resolve("on Tuesday", TUESDAY, future=True) == TUESDAY


@pytest.mark.parametrize(
    "text, expected",
    [
        ("13/07/2021", date(2021, 7, 13)),
        ("07/13/2021", date(2021, 7, 13)),
        ("2021/07/13", date(2021, 7, 13)),
        ("Tue, 6 Jul 2021", date(2021, 7, 6)),
        ("06.07.2021", date(2021, 7, 6)),  # dots: the day-first convention (Europe, Russia, Central Asia)
        ("06/07/2021", None),
        ("July 2021", None),
    ],
)
def test_absolute_date(text, expected):
    assert absolute_date(text) == expected


def texts(sentence: str) -> list[str]:
    return [text for _, _, text in find_date_expressions(sentence)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Tajikistan on Monday ordered the mobilization of 20,000 troops.", ["on Monday"]),
        ("On the Monday call with the Tajikistan president, Putin assured him.", ["Monday"]),
        ("In April Russian Foreign Minister Sergey Lavrov had visited India.", ["In April"]),
        ("Last week, Russia's foreign minister emphasised the role of mediators.", ["Last week"]),
        ("Last month, Lavrov said in Tashkent that Russia will continue.", ["Last month"]),
        ("India Narrative reported earlier this week that units arrived.", ["earlier this week"]),
        ("The talks held on July 5, 2021 and on 6 July were useful.", ["on July 5, 2021", "on 6 July"]),
        ("With the latest August 31 deadline approaching.", ["August 31"]),
        ("Officials may march 5 km to the border.", []),
        ("The group was in power during the 1996-2001 period.", []),
        ("He works on Mondays.", []),
    ],
)
def test_find_date_expressions(sentence, expected):
    assert texts(sentence) == expected


def test_found_spans_are_offsets_into_the_sentence():
    sentence = "Talks began yesterday and resume on Friday."
    for start, end, text in find_date_expressions(sentence):
        assert sentence[start:end] == text
    assert [resolve(text, TUESDAY) for text in texts(sentence)] == [date(2021, 7, 5), date(2021, 7, 2)]
