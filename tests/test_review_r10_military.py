"""Review of round 10's military rules: sentences of the reviewer's own where a rule of the round misfired at b81284a
(a figure of speech, a political or economic sense of the same verb), and the sentences of war the same rules must
still read.

Facts are read with the configured ``min_confidence``.
"""
from __future__ import annotations

from datetime import date

import pytest

from military_views import agents

PUBLISHED = date(2024, 5, 14)


# --- a measure of fire is no weapon: the shot, salvo or wave of a figure of speech ----------------------------------
# --- an answer "with" something is in arms only when the something is arms ------------------------------------------
# --- forces move to a place, fighting kills people, or neither is news of war ----------------------------------------
@pytest.mark.parametrize("text", [
    "China fired a warning shot at the Fed with its bond sales.",
    "Modi fired the first shot in the election campaign with a rally in Varanasi.",
    "Moscow struck back with a salvo of sanctions.",
    "China hit back with a wave of tariffs on American goods.",
    "The EU responded with a barrage of sanctions against Moscow.",
    "The Kremlin hit back with a salvo of accusations.",
    "Washington answered with an attack on Beijing's trade practices.",
    "Kazakhstan responded with force to the riots.",
    "China's army has pushed into commercial ventures such as hotels.",
    "Pakistan's army moved to the Supreme Court against the verdict.",
    "Russian troops have moved to a war footing.",
    "A fight over the budget killed the bill.",
    "The battle for market share claimed its first victim.",
])
def test_a_figure_or_another_sense_is_no_military_action(read, text):
    assert not agents(read(text))


@pytest.mark.parametrize("text, kind, agent", [
    ("Kyiv responded with waves of drones on Russian airfields.", "Attack", "Ukraine"),
    ("Pakistan retaliated with strikes on Indian air bases.", "Attack", "Pakistan"),
    ("Tajik soldiers answered with mortar fire.", "Attack", "Tajikistan"),
    ("Russian missiles hit a shopping centre in Kharkiv, killing three people.", "Attack", "Russia"),
    ("North Korea fired a salvo of ballistic missiles into the sea.", "Attack", "North Korea"),
    ("Chinese troops pushed into the Galwan Valley in May.", "Deployment", "China"),
    ("Kazakh forces moved to the airport to secure it.", "Deployment", "Kazakhstan"),
    ("The Russian army pushed to the outskirts of Kyiv.", "Deployment", "Army of Russia"),
    ("Fighting in Gaza has killed more than 30,000 Palestinians.", "Other", None),
    ("The fighting claimed the lives of 12 soldiers near the border.", "Other", None),
])
def test_the_same_rules_still_read_war(read, text, kind, agent):
    assert (kind, agent) in agents(read(text))


# --- weapons named by their maker or supplier do not say who fired them ----------------------------------------------
@pytest.mark.parametrize("text, maker", [
    ("US-supplied ATACMS missiles were fired at Crimea on Tuesday.", "United States"),
    ("Iranian-made drones were launched at Kyiv overnight.", "Iran"),
    ("A Chinese-made drone hit a police post in Balochistan.", "China"),
])
def test_the_maker_of_weapons_did_not_fire_them(read, text, maker):
    assert maker not in {agent for _, agent in agents(read(text))}


@pytest.mark.parametrize("text, agent", [
    ("Iranian-made Shahed drones were launched at Odesa by Russian forces.", "Russia"),
    ("An Israeli drone hit a car in southern Lebanon.", "Israel"),
])
def test_whose_weapons_still_fired_them(read, text, agent):
    assert ("Attack", agent) in agents(read(text))


# --- forces that answer with something answer with arms or not at all -----------------------------------------------
@pytest.mark.parametrize("text", [
    "The Pakistani military responded with a statement rejecting the claims.",
    "The Uzbek army responded with a denial on Monday.",
    "The Indian Army responded with a press release on Sunday.",
])
def test_forces_answering_in_words_is_no_attack(read, text):
    assert not [kind for kind, _ in agents(read(text)) if kind == "Attack"]


@pytest.mark.parametrize("text, agent", [
    ("Pakistan responded with fire on Indian posts.", "Pakistan"),
    ("Kyrgyz border guards responded with warning shots.", "Kyrgyzstan"),
    ("The Tajik army responded with artillery and drones.", "Army of Tajikistan"),
])
def test_forces_answering_in_arms_attack(read, text, agent):
    assert ("Attack", agent) in agents(read(text))


# --- an action told with the teller's own possessive is the teller's -------------------------------------------------
@pytest.mark.parametrize("text, kind, agent", [
    ("The Taliban called their takeover of Kabul a victory for the nation.", "Capture", "Taliban"),
    ("NATO described its deployment of troops to Romania as defensive.", "Deployment", "NATO"),
    ("Pakistan termed its strikes on Indian bases a befitting response.", "Attack", "Pakistan"),
])
def test_ones_own_action_told(read, text, kind, agent):
    assert (kind, agent) in agents(read(text))


# --- a claim in the blamed action's phrase names its agent over the blame --------------------------------------------
@pytest.mark.parametrize("text, claimant, blamed", [
    ("The US blamed the Taliban for the attack on Kabul airport, which was claimed by Islamic State.",
     "Islamic State of Iraq and the Levant", "Taliban"),
    ("Pakistan blamed India for the bombing in Quetta, which the BLA claimed.", "BLA", "India"),
])
def test_a_claim_over_a_blame(read, text, claimant, blamed):
    found = agents(read(text))
    assert ("Attack", claimant) in found and ("Attack", blamed) not in found
