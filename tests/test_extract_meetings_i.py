"""Meetings read on unseen text (round 9): a party also named in the attribution, a call as a transitive verb,
several conversations in one sentence, a party the sentence denies ("but not X"), a topic that takes the "with",
a multi-leader meeting told over two sentences ("So did …") and a conversation "again"; on sentences written for
these tests (never copied from the evaluation sets)."""
from __future__ import annotations

from datetime import date

import pytest

from meeting_views import met, parties

PUBLISHED = date(2024, 5, 20)


# --- a party named in the attribution too is still a party ----------------------------------------

@pytest.mark.parametrize("text", [
    "On Sunday Vladimir Putin spoke by phone with Recep Tayyip Erdogan, according to Erdogan's office.",
    "Antony Blinken met Wang Yi in Beijing on Friday, Wang's ministry said.",
    "Narendra Modi held talks with Anthony Albanese in Sydney, Albanese's press secretary told reporters.",
])
def test_a_party_the_attribution_names_stays_a_party(read, text):
    assert len(parties(read(text))) == 1 and len(parties(read(text))[0]) == 2


def test_a_reporter_named_only_in_the_attribution_is_no_party(read):
    extraction = read("Antony Blinken met Wang Yi in Beijing on Friday, according to Jake Sullivan.")
    assert parties(extraction) == [["Antony Blinken", "Wang Yi"]]


# --- "A called B": a phone call ------------------------------------------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("Emmanuel Macron called Volodymyr Zelensky on Tuesday evening to discuss the strikes.",
     {"Emmanuel Macron", "Volodymyr Zelensky"}),
    ("Sergey Lavrov called Wang Yi the morning after the vote; the Chinese minister promised support.",
     {"Sergey Lavrov", "Wang Yi"}),
    ("Shehbaz Sharif called Ebrahim Raisi after the earthquake and offered help.",
     {"Shehbaz Sharif", "Ebrahim Raisi"}),
])
def test_a_person_called_is_a_phone_call(read, text, pair):
    extraction = read(text)
    assert met(extraction, *pair) and all(m.kind == "PhoneCall" for m in extraction.meetings)


@pytest.mark.parametrize("text", [
    "Xi Jinping called Vladimir Putin a dear friend.",
    "Sergey Lavrov called the claims of Antony Blinken absurd.",
    "Vladimir Putin called up 300,000 reservists on Wednesday.",
])
def test_calling_someone_something_is_no_phone_call(read, text):
    assert parties(read(text)) == []


# --- several conversations in one sentence -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Antony Blinken said he had spoken over the weekend with Narendra Modi, Shehbaz Sharif and S. Jaishankar.",
    "Over two days Wang Yi talked to Sergey Lavrov, Hakan Fidan and S. Jaishankar about the crisis.",
    "Recep Tayyip Erdogan spoke with Vladimir Putin, Volodymyr Zelensky and Antonio Guterres on Monday.",
])
def test_conversations_with_several_persons_are_one_each(read, text):
    groups = parties(read(text))
    assert len(groups) == 3 and all(len(group) == 2 for group in groups)


# --- a party the sentence denies --------------------------------------------------------------------

@pytest.mark.parametrize("text, pair, denied", [
    ("Olaf Scholz met Emmanuel Macron, but not Giorgia Meloni, at the NATO summit in Vilnius.",
     ["Emmanuel Macron", "Olaf Scholz"], "Giorgia Meloni"),
    ("Sergey Lavrov met Wang Yi but not Antony Blinken in Bali.", ["Sergey Lavrov", "Wang Yi"], "Antony Blinken"),
    ("Sergey Lavrov held talks with Wang Yi, not with Antony Blinken, on Friday.", ["Sergey Lavrov", "Wang Yi"],
     "Antony Blinken"),
])
def test_a_party_denied_beside_the_met_one_is_none(read, text, pair, denied):
    assert parties(read(text)) == [pair]


def test_not_only_but_also_keeps_both(read):
    groups = parties(read("Sergey Lavrov met not only Wang Yi but also Antony Blinken on Friday."))
    assert ["Antony Blinken", "Sergey Lavrov"] in groups and ["Sergey Lavrov", "Wang Yi"] in groups


# --- "to discuss the topic with X": the parser hangs "with" on the topic -------------------------------

@pytest.mark.parametrize("text", [
    "The ministry said Hakan Fidan would travel to Moscow next week to discuss the grain deal with Sergey Lavrov.",
    "Wang Yi flew to Islamabad on Monday to discuss the corridor with Ishaq Dar.",
    "S. Jaishankar is due in Tehran to discuss the port project with Hossein Amir-Abdollahian.",
])
def test_to_discuss_a_topic_with_someone_is_talks(read, text):
    assert len(parties(read(text))) == 1


