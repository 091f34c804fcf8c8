"""The SPARQL endpoint and the pages, over real HTTP (waitress on a free port, see conftest.py).

Answers are parsed back (json, ElementTree, csv, rdflib) and compared as values or triples,
never as serialised strings.
"""
from __future__ import annotations

import csv
import io
import json
import time
import xml.etree.ElementTree as ET

import pyoxigraph as ox
import pytest
import requests
from rdflib import Graph, Literal, URIRef
from rdflib.compare import to_isomorphic
from rdflib.namespace import OWL, RDF, RDFS
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import JSON, SPARQLWrapper
from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header

from kg.config import load
from kg.namespaces import KGS, SD, VOID
from kg.store import Store
from kg.web import create_app
from kg.web.sparql import negotiate, uses_keyword

MEETING_ARTICLE = "https://w3id.org/newskg/id/article/jaishankar-meets-lavrov"
STATEMENT_ARTICLE = "https://w3id.org/newskg/id/article/lavrov-on-afghanistan"
LABELS = "SELECT DISTINCT ?label WHERE { ?x a <https://w3id.org/newskg/ontology#Person> ; <http://www.w3.org/2000/01/rdf-schema#label> ?label }"
PERSONS = {"S. Jaishankar", "Sergey Lavrov"}
SOURCES = "SELECT DISTINCT ?article WHERE { ?x <http://www.w3.org/ns/prov#wasDerivedFrom> ?article }"
GRAPH_SIZES = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
SPARQL_RESULTS = "{http://www.w3.org/2005/sparql-results#}"


def select(base_url: str, query: str, **params) -> list[dict[str, str]]:
    """Rows of a SELECT as {variable: value}, via GET and SPARQL JSON."""
    response = requests.get(base_url + "/sparql", params={"query": query, **params}, timeout=10)
    assert response.status_code == 200, response.text
    bindings = response.json()["results"]["bindings"]
    return [{name: term["value"] for name, term in row.items()} for row in bindings]


def construct_graph(base_url: str, article: str, accept: str | None = None, **params) -> requests.Response:
    query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{article}> {{ ?s ?p ?o }} }}"
    headers = {"Accept": accept} if accept else {}
    return requests.get(base_url + "/sparql", params={"query": query, **params}, headers=headers, timeout=10)


def assert_error(response: requests.Response, status: int, contains: str = "") -> dict:
    """The one error shape: {"error": {"code", "status", "message"}}."""
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert set(error) == {"code", "status", "message"}
    assert error["status"] == status and error["code"].startswith("KG")
    assert contains in error["message"]
    return error


# --- the three ways to send a query ---------------------------------------------------------

def test_get_select_json(live_server):
    response = requests.get(live_server + "/sparql", params={"query": LABELS}, timeout=10)
    assert response.headers["Content-Type"].startswith("application/sparql-results+json")
    assert response.json()["head"]["vars"] == ["label"]
    assert {row["label"]["value"] for row in response.json()["results"]["bindings"]} == PERSONS


def test_post_form(live_server):
    response = requests.post(live_server + "/sparql", data={"query": LABELS}, timeout=10)
    assert response.status_code == 200
    assert {row["label"]["value"] for row in response.json()["results"]["bindings"]} == PERSONS


def test_post_direct(live_server):
    headers = {"Content-Type": "application/sparql-query"}
    response = requests.post(live_server + "/sparql", data=LABELS.encode(), headers=headers, timeout=10)
    assert response.status_code == 200
    assert {row["label"]["value"] for row in response.json()["results"]["bindings"]} == PERSONS


def test_ask(live_server):
    query = "ASK { ?s a <https://w3id.org/newskg/ontology#Meeting> }"
    response = requests.get(live_server + "/sparql", params={"query": query}, timeout=10)
    assert response.json()["boolean"] is True


# --- formats ---------------------------------------------------------------------------------

def _labels_from_xml(text: str) -> set[str]:
    root = ET.fromstring(text)
    return {literal.text for literal in root.iter(SPARQL_RESULTS + "literal")}


def _labels_from_csv(text: str) -> set[str]:
    return {row["label"] for row in csv.DictReader(io.StringIO(text))}


