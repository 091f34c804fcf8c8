"""Meetings, one phenomenon per test, on sentences written for these tests (names of the genre, new
constructions; never copied from the seeds or the evaluation sets). Facts are read with the configured
``min_confidence``, as ``kg build`` reads them.
"""
from __future__ import annotations

from datetime import date

import pytest

from kg.records import Extraction
from meeting_views import parties

PUBLISHED = date(2022, 3, 9)  # a Wednesday


def statuses(extraction: Extraction) -> list[str]:
    return [m.status for m in extraction.meetings]


# --- who reports the encounter is no party -----------------------------------------------------

def test_according_to_names_a_source_not_a_party(read):
    extraction = read("Wang Yi held talks with Sergey Lavrov in Guilin, according to a spokesman of the "
                      "ministry, Zhao Lijian.")
    assert parties(extraction) == [["Sergey Lavrov", "Wang Yi"]]


def test_a_trailing_outlet_parsed_as_subject_leaves_the_counterpart_a_party(read):
    extraction = read("The Pakistani army chief, Qamar Javed Bajwa, held a closed-door meeting in Kabul on "
                      "Sunday with the Taliban's prime minister, Mohammad Hasan Akhund, the Dawn newspaper "
                      "reported, citing officials.")
    assert ["Mohammad Hasan Akhund", "Qamar Javed Bajwa"] in parties(extraction)


# --- receiving and hosting ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "On Monday, Uzbek President Shavkat Mirziyoyev received Lavrov in Samarkand.",
    "Uzbek President Shavkat Mirziyoyev received a Russian delegation led by Sergey Lavrov in Samarkand.",
], ids=["a-surname", "a-delegation"])
def test_receiving_a_visitor_is_a_meeting(read, text):
    assert parties(read(text)) == [["Sergey Lavrov", "Shavkat Mirziyoyev"]]


def test_receiving_a_letter_is_no_meeting(read):
    assert read("Shavkat Mirziyoyev received a letter on the border dispute.").meetings == []


# --- planned or held ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Kassym-Jomart Tokayev is expected to fly to Beijing next week for talks with Xi Jinping.",
    "In Beijing, Kassym-Jomart Tokayev is scheduled to hold talks with Xi Jinping.",
], ids=["expected-to-travel-for-talks", "scheduled-to-hold-talks"])
def test_an_encounter_an_expectation_governs_is_planned(read, text):
    extraction = read(text)
    assert parties(extraction) == [["Kassym-Jomart Tokayev", "Xi Jinping"]] and statuses(extraction) == ["planned"]


def test_talks_held_after_a_trip_are_held(read):
    extraction = read("The drills began a day after Kassym-Jomart Tokayev returned from Beijing, where he held "
                      "talks with Xi Jinping.")
    assert statuses(extraction) == ["held"]


# --- parties named as groups -------------------------------------------------------------------

def test_envoys_from_countries_are_the_countries(read):
    extraction = read("Diplomats from Iran, Turkey and Qatar met in Tehran on Monday to discuss the crisis.")
    assert parties(extraction) == [["Iran", "Qatar", "Turkey"]]


# --- what is no encounter between parties ------------------------------------------------------

def test_officials_of_one_government_talking_are_no_meeting_between_parties(read):
    extraction = read("US Secretary of State Antony Blinken spoke with US Defense Secretary Lloyd Austin "
                      "about the evacuation flights.")
    assert extraction.meetings == []


# --- several encounters in one sentence --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "In Ankara, Sergey Lavrov held talks with Turkish Foreign Minister Mevlut Cavusoglu and later called on "
    "President Recep Tayyip Erdogan.",
    "Sergey Lavrov will travel to Ankara for talks with Turkish Foreign Minister Mevlut Cavusoglu before "
    "ending the trip in Istanbul, where he will meet President Recep Tayyip Erdogan.",
], ids=["talks-and-called-on", "talks-before-where-he-will-meet"])
def test_two_counterparts_met_in_turn_are_two_meetings(read, text):
    assert parties(read(text)) == [["Mevlut Cavusoglu", "Sergey Lavrov"], ["Recep Tayyip Erdogan", "Sergey Lavrov"]]


