"""Round 19's fixes of who does a military action, each a construction of news English with sentences that must and
must not fire: a fight owned by one side, armed members named by their group, "its" after an office a person holds,
and a claim of responsibility that is no claim of the attack told before it.

Facts are read with the configured ``min_confidence``.
"""
from __future__ import annotations

from datetime import date

import pytest

from military_views import agents

PUBLISHED = date(2024, 5, 14)

HOTEL = "Gunmen stormed a hotel in Kabul, wounding five guests. "


# --- "Pakistan's battle with the TTP": the owner of a fight is the side whose fight it is ---------------------------
@pytest.mark.parametrize("text, expected", [
    ("India's clash with China in Galwan killed 20 soldiers.", [("Other", "India")]),
    ("The TTP's battle with Pakistan has intensified since January.", [("Other", "TTP")]),
])
def test_a_fight_owned_by_one_side_is_that_sides(read, text, expected):
    assert agents(read(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Clashes with the Taliban erupted on Sunday.", [("Other", "Taliban")]),
    ("Last year's battle with the TTP left 300 soldiers dead.", [("Other", "TTP")]),
    ("Yesterday's clash with the Taliban killed four soldiers.", [("Other", "Taliban")]),
    ("The Taliban's fight against Pakistan has intensified.", [("Other", "Taliban")]),
])
def test_a_fight_owned_by_no_side_reads_as_before(read, text, expected):
    assert agents(read(text)) == expected


# --- "Afghan Taliban fighters": armed members named by their group are the group's, not the demonym's country -------
def test_fighters_named_by_their_group_are_the_groups(read):
    assert agents(read("Afghan Taliban fighters attacked a checkpoint in Kunar.")) == [("Attack", "Taliban")]


@pytest.mark.parametrize("text, expected", [
    ("Afghan fighters attacked a checkpoint in Kunar.", [("Attack", "Afghanistan")]),
    ("Pakistani troops and Taliban fighters clashed at Torkham.", [("Other", "Pakistan")]),
    ("Pakistani soldiers killed 20 TTP militants in Bannu.", [("Attack", "Pakistan")]),
    ("Militants of the TTP attacked a checkpoint in Bannu.", [("Attack", "TTP")]),
])
def test_members_named_by_no_group_or_not_acting_read_as_before(read, text, expected):
    assert agents(read(text)) == expected


# --- "Pakistan's defence minister said its army had …": "its" is no person's but the state his office is named by
@pytest.mark.parametrize("text, expected", [
    ("The Pakistani defence minister said its army had killed 20 militants in North Waziristan.",
     [("Attack", "Pakistan")]),
    ("A Taliban commander said its fighters had captured the district.", [("Capture", "Taliban")]),
])
def test_its_after_an_office_is_the_offices_state_or_group(read, text, expected):
    assert agents(read(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The defence minister said its army had killed 20 militants in North Waziristan.", [("Attack", None)]),
    ("Pakistan's defence minister said India's army had shelled villages in Kashmir.", [("Attack", "Army of India")]),
    ("Pakistan's prime minister said the TTP and its fighters had attacked a checkpoint in Bannu.",
     [("Attack", "TTP")]),
])
def test_its_after_an_office_naming_no_owner_or_another_reads_as_before(read, text, expected):
    assert agents(read(text)) == expected


# --- "… The TTP claimed responsibility.": only a claim made, of no other event, names the attack's agent -----------
@pytest.mark.parametrize("claim", [
    "The Tehreek-e-Taliban Pakistan (TTP) claimed responsibility for it.",
    "The Tehreek-e-Taliban Pakistan (TTP) claimed responsibility in a statement on Telegram.",
    "Police sealed off the area, and the Tehreek-e-Taliban Pakistan (TTP) claimed responsibility.",
])
def test_a_claim_made_names_the_attack_told_before(read, claim):
    assert agents(read(HOTEL + claim)) == [("Attack", "Tehreek-e-Taliban Pakistan")]


@pytest.mark.parametrize("claim", [
    "The Tehreek-e-Taliban Pakistan (TTP) claimed responsibility for the kidnapping of two engineers last week.",
    "The Tehreek-e-Taliban Pakistan (TTP) claimed victory in the by-election.",
    "The Tehreek-e-Taliban Pakistan (TTP) rarely claims responsibility.",
    "The Tehreek-e-Taliban Pakistan (TTP) could claim responsibility, officials said.",
    "It was unclear whether the Tehreek-e-Taliban Pakistan (TTP) had claimed responsibility.",
    "The Tehreek-e-Taliban Pakistan (TTP) denied it had claimed responsibility.",
    "Officials doubted that the Tehreek-e-Taliban Pakistan (TTP) had claimed responsibility.",
    "In March, the Tehreek-e-Taliban Pakistan (TTP) claimed responsibility when a bomb hit a market in Peshawar.",
])
def test_a_claim_of_something_else_or_not_made_names_no_agent(read, claim):
    assert agents(read(HOTEL + claim)) == [("Attack", None)]


def test_a_claim_after_another_attack_is_that_attacks(read):
    assert agents(read(HOTEL + "A bomb hit a police van in Jalalabad. The Tehreek-e-Taliban Pakistan (TTP) claimed "
                       "responsibility.")) == [("Attack", None), ("Attack", "Tehreek-e-Taliban Pakistan")]


def test_a_claim_after_another_named_attack_is_that_attacks(read):
    assert agents(read(HOTEL + "The Tehreek-e-Taliban Pakistan (TTP) claimed responsibility after a bombing in "
                       "Peshawar in March.")) == [("Attack", None), ("Attack", "Tehreek-e-Taliban Pakistan")]