def _labels_from_tsv(text: str) -> set[str]:
    rows = list(csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))
    assert rows[0] == ["?label"]
    return {cell.strip('"') for (cell,) in rows[1:]}  # TSV cells are Turtle terms: "S. Jaishankar"


def _labels_from_json(text: str) -> set[str]:
    return {row["label"]["value"] for row in json.loads(text)["results"]["bindings"]}


@pytest.mark.parametrize(
    ("accept", "fmt", "media_type", "parse"),
    [
        ("application/sparql-results+json", None, "application/sparql-results+json", _labels_from_json),
        ("application/sparql-results+xml", None, "application/sparql-results+xml", _labels_from_xml),
        ("text/csv", None, "text/csv", _labels_from_csv),
        ("text/tab-separated-values", None, "text/tab-separated-values", _labels_from_tsv),
        ("text/html", "xml", "application/sparql-results+xml", _labels_from_xml),  # format= wins over Accept
        (None, "csv", "text/csv", _labels_from_csv),
        (None, "tsv", "text/tab-separated-values", _labels_from_tsv),
    ],
)
def test_select_formats(live_server, accept, fmt, media_type, parse):
    params = {"query": LABELS} | ({"format": fmt} if fmt else {})
    headers = {"Accept": accept} if accept else {}
    response = requests.get(live_server + "/sparql", params=params, headers=headers, timeout=10)
    assert response.status_code == 200, response.text
    assert response.headers["Content-Type"].startswith(media_type)
    assert parse(response.text) == PERSONS


@pytest.mark.parametrize(
    ("accept", "fmt", "rdflib_format"),
    [
        (None, None, "turtle"),
        ("text/turtle", None, "turtle"),
        ("application/n-triples", None, "nt"),
        ("application/rdf+xml", None, "xml"),
        ("application/ld+json", None, "json-ld"),
        (None, "ntriples", "nt"),
        (None, "jsonld", "json-ld"),
        (None, "rdfxml", "xml"),
    ],
)
def test_construct_formats(live_server, small_articles, accept, fmt, rdflib_format):
    params = {"format": fmt} if fmt else {}
    response = construct_graph(live_server, STATEMENT_ARTICLE, accept, **params)
    assert response.status_code == 200, response.text
    graph = Graph().parse(data=response.text, format=rdflib_format)
    assert to_isomorphic(graph) == to_isomorphic(small_articles[STATEMENT_ARTICLE])


@pytest.mark.parametrize(
    ("query", "accept"),
    [
        (LABELS, "text/turtle"),
        ("CONSTRUCT WHERE { ?s ?p ?o }", "text/csv"),
        (LABELS, "image/png"),
    ],
)
def test_not_acceptable(live_server, query, accept):
    response = requests.get(live_server + "/sparql", params={"query": query}, headers={"Accept": accept}, timeout=10)
    assert_error(response, 406)


def test_unknown_format_name_is_400(live_server):
    response = requests.get(live_server + "/sparql", params={"query": LABELS, "format": "yaml"}, timeout=10)
    assert_error(response, 400, "unknown format")


@pytest.mark.parametrize(
    ("accept", "results", "graph"),
    [
        ("", ox.QueryResultsFormat.JSON, ox.RdfFormat.TURTLE),
        ("*/*", ox.QueryResultsFormat.JSON, ox.RdfFormat.TURTLE),
        ("application/sparql-results+xml", ox.QueryResultsFormat.XML, None),
        ("application/xml", ox.QueryResultsFormat.XML, ox.RdfFormat.RDF_XML),
        ("text/turtle;q=0.5, text/csv", ox.QueryResultsFormat.CSV, ox.RdfFormat.TURTLE),
        ("text/*", ox.QueryResultsFormat.XML, ox.RdfFormat.TURTLE),
        ("application/json", ox.QueryResultsFormat.JSON, ox.RdfFormat.JSON_LD),
        ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", ox.QueryResultsFormat.XML, ox.RdfFormat.RDF_XML),
        ("image/png", None, None),
    ],
)
def test_negotiate_accept(accept, results, graph):
    formats = negotiate(None, parse_accept_header(accept, MIMEAccept))
    assert (formats.results, formats.graph) == (results, graph)