def test_further_meetings_held_with_several_are_one_each(read):
    extraction = read("Xi Jinping met Putin on Thursday and also held meetings with Shavkat Mirziyoyev and "
                      "Kassym-Jomart Tokayev.")
    assert parties(extraction) == [["Kassym-Jomart Tokayev", "Xi Jinping"], ["Shavkat Mirziyoyev", "Xi Jinping"],
                                   ["Vladimir Putin", "Xi Jinping"]]


def test_calling_on_a_party_to_act_is_an_appeal_not_a_call(read):
    extraction = read("Sergey Lavrov and Wang Yi issued a statement. In it, the two ministers called on the "
                      "Taliban to \"form an inclusive government\".")
    assert extraction.meetings == []


# --- parties counted, named before -------------------------------------------------------------

def test_the_three_commanders_are_the_last_three_named(read):
    extraction = read("Valery Gerasimov, Viktor Gulevich and Sherali Mirzo watched the firing. Afterwards, the "
                      "three commanders held talks on joint training.")
    assert parties(extraction) == [["Sherali Mirzo", "Valery Gerasimov", "Viktor Gulevich"]]


def test_the_two_sides_are_the_countries_of_the_two_leaders(read):
    extraction = read("Chinese President Xi Jinping held talks with Russian President Vladimir Putin in Beijing. "
                      "The two sides also agreed to hold the next summit in Moscow next year.")
    assert parties(extraction) == [["China", "Russia"], ["Vladimir Putin", "Xi Jinping"]]
    assert sorted(statuses(extraction)) == ["held", "planned"]


def test_the_two_organisations_are_not_a_body_of_one_of_them(read):
    extraction = read("The North Atlantic Council of NATO met in Brussels. The European Union met in Prague. "
                      "Later the two organisations held a joint session on Ukraine.")
    assert parties(extraction) == [["European Union", "NATO"]]


# --- who holds the encounter -------------------------------------------------------------------

def test_he_after_a_possessive_subject_is_its_owner(read):
    extraction = read("Ilham Aliyev met Nikol Pashinyan in Brussels. Kassym-Jomart Tokayev's office said he had "
                      "also discussed the crisis by phone with Vladimir Putin.")
    assert ["Kassym-Jomart Tokayev", "Vladimir Putin"] in parties(extraction)


def test_a_description_fitting_both_parties_names_the_one_the_story_follows(read):
    extraction = read("Pakistani Foreign Minister Shah Mahmood Qureshi flew to Tashkent, where he met Uzbek "
                      "Foreign Minister Abdulaziz Kamilov. On Friday, the foreign minister will travel to Tehran "
                      "for talks with Iranian Foreign Minister Hossein Amir-Abdollahian.")
    assert ["Hossein Amir-Abdollahian", "Shah Mahmood Qureshi"] in parties(extraction)


# --- summits whose participants are named in later sentences ----------------------------------

def test_attendees_named_after_a_summit_join_it(read):
    extraction = read("Leaders of the Shanghai Cooperation Organisation gathered in Astana on Tuesday for their "
                      "annual summit. The summit was chaired by Kazakh President Kassym-Jomart Tokayev. Uzbek "
                      "President Shavkat Mirziyoyev and Iranian President Ebrahim Raisi attended in person.")
    assert parties(extraction) == [["Ebrahim Raisi", "Kassym-Jomart Tokayev", "Shanghai Cooperation Organisation",
                                    "Shavkat Mirziyoyev"]]


