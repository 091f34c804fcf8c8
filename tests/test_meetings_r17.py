"""Meetings read on unseen text (round 17), on sentences written for these tests (never copied from the evaluation
sets), more that must not fire than must: a journey abroad on one's own errand or a reporter's, and an encounter the
speaker tells in his own quoted words."""
from __future__ import annotations

from datetime import date

import pytest

from meeting_views import met, parties

PUBLISHED = date(2024, 9, 16)


# --- a journey of one's own meets no host ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Former Kyrgyz President Almazbek Atambayev will travel to Germany next month for heart surgery, his lawyer said.",
    "Former Pakistani President Asif Ali Zardari will visit Dubai next week for a medical check-up.",
    "The jailed opposition leader Mikhail Petrov will travel to Vienna to undergo treatment, his wife said.",
    "Former Prime Minister Imran Aziz will travel to Saudi Arabia on Friday for Umrah.",
    "Reuters reporter Anna Whitfield will travel to Tehran next week.",
    "Dmitri Sokolov, a correspondent for the Kommersant daily, is expected to travel to Kabul on Monday.",
])
def test_a_journey_on_ones_own_errand_or_to_report_is_no_visit(read, text):
    assert parties(read(text)) == []


@pytest.mark.parametrize("text, visitor, host", [
    # the errand is talks, not a private one
    ("Kazakh Foreign Minister Murat Nurtleu will travel to Baku next week for talks on the Middle Corridor.",
     "Murat Nurtleu", "Azerbaijan"),
    # journalists who go with a leader do not make his trip a reporter's
    ("Turkmen President Serdar Berdimuhamedov, accompanied by a group of journalists, will travel to Ankara on "
     "Thursday.", "Serdar Berdimuhamedow", "Turkey"),
])
def test_a_journey_on_official_business_is_still_a_visit(read, text, visitor, host):
    extraction = read(text)
    assert met(extraction, visitor, host)
    assert [m.status for m in extraction.meetings] == ["planned"]


# --- "…my talks with B," A said: the speaker's own encounter -------------------------------------------------------

@pytest.mark.parametrize("text, speaker, other", [
    # a quotation split by its attribution
    ('"Energy and water," Tajik President Emomali Rahmon said, "dominated my talks with Kyrgyz President Sadyr '
     'Japarov."', "Emomali Rahmon", "Sadyr Japarov"),
    ('"I met Turkish President Recep Tayyip Erdogan on Tuesday and we agreed on a great deal," Azerbaijani President '
     'Ilham Aliyev told reporters.', "Ilham Aliyev", "Recep Tayyip Erdogan"),
    ('Armenian Prime Minister Nikol Pashinyan said: "My meeting with Georgian Prime Minister Irakli Kobakhidze was '
     'productive."', "Nikol Pashinyan", "Irakli Kobakhidze"),
])
def test_an_encounter_quoted_in_the_first_person_is_the_speakers(read, text, speaker, other):
    assert parties(read(text)) == [sorted([speaker, other])]


@pytest.mark.parametrize("text", [
    # someone else's encounter in the quotation
    '"Energy and water," Tajik President Emomali Rahmon said, "dominated the talks between Kyrgyz President Sadyr '
    'Japarov and Kazakh President Kassym-Jomart Tokayev."',
    '"My son met Kyrgyz President Sadyr Japarov last year," Kazakh businessman Timur Akhmetov said.',
    # refused, wished, asked
    '"I will never meet Kyrgyz President Sadyr Japarov," Tajik opposition leader Muhiddin Kabiri said.',
    '"I hope to meet Kyrgyz President Sadyr Japarov soon," Tajik President Emomali Rahmon said.',
    '"Did I meet Kyrgyz President Sadyr Japarov? No," Tajik President Emomali Rahmon said.',
    # a minister of his own government, his country left unsaid
    '"My talks with Foreign Minister Sirojiddin Muhriddin were useful," Tajik President Emomali Rahmon said.',
])
def test_no_encounter_of_the_speaker_in_others_quoted_or_unheld(read, text):
    assert parties(read(text)) == []
