"""``/query``: the SPARQL editor (YASGUI, vendored under ``static/vendor/``), with the competency questions.

Without JavaScript the page is a plain form that sends its query to ``/sparql`` and shows the
results as a table, JSON or CSV; ``?name=<file stem>`` prefills it with one of ``queries/*.rq``
and ``?query=`` with any text. With JavaScript (``static/query.js``) YASGUI takes the form's
place: one tab per competency question, syntax highlighting, completion of prefixes (the
project's own, then YASGUI's bundled list) and of the classes and properties the graph and the
ontology use (served in the page: no completion service is called), a results table, and
download links for CSV and JSON. Nothing is fetched from another site.
"""
from __future__ import annotations

from flask import Blueprint, Response, render_template, request, url_for

from kg.namespaces import PREFIXES, PROJECT
from kg.store import Store

from . import current_context
from .ontology import load as load_ontology
from .pages import ExampleQuery, read_queries

bp = Blueprint("query", __name__)

BLANK_QUERY = "SELECT ?s ?p ?o WHERE {\n  ?s ?p ?o\n} LIMIT 10\n"
FORMATS = (("html", "Table"), ("json", "JSON"), ("csv", "CSV"), ("tsv", "TSV"), ("xml", "XML"))
_CLASSES = "SELECT DISTINCT ?c WHERE { ?s a ?c } ORDER BY ?c LIMIT 2000"
_PROPERTIES = "SELECT DISTINCT ?p WHERE { ?s ?p ?o } ORDER BY ?p LIMIT 2000"


def completion_terms(store: Store, ontology_dir: str) -> dict[str, list[str]]:
    """Classes and properties to complete in the editor: those the data uses and those the ontology declares."""
    document = load_ontology(ontology_dir)
    classes = {row["c"].value for row in store.oxigraph.query(_CLASSES, use_default_graph_as_union=True)}
    properties = {row["p"].value for row in store.oxigraph.query(_PROPERTIES, use_default_graph_as_union=True)}
    classes |= {term.iri for term in document.classes}
    properties |= {term.iri for term in document.properties}
    return {"classes": sorted(classes), "properties": sorted(properties)}


def _selected(examples: list[ExampleQuery], name: str | None) -> ExampleQuery | None:
    return next((example for example in examples if example.name == name), examples[0] if examples else None)


@bp.get("/query")
def editor() -> Response:
    context = current_context()
    examples = read_queries(context.queries_dir)
    selected = _selected(examples, request.args.get("name"))
    text = request.args.get("query") or (selected.text if selected else BLANK_QUERY)
    state = context.cache.state(context.store)
    terms = context.cache.get(state, "completion-terms",
                              lambda: completion_terms(context.store, context.config.ontology))
    editor_config = {
        "endpoint": url_for("sparql.endpoint"),
        "baseIri": context.config.base_iri,
        "project": PROJECT,
        "prefixes": {name: str(namespace) for name, namespace in PREFIXES.items()},
        "queries": [{"name": example.name, "question": example.question, "text": example.text}
                    for example in examples],
        "selected": selected.name if selected and not request.args.get("query") else None,
        "query": request.args.get("query"),
        **terms,
    }
    html = render_template("query.html", examples=examples, selected=selected, text=text, formats=FORMATS,
                           editor_config=editor_config, result_limit=context.config.result_limit)
    return Response(html, content_type="text/html; charset=utf-8")