def test_leaders_who_also_took_part_in_the_video_summit_join_it(read):
    extraction = read("On Friday, the leaders of the CSTO held an extraordinary video conference at which Vladimir "
                      "Putin said the bloc would act. Alexander Lukashenko and Emomali Rahmon also took part.")
    meeting, = extraction.meetings
    assert {"Vladimir Putin", "Alexander Lukashenko", "Emomali Rahmon"} <= {extraction.actor(p).label
                                                                             for p in meeting.participants}
    assert (meeting.kind, meeting.status) == ("Summit", "held")


def test_a_dialogue_attended_by_officials_of_countries(read):
    extraction = read("Ajit Doval on Wednesday chaired a regional security dialogue, attended by the top security "
                      "officials of Iran, Kazakhstan and Tajikistan.")
    assert parties(extraction) == [["Ajit Doval", "Iran", "Kazakhstan", "Tajikistan"]]


def test_briefing_after_the_summit_is_no_summit_of_the_speaker(read):
    extraction = read("Briefing the media after the summit, Foreign Secretary Harsh Vardhan Shringla said the "
                      "talks had been productive.")
    assert extraction.meetings == []


# --- a party named as the group of visitors ------------------------------------------------------

def test_the_visiting_delegates_are_the_visitors_named_before(read):
    extraction = read("Turkish Foreign Minister Mevlut Cavusoglu and Azerbaijani Foreign Minister Jeyhun Bayramov "
                      "arrived in Tehran on Monday. Later in the evening, the visiting delegates called on "
                      "Iranian President Ebrahim Raisi at his office.")
    assert parties(extraction) == [["Ebrahim Raisi", "Jeyhun Bayramov", "Mevlut Cavusoglu"]]


def test_delegations_that_met_the_envoys_separately_meet_them_one_each(read):
    extraction = read("US envoy Zalmay Khalilzad and Russian envoy Zamir Kabulov opened the talks in Doha. "
                      "Delegations led by Abdullah Abdullah and by Abdul Ghani Baradar also met the envoys "
                      "separately.")
    assert ["Abdul Ghani Baradar", "Zalmay Khalilzad", "Zamir Kabulov"] in parties(extraction)
    assert ["Abdullah Abdullah", "Zalmay Khalilzad", "Zamir Kabulov"] in parties(extraction)


# --- the same parties again ----------------------------------------------------------------------

def test_another_round_of_talks_is_the_same_parties_planned(read):
    extraction = read("On Monday, Kyrgyz officials held talks with a Tajik delegation in Batken on the border. "
                      "Another round of talks is expected in Khujand next month.")
    assert parties(extraction) == [["Kyrgyzstan", "Tajikistan"], ["Kyrgyzstan", "Tajikistan"]]
    assert sorted(statuses(extraction)) == ["held", "planned"]


def test_working_groups_of_the_two_governments_are_the_two_countries(read):
    extraction = read("Armenia and Azerbaijan blamed each other for the shelling. The border commissions of the two "
                      "governments are due to meet again in March.")
    assert parties(extraction) == [["Armenia", "Azerbaijan"]] and statuses(extraction) == ["planned"]


def test_the_two_persons_of_the_subject_call_each_other(read):
    extraction = read("The heads of the two border services, Kamchybek Tashiev and Saimumin Yatimov, held talks "
                      "by phone on Sunday.")
    assert parties(extraction) == [["Kamchybek Tashiev", "Saimumin Yatimov"]]


def test_a_general_heading_a_national_command_is_on_its_countrys_side(read):
    extraction = read("Defense Secretary Lloyd Austin spoke with Gen. Michael Kurilla, the head of U.S. Central "
                      "Command, about the withdrawal.")
    assert extraction.meetings == []


def test_a_spokesman_and_his_own_movement_are_one_side(read):
    extraction = read("Taliban spokesman Zabihullah Mujahid told the broadcaster that the movement remained "
                      "committed to the talks.")
    assert extraction.meetings == []


