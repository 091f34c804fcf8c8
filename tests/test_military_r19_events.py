"""Round 19's fixes of military event rules that review r17 and others found misfiring, each a construction of news
English with sentences that must and must not fire: targets hit by a state's arms or in a market, forces rolled into
position, attackers who kill one person, an installation listed as the object of a capture or an attack, a thing based
on another, an exercise not held, a capture that failed, a shooting after leave to fire, the guard of a shore taken
over, people captured somewhere, a counted object that is no people, a weapon test-fired, control given up, ground
handed to civilians, mercenaries.

Facts are read with the configured ``min_confidence``.
"""
from __future__ import annotations

from datetime import date

import pytest

from military_views import agents

PUBLISHED = date(2024, 5, 14)


def kinds(extraction) -> set[str]:
    return {kind for kind, _ in agents(extraction)}


# --- "Pakistani artillery hit targets": a place phrase names ground, and forces hit --------------------------------
def test_a_states_guns_hitting_targets_attack(read):
    assert agents(read("Turkish artillery hit targets across the border in northern Syria.")) == [
        ("Attack", "Turkey")]


@pytest.mark.parametrize("text", [
    "Turkish exporters hit targets in the European market this year.",
    "Uzbek textile firms struck targets in the Russian retail sector, the ministry said.",
    "Kazakh grain traders hit their targets for the season early.",
])
def test_targets_in_a_market_or_a_sector_are_no_attack(read, text):
    assert agents(read(text)) == []


# --- "tanks rolled into position": forces moved up, no ground taken -------------------------------------------------
def test_armour_rolled_into_position_is_deployed(read):
    assert agents(read("Russian tanks rolled into position near the Ukrainian border.")) == [("Deployment", "Russia")]


@pytest.mark.parametrize("text", [
    "Russian tanks rolled into position near the Ukrainian border.",
    "Indian armoured columns moved into positions along the LAC.",
])
def test_what_rolls_into_position_takes_no_ground(read, text):
    assert "Capture" not in kinds(read(text))


# --- "Two gunmen killed a Chinese engineer": attackers who kill one person -----------------------------------------
def test_gunmen_killing_a_worker_attack(read):
    assert agents(read("Three gunmen killed a Pakistani teacher in Quetta, officials said.")) == [("Attack", None)]


@pytest.mark.parametrize("text", [
    "In a surprise vote, the army killed two reform bills.",
    "The military killed three proposals for a civilian oversight body.",
    "Security forces killed time at the checkpoint before the convoy arrived.",
])
def test_what_forces_kill_that_is_no_people_is_no_attack(read, text):
    assert agents(read(text)) == []


# --- "seized the fort and the air base": an installation listed with the object ------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Rebels seized the town hall and the nearby air base on Sunday.", "Capture"),
    ("Militants attacked the police station and the nearby air base, officials said.", "Attack"),
])
def test_a_base_listed_as_the_object_is_no_deployment(read, text, expected):
    assert kinds(read(text)) == {expected}


def test_forces_kept_at_two_bases_are_deployed(read):
    assert agents(read("Russia keeps troops at the Kant air base and at the 201st base in Tajikistan.")) == [
        ("Deployment", "Russia")]


# --- "was based on troops' reports": a thing founded on another -----------------------------------------------------
@pytest.mark.parametrize("text", [
    "The army's estimate was based on soldiers' accounts from the front.",
    "The ministry based its decision on reports from border troops.",
    "The new doctrine is based on lessons from the war in Ukraine.",
])
def test_a_thing_based_on_another_is_no_deployment(read, text):
    assert agents(read(text)) == []


def test_forces_based_on_an_island_are_deployed(read):
    assert agents(read("Russian troops are based on the island of Iturup.")) == [("Deployment", "Russia")]


# --- "The exercise will not be held": an action whose holding is negated --------------------------------------------
@pytest.mark.parametrize("text", [
    "The drills, which Kazakh troops joined last year, will not be held this year.",
    "The joint exercise with Russia did not take place in 2023, the ministry said.",
])
def test_an_exercise_not_held_is_none(read, text):
    assert agents(read(text)) == []


@pytest.mark.parametrize("text", [
    "The Russian offensive did not take Kharkiv, but it cost Ukraine dearly.",
    "The Russian offensive did not go as planned, Western officials said.",
])
def test_an_action_told_with_what_it_did_not_do_is_kept(read, text):
    assert "Attack" in kinds(read(text))


