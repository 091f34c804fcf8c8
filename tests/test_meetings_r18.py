"""Meetings read on unseen text (round 18), on sentences written for these tests (never copied from the evaluation
sets), more that must not fire than must: a government summoning another country's envoy."""
from __future__ import annotations

from datetime import date

import pytest

from meeting_views import met, parties

PUBLISHED = date(2024, 3, 5)


# --- "the Foreign Office summoned India's charge d'affaires": who summons meets the envoy's country -----------------

@pytest.mark.parametrize("text, summoner, country", [
    ("Later on Monday the Foreign Office summoned Afghanistan's charge d'affaires in Islamabad and lodged a strong "
     "protest.", "Foreign Office", "Afghanistan"),
    ("The Kazakh foreign ministry summoned the Russian ambassador over the remarks.",
     "Ministry of Foreign Affairs of Kazakhstan", "Russia"),
    ("The Turkmen charge d’affaires was summoned to the Ministry of Foreign Affairs of Azerbaijan.",
     "Ministry of Foreign Affairs of Azerbaijan", "Turkmenistan"),
    # the envoy named beside his title is the party
    ("The Kyrgyz foreign ministry summoned Uzbekistan's ambassador, Alisher Karimov, to lodge a protest.",
     "Ministry of Foreign Affairs of Kyrgyzstan", "Alisher Karimov"),
])
def test_a_summoned_envoy_meets_who_summoned_him(read, text, summoner, country):
    assert met(read(text), summoner, country)


@pytest.mark.parametrize("text", [
    # one's own envoy, called home or named by "its"
    "The ministry summoned its own ambassador to Moscow for consultations.",
    "Kyrgyzstan summoned its ambassador to Tajikistan for consultations.",
    "The Kazakh foreign ministry summoned the Kazakh ambassador to Russia back to Astana.",
    # no envoy summoned, or no one who summons him named
    "The president summoned the army chief to the palace.",
    "The minister summoned reporters to a news conference.",
    "The Senate committee summoned the foreign minister to testify.",
    "The Afghan envoy was summoned after the UN report.",
    "The Pakistani charge d'affaires had been summoned to the ministry in Tehran.",  # the city's, not the ministry
    "The court summoned the former ambassador to Turkey to appear on Monday.",
    # not a summons
    "Pakistan recalled its ambassador from Kabul.",
])
def test_a_summons_of_ones_own_envoy_or_of_no_envoy_is_no_meeting(read, text):
    assert parties(read(text)) == []
