"""An article's text with what was read from it marked up, and the passage around one fact.

Mentions (``kg:Mention``: offsets of the surface form) and events (offsets of the evidence
sentence) index into ``schema:articleBody``. :func:`annotate` turns the body and those spans into
HTML: each event sentence is a ``<span class="fact …">`` followed by a link to the event,
each mention a link to its entity, coloured by class (see ``static/style.css``). Spans may
nest or overlap, so the text is cut at every span boundary and each piece gets the spans that
cover it. A span whose offsets do not point at its own words is left out rather than shown in
the wrong place. Every piece of text is escaped here: the result is :class:`markupsafe.Markup`.
"""
from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox
from markupsafe import Markup, escape

from kg.namespaces import KG, PROV, RDFS, SCHEMA
from kg.store import Store

from .links import local_href, local_name

# Entity classes a mention is coloured by, most specific first (a Country is also a Place and an Actor).
MENTION_CLASSES: tuple[tuple[str, str, str], ...] = (
    (str(KG.Person), "person", "Person"), (str(KG.Country), "country", "Country"),
    (str(KG.NewsOutlet), "outlet", "News outlet"), (str(KG.Organisation), "organisation", "Organisation"),
    (str(KG.Place), "place", "Place"), (str(KG.Actor), "actor", "Other actor"),
)
EVENT_CLASSES: tuple[tuple[str, str, str], ...] = (
    (str(KG.Meeting), "meeting", "Meeting"), (str(KG.Statement), "statement", "Statement"),
    (str(KG.MilitaryAction), "military", "Military action"),
)
PASSAGE_CONTEXT = 400  # characters of the paragraph shown on each side of a fact's sentence, at most


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    iri: str
    label: str
    css: str  # the class key: "person", "meeting", …
    kind: str  # its readable name: "Person", "Meeting", …
    is_event: bool


@dataclass(frozen=True)
class Passage:
    """A fact's sentence in its paragraph: ``before`` + ``marked`` + ``after`` is a slice of the body."""

    before: str
    marked: str
    after: str
    anchor: str  # the id of the sentence on the article's page


def span_id(span_iri: str) -> str:
    """The id of an event's sentence or a mention on the article page.

    >>> span_id("https://w3id.org/newskg/id/event/meeting-4dcdf6e00866")
    'meeting-4dcdf6e00866'
    """
    return local_name(span_iri)


def _rows(store: Store, query: str) -> list[ox.QuerySolution]:
    return list(store.oxigraph.query(query, use_default_graph_as_union=True))


def _class_of(types: set[str], table: tuple[tuple[str, str, str], ...]) -> tuple[str, str] | None:
    """The most specific class of ``table`` among ``types``: its key and name (None: none of them)."""
    return next(((css, kind) for iri, css, kind in table if iri in types), None)


def article_spans(store: Store, article: ox.NamedNode, body: str) -> list[Span]:
    """The mentions and events read from ``article`` whose offsets point at their own words in ``body``.

    They are looked up in the article's own graph (bound first: fast), their entities' classes and
    labels in the whole graph (an entity need not be typed in every article that mentions it).
    """
    where = f"?x <{PROV.wasDerivedFrom}> {article} ; <{KG.startOffset}> ?start ; <{KG.endOffset}> ?end"
    mentions = _rows(store, f"""SELECT ?x ?start ?end ?words ?target WHERE {{ GRAPH {article} {{
      {where} ; <{KG.mentionOf}> ?target ; <{KG.surfaceForm}> ?words }} }}""")
    events = _rows(store, f"""SELECT ?x ?start ?end ?words WHERE {{ GRAPH {article} {{
      {where} ; <{KG.evidence}> ?words ; a <{KG.Event}> }} }}""")
    about = _classes_and_labels(store, {row["target"].value for row in mentions} | {row["x"].value for row in events})
    spans = []
    for rows, table, is_event in ((mentions, MENTION_CLASSES, False), (events, EVENT_CLASSES, True)):
        for row in rows:
            start, end, words = int(row["start"].value), int(row["end"].value), row["words"].value
            target = row["x"].value if is_event else row["target"].value
            types, label = about.get(target, (set(), ""))
            kind = _class_of(types, table)
            if kind is None or not 0 <= start < end <= len(body) or body[start:end] != words:
                continue
            spans.append(Span(start, end, target, label or words, *kind, is_event))
    return sorted(set(spans), key=lambda span: (span.start, -span.end, span.iri))