# --- refusals and errors ---------------------------------------------------------------------

def test_malformed_query_is_400_with_position(live_server):
    response = requests.get(live_server + "/sparql", params={"query": "SELECT * WHERE { ?s ?p }"}, timeout=10)
    error = assert_error(response, 400)
    assert error["code"] == "KG400"
    assert "1:" in error["message"]  # line:column from the parser


def test_two_query_parameters_are_400(live_server):
    response = requests.get(live_server + "/sparql", params=[("query", LABELS), ("query", SOURCES)], timeout=10)
    assert_error(response, 400, "exactly one query")


def test_post_without_query_is_400(live_server):
    response = requests.post(live_server + "/sparql", data={"format": "json"}, timeout=10)
    assert_error(response, 400)


def test_update_parameter_is_403(live_server):
    response = requests.post(live_server + "/sparql", data={"update": "CLEAR ALL"}, timeout=10)
    assert_error(response, 403, "read-only")


def test_sparql_update_body_is_403(live_server, small_store):
    headers = {"Content-Type": "application/sparql-update"}
    response = requests.post(live_server + "/sparql", data=b"CLEAR ALL", headers=headers, timeout=10)
    assert_error(response, 403, "read-only")
    assert len(small_store.articles()) == 2


def test_update_as_query_is_400_and_changes_nothing(live_server, small_store):
    response = requests.post(live_server + "/sparql", data={"query": "CLEAR ALL"}, timeout=10)
    assert_error(response, 400)
    assert len(small_store.articles()) == 2


def test_service_is_403(live_server):
    query = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    response = requests.get(live_server + "/sparql", params={"query": query}, timeout=10)
    assert_error(response, 403, "SERVICE")


def test_unsupported_post_content_type_is_415(live_server):
    response = requests.post(live_server + "/sparql", data=b"{}", headers={"Content-Type": "application/json"}, timeout=10)
    assert_error(response, 415)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("SELECT * { SERVICE <http://e/> { ?s ?p ?o } }", True),
        ("select * { service silent ?endpoint { ?s ?p ?o } }", True),
        ("SELECT * {?s ?p ?o .SERVICE<http://e/>{?a ?b ?c}}", True),
        ("SELECT ?service { ?service ?p ?o }", False),
        ('SELECT * { ?s ?p "SERVICE <http://e/> {}" }', False),
        ("SELECT * { ?s ?p '''multi\nline SERVICE''' }", False),
        ("SELECT * { ?s <http://e/SERVICE> ?o }", False),
        ("SELECT * { ?s ?p ?o } # SERVICE <http://e/> {}", False),
        ('SELECT * { ?s ?p "a # not a comment" . SERVICE <http://e/> { } }', True),
        ("PREFIX ex: <http://e/> SELECT * { ?s ex:SERVICE ?o }", False),
    ],
)
def test_service_keyword_scan(query, expected):
    assert uses_keyword(query, "SERVICE") is expected


def test_not_found_has_the_error_shape(live_server):
    response = requests.get(live_server + "/no/such/page", timeout=10)
    assert_error(response, 404)


def test_method_not_allowed_has_the_error_shape(live_server):
    response = requests.put(live_server + "/sparql", data=b"x", timeout=10)
    assert_error(response, 405)
    assert "GET" in response.headers["Allow"]


def test_unexpected_error_is_500_without_details(small_store):
    app = create_app(load(), small_store)

    def boom():
        raise RuntimeError("secret internals")

    app.add_url_rule("/boom", view_func=boom)
    response = app.test_client().get("/boom")
    assert response.status_code == 500
    error = response.get_json()["error"]
    assert error["code"] == "KG500" and "secret" not in error["message"]


# --- datasets --------------------------------------------------------------------------------

def test_default_graph_is_the_union(live_server):
    assert {row["article"] for row in select(live_server, SOURCES)} == {MEETING_ARTICLE, STATEMENT_ARTICLE}


def test_default_graph_uri_restricts_to_one_article(live_server):
    rows = select(live_server, SOURCES, **{"default-graph-uri": MEETING_ARTICLE})
    assert {row["article"] for row in rows} == {MEETING_ARTICLE}


