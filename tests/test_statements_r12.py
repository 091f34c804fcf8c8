"""Statements read on unseen text (round 12): a person named after an office and its place, which the parser runs
into one phrase ("the Chinese foreign ministry's special envoy for Afghanistan Yue Xiaoyong told …"), speaks, and
"he said" after such a sentence is that person; "the Deputy Prime Minister" is the deputy named with both his offices
("Deputy Prime Minister and Foreign Minister X"), never the Prime Minister; on sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2023, 3, 14)


def speakers(extraction, words: str) -> list[str]:
    return [extraction.actor(s.speaker).label for s in extraction.statements if words in s.evidence.sentence]


@pytest.mark.parametrize("text, speaker", [
    ("Chinese Foreign Minister Qin Gang opened the meeting in Samarkand.\n\nOn the sidelines, the Chinese foreign "
     "ministry's special envoy for Afghanistan Yue Xiaoyong told Xinhua that aid would continue. \"We will not "
     "abandon the Afghan people,\" he said.", "Yue Xiaoyong"),
    ("Pakistani Foreign Minister Bilawal Bhutto Zardari arrived in Moscow on Monday.\n\nLater, Pakistan's special "
     "representative for Afghanistan Asif Durrani told reporters that the border would stay open. \"Trade must "
     "go on,\" he said.", "Asif Durrani"),
])
def test_an_envoy_for_a_place_named_in_one_phrase_speaks(read, text, speaker):
    extraction = read(text)
    assert speakers(extraction, "told") == [speaker]
    assert speakers(extraction, "he said") == [speaker]


# --- "the Deputy Prime Minister": the deputy the article named, never the Prime Minister -------------------

DEPUTY = ("ASTANA: Deputy Prime Minister and Foreign Minister Mukhtar Tileuberdi received the Turkish ambassador on "
          "Monday. Prime Minister Alikhan Smailov chaired the government session the same day.\n\n"
          "The Deputy Prime Minister later told reporters that the rail corridor to Turkey would open in 2026.\n\n"
          "The Prime Minister said the budget would be revised in June.\n")


def test_a_deputy_described_is_the_deputy_named(read):
    extraction = read(DEPUTY)
    assert speakers(extraction, "The Deputy Prime Minister later told") == ["Mukhtar Tileuberdi"]
    assert speakers(extraction, "The Prime Minister said") == ["Alikhan Smailov"]


def test_a_deputy_never_named_is_nobody(read):
    extraction = read("Prime Minister Alikhan Smailov chaired the government session on Monday.\n\nThe Deputy Prime "
                      "Minister later told reporters that the rail corridor to Turkey would open in 2026.\n")
    assert speakers(extraction, "The Deputy Prime Minister later told") == []
