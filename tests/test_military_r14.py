"""Round 14's military rules, each a construction of news English with sentences that must and must not fire: a backer
named before "-backed" forces, a demonym before fire the parser read as a gerund, weapons used against a target.

Facts are read with the configured ``min_confidence``.
"""
from __future__ import annotations

from datetime import date

import pytest

from military_views import agents

PUBLISHED = date(2024, 5, 14)


# --- "X-backed" forces: X backs them, they act --------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Kabul-backed militants of the Balochistan Liberation Army ambushed a convoy near Turbat.",
     ("Attack", "Balochistan Liberation Army")),
    ("Tehran-backed Hezbollah fighters fired rockets at an Israeli army post on Monday.", ("Attack", "Hezbollah")),
    ("Heavily-armed Taliban fighters overran the district of Kohistan on Sunday.", ("Capture", "Taliban")),
])
def test_backed_forces_act(read, text, expected):
    assert expected in agents(read(text))


@pytest.mark.parametrize("text, backer", [
    ("Moscow-backed separatists shelled the town of Marinka overnight.", "Russia"),
    ("Turkish-backed rebels seized the village of Tal Tamr.", "Turkey"),
    ("Saudi-funded militias seized the port of Mukalla on Friday.", "Saudi Arabia"),
    ("Russian-trained commandos stormed the airport of Kamenka overnight.", "Russia"),
    ("Iran-funded militias fired rockets at a base near Erbil on Sunday.", "Iran"),
])
def test_backer_does_not_act(read, text, backer):
    assert not any(agent == backer for _, agent in agents(read(text)))


@pytest.mark.parametrize("text, expected", [
    ("Turkish troops backed by drones attacked PKK positions in northern Iraq.", ("Attack", "Turkey")),
])
def test_backed_by_is_no_backer(read, text, expected):
    assert expected in agents(read(text))


# --- "killed by Armenian shelling": the parser reads the noun as a gerund and hangs the demonym on "by" -------------
@pytest.mark.parametrize("text, expected", [
    ("Four farmers were killed by Armenian shelling in the Tovuz district.", ("Attack", "Armenia")),
    ("A border post was damaged in Uzbek shelling near Sokh.", ("Attack", "Uzbekistan")),
    ("Shepherds near Kelbajar fled from Azerbaijani shelling on Tuesday.", ("Attack", "Azerbaijan")),
])
def test_demonym_before_fire(read, text, expected):
    assert expected in agents(read(text))


@pytest.mark.parametrize("text, named", [
    ("After talks with the Armenians, shelling resumed near Tovuz.", "Armenia"),
    ("The meeting of Kyrgyz and Tajik officials was followed by shelling near Sokh.", "Tajikistan"),
    ("Kyrgyz officials said shelling had resumed near Sokh.", "Kyrgyzstan"),
    ("He briefed the envoys in Russian, shelling out the details of the plan.", "Russia"),
    ("The report, written in Uzbek, blamed the shelling on smugglers.", "Uzbekistan"),
])
def test_demonym_elsewhere_fires_nothing(read, text, named):
    assert not any(agent == named for _, agent in agents(read(text)))


# --- weapons used against someone are an attack -----------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Armenian units used artillery, rockets and drones against Azerbaijani positions near Lachin.",
     ("Attack", "Armenia")),
    ("The Nigerian army used helicopter gunships and mortars against Boko Haram camps in Borno.",
     ("Attack", "Army of Nigeria")),
])
def test_arms_used_against(read, text, expected):
    assert expected in agents(read(text))


@pytest.mark.parametrize("text", [
    "China used its veto against the resolution on Myanmar.",
    "The army used drones to map the flooded valleys of Sindh.",
    "Police used rubber bullets against protesters in Tbilisi.",
    "Kenya used its drone programme against poachers as a model for the region.",
    "Hackers used malware against Georgian banks on Monday.",
    "Farmers used drones against locust swarms in Somalia.",
])
def test_used_against_without_arms(read, text):
    assert agents(read(text)) == []


# --- "carried out what it called a series of strikes": the action named in the agent's words, counted ---------------
@pytest.mark.parametrize("text, expected", [
    ('Azerbaijan on Monday carried out what its defence ministry called "a series of missile strikes" against Armenian '
     'positions near Lachin.', ("Attack", "Azerbaijan")),
    ("Nigeria launched what the army described as a wave of air strikes on Boko Haram camps.", ("Attack", "Nigeria")),
])
def test_counted_action_named_as_done(read, text, expected):
    assert expected in agents(read(text))


