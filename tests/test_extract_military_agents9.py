"""Who acted, round 9: a country's forces are its armed forces when the article names them as a body, else the
country; a name the tagger missed on one mention is the actor named so elsewhere; a body that reports an agentless
passive of its forces in any of its reported clauses, or through the officer who heads it; a bare claim of
responsibility names the attack of its sentence; "both sides" telling of the fight just read is that fight; troops
"from each side" are each side's. Also attacks read from their weapons ("launched drones at", "targeted X with
missiles") and named operations ("launched Operation X").

The sentences are written for these tests; facts are read with the configured ``min_confidence``.
"""
from __future__ import annotations

from datetime import date

import pytest

from military_views import agents

PUBLISHED = date(2024, 5, 14)


# --- a country's forces: its named armed forces, else the country --------------------------------------------------
@pytest.mark.parametrize("text, agent", [
    ("Officials described the fighting on the border, where units of the Armed Forces of Tajikistan opened fire on "
     "Tuesday. Later, Tajik units entered three villages near the river.", "Armed Forces of Tajikistan"),
    ("The Russian Armed Forces carried out a strike on fuel depots on Sunday. In the east, Russian units captured "
     "the village of Ivanovka, the ministry said.", "Russian Armed Forces"),
    ("The Armed Forces of Armenia said the night was tense. Armenian troops shelled positions near the village of "
     "Tegh, the statement added.", "Armed Forces of Armenia"),
])
def test_forces_of_a_country_whose_armed_forces_are_named(read, text, agent):
    assert {a for _, a in agents(read(text))} == {agent}


@pytest.mark.parametrize("text, agent", [
    ("Tajik units entered three villages near the river on Tuesday.", "Tajikistan"),
    ("Kyrgyz troops fired on the outpost, and the U.S. military called for calm.", "Kyrgyzstan"),
    ("The Indian Army said on Monday that the situation was stable. Indian troops later fired on an observation "
     "post across the line.", "India"),
])
def test_forces_of_a_country_whose_armed_forces_are_not_named(read, text, agent):
    assert agent in {a for _, a in agents(read(text))}
    assert not {a for _, a in agents(read(text))} & {"Armed Forces of United States"}


# --- a name the tagger missed here ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Islamic Emirate of Afghanistan (IEA) formed a cabinet. Hours earlier, IEA fighters fired into the air to "
    "disperse the crowd.",
    "The Islamic Emirate of Afghanistan (IEA) formed a cabinet. Two commanders were killed in fighting with IEA "
    "forces on Sunday, the front said.",
    "The Islamic Emirate of Afghanistan (IEA) formed a cabinet. The next day IEA troops stormed the valley.",
])
def test_a_name_missed_on_one_mention(read, text):
    assert [a for _, a in agents(read(text))] == ["IEA"]


# --- a body reports its own forces' moves ---------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Ministry of Defence reported that 1,000 volunteers had come to enlistment offices and that additional "
    "units had been moved to the border.",
    "The Ministry of Defence said the situation was calm and that two battalions had been sent to the border.",
    "The Ministry of Defence reported on Friday that reinforcements had been deployed to the border.",
])
def test_reported_in_a_later_clause(read, text):
    assert ("Deployment", "Ministry of Defence") in agents(read(text))


@pytest.mark.parametrize("text, body", [
    ("Meanwhile, the commander of the Navy's Northern Fleet, Admiral Ivan Petrov, said ships had been placed on "
     "alert.", "Navy's Northern Fleet"),
    ("The chief of the Border Service of Kyrgyzstan said additional units had been sent to the border.",
     "Border Service of Kyrgyzstan"),
    ("The head of the National Guard of Ukraine said reservists had been deployed to the city.",
     "National Guard of Ukraine"),
])
def test_reported_by_the_one_who_heads_a_body(read, text, body):
    assert body in {a for _, a in agents(read(text))}


# --- a bare claim of responsibility ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "On Monday a gunman attacked a checkpoint near Quetta, killing a guard; the TTP claimed responsibility.",
    "A suicide bomber targeted a police van in Peshawar, and the TTP later claimed responsibility.",
    "Militants stormed a police station in Bannu overnight; the TTP claimed it in a statement.",
])
def test_a_bare_claim_names_the_attack_of_its_sentence(read, text):
    assert ("Attack", "Tehreek-e-Taliban Pakistan") in agents(read(text)) or \
        ("Attack", "TTP") in agents(read(text))


def test_a_denial_is_no_claim(read):
    found = agents(read("On Monday a gunman attacked a checkpoint near Quetta; the TTP denied responsibility."))
    assert not {a for _, a in found} & {"TTP", "Tehreek-e-Taliban Pakistan"}


