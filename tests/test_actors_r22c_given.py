"""A person whose surname is two words ("Bilawal Bhutto Zardari", "Maryam Nawaz Sharif") is called by the given name
alone ("Bilawal said"), which the model tags as a body or leaves untagged: that word is the person named in full,
one actor, who speaks. Not when two persons of the article share the given name, nor for a two-word name.

The texts are written for these tests; the names are made up. Facts are read with the configured
``min_confidence``.
"""
from __future__ import annotations

from datetime import date

import pytest

from actor_views import kinds

PUBLISHED = date(2023, 5, 6)


@pytest.mark.parametrize("text, full, given", [
    ("Foreign Minister Tariq Hassan Lodhi arrived in Goa on Thursday. Tariq said his country wanted calm "
     "on the border.", "Tariq Hassan Lodhi", "Tariq"),
    ("Party leader Zarina Bano Khattak addressed the rally in Lahore. Later, Zarina told reporters that the "
     "government had failed.", "Zarina Bano Khattak", "Zarina"),
    ("Bilquis Nawaz Durrani, the chief minister, opened the dam on Monday. Bilquis said the water would reach "
     "farmers by June.", "Bilquis Nawaz Durrani", "Bilquis"),
])
def test_a_given_name_alone_is_the_person_named_in_full(read, text, full, given):
    extraction = read(text)
    assert kinds(extraction).get(full) == "Person" and given not in kinds(extraction)
    assert {extraction.actor(s.speaker).label for s in extraction.statements} == {full}


@pytest.mark.parametrize("text", [
    # two persons bear the given name: the one who spoke is not known
    "Tariq Hassan Lodhi and Tariq Mehmood Abbasi met in Islamabad on Sunday. Tariq said the talks had gone well.",
    # a two-word name: the press calls him by his surname
    "Tariq Lodhi met the envoy in Islamabad on Sunday. Tariq said the talks had gone well.",
])
def test_no_person_for_a_shared_given_name_or_a_two_word_name(read, text):
    extraction = read(text)
    assert not extraction.statements and "Tariq" not in kinds(extraction)
