"""Meetings read on unseen text (round 13), on sentences written for these tests (never copied from the evaluation
sets): a clause inside the apposition of a party ("X, his first trip since Russian troops entered Y") says nothing
about whom the party stands for, so it cannot make two countries' leaders one government's officials."""
from __future__ import annotations

from datetime import date

import pytest

from meeting_views import met, parties

PUBLISHED = date(2024, 6, 3)


@pytest.mark.parametrize("text, visitor, host", [
    ("Kazakh President Kassym-Jomart Tokayev flew on to Bishkek on Monday, where he held talks with Kyrgyz President "
     "Sadyr Japarov, his first visit since Kazakh troops left the country in January.",
     "Kassym-Jomart Tokayev", "Sadyr Japarov"),
    ("Uzbek President Shavkat Mirziyoyev met Turkmen President Serdar Berdimuhamedov, a leader who has kept his "
     "distance since Uzbek engineers finished the bridge, in Ashgabat on Friday.",
     "Shavkat Mirziyoyev", "Serdar Berdimuhamedow"),  # the gazetteer's label
])
def test_a_clause_in_an_apposition_gives_the_party_no_side(read, text, visitor, host):
    extraction = read(text)
    assert met(extraction, visitor, host), parties(extraction)


@pytest.mark.parametrize("text", [
    "Pavel Orlov, Russia's envoy to Kabul, met Russian Deputy Foreign Minister Ivan Sokolov in Moscow on Monday.",
    "Russian Deputy Foreign Minister Ivan Sokolov met Pavel Orlov, the head of the Russian delegation to the talks, "
    "in Moscow on Monday.",
])
def test_the_noun_phrase_of_an_apposition_still_gives_the_side(read, text):
    """Two officials of one government talking among themselves: the apposition's own words make Orlov Russian."""
    extraction = read(text)
    assert not met(extraction, "Pavel Orlov", "Ivan Sokolov"), parties(extraction)


# --- "A and B were in X. On Friday they met": they are the persons joined as the subject before ---------------

@pytest.mark.parametrize("text, first, second", [
    ("The two prime ministers, Akylbek Japarov and Kokhir Rasulzoda, had flown to Astana for an energy forum. On "
     "Thursday they held talks over dinner and settled the quarrel over water quotas.",
     "Akylbek Japarov", "Kokhir Rasulzoda"),
    ("Kazakh President Kassym-Jomart Tokayev and Azerbaijani President Ilham Aliyev were in Aktau on Monday for the "
     "port's opening. On Tuesday they held talks on the ferry line.", "Kassym-Jomart Tokayev", "Ilham Aliyev"),
])
def test_they_of_an_encounter_are_the_persons_joined_as_the_subject_before(read, text, first, second):
    extraction = read(text)
    assert met(extraction, first, second), parties(extraction)


@pytest.mark.parametrize("text", [
    # "they" met someone named: they are one side of it, not two parties who met each other
    "Kazakh President Kassym-Jomart Tokayev and Azerbaijani President Ilham Aliyev flew to Ankara. There they met "
    "President Recep Tayyip Erdogan.",
    # the sentence before names one person and a group
    "Kazakh President Kassym-Jomart Tokayev and his ministers arrived in Baku. On Monday they held talks on trade.",
    # the sentence before names no persons
    "The ministers arrived in Baku on Sunday. On Monday they held talks on trade.",
    # two ministers of one government are no two parties
    "Russian Deputy Foreign Minister Andrei Rudenko and Russian special envoy Zamir Kabulov arrived in Kabul. On "
    "Monday they held talks on the transit corridor.",
])
def test_they_stand_for_no_pair_unless_two_parties_were_joined_just_before(read, text):
    extraction = read(text)
    assert not any(len(group) == 2 and "Recep Tayyip Erdogan" not in group for group in parties(extraction)), \
        parties(extraction)


# --- "Putin spoke to both presidents": one talk with each of the persons counted, named just before ---------------

def test_speaking_to_persons_counted_is_a_talk_with_each(read):
    extraction = read("Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev traded blame "
                      "over the shelling. Kazakh President Kassym-Jomart Tokayev spoke to both leaders, his office "
                      "said, and offered Almaty for talks.")
    assert met(extraction, "Kassym-Jomart Tokayev", "Nikol Pashinyan"), parties(extraction)
    assert met(extraction, "Kassym-Jomart Tokayev", "Ilham Aliyev"), parties(extraction)
    assert not met(extraction, "Kassym-Jomart Tokayev", "Nikol Pashinyan", "Ilham Aliyev")


@pytest.mark.parametrize("text", [
    # two of the speaker's own government
    "Russian Foreign Minister Sergei Lavrov and Russian Defence Minister Sergei Shoigu returned to Moscow. President "
    "Vladimir Putin spoke to both ministers on Monday.",
    # nobody counted was named before
    "President Vladimir Putin spoke to both presidents on Monday, the Kremlin said.",
])
def test_persons_counted_are_spoken_to_only_when_named_before_and_of_other_countries(read, text):
    extraction = read(text)
    assert not any(len(group) == 2 and "Vladimir Putin" in group for group in parties(extraction)), \
        parties(extraction)
