"""Sentence boundaries inside names and titles: a wrong split cuts a meeting's or a statement's sentence in two.

The sentences are written for these tests (never copied from an evaluation article).
"""
from __future__ import annotations

import warnings

import pytest

from kg.config import load


@pytest.fixture(scope="module")
def sentences():
    """``sentences(text) -> [sentence text, …]`` as the extraction pipeline splits them."""
    from kg.extract import nlp as nlp_module
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # spaCy's model-version notes are not under test here
        nlp = nlp_module.load("", load().gazetteer)
    return lambda text: [sentence.text for sentence in nlp(text).sents]


def test_no_sentence_starts_after_a_bracketed_acronym_inside_a_title(sentences):
    assert sentences("The delegation included Inter-Services Intelligence (ISI) Lt Gen Faiz Hameed and two "
                     "other officials.") == ["The delegation included Inter-Services Intelligence (ISI) Lt Gen Faiz "
                                             "Hameed and two other officials."]


def test_a_bracket_closing_a_sentence_still_ends_it(sentences):
    assert sentences("The talks ended late. (The venue was not disclosed.) Officials said more talks would "
                     "follow.")[-1] == "Officials said more talks would follow."


def test_a_single_letter_ending_a_sentence_still_ends_it(sentences):
    assert sentences("The plan was drafted by Team B. It was rejected on Monday.") == [
        "The plan was drafted by Team B.", "It was rejected on Monday."]
