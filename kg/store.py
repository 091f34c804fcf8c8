"""The store: one named graph per article, behind one interface with two implementations.

* :class:`EmbeddedStore` — an Oxigraph database on disk (a directory), or in memory (``None``, for
  tests and small jobs). The default: ``make serve`` needs no external service, a restart keeps the graph.
* :class:`~kg.store_remote.RemoteStore` — an existing SPARQL 1.1 triple store (Oxigraph server,
  Fuseki, GraphDB, QLever, …) reached over the SPARQL 1.1 Protocol and Graph Store HTTP Protocol.

``Store(location)`` picks the implementation from the location (an ``http(s)://`` URL is remote),
so the build, the exports and the server never ask which one they have. Everything that reads or
writes persisted triples goes through these methods.

Writes are atomic per article: :meth:`Store.put_article` is one SPARQL update (drop the article's
graph, insert the new one), which Oxigraph — embedded or as a server — applies as one transaction.
A reader, or a build killed at any moment, sees each article wholly present or absent.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from .errors import StoreError
from .namespaces import KG

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

    def quads(self) -> Iterator[ox.Quad]:
        """Every stored quad, streamed."""
        raise NotImplementedError

    def article_quads(self, article_iri: str) -> Iterator[ox.Quad]:
        """The quads of one article's named graph."""
        raise NotImplementedError

    def union_graph(self) -> Graph:
        """All article graphs merged into one rdflib Graph (for validation and small exports)."""
        graph = Graph()
        for quad in self.quads():
            graph.add(to_rdflib(quad.subject, quad.predicate, quad.object))
        return graph

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

    def remove_article(self, article_iri: str) -> bool:
        """Retract an article and every triple derived from it; False if it was not stored.

        Only the article's own graph goes: an actor that other articles also name keeps the
        triples those articles' graphs state about it.
        """
        raise NotImplementedError

    def flush(self) -> None:
        """Make the writes so far durable (a no-op where every write already is)."""

    def close(self) -> None:
        """Release the store (the embedded database's lock); the object is unusable afterwards."""


def open_store(config, read_only: bool = False) -> Store:
    """The store a configuration names (``config.store``: a directory, or the URL of a remote store)."""
    if is_url(config.store):
        from .store_remote import RemoteStore
        return RemoteStore(config.store, read_only, query=config.store_query, update=config.store_update,
                           data=config.store_data, timeout=config.store_timeout)
    return EmbeddedStore(config.store, read_only)


def replace_update(article_iri: str, ntriples: str) -> str:
    """The one SPARQL update that replaces an article's graph (a transaction in Oxigraph, Fuseki, GraphDB)."""
    return f"DROP SILENT GRAPH <{article_iri}> ;\nINSERT DATA {{ GRAPH <{article_iri}> {{\n{ntriples}\n}} }}"


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

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying pyoxigraph store, for the query engine and the exporters."""
        return self._ox

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
        return self._ox.quads_for_pattern(None, None, None, None)

    def article_quads(self, article_iri: str) -> Iterator[ox.Quad]:
        return self._ox.quads_for_pattern(None, None, None, ox.NamedNode(article_iri))

    def __len__(self) -> int:
        return len(self._ox)

    def put_article(self, article_iri: str, ntriples: str) -> None:
        try:
            self._ox.update(replace_update(article_iri, ntriples))
        except OSError as e:
            raise StoreError(f"cannot write {article_iri} to the store at {self.path}: {e}") from e

    def remove_article(self, article_iri: str) -> bool:
        graph = ox.NamedNode(article_iri)
        if not self._ox.contains_named_graph(graph):
            return False
        self._ox.remove_graph(graph)
        return True

    def flush(self) -> None:
        if self.path is not None:
            self._ox.flush()

    def close(self) -> None:
        self.flush()
        del self._ox


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
