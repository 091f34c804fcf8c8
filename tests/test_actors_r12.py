"""Actors read on unseen text (round 12): an outlet cited by a one-word name the model takes for a person ("told
Avesta", "the Iranian outlet Tasnim") is an organisation, a news outlet; a one-word person told something stays a
person when the article names him in full; a name joined by an Urdu or Arabic connective ("Tehreek-e-Taliban Pakistan")
is one organisation, unlinked; on sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2024, 3, 1)


def actor(extraction, label: str):
    return next((a for a in extraction.actors if a.label == label), None)


@pytest.mark.parametrize("text, outlet", [
    ("Kyrgyz Defence Minister Baktybek Bekbolotov told Kaktus that the drills would go ahead.", "Kaktus"),
    ("Tehran has sent more border guards to Sistan, according to the Iranian outlet Mashregh.", "Mashregh"),
    ("Police searched the offices of the Russian state outlet Zvezda in Yerevan on Friday.", "Zvezda"),
])
def test_an_outlet_cited_by_a_one_word_name_is_a_news_organisation(read, text, outlet):
    found = actor(read(text), outlet)
    assert found is not None and found.kind == "Organisation" and found.is_media


def test_a_person_named_in_full_and_told_by_surname_stays_a_person(read):
    extraction = read("Taliban spokesman Zabihullah Mujahid spoke in Kabul. Later, the governor told Mujahid that the "
                      "road was open.")
    assert actor(extraction, "Zabihullah Mujahid").kind == "Person"
    assert actor(extraction, "Mujahid") is None


# --- "Tehreek-e-Taliban Pakistan": an izafat name is one organisation, never "Taliban" linked or "Pakistan" --------

@pytest.mark.parametrize("text, name", [
    ("The Tehreek-e-Taliban Pakistan claimed a raid on a police post in Bannu on Monday.", "Tehreek-e-Taliban Pakistan"),
    ("Delhi blamed Lashkar-e-Taiba for the blast in Srinagar.", "Lashkar-e-Taiba"),
    ("Supporters of Pakistan Tehreek-e-Insaf marched on Islamabad on Sunday.", "Pakistan Tehreek-e-Insaf"),
    ("Jamaat-e-Islami called a strike in Lahore on Friday.", "Jamaat-e-Islami"),
    ("Uzbekistan banned Hizb-ut-Tahrir in 1999.", "Hizb-ut-Tahrir"),
])
def test_an_izafat_name_is_one_organisation(read, text, name):
    extraction = read(text)
    found = actor(extraction, name)
    assert found is not None and found.kind == "Organisation" and found.qid is None
    assert actor(extraction, "Taliban") is None


@pytest.mark.parametrize("text, place", [
    ("Taliban fighters entered Mazar-i-Sharif on Saturday.", "Mazar-i-Sharif"),
    ("The convoy reached Pul-e-Khumri late at night.", "Pul-e-Khumri"),
])
def test_a_place_joined_the_same_way_is_no_organisation(read, text, place):
    found = actor(read(text), place)
    assert found is None or found.kind != "Organisation"


def test_a_month_run_into_a_persons_name_is_no_part_of_it(read):
    extraction = read("In April Mohammad Sadiq, Pakistan's special representative for Afghanistan, went to Kabul and "
                      "met Muttaqi.")
    labels = [a.label for a in extraction.actors]
    assert "Mohammad Sadiq" in labels and not any(label.startswith("April") for label in labels), labels
