"""Round 17's fixes of who does a military action (review r16's misfires), each a construction of news English with
sentences that must and must not fire: "-backed" forces with a name of their own joined to other forces, "its
spokesman" after a clause whose subject owns him, "Its fighters" of the organisation the sentence before is about.

Facts are read with the configured ``min_confidence``.
"""
from __future__ import annotations

from datetime import date

import pytest

from military_views import agents

PUBLISHED = date(2024, 3, 11)


# --- "-backed" forces with a name of their own act by it, not by the forces joined to them ---------------------------
@pytest.mark.parametrize("text, expected", [
    ("Iran-backed Houthi rebels and Yemeni army units attacked Marib on Monday.", ("Attack", "Houthi")),
    ("Saudi-backed Yemeni government forces and Sudanese troops attacked Houthi positions near Hodeidah.",
     ("Attack", "Yemen")),
])
def test_backed_forces_with_their_own_name_act(read, text, expected):
    assert expected in agents(read(text))


@pytest.mark.parametrize("text, other", [
    ("Iran-backed Iraqi militias and Syrian troops attacked the town of Albu Kamal on Monday.", "Iraq"),
    ("Russia-backed separatists and Russian troops shelled the town of Marinka overnight.", "Ukraine"),
    ("Turkey-backed Syrian rebels and Turkish troops attacked the town of Manbij on Friday.", "Syria"),
])
def test_a_demonym_of_irregulars_is_not_their_owner(read, text, other):
    assert not any(agent == other for _, agent in agents(read(text)))


# --- "its spokesman" after a clause whose subject owns him ------------------------------------------------------------
def test_its_spokesman_speaks_for_the_subject_of_the_clause_before(read):
    assert agents(read("The TTP attacked a police post in Bannu on Sunday. The group denied harming civilians, and its "
                       "spokesman said another post in Lakki Marwat had been attacked.")) == [("Attack", "TTP")] * 2


@pytest.mark.parametrize("text", [
    "The Taliban seized Kunduz on Sunday. The Afghan army vowed to retake the city, and its spokesman said the "
    "district of Khanabad had been recaptured.",
    "The Taliban seized Kunduz on Sunday. The UN condemned the fighting, and its spokesman said the district of "
    "Khanabad had been captured.",
])
def test_its_spokesman_of_another_subject_is_not_the_groups(read, text):
    assert agents(read(text)).count(("Capture", "Taliban")) == 1


# --- "Its fighters" are the organisation's that the sentence before is about -----------------------------------------
def test_its_fighters_after_the_group_acting(read):
    assert agents(read("The TTP attacked a police post in Bannu on Sunday. Its fighters also ambushed a convoy in "
                       "Lakki Marwat on Monday.")) == [("Attack", "TTP")] * 2


@pytest.mark.parametrize("text, state", [
    ("Pakistan has banned the TTP. Its fighters attacked a police post in Bannu on Monday.", "Pakistan"),
    ("Pakistan was put on high alert on Monday. Its fighters attacked a police post in Bannu.", "Pakistan"),
])
def test_its_fighters_are_no_states(read, text, state):
    assert not any(agent == state for _, agent in agents(read(text)))


def test_their_fighters_after_two_groups_are_neither_alone(read):
    found = agents(read("The Taliban and the TTP met in Kabul on Sunday. Their fighters attacked a police post in "
                        "Bannu on Monday."))
    assert not any(agent in ("Taliban", "TTP") for _, agent in found)
