"""One node per real-world event: each article's event reports are linked to an occurrence.

Every event node an article yields (a kg:Meeting, kg:Statement or kg:MilitaryAction) is that
article's *report*. Several articles often report one real event — a plan in one, the joint press
conference in another — so the writer links each report to a kg:Occurrence (``<report> kg:reportOf
<occurrence>``) just before the article is stored. The occurrence's own triples (its type, label
and kind) go into the reporting article's named graph too, so the union of the article graphs
merges occurrences by itself; removing an article removes its links, and an occurrence vanishes
with the last article that states it. Each article stays one atomic write. Counts and
disagreements are left to SPARQL at query time (queries/), never stored, so they cannot go stale.

A report joins an occurrence when their keys agree and their times are close:

* meetings: the participants — one set contains the other and they share at least two actors (a
  report that names a third party still joins the talks of two); a phone call is never the same
  event as a meeting in person. The meeting type is not compared: a planned visit and the talks
  held during it are one event.
* military actions: the same actor and action type, and the same place when both name one. An
  action whose actor the text does not name has no key: it stays alone.
* statements: the same speaker and the same words (:func:`normalise_quote`), or the words of one
  inside the other's when the shorter has at least :data:`MIN_CONTAINED_WORDS` words.

A report's time is its event date (kg:date), else its article's date: a report with neither
cannot be placed in time. A dated report joins the occurrence with a report nearest in time
within :data:`WINDOW` (ties: the IRI first in order). An undated report, or an occurrence with no
dated report, fits any time; such a report joins only when exactly one occurrence fits (a wrong
merge is worse than none). Reports are matched in the order of the article's text, so a report
can join an occurrence minted by an earlier report of the same article.

Matching reads the store once per article (:func:`known_occurrences`: one SELECT over the stored
reports that share an actor with the article's reports and fall in their window, merged per
occurrence) and never reads the article's own stored graph, so a changed article is re-linked from
scratch. Its cost grows with those reports: bounded by the window for dated articles, by all the
reports of the actor for undated ones. New occurrences get IRIs from their key and time
(:func:`occurrence_iri`): a clean rebuild in the same order mints the same IRIs.
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

import pyoxigraph as ox

from .namespaces import KG, sparql_prefixes
from .store import Store

WINDOW = timedelta(days=3)
MIN_CONTAINED_WORDS = 3
KINDS = {str(KG.Meeting): "meeting", str(KG.Statement): "statement", str(KG.MilitaryAction): "action"}
_PHONE = "https://w3id.org/newskg/ontology/meeting-type/PhoneCall"
_PROPERTIES = ("participant", "meetingType", "speaker", "quote", "actor", "actionType", "place")
_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")


@dataclass
class Report:
    """One article's event node, with what its key and time are made of."""

    iri: str
    kind: str  # "meeting", "statement" or "action"
    label: str
    start: int
    time: date | None
    values: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def one(self, name: str) -> str | None:
        return min(self.values[name], default=None)

    def key(self) -> tuple | None:
        """What must agree for two reports to be one event (None: this report cannot be matched)."""
        if self.kind == "meeting":
            return ("meeting", *sorted(self.values["participant"]))
        if self.kind == "statement":
            return ("statement", self.one("speaker"), normalise_quote(self.one("quote") or ""))
        if self.one("actor") is None:
            return None
        return ("action", self.one("actor"), self.one("actionType"), *sorted(self.values["place"]))


@dataclass
class Occurrence:
    """A real-world event as matching sees it: the values and times of its reports, merged."""

    iri: str
    label: str
    kind: str
    stored: bool  # already in the store (reports of other articles), or minted by this article
    values: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    times: set[date] = field(default_factory=set)

    def add(self, report: Report) -> None:
        for name, values in report.values.items():
            self.values[name] |= values
        if report.time is not None:
            self.times.add(report.time)


@dataclass(frozen=True)
class Links:
    """What :func:`link` adds to an article graph: N-Triples, and how many reports joined a stored occurrence."""

    ntriples: str
    joined: int


def normalise_quote(text: str) -> str:
    """Casefolded words, without punctuation or extra whitespace, for comparing quotes.

    >>> normalise_quote("  “Russia and India will work together,” he said!")
    'russia and india will work together he said'
    """
    return " ".join(re.findall(r"\w+", text.casefold()))


