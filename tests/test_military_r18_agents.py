"""Round 18's fixes of who does a military action, each a construction of news English with sentences that must and
must not fire: a claim of responsibility told in a sentence after the attack, the defence ministry that reports a move
of forces the genre names apart from their state.

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


# --- "the defence ministry said commandos had been sent": in 2021 the Afghan forces the genre names apart -----------
def test_a_defence_ministry_reports_the_forces_named_apart(read_article):
    text = "The Afghan defence ministry said commandos had been sent to Kandahar to push the Taliban back."
    assert agents(read_article(text, date(2021, 7, 14))) == [
        ("Deployment", "Afghan National Defense and Security Forces")]


@pytest.mark.parametrize("text, expected", [
    ("The Afghan defence ministry said commandos had been sent to Kandahar.",
     ("Deployment", "Ministry of Defence of Afghanistan")),
    ("The Kyrgyz defence ministry said reserve units had been moved to Batken.",
     ("Deployment", "Ministry of Defence of Kyrgyzstan")),
])
def test_other_defence_ministries_report_as_before(read, text, expected):
    assert expected in agents(read(text))

