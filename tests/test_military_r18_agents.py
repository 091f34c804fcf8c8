"""Round 18's fixes of who does a military action, each a construction of news English with sentences that must and
must not fire: a claim of responsibility told in a sentence after the attack.

Facts are read with the configured ``min_confidence``.
"""
from __future__ import annotations

from datetime import date

import pytest

from military_views import agents

PUBLISHED = date(2024, 5, 14)


# --- "A bomber struck a bus. IS-K claimed responsibility.": a bare claim right after names the attack's agent ------
@pytest.mark.parametrize("text, expected", [
    ("Gunmen stormed a hotel in Kabul, wounding five guests. The Islamic State Khorasan Province (ISKP) claimed "
     "responsibility.", ("Attack", "Islamic State Khorasan Province")),
    ("Militants ambushed a convoy in Bannu, killing four soldiers. The army said the attack was launched from across "
     "the border. The Tehreek-e-Taliban Pakistan (TTP) claimed responsibility.",
     ("Attack", "Tehreek-e-Taliban Pakistan")),
])
def test_a_claim_after_the_attack_names_its_agent(read, text, expected):
    assert agents(read(text)) == [expected]


@pytest.mark.parametrize("text", [
    "Gunmen stormed a hotel in Kabul, wounding five guests. No group has claimed responsibility.",
    "Gunmen stormed a hotel in Kabul, wounding five guests. The Tehreek-e-Taliban Pakistan (TTP) has not claimed "
    "responsibility.",
    "Gunmen stormed a hotel in Kabul, wounding five guests. The Tehreek-e-Taliban Pakistan (TTP) denied "
    "responsibility.",
    "Gunmen stormed a hotel in Kabul, wounding five guests.\n\nThe Tehreek-e-Taliban Pakistan (TTP) claimed "
    "responsibility.",
    "Gunmen stormed a hotel in Kabul, wounding five guests. Police sealed off the area. Officials said the hotel "
    "would reopen. The Tehreek-e-Taliban Pakistan (TTP) claimed responsibility.",
])
def test_no_claim_near_the_attack_names_no_agent(read, text):
    assert agents(read(text)) == [("Attack", None)]

