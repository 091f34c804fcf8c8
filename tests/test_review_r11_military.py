"""Review of round 11's military rules: sentences of the genre on which a rule of the round misfired (wrong at 5317ca9,
right at 98cd91a), and the lookalikes that must keep firing.

Facts are read with the configured ``min_confidence``.
"""
from __future__ import annotations

import functools
from datetime import date

import pytest

from military_views import agents


@pytest.fixture(scope="module")
def read(read_article):
    return functools.partial(read_article, published=date(2024, 5, 14))


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
