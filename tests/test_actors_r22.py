"""A spokesperson's title that the model runs into the name after it ("Spokesperson Asim Iftikhar Ahmad:", tagged
as one organisation) is a title and a person, as "NSA Moeed Yusuf" is, so a briefing transcript's later
"Spokesperson:" turns have someone to speak for; a title with a body's word after it ("Spokesperson Office") stays
what the model read.

The texts are written for these tests; the names are made up. Facts are read with the configured
``min_confidence``.
"""
from __future__ import annotations

from datetime import date

from actor_views import kinds
from statement_views import said

PUBLISHED = date(2021, 12, 16)

BRIEFING = """Transcript of the Weekly Press Briefing by the Spokesperson

Spokesperson Asim Iftikhar Ahmad: Assalam-o-Alaikum. Pakistan will host a session of the council in Islamabad on 19 December.

Spokesperson: The Foreign Minister spoke by telephone yesterday with his Iranian counterpart about the session.

Question: Will the delegation from Kabul attend the session next week?

Spokesperson: Yes. The delegation will be led by the acting foreign minister, and the arrangements are complete.

Question: Is the timing of the session deliberate?

Spokesperson: I will not comment on the scheduling of other countries. All invited states have confirmed.
"""


def test_a_spokespersons_title_run_into_his_name_is_a_person(read):
    found = kinds(read(BRIEFING))
    assert found.get("Asim Iftikhar Ahmad") == "Person"
    assert "Spokesperson Asim Iftikhar Ahmad" not in found


def test_the_briefings_spokesperson_turns_are_his(read):
    answers = [quote for speaker, quote in said(read(BRIEFING)) if speaker == "Asim Iftikhar Ahmad"]
    assert len(answers) >= 2


def test_a_spokespersons_title_before_a_bodys_word_is_no_person(read):
    found = kinds(read("Spokesperson Office said the minister would travel to Kabul on Monday."))
    assert "Office" not in found and not [label for label, kind in found.items() if kind == "Person"]
