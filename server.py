"""WSGI entry point for people who run their own server, e.g.::

    waitress-serve --port 8000 server:app
    gunicorn server:app

Settings come from ``KG_*`` environment variables (see ``kg/config.py``), e.g. ``KG_STORE=data/store``.
This is the only module-level app; everything else builds one with :func:`kg.web.create_app`.
``kg serve`` does the same with command-line flags.
"""
from kg.web import create_app

app = create_app()
