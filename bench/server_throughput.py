"""Benchmark 4, server throughput: ``python bench/server_throughput.py [CLIENTS] [SECONDS]``.

``kg serve`` over the generated graph of at least 1,000,000 triples (bench/make_graph.py) on
loopback; CLIENTS threads (default 32), each with its own connection, send a simple SELECT as
fast as answers come, for SECONDS (default 20). Prints requests/s, latency percentiles and the
errors (any answer other than 200 with the expected rows, or any exception). Goal: zero errors.
"""
from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import requests  # noqa: E402

from kg.namespaces import sparql_prefixes  # noqa: E402

from common import kg_server, median, percentile  # noqa: E402
from make_graph import make_graph  # noqa: E402

QUERY = sparql_prefixes() + "SELECT ?article ?title WHERE { ?article a kg:Article ; dcterms:title ?title } LIMIT 10"
MAX_REQUESTS_PER_CLIENT = 100_000


def client(base: str, deadline: float, latencies: list[float], errors: list[str]) -> None:
    session = requests.Session()
    for _ in range(MAX_REQUESTS_PER_CLIENT):
        if time.monotonic() >= deadline:
            return
        started = time.perf_counter()
        try:
            response = session.post(base + "/sparql", data={"query": QUERY},
                                    headers={"Accept": "application/sparql-results+json"}, timeout=30)
            ok = response.status_code == 200 and len(response.json()["results"]["bindings"]) == 10
            if not ok:
                errors.append(f"{response.status_code} {response.text[:100]}")
        except (requests.RequestException, ValueError) as e:
            errors.append(f"{type(e).__name__}: {e}")
        latencies.append(time.perf_counter() - started)


def main(clients: int, seconds: float) -> None:
    graph = make_graph()
    with kg_server(graph) as (base, _):
        latencies: list[float] = []
        errors: list[str] = []
        deadline = time.monotonic() + seconds
        started = time.perf_counter()
        threads = [threading.Thread(target=client, args=(base, deadline, latencies, errors)) for _ in range(clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - started
    print(f"{clients} clients for {elapsed:.1f} s on loopback, one simple SELECT (LIMIT 10) over "
          f"{graph.name}: {len(latencies)} requests, {len(latencies) / elapsed:.0f} requests/s, "
          f"latency p50 {median(latencies) * 1000:.0f} ms, p95 {percentile(latencies, 0.95) * 1000:.0f} ms, "
          f"{len(errors)} errors")
    for error in sorted(set(errors))[:5]:
        print("  error:", error)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 32, float(sys.argv[2]) if len(sys.argv) > 2 else 20.0)
