"""A government named by its style ("the interim Afghan government", "the Afghan interim government", "the caretaker
government in Afghanistan", "the interim government") is the government in force of the country the phrase names,
or, where the phrase names none, of the one country of the article that kg/data/governments.tsv lists a government
in force for. A style for a country with none listed, or before the listed government's day, names no actor.

The texts are written for these tests. Facts are read with the configured ``min_confidence``.
"""
from __future__ import annotations

from datetime import date

import pytest

from actor_views import kinds

PUBLISHED = date(2023, 6, 2)
GOVERNMENT = "Government of the Islamic Emirate of Afghanistan"


@pytest.mark.parametrize("text", [
    "Islamabad urged the interim Afghan government to act against militants in Kunar.",
    "The Afghan interim government said on Monday it would not allow attacks from its soil.",
    "Iran called on the caretaker government in Afghanistan to release the water of the Helmand river.",
    "Kabul is under pressure. No country has recognised the interim government, Pakistan said of Afghanistan.",
])
def test_a_government_styled_interim_or_caretaker_is_the_one_in_force(read, text):
    assert kinds(read(text)).get(GOVERNMENT) == "Organisation"


@pytest.mark.parametrize("text", [
    "Kazakhstan formed an interim government after the unrest, and Tokayev named a new prime minister.",
    "The interim government officials met Pakistani diplomats in Kabul.",
    "Qureshi visited Kabul and held meetings with the interim Afghan government's leadership.",
])
def test_a_style_of_no_listed_government_or_before_a_noun_names_none(read, text):
    assert GOVERNMENT not in kinds(read(text))


def test_a_style_before_the_listed_governments_day_names_none(read_article):
    text = "Pakistan urged the interim Afghan government to act against militants in Kunar."
    found = {actor.label for actor in read_article(text, published=date(2021, 6, 1)).actors}
    assert GOVERNMENT not in found
