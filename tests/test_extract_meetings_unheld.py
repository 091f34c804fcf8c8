"""What is no meeting (an encounter denied, asked about, on a condition, only invited to) beside the held or
planned one it resembles, and the status of a summit told by who will attend it. Sentences written for these
tests (never copied from the evaluation sets)."""
from __future__ import annotations

from datetime import date

import pytest

from meeting_views import parties

PUBLISHED = date(2024, 11, 20)
ERDOGAN, PUTIN = "Turkish President Recep Tayyip Erdogan", "Russian President Vladimir Putin"
FIDAN, LAVROV = "Turkish Foreign Minister Hakan Fidan", "Russian Foreign Minister Sergei Lavrov"


@pytest.mark.parametrize("text", [
    f"However, there has been no announcement of a summit between {ERDOGAN} and {PUTIN} this year.",
    f"Asked about talks with Iranian Foreign Minister Hossein Amir-Abdollahian, {FIDAN} said no such contact "
    "was planned.",
    f"If {PUTIN} meets {ERDOGAN}, the two leaders would discuss the grain deal.",
    f"{ERDOGAN} will meet {PUTIN} only if the grain corridor reopens, a spokesman said.",
    f"{ERDOGAN} has invited {PUTIN} to visit Turkey, but no date has been set.",
    f"{FIDAN} said he had not spoken to {LAVROV} since March.",
    f"{FIDAN} rejected {LAVROV}'s offer of talks in Moscow.",
], ids=["no-announcement-of", "asked-about-denied", "if-clause", "only-if", "invited", "not-spoken", "offer-rejected"])
def test_an_encounter_denied_asked_about_conditional_or_invited_is_no_meeting(read, text):
    assert parties(read(text)) == []


@pytest.mark.parametrize("text", [
    f"There was no sign of progress at the talks between {FIDAN} and {LAVROV} in Moscow on Monday.",
    f"{FIDAN} met {LAVROV} in Antalya on Monday. Asked about the talks, Fidan said they had been constructive.",
    f"{ERDOGAN} met {PUTIN} in Sochi on Friday, weeks after Putin had refused to meet him.",
    f"{ERDOGAN} received a phone call from {PUTIN} on Friday evening.",
    f"{FIDAN} met {LAVROV} on the sidelines of the G20 meeting in Rio de Janeiro on Tuesday.",
], ids=["no-progress-at-held-talks", "asked-about-held-talks", "after-a-refusal", "received-a-call", "sidelines"])
def test_a_held_encounter_beside_a_negation_stays_a_meeting(read, text):
    assert len(parties(read(text))) == 1


def test_a_summit_that_leaders_are_expected_to_attend_is_planned(read):
    extraction = read("The talks come a week before the summit of the Collective Security Treaty Organization in "
                      f"Astana, which {PUTIN} and Kazakh President Kassym-Jomart Tokayev are expected to attend.")
    assert [m.status for m in extraction.meetings] == ["planned"]


def test_a_summit_that_leaders_attended_was_held(read):
    extraction = read("The talks came a week after the summit of the Collective Security Treaty Organization in "
                      f"Astana, which {PUTIN} and Kazakh President Kassym-Jomart Tokayev attended.")
    assert [m.status for m in extraction.meetings] == ["held"]


def test_a_meeting_said_to_be_possible_is_no_meeting(read):
    assert parties(read(f"A meeting between Ukrainian President Volodymyr Zelensky and {PUTIN} is possible only after "
                        "a ceasefire, the Kremlin said.")) == []


def test_who_criticised_talks_between_two_others_is_no_party_to_them(read):
    extraction = read("Indian External Affairs Minister S. Jaishankar criticised the talks between Chinese Foreign "
                      "Minister Wang Yi and Pakistani Foreign Minister Ishaq Dar.")
    assert parties(extraction) == [["Ishaq Dar", "Wang Yi"]]


@pytest.mark.parametrize("text", [
    f"No details of the talks between {FIDAN} and {LAVROV} in Moscow on Tuesday were released.",
    f"{ERDOGAN} met {PUTIN} in Sochi on Monday, even if no deal on the grain corridor was signed.",
    f"{ERDOGAN} met {PUTIN} in Sochi on Monday as if nothing had happened between them.",
    f"Asked about his talks with {LAVROV} in Moscow on Tuesday, {FIDAN} said Washington should not interfere.",
], ids=["no-details-of-held-talks", "even-if", "as-if", "asked-about-held-talks"])
def test_a_held_meeting_is_not_denied_by_words_that_deny_something_else(read, text):
    assert len(parties(read(text))) == 1


def test_two_who_spoke_to_reporters_on_the_sidelines_held_no_talks(read):
    extraction = read(f"{FIDAN} and {LAVROV} spoke to reporters on the sidelines of the summit in Kazan.")
    assert [m.kind for m in extraction.meetings] == ["Summit"]  # the summit they attended, no talks of theirs
