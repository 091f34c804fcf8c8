"""Denial of service: each costly request ends at its limit while another client's simple query still
answers within a second.

The server is the real app under waitress (conftest.py) over a store made to be costly: a ring of
3,000 nodes and a literal on each (6,000 triples). Without the limits, the cross product below runs
~40 s and the property path minutes (growing past a gigabyte); with them, each ends at
``query_timeout`` (1 s here) and its worker process is gone, so its core is free again.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests

from kg.config import load
from kg.store import Store

TIMEOUT = 1.0  # query_timeout of the server under test
SLACK = 1.5  # seconds allowed past a limit (a fork, a busy shared machine)
SIMPLE = "ASK { ?s ?p ?o }"
P = "http://example.org/p"
RING = 3000


def ring_store() -> Store:
    store = Store(None)
    graph = ox.NamedNode("https://w3id.org/newskg/id/article/ring")
    p, q = ox.NamedNode(P), ox.NamedNode("http://example.org/q")
    node = [ox.NamedNode(f"http://example.org/s{i}") for i in range(RING)]
    store.oxigraph.extend([ox.Quad(node[i], p, node[(i + 1) % RING], graph) for i in range(RING)]
                          + [ox.Quad(node[i], q, ox.Literal(str(i)), graph) for i in range(RING)])
    return store


@pytest.fixture(scope="module")
def costly_store() -> Store:
    return ring_store()


@pytest.fixture
def server(start_server, costly_store) -> str:
    return start_server(costly_store, load(query_timeout=TIMEOUT))


def race(base_url: str, costly: Callable[[], requests.Response]) -> tuple[requests.Response, float, list[float]]:
    """Send ``costly()`` from a thread; meanwhile time simple queries from this one, one after another.

    Returns the costly request's response and duration, and the simple queries' latencies (at least one).
    """
    outcome: dict = {}

    def send() -> None:
        started = time.monotonic()
        outcome["response"] = costly()
        outcome["seconds"] = time.monotonic() - started

    thread = threading.Thread(target=send)
    thread.start()
    latencies = []
    while thread.is_alive() or not latencies:
        started = time.monotonic()
        answer = requests.get(base_url + "/sparql", params={"query": SIMPLE}, timeout=10)
        latencies.append(time.monotonic() - started)
        assert answer.status_code == 200 and answer.json()["boolean"] is True
        time.sleep(0.05)
    thread.join()
    return outcome["response"], outcome["seconds"], latencies


def get(base_url: str, query: str) -> Callable[[], requests.Response]:
    return lambda: requests.get(base_url + "/sparql", params={"query": query}, timeout=30)


def running_children() -> set[int]:
    """Child processes of this process (where the test servers run) that are not zombies."""
    children = set()
    for task in Path("/proc/self/task").iterdir():
        for pid in _read(task / "children").split():
            status = _read(Path(f"/proc/{pid}/stat"))
            if status and status.rsplit(")", 1)[1].split()[0] != "Z":
                children.add(int(pid))
    return children


def _read(path: Path) -> str:
    """A /proc file's text, or "" once its thread has ended or its process has been reaped."""
    try:
        return path.read_text()
    except (FileNotFoundError, ProcessLookupError):
        return ""


def cpu_ticks(pid: int) -> int | None:
    """User + system CPU ticks of a process (None once it is gone)."""
    status = _read(Path(f"/proc/{pid}/stat"))
    return sum(map(int, status.rsplit(")", 1)[1].split()[11:13])) if status else None


def busy_children(since: set[int]) -> set[int]:
    """Children started after ``since`` that used CPU in the last 0.2 s: a worker left computing."""
    new = running_children() - since
    before = {pid: cpu_ticks(pid) for pid in new}
    time.sleep(0.2)
    return {pid for pid in new if cpu_ticks(pid) not in (None, before[pid])}


@pytest.fixture
def assert_no_worker_left() -> Callable[[], None]:
    """A check that the test's timed-out workers were killed: no child started since keeps computing
    (and eating a core); idle workers, waiting for the next query, may stay. Children of other tests'
    fixtures (servers, clusters) are left out."""
    before = running_children()

    def check() -> None:
        deadline = time.monotonic() + 2
        while busy_children(before) and time.monotonic() < deadline:
            pass
        assert busy_children(before) == set()

    return check


def assert_error(response: requests.Response, status: int, contains: str) -> None:
    assert response.status_code == status, response.text[:500]
    error = response.json()["error"]
    assert error["status"] == status and contains in error["message"], error


