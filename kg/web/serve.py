"""Serve the store with waitress: the production-grade WSGI server we ship (pure Python, no C build)."""
from __future__ import annotations

import logging
import signal
import sys

import waitress

from kg.config import Config

from . import create_app

# Waitress reads a whole body (spooling it to a temporary file) before the app sees it, up to 1 GB by
# default. The app refuses bodies over max_request_bytes with its JSON 413; waitress stops reading at
# this many times that (answering its own plain-text 413), so a huge upload costs neither disk nor time.
BODY_BACKSTOP = 10


def waitress_options(config: Config) -> dict:
    """Options of ``waitress.serve`` for ``config``.

    >>> from kg.config import load
    >>> waitress_options(load(max_request_bytes=1000, threads=2))["max_request_body_size"]
    10000
    """
    return {"host": config.host, "port": config.port, "threads": config.threads,
            "max_request_body_size": BODY_BACKSTOP * config.max_request_bytes}


def serve(config: Config) -> None:
    """Open the store at ``config.store`` and serve it until interrupted.

    The store is opened normally (read-write): Oxigraph allows one writing process per store, so
    do not run ``kg build`` on the same store directory while it is being served.
    """
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app = create_app(config)
    url = f"http://{config.host}:{config.port}/"
    print(f"Serving {config.store} at {url} (SPARQL endpoint: {url}sparql)", flush=True)
    # SIGTERM (systemd, docker, kill) ends like Ctrl-C, so the app's clean-up runs: its dump cache
    # folder would otherwise stay in the temporary directory, hundreds of MB per restart on a large graph.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    waitress.serve(app, **waitress_options(config))
