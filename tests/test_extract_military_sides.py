"""Military actions of two sides and decided moves: one action of each party ("A and B each maintain troops",
"each side keeps …", "both sides have troops each deployed"), moves agreed on or ordered ("agreed to pull back their
troops", "agreed on the withdrawal of forces"), the second of two reported moves ("A would pull back, while B would
withdraw"), armed members moved as forces ("militants had been concentrated"); and what is none of these (a joint
action is one, an agreement on trade, an intention denied).

The sentences are written for these tests; facts are read with the configured ``min_confidence``, as ``kg build``
keeps them.
"""
from __future__ import annotations

from datetime import date

import pytest

from kg.records import Extraction

PUBLISHED = date(2025, 2, 4)


def actions(extraction: Extraction) -> list[tuple[str, str | None, str]]:
    return [(a.kind, extraction.actor(a.actor).label if a.actor else None, a.status)
            for a in extraction.military_actions]


# --- one action of each side -----------------------------------------------------------------------------------------
def test_named_parties_each(read):
    found = actions(read("India and China each continue to maintain tens of thousands of troops in the region."))
    assert found == [("Deployment", "India", "held"), ("Deployment", "China", "held")]


def test_each_side_after_a_clash(read):
    found = actions(read("Armenian and Azerbaijani troops clashed near the village on Monday. Each side still keeps "
                         "about 10,000 troops along the line."))
    assert sorted(found[1:]) == [("Deployment", "Armenia", "held"), ("Deployment", "Azerbaijan", "held")]


def test_both_sides_with_troops_each_deployed(read):
    found = actions(read("Armenian and Azerbaijani troops clashed near the village on Monday. Both sides still have "
                         "around 10,000 troops each deployed along the line."))
    assert {actor for _, actor, _ in found[1:]} == {"Armenia", "Azerbaijan"}


def test_a_joint_action_is_one(read):
    assert actions(read("India and China held joint drills in the region.")) == [("Exercise", "India", "held")]


# --- agreed, ordered, reported moves ---------------------------------------------------------------------------------
@pytest.mark.parametrize("agreement", [
    "Kazakhstan and Kyrgyzstan agreed to pull back their troops from the border.",
    "The two sides agreed on a ceasefire and on the withdrawal of additional forces from the border.",
    "The two sides agreed on a ceasefire from 23:00 and on the withdrawal of additional forces from the border.",
    "Kazakhstan and Kyrgyzstan spoke on Tuesday and agreed to order their troops to pull back, the ministry said.",
], ids=["to-pull-back", "on-the-withdrawal", "on-a-truce-from-and-on-the-withdrawal", "to-order-troops"])
def test_an_agreed_withdrawal_is_planned(read, agreement):
    found = actions(read(f"Kazakh and Kyrgyz troops clashed near the border on Monday. {agreement}"))
    assert found[-1] == ("Withdrawal", "Kazakhstan", "planned")


def test_the_second_of_two_reported_moves(read):
    found = actions(read("Officials said Uzbek troops would pull back to their positions, while Tajik troops would "
                         "withdraw to the valley."))
    assert found == [("Withdrawal", "Uzbekistan", "planned"), ("Withdrawal", "Tajikistan", "planned")]


def test_militants_moved_as_forces(read):
    found = actions(read("Up to 6,000 militants of the Islamic State had been concentrated near the border, he said."))
    assert found == [("Deployment", "Islamic State of Iraq and the Levant", "held")]


@pytest.mark.parametrize("text", [
    "The two leaders agreed to boost trade and each signed the declaration.",
    "Each of the ministers spoke at the meeting of the council.",
    "Russia had no intention of sending its troops to Syria, the minister said.",
    "Thousands of protesters had been concentrated in the main square.",
    "The sides agreed that troops would not be withdrawn from the border.",
], ids=["trade", "each-minister", "no-intention", "protesters", "not-withdrawn"])
def test_no_action(read, text):
    assert actions(read(text)) == []
