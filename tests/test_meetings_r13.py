"""Meetings read on unseen text (round 13), on sentences written for these tests (never copied from the evaluation
sets): a clause inside the apposition of a party ("X, his first trip since Russian troops entered Y") says nothing
about whom the party stands for, so it cannot make two countries' leaders one government's officials."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from meeting_views import met, parties

PUBLISHED = date(2024, 6, 3)


@pytest.fixture(scope="module")
def read(read_article):
    return functools.partial(read_article, published=PUBLISHED)


@pytest.mark.parametrize("text, visitor, host", [
    ("Kazakh President Kassym-Jomart Tokayev flew on to Bishkek on Monday, where he held talks with Kyrgyz President "
     "Sadyr Japarov, his first visit since Kazakh troops left the country in January.",
     "Kassym-Jomart Tokayev", "Sadyr Japarov"),
    ("Uzbek President Shavkat Mirziyoyev met Turkmen President Serdar Berdimuhamedov, a leader who has kept his "
     "distance since Uzbek engineers finished the bridge, in Ashgabat on Friday.",
     "Shavkat Mirziyoyev", "Serdar Berdimuhamedow"),  # the gazetteer's label
])
def test_a_clause_in_an_apposition_gives_the_party_no_side(read, text, visitor, host):
    extraction = read(text)
    assert met(extraction, visitor, host), parties(extraction)


@pytest.mark.parametrize("text", [
    "Pavel Orlov, Russia's envoy to Kabul, met Russian Deputy Foreign Minister Ivan Sokolov in Moscow on Monday.",
    "Russian Deputy Foreign Minister Ivan Sokolov met Pavel Orlov, the head of the Russian delegation to the talks, "
    "in Moscow on Monday.",
])
def test_the_noun_phrase_of_an_apposition_still_gives_the_side(read, text):
    """Two officials of one government talking among themselves: the apposition's own words make Orlov Russian."""
    extraction = read(text)
    assert not met(extraction, "Pavel Orlov", "Ivan Sokolov"), parties(extraction)
