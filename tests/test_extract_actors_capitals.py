"""A capital standing for its government is its country; a capital as a place stays a place.

The sentences are written for these tests (never copied from an evaluation article).
"""
from __future__ import annotations

from datetime import date

import pytest

from actor_views import kinds

PUBLISHED = date(2022, 3, 9)



@pytest.mark.parametrize("text, country", [
    ("Officials in Karachi said they were in close contact with Tehran about the flooding.", "Iran"),
    ("Beijing has refused to recognise the new government of the island.", "China"),
    ("The rebels gave fresh assurances to Moscow that the frontier would stay quiet.", "Russia"),
    ("Several donors urged Kabul to reopen the schools before winter.", "Afghanistan"),
    ("Washington's position on the pipeline hardened over the summer.", "United States"),
])
def test_a_capital_acting_as_a_government_is_its_country(read, text, country):
    assert kinds(read(text)).get(country) == "Country"


@pytest.mark.parametrize("text, country", [
    ("The delegates gathered in Tehran for a two-day conference on water.", "Iran"),
    ("The fighters seized Kabul after a week of fighting in the suburbs.", "Afghanistan"),
    ("A researcher at a London-based institute wrote the report.", "United Kingdom"),
    ("Beijing, May 3 (Xinhua) The weather turned cold across the north.", "China"),
    ("The next round of the Moscow format will take place in spring.", "Russia"),
])
def test_a_capital_as_a_place_or_a_dateline_names_no_country(read, text, country):
    assert country not in kinds(read(text))
