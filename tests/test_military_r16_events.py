"""Round 16's rules on whether a sentence reports a military action, each a construction of news English with
sentences that must and must not fire: forces a leader stations, people handed over, leave to shoot, targets struck,
drills agreed to be held regularly, an exercise taken part in, a fight that did not happen, a site guarded by troops,
a base taken.

Facts are read with the configured ``min_confidence``.
"""
from __future__ import annotations

from datetime import date

import pytest

from military_views import agents

PUBLISHED = date(2024, 5, 14)


# --- "Rahmon has stationed additional troops": forces posted by a leader are a deployment, not his travel -----------
@pytest.mark.parametrize("text", [
    "Tajik President Emomali Rahmon has stationed additional troops along the border.",
    "Officials say the insurgents have moved towards Badakhshan, where President Rahmon has stationed more troops.",
])
def test_leader_stations_forces(read, text):
    assert any(kind == "Deployment" and agent in ("Tajikistan", "Emomali Rahmon") for kind, agent in agents(read(text)))


@pytest.mark.parametrize("text", [
    "The Tajik envoy, who is stationed in Moscow, met Russian officials on Monday.",
    "President Rahmon, who was based in Kulob during the civil war, visited the troops.",
    "The minister is stationed in Dushanbe and oversees the border troops.",
])
def test_person_stationed_travels(read, text):
    assert not any(kind == "Deployment" for kind, _ in agents(read(text)))


# --- "the troops had been handed over to Afghan authorities": people handed over, no ground taken -------------------
@pytest.mark.parametrize("text", [
    "Uzbek officials said the soldiers had been handed over to Afghan authorities at the border bridge.",
    "The militants handed over the hostages to tribal elders at the border crossing.",
    "Kyrgyz border guards handed over two detainees to the Tajik side at the checkpoint.",
    "The Taliban handed over the bodies of the pilots to Pakistani officials at Torkham.",
])
def test_people_handed_over(read, text):
    assert not any(kind == "Capture" for kind, _ in agents(read(text)))


@pytest.mark.parametrize("text, expected", [
    ("The army handed over the district to the Taliban after a week of fighting.", ("Capture", "Taliban")),
])
def test_ground_handed_over(read, text, expected):
    assert expected in agents(read(text))


# --- "ordered troops to shoot to kill without warning": leave to shoot, no shooting told ----------------------------
@pytest.mark.parametrize("text", [
    'The president says he has ordered troops to "shoot to kill without warning".',
    "He said he had given security forces the order to shoot without warning at armed groups.",
    "The governor authorised the army to open fire on looters in the city.",
    "The commander instructed the border guards to fire on anyone crossing the river.",
])
def test_leave_to_shoot(read, text):
    assert not any(kind == "Attack" for kind, _ in agents(read(text)))


@pytest.mark.parametrize("text, expected", [
    ("Kyrgyz border guards opened fire on a Tajik post after the order came from Bishkek.",
     ("Attack", "Kyrgyzstan")),
])
def test_shooting_under_orders(read, text, expected):
    assert expected in agents(read(text))


# --- "Pakistan struck targets in Saravan": targets hit are an attack, without other military words -----------------
@pytest.mark.parametrize("text, expected", [
    ("Pakistan struck targets in Saravan two days later.", ("Attack", "Pakistan")),
    ("Iran struck militant targets across the border on Tuesday.", ("Attack", "Iran")),
])
def test_targets_struck(read, text, expected):
    assert expected in agents(read(text))


@pytest.mark.parametrize("text", [
    "The central bank struck its inflation target for the first time in years.",
    "India struck a deal with Russia on oil targets.",
    "Dockers in Karachi struck for higher pay on Monday.",
])
def test_no_targets_struck(read, text):
    assert not any(kind == "Attack" for kind, _ in agents(read(text)))


# --- "agreed to hold regular joint exercises": drills decided on are planned, not a trend ---------------------------
@pytest.mark.parametrize("text, expected", [
    ("China and Tajikistan agreed to hold regular joint counter-terrorism exercises.", ("Exercise", "China")),
])
def test_regular_drills_agreed(read, text, expected):
    assert expected in agents(read(text))


@pytest.mark.parametrize("text", [
    "Northern Nigeria faces regular attacks by Boko Haram fighters.",
    "Villages along the border suffer frequent raids by militants.",
])
def test_regular_attacks_are_a_trend(read, text):
    assert agents(read(text)) == []


