"""The one place that loads spaCy models.

The statistical English model is preferred; an entity ruler fed by the gazetteer runs before its
NER so that checked names win over statistical guesses and carry their Wikidata ID as ``ent_id_``.
With no model installed the pipeline still runs (blank English + sentencizer + ruler), with a
warning: names from the gazetteer are still found, but parses, unknown names and events (read from
parses) are not.
"""
from __future__ import annotations

import logging
import re
import warnings
from functools import lru_cache

import spacy
from spacy.language import Language

from ..config import DEFAULT_MODELS
from ..gazetteer import GENERIC_ALIASES, Gazetteer, load as load_gazetteer
from .repair import repair_names
from .names import countries, demonym_forms, is_demonym, is_plain_name

log = logging.getLogger(__name__)

LABEL_OF_KIND = {"Person": "PERSON", "Organisation": "ORG", "Country": "GPE", "Place": "GPE"}


def _load_statistical(model: str) -> Language | None:
    names = (model,) if model else DEFAULT_MODELS
    for name in names:
        try:
            return spacy.load(name)
        except OSError:
            log.debug("spaCy model %s not installed", name)
    if model:
        warnings.warn(f"KG201 spaCy model {model!r} could not be loaded; using a blank English pipeline. "
                      "Install it (make install) or set KG_MODEL.", stacklevel=2)
    else:
        warnings.warn("KG201 no English spaCy model installed; using a blank English pipeline with the "
                      "gazetteer only (fewer facts). Run `make install` to install en_core_web_sm.", stacklevel=2)
    return None


def ruler_patterns(gazetteer: Gazetteer) -> list[dict]:
    """Phrase patterns for every actor-like gazetteer name, labelled and carrying the QID, and for the
    countries and capitals it lacks (unlinked), which the model misses when they are sentence subjects."""
    patterns = []
    for entry in gazetteer.entries:
        if entry.kind is None:
            continue
        for name in entry.names:
            if entry.kind == "Person" and name != entry.label and not is_plain_name(name):
                continue  # "EAM Jaishankar": the title is read as a role, the name by the bare alias
            if name.lower().startswith("the "):
                continue  # "the Taliban" would hide "Taliban government"; the article is no part of a name
            label = "NORP" if entry.kind == "Country" and is_demonym(name) else LABEL_OF_KIND[entry.kind]
            forms = demonym_forms(name) if label == "NORP" else {name, name.replace("'", "’")}
            for form in forms:
                patterns.append({"label": label, "pattern": form, "id": entry.qid})
    return patterns + _country_patterns({name for entry in gazetteer.entries for name in entry.names})


def _country_patterns(known: set[str]) -> list[dict]:
    """Unlinked patterns for the countries, demonyms and capitals of the data file that the gazetteer lacks; none
    for another name of a country the gazetteer deems too generic to tag alone ("America" of "South America", "Voice
    of America"), which is read as its country only where the model tags it alone."""
    patterns = []
    for country in countries():
        aliases = [alias for alias in country.aliases if alias not in GENERIC_ALIASES]
        forms = [("GPE", name) for name in (country.name, *aliases, *country.capitals)]
        forms += [("NORP", form) for demonym in country.demonyms for form in demonym_forms(demonym)]
        patterns += [{"label": label, "pattern": form} for label, form in forms if form not in known]
    return patterns


@Language.component("newskg_name_repair")
def name_repair(doc):
    """Repairs of name spans (see :mod:`kg.extract.repair`)."""
    return repair_names(doc)


_SENTENCE_END = frozenset({".", "!", "?", "…"})


@Language.component("newskg_no_split_after_brackets")
def no_split_after_brackets(doc):
    """No sentence starts right after a bracket that closes no sentence: the parser split
    "Inter-Services Intelligence (ISI) Lt Gen X met …" after "(ISI)", losing what X did."""
    for token in doc[2:]:
        if doc[token.i - 1].text == ")" and doc[token.i - 2].text not in _SENTENCE_END:
            token.is_sent_start = False
    return doc


_LETTER_AND_POINT = re.compile(r"[A-Z]\.")


@Language.component("newskg_hyphened_letter_point")
def hyphened_letter_point(doc):
    """"claimed by ISIS-K. It said": a letter hyphened to a name ("ISIS-K", "Plan-B") is no initial, so the point
    the tokeniser keeps with it ends the sentence; split off, the parser can end the sentence there."""
    points = [t for t in doc[2:] if _LETTER_AND_POINT.fullmatch(t.text) and doc[t.i - 1].text == "-"
              and not doc[t.i - 1].whitespace_ and not doc[t.i - 2].whitespace_]
    with doc.retokenize() as retokenizer:
        for token in points:
            retokenizer.split(token, [token.text[0], "."], heads=[token, token])
    return doc


@lru_cache(maxsize=2)
def load(model: str, gazetteer_path: str) -> Language:
    """The pipeline for ``model`` (empty: the default English model) with the gazetteer's ruler."""
    nlp = _load_statistical(model)
    if nlp is None:
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
    before = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    nlp.add_pipe("newskg_hyphened_letter_point", first=True)
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True}, **before)
    ruler.add_patterns(ruler_patterns(load_gazetteer(gazetteer_path)))
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("newskg_name_repair", after="ner")
    if has_parser(nlp):
        nlp.add_pipe("newskg_no_split_after_brackets", before="parser")
    return nlp


def has_parser(nlp: Language) -> bool:
    return "parser" in nlp.pipe_names
