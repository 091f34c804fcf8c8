"""The W3C SPARQL 1.1 Protocol test cases (w3c/rdf-tests, sparql/sparql11/protocol/manifest.ttl), over real HTTP.

Each case is the manifest's request (method, path and query string, headers, body) sent verbatim
with http.client to the real server, and its expected response checked: the status class, and for
query cases the answer (a boolean, or a tabular / RDF media type that parses). The graphs the cases
name (``http://kasei.us/2009/09/sparql/data/dataN.rdf``) are loaded as named graphs, each holding
``<dataN.rdf> a foaf:Document``. The endpoint is ``/sparql`` (the manifest's ``/sparql/``; the
location is the service's choice).

case id                              result  note
-----------------------------------  ------  --------------------------------------------------------------
query_post_form                      pass
query_dataset_default_graphs_get     pass
query_dataset_default_graphs_post    pass
query_dataset_named_graphs_post      pass
query_dataset_named_graphs_get       pass
query_dataset_full                   pass
query_multiple_dataset               pass    sent as the test validator sends it: two named-graph-uri
                                             parameters (the manifest's request line encodes the '&' as
                                             %26, naming one odd graph; see w3c/rdf-tests#78); the
                                             protocol dataset overrides the query's FROM, as required
query_get                            pass
query_content_type_select            pass
query_content_type_ask               pass
query_content_type_describe          pass
query_content_type_construct         pass    relative IRIs (<s>) resolve against the endpoint's URL
query_post_direct                    pass
bad_query_method                     pass    405
bad_multiple_queries                 pass    400
bad_query_wrong_media_type           pass    415
bad_query_missing_form_type          pass    415
bad_query_missing_direct_type        pass    415
bad_query_non_utf8                   pass    415
bad_query_syntax                     pass    400
update_dataset_default_graph         n/a     read-only endpoint: refused with 403 and the store unchanged
update_dataset_default_graphs        n/a     (the W3C case expects 2xx: it applies to update services)
update_dataset_named_graphs          n/a     "
update_dataset_full                  n/a     "
update_post_form                     n/a     "
update_post_direct                   n/a     "
update_base_uri                      n/a     "
bad_update_get                       pass    403
bad_multiple_updates                 pass    403
bad_update_wrong_media_type          pass    415
bad_update_missing_form_type         pass    415
bad_update_non_utf8                  pass    403
bad_update_syntax                    pass    403
bad_update_dataset_conflict          pass    403
"""
from __future__ import annotations

import http.client
import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from urllib.parse import quote, urlsplit

import pyoxigraph as ox
import pytest

from kg.store import Store

DATA = "http://kasei.us/2009/09/sparql/data/"
FOAF_DOCUMENT = "http://xmlns.com/foaf/0.1/Document"
BOOLEAN_TYPES = {"application/sparql-results+xml", "application/sparql-results+json"}
TABULAR_TYPES = BOOLEAN_TYPES | {"text/csv", "text/tab-separated-values"}
RDF_TYPES = {"text/turtle": ox.RdfFormat.TURTLE, "application/rdf+xml": ox.RdfFormat.RDF_XML,
             "application/n-triples": ox.RdfFormat.N_TRIPLES, "application/ld+json": ox.RdfFormat.JSON_LD}


def graph_param(name: str, *files: str) -> str:
    return "&".join(f"{name}={quote(DATA + file, safe='')}" for file in files)


def q(text: str) -> str:
    return quote(text, safe="")


@dataclass(frozen=True)
class Case:
    """One manifest entry: the request, and what the response must be."""

    method: str
    target: str  # path and query string, as in ht:absolutePath (with /sparql for /sparql/)
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    status: int = 2  # the expected status class: 2 (2xx or 3xx accepted, as the manifest), 4
    boolean: bool | None = None  # mf:expectedBoolean
    expected_format: str | None = None  # mf:expectedFormat: boolean, tabular, RDF
    update: bool = False  # an update case: the store must be left unchanged


