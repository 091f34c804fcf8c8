"""Content negotiation for documents (entities, the VoID, the ontology): HTML or RDF, by suffix or Accept.

One table maps media types to file suffixes and writers, so that ``/id/actor/Q58217.ttl`` and
``Accept: text/turtle`` can never disagree. The SPARQL endpoint has its own tables (its answers
are results or graphs, chosen by query form); this module is for documents that are graphs.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox
from flask import Response, request
from werkzeug.datastructures import MIMEAccept

from kg.errors import NotAcceptable
from kg.export import jsonld_bytes
from kg.namespaces import PREFIXES


@dataclass(frozen=True)
class Variant:
    media_type: str
    suffix: str
    label: str
    rdf_format: ox.RdfFormat | None  # None: HTML

    @property
    def content_type(self) -> str:
        return self.media_type + ("; charset=utf-8" if self.media_type.startswith("text/") else "")


HTML = Variant("text/html", "html", "HTML", None)
TURTLE = Variant("text/turtle", "ttl", "Turtle", ox.RdfFormat.TURTLE)
JSON_LD = Variant("application/ld+json", "jsonld", "JSON-LD", ox.RdfFormat.JSON_LD)
N_TRIPLES = Variant("application/n-triples", "nt", "N-Triples", ox.RdfFormat.N_TRIPLES)
RDF_XML = Variant("application/rdf+xml", "rdf", "RDF/XML", ox.RdfFormat.RDF_XML)

# Order matters: on a tie (Accept: */*, or none) the first wins, so curl gets Turtle; browsers
# ask for text/html explicitly, with a higher quality than */*, and get HTML.
RDF_VARIANTS: tuple[Variant, ...] = (TURTLE, JSON_LD, N_TRIPLES, RDF_XML)
DOCUMENT_VARIANTS: tuple[Variant, ...] = (*RDF_VARIANTS, HTML)
BY_SUFFIX = {variant.suffix: variant for variant in DOCUMENT_VARIANTS}
# Other names clients use for the same formats.
_ALIASES = {"application/x-turtle": TURTLE, "text/plain": N_TRIPLES, "application/xhtml+xml": HTML}
_TURTLE_PREFIXES = {name: str(ns) for name, ns in PREFIXES.items()}


def _accept() -> MIMEAccept:
    return request.accept_mimetypes or MIMEAccept([("*/*", 1)])


def choose(offered: Iterable[Variant], suffix: str | None = None) -> Variant:
    """The variant named by ``suffix``, else the best for the request's Accept header; 406 if none fits."""
    offered = tuple(offered)
    if suffix is not None:
        return BY_SUFFIX[suffix]
    table = {variant.media_type: variant for variant in offered}
    table.update({alias: variant for alias, variant in _ALIASES.items() if variant in offered})
    best = _accept().best_match(table)
    if best is None:
        raise NotAcceptable(f"this document can be sent as {', '.join(v.media_type for v in offered)}")
    return table[best]


def wants_html() -> bool:
    """Whether the client (a browser) prefers HTML to JSON: used for listings and error pages."""
    return _accept().best_match(["application/json", "text/html"]) == "text/html"


def rdf_body(triples: Iterable[ox.Triple], variant: Variant) -> bytes:
    """A small graph serialised; JSON-LD compacted with the published context, like the dumps."""
    if variant.rdf_format == ox.RdfFormat.JSON_LD:
        return jsonld_bytes(triples)
    return ox.serialize(list(triples), format=variant.rdf_format, prefixes=_TURTLE_PREFIXES)


def rdf_response(triples: Iterable[ox.Triple], variant: Variant) -> Response:
    return Response(rdf_body(triples, variant), content_type=variant.content_type)
