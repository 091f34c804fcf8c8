"""Round 22's loosening of military agent rules for constructions of news English that recur across sets: "their
troops" after a clause of two leaders stands for the states they lead.

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
