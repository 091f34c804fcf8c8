"""Round 29, on heldout-z's errors (read after its blind measurement): a photo's caption that closes with a "File
image:" credit and runs into the story's first paragraph on the next line is furniture, not the story; a place after a
preposition left without its object ("in Ukraine Russian forces launched …", no comma) is no owner of the forces; and
(read on heldout-x) "its military" after a sentence whose subject a state owns ("Pakistan's answer came within 48
hours") is that state's."""
from __future__ import annotations

from datetime import date

import pytest

from military_views import agents

PUBLISHED = date(2021, 10, 22)

_STORY = "Russian troops held drills at the Harb-Maidon range in Tajikistan on Monday."


def _evidence(extraction) -> list[str]:
    return [a.evidence.sentence for a in extraction.military_actions]


def test_a_caption_with_a_file_image_credit_yields_nothing(read):
    evidence = _evidence(read("Russian and Tajik troops drill at the Harb-Maidon range in Khatlon. File image: Russian "
                              "Defence Ministry\n" + _STORY))
    assert evidence == [_STORY], evidence


def test_a_story_line_that_names_a_file_image_stays(read):
    evidence = _evidence(read("Russian and Tajik troops drilled at the Harb-Maidon range in Khatlon on Monday, and the "
                              "ministry released a file image: tanks firing at targets.\n" + _STORY))
    assert any(sentence.startswith("Russian and Tajik troops drilled") for sentence in evidence), evidence


@pytest.mark.parametrize("text", [
    "Meanwhile, in Ukraine Russian forces launched more than 500 drones and missiles at Ukrainian cities overnight.",
    "In eastern Ukraine, Russian forces shelled Kharkiv on Monday.",
])
def test_a_place_the_parser_gave_to_the_forces_after_it_is_not_their_owner(read, text):
    assert agents(read(text)) == [("Attack", "Russia")], agents(read(text))


def test_its_forces_after_a_subject_a_state_owns_are_that_state_s(read):
    extraction = read("Pakistan's answer came within 48 hours. On 18 January, its military struck what it described "
                      "as hideouts of the Balochistan Liberation Army near Saravan in Iran.")
    assert ("Attack", "Pakistan") in agents(extraction), agents(extraction)


def test_its_forces_after_two_states_stay_open(read):
    extraction = read("Turkey's drones reached Ukraine in March. On Monday, its military struck a depot near Kherson.")
    assert ("Attack", "Turkey") not in agents(extraction), agents(extraction)
