"""Review of round 11's meeting rules: misfires found on sentences written for this review (never copied from the
evaluation sets). The office subject facing another ("Iran's foreign minister X sat across …") met the person
named in what he faced ("a portrait of Khomeini"); the present-tense "hosts/receives" with bare plural guests
(kinds.habitual) dropped a person's encounter ("Mirziyoyev hosts Afghan delegates", a headline's present) and
guests received for talks; "the two foreign ministers" missed India's External Affairs Minister."""
from __future__ import annotations

from datetime import date

import pytest

from meeting_views import met, parties

PUBLISHED = date(2024, 5, 20)


# --- "sat across from a portrait of X": X is what one faces, not whom ---------------------------------------

@pytest.mark.parametrize("text", [
    "Iran's foreign minister Abbas Araghchi sat across from a portrait of Ayatollah Khomeini.",
    "Russia's defence minister Andrei Belousov sat across from a statue of Marshal Georgy Zhukov in Moscow.",
    "Russia's defence minister Andrei Belousov sat across from the wife of Chinese President Xi Jinping at the dinner.",
])
def test_facing_a_likeness_of_a_person_is_no_meeting(read, text):
    assert parties(read(text)) == []


@pytest.mark.parametrize("text, pair", [
    ("Iran's foreign minister Abbas Araghchi sat across from Saudi Foreign Minister Faisal bin Farhan in Beijing.",
     ("Abbas Araghchi", "Faisal bin Farhan")),
    ("Russia's defence minister Andrei Belousov sat opposite Chinese Defence Minister Dong Jun in Qingdao.",
     ("Andrei Belousov", "Dong Jun")),
    ("Iran's foreign minister Abbas Araghchi sat across from the foreign minister of Saudi Arabia, Faisal bin Farhan, "
     "in Beijing.", ("Abbas Araghchi", "Faisal bin Farhan")),
])
def test_facing_a_person_is_still_a_meeting(read, text, pair):
    assert met(read(text), *pair)


# --- "hosts/receives" in the present: a person's or for talks is an encounter, a country's keeping is not -----

@pytest.mark.parametrize("text, pair", [
    ("Uzbek President Shavkat Mirziyoyev hosts Afghan delegates.", ("Shavkat Mirziyoyev", "Afghanistan")),
    ("Kazakh President Kassym-Jomart Tokayev hosts Chinese officials.", ("Kassym-Jomart Tokayev", "China")),
    ("Pakistan and China receive Afghan officials in Islamabad for trilateral talks.", ("Pakistan", "Afghanistan")),
])
def test_a_person_hosting_or_guests_received_for_talks_meet(read, text, pair):
    assert met(read(text), *pair)


@pytest.mark.parametrize("text", [
    "Russia hosts Taliban delegations every year.",
    "Uzbekistan receives Afghan refugees.",
    "Kazakhstan and Uzbekistan host Afghan traders at their border markets.",
])
def test_whom_a_country_keeps_is_still_no_meeting(read, text):
    assert parties(read(text)) == []


# --- "the two foreign ministers": an office a country words otherwise is the office described ----------------

def test_an_external_affairs_minister_is_one_of_the_two_foreign_ministers(read):
    extraction = read("Indian External Affairs Minister S Jaishankar arrived in Beijing on Monday. Chinese Foreign "
                      "Minister Wang Yi said ties were improving. The two foreign ministers held talks on Tuesday.")
    assert met(extraction, "S. Jaishankar", "Wang Yi")


def test_two_foreign_ministers_are_still_none_when_one_holds_the_office(read):
    extraction = read("Indian External Affairs Minister S Jaishankar arrived in Beijing on Monday. Analyst Ahmed "
                      "Rashid said ties were improving. Economist Asad Umar agreed. The two foreign ministers held "
                      "talks on Tuesday.")
    assert not met(extraction, "Ahmed Rashid", "Asad Umar")
    assert not met(extraction, "S. Jaishankar", "Asad Umar")