def occurrence_iri(base: str, key: tuple, time: date | None) -> str:
    """Deterministic from the key and time of the report that first stated the event.

    >>> occurrence_iri("https://w3id.org/newskg/", ("meeting", "a", "b"), date(2021, 7, 9))
    'https://w3id.org/newskg/id/occurrence/meeting-377ab2c114e3'
    """
    digest = hashlib.sha1("\x1f".join(map(str, (*key, time or ""))).encode()).hexdigest()[:12]
    return f"{base}id/occurrence/{key[0]}-{digest}"


# --- reading reports ---------------------------------------------------------------------------------

_REPORT_PATTERN = f"""
    VALUES ?class {{ kg:Meeting kg:Statement kg:MilitaryAction }}
    ?report a ?class ; rdfs:label ?label ; kg:startOffset ?start .
    OPTIONAL {{ ?report kg:date ?date }}
    OPTIONAL {{ ?report prov:wasDerivedFrom/dcterms:date ?published }}
    OPTIONAL {{ VALUES ?property {{ {" ".join(f"kg:{name}" for name in _PROPERTIES)} }} ?report ?property ?value }}
"""


def article_reports(ntriples: str) -> list[Report]:
    """The reports of one article graph, in the order of its text."""
    graph = ox.Store()
    graph.load(ntriples.encode("utf-8"), ox.RdfFormat.N_TRIPLES)
    rows = graph.query(f"{sparql_prefixes()}SELECT * WHERE {{ {_REPORT_PATTERN} }}")
    return sorted(_reports(rows).values(), key=lambda report: (report.start, report.iri))


def _reports(rows) -> dict[str, Report]:
    reports: dict[str, Report] = {}
    for row in rows:
        iri = row["report"].value
        report = reports.get(iri)
        if report is None:
            when = row["date"] or row["published"]
            report = reports[iri] = Report(iri, KINDS[row["class"].value], row["label"].value,
                                           int(row["start"].value), _date(when))
        if row["property"] is not None:
            report.values[row["property"].value.rsplit("#", 1)[1]].add(row["value"].value)
    return reports


def _date(term) -> date | None:
    try:
        return date.fromisoformat(term.value) if term is not None else None
    except ValueError:
        return None


def known_occurrences(store: Store, article_iri: str, reports: list[Report]) -> list[Occurrence]:
    """Occurrences stated by other articles whose reports share an actor with one of ``reports``
    (participant, speaker or actor) near its time, each seen through those reports.

    One query, whose work grows with the reports of these actors in the window, not with all the
    reports of an occurrence: values come back merged per occurrence (distinct values, not one row
    per report). The label is the one the occurrence has, which a joining article repeats, so the
    union holds one.
    """
    anchors = sorted({_anchor(name, value, report.time) for report in reports
                      for name in ("participant", "speaker", "actor") for value in report.values[name]})
    if not anchors:
        return []
    names = " ".join(f"kg:{name}" for name in _PROPERTIES)
    query = f"""{sparql_prefixes()}
SELECT DISTINCT ?occurrence ?label ?class ?property ?value ?time WHERE {{
  {{ {" } UNION { ".join(anchors)} }}
  FILTER (?g != <{article_iri}>)
  GRAPH ?g {{
    ?report kg:reportOf ?occurrence ; a ?class .
    ?occurrence rdfs:label ?label .
    VALUES ?class {{ kg:Meeting kg:Statement kg:MilitaryAction }}
    OPTIONAL {{ ?report kg:date ?date }}
    OPTIONAL {{ ?report prov:wasDerivedFrom/dcterms:date ?published }}
  }}
  BIND (COALESCE(?date, ?published) AS ?time)
  FILTER (!BOUND(?low) || !BOUND(?time) || (?time >= ?low && ?time <= ?high))
  OPTIONAL {{ GRAPH ?g {{ VALUES ?property {{ {names} }} ?report ?property ?value }} }}
}}"""
    occurrences: dict[str, Occurrence] = {}
    for row in store.query(query):
        iri = row["occurrence"].value
        occurrence = occurrences.setdefault(iri, Occurrence(iri, row["label"].value, KINDS[row["class"].value], True))
        if row["property"] is not None:
            occurrence.values[row["property"].value.rsplit("#", 1)[1]].add(row["value"].value)
        if (time := _date(row["time"])) is not None:
            occurrence.times.add(time)
    return sorted(occurrences.values(), key=lambda occurrence: occurrence.iri)


