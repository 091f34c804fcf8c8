"""``/sparql``: a read-only SPARQL 1.1 Protocol endpoint over the store (queries only).

* Query by GET ``?query=``, POST form (``query=``) or POST ``application/sparql-query``;
  ``default-graph-uri`` / ``named-graph-uri`` choose the dataset. Without them (and without
  ``FROM`` in the query) the default graph is the union of the article graphs.
* SELECT/ASK answer in SPARQL JSON (default), XML, CSV or TSV; CONSTRUCT/DESCRIBE in Turtle
  (default), N-Triples, RDF/XML or JSON-LD; chosen by ``format=`` or else the Accept header; 406
  when nothing fits.
* Refused with 403: updates (``update=``, ``application/sparql-update``) and ``SERVICE``
  (no outbound requests). ``SERVICE`` and ``FROM`` are found by a keyword scan of the query with
  comments, string literals and IRIs blanked out (pyoxigraph exposes no algebra). The scan errs
  towards refusing: a prefixed local name containing ``-SERVICE`` or ``.SERVICE`` is refused too.
* Answers are capped at ``result_limit`` rows/triples (``X-Result-Truncated: true`` when cut)
  and bounded by ``query_timeout`` (503); see :func:`run_with_deadline` for what the bound can
  and cannot interrupt.
* ``GET /sparql`` without a query: a SPARQL Service Description (RDF), or a form for browsers.
"""
from __future__ import annotations

import json
import re
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TypeVar

import pyoxigraph as ox
from flask import Blueprint, Response, render_template_string, request, url_for
from werkzeug.datastructures import MIMEAccept
from werkzeug.exceptions import UnsupportedMediaType

from kg.errors import Forbidden, NotAcceptable, QueryError, QueryTimeout
from kg.namespaces import PREFIXES, SD, VOID, sparql_prefixes
from kg.store import Store
from . import current_context

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
_FORMATS_NS = "http://www.w3.org/ns/formats/"
FORMAT_IRIS: dict[R | G, str] = {
    R.JSON: _FORMATS_NS + "SPARQL_Results_JSON",
    R.XML: _FORMATS_NS + "SPARQL_Results_XML",
    R.CSV: _FORMATS_NS + "SPARQL_Results_CSV",
    R.TSV: _FORMATS_NS + "SPARQL_Results_TSV",
    G.TURTLE: _FORMATS_NS + "Turtle",
    G.N_TRIPLES: _FORMATS_NS + "N-Triples",
    G.RDF_XML: _FORMATS_NS + "RDF_XML",
    G.JSON_LD: _FORMATS_NS + "JSON-LD",
}
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_XSD_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
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


# --- keyword scan (SERVICE, FROM) ------------------------------------------------------------

# Leftmost match wins, so a '#' inside a string or IRI is not taken for a comment, and so on.
_OPAQUE = re.compile(
    r"""'''(?:(?:'|'')?(?:[^'\\]|\\.))*'''"""
    r'''|"""(?:(?:"|"")?(?:[^"\\]|\\.))*"""'''
    r"""|'(?:[^'\\\n\r]|\\.)*'"""
    r'''|"(?:[^"\\\n\r]|\\.)*"'''
    r"""|<[^<>"{}|^`\\\x00-\x20]*>"""
    r"""|\#[^\n\r]*""",
    re.DOTALL,
)


def blank_opaque(query: str) -> str:
    """The query with string literals, IRIs and comments replaced by a space.

    >>> blank_opaque('SELECT * { ?s <http://x/SERVICE> "SERVICE" } # SERVICE')
    'SELECT * { ?s     }  '
    """
    return _OPAQUE.sub(" ", query)


