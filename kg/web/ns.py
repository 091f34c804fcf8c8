"""``/ns/…``: small documents the other documents point to, at stable IRIs under ``https://w3id.org/newskg/ns/``.

* ``/ns/context.jsonld`` — the JSON-LD context of the dumps and of every JSON-LD answer
  (:func:`kg.export.jsonld_context`; each document embeds it too, so that it parses offline).
* ``/ns/service`` — the terms the service description uses for this server's limits
  (``kgs:resultLimit``, ``kgs:queryTimeout``), which no standard vocabulary has.
"""
from __future__ import annotations

import json

import pyoxigraph as ox
from flask import Blueprint, Response

from kg.export import jsonld_context
from kg.namespaces import KGS, OWL, RDF, RDFS
from kg.namespaces import XSD_TERMS as XSD

from .conneg import RDF_VARIANTS, choose, rdf_response

bp = Blueprint("ns", __name__)


@bp.get("/ns/context.jsonld")
def context() -> Response:
    body = json.dumps({"@context": jsonld_context()}, indent=2) + "\n"
    response = Response(body, content_type="application/ld+json")
    response.headers["Cache-Control"] = "public, max-age=86400"
    return response


SERVICE_TERMS = {
    "resultLimit": ("result limit", XSD.integer,
                    "The most rows (SELECT) or triples (CONSTRUCT, DESCRIBE) one answer holds; a longer answer is "
                    "cut there and carries the HTTP header X-Result-Truncated: true."),
    "queryTimeout": ("query timeout", XSD.decimal,
                     "Seconds a query may run; a query still running then is answered 503 Service Unavailable."),
    "queryMemory": ("query memory", XSD.integer,
                    "Megabytes of memory the process evaluating one query may add; a query that needs more is "
                    "answered 503 Service Unavailable."),
    "maxRequestBytes": ("largest request", XSD.integer,
                        "The most bytes a request body or a query may have, however it is sent; a larger one is "
                        "answered 413 Content Too Large."),
    "maxParameters": ("most parameters", XSD.integer,
                      "The most parameters (query string and form fields together) one request may have; more are "
                      "answered 413 Content Too Large."),
}


def service_vocabulary() -> list[ox.Triple]:
    def n(iri) -> ox.NamedNode:
        return ox.NamedNode(str(iri))

    triples = [ox.Triple(n(str(KGS)[:-1]), n(RDF.type), n(OWL.Ontology)),
               ox.Triple(n(str(KGS)[:-1]), n(RDFS.label), ox.Literal("newskg service terms", language="en"))]
    for name, (label, datatype, comment) in SERVICE_TERMS.items():
        term = n(KGS[name])
        triples += [
            ox.Triple(term, n(RDF.type), n(OWL.DatatypeProperty)),
            ox.Triple(term, n(RDFS.label), ox.Literal(label, language="en")),
            ox.Triple(term, n(RDFS.comment), ox.Literal(comment, language="en")),
            ox.Triple(term, n(RDFS.domain), n("http://www.w3.org/ns/sparql-service-description#Service")),
            ox.Triple(term, n(RDFS.range), n(datatype)),
        ]
    return triples


@bp.get("/ns/service")
def service() -> Response:
    return rdf_response(service_vocabulary(), choose(RDF_VARIANTS))
