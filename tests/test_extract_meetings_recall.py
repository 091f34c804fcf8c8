"""Meetings whose parties are named away from the trigger or only as a group: a group named by its members,
a counted group with the person it met, a delegation introduced sentences before, a dialogue whose attendees
follow, an encounter agreed for later; and, beside each, what must stay no meeting. Sentences written for
these tests (never copied from the seeds or the evaluation sets).
"""
from __future__ import annotations

from datetime import date

import pytest

from meeting_views import met, parties

PUBLISHED = date(2022, 3, 9)


# --- a group named by its members --------------------------------------------------------------

@pytest.mark.parametrize("text, members", [
    ("The expanded troika, made up of Russia, China, the United States and Pakistan, met in Moscow on Tuesday.",
     ("Russia", "China", "Pakistan")),
    ("The contact group, consisting of envoys of France, Germany and Italy, will meet in Rome next week.",
     ("France", "Germany", "Italy")),
    ("Qatar will host a meeting of the quartet, comprising special envoys of Russia, China and Iran, in Doha.",
     ("Qatar", "Russia", "China", "Iran")),
], ids=["made-up-of", "consisting-of", "comprising"])
def test_a_group_named_by_its_members_meets_as_them(read, text, members):
    assert met(read(text), *members)


def test_a_body_made_up_of_one_government_s_officials_is_no_meeting(read):
    assert read("The committee, made up of officials of the Russian interior ministry, met in Moscow on "
                "Tuesday.").meetings == []


# --- a negation reaches its own clause only ----------------------------------------------------

def test_an_invitation_in_another_clause_leaves_the_meeting_planned(read):
    extraction = read("Lavrov said Qatar would host a meeting of the quartet, comprising envoys of Russia, China "
                      "and Iran, and that Mr Baradar had been invited to visit Doha around the same time.")
    assert met(extraction, "Qatar", "Russia", "China")
    assert not any("Abdul Ghani Baradar" in group for group in parties(extraction))


@pytest.mark.parametrize("text", [
    "Vladimir Putin refused to meet Volodymyr Zelensky at the summit in Bali.",
    "Sergey Lavrov and Antony Blinken have not met since the talks in Geneva.",
    "The Taliban declined an invitation to meet the envoys of the troika in Moscow.",
    "Shavkat Mirziyoyev did not attend the summit and will not meet Kassym-Jomart Tokayev this year.",
], ids=["refused", "have-not-met", "declined", "did-not-attend"])
def test_an_encounter_negated_in_the_main_clause_is_no_meeting(read, text):
    assert read(text).meetings == []


# --- a counted group and whom it met -----------------------------------------------------------

def test_a_counted_group_calling_on_a_person_includes_that_person(read):
    extraction = read("On Monday, Sergey Lavrov hosted Wang Yi and Abdulaziz Kamilov in Moscow. "
                      "The next day the three ministers called on Vladimir Putin together.")
    assert met(extraction, "Vladimir Putin", "Wang Yi")


def test_the_two_countries_may_be_named_by_a_capital(read):
    extraction = read("Uzbekistan reopened the bridge at Termez on Monday. Kabul had long asked for the crossing "
                      "to reopen. Officials of the two countries will meet in Termez next week to discuss trade.")
    assert met(extraction, "Afghanistan", "Uzbekistan")
    assert [m.status for m in extraction.meetings] == ["planned"]


# --- an encounter agreed for later ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Sergei Shoigu held talks with Sherali Mirzo in Moscow. The two ministers agreed to meet again in December.",
    "Sergei Shoigu held talks with Sherali Mirzo in Moscow. The two ministers decided to hold talks again in May.",
], ids=["agreed-to-meet", "decided-to-hold-talks"])
def test_agreeing_to_meet_again_is_a_planned_meeting_beside_the_held_one(read, text):
    assert sorted(m.status for m in read(text).meetings) == ["held", "planned"]


def test_agreeing_at_talks_leaves_the_talks_held(read):
    extraction = read("Sergei Shoigu and Sherali Mirzo agreed on joint patrols at talks in Dushanbe on Monday.")
    assert [m.status for m in extraction.meetings] == ["held"]


