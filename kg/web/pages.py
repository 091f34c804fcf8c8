"""Pages for people and probes: ``/`` (what the dataset holds, the competency questions) and ``/healthz``.

The example queries are the repository's ``queries/*.rq`` (the competency questions the ontology
answers, each tested in ``tests/test_queries.py``), read when the page is asked for, so the page
shows exactly what is tested; each links to its results as a table, JSON and CSV.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from flask import Blueprint, Response, jsonify, render_template, url_for

from kg.export import JSONLD_CONTEXT_IRI
from kg.namespaces import DCTERMS, KG, short_name
from kg.store import Store

from . import current_context
from .links import local_href
from .ontology import term_labels
from .void import current_stats

bp = Blueprint("pages", __name__)
ARTICLES_SHOWN = 50


@dataclass(frozen=True)
class ExampleQuery:
    name: str
    question: str
    text: str

    def href(self, fmt: str) -> str:
        return url_for("sparql.endpoint", query=self.text, format=fmt)


def read_queries(folder: Path) -> list[ExampleQuery]:
    """``*.rq`` files in ``folder``, titled by their ``# Question:`` line (else their name)."""
    examples = []
    for path in sorted(folder.glob("*.rq")) if folder.is_dir() else []:
        text = path.read_text(encoding="utf-8")
        question = next((line.split(":", 1)[1].strip() for line in text.splitlines()
                         if line.lower().startswith("# question:")), path.stem.replace("-", " "))
        examples.append(ExampleQuery(path.stem, question, text))
    return examples


def recent_articles(store: Store, limit: int) -> list[dict[str, str]]:
    query = f"""SELECT ?article (SAMPLE(?t) AS ?title) (SAMPLE(?d) AS ?date) WHERE {{
      ?article a <{KG.Article}> OPTIONAL {{ ?article <{DCTERMS.title}> ?t }} OPTIONAL {{ ?article <{DCTERMS.date}> ?d }}
    }} GROUP BY ?article ORDER BY DESC(?date) ?article LIMIT {limit}"""
    rows = store.oxigraph.query(query, use_default_graph_as_union=True)
    return [{name: row[name].value if row[name] is not None else "" for name in ("article", "title", "date")}
            for row in rows]


@bp.get("/")
def home() -> Response:
    context = current_context()
    state, stats = current_stats()
    labels = term_labels()
    base = context.config.base_iri
    html = render_template(
        "home.html",
        stats=stats,
        classes=[(labels.get(iri) or short_name(iri), local_href(iri, base), count) for iri, count in stats.class_counts],
        examples=read_queries(context.queries_dir),
        articles=recent_articles(context.store, ARTICLES_SHOWN),
        actors=[(label, local_href(iri, base), count) for iri, label, count in stats.top_actors],
        href=lambda iri: local_href(iri, base),
        context_iri=JSONLD_CONTEXT_IRI,
        modified=state.modified,
    )
    return Response(html, content_type="text/html; charset=utf-8")


@bp.get("/healthz")
def healthz() -> Response:
    store = current_context().store
    state = current_context().cache.state(store)
    return jsonify({"status": "ok", "triples": state.quads, "articles": state.articles})
