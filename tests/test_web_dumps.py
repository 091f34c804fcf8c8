"""``/dumps/`` and ``kg export`` over real HTTP: every dump parses back (rdflib and pyoxigraph) to the store,
conditional GET, byte-identical CLI output, constant memory, no path traversal.

Dumps are compared as RDF (graph isomorphism, sets of quads), never as strings.
"""
from __future__ import annotations

import gzip
import http.client
import io
import os
import subprocess
import sys
import tracemalloc
from pathlib import Path
from urllib.parse import urlsplit

import pyoxigraph as ox
import pytest
import rdflib
import requests
from rdflib.compare import to_isomorphic

from kg.export import dump_files, export, jsonld_context
from kg.store import Store

REPO = Path(__file__).resolve().parents[1]
RDFLIB_FORMATS = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld", "rdfxml": "xml", "trig": "trig",
                  "nquads": "nquads"}
NEW_ARTICLE = "https://w3id.org/newskg/id/article/added-later"

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's parsers use ConjunctiveGraph


def listing(base_url: str) -> list[dict]:
    response = requests.get(base_url + "/dumps/", timeout=10)
    assert response.status_code == 200 and response.headers["Content-Type"].startswith("application/json")
    return response.json()["dumps"]


def fetch(url: str, **headers) -> requests.Response:
    response = requests.get(url, headers=headers, timeout=30)
    assert response.status_code == 200, response.text
    return response


def content(response: requests.Response, name: str) -> bytes:
    return gzip.decompress(response.content) if name.endswith(".gz") else response.content


def union_of(store: Store) -> set[ox.Triple]:
    return {quad.triple for quad in store.quads()}


# --- the listing --------------------------------------------------------------------------------

def test_listing_names_every_dump_and_each_answers(live_server):
    dumps = listing(live_server)
    assert {dump["name"] for dump in dumps} == set(dump_files())
    assert len(dumps) == 12  # six formats, each plain and gzipped
    for dump in dumps:
        head = requests.head(dump["url"], timeout=10)
        assert head.status_code == 200 and head.headers["Content-Type"].startswith(dump["media_type"])
        assert int(head.headers["Content-Length"]) > 0


def test_listing_for_browsers_is_html(live_server):
    response = requests.get(live_server + "/dumps/", headers={"Accept": "text/html,*/*;q=0.8"}, timeout=10)
    assert response.headers["Content-Type"].startswith("text/html")
    for name in dump_files():
        assert f">{name}</a>" in response.text


# --- every dump is the store ----------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(dump_files()))
def test_dump_parses_back_to_the_store(live_server, small_store, small_articles, name):
    fmt, compressed = dump_files()[name]
    data = content(fetch(f"{live_server}/dumps/{name}"), name)
    parsed = list(ox.parse(data, format=fmt.rdf_format))
    if fmt.per_article:
        assert set(parsed) == set(small_store.quads()) and len(parsed) == len(set(parsed))
        dataset = rdflib.Dataset()
        dataset.parse(data=data, format=RDFLIB_FORMATS[fmt.key])
        for iri, graph in small_articles.items():
            assert to_isomorphic(dataset.graph(rdflib.URIRef(iri))) == to_isomorphic(graph)
    else:
        triples = [quad.triple for quad in parsed]
        assert set(triples) == union_of(small_store) and len(triples) == len(set(triples))  # each triple once
        union = rdflib.Graph()
        for graph in small_articles.values():
            union += graph
        parsed_by_rdflib = rdflib.Graph().parse(data=data, format=RDFLIB_FORMATS[fmt.key])
        assert to_isomorphic(parsed_by_rdflib) == to_isomorphic(union)


def test_gzip_dumps_are_sent_as_gzip_files(live_server):
    response = fetch(f"{live_server}/dumps/newskg.nq.gz")
    assert response.headers["Content-Type"] == "application/gzip"
    assert "Content-Encoding" not in response.headers  # else clients would unpack it and save it as .gz
    assert response.content[:2] == b"\x1f\x8b"


def test_real_seeds_dumps_round_trip(start_server, seeds_store):
    """The seeds graph (long bodies, quotes, non-ASCII) in JSON-LD and Turtle, read by both parsers."""
    base_url = start_server(seeds_store)
    union = union_of(seeds_store)
    for name in ("newskg.jsonld.gz", "newskg.ttl"):
        fmt, _ = dump_files()[name]
        data = content(fetch(f"{base_url}/dumps/{name}"), name)
        assert {quad.triple for quad in ox.parse(data, format=fmt.rdf_format)} == union
        assert len(rdflib.Graph().parse(data=data, format=RDFLIB_FORMATS[fmt.key])) == len(union)


def test_jsonld_dump_uses_the_published_context(live_server):
    import json

    published = fetch(live_server + "/ns/context.jsonld").json()["@context"]
    assert published == jsonld_context()
    response = fetch(live_server + "/dumps/newskg.jsonld")
    assert json.loads(response.content)["@context"] == published  # embedded: parses offline
    assert "/ns/context.jsonld" in response.headers["Link"]
    assert requests.get(live_server + "/ns/context.jsonld", timeout=10).headers["Content-Type"] == "application/ld+json"


# --- ETag, Last-Modified, 304 -----------------------------------------------------------------------

