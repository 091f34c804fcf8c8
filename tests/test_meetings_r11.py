"""Meetings read on unseen text (round 11): the persons a meeting verb takes when the parser made them the subject
of a trailing attribution ("Rahmon met A and B, the press service said"), each person one spoke to or told ("spoke
to A and B"), and one person facing another named by office and name ("Iran's foreign minister X sat across a
table from Y"); on sentences written for these tests (never copied from the evaluation sets)."""
from __future__ import annotations

import functools
from datetime import date

import pytest

from meeting_views import met, parties

PUBLISHED = date(2024, 5, 20)


@pytest.fixture(scope="module")
def read(read_article):
    return functools.partial(read_article, published=PUBLISHED)


# --- "X met A and B, the press service said": A and B are whom X met, the service reports -----------------

@pytest.mark.parametrize("text, host, guests", [
    ("Tokayev hosted Iranian Foreign Minister Abbas Araghchi and Turkish Foreign Minister Hakan Fidan, the Akorda "
     "press service said.", "Kassym-Jomart Tokayev", ["Abbas Araghchi", "Hakan Fidan"]),
    ("Tokayev received Chinese Foreign Minister Wang Yi and Turkish Foreign Minister Hakan Fidan, the Akorda press "
     "service reported.", "Kassym-Jomart Tokayev", ["Wang Yi", "Hakan Fidan"]),
    ("Rahmon met Chinese Foreign Minister Wang Yi and Turkish Foreign Minister Hakan Fidan, the presidential press "
     "service reported.", "Emomali Rahmon", ["Wang Yi", "Hakan Fidan"]),
])
def test_persons_parsed_as_the_attributions_subject_are_met(read, text, host, guests):
    extraction = read(text)
    assert all(met(extraction, host, guest) for guest in guests)
    assert not any("Akorda" in group for group in parties(extraction))


@pytest.mark.parametrize("text", [
    "Tokayev hosted the annual investors' forum, the Akorda press service said.",
    "Tokayev received Kazakh Prime Minister Olzhas Bektenov and Kazakh Foreign Minister Murat Nurtleu, the Akorda "
    "press service said.",
    "Tokayev did not receive Chinese Foreign Minister Wang Yi and Turkish Foreign Minister Hakan Fidan, the Akorda "
    "press service said.",
])
def test_no_guest_or_one_governments_own_is_no_meeting(read, text):
    assert parties(read(text)) == []


# --- "spoke to A and B", "told A and B": a talk with each ---------------------------------------------------

@pytest.mark.parametrize("text, speaker, heard", [
    ("Putin spoke to Indian Prime Minister Narendra Modi and Chinese President Xi Jinping on Friday.",
     "Vladimir Putin", ["Narendra Modi", "Xi Jinping"]),
    ("Russian Foreign Minister Sergey Lavrov spoke to Chinese Foreign Minister Wang Yi and Turkish Foreign Minister "
     "Hakan Fidan on the sidelines.", "Sergey Lavrov", ["Wang Yi", "Hakan Fidan"]),
    ("Indian Prime Minister Narendra Modi told Russian President Vladimir Putin and Chinese President Xi Jinping in "
     "Samarkand that this was not an era of war.", "Narendra Modi", ["Vladimir Putin", "Xi Jinping"]),
])
def test_each_person_spoken_to_is_met(read, text, speaker, heard):
    extraction = read(text)
    assert all(met(extraction, speaker, person) for person in heard)


@pytest.mark.parametrize("text", [
    "Russian President Vladimir Putin spoke to Russian Defence Minister Andrei Belousov and Russian Foreign Minister "
    "Sergey Lavrov on Friday.",
    "Indian Prime Minister Narendra Modi told Russian President Vladimir Putin and Chinese President Xi Jinping in a "
    "letter that the summit was postponed.",
    "Putin spoke to reporters and students in Vladivostok on Friday.",
])
def test_one_governments_own_or_a_letter_is_no_talk(read, text):
    assert parties(read(text)) == []


# --- facing across a table: the subject named by office and name -------------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("Iran's foreign minister Abbas Araghchi sat across a table from Vladimir Putin in the Kremlin.",
     {"Abbas Araghchi", "Vladimir Putin"}),
    ("China's top diplomat Wang Yi sat opposite Sergey Lavrov at the guest house.", {"Wang Yi", "Sergey Lavrov"}),
])
def test_an_office_holder_facing_a_person_met_him(read, pair, text):
    assert met(read(text), *pair)


@pytest.mark.parametrize("text", [
    "Iran's foreign minister Abbas Araghchi sat across the aisle from Vladimir Putin at the concert.",
    "Iran's foreign minister Abbas Araghchi sat opposite the portrait of Ayatollah Khomeini.",
])
def test_an_office_holder_facing_no_person_at_a_table_met_none(read, text):
    assert parties(read(text)) == []
