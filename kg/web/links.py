"""Where an IRI can be looked at on this server: the one mapping between IRIs and request paths.

The server's root stands for the configured base IRI: ``<base>id/actor/Q58217`` is served at
``/id/actor/Q58217`` (w3id.org redirects ``https://w3id.org/newskg/…`` to the server). The
project's own namespace (``https://w3id.org/newskg/``: ``ontology``, ``ns/``) is served at the
root too, whatever the base IRI of the data. Anything else (Wikidata, schema.org) links out.
"""
from __future__ import annotations

from urllib.parse import urlsplit

from kg.namespaces import PROJECT

_PROJECT_PATHS = ("ontology", "ns/")


def local_href(iri: str, base_iri: str) -> str:
    """The path on this server that serves ``iri``, or ``iri`` itself when another site does.

    >>> local_href("https://w3id.org/newskg/id/actor/Q58217", "https://w3id.org/newskg/")
    '/id/actor/Q58217'
    >>> local_href("https://w3id.org/newskg/ontology#Person", "https://example.org/kg/")
    '/ontology#Person'
    >>> local_href("http://www.wikidata.org/entity/Q58217", "https://w3id.org/newskg/")
    'http://www.wikidata.org/entity/Q58217'
    >>> local_href("javascript:alert(1)", "https://w3id.org/newskg/")
    ''
    """
    if iri.startswith(base_iri + "id/"):
        return "/" + iri[len(base_iri):]
    if iri.startswith(PROJECT) and iri[len(PROJECT):].startswith(_PROJECT_PATHS):
        return "/" + iri[len(PROJECT):]
    if urlsplit(iri).scheme.lower() not in ("http", "https"):
        return ""  # an article can carry any IRI (schema:url): never a javascript: or data: link
    return iri


def base_path(base_iri: str) -> str:
    """The path of the base IRI, where the server also answers when mounted under it.

    >>> base_path("https://w3id.org/newskg/"), base_path("https://example.org/")
    ('/newskg/', '/')
    """
    path = urlsplit(base_iri).path or "/"
    return path if path.endswith("/") else path + "/"


def local_name(iri: str) -> str:
    """The last segment of an IRI, for a label when there is none.

    >>> local_name("https://w3id.org/newskg/ontology#participant"), local_name("https://schema.org/Event")
    ('participant', 'Event')
    """
    for separator in ("#", "/"):
        head, found, tail = iri.rstrip("/#").rpartition(separator)
        if found and tail:
            return tail
    return iri