@pytest.mark.parametrize(
    "query",
    [
        # a cross product whose filter rejects every one of the 36 million pairs: no solution to stop between
        "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f FILTER(?c = ?f && ?a != ?d) }",
        # the closure of every node before the first solution
        f"SELECT * WHERE {{ ?s (<{P}>|!<{P}>)* ?o }}",
        f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s (<{P}>|!<{P}>)* ?o }}",
        # a cross product sorted: nothing is sent before all is sorted
        "CONSTRUCT { ?a <http://e/x> ?f } WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f",
        # two VALUES blocks of 40,000 rows each (within the body limit), joined on nothing
        "SELECT * WHERE { VALUES ?x { " + " ".join(map(str, range(40_000))) + " } "
        "VALUES ?y { " + " ".join(map(str, range(40_000))) + " } FILTER(?x = ?y + 1000000) }",
    ],
    ids=["cross-product", "deep-path", "deep-path-count", "sorted-cross-product", "huge-values-join"],
)
def test_costly_query_is_cut_off_at_its_limit(server, query, assert_no_worker_left):
    costly = (lambda: requests.post(server + "/sparql", data={"query": query}, timeout=30)) \
        if len(query) > 2000 else get(server, query)
    response, seconds, latencies = race(server, costly)
    assert_error(response, 503, "query_timeout")
    assert TIMEOUT <= seconds < TIMEOUT + SLACK
    assert max(latencies) < 1.0, latencies
    assert_no_worker_left()


def test_a_query_past_its_memory_is_stopped(start_server, costly_store, assert_no_worker_left):
    base_url = start_server(costly_store, load(query_timeout=20.0, query_memory=16))
    query = f"SELECT * WHERE {{ ?s (<{P}>|!<{P}>)* ?o }}"
    response, seconds, latencies = race(base_url, get(base_url, query))
    assert_error(response, 503, "query_memory")
    assert seconds < 10  # long before its 20 s: stopped by its memory, not by its time
    assert max(latencies) < 1.0, latencies
    assert_no_worker_left()


@pytest.mark.parametrize("depth", [20_000, 100_000])
@pytest.mark.parametrize("shape", ["{", "(", "!", "+"])
def test_a_query_nested_too_deep_is_400_and_the_server_lives_on(server, shape, depth):
    """Nesting thousands deep overflows the query engine's stack: before, it killed the whole server."""
    query = {
        "{": "ASK " + "{" * depth + "}" * depth,
        "(": "ASK { FILTER(" + "(" * depth + "true" + ")" * depth + ") }",
        "!": "ASK { FILTER(" + "!" * depth + "true) }",
        "+": "ASK { FILTER(" + "+".join(["1"] * depth) + ") }",
    }[shape]
    response = requests.post(server + "/sparql", data=query.encode(), timeout=30,
                             headers={"Content-Type": "application/sparql-query"})
    assert_error(response, 400, "nested")
    assert requests.get(server + "/sparql", params={"query": SIMPLE}, timeout=10).json()["boolean"] is True


def test_a_10_mb_body_is_413(server):
    body = b"SELECT * WHERE { ?s ?p ?o } #" + b"x" * 10_000_000
    costly = lambda: requests.post(server + "/sparql", data=body, timeout=30,  # noqa: E731
                                   headers={"Content-Type": "application/sparql-query"})
    response, seconds, latencies = race(server, costly)
    assert_error(response, 413, "max_request_bytes")
    assert seconds < 5
    assert max(latencies) < 1.0, latencies


def test_a_10_mb_form_is_413(server):
    response, seconds, latencies = race(server, lambda: requests.post(
        server + "/sparql", data={"query": "ASK {}", "padding": "x" * 10_000_000}, timeout=30))
    assert_error(response, 413, "max_request_bytes")
    assert seconds < 5 and max(latencies) < 1.0


def test_huge_values_over_the_body_limit_is_413(server):
    query = "SELECT * WHERE { VALUES ?x { " + " ".join(map(str, range(300_000))) + " } }"  # ~2 MB
    response = requests.post(server + "/sparql", data={"query": query}, timeout=30)
    assert_error(response, 413, "max_request_bytes")


@pytest.mark.parametrize("where", ["url", "form"])
def test_a_thousand_parameters_are_413(server, where):
    parameters = [("query", SIMPLE)] + [(f"p{i}", str(i)) for i in range(1000)]
    send = (lambda: requests.get(server + "/sparql", params=parameters, timeout=30)) if where == "url" \
        else (lambda: requests.post(server + "/sparql", data=parameters, timeout=30))
    response, seconds, latencies = race(server, send)
    assert_error(response, 413, "max_parameters")
    assert seconds < 5 and max(latencies) < 1.0


def test_a_long_query_in_the_url_is_413(start_server, costly_store):
    base_url = start_server(costly_store, load(max_request_bytes=1000))
    query = "ASK { FILTER(" + " || ".join(["false"] * 200) + ") }"
    response = requests.get(base_url + "/sparql", params={"query": query}, timeout=10)
    assert_error(response, 413, "max_request_bytes")
    assert requests.get(base_url + "/sparql", params={"query": SIMPLE}, timeout=10).status_code == 200


