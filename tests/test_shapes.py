"""The SHACL shapes accept a well-formed article graph and name the rule that each broken variant breaks."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest
from pyshacl import validate
from pyshacl.entrypoints import meta_validate
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SH

from kg.namespaces import ACTION_TYPES, KG, MEETING_TYPES, sparql_prefixes
from kg.records import ACTION_KINDS, MEETING_KINDS, STATUSES

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = "https://w3id.org/newskg/id/article/fixture"

# One article as kg/graph.py writes it (docs/vocabulary.md). Offsets index into the body:
# sentences at 0-122, 123-184 and 185-254; "Sergey Lavrov" at 25-38, "Tajikistan" at 185-195.
VALID_ARTICLE = """
@prefix kg: <https://w3id.org/newskg/ontology#> .
@prefix action: <https://w3id.org/newskg/ontology/action-type/> .
@prefix meetingtype: <https://w3id.org/newskg/ontology/meeting-type/> .
@prefix schema: <https://schema.org/> .
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix article: <https://w3id.org/newskg/id/article/> .
@prefix actor: <https://w3id.org/newskg/id/actor/> .
@prefix place: <https://w3id.org/newskg/id/place/> .
@prefix role: <https://w3id.org/newskg/id/role/> .
@prefix mention: <https://w3id.org/newskg/id/mention/> .
@prefix event: <https://w3id.org/newskg/id/event/> .
@prefix occurrence: <https://w3id.org/newskg/id/occurrence/> .

article:fixture a kg:Article, schema:NewsArticle ;
    dcterms:identifier "fixture.txt" ;
    dcterms:title "Russia and India discuss Afghanistan" ;
    dcterms:date "2021-07-10"^^xsd:date ;
    kg:outlet "Example News" ;
    kg:sha256 "f16d05ec6b29248d2c61adb1e9263f78e4f7bace1b955014a2d17872cfe4064d" ;
    schema:articleBody "Russian Foreign Minister Sergey Lavrov held talks with India's External Affairs Minister S Jaishankar in Moscow on 9 July. Lavrov said, \u201cThe situation in Afghanistan is getting worse.\u201d Tajikistan mobilised 20,000 troops along its border with Afghanistan." ;
    dcterms:language "en" .

actor:Q58217 a kg:Actor, kg:Person ;
    rdfs:label "Sergey Lavrov" ; skos:altLabel "Lavrov" ; owl:sameAs wd:Q58217 ;
    kg:role role:russia-foreign-minister ; prov:wasDerivedFrom article:fixture .
role:russia-foreign-minister a kg:Role ;
    rdfs:label "Foreign Minister" ; kg:roleOf actor:Q159 ; kg:validAt "2021-07-10"^^xsd:date .
actor:Q16186720 a kg:Actor, kg:Person ;
    rdfs:label "S Jaishankar" ; owl:sameAs wd:Q16186720 ; prov:wasDerivedFrom article:fixture .
actor:Q159 a kg:Actor, kg:Country, kg:Place ;
    rdfs:label "Russia" ; owl:sameAs wd:Q159 ; prov:wasDerivedFrom article:fixture .
actor:Q863 a kg:Actor, kg:Country, kg:Place ;
    rdfs:label "Tajikistan" ; owl:sameAs wd:Q863 ; prov:wasDerivedFrom article:fixture .
actor:Q889 a kg:Actor, kg:Country, kg:Place ;
    rdfs:label "Afghanistan" ; owl:sameAs wd:Q889 ; prov:wasDerivedFrom article:fixture .
place:Q649 a kg:Place ;
    rdfs:label "Moscow" ; owl:sameAs wd:Q649 ; prov:wasDerivedFrom article:fixture .

mention:fixture-25-38 a kg:Mention ;
    kg:mentionOf actor:Q58217 ; kg:surfaceForm "Sergey Lavrov" ;
    kg:evidence "Russian Foreign Minister Sergey Lavrov held talks with India's External Affairs Minister S Jaishankar in Moscow on 9 July." ;
    prov:wasDerivedFrom article:fixture ; kg:startOffset 25 ; kg:endOffset 38 .
