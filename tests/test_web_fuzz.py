"""Property-based fuzzing (hypothesis) of the SPARQL endpoint over real HTTP: whatever the query text,
parameters and headers, the answer is never a 5xx other than a 503 at the time limit (and waitress's 501 for an
unknown ``Transfer-Encoding``), never comes
later than that limit, and an error always has the one JSON shape. The store is unchanged after.

Queries are drawn both as arbitrary text and as sequences of SPARQL tokens (keywords, brackets,
IRIs, literals, escapes, comments), which reach the parser's and the text scanner's corners far
more often than random text does. Runs are derandomised (the same examples every run) and no
example database is written.
"""
from __future__ import annotations

import hashlib
import time

import pyoxigraph as ox
import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.config import load
from kg.store import Store

TIMEOUT = 2.0  # query_timeout of the server under test
SLACK = 2.0
FUZZ = settings(max_examples=150, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

TOKENS = [
    "SELECT", "ASK", "CONSTRUCT", "DESCRIBE", "WHERE", "FROM", "NAMED", "GRAPH", "SERVICE", "SILENT",
    "FILTER", "OPTIONAL", "UNION", "MINUS", "BIND", "AS", "VALUES", "UNDEF", "LIMIT", "OFFSET", "ORDER",
    "BY", "GROUP", "HAVING", "DISTINCT", "REDUCED", "COUNT", "SUM", "SAMPLE", "GROUP_CONCAT", "SEPARATOR",
    "EXISTS", "NOT", "IN", "PREFIX", "BASE", "LOAD", "INSERT", "DELETE", "DATA", "CLEAR", "DROP", "ALL",
    "REGEX", "STR", "IRI", "BNODE", "LANG", "SUBSTR", "REPLACE", "CONCAT", "STRLEN", "xsd:integer", "a",
    "{", "}", "(", ")", "[", "]", ".", ";", ",", "*", "|", "/", "^", "!", "?", "+", "-", "=", "!=", "<=",
    "&&", "||", "?s", "?p", "?o", "$x", "?x", "?_", "_:b", "ex:x", "ex:", ":x", "<http://e/>", "<s>", "<>",
    "<http://127.0.0.1:9/>", '"lit"', "'lit'", '"""long\n"""', "'''", '"', "'", '"x"@en', '"1"^^xsd:integer',
    "1", "-1.5e3", "0x1", "true", "#", "# comment\n", "\\", "\\u0053ERVICE", "\\u", "\x00", "\n", "é", "𝔘",
    "<<", ">>", "<<(", ")>>", "{{", "}}", "((", "))",
]
QUERY_TEXT = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=300),
    st.lists(st.sampled_from(TOKENS), max_size=40).map(" ".join),
    st.lists(st.sampled_from(TOKENS), max_size=40).map("".join),
)
HEADER_TEXT = st.text(st.characters(min_codepoint=0x20, max_codepoint=0xFF, blacklist_characters="\x7f"),
                      max_size=80).map(str.strip)
MEDIA_TYPES = st.sampled_from([
    "application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/turtle",
    "application/ld+json", "text/html", "*/*", "text/*", "application/*;q=0", "", ";", "a/b;q=x",
    "application/sparql-query", "application/sparql-update", "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x", "application/sparql-query; charset=latin-1", "text/plain",
])
PARAMETER_NAMES = st.sampled_from(["query", "update", "format", "default-graph-uri", "named-graph-uri",
                                   "using-graph-uri", "x", "", "query[]", "Query"])


def fingerprint(store: Store) -> str:
    quads = [*store.quads(), *store.oxigraph.quads_for_pattern(None, None, None, ox.DefaultGraph())]
    return hashlib.sha256("\n".join(sorted(map(str, quads))).encode("utf-8")).hexdigest()


@pytest.fixture
def server(start_server, small_store):
    base_url = start_server(small_store, load(query_timeout=TIMEOUT))
    requests.get(base_url + "/sparql", params={"query": "ASK {}"}, timeout=10)  # the union is made now
    before = fingerprint(small_store)
    yield base_url
    assert fingerprint(small_store) == before


def check(response: requests.Response, seconds: float) -> None:
    """The properties every answer has, whatever was asked."""
    assert seconds < TIMEOUT + SLACK, seconds
    if response.status_code == 501:  # waitress, for a transfer coding it does not know (RFC 9112, 6.1)
        assert "Transfer-Encoding" in response.request.headers
        return
    assert response.status_code < 500 or response.status_code == 503, (response.status_code, response.text[:500])
    if response.request.method == "HEAD":
        return
    if response.status_code >= 400 and response.headers.get("Content-Type", "").startswith("application/json"):
        error = response.json()["error"]
        assert set(error) == {"code", "status", "message"} and error["status"] == response.status_code
    if response.status_code == 503:
        assert "query_timeout" in response.json()["error"]["message"]


def send(method: str, url: str, **arguments) -> None:
    started = time.monotonic()
    response = requests.request(method, url, timeout=TIMEOUT + SLACK + 5, **arguments)
    check(response, time.monotonic() - started)


@FUZZ
@given(query=QUERY_TEXT, how=st.sampled_from(["GET", "form", "direct"]))
def test_any_query_text(server, query, how):
    if how == "GET":
        send("GET", server + "/sparql", params={"query": query})
    elif how == "form":
        send("POST", server + "/sparql", data={"query": query})
    else:
        send("POST", server + "/sparql", data=query.encode("utf-8"),
             headers={"Content-Type": "application/sparql-query"})


@FUZZ
@given(parameters=st.lists(st.tuples(PARAMETER_NAMES, st.one_of(QUERY_TEXT, MEDIA_TYPES)), max_size=12),
       post=st.booleans())
def test_any_parameters(server, parameters, post):
    if post:
        send("POST", server + "/sparql", data=parameters)
    else:
        send("GET", server + "/sparql", params=parameters)


@FUZZ
@given(accept=st.one_of(MEDIA_TYPES, HEADER_TEXT), content_type=st.one_of(MEDIA_TYPES, HEADER_TEXT),
       others=st.dictionaries(st.sampled_from(["Accept-Language", "Accept-Charset", "Content-Encoding",
                                               "Transfer-Encoding", "Origin", "Cookie", "X-Forwarded-For",
                                               "If-None-Match", "Range", "Expect"]), HEADER_TEXT, max_size=3),
       body=st.one_of(st.binary(max_size=200), QUERY_TEXT.map(lambda text: text.encode("utf-8"))),
       method=st.sampled_from(["GET", "POST", "HEAD", "OPTIONS", "PUT", "DELETE"]))
def test_any_headers(server, accept, content_type, others, body, method):
    headers = {"Accept": accept, "Content-Type": content_type, **others}
    if method in ("GET", "HEAD", "OPTIONS"):
        send(method, server + "/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 3"}, headers=headers)
    else:
        send(method, server + "/sparql", data=body, headers=headers)
