"""``/sparql``: a read-only SPARQL 1.1 Protocol endpoint over the store (queries only).

* Query by GET ``?query=``, POST form (``query=``) or POST ``application/sparql-query`` (UTF-8);
  ``default-graph-uri`` / ``named-graph-uri`` choose the dataset. Without them (and without
  ``FROM`` in the query) the default graph is the union of the article graphs.
* SELECT/ASK answer in SPARQL JSON (default), XML, CSV or TSV; CONSTRUCT/DESCRIBE in Turtle
  (default), N-Triples, RDF/XML or JSON-LD; chosen by ``format=`` or else the Accept header; 406
  when nothing fits. ``format=html`` shows SELECT/ASK results as a page (the home page's links).
* Refused with 403: updates (``update=``, ``application/sparql-update``) and ``SERVICE`` to any
  endpoint the ``service_allow`` setting does not list (by default none: no outbound requests).
  ``SERVICE`` and ``FROM`` are found by scanning the query's text (:mod:`kg.web.querytext`).
* Answers are capped at ``result_limit`` rows/triples (``X-Result-Truncated: true`` when cut).
  Over the embedded store every query — its text scans, parsing and evaluation — runs in a worker
  process (reused, one query at a time) killed at ``query_timeout`` (503) and capped at ``query_memory`` (503); a query that
  crashes the engine (nested thousands deep) is a 400, and the server runs on
  (:mod:`kg.web.isolate` says why a process, and what it costs). Over a remote store the query
  runs there: a thread waits for it, and answers 503 at the deadline (:func:`run_with_deadline`).
  A query longer than ``max_request_bytes`` is refused (413), like a body that long and a request
  with more than ``max_parameters`` parameters (:mod:`kg.web`). A huge ``VALUES`` block needs no
  bound of its own: within 1 MB, Oxigraph reads 100,000 rows in 0.2 s, and joining two such blocks
  is a long query like any other. Every limit is stated in the service description.
* ``GET /sparql`` without a query: the SPARQL Service Description (:mod:`kg.web.service`).
"""
from __future__ import annotations

import json
import re
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TypeVar

import pyoxigraph as ox
from flask import Blueprint, Response, render_template, request
from werkzeug.datastructures import MIMEAccept
from werkzeug.exceptions import UnsupportedMediaType

from kg.errors import Forbidden, NotAcceptable, QueryError, QueryTimeout, TooLarge
from kg.export import jsonld_bytes
from kg.namespaces import PREFIXES
from kg.store import EmbeddedStore, Store

from . import WebContext, current_context
from .isolate import timeout_message
from .querytext import service_targets, uses_keyword

bp = Blueprint("sparql", __name__)

R = ox.QueryResultsFormat
G = ox.RdfFormat

# Media type -> format. Order matters: on a tie (e.g. Accept: */*) the first entry wins.
RESULTS_MEDIA_TYPES: dict[str, R] = {
    "application/sparql-results+json": R.JSON,
    "application/json": R.JSON,
    "application/sparql-results+xml": R.XML,
    "application/xml": R.XML,
    "text/xml": R.XML,
    "text/csv": R.CSV,
    "text/tab-separated-values": R.TSV,
}
GRAPH_MEDIA_TYPES: dict[str, G] = {
    "text/turtle": G.TURTLE,
    "application/x-turtle": G.TURTLE,
    "application/n-triples": G.N_TRIPLES,
    "text/plain": G.N_TRIPLES,
    "application/rdf+xml": G.RDF_XML,
    "application/xml": G.RDF_XML,
    "text/xml": G.RDF_XML,
    "application/ld+json": G.JSON_LD,
    "application/json": G.JSON_LD,
}
# ``format=`` names -> (format for SELECT/ASK, format for CONSTRUCT/DESCRIBE).
FORMAT_NAMES: dict[str, tuple[R | None, G | None]] = {
    "json": (R.JSON, G.JSON_LD),
    "xml": (R.XML, G.RDF_XML),
    "csv": (R.CSV, None),
    "tsv": (R.TSV, None),
    "turtle": (None, G.TURTLE),
    "ttl": (None, G.TURTLE),
    "ntriples": (None, G.N_TRIPLES),
    "nt": (None, G.N_TRIPLES),
    "jsonld": (None, G.JSON_LD),
    "json-ld": (None, G.JSON_LD),
    "rdfxml": (None, G.RDF_XML),
}
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_TURTLE_PREFIXES = {name: str(ns) for name, ns in PREFIXES.items()}


