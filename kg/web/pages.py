"""Pages for people and probes: ``/`` (what the dataset holds, example queries) and ``/healthz``."""
from __future__ import annotations

from flask import Blueprint, Response, jsonify, render_template_string, url_for

from kg.store import Store

from . import current_context

bp = Blueprint("pages", __name__)

# (title, query) shown as links on the home page; each runs as-is against the endpoint.
EXAMPLE_QUERIES: tuple[tuple[str, str], ...] = (
    (
        "Meetings and their participants",
        """PREFIX kg: <https://w3id.org/newskg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?meeting ?label ?participant WHERE {
  ?meeting a kg:Meeting ; rdfs:label ?label ; kg:participant/rdfs:label ?participant .
} ORDER BY ?meeting LIMIT 100""",
    ),
    (
        "Who said what",
        """PREFIX kg: <https://w3id.org/newskg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?speaker ?quote ?article WHERE {
  ?statement a kg:Statement ; kg:speaker/rdfs:label ?speaker ; kg:quote ?quote ; prov:wasDerivedFrom ?article .
} LIMIT 100""",
    ),
    (
        "Actors linked to Wikidata, with the number of articles naming them",
        """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
SELECT ?actor ?label ?wikidata (COUNT(DISTINCT ?article) AS ?articles) WHERE {
  GRAPH ?article { ?actor owl:sameAs ?wikidata ; rdfs:label ?label }
} GROUP BY ?actor ?label ?wikidata ORDER BY DESC(?articles) LIMIT 100""",
    ),
)

HOME = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>newskg</title></head>
<body>
<h1>newskg</h1>
<p>A knowledge graph of news articles: who met whom, who said what, military actions, each
linked to the sentence it was read from. This server holds {{ articles }} articles
({{ triples }} triples), one named graph per article.</p>
<p>Query it at the <a href="{{ sparql }}">SPARQL endpoint</a> ({{ sparql }}). Examples:</p>
<ul>
{% for title, href in examples %}<li><a href="{{ href }}">{{ title }}</a></li>
{% endfor %}</ul>
</body></html>
"""


def dataset_stats(store: Store) -> dict[str, int]:
    """What the home page and /healthz report: triples (quads across article graphs) and articles."""
    return {"triples": len(store), "articles": len(store.articles())}


@bp.get("/")
def home() -> Response:
    stats = dataset_stats(current_context().store)
    examples = [(title, url_for("sparql.endpoint", query=query, format="json")) for title, query in EXAMPLE_QUERIES]
    html = render_template_string(HOME, sparql=url_for("sparql.endpoint"), examples=examples, **stats)
    return Response(html, content_type="text/html; charset=utf-8")


@bp.get("/healthz")
def healthz() -> Response:
    return jsonify({"status": "ok", **dataset_stats(current_context().store)})