def _classes_and_labels(store: Store, iris: set[str]) -> dict[str, tuple[set[str], str]]:
    """For each IRI, its classes among the highlighted ones and a label."""
    classes = " ".join(f"<{iri}>" for iri, _, _ in MENTION_CLASSES + EVENT_CLASSES)
    found: dict[str, tuple[set[str], str]] = {}
    ordered = sorted(iris)
    for first in range(0, len(ordered), 400):
        values = " ".join(f"<{iri}>" for iri in ordered[first:first + 400])
        query = f"""SELECT ?x ?type (SAMPLE(?name) AS ?label) WHERE {{
          VALUES ?x {{ {values} }} VALUES ?type {{ {classes} }} ?x a ?type OPTIONAL {{ ?x <{RDFS.label}> ?name }}
        }} GROUP BY ?x ?type"""
        for row in _rows(store, query):
            types, label = found.setdefault(row["x"].value, (set(), ""))
            types.add(row["type"].value)
            if not label and row["label"] is not None:
                found[row["x"].value] = (types, row["label"].value)
    return found


def annotate(body: str, spans: list[Span], base_iri: str) -> Markup:
    """``body`` as HTML, each event sentence and mention marked (see the module's docstring).

    >>> spans = [Span(0, 14, "https://w3id.org/newskg/id/event/e1", "Talks", "meeting", "Meeting", True),
    ...          Span(0, 6, "https://w3id.org/newskg/id/actor/Q1", "Lavrov", "person", "Person", False)]
    >>> print(annotate("Lavrov met <b>.", spans, "https://w3id.org/newskg/"))
    <span class="fact fact-meeting" id="e1"><a class="mention m-person" href="/id/actor/Q1" title="Lavrov (Person)">Lavrov</a> met &lt;b&gt;</span><a class="fact-tag t-meeting" href="/id/event/e1" title="Talks">Meeting</a>.
    """
    cuts = sorted({0, len(body), *(span.start for span in spans), *(span.end for span in spans)})
    events = [span for span in spans if span.is_event]
    mentions = [span for span in spans if not span.is_event]
    html: list[str] = []
    open_events: tuple[Span, ...] = ()
    for start, end in zip(cuts, cuts[1:]):
        covering = tuple(span for span in events if span.start <= start and end <= span.end)
        if covering != open_events:
            html.append(_close(open_events, start, base_iri))
            html.append(_open(covering, start))
            open_events = covering
        inner = [span for span in mentions if span.start <= start and end <= span.end]
        text = escape(body[start:end])
        if inner:
            mention = min(inner, key=lambda span: span.end - span.start)  # the innermost
            href = escape(local_href(mention.iri, base_iri))
            html.append(f'<a class="mention m-{mention.css}" href="{href}" '
                        f'title="{escape(mention.label)} ({escape(mention.kind)})">{text}</a>')
        else:
            html.append(str(text))
    html.append(_close(open_events, len(body), base_iri))
    return Markup("".join(html))


def _open(events: tuple[Span, ...], at: int) -> str:
    if not events:
        return ""
    classes = " ".join(dict.fromkeys(f"fact-{span.css}" for span in events))
    starting = [span for span in events if span.start == at]
    ident = f' id="{escape(span_id(starting[0].iri))}"' if starting else ""
    return f'<span class="fact {classes}"{ident}>'


def _close(events: tuple[Span, ...], at: int, base_iri: str) -> str:
    """Close the events' span; after it, a link to each event whose sentence ends here."""
    if not events:
        return ""
    tags = "".join(
        f'<a class="fact-tag t-{span.css}" href="{escape(local_href(span.iri, base_iri))}" '
        f'title="{escape(span.label)}">{escape(span.kind)}</a>'
        for span in events if span.end == at
    )
    return "</span>" + tags


def passage(body: str, start: int, end: int, words: str, anchor: str) -> Passage | None:
    """The paragraph around ``body[start:end]`` (at most :data:`PASSAGE_CONTEXT` characters each side),
    or None when the offsets do not point at ``words``.

    >>> passage("One.\\nTwo three. Four.\\nFive.", 5, 15, "Two three.", "e1")
    Passage(before='', marked='Two three.', after=' Four.', anchor='e1')
    >>> passage("One.", 0, 4, "Other", "e1") is None
    True
    """
    if not 0 <= start < end <= len(body) or body[start:end] != words:
        return None
    first = max(body.rfind("\n", 0, start) + 1, start - PASSAGE_CONTEXT)
    last = body.find("\n", end)
    last = min(len(body) if last < 0 else last, end + PASSAGE_CONTEXT)
    return Passage(body[first:start], body[start:end], body[end:last], anchor)


def article_body(store: Store, article: ox.NamedNode) -> str | None:
    rows = _rows(store, f"SELECT ?body WHERE {{ {article} <{SCHEMA.articleBody}> ?body }} LIMIT 1")
    return rows[0]["body"].value if rows else None
