"""Serve the store with waitress: the production-grade WSGI server we ship (pure Python, no C build)."""
from __future__ import annotations

import logging

import waitress

from kg.config import Config

from . import create_app


def serve(config: Config) -> None:
    """Open the store at ``config.store`` and serve it until interrupted.

    The store is opened normally (read-write): Oxigraph allows one writing process per store, so
    do not run ``kg build`` on the same store directory while it is being served.
    """
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app = create_app(config)
    url = f"http://{config.host}:{config.port}/"
    print(f"Serving {config.store} at {url} (SPARQL endpoint: {url}sparql)", flush=True)
    waitress.serve(app, host=config.host, port=config.port, threads=config.threads)
