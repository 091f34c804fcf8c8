"""Meetings read on unseen text (round 16), on sentences written for these tests (never copied from the evaluation
sets), more that must not fire than must: the persons one party met one by one, encounters of the same parties on
other days, and a visit an invitation names the host of."""
from __future__ import annotations

from datetime import date

import pytest

from meeting_views import met, parties

PUBLISHED = date(2024, 6, 3)


# --- "met A and B": one meeting with each -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, first, others", [
    # what describes the second person met names no party ("who told him that … engineers working for X")
    ("On his trip, Iraqi Foreign Minister Fuad Hussein also met President Masoud Pezeshkian and parliament speaker "
     "Mohammad Bagher Ghalibaf, who told him that Iran would protect Iraqi engineers working for the Basra Oil "
     "Company.",
     "Fuad Hussein", ["Masoud Pezeshkian", "Mohammad Bagher Ghalibaf"]),
    # "the joint secretary" is an office, not a joint meeting; the visitor's own country left unsaid
    ("Paul Nguyen, the joint secretary for Asia, has met Japanese Foreign Minister Yoko Kamikawa and Japanese "
     "Defence Minister Minoru Kihara in Tokyo.", "Paul Nguyen", ["Yoko Kamikawa", "Minoru Kihara"]),
    # whom he met, his own country left unsaid
    ("Senator Bob Menendez met Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan.",
     "Bob Menendez", ["Ilham Aliyev", "Nikol Pashinyan"]),
])
def test_persons_met_are_met_one_by_one(read, text, first, others):
    extraction = read(text)
    assert parties(extraction) == sorted(sorted([first, other]) for other in others)


@pytest.mark.parametrize("text", [
    # talks with two at once
    "Saudi Foreign Minister Faisal bin Farhan held talks with Iranian President Masoud Pezeshkian and Iranian "
    "Foreign Minister Abbas Araghchi in Tehran.",
    # the sides say they sat together
    "Chinese Foreign Minister Wang Yi held trilateral talks with Pakistani Foreign Minister Ishaq Dar and Afghan "
    "Foreign Minister Amir Khan Muttaqi in Kabul.",
    "Chinese Foreign Minister Wang Yi held talks with Pakistani Foreign Minister Ishaq Dar and Afghan Foreign "
    "Minister Amir Khan Muttaqi together in Kabul.",
    # a joint meeting, beside an office's "joint"
    "Paul Nguyen, the joint secretary for Asia, met Japanese Foreign Minister Yoko Kamikawa and South Korean Foreign "
    "Minister Cho Tae-yul at a joint meeting in Tokyo.",
])
def test_talks_with_several_together_are_one_meeting(read, text):
    extraction = read(text)
    assert len(extraction.meetings) == 1 and len(parties(extraction)[0]) == 3, parties(extraction)


# --- the same parties on other days: other encounters -----------------------------------------------------------------

def test_same_parties_on_two_days_are_two_meetings(read):
    extraction = read("German Chancellor Olaf Scholz hosted Spanish Prime Minister Pedro Sanchez for dinner on Sunday "
                      "evening. Scholz and Sanchez held formal talks at the chancellery on Monday.")
    assert parties(extraction) == [["Olaf Scholz", "Pedro Sanchez"]] * 2


def test_timeline_entry_is_dated_by_its_date_line(read):
    extraction = read("Kenyan President William Ruto met Ghanaian President John Mahama in Nairobi on 2 March "
                      "2024.\n\n12 April 2024: Ruto speaks to Mahama by phone about the drought.")
    assert sorted(m.date for m in extraction.meetings) == [date(2024, 3, 2), date(2024, 4, 12)]


@pytest.mark.parametrize("text", [
    # the day of what a clause tells of the visitor is not the day of the talks
    "Ruto met Ghanaian President John Mahama in Nairobi on Tuesday. Mahama, who flew in on Monday evening, "
    "held talks with Ruto for three hours.",
    # one day named, the other sentence undated: the same encounter told again
    "Ruto met Ghanaian President John Mahama in Nairobi on Tuesday. Ruto and Mahama discussed the drought.",
    # a date line not alone on its line dates nothing after it
    "Ruto met Ghanaian President John Mahama in Nairobi on 2 March 2024.\n\nBy 12 April 2024, the rains had "
    "failed.\n\nRuto and Mahama discussed the drought at the same meeting.",
])
def test_one_encounter_told_twice_is_one_meeting(read, text):
    extraction = read("Kenyan President William " + text)
    assert parties(extraction) == [["John Mahama", "William Ruto"]]


# --- "A invited B to visit X": the visit's host country ---------------------------------------------------------------

def test_invitation_to_visit_a_capital_makes_its_country_host(read):
    extraction = read("Egyptian Foreign Minister Badr Abdelatty invited Sudanese Foreign Minister Ali Youssef to visit "
                      "Cairo next month, and Youssef accepted the invitation.")
    assert met(extraction, "Ali Youssef", "Egypt"), parties(extraction)
    assert [m.status for m in extraction.meetings] == ["planned"]


@pytest.mark.parametrize("text", [
    "Egyptian Foreign Minister Badr Abdelatty invited Sudanese Foreign Minister Ali Youssef to visit Cairo.",
    "Egyptian Foreign Minister Badr Abdelatty invited Sudanese Foreign Minister Ali Youssef to visit Cairo, but "
    "Youssef declined.",
])
def test_invitation_not_taken_up_is_no_visit(read, text):
    assert not read(text).meetings, parties(read(text))


# --- "Did A meet B?": a question to be answered yes or no tells of no encounter ---------------------------------------

@pytest.mark.parametrize("text", [
    "Kenyan President William Ruto spent two days in Accra. Did he meet Ghanaian President John Mahama?",
    "Has Kenya ever held talks with the Tigray People's Liberation Front?",
    "Will Kenyan President William Ruto visit Ghana this year?",
])
def test_yes_or_no_question_is_no_meeting(read, text):
    extraction = read(text)
    assert not [m for m in extraction.meetings if "?" in m.evidence.sentence], parties(extraction)


@pytest.mark.parametrize("text", [
    # a question on what was said, which tells that they met
    "What did Kenyan President William Ruto and Ghanaian President John Mahama discuss when they met in Accra?",
    # a question after the encounter is told
    "Kenyan President William Ruto met Ghanaian President John Mahama in Accra, but did the talks change anything?",
])
def test_question_on_a_told_encounter_keeps_it(read, text):
    assert parties(read(text)) == [["John Mahama", "William Ruto"]]
