"""Actors read on unseen text (round 12b): a name the model tagged as a body or a person is a place where the words
around it say so (a route, a dam, a corridor, an annexed territory; "in" or "at" before an unknown name); a prefix,
a caption's credit and a weapon's model are no names, and a host's label is no part of one; on
sentences written for these tests. The model's tags vary with the sentence, so the rules are tested on the span the
model might tag, given its tag here."""
from __future__ import annotations

import warnings

import pytest
from spacy.tokens import Span

from kg.config import load
from kg.extract.actor_kinds import junk, kind_by_words_or_place, located, place_by_context, weapon
from kg.extract.names import clean_name


@pytest.fixture(scope="module")
def nlp():
    from kg.extract import nlp as nlp_module
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return nlp_module.load("", load().gazetteer)


def span(nlp, text: str, name: str, label: str) -> Span:
    """The words ``name`` of ``text``, tagged ``label`` whatever the model tagged."""
    doc = nlp.make_doc(text)
    start = text.index(name)
    char_span = doc.char_span(start, start + len(name))
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return Span(doc, char_span.start, char_span.end, label=label)


@pytest.mark.parametrize("text, name", [
    ("Engineers from both sides will inspect the Sarband dam next month.", "Sarband"),
    ("Baku and Yerevan remain divided over the Tashkend corridor, officials said.", "Tashkend"),
    ("Kyrgyzstan has refused to recognise the annexation of Zarafshan by its neighbour.", "Zarafshan"),
    ("Few countries accept the occupation of Gulistan by the rebels.", "Gulistan"),
])
def test_a_dam_a_corridor_or_an_annexed_territory_is_a_place(nlp, text, name):
    assert place_by_context(span(nlp, text, name, "ORG"))


@pytest.mark.parametrize("text, name", [
    ("The Sarband Company will inspect the dam next month.", "Sarband Company"),
    ("The annexation committee of Gulistan met on Monday.", "Gulistan"),
])
def test_a_body_beside_such_words_is_no_place_by_them(nlp, text, name):
    assert not place_by_context(span(nlp, text, name, "ORG"))


def test_the_way_goods_go_is_a_place_unless_a_firm_carries_them(nlp):
    route = span(nlp, "The ministers discussed trade through Kamarkhan and visas for drivers.", "Kamarkhan", "ORG")
    assert kind_by_words_or_place(route, "Kamarkhan", "Organisation") == "Place"
    firm = span(nlp, "Kazakhstan exports its oil via the Caspian Pipeline Consortium, officials said.",
                "Caspian Pipeline Consortium", "ORG")
    assert kind_by_words_or_place(firm, "Caspian Pipeline Consortium", "Organisation") == "Organisation"


@pytest.mark.parametrize("text, name, where", [
    ("Gunmen attacked a police post in Qila Saifullah Khan on Monday, killing two officers.", "Qila Saifullah Khan",
     True),
    ("The defence minister received his guest at Sardar Bhawan on Thursday.", "Sardar Bhawan", True),
    ("The protesters shouted at Karim Saidov as he left the court.", "Karim Saidov", False),
    ("Few voters still have confidence in Karim Saidov, a poll found.", "Karim Saidov", False),
    ("The minister met Karim Saidov in Dushanbe on Monday.", "Karim Saidov", False),
])
def test_an_unknown_name_after_in_or_at_says_where(nlp, text, name, where):
    assert located(span(nlp, text, name, "PERSON")) is where


@pytest.mark.parametrize("text, name, is_junk", [
    ("Anti-Kremlin channels on Telegram have shared the footage widely.", "Anti", True),
    ("Leaders pose for a photo in Astana on Friday. [Photo/Kazinform]", "Photo/Kazinform]", True),
    ("Pro Bono Watch, a legal charity, filed the complaint.", "Pro Bono Watch", False),
])
def test_a_glued_prefix_or_a_bracketed_credit_is_no_name(nlp, text, name, is_junk):
    assert junk(span(nlp, text, name, "ORG")) is is_junk


@pytest.mark.parametrize("text, name, is_weapon", [
    ("The army said it had shot down a Shahed drone over the port.", "Shahed", True),
    ("Officials said the Karakum missile was tested in the desert on Monday.", "Karakum", True),
    ("The Pakistan Army drone unit was moved north.", "Pakistan Army", False),
])
def test_a_name_before_a_weapon_is_its_model(nlp, text, name, is_weapon):
    assert weapon(span(nlp, text, name, "ORG")) is is_weapon


def test_a_host_is_no_part_of_the_name_after_it():
    assert clean_name("Host Karim Saidov") == "Karim Saidov"
    assert clean_name("Karim Saidov") == "Karim Saidov"
