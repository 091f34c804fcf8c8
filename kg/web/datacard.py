"""``/datacard``: the data card of the served store, a page for people, JSON or Markdown for the rest;
``/dumps/datacard.json`` and ``/dumps/datacard.md``: the files ``kg export --dir`` writes, byte for byte.

The card is the one the build wrote beside the store, when it describes the store as it is now;
otherwise one computed from the store, without a build record (:func:`kg.datacard.current_card`).
Either way it is read or computed once per store state.
"""
from __future__ import annotations

from flask import Blueprint, Response, render_template, request

from kg.datacard import LIBRARIES, NOT_FOUND, DataCard, card_files, current_card, to_json, to_markdown

from . import current_context
from .conneg import HTML, Variant, choose
from .state import StoreState

bp = Blueprint("datacard", __name__)

JSON = Variant("application/json", "json", "JSON", None)
MARKDOWN = Variant("text/markdown", "md", "Markdown", None)
VARIANTS = (JSON, HTML, MARKDOWN)  # on a tie (*/*) JSON, as the other listings answer non-browsers
MEDIA_TYPES = {"datacard.json": "application/json", "datacard.md": "text/markdown; charset=utf-8"}


def served_card() -> tuple[StoreState, DataCard]:
    context = current_context()
    state = context.cache.state(context.store)
    return state, context.cache.get(state, "datacard", lambda: current_card(context.store, context.config))


@bp.get("/datacard")
def datacard() -> Response:
    variant = choose(VARIANTS)
    state, card = served_card()
    if variant is HTML:
        body = render_template("datacard.html", card=card, libraries=LIBRARIES, not_found=NOT_FOUND)
    else:
        body = to_json(card) if variant is JSON else to_markdown(card)
    return _response(body, variant.content_type, state, f"datacard.{variant.suffix}")


@bp.get("/dumps/datacard.json", defaults={"name": "datacard.json"})
@bp.get("/dumps/datacard.md", defaults={"name": "datacard.md"})
def datacard_file(name: str) -> Response:
    state, card = served_card()
    return _response(card_files(card)[name], MEDIA_TYPES[name], state, name)


def _response(body: str, content_type: str, state: StoreState, variant: str) -> Response:
    """With the store state's ETag and Last-Modified, so clients revalidate it like the dumps."""
    response = Response(body, content_type=content_type)
    response.set_etag(state.etag(variant))
    response.last_modified = state.modified
    response.headers["Cache-Control"] = "public, no-cache"
    return response.make_conditional(request)
