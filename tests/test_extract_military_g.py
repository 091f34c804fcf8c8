"""Military actions of two sides ("both sides are to withdraw", "guards from the two sides exchanged fire", "the
two armies disengaged", "troops of A and B began disengaging"), forces going back, attacks claimed in the sentence.

The agent is a state at war, the last one read acting (either party matches a joint action), not a ministry or a
group read acting since. The sentences are written for these tests; facts are read with the configured
``min_confidence``, as ``kg build`` keeps them.
"""
from __future__ import annotations

from datetime import date

import pytest

from kg.records import Extraction

PUBLISHED = date(2022, 9, 20)


def actions(extraction: Extraction) -> list[tuple[str, str | None]]:
    return [(a.kind, extraction.actor(a.actor).label if a.actor else None) for a in extraction.military_actions]


# --- both sides: a state at war, not the body or group last read -------------------------------------------------
def test_both_sides_is_a_state_not_the_ministry_read_since(read):
    found = actions(read("Uzbek forces shelled a Kazakh border post on Monday. The Kazakh defence ministry said "
                         "reservists had been called up. Under the deal, both sides are to withdraw heavy weapons "
                         "from the border."))
    assert found[-1] == ("Withdrawal", "Uzbekistan")


def test_two_sides_is_a_state_not_the_militants_read_since(read):
    found = actions(read("Kazakh troops shelled Uzbek positions near the crossing. Militants of the Islamic "
                         "Movement of Uzbekistan attacked a police post in Termez on Tuesday. In March, guards from "
                         "the two sides exchanged fire at the crossing."))
    assert found[-1] == ("Other", "Kazakhstan")


# --- disengaging is withdrawing ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, agent", [
    ("Troops of Mongolia and Kazakhstan began disengaging from the valley on Thursday.", "Mongolia"),
    ("Armenian troops shelled Azerbaijani positions. The two armies later disengaged from the ridge.", "Armenia"),
], ids=["named-pair", "two-armies"])
def test_disengaging(read, text, agent):
    assert actions(read(text))[-1] == ("Withdrawal", agent)


@pytest.mark.parametrize("text", [
    "The two companies disengaged from the merger talks on Thursday.",
    "The two countries signed a trade deal. Both sides agreed to boost trade.",
], ids=["companies", "trade"])
def test_no_action_of_two_sides(read, text):
    assert actions(read(text)) == []


# --- forces going back ---------------------------------------------------------------------------------------------
def test_forces_going_back_withdraw(read):
    assert actions(read("Chinese troops went back to their positions on Monday.")) == [("Withdrawal", "China")]


@pytest.mark.parametrize("text", [
    "The Mongolian foreign minister went back to Ulaanbaatar on Monday.",
    "The talks went back to square one.",
], ids=["person", "talks"])
def test_going_back_without_forces(read, text):
    assert actions(read(text)) == []


# --- an attack by unnamed gunmen claimed in the same sentence ------------------------------------------------------
@pytest.mark.parametrize("text", [
    "In March, gunmen attacked a bank in Termez, an attack claimed by the Islamic State.",
    "Last year, unidentified gunmen attacked a hotel in Kabul that was popular with tourists, an attack claimed by "
    "the Islamic State.",
], ids=["claimed", "claimed-after-relative"])
def test_attack_claimed_in_the_sentence(read, text):
    assert actions(read(text)) == [("Attack", "Islamic State of Iraq and the Levant")]


def test_attack_condemned_is_not_claimed(read):
    assert actions(read("In March, gunmen attacked a bank in Termez, an attack condemned by the United Nations.")) \
        == [("Attack", None)]


# --- a spokesman named first reports for his body ------------------------------------------------------------------
@pytest.mark.parametrize("text, agent", [
    ("Bakhtiyor Rahimov, a spokesman for the Uzbek Defence Ministry, said additional units had been deployed to the "
     "border.", "Ministry of Defence of Uzbekistan"),
    ("Bakhtiyor Rahimov, the spokesman for the Taliban, said additional units had been deployed to the border.",
     "Taliban"),
], ids=["ministry", "group"])
def test_spokesman_named_first_reports_own_deployment(read, text, agent):
    assert actions(read(text)) == [("Deployment", agent)]


def test_person_named_first_without_office_reports_nothing_of_his(read):
    assert actions(read("Bakhtiyor Rahimov, a farmer from Termez, said additional units had been deployed to the "
                        "border.")) == [("Deployment", None)]


# --- attackers by name, claims in a relative clause, forces rushed -------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("On Monday, a suicide bomber targeted a bus in Termez, killing at least four people, an attack the Islamic "
     "State claimed.", [("Attack", "Islamic State of Iraq and the Levant")]),
    ("Uzbekistan rushed reinforcements to the border on Monday.", [("Deployment", "Uzbekistan")]),
], ids=["bomber-targeted-claimed", "rushed-reinforcements"])
def test_attackers_and_rushed_forces(read, text, expected):
    assert actions(read(text)) == expected


@pytest.mark.parametrize("text", [
    "The new sanctions targeted three banks in Termez.",
    "Uzbekistan rushed aid to the flood zone on Monday.",
], ids=["sanctions-target", "rushed-aid"])
def test_no_attack_or_move(read, text):
    assert actions(read(text)) == []
