"""Meetings whose sides are counted or described rather than named ("talks between the commanders of the two
sides", "the two governments' teams", "his Azerbaijani counterpart", "France's ambassador"), a meeting of an
organisation's members whose attendees follow, a visit joined by the talks told next, and beside each the near
miss that must stay no meeting. Sentences written for these tests (never copied from the evaluation sets).
"""
from __future__ import annotations

from datetime import date

import pytest

from meeting_views import met, parties

PUBLISHED = date(2024, 10, 8)
QUARREL = "Armenia and Azerbaijan traded accusations over the border on Friday. "


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

def test_a_visit_joins_the_visitors_talks_with_the_hosts_officials(read):
    """The visit is no meeting apart from the talks it was made for; each official met is a meeting (round 12)."""
    extraction = read("Turkish Foreign Minister Mevlut Cavusoglu visited Tehran on Monday. Cavusoglu met Iranian "
                      "Foreign Minister Hossein Amir-Abdollahian and the speaker of parliament, Mohammad Bagher "
                      "Ghalibaf, and discussed trade.")
    assert parties(extraction) == [["Hossein Amir-Abdollahian", "Mevlut Cavusoglu"],
                                   ["Mevlut Cavusoglu", "Mohammad Bagher Ghalibaf"]]


def test_talks_with_a_third_countrys_minister_stay_apart_from_the_visit(read):
    extraction = read("Turkish Foreign Minister Mevlut Cavusoglu visited Tehran on Monday. Cavusoglu met Chinese "
                      "Foreign Minister Wang Yi in Ankara on Friday.")
    assert sorted(parties(extraction)) == [["Iran", "Mevlut Cavusoglu"], ["Mevlut Cavusoglu", "Wang Yi"]]


def test_after_a_visit_joined_by_its_talks_she_is_still_the_visitor(read):
    extraction = read("Pakistani Minister of State Hina Rabbani Khar visited Kabul on Tuesday. She met Afghan "
                      "Foreign Minister Amir Khan Muttaqi. She also met Mullah Abdul Ghani Baradar.")
    assert met(extraction, "Hina Rabbani Khar", "Abdul Ghani Baradar")
    assert not met(extraction, "Amir Khan Muttaqi", "Abdul Ghani Baradar")


def test_the_countries_talks_stay_apart_from_their_leaders_summit_of_another_month(read):
    extraction = read(QUARREL + "It followed talks between the border commissions of the two sides in Almaty on "
                      "July 17. Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev last "
                      "met at the summit in Prague on October 6.")
    assert sorted(parties(extraction)) == [["Armenia", "Azerbaijan"], ["Ilham Aliyev", "Nikol Pashinyan"]]


def test_talks_between_the_two_sides_of_a_war_name_no_countries(read):
    extraction = read("The army of Myanmar and the Arakan Army have fought for months near the Bangladeshi border. "
                      "Talks between the two sides in Kunming broke down last week.")
    assert parties(extraction) == []


# --- counterparts from several countries, named or counted ----------------------------------------

def test_counterparts_from_named_countries_meet_as_those_countries(read):
    extraction = read("Japanese Foreign Minister Yoko Kamikawa met her counterparts from Kazakhstan, Uzbekistan and "
                      "Kyrgyzstan in Tokyo on Monday.")
    assert parties(extraction) == [["Kazakhstan", "Kyrgyzstan", "Uzbekistan", "Yoko Kamikawa"]]


def test_counterparts_from_the_counted_countries_are_the_countries_named_before(read):
    extraction = read("Leaders of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan met in Dushanbe on "
                      "Friday. In April, Japanese Foreign Minister Yoko Kamikawa met her counterparts from the five "
                      "Central Asian countries in Astana.")
    assert ["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan", "Yoko Kamikawa"] in \
        parties(extraction)


def test_counterparts_from_more_countries_than_were_named_are_left_open(read):
    extraction = read("Kazakh President Kassym-Jomart Tokayev praised the railway. Japanese Foreign Minister Yoko "
                      "Kamikawa met her counterparts from the five Central Asian countries in Astana on Monday.")
    assert parties(extraction) == []


def test_guests_from_named_countries_are_no_counterparts_met(read):
    extraction = read("Japanese Foreign Minister Yoko Kamikawa welcomed tourists from Kazakhstan and Uzbekistan in "
                      "Tokyo on Monday.")
    assert parties(extraction) == []


# --- a delegation attending talks abroad: the host, and the others expected -----------------------

def test_a_delegation_attending_talks_abroad_meets_the_host_and_those_also_expected(read):
    extraction = read("A French delegation will attend the consultations in Astana on November 16, the ministry "
                      "said. Representatives of Russia, Iran and Turkey are also expected.")
    assert parties(extraction) == [["France", "Iran", "Kazakhstan", "Russia", "Turkey"]]
    assert [m.status for m in extraction.meetings] == ["planned"]


