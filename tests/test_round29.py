"""Round 29, on heldout-z's errors (read after its blind measurement): a photo's caption that closes with a "File
image:" credit and runs into the story's first paragraph on the next line is furniture, not the story."""
from __future__ import annotations

from datetime import date

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
