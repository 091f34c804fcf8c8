"""Round 20's fixes of military event rules, each a construction of news English with sentences that must and must
not fire.

Facts are read with the configured ``min_confidence``.
"""
from __future__ import annotations

from datetime import date

import pytest

from military_views import agents

PUBLISHED = date(2024, 5, 14)


# --- "a technical team had been deployed to the embassy": people sent to do civil work are no forces posted ---------
@pytest.mark.parametrize("text", [
    "The ministry announced that a technical team had been deployed to the embassy in Kabul.",
    "India said a medical team had been deployed to the flood-hit district near the border.",
    "Rescue teams were deployed to the quake zone near the army base, the disaster agency said.",
    "The OSCE deployed 200 observers to monitor the vote in the border districts.",
    "The deployment of election observers to the province was delayed by the fighting.",
    "Kabul deployed health workers to the border crossing to screen returning refugees.",
])
def test_civilians_deployed_are_no_deployment(read, text):
    assert not any(kind == "Deployment" for kind, _ in agents(read(text)))


@pytest.mark.parametrize("text, expected", [
    ("Pakistan deployed a team of commandos to the border on Monday.", ("Deployment", "Pakistan")),
    ("Russia deployed military observers to the border on Monday.", ("Deployment", "Russia")),
    ("Pakistan deployed troops and a medical team to the border on Monday.", ("Deployment", "Pakistan")),
])
def test_forces_deployed_with_a_team_are_a_deployment(read, text, expected):
    assert expected in agents(read(text))


# --- "a second frigate is due to be handed over": craft delivered take no ground, whatever their names --------------
@pytest.mark.parametrize("text", [
    "A second frigate, Tamal, is due to be handed over next year.",
    "The corvette Babur was handed over to the navy at a ceremony in Istanbul.",
    "The helicopters, two Mi-17s, were handed over to the air force in March.",
    "A new destroyer is set to be handed over to the navy in May.",
])
def test_craft_handed_over_are_no_capture(read, text):
    assert not any(kind == "Capture" for kind, _ in agents(read(text)))


@pytest.mark.parametrize("text, expected", [
    ("Two more districts are said to have been captured by the Taliban.", ("Capture", "Taliban")),
    ("Iranian forces seized a tanker, the Stena Impero, in the Strait of Hormuz.", ("Capture", "Iran")),
])
def test_ground_or_a_ship_taken_is_a_capture(read, text, expected):
    assert expected in agents(read(text))


# --- "Ukrainian forces have retaken Izium": a town the model does not know, taken by forces -------------------------
@pytest.mark.parametrize("text, expected", [
    ("Ukrainian forces have retaken Izium, the hub Russia used for its offensive.", ("Capture", "Ukraine")),
    ("Vuhledar was captured by Russian troops after a long siege.", ("Capture", "Russia")),
])
def test_a_name_forces_take_is_ground(read, text, expected):
    assert expected in agents(read(text))


@pytest.mark.parametrize("text", [
    "Ukrainian soldiers captured Lt. Col. Dmitry Ivanov near the front line.",
    "The army took Reuters to court over the report.",
    "The rebels retook the lead in the talks.",
    "Ukrainian forces retook the initiative on the southern front.",
])
def test_a_person_or_an_idiom_taken_is_no_capture(read, text):
    assert not any(kind == "Capture" for kind, _ in agents(read(text)))


# --- "a missile had been accidentally fired": a mishap, aimed at no one ---------------------------------------------
@pytest.mark.parametrize("text", [
    "The Ministry of Defence said a missile had been accidentally fired on March 9 during routine maintenance.",
    "The ministry said the accidental firing of a cruise missile was caused by a technical malfunction.",
    "A Ukrainian air-defence missile was inadvertently launched and landed in Poland, officials said.",
])
def test_a_shot_by_accident_is_no_attack(read, text):
    assert not any(kind == "Attack" for kind, _ in agents(read(text)))


@pytest.mark.parametrize("text, expected", [
    ("Iranian forces mistakenly shot down a Ukrainian airliner near Tehran.", ("Attack", "Iran")),
    ("Pakistani troops deliberately fired on Indian posts along the Line of Control.", ("Attack", "Pakistan")),
])
def test_fire_aimed_is_an_attack(read, text, expected):
    assert expected in agents(read(text))
