"""The store: one named graph per article, behind one interface with two implementations.

* :class:`EmbeddedStore` — an Oxigraph database on disk (a directory), or in memory (``None``, for
  tests and small jobs). The default: ``make serve`` needs no external service, a restart keeps the graph.
* :class:`~kg.store_remote.RemoteStore` — an existing SPARQL 1.1 triple store (Oxigraph server,
  Fuseki, GraphDB, QLever, …) reached over the SPARQL 1.1 Protocol and Graph Store HTTP Protocol.

``Store(location)`` picks the implementation from the location (an ``http(s)://`` URL is remote),
so the build, the exports and the server never ask which one they have. Everything that reads or
writes persisted triples goes through these methods.

Writes are atomic per article: :meth:`Store.put_article` is one SPARQL update (drop the article's
graph, insert the new one), which Oxigraph — embedded or as a server — applies as one transaction;
an embedded store loads a new article's triples (no graph to drop) in one transaction instead, and
a build's new articles several at a time in one bulk load (:meth:`Store.put_new_articles`).
A reader, or a build killed at any moment, sees each article wholly present or absent.

Union queries (``use_default_graph_as_union``: the default graph is the union of the article
graphs) are answered from a materialised union: the store's default graph holds the union of the
article graphs, as a set. Oxigraph's own union default graph is a bag: an actor restated by N
articles matches N times per triple pattern, so a query joining k of its triples does N^k work —
at a million triples, queries that take milliseconds on the seeds do not finish. A store opened for
writing while empty keeps its union from the first write: every article write, bulk loads included,
puts the article's triples in the default graph too, in the same transaction, so ``kg build`` leaves
a store whose union is ready (its data card counts it in seconds; ``kg serve`` starts at once). A
store that has none (written by an earlier version) gets it from the first union query on it opened
for writing (the server opens its store so); opened read-only, it answers from Oxigraph's bag union.
"""
from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from .errors import StoreError
from .namespaces import KG, PROV

_SHA256 = ox.NamedNode(str(KG.sha256))
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def is_url(location: object) -> bool:
    """Whether a store location names a remote store.

    >>> is_url("http://127.0.0.1:7878/"), is_url("data/store"), is_url(None)
    (True, False, False)
    """
    return isinstance(location, str) and location.startswith(("http://", "https://"))


