"""Load test of the server: ``python bench/load.py [--store DIR] [--clients 32] [--seconds 60]``.

``kg serve`` on loopback over the seeds graph (built into a temporary store) or over ``--store``.
CLIENTS threads, each with its own keep-alive connection, send a random mix of requests as fast as
answers come: the competency queries of queries/ (GET, POST form and POST sparql-query; JSON, XML,
CSV and TSV results), entity pages (HTML and Turtle; the IRIs are found by a query), the dump files
of /dumps/ downloaded whole (every download of one file must have the same sha256), and the home
page. A warm-up of the same mix comes first (every dump is written during it); the server's
resident memory — the process and its children, VmRSS from /proc — is read with the clients idle
after the warm-up and after the run.

Bounded in time (``--warmup`` + ``--seconds``, each request at most ``REQUEST_TIMEOUT``) and in
count (``--max-requests``). Prints requests/s, latency percentiles per kind of request, the
status counts and the memory. Exit status 1 on any 5xx, any connection error or other failed
request, or a growth of the server process's memory beyond ``--max-growth`` (10%).
"""
from __future__ import annotations

import argparse
import contextlib
import hashlib
import random
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import astuple, dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import requests  # noqa: E402

from kg.config import SETTINGS  # noqa: E402
from kg.namespaces import sparql_prefixes  # noqa: E402

from common import PYTHON, REPO, clean_env, kg_server, percentile, proc_status  # noqa: E402

