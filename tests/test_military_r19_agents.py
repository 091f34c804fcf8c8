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