# --- a delegation introduced by its leader -----------------------------------------------------

def test_the_delegation_named_before_by_its_leader_is_its_leader_s_body(read):
    extraction = read("Wang Yi received a delegation led by Abdul Ghani Baradar, head of the Taliban's political "
                      "office, in Tianjin on Wednesday. The delegation also held talks with Vice Foreign Minister "
                      "Ma Zhaoxu on Thursday.")
    assert met(extraction, "Taliban", "Ma Zhaoxu")


# --- a dialogue whose attendees are named after -----------------------------------------------

def test_a_chaired_dialogue_takes_the_attendees_named_next(read):
    extraction = read("National Security Adviser Ajit Doval chaired the regional security dialogue in New Delhi on "
                      "Wednesday. Nikolai Patrushev and Ali Shamkhani took part.")
    assert met(extraction, "Ajit Doval", "Nikolai Patrushev", "Ali Shamkhani")


@pytest.mark.parametrize("text", [
    "National Security Adviser Ajit Doval chaired the regional security dialogue in New Delhi on Wednesday.",
    "Prime Minister Narendra Modi chaired a meeting of the Cabinet Committee on Security on Monday.",
    "The Security Council of Kazakhstan held a session in Astana, chaired by Kassym-Jomart Tokayev.",
], ids=["no-attendees", "own-committee", "own-council"])
def test_a_chaired_session_without_other_parties_is_no_meeting(read, text):
    assert read(text).meetings == []


def test_an_opened_meeting_gathers_who_took_part_and_attended(read):
    extraction = read("Sergey Lavrov opened the fourth meeting of the Moscow format consultations on Tuesday. "
                      "Amir Khan Muttaqi also took part. Delegations from China, Iran and India attended the "
                      "consultations held at a hotel in the Russian capital.")
    assert len(extraction.meetings) == 1
    assert met(extraction, "Sergey Lavrov", "Amir Khan Muttaqi", "China", "India")


# --- attendees, hosts and whom a party joins ---------------------------------------------------

def test_a_meeting_held_with_the_participation_of_someone_has_its_members_and_him(read):
    extraction = read("On Friday, the meeting of the foreign ministers of the Caspian states - Russia, Iran, "
                      "Kazakhstan and Azerbaijan - will be held with the participation of Amir Khan Muttaqi.")
    assert met(extraction, "Amir Khan Muttaqi", "Russia", "Iran")


def test_talks_held_with_someone_by_nobody_named_stay_no_meeting(read):
    assert read("Talks were held with Amir Khan Muttaqi and Abdul Ghani Baradar on Monday.").meetings == []


def test_a_joint_group_meets_with_its_sides_and_the_attendee(read):
    extraction = read("The NATO-Russia Council met on Friday with Sergey Lavrov in attendance.")
    assert met(extraction, "NATO-Russia Council", "Sergey Lavrov")


def test_joining_others_at_a_meeting_makes_them_parties(read):
    extraction = read("Britain is expected to join France, Germany and Italy at a meeting of the contact group in "
                      "Rome next week, where it will be represented by its special envoy, Nigel Casey.")
    assert met(extraction, "France", "Germany", "Italy")
    assert [m.status for m in extraction.meetings] == ["planned"]


def test_not_joining_others_at_a_meeting_is_no_meeting(read):
    assert read("Britain will not join France and Germany at the meeting of the contact group in Rome.").meetings == []


def test_travelling_to_attend_a_hosted_conference_is_a_planned_meeting_with_the_host(read):
    extraction = read("S Jaishankar met Sergey Lavrov in Moscow on Monday. The minister will travel to Astana on "
                      "Friday to attend the connectivity conference being hosted by Kazakhstan.")
    assert any("Kazakhstan" in group and len(group) == 2 for group in parties(extraction))
    assert sorted(m.status for m in extraction.meetings) == ["held", "planned"]


def test_agreeing_to_continue_consultations_is_no_new_meeting(read):
    extraction = read("Antony Blinken spoke by phone with Sergey Lavrov on Monday. The two ministers agreed to "
                      "continue consultations on Afghanistan.")
    assert [m.status for m in extraction.meetings] == ["held"]


