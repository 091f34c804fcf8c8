"""A store of at least 1,000,000 triples for the query, dump and server benchmarks:
``python bench/make_graph.py [TRIPLES]`` (default 1,000,000) -> bench/data/store-<TRIPLES>/.

The seeds are built by the real pipeline, then copied as many times as needed: copy k renames
the article, event, occurrence, mention and role IRIs (suffix ``-c<k>``) and keeps the actor and
place IRIs, so actors are shared by many articles as in a real corpus and the aggregates have work
to do, while each copy's events are events of their own (reported by the copy's articles only, as a
news cycle's events are; were they kept, every event would be reported by ~650 articles).
Each copy is one named graph per article, and the default graph holds their union, as ``kg build``
writes them (kg/store.py). The count is of distinct triples in the union graph (what the queries
see), not of quads.
"""
from __future__ import annotations

import json
import re
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pyoxigraph as ox  # noqa: E402

from kg.build import build  # noqa: E402
from kg.config import load  # noqa: E402
from kg.store import Store  # noqa: E402

from common import DATA, REPO  # noqa: E402

RENAMED = re.compile(r"(/id/(?:article|event|mention|occurrence)/[^/>]+|/role/[^/>]+)")


def seed_quads() -> list[ox.Quad]:
    store = Store(None)
    summary = build(REPO / "seeds", store, load(), progress=False)
    assert summary.ok, summary.describe()
    return list(store.quads())


def renamed(term, copy: int):
    if isinstance(term, ox.NamedNode) and RENAMED.search(term.value):
        return ox.NamedNode(RENAMED.sub(lambda match: f"{match.group(1)}-c{copy}", term.value))
    return term


def make_graph(triples: int = 1_000_000) -> Path:
    target = DATA / f"store-{triples}"
    marker = target / "bench.json"
    if marker.exists():
        return target
    quads = seed_quads()
    probe = [ox.Quad(*(renamed(t, 0) for t in (q.subject, q.predicate, q.object)), renamed(q.graph_name, 0))
             for q in quads]
    shared = {q.triple for q, r in zip(quads, probe) if q.triple == r.triple}
    per_copy = len({q.triple for q in probe} - shared)
    copies = -(-(triples - len(shared)) // per_copy)
    shutil.rmtree(target, ignore_errors=True)
    DATA.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("wb", suffix=".nq", dir=DATA, delete=False) as dump:
        for copy in range(copies):
            copied = [ox.Quad(renamed(q.subject, copy), q.predicate, renamed(q.object, copy),
                              renamed(q.graph_name, copy)) for q in quads]
            ox.serialize(copied, dump, ox.RdfFormat.N_QUADS)
            # The union default graph, as kg.store maintains it (repeated triples are stored once).
            ox.serialize((ox.Quad(q.subject, q.predicate, q.object) for q in copied), dump, ox.RdfFormat.N_QUADS)
    store = ox.Store(str(target))
    store.bulk_load(path=dump.name, format=ox.RdfFormat.N_QUADS)
    store.optimize()
    Path(dump.name).unlink()
    distinct = len(shared) + copies * per_copy
    named = sum(1 for _ in store.quads_for_pattern(None, None, None, None)) - distinct
    facts = {"copies_of_the_seeds": copies, "articles": copies * 5, "quads_in_article_graphs": named,
             "distinct_triples": distinct}
    del store
    marker.write_text(json.dumps(facts))
    return target


if __name__ == "__main__":
    DATA.mkdir(parents=True, exist_ok=True)
    path = make_graph(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
    print(path, (path / "bench.json").read_text())
