"""Errors translated once, at the edge, into one JSON shape.

Every error answer, whatever raised it, is::

    {"error": {"code": "KG400", "status": 400, "message": "error at 1:25: expected ..."}}

or, for a browser (a client that prefers text/html to JSON), the same three fields on an HTML page.

:class:`kg.errors.KgError` subclasses carry their own code and status; HTTP errors raised by
Flask/Werkzeug (404, 405, 415, ...) get the code ``KG<status>``; anything else is a bug: it is
logged with its traceback and the client gets a 500 with a generic message, never the traceback.
"""
from __future__ import annotations

import logging

from flask import Flask, Response, jsonify, render_template
from werkzeug.exceptions import HTTPException

from kg.errors import KgError

from .conneg import wants_html

logger = logging.getLogger("kg.web")

INTERNAL_ERROR_MESSAGE = "internal server error; the server log has the details"


def error_response(code: str, status: int, message: str) -> Response:
    """The one JSON error shape, or an HTML page with the same fields for browsers."""
    if wants_html():
        html = render_template("error.html", code=code, status=status, message=message)
        return Response(html, status=status, content_type="text/html; charset=utf-8")
    response = jsonify({"error": {"code": code, "status": status, "message": message}})
    response.status_code = status
    return response


def register_error_handlers(app: Flask) -> None:
    app.register_error_handler(KgError, _kg_error)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _unexpected_error)


def _kg_error(e: KgError) -> Response:
    return error_response(e.code, e.status, e.message)


def _http_error(e: HTTPException) -> Response:
    status = e.code or 500
    response = error_response(f"KG{status}", status, e.description or e.name)
    valid_methods = getattr(e, "valid_methods", None)
    if valid_methods:  # a 405 must say which methods are allowed
        response.headers["Allow"] = ", ".join(valid_methods)
    return response


def _unexpected_error(e: Exception) -> Response:
    logger.error("unhandled exception", exc_info=e)
    return error_response("KG500", 500, INTERNAL_ERROR_MESSAGE)