def uses_keyword(query: str, keyword: str) -> bool:
    """Whether ``keyword`` occurs as a keyword (not in a literal, IRI, comment, variable or prefixed name).

    Oxigraph does not apply ``\\u`` escapes outside literals and IRIs, so none are decoded here.

    >>> uses_keyword('SELECT * { service <http://e/> { ?s ?p ?o } }', 'SERVICE')
    True
    >>> uses_keyword('SELECT ?service { ?s ex:SERVICE "SERVICE" } # SERVICE', 'SERVICE')
    False
    """
    pattern = rf"(?<![\w:?$]){keyword}(?![\w:])"
    return re.search(pattern, blank_opaque(query), re.IGNORECASE) is not None


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
            queries.append(request.get_data(as_text=True))
        else:
            raise UnsupportedMediaType(
                "POST a query as application/x-www-form-urlencoded (query=...) or as application/sparql-query"
            )
    if len(queries) > 1:
        raise QueryError(f"give exactly one query; the request has {len(queries)}")
    return queries[0] if queries else None


def _iris(parameter: str) -> list[ox.NamedNode]:
    nodes = []
    for value in request.values.getlist(parameter):
        try:
            nodes.append(ox.NamedNode(value))
        except ValueError as e:
            raise QueryError(f"{parameter}: {value!r} is not an IRI ({e})") from e
    return nodes


def _dataset_options(query: str) -> dict:
    """Keyword arguments of ``pyoxigraph.Store.query`` for the request's dataset.

    Protocol parameters, when given, define the whole dataset (they override FROM in the query);
    otherwise FROM/FROM NAMED in the query do; otherwise the default graph is the union.
    """
    default_graphs, named_graphs = _iris("default-graph-uri"), _iris("named-graph-uri")
    if default_graphs or named_graphs:
        return {"default_graph": default_graphs, "named_graphs": named_graphs}
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

    ``work`` should check the deadline between rows. A single long step inside Oxigraph (a sort,
    an aggregate, a join that yields nothing for a long time) cannot be interrupted: the request
    still answers 503 on time, but the worker thread is abandoned and runs on until the step ends
    (it is a daemon, so it never blocks shutdown). pyoxigraph releases the GIL while evaluating,
    so other requests keep being served meanwhile.
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
        raise QueryTimeout(_timeout_message(timeout))
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def _timeout_message(timeout: float) -> str:
    return f"the query did not finish within {timeout:g} s (query_timeout); add a LIMIT or narrow its patterns"


def answer_query(store: Store, query: str, options: dict, formats: Formats, limit: int, deadline: float) -> Answer:
    """Run the query, read at most ``limit`` rows/triples (checking ``deadline`` between them), serialise."""
    try:
        results = store.oxigraph.query(query, **options)
    except SyntaxError as e:
        raise QueryError(f"malformed query: {e}") from e
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
    body = ox.serialize(triples, format=fmt, prefixes=_TURTLE_PREFIXES)
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


# --- service description and form ---------------------------------------------------------

FORM = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>newskg SPARQL endpoint</title></head>
<body>
<h1>SPARQL endpoint</h1>
<p>Read-only SPARQL 1.1 queries over {{ articles }} articles ({{ triples }} triples).
The default graph is the union of the article graphs; each article is also a named graph.</p>
<form method="get" action="{{ endpoint }}">
<textarea name="query" rows="18" cols="100">{{ query }}</textarea><br>
<label>Format <select name="format">{% for name in formats %}<option>{{ name }}</option>{% endfor %}</select></label>
<button type="submit">Run</button>
</form>
<p><a href="{{ home }}">Home</a></p>
</body></html>
"""
FORM_QUERY = sparql_prefixes() + "\nSELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 25\n"


def service_description(endpoint: str, triples: int, graphs: int) -> list[ox.Triple]:
    """sd:Service for ``endpoint``; the dataset's void:documents is the number of named graphs (= articles)."""
    service, dataset, default_graph = ox.BlankNode(), ox.BlankNode(), ox.BlankNode()
    return [
        ox.Triple(service, _RDF_TYPE, _sd("Service")),
        ox.Triple(service, _sd("endpoint"), ox.NamedNode(endpoint)),
        ox.Triple(service, _sd("supportedLanguage"), _sd("SPARQL11Query")),
        ox.Triple(service, _sd("feature"), _sd("UnionDefaultGraph")),
        *(ox.Triple(service, _sd("resultFormat"), ox.NamedNode(iri)) for iri in FORMAT_IRIS.values()),
        ox.Triple(service, _sd("defaultDataset"), dataset),
        ox.Triple(dataset, _RDF_TYPE, _sd("Dataset")),
        ox.Triple(dataset, _sd("defaultGraph"), default_graph),
        ox.Triple(dataset, ox.NamedNode(str(VOID.documents)), _integer(graphs)),
        ox.Triple(default_graph, _RDF_TYPE, _sd("Graph")),
        ox.Triple(default_graph, ox.NamedNode(str(VOID.triples)), _integer(triples)),
    ]


