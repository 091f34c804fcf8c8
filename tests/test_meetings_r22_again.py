"""Meetings read on unseen text (round 22), on sentences written for these tests (never copied from the evaluation
sets): officials who name no one meeting again ("the commanders would meet again") are the sides of the encounter
just reported, and that encounter again is not the ministers' call between the same countries."""
from __future__ import annotations

from datetime import date

import pytest

from meeting_views import parties

PUBLISHED = date(2024, 5, 14)

OFFICIALS_MET = "Kyrgyz and Tajik officials met in Batken on Monday to discuss the border. "
MINISTERS_MET = "Kyrgyz Foreign Minister Jeenbek Kulubaev met Tajik Foreign Minister Sirojiddin Muhriddin in Batken. "


# --- officials who name no one meet again: the sides of the encounter just reported ---------------------------------

@pytest.mark.parametrize("text", [
    OFFICIALS_MET + "The delegations are to meet again in October.",
    OFFICIALS_MET + "The officials would meet again in Dushanbe next month, a ministry source said.",
    "Indian and Chinese commanders held talks at Moldo on Sunday. The commanders would meet again next week.",
    "Indian and Chinese army commanders met at Chushul on Sunday. The two armies' commanders will meet again soon.",
])
def test_officials_meeting_again_meet_for_the_sides_just_reported(read, text):
    found = parties(read(text))
    assert len(found) == 2 and found[0] == found[1]

# --- meeting again, but of no sides just reported, or named ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    MINISTERS_MET + "The cabinet will meet again on Monday to discuss the budget.",
    MINISTERS_MET + "Protesters gathered again outside the parliament on Friday.",
    MINISTERS_MET + "Kulubaev said he would meet the press again on Friday.",
    MINISTERS_MET + "Farmers in Batken met again to protest the water cuts.",
])
def test_no_encounter_of_the_sides_continued(read, text):
    assert parties(read(text)) == [["Jeenbek Kulubaev", "Sirojiddin Muhriddin"]]

# --- the commanders' next talks are not the ministers' call between the same countries ------------------------------

@pytest.mark.parametrize("text, countries, persons", [
    ("Indian and Chinese commanders held talks at Moldo on Sunday. The commanders would meet again next week. "
     "Foreign Minister S. Jaishankar and his Chinese counterpart Wang Yi are expected to speak by phone soon.",
     ["China", "India"], ["S. Jaishankar", "Wang Yi"]),
    ("Kyrgyz and Tajik officials met in Batken on Monday. The delegations will meet again in October. Kyrgyz "
     "President Sadyr Japarov and Tajik President Emomali Rahmon are to speak by telephone next week.",
     ["Kyrgyzstan", "Tajikistan"], ["Emomali Rahmon", "Sadyr Japarov"]),
])
def test_countries_talks_and_a_call_of_their_persons_stay_apart(read, text, countries, persons):
    found = parties(read(text))
    assert found.count(countries) == 2 and persons in found
