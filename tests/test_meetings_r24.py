"""Meetings of round 24, on sentences written for these tests (real leaders in made-up sentences):

* "his Iranian counterpart" is the one person of that country the article named before in the same office as the
  one who meets him (a foreign minister's counterpart is the other country's foreign minister), not the country;
  the country stays where nobody of that office was named;
* "A invited X to visit Pakistan next year": a visit set for a day or a year is planned, and its parties are the
  one invited and the country visited, not the inviter; an invitation with no day, or turned down, stays a wish.
"""
from __future__ import annotations

from datetime import date

import pytest

from meeting_views import parties

PUBLISHED = date(2023, 3, 11)


@pytest.mark.parametrize("text, pair", [
    ("Iran's Foreign Minister Hossein Amir-Abdollahian wrote on Twitter that the talks had gone well. Saudi Foreign "
     "Minister Prince Faisal bin Farhan said the kingdom preferred dialogue. He is expected to meet his Iranian "
     "counterpart before the embassies reopen.", ["Faisal bin Farhan", "Hossein Amir-Abdollahian"]),
    ("Russian Foreign Minister Sergei Lavrov said the talks were useful. Indian Foreign Minister S Jaishankar arrived "
     "in Moscow on Monday. He held talks with his Russian counterpart on Tuesday.", ["S. Jaishankar", "Sergey Lavrov"]),
])
def test_a_counterpart_is_the_person_of_that_office_named_before(read, text, pair):
    assert pair in parties(read(text)), parties(read(text))


def test_a_counterpart_of_an_office_nobody_holds_in_the_text_stays_the_country(read):
    extraction = read("Russian Defence Minister Sergei Shoigu said the drills were useful. Indian Foreign Minister S "
                      "Jaishankar arrived in Moscow on Monday. He held talks with his Russian counterpart on Tuesday.")
    assert ["Russia", "S. Jaishankar"] in parties(extraction), parties(extraction)


def test_an_invitation_to_visit_on_a_set_day_is_a_planned_visit_of_the_invited(read):
    extraction = read("Prime Minister Shehbaz Sharif invited Shavkat Mirziyoyev to visit Pakistan next year.")
    assert parties(extraction) == [["Pakistan", "Shavkat Mirziyoyev"]]
    assert [m.status for m in extraction.meetings] == ["planned"]


@pytest.mark.parametrize("text", [
    "Prime Minister Shehbaz Sharif invited Shavkat Mirziyoyev to visit Pakistan.",
    "Prime Minister Shehbaz Sharif invited Shavkat Mirziyoyev to visit Pakistan next year, but he declined.",
])
def test_an_invitation_with_no_day_or_turned_down_is_no_visit(read, text):
    assert not read(text).meetings, parties(read(text))
