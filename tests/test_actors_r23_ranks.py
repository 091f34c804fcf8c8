"""A rank of several words before a name ("Air Marshal AK Bharti", "Air Vice Marshal Aurangzeb Ahmed", "Vice Admiral
AN Pramod"), which the model tags with the name as a body or leaves untagged, is no part of the person's name, and
capitals "AN" before a surname are initials, not the article.

The texts are written for these tests; the names are made up."""
from __future__ import annotations

from datetime import date

import pytest

from actor_views import kinds

PUBLISHED = date(2025, 5, 11)


@pytest.mark.parametrize("text, person", [
    ("Air Marshal RK Sethi said the strikes had been precise.", "RK Sethi"),
    ("Air Vice Marshal Tariq Mehmood said the jets had returned safely.", "Tariq Mehmood"),
    ("Vice Admiral AN Kulkarni said the fleet was ready.", "AN Kulkarni"),
    ("Air Chief Marshal Vikram Sethi told reporters the air force was on alert.", "Vikram Sethi"),
])
def test_a_rank_of_several_words_is_no_part_of_the_name(read, text, person):
    extraction = read(text)
    assert kinds(extraction).get(person) == "Person", kinds(extraction)
    assert [extraction.actor(s.speaker).label for s in extraction.statements] == [person]


@pytest.mark.parametrize("text, body", [
    ("The Air Force Command said the jets had returned.", "Air Force Command"),
    ("The Army Air Defence Corps said the drones had been shot down.", "Army Air Defence Corps"),
])
def test_a_body_named_with_rank_words_stays_a_body(read, text, body):
    assert kinds(read(text)).get(body) == "Organisation", kinds(read(text))
