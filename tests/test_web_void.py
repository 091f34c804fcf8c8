"""``/.well-known/void`` over real HTTP: the counts are the store's, the links work, conneg works."""
from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
import requests
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS
from rdflib.compare import to_isomorphic

from kg.export import dump_files
from kg.namespaces import KG, PROV, SCHEMA, VOID, WD

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's JSON-LD parser
DATASET = URIRef("https://w3id.org/newskg/void#dataset")


def void_graph(base_url: str, accept: str = "text/turtle", rdflib_format: str = "turtle") -> Graph:
    response = requests.get(base_url + "/.well-known/void", headers={"Accept": accept}, timeout=10)
    assert response.status_code == 200, response.text
    assert response.headers["Content-Type"].startswith(accept)
    assert "Accept" in response.headers["Vary"]
    return Graph().parse(data=response.text, format=rdflib_format)


def count(graph: Graph, subject, predicate) -> int:
    return graph.value(subject, predicate).toPython()


def union(articles: dict[str, Graph]) -> Graph:
    graph = Graph()
    for article in articles.values():
        graph += article
    return graph


def test_turtle_by_default(live_server):
    response = requests.get(live_server + "/.well-known/void", timeout=10)
    assert response.headers["Content-Type"].startswith("text/turtle")
    assert (DATASET, RDF.type, VOID.Dataset) in Graph().parse(data=response.text, format="turtle")


@pytest.mark.parametrize(("accept", "rdflib_format"), [
    ("application/n-triples", "nt"), ("application/ld+json", "json-ld"), ("application/rdf+xml", "xml"),
])
def test_other_formats_say_the_same(live_server, accept, rdflib_format):
    """Blank nodes aside (partitions), the same graph: compared by isomorphism."""
    assert to_isomorphic(void_graph(live_server, accept, rdflib_format)) == to_isomorphic(void_graph(live_server))


def test_unacceptable_format_is_406(live_server):
    response = requests.get(live_server + "/.well-known/void", headers={"Accept": "image/png"}, timeout=10)
    assert response.status_code == 406 and response.json()["error"]["code"] == "KG406"


def test_counts_are_the_stores(live_server, small_articles):
    graph, data = void_graph(live_server), union(small_articles)
    assert count(graph, DATASET, VOID.triples) == len(data)
    assert count(graph, DATASET, VOID.documents) == 2
    subjects = {s for s in data.subjects() if str(s).startswith("https://w3id.org/newskg/id/")}
    assert count(graph, DATASET, VOID.entities) == len(subjects)
    assert count(graph, DATASET, VOID.distinctSubjects) == len(set(data.subjects()))
    assert count(graph, DATASET, VOID.distinctObjects) == len(set(data.objects()))
    assert count(graph, DATASET, VOID.properties) == len(set(data.predicates()))


def test_class_and_property_partitions(live_server, small_articles):
    graph, data = void_graph(live_server), union(small_articles)
    classes = {graph.value(p, VOID["class"]): count(graph, p, VOID.entities)
               for p in graph.objects(DATASET, VOID.classPartition)}
    assert classes == {c: len(set(data.subjects(RDF.type, c))) for c in set(data.objects(None, RDF.type))}
    assert classes[KG.Person] == 2 and classes[KG.Meeting] == 1
    properties = {graph.value(p, VOID.property): count(graph, p, VOID.triples)
                  for p in graph.objects(DATASET, VOID.propertyPartition)}
    assert properties == {p: len(list(data.triples((None, p, None)))) for p in set(data.predicates())}


def test_vocabularies(live_server):
    vocabularies = set(void_graph(live_server).objects(DATASET, VOID.vocabulary))
    expected = {KG, SCHEMA, PROV, DCTERMS, OWL, RDFS, RDF}
    assert {URIRef(str(ns)) for ns in expected} <= vocabularies
    assert URIRef(str(WD)) not in vocabularies and URIRef(str(SKOS)) not in vocabularies  # not used in the data


def test_wikidata_linkset(live_server, small_articles):
    graph = void_graph(live_server)
    (linkset,) = graph.subjects(RDF.type, VOID.Linkset)
    assert (DATASET, VOID.subset, linkset) in graph
    assert graph.value(linkset, VOID.linkPredicate) == OWL.sameAs
    assert graph.value(linkset, VOID.subjectsTarget) == DATASET
    wikidata = graph.value(linkset, VOID.objectsTarget)
    assert (wikidata, RDF.type, VOID.Dataset) in graph
    assert graph.value(wikidata, VOID.uriSpace) == Literal(str(WD))
    links = {(s, o) for s, o in union(small_articles).subject_objects(OWL.sameAs) if str(o).startswith(str(WD))}
    assert count(graph, linkset, VOID.triples) == len(links) == 2


def test_endpoint_and_every_dump_are_linked_and_work(live_server):
    graph = void_graph(live_server)
    endpoint = graph.value(DATASET, VOID.sparqlEndpoint)
    assert endpoint == URIRef(live_server + "/sparql")
    answer = requests.get(str(endpoint), params={"query": "ASK { ?s ?p ?o }"}, timeout=10)
    assert answer.json()["boolean"] is True
    dumps = {str(url) for url in graph.objects(DATASET, VOID.dataDump)}
    assert dumps == {f"{live_server}/dumps/{name}" for name in dump_files()}
    for url in dumps:
        assert requests.head(url, timeout=10).status_code == 200, url
    assert graph.value(DATASET, VOID.uriSpace) == Literal("https://w3id.org/newskg/id/")
    for example in graph.objects(DATASET, VOID.exampleResource):
        local = str(example).replace("https://w3id.org/newskg/", live_server + "/")
        assert requests.get(local, timeout=10).status_code == 200


def test_void_at_the_dataset_iri(live_server):
    """``<base>void#dataset`` dereferences: ``/void`` serves the same description."""
    assert to_isomorphic(Graph().parse(data=requests.get(live_server + "/void", timeout=10).text, format="turtle")) \
        == to_isomorphic(void_graph(live_server))


def test_void_follows_the_store(live_server, small_store):
    before = count(void_graph(live_server), DATASET, VOID.triples)
    small_store.oxigraph.add(ox.Quad(ox.NamedNode("https://w3id.org/newskg/id/actor/extra"),
                                     ox.NamedNode(str(RDFS.label)), ox.Literal("Extra"),
                                     ox.NamedNode("https://w3id.org/newskg/id/article/extra")))
    graph = void_graph(live_server)
    assert count(graph, DATASET, VOID.triples) == before + 1 and count(graph, DATASET, VOID.documents) == 3


def test_jsonld_void_is_compact(live_server):
    document = requests.get(live_server + "/.well-known/void", headers={"Accept": "application/ld+json"}, timeout=10).json()
    assert document["@context"]["void"] == str(VOID)
    assert any(node.get("@id") == str(DATASET) and "void:triples" in node for node in document["@graph"])
    assert json.dumps(document)  # plain JSON
