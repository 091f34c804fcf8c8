"""No way out: no request changes the store, makes the server connect anywhere, or reads a file outside.

* Updates and federation (SERVICE, LOAD, INSERT, DELETE, CLEAR, DROP, …) in every protocol form are
  refused, and the store's quads are the same before and after (count and checksum).
* A listening socket on loopback stands for the outside world: queries naming it in SERVICE, FROM,
  LOAD, the protocol's graph parameters, BASE or plain IRIs never make the server connect to it —
  while a server told to allow it (``service_allow``) does, which shows the listener would notice.
* Dump, entity and static URLs never reach a file outside (``..``, ``%2e%2e%2f``, double-encoded,
  backslashes, NUL): always 400 or 404. Paths are sent as raw bytes (http.client), not normalised.
"""
from __future__ import annotations

import hashlib
import http.client
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pyoxigraph as ox
import pytest
import requests

import kg.web
from kg.config import load
from kg.store import Store

SIMPLE = "ASK { ?s ?p ?o }"
G = "https://w3id.org/newskg/id/article/jaishankar-meets-lavrov"


def fingerprint(store: Store) -> tuple[int, str]:
    """Quads of every graph, the default one included: their number and a checksum of them, sorted."""
    quads = [*store.quads(), *store.oxigraph.quads_for_pattern(None, None, None, ox.DefaultGraph())]
    lines = sorted(f"{quad.subject} {quad.predicate} {quad.object} {quad.graph_name}" for quad in quads)
    return len(lines), hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


@pytest.fixture
def served(live_server, small_store) -> Iterator[str]:
    """The live server, its store's fingerprint checked after the test (the union made by a first query)."""
    assert requests.get(live_server + "/sparql", params={"query": SIMPLE}, timeout=10).status_code == 200
    before = fingerprint(small_store)
    assert before[0] > 0
    yield live_server
    assert fingerprint(small_store) == before


# --- updates and federation, in every protocol form ------------------------------------------------

