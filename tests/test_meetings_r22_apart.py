"""Meetings read on unseen text (round 22), on sentences written for these tests (never copied from the evaluation
sets): talks held with the leaders of several other countries are one talk each, as a meeting with them is; the
summit told in another clause ("A, who met B and C, told the summit") makes them no joint meeting."""
from __future__ import annotations

from datetime import date

import pytest

from meeting_views import parties

PUBLISHED = date(2024, 5, 14)


# --- talks with leaders of several other countries: one talk each --------------------------------------------------

@pytest.mark.parametrize("text, holder, others", [
    ("On Wednesday, Xi Jinping held talks with Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat "
     "Mirziyoyev.", "Xi Jinping", ["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"]),
    ("Recep Tayyip Erdogan attended as a guest and held talks with Shavkat Mirziyoyev and Vladimir Putin.",
     "Recep Tayyip Erdogan", ["Shavkat Mirziyoyev", "Vladimir Putin"]),
    ("Shehbaz Sharif, who met Vladimir Putin and Xi Jinping on the sidelines, told the summit that floods had "
     "submerged a third of his country.", "Shehbaz Sharif", ["Vladimir Putin", "Xi Jinping"]),
])
def test_talks_with_leaders_of_other_countries_one_each(read, text, holder, others):
    assert parties(read(text)) == sorted(sorted([holder, other]) for other in others)


@pytest.mark.parametrize("text", [
    "Wang Yi held talks with External Affairs Minister S. Jaishankar and National Security Adviser Ajit Doval in "
    "New Delhi.",
    "Recep Tayyip Erdogan held trilateral talks with Shavkat Mirziyoyev and Vladimir Putin.",
    "On Monday, Sergey Lavrov held talks with Wang Yi and S. Jaishankar, the ministry said.",
    "Sergey Lavrov, who held trilateral talks with Wang Yi and Shah Mahmood Qureshi, told the summit that the Taliban "
    "must be inclusive.",
    "Shehbaz Sharif told the summit, which Vladimir Putin and Xi Jinping attended, that floods had submerged his "
    "country.",
])
def test_one_delegation_or_talks_of_several_sides_stay_one(read, text):
    assert len(parties(read(text))) == 1