def test_a_headline_joined_to_the_next_line_names_no_party_of_it(read):
    extraction = read("Taliban, NRF talks stall in Parwan\nAmrullah Saleh: \"We will resist\"\n\n"
                      "Talks between the Taliban and the National Resistance Front in Parwan ended without result.")
    assert parties(extraction) == [["National Resistance Front", "Taliban"]]


# --- travelling to a country, attending a hosted conference ------------------------------------

def test_travelling_to_a_country_for_talks_makes_it_a_party(read):
    extraction = read("Sergey Lavrov will travel to Turkey next week for the second round of the strategic "
                      "dialogue, the ministry said.")
    assert parties(extraction) == [["Sergey Lavrov", "Turkey"]] and statuses(extraction) == ["planned"]


def test_attending_a_conference_hosted_by_a_leader(read):
    extraction = read("On Friday Wang Yi will attend the conference \"Caspian Connectivity\" hosted by Kazakh "
                      "President Kassym-Jomart Tokayev.")
    assert ["Kassym-Jomart Tokayev", "Wang Yi"] in parties(extraction)


def test_a_quotation_still_names_no_party(read):
    extraction = read("Sergey Lavrov met Wang Yi in Beijing and said: \"We discussed the position of Antony "
                      "Blinken, and the US approach to Iran in great detail with our Chinese friends.\"")
    assert parties(extraction) == [["Sergey Lavrov", "Wang Yi"]]


# --- what in a party's phrase names no party ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "A Taliban delegation held talks in Oslo with Norwegian diplomats and Afghan civil society figures.",
    "Peace talks between the Norwegian government and the Taliban in Kabul, Afghanistan, made progress.",
], ids=["civil-society-demonym", "place-in-the-between-phrase"])
def test_no_government_named_only_as_people_or_place(read, text):
    assert parties(read(text)) == [["Norway", "Taliban"]]


def test_attendees_in_a_relative_clause_after_the_place_are_parties(read):
    extraction = read("Wang Yi spoke at a meeting of the SCO foreign ministers in the Kyrgyz capital, which was "
                      "attended by Russian Foreign Minister Sergey Lavrov and Indian Foreign Minister S Jaishankar.")
    assert {"Sergey Lavrov", "S. Jaishankar"} <= set(parties(extraction)[0])


def test_the_four_envoys_met_by_a_minister(read):
    extraction = read("US envoy Thomas West and Russian envoy Zamir Kabulov arrived in Doha on Monday. Acting "
                      "Afghan foreign minister Amir Khan Muttaqi met the two envoys on the sidelines of the meeting.")
    assert parties(extraction) == [["Amir Khan Muttaqi", "Thomas West", "Zamir Kabulov"]]


def test_convening_a_meeting_of_ministers_from_several_countries(read):
    extraction = read("Annalena Baerbock will convene a meeting of foreign ministers from Poland, Italy and Spain "
                      "in Berlin on Friday.")
    assert parties(extraction) == [["Annalena Baerbock", "Italy", "Poland", "Spain"]]
    assert statuses(extraction) == ["planned"]


def test_consultations_that_brought_together_envoys_of_countries(read):
    extraction = read("The consultations in Tehran brought together special envoys of Turkey, Qatar and Iraq.")
    assert parties(extraction) == [["Iraq", "Qatar", "Turkey"]]


def test_a_dialogue_chaired_by_one_with_the_chiefs_of_others(read):
    extraction = read("Iran will host a security dialogue in Tehran next month, chaired by Ali Shamkhani, with "
                      "security chiefs of Russia and China.")
    assert ["Ali Shamkhani", "China", "Russia"] in parties(extraction)


def test_the_topic_of_a_meeting_is_no_party(read):
    extraction = read("Sergey Lavrov attended a meeting of the CSTO foreign ministers on Afghanistan in Minsk.")
    assert all("Afghanistan" not in group for group in parties(extraction))


