"""``/search?q=``: find actors, places, events and articles by label or alias, ignoring case and accents.

Names come from ``rdfs:label`` and ``skos:altLabel`` (articles: ``dcterms:title``). They are read
once per store state into a small in-memory index (:class:`SearchIndex`, held by the app's
:class:`~kg.web.state.StateCache`) and matched in Python on folded text (:func:`fold`): SPARQL
has no accent-insensitive comparison, and the index of a news graph is small. Answers are an
HTML page for browsers and JSON for other clients (by Accept, or ``format=json``), at most
``limit`` results (default 20, at most 100), best first: exact names, then names that start with
the query, then words that do, then names that contain it; actors before places, events and articles.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

from flask import Blueprint, Response, jsonify, render_template, request

from kg.errors import QueryError
from kg.namespaces import DCTERMS, KG, RDFS, SKOS
from kg.store import Store

from . import current_context
from .conneg import wants_html
from .links import local_href

bp = Blueprint("search", __name__)

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
MAX_QUERY_LENGTH = 200
# What a result is, in the order results of equal quality are listed; the first class an IRI has wins.
KINDS: tuple[tuple[str, str], ...] = (
    (str(KG.Person), "Person"), (str(KG.Country), "Country"), (str(KG.Organisation), "Organisation"),
    (str(KG.Actor), "Actor"), (str(KG.Place), "Place"), (str(KG.Meeting), "Meeting"),
    (str(KG.Statement), "Statement"), (str(KG.MilitaryAction), "Military action"), (str(KG.Article), "Article"),
)
_KIND_RANK = {label: rank for rank, (_, label) in enumerate(KINDS)}
_NAMES = f"""SELECT ?x ?type ?name ?alias WHERE {{
  VALUES ?type {{ {" ".join(f"<{iri}>" for iri, _ in KINDS)} }}
  ?x a ?type .
  {{ ?x <{RDFS.label}> ?name }} UNION {{ ?x <{DCTERMS.title}> ?name }} UNION {{ ?x <{SKOS.altLabel}> ?alias }}
}}"""
# What tells apart results of the same name ("Statement by Sergey Lavrov"): an event's sentence, an article's date.
_DETAILS = f"""SELECT ?x (SAMPLE(?text) AS ?detail) WHERE {{
  {{ ?x <{KG.evidence}> ?text ; a <{KG.Event}> }} UNION {{ ?x <{DCTERMS.date}> ?text ; a <{KG.Article}> }}
}} GROUP BY ?x"""
DETAIL_LENGTH = 160
_PUNCTUATION = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2013": "-", "\u2014": "-", "\u2010": "-"})


def fold(text: str) -> str:
    """``text`` for matching: accents dropped, case folded, quotes and dashes plain, spaces collapsed.

    >>> fold("  Sergéy   LAVROV ") == fold("sergey lavrov")
    True
    >>> fold("Tajik–Afghan"), fold("Straße"), fold("Russia’s")
    ('tajik-afghan', 'strasse', "russia's")
    """
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(plain.casefold().translate(_PUNCTUATION).split())


@dataclass(frozen=True)
class Entry:
    iri: str
    label: str
    kind: str
    aliases: tuple[str, ...]
    folded: tuple[str, ...]  # fold(label), then fold(alias) for each alias
    detail: str = ""


@dataclass(frozen=True)
class Hit:
    iri: str
    href: str
    label: str
    kind: str
    matched: str  # the name that matched (the label, or an alias)
    detail: str = ""  # an event's sentence (shortened), an article's date

    def as_json(self) -> dict[str, str]:
        return {"iri": self.iri, "href": self.href, "label": self.label, "kind": self.kind, "matched": self.matched,
                "detail": self.detail}


def _quality(query: str, name: str) -> int | None:
    """How well a folded name matches a folded query (lower is better), or None.

    >>> [_quality("lavrov", name) for name in ("lavrov", "lavrov s", "sergey lavrov", "slavrovs", "putin")]
    [0, 1, 2, 3, None]
    >>> _quality("lavrov sergey", "sergey lavrov")
    4
    """
    if name == query:
        return 0
    if name.startswith(query):
        return 1
    if re.search(r"(?<![\w])" + re.escape(query), name):
        return 2
    if query in name:
        return 3
    if all(word in name for word in query.split()):
        return 4
    return None


def _shorten(text: str) -> str:
    """``text`` on one line, cut at a word before :data:`DETAIL_LENGTH` characters.

    >>> _shorten("word " * 50)[-11:], len(_shorten("word " * 50)) <= DETAIL_LENGTH + 2
    ('word word …', True)
    """
    text = " ".join(text.split())
    return text if len(text) <= DETAIL_LENGTH else text[:DETAIL_LENGTH].rsplit(" ", 1)[0] + " …"


class SearchIndex:
    """Every named actor, place, event and article of one store state."""

    def __init__(self, entries: list[Entry], base_iri: str):
        self.entries = entries
        self.base_iri = base_iri

    @classmethod
    def build(cls, store: Store, base_iri: str) -> SearchIndex:
        kinds: dict[str, set[str]] = defaultdict(set)
        names: dict[str, list[str]] = defaultdict(list)
        aliases: dict[str, list[str]] = defaultdict(list)
        for row in store.oxigraph.query(_NAMES, use_default_graph_as_union=True):
            iri = row["x"].value
            kinds[iri].add(row["type"].value)
            for target, term in ((names, row["name"]), (aliases, row["alias"])):
                if term is not None and term.value not in target[iri]:
                    target[iri].append(term.value)
        details = {row["x"].value: _shorten(row["detail"].value)
                   for row in store.oxigraph.query(_DETAILS, use_default_graph_as_union=True) if row["detail"] is not None}
        entries = []
        for iri, types in kinds.items():
            kind = next(label for type_iri, label in KINDS if type_iri in types)
            label = min(names[iri], key=lambda name: (len(name), name)) if names[iri] else ""
            alts = tuple(sorted(alias for alias in aliases[iri] if alias != label))
            if label or alts:
                label = label or alts[0]
                entries.append(Entry(iri, label, kind, alts, tuple(fold(name) for name in (label, *alts)),
                                     details.get(iri, "")))
        return cls(entries, base_iri)

    def search(self, query: str, limit: int) -> tuple[list[Hit], bool]:
        """The best ``limit`` matches of ``query`` and whether there were more."""
        folded = fold(query)
        if not folded:
            return [], False
        ranked = []
        for entry in self.entries:
            qualities = [(quality, position) for position, name in enumerate(entry.folded)
                         if (quality := _quality(folded, name)) is not None]
            if not qualities:
                continue
            quality, position = min(qualities, key=lambda pair: (pair[0], pair[1] > 0))
            matched = entry.label if position == 0 else entry.aliases[position - 1]
            # an alias match ranks just behind a label match of the same quality
            ranked.append(((quality, position > 0, _KIND_RANK[entry.kind], entry.folded[0], entry.iri), entry, matched))
        ranked.sort(key=lambda item: item[0])
        hits = [Hit(entry.iri, local_href(entry.iri, self.base_iri), entry.label, entry.kind, matched, entry.detail)
                for _, entry, matched in ranked[:limit]]
        return hits, len(ranked) > limit


def current_index() -> SearchIndex:
    context = current_context()
    state = context.cache.state(context.store)
    return context.cache.get(state, "search-index", lambda: SearchIndex.build(context.store, context.config.base_iri))


def _limit() -> int:
    raw = request.args.get("limit", str(DEFAULT_LIMIT))
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_LIMIT:
        raise QueryError(f"limit must be a whole number from 1 to {MAX_LIMIT}, not {raw!r}")
    return int(raw)


@bp.get("/search")
def search() -> Response:
    query = request.args.get("q", "").strip()
    if len(query) > MAX_QUERY_LENGTH:
        raise QueryError(f"the search text is longer than {MAX_QUERY_LENGTH} characters")
    limit = _limit()
    hits, truncated = current_index().search(query, limit)
    as_json = request.args.get("format", "").lower() == "json" or (
        request.args.get("format", "").lower() != "html" and not wants_html())
    if as_json:
        return jsonify({"query": query, "limit": limit, "truncated": truncated,
                        "results": [hit.as_json() for hit in hits]})
    grouped: dict[str, list[Hit]] = defaultdict(list)
    for hit in hits:
        grouped[hit.kind].append(hit)
    html = render_template("search.html", query=query, hits=hits, truncated=truncated, limit=limit,
                           grouped=sorted(grouped.items(), key=lambda item: _KIND_RANK[item[0]]))
    return Response(html, content_type="text/html; charset=utf-8")