# --- "troops are taking part in the Peace Mission exercise": an exercise partaken in is reported, not a frame -------
@pytest.mark.parametrize("text, expected", [
    ('SCO forces are taking part in the "Peace Mission 2021" counter-terrorism exercise in Russia this month.',
     ("Exercise", "Shanghai Cooperation Organisation")),
    ("Indian troops took part in the Zapad exercise in Russia in September.", ("Exercise", "India")),
])
def test_exercise_taken_part_in(read, text, expected):
    assert expected in agents(read(text))


def test_drills_of_a_fleet_taken_part_in(read):
    text = "Two Russian frigates will take part in drills of the Northern Fleet in the Barents Sea, the ministry said."
    assert any(kind == "Exercise" for kind, _ in agents(read(text)))


@pytest.mark.parametrize("text", [
    "The minister spoke about the exercise in his speech to parliament.",
    "Trade fell sharply during the exercise near the border.",
])
def test_exercise_as_frame(read, text):
    assert agents(read(text)) == []


# --- "fell without a battle": a fight said not to have happened ----------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Taliban took the city without a fight.",
    "Government troops left the district without a battle.",
    "The garrison surrendered without any fighting.",
])
def test_no_fight(read, text):
    assert not any(kind in ("Other", "Attack") for kind, _ in agents(read(text)))


@pytest.mark.parametrize("text, expected", [
    ("The Taliban took the city after a fight with government troops.", ("Other", "Taliban")),
])
def test_a_fight(read, text, expected):
    assert expected in agents(read(text))


# --- "the airport is guarded by Russian paratroopers": a site held by forces named in the passive -----------------
@pytest.mark.parametrize("text", [
    "The airport is being guarded by Russian paratroopers.",
    "The Kazakh defence ministry said the airport was now guarded jointly with Russian troops.",
])
def test_site_guarded_by_forces(read, text):
    assert any(kind == "Deployment" for kind, _ in agents(read(text)))


@pytest.mark.parametrize("text", [
    "The embassy is guarded by a private security firm.",
    "The secret was guarded with great care by the ministry.",
    "The summit venue was guarded by hundreds of police officers.",
])
def test_site_guarded_by_no_forces(read, text):
    assert not any(kind == "Deployment" for kind, _ in agents(read(text)))


# --- "seized Bagram air base": a base taken is the ground of the capture, not forces based there -------------------
@pytest.mark.parametrize("text, expected", [
    ("Taliban fighters seized Bagram air base and freed thousands of inmates.", [("Capture", "Taliban")]),
    ("Rebels captured the military base near the town on Sunday.", [("Capture", None)]),
])
def test_base_taken(read, text, expected):
    assert agents(read(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Russia keeps its 201st military base in Tajikistan.", ("Deployment", "Russia")),
])
def test_base_kept(read, text, expected):
    assert expected in agents(read(text))


# --- "two suicide bombers killed 95 people": counted attackers with the dead as object are the killers -------------
@pytest.mark.parametrize("text", [
    "In January, two suicide bombers killed at least 95 people at a memorial in Kerman.",
    "Three militants killed two soldiers near the post on Sunday.",
])
def test_counted_attackers_kill(read, text):
    assert any(kind == "Attack" for kind, _ in agents(read(text)))


@pytest.mark.parametrize("text", [
    "Over 200 attackers killed, says the army.",
    "Two suicide bombers killed, police say.",
    "Five militants killed, two arrested.",
])
def test_counted_attackers_killed(read, text):
    assert not any(kind == "Attack" for kind, _ in agents(read(text)))


# --- "the Taliban rode into Kabul": armed forces riding or rolling into a place take it ----------------------------
@pytest.mark.parametrize("text, expected", [
    ("Three weeks after the Taliban rode into Kabul without a fight, New Delhi is still searching for a policy.",
     [("Capture", "Taliban")]),
    ("Russian tanks rolled into the town of Bucha on Sunday.", [("Capture", "Russia")]),
])
def test_forces_ride_into_a_place(read, text, expected):
    assert agents(read(text)) == expected


@pytest.mark.parametrize("text", [
    "The president rode into the city in an open car.",
    "Trucks loaded with grain rolled into Kabul from Uzbekistan.",
    "The new rules rolled into effect across the province on Monday.",
])
def test_no_forces_ride_in(read, text):
    assert agents(read(text)) == []


# --- "reached Orenburg to take part in the exercise": an exercise taken part in as a purpose is no news of its own ---
@pytest.mark.parametrize("text", [
    "An Indian Army contingent has reached Orenburg to take part in the Peace Mission exercise, the Army said.",
    "Chinese troops arrived in Belarus on Monday to participate in the joint drills.",
])
def test_exercise_taken_part_in_as_purpose(read, text):
    assert not any(kind == "Exercise" for kind, _ in agents(read(text)))
