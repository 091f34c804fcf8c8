"""Benchmark 2, query latency: ``python bench/query_latency.py``.

The competency queries (queries/*.rq) and three entity lookups, on the generated graph of at least
1,000,000 triples (bench/make_graph.py): through the HTTP endpoint of ``kg serve`` (Oxigraph,
full answers: result_limit raised so that nothing is cut) and on an rdflib in-memory Dataset holding
the same article graphs, its default graph their union. p50/p95 per query over repeated runs (bounded in count and time).
Goals: >= 20x faster than rdflib on the aggregate queries; p50 under 50 ms for entity lookups.
"""
from __future__ import annotations

import multiprocessing
import queue
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pyoxigraph as ox  # noqa: E402
import requests  # noqa: E402
from rdflib import Dataset, URIRef  # noqa: E402

from kg.namespaces import sparql_prefixes  # noqa: E402
from kg.store import to_rdflib  # noqa: E402

from common import REPO, kg_server, median, percentile  # noqa: E402
from make_graph import make_graph  # noqa: E402

BASE = "https://w3id.org/newskg/id/"
ENTITY_LOOKUPS = {
    "entity: an article's own facts": f"SELECT ?p ?o WHERE {{ <{BASE}article/{{article}}> ?p ?o }}",
    "entity: Lavrov's statements (100)": sparql_prefixes() + f"""SELECT ?statement ?quote WHERE {{
        ?statement kg:speaker <{BASE}actor/Q58217> ; kg:quote ?quote }} LIMIT 100""",
    "entity: what is said about Afghanistan (100)": sparql_prefixes() + f"""SELECT ?statement ?speaker WHERE {{
        ?statement kg:about <{BASE}actor/Q889> ; kg:speaker/rdfs:label ?speaker }} LIMIT 100""",
}
HTTP_RUNS, HTTP_SECONDS, HTTP_CAP = 20, 30.0, 150.0  # per query: runs, time budget, cap on one run (s)
RDFLIB_RUNS, RDFLIB_SECONDS, RDFLIB_CAP = 3, 60.0, 300.0


def queries(article: str) -> dict[str, str]:
    found = {path.stem: path.read_text() for path in sorted((REPO / "queries").glob("*.rq"))}
    found.update({name: text.replace("{article}", article) for name, text in ENTITY_LOOKUPS.items()})
    return found


def is_aggregate(text: str) -> bool:
    return "COUNT(" in text.upper().replace(" ", "")


def timed_runs(run, runs: int, budget: float, cap: float | None = None) -> tuple[list[float], int | None]:
    """Seconds of each run (after one warm-up run); the answer's row count. None: the warm-up overran."""
    rows = _bounded(run, cap) if cap else run()
    if rows is None:
        return [], None
    times, spent = [], 0.0
    while len(times) < runs and spent < budget:
        started = time.perf_counter()
        rows = run()
        times.append(time.perf_counter() - started)
        spent += times[-1]
    return times, rows


def _bounded(run, cap: float):
    outcome = {}
    worker = threading.Thread(target=lambda: outcome.setdefault("rows", run()), daemon=True)
    worker.start()
    worker.join(cap)
    return outcome.get("rows")


def on_rdflib(graph: Dataset, text: str) -> tuple[list[float], int | None]:
    """Timed runs of one query on rdflib, in a forked child (sharing the loaded graph) that is killed
    at RDFLIB_CAP: rdflib cannot be interrupted, and a thread left running would hold the GIL."""
    context = multiprocessing.get_context("fork")
    results = context.Queue()
    child = context.Process(target=lambda: results.put(
        timed_runs(lambda: len(list(graph.query(text))), RDFLIB_RUNS, RDFLIB_SECONDS)))
    child.start()
    try:
        return results.get(timeout=RDFLIB_CAP + RDFLIB_SECONDS)
    except queue.Empty:
        return [], None
    finally:
        child.kill()
        child.join()