def test_conditional_get(live_server):
    url = live_server + "/dumps/newskg.ttl"
    first = fetch(url)
    etag, modified = first.headers["ETag"], first.headers["Last-Modified"]
    assert etag.startswith('"') and modified.endswith("GMT")
    for headers in ({"If-None-Match": etag}, {"If-Modified-Since": modified}, {"If-None-Match": f'"x", {etag}'}):
        again = requests.get(url, headers=headers, timeout=10)
        assert again.status_code == 304 and again.content == b"", headers
        assert again.headers["ETag"] == etag
    assert requests.get(url, headers={"If-None-Match": '"other"'}, timeout=10).status_code == 200
    earlier = "Mon, 01 Jan 2001 00:00:00 GMT"
    assert requests.get(url, headers={"If-Modified-Since": earlier}, timeout=10).status_code == 200
    # the ETag names the representation: the gzipped file has its own
    assert fetch(url + ".gz").headers["ETag"] != etag


def test_a_changed_store_changes_etag_and_content(live_server, small_store, small_articles):
    url = live_server + "/dumps/newskg.nq"
    before = fetch(url)
    small_store.replace_article(NEW_ARTICLE, small_articles["https://w3id.org/newskg/id/article/lavrov-on-afghanistan"])
    after = requests.get(url, headers={"If-None-Match": before.headers["ETag"]}, timeout=10)
    assert after.status_code == 200 and after.headers["ETag"] != before.headers["ETag"]
    graphs = {quad.graph_name.value for quad in ox.parse(after.content, format=ox.RdfFormat.N_QUADS)}
    assert NEW_ARTICLE in graphs


def test_not_modified_does_not_write_the_dump(small_store):
    """A 304 is decided from the store's state alone: the file is not generated for it."""
    from kg.config import load
    from kg.web import create_app

    app = create_app(load(), small_store)
    client = app.test_client()
    etag = client.head("/dumps/newskg.trig").headers["ETag"]
    folder = app.extensions["kg"].dumps._folder
    for path in folder.iterdir():
        path.unlink()
    assert client.get("/dumps/newskg.trig", headers={"If-None-Match": etag}).status_code == 304
    assert list(folder.iterdir()) == []


# --- kg export writes the same bytes -----------------------------------------------------------------

def test_kg_export_writes_the_bytes_the_server_serves(tmp_path, small_articles, start_server):
    path = tmp_path / "store"
    writer = Store(str(path))
    for iri, graph in small_articles.items():
        writer.replace_article(iri, graph)
    writer.close()
    env = {name: value for name, value in os.environ.items() if not name.startswith("KG_")}
    folder = tmp_path / "dumps"
    result = subprocess.run([sys.executable, "-m", "kg.cli", "export", "--store", str(path), "--dir", str(folder)],
                            cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    single = tmp_path / "one.ttl.gz"
    result = subprocess.run([sys.executable, "-m", "kg.cli", "export", "--store", str(path), "-o", str(single)],
                            cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr

    base_url = start_server(Store(str(path), read_only=True))
    assert sorted(p.name for p in folder.iterdir()) == sorted([*dump_files(), "datacard.json", "datacard.md"])
    for name in dump_files():
        assert fetch(f"{base_url}/dumps/{name}").content == (folder / name).read_bytes(), name
    assert single.read_bytes() == (folder / "newskg.ttl.gz").read_bytes()


# --- streaming: memory does not grow with the graph ------------------------------------------------

class _Discard(io.RawIOBase):
    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        return len(data)


def _generated_store(subjects: int) -> Store:
    store = Store(None)
    store.oxigraph.extend(
        ox.Quad(ox.NamedNode(f"https://w3id.org/newskg/id/actor/x{i}"),
                ox.NamedNode(f"https://w3id.org/newskg/ontology#p{j}"), ox.Literal(f"value {i} {j}"),
                ox.NamedNode(f"https://w3id.org/newskg/id/article/a{i % 7}"))
        for i in range(subjects) for j in range(4)
    )
    return store


@pytest.mark.parametrize("fmt", ["jsonld", "turtle", "nquads"])
def test_export_memory_does_not_grow_with_the_graph(fmt):
    peaks = []
    for subjects in (1000, 4000):
        store = _generated_store(subjects)
        tracemalloc.start()
        export(store, fmt, _Discard(), compress=True)
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
    small, large = peaks
    assert large < small * 1.5 + 64 * 1024, peaks  # four times the graph, about the same peak


# --- no way out of the dump folder ------------------------------------------------------------------

@pytest.mark.parametrize("path", [
    "/dumps/../../etc/passwd",
    "/dumps/..%2F..%2Fetc%2Fpasswd",
    "/dumps/%2e%2e/%2e%2e/etc/passwd",
    "/dumps/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "/dumps/..%5c..%5cetc%5cpasswd",
    "/dumps/newskg.ttl/../../../etc/passwd",
    "/dumps/newskg.ttl%00.txt",
    "/dumps//etc/passwd",
    "/dumps/%252e%252e%252fetc%252fpasswd",
    "/dumps/.%2e/.%2e/pyproject.toml",
    "/dumps/" + "../" * 8 + "etc/passwd",
])
def test_no_path_traversal(live_server, path):
    """Sent as raw request targets (requests would normalise the dots away)."""
    host = urlsplit(live_server).netloc
    connection = http.client.HTTPConnection(host, timeout=10)
    connection.request("GET", path)
    response = connection.getresponse()
    body = response.read()
    connection.close()
    assert response.status == 404, (path, response.status)
    assert b"root:" not in body and b"[project]" not in body
