"""``kill -9`` of ``kg serve`` during a dump download: the server restarts on the same store and
serves the same dumps, byte for byte (sha256), over the same graph.

Two stores: the seeds' graph, and a big one holding the seeds' article graphs plus copies of them
under other graph names, enough that its N-Quads dump is over twice the kernel's largest TCP send
buffer. Every dump of the seeds (under 1 MB) is handed to the kernel whole as soon as it is asked
for, and still reaches the client complete if the server dies then; the big dump cannot be, so a
kill while it is streamed really cuts the download.

Each round starts the server (a fresh process: no dump written yet) and kills it at one moment:

* while a dump of the seeds is being written, before any byte is sent: the kill comes as soon as
  the file's partial copy appears in the server's private temporary folder; the client's
  connection drops without an answer, and the partial file is left behind;
* while the big dump is streamed, after the client (its receive buffer fixed small) has read part
  of the body and stopped reading: the body the client gets is cut short.

After each kill the store opens in this process and holds the same quads; the server restarts on
the same store and port; the dumps downloaded again have the sha256 they had before any kill, and
SPARQL counts the same triples and quads.
"""
from __future__ import annotations

import contextlib
import hashlib
import http.client
import math
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests

from kg.store import Store

REPO = Path(__file__).resolve().parents[1]
CHECKED = {  # store -> the dumps downloaded whole before the kills and after every restart
    "seeds": ("newskg.ttl", "newskg.ttl.gz", "newskg.nt.gz", "newskg.jsonld"),
    "big": ("newskg.nq",),
}
BIG_DUMP = "newskg.nq"
COUNTS = {
    "triples": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    "quads": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
}
ROUNDS = (  # (store, dump, moment): "writing", or how many bytes of the body are read before the kill
    ("seeds", "newskg.ttl", "writing"),
    ("seeds", "newskg.nt.gz", "writing"),
    ("big", BIG_DUMP, 64 * 1024),
    ("big", BIG_DUMP, 1024 * 1024),
)
RECEIVE_BUFFER = 64 * 1024  # the streaming rounds' client socket (the kernel doubles it)


def largest_send_buffer() -> int:
    """The most a TCP socket's send buffer grows to (tcp_wmem's maximum), in bytes."""
    return int(Path("/proc/sys/net/ipv4/tcp_wmem").read_text().split()[2])


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """``kg serve`` in a child process on a given loopback port, with its own temporary folder."""

    def __init__(self, store: Path, port: int, tmp: Path) -> None:
        self.base = f"http://127.0.0.1:{port}"
        self.tmp = tmp
        self.tmp.mkdir(exist_ok=True)
        env = {name: value for name, value in os.environ.items() if not name.startswith("KG_")}
        env["TMPDIR"] = str(tmp)  # where the server writes its dumps
        self.process = subprocess.Popen(
            [sys.executable, "-m", "kg.cli", "serve", "--store", str(store), "--port", str(port)],
            cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        self._wait_until_ready()

    def _wait_until_ready(self, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while True:
            try:
                if requests.get(self.base + "/healthz", timeout=2).status_code == 200:
                    return
            except requests.ConnectionError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.process.kill()
                raise RuntimeError(f"kg serve did not start: {self.process.communicate()[1][-2000:]}")
            time.sleep(0.05)

    def partial_dumps(self) -> list[Path]:
        return list(self.tmp.glob("kg-dumps-*/.*.partial"))

    def kill_9(self) -> None:
        self.process.kill()  # SIGKILL
        self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
        self.process.stderr.close()


def download(base: str, name: str) -> str:
    response = requests.get(f"{base}/dumps/{name}", timeout=60)
    assert response.status_code == 200, response.text[:200]
    return hashlib.sha256(response.content).hexdigest()


def counts(base: str) -> dict[str, int]:
    found = {}
    for what, query in COUNTS.items():
        answer = requests.post(base + "/sparql", data={"query": query}, timeout=60,
                               headers={"Accept": "application/sparql-results+json"})
        assert answer.status_code == 200, answer.text[:200]
        found[what] = int(answer.json()["results"]["bindings"][0]["n"]["value"])
    return found


def stored_quads(path: Path) -> int:
    """Open the store as the restarted server will (recovering its log) and count its article quads."""
    store = Store(path)
    quads = len(store)
    store.close()
    return quads


def write_store(path: Path, quads: list[ox.Quad], copies: int = 0) -> Path:
    """``quads``, and ``copies`` copies of them each under graph names of its own, into a new store."""
    store = ox.Store(str(path))
    store.bulk_extend(quads)
    for copy in range(1, copies + 1):
        store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object, ox.NamedNode(f"{q.graph_name.value}-copy-{copy}"))
                          for q in quads)
    store.flush()
    del store
    return path


