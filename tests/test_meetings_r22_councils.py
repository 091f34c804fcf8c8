"""A meeting of one country's own council (round 22): "chaired an emergency meeting of the country's Security
Council" is that country's officials among themselves, whatever the verb that governs the meeting (the guidelines:
"a meeting of one party's own council is not a meeting between parties"); a council of several countries, or a
meeting "with" others, stays an encounter. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from meeting_views import parties

PUBLISHED = date(2024, 3, 12)


@pytest.mark.parametrize("text", [
    "President Kassym-Jomart Tokayev issued the decree at an emergency meeting of the country's Security Council.",
    "Ebrahim Raisi spoke at a meeting of Iran's Supreme National Security Council on Sunday.",
    "Shehbaz Sharif chaired a meeting of the National Security Committee of Pakistan in Islamabad.",
    "Emomali Rahmon addressed a meeting of the Tajik Security Council in Dushanbe on Monday.",
    "Narendra Modi presided over a meeting of the Indian cabinet, officials said.",
])
def test_a_meeting_of_one_countrys_own_council_is_no_encounter(read, text):
    assert parties(read(text)) == []


@pytest.mark.parametrize("text, expected", [
    ("Sergey Lavrov and Subrahmanyam Jaishankar attended a meeting of the Russia-India intergovernmental commission "
     "in Moscow.", ["S. Jaishankar", "Sergey Lavrov"]),
    ("Wang Yi held a meeting with the Pakistani National Security Committee's members and Ishaq Dar in Islamabad.",
     None),
    ("Vladimir Putin and Xi Jinping held a meeting in Beijing on Thursday.", ["Vladimir Putin", "Xi Jinping"]),
])
def test_a_meeting_with_others_or_of_a_shared_body_stays(read, text, expected):
    found = parties(read(text))
    assert found, text
    if expected:
        assert sorted(found[0]) == sorted(expected)
