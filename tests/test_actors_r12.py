"""Actors read on unseen text (round 12): an outlet cited by a one-word name the model takes for a person ("told
Avesta", "the Iranian outlet Tasnim") is an organisation, a news outlet; a one-word person told something stays a
person when the article names him in full; on sentences written for these tests."""
from __future__ import annotations

import functools
from datetime import date

import pytest

PUBLISHED = date(2024, 3, 1)


@pytest.fixture(scope="module")
def read(read_article):
    return functools.partial(read_article, published=PUBLISHED)


def actor(extraction, label: str):
    return next((a for a in extraction.actors if a.label == label), None)


@pytest.mark.parametrize("text, outlet", [
    ("Kyrgyz Defence Minister Baktybek Bekbolotov told Kaktus that the drills would go ahead.", "Kaktus"),
    ("Tehran has sent more border guards to Sistan, according to the Iranian outlet Mashregh.", "Mashregh"),
    ("Police searched the offices of the Russian state outlet Zvezda in Yerevan on Friday.", "Zvezda"),
])
def test_an_outlet_cited_by_a_one_word_name_is_a_news_organisation(read, text, outlet):
    found = actor(read(text), outlet)
    assert found is not None and found.kind == "Organisation" and found.is_media


def test_a_person_named_in_full_and_told_by_surname_stays_a_person(read):
    extraction = read("Taliban spokesman Zabihullah Mujahid spoke in Kabul. Later, the governor told Mujahid that the "
                      "road was open.")
    assert actor(extraction, "Zabihullah Mujahid").kind == "Person"
    assert actor(extraction, "Mujahid") is None

