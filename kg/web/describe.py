"""What the graph says about one IRI: computed once, then rendered as HTML or serialised as RDF.

A description holds the triples with the IRI as subject or object (the RDF answer) and, for the
page, the same facts arranged for people: labels instead of IRIs, the timeline of events the
entity takes part in with their evidence sentence and article, and its network (:mod:`.timeline`);
for an event or a mention, its sentence marked in its paragraph; for an article, its text with
every mention and fact marked (:mod:`.article`); the links going out and coming in.
Every query binds the IRI only after pyoxigraph has checked it is one (no SPARQL injection).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import pyoxigraph as ox
from markupsafe import Markup

from kg.namespaces import DCTERMS, KG, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, WD, short_name
from kg.store import Store

from .article import Passage, annotate, article_body, article_spans, passage, span_id
from .corroboration import Corroboration, corroboration
from .links import local_name
from .timeline import Fact, Link, Network, facts, network

__all__ = ["Candidate", "Description", "Explanation", "Fact", "Link", "Value", "describe", "exists"]
# The properties an event page lists first, in this order (the rest follow in "About it").
EVENT_SUMMARY = (KG.participant, KG.speaker, KG.actor, KG.about, KG.reportedBy, KG.place, KG.placeText,
                 KG.date, KG.dateText, KG.meetingType, KG.actionType, KG.status, KG.statementMode, KG.quote,
                 KG.quantity)
EXPLANATIONS_SHOWN = 20  # a country named in every article would otherwise list thousands of explanations


@dataclass(frozen=True)
class Value:
    """An object of a triple: a link, or a literal's text with its datatype or language."""

    link: Link | None = None
    text: str = ""
    annotation: str = ""  # datatype local name or language tag, shown next to a literal


@dataclass
class Candidate:
    """A gazetteer entry weighed for the entity's name in one article, with its reasons."""

    label: str
    item: str  # its Wikidata IRI
    score: str
    accepted: bool
    rejected: bool
    reasons: list[str] = field(default_factory=list)


@dataclass
class Explanation:
    """Why the entity is linked to Wikidata, or not, in one article (a kg:LinkExplanation)."""

    iri: str
    article: Link
    summary: str
    matched: str
    method: str
    score: str
    linked_to: str | None = None
    mention: Link | None = None  # the deciding mention, labelled by its words
    sentence: str = ""
    candidates: list[Candidate] = field(default_factory=list)


@dataclass
class Description:
    iri: str
    label: str
    types: list[Link] = field(default_factory=list)
    same_as: list[str] = field(default_factory=list)
    alt_labels: list[str] = field(default_factory=list)
    explanations: list[Explanation] = field(default_factory=list)  # of its Wikidata link, one per article
    explained_in: int = 0  # how many articles explain its link (more than are shown, for a frequent entity)
    facts: list[Fact] = field(default_factory=list)  # the timeline, earliest first
    network: Network | None = None  # who it met or mentioned; None when it took part in no event
    summary: list[tuple[Link, list[Value]]] = field(default_factory=list)  # an event's participants, place, date …
    passage: Passage | None = None  # an event's or a mention's sentence in its paragraph
    corroboration: Corroboration | None = None  # an event's or occurrence's reports in every article
    source: Link | None = None  # the article of that passage
    text: Markup | None = None  # an article's body, marked up
    outgoing: list[tuple[Link, list[Value]]] = field(default_factory=list)
    incoming: list[tuple[Link, list[Link]]] = field(default_factory=list)
    triples: list[ox.Triple] = field(default_factory=list)
    truncated: bool = False


def _query(store: Store, query: str) -> list[ox.QuerySolution]:
    return list(store.oxigraph.query(query, use_default_graph_as_union=True))


def exists(store: Store, iri: str) -> bool:
    """Whether the graph mentions ``iri`` at all (as subject or object); False for a malformed IRI."""
    try:
        node = ox.NamedNode(iri)
    except ValueError:
        return False
    ask = f"ASK {{ {{ {node} ?p ?o }} UNION {{ ?s ?p {node} }} }}"
    return bool(store.oxigraph.query(ask, use_default_graph_as_union=True))