mention:fixture-185-195 a kg:Mention ;
    kg:mentionOf actor:Q863 ; kg:surfaceForm "Tajikistan" ;
    kg:evidence "Tajikistan mobilised 20,000 troops along its border with Afghanistan." ;
    prov:wasDerivedFrom article:fixture ; kg:startOffset 185 ; kg:endOffset 195 .

event:meeting a kg:Event, schema:Event, kg:Meeting ;
    rdfs:label "Talks between Sergey Lavrov and S Jaishankar" ;
    kg:evidence "Russian Foreign Minister Sergey Lavrov held talks with India's External Affairs Minister S Jaishankar in Moscow on 9 July." ;
    prov:wasDerivedFrom article:fixture ; kg:startOffset 0 ; kg:endOffset 122 ;
    kg:confidence "0.9"^^xsd:decimal ; kg:date "2021-07-09"^^xsd:date ; kg:dateText "on 9 July" ;
    kg:participant actor:Q58217, actor:Q16186720 ; kg:place place:Q649 ;
    kg:meetingType meetingtype:Talks ; kg:status "held" ;
    kg:reportOf occurrence:meeting .
occurrence:meeting a kg:Occurrence ;
    rdfs:label "Talks between Sergey Lavrov and S Jaishankar" ; kg:occurrenceOf kg:Meeting .

event:statement a kg:Event, schema:Event, kg:Statement ;
    rdfs:label "Sergey Lavrov on Afghanistan" ;
    kg:evidence "Lavrov said, \u201cThe situation in Afghanistan is getting worse.\u201d" ;
    prov:wasDerivedFrom article:fixture ; kg:startOffset 123 ; kg:endOffset 184 ;
    kg:confidence "1.0"^^xsd:decimal ;
    kg:speaker actor:Q58217 ; kg:quote "The situation in Afghanistan is getting worse." ;
    kg:statementMode "direct" ; kg:about actor:Q889 .

event:action a kg:Event, schema:Event, kg:MilitaryAction ;
    rdfs:label "Tajikistan mobilises troops" ;
    kg:evidence "Tajikistan mobilised 20,000 troops along its border with Afghanistan." ;
    prov:wasDerivedFrom article:fixture ; kg:startOffset 185 ; kg:endOffset 254 ;
    kg:confidence "0.8"^^xsd:decimal ;
    kg:actor actor:Q863 ; kg:actionType action:Mobilisation ; kg:place actor:Q863 ;
    kg:placeText "along its border with Afghanistan" ; kg:status "held" ;
    kg:quantity <https://w3id.org/newskg/id/event/action/quantity/1> .
<https://w3id.org/newskg/id/event/action/quantity/1> a kg:Quantity, schema:QuantitativeValue ;
    schema:value "20000"^^xsd:decimal ; schema:unitText "troops" ; rdfs:label "20,000 troops" .
