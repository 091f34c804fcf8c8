"""Round 20's actor and speaker rules, each a phenomenon of news English with texts that must and must not fire:
"the movement" is the armed group that acted before, not a body named in passing; a photo's credit and a stretch
"from X to Y" are no bodies; a name once a weapon's model is one throughout; a surname the model took for a body
ends the name after an office; a refusal to recognise or condemn is a stated position; the name before an aside
("X, visiting Y, warned") and the name set off after a description ("according to the army spokesman, Colonel X,")
speak.

The texts are written for these tests; the names are made up. Facts are read with the configured
``min_confidence``.
"""
from __future__ import annotations

from datetime import date

import pytest

from actor_views import kinds
from statement_views import said

PUBLISHED = date(2024, 5, 14)


def speakers(extraction) -> list[str]:
    return [speaker for speaker, _ in said(extraction)]


# --- "the movement", "the group": the armed group that acted before -----------------------------------------------
@pytest.mark.parametrize("text", [
    "The Taliban named a cabinet on Tuesday, with Omar Sayed, who is wanted by the FBI, as interior minister. The "
    "announcement came a day after the movement said it had captured Panjshir province.",
    "The Taliban have controlled Kabul since August. The group said women would be allowed to study.",
    "KABUL -- The Taliban on Tuesday named a cabinet, with Omar Sayed, who is wanted by the FBI, as interior "
    "minister. The announcement came a day after the movement said it had captured Panjshir province.",
])
def test_the_movement_is_the_armed_group_named_before(read, text):
    assert speakers(read(text)) == ["Taliban"]


@pytest.mark.parametrize("text", [
    "The central bank raised rates. The group said the rise was needed.",
    "The Federal Investigation Agency opened an inquiry on Monday. The group said it had found no evidence.",
    "Kazakh police detained 12 people. The group said it had planned attacks.",
])
def test_a_civil_body_is_no_armed_group(read, text):
    assert speakers(read(text)) == []


# --- a photo's credit and a stretch of land are no bodies ------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Xi Jinping meets Shavkat Mirziyoyev in Beijing on Monday. (Xinhua/Li Tao)", "Xinhua/Li Tao"),
    ("Taliban fighters patrol Kabul on Monday. (AFP/Wakil Kohsar)", "AFP/Wakil Kohsar"),
    ("Pakistan sent drones towards 26 locations from Baramulla to Bhuj, the Indian Army said.", "Baramulla to Bhuj"),
])
def test_a_credit_or_a_stretch_is_no_actor(read, text, name):
    assert name not in kinds(read(text))


@pytest.mark.parametrize("text, name", [
    ("The AC/DC Group said profits rose.", "AC/DC Group"),
    ("The Taliban spokesman told RFE/RL that the talks were useful.", "RFE/RL"),
    ("The Committee to Protect Journalists said the reporter was detained.", "Committee to Protect Journalists"),
    ("A report from Committee to Protect Journalists said the reporter was detained.",
     "Committee to Protect Journalists"),
    ("Trains from Termez to Peshawar will run weekly, Uzbek Railways said.", "Uzbek Railways"),
])
def test_a_body_with_a_slash_or_a_to_is_kept(read, text, name):
    assert kinds(read(text)).get(name) == "Organisation"


# --- a weapon's model throughout the article ---------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The frigate is armed with BrahMos cruise missiles. Pakistan said it had destroyed a BrahMos storage site.",
    "Pakistan said it had destroyed a BrahMos missile storage site. India denied that any BrahMos site was hit.",
])
def test_a_weapons_model_is_no_body_anywhere(read, text):
    assert "BrahMos" not in kinds(read(text))


@pytest.mark.parametrize("text, name", [
    ("Hezbollah fired rockets at Israel. Hezbollah said the attack was revenge.", "Hezbollah"),
    ("Colonel Omar Sayed said Kalibr cruise missiles hit the depot. The Kalibr Group denied it.", "Kalibr Group"),
    ("The Pakistan Army said Taliban drones attacked posts. The Taliban said they had acted in self-defence.",
     "Taliban"),
])
def test_a_body_beside_a_weapon_stays(read, text, name):
    assert kinds(read(text)).get(name) == "Organisation"