def test_from_in_the_query_restricts_to_one_article(live_server):
    query = SOURCES.replace("WHERE", f"FROM <{STATEMENT_ARTICLE}> WHERE")
    assert {row["article"] for row in select(live_server, query)} == {STATEMENT_ARTICLE}


def test_named_graphs(live_server, small_articles):
    sizes = {row["g"]: int(row["n"]) for row in select(live_server, GRAPH_SIZES)}
    assert sizes == {iri: len(graph) for iri, graph in small_articles.items()}
    rows = select(live_server, GRAPH_SIZES, **{"named-graph-uri": STATEMENT_ARTICLE})
    assert {row["g"] for row in rows} == {STATEMENT_ARTICLE}


def test_bad_graph_iri_is_400(live_server):
    response = requests.get(live_server + "/sparql", params={"query": SOURCES, "default-graph-uri": "not an iri"}, timeout=10)
    assert_error(response, 400, "default-graph-uri")


# --- service description, CORS, limits -------------------------------------------------------

def test_service_description(live_server, small_articles):
    response = requests.get(live_server + "/sparql", headers={"Accept": "text/turtle"}, timeout=10)
    assert response.status_code == 200
    graph = Graph().parse(data=response.text, format="turtle")
    service = graph.value(predicate=RDF.type, object=SD.Service)
    assert graph.value(service, SD.endpoint) == URIRef(live_server + "/sparql")
    assert (service, SD.supportedLanguage, SD.SPARQL11Query) in graph
    assert URIRef("http://www.w3.org/ns/formats/SPARQL_Results_JSON") in set(graph.objects(service, SD.resultFormat))
    assert (service, SD.feature, SD.BasicFederatedQuery) not in graph  # SERVICE is off by default
    dataset = graph.value(service, SD.defaultDataset)
    assert graph.value(dataset, VOID.documents) == Literal(2)
    union = {triple for article in small_articles.values() for triple in article}
    assert graph.value(graph.value(dataset, SD.defaultGraph), VOID.triples) == Literal(len(union))


def test_service_description_states_the_limits(start_server, small_store):
    base_url = start_server(small_store, load(result_limit=7, query_timeout=2.5))
    graph = Graph().parse(data=requests.get(base_url + "/sparql", timeout=10).text, format="turtle")
    service = graph.value(predicate=RDF.type, object=SD.Service)
    assert graph.value(service, KGS.resultLimit).toPython() == 7
    assert float(graph.value(service, KGS.queryTimeout).toPython()) == 2.5
    comment = str(graph.value(service, RDFS.comment))
    assert "at most 7 rows" in comment and "2.5 s" in comment
    # the terms are defined where their IRIs point
    terms = Graph().parse(data=requests.get(base_url + "/ns/service", timeout=10).text, format="turtle")
    assert (KGS.resultLimit, RDF.type, OWL.DatatypeProperty) in terms and (KGS.queryTimeout, RDFS.comment, None) in terms


def test_service_description_states_the_request_limits(start_server, small_store):
    config = load(query_memory=256, max_request_bytes=5000, max_parameters=9)
    base_url = start_server(small_store, config)
    graph = Graph().parse(data=requests.get(base_url + "/sparql", timeout=10).text, format="turtle")
    service = graph.value(predicate=RDF.type, object=SD.Service)
    assert graph.value(service, KGS.queryMemory).toPython() == 256
    assert graph.value(service, KGS.maxRequestBytes).toPython() == 5000
    assert graph.value(service, KGS.maxParameters).toPython() == 9
    comment = str(graph.value(service, RDFS.comment))
    assert "256 MB" in comment and "5000 bytes" in comment and "9 parameters" in comment
    terms = Graph().parse(data=requests.get(base_url + "/ns/service", timeout=10).text, format="turtle")
    for term in (KGS.queryMemory, KGS.maxRequestBytes, KGS.maxParameters):  # defined where their IRIs point
        assert (term, RDF.type, OWL.DatatypeProperty) in terms and (term, RDFS.comment, None) in terms


