"""Round 18's fixes of who does a military action, each a construction of news English with sentences that must and
must not fire: a claim of responsibility told in a sentence after the attack, the defence ministry that reports a move
of forces the genre names apart from their state, the army a country keeps beside another armed force.

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


# --- "Iran's army says it has begun drills": the army beside the Revolutionary Guards, not all of Iran's forces ----
@pytest.mark.parametrize("text", [
    "Iran's army says it has begun a long-planned air-defence exercise along the border.",
    "The Iranian army held drills near Zahedan, while the Revolutionary Guards fired missiles at the camps.",
])
def test_the_army_of_iran_is_its_army(read, text):
    found = read(text)
    army = next(a for a in found.actors if a.label == "Islamic Republic of Iran Army")
    assert ("Exercise", army.label) in agents(found) and army.aliases & {"Iran's army", "Iranian army"}


@pytest.mark.parametrize("text, expected", [
    ("Iran's armed forces held drills along the Gulf coast.", ("Exercise", "Armed Forces of Iran")),
    ("Iranian troops were deployed to the border with Pakistan.", ("Deployment", "Iran")),
    ("Iran's military said it had fired missiles at the camps.", ("Attack", "Iran")),
    ("The Pakistani army deployed troops along the border with Iran.", ("Deployment", "Army of Pakistan")),
    ("The Afghan army said it had retaken the district from the Taliban.", ("Capture", "Afghanistan")),
])
def test_other_forces_of_a_country_stay_as_before(read, text, expected):
    assert agents(read(text)) == [expected]
