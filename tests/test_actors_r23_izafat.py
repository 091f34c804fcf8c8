"""A given name joined by the Arabic article ("Anwaar-ul-Haq", "Fazl-ur-Rehman", "Nizam-ud-Din") and the capitalised
words after it are one person's name, which the model cuts into a body and leftovers where no title stands before
it ("the caretaker prime minister, X, ..."). A body's name so joined ("Hizb-ut-Tahrir", "Tehreek-e-Insaf") stays a
body's, and a place's ("Dar-ul-Aman") is no person.

The texts are written for these tests; the names are made up."""
from __future__ import annotations

from datetime import date

import pytest

from actor_views import kinds

PUBLISHED = date(2024, 1, 20)


@pytest.mark.parametrize("text, person", [
    ("Pakistan's caretaker prime minister, Zafar-ul-Haq Mengal, cut short a visit to Davos on Thursday.",
     "Zafar-ul-Haq Mengal"),
    ("Zafar-ul-Haq Mengal met the Iranian envoy in Islamabad on Friday.", "Zafar-ul-Haq Mengal"),
    ("The interior minister, Fazl-ur-Rehman Baloch, said the border would stay closed.", "Fazl-ur-Rehman Baloch"),
    ("Talks were led by Nizam-ud-Din Qureshi, a retired diplomat.", "Nizam-ud-Din Qureshi"),
])
def test_a_name_joined_by_the_arabic_article_is_a_person(read, text, person):
    extraction = read(text)
    assert kinds(extraction).get(person) == "Person", kinds(extraction)
    assert not any(kind == "Organisation" and label in person for label, kind in kinds(extraction).items())


@pytest.mark.parametrize("text, name", [
    ("Police in Kabul said they had sealed off the Dar-ul-Aman palace on Monday.", "Dar-ul-Aman"),
    ("Members of Lashkar-e-Taiba attacked the post on Monday.", "Lashkar-e-Taiba"),
])
def test_no_person_for_a_place_or_a_body_so_joined(read, text, name):
    extraction = read(text)
    assert not any(kind == "Person" and name in label for label, kind in kinds(extraction).items()), kinds(extraction)


def test_the_person_speaks(read):
    extraction = read("Zafar-ul-Haq Mengal, the caretaker prime minister, said on Friday that Pakistan wanted calm.")
    assert {extraction.actor(s.speaker).label for s in extraction.statements} == {"Zafar-ul-Haq Mengal"}