class Store:
    """One named graph per article. ``Store(location)``: a URL is remote, a directory or None embedded."""

    location: str | None

    def __new__(cls, location: str | Path | None = None, *args, **kwargs):
        if cls is Store:
            if is_url(location):
                from .store_remote import RemoteStore
                cls = RemoteStore
            else:
                cls = EmbeddedStore
        return super().__new__(cls)

    # --- reading ----------------------------------------------------------------------------------

    @property
    def oxigraph(self):
        """What runs SPARQL and dumps: ``query(query, use_default_graph_as_union=, default_graph=,
        named_graphs=)`` and ``dump(output, format, prefixes=)`` with pyoxigraph's signatures and result types."""
        raise NotImplementedError

    def query(self, query: str, **options):
        """A SPARQL query; answers are pyoxigraph objects (QuerySolutions, QueryBoolean, triples)."""
        return self.oxigraph.query(query, **options)

    def articles(self) -> list[str]:
        """IRIs of the stored articles (= their named graphs), sorted."""
        raise NotImplementedError

    def checksums(self) -> dict[str, str]:
        """Article IRI -> stored sha256, for every stored article (one query, for incremental builds)."""
        raise NotImplementedError

    def checksum(self, article_iri: str) -> str | None:
        """The stored sha256 of an article, or None when it is not stored."""
        return self.checksums().get(article_iri)

    def extracted_with(self) -> dict[str, str]:
        """Article IRI -> the extraction that made its graph (``prov:wasGeneratedBy``, :mod:`kg.provenance`)."""
        query = f"SELECT ?g ?x WHERE {{ GRAPH ?g {{ ?g <{PROV.wasGeneratedBy}> ?x }} }}"
        return {solution["g"].value: solution["x"].value for solution in self.query(query)}

    def quads(self) -> Iterator[ox.Quad]:
        """Every stored quad, streamed."""
        raise NotImplementedError

    def article_quads(self, article_iri: str) -> Iterator[ox.Quad]:
        """The quads of one article's named graph."""
        raise NotImplementedError

    def union_graph(self) -> Graph:
        """All article graphs merged into one rdflib Graph (for validation and small exports)."""
        graph = Graph()
        for triple in self.union_triples():
            graph.add(to_rdflib(*triple))
        return graph

    def union_triples(self) -> list[tuple]:
        """The distinct triples of all article graphs, as pyoxigraph terms (what :mod:`kg.shacl` validates)."""
        return list(dict.fromkeys((quad.subject, quad.predicate, quad.object) for quad in self.quads()))

    def union_is_set(self) -> bool:
        """Whether union queries read the materialised union, where each triple is once."""
        return False

    @property
    def generation(self) -> int | None:
        """A number that changes with every write through this object, or None when writers elsewhere
        may change the store unseen (then its state must be read again to be known)."""
        return None

    def union_pattern(self) -> str:
        """A SPARQL pattern binding ``?s ?p ?o`` once per distinct triple of the union, for queries run
        with ``use_default_graph_as_union``: the materialised union is read as it is; without it, a
        triple stated by several articles is kept in the graph whose IRI sorts first (one index lookup
        per quad, in constant memory, where a DISTINCT would hold a set as large as the graph)."""
        return "?s ?p ?o" if self.union_is_set() else DEDUPLICATED_UNION

    def __len__(self) -> int:
        """Stored quads (a triple stated by two articles counts twice)."""
        raise NotImplementedError

    def __bool__(self) -> bool:  # an empty store is still a store: never test one for truth by its size
        return True

    # --- writing ----------------------------------------------------------------------------------

    def replace_article(self, article_iri: str, graph: Graph) -> None:
        """Put ``graph`` in the article's named graph, replacing what was there, atomically."""
        self.put_article(article_iri, graph.serialize(format="nt"))

    def put_article(self, article_iri: str, ntriples: str) -> None:
        """Like :meth:`replace_article`, from N-Triples (what build workers send back)."""
        raise NotImplementedError

    def put_new_articles(self, articles: list[tuple[str, str]]) -> None:
        """Several articles (IRI, N-Triples), each like :meth:`put_article`; where the store can, in one
        atomic write, which costs less per triple than one write each."""
        for article_iri, ntriples in articles:
            self.put_article(article_iri, ntriples)

    def remove_article(self, article_iri: str) -> bool:
        """Retract an article and every triple derived from it; False if it was not stored.

        Only the article's own graph goes: an actor that other articles also name keeps the
        triples those articles' graphs state about it.
        """
        raise NotImplementedError

    def flush(self) -> None:
        """Make the writes so far durable (a no-op where every write already is)."""

    def compact(self) -> None:
        """Reorganise the storage for reading after large writes (a no-op where the store sees to it)."""

    def close(self) -> None:
        """Release the store (the embedded database's lock); the object is unusable afterwards."""


def open_store(config, read_only: bool = False) -> Store:
    """The store a configuration names (``config.store``: a directory, or the URL of a remote store)."""
    if is_url(config.store):
        from .store_remote import RemoteStore
        return RemoteStore(config.store, read_only, query=config.store_query, update=config.store_update,
                           data=config.store_data, timeout=config.store_timeout)
    return EmbeddedStore(config.store, read_only)


def _retract(article_iri: str) -> str:
    """Drop the article's triples from the default graph (the union) unless another article states them."""
    return (f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{article_iri}> {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER (?other != <{article_iri}>) }} }}")


def replace_update(article_iri: str, ntriples: str, union: bool = True) -> str:
    """The one SPARQL update that replaces an article's graph (and keeps the union default graph, if
    ``union``): a single transaction in Oxigraph, Fuseki, GraphDB."""
    if not union:
        return f"DROP SILENT GRAPH <{article_iri}> ;\nINSERT DATA {{ GRAPH <{article_iri}> {{\n{ntriples}\n}} }}"
    return (f"{_retract(article_iri)} ;\nDROP SILENT GRAPH <{article_iri}> ;\n"
            f"INSERT DATA {{ GRAPH <{article_iri}> {{\n{ntriples}\n}}\n{ntriples}\n}}")


def remove_update(article_iri: str, union: bool = True) -> str:
    """The one SPARQL update that removes an article's graph (and its share of the union default graph)."""
    return f"{_retract(article_iri)} ;\nDROP GRAPH <{article_iri}>" if union else f"DROP GRAPH <{article_iri}>"


DEDUPLICATED_UNION = "GRAPH ?g { ?s ?p ?o } FILTER NOT EXISTS { GRAPH ?h { ?s ?p ?o } FILTER (STR(?h) < STR(?g)) }"
MATERIALISE_UNION = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"
RESYNC_UNION = ("DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } } ;\n"
                + MATERIALISE_UNION)