"""

# Each breaks the valid article with one SPARQL Update; the report must give that rule's message.
LABEL = "An actor or place needs exactly one rdfs:label; other names go in skos:altLabel."
WIKIDATA_LINK = (
    "owl:sameAs links an actor or place to at most one Wikidata item, an IRI of the form "
    "http://www.wikidata.org/entity/Q…"
)
SPEAKER = "A statement needs exactly one speaker, an actor of the same article graph."
EVENT_DATE = "An event's kg:date is at most one valid xsd:date (YYYY-MM-DD); other wording goes in kg:dateText."
CHECKSUM = "An article needs exactly one kg:sha256 checksum of 64 lowercase hexadecimal digits."
START_OFFSET = "An event or mention needs exactly one kg:startOffset, an xsd:integer of at least 0."
REPORT_OF = "An event is kg:reportOf at most one kg:Occurrence, described in the same article graph."
BROKEN = [
    pytest.param(
        "DELETE DATA { event:meeting kg:participant actor:Q16186720 }",
        "A meeting needs at least two participants.",
        id="meeting-with-one-participant",
    ),
    pytest.param(
        "INSERT DATA { event:meeting kg:participant actor:nobody }",
        "A meeting's participants are actors of the same article graph.",
        id="participant-not-an-actor",
    ),
    pytest.param("DELETE DATA { event:statement kg:speaker actor:Q58217 }", SPEAKER, id="statement-without-speaker"),
    pytest.param("INSERT DATA { event:statement kg:speaker actor:Q16186720 }", SPEAKER, id="statement-two-speakers"),
    pytest.param(
        "DELETE WHERE { event:statement kg:quote ?quote }",
        "A statement needs exactly one kg:quote: what was said.",
        id="statement-without-quote",
    ),
    pytest.param(
        "DELETE WHERE { event:statement kg:evidence ?evidence }",
        "An event or mention needs exactly one kg:evidence: the sentence it was read from, verbatim.",
        id="statement-without-evidence",
    ),
    pytest.param(
        "DELETE DATA { event:statement kg:endOffset 184 } ; INSERT DATA { event:statement kg:endOffset 183 }",
        "An event's kg:evidence must be the article body between its kg:startOffset and kg:endOffset.",
        id="evidence-not-at-its-offsets",
    ),
    pytest.param(
        "DELETE DATA { event:action prov:wasDerivedFrom article:fixture }",
        "An event or mention needs prov:wasDerivedFrom exactly one kg:Article, the article of its graph.",
        id="event-without-article",
    ),
    pytest.param(
        "DELETE DATA { event:action a kg:MilitaryAction }",
        "An event is typed schema:Event and exactly one of kg:Meeting, kg:Statement or kg:MilitaryAction.",
        id="event-of-no-kind",
    ),
    pytest.param(
        "DELETE DATA { actor:Q58217 owl:sameAs wd:Q58217 } ;"
        " INSERT DATA { actor:Q58217 owl:sameAs <http://www.wikidata.org/wiki/Q7747> }",
        WIKIDATA_LINK,
        id="wikidata-page-instead-of-entity",
    ),
    pytest.param(
        'DELETE DATA { place:Q649 owl:sameAs wd:Q649 } ; INSERT DATA { place:Q649 owl:sameAs "Q649" }',
        WIKIDATA_LINK,
        id="wikidata-id-as-literal",
    ),
    pytest.param("DELETE WHERE { actor:Q16186720 rdfs:label ?label }", LABEL, id="actor-without-label"),
    pytest.param(
        "DELETE DATA { actor:Q159 a kg:Place }",
        "A country is typed kg:Actor and kg:Place as well.",
        id="country-not-typed-place",
    ),
    pytest.param(
        'DELETE WHERE { event:meeting kg:date ?date } ; INSERT DATA { event:meeting kg:date "5 July"^^xsd:string }',
        EVENT_DATE,
        id="date-in-words",
    ),
    pytest.param(
        'DELETE WHERE { event:meeting kg:date ?date } ; INSERT DATA { event:meeting kg:date "2021-07-5"^^xsd:date }',
        EVENT_DATE,
        id="date-malformed",
    ),
    pytest.param(
        "DELETE WHERE { event:action kg:actionType ?type } ; INSERT DATA { event:action kg:actionType action:Invasion }",
        "A military action needs exactly one kg:actionType: action:Mobilisation, Exercise, Capture, Deployment, "
        "Attack, Withdrawal or Other.",
        id="action-type-outside-the-scheme",
    ),
    pytest.param(
        "DELETE WHERE { event:meeting kg:meetingType ?type } ; INSERT DATA { event:meeting kg:meetingType action:Attack }",
        "A meeting needs exactly one kg:meetingType: meetingtype:Talks, Visit, PhoneCall, PressConference or Summit.",
        id="meeting-type-outside-the-scheme",
    ),
    pytest.param(
        'DELETE WHERE { event:meeting kg:status ?status } ; INSERT DATA { event:meeting kg:status "done" }',
        'A meeting or military action needs exactly one kg:status, "held" or "planned".',
        id="status-unknown",
    ),
    pytest.param(
        "DELETE WHERE { event:meeting kg:confidence ?c } ; INSERT DATA { event:meeting kg:confidence 1.5 }",
        "An event needs exactly one kg:confidence, an xsd:decimal from 0 to 1.",
        id="confidence-above-one",
    ),
    pytest.param("DELETE WHERE { article:fixture kg:sha256 ?sha }", CHECKSUM, id="article-without-checksum"),
    pytest.param(
        "DELETE WHERE { article:fixture kg:sha256 ?sha } ;"
        ' INSERT DATA { article:fixture kg:sha256 "F16D05EC6B29248D2C61ADB1E9263F78E4F7BACE1B955014A2D17872CFE4064D" }',
        CHECKSUM,
        id="checksum-in-capitals",
    ),
    pytest.param(
        "DELETE WHERE { article:fixture schema:articleBody ?body }",
        "An article needs exactly one schema:articleBody, the text that all offsets index into.",
        id="article-without-body",
    ),
    pytest.param(
        'DELETE WHERE { article:fixture dcterms:date ?date } ; INSERT DATA { article:fixture dcterms:date "10 July" }',
        "An article's publication date is at most one valid xsd:date (YYYY-MM-DD).",
        id="publication-date-as-text",
    ),
    pytest.param(
        "DELETE WHERE { mention:fixture-25-38 kg:startOffset ?start ; kg:endOffset ?end }",
        START_OFFSET,
        id="mention-without-offsets",
    ),
    pytest.param(
        "DELETE DATA { mention:fixture-25-38 kg:startOffset 25 } ;"
        " INSERT DATA { mention:fixture-25-38 kg:startOffset -1 }",
        START_OFFSET,
        id="mention-negative-offset",
    ),
    pytest.param(
        "DELETE DATA { mention:fixture-185-195 kg:startOffset 185 ; kg:endOffset 195 } ;"
        " INSERT DATA { mention:fixture-185-195 kg:startOffset 195 ; kg:endOffset 185 }",
        "kg:startOffset must be less than kg:endOffset.",
        id="mention-offsets-reversed",
    ),
    pytest.param(
        'DELETE DATA { mention:fixture-25-38 kg:surfaceForm "Sergey Lavrov" } ;'
        ' INSERT DATA { mention:fixture-25-38 kg:surfaceForm "Lavrov" }',
        "A mention's kg:surfaceForm must be the article body between its kg:startOffset and kg:endOffset.",
        id="mention-surface-form-off-its-offsets",
    ),
    pytest.param(
        "DELETE WHERE { mention:fixture-25-38 kg:mentionOf ?x }",
        "A mention needs exactly one kg:mentionOf, an actor or place of the same article graph.",
        id="mention-without-target",
    ),
    pytest.param(
        'DELETE WHERE { ?q schema:value ?v } ; INSERT { ?q schema:value "20,000" } WHERE { ?q a kg:Quantity }',
        "A quantity needs exactly one schema:value, an xsd:decimal.",
        id="quantity-as-text",
    ),
    pytest.param(
        "INSERT { ?q kg:outOf 28.0 } WHERE { ?q a kg:Quantity }",
        "A quantity's schema:value cannot exceed the whole it is kg:outOf.",
        id="part-larger-than-whole",
    ),
    pytest.param("DELETE DATA { occurrence:meeting a kg:Occurrence }", REPORT_OF, id="report-of-no-occurrence"),
    pytest.param(
        "INSERT DATA { event:meeting kg:reportOf occurrence:other . occurrence:other a kg:Occurrence ;"
        ' rdfs:label "Other" ; kg:occurrenceOf kg:Meeting }',
        REPORT_OF,
        id="report-of-two-occurrences",
    ),
    pytest.param(
        "DELETE WHERE { occurrence:meeting rdfs:label ?label }",
        "An occurrence needs exactly one rdfs:label.",
        id="occurrence-without-label",
    ),
    pytest.param(
        "DELETE DATA { occurrence:meeting kg:occurrenceOf kg:Meeting } ;"
        " INSERT DATA { occurrence:meeting kg:occurrenceOf kg:Article }",
        "An occurrence needs exactly one kg:occurrenceOf: kg:Meeting, kg:Statement or kg:MilitaryAction.",
        id="occurrence-of-no-event-kind",
    ),
]
UPDATE_PREFIXES = sparql_prefixes() + "".join(
    f"PREFIX {name}: <https://w3id.org/newskg/id/{name}/>\n"
    for name in ("article", "actor", "place", "mention", "event", "occurrence")
)


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(ROOT / "shapes" / "newskg-shapes.ttl")


def article_graph() -> Graph:
    return Graph(identifier=URIRef(ARTICLE)).parse(data=VALID_ARTICLE, format="turtle")


def messages(report: Graph) -> set[str]:
    return {str(message) for message in report.objects(None, SH.resultMessage)}


def test_shapes_are_valid_shacl(shapes):
    conforms, _, text = meta_validate(shapes)
    assert conforms, text


def test_valid_article_conforms(shapes):
    conforms, _, text = validate(article_graph(), shacl_graph=shapes, inference="none")
    assert conforms, text


@pytest.mark.parametrize(("update", "message"), BROKEN)
def test_broken_article_is_caught(shapes, update, message):
    graph = article_graph()
    graph.update(UPDATE_PREFIXES + update)
    conforms, report, text = validate(graph, shacl_graph=shapes, inference="none")
    assert not conforms
    assert message in messages(report), text


@pytest.mark.parametrize(
    ("path", "allowed"),
    [
        (KG.actionType, {ACTION_TYPES[name] for name in ACTION_KINDS}),
        (KG.meetingType, {MEETING_TYPES[name] for name in MEETING_KINDS}),
        (KG.status, {Literal(status) for status in STATUSES}),
    ],
    ids=["actionType", "meetingType", "status"],
)
def test_allowed_values_match_the_records(shapes, path, allowed):
    """sh:in lists repeat the extractor's kinds; this keeps the two from drifting apart."""
    lists = [shapes.value(shape, SH["in"]) for shape in shapes.subjects(SH.path, path)]
    assert lists
    for values in lists:
        assert set(shapes.items(values)) == allowed