# --- "tried and failed to capture": an action that did not come off -------------------------------------------------
@pytest.mark.parametrize("text", [
    "Rebel fighters failed to capture the airport on Tuesday.",
    "Houthi fighters tried and failed to seize the port of Hodeidah.",
])
def test_a_failed_capture_is_no_capture(read, text):
    assert "Capture" not in kinds(read(text))


def test_a_capture_after_a_failure_is_a_capture(read):
    assert ("Capture", "Taliban") in agents(read(
        "Taliban fighters failed to take the valley but captured two districts nearby."))


# --- "ordered his men to open fire, and they shot dead": the order carried out --------------------------------------
def test_a_shooting_after_the_order_is_an_attack(read):
    assert agents(read("The general ordered his men to open fire, and they shot dead four demonstrators.")) == [
        ("Attack", None)]


@pytest.mark.parametrize("text", [
    "The coach ordered his players to shoot on sight, and they shot the ball wide.",
    "The president ordered troops to fire on armed groups without warning.",
])
def test_leave_to_fire_alone_is_no_shooting(read, text):
    assert agents(read(text)) == []


# --- "took over the patrolling of the Pangong lake shore": ground named by a compound of compounds -----------------
def test_the_patrolling_of_a_lake_shore_taken_over(read):
    assert agents(read("Indian troops took over the patrolling of the Pangong lake shore.")) == [
        ("Deployment", "India")]


def test_the_security_of_workers_taken_over_is_none(read):
    assert agents(read("Taliban fighters took over the security of Chinese mine workers in Logar.")) == []


# --- "killed or captured 12 militants in North Waziristan": people captured somewhere ------------------------------
@pytest.mark.parametrize("text", [
    "Pakistani troops killed or captured 15 militants in South Waziristan.",
    "Russian forces captured 300 Ukrainian soldiers in Mariupol.",
    "Afghan commandos captured a Taliban commander in Kunduz province.",
])
def test_people_captured_somewhere_are_no_ground_taken(read, text):
    assert "Capture" not in kinds(read(text))


def test_posts_captured_somewhere_are_ground_taken(read):
    assert agents(read("Taliban fighters captured two border posts in Badakhshan.")) == [("Capture", "Taliban")]


# --- "India test-fired an Agni-5 missile": a weapon tested --------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Pakistan test-fired a Shaheen-3 ballistic missile on Tuesday, the ISPR said.",
    "North Korea test-launched two cruise missiles into the sea.",
])
def test_a_weapon_test_fired_is_no_attack(read, text):
    assert agents(read(text)) == []


def test_a_missile_fired_at_a_ship_is_an_attack(read):
    assert "Attack" in kinds(read("Houthi rebels fired a missile at a tanker in the Red Sea."))


# --- "gave up control of Torkham": control given up or lost ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Taliban gave up control of the Ghulam Khan crossing on Monday.",
    "The Afghan army lost control of the district after heavy fighting.",
    "Armenian forces ceded control of the villages to Azerbaijan.",
])
def test_control_given_up_is_no_capture_by_the_one_giving(read, text):
    assert not any(kind == "Capture" and agent in ("Taliban", "Afghanistan", "Armenia")
                   for kind, agent in agents(read(text)))


def test_control_taken_is_a_capture(read):
    assert agents(read("The Taliban took control of the Ghulam Khan crossing on Monday.")) == [
        ("Capture", "Taliban")]


# --- "handed over Bagram to Chinese engineers": ground handed to civilians ------------------------------------------
@pytest.mark.parametrize("text", [
    "The Taliban handed over the airfield to Turkish engineers.",
    "Afghan officials handed over the mine site to a Chinese company.",
])
def test_ground_handed_to_civilians_is_no_capture(read, text):
    assert "Capture" not in kinds(read(text))


def test_ground_handed_to_an_armed_group_is_captured_by_it(read):
    assert agents(read("Afghan forces handed over the district to the Taliban.")) == [("Capture", "Taliban")]


# --- "Wagner mercenaries attacked": mercenaries are armed men -------------------------------------------------------
def test_mercenaries_who_attack_a_village_attack(read):
    assert agents(read("Foreign mercenaries attacked a village in central Mali on Sunday.")) == [("Attack", None)]


def test_mercenaries_paid_is_no_action(read):
    assert agents(read("The mercenaries were paid in gold, the report said.")) == []