def describe(store: Store, iri: str, limit: int, term_labels: dict[str, str],
             base_iri: str) -> Description:
    """The description of ``iri`` (which :func:`exists`), at most ``limit`` triples each way.

    ``term_labels`` labels the ontology's classes and properties (from the ontology document);
    ``base_iri`` is the data's, for the links inside an article's marked-up text.
    """
    node = ox.NamedNode(iri)
    out_rows = _query(store, f"SELECT DISTINCT ?p ?o WHERE {{ {node} ?p ?o }} ORDER BY ?p ?o LIMIT {limit + 1}")
    in_rows = _query(store, f"SELECT DISTINCT ?s ?p WHERE {{ ?s ?p {node} }} ORDER BY ?p ?s LIMIT {limit + 1}")
    truncated = len(out_rows) > limit or len(in_rows) > limit
    out_rows, in_rows = out_rows[:limit], in_rows[:limit]
    triples = [ox.Triple(node, row["p"], row["o"]) for row in out_rows]
    triples += [ox.Triple(row["s"], row["p"], node) for row in in_rows]

    labels = _labels(store, triples) | term_labels
    link = _linker(labels)
    by_predicate = defaultdict(list)
    for row in out_rows:
        by_predicate[row["p"].value].append(row["o"])
    description = Description(
        iri=iri,
        label=next((name for name in (_first_literal(by_predicate.get(str(p), [])) for p in (RDFS.label, DCTERMS.title, KG.surfaceForm)) if name), local_name(iri)),
        types=[link(term.value) for term in by_predicate[str(RDF.type)]],
        same_as=[term.value for term in by_predicate[str(OWL.sameAs)] if term.value.startswith(str(WD))],
        alt_labels=[term.value for term in by_predicate[str(SKOS.altLabel)]],
        facts=facts(store, node, limit, link),
        triples=triples,
        truncated=truncated,
    )
    description.explanations = explanations(store, node, min(limit, EXPLANATIONS_SHOWN), link)
    if description.explanations:
        description.explained_in = _count(store, f"?e <{KG.explains}> {node}")
    description.corroboration = corroboration(store, node, limit)
    if description.facts:
        description.network = network(Link(iri, description.label), description.facts)
    description.outgoing = [
        (link(predicate), [_value(term, link) for term in terms]) for predicate, terms in by_predicate.items() if terms
    ]
    incoming = defaultdict(list)
    for row in in_rows:
        incoming[row["p"].value].append(link(row["s"].value) if isinstance(row["s"], ox.NamedNode)
                                        else Link(str(row["s"]), str(row["s"])))
    description.incoming = [(link(predicate), subjects) for predicate, subjects in incoming.items()]
    summary_keys = {str(predicate) for predicate in EVENT_SUMMARY}
    if any(t.iri in (str(KG.Meeting), str(KG.Statement), str(KG.MilitaryAction)) for t in description.types):
        order = {str(predicate): i for i, predicate in enumerate(EVENT_SUMMARY)}
        description.summary = sorted(((p, v) for p, v in description.outgoing if p.iri in summary_keys),
                                     key=lambda item: order[item[0].iri])
        description.outgoing = [(p, v) for p, v in description.outgoing if p.iri not in summary_keys]
    _add_text(store, node, description, by_predicate, link, base_iri)
    return description


def explanations(store: Store, node: ox.NamedNode, limit: int, link) -> list[Explanation]:
    """The explanations of the entity's link, one per article that names it, with their candidates."""
    rows = _query(store, f"""SELECT ?e ?article ?summary ?name ?method ?score ?item ?m ?form ?sentence WHERE {{
        ?e <{KG.explains}> {node} ; <{RDFS.comment}> ?summary ; <{KG.matchedName}> ?name ;
           <{KG.matchMethod}> ?method ; <{KG.linkScore}> ?score ; <{PROV.wasDerivedFrom}> ?article .
        OPTIONAL {{ ?e <{KG.linkedTo}> ?item }}
        OPTIONAL {{ ?e <{KG.decidingMention}> ?m . ?m <{KG.surfaceForm}> ?form ; <{KG.evidence}> ?sentence }}
    }} ORDER BY ?article ?e LIMIT {limit}""")
    found = {row["e"].value: Explanation(
        row["e"].value, link(row["article"].value), row["summary"].value, row["name"].value, row["method"].value,
        row["score"].value, row["item"].value if row["item"] else None,
        Link(row["m"].value, row["form"].value) if row["m"] else None,
        row["sentence"].value if row["sentence"] else "") for row in rows}
    if found:
        _add_candidates(store, found)
    return list(found.values())


