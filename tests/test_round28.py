"""Round 28, on heldout-y's errors (read after its blind measurement), on texts written for these tests (names made up,
or real office holders in made-up sentences):

* "the Prime Minister said" in a readout that also names a "Deputy Prime Minister and Foreign Minister" is the prime
  minister, not his deputy, whose other office still answers "the Foreign Minister";
* "Experts react": a line that gives an expert's name and post, over paragraphs in quotation marks, makes each such
  paragraph the expert's words, and what others said inside them is read as the expert reports it; a lone "Name:
  post" line makes no such layout;
* military actions: what is demanded ("voted to demand that Russia immediately withdraw its troops") is not done;
  citizens who "entered the country" take no ground; forces "posted at checkpoints" are deployed;
* actors: ground forces pull back from, and the start of a route to a place ("from Serhetabat to Herat"), is a place;
  no name ends in "to".
"""
from __future__ import annotations

from datetime import date

import pytest

from actor_views import kinds
from military_views import agents
from statement_views import said

PUBLISHED = date(2024, 7, 4)


_READOUT = ("Prime Minister Muhammad Shehbaz Sharif held a meeting with Russian President Vladimir Putin in Astana "
            "today. Deputy Prime Minister and Foreign Minister Mohammad Ishaq Dar was also present.\n\n"
            "The Prime Minister said that Pakistan attached great importance to its relations with Russia.\n\n"
            "The Foreign Minister said the talks had been useful.")


def test_the_prime_minister_is_not_his_deputy(read):
    speakers = [speaker for speaker, _ in said(read(_READOUT))]
    assert speakers == ["Muhammad Shehbaz Sharif", "Mohammad Ishaq Dar"], speakers


_EXPERTS = (
    "Iran and Pakistan traded missile strikes this week. Our experts react.\n\n"
    "Marta Vellinga: nonresident senior fellow, South Asia Center\n\n"
    "\"The timing is extraordinary. Rawalpindi could not let that pass.\"\n\n"
    "\"Expect both sides to climb down quickly. Foreign ministry spokesperson Mao Ning called on both sides to "
    "exercise restraint.\"\n\n"
    "Tomas Oyelaran: senior fellow, Middle East Programs\n\n"
    "\"Tehran is projecting strength after the Kerman bombings. That is the line to watch.\""
)


def test_an_expert_s_label_gives_the_quoted_paragraphs_under_it_a_voice(read):
    statements = said(read(_EXPERTS))
    assert any(s == "Marta Vellinga" and e.startswith('"The timing') for s, e in statements), statements
    assert any(s == "Marta Vellinga" and e.startswith('"Expect both sides') for s, e in statements)
    assert any(s == "Tomas Oyelaran" and e.startswith('"Tehran is projecting') for s, e in statements)


def test_what_others_said_inside_an_expert_s_words_is_read(read):
    statements = said(read(_EXPERTS))
    assert any(s == "Mao Ning" for s, _ in statements), statements


def test_a_lone_name_and_post_line_gives_no_voice(read):
    text = ("Iran and Pakistan traded missile strikes this week.\n\n"
            "Marta Vellinga: nonresident senior fellow, South Asia Center\n\n"
            "\"The timing is extraordinary. Rawalpindi could not let that pass.\"")
    assert not any(s == "Marta Vellinga" for s, _ in said(read(text)))


# --- military actions -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The UN General Assembly voted 141 to 5 to demand that Russia immediately withdraw its troops from Ukraine.",
    "Kazakhstan's interior ministry said 98,000 Russian citizens had entered the country since the mobilisation began.",
])
def test_no_action_is_done(read, text):
    assert agents(read(text)) == []


@pytest.mark.parametrize("text, expected", [
    ("The Taliban have posted fighters at checkpoints on every road into the airport.", ("Deployment", "Taliban")),
    ("Russian troops entered the town of Kherson on Friday.", ("Capture", "Russia")),
    ("Moscow insisted that its troops withdrew from the village on Monday.", ("Withdrawal", "Russia")),
])
def test_actions_done_are_told(read, text, expected):
    assert expected in agents(read(text)), agents(read(text))


def test_a_post_online_is_no_deployment(read):
    assert agents(read("The ministry posted a video of the drills on Telegram.")) == []


# --- actors ---------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, places", [
    ("The two men discussed extending the railway from Serhetabat to Herat, according to a statement.",
     {"Serhetabat", "Herat"}),
    ("Troops of both countries pulled back from Depsang and Demchok, the last friction points in eastern Ladakh.",
     {"Depsang", "Demchok"}),
])
def test_ground_left_and_a_route_s_start_are_places(read, text, places):
    found = kinds(read(text))
    assert all(found.get(name) == "Place" for name in places), found


def test_a_person_a_message_goes_from_stays_a_person(read):
    found = kinds(read("Messages from Putin to Xi were read out at the summit."))
    assert found.get("Vladimir Putin") == "Person", found
