"""A catalogue of coded errors: what went wrong, for whom, and how to fix it.

Errors are raised deep and translated once at the edge: the CLI prints ``KG### message``
and exits non-zero; the web app answers with the error's HTTP status and one JSON shape.
"""
from __future__ import annotations


class KgError(Exception):
    """An error a user can act on. ``code`` is stable; ``status`` is the HTTP status at the web edge."""

    code = "KG000"
    status = 500

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"{self.code} {self.message}"


class InputError(KgError):
    """An article file could not be read as an article (named in the message)."""

    code = "KG100"
    status = 400


class ModelError(KgError):
    """No spaCy pipeline could be loaded."""

    code = "KG200"
    status = 500


class StoreError(KgError):
    """The store could not be opened or written."""

    code = "KG300"
    status = 500


class NotFound(KgError):
    code = "KG404"
    status = 404


class QueryError(KgError):
    """A malformed SPARQL request (the parser's message says where)."""

    code = "KG400"
    status = 400


class Forbidden(KgError):
    """A request the read-only, no-outbound endpoint refuses (updates, SERVICE)."""

    code = "KG403"
    status = 403


class NotAcceptable(KgError):
    code = "KG406"
    status = 406


class QueryTimeout(KgError):
    code = "KG503"
    status = 503


class TooLarge(KgError):
    code = "KG413"
    status = 413
