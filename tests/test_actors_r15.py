"""Round 15's speaker rules, each a phenomenon of news English with texts that must and must not fire: a surname
that opens a sentence (tagged as a common noun) is the person named before with it; a transcript's turn labelled
with an office ("SPOKESPERSON:") is the person the article gives that office; a label that opens several
paragraphs is a speaker's turns though no question comes before the first; a question label carries an aside in
brackets ("Question (Radio Vltava):"); an office set off by a comma before the speaker's name in a label names no
one of its own; a ministry named without its country is the one of that function named with its country before it,
not after.

The texts are written for these tests; the names are made up. Facts are read with the configured
``min_confidence``.
"""
from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2024, 5, 14)


def said(extraction) -> list[tuple[str, str]]:
    labels = {actor.key: actor.label for actor in extraction.actors}
    return [(labels[s.speaker], s.evidence.sentence) for s in extraction.statements]


def met(extraction) -> list[set[str]]:
    labels = {actor.key: actor.label for actor in extraction.actors}
    return [{labels[p] for p in m.participants} for m in extraction.meetings]


# --- a surname opening a sentence, which the parser took for a common noun --------------------------------------------
# "Raisi" is a surname the model's parser takes for a common noun when it opens a sentence.
def test_surname_opening_a_sentence_meets(read):
    extraction = read("Iranian Foreign Minister Aziz Raisi and Georgian Prime Minister Levan Beridze arrived in "
                      "Tbilisi on Monday. Raisi is due to hold talks with Beridze on Tuesday.")
    assert {"Aziz Raisi", "Levan Beridze"} in met(extraction)


def test_surname_opening_a_sentence_speaks(read):
    extraction = read("Iran's foreign minister, Aziz Raisi, visited Dhaka on Monday. Raisi described the visit as "
                      "\"a new chapter\" and said trade would grow.")
    assert any(speaker == "Aziz Raisi" and evidence.startswith("Raisi described")
               for speaker, evidence in said(extraction))


@pytest.mark.parametrize("text, person", [
    ("Senator Tom Price spoke in Ohio on Monday. Prices rose sharply, analysts said.", "Tom Price"),
    ("Interior Minister Karim Haidari spoke in Herat. Officials said the road was closed.", "Karim Haidari"),
    ("Brigadier Hari Thapa visited the border post. Troops said the crossing was calm.", "Hari Thapa"),
])
def test_common_noun_opening_a_sentence_is_no_surname(read, text, person):
    assert not any(speaker == person for speaker, _ in said(read(text)))
