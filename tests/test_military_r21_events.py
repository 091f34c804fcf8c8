"""Round 21's fixes of military event rules that review r18 found misfiring, each a construction of news English with
sentences that must and must not fire: a person killed or captured named by trade or by what he was caught doing, a
killing told as an order to fire carried out, a weapon fired in a test, control lost to someone, a bare post that
forces give up or take.

Facts are read with the configured ``min_confidence``.
"""
from __future__ import annotations

from datetime import date

import pytest

from military_views import agents

PUBLISHED = date(2024, 5, 14)


def kinds(extraction) -> set[str]:
    return {kind for kind, _ in agents(extraction)}


# --- "two gunmen killed a Hindu shopkeeper": a person named by his trade is a person killed ------------------------
@pytest.mark.parametrize("text", [
    "Two gunmen killed a Sikh pharmacist in Peshawar on Sunday.",
    "Militants killed a Hindu shopkeeper in Kulgam district.",
])
def test_armed_men_who_kill_a_tradesman_attack(read, text):
    assert agents(read(text)) == [("Attack", None)]


@pytest.mark.parametrize("text", [
    "A speeding truck killed a fruit vendor in Karachi on Sunday.",
    "The new sales tax killed the merchants' trade with Kabul.",
    "Two gunmen killed the engine and fled on foot.",
])
def test_a_tradesman_killed_by_no_armed_men_or_no_person_killed(read, text):
    assert agents(read(text)) == []


# --- "captured a Pakistani intruder": a person caught where he crossed is taken, not ground --------------------------
@pytest.mark.parametrize("text", [
    "Pakistan's maritime security agency captured 22 Indian fishermen off the Gujarat coast.",
    "Border guards captured two Afghan smugglers near Torkham.",
    "Indian troops captured a Chinese spy near the Line of Actual Control.",
])
def test_people_caught_are_no_ground_taken(read, text):
    assert "Capture" not in kinds(read(text))


@pytest.mark.parametrize("text, expected", [
    ("Indian troops captured a Pakistani post near the Line of Control.", [("Capture", "India")]),
    ("Indian troops killed a Pakistani intruder in Poonch sector.", [("Attack", "India")]),
])
def test_a_post_captured_or_an_intruder_killed(read, text, expected):
    assert agents(read(text)) == expected


# --- "ordered his soldiers to open fire, and they killed five": the order to fire carried out ----------------------
@pytest.mark.parametrize("text", [
    "The commander ordered his men to shoot, and they killed five protesters.",
    "The officer gave his men the order to open fire, and they killed dozens of people.",
])
def test_a_killing_after_the_order_to_fire_is_an_attack(read, text):
    assert agents(read(text)) == [("Attack", None)]


@pytest.mark.parametrize("text", [
    "The manager ordered his staff to cut costs, and they killed the project.",
    "The general ordered his men to hold fire, and they killed no one.",
    "The commander ordered his soldiers to open fire, and the crowd scattered.",
])
def test_no_killing_after_an_order_to_fire_or_an_order_of_no_fire(read, text):
    assert agents(read(text)) == []


# --- "fired two missiles into the sea during a test": a weapon fired in a test is tested, fired at no one -----------
@pytest.mark.parametrize("text", [
    "North Korea fired a ballistic missile in a test-firing off its east coast.",
    "North Korea fired a ballistic missile during a test launch off its east coast.",
    "The navy launched a BrahMos missile from a destroyer as part of a test of its air defences.",
])
def test_a_weapon_fired_in_a_test_is_no_attack(read, text):
    assert "Attack" not in kinds(read(text))


@pytest.mark.parametrize("text, expected", [
    ("Pakistani troops fired on Indian posts during the Test match in Lahore.", [("Attack", "Pakistan")]),
    ("Russia fired missiles at Kyiv during a test of wills with the West.", [("Attack", "Russia")]),
])
def test_fire_during_a_match_or_a_test_of_wills_is_an_attack(read, text, expected):
    assert agents(read(text)) == expected


# --- "lost control of the district to Islamic State fighters": control lost to someone is taken by them -------------
@pytest.mark.parametrize("text", [
    "The Afghan army lost control of Kunduz city to the Taliban on Sunday.",
    "The government ceded control of the border crossing to Taliban fighters.",
])
def test_control_lost_to_a_group_is_its_capture(read, text):
    assert agents(read(text)) == [("Capture", "Taliban")]


@pytest.mark.parametrize("text", [
    "The Afghan army lost control of the road to Kabul.",
    "The founder lost control of the company to its creditors.",
    "The ruling party lost control of the Senate to the Republicans.",
])
def test_control_lost_of_a_road_a_firm_or_a_house_is_no_capture(read, text):
    assert "Capture" not in kinds(read(text))


# --- "border troops handed over the post to Taliban fighters": a bare post that forces give up or take --------------
@pytest.mark.parametrize("text, expected", [
    ("Taliban fighters captured the post after a two-hour gunfight.", ("Capture", "Taliban")),
    ("The post was overrun by militants on Tuesday.", ("Capture", None)),
])
def test_a_post_forces_take_is_ground(read, text, expected):
    assert expected in agents(read(text))


@pytest.mark.parametrize("text", [
    "General Bajwa handed over the post to his successor in November.",
    "The outgoing army chief handed over the post to General Asim Munir.",
    "The army nominated General Munir, who took the post in November.",
])
def test_a_post_held_as_an_office_is_no_ground(read, text):
    assert "Capture" not in kinds(read(text))
