"""Meetings read on unseen text (round 19), on sentences written for these tests (never copied from the evaluation
sets), more that must not fire than must: an encounter quoted in the first person, encounters of the same
parties on two days, a body that met two persons, an invitation to a capital accepted, and round 18's
summons, journeys at someone's invitation and aides hosted where they must not fire."""
from __future__ import annotations

from datetime import date

import pytest

from meeting_views import met, parties

PUBLISHED = date(2024, 5, 14)


# --- 'A said: "I spoke to B by phone"': the speaker's own call ------------------------------------------------------

@pytest.mark.parametrize("text, speaker, other", [
    ('Modi said: "I spoke to Vladimir Putin by phone last night about the grain corridor."',
     "Narendra Modi", "Vladimir Putin"),
    ('"I spoke to Xi Jinping on the phone on Sunday and we agreed to keep in touch," Putin told reporters.',
     "Vladimir Putin", "Xi Jinping"),
])
def test_a_call_the_speaker_quotes_is_his(read, text, speaker, other):
    assert met(read(text), speaker, other)


@pytest.mark.parametrize("text", [
    'Modi said: "I spoke to reporters in Delhi about Vladimir Putin\'s proposal this morning."',
    'Modi said: "I have never spoken to Vladimir Putin about this matter, whatever the press claims."',
    'Modi said: "My wife spoke to Vladimir Putin\'s wife by phone yesterday about the charity gala."',
    'Modi said: "He spoke to Vladimir Putin by phone last night, and I was not told of it."',
    'Modi said: "I spoke to my foreign minister S. Jaishankar by phone after the summit."',
])
def test_no_call_of_the_speaker_when_he_spoke_to_no_counterpart(read, text):
    assert parties(read(text)) == []


@pytest.mark.parametrize("text, speaker, other", [
    ('Tokayev said: "I met Xi Jinping on Monday."', "Kassym-Jomart Tokayev", "Xi Jinping"),
    ('Modi told reporters: "I will meet Xi Jinping."', "Narendra Modi", "Xi Jinping"),
])
def test_a_short_quotation_a_colon_opens_is_the_speakers(read, text, speaker, other):
    assert met(read(text), speaker, other)


@pytest.mark.parametrize("text", [
    'Modi said: "My son met Xi Jinping."',
    'Modi said: "I never met Xi Jinping."',
    'Modi said: "Xi Jinping is a friend."',
])
def test_a_short_quotation_a_colon_opens_tells_no_encounter_of_the_speakers(read, text):
    assert parties(read(text)) == []


# --- two days, two encounters: a call on one day is not talks in person on another -----------------------------------

@pytest.mark.parametrize("text", [
    "Xi Jinping met Lula da Silva in Beijing in April. Xi Jinping spoke to Lula da Silva by phone on Thursday.",
    "Xi Jinping and Lula da Silva held talks in Beijing on Friday and spoke by phone on Monday.",
    "Xi Jinping spoke to Lula da Silva by phone on Monday, two days after their talks in Beijing.",
    "Xi Jinping met Lula da Silva in Beijing on Monday, a week after their phone call.",
])
def test_a_call_and_talks_on_two_days_are_two_encounters(read, text):
    assert parties(read(text)) == [["Lula da Silva", "Xi Jinping"]] * 2


@pytest.mark.parametrize("text", [
    # one encounter told twice, or a day that is not another encounter's
    "Xi Jinping met Lula da Silva in Beijing on Monday. The talks, planned since March, covered trade.",
    "Xi Jinping met Lula da Silva on Monday and said on Tuesday that the talks had gone well.",
    "Lula da Silva arrived in Beijing on Sunday and met Xi Jinping on Monday.",
    # another encounter, but not the same parties' own
    "Xi Jinping spoke to Lula da Silva by phone on Monday, a day after talks in Moscow.",
    "Xi Jinping spoke to Lula da Silva by phone on Monday, two days after the summit in Astana.",
    # no day counted
    "Xi Jinping spoke to Lula da Silva by phone on Monday, hours after their talks in Beijing.",
    "Xi Jinping met Lula da Silva in Beijing on Monday, weeks after their last meeting.",
])
def test_one_encounter_when_no_other_day_of_the_parties_is_told(read, text):
    assert parties(read(text)) == [["Lula da Silva", "Xi Jinping"]]


