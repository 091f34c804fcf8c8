"""Round 16's rules on who does a military action, each a construction of news English with sentences that must and
must not fire: a foreign ministry that tells of its state's strikes, the chair of an organisation who announces its
move, an affiliate the article names only by its description, a defence body that tells of its state's forces.

Facts are read with the configured ``min_confidence``.
"""
from __future__ import annotations

from datetime import date

import pytest

from military_views import agents

PUBLISHED = date(2024, 1, 20)


# --- a foreign ministry commands no forces: the strikes it tells of as its own are its state's ----------------------
@pytest.mark.parametrize("text, expected", [
    ("Pakistan's Foreign Office said on Thursday that its armed forces had struck militant hideouts in Iran.",
     ("Attack", "Pakistan")),
    ("The Indian Ministry of External Affairs said its troops had pulled back from two friction points.",
     ("Withdrawal", "India")),
])
def test_foreign_ministry_tells_of_its_state(read, text, expected):
    found = agents(read(text))
    assert expected in found
    assert not any(agent and ("Foreign" in agent or "External" in agent) for _, agent in found)


@pytest.mark.parametrize("text, expected", [
    ("The Tajik Foreign Ministry said Kyrgyz forces had shelled a village in Isfara district.",
     ("Attack", "Kyrgyzstan")),
    ("The Kazakh Interior Ministry said its forces had killed 26 gunmen in Almaty.",
     ("Attack", "Ministry of Internal Affairs of Kazakhstan")),
    ("Uzbekistan's Foreign Ministry said Afghan troops had fled across the river.", ("Withdrawal", "Afghanistan")),
])
def test_other_bodies_and_other_forces_keep_their_agent(read, text, expected):
    assert expected in agents(read(text))


# --- "X, who chairs the bloc, announced the deployment": the chair speaks for the organisation, not for his state ---
@pytest.mark.parametrize("text, expected", [
    ("The Collective Security Treaty Organization met on Monday. Belarusian President Alexander Lukashenko, who "
     "chairs the bloc this year, announced the deployment of a peacekeeping force.",
     ("Deployment", "Collective Security Treaty Organization")),
    ("The African Union met in Addis Ababa. Senegal's President Macky Sall, who chairs the African Union, announced "
     "that troops would be sent to the border.", ("Deployment", "African Union")),
])
def test_chair_announces_the_organisations_move(read, text, expected):
    assert expected in agents(read(text))


@pytest.mark.parametrize("text, wrong", [
    ("The African Union met in Addis Ababa. Nikol Pashinyan, who chairs the bloc, said Armenian troops had withdrawn "
     "from the border.", "African Union"),
    ("The African Union met in Addis Ababa. Macky Sall, who chairs the bloc, sent Senegalese troops to the border.",
     "African Union"),
    ("The Collective Security Treaty Organization met on Monday. Kazakh President Kassym-Jomart Tokayev, who chaired "
     "the meeting, said Kazakh troops had retaken the airport.", "Collective Security Treaty Organization"),
    ("The African Union met in Addis Ababa. Macky Sall, who leads the bloc's mediation, announced the deployment of "
     "Senegalese troops.", "African Union"),
])
def test_chair_of_nothing_moved_here(read, text, wrong):
    assert not any(agent == wrong for _, agent in agents(read(text)))


# --- "Islamic State's Afghan branch claimed a bombing": the branch the description names, not its parent ----------
@pytest.mark.parametrize("text, expected", [
    ("Islamic State's Afghan branch claimed a suicide bombing in Kunduz last month that killed dozens of worshippers.",
     ("Attack", "Islamic State's Afghan branch")),
])
def test_affiliate_named_by_its_description(read, text, expected):
    assert expected in agents(read(text))


@pytest.mark.parametrize("text, parent", [
    ("Islamic State's Afghan branch claimed a suicide bombing in Kunduz last month.",
     "Islamic State of Iraq and the Levant"),
    ("Al-Qaeda's Yemeni branch, known as AQAP, bombed a market in Aden.", "al-Qaeda"),
    ("The Islamic State's regional affiliate, ISIS-K, attacked a checkpoint in Nangarhar.",
     "Islamic State of Iraq and the Levant"),
])
def test_affiliate_is_never_its_parent(read, text, parent):
    assert not any(agent == parent for _, agent in agents(read(text)))


# --- "the defence ministry said it had deployed reservists": forces a defence body tells of as its own, its state's --
@pytest.mark.parametrize("text, expected", [
    ("Armenia's defence ministry said on Monday it had deployed 5,000 reservists along the northern frontier.",
     ("Deployment", "Armenia")),
    ("The Georgian General Staff said its troops had retaken two villages near the boundary line.",
     ("Capture", "Georgia")),
    ("The Russian Defence Ministry said its forces had destroyed 74 military facilities.", ("Attack", "Russia")),
])
def test_defence_body_tells_of_its_states_forces(read, text, expected):
    assert expected in agents(read(text))


@pytest.mark.parametrize("text, expected", [
    ("The Kyrgyz defence ministry has moved a company of reservists back to barracks in Osh.",
     ("Deployment", "Ministry of Defence of Kyrgyzstan")),
    ("The Armenian defence ministry said Azerbaijani troops had shelled a village in Syunik.",
     ("Attack", "Azerbaijan")),
    ("The Ministry of Defence of Armenia moved two battalions to the border on Monday.",
     ("Deployment", "Ministry of Defence of Armenia")),
])
def test_defence_body_acting_or_telling_of_others(read, text, expected):
    assert expected in agents(read(text))


def test_defence_body_of_a_state_whose_forces_are_named_apart(read_article):
    text = "The Afghan defence ministry said its forces had launched an operation to retake the district."
    assert ("Capture", "Afghan National Defense and Security Forces") in agents(read_article(text, date(2021, 7, 6)))
