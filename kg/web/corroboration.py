"""The articles that report the same real-world event, for the pages of an event and of its occurrence.

An event node is one article's report; ``kg:reportOf`` links it to the kg:Occurrence that every
report of the event shares (:mod:`kg.identity`). A reader of one report wants to see at once
whether other outlets confirm it and where they differ, without writing SPARQL: the reports of its
occurrence, each with its article, outlet, publication date, event date, quantities and meeting
participants, the counts of articles and outlets (as ``queries/events-corroborated-by-two-outlets.rq``
counts them: outlets by name, case ignored; an article without one is its own outlet) and the aspects
on which the reports differ (as ``queries/where-sources-disagree.rq`` compares them).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.namespaces import DCTERMS, KG, PROV, RDFS, SCHEMA
from kg.store import Store

from .timeline import Link


@dataclass
class Report:
    """One article's account of the event."""

    event: Link
    article: Link
    outlet: str = ""
    published: str = ""
    date: str = ""
    quantities: set[str] = field(default_factory=set)  # "20000 troops"
    participants: set[str] = field(default_factory=set)  # labels, for meetings


@dataclass
class Corroboration:
    """The reports of one occurrence, with what a reader checks first."""

    occurrence: Link
    reports: list[Report]

    @property
    def articles(self) -> int:
        return len({report.article.iri for report in self.reports})

    @property
    def outlets(self) -> int:
        return len({report.outlet.casefold() or report.article.iri for report in self.reports})

    @property
    def disagreements(self) -> list[str]:
        """The aspects on which two reports give different values (both stay in the graph)."""
        aspects = []
        if len({report.date for report in self.reports if report.date}) > 1:
            aspects.append("event date")
        by_unit = defaultdict(set)
        for report in self.reports:
            for quantity in report.quantities:
                number, _, unit = quantity.partition(" ")
                by_unit[unit].add(number)
        aspects += [f"quantity ({unit})" for unit, numbers in sorted(by_unit.items()) if len(numbers) > 1]
        parties = [frozenset(report.participants) for report in self.reports if report.participants]
        if len(set(parties)) > 1:
            aspects.append("participants")
        return aspects


def corroboration(store: Store, node: ox.NamedNode, limit: int) -> Corroboration | None:
    """The corroboration of an event (by its occurrence) or of an occurrence; None for anything else."""
    occurrence = _occurrence_of(store, node)
    if occurrence is None:
        return None
    label = next((row["label"].value for row in _query(
        store, f"SELECT ?label WHERE {{ {occurrence} <{RDFS.label}> ?label }} ORDER BY ?label LIMIT 1")),
        occurrence.value)
    reports = _reports(store, occurrence, limit)
    return Corroboration(Link(occurrence.value, label), reports) if reports else None


def _occurrence_of(store: Store, node: ox.NamedNode) -> ox.NamedNode | None:
    rows = _query(store, f"""SELECT ?occurrence WHERE {{
        {{ {node} a <{KG.Occurrence}> BIND ({node} AS ?occurrence) }} UNION {{ {node} <{KG.reportOf}> ?occurrence }}
    }} ORDER BY ?occurrence LIMIT 1""")
    return rows[0]["occurrence"] if rows else None


def _reports(store: Store, occurrence: ox.NamedNode, limit: int) -> list[Report]:
    """Every report of the occurrence (at most ``limit``), oldest article first."""
    rows = _query(store, f"""SELECT ?report ?label ?article ?title ?outlet ?published ?date ?amount ?unit ?party WHERE {{
        {{ SELECT ?report WHERE {{ ?report <{KG.reportOf}> {occurrence} }} ORDER BY ?report LIMIT {limit} }}
        ?report <{RDFS.label}> ?label ; <{PROV.wasDerivedFrom}> ?article .
        OPTIONAL {{ ?article <{DCTERMS.title}> ?title }}
        OPTIONAL {{ ?article <{KG.outlet}> ?outlet }}
        OPTIONAL {{ ?article <{DCTERMS.date}> ?published }}
        OPTIONAL {{ ?report <{KG.date}> ?date }}
        OPTIONAL {{ ?report <{KG.quantity}> ?q . ?q <{SCHEMA.value}> ?amount ; <{SCHEMA.unitText}> ?unit }}
        OPTIONAL {{ ?report <{KG.participant}>/<{RDFS.label}> ?party }}
    }}""")
    reports: dict[str, Report] = {}
    for row in rows:
        iri = row["report"].value
        report = reports.get(iri)
        if report is None:
            article = row["article"].value
            report = reports[iri] = Report(
                Link(iri, row["label"].value), Link(article, _text(row, "title") or article.rsplit("/", 1)[-1]),
                _text(row, "outlet"), _text(row, "published"), _text(row, "date"))
        if row["amount"] is not None:
            report.quantities.add(f"{_number(row['amount'].value)} {row['unit'].value}")
        if row["party"] is not None:
            report.participants.add(row["party"].value)
    return sorted(reports.values(), key=lambda report: (report.published, report.article.iri, report.event.iri))


def _number(text: str) -> str:
    """20000, not 20000.0: the quantities of two reports compare and read as the articles wrote them."""
    try:
        value = float(text)
    except ValueError:
        return text
    return str(int(value)) if value.is_integer() else text


def _text(row: ox.QuerySolution, name: str) -> str:
    return row[name].value if row[name] is not None else ""


def _query(store: Store, query: str) -> list[ox.QuerySolution]:
    return list(store.oxigraph.query(query, use_default_graph_as_union=True))