class EmbeddedStore(Store):
    """An Oxigraph store on disk (``path``) or in memory (``path=None``, for tests and small jobs)."""

    def __init__(self, path: str | Path | None = None, read_only: bool = False):
        self.path = None if path is None else Path(path)
        self.location = None if path is None else str(path)
        try:
            if self.path is None:
                self._ox = ox.Store()
            elif read_only:
                self._ox = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._ox = ox.Store(str(self.path))
        except OSError as e:
            raise StoreError(f"cannot open the store at {self.path}: {e}") from e
        self.read_only = read_only
        self.writes = 0  # the generation: the embedded database is locked to this process, so every write is seen
        # whether the default graph holds the union: an empty store opened for writing starts one
        self.union = _holds_quads(self._ox, ox.DefaultGraph()) or (not read_only and not _holds_quads(self._ox))
        self._union_lock = threading.Lock()
        self._view = UnionView(self)

    @property
    def oxigraph(self) -> UnionView:
        """pyoxigraph's store interface; union queries are answered from the materialised union."""
        return self._view

    def union_ready(self) -> bool:
        """Whether union queries can read the materialised union; makes it if the store is writable."""
        if not self.union and not self.read_only:
            with self._union_lock:
                if not self.union:
                    self._ox.update(MATERIALISE_UNION)
                    self.union = True
        return self.union

    def union_is_set(self) -> bool:
        return self.union_ready()

    @property
    def generation(self) -> int:
        return self.writes

    def articles(self) -> list[str]:
        return sorted(graph.value for graph in self._ox.named_graphs() if isinstance(graph, ox.NamedNode))

    def checksums(self) -> dict[str, str]:
        return {quad.subject.value: quad.object.value
                for quad in self._ox.quads_for_pattern(None, _SHA256, None, None)
                if quad.graph_name == quad.subject}

    def checksum(self, article_iri: str) -> str | None:
        graph = ox.NamedNode(article_iri)
        for quad in self._ox.quads_for_pattern(graph, _SHA256, None, graph):
            return quad.object.value
        return None

    def quads(self) -> Iterator[ox.Quad]:
        return _named_only(self._ox.quads_for_pattern(None, None, None, None))

    def article_quads(self, article_iri: str) -> Iterator[ox.Quad]:
        return self._ox.quads_for_pattern(None, None, None, ox.NamedNode(article_iri))

    def __len__(self) -> int:
        return len(self._view)

    def put_article(self, article_iri: str, ntriples: str) -> None:
        graph = ox.NamedNode(article_iri)
        try:
            if "_:" in ntriples or self._ox.contains_named_graph(graph):
                self._ox.update(replace_update(article_iri, ntriples, self.union))
            else:  # a new article: a load is one transaction too, and costs a quarter less than the update's parse
                self._ox.load(self._trig([(article_iri, ntriples)]), ox.RdfFormat.TRIG)
        except OSError as e:
            raise StoreError(f"cannot write {article_iri} to the store at {self.path}: {e}") from e
        finally:
            self.writes += 1  # after the write: a state read meanwhile is read again, never kept stale

    def put_new_articles(self, articles: list[tuple[str, str]]) -> None:
        """New articles of an on-disk store in one bulk load: Oxigraph writes its sorted files aside and
        ingests them in one RocksDB ``IngestExternalFiles`` call, which a crash leaves wholly done or
        undone (tests/test_store.py kills writers to check); at half the CPU of a transaction per article.
        Anything else (a graph already there, blank nodes, memory) goes article by article."""
        if (self.path is None or len(articles) < 2
                or any("_:" in ntriples or self._ox.contains_named_graph(ox.NamedNode(iri))
                       for iri, ntriples in articles)
                or len({iri for iri, _ in articles}) < len(articles)):
            return super().put_new_articles(articles)
        try:
            self._ox.bulk_load(self._trig(articles), ox.RdfFormat.TRIG)
        except OSError as e:
            raise StoreError(f"cannot write {len(articles)} articles to the store at {self.path}: {e}") from e
        finally:
            self.writes += 1

    def _trig(self, articles: list[tuple[str, str]]) -> bytes:
        """New articles (IRI, N-Triples) as one TriG document: each in its named graph and, when the store
        keeps the union, in the default graph too (a triple there twice is stored once)."""
        graphs = "".join(f"<{iri}> {{\n{ntriples}\n}}\n" for iri, ntriples in articles)  # N-Triples are Turtle
        union = "".join(f"{ntriples}\n" for _, ntriples in articles) if self.union else ""
        return (graphs + union).encode("utf-8")

    def remove_article(self, article_iri: str) -> bool:
        if not self._ox.contains_named_graph(ox.NamedNode(article_iri)):
            return False
        self._ox.update(remove_update(article_iri, self.union))
        self.writes += 1
        return True

    def flush(self) -> None:
        if self.path is not None and not self.read_only:
            self._ox.flush()

    def compact(self) -> None:
        """One full RocksDB compaction: after bulk loads (:meth:`put_new_articles`) the store is many
        uncompacted files, over which queries cost about twice as much. Crash-safe like any RocksDB
        compaction: the files it replaces stay until the MANIFEST records the new ones."""
        if self.path is not None and not self.read_only:
            try:
                self._ox.optimize()
            except OSError as e:
                raise StoreError(f"cannot compact the store at {self.path}: {e}") from e

    def close(self) -> None:
        self.flush()
        del self._ox, self._view