# --- who tells of an encounter, and what describes a party, is no party ------------------------

def test_the_speaker_who_reports_a_planned_meeting_is_no_party(read):
    extraction = read("Maria Zakharova said Russian ambassador Andrei Kelin would meet Taliban representatives on "
                      "Friday to discuss the evacuation.")
    assert parties(extraction) == [["Andrei Kelin", "Taliban"]] and statuses(extraction) == ["planned"]


def test_a_body_in_a_relative_clause_about_the_counterpart_is_no_party(read):
    extraction = read("Annalena Baerbock also spoke with Turkish Foreign Minister Mevlut Cavusoglu, who is in Geneva "
                      "to chair United Nations Human Rights Council meetings this week.")
    assert parties(extraction) == [["Annalena Baerbock", "Mevlut Cavusoglu"]]


def test_the_topic_after_about_is_no_party(read):
    extraction = read("Annalena Baerbock spoke by phone on Monday with Sergey Lavrov about the collapse of the Afghan "
                      "government.")
    assert parties(extraction) == [["Annalena Baerbock", "Sergey Lavrov"]]


def test_the_country_in_the_counterparts_description_is_no_party(read):
    extraction = read("Late on Monday, Ilham Aliyev held talks by phone with the head of the Armenian Security "
                      "Council, Armen Grigoryan.")
    assert parties(extraction) == [["Armen Grigoryan", "Ilham Aliyev"]]


def test_whose_call_it_was_holds_it(read):
    extraction = read("Annalena Baerbock flew to Paris on Monday. The ministry later gave an account of Baerbock's "
                      "call with French Foreign Minister Jean-Yves Le Drian.")
    assert parties(extraction) == [["Annalena Baerbock", "Jean-Yves Le Drian"]]


def test_a_person_named_in_another_action_of_the_visitor_is_no_party(read):
    extraction = read("Annalena Baerbock called on Kazakh President Kassym-Jomart Tokayev in Astana and handed over "
                      "a letter from Chancellor Olaf Scholz.")
    assert parties(extraction) == [["Annalena Baerbock", "Kassym-Jomart Tokayev"]]


# --- what a later sentence refers back to ------------------------------------------------------

def test_he_after_a_meeting_is_the_one_who_held_it(read):
    extraction = read("Annalena Baerbock called on Kazakh President Kassym-Jomart Tokayev and handed over a letter "
                      "from Chancellor Olaf Scholz. She also met Kazakh Foreign Minister Mukhtar Tileuberdi.")
    assert parties(extraction) == [["Annalena Baerbock", "Kassym-Jomart Tokayev"],
                                   ["Annalena Baerbock", "Mukhtar Tileuberdi"]]


def test_the_two_leaders_are_the_parties_of_the_meeting_just_reported(read):
    extraction = read("Emmanuel Macron met Olaf Scholz in Berlin on Monday. Mark Rutte was in Brussels. The two "
                      "leaders discussed energy prices.")
    assert parties(extraction) == [["Emmanuel Macron", "Olaf Scholz"]]


def test_the_two_leaders_after_two_calls_are_left_open(read):
    extraction = read("Ilham Aliyev spoke by telephone with Vladimir Putin on Monday and also held a call with Recep "
                      "Tayyip Erdogan. Erdogan's office said the two leaders discussed the ceasefire.")
    assert parties(extraction) == [["Ilham Aliyev", "Recep Tayyip Erdogan"], ["Ilham Aliyev", "Vladimir Putin"]]


def test_the_two_sides_after_separate_meetings_are_left_open(read):
    extraction = read("On Monday, Jake Sullivan held separate meetings with Japanese adviser Takeo Akiba and South "
                      "Korean adviser Kim Sung-han. The two sides discussed the missile tests.")
    assert all(len(group) == 2 and "Jake Sullivan" in group for group in parties(extraction))


