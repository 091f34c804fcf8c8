"""Meetings read on unseen text (round 20), on sentences written for these tests (never copied from the evaluation
sets), more that must not fire than must: a planned summit or dialogue whose name joins its members with hyphens,
two who co-chaired a session, "the leaders" of a gathering of more than two, two who agreed after an encounter."""
from __future__ import annotations

from datetime import date

import pytest

from meeting_views import met, parties

PUBLISHED = date(2024, 5, 14)

CENTRAL_ASIA = ("Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan")


# --- "the next A-B-C dialogue will be held": the members its name joins ---------------------------------------------

@pytest.mark.parametrize("text, members", [
    ("The first China-Central Asia Summit will be held in Xi'an next month.", ("China", *CENTRAL_ASIA)),
    ("The two sides agreed to hold the next China-Afghanistan-Pakistan Foreign Ministers' Dialogue in Kabul.",
     ("China", "Afghanistan", "Pakistan")),
    ("The leaders agreed that the second Russia-Central Asia summit will be held in Dushanbe next year.",
     ("Russia", *CENTRAL_ASIA)),
])
def test_a_planned_meeting_named_by_its_members_meets_them(read, text, members):
    assert met(read(text), *members)


@pytest.mark.parametrize("text", [
    "The Chushul-Moldo border meeting will be held next week.",
    "An in-person summit will be held in Astana in October.",
    "A China-funded forum on investment will be held in Tashkent next month.",
    "The Kabul-Tashkent railway meeting will be held in Termez next month.",
])
def test_hyphens_that_join_no_members_make_no_meeting(read, text):
    assert parties(read(text)) == []


@pytest.mark.parametrize("text", [
    "Xi Jinping chaired the first China-Central Asia Summit in Xi'an on Friday.",
    "Trade under the India-Central Asia framework grew last year, and the ministers will meet in Almaty in June.",
])
def test_a_held_meeting_or_a_name_outside_the_meeting_names_no_members(read, text):
    assert not met(read(text), "Kazakhstan", "Kyrgyzstan")


# --- "A and his counterpart B co-chaired the session of the commission": each chairs for his side -------------------

@pytest.mark.parametrize("text, one, other", [
    ("Earlier on Monday, Shoigu and his Chinese counterpart Li Shangfu co-chaired the fifth session of the "
     "intergovernmental commission on trade in Beijing.", "Sergei Shoigu", "Li Shangfu"),
    ("Lavrov and Wang Yi also co-chaired the China-Russia Intergovernmental Commission on Trade in Moscow on Friday.",
     "Sergey Lavrov", "Wang Yi"),
])
def test_two_who_co_chaired_met(read, text, one, other):
    assert met(read(text), one, other)


@pytest.mark.parametrize("text", [
    "Amit Shah co-chaired the session of the commission with a senior official.",
    "Rajnath Singh chaired the session of the commission in Moscow, which Shoigu addressed.",
    "Rajnath Singh, who co-chaired the commission in 2019, said the ties with Russia were strong.",
    "Indian Home Minister Amit Shah and Defence Minister Rajnath Singh co-chaired the session of the security council.",
])
def test_one_chair_or_co_chairs_of_one_government_met_no_one(read, text):
    assert parties(read(text)) == []


# --- "the leaders" after a gathering of more than two: all of its leaders, not the last two named ------------------

def test_the_leaders_of_two_just_met_are_those_two(read):
    assert met(read("Modi met Putin in Moscow on Monday. The leaders signed a deal on oil."),
               "Narendra Modi", "Vladimir Putin")


@pytest.mark.parametrize("text", [
    "Xi Jinping will host the leaders of Kazakhstan, Kyrgyzstan and Uzbekistan in Xi'an this week. Tokayev arrived "
    "on Tuesday and Mirziyoyev on Wednesday. The leaders are expected to sign a declaration on Friday.",
    "The first China-Central Asia Summit will be held on Friday. Tokayev arrived on Tuesday and Mirziyoyev on "
    "Wednesday. The leaders are expected to sign a declaration.",
])
def test_the_leaders_of_a_larger_gathering_are_not_the_last_two_named(read, text):
    assert not met(read(text), "Kassym-Jomart Tokayev", "Shavkat Mirziyoyev")


# --- "He and B agreed to …" after the article told of an encounter of his: their encounter --------------------------

@pytest.mark.parametrize("text, one, other", [
    ("Shehbaz Sharif paid an official visit to Tashkent. He and Mirziyoyev agreed to speed up the railway.",
     "Shehbaz Sharif", "Shavkat Mirziyoyev"),
    ("Putin met Tokayev in Astana on Monday. Tokayev and Putin agreed on a gas deal.",
     "Kassym-Jomart Tokayev", "Vladimir Putin"),
    ("Sergei Shoigu and Sherali Mirzo agreed on joint patrols at talks in Dushanbe on Monday.",
     "Sergei Shoigu", "Sherali Mirzo"),
])
def test_two_who_agreed_where_an_encounter_was_told_met(read, text, one, other):
    assert met(read(text), one, other)


@pytest.mark.parametrize("text, one, other", [
    ("Mirziyoyev and Xi Jinping agreed to raise bilateral trade to USD 10 billion by 2025.",
     "Shavkat Mirziyoyev", "Xi Jinping"),
    ("Putin met Tokayev in Astana on Monday. Modi and Xi Jinping agreed to resume border patrols, officials said.",
     "Narendra Modi", "Xi Jinping"),
    ("Modi and Putin agreed in 2019 that the pipeline was a priority. Putin met Modi in Delhi on Monday.",
     "Narendra Modi", "Vladimir Putin"),
    ("Shehbaz Sharif paid an official visit to Tashkent. He and Mirziyoyev disagreed about the railway.",
     "Shehbaz Sharif", "Shavkat Mirziyoyev"),
    ("Modi met Biden in Washington. There, he and Biden agreed that General Electric would co-produce jet engines.",
     "Narendra Modi", "Joe Biden"),
])
def test_two_who_agreed_with_no_encounter_told_met_not_then(read, text, one, other):
    extraction = read(text)
    assert not any(m.evidence.sentence.startswith(("Mirziyoyev and", "Modi and", "He and", "There,")) and
                   {one, other} <= {extraction.actor(p).label for p in m.participants} for m in extraction.meetings)