FORM = {"Content-Type": "application/x-www-form-urlencoded"}
DIRECT = {"Content-Type": "application/sparql-query"}
UPDATE = {"Content-Type": "application/sparql-update"}
ASK_1_2 = f"ASK {{ <{DATA}data1.rdf> a ?type . <{DATA}data2.rdf> a ?type . }}"
ASK_NAMED = f"ASK {{ GRAPH ?g1 {{ <{DATA}data1.rdf> a ?type }} GRAPH ?g2 {{ <{DATA}data2.rdf> a ?type }} }}"
ASK_FULL = f"""ASK {{
  <{DATA}data3.rdf> a ?type
  GRAPH ?g1 {{ <{DATA}data1.rdf> a ?type }}
  GRAPH ?g2 {{ <{DATA}data2.rdf> a ?type }}
}}"""
ASK_MULTIPLE = (f"ASK FROM <{DATA}data3.rdf> {{ GRAPH ?g1 {{ <{DATA}data1.rdf> a ?type }} "
                f"GRAPH ?g2 {{ <{DATA}data2.rdf> a ?type }} }}")
UPDATE_INSERT = f"""PREFIX dc: <http://purl.org/dc/terms/>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
CLEAR ALL ;
INSERT DATA {{ GRAPH <{DATA}data1.rdf> {{ <{DATA}data1.rdf> a foaf:Document }} }} ;
INSERT {{ GRAPH <http://example.org/protocol-update-dataset-test/> {{ ?s a dc:BibliographicResource }} }}
WHERE {{ ?s a foaf:Document }}"""

