"""``GET /sparql`` without a query: the SPARQL 1.1 Service Description, or a query form for browsers.

Besides what the endpoint supports (language, formats, the union default graph), it states the
limits a client runs into — ``kgs:resultLimit``, ``kgs:queryTimeout``, ``kgs:queryMemory``,
``kgs:maxRequestBytes`` and ``kgs:maxParameters`` (terms of ``/ns/service``), and the same in
words in ``rdfs:comment`` — and points at the dataset's VoID
description: ``sd:defaultDataset`` is the VoID dataset itself, ``rdfs:seeAlso`` its document.
"""
from __future__ import annotations

import pyoxigraph as ox
from flask import Response, render_template, request, url_for
from werkzeug.datastructures import MIMEAccept

from kg.config import Config
from kg.errors import NotAcceptable
from kg.namespaces import FORMATS, KGS, RDF, RDFS, SD, VOID, sparql_prefixes
from kg.namespaces import XSD_TERMS as XSD

from . import current_context
from .sparql import FORMAT_NAMES, GRAPH_MEDIA_TYPES, R, G, _content_type, negotiate
from .void import current_stats, dataset_iri

FORMAT_IRIS: dict[R | G, str] = {
    R.JSON: FORMATS.SPARQL_Results_JSON,
    R.XML: FORMATS.SPARQL_Results_XML,
    R.CSV: FORMATS.SPARQL_Results_CSV,
    R.TSV: FORMATS.SPARQL_Results_TSV,
    G.TURTLE: FORMATS.Turtle,
    G.N_TRIPLES: FORMATS["N-Triples"],
    G.RDF_XML: FORMATS.RDF_XML,
    G.JSON_LD: FORMATS["JSON-LD"],
}
FORM_QUERY = sparql_prefixes() + "\nSELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 25\n"
_PREFIXES = {"sd": str(SD), "void": str(VOID), "formats": str(FORMATS), "kgs": str(KGS), "rdfs": str(RDFS)}


def _n(iri) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


def _literal(value: object, datatype) -> ox.Literal:
    return ox.Literal(str(value), datatype=_n(datatype))


def limits_comment(config: Config) -> str:
    """The limits in words, for people reading the description.

    >>> from kg.config import load
    >>> limits_comment(load(result_limit=5, query_timeout=2))[:60]
    'Read-only. An answer holds at most 5 rows or triples (longer'
    """
    federated = ("SERVICE may call " + config.service_allow) if config.service_allow.strip() \
        else "SERVICE is refused (no outbound requests)"
    return (f"Read-only. An answer holds at most {config.result_limit} rows or triples (longer answers are cut "
            f"and carry X-Result-Truncated: true); a query may run {config.query_timeout:g} s and use "
            f"{config.query_memory} MB of memory, then the answer is 503. A request may carry at most "
            f"{config.max_request_bytes} bytes of body or of query and {config.max_parameters} parameters, "
            f"else the answer is 413. {federated}.")


def service_description(endpoint: str, config: Config, void_document: str, triples: int, graphs: int) -> list[ox.Triple]:
    """sd:Service for ``endpoint``; its default dataset is the VoID dataset (``void:documents``: articles)."""
    service, default_graph = ox.BlankNode(), ox.BlankNode()
    dataset = _n(dataset_iri(config.base_iri))
    features = [SD.UnionDefaultGraph] + ([SD.BasicFederatedQuery] if config.service_allow.strip() else [])
    return [
        ox.Triple(service, _n(RDF.type), _n(SD.Service)),
        ox.Triple(service, _n(SD.endpoint), _n(endpoint)),
        ox.Triple(service, _n(SD.supportedLanguage), _n(SD.SPARQL11Query)),
        *(ox.Triple(service, _n(SD.feature), _n(feature)) for feature in features),
        *(ox.Triple(service, _n(SD.resultFormat), _n(iri)) for iri in FORMAT_IRIS.values()),
        ox.Triple(service, _n(KGS.resultLimit), _literal(config.result_limit, XSD.integer)),
        ox.Triple(service, _n(KGS.queryTimeout), _literal(f"{config.query_timeout:g}", XSD.decimal)),
        ox.Triple(service, _n(KGS.queryMemory), _literal(config.query_memory, XSD.integer)),
        ox.Triple(service, _n(KGS.maxRequestBytes), _literal(config.max_request_bytes, XSD.integer)),
        ox.Triple(service, _n(KGS.maxParameters), _literal(config.max_parameters, XSD.integer)),
        ox.Triple(service, _n(RDFS.comment), ox.Literal(limits_comment(config), language="en")),
        ox.Triple(service, _n(SD.defaultDataset), dataset),
        ox.Triple(dataset, _n(RDF.type), _n(SD.Dataset)),
        ox.Triple(dataset, _n(RDFS.seeAlso), _n(void_document)),
        ox.Triple(dataset, _n(SD.defaultGraph), default_graph),
        ox.Triple(dataset, _n(VOID.documents), _literal(graphs, XSD.integer)),
        ox.Triple(default_graph, _n(RDF.type), _n(SD.Graph)),
        ox.Triple(default_graph, _n(VOID.triples), _literal(triples, XSD.integer)),
    ]


def describe_service() -> Response:
    """The service description as RDF, or the query form for browsers."""
    context = current_context()
    accept = request.accept_mimetypes or MIMEAccept([("*/*", 1)])
    if not request.values.get("format") and accept.best_match(["text/turtle", "text/html"]) == "text/html":
        return Response(render_template(
            "sparql_form.html", articles=len(context.store.articles()), triples=len(context.store),
            endpoint=request.base_url, query=FORM_QUERY, formats=["html", *FORMAT_NAMES],
            result_limit=context.config.result_limit, query_timeout=f"{context.config.query_timeout:g}",
        ), content_type="text/html; charset=utf-8")
    fmt = negotiate(request.values.get("format"), request.accept_mimetypes).graph
    if fmt is None:
        raise NotAcceptable(f"the service description can be sent as text/html, {', '.join(GRAPH_MEDIA_TYPES)}")
    state, stats = current_stats()
    triples = service_description(request.base_url, context.config, url_for("void.well_known", _external=True),
                                  stats.triples, stats.articles)
    return Response(ox.serialize(triples, format=fmt, prefixes=_PREFIXES), content_type=_content_type(fmt))
