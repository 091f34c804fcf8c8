"""Round 13's military rules, each a construction of news English with sentences that must and must not fire: a strike
told by its military subject or target, what is put out of action, a count of none, the lede of a claimed attack.

Facts are read with the configured ``min_confidence``.
"""
from __future__ import annotations

from datetime import date

import pytest

from military_views import agents

PUBLISHED = date(2024, 5, 14)


# --- a strike whose subject is forces, or whose object is a military site, is military without other words -----------
@pytest.mark.parametrize("text, expected", [
    ("Azerbaijani aircraft struck radar sites in Armenia on Monday.", ("Attack", "Azerbaijan")),
    ("Armenia struck two ammunition depots near Shusha overnight.", ("Attack", "Armenia")),
    ("The Turkish Air Force hit command centres at three airfields in northern Iraq.",
     ("Attack", "Air Force of Turkey")),
    ("Egypt said it had shot down four Libyan jets over the desert.", ("Attack", "Egypt")),
])
def test_strike_by_its_arguments(read, text, expected):
    assert expected in agents(read(text))


@pytest.mark.parametrize("text", [
    "Dockworkers struck for higher pay at the port of Mombasa on Monday.",
    "The storm hit the city centre of Baku on Monday.",
    "The new tariffs hit a water system contract signed by Armenia.",
    "The earthquake struck eastern Turkey on Monday.",
    "The proposal struck a chord with voters in Georgia.",
])
def test_strike_of_no_arms(read, text):
    assert agents(read(text)) == []


# --- what is put out of action: military when it is a military site, armed people or weapons -------------------------
@pytest.mark.parametrize("text, expected", [
    ("Azerbaijan neutralised an Armenian radar system near Goris on Friday.", ("Attack", "Azerbaijan")),
    ("Ethiopian troops destroyed a missile storage site near Mekelle.", ("Attack", "Ethiopia")),
    ("Nigerian troops neutralised six terrorists in Borno on Friday.", ("Attack", "Nigeria")),
])
def test_put_out_of_action(read, text, expected):
    assert expected in agents(read(text))


@pytest.mark.parametrize("text", [
    "The central bank neutralised the effect of the rate cut in Georgia.",
    "Floods destroyed a storage site near Mekelle.",
    "Fire destroyed the city centre of Gyumri in 1988.",
    "Armenia destroyed the old water system in Yerevan to build a new one.",
])
def test_put_out_of_action_no_arms(read, text):
    assert agents(read(text)) == []


# --- a station is a place; forces are stationed (a verb) --------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Armenian envoy told the Voice of America radio station that Azerbaijani troops were tired.",
    "Pashinyan spoke to the Public Radio of Armenia station in Yerevan about the army.",
])
def test_station_is_a_place(read, text):
    assert not any(kind == "Deployment" for kind, _ in agents(read(text)))


@pytest.mark.parametrize("text, expected", [
    ("Turkey has stationed 3,000 troops in northern Iraq.", ("Deployment", "Turkey")),
])
def test_forces_stationed(read, text, expected):
    assert expected in agents(read(text))


# --- a count of none: "not a single", "not one" -----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Not a single military site in Armenia was hit, the ministry said.",
    "Not one Azerbaijani soldier was deployed to the border, Baku said.",
])
def test_none_counted(read, text):
    assert agents(read(text)) == []


@pytest.mark.parametrize("text, expected", [
    ("Not only Azerbaijani troops but also Turkish soldiers were deployed to the border.",
     ("Deployment", "Azerbaijan")),
])
def test_not_only(read, text, expected):
    assert expected in agents(read(text))


# --- a claim names the agent of the attack told in the lede and again in detail: one event ----------------------------
def test_claim_joins_lede_and_detail(read):
    text = ("Kenya pressed Somalia to arrest those behind the terrorist attack outside Mogadishu port that killed "
            "three Kenyan engineers. A car bomb struck a convoy carrying Kenyan engineers on Sunday night, officials "
            "said. The Islamic State claimed responsibility for the attack in a statement.")
    assert [a for a in agents(read(text)) if a[0] == "Attack"] == [("Attack", "Islamic State of Iraq and the Levant")]


