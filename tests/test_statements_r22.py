"""Round 22's statement classes, each a construction of news English that recurs across sets, on sentences written for
these tests: a wire dateline ("Dushanbe, Jul 14 (PTI)", "Moscow [Russia], May 2 (ANI):") is no speaker, the name
after it is; a pair that names no office ("both sides", "both", "the two heads of state") is the two persons of the
encounter told just before.
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
