"""Meetings whose sides are counted or described rather than named ("talks between the commanders of the two
sides", "the two governments' teams", "his Azerbaijani counterpart", "France's ambassador"), a meeting of an
organisation's members whose attendees follow, a visit joined by the talks told next, and beside each the near
miss that must stay no meeting. Sentences written for these tests (never copied from the evaluation sets).
"""
from __future__ import annotations

import functools
from datetime import date

import pytest

from meeting_views import met, parties

PUBLISHED = date(2024, 10, 8)
QUARREL = "Armenia and Azerbaijan traded accusations over the border on Friday. "


@pytest.fixture(scope="module")
def read(read_article):
    return functools.partial(read_article, published=PUBLISHED)


# --- counted sides: envoys of "the two countries" are those countries ----------------------------

@pytest.mark.parametrize("text", [
    "Talks between the foreign ministers of the two countries were held in Washington on Monday.",
    "Delegations of both countries met in Brussels on Monday.",
    "It was the result of the fifth round of talks between the negotiators of the two sides, held in Almaty.",
], ids=["between-envoys-of-counted", "envoys-of-both", "between-envoys-of-sides"])
def test_envoys_of_counted_sides_meet_as_the_countries_named_before(read, text):
    assert parties(read(QUARREL + text)) == [["Armenia", "Azerbaijan"]]


def test_the_two_governments_teams_due_to_meet_are_a_planned_meeting_of_the_countries(read):
    extraction = read(QUARREL + "The two governments' border commissions are due to meet in Tbilisi next week.")
    assert parties(extraction) == [["Armenia", "Azerbaijan"]]
    assert [m.status for m in extraction.meetings] == ["planned"]


@pytest.mark.parametrize("text", [
    "Officials of the two countries have not met since June.",
    "The two governments' spokesmen traded insults on Saturday.",
    "Troops of the two countries exchanged fire near the border on Sunday.",
], ids=["not-met", "no-encounter", "fighting"])
def test_counted_sides_without_an_encounter_are_no_meeting(read, text):
    assert parties(read(QUARREL + text)) == []


# --- "A and B spoke on the sidelines" ----------------------------------------------------------

def test_two_leaders_who_spoke_on_the_sidelines_met(read):
    extraction = read("Armenian Prime Minister Nikol Pashinyan and his Azerbaijani counterpart, Ilham Aliyev, spoke "
                      "on the sidelines on October 6 and agreed to resume border talks, Pashinyan's office said.")
    assert parties(extraction) == [["Ilham Aliyev", "Nikol Pashinyan"]]


def test_two_leaders_who_spoke_at_a_session_each_gave_a_speech(read):
    extraction = read("Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev spoke at the "
                      "opening session in Prague on Thursday.")
    assert parties(extraction) == []


# --- a country's unnamed official: the country is the party -------------------------------------

def test_a_countrys_ambassador_calling_on_a_minister_meets_him_as_the_country(read):
    extraction = read("France's ambassador in Moscow called on Russian Foreign Minister Sergei Lavrov on Tuesday.")
    assert parties(extraction) == [["France", "Sergey Lavrov"]]


def test_an_ambassador_calling_on_a_government_to_act_is_no_meeting(read):
    extraction = read("France's ambassador in Moscow called on the Russian government to release the journalist.")
    assert parties(extraction) == []


def test_his_counterpart_of_one_country_meets_the_other_country_the_passage_is_about(read):
    extraction = read("Armenian troops repelled the attack near Jermuk. The local commander held talks with his "
                      "Azerbaijani counterpart on Sunday to defuse the tension.")
    assert parties(extraction) == [["Armenia", "Azerbaijan"]]


def test_a_counterpart_who_refused_to_meet_is_no_meeting(read):
    extraction = read("Armenian troops repelled the attack near Jermuk. The local commander said his Azerbaijani "
                      "counterpart had refused to meet him.")
    assert parties(extraction) == []


def test_a_counterpart_without_another_country_named_is_no_meeting(read):
    assert parties(read("The local commander held talks with his Azerbaijani counterpart on Sunday.")) == []


# --- a meeting of an organisation's members: its attendees follow -------------------------------

def test_the_attendees_named_after_a_meeting_of_member_states_join_it(read):
    extraction = read("Turkish Defence Minister Hulusi Akar criticised the arms embargo on Friday, speaking at a "
                      "meeting of the defence ministers of the NATO member states in Brussels. The meeting was "
                      "chaired by NATO Secretary-General Jens Stoltenberg. It was attended by German Defence Minister "
                      "Christine Lambrecht and British Defence Secretary Ben Wallace. Polish Defence Minister Mariusz "
                      "Blaszczak took part via video link.")
    assert len(extraction.meetings) == 1
    assert met(extraction, "Hulusi Akar", "Jens Stoltenberg", "Christine Lambrecht", "Ben Wallace", "Mariusz Blaszczak")


def test_a_ceremony_attended_after_two_sided_talks_adds_no_party(read):
    extraction = read("Turkish Defence Minister Hulusi Akar met NATO Secretary-General Jens Stoltenberg in Brussels "
                      "on Monday. The ceremony was attended by German Defence Minister Christine Lambrecht.")
    assert parties(extraction) == [["Hulusi Akar", "Jens Stoltenberg"]]


# --- a visit and the talks told next are one meeting, the host a party through its officials ------

def test_a_visit_and_the_visitors_talks_with_the_hosts_officials_are_one_meeting(read):
    extraction = read("Turkish Foreign Minister Mevlut Cavusoglu visited Tehran on Monday. Cavusoglu met Iranian "
                      "Foreign Minister Hossein Amir-Abdollahian and the speaker of parliament, Mohammad Bagher "
                      "Ghalibaf, and discussed trade.")
    assert len(extraction.meetings) == 1
    assert met(extraction, "Mevlut Cavusoglu", "Hossein Amir-Abdollahian", "Mohammad Bagher Ghalibaf")


def test_talks_with_a_third_countrys_minister_stay_apart_from_the_visit(read):
    extraction = read("Turkish Foreign Minister Mevlut Cavusoglu visited Tehran on Monday. Cavusoglu met Chinese "
                      "Foreign Minister Wang Yi in Ankara on Friday.")
    assert sorted(parties(extraction)) == [["Iran", "Mevlut Cavusoglu"], ["Mevlut Cavusoglu", "Wang Yi"]]


def test_after_a_visit_joined_by_its_talks_she_is_still_the_visitor(read):
    extraction = read("Pakistani Minister of State Hina Rabbani Khar visited Kabul on Tuesday. She met Afghan "
                      "Foreign Minister Amir Khan Muttaqi. She also met Mullah Abdul Ghani Baradar.")
    assert met(extraction, "Hina Rabbani Khar", "Abdul Ghani Baradar")
    assert not met(extraction, "Amir Khan Muttaqi", "Abdul Ghani Baradar")
