"""One store interface, every implementation: embedded in memory, embedded on disk, and remote —
a real ``oxigraph serve`` process on loopback (the fixture ``oxigraph_server`` in test_remote.py).

Assertions are on RDF terms and quads read back, never on serialised strings.
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDFS

from conftest import ARTICLE_1, ARTICLE_2, LAVROV
from kg.config import load
from kg.errors import StoreError
from kg.namespaces import KG
from kg.store import EmbeddedStore, Store, is_url, open_store, to_rdflib
from kg.store_remote import RemoteStore
from test_remote import oxigraph_server  # noqa: F401 — the fixture

UNION = {"use_default_graph_as_union": True}


@pytest.fixture(params=["memory", "disk", "remote"])
def store(request, tmp_path) -> Store:
    if request.param == "memory":
        return Store(None)
    if request.param == "disk":
        return Store(tmp_path / "store")
    return Store(request.getfixturevalue("oxigraph_server"))


@pytest.fixture
def filled(store, small_articles) -> Store:
    for iri, graph in small_articles.items():
        store.replace_article(iri, graph)
    return store


def quads_of(store: Store, iri: str) -> set[tuple]:
    """The triples of one article graph, as rdflib terms."""
    return {to_rdflib(quad.subject, quad.predicate, quad.object) for quad in store.article_quads(iri)}


def triples_of(graph: Graph) -> set[tuple]:
    return set(graph)


# --- choosing the implementation ------------------------------------------------------------------

def test_the_location_chooses_the_implementation(tmp_path):
    assert isinstance(Store(None), EmbeddedStore)
    assert isinstance(Store(tmp_path / "s"), EmbeddedStore)
    remote = Store("http://127.0.0.1:9/")
    assert isinstance(remote, RemoteStore) and isinstance(remote, Store)
    assert remote.query_url == "http://127.0.0.1:9/query"
    assert remote.update_url == "http://127.0.0.1:9/update"
    assert remote.data_url == "http://127.0.0.1:9/store"


def test_open_store_takes_the_endpoints_from_the_settings(tmp_path):
    config = load(store="http://127.0.0.1:9/fuseki/ds", store_query="sparql", store_update="update",
                  store_data="data", store_timeout="5")
    store = open_store(config)
    assert (store.query_url, store.update_url, store.data_url, store.timeout) == (
        "http://127.0.0.1:9/fuseki/ds/sparql", "http://127.0.0.1:9/fuseki/ds/update",
        "http://127.0.0.1:9/fuseki/ds/data", 5.0)
    assert isinstance(open_store(load(store=str(tmp_path / "s"))), EmbeddedStore)
    assert is_url("https://example.org/sparql") and not is_url(str(tmp_path))


# --- the interface -----------------------------------------------------------------------------------

def test_an_empty_store_is_empty_but_still_a_store(store):
    assert len(store) == 0
    assert store.articles() == [] and store.checksums() == {}
    assert store  # never falsy: callers test `is None`, but truthiness must not lie either


def test_articles_are_named_graphs_holding_exactly_their_triples(filled, small_articles):
    assert filled.articles() == sorted(small_articles)
    for iri, graph in small_articles.items():
        assert quads_of(filled, iri) == triples_of(graph)
    assert len(filled) == sum(len(graph) for graph in small_articles.values())


def test_replacing_an_article_replaces_its_graph_only(filled, small_articles):
    replacement = Graph()
    replacement.add((URIRef(ARTICLE_1), RDFS.label, URIRef("http://example.org/new")))
    filled.replace_article(ARTICLE_1, replacement)
    assert quads_of(filled, ARTICLE_1) == triples_of(replacement)
    assert quads_of(filled, ARTICLE_2) == triples_of(small_articles[ARTICLE_2])


def test_checksums_come_from_each_article_graph(store, small_articles):
    graph = small_articles[ARTICLE_1]
    graph.add((URIRef(ARTICLE_1), KG.sha256, Literal("ab" * 32)))
    store.replace_article(ARTICLE_1, graph)
    store.replace_article(ARTICLE_2, small_articles[ARTICLE_2])
    assert store.checksums() == {ARTICLE_1: "ab" * 32}
    assert store.checksum(ARTICLE_1) == "ab" * 32
    assert store.checksum(ARTICLE_2) is None


def test_remove_retracts_the_article_and_what_was_derived_from_it(filled):
    assert filled.remove_article(ARTICLE_1) is True
    assert filled.articles() == [ARTICLE_2]
    assert not list(filled.article_quads(ARTICLE_1))
    derived = filled.query(f"ASK {{ ?x <{PROV.wasDerivedFrom}> <{ARTICLE_1}> }}", **UNION)
    assert not bool(derived)
    assert filled.remove_article(ARTICLE_1) is False


def test_an_actor_shared_by_two_articles_survives_the_removal_of_one(filled):
    label = f"SELECT ?label WHERE {{ <{LAVROV}> <{RDFS.label}> ?label }}"
    filled.remove_article(ARTICLE_1)
    assert [solution["label"].value for solution in filled.query(label, **UNION)] == ["Sergey Lavrov"]
    sources = f"SELECT ?article WHERE {{ <{LAVROV}> <{PROV.wasDerivedFrom}> ?article }}"
    assert [solution["article"].value for solution in filled.query(sources, **UNION)] == [ARTICLE_2]


def test_queries_answer_in_pyoxigraph_types(filled):
    select = filled.query(f"SELECT ?s WHERE {{ ?s a <{KG.Statement}> }}", **UNION)
    assert isinstance(select, ox.QuerySolutions)
    assert [solution["s"].value for solution in select] == ["https://w3id.org/newskg/id/event/statement-1"]
    assert bool(filled.query(f"ASK {{ ?s a <{KG.Meeting}> }}", **UNION)) is True
    triples = list(filled.query(f"CONSTRUCT {{ ?s a ?t }} WHERE {{ ?s a ?t . FILTER(?t = <{KG.Meeting}>) }}",
                                **UNION))
    assert triples == [ox.Triple(ox.NamedNode("https://w3id.org/newskg/id/event/meeting-1"),
                                 ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                                 ox.NamedNode(str(KG.Meeting)))]


def test_protocol_datasets_choose_the_graphs(filled):
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    only_first = filled.query(count, default_graph=[ox.NamedNode(ARTICLE_1)])
    assert int(next(iter(only_first))["n"].value) == len(list(filled.article_quads(ARTICLE_1)))
    named = filled.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", named_graphs=[ox.NamedNode(ARTICLE_2)])
    assert [solution["g"].value for solution in named] == [ARTICLE_2]


def test_the_union_is_a_set_so_joins_do_not_multiply(filled):
    """Lavrov is stated by both articles: each of his triples counts once in the union default graph
    (Oxigraph's own union is a bag: k joined patterns would give 2^k rows, N^k with N articles)."""
    query = f"SELECT * WHERE {{ <{LAVROV}> a ?type ; <{RDFS.label}> ?label ; a ?again }}"
    assert len(list(filled.query(query, **UNION))) == 4  # 2 types x 1 label x 2 types, each once
    assert len(list(filled.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"))) == 2
    assert {quad.graph_name.value for quad in filled.quads()} == {ARTICLE_1, ARTICLE_2}  # no default graph


def test_malformed_queries_raise_syntax_error(filled):
    with pytest.raises(SyntaxError):
        filled.query("SELECT WHERE nonsense")


def test_union_graph_holds_each_distinct_triple(filled, small_articles):
    expected = Graph()
    for graph in small_articles.values():
        for triple in graph:
            expected.add(triple)
    assert set(filled.union_graph()) == set(expected)


def test_a_disk_store_keeps_the_graph_across_a_restart(tmp_path, small_articles):
    store = Store(tmp_path / "store")
    for iri, graph in small_articles.items():
        store.replace_article(iri, graph)
    before = {str(quad) for quad in store.quads()}
    store.close()
    again = Store(tmp_path / "store", read_only=True)
    assert {str(quad) for quad in again.quads()} == before


# --- the materialised union ---------------------------------------------------------------------------

def test_direct_writes_through_the_oxigraph_interface_keep_the_union(small_articles):
    store = Store(None)
    assert store.union_ready()
    store.oxigraph.extend(ox.Quad(ox.NamedNode(str(s)), ox.NamedNode(str(p)), ox.Literal(str(o)),
                                  ox.NamedNode(ARTICLE_1)) for s, p, o in list(small_articles[ARTICLE_1])[:3])
    union = "SELECT * WHERE { ?s ?p ?o }"
    assert len(list(store.query(union, **UNION))) == 3 == len(store)
    store.oxigraph.remove_graph(ox.NamedNode(ARTICLE_1))
    assert len(list(store.query(union, **UNION))) == 0 == len(store)


def _union_of_article_graphs(store: EmbeddedStore) -> set[str]:
    return {str(ox.Triple(quad.subject, quad.predicate, quad.object)) for quad in store.quads()}


def _default_graph(path: Path) -> set[str]:
    raw = ox.Store.read_only(str(path))
    return {str(ox.Triple(q.subject, q.predicate, q.object)) for q in raw.quads_for_pattern(None, None, None, ox.DefaultGraph())}


@pytest.mark.parametrize("bulk", [False, True], ids=["article by article", "bulk loads"])
def test_a_store_written_from_empty_keeps_its_union_from_the_first_write(tmp_path, small_articles, bulk):
    """kg build starts from an empty store: it writes each article's triples into the default graph too,
    so the store it leaves has its union ready, read-only as well (the data card reads it so), and the
    server never has to make it. Lavrov's label, in both article graphs, is in the union once."""
    path = tmp_path / "store"
    store = Store(path)
    articles = [(iri, graph.serialize(format="nt")) for iri, graph in small_articles.items()]
    if bulk:
        store.put_new_articles(articles)
    else:
        for iri, ntriples in articles:
            store.put_article(iri, ntriples)
    expected = _union_of_article_graphs(store)
    store.close()
    assert _default_graph(path) == expected
    read_only = Store(path, read_only=True)
    assert read_only.union_is_set()
    label = f"SELECT ?label WHERE {{ <{LAVROV}> <{RDFS.label}> ?label }}"
    assert len(list(read_only.query(label, **UNION))) == 1
    read_only.close()


def test_a_store_without_a_union_gets_it_from_the_first_union_query_opened_for_writing(tmp_path, small_articles):
    """A store holding article graphs only (written by an earlier version): the server's first union query
    makes the union, and later writes keep it. Opened read-only, it answers from Oxigraph's bag union."""
    path = tmp_path / "store"
    raw = ox.Store(str(path))
    for iri, graph in small_articles.items():
        raw.load(graph.serialize(format="nt").encode(), ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(iri))
    del raw
    label = f"SELECT ?label WHERE {{ <{LAVROV}> <{RDFS.label}> ?label }}"
    read_only = Store(path, read_only=True)
    assert not read_only.union_is_set()
    assert len(list(read_only.query(label, **UNION))) == 2  # Lavrov's label in two article graphs
    read_only.close()
    store = Store(path)
    assert len(list(store.query(label, **UNION))) == 1
    store.remove_article(ARTICLE_1)
    assert len(list(store.query(label, **UNION))) == 1
    store.remove_article(ARTICLE_2)
    assert list(store.query(label, **UNION)) == [] and len(store) == 0


# --- remote specifics ---------------------------------------------------------------------------------

def test_a_remote_store_opened_read_only_refuses_writes(oxigraph_server, small_articles):  # noqa: F811
    store = Store(oxigraph_server, read_only=True)
    with pytest.raises(StoreError, match="read-only"):
        store.replace_article(ARTICLE_1, small_articles[ARTICLE_1])
    with pytest.raises(StoreError, match="read-only"):
        store.remove_article(ARTICLE_1)


def test_an_unreachable_remote_store_is_one_clear_error():
    store = Store("http://127.0.0.1:9/", timeout=2)
    with pytest.raises(StoreError, match="cannot be reached") as caught:
        store.articles()
    assert caught.value.code == "KG300"
    assert "\n" not in str(caught.value)


def test_every_store_and_build_setting_is_in_the_readme():
    from kg.config import SETTINGS
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("## Settings"):]
    for setting in SETTINGS:
        if setting.name.startswith("store") or setting.name in ("workers", "engine", "scheduler"):
            assert f"`{setting.env_var}`" in table, setting.name


BULK_WRITER = """
import sys
from kg.store import EmbeddedStore


class Counting:  # counts the bulk loads, so the test knows it measured them
    def __init__(self, store):
        self.store, self.bulk_loads = store, 0

    def __getattr__(self, name):
        return getattr(self.store, name)

    def bulk_load(self, *args, **kwargs):
        self.bulk_loads += 1
        return self.store.bulk_load(*args, **kwargs)


store = EmbeddedStore(sys.argv[1])
store._ox = Counting(store._ox)
first = int(sys.argv[2])
for batch in range(first, first + 1000):
    store.put_new_articles([(f"http://example.org/article/{batch}-{i}", article(batch, i)) for i in range(8)])
    print(batch, store._ox.bulk_loads, flush=True)
    if batch % 4 == 3:  # kills land in compactions too (the build compacts after its bulk loads)
        store.compact()
"""


def bulk_article(batch: int, number: int) -> str:
    """~1,000 triples, a third of their terms shared with every other article."""
    name = f"{batch}-{number}"
    return "".join(f'<http://example.org/{name}/s{k}> <http://example.org/p{k % 7}> "value {k} of {name}" .\n'
                   f"<http://example.org/{name}/s{k}> <http://example.org/q> <http://example.org/shared{k % 50}> .\n"
                   for k in range(500))


def test_new_articles_written_in_one_bulk_load_survive_kill_9_whole_or_not_at_all(tmp_path):
    """A kill at any moment of a bulk write, or of the compaction after bulk writes, leaves every article
    of it wholly present (in the graph index and in the predicate index) or absent, and whole batches
    only: one RocksDB ingestion, atomic. The union default graph, written in the same load, is that of
    the articles present."""
    import inspect
    import random
    import signal
    import subprocess
    import sys
    import time

    script = tmp_path / "writer.py"
    script.write_text(inspect.getsource(bulk_article) + BULK_WRITER.replace("article(batch, i)", "bulk_article(batch, i)"))
    path, chance, kills = tmp_path / "store", random.Random(), 0
    for round_number in range(6):
        writer = subprocess.Popen([sys.executable, str(script), str(path), str(1000 * round_number)],
                                  cwd=Path(__file__).resolve().parents[1], stdout=subprocess.PIPE, text=True)
        batch, bulk_loads = map(int, writer.stdout.readline().split())
        assert bulk_loads == batch - 1000 * round_number + 1, "the writes were not bulk loads"
        time.sleep(chance.uniform(0, 0.5))
        kills += writer.poll() is None
        writer.send_signal(signal.SIGKILL)
        writer.communicate(timeout=60)

        store = EmbeddedStore(path)
        by_predicate: dict[str, int] = {}
        for quad in store.oxigraph.quads_for_pattern(None, ox.NamedNode("http://example.org/q"), None, None):
            by_predicate[quad.graph_name.value] = by_predicate.get(quad.graph_name.value, 0) + 1
        articles = store.articles()
        batches: dict[str, int] = {}
        for iri in articles:
            name = iri.rsplit("/", 1)[1]
            triples = ox.parse(bulk_article(*map(int, name.split("-"))), format=ox.RdfFormat.N_TRIPLES)
            expected = {str(triple) for triple in triples}
            got = {str(ox.Triple(q.subject, q.predicate, q.object)) for q in store.article_quads(iri)}
            assert got == expected, f"{iri}: {len(got)} of {len(expected)} triples"
            assert by_predicate.get(iri) == 500, f"{iri}: the predicate index has {by_predicate.get(iri)} of 500"
            batches[name.split("-")[0]] = batches.get(name.split("-")[0], 0) + 1
        assert set(by_predicate) == set(articles)
        assert all(count == 8 for count in batches.values()), f"a batch was cut: {batches}"
        union = _union_of_article_graphs(store)
        store.close()
        assert _default_graph(path) == union, "the union default graph is not that of the articles stored"
    assert kills >= 3, "too few kills landed while writing"