def test_two_claimed_attacks_apart(read):
    text = ("Gunmen attacked a hotel in Mogadishu on Monday. The Islamic State claimed responsibility for the attack. "
            "On Friday, a car bomb struck an army convoy in Baidoa. The Taliban claimed the bombing.")
    assert [a for a in agents(read(text)) if a[0] == "Attack"] == [
        ("Attack", "Islamic State of Iraq and the Levant"), ("Attack", "Taliban")]


# --- a check of reservists calls them up; a legislature's approval of a dispatch of forces is its state's deployment --
@pytest.mark.parametrize("text, expected", [
    ("Uzbek President Shavkat Mirziyoyev ordered a snap check of 15,000 reservists.", ("Mobilisation", "Uzbekistan")),
    ("The Armenian parliament approved the dispatch of 80 troops to Kazakhstan.", ("Deployment", "Armenia")),
    ("The Belarusian parliament is due to approve the sending of a contingent to Syria.", ("Deployment", "Belarus")),
])
def test_check_and_dispatch(read, text, expected):
    assert expected in agents(read(text))


@pytest.mark.parametrize("text", [
    "The customs service ordered a check of 2,000 containers at the Armenian border.",
    "The Armenian ministry approved the dispatch of 40 tonnes of aid to Syria.",
    "The post office delayed the dispatch of parcels to Kazakhstan.",
    "The Armenian parliament approved the defence budget for 2025.",
    "A check of the reservists' pension records found errors in Uzbekistan.",
])
def test_check_and_dispatch_of_no_forces(read, text):
    assert agents(read(text)) == []


# --- what a relative pronoun stands for is what was launched ----------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Turkey sold Bayraktar drones, which Azerbaijani forces launched at Armenian positions.",
     ("Attack", "Azerbaijan")),
    ("Armenia bought the Indian rockets, which Yerevan launched at Azerbaijani positions in May.",
     ("Attack", "Armenia")),
])
def test_launched_through_a_relative(read, text, expected):
    assert expected in agents(read(text))


@pytest.mark.parametrize("text", [
    "The satellite, which Russia launched from Baikonur, reached orbit.",
    "The campaign, which Armenia launched in May, raised funds for refugees.",
])
def test_launched_no_weapons(read, text):
    assert agents(read(text)) == []


# --- "the group" is an armed group, never a state's body read acting last --------------------------------------------
def test_the_group_is_no_state_body(read):
    text = ("F-16 jets and helicopters of the Turkish Air Force flew from Konya air base to Azerbaijan, the ministry "
            "said. Officials in Kabul worried about the Taliban. The group captured Kunduz on Sunday.")
    assert agents(read(text)) == [("Deployment", "Air Force of Turkey"), ("Capture", "Taliban")]


def test_the_group_read_acting(read):
    text = "The Taliban captured Herat on Friday. The group captured Kunduz on Sunday."
    assert agents(read(text)) == [("Capture", "Taliban"), ("Capture", "Taliban")]


# --- an action that another follows is its background -----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Armenian drills follow rapid Azerbaijani advances near Lachin.",
    "The Azerbaijani exercises followed weeks of Armenian shelling.",
])
def test_followed_action_is_background(read, text):
    assert not any(kind in ("Other", "Attack") for kind, _ in agents(read(text)))


@pytest.mark.parametrize("text, expected", [
    ("The Azerbaijani exercises followed weeks of Armenian shelling.", ("Exercise", "Azerbaijan")),
    ("The Russian deployment followed a request from Tokayev.", ("Deployment", "Russia")),
])
def test_the_action_that_follows(read, text, expected):
    assert expected in agents(read(text))


