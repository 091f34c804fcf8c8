"""Round 21's actor and speaker rules, each a phenomenon of news English with texts that must and must not fire: a
body that reports what was done to a man ("he was killed", "he had been detained") stays a body; a one-word name
speaking of itself as "he" after a sentence naming two persons is a person; an office named by a body's acronym
("the DG ISPR") is the one the article named as that body's chief, else the body; a group's province named by a
country is a branch, no country.

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


def countries(extraction) -> set[str]:
    return {actor.label for actor in extraction.actors if actor.kind == "Country"}


# --- a body reporting what was done to a man; a name speaking of itself after two persons -------------------------
@pytest.mark.parametrize("text, body", [
    ("Fatah said he was shot dead at a checkpoint near Jenin.", "Fatah"),
    ("Jamiat said he had been detained without charge in Peshawar.", "Jamiat"),
])
def test_a_body_reporting_a_mans_fate_stays_a_body(read, text, body):
    assert kinds(read(text)).get(body) == "Organisation"


@pytest.mark.parametrize("text", [
    "Imran Khan's aide Zulfi Bukhari was arrested. Jamiat said he had done nothing wrong.",
    "Rahmon was re-elected on Sunday. Jamiat said he had rigged the vote.",
])
def test_a_body_speaking_of_the_one_person_named_before_is_no_person(read, text):
    assert kinds(read(text)).get("Jamiat") != "Person"


@pytest.mark.parametrize("text", [
    "Tokayev met Lukashenko and Pashinyan in Minsk. Saidov said he would not attend the summit.",
    "Saidov said he was invited to Moscow.",
])
def test_a_name_speaking_of_itself_is_a_person(read, text):
    assert kinds(read(text)).get("Saidov") == "Person"


# --- an office named by a body's acronym -------------------------------------------------------------------------
def test_the_dg_of_a_body_is_its_chief_named_before(read):
    found = read("ISPR chief Lieutenant General Adnan Qureshi briefed reporters on Monday. The DG ISPR said the raid "
                 "was over.")
    assert "Dg Ispr" not in kinds(found) and speakers(found)[-1] == "Adnan Qureshi"


@pytest.mark.parametrize("text, expected", [
    ("The ISPR said two soldiers were martyred in the raid. The DG ISPR said 12 militants had been killed.",
     ["ISPR", "ISPR"]),
    ("FIA chief Ahmed Khan met the envoy on Monday. The DG ISPR said 12 militants had been killed.", ["ISPR"]),
    ("The FIA said the suspects had fled. Its director general, Ahmed Khan, said they would be caught.",
     ["FIA", "Ahmed Khan"]),
])
def test_an_office_without_its_holder_named_speaks_for_its_body(read, text, expected):
    assert speakers(read(text)) == expected


# --- a group's province named by a country ----------------------------------------------------------------------
def test_a_groups_province_named_by_a_country_is_the_branch(read):
    found = read("The Islamic State's Pakistan province claimed the killing of two policemen in Bajaur.")
    assert speakers(found) == ["Islamic State's Pakistan province"] and "Pakistan" not in countries(found)


@pytest.mark.parametrize("text, place", [
    ("The Taliban's Kandahar province governor said the road was open.", "Kandahar"),
    ("Pakistan's Balochistan province was hit by floods on Monday.", "Balochistan province"),
    ("Fighting spread to the Taliban's home province of Kandahar.", "Kandahar"),
])
def test_a_states_or_a_groups_real_province_is_a_place(read, text, place):
    found = read(text)
    assert kinds(found).get(place) == "Place" and not [a for a in found.actors if "province" in a.label and
                                                         a.kind == "Organisation"]