def test_the_next_meeting_continues_the_encounter_named_just_before(read):
    extraction = read("Jake Sullivan held talks with Yang Jiechi in Rome on Monday. The previous rounds of the "
                      "dialogue were held in Zurich. The next meeting is scheduled to be held in Geneva.")
    assert parties(extraction) == [["Jake Sullivan", "Yang Jiechi"]]


def test_leaders_who_told_the_summit_of_the_members_attended_it(read):
    extraction = read("The Eurasian Economic Union is an economic bloc of five states. On Monday, the heads of state "
                      "of the five members held an extraordinary summit by video link. Kyrgyz President Sadyr "
                      "Japarov told the meeting that trade had grown. Armenian Prime Minister Nikol Pashinyan told "
                      "the same meeting that the bloc should act.")
    meeting, = extraction.meetings
    assert {"Eurasian Economic Union", "Sadyr Japarov", "Nikol Pashinyan"} <= {extraction.actor(p).label
                                                                               for p in meeting.participants}


def test_a_meeting_chaired_and_attended_in_a_relative_clause_keeps_its_body(read):
    extraction = read("Sergey Lavrov spoke at a meeting of the CSTO Council of Foreign Ministers in the Armenian "
                      "capital, which was chaired by Ararat Mirzoyan and attended by Vladimir Makei.")
    assert any("Sergey Lavrov" in group and len(group) >= 2 for group in parties(extraction))


# --- encounters refused, called for, offered or stayed away from ------------------------------

@pytest.mark.parametrize("text", [
    "Shehbaz Sharif boycotted the summit hosted by Narendra Modi.",
    "Emmanuel Macron declined an invitation to meet Vladimir Putin in Moscow.",
    "Emmanuel Macron will not travel to Moscow to meet Vladimir Putin.",
    "Olaf Scholz called for talks between Russia and Ukraine.",
    "Emmanuel Macron offered to host talks between Vladimir Putin and Volodymyr Zelensky.",
    "Vladimir Putin has invited Xi Jinping to visit Moscow.",
], ids=["boycotted", "declined-an-invitation", "will-not-travel-to-meet", "called-for", "offered-to-host",
        "invited-to-visit"])
def test_an_encounter_refused_asked_for_or_offered_is_no_meeting(read, text):
    assert read(text).meetings == []


@pytest.mark.parametrize("text, absent", [
    ("The United States stayed away from the talks between Russia and the Taliban in Moscow.", "United States"),
    ("Olaf Scholz and Joe Biden met in Washington, but Emmanuel Macron did not attend.", "Emmanuel Macron"),
    ("Ilham Aliyev was absent from the summit, where Nikol Pashinyan met Charles Michel.", "Ilham Aliyev"),
], ids=["stayed-away", "did-not-attend", "was-absent"])
def test_who_stays_away_is_no_party(read, text, absent):
    groups = parties(read(text))
    assert groups and all(absent not in group for group in groups)


@pytest.mark.parametrize("text", [
    "Sergey Lavrov refused to comment on his talks with Wang Yi in Beijing.",
    "Ilham Aliyev did not go into details about the talks with Nikol Pashinyan.",
], ids=["refused-to-comment-on", "did-not-go-into-details"])
def test_a_refusal_to_speak_of_talks_leaves_them_held(read, text):
    assert len(parties(read(text))) == 1


# --- encounters named by other verbs, and joint bodies -----------------------------------------

@pytest.mark.parametrize("text", [
    "Antony Blinken and Sergey Lavrov signed an agreement in Geneva on Friday.",
    "Lloyd Austin signed a defence pact with Ben Wallace in London.",
    "Ilham Aliyev said he had agreed with his Armenian counterpart Nikol Pashinyan on a ceasefire.",
], ids=["two-signed", "signed-a-pact-with", "agreed-with-on"])
def test_signing_together_or_agreeing_with_someone_is_an_encounter(read, text):
    assert len(parties(read(text))) == 1 and len(parties(read(text))[0]) == 2


