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
    """The words ``name`` of ``text``, tagged ``label`` and the one name tagged, whatever the model tagged."""
    doc = nlp.make_doc(text)
    start = text.index(name)
    char_span = doc.char_span(start, start + len(name))
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    tagged = Span(doc, char_span.start, char_span.end, label=label)
    doc.ents = [tagged]
    return tagged


@pytest.mark.parametrize("text, name", [
    ("Engineers from both sides will inspect the Sarband dam next month.", "Sarband"),
    ("Baku and Yerevan remain divided over the Tashkend corridor, officials said.", "Tashkend"),
    ("Kyrgyzstan has refused to recognise the annexation of Zarafshan by its neighbour.", "Zarafshan"),
    ("Few countries accept the occupation of Gulistan by the rebels.", "Gulistan"),
])
def test_a_dam_a_corridor_or_an_annexed_territory_is_a_place(nlp, text, name):
    assert place_by_context(span(nlp, text, name, "ORG"))


@pytest.mark.parametrize("text, name", [
    ("A Sarband Dam Authority official said the gates would stay shut.", "Sarband"),
    ("The Tashkend Corridor Company said tolls would rise in May.", "Tashkend"),
    ("The Vakhsh Energy Company's dam was damaged by the floods.", "Vakhsh Energy Company"),
])
def test_a_body_named_by_such_words_is_no_place_by_them(nlp, text, name):
    assert not place_by_context(span(nlp, text, name, "ORG"))


@pytest.mark.parametrize("text, name, kind", [
    ("The ministers discussed trade through Kamarkhan and visas for drivers.", "Kamarkhan", "Place"),
    ("Lorries carrying cotton will pass through Kamarkhan from June.", "Kamarkhan", "Place"),
    ("Kazakhstan exports its oil via the Caspian Pipeline Consortium, officials said.", "Caspian Pipeline Consortium",
     "Organisation"),
    ("Moscow will finance the new reactor through Atomstroy, the energy minister said.", "Atomstroy", "Organisation"),
    ("The two leaders spoke via Zvonok on Tuesday, the Kremlin said.", "Zvonok", "Organisation"),
])
def test_the_way_goods_go_is_a_place_unless_a_firm_does_the_work(nlp, text, name, kind):
    assert kind_by_words_or_place(span(nlp, text, name, "ORG"), name, "Organisation") == kind


@pytest.mark.parametrize("text, name, where", [
    ("Gunmen attacked a police post in Qila Saifullah Khan on Monday, killing two officers.", "Qila Saifullah Khan",
     True),
    ("The defence minister received his guest at Sardar Bhawan on Thursday.", "Sardar Bhawan", True),
    ("The brawl took place at Dunglang Tso, a ridge close to the border.", "Dunglang Tso", True),
    ("The protesters shouted at Karim Saidov as he left the court.", "Karim Saidov", False),
    ("Few voters still have confidence in Karim Saidov, a poll found.", "Karim Saidov", False),
    ("Uzbek opposition leader Anvar Tursunov lashed out at Rustam Aliyev on Friday.", "Rustam Aliyev", False),
    ("The minister fired back at Rustam Aliyev in a televised address.", "Rustam Aliyev", False),
    ("The party chairman hit out at Rustam Aliyev over the budget.", "Rustam Aliyev", False),
    ("In her speech the senator took a dig at Rustam Aliyev.", "Rustam Aliyev", False),
    ("Most of the criticism was directed at Rustam Aliyev, aides said.", "Rustam Aliyev", False),
    ("The general found a loyal ally in Rustam Aliyev.", "Rustam Aliyev", False),
    ("Lukashenko hosted Mirziyoyev at the Akorda on Friday.", "Akorda", False),
])
def test_an_unknown_name_after_in_or_at_says_where(nlp, text, name, where):
    assert located(span(nlp, text, name, "PERSON")) is where


@pytest.mark.parametrize("rule, text, name, is_no_actor", [
    (junk, "Anti-Kremlin channels on Telegram have shared the footage widely.", "Anti", True),
    (junk, "Leaders pose for a photo in Astana on Friday. [Photo/Kazinform]", "Photo/Kazinform]", True),
    (junk, "Pro Bono Watch, a legal charity, filed the complaint.", "Pro Bono Watch", False),
    (weapon, "The army said it had shot down a Shahed drone over the port.", "Shahed", True),
    (weapon, "Officials said the Karakum missile was tested in the desert on Monday.", "Karakum", True),
    (weapon, "The Pakistan Army drone unit was moved north.", "Pakistan Army", False),
])
def test_a_glued_prefix_a_bracketed_credit_or_a_weapons_model_is_no_name(nlp, rule, text, name, is_no_actor):
    assert rule(span(nlp, text, name, "ORG")) is is_no_actor


def test_a_host_is_no_part_of_the_name_after_it():
    assert clean_name("Host Karim Saidov") == "Karim Saidov"
    assert clean_name("Karim Saidov") == "Karim Saidov"
