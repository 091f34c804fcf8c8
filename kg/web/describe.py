"""What the graph says about one IRI: computed once, then rendered as HTML or serialised as RDF.

A description holds the triples with the IRI as subject or object (the RDF answer) and, for the
page, the same facts arranged for people: labels instead of IRIs, the events the entity takes
part in with their evidence sentence and article, the links going out and coming in.
Every query binds the IRI only after pyoxigraph has checked it is one (no SPARQL injection).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.namespaces import DCTERMS, KG, OWL, PROV, RDF, RDFS, SKOS, WD
from kg.store import Store

from .links import local_name, short_name

_EVENT_KINDS = (KG.Meeting, KG.Statement, KG.MilitaryAction)
_ROLES = (KG.participant, KG.speaker, KG.about, KG.actor, KG.place, KG.reportedBy)


@dataclass(frozen=True)
class Link:
    iri: str
    label: str


@dataclass(frozen=True)
class Value:
    """An object of a triple: a link, or a literal's text with its datatype or language."""

    link: Link | None = None
    text: str = ""
    annotation: str = ""  # datatype local name or language tag, shown next to a literal


@dataclass(frozen=True)
class Fact:
    """An event the entity takes part in, as the page lists it."""

    event: Link
    kind: Link
    role: Link
    evidence: str
    article: Link
    date: str = ""
    quote: str = ""


@dataclass
class Description:
    iri: str
    label: str
    types: list[Link] = field(default_factory=list)
    same_as: list[str] = field(default_factory=list)
    alt_labels: list[str] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
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


def describe(store: Store, iri: str, limit: int, term_labels: dict[str, str]) -> Description:
    """The description of ``iri`` (which :func:`exists`), at most ``limit`` triples each way.

    ``term_labels`` labels the ontology's classes and properties (from the ontology document).
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
        label=_first_literal(by_predicate[str(RDFS.label)]) or local_name(iri),
        types=[link(term.value) for term in by_predicate[str(RDF.type)]],
        same_as=[term.value for term in by_predicate[str(OWL.sameAs)] if term.value.startswith(str(WD))],
        alt_labels=[term.value for term in by_predicate[str(SKOS.altLabel)]],
        facts=_facts(store, node, limit, link),
        triples=triples,
        truncated=truncated,
    )
    description.outgoing = [
        (link(predicate), [_value(term, link) for term in terms]) for predicate, terms in by_predicate.items()
    ]
    incoming = defaultdict(list)
    for row in in_rows:
        incoming[row["p"].value].append(link(row["s"].value) if isinstance(row["s"], ox.NamedNode)
                                        else Link(str(row["s"]), str(row["s"])))
    description.incoming = [(link(predicate), subjects) for predicate, subjects in incoming.items()]
    return description


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


def _facts(store: Store, node: ox.NamedNode, limit: int, link) -> list[Fact]:
    """The meetings, statements and military actions ``node`` takes part in, in any role."""
    kinds = " ".join(f"<{kind}>" for kind in _EVENT_KINDS)
    roles = " ".join(f"<{role}>" for role in _ROLES)
    query = f"""SELECT DISTINCT ?event ?kind ?role ?label ?evidence ?article ?title ?date ?quote WHERE {{
      VALUES ?kind {{ {kinds} }} VALUES ?role {{ {roles} }}
      ?event ?role {node} ; a ?kind ; <{KG.evidence}> ?evidence ; <{PROV.wasDerivedFrom}> ?article .
      OPTIONAL {{ ?event <{RDFS.label}> ?label }}
      OPTIONAL {{ ?article <{DCTERMS.title}> ?title }}
      OPTIONAL {{ ?event <{KG.date}> ?date }}
      OPTIONAL {{ ?event <{KG.quote}> ?quote }}
    }} ORDER BY ?article ?event ?role LIMIT {limit}"""
    facts = []
    for row in _query(store, query):
        text = {name: row[name].value if row[name] is not None else "" for name in ("label", "title", "date", "quote")}
        facts.append(Fact(
            event=Link(row["event"].value, text["label"] or local_name(row["event"].value)),
            kind=link(row["kind"].value),
            role=link(row["role"].value),
            evidence=row["evidence"].value,
            article=Link(row["article"].value, text["title"] or local_name(row["article"].value)),
            date=text["date"],
            quote=text["quote"],
        ))
    return facts
