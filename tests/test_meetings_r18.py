"""Meetings read on unseen text (round 18), on sentences written for these tests (never copied from the evaluation
sets), more that must not fire than must: a government summoning another country's envoy, a journey made at
someone's invitation, and an aide met who is named with the one he serves."""
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


# --- "will travel to Ankara at the invitation of X": who invited receives the guest ---------------------------------

@pytest.mark.parametrize("text, guest, host", [
    ("Uzbek Foreign Minister Bakhtiyor Saidov will travel to Ankara on March 12 at the invitation of Turkish Foreign "
     "Minister Hakan Fidan.", "Bakhtiyor Saidov", "Hakan Fidan"),
    ("Kazakh President Kassym-Jomart Tokayev will pay a state visit to Baku next week at the invitation of his "
     "Azerbaijani counterpart Ilham Aliyev.", "Kassym-Jomart Tokayev", "Ilham Aliyev"),
])
def test_who_invited_a_visitor_receives_him(read, text, guest, host):
    assert met(read(text), guest, host)


@pytest.mark.parametrize("text, kept", [
    # an encounter other than a journey: the inviter is not made a party of it
    ("Kazakh President Kassym-Jomart Tokayev met Turkish President Recep Tayyip Erdogan in Baku, at the invitation of "
     "Azerbaijani President Ilham Aliyev.", ["Kassym-Jomart Tokayev", "Recep Tayyip Erdogan"]),
    # where and when, not who
    ("Tajik President Emomali Rahmon met Chinese President Xi Jinping at 10 am at the Kremlin.",
     ["Emomali Rahmon", "Xi Jinping"]),
])
def test_an_at_phrase_other_than_a_journeys_invitation_adds_no_party(read, text, kept):
    assert parties(read(text)) == [kept]


@pytest.mark.parametrize("text", [
    "Kazakh President Kassym-Jomart Tokayev arrived in Baku at the invitation of Azerbaijani President Ilham Aliyev.",
    "Mirziyoyev spoke at the invitation of Harvard professor John Smith.",
    "The ministers met at the invitation of Turkish President Recep Tayyip Erdogan.",
])
def test_an_invitation_with_no_journey_or_no_named_guest_is_no_meeting(read, text):
    assert parties(read(text)) == []


# --- "hosted Mirziyoyev's top diplomat, Kamilov": the aide named is the party, not whom he serves -------------------

@pytest.mark.parametrize("text, host, guest", [
    ("Tajik President Emomali Rahmon also hosted Turkish President Recep Tayyip Erdogan's top diplomat, Hakan Fidan, "
     "on Monday.", "Emomali Rahmon", "Hakan Fidan"),
    ("Kyrgyz President Sadyr Japarov received Russian President Vladimir Putin's special envoy, Igor Sechin, in "
     "Bishkek on Tuesday.", "Sadyr Japarov", "Igor Sechin"),
])
def test_an_aide_named_beside_his_title_is_met_not_his_principal(read, text, host, guest):
    assert parties(read(text)) == [sorted([host, guest])]


@pytest.mark.parametrize("text, kept", [
    ("Tajik President Emomali Rahmon hosted Turkish President Recep Tayyip Erdogan in Dushanbe on Monday.",
     ["Emomali Rahmon", "Recep Tayyip Erdogan"]),
    # the spokesman who reports is no party; those he reports on are
    ("Putin's spokesman, Dmitry Peskov, said Vladimir Putin met Kazakh President Kassym-Jomart Tokayev on Monday.",
     ["Kassym-Jomart Tokayev", "Vladimir Putin"]),
])
def test_a_principal_met_himself_stays_a_party(read, text, kept):
    assert parties(read(text)) == [kept]


@pytest.mark.parametrize("text", [
    "Tajik President Emomali Rahmon hosted a dinner for diplomats on Monday.",
    "Chinese diplomats hosted a reception in Tashkent on Monday.",
])
def test_diplomats_of_no_named_country_meet_no_one(read, text):
    assert parties(read(text)) == []
