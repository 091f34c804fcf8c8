"""An outlet whose title opens with a capitalised "The" ("told The News", "told The Statesman") is the outlet a
source told something, as a one-word title the model leaves untagged is ("told Kommersant"): the model tags
neither, and "The" made the name a phrase the one-word rule did not read. A place after "told" ("told The Hague
court") is no outlet, and persons told something are tagged as persons.

The texts are written for these tests; the names are made up. Facts are read with the configured
``min_confidence``.
"""
from __future__ import annotations

from datetime import date

import pytest

from actor_views import kinds

PUBLISHED = date(2022, 11, 3)


@pytest.mark.parametrize("text, outlet", [
    ("Deputy Commissioner Karim Zehri told The News that shells had landed in the village.", "News"),
    ("Suhail Rahimi, who heads the group's office in Doha, told The Statesman on Monday that India had been assured "
     "of security.", "Statesman"),
])
def test_an_outlet_titled_the_that_a_source_tells_is_an_organisation(read, text, outlet):
    assert kinds(read(text)).get(outlet) == "Organisation"


@pytest.mark.parametrize("text", [
    "The minister told The Hague court that the case had no merit.",
    "Officials told The minister's aides that the convoy had left Kabul.",
])
def test_no_outlet_where_the_told_name_is_a_place_or_no_title(read, text):
    assert not [label for label, kind in kinds(read(text)).items() if kind == "Organisation"]
