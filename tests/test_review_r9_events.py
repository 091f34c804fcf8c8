"""Review of round 9's meeting and military rules: sentences written for this review on which a new rule made a
fact the extraction of 8e17d65 did not (a naming "called X a friend" read as a phone call, a letter read as talks,
an accepted deal read as an accepted invitation, drones shown at an air show read as an attack)."""
from __future__ import annotations

from datetime import date

import pytest

from meeting_views import met, parties

PUBLISHED = date(2024, 5, 14)


@pytest.mark.parametrize("text", [
    "Joe Biden called Xi Jinping a dictator at a fundraiser in California.",
    'Donald Trump called Xi Jinping "a very good friend" at a rally in Ohio.',
    'Recep Tayyip Erdogan called Vladimir Putin "my dear friend" in a speech.',
])
def test_calling_a_person_a_name_is_no_phone_call(read, text):
    assert parties(read(text)) == []


def test_a_person_called_with_a_description_between_commas_is_still_called(read):
    extraction = read("Emmanuel Macron called Volodymyr Zelensky, his close ally, on Friday.")
    assert met(extraction, "Emmanuel Macron", "Volodymyr Zelensky")


@pytest.mark.parametrize("text", [
    "Joe Biden said he had told Xi Jinping in a letter that the tariffs would stay.",
    "Xi Jinping told Joe Biden in a message that China wanted stable ties.",
    "Vladimir Putin told Narendra Modi through an envoy that Russia would supply oil.",
])
def test_telling_in_writing_or_through_others_is_no_encounter(read, text):
    assert parties(read(text)) == []


def test_telling_in_a_phone_call_is_that_call(read):
    extraction = read("Narendra Modi told Vladimir Putin in a phone call that India wanted peace.")
    assert met(extraction, "Narendra Modi", "Vladimir Putin")
    assert all(m.kind == "PhoneCall" for m in extraction.meetings)


@pytest.mark.parametrize("text", [
    "Modi invited Putin to New Delhi for the summit, the Indian government said on Tuesday after Russia accepted the "
    "terms of the oil deal.",
    "Biden invited Modi to the White House for a state visit, and the Indian side accepted a deal on jet engines.",
])
def test_accepting_something_else_is_no_accepted_invitation(read, text):
    assert parties(read(text)) == []


def test_an_accepted_invitation_stays_planned(read):
    extraction = read("Narendra Modi invited Vladimir Putin to India for the summit, and the Kremlin accepted the "
                      "invitation.")
    assert met(extraction, "Narendra Modi", "Vladimir Putin")


@pytest.mark.parametrize("text", [
    "The Chinese firm launched dozens of new drones at the Zhuhai air show.",
    "The state manufacturer launched two new missiles at the defence exhibition in Abu Dhabi.",
])
def test_weapons_launched_at_a_show_are_no_attack(read, text):
    assert read(text).military_actions == []


def test_drones_launched_at_a_target_are_an_attack(read):
    extraction = read("Hezbollah launched dozens of drones at an army base near Haifa on Sunday.")
    assert "Attack" in {a.kind for a in extraction.military_actions}


def military_agents(extraction) -> set[str | None]:
    return {extraction.actor(a.actor).label if a.actor else None for a in extraction.military_actions}


@pytest.mark.parametrize("text", [
    "The Russian Armed Forces denied shelling Donetsk. Russian-backed separatist forces captured the village of Pisky.",
    "The Russian Armed Forces denied shelling Donetsk. Pro-Russian forces captured the village of Pisky.",
    "The Armed Forces of Ukraine said it had repelled the attack. Pro-Ukrainian Russian fighters crossed into the "
    "Belgorod region.",
])
def test_forces_a_country_backs_are_not_its_armed_forces(read, text):
    assert not {a for a in military_agents(read(text)) if a and "Armed Forces" in a}


def test_a_country_s_own_units_are_still_its_named_armed_forces(read):
    extraction = read("The Russian Armed Forces denied shelling Donetsk. Russian units captured the village of Pisky.")
    assert military_agents(extraction) == {"Russian Armed Forces"}


@pytest.mark.parametrize("text", [
    "India launched Operation Ganga to evacuate students from Ukraine.",
    "The air force began Operation Safe Return to bring citizens home from Sudan.",
    "Pakistan launched Operation Madad for the rescue of flood victims in Sindh.",
])
def test_a_named_operation_to_save_or_carry_people_is_no_attack(read, text):
    assert "Attack" not in {a.kind for a in read(text).military_actions}


def test_a_named_operation_against_a_target_is_still_an_attack(read):
    extraction = read("Pakistan launched Operation Azm-e-Istehkam against militant hideouts in North Waziristan.")
    assert "Attack" in {a.kind for a in extraction.military_actions}
