"""Review of round 13 (r14): sentences written for this review, each a construction a round-13 rule was not written
for and must not read as a fact."""
from __future__ import annotations

from datetime import date

import pytest

from kg.ingest import read_text_article
from meeting_views import met
from military_views import agents

PUBLISHED = date(2024, 9, 2)


# --- "A and B were in X. They met": not when they met others, or met with something -------------------------------
BEFORE = "Uzbek President Shavkat Mirziyoyev and Kyrgyz President Sadyr Japarov were both in Termez. "


@pytest.mark.parametrize("text", [
    BEFORE + "On Friday they met dockworkers at the new ferry terminal.",
    BEFORE + "On Friday they met with fishermen from the Caspian coast.",
    BEFORE + "In the port they met resistance from the owners.",
    BEFORE + "Aides said they met every target set for the visit.",
])
def test_they_who_met_others_did_not_meet_each_other(read, text):
    assert not met(read(text), "Shavkat Mirziyoyev", "Sadyr Japarov")


def test_they_who_met_each_other_met(read):
    assert met(read(BEFORE + "On Friday they met each other for the first time since May."),
               "Shavkat Mirziyoyev", "Sadyr Japarov")


# --- "There was a clash …": a clash of things is no fight -----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "There was a clash of cultures at the film festival in Almaty.",
    "There were clashes of opinion at the trade meeting near Dushanbe.",
    "Clashes of style marked the debate between the two candidates in Bishkek.",
])
def test_a_clash_of_things_is_no_fight(read, text):
    assert agents(read(text)) == []


@pytest.mark.parametrize("text", [
    "There were clashes of Kyrgyz and Tajik troops near the Kyzyl-Bel pass on Monday.",
    "Clashes of the Taliban with government forces erupted near Kunduz.",
    "Clashes between police and militants killed four people in Kunar on Sunday.",  # an armed side
])
def test_a_clash_of_fighters_is_a_fight(read, text):
    assert agents(read(text)) != []


# --- crowds clash and storms hit: no fight, no attack ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Clashes between fans broke out after the cup final in Karaganda.",
    "Clashes between protesters and police erupted in Nukus on Friday.",
    "The storm hit the coast near Chittagong on Monday, killing three fishermen.",
    "A storm of criticism followed the minister's remarks in Tashkent.",
])
def test_crowds_clashing_and_storms_hitting_are_no_military_action(read, text):
    assert agents(read(text)) == []


# --- initials glued to a surname: not a company's legal form, a broadcaster or a country after an acronym --------
@pytest.mark.parametrize("text, name", [
    ("The deal with OAO Uralnefteprom was signed in Moscow on Monday.", "OAO Uralnefteprom"),
    ("The contract went to SA Ferrotech, officials in Tbilisi said.", "SA Ferrotech"),
    ("According to RBC Ukraine, the convoy reached Odesa overnight.", "RBC Ukraine"),
    ("KTK Television said the border crossing was closed.", "KTK Television"),
])
def test_an_acronym_before_a_company_broadcaster_or_country_is_no_person(read, text, name):
    assert all(a.kind != "Person" for a in read(text).actors if a.label == name)


def test_initials_before_a_surname_are_still_a_person(read):
    extraction = read("Officials said PK Mishra would travel to Dushanbe next week.")
    assert any(a.kind == "Person" and a.label == "PK Mishra" for a in extraction.actors)


# --- a broadcast word that says what a thing is names no outlet ------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Buyers in Almaty switched to Artel TV screens after the tariff rise.",
    "Villagers near Khorog listen to Pamir radio sets bought in China.",
])
def test_a_broadcast_word_modifying_a_thing_names_no_outlet(read, text):
    assert not any(a.is_media for a in read(text).actors)


# --- a labelled date opening a body line is no dateline when a sentence follows it --------------------------------
HEADLINE = ("Tajik troops leave border posts\nMay 3, 2024\n\n"
            "Tajikistan withdrew its troops from three posts, officials said.")


@pytest.mark.parametrize("line", [
    "Published on January 18, 2022, the UN survey says the posts were abandoned",
    "Published on January 18, 2022, the UN survey asked: who will guard them?",
    "Posted on 12 May 2023 by the defence ministry of Tajikistan, the map shows the posts",
])
def test_a_labelled_date_opening_a_sentence_stays_in_the_body(line):
    article = read_text_article(f"{HEADLINE}\n\n{line}\n\nMore talks are planned.", "x.txt")
    assert line in article.text and article.published == date(2024, 5, 3)


# --- "its Defence Ministry": the country its sentence makes the subject, not one named in a phrase before it --------
@pytest.mark.parametrize("text, owner, other", [
    ("After talks with Russia, Kazakhstan will send 300 engineers, its defence ministry said.", "Kazakhstan", "Russia"),
    ("Despite pressure from the United States, Turkey will buy more missiles, its Defence Ministry said.",
     "Turkey", "United States"),
])
def test_its_ministry_is_the_subjects(read, text, owner, other):
    extraction = read(text)
    speakers = {extraction.actor(s.speaker).label for s in extraction.statements}
    assert f"Ministry of Defence of {owner}" in speakers and f"Ministry of Defence of {other}" not in speakers


# --- a country's style is two words or more: "Republic", an outlet, is not India ------------------------------------
def test_one_word_is_no_countrys_style(read):
    extraction = read("India hosted the water summit in New Delhi. Republic reported that the talks had stalled.")
    assert all(extraction.actor(s.speaker).label != "India" for s in extraction.statements)


# --- "struck a deal": an idiom, no strike --------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Turkish troops struck a deal with local elders near Afrin on Monday.",
    "The Pakistani army struck a balance between security and trade at the Chaman crossing.",
])
def test_struck_in_an_idiom_is_no_strike(read, text):
    assert agents(read(text)) == []


def test_forces_that_struck_a_depot_struck(read):
    assert ("Attack", "Turkey") in agents(read("Turkish troops struck an ammunition depot near Afrin on Monday."))