def test_the_limits_are_settings(start_server, costly_store):
    base_url = start_server(costly_store, load(max_parameters=3))
    ok = requests.get(base_url + "/sparql", params={"query": SIMPLE, "format": "json", "x": "1"}, timeout=10)
    assert ok.status_code == 200
    refused = requests.get(base_url + "/sparql", params={"query": SIMPLE, "format": "json", "x": "1", "y": "2"},
                           timeout=10)
    assert_error(refused, 413, "at most 3")


def test_many_costly_queries_at_once_leave_no_worker_behind(server, assert_no_worker_left):
    """Four at once (the server's four threads): each ends at its limit, and then no worker runs on."""
    query = f"SELECT * WHERE {{ ?s (<{P}>|!<{P}>)* ?o }}"
    responses: list[requests.Response] = []
    threads = [threading.Thread(target=lambda: responses.append(get(server, query)())) for _ in range(4)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert time.monotonic() - started < TIMEOUT + 2 * SLACK
    assert [response.status_code for response in responses] == [503] * 4
    assert_no_worker_left()
    assert requests.get(server + "/sparql", params={"query": SIMPLE}, timeout=10).status_code == 200


def test_the_worker_is_a_child_process_not_a_thread(server):
    """A query's evaluation leaves no thread behind in the server either (the old design's leak)."""
    before = threading.active_count()
    response = get(server, "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f FILTER(?c = ?f && ?a != ?d) }")()
    assert response.status_code == 503
    time.sleep(0.5)  # the reaper threads end once their child is reaped
    assert threading.active_count() <= before


def test_an_on_disk_store_is_bounded_too(start_server, tmp_path, assert_no_worker_left):
    """The worker reads a RocksDB store it inherited from the server, and is cut off the same way."""
    store = Store(tmp_path / "store")
    store.oxigraph.extend(ring_store().quads())
    base_url = start_server(store, load(query_timeout=TIMEOUT))
    assert requests.get(base_url + "/sparql", params={"query": SIMPLE}, timeout=10).json()["boolean"] is True
    response, seconds, latencies = race(base_url, get(base_url, f"SELECT * WHERE {{ ?s (<{P}>|!<{P}>)* ?o }}"))
    assert_error(response, 503, "query_timeout")
    assert seconds < TIMEOUT + SLACK and max(latencies) < 1.0
    assert_no_worker_left()


@pytest.mark.parametrize("on_disk", [False, True])
def test_a_burst_of_simple_queries_all_answer(start_server, costly_store, tmp_path, on_disk):
    """Eight clients at once, each forking its own workers, while other threads read the store for
    entity pages: every answer is right. (A worker that inherited a lock held by one of those threads
    would wait for ever: a 503 at the deadline, generous here so that only such a wait fails it.)"""
    store = costly_store
    if on_disk:
        store = Store(tmp_path / "store")
        store.oxigraph.extend(costly_store.quads())
    server = start_server(store, load(query_timeout=20.0))
    answers: list[tuple[int, str]] = []
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s <http://example.org/q> ?o }"

    def client() -> None:
        with requests.Session() as session:
            for _ in range(6):
                response = session.get(server + "/sparql", params={"query": query}, timeout=30)
                rows = response.json().get("results", {}).get("bindings", [])
                answers.append((response.status_code, rows[0]["n"]["value"] if rows else response.text[:200]))

    def reader() -> None:
        with requests.Session() as session:
            for i in range(12):
                assert session.get(f"{server}/id/s{i}", timeout=30).status_code in (200, 404)

    threads = [threading.Thread(target=client) for _ in range(8)] + [threading.Thread(target=reader) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert answers == [(200, str(RING))] * 48


def test_query_workers_are_reused_and_see_every_write(start_server):
    """Queries run in worker processes forked once and reused (a fork per query read every block of the
    store cold); a write to the store since a worker's fork retires it, so every answer sees the write."""
    store = ring_store()
    base_url = start_server(store)
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    before = running_children()

    def triples() -> int:
        response = requests.get(base_url + "/sparql", params={"query": count},
                                headers={"Accept": "application/sparql-results+json"}, timeout=30)
        return int(response.json()["results"]["bindings"][0]["n"]["value"])

    first = [triples() for _ in range(20)]
    assert len(set(first)) == 1
    assert len(running_children() - before) == 1  # one worker served the 20 queries, one after another
    store.put_article("https://w3id.org/newskg/id/article/new", '<https://example.org/s> <https://example.org/p> "new" .')
    assert triples() == first[0] + 1
