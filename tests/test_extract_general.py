"""Phenomena met on articles from other outlets, one test each, on sentences written for these tests.

Like ``test_extract_hard.py``: the names and wording are new (never copied from an evaluation article),
and facts are read with the configured ``min_confidence``, the threshold ``kg build`` applies.
"""
from __future__ import annotations

import warnings
from datetime import date

import pytest
from rdflib import URIRef

from kg import config
from kg import gazetteer as gazetteer_module
from kg.extract import extract
from kg.extract import nlp as nlp_module
from kg.graph import to_graph
from kg.namespaces import KG
from kg.records import Article, Extraction

PUBLISHED = date(2022, 3, 9)


@pytest.fixture(scope="module")
def read():
    settings = config.load()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        nlp = nlp_module.load("", settings.gazetteer)
    gazetteer = gazetteer_module.load(settings.gazetteer)

    def read_text(text: str) -> Extraction:
        article = Article(identity="general.txt", text=text, published=PUBLISHED)
        return extract(article, nlp, gazetteer, settings.min_confidence)

    return read_text


def label(extraction: Extraction, key: str | None) -> str | None:
    return extraction.actor(key).label if key else None


def actions(extraction: Extraction) -> list[tuple[str, str | None, str | None]]:
    return sorted((a.kind, label(extraction, a.actor), label(extraction, a.place))
                  for a in extraction.military_actions)


# -- military actions -------------------------------------------------------------------------------------

def test_two_attacks_of_one_group_in_one_sentence_are_two_events_with_two_iris(read):
    extraction = read("The Islamic State claimed the bombing of a mosque in Kunduz and a similar attack "
                      "in Kandahar a week later.")
    assert actions(extraction) == [("Attack", "Islamic State of Iraq and the Levant", "Kandahar"),
                                   ("Attack", "Islamic State of Iraq and the Levant", "Kunduz")]
    graph = to_graph(extraction, "https://w3id.org/newskg/")
    assert len(set(graph.subjects(KG.actor, None))) == 2
    assert to_graph(extraction, "https://w3id.org/newskg/").isomorphic(graph)  # deterministic


def test_one_action_told_twice_in_a_sentence_stays_one(read):
    extraction = read("Units of the Russian military base in Tajikistan have arrived at the Lyaur training "
                      "ground near the border.")
    assert [a for a in actions(extraction) if a[1] == "Russia"] == [("Deployment", "Russia", "Tajikistan")]