# --- a fight on the border between two states is theirs ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Heavy fighting on the border between Armenia and Azerbaijan left 30 soldiers dead.",
    "Heavy clashes erupted on the border between Armenia and Azerbaijan on Monday.",
])
def test_fight_on_a_border_between(read, text):
    assert ("Other", "Armenia") in agents(read(text))


@pytest.mark.parametrize("text", [
    "Talks on the border between Armenia and Azerbaijan resumed in Almaty.",
    "Trade on the border between Armenia and Georgia grew by a fifth.",
])
def test_no_fight_on_a_border(read, text):
    assert agents(read(text)) == []


# --- "target" is an attack when weapons target, or a military site is targeted ----------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("The Revolutionary Guards targeted a rebel headquarters near Erbil on Sunday.",
     ("Attack", "Revolutionary Guards")),
    ("Azerbaijani drones targeted three artillery positions near Kapan.", ("Attack", "Azerbaijan")),
])
def test_targeted(read, text, expected):
    assert expected in agents(read(text))


@pytest.mark.parametrize("text", [
    "The new sanctions target banks and oil companies in Iran.",
    "The campaign targeted young voters in Armenia.",
    "The advertising campaign targeted army veterans in Georgia.",
])
def test_targeted_no_arms(read, text):
    assert agents(read(text)) == []


# --- the agent's own account of the action just told is that action ---------------------------------------------------
def test_own_account_of_the_strike_just_told(read):
    text = ("On December 24, Armenian jets bombed several villages in Nakhchivan, killing at least 12 people. "
            "Yerevan said it had targeted hideouts of Kurdish militants.")
    assert agents(read(text)) == [("Attack", "Armenia")]


def test_own_account_of_another_strike(read):
    text = ("On December 24, Armenian jets bombed several villages in Nakhchivan, killing at least 12 people. "
            "Yerevan said it had also struck two army depots near Ganja on Friday.")
    assert agents(read(text)) == [("Attack", "Armenia"), ("Attack", "Armenia")]


# --- "There was an exchange of fire" reports an event -----------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("There was a brief exchange of fire near Kapan on Monday, officials said.", ("Attack", None)),
    ("There were clashes near Goris overnight, the ministry said.", ("Other", None)),
])
def test_there_was(read, text, expected):
    assert expected in agents(read(text))


@pytest.mark.parametrize("text", [
    "Is there a military build-up near Goris?",
    "There was a debate about the attack in parliament.",
])
def test_there_was_no_event(read, text):
    assert agents(read(text)) == []


# --- the two states a border's name pairs are the sides of a fight on it ----------------------------------------------
def test_fight_on_a_paired_border(read):
    assert ("Other", "Armenia") in agents(read("Heavy fighting on the Armenian-Azerbaijani border killed 12 soldiers."))


@pytest.mark.parametrize("text", [
    "Fighting on the Afghan border killed 12 soldiers.",  # one state named: the border is only its side
    "Pashinyan recalled the fighting on the Armenian-Azerbaijani border in 2020.",  # told about, not done
])
def test_fight_on_a_border_of_no_pair(read, text):
    assert not any(agent in ("Armenia", "Afghanistan") for _, agent in agents(read(text)))


# --- a pullback of troops the leaders agreed to is their states' ------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Armenia and Azerbaijan agreed to a truce and a pullback of their forces.", ("Withdrawal", "Armenia")),
    ("Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev agreed to a truce and a "
     "pullback of their forces from the Lachin road.", ("Withdrawal", "Armenia")),
])
def test_pullback_agreed(read, text, expected):
    assert expected in agents(read(text))


@pytest.mark.parametrize("text", [
    "The Armenian prime minister announced his withdrawal from the race.",
    "There was a pullback in Armenian bonds on Monday.",
    "The army called for a pullback of investors from the market.",
])
def test_pullback_of_no_forces(read, text):
    assert agents(read(text)) == []


