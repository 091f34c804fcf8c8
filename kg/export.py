"""Dumps of the store in every format, streamed by Oxigraph (memory does not grow with the graph).

Triple formats (Turtle, N-Triples, JSON-LD, RDF/XML) hold the union of the article graphs;
quad formats (TriG, N-Quads) keep one named graph per article, i.e. the provenance.
"""
from __future__ import annotations

from typing import BinaryIO

import pyoxigraph as ox

from .errors import KgError
from .namespaces import PREFIXES
from .store import Store

FORMATS = {
    "turtle": (ox.RdfFormat.TURTLE, "ttl", "text/turtle"),
    "nt": (ox.RdfFormat.N_TRIPLES, "nt", "application/n-triples"),
    "jsonld": (ox.RdfFormat.JSON_LD, "jsonld", "application/ld+json"),
    "rdfxml": (ox.RdfFormat.RDF_XML, "rdf", "application/rdf+xml"),
    "trig": (ox.RdfFormat.TRIG, "trig", "application/trig"),
    "nquads": (ox.RdfFormat.N_QUADS, "nq", "application/n-quads"),
}
_UNION = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"


class UnknownFormat(KgError):
    code = "KG110"
    status = 400


def export(store: Store, fmt: str, output: BinaryIO) -> None:
    """Write the whole store to ``output`` in ``fmt`` (a key of :data:`FORMATS`)."""
    if fmt not in FORMATS:
        raise UnknownFormat(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    rdf_format = FORMATS[fmt][0]
    prefixes = {name: str(ns) for name, ns in PREFIXES.items()} if fmt in ("turtle", "trig") else None
    if rdf_format.supports_datasets:
        store.oxigraph.dump(output, rdf_format, prefixes=prefixes)
    else:
        triples = store.oxigraph.query(_UNION, use_default_graph_as_union=True)
        ox.serialize(triples, output, rdf_format, prefixes=prefixes)
