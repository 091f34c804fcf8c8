"""Round 22's loosening of military agent rules for constructions of news English that recur across sets: "their
troops" after a clause of two leaders stands for the states they lead; "one of its fighters" acts for its group.

Facts are read with the configured ``min_confidence``.
"""
from __future__ import annotations

from datetime import date

import pytest

from military_views import agents

PUBLISHED = date(2022, 9, 17)


# --- "While the two presidents met, their troops were fighting": the leaders' states fight --------------------------
@pytest.mark.parametrize("text, state", [
    ("While the Kyrgyz and Tajik presidents sat in the same hall, their troops were fighting along the border.",
     "Kyrgyzstan"),
    ("As the presidents of Kyrgyzstan and Tajikistan sat in the same summit hall, their troops were exchanging fire "
     "along their disputed frontier.", "Kyrgyzstan"),
    ("As the Armenian and Azerbaijani foreign ministers met in Moscow, their forces clashed again near Lachin.",
     "Armenia"),
])
def test_their_troops_after_a_clause_of_leaders_are_their_states(read, text, state):
    assert (agents(read(text)) or [(None, None)])[0][1] == state


@pytest.mark.parametrize("text", [
    "While the Kyrgyz and Tajik presidents sat in the same hall, their aides were fighting over the seating plan.",
    "While the Kyrgyz and Tajik presidents sat in the same hall, their troops were watching football.",
    "While the presidents posed for photographs, their troops were fighting.",
])
def test_no_forces_fighting_or_no_states_named(read, text):
    assert agents(read(text)) == []


# --- "the group said one of its fighters had carried out the bombing": some of a group's men act for the group ------
@pytest.mark.parametrize("text, agent", [
    ("Jaish al-Adl said one of its fighters had carried out the bombing in Zahedan.", "Jaish al-Adl"),
    ("The Taliban said two of their fighters had attacked a checkpoint in Panjshir.", "Taliban"),
    ("The TTP said in a statement that one of its militants had detonated a vest at the police station in Bannu.",
     "TTP"),
])
def test_some_of_a_groups_men_act_for_the_group(read, text, agent):
    assert agents(read(text)) == [("Attack", agent)]


@pytest.mark.parametrize("text", [
    "The TTP said one of its fighters had been arrested in Peshawar.",
    "One of the militants said the TTP had no plans to attack Bannu.",
])
def test_some_of_a_groups_men_doing_no_attack(read, text):
    assert agents(read(text)) == []