def _count(store: Store, pattern: str) -> int:
    rows = _query(store, f"SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ {pattern} }}")
    return int(rows[0]["n"].value) if rows else 0


def _add_candidates(store: Store, found: dict[str, Explanation]) -> None:
    values = " ".join(f"<{iri}>" for iri in found)
    rows = _query(store, f"""SELECT ?e ?c ?label ?item ?score ?accepted ?rejected ?reason WHERE {{
        VALUES ?e {{ {values} }}
        ?e <{KG.candidate}> ?c . ?c <{RDFS.label}> ?label ; <{KG.candidateItem}> ?item ; <{KG.linkScore}> ?score ;
           <{KG.accepted}> ?accepted ; <{KG.rejected}> ?rejected ; <{KG.reason}> ?reason .
    }} ORDER BY ?e DESC(?accepted) DESC(?score) ?c ?reason""")
    candidates: dict[tuple[str, str], Candidate] = {}
    for row in rows:
        key = (row["e"].value, row["c"].value)
        if key not in candidates:
            candidates[key] = Candidate(row["label"].value, row["item"].value, row["score"].value,
                                        row["accepted"].value == "true", row["rejected"].value == "true")
            found[key[0]].candidates.append(candidates[key])
        candidates[key].reasons.append(row["reason"].value)


def _add_text(store: Store, node: ox.NamedNode, description: Description, by_predicate, link, base_iri: str) -> None:
    """An article's marked-up body, or the sentence of an event or mention in its article's paragraph."""
    bodies = by_predicate.get(str(SCHEMA.articleBody))
    if bodies:
        body = bodies[0].value
        description.text = annotate(body, article_spans(store, node, body), base_iri)
        return
    offsets = [by_predicate.get(str(p)) for p in (KG.startOffset, KG.endOffset, PROV.wasDerivedFrom)]
    words = by_predicate.get(str(KG.surfaceForm)) or by_predicate.get(str(KG.evidence))
    if not all(offsets) or not words or not isinstance(offsets[2][0], ox.NamedNode):
        return
    article = offsets[2][0]
    body = article_body(store, article)
    if body is None:
        return
    start, end = int(offsets[0][0].value), int(offsets[1][0].value)
    description.passage = passage(body, start, end, words[0].value, span_id(description.iri))
    description.source = link(article.value)


def _first_literal(terms: list) -> str:
    return next((term.value for term in terms if isinstance(term, ox.Literal)), "")


def _linker(labels: dict[str, str]):
    def link(iri: str) -> Link:
        """Labelled by the graph or the ontology, else ``prefix:name`` for a known vocabulary, else its last segment."""
        short = short_name(iri)
        return Link(iri, labels.get(iri) or (short if short != iri else local_name(iri)))

    return link


def _value(term, link) -> Value:
    if isinstance(term, ox.NamedNode):
        return Value(link=link(term.value))
    if isinstance(term, ox.Literal):
        annotation = term.language or ("" if term.datatype.value.endswith("#string") else local_name(term.datatype.value))
        return Value(text=term.value, annotation=annotation)
    return Value(text=str(term))


def _labels(store: Store, triples: list[ox.Triple]) -> dict[str, str]:
    """rdfs:label (else kg:surfaceForm, for mentions; dcterms:title, for articles) of every IRI in the triples."""
    iris = sorted({term.value for triple in triples for term in (triple.subject, triple.object)
                   if isinstance(term, ox.NamedNode)})
    labels: dict[str, str] = {}
    for start in range(0, len(iris), 500):
        values = " ".join(f"<{iri}>" for iri in iris[start:start + 500])
        query = (f"SELECT ?x (SAMPLE(?name) AS ?label) WHERE {{ VALUES ?x {{ {values} }} "
                 f"?x <{RDFS.label}>|<{DCTERMS.title}>|<{KG.surfaceForm}> ?name }} GROUP BY ?x")
        labels.update({row["x"].value: row["label"].value for row in _query(store, query)})
    return labels