@pytest.fixture(scope="module")
def stores(tmp_path_factory, seeds_store) -> dict[str, Path]:
    """The seeds' graph, and the big store whose N-Quads dump outgrows twice the largest send buffer."""
    quads = list(seeds_store.quads())
    one_copy = len(ox.serialize(quads, format=ox.RdfFormat.N_QUADS))
    folder = tmp_path_factory.mktemp("stores")
    return {
        "seeds": write_store(folder / "seeds", quads),
        "big": write_store(folder / "big", quads, math.ceil((2 * largest_send_buffer() + 2**21) / one_copy) - 1),
    }


@pytest.fixture(scope="module")
def port() -> int:
    return free_port()


@pytest.fixture(scope="module")
def reference(stores, port, tmp_path_factory) -> dict[str, dict]:
    """Before any kill, per store: the sha256 of each checked dump, the counts, the stored quads and the
    size of each checked dump."""
    found = {}
    for kind, path in stores.items():
        server = Server(path, port, tmp_path_factory.mktemp(f"reference-{kind}"))
        try:
            digests = {name: download(server.base, name) for name in CHECKED[kind]}
            sizes = {name: int(requests.head(f"{server.base}/dumps/{name}", timeout=60).headers["Content-Length"])
                     for name in CHECKED[kind]}
            answered = counts(server.base)
        finally:
            server.stop()
        found[kind] = {"digests": digests, "sizes": sizes, "counts": answered, "quads": stored_quads(path)}
    return found


@pytest.fixture
def servers(port, tmp_path):
    """``start(store)`` -> a new server on that store and the module's port; all stopped at teardown."""
    started: list[Server] = []

    def start(store: Path) -> Server:
        started.append(Server(store, port, tmp_path / f"tmp-{len(started)}"))
        return started[-1]

    yield start
    for server in started:
        server.stop()


def kill_while_written(server: Server, name: str) -> None:
    """Ask for a dump the fresh server has not written yet; kill it as soon as the write begins."""
    outcome: dict = {}

    def ask() -> None:
        try:
            outcome["response"] = requests.get(f"{server.base}/dumps/{name}", timeout=60)
        except requests.RequestException as e:
            outcome["error"] = e

    asking = threading.Thread(target=ask)
    asking.start()
    deadline = time.monotonic() + 30
    while not server.partial_dumps() and asking.is_alive() and time.monotonic() < deadline:
        time.sleep(0.001)
    server.kill_9()
    asking.join(timeout=60)
    assert server.partial_dumps(), f"the kill did not come while {name} was being written: {outcome}"
    assert isinstance(outcome.get("error"), requests.ConnectionError), f"the client got an answer: {outcome}"


def kill_while_streamed(server: Server, name: str, read_first: int, size: int) -> None:
    """Download a dump, stop reading after ``read_first`` bytes of its body, kill the server, read the rest.

    The client's receive buffer is fixed small (no autotuning), so that what the kernels hold for it
    when the server dies is at most the server's send buffer and this one: less than the rest of the dump.
    """
    assert size > read_first + largest_send_buffer() + 4 * RECEIVE_BUFFER, "the rest would fit in socket buffers"
    connection = http.client.HTTPConnection("127.0.0.1", int(server.base.rsplit(":", 1)[1]), timeout=60)
    connection.sock = socket.socket()
    connection.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, RECEIVE_BUFFER)
    connection.sock.connect(("127.0.0.1", connection.port))
    connection.request("GET", f"/dumps/{name}")
    response = connection.getresponse()
    assert response.status == 200
    assert int(response.headers["Content-Length"]) == size
    received = len(response.read(read_first))
    server.kill_9()
    with contextlib.suppress(ConnectionResetError):  # else the body just ends early
        while chunk := response.read(64 * 1024):
            received += len(chunk)
    connection.close()
    assert read_first <= received < size, f"the client got {received} of {size} bytes"


@pytest.mark.parametrize("kind, name, moment", ROUNDS, ids=[f"{kind}-{name}-{moment}" for kind, name, moment in ROUNDS])
def test_kill_9_during_a_dump_download_then_the_restarted_server_serves_the_same_dumps(
        kind, name, moment, servers, stores, reference):
    expected = reference[kind]
    server = servers(stores[kind])
    if moment == "writing":
        kill_while_written(server, name)
    else:
        kill_while_streamed(server, name, moment, expected["sizes"][name])

    assert stored_quads(stores[kind]) == expected["quads"]
    restarted = servers(stores[kind])
    assert {dump: download(restarted.base, dump) for dump in CHECKED[kind]} == expected["digests"]
    assert counts(restarted.base) == expected["counts"]


def test_a_server_stopped_by_sigterm_removes_its_dump_files(servers, stores):
    """SIGTERM (systemd, docker) ends the server like Ctrl-C: its dump cache does not stay behind in TMPDIR."""
    server = servers(stores["seeds"])
    download(server.base, "newskg.ttl")
    assert list(server.tmp.glob("kg-dumps-*"))
    server.stop()  # SIGTERM
    assert server.process.returncode == 0
    assert list(server.tmp.glob("kg-dumps-*")) == []
