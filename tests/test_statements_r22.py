"""Round 22's statement classes, each a construction of news English that recurs across sets, on sentences written
for these tests: a wire dateline ("Dushanbe, Jul 14 (PTI)", "Moscow [Russia], May 2 (ANI):") is no speaker, the
name after it is; a pair that names no office ("both sides", "both", "the two heads of state") is the two persons
of the encounter told just before; in a briefing laid out as turns, an officer's turn that no question asked for,
next to a speaker's turn, is that officer's statement; "he" who closes a quotation is the one who spoke before it
opened, never a person named inside it.
"""
from __future__ import annotations

from datetime import date

import pytest

from statement_views import said

PUBLISHED = date(2023, 5, 10)


def speakers(extraction) -> list[str]:
    return [speaker for speaker, _ in said(extraction)]


# --- a wire dateline is no speaker: the name that opens the text after it is ----------------------------------------
@pytest.mark.parametrize("text, speaker", [
    ("Tashkent, Mar 3 (PTI) Foreign Minister Bilawal Bhutto Zardari met Uzbek President Shavkat Mirziyoyev on Friday "
     "and stressed that trade routes through Afghanistan must stay open.", "Bilawal Bhutto Zardari"),
    ("Moscow [Russia], May 2 (ANI): Russian Foreign Minister Sergey Lavrov on Tuesday called for an end to the "
     "sanctions on Afghanistan's central bank.", "Sergey Lavrov"),
    ("Dushanbe [Tajikistan], June 24 (ANI): Defence Minister Rajnath Singh on Thursday called for joint action "
     "against terror groups at the meeting of the SCO defence ministers in the Tajik capital.", "Rajnath Singh"),
    ("Astana [Kazakhstan], July 4 (ANI): Prime Minister Narendra Modi on Thursday called for an end to terrorism at "
     "the SCO summit in the Kazakh capital.", "Narendra Modi"),
])
def test_the_name_after_a_dateline_speaks(read, text, speaker):
    assert speakers(read(text)) == [speaker]


@pytest.mark.parametrize("text", [
    "Kabul, Oct 3 (Reuters) Heavy fighting broke out near the border on Sunday.",
    "Islamabad [Pakistan], Jan 5 (ANI): Heavy snow closed the Torkham crossing on Thursday.",
])
def test_a_dateline_alone_says_nothing(read, text):
    assert said(read(text)) == []


# --- "both sides", "both", "the two heads of state": the two persons of the encounter just told --------------------
@pytest.mark.parametrize("text", [
    "President Sadyr Japarov had a telephone conversation with President Emomali Rahmon on Monday. Both sides "
    "stressed the need to settle the border dispute through talks.",
    "President Sadyr Japarov had a telephone conversation with President Emomali Rahmon on Monday.\n\nThe leaders "
    "exchanged views on the border.\n\nThe two heads of state noted that the ceasefire was holding.",
    "Kyrgyz President Sadyr Japarov spoke by phone with his Tajik counterpart Emomali Rahmon. Both said the incident "
    "should not harm relations.",
])
def test_a_pair_that_names_no_office_is_the_two_who_met(read, text):
    assert sorted(speakers(read(text))) == ["Emomali Rahmon", "Sadyr Japarov"]


@pytest.mark.parametrize("text", [
    "Kyrgyz and Tajik border guards exchanged fire near Kok-Tash on Friday. Both sides accused each other of "
    "starting the clashes.",
    "Japarov met Rahmon, Mirziyoyev and Tokayev in Samarkand. Both sides stressed the need for talks.",
    "Foreign Minister Sergey Lavrov spoke by phone with his Chinese counterpart Wang Yi. Both presidents said the "
    "talks went well.",
])
def test_no_pair_of_persons_told_before_or_none_of_the_office(read, text):
    assert said(read(text)) == []


