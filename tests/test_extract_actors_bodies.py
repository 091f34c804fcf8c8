"""Actors: a country's bodies and forces, named in the several ways news English names them.

The sentences are written for these tests (never copied from an evaluation article); the countries are real
(a body is recognised through its country), the rest is made up.
"""
from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2022, 3, 9)


def forces_of(extraction, country: str) -> list:
    return [a for a in extraction.actors if a.kind == "Organisation" and a.label.endswith(f" of {country}")
            and a.label.startswith(("Army of", "Armed Forces of"))]


@pytest.mark.parametrize("text", [
    "Chile's army moved two brigades north. Chile's military said the move was routine.",
    "The Chilean military put its units on alert, and the Chilean Army cancelled all leave.",
])
def test_a_countrys_army_and_military_are_one_actor(read, text):
    assert len(forces_of(read(text), "Chile")) == 1


@pytest.mark.parametrize("text, name", [
    ("Soldiers stayed in the Dapchor plains and the Sarlung plains all winter.", "Sarlung"),
    ("They had withdrawn tanks from the north and south banks of Tso Kargyal.", "Tso Kargyal"),
    ("Militants struck a bus near Sukkur's main airport on Monday.", "Sukkur"),
], ids=["plains", "banks-of", "possessor-of-an-airport"])
def test_a_place_named_by_its_landform_is_no_actor(read, text, name):
    assert name not in {a.label for a in read(text).actors if a.kind != "Place"}


@pytest.mark.parametrize("text, name", [
    ("The ministry said the offensive, codenamed Tor Ghar Sarak, had ended.", "Tor Ghar Sarak"),
    ("In June, the government launched a new campaign, Operation Sarhad Mehfooz, against militants.",
     "Operation Sarhad Mehfooz"),
], ids=["codenamed", "operation"])
def test_the_name_of_a_military_operation_is_no_actor(read, text, name):
    assert name not in {a.label for a in read(text).actors}


def test_an_exercise_named_before_a_hyphenated_kind_is_no_actor(read):
    assert "PACIFICO" not in {a.label for a in read("Chile and Peru agreed to hold the next PACIFICO tri-service "
                                                   "exercise in May.").actors}


def test_a_name_that_is_told_something_is_no_place(read):
    text = ("ASTANA, May 3, 2022, Asia-Kaz -- The ministers met on Monday.\n\n"
            "A source in the ministry told Asia-Kaz that the talks would resume.")
    assert {a.label: a.kind for a in read(text).actors}.get("Asia-Kaz") == "Organisation"


def test_a_name_a_report_is_credited_to_is_an_outlet_whatever_its_tag():
    import spacy
    from spacy.tokens import Doc

    from kg.extract.actor_occurrences import _untagged_outlets
    words = ["The", "deal", "was", "signed", ",", "according", "to", "Qalampress", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 3, 3, 3, 3, 3, 5, 6, 3],
              deps=["det", "nsubjpass", "auxpass", "ROOT", "punct", "prep", "prep", "pobj", "punct"],
              pos=["DET", "NOUN", "AUX", "VERB", "PUNCT", "VERB", "ADP", "PROPN", "PUNCT"],
              ents=["O"] * 7 + ["B-WORK_OF_ART", "O"])
    assert [span.text for span in _untagged_outlets(doc[:])] == ["Qalampress"]


@pytest.mark.parametrize("text", [
    "Chile's foreign ministry summoned the envoy. The Foreign Office said the talks were postponed.",
    "The Kazakh Foreign Office said on Monday that it had summoned the Chilean envoy.",
])
def test_a_foreign_office_is_its_countrys_foreign_ministry(read, text):
    found = [a.label for a in read(text).actors if a.kind == "Organisation"]
    assert len(found) == 1 and found[0].startswith("Ministry of Foreign Affairs of ")


@pytest.mark.parametrize("text, name", [
    ("Ministers co-chaired the India-Chile Inter-Governmental Commission on Trade and Economic Cooperation on "
     "Friday.", "India-Chile Inter-Governmental Commission on Trade and Economic Cooperation"),
    ("A spokesman for the IRGC's Ground Force Command said the drills had ended.", "Ground Force Command"),
    ("A US State Department spokesperson said the waiver was still under review.", "US State Department"),
], ids=["two-countries-body", "owner-acronym", "country-and-department"])
def test_the_name_of_a_body_is_as_long_as_the_body(read, text, name):
    assert name in {a.label for a in read(text).actors}


@pytest.mark.parametrize("text, mention", [
    ("Sharif held talks with the envoy, the Kazakh prime minister's office said.", "Kazakh prime minister's office"),
], ids=["prime-ministers-office"])
def test_the_office_that_speaks_for_a_leader_is_an_organisation(read, text, mention):
    extraction = read(text)
    assert mention in {m.text for a in extraction.actors if a.kind == "Organisation" for m in a.mentions}
    assert {s.speaker for s in extraction.statements} == \
        {a.key for a in extraction.actors if mention in {m.text for m in a.mentions}}
