"""``kg build`` / ``kg remove`` / ``kg export`` and the server against a real remote triple store.

The remote store is a real ``oxigraph serve`` process (the ``oxigraph`` PyPI package ships the
binary) on a free loopback port, one fresh in-memory server per test: no mocks. Results are
compared quad for quad with the same work done on an embedded store.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests

from kg.build import build
from kg.config import load
from kg.store import Store
from kg.store_remote import RemoteStore
from kg.web import create_app

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
TWO_SEEDS = ("000_7098d567288dc831.txt", "003_7c70f9a971333044.txt")
OXIGRAPH = Path(sys.executable).with_name("oxigraph")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def oxigraph_server(tmp_path) -> Iterator[str]:
    """A fresh `oxigraph serve` on 127.0.0.1:<free port>; yields its base URL once it answers."""
    binary = str(OXIGRAPH) if OXIGRAPH.exists() else shutil.which("oxigraph")
    assert binary, "the oxigraph binary is missing: pip install the project's dependencies"
    port = _free_port()
    log = open(tmp_path / "oxigraph.log", "wb")
    process = subprocess.Popen([binary, "serve", "--location", str(tmp_path / "oxigraph"),
                                "--bind", f"127.0.0.1:{port}"], stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                if requests.get(url + "query", params={"query": "ASK {}"}, timeout=1).ok:
                    break
            except requests.ConnectionError:
                pass
            assert process.poll() is None, (tmp_path / "oxigraph.log").read_text()
            assert time.monotonic() < deadline, "oxigraph serve did not become ready"
            time.sleep(0.05)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()


def kg(*args: str | Path, **env: str) -> subprocess.CompletedProcess:
    """Run ``kg ARGS`` with no KG_* settings from the caller's environment except ``env``."""
    clean = {name: value for name, value in os.environ.items() if not name.startswith("KG_")}
    return subprocess.run([sys.executable, "-m", "kg.cli", *map(str, args)], cwd=REPO, env={**clean, **env},
                          capture_output=True, text=True, timeout=300)


def quads(store: Store) -> set[str]:
    return {str(quad) for quad in store.quads()}


@pytest.fixture(scope="module")
def two_seeds(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("two-seeds")
    for name in TWO_SEEDS:
        shutil.copy(SEEDS / name, folder / name)
    return folder


@pytest.fixture(scope="module")
def embedded_reference(two_seeds) -> Store:
    store = Store(None)
    summary = build(two_seeds, store, load(), progress=False)
    assert summary.ok and len(summary.built) == 2, summary.describe()
    return store


def test_kg_build_into_a_remote_store_matches_the_embedded_build(oxigraph_server, two_seeds, embedded_reference):
    first = kg("build", two_seeds, "--store", oxigraph_server)
    assert first.returncode == 0, first.stderr
    assert "built 2 article(s), 0 unchanged" in first.stdout
    remote = Store(oxigraph_server)
    assert quads(remote) == quads(embedded_reference)
    assert remote.articles() == embedded_reference.articles()

    again = kg("build", two_seeds, **{"KG_STORE": oxigraph_server})  # the setting from the environment
    assert again.returncode == 0, again.stderr
    assert "built 0 article(s), 2 unchanged" in again.stdout
    assert quads(remote) == quads(embedded_reference)


def test_kg_remove_and_export_work_on_a_remote_store(oxigraph_server, embedded_reference, tmp_path):
    remote = Store(oxigraph_server)
    for iri in embedded_reference.articles():
        remote.put_article(iri, "\n".join(str(quad.triple) + " ." for quad in embedded_reference.article_quads(iri)))
    assert quads(remote) == quads(embedded_reference)

    dump = tmp_path / "dump.nq"
    exported = kg("export", "--store", oxigraph_server, "--format", "nquads", "-o", dump)
    assert exported.returncode == 0, exported.stderr
    assert {str(quad) for quad in ox.parse(path=str(dump), format=ox.RdfFormat.N_QUADS)} == quads(remote)

    removed, kept = remote.articles()
    result = kg("remove", removed, "--store", oxigraph_server)
    assert result.returncode == 0, result.stderr
    assert remote.articles() == [kept]
    assert quads(remote) == {str(quad) for quad in embedded_reference.article_quads(kept)}


def test_the_server_answers_the_same_over_a_remote_store(oxigraph_server, embedded_reference, start_server):
    remote = Store(oxigraph_server)
    for iri in embedded_reference.articles():
        remote.put_article(iri, "\n".join(str(quad.triple) + " ." for quad in embedded_reference.article_quads(iri)))
    config = load(store=oxigraph_server)
    app_store = create_app(config).extensions["kg"].store
    assert isinstance(app_store, RemoteStore)  # `kg serve --store URL` serves the remote store

    query = (REPO / "queries" / "who-met-whom.rq").read_text()
    answers = []
    for store in (embedded_reference, app_store):
        base = start_server(store, config)
        response = requests.post(base + "/sparql", data={"query": query},
                                 headers={"Accept": "application/sparql-results+json"}, timeout=30)
        assert response.status_code == 200, response.text
        answers.append(response.json())
        health = requests.get(base + "/healthz", timeout=10).json()
        assert (health["articles"], health["triples"]) == (2, len(embedded_reference))
        construct = requests.post(base + "/sparql", data={"query": "CONSTRUCT WHERE { ?s a ?t }"},
                                  headers={"Accept": "application/n-triples"}, timeout=30)
        assert construct.status_code == 200
        answers.append({str(t) for t in ox.parse(construct.content, ox.RdfFormat.N_TRIPLES)})
    embedded_select, embedded_construct, remote_select, remote_construct = answers
    assert remote_select["head"] == embedded_select["head"]
    key = lambda row: sorted((name, term["value"]) for name, term in row.items())  # noqa: E731
    assert sorted(map(key, remote_select["results"]["bindings"])) == sorted(
        map(key, embedded_select["results"]["bindings"]))
    assert remote_select["results"]["bindings"]
    assert remote_construct == embedded_construct
