"""A person named only as the owner of a press service ("Marat Dzhumaev's press service said") is named all the same:
an actor of the article beside the press service, which stays the one that speaks. Before, the person's name went
into the body's and nowhere else, so a later "the president" or a meeting of that person had no one to point to.

The texts are written for these tests; the names are made up. Facts are read with the configured
``min_confidence``.
"""
from __future__ import annotations

from datetime import date

import pytest

from actor_views import kinds

PUBLISHED = date(2023, 6, 26)


@pytest.mark.parametrize("text, person", [
    ("By the evening, Marat Dzhumaev's press service announced that a deal had been reached.", "Marat Dzhumaev"),
    ("Talks went on late into the night, Oksana Vereshchak's press service said on Sunday.", "Oksana Vereshchak"),
    ("According to Rustam Kholov's press service, the border crossing will reopen on Monday.", "Rustam Kholov"),
])
def test_the_owner_of_a_press_service_is_a_person_of_the_article(read, text, person):
    extraction = read(text)
    assert kinds(extraction).get(person) == "Person"
    assert kinds(extraction).get(f"Press service of {person}") == "Organisation"


def test_the_press_service_still_speaks_for_its_owner(read):
    extraction = read("Marat Dzhumaev's press service said the two leaders had spoken by phone.")
    assert {extraction.actor(s.speaker).label for s in extraction.statements} == {"Press service of Marat Dzhumaev"}


def test_the_owner_named_in_the_press_service_meets(read):
    extraction = read("Opposition leader Timur Baratov flew to Minsk on Friday. By the evening, Marat Dzhumaev's "
                      "press service announced that Dzhumaev had talked with Baratov for two hours.")
    met = [sorted(extraction.actor(p).label for p in m.participants) for m in extraction.meetings]
    assert ["Marat Dzhumaev", "Timur Baratov"] in met