# --- content negotiation -------------------------------------------------------------------

@dataclass(frozen=True)
class Formats:
    """The negotiated answer format for each query form; None where the client accepts none."""

    results: R | None
    graph: G | None


def negotiate(format_param: str | None, accept: MIMEAccept) -> Formats:
    """``format=`` (a name or a media type) wins over Accept; an empty Accept means ``*/*``."""
    if format_param:
        key = format_param.split(";")[0].strip().lower()
        if key in FORMAT_NAMES:
            return Formats(*FORMAT_NAMES[key])
        if "/" in key:
            return Formats(RESULTS_MEDIA_TYPES.get(key), GRAPH_MEDIA_TYPES.get(key))
        raise QueryError(f"unknown format {format_param!r}; use one of {', '.join(FORMAT_NAMES)} or a media type")
    if not accept:
        accept = MIMEAccept([("*/*", 1)])
    results = accept.best_match(RESULTS_MEDIA_TYPES)
    graph = accept.best_match(GRAPH_MEDIA_TYPES)
    return Formats(RESULTS_MEDIA_TYPES.get(results), GRAPH_MEDIA_TYPES.get(graph))


def _content_type(fmt: R | G) -> str:
    media_type = fmt.media_type
    if media_type.startswith("text/") and "charset" not in media_type:
        media_type += "; charset=utf-8"
    return media_type


# --- reading the request ------------------------------------------------------------------

def _query_from_request() -> str | None:
    """The one query of the request, or None; refuses updates (403) and ambiguity (400)."""
    if request.mimetype == "application/sparql-update" or "update" in request.values:
        raise Forbidden("read-only endpoint: SPARQL updates are not accepted")
    queries = request.args.getlist("query")
    if request.method == "POST":
        if request.mimetype == "application/x-www-form-urlencoded":
            queries += request.form.getlist("query")
        elif request.mimetype == "application/sparql-query":
            queries.append(_utf8_body())
        else:
            raise UnsupportedMediaType(
                "POST a query as application/x-www-form-urlencoded (query=...) or as application/sparql-query"
            )
    if len(queries) > 1:
        raise QueryError(f"give exactly one query; the request has {len(queries)}")
    return _within_length(queries[0]) if queries else None


def _within_length(query: str) -> str:
    """The query, unless it is longer than ``max_request_bytes`` (a GET's URL is not bounded by the body limit)."""
    limit = current_context().config.max_request_bytes
    size = len(query.encode("utf-8", "surrogatepass"))
    if size > limit:
        raise TooLarge(f"the query is {size} bytes long; this endpoint takes at most {limit} (max_request_bytes)")
    return query


def _utf8_body() -> str:
    """A direct POST's query: the protocol requires UTF-8, so another charset or invalid bytes are refused."""
    charset = request.mimetype_params.get("charset", "utf-8").lower()
    if charset not in ("utf-8", "utf8"):
        raise UnsupportedMediaType(f"a query sent as application/sparql-query must be UTF-8, not {charset}")
    try:
        return request.get_data().decode("utf-8")
    except UnicodeDecodeError as e:
        raise QueryError(f"the query is not valid UTF-8 ({e})") from e


def _iris(parameter: str) -> list[ox.NamedNode]:
    nodes = []
    for value in request.values.getlist(parameter):
        try:
            nodes.append(ox.NamedNode(value))
        except ValueError as e:
            raise QueryError(f"{parameter}: {value!r} is not an IRI ({e})") from e
    return nodes


@dataclass(frozen=True)
class Dataset:
    """The protocol's ``default-graph-uri`` and ``named-graph-uri`` (empty: the query's FROM, else the union)."""

    default_graphs: list[ox.NamedNode]
    named_graphs: list[ox.NamedNode]

    def options(self, query: str) -> dict:
        """Keyword arguments of ``pyoxigraph.Store.query`` for this dataset.

        Protocol parameters, when given, define the whole dataset (they override FROM in the query);
        otherwise FROM/FROM NAMED in the query do; otherwise the default graph is the union.
        """
        if self.default_graphs or self.named_graphs:
            return {"default_graph": self.default_graphs, "named_graphs": self.named_graphs}
        if uses_keyword(query, "FROM"):
            return {}
        return {"use_default_graph_as_union": True}


# --- evaluation ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Answer:
    """A query answer, serialised. Plain bytes: pyoxigraph result objects never leave their thread."""

    body: bytes
    content_type: str
    truncated: bool = False


