"""A seat of power the article names only as where something happens ("held talks at the Kremlin", "told reporters
at the White House", "a treaty signed in the Kremlin") is its building, a place; one that also speaks or acts
anywhere in the article ("the Kremlin said") is the body, and so is one the text aims at or names those in it
("lashed out at the Kremlin", "officials in the White House").

The texts are written for these tests; the names are made up. Facts are read with the configured
``min_confidence``.
"""
from __future__ import annotations

from datetime import date

import pytest

from actor_views import kinds

PUBLISHED = date(2023, 3, 9)


@pytest.mark.parametrize("text, seat", [
    ("The president received his Armenian counterpart at the Kremlin on Friday for talks on trade.", "Kremlin"),
    ("Formal talks were held in the Kremlin on Tuesday, covering energy and defence.", "Kremlin"),
    ("The two leaders signed a partnership treaty in the Kremlin on Friday.", "Kremlin"),
    ("The senator told reporters at the White House that the ceasefire would hold.", "White House"),
    ("The Uzbek minister was given lunch at the White House last week.", "White House"),
    ("The Pakistani prime minister met the president at the White House on Thursday.", "White House"),
])
def test_a_seat_named_only_where_something_happens_is_a_place(read, text, seat):
    assert kinds(read(text)).get(seat) == "Place"


@pytest.mark.parametrize("text, seat", [
    ("Talks were held at the Kremlin on Monday. The Kremlin said the talks had been useful.", "Kremlin"),
    ("The Kremlin rejected the proposal on Thursday.", "Kremlin"),
    ("Officials in the White House were divided over the plan to reopen the embassy.", "White House"),
    ("The opposition leader lashed out at the Kremlin over the arrests.", "Kremlin"),
])
def test_a_seat_that_speaks_acts_or_is_aimed_at_is_the_body(read, text, seat):
    assert kinds(read(text)).get(seat) == "Organisation"
