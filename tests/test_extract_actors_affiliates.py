"""A branch named through its parent is an actor of its own; the parent stays an actor of the article.

The sentences are written for these tests (never copied from an evaluation article); the groups are made up
except the parent, which must be a linked name.
"""
from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2022, 3, 9)
ISIL = "Q2429253"


@pytest.mark.parametrize("text, branch", [
    ("The Islamic State's Sahel affiliate, known as ISS-S, claimed the ambush on the convoy.", "ISS-S"),
    ("Channels linked to the Islamic State's Sinai branch (IS-S) said its fighters fired the rockets.", "IS-S"),
    ("In Mali, the local affiliate of the Islamic State group, IS-M, has claimed two raids on army posts.", "IS-M"),
])
def test_a_branch_named_through_its_parent_is_its_own_name_and_claims(read, text, branch):
    extraction = read(text)
    actors = {a.key: a for a in extraction.actors}
    (actor,) = [a for a in actors.values() if a.label == branch or branch in a.aliases]
    assert actor.kind == "Organisation" and actor.qid is None
    assert any(a.qid == ISIL for a in actors.values())  # the parent stays, implied by the branch's name
    assert [actors[s.speaker].label for s in extraction.statements if s.speaker in actors] in ([], [actor.label])


def test_a_branch_without_a_name_of_its_own_is_named_by_its_words(read):
    labels = {a.label for a in read("The Islamic State's Sahel branch claimed the attack on Friday.").actors}
    assert "Sahel branch" in labels and "Sahel" not in labels


@pytest.mark.parametrize("text", [
    "The hospital opened a new wing for children last spring.",
    "The army's media wing said two soldiers were wounded.",
])
def test_a_wing_of_no_named_organisation_is_no_branch(read, text):
    assert not [a for a in read(text).actors if "wing" in a.label.lower()]


def test_a_branch_defined_by_a_hyphenated_acronym_is_one_organisation(read):
    extraction = read("The bombing was claimed by Islamic State Sahel (IS-S), the regional affiliate of the "
                      "Islamic State group.")
    assert "Islamic State Sahel" in {a.label for a in extraction.actors}
    assert "Sahel" not in {a.label for a in extraction.actors}
    assert not [a for a in extraction.actors if "affiliate" in a.label]