class UnionView:
    """pyoxigraph's store interface over an :class:`EmbeddedStore`: union queries read the
    materialised union, quad listings and dumps show the article graphs only, and direct writes
    (``extend``, ``update``, …, used by tests and tools) keep the union in step. Anything else is
    the pyoxigraph store's own."""

    def __init__(self, store: EmbeddedStore):
        self._store = store
        self._ox = store._ox

    def __getattr__(self, name: str):
        return getattr(self._ox, name)

    def query(self, query: str, *, use_default_graph_as_union: bool = False, **options):
        if use_default_graph_as_union and not self._store.union_ready():
            return self._ox.query(query, use_default_graph_as_union=True, **options)  # Oxigraph's bag union
        return self._ox.query(query, **options)

    def quads_for_pattern(self, subject=None, predicate=None, obj=None, graph_name=None) -> Iterator[ox.Quad]:
        quads = self._ox.quads_for_pattern(subject, predicate, obj, graph_name)
        return quads if graph_name is not None else _named_only(quads)

    def __iter__(self) -> Iterator[ox.Quad]:
        return self.quads_for_pattern()

    def __len__(self) -> int:
        if not self._store.union:
            return len(self._ox)
        (row,) = self._ox.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(row["n"].value)

    def __contains__(self, quad: ox.Quad) -> bool:
        return quad in self._ox

    def dump(self, output=None, format=None, *, from_graph=None, prefixes=None, **options):
        if self._store.union and from_graph is None and format is not None and format.supports_datasets:
            return ox.serialize(self.quads_for_pattern(), output, format, prefixes=prefixes, **options)
        return self._ox.dump(output, format, from_graph=from_graph, prefixes=prefixes, **options)

    # --- writes that keep the union in step ---------------------------------------------------

    def add(self, quad: ox.Quad) -> None:
        self.extend([quad])

    def extend(self, quads) -> None:
        quads = list(quads)
        union = [ox.Quad(q.subject, q.predicate, q.object) for q in quads
                 if self._store.union and not isinstance(q.graph_name, ox.DefaultGraph)]
        self._ox.extend([*quads, *union])
        self._store.writes += 1

    def bulk_extend(self, quads) -> None:
        self.extend(quads)

    def _then_resync(name: str):  # noqa: N805 — builds the methods below
        def write(self, *args, **kwargs):
            result = getattr(self._ox, name)(*args, **kwargs)
            if self._store.union:
                self._ox.update(RESYNC_UNION)
            self._store.writes += 1
            return result
        write.__name__ = name
        return write

    remove = _then_resync("remove")
    remove_graph = _then_resync("remove_graph")
    clear_graph = _then_resync("clear_graph")
    update = _then_resync("update")
    load = _then_resync("load")
    bulk_load = _then_resync("bulk_load")
    clear = _then_resync("clear")


def _holds_quads(store: ox.Store, graph_name: ox.DefaultGraph | None = None) -> bool:
    """Whether the graph (None: any graph) holds a quad, reading one at most."""
    return next(iter(store.quads_for_pattern(None, None, None, graph_name)), None) is not None


def _named_only(quads: Iterator[ox.Quad]) -> Iterator[ox.Quad]:
    return (quad for quad in quads if not isinstance(quad.graph_name, ox.DefaultGraph))


def rdflib_term(node: ox.NamedNode | ox.BlankNode | ox.Literal):
    """A pyoxigraph term as the equal rdflib term (xsd:string literals as plain literals, as rdflib writes them)."""
    if isinstance(node, ox.NamedNode):
        return URIRef(node.value)
    if isinstance(node, ox.BlankNode):
        return BNode(node.value)
    if node.language:
        return Literal(node.value, lang=node.language)
    if node.datatype.value == _XSD_STRING:
        return Literal(node.value)
    return Literal(node.value, datatype=URIRef(node.datatype.value))


def to_rdflib(subject, predicate, obj):
    """A pyoxigraph triple's terms as rdflib terms."""
    return rdflib_term(subject), rdflib_term(predicate), rdflib_term(obj)