def over_http(store_path: Path, text: str) -> tuple[list[float], int | None]:
    """Timed runs of one query through a fresh ``kg serve``: a query that overruns HTTP_CAP leaves a
    thread evaluating inside Oxigraph (it cannot be interrupted), so each query gets its own server."""
    settings = {"KG_RESULT_LIMIT": "100000000", "KG_QUERY_TIMEOUT": str(HTTP_CAP)}
    with kg_server(store_path, **settings) as (base, _):
        session = requests.Session()

        def run():
            response = session.post(base + "/sparql", data={"query": text},
                                    headers={"Accept": "application/sparql-results+json"}, timeout=HTTP_CAP + 30)
            if response.status_code == 503:
                return None
            response.raise_for_status()
            return len(response.json()["results"]["bindings"])

        return timed_runs(run, HTTP_RUNS, HTTP_SECONDS)


def rdflib_graph(store_path: Path) -> tuple[Dataset, str]:
    """The article graphs in rdflib's memory store, the default graph their union (as the endpoint
    serves them, so that queries naming graphs answer alike), and the local name of one article's IRI."""
    graph = Dataset(default_union=True)
    store = ox.Store.read_only(str(store_path))
    for quad in store.quads_for_pattern(None, None, None, None):
        if isinstance(quad.graph_name, ox.NamedNode):
            graph.add((*to_rdflib(quad.subject, quad.predicate, quad.object), URIRef(quad.graph_name.value)))
    article = sorted(g.value for g in store.named_graphs() if g.value.endswith("-c100"))[0]
    del store
    return graph, article.rsplit("/", 1)[1]


def main() -> None:
    store_path = make_graph()
    started = time.perf_counter()
    graph, article = rdflib_graph(store_path)
    loaded = time.perf_counter() - started
    texts = queries(article)
    print(f"graph: {len(graph):,} distinct triples (rdflib load {loaded:.0f} s); store {store_path}", flush=True)
    http = {}
    for name, text in texts.items():
        http[name] = over_http(store_path, text)
        times, rows = http[name]
        figures = f"p50 {median(times) * 1000:.1f} ms, p95 {percentile(times, 0.95) * 1000:.1f} ms" if times else "over the cap"
        print(f"  HTTP {name}: {figures}, {rows} rows", flush=True)
    print(f"{'query':48} {'HTTP p50':>9} {'p95':>8} {'rdflib p50':>11} {'p95':>9} {'speed-up':>9} rows")
    for name, text in texts.items():
        http_times, http_rows = http[name]
        lib_times, lib_rows = on_rdflib(graph, text)
        if http_times:
            http_p50, http_p95 = median(http_times) * 1000, percentile(http_times, 0.95) * 1000
            served = f"{http_p50:>7.1f}ms {http_p95:>6.1f}ms"
        else:
            http_p50, served = None, f"{'> ' + str(int(HTTP_CAP)) + ' s':>9} {'':>8}"
        if lib_times:
            lib_p50, lib_p95 = median(lib_times) * 1000, percentile(lib_times, 0.95) * 1000
            ratio = f"{lib_p50 / http_p50:>8.1f}x" if http_p50 else f"{'-':>9}"
            lib = f"{lib_p50:>9.0f}ms {lib_p95:>7.0f}ms {ratio}"
        else:
            lib = f"{'> ' + str(int(RDFLIB_CAP)) + ' s':>11} {'':>9} {'':>9}"
        kind = " (aggregate)" if is_aggregate(text) else ""
        print(f"{name + kind:48} {served} {lib} {http_rows}/{lib_rows}", flush=True)
    print(f"HTTP: up to {HTTP_RUNS} runs or {HTTP_SECONDS:.0f} s per query after a warm-up (one run capped at "
          f"{HTTP_CAP:.0f} s: query_timeout); rdflib: up to {RDFLIB_RUNS} runs or {RDFLIB_SECONDS:.0f} s "
          f"(one run capped at {RDFLIB_CAP:.0f} s)")


if __name__ == "__main__":
    main()