def _anchor(name: str, value: str, time: date | None) -> str:
    """A union branch: the reports naming ``value`` as ``name``, with the window around ``time``."""
    reports = f"GRAPH ?g {{ ?report kg:{name} <{value}> }}"
    if time is None:
        return reports
    low, high = (f'"{(time + shift).isoformat()}"^^xsd:date' for shift in (-WINDOW, WINDOW))
    return f"{reports} BIND ({low} AS ?low) BIND ({high} AS ?high)"


# --- matching ----------------------------------------------------------------------------------------

def same_event(report: Report, occurrence: Occurrence) -> bool:
    """Whether the report's key agrees with the occurrence's (its time aside)."""
    if report.kind != occurrence.kind or report.key() is None:
        return False
    theirs = occurrence.values
    if report.kind == "meeting":
        mine, parties = report.values["participant"], theirs["participant"]
        phone = _PHONE in report.values["meetingType"]
        return (len(mine & parties) >= 2 and (mine <= parties or parties <= mine)
                and phone == (_PHONE in theirs["meetingType"]))
    if report.kind == "statement":
        return (report.one("speaker") in theirs["speaker"]
                and any(_same_words(report.one("quote") or "", quote) for quote in theirs["quote"]))
    places = report.values["place"]
    return (report.one("actor") in theirs["actor"] and report.one("actionType") in theirs["actionType"]
            and (not places or not theirs["place"] or bool(places & theirs["place"])))


def _same_words(quote: str, other: str) -> bool:
    mine, theirs = normalise_quote(quote), normalise_quote(other)
    if mine == theirs:
        return bool(mine)
    shorter, longer = sorted((mine, theirs), key=len)
    return len(shorter.split()) >= MIN_CONTAINED_WORDS and f" {shorter} " in f" {longer} "


def best_match(report: Report, occurrences: list[Occurrence]) -> Occurrence | None:
    """The occurrence the report joins: nearest in time within the window, else the only one that fits."""
    near, loose = [], []
    for occurrence in occurrences:
        if not same_event(report, occurrence):
            continue
        times = occurrence.times
        if report.time is None or not times:
            loose.append(occurrence)
            continue
        distance = min(abs(report.time - time) for time in times)
        if distance <= WINDOW:
            near.append((distance, occurrence.iri, occurrence))
    if near:
        return min(near, key=lambda item: item[:2])[2]
    return loose[0] if len(loose) == 1 else None


def link(ntriples: str, article_iri: str, store: Store, base: str) -> Links:
    """The triples linking an article's reports to their occurrences, to store with the article."""
    reports = article_reports(ntriples)
    occurrences = known_occurrences(store, article_iri, reports)
    triples, joined = [], 0
    for report in reports:
        occurrence = best_match(report, occurrences)
        if occurrence is None:
            key = report.key() or (report.kind, report.iri)  # no key: an occurrence of its own
            occurrence = Occurrence(occurrence_iri(base, key, report.time), report.label, report.kind, False)
            occurrences.append(occurrence)
        joined += occurrence.stored
        occurrence.add(report)
        triples.extend(_triples(report, occurrence))
    unique = list(dict.fromkeys(triples))
    return Links(ox.serialize(unique, format=ox.RdfFormat.N_TRIPLES).decode("utf-8") if unique else "", joined)


def _triples(report: Report, occurrence: Occurrence) -> list[ox.Triple]:
    node = ox.NamedNode(occurrence.iri)
    kind = next(class_ for class_, name in KINDS.items() if name == occurrence.kind)
    return [
        ox.Triple(ox.NamedNode(report.iri), ox.NamedNode(str(KG.reportOf)), node),
        ox.Triple(node, _RDF_TYPE, ox.NamedNode(str(KG.Occurrence))),
        ox.Triple(node, _RDFS_LABEL, ox.Literal(occurrence.label)),
        ox.Triple(node, ox.NamedNode(str(KG.occurrenceOf)), ox.NamedNode(kind)),
    ]