# --- a multi-leader meeting told over two sentences ----------------------------------------------------

def test_so_did_joins_the_video_meeting(read):
    extraction = read("Xi Jinping chairs the BRICS summit by video link from Beijing on Thursday.\n\n"
                      "Xi chaired the meeting from Beijing, while Vladimir Putin and Narendra Modi joined by video "
                      "link. So did Cyril Ramaphosa of South Africa and Luiz Inacio Lula da Silva of Brazil.")
    assert len(extraction.meetings) == 1
    assert met(extraction, "Xi Jinping", "Vladimir Putin", "Narendra Modi", "Cyril Ramaphosa")


def test_so_did_after_a_bilateral_meeting_joins_nothing(read):
    extraction = read("Antony Blinken met Wang Yi in Beijing on Friday. So did Josep Borrell.")
    assert parties(extraction) == [["Antony Blinken", "Wang Yi"]]


def test_the_chair_of_the_meeting_joins_the_summit_just_opened(read):
    extraction = read("Leaders of the Shanghai Cooperation Organisation met by video link on Tuesday for their "
                      "annual summit.\n\nNarendra Modi chaired the meeting, while Xi Jinping and Vladimir Putin "
                      "joined from their capitals.")
    assert len(extraction.meetings) == 1 and met(extraction, "Narendra Modi", "Xi Jinping", "Vladimir Putin")


# --- "A and B will speak again" --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Vladimir Putin and Recep Tayyip Erdogan will speak again next week.",
    "Wang Yi and Ajit Doval are due to speak again on Friday.",
    "Antony Blinken and Sergey Lavrov spoke again on Friday, the State Department said.",
])
def test_two_persons_speaking_again_meet(read, text):
    assert len(parties(read(text))) == 1


def test_two_persons_speaking_at_a_forum_do_not_meet(read):
    assert parties(read("Vladimir Putin and Recep Tayyip Erdogan spoke at the forum on Friday.")) == []


# --- persons of one side meeting a group ------------------------------------------------------------------

@pytest.mark.parametrize("text, group", [
    ("Sergey Lavrov and Abdulaziz Kamilov will meet Taliban leaders in Termez next week.", "Taliban"),
    ("Antony Blinken and Lloyd Austin held talks with Chinese officials in Beijing on Friday.", "China"),
    ("S. Jaishankar and Rajnath Singh met a Taliban delegation in Delhi.", "Taliban"),
])
def test_persons_meeting_a_group_meet_it(read, text, group):
    groups = parties(read(text))
    assert len(groups) == 1 and group in groups[0] and len(groups[0]) == 3


def test_a_group_beside_a_person_met_is_no_further_party(read):
    assert parties(read("Antony Blinken met Wang Yi and Chinese officials in Beijing.")) == \
        [["Antony Blinken", "Wang Yi"]]


# --- one person told another --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "He recalled that Narendra Modi had told Vladimir Putin in Samarkand in September that peace was needed.",
    "Xi Jinping told Joe Biden in Bali that Taiwan was a red line.",
    "Antony Blinken told Wang Yi that Washington would not back down.",
])
def test_a_person_telling_another_of_another_country_meets_him(read, text):
    assert len(parties(read(text))) == 1 and len(parties(read(text))[0]) == 2


@pytest.mark.parametrize("text", [
    "Sergey Lavrov told reporters that Russia would respond.",
    "Sergey Lavrov told Sergei Shoigu to prepare.",
    "Vladimir Putin told the summit that Russia was united.",
])
def test_telling_reporters_a_colleague_or_a_gathering_is_no_meeting(read, text):
    assert parties(read(text)) == []


# --- an invitation accepted ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, host", [
    ("Narendra Modi invited Vladimir Putin to India for next year's annual summit, and the invitation was "
     "accepted, officials said.", "India"),
    ("Xi Jinping invited Kassym-Jomart Tokayev to China for a state visit, and Tokayev accepted.", "China"),
    ("Recep Tayyip Erdogan invited Vladimir Putin to Ankara for talks next month; the Kremlin accepted the "
     "invitation.", "Turkey"),
])
def test_an_accepted_invitation_is_a_planned_meeting_in_the_host_country(read, text, host):
    extraction = read(text)
    assert len(extraction.meetings) == 1 and extraction.meetings[0].status == "planned"
    assert host in parties(extraction)[0]


def test_an_invitation_not_accepted_is_no_meeting(read):
    extraction = read("Xi Jinping invited Kassym-Jomart Tokayev to Beijing for a state visit, but Tokayev has not "
                      "accepted.")
    assert parties(extraction) == []
