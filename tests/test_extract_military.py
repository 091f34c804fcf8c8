"""Military actions on unseen wording: agents, non-events and forms of the action, one phenomenon per test.

The sentences are written for these tests (names of the genre, constructions news articles use); facts
are read with the configured ``min_confidence``, as ``kg build`` keeps them.
"""
from __future__ import annotations

import functools
from datetime import date

import pytest

from kg.records import Extraction


PUBLISHED = date(2021, 9, 14)


@pytest.fixture(scope="module")
def read(read_article):
    """``read(text) -> Extraction`` of a one-off article published on PUBLISHED."""
    return functools.partial(read_article, published=PUBLISHED)


def actions(extraction: Extraction) -> list[tuple[str, str | None]]:
    return [(a.kind, extraction.actor(a.actor).label if a.actor else None) for a in extraction.military_actions]


def agents(extraction: Extraction) -> list[str | None]:
    return [agent for _, agent in actions(extraction)]


# --- agents ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "MAZAR-I-SHARIF, Afghanistan (Northline Wire) - Taliban fighters seized two districts of Balkh province on Friday.",
    "HERAT - The Taliban on Friday claimed to have taken control of Islam Qala, the border town with Iran.",
], ids=["dateline-in-phrase", "dateline-as-subject"])
def test_dateline_place_is_not_the_agent(read, text):
    assert agents(read(text)) == ["Taliban"]


def test_captured_town_is_ground_not_a_later_agent(read):
    text = ("The Taliban on Friday captured Sheberghan, the capital of Jowzjan province. "
            "The group also seized Zaranj in Nimruz province, a police official said.")
    assert set(agents(read(text))) == {"Taliban"}


def test_the_insurgents_continue_the_armed_group(read):
    text = ("The Taliban captured the city of Sar-e Pul on Sunday. "
            "On Monday, the insurgents overran Aybak, the capital of Samangan province.")
    assert agents(read(text)) == ["Taliban", "Taliban"]


def test_control_of_a_place_is_one_capture_by_the_subject(read):
    text = '"This afternoon the Taliban took control of Torghundi and the customs post," a local official said.'
    assert actions(read(text)) == [("Capture", "Taliban")]


# --- non-events ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The foreign minister ruled out the deployment of Turkish troops to Kabul airport.",
    "Moscow has consistently ruled out sending Russian soldiers into Afghanistan.",
    "India denied deploying troops along the Afghan border.",
], ids=["ruled-out-noun", "ruled-out-gerund", "denied"])
def test_denied_deployment_is_no_action(read, text):
    assert read(text).military_actions == []


def test_condemning_an_attack_does_not_make_the_attacker(read):
    text = "Uzbekistan firmly condemned the bombing in Kabul, its foreign ministry said."
    assert "Uzbekistan" not in agents(read(text))


def test_expected_capture_is_no_action(read):
    text = "Analysts said the Taliban expected to take control of Kandahar airport within weeks."
    assert read(text).military_actions == []


def test_person_based_or_arriving_is_no_deployment(read):
    text = ("Taliban negotiator Abdul Salam Hanafi, who is based in Doha, spoke to reporters. "
            "The chief of Pakistan's Inter-Services Intelligence, Lt. Gen. Faiz Hameed, arrived in Kabul on Saturday.")
    assert read(text).military_actions == []


def test_claimed_to_have_taken_is_held_not_planned(read):
    extraction = read("The Taliban claimed to have captured the district of Keshm in Badakhshan.")
    assert [(a.kind, a.status) for a in extraction.military_actions] == [("Capture", "held")]


# --- forms of the action ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, kind, actor", [
    ("Days later the Taliban swept into Jalalabad without a fight.", "Capture", "Taliban"),
    ("The Taliban said they had entered the provincial prison of Kandahar.", "Capture", "Taliban"),
    ("Pul-e-Khumri city had fallen on Friday after a week of fighting.", "Capture", None),
    ("Local sources said government forces were battling the Taliban on the outskirts of Herat.", "Other", "Taliban"),
    ("Heavy fighting raged around the district centre of Dand overnight, residents said.", "Other", None),
    ("Witnesses said the Taliban had sent hundreds of fighters to the valley.", "Deployment", "Taliban"),
    ("Kyrgyzstan contributed a mortar platoon to the exercise.", "Deployment", "Kyrgyzstan"),
    ("The United States is due to complete the withdrawal of its forces from Afghanistan next month.",
     "Withdrawal", "United States"),
], ids=["swept-into", "entered-prison", "had-fallen", "battling-object", "fighting-raged", "sent-hundreds-of",
        "contributed-platoon", "due-to-complete"])
def test_forms_of_military_actions(read, text, kind, actor):
    found = actions(read(text))
    if actor is None:
        assert [k for k, _ in found] == [kind]
    else:
        assert (kind, actor) in found


def test_claimant_of_an_attack_is_its_agent(read):
    text = "The Taliban claimed responsibility for Monday's bombing of an army convoy in Helmand."
    assert actions(read(text)) == [("Attack", "Taliban")]