# --- armed people who kill people attack, whatever form the tagger gives their name -----------------------------------
@pytest.mark.parametrize("text, expected", [
    ("On 3 March, terrorists killed 14 people at a market near Quetta.", ("Attack", None)),
    ("On 3 March, terrorists killed 14 people at a market near Quetta. The Islamic State claimed the attack.",
     ("Attack", "Islamic State of Iraq and the Levant")),
])
def test_terrorists_kill(read, text, expected):
    assert expected in agents(read(text))


@pytest.mark.parametrize("text", [
    "Terrorists killed time playing cards in the prison yard.",
    "Rebels killed the proposal in parliament on Monday.",
])
def test_terrorists_kill_no_one(read, text):
    assert agents(read(text)) == []


# --- forces that operate or man a post or a base are deployed there --------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Turkish forces have been operating two posts in northern Iraq since 2019.", ("Deployment", "Turkey")),
    ("Turkish troops man two outposts near Idlib.", ("Deployment", "Turkey")),
])
def test_forces_hold_a_post(read, text, expected):
    assert expected in agents(read(text))


@pytest.mark.parametrize("text", [
    "The post office operates a branch in Goris.",
    "Volunteers staff the Red Cross post in Goris.",
    "Armenia operates a new border post for trucks at Agarak.",
])
def test_no_forces_hold_a_post(read, text):
    assert agents(read(text)) == []


# --- the one a relative pronoun stands for is the one accused ---------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("The Taliban, which Kabul accused of shelling villages in Kunar, denied it.", ("Attack", "Taliban")),
])
def test_accused_through_a_relative(read, text, expected):
    assert expected in agents(read(text))


def test_accused_of_no_action(read):
    assert agents(read("The minister, whom Yerevan accuses of corruption, resigned.")) == []


# --- an attack told by the lives it took is violent, whatever else its sentence says ----------------------------------
@pytest.mark.parametrize("text, expected", [
    ("A March attack that killed nine border guards in Turbat shocked Pakistan.", ("Attack", None)),
    ("Jundallah, which Islamabad blames for an attack that killed nine border guards in Turbat, vowed more.",
     ("Attack", "Jundallah")),
])
def test_deadly_attack(read, text, expected):
    assert expected in agents(read(text))


@pytest.mark.parametrize("text", [
    "The senator's attack that killed the bill was praised in Yerevan.",
    "A verbal attack that wounded his pride ended the talks in Baku.",
])
def test_attack_that_took_no_lives(read, text):
    assert agents(read(text)) == []


# --- the action one responds to is the other side's -------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Armenian president vowed that Armenia would respond to attacks on its soil.",
    "Georgia said it would retaliate against attacks on its pipelines.",
])
def test_responded_to_is_not_ones_own(read, text):
    assert agents(read(text)) == []


@pytest.mark.parametrize("text, expected", [
    ("Armenian troops responded to Azerbaijani shelling near Kapan with artillery fire.", ("Attack", "Armenia")),
    ("Armenia engaged in drills near Kapan.", ("Exercise", "Armenia")),
])
def test_responder_and_partaker(read, text, expected):
    assert expected in agents(read(text))


# --- a title in quotes is the exercise's own name, not an actor's -----------------------------------------------------
@pytest.mark.parametrize("text", [
    'Then, from June 2 to 6, Georgia and Turkey held the "Noble Partner" exercise in Batumi.',
    'In May, Georgia and Azerbaijan held the "Eternal Alliance" exercise in Ganja.',
])
def test_quoted_exercise_name(read, text):
    assert ("Exercise", "Georgia") in agents(read(text))


@pytest.mark.parametrize("text", [
    "Georgia held a Kremlin exercise in Tbilisi.",
    'Critics called it a "Kremlin PR" exercise in Tbilisi.',
])
def test_named_exercise_of_words(read, text):
    assert agents(read(text)) == []