CASES: dict[str, Case] = {
    "query_post_form": Case("POST", f"/sparql?{graph_param('default-graph-uri', 'data0.rdf')}", FORM,
                            b"query=ASK%20%7B%7D", boolean=True, expected_format="boolean"),
    "query_dataset_default_graphs_get": Case(
        "GET", f"/sparql?query={q(ASK_1_2)}&{graph_param('default-graph-uri', 'data1.rdf', 'data2.rdf')}",
        boolean=True, expected_format="boolean"),
    "query_dataset_default_graphs_post": Case(
        "POST", f"/sparql?{graph_param('default-graph-uri', 'data1.rdf', 'data2.rdf')}", DIRECT, ASK_1_2.encode(),
        boolean=True, expected_format="boolean"),
    "query_dataset_named_graphs_post": Case(
        "POST", f"/sparql?{graph_param('named-graph-uri', 'data1.rdf', 'data2.rdf')}", DIRECT, ASK_NAMED.encode(),
        boolean=True, expected_format="boolean"),
    "query_dataset_named_graphs_get": Case(
        "GET", f"/sparql?query={q(ASK_NAMED)}&{graph_param('named-graph-uri', 'data1.rdf', 'data2.rdf')}",
        boolean=True, expected_format="boolean"),
    "query_dataset_full": Case(
        "POST", f"/sparql?{graph_param('default-graph-uri', 'data3.rdf')}&"
                f"{graph_param('named-graph-uri', 'data1.rdf', 'data2.rdf')}", DIRECT, ASK_FULL.encode(),
        boolean=True, expected_format="boolean"),
    "query_multiple_dataset": Case(
        "POST", f"/sparql?{graph_param('named-graph-uri', 'data1.rdf', 'data2.rdf')}", DIRECT, ASK_MULTIPLE.encode(),
        boolean=True, expected_format="boolean"),
    "query_get": Case("GET", f"/sparql?query=ASK%20%7B%7D&{graph_param('default-graph-uri', 'data0.rdf')}",
                      boolean=True, expected_format="boolean"),
    "query_content_type_select": Case("POST", f"/sparql?{graph_param('default-graph-uri', 'data0.rdf')}", DIRECT,
                                      b"SELECT (1 AS ?value) {}", expected_format="tabular"),
    "query_content_type_ask": Case("POST", f"/sparql?{graph_param('default-graph-uri', 'data0.rdf')}", DIRECT,
                                   b"ASK {}", expected_format="boolean"),
    "query_content_type_describe": Case("POST", f"/sparql?{graph_param('default-graph-uri', 'data0.rdf')}", DIRECT,
                                        b"DESCRIBE <http://example.org/>", expected_format="RDF"),
    "query_content_type_construct": Case("POST", f"/sparql?{graph_param('default-graph-uri', 'data0.rdf')}", DIRECT,
                                         b"CONSTRUCT { <s> <p> 1 } WHERE {}", expected_format="RDF"),
    "query_post_direct": Case("POST", "/sparql", DIRECT, b"ASK {}", boolean=True, expected_format="boolean"),
    "bad_query_method": Case("PUT", f"/sparql?query=ASK%20%7B%7D&{graph_param('default-graph-uri', 'data0.rdf')}",
                             FORM, status=4),
    "bad_multiple_queries": Case("GET", "/sparql?query=ASK%20%7B%7D&query=SELECT%20%2A%20%7B%7D", status=4),
    "bad_query_wrong_media_type": Case("POST", "/sparql", {"Content-Type": "text/plain"}, b"ASK {}", status=4),
    "bad_query_missing_form_type": Case("POST", "/sparql", {}, b"query=ASK%20%7B%7D", status=4),
    "bad_query_missing_direct_type": Case("POST", "/sparql", {}, b"ASK {}", status=4),
    "bad_query_non_utf8": Case("POST", "/sparql", {"Content-Type": "application/sparql-query; charset=UTF-16"},
                               "ASK {}".encode("utf-16"), status=4),
    "bad_query_syntax": Case("GET", "/sparql?query=ASK%20%7B", status=4),
    # Update cases: the W3C expects an update service to apply them; this endpoint is read-only.
    "update_dataset_default_graph": Case(
        "POST", f"/sparql?{graph_param('using-graph-uri', 'data1.rdf')}", UPDATE, UPDATE_INSERT.encode(),
        status=4, update=True),
    "update_dataset_default_graphs": Case(
        "POST", f"/sparql?{graph_param('using-graph-uri', 'data1.rdf', 'data2.rdf')}", UPDATE,
        UPDATE_INSERT.replace("CLEAR ALL", "DROP ALL").encode(), status=4, update=True),
    "update_dataset_named_graphs": Case(
        "POST", f"/sparql?{graph_param('using-named-graph-uri', 'data1.rdf', 'data2.rdf')}", UPDATE,
        UPDATE_INSERT.replace("CLEAR ALL", "DROP ALL").encode(), status=4, update=True),
    "update_dataset_full": Case(
        "POST", f"/sparql?{graph_param('using-graph-uri', 'data1.rdf')}&"
                f"{graph_param('using-named-graph-uri', 'data2.rdf')}", UPDATE,
        UPDATE_INSERT.replace("CLEAR ALL", "DROP ALL").encode(), status=4, update=True),
    "update_post_form": Case("POST", "/sparql", FORM, b"update=CLEAR+ALL", status=4, update=True),
    "update_post_direct": Case("POST", "/sparql", UPDATE, b"CLEAR ALL", status=4, update=True),
    "update_base_uri": Case(
        "POST", "/sparql", UPDATE,
        b"CLEAR GRAPH <http://example.org/protocol-base-test/> ;\n"
        b"INSERT DATA { GRAPH <http://example.org/protocol-base-test/> { <http://example.org/s> <http://example.org/p> <test> } }",
        status=4, update=True),
    "bad_update_get": Case("GET", "/sparql?update=CLEAR%20ALL", status=4, update=True),
    "bad_multiple_updates": Case("POST", "/sparql", FORM, b"update=CLEAR%20NAMED&update=CLEAR%20DEFAULT", status=4,
                                 update=True),
    "bad_update_wrong_media_type": Case("POST", "/sparql", {"Content-Type": "text/plain"}, b"CLEAR NAMED", status=4,
                                        update=True),
    "bad_update_missing_form_type": Case("POST", "/sparql", {}, b"update=CLEAR%20NAMED", status=4, update=True),
    "bad_update_non_utf8": Case("POST", "/sparql", {"Content-Type": "application/sparql-update; charset=UTF-16"},
                                "CLEAR NAMED".encode("utf-16"), status=4, update=True),
    "bad_update_syntax": Case("POST", "/sparql", FORM, b"update=CLEAR%20XYZ", status=4, update=True),
    "bad_update_dataset_conflict": Case(
        "POST", "/sparql?using-named-graph-uri=http%3A%2F%2Fexample%2Fpeople", UPDATE,
        b"PREFIX foaf: <http://xmlns.com/foaf/0.1/>\nWITH <http://example/addresses>\n"
        b"DELETE { ?person foaf:givenName 'Bill' }\nINSERT { ?person foaf:givenName 'William' }\n"
        b"WHERE { ?person foaf:givenName 'Bill' }", status=4, update=True),
}


