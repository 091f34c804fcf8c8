"""Round 21's fixes of military agents that review r18 found misfiring, each a construction of news English with
sentences that must and must not fire: a claim of the blast just told, a claim of other attacks or a habit of
claiming, a faction named with its parent, mercenaries and their demonym, the forces an army owns, a movement's
namesake in another country.

Facts are read with the configured ``min_confidence``.
"""
from __future__ import annotations

from datetime import date

import pytest

from military_views import agents

PUBLISHED = date(2024, 5, 14)

BOMB = "A car bomb exploded outside a market in Kohat on Sunday. "
GUNMEN = "Gunmen shot dead three policemen at a checkpoint in Lakki Marwat. "


# --- "claimed responsibility for the blast": the blast just told, named again ---------------------------------------
def test_a_claim_for_the_explosion_told_names_its_agent(read):
    assert agents(read(BOMB + "The Hafiz Gul Bahadur group claimed responsibility for the explosion.")) == [
        ("Attack", "Hafiz Gul Bahadur")]


@pytest.mark.parametrize("text", [
    BOMB + "The TTP claimed responsibility for the blast in Swat last month.",
    BOMB + "The TTP claimed responsibility for the 2014 school attack.",
    BOMB + "The TTP has claimed responsibility for previous blasts in the city.",
])
def test_a_claim_for_another_blast_names_no_agent(read, text):
    assert agents(read(text)) == [("Attack", None)]


# --- "often claims responsibility for such attacks": a habit or other attacks claimed -------------------------------
def test_a_claim_for_the_attack_told_still_names_its_agent(read):
    assert agents(read(GUNMEN + "The TTP claimed responsibility for the attack.")) == [("Attack", "TTP")]


@pytest.mark.parametrize("text", [
    GUNMEN + "The TTP rarely claims responsibility for such attacks.",
    GUNMEN + "The TTP has claimed several attacks in the past.",
    GUNMEN + "The TTP has claimed responsibility for similar attacks.",
    GUNMEN + "The TTP has repeatedly claimed responsibility for attacks on police.",
])
def test_a_claim_of_other_attacks_or_a_habit_names_no_agent(read, text):
    assert agents(read(text)) == [("Attack", None)]


def test_several_exercises_held_are_still_held(read):
    assert agents(read("Russia held several exercises near the border in the past year.")) == [("Exercise", "Russia")]


# --- "the Jamaat-ul-Ahrar faction of the TTP": the faction's own name -----------------------------------------------
MOSQUE = "A suicide bomber struck a mosque in Peshawar, killing 60 worshippers. "


def test_a_faction_named_before_its_parent_claims(read):
    assert agents(read(MOSQUE + "The TTP's Jamaat-ul-Ahrar faction claimed responsibility.")) == [
        ("Attack", "Jamaat-ul-Ahrar")]


@pytest.mark.parametrize("text", [
    MOSQUE + "A faction of the TTP claimed responsibility.",
    MOSQUE + "Officials said a splinter group of the TTP may have carried out the bombing.",
])
def test_a_faction_named_by_no_name_is_not_its_parent(read, text):
    assert ("Attack", "TTP") not in agents(read(text))


# --- "Syrian mercenaries hired by Turkey": hired men are not their demonym's state ----------------------------------
def test_mercenaries_are_not_their_countrys_forces(read):
    assert agents(read("Colombian mercenaries attacked a village near the border.")) == [("Attack", None)]


@pytest.mark.parametrize("text, expected", [
    ("Russian troops attacked Ukrainian positions near Bakhmut.", [("Attack", "Russia")]),
    ("Syrian fighters attacked Armenian positions in Karabakh.", [("Attack", "Syria")]),
    ("Azerbaijan deployed Syrian mercenaries to Karabakh.", [("Deployment", "Azerbaijan")]),
])
def test_troops_fighters_and_who_sends_mercenaries_read_as_before(read, text, expected):
    assert agents(read(text)) == expected


# --- "the Pakistani Taliban": a movement's namesake in another country ----------------------------------------------
def test_the_pakistani_taliban_are_not_the_taliban(read):
    found = agents(read("The Pakistani Taliban attacked a checkpoint in Chitral."))
    assert found == [("Attack", "Pakistani Taliban")]


@pytest.mark.parametrize("text, expected", [
    ("The Afghan Taliban attacked a checkpoint in Kunar.", [("Attack", "Taliban")]),
    ("Taliban fighters attacked a checkpoint in Kunduz.", [("Attack", "Taliban")]),
    ("Pakistani soldiers attacked a Taliban post near Torkham.", [("Attack", "Pakistan")]),
])
def test_the_taliban_named_by_their_own_country_or_none_read_as_before(read, text, expected):
    assert agents(read(text)) == expected