def test_service_description_points_to_the_void(live_server):
    graph = Graph().parse(data=requests.get(live_server + "/sparql", timeout=10).text, format="turtle")
    dataset = graph.value(graph.value(predicate=RDF.type, object=SD.Service), SD.defaultDataset)
    void_url = graph.value(dataset, RDFS.seeAlso)
    assert void_url == URIRef(live_server + "/.well-known/void")
    void = Graph().parse(data=requests.get(str(void_url), timeout=10).text, format="turtle")
    assert (dataset, RDF.type, VOID.Dataset) in void  # the same node: the VoID dataset is the default dataset


def test_form_for_browsers(live_server):
    response = requests.get(live_server + "/sparql", headers={"Accept": "text/html,*/*;q=0.8"}, timeout=10)
    assert response.headers["Content-Type"].startswith("text/html")
    assert "<form" in response.text and 'name="query"' in response.text


def test_cors_header(live_server):
    get = requests.get(live_server + "/sparql", params={"query": LABELS}, timeout=10)
    post = requests.post(live_server + "/sparql", data={"query": LABELS}, timeout=10)
    error = requests.get(live_server + "/sparql", params={"query": "SELECT"}, timeout=10)
    preflight = requests.options(live_server + "/sparql", timeout=10)
    for response in (get, post, error, preflight):
        assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert "Content-Type" in preflight.headers["Access-Control-Allow-Headers"]


def test_result_limit(start_server, small_store):
    base_url = start_server(small_store, load(result_limit=1))
    response = requests.get(base_url + "/sparql", params={"query": LABELS}, timeout=10)
    assert len(response.json()["results"]["bindings"]) == 1
    assert response.headers["X-Result-Truncated"] == "true"
    construct = construct_graph(base_url, STATEMENT_ARTICLE)
    assert len(Graph().parse(data=construct.text, format="turtle")) == 1
    assert construct.headers["X-Result-Truncated"] == "true"
    one = requests.get(base_url + "/sparql", params={"query": LABELS + " LIMIT 1"}, timeout=10)
    assert "X-Result-Truncated" not in one.headers


def test_query_timeout(start_server):
    store = Store(None)
    graph = ox.NamedNode("https://w3id.org/newskg/id/article/generated")
    store.oxigraph.extend(
        ox.Quad(ox.NamedNode(f"http://example.org/s{i}"), ox.NamedNode("http://example.org/p"), ox.Literal(str(i)), graph)
        for i in range(2000)
    )
    base_url = start_server(store, load(query_timeout=0.5))
    # a cross product (4 million pairs) that yields no row: one long step inside Oxigraph
    slow = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f FILTER(?c = ?f && ?a != ?d) }"
    started = time.monotonic()
    response = requests.get(base_url + "/sparql", params={"query": slow}, timeout=30)
    assert time.monotonic() - started < 3
    assert_error(response, 503, "query_timeout")
    quick = requests.get(base_url + "/sparql", params={"query": "ASK { ?s ?p ?o }"}, timeout=10)
    assert quick.status_code == 200 and quick.json()["boolean"] is True


# --- clients ---------------------------------------------------------------------------------

def test_sparqlwrapper_client(live_server):
    client = SPARQLWrapper(live_server + "/sparql")
    client.setQuery(LABELS)
    client.setReturnFormat(JSON)
    bindings = client.query().convert()["results"]["bindings"]
    assert {row["label"]["value"] for row in bindings} == PERSONS


def test_rdflib_sparqlstore_client(live_server):
    store = SPARQLStore(live_server + "/sparql")
    assert {str(row.label) for row in store.query(LABELS)} == PERSONS


# --- pages -----------------------------------------------------------------------------------

def test_healthz(live_server, small_store):
    response = requests.get(live_server + "/healthz", timeout=10)
    assert response.json() == {"status": "ok", "triples": len(small_store), "articles": 2}


# --- SERVICE, only where the operator allows it ----------------------------------------------

def test_service_is_refused_by_default_even_when_silent(live_server):
    query = "SELECT * WHERE { SERVICE SILENT <http://127.0.0.1:1/sparql> { ?s ?p ?o } }"
    assert_error(requests.get(live_server + "/sparql", params={"query": query}, timeout=10), 403, "SERVICE")