@pytest.mark.parametrize("text", [
    "The opposition staged what it called a series of strikes against the new tax in Yerevan.",
    "Georgia carried out what officials called a series of reforms of the army.",
    "The union launched what it called a wave of strikes at the port of Poti.",
])
def test_counted_words_named_as_done(read, text):
    assert agents(read(text)) == []


# --- "downed five aircraft": aircraft and weapons brought down in flight ----------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Kenyan troops downed a militant drone near Mandera on Monday.", ("Attack", "Kenya")),
    ("Azerbaijani air defences downed two Armenian drones over Lachin.", ("Attack", "Azerbaijan")),
])
def test_downed_in_flight(read, text, expected):
    assert expected in agents(read(text))


@pytest.mark.parametrize("text", [
    "Dockers in Mombasa downed tools on Monday over pay.",
    "The storm downed power lines across Batumi.",
    "Georgia downed Armenia 2-1 in the football qualifier in Tbilisi.",
    "The fans downed a few beers before the match in Baku.",
])
def test_downed_no_arms(read, text):
    assert agents(read(text)) == []


# --- a transcript's speaker before a colon is no agent ---------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Foreign Secretary, Shri Harsh Shringla: The Border Security Force intercepted two drones near Amritsar.",
     ("Other", "Border Security Force")),
    ("Spokesperson, Ms Maria Zakharova: The Russian Aerospace Forces struck three command posts near Idlib on Friday.",
     ("Attack", "Russian Aerospace Forces")),
])
def test_agent_after_speaker(read, text, expected):
    assert expected in agents(read(text))


@pytest.mark.parametrize("text", [
    "Official Spokesperson, Shri Rajesh Kumar: A drone was shot down near Jammu last week.",
    "Spokesman, Mr Ned Price: Washington has never sent troops to Taiwan.",
    "Russia's message was clear: troops would stay in Transnistria.",
    "Question: Did the army shoot down the drone near Jammu?",
])
def test_speaker_acts_not(read, text):
    assert agents(read(text)) == []


# --- "Its army shelled …": the owner of forces that are the subject is the state the sentence before is about ---------
@pytest.mark.parametrize("text, expected", [
    ("Armenia answered within hours. Its army shelled Azerbaijani positions near Lachin overnight.",
     ("Attack", "Armenia")),
    ("Nigeria changed tack in March. Its troops stormed a Boko Haram camp near Lake Chad.", ("Attack", "Nigeria")),
])
def test_its_forces_after_state(read, text, expected):
    assert expected in agents(read(text))


@pytest.mark.parametrize("text, other", [
    ("Turkey sold drones to Ukraine. Its army fired them at Russian positions near Kherson.", "Turkey"),
    ("Armenia and Azerbaijan met in Prague. Its army shelled positions near Lachin overnight.", "Armenia"),
    ("Kenya hosted the talks in Nairobi. Officials said its troops had stormed a camp near Mandera.", "Kenya"),
])
def test_its_forces_of_no_one_sure(read, text, other):
    assert not any(agent == other for _, agent in agents(read(text)))


# --- "the army" is a state's, not an armed group whose name ends in "Army" -------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Militants of the Arakan Army attacked a police post in Rakhine. The group later seized a town near Sittwe.",
     ("Capture", "Arakan Army")),
    ("The Pakistan Army launched an operation in Khyber. The army deployed additional troops along the border, "
     "officials said.", ("Deployment", "Army of Pakistan")),
])
def test_army_named_acts(read, text, expected):
    assert expected in agents(read(text))


@pytest.mark.parametrize("text, wrong", [
    ("Militants of the Arakan Army attacked a police post in Rakhine on Monday. The army deployed additional troops to "
     "Sittwe, officials said.", ("Deployment", "Arakan Army")),
    ("The Kachin Independence Army seized a hill post near Laiza. The army shelled the post on Tuesday, the group "
     "said.", ("Attack", "Kachin Independence Army")),
    ("The Philippines blamed the New People's Army for the ambush in Samar. The army deployed additional troops to the "
     "province on Monday.", ("Deployment", "New People's Army")),
])
def test_army_is_no_armed_group(read, text, wrong):
    assert wrong not in agents(read(text))
