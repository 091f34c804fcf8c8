"""Round 16's rules on who does a military action, each a construction of news English with sentences that must and
must not fire: a foreign ministry that tells of its state's strikes.

Facts are read with the configured ``min_confidence``.
"""
from __future__ import annotations

from datetime import date

import pytest

from military_views import agents

PUBLISHED = date(2024, 1, 20)


# --- a foreign ministry commands no forces: the strikes it tells of as its own are its state's ----------------------
@pytest.mark.parametrize("text, expected", [
    ("Pakistan's Foreign Office said on Thursday that its armed forces had struck militant hideouts in Iran.",
     ("Attack", "Pakistan")),
    ("The Indian Ministry of External Affairs said its troops had pulled back from two friction points.",
     ("Withdrawal", "India")),
])
def test_foreign_ministry_tells_of_its_state(read, text, expected):
    found = agents(read(text))
    assert expected in found
    assert not any(agent and ("Foreign" in agent or "External" in agent) for _, agent in found)


@pytest.mark.parametrize("text, expected", [
    ("The Tajik Foreign Ministry said Kyrgyz forces had shelled a village in Isfara district.",
     ("Attack", "Kyrgyzstan")),
    ("The Kazakh Interior Ministry said its forces had killed 26 gunmen in Almaty.",
     ("Attack", "Ministry of Internal Affairs of Kazakhstan")),
    ("Uzbekistan's Foreign Ministry said Afghan troops had fled across the river.", ("Withdrawal", "Afghanistan")),
])
def test_other_bodies_and_other_forces_keep_their_agent(read, text, expected):
    assert expected in agents(read(text))