# --- a surname the model took for a body ends a name after an office -------------------------------------------
def test_a_surname_taken_for_a_body_ends_the_name(read):
    found = kinds(read("Qin Gang met with Foreign Minister of Pakistan Bilawal Bhutto Zardari."))
    assert found.get("Bilawal Bhutto Zardari") == "Person" and "Zardari" not in found


@pytest.mark.parametrize("text, name", [
    ("The talks were attended by Defence Minister Khawaja Asif and NATO officials.", "NATO"),
    ("Spokesperson Mumtaz Zahra Baloch said the Foreign Office was ready.", "Foreign Office"),
])
def test_a_body_after_a_name_stays_a_body(read, text, name):
    assert kinds(read(text)).get(name) == "Organisation"


# --- a refusal to recognise or condemn is a stated position ---------------------------------------------------------
@pytest.mark.parametrize("text, speaker", [
    ("President Karim Dostov refused to recognise a government formed by force.", "Karim Dostov"),
    ("Tajikistan has refused to recognise the Taliban and has backed the resistance.", "Tajikistan"),
    ("Beijing has refused to condemn the invasion.", "China"),
    ("The spokesman Ali Rahimov declined to say whether the embassy would reopen.", "Ali Rahimov"),
])
def test_a_refused_position_is_stated(read, text, speaker):
    assert speakers(read(text)) == [speaker]


@pytest.mark.parametrize("text", [
    "The spokesman Ali Rahimov declined to comment.",
    "Karim Dostov refused to attend the summit.",
    "Karim Dostov refused to deal with the new government.",
    "The bloc had refused to intervene in Kyrgyzstan in 2010.",
    "Karim Dostov failed to recognise the danger.",
    "Karim Dostov declined to say anything.",
    "Kyrgyzstan declined to join the talks.",
    "Karim Dostov did not refuse to recognise the vote.",
])
def test_other_refusals_state_nothing(read, text):
    assert speakers(read(text)) == []


# --- the name before an aside speaks ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "On Monday President Karim Dostov, speaking in Osh, said the talks were useful.",
    "The clash came ten days after President Karim Dostov, visiting Osh, warned the rebels to respect the border.",
    "On May 18 President Karim Dostov, visiting Osh, warned the rebels to respect the border.",
])
def test_the_name_before_an_aside_speaks(read, text):
    assert speakers(read(text)) == ["Karim Dostov"]


@pytest.mark.parametrize("text", [
    "In talks with Karim Dostov, visiting Osh, the minister said the deal was close.",
    "The agreement with Kazakhstan, signed in May, says trade will double.",
    "Troops were sent to Osh after President Karim Dostov, citing the attacks, ordered a curfew.",
])
def test_a_name_before_an_aside_of_no_speech_verb_speaks_not(read, text):
    assert "Karim Dostov" not in speakers(read(text)) and "Kazakhstan" not in speakers(read(text))


# --- "according to" a description and the name set off after it ------------------------------------------------
@pytest.mark.parametrize("text, speaker", [
    ("According to the army spokesman, Colonel Ali Rahimov, the attack was repelled.", "Ali Rahimov"),
    ("According to Iran's deputy police chief, General Karim Dostov, Taliban forces \"started shooting\" at an "
     "Iranian post without warning, and Iranian guards responded \"decisively\".", "Karim Dostov"),
])
def test_the_name_after_a_description_is_the_source(read, text, speaker):
    assert speakers(read(text)) == [speaker]


@pytest.mark.parametrize("text", [
    "According to officials, President Karim Dostov, who arrived on Monday, will meet the Chinese leader.",
    "According to the statement, Ali Rahimov, the envoy, met the Taliban.",
    "According to the ministry, Kazakhstan, Uzbekistan and Kyrgyzstan signed the deal.",
])
def test_a_name_after_no_persons_description_is_no_source(read, text):
    assert not {"Karim Dostov", "Ali Rahimov", "Kazakhstan"} & set(speakers(read(text)))
