"""Statements read on unseen text (round 12): a person named after an office and its place, which the parser runs
into one phrase ("the Chinese foreign ministry's special envoy for Afghanistan Yue Xiaoyong told …"), speaks; and
"he said" after such a sentence is that person; on sentences written for these tests."""
from __future__ import annotations

import functools
from datetime import date

import pytest

PUBLISHED = date(2023, 3, 14)


@pytest.fixture(scope="module")
def read(read_article):
    return functools.partial(read_article, published=PUBLISHED)


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