def test_a_delegation_attending_talks_at_home_has_no_host_to_meet(read):
    assert parties(read("A French delegation will attend the consultations in Paris on November 16, the ministry "
                        "said.")) == []


def test_countries_that_welcome_talks_do_not_hold_them(read):
    assert parties(read("Iran and Turkey welcomed the talks on Monday.")) == []
    assert parties(read("Iran and Turkey welcomed the talks between Armenian Prime Minister Nikol Pashinyan and "
                        "Azerbaijani President Ilham Aliyev on Monday.")) == [["Ilham Aliyev", "Nikol Pashinyan"]]


# --- the next round of a dialogue of several sides -----------------------------------------------

def test_the_next_round_of_the_trilateral_dialogue_is_of_its_three_sides_though_other_talks_came_between(read):
    extraction = read("The second round of the trilateral dialogue of the foreign ministers of Iran, Turkey and "
                      "Russia was held in Tehran on Saturday. Iranian Foreign Minister Hossein Amir-Abdollahian later "
                      "met Turkish President Recep Tayyip Erdogan. Turkish Foreign Ministry spokesman Oncu Keceli said "
                      "the next round of the trilateral dialogue would be held in Moscow.")
    planned = [sorted(extraction.actor(p).label for p in m.participants) for m in extraction.meetings
               if m.status == "planned"]
    assert planned == [["Iran", "Russia", "Turkey"]]


def test_the_next_round_of_a_trilateral_dialogue_never_reported_is_no_meeting(read):
    extraction = read("Iranian Foreign Minister Hossein Amir-Abdollahian met Turkish President Recep Tayyip Erdogan "
                      "in Ankara on Monday. The next round of the trilateral dialogue will be held in Moscow.")
    assert parties(extraction) == [["Hossein Amir-Abdollahian", "Recep Tayyip Erdogan"]]


# --- a summit: its next edition, its attendees named after other talks, and who only praised it ---

SUMMIT = ("Chinese President Xi Jinping chaired the first China-Arab States Summit in Riyadh on Friday. Algerian "
          "President Abdelmadjid Tebboune and Egyptian President Abdel Fattah el-Sisi attended the summit. ")


def test_the_second_summit_to_be_held_is_a_planned_summit_of_the_same_countries_and_its_host(read):
    extraction = read(SUMMIT + "The leaders agreed that the second China-Arab States Summit will be held in Cairo "
                      "in 2026.")
    planned = [sorted(extraction.actor(p).label for p in m.participants) for m in extraction.meetings
               if m.status == "planned"]
    assert planned == [["Algeria", "China", "Egypt"]]


def test_leaders_who_spoke_highly_of_the_summit_hold_no_meeting_of_their_own(read):
    extraction = read(SUMMIT + "The Arab leaders spoke highly of the summit.")
    assert len(extraction.meetings) == 1


def test_who_attended_the_summit_joins_it_though_other_talks_were_told_since(read):
    extraction = read(SUMMIT + "Before the summit, Xi held talks with Egyptian President Abdel Fattah el-Sisi. "
                      "Iraqi Prime Minister Mohammed Shia al-Sudani also attended the summit.")
    assert ["Abdel Fattah el-Sisi", "Abdelmadjid Tebboune", "Mohammed Shia al-Sudani", "Xi Jinping"] in \
        parties(extraction)
    assert ["Abdel Fattah el-Sisi", "Xi Jinping"] in parties(extraction)


# --- one person meeting leaders of different countries: one meeting each ------------------------

def test_leaders_of_different_countries_one_person_will_meet_are_met_one_by_one(read):
    extraction = read("Russian President Vladimir Putin would also meet Indian Prime Minister Narendra Modi and "
                      "Turkish President Recep Tayyip Erdogan in Samarkand, a Kremlin aide said.")
    assert sorted(parties(extraction)) == [["Narendra Modi", "Vladimir Putin"],
                                           ["Recep Tayyip Erdogan", "Vladimir Putin"]]


def test_leaders_met_for_a_trilateral_meeting_meet_together(read):
    extraction = read("Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan and Iranian "
                      "President Ebrahim Raisi for a trilateral meeting in Tehran on Tuesday.")
    assert parties(extraction) == [["Ebrahim Raisi", "Recep Tayyip Erdogan", "Vladimir Putin"]]


def test_two_officials_of_one_country_are_met_one_by_one(read):
    """The gold sets read "X met A and B" as two meetings, A and B of one country or not (round 12)."""
    extraction = read("Pakistani Minister of State Hina Rabbani Khar met Afghan Foreign Minister Amir Khan Muttaqi "
                      "and Afghan Deputy Prime Minister Abdul Ghani Baradar in Kabul.")
    assert parties(extraction) == [["Abdul Ghani Baradar", "Hina Rabbani Khar"],
                                   ["Amir Khan Muttaqi", "Hina Rabbani Khar"]]
