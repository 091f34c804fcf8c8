"""Meetings called off after they were expected, meetings only asked about through a journey, and who "he" is in
a tour told stop by stop, on sentences written for these tests (never copied from the evaluation sets)."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from meeting_views import met, parties

PUBLISHED = date(2023, 3, 14)


# --- an encounter that was to come and then did not happen --------------------------------------

def test_expected_talks_that_did_not_take_place_are_none(read):
    extraction = read("Annalena Baerbock had been due to meet Wang Yi in Munich on Friday, but no meeting took "
                      "place, two officials said.")
    assert parties(extraction) == []


def test_planned_visit_that_was_not_held_is_none(read):
    extraction = read("Olaf Scholz was scheduled to hold talks with Recep Tayyip Erdogan in Ankara on Monday, "
                      "but the talks were not held because of the earthquake.")
    assert parties(extraction) == []


def test_held_talks_beside_a_meeting_that_did_not_happen_stay(read):
    extraction = read("Antony Blinken met Sergey Lavrov in Geneva on Friday, although no summit took place.")
    assert parties(extraction) == [["Antony Blinken", "Sergey Lavrov"]]


def test_planned_talks_stay_planned_without_a_denial(read):
    extraction = read("Annalena Baerbock is expected to meet Wang Yi in Munich on Friday, two officials said.")
    assert parties(extraction) == [["Annalena Baerbock", "Wang Yi"]]


# --- a meeting only asked about, through the journey to it --------------------------------------

def test_asked_whether_he_would_travel_to_meet_is_no_meeting(read):
    extraction = read("Asked whether he would travel to New Delhi to meet S. Jaishankar, Sergey Lavrov said no date "
                      "had been set.")
    assert parties(extraction) == []


def test_travel_to_meet_without_a_question_is_planned(read):
    extraction = read("Sergey Lavrov will travel to New Delhi next week to meet S. Jaishankar.")
    assert parties(extraction) == [["S. Jaishankar", "Sergey Lavrov"]]


# --- "he" on a tour told stop by stop --------------------------------------------------------

def test_he_after_the_host_spoke_is_the_traveller(read):
    extraction = read("In Baku, Mr Qureshi met President Ilham Aliyev and Foreign Minister Jeyhun Bayramov. "
                      "According to the Foreign Office, the Azerbaijani president stressed that trade must grow.\n\n"
                      "In Tbilisi he held talks with Georgian Prime Minister Irakli Garibashvili.")
    assert parties(extraction) == [["Ilham Aliyev", "Shah Mahmood Qureshi"],
                                   ["Irakli Garibashvili", "Shah Mahmood Qureshi"],
                                   ["Jeyhun Bayramov", "Shah Mahmood Qureshi"]]


def test_he_after_two_visitors_called_on_a_host_stays_open(read):
    extraction = read("In Baku, Mr Qureshi and Jeyhun Bayramov called on President Ilham Aliyev. According to the "
                      "Foreign Office, the Azerbaijani president stressed that trade must grow.\n\n"
                      "In Tbilisi he held talks with Georgian Prime Minister Irakli Garibashvili.")
    assert ["Irakli Garibashvili", "Shah Mahmood Qureshi"] not in parties(extraction)


def test_he_after_someone_else_spoke_is_not_the_traveller(read):
    extraction = read("In Baku, Mr Qureshi met Jeyhun Bayramov. Ilham Aliyev stressed that trade must grow.\n\n"
                      "In Tbilisi he held talks with Georgian Prime Minister Irakli Garibashvili.")
    assert ["Irakli Garibashvili", "Shah Mahmood Qureshi"] not in parties(extraction)


# --- "talks with A and with B": one encounter each ------------------------------------------------

def test_talks_with_one_and_with_another_are_two_encounters(read):
    extraction = read("On Monday, Sergey Lavrov held talks with Wang Yi and with S. Jaishankar, the ministry said.")
    assert parties(extraction) == [["S. Jaishankar", "Sergey Lavrov"], ["Sergey Lavrov", "Wang Yi"]]


def test_talks_with_one_and_with_another_named_by_surname_are_two_encounters(read):
    extraction = read("On the sidelines, Sergey Lavrov held talks with Jaishankar and with Mirziyoyev, the Russian "
                      "foreign ministry said.")
    assert parties(extraction) == [["S. Jaishankar", "Sergey Lavrov"], ["Sergey Lavrov", "Shavkat Mirziyoyev"]]


def test_talks_with_two_at_once_are_one_encounter(read):
    extraction = read("On Monday, Sergey Lavrov held talks with Wang Yi and S. Jaishankar, the ministry said.")
    assert parties(extraction) == [["S. Jaishankar", "Sergey Lavrov", "Wang Yi"]]


# --- the persons who sat for the two countries, named in the sentences after -----------------------

def test_counterparts_named_after_a_call_between_ministers_join_it(read):
    extraction = read("Russia and Turkey have agreed to ease tensions after a phone call between their foreign "
                      "ministers. Russian Foreign Minister Sergey Lavrov told his Turkish counterpart Mevlut Cavusoglu "
                      "on Friday that Moscow was ready to help.")
    assert parties(extraction) == [["Mevlut Cavusoglu", "Russia", "Sergey Lavrov", "Turkey"]]


def test_heads_of_the_two_delegations_join_the_countries_talks(read):
    extraction = read("Military talks between Armenia and Azerbaijan ended without agreement on Friday. The talks "
                      "lasted nine hours. The Armenian delegation was led by General Edvard Asryan, while the "
                      "Azerbaijani team was headed by General Kerim Valiyev.")
    assert parties(extraction) == [["Armenia", "Azerbaijan", "Edvard Asryan", "Kerim Valiyev"]]


def test_persons_who_sat_for_no_side_do_not_join(read):
    extraction = read("Russia and Turkey have agreed to ease tensions after a phone call between their foreign "
                      "ministers. Sergey Lavrov told reporters that Antony Blinken had been informed.")
    assert parties(extraction) == [["Russia", "Turkey"]]


# --- the next round of numbered talks, and what two sides agreed to hold --------------------------

def test_next_round_continues_the_numbered_round_far_back(read):
    extraction = read("The fifth round of talks between Armenia and Azerbaijan ended in Vienna on Friday without a "
                      "deal. The army said the other side had made no proposals. Shelling resumed on Saturday near "
                      "the border. Two soldiers were wounded, officials said. The ministry has not commented. "
                      "Villagers fled to the nearest town. Both sides have agreed to maintain contact and to hold the "
                      "next round of talks at an early date, a diplomat said.")
    assert parties(extraction) == [["Armenia", "Azerbaijan"], ["Armenia", "Azerbaijan"]]
    assert [m.status for m in extraction.meetings] == ["held", "planned"]


def test_talks_agreed_second_in_a_list_are_planned(read):
    extraction = read("Antony Blinken met Sergey Lavrov in Geneva on Friday. The two ministers agreed to maintain "
                      "contact and to hold another round of talks soon.")
    assert [m.status for m in extraction.meetings] == ["held", "planned"]


# --- one speaker's press conference is no encounter ------------------------------------------------

def test_a_lone_speakers_press_conference_is_no_meeting(read):
    extraction = read("Speaking at a press conference in Moscow, where he is on a three-day visit, Sergey Lavrov said "
                      "the Syrian army and Hezbollah had held the line.")
    assert parties(extraction) == []


def test_a_press_conference_with_a_counterpart_is_a_meeting(read):
    extraction = read("Speaking at a press conference with Wang Yi, Sergey Lavrov said the talks had been useful.")
    assert parties(extraction) == [["Sergey Lavrov", "Wang Yi"]]


def test_two_who_told_a_press_conference_met(read):
    extraction = read("Sergey Lavrov and Wang Yi told a press conference in Moscow that the talks had been useful.")
    assert parties(extraction) == [["Sergey Lavrov", "Wang Yi"]]


# --- who meets again: the gathering, not the last side meeting; the next summit of an organisation ---------

SUMMIT = ("Kassym-Jomart Tokayev hosted Shavkat Mirziyoyev of Uzbekistan, Sadyr Japarov of Kyrgyzstan and Emomali "
          "Rahmon of Tajikistan in Astana, the capital of Kazakhstan, on Friday. ")


def test_the_leaders_meet_again_as_the_countries_of_the_gathering(read):
    extraction = read(SUMMIT + "On the sidelines, Rahmon and Japarov met to discuss their border. The leaders agreed "
                      "to meet again in Tashkent next year.")
    again = [m for m in extraction.meetings if m.status == "planned"]
    assert [sorted(extraction.actor(p).label for p in m.participants) for m in again] == \
        [["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan"]]


def test_the_two_leaders_meet_again_as_the_last_two(read):
    extraction = read(SUMMIT + "On the sidelines, Rahmon and Japarov met to discuss their border. The two leaders "
                      "agreed to meet again in Bishkek next month.")
    again = [m for m in extraction.meetings if m.status == "planned"]
    assert [sorted(extraction.actor(p).label for p in m.participants) for m in again] == \
        [["Emomali Rahmon", "Sadyr Japarov"]]


def test_a_country_hosting_the_next_summit_meets_the_organisation(read):
    extraction = read("Leaders of the Shanghai Cooperation Organisation gathered in Astana for a summit on Thursday. "
                      "Tokayev said Kyrgyzstan would host the next summit in 2026.")
    assert ["Kyrgyzstan", "Shanghai Cooperation Organisation"] in parties(extraction)


def test_the_next_summit_of_an_organisation_held_in_a_country(read):
    extraction = read("The next NATO summit will be held in Vilnius, Lithuania, in July, officials said.")
    assert parties(extraction) == [["Lithuania", "NATO"]]


# --- one who serves a body of many countries speaks for none of them ------------------------------

def test_a_un_mission_head_meets_the_host_countrys_president(read):
    extraction = read("Tajikistan reopened its border with Afghanistan on Friday. Ivan Petrov, the head of the UN "
                      "Assistance Mission in Tajikistan (UNMOT), met Rahmon in Dushanbe on Saturday and stressed the "
                      "need for dialogue.")
    assert parties(extraction) == [["Emomali Rahmon", "Ivan Petrov"]]


def test_a_president_receives_the_secretary_general_of_an_alliance(read):
    extraction = read("BISHKEK, May 3, 2022 -- President Sadyr Japarov on Tuesday received Secretary General of the "
                      "Collective Security Treaty Organization (CSTO) Stanislav Zas. According to the press service of "
                      "the Kyrgyz president, the sides discussed the situation on the border.")
    assert parties(extraction) == [["Sadyr Japarov", "Stanislav Zas"]]


def test_officials_of_one_government_still_do_not_meet(read):
    extraction = read("Defense Secretary Lloyd Austin spoke with General Michael Kurilla of U.S. Central Command on "
                      "Monday.")
    assert parties(extraction) == []


def test_a_briefing_under_a_headline_about_forces_is_no_meeting(read):
    extraction = read("LIVE\nBorder clashes: live updates\n\n12:40 PM\nMujahid says Afghan forces 'repelled the "
                      "attack'\nSpeaking at a press conference in Kandahar, where he arrived on Monday, Taliban "
                      "spokesman Zabihullah Mujahid said the Afghan forces had \"repelled the attack\" and pushed the "
                      "enemy back.")
    assert parties(extraction) == []


# --- "he" after the one person whose trip the sentence spoke of ------------------------------------

def test_he_is_the_person_whose_trip_the_sentence_tells_of(read):
    extraction = read("Narendra Modi and Vladimir Putin held their annual summit in New Delhi on Monday. It was "
                      "Putin's second foreign trip this year, the first being Geneva, where he met US President Joe "
                      "Biden in June.")
    assert parties(extraction) == [["Joe Biden", "Vladimir Putin"], ["Narendra Modi", "Vladimir Putin"]]


# --- an encounter that only dates what the sentence tells ----------------------------------------

def test_who_briefs_after_the_summit_took_no_part_for_that(read):
    extraction = read("Narendra Modi and Vladimir Putin held their annual summit in New Delhi on Monday. Briefing "
                      "reporters after the summit, foreign secretary Harsh Vardhan Shringla said the talks had been "
                      "detailed.")
    assert parties(extraction) == [["Narendra Modi", "Vladimir Putin"]]


def test_who_addresses_the_summit_takes_part(read):
    extraction = read("Narendra Modi and Vladimir Putin held their annual summit in New Delhi on Monday. Addressing "
                      "the summit, Sergey Lavrov said the talks had been detailed.")
    assert parties(extraction) == [["Narendra Modi", "Sergey Lavrov", "Vladimir Putin"]]


# --- misfires a review found in this session's rules (sentences written for the review) ----------------

@pytest.fixture(scope="module")
def review_read(read_article):
    """The review read its sentences as published a year later."""
    return functools.partial(read_article, published=date(2024, 3, 14))


def test_a_possessive_in_a_concession_is_not_who_he_is(review_read):
    ex = review_read("Hungarian Prime Minister Viktor Orban flew to Moscow on Friday. Despite Biden's objections, he met "
              "Putin in the Kremlin.")
    assert met(ex, "Viktor Orban", "Vladimir Putin")


def test_he_after_the_guest_spoke_of_the_host_is_the_guest(review_read):
    ex = review_read("Kazakh President Kassym-Jomart Tokayev met Kyrgyz President Sadyr Japarov in Astana on Monday. "
              "Japarov, who arrived on Sunday, thanked Tokayev for the invitation. He then met Kazakh Prime Minister "
              "Olzhas Bektenov.")
    assert met(ex, "Sadyr Japarov", "Olzhas Bektenov")


def test_two_leaders_named_after_talks_of_their_countries_are_no_parties_unless_they_sat(review_read):
    ex = review_read("India and China held a fresh round of border talks in Chushul on Monday. Later on Tuesday, Indian "
              "Prime Minister Narendra Modi accused Chinese President Xi Jinping of stalling the process.")
    assert parties(ex) == [["China", "India"]]


def test_earlier_talks_that_failed_do_not_cancel_a_planned_meeting(review_read):
    ex = review_read("Russian President Vladimir Putin will meet Turkish President Recep Tayyip Erdogan in Sochi on Friday, "
              "after talks in March did not produce a deal on grain exports.")
    assert met(ex, "Vladimir Putin", "Recep Tayyip Erdogan")


def test_a_press_conference_alongside_a_counterpart_is_an_encounter(review_read):
    ex = review_read("Speaking at a news conference alongside Chinese Foreign Minister Wang Yi in Beijing, Russian Foreign "
              "Minister Sergei Lavrov said the West was provoking a crisis.")
    assert met(ex, "Sergey Lavrov", "Wang Yi")


@pytest.mark.parametrize("text", [
    "U.S. Secretary of State Antony Blinken spoke with Linda Thomas-Greenfield, the head of the U.S. mission to the "
    "United Nations, on Monday.",
    "Uzbek President Shavkat Mirziyoyev received Bakhtiyor Saidov, Uzbekistan's ambassador to the Shanghai "
    "Cooperation Organisation, in Tashkent.",
])
def test_a_countrys_envoy_to_a_body_of_many_countries_still_serves_his_country(review_read, text):
    assert parties(review_read(text)) == []


def test_talks_that_date_a_first_reported_meeting_still_report_it(review_read):
    ex = review_read("After the talks in Moscow, Xi Jinping and Vladimir Putin issued a joint statement on Ukraine.")
    assert met(ex, "Xi Jinping", "Vladimir Putin")


def test_talks_not_expected_beside_a_planned_meeting_leave_it_planned(review_read):
    ex = review_read("Blinken will meet Lavrov in Geneva on Friday, though officials said no substantive talks on arms "
              "control were expected.")
    assert met(ex, "Antony Blinken", "Sergey Lavrov")


def test_the_officials_of_a_side_meeting_meet_again_as_its_two_sides(review_read):
    ex = review_read("Foreign ministers of Russia, China, Iran and Pakistan met in Tehran on Friday to discuss Afghanistan. "
              "On the sidelines, Pakistani Foreign Minister Ishaq Dar held talks with Iranian Foreign Minister Abbas "
              "Araghchi. The two delegations discussed border trade, and the officials agreed to meet again in "
              "Islamabad next month.")
    assert [m for m in parties(ex) if len(m) == 4] == [["China", "Iran", "Pakistan", "Russia"]]  # the Tehran one only
