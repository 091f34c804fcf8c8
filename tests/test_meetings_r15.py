"""Meetings read on unseen text (round 15), on sentences written for these tests (never copied from the evaluation
sets), more that must not fire than must: travel to a foreign capital still to come, and the encounter told after
the quotation a sentence opens with."""
from __future__ import annotations

from datetime import date

import pytest

from meeting_views import met, parties

PUBLISHED = date(2024, 6, 3)


# --- "is expected to travel to Beijing": a visit to come, the country visited its host -----------------------------

@pytest.mark.parametrize("text, visitor, host", [
    ("Iranian Foreign Minister Abbas Araghchi is expected to travel to Beijing on Thursday.", "Abbas Araghchi",
     "China"),
    ("Turkish President Recep Tayyip Erdogan will travel to Baku next month, his office said.",
     "Recep Tayyip Erdogan", "Azerbaijan"),
])
def test_travel_to_a_foreign_capital_to_come_is_a_planned_visit(read, text, visitor, host):
    extraction = read(text)
    assert met(extraction, visitor, host), parties(extraction)
    assert [m.status for m in extraction.meetings] == ["planned"], parties(extraction)


@pytest.mark.parametrize("text", [
    # travel made, or wished for by others, or denied, or asked about
    "Iranian Foreign Minister Abbas Araghchi travelled to Beijing on Thursday with his wife.",
    "China is keen for Iranian Foreign Minister Abbas Araghchi to travel to Beijing.",
    "Iranian Foreign Minister Abbas Araghchi said he would not travel to Beijing this year.",
    "Asked whether he would travel to Beijing, Iranian Foreign Minister Abbas Araghchi said there were no plans.",
    # at home, or to no country
    "Iranian Foreign Minister Abbas Araghchi is expected to travel to Tabriz on Thursday.",
    "Iranian Foreign Minister Abbas Araghchi will travel to Tehran from Doha on Friday.",
    "Thousands of pilgrims will travel to Mecca this year.",
])
def test_no_visit_in_travel_made_wished_denied_or_home(read, text):
    extraction = read(text)
    assert not extraction.meetings, parties(extraction)


@pytest.mark.parametrize("text, status", [
    ("Officials said the Turkish intelligence chief, Ibrahim Kalin, was expected to travel to Damascus within days "
     "to meet the Syrian leadership.", "planned"),
    ("Ibrahim Kalin travelled to Damascus on Monday to meet the Syrian leadership.", "held"),
])
def test_travel_to_meet_someone_is_the_meeting_to_come_or_held(read, text, status):
    extraction = read(text)
    assert [m.status for m in extraction.meetings] == [status], parties(extraction)
    assert met(extraction, "Ibrahim Kalin", "Syria"), parties(extraction)


def test_travel_for_talks_with_a_person_is_the_talks(read):
    extraction = read("Indian Foreign Secretary Vikram Misri will travel to Beijing next week for talks with Chinese "
                      "Vice Foreign Minister Sun Weidong.")
    assert parties(extraction) == [["Sun Weidong", "Vikram Misri"]]


# --- "\"…,\" A said after talks with B": the parties follow the quotation the sentence opens with -----------------

@pytest.mark.parametrize("text", [
    "\"We will not give up an inch,\" Armenian Foreign Minister Ararat Mirzoyan said after talking to his "
    "Azerbaijani counterpart Jeyhun Bayramov by phone.",
    "\"A deal is close,\" Armenian Foreign Minister Ararat Mirzoyan said after his talks with Azerbaijani Foreign "
    "Minister Jeyhun Bayramov.",
])
def test_encounter_after_an_opening_quotation_has_its_parties(read, text):
    extraction = read(text)
    assert met(extraction, "Ararat Mirzoyan", "Jeyhun Bayramov"), parties(extraction)


@pytest.mark.parametrize("text", [
    # the other party named only inside the quotation, or no encounter outside it
    "\"Putin and Erdogan must meet soon,\" Armenian Foreign Minister Ararat Mirzoyan said on Monday.",
    "\"Bayramov is not serious,\" Armenian Foreign Minister Ararat Mirzoyan said after talks in Geneva.",
    "\"We met Bayramov's demands halfway,\" Armenian Foreign Minister Ararat Mirzoyan told reporters.",
])
def test_no_party_taken_from_inside_the_opening_quotation(read, text):
    extraction = read(text)
    assert not extraction.meetings, parties(extraction)
