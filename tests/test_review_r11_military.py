"""Review of round 11's military rules: sentences of the genre on which a rule of the round misfired (wrong at 5317ca9,
right at 98cd91a), and the lookalikes that must keep firing.

Facts are read with the configured ``min_confidence``.
"""
from __future__ import annotations

from datetime import date

import pytest

from military_views import agents

PUBLISHED = date(2024, 5, 14)


# --- what is intercepted is a weapon in flight, not a shipment, a vehicle or words about weapons ---------------------
@pytest.mark.parametrize("text", [
    "Pakistani customs intercepted a shipment of drones at Karachi port.",
    "Indian police intercepted a truck carrying missiles parts.",
    "Indian intelligence intercepted messages about a missile test.",
    "Indian authorities intercepted a consignment of rocket launchers bound for Myanmar.",
    "The Coast Guard intercepted a fishing boat carrying grenade launchers.",
])
def test_interception_of_cargo_or_words(read, text):
    assert agents(read(text)) == []


@pytest.mark.parametrize("text, agent", [
    ("Israel's Iron Dome intercepted most of the rockets.", "Israel"),
    ("Indian air defences intercepted most of the Pakistani missiles.", "India"),
    ("Russian air defence intercepted 30 Ukrainian drones overnight.", "Russia"),
    ("Iran intercepted an American drone over the Strait of Hormuz.", "Iran"),
    ("Israel's air defences intercepted a barrage of missiles over Tel Aviv.", "Israel"),
])
def test_interception_of_fire_kept(read, text, agent):
    assert ("Other", agent) in agents(read(text))


# --- a post of an envoy is an office, not a post that forces hold ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "Kazakhstan established a post of special envoy for Afghanistan.",
    "Kazakhstan established a post of ambassador to the Taliban.",
    "Kyrgyzstan set up a post of special representative for border affairs.",
])
def test_post_as_office(read, text):
    assert agents(read(text)) == []


@pytest.mark.parametrize("text, agent", [
    ("Tajik border guards set up a new post near Vorukh.", "Tajikistan"),
    ("India set up an observation post in Depsang.", "India"),
    ("The Taliban set up roadblocks around Panjshir.", "Taliban"),
])
def test_post_held_by_forces_kept(read, text, agent):
    assert ("Deployment", agent) in agents(read(text))


# --- a rocket named as a model and fired in a war is a weapon, not a carrier rocket ----------------------------------
@pytest.mark.parametrize("text, agent", [
    ("Pakistan launched a Fatah rocket during the standoff with India.", "Pakistan"),
    ("The Taliban launched a Zelzal rocket in the war against Kabul.", "Taliban"),
])
def test_model_rocket_at_war(read, text, agent):
    assert ("Attack", agent) in agents(read(text))


@pytest.mark.parametrize("text", [
    "China launched a Long March rocket from Jiuquan.",
    "Iran launched its Qaem-100 rocket carrying a satellite.",
])
def test_carrier_rocket_kept_out(read, text):
    assert agents(read(text)) == []


# --- a retort to "any" threat told in the past was done, not warned of ----------------------------------------------
@pytest.mark.parametrize("text, agent", [
    ("Indian troops retaliated against any post that had fired at them.", "India"),
    ("Kyrgyz border guards responded to any provocation with fire last week.", "Kyrgyzstan"),
])
def test_past_retort_to_any(read, text, agent):
    assert ("Attack", agent) in agents(read(text))


@pytest.mark.parametrize("text", [
    "Pakistan will retaliate against any Indian aggression, the army chief warned.",
    "The army would respond to any violation of the ceasefire.",
])
def test_warning_to_any_kept(read, text):
    assert agents(read(text)) == []


# --- what is killed, counted, is no person in an idiom --------------------------------------------------------------
def test_two_birds_with_one_stone(read):
    assert ("Attack", "Pakistan") not in agents(read(
        "The Pakistani army killed two birds with one stone by holding the drills."))


@pytest.mark.parametrize("text, agent", [
    ("Chinese troops killed 20 Indian soldiers in Galwan.", "China"),
    ("Pakistani forces killed 12 terrorists in a raid in Balochistan.", "Pakistan"),
])
def test_forces_killing_people_kept(read, text, agent):
    assert ("Attack", agent) in agents(read(text))


# --- shelling "of" forces names who shells ---------------------------------------------------------------------------
def test_shelling_of_artillery(read):
    found = agents(read("Kyrgyz border posts came under shelling of Tajik artillery."))
    assert ("Attack", "Tajikistan") in found and ("Attack", "Kyrgyzstan") not in found


def test_invasion_of_country_kept(read):
    assert ("Attack", "Iraq") in agents(read("The invasion of Kuwait by Iraq began in 1990."))


# --- a strike said to be precise is military only against a place or an installation --------------------------------
@pytest.mark.parametrize("text", [
    "Imran Khan launched a precision strike on the opposition in his speech.",
    "India's Election Commission conducted surgical strikes on illegal cash.",
])
def test_precise_strike_in_words(read, text):
    assert agents(read(text)) == []


@pytest.mark.parametrize("text, agent", [
    ("Pakistan carried out precision strikes on terrorist hideouts in Afghanistan.", "Pakistan"),
    ("Israel carried out precision strikes on Iranian nuclear sites.", "Israel"),
    ("India carried out missile strikes on terror camps in Pakistan.", "India"),
])
def test_precise_strike_at_a_target_kept(read, text, agent):
    assert ("Attack", agent) in agents(read(text))


# --- a model rocket fired over a country is aimed; a percentage of missiles is a share of them -----------------------
def test_model_rocket_over_a_country(read):
    assert ("Attack", "North Korea") in agents(read("North Korea launched a Hwasong rocket over Japan."))


def test_percent_of_missiles_intercepted(read):
    assert ("Other", "Israel") in agents(read("Israel intercepted 99 percent of the Iranian missiles."))
