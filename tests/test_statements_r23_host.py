"""A broadcast transcript: the one a label calls the host ("SARAH MILLER, HOST:", then "MILLER:") asks; none of the
host's turns is a statement, the news the host reads included (the outlet tells it, as an article's narration does),
and the guest's turns stay the guest's. A turn that only greets or thanks ("Good morning, Sarah.", "Thank you.")
says nothing, whoever speaks it.

The transcript is written for these tests; the names are made up."""
from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2021, 8, 13)
TRANSCRIPT = """Rebels take the second city as the army rushes troops north
Heard on Morning Report
Sarah Miller

Transcript

SARAH MILLER, HOST: This is Morning Report, and I am Sarah Miller. Rebels now hold the country's second city. The defence ministry says 2,000 troops are moving \
north to retake it. To talk about this we're joined by Jonas Brandt, who studies the region at a university in \
Vienna. Good morning.

JONAS BRANDT: Good morning, Sarah.

MILLER: How did the city fall so fast?

BRANDT: It was negotiated as much as fought. The governor left by plane, and local elders arranged the handover.

MILLER: Two thousand troops is a lot.

BRANDT: It is, and it shows how worried the capital is. The army has not been resupplied in weeks.

MILLER: Jonas Brandt, thank you.

BRANDT: Thank you.
"""


def _turns(read):
    extraction = read(TRANSCRIPT)
    labels = {a.key: a.label for a in extraction.actors}
    return [(labels[s.speaker], s.evidence.sentence) for s in extraction.statements]


def test_no_turn_of_the_host_is_a_statement(read):
    turns = _turns(read)
    assert not [t for t in turns if t[1].startswith(("SARAH MILLER", "MILLER:")) or t[0] == "Sarah Miller"], turns


def test_the_guest_s_answers_are_his_statements(read):
    answers = [evidence for speaker, evidence in _turns(read) if speaker == "Jonas Brandt"]
    assert any(e.startswith("BRANDT: It was negotiated") for e in answers), answers
    assert any(e.startswith("BRANDT: It is, and it shows") for e in answers), answers


@pytest.mark.parametrize("turn", ["JONAS BRANDT: Good morning, Sarah.", "BRANDT: Thank you.",
                                  "MILLER: Jonas Brandt, thank you."])
def test_a_greeting_or_thanks_is_no_statement(read, turn):
    assert not [t for t in _turns(read) if t[1] == turn]
