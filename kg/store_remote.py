"""A remote SPARQL 1.1 triple store (Oxigraph server, Apache Jena Fuseki, GraphDB, QLever, …).

Reads go to the store's SPARQL 1.1 Protocol query endpoint; writes go to its update endpoint and
its SPARQL 1.1 Graph Store HTTP Protocol endpoint:

* replacing or removing an article is one SPARQL update request, which Oxigraph, Fuseki and
  GraphDB run as one transaction: it also keeps the store's default graph equal to the union of
  the article graphs (see :mod:`kg.store`). A Graph Store ``PUT`` would be the obvious way to
  replace a graph, but Oxigraph's server implements it as two transactions (clear, then load),
  so a reader could see the article missing in between, and it cannot maintain the union;
* one article's graph is read with a Graph Store ``GET``.

Answers are streamed (``requests`` with ``stream=True``) and parsed by pyoxigraph into the same
result types as an embedded store's, so the server and the exporters need not know which store
they query. Union queries read the store's default graph, the materialised union, so any SPARQL
1.1 store serves them without special configuration. A store filled by other means (named graphs
only) gets its union materialised by the first write; until then union queries fall back on
Oxigraph's ``union-default-graph`` parameter.
"""
from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from typing import BinaryIO
from urllib.parse import urljoin

import pyoxigraph as ox
import requests

from .errors import StoreError
from .namespaces import KG
from .store import MATERIALISE_UNION, Store, remove_update, replace_update

_RESULTS = ox.QueryResultsFormat.JSON
_ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9"
_QUADS = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"


class RemoteStore(Store):
    """A SPARQL 1.1 store at ``url``; ``query``, ``update`` and ``data`` are its endpoints, relative
    to ``url`` (Oxigraph server's layout by default: ``query``, ``update``, ``store``)."""

    def __init__(self, url: str, read_only: bool = False, *, query: str | None = None,
                 update: str | None = None, data: str | None = None, timeout: float | None = None):
        from .config import load
        config = load()  # endpoints and timeout not given: from the settings (defaults < KG_* environment)
        base = url if url.endswith("/") else url + "/"
        self.location = url
        self.read_only = read_only
        self.query_url = urljoin(base, query if query is not None else config.store_query)
        self.update_url = urljoin(base, update if update is not None else config.store_update)
        self.data_url = urljoin(base, data if data is not None else config.store_data)
        self.timeout = timeout if timeout is not None else config.store_timeout
        self._local = threading.local()
        self._engine = RemoteQueries(self)
        self._union: bool | None = None  # whether the default graph holds the union (asked once)

    # --- HTTP ---------------------------------------------------------------------------------------

    @property
    def session(self) -> requests.Session:
        """One connection pool per thread (the server answers requests from several threads)."""
        if not hasattr(self._local, "session"):
            self._local.session = requests.Session()
        return self._local.session

    def request(self, method: str, url: str, ok: Iterable[int] = (200, 201, 204), **kwargs) -> requests.Response:
        try:
            response = self.session.request(method, url, timeout=self.timeout, **kwargs)
        except requests.RequestException as e:
            raise StoreError(f"the store at {self.location} cannot be reached ({type(e).__name__}: {e}); "
                             "is it running, and is the URL (KG_STORE) right?") from e
        if response.status_code == 400 and url == self.query_url:
            raise SyntaxError(f"the store refused the query: {_text(response)}")
        if response.status_code not in ok:
            raise StoreError(f"{method} {url}: the store answered {response.status_code} {_text(response)}")
        return response

    def select(self, query: str, **params) -> ox.QuerySolutions:
        """A SELECT query's solutions, parsed as they arrive."""
        response = self.request("POST", self.query_url, data={"query": query, **params}, stream=True,
                                headers={"Accept": "application/sparql-results+json"})
        response.raw.decode_content = True
        return ox.parse_query_results(response.raw, _RESULTS)

    def _write(self):
        if self.read_only:
            raise StoreError(f"the store at {self.location} was opened read-only")
        if not self.union_materialised:
            self._update(MATERIALISE_UNION)
            self._union = True

    def _update(self, update: str) -> None:
        self.request("POST", self.update_url, data=update.encode("utf-8"),
                     headers={"Content-Type": "application/sparql-update; charset=utf-8"})

    def _ask(self, query: str) -> bool:
        response = self.request("POST", self.query_url, data={"query": query},
                                headers={"Accept": "application/sparql-results+json"})
        return bool(ox.parse_query_results(response.content, _RESULTS))

    @property
    def union_materialised(self) -> bool:
        """Whether the default graph holds the union of the article graphs (or the store is empty)."""
        if self._union is None:
            self._union = self._ask("ASK { ?s ?p ?o }") or not self._ask("ASK { GRAPH ?g { ?s ?p ?o } }")
        return self._union

    # --- the Store interface ------------------------------------------------------------------------

    def union_is_set(self) -> bool:
        return self.union_materialised

    @property
    def oxigraph(self) -> "RemoteQueries":
        return self._engine

    def articles(self) -> list[str]:
        query = f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?g a <{KG.Article}> }} }}"
        return sorted(solution["g"].value for solution in self.select(query))

    def checksums(self) -> dict[str, str]:
        query = f"SELECT ?g ?sha WHERE {{ GRAPH ?g {{ ?g <{KG.sha256}> ?sha }} }}"
        return {solution["g"].value: solution["sha"].value for solution in self.select(query)}

    def checksum(self, article_iri: str) -> str | None:
        query = f"SELECT ?sha WHERE {{ GRAPH <{article_iri}> {{ <{article_iri}> <{KG.sha256}> ?sha }} }}"
        for solution in self.select(query):
            return solution["sha"].value
        return None

    def quads(self) -> Iterator[ox.Quad]:
        return self._engine.quads_for_pattern(None, None, None, None)

    def article_quads(self, article_iri: str) -> Iterator[ox.Quad]:
        """The article's graph by a Graph Store GET (none if it is not stored)."""
        graph = ox.NamedNode(article_iri)
        response = self.request("GET", self.data_url, params={"graph": article_iri}, ok=(200, 404), stream=True,
                                headers={"Accept": "application/n-triples"})
        if response.status_code == 404:
            return iter(())
        response.raw.decode_content = True
        return (ox.Quad(t.subject, t.predicate, t.object, graph)
                for t in ox.parse(response.raw, ox.RdfFormat.N_TRIPLES))

    def __len__(self) -> int:
        for solution in self.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"):
            return int(solution["n"].value)
        return 0

    def put_article(self, article_iri: str, ntriples: str) -> None:
        self._write()
        self._update(replace_update(article_iri, ntriples))

    def remove_article(self, article_iri: str) -> bool:
        self._write()
        if not self._ask(f"ASK {{ GRAPH <{article_iri}> {{ ?s ?p ?o }} }}"):
            return False
        self._update(remove_update(article_iri))
        return True