@pytest.mark.parametrize("text", [
    "Vladimir Putin signed a decree on the mobilisation.",
    "Olaf Scholz agreed with Emmanuel Macron's assessment that the sanctions were working.",
], ids=["signed-a-decree", "agreed-with-an-assessment"])
def test_signing_alone_or_sharing_a_view_is_no_encounter(read, text):
    assert read(text).meetings == []


def test_a_joint_council_named_after_two_sides_meets_with_them(read):
    extraction = read("The Geneva talks were followed by a meeting of the NATO-Russia Council in Brussels on "
                      "Wednesday.")
    assert parties(extraction) == [["NATO", "NATO-Russia Council", "Russia"]]


def test_the_delegation_is_the_side_that_sent_it(read):
    extraction = read("A Taliban delegation led by Abdul Ghani Baradar arrived in Beijing on Tuesday. The delegation "
                      "also held talks with Vice Foreign Minister Ma Zhaoxu and Special Envoy Liu Jian.")
    assert ["Liu Jian", "Ma Zhaoxu", "Taliban"] in parties(extraction)


def test_a_relative_named_to_describe_a_party_is_no_party(read):
    extraction = read("Amir Khan Muttaqi, a brother of the defence minister, Mohammad Yaqoob, met Anniken Huitfeldt "
                      "in Oslo.")
    assert parties(extraction) == [["Amir Khan Muttaqi", "Anniken Huitfeldt"]]


def test_sitting_down_with_someone_is_an_encounter(read):
    extraction = read("Anniken Huitfeldt sat down with Amir Khan Muttaqi in Oslo on Monday.")
    assert parties(extraction) == [["Amir Khan Muttaqi", "Anniken Huitfeldt"]]


# --- a multilateral meeting whose participants are named over several sentences ----------------

def test_urging_at_a_meeting_is_no_wish_for_one(read):
    extraction = read("Special envoys of Germany, France and Italy on Monday urged Iran to return to the nuclear "
                      "deal, at a meeting in Vienna.")
    assert parties(extraction) == [["France", "Germany", "Italy"]]


def test_envoys_at_the_table_join_the_meeting_just_reported(read):
    extraction = read("Special envoys of Germany, France and Italy on Monday urged Iran to return to the nuclear "
                      "deal, at a meeting in Vienna. Germany's envoy Jens Ploetner hosted the talks. Also at the "
                      "table were French envoy Emmanuel Bonne and Italian envoy Luca Ferrari.")
    meeting, = extraction.meetings
    assert {"Jens Ploetner", "Emmanuel Bonne", "Luca Ferrari"} <= {extraction.actor(p).label
                                                                   for p in meeting.participants}


def test_the_delegates_call_on_the_premier_stays_apart_from_their_dialogue(read):
    extraction = read("Security chiefs of Russia and Iran joined India on Wednesday at a regional dialogue hosted by "
                      "Ajit Doval in New Delhi. The meeting was attended by Nikolai Patrushev and Ali Shamkhani. Also "
                      "present were Karim Massimov and Marat Imankulov. Later in the evening, the visiting delegates "
                      "called on Prime Minister Narendra Modi.")
    assert len(extraction.meetings) == 2
    assert any("Narendra Modi" in group and "Nikolai Patrushev" in group for group in parties(extraction))


# --- planned, unlikely, denied -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Joe Biden is set to meet Vladimir Putin in Geneva next month.",
    "Sergey Lavrov is to visit Beijing next week for talks with Wang Yi.",
    "Joe Biden to meet Vladimir Putin in Geneva on June 16.",
], ids=["is-set-to", "is-to", "headline-to"])
def test_an_encounter_to_come_is_planned(read, text):
    assert statuses(read(text)) == ["planned"]


