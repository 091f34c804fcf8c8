"""Round 22's statement classes, each a construction of news English that recurs across sets, on sentences written for
these tests: a wire dateline ("Dushanbe, Jul 14 (PTI)", "Moscow [Russia], May 2 (ANI):") is no speaker, the name
after it is.
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
