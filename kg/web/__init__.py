"""The web app: a read-only SPARQL endpoint and a few pages over the built store.

``create_app`` is the only way to get an app (there is no module-level app except in the repo's
``server.py``). The app serves the store; it never imports the extractor or spaCy, so it starts
fast and its tests need no model. Errors are translated to one JSON shape in :mod:`kg.web.errors`.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from flask import Flask, current_app, g, request

from kg.config import Config, load
from kg.store import Store

logger = logging.getLogger("kg.web")


@dataclass(frozen=True)
class WebContext:
    """What every view needs, held by the app (``app.extensions["kg"]``), never by a module global."""

    config: Config
    store: Store


def create_app(config: Config | None = None, store: Store | None = None) -> Flask:
    """A Flask app over ``store`` (tests pass one), else over the store at ``config.store``."""
    config = config if config is not None else load()
    # `is None`, not truthiness: an empty Store has len() 0 and is falsy.
    store = store if store is not None else Store(config.store)

    app = Flask(__name__)
    app.extensions["kg"] = WebContext(config=config, store=store)

    from . import errors, pages, sparql  # here, not at the top: the blueprints import current_context

    errors.register_error_handlers(app)
    app.register_blueprint(pages.bp)
    app.register_blueprint(sparql.bp)
    _log_requests(app)
    return app


def current_context() -> WebContext:
    """The config and store of the app handling the current request."""
    return current_app.extensions["kg"]


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
