"""A council named by title words alone ("the Security Council", "Iran's Supreme National Security Council", "the
National Security Council") is a body, though each of its words may open an office ("National Security Adviser",
"Supreme Leader"): the body's word at its end says so. Title words with no body's word stay an office, no actor.

The texts are written for these tests; the names are made up. Facts are read with the configured
``min_confidence``.
"""
from __future__ import annotations

from datetime import date

import pytest

from actor_views import kinds

PUBLISHED = date(2022, 1, 12)


@pytest.mark.parametrize("text, council", [
    ("The president took over the chairmanship of the Security Council from his predecessor on Wednesday.",
     "Security Council"),
    ("The talks were led by Hassan Ravani, secretary of Iran's Supreme National Security Council.",
     "Supreme National Security Council"),
    ("The Supreme National Security Council of Iran met on Sunday to discuss the border.",
     "Supreme National Security Council"),
    ("The National Security Council will meet in Islamabad on Friday to review the situation on the border.",
     "National Security Council"),
])
def test_title_words_ending_in_a_council_name_a_body(read, text, council):
    assert kinds(read(text)).get(council) == "Organisation"


@pytest.mark.parametrize("text", [
    "National Security Adviser Karim Ravani will travel to Dushanbe on Monday.",
    "The Deputy Foreign Minister arrived in Tashkent on Monday for consultations.",
])
def test_title_words_without_a_bodys_word_are_no_body(read, text):
    assert not [label for label, kind in kinds(read(text)).items() if kind == "Organisation"]


@pytest.mark.parametrize("text", [
    "The Kyrgyz delegation was led by Security Council Secretary Marat Imankulov.",
    "Tajikistan sent its Security Council secretary to the conference in Delhi.",
])
def test_a_council_of_no_country_named_only_for_an_office_is_no_actor(read, text):
    assert "Security Council" not in kinds(read(text))


@pytest.mark.parametrize("text, council", [
    ("Russian Security Council Secretary Nikolai Patrushev arrived in Delhi on Tuesday.",
     "Security Council of the Russian Federation"),
    ("Iran's Supreme National Security Council Secretary Rear Admiral Ali Shamkhani said the crisis could end.",
     "Supreme National Security Council"),
])
def test_a_council_of_a_named_country_before_an_office_stays(read, text, council):
    assert council in kinds(read(text))


@pytest.mark.parametrize("text, body", [
    ("Kyrgyzstan closed the border on Monday. The president chaired an emergency meeting of the country's Security "
     "Council in Bishkek.", "Security Council of Kyrgyzstan"),
    ("Kazakhstan will send a unit to the border, the country's Defence Ministry said on Monday.",
     "Ministry of Defence of Kazakhstan"),
    ("Tajikistan will hold drills near the border, its Security Council said on Friday.",
     "Security Council of Tajikistan"),
])
def test_the_countrys_body_is_that_of_the_country_just_named(read, text, body):
    assert kinds(read(text)).get(body) == "Organisation"