# --- a briefing's turns: an officer taking the floor next to a speaker's turn speaks --------------------------------
BRIEFING = ("Army spokesman Major General Ali Raza, flanked by Air Commodore Tariq Hameed, briefed reporters in "
            "Rawalpindi on Sunday.\n\n"
            "DG ISPR: The enemy fired artillery at our posts on Friday night. We responded.\n\n"
            "DG ISPR: Our troops remain on alert along the frontier.\n\n"
            "Air Commodore Tariq Hameed: Our jets flew patrols along the border all night and saw no intrusions.\n\n"
            "Reporter: Who fired first?\n\n"
            "DG ISPR: They did. We have the evidence.\n\n"
            "Reporter: Will there be talks?\n\n"
            "DG ISPR: That is for the government to decide.\n")

TRANSCRIPT = ("Transcript of the weekly briefing by the Foreign Office spokesperson.\n\n"
              "Spokesperson Sara Malik: Good afternoon. The foreign minister will visit Tashkent next week.\n\n"
              "Spokesperson: The minister also spoke to his Uzbek counterpart yesterday.\n\n"
              "Question: Will he meet the Taliban delegation?\n\n"
              "Spokesperson: No such meeting is planned.\n\n"
              "Question: What about the border fence?\n\n"
              "Spokesperson: We have seen the reports and are in contact with Kabul.\n")

WHO_IS_WHO = ("Who is who in the new cabinet.\n\n"
              "Amir Khan Muttaqi: acting foreign minister, a former negotiator in Doha.\n\n"
              "Sirajuddin Haqqani: acting interior minister, head of the Haqqani network.\n\n"
              "Mullah Yaqoob: acting defence minister, son of the movement's founder.\n\n"
              "Abdul Ghani Baradar: deputy prime minister.\n")


def test_an_officer_taking_the_floor_between_turns_speaks(read):
    assert ("Tariq Hameed", "Air Commodore Tariq Hameed: Our jets flew patrols along the border all night and saw no "
            "intrusions.") in said(read(BRIEFING))


def test_a_briefers_opening_turn_under_his_full_name_is_his(read):
    assert said(read(TRANSCRIPT))[0] == (
        "Sara Malik", "Spokesperson Sara Malik: Good afternoon. The foreign minister will visit Tashkent next week.")


def test_the_interviewers_thanks_after_the_last_answer_are_no_turn(read):
    interview = ("Analyst Dilnoza Rakhimova spoke to Steppe Review editor Marat Ospanov about the summit.\n\n"
                 "Ospanov: What did the summit deliver?\n\n"
                 "Rakhimova: A transit deal and little else.\n\n"
                 "Ospanov: Will Moscow accept it?\n\n"
                 "Rakhimova: It has no choice.\n\n"
                 "Ospanov: Thank you for your time.\n")
    assert not any(speaker == "Marat Ospanov" for speaker in speakers(read(interview)))


def test_a_who_is_who_list_says_nothing(read):
    assert said(read(WHO_IS_WHO)) == []


# --- '"… Xi. It is being prepared," he said': a name inside the quotation is not "he" -------------------------------
@pytest.mark.parametrize("text, speaker", [
    ('Putin will meet Xi Jinping next week in Samarkand, Kremlin aide Yuri Ushakov said on Wednesday. "Of course, '
     'there will be a meeting with Xi Jinping. It is being prepared," he said.', "Yuri Ushakov"),
    ('Jaishankar also called on Tajik President Emomali Rahmon. "Conveyed greetings of President Droupadi Murmu. '
     'Appreciate his guidance on our partnership," he said in a separate tweet.', "S. Jaishankar"),
    ('Foreign Minister Sergey Lavrov met the Taliban delegation on Friday. "Muttaqi assured us that the border is '
     'calm," he told reporters.', "Sergey Lavrov"),
])
def test_he_who_closes_a_quotation_spoke_before_it(read, text, speaker):
    assert speakers(read(text))[-1] == speaker


def test_he_is_still_the_person_named_before_him_in_his_sentence(read):
    text = ("The deployment follows a request from Kazakh President Kassym-Jomart Tokayev, who on Wednesday asked "
            "the bloc for help against what he described as \u201cterrorist gangs trained abroad.\u201d")
    assert set(speakers(read(text))) <= {"Kassym-Jomart Tokayev"}
