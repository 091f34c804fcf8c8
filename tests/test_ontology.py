"""The ontology and the shipped queries keep to the contract in docs/vocabulary.md and kg/records.py."""
from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg.namespaces import ACTION_TYPES, KG, MEETING_TYPES, SCHEMA
from kg.records import ACTION_KINDS, MEETING_KINDS

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY_IRI = URIRef("https://w3id.org/newskg/ontology")
OUR_NAMESPACE = str(ONTOLOGY_IRI)  # also the prefix of the two concept schemes

CLASSES = (
    "Actor", "Person", "Organisation", "Country", "NewsOutlet", "Place", "Article",
    "Event", "Meeting", "Statement", "MilitaryAction", "Mention", "Role", "Quantity", "Occurrence",
)
SUBCLASS_AXIOMS = (
    (KG.Person, KG.Actor), (KG.Organisation, KG.Actor), (KG.Country, KG.Actor), (KG.Country, KG.Place),
    (KG.NewsOutlet, KG.Organisation), (KG.Meeting, KG.Event), (KG.Statement, KG.Event),
    (KG.MilitaryAction, KG.Event), (KG.Article, SCHEMA.NewsArticle), (KG.Event, SCHEMA.Event),
    (KG.Quantity, SCHEMA.QuantitativeValue), (KG.Occurrence, SCHEMA.Event),
)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ROOT / "ontology" / "newskg.ttl")


def vocabulary_terms() -> set[str]:
    """Every kg: local name docs/vocabulary.md uses, so the ontology cannot fall behind the contract."""
    text = (ROOT / "docs" / "vocabulary.md").read_text(encoding="utf-8")
    return set(re.findall(r"\bkg:([A-Za-z]\w*)", text))


def test_header(ontology):
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(ONTOLOGY_IRI, OWL.versionInfo) == Literal("0.1.0")
    for term in ("title", "description", "license"):
        assert ontology.value(ONTOLOGY_IRI, URIRef(f"http://purl.org/dc/terms/{term}")) is not None, term


def test_every_term_is_labelled_and_explained(ontology):
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, SKOS.Concept, SKOS.ConceptScheme)
    terms = {
        term
        for kind in kinds
        for term in ontology.subjects(RDF.type, kind)
        if isinstance(term, URIRef) and str(term).startswith(OUR_NAMESPACE)
    }
    assert len(terms) > 40
    unlabelled = sorted(t for t in terms if not (ontology.value(t, RDFS.label) or ontology.value(t, SKOS.prefLabel)))
    unexplained = sorted(
        t for t in terms if not (ontology.value(t, RDFS.comment) or ontology.value(t, SKOS.definition))
    )
    assert unlabelled == []
    assert unexplained == []


@pytest.mark.parametrize("name", CLASSES)
def test_contract_class_exists(ontology, name):
    assert (KG[name], RDF.type, OWL.Class) in ontology


@pytest.mark.parametrize("name", sorted(vocabulary_terms()))
def test_every_vocabulary_term_is_declared(ontology, name):
    kind = OWL.Class if name[0].isupper() else None
    declared = set(ontology.objects(KG[name], RDF.type))
    if kind:
        assert kind in declared
    else:
        assert declared & {OWL.ObjectProperty, OWL.DatatypeProperty}, f"kg:{name} is not a declared property"
        assert ontology.value(KG[name], RDFS.domain) is not None, f"kg:{name} has no rdfs:domain"


@pytest.mark.parametrize(("sub", "sup"), SUBCLASS_AXIOMS, ids=lambda iri: iri.fragment or iri.rsplit("/", 1)[-1])
def test_subclass_axiom(ontology, sub, sup):
    assert (sub, RDFS.subClassOf, sup) in ontology


@pytest.mark.parametrize(
    ("scheme", "names"), [(ACTION_TYPES, ACTION_KINDS), (MEETING_TYPES, MEETING_KINDS)], ids=["action", "meeting"]
)
def test_concept_schemes_match_the_records(ontology, scheme, names):
    """The extractor's kinds and the schemes' concepts are one list: a new kind needs a concept."""
    scheme_iri = URIRef(str(scheme))
    assert (scheme_iri, RDF.type, SKOS.ConceptScheme) in ontology
    concepts = set(ontology.subjects(SKOS.inScheme, scheme_iri))
    assert concepts == {scheme[name] for name in names}
    for concept in concepts:
        assert (concept, RDF.type, SKOS.Concept) in ontology


def test_an_occurrence_is_reported_by_events_and_is_no_event_itself(ontology):
    """One real-world event (kg:Occurrence) has reports (kg:Event nodes of articles); no class refines it."""
    assert ontology.value(KG.reportOf, RDFS.domain) == KG.Event
    assert ontology.value(KG.reportOf, RDFS.range) == KG.Occurrence
    assert ontology.value(KG.occurrenceOf, RDFS.domain) == KG.Occurrence
    assert (KG.Occurrence, OWL.disjointWith, KG.Event) in ontology
    assert list(ontology.subjects(RDFS.subClassOf, KG.Occurrence)) == []


QUERIES = sorted((ROOT / "queries").glob("*.rq"))


def test_the_competency_questions_are_shipped():
    names = {path.stem for path in QUERIES}
    assert {
        "who-met-whom", "what-did-lavrov-say-about-afghanistan", "military-actions-near-tajik-afghan-border",
        "statements-by-speaker", "actors-linked-to-wikidata", "military-actions-by-actor", "articles",
        "events-corroborated-by-two-outlets", "where-sources-disagree", "reported-on-a-day-about-another-day",
    } <= names


@pytest.mark.parametrize("path", QUERIES, ids=lambda path: path.stem)
def test_query_states_its_question_and_parses(path):
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Question: ")
    pyoxigraph.Store().query(text)
