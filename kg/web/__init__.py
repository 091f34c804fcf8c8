"""The web app: the graph published as linked data over the built store.

* ``/sparql`` — a read-only SPARQL 1.1 endpoint (:mod:`.sparql`), with its service description;
* ``/id/…`` — every IRI minted under the base IRI, as HTML or RDF (:mod:`.linked`): for people,
  an entity's timeline and network, an event's sentence in its article, an article's marked-up text;
* ``/query`` — the SPARQL editor (:mod:`.query`); ``/search`` — names, case and accents ignored (:mod:`.search`);
* ``/dumps/`` — the whole graph in six formats, gzipped too (:mod:`.dumps`);
* ``/datacard`` — the data card: counts, SHACL report, precision/recall, versions, how to cite (:mod:`.datacard`);
* ``/.well-known/void`` — the VoID description (:mod:`.void`); ``/ontology`` (:mod:`.ontology`);
  ``/ns/context.jsonld`` and ``/ns/service`` (:mod:`.ns`); ``/`` and ``/healthz`` (:mod:`.pages`).

``create_app`` is the only way to get an app (there is no module-level app except in the repo's
``server.py``). The app serves the store; it never imports the extractor or spaCy, so it starts
fast and its tests need no model. Errors are translated to one shape in :mod:`kg.web.errors`.
Every request is bounded before a view reads it: a body over ``max_request_bytes`` or more than
``max_parameters`` parameters is a 413 with the setting named (:func:`_request_limits`).
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from flask import Flask, Response, current_app, g, request

from kg.config import REPO_DIR, Config, load
from kg.errors import TooLarge
from kg.store import Store

from .isolate import ChildStores, Workers
from .state import StateCache

if TYPE_CHECKING:
    from .dumps import DumpCache

logger = logging.getLogger("kg.web")


@dataclass(frozen=True)
class WebContext:
    """What every view needs, held by the app (``app.extensions["kg"]``), never by a module global."""

    config: Config
    store: Store
    queries_dir: Path  # the competency questions shown on the home page
    cache: StateCache  # when each store state was first seen; values computed once per state
    dumps: DumpCache  # dump files, written once per store state
    workers: Workers  # the processes that run SPARQL queries over the embedded store (kg.web.isolate)


def create_app(config: Config | None = None, store: Store | None = None, queries_dir: Path | None = None) -> Flask:
    """A Flask app over ``store`` (tests pass one), else over the store at ``config.store``.

    ``queries_dir`` defaults to the repository's ``queries/`` (next to ``ontology/`` and ``shapes/``).
    """
    from .dumps import DumpCache  # here: kg.web.dumps imports current_context from this package

    config = config if config is not None else load()
    # `is None`, not truthiness: an empty Store has len() 0.
    store = store if store is not None else Store(config.store)

    app = Flask(__name__)
    _request_limits(app, config)
    app.extensions["kg"] = WebContext(
        config=config, store=store, queries_dir=queries_dir or REPO_DIR / "queries",
        cache=StateCache(), dumps=DumpCache(), workers=Workers(ChildStores()),
    )

    from . import datacard, dumps, errors, linked, ns, ontology, pages, query, search, sparql, void  # here: they import current_context

    errors.register_error_handlers(app)
    for module in (pages, query, search, sparql, dumps, datacard, void, ontology, ns):
        app.register_blueprint(module.bp)
    linked.register(app, config.base_iri)
    _template_filters(app, config)
    _cors_and_vary(app)
    _log_requests(app)
    return app


def current_context() -> WebContext:
    """The config and store of the app handling the current request."""
    return current_app.extensions["kg"]


def _request_limits(app: Flask, config: Config) -> None:
    """413 for a body over ``max_request_bytes`` or over ``max_parameters`` parameters, before any view runs.

    Werkzeug's own limits are set to the same values, for a body sent without a length (chunked).
    """
    app.config.update(MAX_CONTENT_LENGTH=config.max_request_bytes, MAX_FORM_MEMORY_SIZE=config.max_request_bytes,
                      MAX_FORM_PARTS=config.max_parameters)

    @app.before_request
    def _bounded() -> None:
        size = request.content_length or 0
        if size > config.max_request_bytes:
            raise TooLarge(f"the request body is {size} bytes; this server takes at most "
                           f"{config.max_request_bytes} (max_request_bytes)")
        count = _parameter_count()
        if count > config.max_parameters:
            raise TooLarge(f"the request has {count} parameters; this server takes at most "
                           f"{config.max_parameters} (max_parameters)")


def _parameter_count() -> int:
    """Parameters in the URL, plus those of a form body (whose size is already bounded)."""
    count = sum(1 for _ in request.args.items(multi=True))
    if request.mimetype in ("application/x-www-form-urlencoded", "multipart/form-data"):
        count += sum(1 for _ in request.form.items(multi=True)) + sum(1 for _ in request.files.items(multi=True))
    return count


def _template_filters(app: Flask, config: Config) -> None:
    """``iri | local``: where to look at an IRI from a page; ``iri | term``: a short name for it;
    ``iri | span_id``: the id of an event's sentence or a mention on its article's page."""
    from kg.namespaces import short_name

    from .article import span_id
    from .links import local_href
    from .ontology import term_labels

    app.jinja_env.filters["local"] = lambda iri: local_href(iri, config.base_iri)
    app.jinja_env.filters["term"] = lambda iri: term_labels().get(iri) or short_name(iri)
    app.jinja_env.filters["span_id"] = span_id


def _cors_and_vary(app: Flask) -> None:
    """Any origin may read (no credentials, nothing to write); caches must key on Accept, as answers do."""

    @app.after_request
    def _headers(response: Response) -> Response:
        response.headers["Access-Control-Allow-Origin"] = "*"
        response.headers["Access-Control-Expose-Headers"] = "X-Result-Truncated, ETag, Link, Content-Location"
        if request.method == "OPTIONS":
            response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
            response.headers["Access-Control-Allow-Headers"] = "Content-Type, Accept"
        response.vary.add("Accept")
        return response


def _log_requests(app: Flask) -> None:
    """One log line per request: method, path, status, duration in ms."""

    @app.before_request
    def _start_clock() -> None:
        g.kg_started = time.perf_counter()

    @app.after_request
    def _log(response):
        started = g.get("kg_started")
        elapsed_ms = (time.perf_counter() - started) * 1000 if started is not None else 0.0
        logger.info("%s %s %s %.1fms", request.method, request.path, response.status_code, elapsed_ms)
        return response
