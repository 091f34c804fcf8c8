"""Round 20: a state's army named as its state's own ("Pakistan's army", "Pakistan's military") or by its demonym ("the
Pakistani army") acts itself; its moves are the army's, not the state's, while a demonym's "military" ("the Pakistani
military"), a state's name used as a modifier ("the U.S. military"), its troops, its army's officers and its bases
stay as they were read.

Facts are read with the configured ``min_confidence``.
"""
from __future__ import annotations

from datetime import date

import pytest

from military_views import agents

PUBLISHED = date(2024, 5, 14)


# --- "Pakistan's army said it had reinforced …": the army named through its state acts -------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Pakistan's army said it had reinforced its posts along the Chaman border.", ("Deployment", "Army of Pakistan")),
    ("The Pakistani army has moved two brigades to the Kurram valley.", ("Deployment", "Army of Pakistan")),
    ("Kyrgyzstan's army shelled Tajik positions near Vorukh on Friday.", ("Attack", "Army of Kyrgyzstan")),
])
def test_an_army_named_through_its_state_acts(read, text, expected):
    assert expected in agents(read(text))


@pytest.mark.parametrize("text, expected", [
    ("The U.S. military has completed its withdrawal from Bagram.", ("Withdrawal", "United States")),
    ("The Pakistani military has moved two brigades to the Kurram valley.", ("Deployment", "Pakistan")),
    ("Pakistani troops shelled positions across the border, the army said.", ("Attack", "Pakistan")),
    ("The Kazakh military said Russian paratroopers had been deployed to the airport.", ("Deployment", "Russia")),
    ("The Russian military base near Dushanbe held drills with 1,500 servicemen.", ("Exercise", "Russia")),
])
def test_a_state_named_otherwise_stays_the_agent(read, text, expected):
    assert agents(read(text)) == [expected]


def test_an_army_officer_is_not_the_army(read):
    extraction = read("Kyrgyzstan's army chief said troops had been sent to Batken.")
    assert all(agent != "Army of Kyrgyzstan" for _, agent in agents(extraction))
