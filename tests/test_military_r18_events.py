"""Round 18's military event rules, each a construction of news English with sentences that must and must not fire: a
timeline's present tense the parser reads as a noun, a right or a virtue exercised, a capture only vowed or forecast,
verbs joined by "or" that share their object.

Facts are read with the configured ``min_confidence``.
"""
from __future__ import annotations

from datetime import date

import pytest

from military_views import agents

PUBLISHED = date(2024, 5, 14)


# --- "the IRGC fires missiles at …": a timeline's present tense, which the parser reads as the noun "fires" ---------
@pytest.mark.parametrize("text, expected", [
    ("Tuesday, March 5\n\nThe IRGC fires missiles and drones at two bases of the group in northern Iraq.",
     ("Attack", "IRGC")),
    ("March 5, Tuesday: Hezbollah fires rockets at an army post near the border with Lebanon.",
     ("Attack", "Hezbollah")),
    ("March 5, Tuesday: Hezbollah fires rockets at what it says are two army posts near the border.",
     ("Attack", "Hezbollah")),
])
def test_a_timeline_present_fires_is_an_attack(read, text, expected):
    assert expected in agents(read(text))


@pytest.mark.parametrize("text", [
    "Oil fires, missiles and drones at sea: a week in the Gulf.",
    "Forest fires swept across the region near the army base.",
    "The fires that missiles started at the depot burned for two days.",
    "Camp fires, tents and rations: life at the front line.",
])
def test_fires_that_are_no_present_tense_are_no_attack(read, text):
    assert not any(kind == "Attack" for kind, _ in agents(read(text)))


# --- "India had exercised its right to respond": a right or a virtue exercised is no drill ----------------------------
@pytest.mark.parametrize("text", [
    "The minister said India had exercised its right to respond to the cross-border attacks.",
    "Beijing urged both armies to exercise restraint along the disputed border.",
    "The military exercised control over the border crossings through the army's own checkpoints.",
    "Maximum restraint must be exercised by the troops on both sides of the line, the ministry said.",
])
def test_a_right_or_a_virtue_exercised_is_no_exercise(read, text):
    assert not any(kind == "Exercise" for kind, _ in agents(read(text)))


@pytest.mark.parametrize("text, expected", [
    ("Russian and Belarusian troops exercised near Brest on Monday.", ("Exercise", "Russia")),
    ("Russian troops held a joint exercise with Tajik forces near the Afghan border.", ("Exercise", "Russia")),
])
def test_drills_are_still_exercises(read, text, expected):
    assert expected in agents(read(text))


# --- "said the army would retake the town": a capture vowed or forecast is no capture --------------------------------
@pytest.mark.parametrize("text", [
    "Afghan officials said government forces were regrouping and would retake the district within days.",
    "The Taliban will take Kabul within 90 days, a US intelligence assessment says.",
    "The army commander said his troops would soon recapture the town from the militants.",
])
def test_a_capture_vowed_or_forecast_is_none(read, text):
    assert not any(kind == "Capture" for kind, _ in agents(read(text)))


@pytest.mark.parametrize("text, expected", [
    ("The Taliban took Kandahar on Friday, officials said.", ("Capture", "Taliban")),
    ("Officials said Afghan forces had retaken the district after days of fighting.", ("Capture", "Afghanistan")),
])
def test_a_capture_told_is_kept(read, text, expected):
    assert expected in agents(read(text))


# --- "have killed or arrested hundreds of militants": verbs joined by "or" share their object ------------------------
@pytest.mark.parametrize("text, expected", [
    ("The Taliban said their fighters had killed or arrested hundreds of Daesh members in Nangarhar.",
     ("Attack", "Taliban")),
])
def test_killed_or_arrested_is_an_attack(read, text, expected):
    assert expected in agents(read(text))


@pytest.mark.parametrize("text", [
    "Soldiers of the garrison have repaired or rebuilt hundreds of homes in the valley.",
    "The army has killed or shelved the reform bill in parliament, critics say.",
    "Troops fed or sheltered hundreds of families after the floods.",
])
def test_verbs_joined_by_or_that_kill_no_one_are_no_attack(read, text):
    assert not any(kind == "Attack" for kind, _ in agents(read(text)))


# --- "terrorists triggered an explosion": a blast set off by armed men is an attack ----------------------------------
@pytest.mark.parametrize("text", [
    "Five soldiers were killed when terrorists triggered an explosion during a search operation in Rajouri district.",
    "Militants set off a car bomb outside the police station in Quetta on Monday.",
])
def test_a_blast_set_off_by_attackers_is_an_attack(read, text):
    assert ("Attack", None) in agents(read(text))


@pytest.mark.parametrize("text", [
    "The remark triggered an explosion of anger among army veterans in parliament.",
    "Police detonated the device in a controlled explosion near the army base.",
    "A spark set off a blast at the chemical plant near the border.",
    "The militants set up a blast wall around their camp near the border.",
])
def test_a_blast_set_off_by_no_attacker_is_no_attack(read, text):
    assert not any(kind == "Attack" for kind, _ in agents(read(text)))


# --- "has sent back 80 Afghan soldiers": soldiers of another state sent back are handed over, not deployed -----------
@pytest.mark.parametrize("text", [
    "Tashkent says it has sent back more than 80 Afghan soldiers who fled across the river in July.",
    "Uzbekistan sent home 150 Afghan troops on Monday, officials said.",
])
def test_soldiers_of_another_state_sent_back_are_no_deployment(read, text):
    assert not any(kind == "Deployment" for kind, _ in agents(read(text)))


@pytest.mark.parametrize("text", [
    "Russia sent troops back to the border with Ukraine.",
    "Russia sent back its soldiers to the Kursk region after the drills.",
    "Russia sent 2,000 Russian troops to Syria.",
])
def test_forces_sent_back_to_a_place_are_deployed(read, text):
    assert ("Deployment", "Russia") in agents(read(text))


# --- "the 201st military base held a tactical exercise": a base that acts is the unit, not a deployment ---------------
def test_a_base_that_holds_drills_is_no_deployment(read):
    found = agents(read("Russia's 201st military base held a tactical exercise with 1,500 troops near Dushanbe."))
    assert ("Exercise", "201st military base") in found and not any(kind == "Deployment" for kind, _ in found)


@pytest.mark.parametrize("text", [
    "Russia has a military base in Tajikistan.",
    "The Russian base in Gyumri hosts about 3,000 troops.",
    "Russia's 201st military base, whose units are stationed in Dushanbe, joined the drills with tanks.",
])
def test_a_base_held_is_a_deployment(read, text):
    assert ("Deployment", "Russia") in agents(read(text))