def test_service_to_an_allowed_endpoint_runs(start_server, small_store):
    remote = start_server(small_store) + "/sparql"
    local = start_server(Store(None), load(service_allow=remote))
    inner = LABELS.removeprefix("SELECT DISTINCT ?label WHERE ")
    query = f"SELECT DISTINCT ?label WHERE {{ SERVICE <{remote}> {inner} }}"
    rows = select(local, query)
    assert {row["label"] for row in rows} == PERSONS
    description = Graph().parse(data=requests.get(local + "/sparql", timeout=10).text, format="turtle")
    assert (None, SD.feature, SD.BasicFederatedQuery) in description


@pytest.mark.parametrize("target", ["<http://127.0.0.1:1/sparql>", "?endpoint", "ex:sparql"])
def test_service_to_another_endpoint_is_403(start_server, small_store, target):
    base_url = start_server(small_store, load(service_allow="http://127.0.0.1:2/sparql"))
    query = f"PREFIX ex: <http://127.0.0.1:1/> SELECT * WHERE {{ SERVICE {target} {{ ?s ?p ?o }} }}"
    assert_error(requests.get(base_url + "/sparql", params={"query": query}, timeout=10), 403, "refused")


# --- encodings, the HTML results page ----------------------------------------------------------

def test_direct_post_must_be_utf8(live_server):
    utf16 = {"Content-Type": "application/sparql-query; charset=UTF-16"}
    assert_error(requests.post(live_server + "/sparql", data=LABELS.encode("utf-16"), headers=utf16, timeout=10), 415)
    latin1 = {"Content-Type": "application/sparql-query"}
    body = 'SELECT * WHERE { ?s ?p "caf\u00e9" }'.encode("latin-1")
    assert_error(requests.post(live_server + "/sparql", data=body, headers=latin1, timeout=10), 400, "UTF-8")
    utf8 = 'SELECT ?x WHERE { BIND ("caf\u00e9" AS ?x) }'.encode()
    response = requests.post(live_server + "/sparql", data=utf8, headers=latin1, timeout=10)
    assert response.json()["results"]["bindings"][0]["x"]["value"] == "caf\u00e9"


def test_results_as_html_link_to_entity_pages(live_server):
    query = "SELECT ?person ?label WHERE { ?person a <https://w3id.org/newskg/ontology#Person> ; <http://www.w3.org/2000/01/rdf-schema#label> ?label }"
    response = requests.get(live_server + "/sparql", params={"query": query, "format": "html"}, timeout=10)
    assert response.status_code == 200 and response.headers["Content-Type"].startswith("text/html")
    assert '<a href="/id/actor/Q58217">' in response.text and "Sergey Lavrov" in response.text
    assert requests.get(live_server + "/id/actor/Q58217", timeout=10).status_code == 200
    ask = requests.get(live_server + "/sparql", params={"query": "ASK {}", "format": "html"}, timeout=10)
    assert ask.status_code == 200 and ">yes<" in ask.text


# --- more real clients -------------------------------------------------------------------------

def test_sparqlwrapper_construct_and_xml(live_server, small_articles):
    client = SPARQLWrapper(live_server + "/sparql")
    client.setQuery(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{STATEMENT_ARTICLE}> {{ ?s ?p ?o }} }}")
    graph = client.queryAndConvert()  # SPARQLWrapper asks for RDF/XML and parses it with rdflib
    assert to_isomorphic(graph) == to_isomorphic(small_articles[STATEMENT_ARTICLE])
    client.setQuery(LABELS)
    client.setReturnFormat("xml")
    document = client.queryAndConvert()  # a DOM of SPARQL XML results
    assert {node.firstChild.data for node in document.getElementsByTagName("literal")} == PERSONS


def test_rdflib_sparqlstore_construct_and_ask(live_server, small_articles):
    store = SPARQLStore(live_server + "/sparql")
    graph = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{MEETING_ARTICLE}> {{ ?s ?p ?o }} }}").graph
    assert to_isomorphic(graph) == to_isomorphic(small_articles[MEETING_ARTICLE])
    assert store.query("ASK { ?s a <https://w3id.org/newskg/ontology#Statement> }").askAnswer is True
