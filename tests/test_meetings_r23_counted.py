"""Persons counted, not named, as those one met or spoke with ("spoke with both leaders by phone", "met the two
presidents", "held phone talks with both leaders"): one encounter with each of the persons just named, as "spoke to
both leaders" already was. A phone or a call is how they spoke, not an encounter of its own; a letter is none.

The texts are written for these tests; the names are made up or real leaders in made-up sentences."""
from __future__ import annotations

from datetime import date

import pytest

from meeting_views import met, parties

PUBLISHED = date(2022, 9, 20)
BEFORE = ("Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev traded blame over the "
          "shelling on Tuesday. ")


@pytest.mark.parametrize("after", [
    "Kazakh President Kassym-Jomart Tokayev spoke with both leaders by phone, his office said.",
    "Kazakh President Kassym-Jomart Tokayev also spoke with the two leaders on Wednesday.",
    "Kazakh President Kassym-Jomart Tokayev spoke to both leaders in a phone call on Wednesday.",
    "Kazakh President Kassym-Jomart Tokayev held phone talks with both leaders on Wednesday.",
    "Kazakh President Kassym-Jomart Tokayev met both leaders separately in Astana on Thursday.",
    "Kazakh President Kassym-Jomart Tokayev later held separate meetings with the two leaders.",
])
def test_persons_counted_as_those_met_are_met_each(read, after):
    extraction = read(BEFORE + after)
    assert met(extraction, "Kassym-Jomart Tokayev", "Nikol Pashinyan"), parties(extraction)
    assert met(extraction, "Kassym-Jomart Tokayev", "Ilham Aliyev"), parties(extraction)


@pytest.mark.parametrize("after", [
    # words that did not need them to talk
    "Kazakh President Kassym-Jomart Tokayev wrote to both leaders in a letter on Wednesday.",
    "Kazakh President Kassym-Jomart Tokayev spoke to both leaders in a video message on Wednesday.",
])
def test_no_encounter_with_persons_counted_by_letter(read, after):
    extraction = read(BEFORE + after)
    assert not any("Kassym-Jomart Tokayev" in group for group in parties(extraction)), parties(extraction)


@pytest.mark.parametrize("text", [
    # nobody counted was named before
    "Kazakh President Kassym-Jomart Tokayev spoke with both leaders by phone on Wednesday.",
    # a meeting he chaired with his own officers, counted: no talk with each of the persons named before
    "Armenian Prime Minister Nikol Pashinyan, Azerbaijani President Ilham Aliyev and Turkish President Recep Tayyip "
    "Erdogan traded blame on Monday. On Tuesday, Kazakh President Kassym-Jomart Tokayev, who had chaired a meeting "
    "with the three service chiefs, said the army was ready.",
])
def test_no_talk_with_each_of_persons_counted_never_named_or_in_a_meeting_chaired(read, text):
    extraction = read(text)
    groups = parties(extraction)
    assert not any("Kassym-Jomart Tokayev" in group for group in groups if len(group) == 2), groups

