"""Dereferenceable IRIs: every IRI minted under ``<base>id/`` answers at ``/id/…`` on this server.

``/id/actor/Q58217`` is ``<base>id/actor/Q58217`` (see :mod:`kg.web.links`): an HTML page for
browsers, Turtle, JSON-LD, N-Triples or RDF/XML by Accept, or by suffix (``.ttl``, ``.jsonld``,
``.nt``, ``.rdf``, ``.html``). The description is computed once (:func:`kg.web.describe.describe`)
and rendered either way. An IRI the graph does not mention is a 404.
"""
from __future__ import annotations

from flask import Flask, Response, render_template
from werkzeug.urls import iri_to_uri

from kg.errors import NotFound

from . import current_context
from .conneg import BY_SUFFIX, DOCUMENT_VARIANTS, HTML, choose, rdf_response
from .describe import describe, exists
from .links import base_path, local_href
from .ontology import term_labels


def register(app: Flask, base_iri: str) -> None:
    """Answer at ``/id/…`` and, when the base IRI has a path (``/newskg/``), under it as well."""
    app.add_url_rule("/id/<path:rest>", "linked.entity", entity)
    mounted = base_path(base_iri)
    if mounted != "/":
        app.add_url_rule(f"{mounted}id/<path:rest>", "linked.entity_under_base", entity)


def resolve(rest: str) -> tuple[str, str | None]:
    """The IRI a request path names, and the suffix that chose a format (None: by Accept).

    The IRI as given wins, so an IRI that itself ends in ``.ttl`` still resolves; else a known
    suffix is taken off.
    """
    context = current_context()
    iri = f"{context.config.base_iri}id/{rest}"
    if exists(context.store, iri):
        return iri, None
    stem, dot, suffix = iri.rpartition(".")
    if dot and suffix in BY_SUFFIX and exists(context.store, stem):
        return stem, suffix
    raise NotFound(f"{iri} is not in the graph")


def entity(rest: str) -> Response:
    iri, suffix = resolve(rest)
    variant = choose(DOCUMENT_VARIANTS, suffix)
    context = current_context()
    description = describe(context.store, iri, context.config.result_limit, term_labels(), context.config.base_iri)
    if variant is HTML:
        response = Response(render_template("entity.html", d=description), content_type=HTML.content_type)
    else:
        response = rdf_response(description.triples, variant)
    if description.truncated:
        response.headers["X-Result-Truncated"] = "true"
    path = iri_to_uri(local_href(iri, context.config.base_iri))
    response.headers["Content-Location"] = f"{path}.{variant.suffix}"
    response.headers["Link"] = ", ".join(
        f'<{path}.{other.suffix}>; rel="alternate"; type="{other.media_type}"' for other in DOCUMENT_VARIANTS
    )
    return response