# --- both sides tell of one fight; troops from each side ------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Russia flew 500 troops to Tajikistan. In the valley, fighters loyal to Ahmad Massoud clashed with Taliban units "
    "overnight, with both sides claiming to have inflicted heavy losses.",
    "Russia flew 500 troops to Tajikistan. Kyrgyz and Tajik guards clashed at the post, and both sides said they had "
    "repelled an attack.",
    "Russia flew 500 troops to Tajikistan. Armenian troops fought Azerbaijani units near the lake, with both sides "
    "reporting that they inflicted losses.",
])
def test_both_sides_telling_of_the_fight_just_read(read, text):
    found = agents(read(text))
    assert found[0] == ("Deployment", "Russia") and "Russia" not in {a for _, a in found[1:]}


@pytest.mark.parametrize("text", [
    "Indian and Chinese troops pulled back from the pass. About 30,000 soldiers from each side remain stationed along "
    "the frontier.",
    "Indian and Chinese troops pulled back from the pass. Some 50,000 troops from each side are still deployed in the "
    "sector.",
    "Indian and Chinese troops pulled back from the pass. Roughly 20,000 troops from each side are now stationed in "
    "the valley.",
])
def test_troops_from_each_side(read, text):
    assert {a for k, a in agents(read(text)) if k == "Deployment"} == {"India", "China"}


def test_soldiers_from_each_side_in_a_joint_exercise_are_one_exercise(read):
    found = agents(read("India and Russia held the INDRA exercise last year. This year about 250 soldiers from each "
                        "side took part in the exercise in Rajasthan."))
    assert "United States" not in {a for _, a in found}


# --- attacks read from their weapons, named operations --------------------------------------------------------------
@pytest.mark.parametrize("text, agent", [
    ("Hours later, Iran launched dozens of drones and missiles at Israel.", "Iran"),
    ("Overnight, Russia launched 40 missiles at the city of Kharkiv.", "Russia"),
    ("Pakistan targeted three air bases with drones overnight.", "Pakistan"),
])
def test_attacks_read_from_their_weapons(read, text, agent):
    assert agents(read(text)) == [("Attack", agent)]


@pytest.mark.parametrize("text, agent", [
    ("India launched Operation Sindoor on May 7.", "India"),
    ("Pakistan began Operation Zarb-e-Azb in North Waziristan in June.", "Pakistan"),
    ("In 2014 Pakistan launched Operation Zarb-e-Azb against militants.", "Pakistan"),
])
def test_named_operations(read, text, agent):
    assert agents(read(text)) == [("Attack", agent)]


@pytest.mark.parametrize("text", [
    "The company launched a new drone model at the fair.",
    "The sanctions target banks with large exposure to the regime.",
    "The minister launched a campaign for clean water.",
])
def test_no_attack_without_weapons(read, text):
    assert agents(read(text)) == []


# --- forces the genre names apart, while they existed --------------------------------------------------------------
@pytest.mark.parametrize("text, published, agent", [
    ("Afghan soldiers crossed into Tajikistan after clashes with the Taliban.", date(2021, 7, 6),
     "Afghan National Defense and Security Forces"),
    ("Afghan border forces opened fire on the crossing near Chaman, officials said.", date(2022, 12, 12), "Afghanistan"),
    ("In December, Pakistani officials said Afghan forces had fired mortars at a border post.", date(2023, 9, 7),
     "Afghanistan"),
])
def test_afghan_forces_before_and_after_the_fall(read_article, text, published, agent):
    assert agent in {a for _, a in agents(read_article(text, published=published))}


# --- a country's army in the singular: the army the article names ---------------------------------------------------
@pytest.mark.parametrize("text, agent", [
    ("The Pakistan Army has moved troops to the border, officials said. Pakistan's military said it had launched "
     "Operation Zarb-e-Azb on Sunday.", "Army of Pakistan"),
    ("The Pakistan Army was put on alert. Later the Pakistani military shelled positions across the line.",
     "Army of Pakistan"),
    ("The Indian Army said talks were under way. India's army had deployed two brigades to the valley, the report "
     "said.", "Army of India"),
])
def test_a_country_s_army_named_as_a_body(read, text, agent):
    assert agent in {a for _, a in agents(read(text))}


def test_soldiers_of_a_country_whose_army_is_named_stay_the_country(read):
    found = agents(read("The Pakistan Army was put on alert. Later Pakistani soldiers shelled positions across the "
                        "line."))
    assert ("Attack", "Pakistan") in found