def _sd(local: str) -> ox.NamedNode:
    return ox.NamedNode(str(SD) + local)


def _integer(number: int) -> ox.Literal:
    return ox.Literal(str(number), datatype=_XSD_INTEGER)


def _describe_service() -> Response:
    """GET /sparql without a query: the service description as RDF, or the form for browsers."""
    store = current_context().store
    accept = request.accept_mimetypes or MIMEAccept([("*/*", 1)])
    if not request.values.get("format") and accept.best_match(["text/turtle", "text/html"]) == "text/html":
        return Response(render_template_string(
            FORM, articles=len(store.articles()), triples=len(store), endpoint=request.base_url,
            query=FORM_QUERY, formats=list(FORMAT_NAMES), home=url_for("pages.home"),
        ), content_type="text/html; charset=utf-8")
    fmt = negotiate(request.values.get("format"), request.accept_mimetypes).graph
    if fmt is None:
        raise NotAcceptable(f"the service description can be sent as text/html, {', '.join(GRAPH_MEDIA_TYPES)}")
    triples = service_description(request.base_url, len(store), len(store.articles()))
    prefixes = {"sd": str(SD), "void": str(VOID), "formats": _FORMATS_NS}
    return Response(ox.serialize(triples, format=fmt, prefixes=prefixes), content_type=_content_type(fmt))


# --- the endpoint --------------------------------------------------------------------------

@bp.route("/sparql", methods=["GET", "POST"])
def endpoint() -> Response:
    query = _query_from_request()
    if query is None:
        if request.method == "GET":
            return _describe_service()
        raise QueryError("the request has no query")
    if uses_keyword(query, "SERVICE"):
        raise Forbidden("SERVICE (federated query) is not allowed on this endpoint")
    formats = negotiate(request.values.get("format"), request.accept_mimetypes)
    if formats.results is None and formats.graph is None:
        raise NotAcceptable(
            "the request accepts no format this endpoint writes: "
            + ", ".join([*RESULTS_MEDIA_TYPES, *GRAPH_MEDIA_TYPES])
        )
    options = _dataset_options(query)
    context = current_context()
    store, limit = context.store, context.config.result_limit
    answer = run_with_deadline(
        lambda deadline: answer_query(store, query, options, formats, limit, deadline),
        context.config.query_timeout,
    )
    response = Response(answer.body, content_type=answer.content_type)
    if answer.truncated:
        response.headers["X-Result-Truncated"] = "true"
    return response


@bp.after_request
def _cors(response: Response) -> Response:
    """Any origin may query (read-only, no credentials); caches must key on Accept."""
    response.headers["Access-Control-Allow-Origin"] = "*"
    response.headers["Access-Control-Expose-Headers"] = "X-Result-Truncated"
    if request.method == "OPTIONS":
        response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
        response.headers["Access-Control-Allow-Headers"] = "Content-Type, Accept"
    response.vary.add("Accept")
    return response