# --- the sides met, their persons named in the next sentence -------------------------------------

def test_the_persons_of_the_sides_just_met_are_that_meeting(read):
    extraction = read("The heads of the border services of Russia and Kazakhstan met in Almaty on Tuesday. "
                      "Alexander Bortnikov and Ermek Sagimbayev discussed the security of the border.")
    assert len(extraction.meetings) == 1
    assert met(extraction, "Alexander Bortnikov", "Ermek Sagimbayev", "Russia", "Kazakhstan")


def test_persons_of_the_same_sides_meeting_later_elsewhere_meet_again(read):
    extraction = read("Iran and Saudi Arabia held talks in Baghdad. Hossein Amir-Abdollahian and Faisal bin Farhan "
                      "later met in Beijing.")
    assert len(extraction.meetings) == 2


def test_envoys_of_an_organisation_s_states_gather_who_attended_after(read):
    extraction = read("The foreign ministers of the SCO countries met in Tashkent on Thursday. Sergey Lavrov, Wang Yi "
                      "and S Jaishankar attended.")
    assert met(extraction, "Sergey Lavrov", "Wang Yi")


@pytest.mark.parametrize("text", [
    "The members of the Security Council of Russia met in Moscow on Friday. Vladimir Putin, Nikolai Patrushev and "
    "Sergei Shoigu took part.",
    "Taliban commanders met in Kandahar on Monday. Mohammad Yaqoob and Sirajuddin Haqqani took part.",
], ids=["a-country-s-council", "one-movement"])
def test_one_body_s_members_meeting_among_themselves_is_no_meeting(read, text):
    assert read(text).meetings == []


# --- one encounter told twice --------------------------------------------------------------------

def test_a_visit_to_the_host_s_country_is_the_hosting_told_again(read):
    extraction = read("Vladimir Putin will host Xi Jinping in Moscow next week. Xi's visit to Moscow will be his "
                      "first since 2019.")
    assert parties(extraction) == [["Vladimir Putin", "Xi Jinping"]]


# --- a headline joined to the sentence --------------------------------------------------------------

def test_the_sentence_s_encounter_wins_over_a_headline_joined_to_it(read):
    extraction = read("10:45 IST\nLavrov, Kamilov to meet Taliban\nSergey Lavrov said he and Abdulaziz Kamilov had "
                      "agreed on a plan and would meet Taliban leaders in Termez next week.")
    assert met(extraction, "Sergey Lavrov", "Taliban")
    assert [m.status for m in extraction.meetings] == ["planned"]


# --- who gathers for an encounter ------------------------------------------------------------------

def test_leaders_gathering_for_a_meeting_are_its_parties(read):
    extraction = read("Welcome to our coverage of the summit in Astana, where leaders of Russia, China and India are "
                      "gathering for the first meeting of the bloc since 2019.")
    assert met(extraction, "Russia", "China", "India")


def test_gathering_for_a_protest_is_no_meeting(read):
    assert read("Hundreds of Afghan women gathered in Kabul for a protest on Sunday.").meetings == []


# --- received, in the passive ----------------------------------------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("The Turkmen foreign minister, Rashid Meredov, was received by Shavkat Mirziyoyev on Monday.",
     ("Rashid Meredov", "Shavkat Mirziyoyev")),
    ("Shah Mahmood Qureshi was received by Taliban leaders at Kabul airport.", ("Shah Mahmood Qureshi", "Taliban")),
    ("Wang Yi was hosted by Sergey Lavrov in Guilin on Tuesday.", ("Sergey Lavrov", "Wang Yi")),
], ids=["by-a-person", "by-a-group", "hosted"])
def test_being_received_by_someone_is_a_meeting(read, text, pair):
    assert met(read(text), *pair)


@pytest.mark.parametrize("text", [
    "The letter was received by Shavkat Mirziyoyev on Monday.",
    "The proposal was welcomed by Sergey Lavrov.",
    "Shah Mahmood Qureshi was not received by Amir Khan Muttaqi.",
], ids=["a-letter", "a-proposal", "not-received"])
def test_a_thing_received_or_a_refused_reception_is_no_meeting(read, text):
    assert read(text).meetings == []