# What each competency query answers on the valid article: one dict per row, of some of its columns.
ANSWERS = {
    "who-met-whom": [{"participant1": "S Jaishankar", "participant2": "Sergey Lavrov", "place": "Moscow",
                      "date": "2021-07-09", "meetingType": "Talks"}],
    "what-did-lavrov-say-about-afghanistan": [{"speaker": "Sergey Lavrov",
                                               "quote": "The situation in Afghanistan is getting worse."}],
    "military-actions-near-tajik-afghan-border": [{"actor": "Tajikistan", "actionType": "Mobilisation",
                                                   "placeText": "along its border with Afghanistan"}],
    "statements-by-speaker": [{"speaker": "Sergey Lavrov", "statements": "1"}],
    "actors-linked-to-wikidata": [{"label": label} for label in
                                  ("Afghanistan", "Russia", "Tajikistan", "S Jaishankar", "Sergey Lavrov")],
    "military-actions-by-actor": [{"actor": "Tajikistan", "actionType": "Mobilisation", "actions": "1"}],
    "articles": [{"title": "Russia and India discuss Afghanistan", "events": "3", "meetings": "1",
                  "statements": "1", "militaryActions": "1"}],
    "events-corroborated-by-two-outlets": [],  # one article corroborates nothing, not even itself
    "where-sources-disagree": [],
}


@pytest.fixture(scope="module")
def article_store() -> pyoxigraph.Store:
    store = pyoxigraph.Store()
    store.load(VALID_ARTICLE.encode(), pyoxigraph.RdfFormat.TURTLE, to_graph=pyoxigraph.NamedNode(ARTICLE))
    return store


@pytest.mark.parametrize(("name", "expected"), ANSWERS.items(), ids=list(ANSWERS))
def test_competency_question_answers_on_the_valid_article(article_store, name, expected):
    """The queries use the vocabulary the shapes check, over the union of article graphs as served."""
    query = (ROOT / "queries" / f"{name}.rq").read_text(encoding="utf-8")
    rows = list(article_store.query(query, use_default_graph_as_union=True))
    assert len(rows) == len(expected)
    assert [{column: row[column].value for column in wanted} for row, wanted in zip(rows, expected)] == expected
