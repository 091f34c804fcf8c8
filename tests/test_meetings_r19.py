"""Meetings read on unseen text (round 19), on sentences written for these tests (never copied from the evaluation
sets), more that must not fire than must: a phone call quoted in the first person."""
from __future__ import annotations

from datetime import date

import pytest

from meeting_views import met, parties

PUBLISHED = date(2024, 5, 14)


# --- 'A said: "I spoke to B by phone"': the speaker's own call ------------------------------------------------------

@pytest.mark.parametrize("text, speaker, other", [
    ('Modi said: "I spoke to Vladimir Putin by phone last night about the grain corridor."',
     "Narendra Modi", "Vladimir Putin"),
    ('"I spoke to Xi Jinping on the phone on Sunday and we agreed to keep in touch," Putin told reporters.',
     "Vladimir Putin", "Xi Jinping"),
])
def test_a_call_the_speaker_quotes_is_his(read, text, speaker, other):
    assert met(read(text), speaker, other)


@pytest.mark.parametrize("text", [
    'Modi said: "I spoke to reporters in Delhi about Vladimir Putin\'s proposal this morning."',
    'Modi said: "I have never spoken to Vladimir Putin about this matter, whatever the press claims."',
    'Modi said: "My wife spoke to Vladimir Putin\'s wife by phone yesterday about the charity gala."',
    'Modi said: "He spoke to Vladimir Putin by phone last night, and I was not told of it."',
    'Modi said: "I spoke to my foreign minister S. Jaishankar by phone after the summit."',
])
def test_no_call_of_the_speaker_when_he_spoke_to_no_counterpart(read, text):
    assert parties(read(text)) == []