@pytest.mark.parametrize("text", [
    "Ilham Aliyev said he had no plans to meet Nikol Pashinyan.",
    "Ilham Aliyev and Nikol Pashinyan failed to meet in Prague.",
    "Ilham Aliyev is unlikely to meet Nikol Pashinyan in Prague.",
    "Recep Tayyip Erdogan hopes to host Vladimir Putin and Volodymyr Zelensky in Istanbul.",
    "Recep Tayyip Erdogan is ready to host talks between Vladimir Putin and Volodymyr Zelensky.",
    "Dmitry Peskov denied that Vladimir Putin had met Joe Biden.",
], ids=["no-plans", "failed-to-meet", "unlikely", "hopes-to-host", "ready-to-host", "denied"])
def test_an_encounter_without_plan_or_denied_is_no_meeting(read, text):
    assert read(text).meetings == []


def test_talks_that_failed_to_produce_a_result_were_held(read):
    extraction = read("The talks between Wendy Sherman and Sergei Ryabkov in Geneva failed to produce a "
                      "breakthrough.")
    assert parties(extraction) == [["Sergei Ryabkov", "Wendy Sherman"]] and statuses(extraction) == ["held"]


def test_welcoming_a_visitor_is_a_meeting(read):
    assert parties(read("Olaf Scholz welcomed Emmanuel Macron to Berlin on Monday.")) == [["Emmanuel Macron",
                                                                                          "Olaf Scholz"]]


def test_a_delegation_visiting_a_capital_meets_its_country(read):
    assert parties(read("A Russian delegation visited Kabul on Monday.")) == [["Afghanistan", "Russia"]]


def test_met_two_leaders_separately_is_one_meeting_each(read):
    extraction = read("At the summit, Xi Jinping met Vladimir Putin and Narendra Modi separately.")
    assert parties(extraction) == [["Narendra Modi", "Xi Jinping"], ["Vladimir Putin", "Xi Jinping"]]


def test_leaders_who_met_for_a_summit_hold_a_summit_others_join(read):
    extraction = read("Leaders of the SCO member states met in Samarkand on Friday for their annual summit. Xi "
                      "Jinping and Vladimir Putin attended. Narendra Modi addressed the summit on Friday.")
    meeting, = extraction.meetings
    assert meeting.kind == "Summit"
    assert {"Xi Jinping", "Vladimir Putin", "Narendra Modi"} <= {extraction.actor(p).label
                                                                 for p in meeting.participants}


def test_two_leaders_meeting_on_the_sidelines_of_a_summit_hold_talks(read):
    extraction = read("Sadyr Japarov and Emomali Rahmon met on the sidelines of the summit in Samarkand.")
    assert [m.kind for m in extraction.meetings] == ["Talks"]


@pytest.mark.parametrize("text", [
    "Sergey Lavrov met Wang Yi to discuss the case of jailed journalist Evan Gershkovich.",
    "The talks between Sergey Lavrov and Wang Yi focused on Joe Biden's sanctions.",
], ids=["to-discuss-the-case-of", "focused-on"])
def test_a_person_named_in_the_topic_is_no_party(read, text):
    assert parties(read(text)) == [["Sergey Lavrov", "Wang Yi"]]


def test_a_person_in_another_reported_clause_is_no_party(read):
    extraction = read("Kamchybek Tashiev met Tajik security chief Saimumin Yatimov in Batken, the committee said in a "
                      "statement, adding that Sadyr Japarov had approved the talks.")
    assert parties(extraction) == [["Kamchybek Tashiev", "Saimumin Yatimov"]]


def test_hosting_an_organisations_session_makes_the_hosts_country_a_party(read):
    extraction = read("Pakistani Prime Minister Shehbaz Sharif is expected to host a session of the Organisation of "
                      "Islamic Cooperation in Islamabad in March.")
    assert parties(extraction) == [["Organisation of Islamic Cooperation", "Pakistan", "Shehbaz Sharif"]]
    assert statuses(extraction) == ["planned"]
