"""Military actions, round 10: the one accused or blamed for an action is its agent ("blamed X for the airstrikes",
"accused X of shelling"), the accuser only says so; a blamed action named by a noun after "for" is the cause of the
blame, not a purpose.

The sentences are written for these tests; facts are read with the configured ``min_confidence``.
"""
from __future__ import annotations

from datetime import date

import pytest

from military_views import agents

PUBLISHED = date(2024, 5, 14)


# --- blamed or accused: the one blamed acted ------------------------------------------------------------------------
@pytest.mark.parametrize("text, agent", [
    ("Fighting broke out on the border on Monday. The Uzbek side blamed Turkmen troops for opening fire first.",
     "Turkmenistan"),
    ("Armenia blamed Azerbaijani forces for shelling the village of Sotk on Tuesday.", "Azerbaijan"),
    ("The Afghan government blamed Pakistan for airstrikes in Khost and Kunar.", "Pakistan"),
    ("Officials in Baku blamed Yerevan for the shelling of Tartar.", "Armenia"),
    ("Kabul blamed Islamabad for the drone strike on a market in Paktika.", "Pakistan"),
    ("Iran accused Pakistani border forces of opening fire on its guards.", "Pakistan"),
])
def test_the_one_blamed_acted(read, text, agent):
    assert ("Attack", agent) in agents(read(text))


@pytest.mark.parametrize("text", [
    "Troops arrived in Belarus on Monday for joint exercises near Brest.",
    "He blamed Kyiv for refusing to negotiate.",
])
def test_a_purpose_or_a_blame_without_action_is_no_attack(read, text):
    assert not [kind for kind, _ in agents(read(text)) if kind == "Attack"]


# --- a response in arms is an attack of the one who answers -----------------------------------------------------------
@pytest.mark.parametrize("text, agent", [
    ("Shots were heard near the post on Monday. Kyrgyz border guards gave a befitting response to the provocation.",
     "Kyrgyzstan"),
    ("The Turkmen army responded with artillery fire on the village.", "Army of Turkmenistan"),
    ("Azerbaijan answered with a wave of missiles on Armenian positions.", "Azerbaijan"),
    ("Indian troops retaliated, an army spokesman said.", "India"),
])
def test_a_response_in_arms_is_an_attack(read, text, agent):
    assert ("Attack", agent) in agents(read(text))


@pytest.mark.parametrize("text", [
    "The army responded to the allegations in a statement on Monday.",
    "Iran answered the letter on Friday.",
    "The ministry said the troops were ready to respond to any provocation.",
    "Officials said the troops responded effectively.",
])
def test_an_answer_in_words_or_unnamed_is_no_attack(read, text):
    assert not [kind for kind, _ in agents(read(text)) if kind == "Attack"]


# --- weapons tell whose attack it is; "hit" is a strike when a weapon hits or a military site is hit -----------------
@pytest.mark.parametrize("text, agent", [
    ("On Monday, hours before Iranian missiles were fired at the base in Erbil, the minister spoke.", "Iran"),
    ("Russian rockets were launched at Odesa overnight.", "Russia"),
    ("On Sunday a US drone hit a car in Kandahar.", "United States"),
    ("A Turkish drone struck a convoy near Qamishli.", "Turkey"),
    ("Israel began its campaign on Friday, hitting air defence sites near Isfahan.", "Israel"),
])
def test_weapons_and_hits(read, text, agent):
    assert ("Attack", agent) in agents(read(text))


@pytest.mark.parametrize("text", [
    "Relations hit a low after the talks in Geneva.",
    "The region was hit hard by the floods this spring.",
    "New drones were launched at the Zhuhai air show.",
])
def test_a_hit_that_is_no_strike(read, text):
    assert not agents(read(text))


# --- an action talked about is not done by the one who talks -------------------------------------------------------
@pytest.mark.parametrize("text, agent, speakers", [
    ("Ilham Aliyev recalled the fighting on the border in September, when Armenian units attacked villages in the "
     "Tavush region, and said that peace was needed.", "Armenia", {"Azerbaijan", "Ilham Aliyev"}),
    ("China refused to call the attack on the port an invasion.", None, {"China"}),
    ("The Tajik minister described the Kyrgyz shelling of the village as a provocation.", None, {"Tajikistan"}),
])
def test_an_action_recalled_or_named_is_not_the_speakers(read, text, agent, speakers):
    found = {a for _, a in agents(read(text))}
    assert not found & speakers
    assert agent is None or agent in found


# --- the forces the genre names apart, under the article's spelling -------------------------------------------------
@pytest.mark.parametrize("text", [
    "TERMEZ, July 6 - About 300 Afghan soldiers fled across the river overnight, officials said. The men were members "
    "of the Afghan National Defence and Security Forces, the ministry added.",
    "Officials said 84 members of the Afghan National Defence and Security Forces had reached the border post. Later, "
    "more Afghan troops crossed the Amu Darya into Uzbekistan.",
    "More than 1,000 Afghan servicemen retreated into Tajikistan on Monday. The Afghan National Defence and Security "
    "Forces have lost control of several districts.",
])
def test_forces_named_apart_keep_the_articles_spelling(read_article, text):
    extraction = read_article(text, published=date(2021, 7, 6))
    labels = {extraction.actor(a.actor).label for a in extraction.military_actions if a.actor}
    assert "Afghan National Defence and Security Forces" in labels
    assert "Afghan National Defense and Security Forces" not in labels


# --- actions found from their own phrase: weapons fired, forces moving on, a deadly fight, forces fallen in a clash ----
@pytest.mark.parametrize("text, kind, agent", [
    ("He met the president weeks after Iran fired some 180 ballistic missiles at Israel.", "Attack", "Iran"),
    ("The talks opened a day after North Korea fired two rockets into the sea.", "Attack", "North Korea"),
    ("Residents told reporters that Taliban fighters had moved towards the border.", "Deployment", "Taliban"),
    ("Russian forces pushed into Ukraine from Belarus on Thursday.", "Deployment", "Russia"),
    ("Kyrgyz troops moved into the disputed village on Sunday.", "Deployment", "Kyrgyzstan"),
    ("Relations had soured after the Sotk Valley clash in May 2021, in which six Armenian soldiers and at least two "
     "Azerbaijani troops were killed.", "Other", "Armenia"),
])
def test_actions_read_from_their_own_phrase(read, text, kind, agent):
    assert (kind, agent) in agents(read(text))


@pytest.mark.parametrize("text", [
    "In April, fighting over the water intake near the village had already killed more than 50 people.",
    "Clashes in the valley left 30 people dead.",
])
def test_deadly_fighting_is_reported(read, text):
    assert [kind for kind, _ in agents(read(text))] == ["Other"]


@pytest.mark.parametrize("text", [
    "The company moved to a new office in the capital.",
    "He pushed for talks with the opposition.",
    "The fight against corruption has cost him his job.",
])
def test_no_move_and_no_fight(read, text):
    assert not agents(read(text))
