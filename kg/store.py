"""The store: an embedded, on-disk Oxigraph database with one named graph per article.

Everything that reads or writes persisted triples goes through :class:`Store`, so the build,
the exports and the server agree on where things are. Writes are one SPARQL update per
article, which Oxigraph applies as a single transaction: an article is wholly present or absent.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from .errors import StoreError
from .namespaces import KG

_SHA256 = ox.NamedNode(str(KG.sha256))
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


class Store:
    """An Oxigraph store on disk (``path``) or in memory (``path=None``, for tests and small jobs)."""

    def __init__(self, path: str | Path | None, read_only: bool = False):
        self.path = None if path is None else Path(path)
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
        """IRIs of the stored articles (= their named graphs)."""
        return sorted(graph.value for graph in self._ox.named_graphs() if isinstance(graph, ox.NamedNode))

    def checksum(self, article_iri: str) -> str | None:
        """The stored sha256 of an article, or None when it is not stored."""
        graph = ox.NamedNode(article_iri)
        for quad in self._ox.quads_for_pattern(graph, _SHA256, None, graph):
            return quad.object.value
        return None

    def replace_article(self, article_iri: str, graph: Graph) -> None:
        """Put ``graph`` in the article's named graph, replacing what was there, atomically."""
        data = graph.serialize(format="nt")
        update = f"DROP SILENT GRAPH <{article_iri}> ;\nINSERT DATA {{ GRAPH <{article_iri}> {{\n{data}\n}} }}"
        self._ox.update(update)

    def remove_article(self, article_iri: str) -> bool:
        """Retract an article and every triple derived from it; False if it was not stored."""
        if article_iri not in self.articles():
            return False
        self._ox.update(f"DROP GRAPH <{article_iri}>")
        return True

    def quads(self) -> Iterator[ox.Quad]:
        return self._ox.quads_for_pattern(None, None, None, None)

    def union_graph(self) -> Graph:
        """All article graphs merged into one rdflib Graph (for validation and small exports)."""
        graph = Graph()
        for quad in self.quads():
            graph.add(_to_rdflib(quad.subject, quad.predicate, quad.object))
        return graph

    def __len__(self) -> int:
        return len(self._ox)

    def flush(self) -> None:
        if self.path is not None:
            self._ox.flush()


def _to_rdflib(subject, predicate, obj):
    from rdflib import BNode, Literal, URIRef

    def term(node):
        if isinstance(node, ox.NamedNode):
            return URIRef(node.value)
        if isinstance(node, ox.BlankNode):
            return BNode(node.value)
        if node.language:
            return Literal(node.value, lang=node.language)
        if node.datatype.value == _XSD_STRING:
            return Literal(node.value)
        return Literal(node.value, datatype=URIRef(node.datatype.value))

    return term(subject), term(predicate), term(obj)