# The exact statuses of the 4xx cases, as the table at the top says (so the table cannot drift).
REFUSALS = {
    "bad_query_method": 405, "bad_multiple_queries": 400, "bad_query_wrong_media_type": 415,
    "bad_query_missing_form_type": 415, "bad_query_missing_direct_type": 415, "bad_query_non_utf8": 415,
    "bad_query_syntax": 400, "bad_update_wrong_media_type": 415, "bad_update_missing_form_type": 415,
}


@pytest.fixture(scope="module")
def kasei_store() -> Store:
    """The manifest's graphs: data0.rdf … data3.rdf, each saying it is a foaf:Document."""
    store = Store(None)
    store.oxigraph.extend(
        ox.Quad(ox.NamedNode(f"{DATA}data{n}.rdf"),
                ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                ox.NamedNode(FOAF_DOCUMENT), ox.NamedNode(f"{DATA}data{n}.rdf"))
        for n in range(4)
    )
    return store


@pytest.fixture
def endpoint(start_server, kasei_store) -> str:
    return start_server(kasei_store)


def send(base_url: str, case: Case) -> tuple[int, str, bytes]:
    """The request exactly as written (http.client adds only Host, Accept-Encoding and Content-Length)."""
    connection = http.client.HTTPConnection(urlsplit(base_url).netloc, timeout=10)
    connection.request(case.method, case.target, body=case.body or None, headers=case.headers)
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, response.getheader("Content-Type", "").split(";")[0].strip(), body


def boolean_of(media_type: str, body: bytes) -> bool:
    if media_type == "application/sparql-results+json":
        return json.loads(body)["boolean"]
    element = ET.fromstring(body).find("{http://www.w3.org/2005/sparql-results#}boolean")
    return element.text.strip() == "true"


@pytest.mark.parametrize("case_id", list(CASES))
def test_w3c_protocol_case(endpoint, kasei_store, case_id):
    case = CASES[case_id]
    before = set(kasei_store.quads())
    status, media_type, body = send(endpoint, case)
    if case.status == 2:
        assert 200 <= status < 400, (status, body)
    else:
        assert 400 <= status < 500, (status, body)
    if case.status == 4:
        assert status == REFUSALS.get(case_id, 403), (status, body)
        assert set(json.loads(body)["error"]) == {"code", "status", "message"}
    if case.update:
        assert set(kasei_store.quads()) == before
    if case.expected_format == "boolean":
        assert media_type in BOOLEAN_TYPES
        value = boolean_of(media_type, body)
        if case.boolean is not None:
            assert value is case.boolean
    elif case.expected_format == "tabular":
        assert media_type in TABULAR_TYPES
        assert json.loads(body)["results"]["bindings"][0]["value"]["value"] == "1"
    elif case.expected_format == "RDF":
        assert media_type in RDF_TYPES
        triples = list(ox.parse(body, format=RDF_TYPES[media_type]))
        if case_id == "query_content_type_construct":
            assert [t.subject.value for t in triples] == [endpoint + "/s"]  # <s> against the endpoint's URL


def test_every_manifest_case_is_covered():
    """The manifest's 34 entries (query and update side), one test each."""
    assert len(CASES) == 34
    assert sum(not case.update for case in CASES.values()) == 20


def test_protocol_dataset_overrides_from_in_the_query(endpoint):
    """query_multiple_dataset as the manifest literally encodes it: one named graph whose IRI contains
    '&named-graph-uri=…'. The protocol's dataset wins over FROM, so neither GRAPH pattern matches."""
    literal = Case("POST", "/sparql?named-graph-uri=http%3A%2F%2Fkasei.us%2F2009%2F09%2Fsparql%2Fdata%2Fdata1.rdf"
                           "%26named-graph-uri%3Dhttp%3A%2F%2Fkasei.us%2F2009%2F09%2Fsparql%2Fdata%2Fdata2.rdf",
                   DIRECT, ASK_MULTIPLE.encode())
    status, media_type, body = send(endpoint, literal)
    assert status == 200 and boolean_of(media_type, body) is False