BASE_IRI = next(setting.default for setting in SETTINGS if setting.name == "base_iri")  # the server runs on defaults
REQUEST_TIMEOUT = 30.0  # seconds; also bounds how long a phase can outlast its deadline
KIND_WEIGHTS = {"query": 45, "entity": 35, "dump": 10, "home": 10}
RESULT_TYPES = ("application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                "text/tab-separated-values")
ENTITY_TYPES = ("text/html", "text/turtle")
ENTITIES = sparql_prefixes() + f"""SELECT DISTINCT ?entity WHERE {{
  VALUES ?class {{ kg:Actor kg:Event kg:Article }}
  ?entity a ?class FILTER (STRSTARTS(STR(?entity), "{BASE_IRI}"))
}} ORDER BY ?entity LIMIT 500"""


@dataclass(frozen=True)
class Target:
    """What the clients ask for: the queries' texts, the entities' paths, the dump files' names."""

    queries: dict[str, str]
    entities: list[str]
    dumps: list[str]


@dataclass
class Tally:
    """One client's record of a phase (merged afterwards, so that clients share no lock)."""

    latencies: dict[str, list[float]] = field(default_factory=dict)
    statuses: Counter = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    connection_errors: int = 0
    digests: dict[str, set[str]] = field(default_factory=dict)

    def merge(self, other: Tally) -> None:
        for kind, values in other.latencies.items():
            self.latencies.setdefault(kind, []).extend(values)
        self.statuses.update(other.statuses)
        self.failures.extend(other.failures)
        self.connection_errors += other.connection_errors
        for name, digests in other.digests.items():
            self.digests.setdefault(name, set()).update(digests)

    @property
    def requests(self) -> int:
        return sum(len(values) for values in self.latencies.values())

    @property
    def server_errors(self) -> int:
        return sum(count for status, count in self.statuses.items() if status >= 500)


class Budget:
    """The cap on the number of requests, shared by every client of the run."""

    def __init__(self, total: int) -> None:
        self._left = total
        self._lock = threading.Lock()

    def take(self) -> bool:
        with self._lock:
            self._left -= 1
            return self._left >= 0


# --- the requests ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Request:
    kind: str  # a key of KIND_WEIGHTS: what the latencies are reported by
    method: str
    path: str
    headers: dict[str, str] = field(default_factory=dict)
    params: dict[str, str] | None = None
    data: dict[str, str] | bytes | None = None


def query_request(text: str, chance: random.Random) -> Request:
    """One competency query, sent one of the three ways the protocol allows, for one results format."""
    accept = {"Accept": chance.choice(RESULT_TYPES)}
    way = chance.randrange(3)
    if way == 0:
        return Request("query", "GET", "/sparql", accept, params={"query": text})
    if way == 1:
        return Request("query", "POST", "/sparql", accept, data={"query": text})
    return Request("query", "POST", "/sparql", {**accept, "Content-Type": "application/sparql-query"},
                   data=text.encode("utf-8"))


def pick(target: Target, chance: random.Random) -> Request:
    """A request of a kind drawn by KIND_WEIGHTS."""
    kind = chance.choices(list(KIND_WEIGHTS), weights=list(KIND_WEIGHTS.values()))[0]
    if kind == "query":
        return query_request(chance.choice(list(target.queries.values())), chance)
    if kind == "entity":
        return Request(kind, "GET", chance.choice(target.entities), {"Accept": chance.choice(ENTITY_TYPES)})
    if kind == "dump":
        return Request(kind, "GET", "/dumps/" + chance.choice(target.dumps))
    return Request(kind, "GET", "/", {"Accept": "text/html"})


def send(session: requests.Session, base: str, request: Request, tally: Tally) -> None:
    """Send one request, read its whole answer and record it; anything but a 200 is a failure."""
    started = time.perf_counter()
    try:
        response = session.request(request.method, base + request.path, headers=request.headers,
                                   params=request.params, data=request.data, timeout=REQUEST_TIMEOUT)
    except requests.RequestException as e:  # refused, reset, timed out, or a body cut short
        tally.connection_errors += 1
        tally.failures.append(f"{request.kind} {request.path}: {type(e).__name__}: {e}")
        return
    tally.latencies.setdefault(request.kind, []).append(time.perf_counter() - started)
    tally.statuses[response.status_code] += 1
    if response.status_code != 200 or not response.content:
        tally.failures.append(f"{request.kind} {request.path}: {response.status_code} {response.text[:120]!r}")
    elif request.kind == "dump":
        tally.digests.setdefault(request.path, set()).add(hashlib.sha256(response.content).hexdigest())


def client(base: str, target: Target, seed: int, deadline: float, budget: Budget, tally: Tally) -> None:
    session = requests.Session()
    chance = random.Random(seed)
    while time.monotonic() < deadline and budget.take():
        send(session, base, pick(target, chance), tally)
    session.close()


def run_phase(base: str, target: Target, clients: int, seconds: float, budget: Budget,
              seed: int) -> tuple[Tally, float]:
    """``clients`` threads for ``seconds``: their merged tally and the wall time until the last one ended."""
    tallies = [Tally() for _ in range(clients)]
    deadline = time.monotonic() + seconds
    threads = [threading.Thread(target=client, args=(base, target, seed * 1000 + n, deadline, budget, tallies[n]))
               for n in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    merged = Tally()
    for tally in tallies:
        merged.merge(tally)
    return merged, elapsed


# --- the server --------------------------------------------------------------------------------------

def discover(base: str) -> tuple[Target, dict]:
    """The queries of queries/, entity paths found by a query, and the dump listing of /dumps/."""
    queries = {path.stem: path.read_text() for path in sorted((REPO / "queries").glob("*.rq"))}
    answer = requests.post(base + "/sparql", data={"query": ENTITIES}, timeout=REQUEST_TIMEOUT,
                           headers={"Accept": "application/sparql-results+json"})
    answer.raise_for_status()
    entities = ["/" + row["entity"]["value"][len(BASE_IRI):] for row in answer.json()["results"]["bindings"]]
    listing = requests.get(base + "/dumps/", timeout=REQUEST_TIMEOUT, headers={"Accept": "application/json"}).json()
    if not (queries and entities and listing["dumps"]):
        raise SystemExit(f"nothing to ask for: {len(queries)} queries, {len(entities)} entities, "
                         f"{len(listing['dumps'])} dumps")
    return Target(queries, entities, [dump["name"] for dump in listing["dumps"]]), listing


def descendants(pid: int) -> list[int]:
    """Every live descendant of a process, from the parent ids in /proc (processes may end meanwhile)."""
    parents: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        parents.setdefault(parent, []).append(int(stat.parent.name))
    found, todo = [], [pid]
    while todo:
        children = parents.get(todo.pop(), [])
        found += children
        todo += children
    return found


@dataclass(frozen=True)
class Memory:
    """Resident memory (VmRSS) in MB of the server process and of its live children: the SPARQL
    endpoint's query workers (kg/web/isolate.py), whose RSS counts pages they share with the server."""

    server: int
    children: int
    children_rss: int

    @property
    def total(self) -> int:
        return self.server + self.children_rss

    @property
    def per_child(self) -> float:
        return self.children_rss / self.children if self.children else 0.0


def memory(pid: int) -> Memory:
    sizes = []
    for child in descendants(pid):
        with contextlib.suppress(OSError, KeyError):  # it ended meanwhile, or is a zombie (no VmRSS)
            sizes.append(proc_status(child, "VmRSS"))
    return Memory(proc_status(pid, "VmRSS"), len(sizes), sum(sizes))


def build_seeds(folder: Path) -> Path:
    """The seeds graph, built by ``kg build`` into ``folder``/store."""
    store = folder / "store"
    subprocess.run([PYTHON, "-m", "kg.cli", "build", str(REPO / "seeds"), "--store", str(store)],
                   cwd=REPO, env=clean_env(), check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return store


class PeakMemory:
    """Samples the server's memory twice a second while a phase runs: the peaks of each figure."""

    def __init__(self, pid: int) -> None:
        self.pid, self.peak = pid, Memory(0, 0, 0)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        while not self._stop.wait(0.5):
            now = memory(self.pid)
            self.peak = Memory(*(max(a, b) for a, b in zip(astuple(self.peak), astuple(now))))


# --- the report -------------------------------------------------------------------------------------

def print_latencies(run: Tally, elapsed: float, cap: int) -> None:
    print(f"requests: {run.requests} in {elapsed:.1f} s, {run.requests / elapsed:.1f} requests/s (cap {cap} in all)")
    print(f"{'kind':8} {'requests':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    every = [value for values in run.latencies.values() for value in values]
    for kind, values in [*sorted(run.latencies.items()), ("all", every)]:
        if values:
            print(f"{kind:8} {len(values):8} " + " ".join(
                f"{percentile(values, fraction) * 1000:8.1f}" for fraction in (0.50, 0.95, 0.99, 1.0)))


def print_answers(both: Tally, dump_downloads: int) -> list[str]:
    """The status counts, errors and dump checks; returns the dumps whose downloads differed."""
    print("status counts (warm-up and run): " + ", ".join(f"{status}: {count}"
                                                           for status, count in sorted(both.statuses.items())))
    print(f"5xx answers: {both.server_errors} (zero 5xx: {'yes' if both.server_errors == 0 else 'NO'})")
    print(f"connection errors: {both.connection_errors}; failed requests in all: {len(both.failures)}")
    for failure in sorted(set(both.failures))[:10]:
        print("  failed:", failure)
    changed = sorted(path for path, digests in both.digests.items() if len(digests) > 1)
    print(f"dumps: {dump_downloads} downloads in the run, {len(both.digests)} files; "
          f"files whose downloads differed: {', '.join(changed) or 'none'}")
    return changed


def print_memory(before: Memory, after: Memory, peak: Memory, limit: float) -> float:
    """The server's memory; returns the growth in % of the server process. Its query workers are reported,
    not judged: the pool forks one whenever all are busy (at most one per server thread), so how many live
    after a run tells how busy it was; each is capped (``query_memory``) and replaced after 200 queries."""
    server = (after.server - before.server) / before.server * 100
    worker = (after.per_child - before.per_child) / before.per_child * 100 if before.children and after.children else 0.0
    growth = server
    print(f"server RSS (process and children): {before.total} MB after the warm-up, {after.total} MB after the run "
          f"(children then: {before.children} and {after.children}); the process {before.server} -> {after.server} MB "
          f"({server:+.1f}%), a worker {before.per_child:.0f} -> {after.per_child:.0f} MB ({worker:+.1f}%); "
          f"limit +{limit:.0f}% for the process")
    print(f"during the run: server RSS peak {peak.server} MB; up to {peak.children} query children at once, "
          f"at most {peak.children_rss} MB RSS between them (pages shared with the server counted again)")
    return growth


def load_test(args, store: Path, scratch: Path) -> bool:
    """Serve ``store``, warm up, run, print the figures; whether the run passed.

    The server's temporary files (its dumps) go to ``scratch``: a server stopped by a signal leaves them.
    """
    budget = Budget(args.max_requests)
    with kg_server(store, TMPDIR=str(scratch)) as (base, process):
        target, listing = discover(base)
        warmup, _ = run_phase(base, target, args.clients, args.warmup, budget, seed=1)
        before = memory(process.pid)
        with PeakMemory(process.pid) as sampler:
            run, elapsed = run_phase(base, target, args.clients, args.seconds, budget, seed=2)
        after = memory(process.pid)
    both = Tally()
    both.merge(warmup)
    both.merge(run)
    print(f"kg serve over {args.store or 'the seeds graph'} ({listing['articles']} articles, {listing['quads']} "
          f"quads) on loopback: {args.clients} clients, warm-up {args.warmup:.0f} s ({warmup.requests} requests), "
          f"then {elapsed:.1f} s")
    print_latencies(run, elapsed, args.max_requests)
    changed = print_answers(both, len(run.latencies.get("dump", [])))
    growth = print_memory(before, after, sampler.peak, args.max_growth)
    passed = run.requests > 0 and not both.failures and not changed and growth <= args.max_growth
    print("verdict:", "PASS" if passed else "FAIL")
    return passed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", help="the store to serve (default: the seeds, built into a temporary folder)")
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=60.0, help="length of the measured run")
    parser.add_argument("--warmup", type=float, default=10.0, help="seconds of the same mix before it")
    parser.add_argument("--max-requests", type=int, default=200_000, help="cap on requests, warm-up included")
    parser.add_argument("--max-growth", type=float, default=10.0, help="allowed growth of the server's RSS, in %%")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kg-load-") as folder:
        store = Path(args.store).resolve() if args.store else build_seeds(Path(folder))
        return 0 if load_test(args, store, Path(folder)) else 1


if __name__ == "__main__":
    sys.exit(main())