class RemoteQueries:
    """The subset of ``pyoxigraph.Store`` that the server and the exporters use, over HTTP."""

    def __init__(self, store: RemoteStore):
        self.store = store

    def query(self, query: str, *, use_default_graph_as_union: bool = False,
              default_graph: ox.NamedNode | list[ox.NamedNode] | None = None,
              named_graphs: list[ox.NamedNode] | None = None):
        """Like ``pyoxigraph.Store.query``: QuerySolutions, QueryBoolean, or an iterator of triples."""
        params: dict[str, object] = {"query": query}
        if use_default_graph_as_union and not self.store.union_materialised:
            params["union-default-graph"] = ""
        if default_graph is not None:
            graphs = default_graph if isinstance(default_graph, list) else [default_graph]
            params["default-graph-uri"] = [graph.value for graph in graphs]
        if named_graphs is not None:
            params["named-graph-uri"] = [graph.value for graph in named_graphs]
        response = self.store.request("POST", self.store.query_url, data=params, stream=True,
                                      headers={"Accept": _ACCEPT})
        response.raw.decode_content = True
        media_type = response.headers.get("Content-Type", "").split(";")[0].strip()
        if media_type == "application/n-triples":
            return (quad.triple for quad in ox.parse(response.raw, ox.RdfFormat.N_TRIPLES))
        results_format = ox.QueryResultsFormat.from_media_type(media_type)
        if results_format is None:
            raise StoreError(f"the store answered a query with {media_type!r}, which is not SPARQL results")
        return ox.parse_query_results(response.raw, results_format)

    def quads_for_pattern(self, subject=None, predicate=None, obj=None, graph_name=None) -> Iterator[ox.Quad]:
        """Quads of the named graphs matching the pattern (None: any), streamed."""
        terms = {"s": subject, "p": predicate, "o": obj, "g": graph_name}
        values = " ".join(f"VALUES ?{name} {{ {term} }}" for name, term in terms.items() if term is not None)
        for solution in self.store.select(f"SELECT ?s ?p ?o ?g WHERE {{ {values} GRAPH ?g {{ ?s ?p ?o }} }}"
                                          if values else _QUADS):
            yield ox.Quad(solution["s"], solution["p"], solution["o"], solution["g"])

    def named_graphs(self) -> Iterator[ox.NamedNode]:
        for solution in self.store.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }"):
            yield solution["g"]

    def dump(self, output: BinaryIO, format: ox.RdfFormat, *, from_graph=None, prefixes=None) -> None:
        """The whole dataset (or one graph) in ``format``, streamed from the store to ``output``."""
        if from_graph is not None:
            triples = (quad.triple for quad in self.quads_for_pattern(None, None, None, from_graph))
            ox.serialize(triples, output, format, prefixes=prefixes)
        elif format.supports_datasets:
            ox.serialize(self.quads_for_pattern(), output, format, prefixes=prefixes)
        else:
            raise ValueError(f"{format} cannot hold a dataset of named graphs; give from_graph")

    def __len__(self) -> int:
        return len(self.store)

    def __iter__(self) -> Iterator[ox.Quad]:
        return self.quads_for_pattern()


def _text(response: requests.Response) -> str:
    return " ".join(response.text.split())[:300]