ESCAPES = [
    "INSERT DATA { <http://e/s> <http://e/p> <http://e/o> }",
    "INSERT DATA { GRAPH <http://e/g> { <http://e/s> <http://e/p> <http://e/o> } }",
    "INSERT { ?s <http://e/p> ?o } WHERE { ?s ?p ?o }",
    "DELETE DATA { <http://e/s> <http://e/p> <http://e/o> }",
    "DELETE WHERE { ?s ?p ?o }",
    "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "WITH <" + G + "> DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }",
    "CLEAR ALL",
    "CLEAR DEFAULT",
    "CLEAR GRAPH <" + G + ">",
    "DROP ALL",
    "DROP SILENT GRAPH <" + G + ">",
    "CREATE GRAPH <http://e/new>",
    "COPY <" + G + "> TO DEFAULT",
    "MOVE <" + G + "> TO <http://e/g>",
    "ADD DEFAULT TO <http://e/g>",
    "LOAD <http://127.0.0.1:9/data.ttl>",
    "LOAD SILENT <file:///etc/passwd> INTO GRAPH <http://e/g>",
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE SILENT <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { VALUES ?e { <http://127.0.0.1:9/> } SERVICE ?e { ?s ?p ?o } }",
    "select * where { service <http://127.0.0.1:9/> { ?s ?p ?o } }",
    "PREFIX x: <http://127.0.0.1:9/> SELECT * WHERE { SERVICE x:sparql { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p ?o . SERVICE<http://127.0.0.1:9/>{?a ?b ?c} }",
    "CLEAR ALL ; SELECT * WHERE { ?s ?p ?o }",
    "SELECT * WHERE { ?s ?p ?o } ; CLEAR ALL",
]


def forms(text: str) -> dict[str, tuple[str, dict]]:
    """The five ways the protocol lets a client send ``text``: method and requests keyword arguments."""
    return {
        "GET query=": ("GET", {"params": {"query": text}}),
        "POST form query=": ("POST", {"data": {"query": text}}),
        "POST form update=": ("POST", {"data": {"update": text}}),
        "POST sparql-update": ("POST", {"data": text.encode(), "headers": {"Content-Type": "application/sparql-update"}}),
        "POST sparql-query": ("POST", {"data": text.encode(), "headers": {"Content-Type": "application/sparql-query"}}),
    }


@pytest.mark.parametrize("text", ESCAPES)
def test_updates_and_federation_are_refused_in_every_form(served, text):
    for form, (method, arguments) in forms(text).items():
        response = requests.request(method, served + "/sparql", timeout=10, **arguments)
        assert response.status_code in (400, 403), (form, response.status_code, response.text[:300])
        error = response.json()["error"]
        assert error["status"] == response.status_code and error["code"] == f"KG{response.status_code}"
        if "update" in form:
            assert response.status_code == 403 and "read-only" in error["message"]


def test_an_update_beside_a_query_is_refused(served):
    both = {"query": SIMPLE, "update": "CLEAR ALL"}
    assert requests.post(served + "/sparql", data=both, timeout=10).status_code == 403
    assert requests.get(served + "/sparql", params=both, timeout=10).status_code == 403


# --- no outbound connection -------------------------------------------------------------------------

class Listener:
    """A TCP socket listening on loopback that counts the connections made to it."""

    def __init__(self) -> None:
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.socket.settimeout(0.1)
        self.url = f"http://127.0.0.1:{self.socket.getsockname()[1]}/"
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self.socket.accept()
            except TimeoutError:
                continue
            self.connections += 1
            connection.close()  # an endpoint that answers nothing: SERVICE SILENT then yields no rows

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self.socket.close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    outside = Listener()
    yield outside
    outside.close()


def outbound_attempts(url: str) -> list[tuple[str, dict]]:
    """Requests that name ``url`` wherever a query or the protocol can name a place to read from."""
    host = urlsplit(url).netloc
    queries = [
        f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ SERVICE SILENT <{url}sparql> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ VALUES ?e {{ <{url}> }} SERVICE SILENT ?e {{ ?s ?p ?o }} }}",
        f"PREFIX out: <{url}> SELECT * WHERE {{ SERVICE SILENT out:sparql {{ ?s ?p ?o }} }}",
        f"SELECT * FROM <{url}graph.ttl> WHERE {{ ?s ?p ?o }}",
        f"SELECT * FROM NAMED <{url}graph.ttl> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
        f"BASE <{url}> SELECT * FROM <graph.ttl> WHERE {{ ?s ?p ?o }}",
        f"DESCRIBE <{url}>",
        f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{url}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ BIND(IRI(\"{url}\") AS ?x) ?x ?p ?o }}",
        f"LOAD <{url}data.ttl>",
        f"LOAD SILENT <{url}data.ttl> INTO GRAPH <http://e/g>",
    ]
    attempts = [(method, arguments) for query in queries for method, arguments in forms(query).values()]
    graphs = {"query": SIMPLE, "default-graph-uri": url + "d.ttl", "named-graph-uri": url + "n.ttl"}
    attempts += [("GET", {"params": graphs}), ("POST", {"data": graphs})]
    headers = {"Host": host, "Referer": url, "X-Forwarded-Host": host, "Forwarded": f"host={host}"}
    attempts += [("GET", {"params": {"query": "SELECT * WHERE { ?s ?p <x> }"}, "headers": headers})]
    attempts += [("GET", {"params": {"query": SIMPLE, "format": url}})]
    return attempts


def test_no_request_makes_the_server_connect_out(served, listener):
    for method, arguments in outbound_attempts(listener.url):
        response = requests.request(method, served + "/sparql", timeout=10, **arguments)
        assert response.status_code < 500, (arguments, response.text[:300])
    time.sleep(0.3)  # a connection attempt in flight would be accepted by now
    assert listener.connections == 0


def test_the_listener_sees_a_server_that_may_connect(start_server, small_store, listener):
    """Control: with SERVICE allowed to the listener, the same query does connect to it."""
    base_url = start_server(small_store, load(service_allow=listener.url))
    query = f"SELECT * WHERE {{ SERVICE SILENT <{listener.url}> {{ ?s ?p ?o }} }}"
    assert requests.get(base_url + "/sparql", params={"query": query}, timeout=20).status_code == 200
    deadline = time.monotonic() + 5
    while listener.connections == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert listener.connections > 0


# --- no path traversal ------------------------------------------------------------------------------

TRAVERSALS = [
    "/dumps/../../etc/passwd",
    "/dumps/..%2f..%2fetc%2fpasswd",
    "/dumps/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "/dumps/%2e%2e/%2e%2e/etc/passwd",
    "/dumps/%252e%252e%252f%252e%252e%252fetc%252fpasswd",
    "/dumps/..%5c..%5cetc%5cpasswd",
    "/dumps/..\\..\\etc\\passwd",
    "/dumps/%c0%ae%c0%ae%c0%af%c0%ae%c0%ae%c0%afetc%c0%afpasswd",
    "/dumps/newskg.ttl/../../../etc/passwd",
    "/dumps/newskg.ttl%00.txt",
    "/dumps/%2fetc%2fpasswd",
    "/dumps//etc/passwd",
    "/dumps/....//....//etc/passwd",
    "/id/../../etc/passwd",
    "/id/actor/..%2f..%2f..%2f..%2fetc%2fpasswd",
    "/id/actor/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "/id/%252e%252e%252fetc%252fpasswd",
    "/id/actor/..\\..\\..\\etc\\passwd",
    "/id/actor/Q58217/../../../../etc/passwd",
    "/id/actor/Q58217.ttl%00",
    "/newskg/id/..%2f..%2fetc%2fpasswd",
    "/static/../../../../etc/passwd",
    "/static/..%2f..%2f..%2f..%2fetc%2fpasswd",
    "/static/%2e%2e/%2e%2e/config.py",
    "/static/..%2f..%2fconfig.py",
    "/static/..\\..\\config.py",
    "/static/%252e%252e%252f%252e%252e%252fconfig.py",
    "/static/vendor/../../sparql.py",
    "/../../../../etc/passwd",
    "/%2e%2e/%2e%2e/etc/passwd",
]
SECRETS = ("root:", "Every setting in one declared list", "bp = Blueprint(", "from __future__ import")


def raw_get(base_url: str, path: str) -> tuple[int, bytes]:
    """GET with the path exactly as given: no client normalises its dots or its escapes."""
    parts = urlsplit(base_url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        connection.putrequest("GET", path, skip_accept_encoding=True)
        connection.endheaders()
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


@pytest.mark.parametrize("path", TRAVERSALS)
def test_no_path_reaches_a_file_outside(live_server, path):
    status, body = raw_get(live_server, path)
    assert status in (400, 404), (status, body[:300])
    assert not any(secret.encode() in body for secret in SECRETS)


def test_the_served_files_still_are_served(live_server):
    """The refusals above are not a server that serves nothing."""
    static = next(path.name for path in (Path(kg.web.__file__).parent / "static").iterdir() if path.is_file())
    assert raw_get(live_server, "/dumps/newskg.nt")[0] == 200
    assert raw_get(live_server, "/id/actor/Q58217.ttl")[0] == 200
    assert raw_get(live_server, "/static/" + static)[0] == 200


@pytest.mark.parametrize("clause", ["FROM <file:///etc/passwd>", "FROM NAMED <file:///etc/passwd>"])
def test_a_file_iri_is_a_name_never_read(served, clause):
    query = f"SELECT * {clause} WHERE {{ {{ ?s ?p ?o }} UNION {{ GRAPH ?g {{ ?s ?p ?o }} }} }}"
    response = requests.get(served + "/sparql", params={"query": query}, timeout=10)
    assert response.status_code == 200 and response.json()["results"]["bindings"] == []