T = TypeVar("T")
F = TypeVar("F", R, G)


def run_with_deadline(work: Callable[[float], T], timeout: float) -> T:
    """``work(deadline)`` in a daemon thread; :class:`QueryTimeout` (503) if not done within ``timeout`` s.

    For a remote store only: there the store's server evaluates the query and this thread waits on
    a socket (up to ``store_timeout``), so leaving it behind costs no CPU. Over the embedded store a
    query runs in a worker process instead (:class:`kg.web.isolate.Workers`): a thread inside
    Oxigraph could not be stopped.
    """
    deadline = time.monotonic() + timeout
    outcome: dict[str, object] = {}

    def target() -> None:
        try:
            outcome["value"] = work(deadline)
        except BaseException as e:  # handed over to the request thread, which raises it
            # Drop the frames' locals here: pyoxigraph results must be freed by the thread that made them.
            traceback.clear_frames(e.__traceback__)
            outcome["error"] = e

    worker = threading.Thread(target=target, name="kg-sparql-query", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise QueryTimeout(timeout_message(timeout))
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def with_base(query: str, base: str) -> str:
    """The query with the service's base IRI (the endpoint's URL) declared, for relative IRIs such as ``<s>``.

    It goes on a line of its own before the query's prologue (where a ``BASE`` of the query's own
    still wins), so only line numbers in parser messages move, and :func:`_parse_error` moves them back.
    """
    return f"BASE <{base}>\n{query}"


def _parse_error(error: SyntaxError) -> str:
    """The parser's message, with positions in the client's query rather than in :func:`with_base`'s.

    >>> _parse_error(SyntaxError("error at 2:10: expected WHERE"))
    'malformed query: error at 1:10: expected WHERE'
    """
    message = re.sub(r"\b(\d+):(\d+)\b", lambda m: f"{max(int(m[1]) - 1, 1)}:{m[2]}", str(error), count=1)
    return f"malformed query: {message}"


def answer_query(store: Store, query: str, options: dict, formats: Formats, limit: int, deadline: float,
                 base: str = "") -> Answer:
    """Run the query, read at most ``limit`` rows/triples (checking ``deadline`` between them), serialise.

    ``base`` (the endpoint's URL) resolves relative IRIs in the query, as the protocol lets a service define.
    """
    try:
        results = store.oxigraph.query(with_base(query, base) if base else query, **options)
    except SyntaxError as e:
        raise QueryError(_parse_error(e) if base else f"malformed query: {e}") from e
    if isinstance(results, ox.QueryBoolean):
        fmt = _require(formats.results, "ASK", RESULTS_MEDIA_TYPES)
        return Answer(results.serialize(format=fmt), _content_type(fmt))
    if isinstance(results, ox.QuerySolutions):
        fmt = _require(formats.results, "SELECT", RESULTS_MEDIA_TYPES)
        variables = [variable.value for variable in results.variables]
        bindings, truncated = _take((_binding(solution, variables) for solution in results), limit, deadline)
        return Answer(_solutions_document(variables, bindings, fmt), _content_type(fmt), truncated)
    fmt = _require(formats.graph, "CONSTRUCT and DESCRIBE", GRAPH_MEDIA_TYPES)
    triples, truncated = _take(results, limit, deadline)
    # JSON-LD compacted with the published context, like the dumps and the entity documents.
    body = jsonld_bytes(triples) if fmt == G.JSON_LD else ox.serialize(triples, format=fmt, prefixes=_TURTLE_PREFIXES)
    return Answer(body, _content_type(fmt), truncated)


def _require(fmt: F | None, query_form: str, table: Iterable[str]) -> F:
    if fmt is None:
        raise NotAcceptable(f"{query_form} answers can be sent as {', '.join(table)}; the request accepts none of them")
    return fmt


def _take(items: Iterator[T], limit: int, deadline: float) -> tuple[list[T], bool]:
    """Up to ``limit`` items and whether more were left; QueryTimeout once ``deadline`` passes."""
    taken: list[T] = []
    for item in items:
        if time.monotonic() > deadline:
            raise QueryTimeout("the query did not finish in time (query_timeout)")
        if len(taken) >= limit:
            return taken, True
        taken.append(item)
    return taken, False


def _binding(solution: ox.QuerySolution, variables: list[str]) -> dict:
    """One row in the SPARQL 1.1 JSON results shape."""
    row = {}
    for name in variables:
        term = solution[name]
        if term is not None:
            row[name] = _term_json(term)
    return row


def _term_json(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != _XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    parts = {"subject": term.subject, "predicate": term.predicate, "object": term.object}  # an RDF 1.2 triple term
    return {"type": "triple", "value": {key: _term_json(value) for key, value in parts.items()}}


def _solutions_document(variables: list[str], bindings: list[dict], fmt: R) -> bytes:
    """The (possibly truncated) rows as ``fmt``: written as JSON, re-serialised by Oxigraph for the others."""
    document = {"head": {"vars": variables}, "results": {"bindings": bindings}}
    body = json.dumps(document, ensure_ascii=False).encode("utf-8")
    if fmt == R.JSON:
        return body
    return ox.parse_query_results(body, R.JSON).serialize(format=fmt)


# --- the endpoint --------------------------------------------------------------------------

@bp.route("/sparql", methods=["GET", "POST"])
def endpoint() -> Response:
    query = _query_from_request()
    if query is None:
        if request.method == "GET":
            from .service import describe_service

            return describe_service()
        raise QueryError("the request has no query")
    context = current_context()
    html = (request.values.get("format") or "").lower() == "html"
    formats = Formats(R.JSON, None) if html else negotiate(request.values.get("format"), request.accept_mimetypes)
    if formats.results is None and formats.graph is None:
        raise NotAcceptable(
            "the request accepts no format this endpoint writes: "
            + ", ".join([*RESULTS_MEDIA_TYPES, *GRAPH_MEDIA_TYPES])
        )
    dataset = Dataset(_iris("default-graph-uri"), _iris("named-graph-uri"))
    answer = evaluate(context, query, dataset, formats, request.base_url)
    response = _results_page(query, answer) if html else Response(answer.body, content_type=answer.content_type)
    if answer.truncated:
        response.headers["X-Result-Truncated"] = "true"
    return response


def evaluate(context: WebContext, query: str, dataset: Dataset, formats: Formats, base: str) -> Answer:
    """Everything that reads the query's text, bounded: in a killable worker process over the embedded store."""
    config, store = context.config, context.store
    if not isinstance(store, EmbeddedStore):
        return run_with_deadline(lambda deadline: evaluate_in(store, deadline, query, dataset, _media_types(formats),
                                                              config.result_limit, base, config.service_allow),
                                 config.query_timeout)
    store.union_ready()  # made (once) here, before any worker: a worker's writes would be lost with it
    args = (query, dataset, _media_types(formats), config.result_limit, base, config.service_allow)
    return context.workers.run(store, evaluate_in, args, config.query_timeout, config.query_memory)


def evaluate_in(store: Store, deadline: float, query: str, dataset: Dataset, media_types: tuple[str | None, str | None],
                limit: int, base: str, service_allow: str) -> Answer:
    """Refuse, run and serialise a query (in a worker process, over the embedded store)."""
    refuse_service(query, service_allow)
    results, graph = media_types
    formats = Formats(ox.QueryResultsFormat.from_media_type(results) if results else None,
                      ox.RdfFormat.from_media_type(graph) if graph else None)
    return answer_query(store, query, dataset.options(query), formats, limit, deadline, base)


def _media_types(formats: Formats) -> tuple[str | None, str | None]:
    """The negotiated formats as media types: pyoxigraph's format objects do not pickle."""
    return (formats.results.media_type if formats.results else None,
            formats.graph.media_type if formats.graph else None)


def refuse_service(query: str, allowed: str) -> None:
    """403 unless every SERVICE endpoint of the query is in ``allowed`` (space-separated IRIs, or ``*``)."""
    targets = service_targets(query)
    if not targets or "*" in allowed.split():
        return
    permitted = set(allowed.split())
    refused = [target or "(a variable or prefixed name)" for target in targets if target not in permitted]
    if refused:
        reason = "not allowed on this endpoint" if not permitted else "only to " + ", ".join(sorted(permitted))
        raise Forbidden(f"SERVICE (federated query) is {reason}; refused: {', '.join(refused)}")


def _results_page(query: str, answer: Answer) -> Response:
    """SELECT/ASK results (already serialised as SPARQL JSON) as an HTML table."""
    document = json.loads(answer.body)
    html = render_template(
        "results.html", query=query, boolean=document.get("boolean"),
        variables=document.get("head", {}).get("vars", []),
        rows=document.get("results", {}).get("bindings", []), truncated=answer.truncated,
    )
    return Response(html, content_type="text/html; charset=utf-8")
