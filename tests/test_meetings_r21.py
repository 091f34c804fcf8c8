"""Meetings read on unseen text (round 21), on sentences written for these tests (never copied from the evaluation
sets), more that must not fire than must: a high commissioner summoned, an invitation whose acceptance is told in
the infinitive ("has yet to accept"), an envoy received unnamed, a journey at someone's invitation told in the
past ("flew to Moscow at the invitation of X")."""
from __future__ import annotations

from datetime import date

import pytest

from meeting_views import met, parties

PUBLISHED = date(2024, 5, 14)


# --- a high commissioner summoned: the envoy between Commonwealth states, as an ambassador is ------------------------

@pytest.mark.parametrize("text, host, guest", [
    ("Dhaka summoned India's high commissioner on Sunday to protest the killing at the border.", "Bangladesh", "India"),
    ("Islamabad summoned the Indian deputy high commissioner over the ceasefire violations.", "Pakistan", "India"),
])
def test_a_high_commissioner_summoned_meets_his_country(read, text, host, guest):
    assert met(read(text), host, guest)


@pytest.mark.parametrize("text", [
    "The chief minister summoned the police commissioner after the riots in Lahore.",
    "India summoned its high commissioner in Dhaka home for consultations.",
    "The court summoned the election commissioner to explain the delay.",
    "Bangladesh's high commissioner was summoned by the Bangladeshi foreign ministry.",
])
def test_no_envoy_of_another_country_summoned_as_commissioner(read, text):
    assert parties(read(text)) == []


# --- an invitation accepted in the infinitive: still to come or refused ---------------------------------------------

def test_an_invitation_accepted_meets_the_inviter(read):
    assert met(read("Erdogan invited Tokayev to Ankara, and Tokayev has accepted the invitation."),
               "Kassym-Jomart Tokayev", "Turkey")


@pytest.mark.parametrize("text", [
    "Erdogan invited Tokayev to Ankara, but Tokayev is yet to accept the invitation.",
    "Erdogan invited Tokayev to Ankara, and Tokayev declined to accept the invitation.",
    "Erdogan invited Tokayev to Ankara; Tokayev is expected to accept the invitation.",
])
def test_an_acceptance_not_yet_made_is_no_visit(read, text):
    assert parties(read(text)) == []


# --- an envoy received unnamed: his principal is named to say whom he serves, and is not met ------------------------

@pytest.mark.parametrize("text, principal", [
    ("Tokayev received Xi Jinping's special envoy in Astana on Thursday.", "Xi Jinping"),
    ("Mirziyoyev hosted Erdogan's emissary in Tashkent.", "Recep Tayyip Erdoğan"),
    ("Shehbaz Sharif met Modi's national security adviser in Dushanbe.", "Narendra Modi"),
])
def test_an_unnamed_envoy_met_is_not_his_principal(read, text, principal):
    assert not met(read(text), principal)


def test_a_leader_met_with_his_aide_is_met(read):
    assert met(read("Tokayev received Xi Jinping and his special envoy in Astana on Thursday."),
               "Kassym-Jomart Tokayev", "Xi Jinping")


# --- a journey made at someone's invitation, told in the past as well as to come: a visit to who invited ------------

@pytest.mark.parametrize("text, guest, host", [
    ("Tokayev travelled to New Delhi on Monday at the invitation of Narendra Modi.", "Kassym-Jomart Tokayev",
     "Narendra Modi"),
    ("Mirziyoyev flew to Beijing last week at the invitation of Xi Jinping.", "Shavkat Mirziyoyev", "Xi Jinping"),
])
def test_a_journey_at_an_invitation_visits_the_inviter(read, text, guest, host):
    assert met(read(text), guest, host)


@pytest.mark.parametrize("text", [
    "Mirziyoyev flew to Moscow on Tuesday.",
    "Students from Tashkent flew to Moscow at the invitation of the university.",
    "Mirziyoyev did not fly to Moscow despite the invitation of Putin.",
    "At the invitation of Putin, an Uzbek orchestra flew to Moscow.",
])
def test_a_journey_without_an_inviter_met_is_no_visit(read, text):
    assert parties(read(text)) == []