# --- "the Taliban delegation met A and B": a body that met persons is a party ----------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The Taliban delegation met Wang Yi and Sergey Lavrov together in Moscow.",
     [["Sergey Lavrov", "Taliban", "Wang Yi"]]),
    ("The Taliban delegation met Wang Yi and Sergey Lavrov in Moscow on Monday.",
     [["Sergey Lavrov", "Taliban"], ["Taliban", "Wang Yi"]]),
])
def test_a_body_meets_the_persons_it_met(read, text, expected):
    assert parties(read(text)) == expected


@pytest.mark.parametrize("text", [
    "The Foreign Office said Wang Yi and Sergey Lavrov met in Moscow.",
    "Wang Yi and Sergey Lavrov met in Moscow, the Foreign Office said.",
    "The Kremlin said Wang Yi and Sergey Lavrov had met together in Moscow.",
])
def test_a_body_reporting_two_persons_meeting_is_no_party(read, text):
    assert parties(read(text)) == [["Sergey Lavrov", "Wang Yi"]]


# --- "invited B to Moscow, and B accepted": a visit to come ---------------------------------------------------------

def test_an_accepted_invitation_to_a_capital_is_a_planned_visit(read):
    extraction = read("Xi Jinping invited Lula da Silva to Beijing, and Lula da Silva accepted the invitation.")
    assert parties(extraction) == [["China", "Lula da Silva", "Xi Jinping"]]
    assert [m.status for m in extraction.meetings] == ["planned"]


@pytest.mark.parametrize("text", [
    "Xi Jinping invited Lula da Silva to Beijing.",
    "Xi Jinping invited Lula da Silva to Beijing, but Lula da Silva declined the invitation.",
    "Xi Jinping invited Brazilian investors to Beijing, and they accepted the invitation.",
    "Xi Jinping invited Lula da Silva to the opening ceremony, and Lula da Silva accepted.",
    "Xi Jinping invited Lula da Silva to join the initiative, and Lula da Silva accepted.",
    "Xi Jinping invited Lula da Silva to Beijing after Brazil accepted the terms of the deal.",
])
def test_an_invitation_not_accepted_or_to_no_capital_is_no_visit(read, text):
    assert parties(read(text)) == []


# --- round 18's summons and invitations, where they must not fire -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Lula da Silva visited a museum in Sao Paulo at the invitation of its director.",
    "Xi Jinping summoned a press conference in Beijing to respond to the tariffs.",
    "Lula da Silva summoned the courage to confront Xi Jinping over the trade deficit.",
    "The Chinese ambassador was summoned by the court in Brasilia to testify.",
    "Brazil recalled its ambassador to China for consultations after Xi Jinping's remarks.",
    "China withdrew its ambassador from Brasilia for consultations, the Chinese foreign ministry said.",
    "The Chinese embassy summoned journalists to a briefing on the visit of Lula da Silva.",
])
def test_no_encounter_in_a_summons_or_recall_of_ones_own(read, text):
    assert parties(read(text)) == []


@pytest.mark.parametrize("text, expected", [
    # whose relative invited the guest is not the one who receives him
    ("Lula da Silva will travel to Beijing at the invitation of Xi Jinping's daughter.", [["China", "Lula da Silva"]]),
    ("Lula da Silva will travel to Beijing for consultations with Xi Jinping.", [["Lula da Silva", "Xi Jinping"]]),
])
def test_a_journey_meets_whom_it_is_made_to(read, text, expected):
    assert parties(read(text)) == expected
