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

Matching reads each actor's stored reports once per build (:class:`Occurrences`: one query for
the actors an article adds, then every article written is added as it is written) and never looks
at the article's own earlier version, so a changed article is re-linked from scratch. New
occurrences get IRIs from their key and time (:func:`occurrence_iri`): a clean rebuild in the same
order mints the same IRIs.
"""
from __future__ import annotations

import hashlib
import re
from collections import OrderedDict, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

import pyoxigraph as ox

from .namespaces import DCTERMS, KG, PROV, RDFS, sparql_prefixes
from .store import Store

WINDOW = timedelta(days=3)
MIN_CONTAINED_WORDS = 3
KINDS = {str(KG.Meeting): "meeting", str(KG.Statement): "statement", str(KG.MilitaryAction): "action"}
ANCHOR_ROLES = ("participant", "speaker", "actor")  # the roles that name who an event is about
_PHONE = "https://w3id.org/newskg/ontology/meeting-type/PhoneCall"
_PROPERTIES = ("participant", "meetingType", "speaker", "quote", "actor", "actionType", "place")
_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
_TYPE = _RDF_TYPE.value


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

    def add(self, report: Report | Stated) -> None:
        for name, values in report.values.items():
            self.values[name] |= values
        if report.time is not None:
            self.times.add(report.time)

    def merge(self, other: Occurrence) -> None:
        """Take the values and times of another view of this occurrence (other reports of it)."""
        for name, values in other.values.items():
            self.values[name] |= values
        self.times |= other.times


@dataclass(frozen=True)
class Links:
    """What :meth:`Occurrences.link` adds to an article graph: N-Triples, how many reports joined a
    stored occurrence, and the occurrence of each report (for :meth:`Occurrences.record`)."""

    ntriples: str
    joined: int
    assigned: tuple[tuple[Report, Occurrence], ...] = ()


@lru_cache(maxsize=65_536)  # the same stored quotes are compared with every report of their speaker
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

_LABEL, _START, _DATE = str(RDFS.label), str(KG.startOffset), str(KG.date)
_DERIVED_FROM, _PUBLISHED = str(PROV.wasDerivedFrom), str(DCTERMS.date)
_VALUES = {str(KG[name]): name for name in _PROPERTIES}
_READ = {_TYPE, _LABEL, _START, _DATE, _DERIVED_FROM, _PUBLISHED, *_VALUES}


def article_reports(triples: list) -> list[Report]:
    """The reports of one article graph (its distinct triples of pyoxigraph terms, as
    :func:`kg.graph.to_triples` makes them), in the order of its text.

    Each event node (kg:Meeting, kg:Statement or kg:MilitaryAction with a label and a start offset)
    is a report; its time is its kg:date, else its article's dcterms:date. Read from the triples the
    worker already holds, so the writer parses nothing (tests/test_identity.py checks it against the
    same reading in SPARQL).
    """
    outgoing: dict = defaultdict(lambda: defaultdict(list))
    for subject, predicate, obj in triples:
        if (name := predicate.value) in _READ:
            outgoing[subject][name].append(obj)
    reports = []
    for node, properties in outgoing.items():
        kinds = [KINDS[class_.value] for class_ in properties.get(_TYPE, ()) if class_.value in KINDS]
        if not kinds or _LABEL not in properties or _START not in properties:
            continue
        when = properties.get(_DATE) or [date_ for article in properties.get(_DERIVED_FROM, ())
                                         for date_ in outgoing.get(article, {}).get(_PUBLISHED, ())]
        report = Report(node.value, kinds[0], properties[_LABEL][0].value, int(properties[_START][0].value),
                        _date(when[0] if when else None))
        for predicate, name in _VALUES.items():
            for value in properties.get(predicate, ()):
                report.values[name].add(value.value)
        reports.append(report)
    return sorted(reports, key=lambda report: (report.start, report.iri))


def _date(term) -> date | None:
    try:
        return date.fromisoformat(term.value) if term is not None else None
    except ValueError:
        return None


class Occurrences:
    """The reports other articles stored, read by anchor (a role and its actor: ``kg:speaker <Lavrov>``)
    and kept in step with the writes of one build.

    Matching needs, for each report, the stored reports that name one of its actors near its time.
    Reading them from the store for every article cost a query that grew with the corpus (a third of
    a build's time); here each anchor is read once, in one query for all the anchors an article adds,
    and every article written afterwards is added by :meth:`record`. The store stays the truth: past
    :data:`MAX_HELD` held reports the anchors used longest ago are dropped and read again when needed,
    so memory is bounded and the answers are those of the store. (Dropping them all at once made a
    build past the bound read the busiest anchors back each time it passed it again: a 5,000-article
    corpus spent most of its time there.) Only the build's writer may write meanwhile.
    """

    MAX_HELD = 200_000  # held reports per anchor, summed: a report held under two anchors is one object

    def __init__(self, store: Store):
        self.store = store
        # anchor -> its held reports by day (None: undated); the anchor used longest ago first
        self._by_anchor: OrderedDict[tuple[str, str], dict[date | None, Day]] = OrderedDict()
        self._anchors_of: dict[str, set[tuple[str, str]]] = defaultdict(set)  # article -> anchors it is held under
        self._held = 0
        self._unwritten: dict[str, list[tuple[list[tuple[str, str]], Stated]]] = {}  # recorded, not in the store yet

    def link(self, reports: list[Report], article_iri: str, base: str) -> Links:
        """The triples linking an article's reports (:func:`article_reports`) to their occurrences,
        to store with the article."""
        candidates = Candidates(self.known(article_iri, reports))
        triples, joined, assigned = [], 0, []
        for report in reports:
            occurrence = best_match(report, candidates.of(report))
            if occurrence is None:
                key = report.key() or (report.kind, report.iri)  # no key: an occurrence of its own
                occurrence = Occurrence(occurrence_iri(base, key, report.time), report.label, report.kind, False)
            joined += occurrence.stored
            occurrence.add(report)
            candidates.add(occurrence)
            assigned.append((report, occurrence))
            triples.extend(_triples(report, occurrence))
        unique = list(dict.fromkeys(triples))
        ntriples = ox.serialize(unique, format=ox.RdfFormat.N_TRIPLES).decode("utf-8") if unique else ""
        return Links(ntriples, joined, tuple(assigned))

    def known(self, article_iri: str, reports: list[Report]) -> list[Occurrence]:
        """Occurrences stated by other articles whose reports share an actor with one of ``reports``
        (participant, speaker or actor) near its time, each seen through those reports."""
        self._read(sorted({anchor for report in reports for anchor in _anchors(report)} - self._by_anchor.keys()))
        occurrences: dict[str, Occurrence] = {}
        # Merging a report twice changes nothing, so each day of an anchor is read once, as its reports
        # merged by occurrence (Day): a busy actor's window holds thousands of reports, far fewer events.
        seen: set[tuple] = set()
        own = self._anchors_of.get(article_iri, set())  # where this article's earlier version is held
        for report in reports:
            for anchor in _anchors(report):
                self._by_anchor.move_to_end(anchor)
                for day in _near(self._by_anchor[anchor], report.time, anchor, seen):
                    if anchor in own:
                        day = day.without(article_iri)
                    for iri, part in day.occurrences.items():
                        if (occurrence := occurrences.get(iri)) is None:
                            occurrence = occurrences[iri] = Occurrence(iri, part.label, part.kind, True)
                        occurrence.merge(part)
        return sorted(occurrences.values(), key=lambda occurrence: occurrence.iri)

    def record(self, article_iri: str, links: Links) -> None:
        """Hold the reports of an article just written, in place of what it stated before."""
        for anchor in self._anchors_of.pop(article_iri, ()):
            by_day = self._by_anchor.get(anchor, {})
            for time, day in by_day.items():
                kept = day.without(article_iri)
                self._held -= len(day.reports) - len(kept.reports)
                by_day[time] = kept
        self._unwritten[article_iri] = []
        for report, occurrence in links.assigned:
            stated = Stated(article_iri, occurrence.iri, occurrence.label, report.kind, report.values, report.time)
            self._hold([anchor for anchor in _anchors(report) if anchor in self._by_anchor], stated)
            self._unwritten[article_iri].append((_anchors(report), stated))
        self._bound()

    def written(self, article_iris: list[str]) -> None:
        """The articles recorded so far are in the store now: reading an anchor from the store finds them.
        Until then (the build writes new articles several at a time) that read adds them from here."""
        for article_iri in article_iris:
            self._unwritten.pop(article_iri, None)

    def _read(self, anchors: list[tuple[str, str]]) -> None:
        """Read from the store every report under each of ``anchors`` (none held yet), in one query."""
        if not anchors:
            return
        for anchor in anchors:
            self._by_anchor[anchor] = {}
        pairs = " ".join(f"(kg:{name} <{value}>)" for name, value in anchors)
        names = " ".join(f"kg:{name}" for name in _PROPERTIES)
        query = f"""{sparql_prefixes()}
SELECT ?name ?actor ?g ?report ?occurrence ?label ?class ?time ?property ?value WHERE {{
  VALUES (?name ?actor) {{ {pairs} }}
  GRAPH ?g {{
    ?report ?name ?actor ; kg:reportOf ?occurrence ; a ?class .
    ?occurrence rdfs:label ?label .
    VALUES ?class {{ kg:Meeting kg:Statement kg:MilitaryAction }}
    OPTIONAL {{ ?report kg:date ?date }}
    OPTIONAL {{ ?report prov:wasDerivedFrom/dcterms:date ?published }}
  }}
  BIND (COALESCE(?date, ?published) AS ?time)
  OPTIONAL {{ GRAPH ?g {{ VALUES ?property {{ {names} }} ?report ?property ?value }} }}
}}"""
        reports: dict[str, Stated] = {}
        held: dict[tuple[tuple[str, str], str], None] = {}  # (anchor, report IRI), in the order read
        for row in self.store.query(query):
            iri = row["report"].value
            stated = reports.get(iri)
            if stated is None:
                stated = reports[iri] = Stated(row["g"].value, row["occurrence"].value, row["label"].value,
                                               KINDS[row["class"].value], defaultdict(set), _date(row["time"]))
            if row["property"] is not None:
                stated.values[row["property"].value.rsplit("#", 1)[1]].add(row["value"].value)
            held[(row["name"].value.rsplit("#", 1)[1], row["actor"].value), iri] = None
        for anchor, iri in held:  # once each report has all its values: a day merges them when it holds it
            self._hold([anchor], reports[iri])
        wanted = set(anchors)
        for recorded in self._unwritten.values():
            for report_anchors, stated in recorded:
                self._hold([anchor for anchor in report_anchors if anchor in wanted], stated)

    def _hold(self, anchors: list[tuple[str, str]], stated: Stated) -> None:
        for anchor in anchors:
            by_day = self._by_anchor[anchor]
            (by_day.get(stated.time) or by_day.setdefault(stated.time, Day())).add(stated)
            self._anchors_of[stated.article].add(anchor)
            self._held += 1

    def _bound(self) -> None:
        while self._held > self.MAX_HELD:
            anchor, by_day = self._by_anchor.popitem(last=False)
            dropped = [stated for day in by_day.values() for stated in day.reports]
            self._held -= len(dropped)
            for stated in dropped:
                if (anchors := self._anchors_of.get(stated.article)) is not None:
                    anchors.discard(anchor)
                    if not anchors:
                        del self._anchors_of[stated.article]


@dataclass
class Stated:
    """A report another article stored (or this build wrote), as matching needs it."""

    article: str
    occurrence: str
    label: str
    kind: str
    values: dict[str, set[str]]
    time: date | None


class Day:
    """The reports held under one anchor on one day, and the same merged by occurrence: matching reads
    the merged view, whose size is the number of events that day, not of the articles reporting them."""

    def __init__(self, reports: Iterable[Stated] = ()):
        self.reports: list[Stated] = []
        self.occurrences: dict[str, Occurrence] = {}  # IRI -> its reports here, merged (first one's label)
        for stated in reports:
            self.add(stated)

    def add(self, stated: Stated) -> None:
        self.reports.append(stated)
        if (occurrence := self.occurrences.get(stated.occurrence)) is None:
            occurrence = self.occurrences[stated.occurrence] = Occurrence(
                stated.occurrence, stated.label, stated.kind, True)
        occurrence.add(stated)

    def without(self, article_iri: str) -> Day:
        """This day without the reports of one article (its earlier version, when it is written again)."""
        if all(stated.article != article_iri for stated in self.reports):
            return self
        return Day(stated for stated in self.reports if stated.article != article_iri)


def _anchors(report: Report) -> list[tuple[str, str]]:
    return [(name, value) for name in ANCHOR_ROLES for value in report.values[name]]


def _near(by_day: dict[date | None, Day], time: date | None, anchor: tuple[str, str],
          seen: set[tuple]) -> Iterator[Day]:
    """The held days whose reports can be the same event as one at ``time``: within :data:`WINDOW` of
    it, or undated on either side. A busy actor's reports over a long corpus are not all read, and a
    day already read for this anchor (``seen``, updated) is not read again."""
    days = list(by_day) if time is None else \
        [None, *(time + timedelta(days=offset) for offset in range(-WINDOW.days, WINDOW.days + 1))]
    for day in days:
        if (anchor, day) not in seen and day in by_day:
            seen.add((anchor, day))
            yield by_day[day]


# --- matching ----------------------------------------------------------------------------------------

class Candidates:
    """The occurrences a report could join, found by the actors it names.

    Every key names an actor the occurrence must share (a meeting two of its participants, a
    statement its speaker, an action its actor), so only the occurrences holding one of the report's
    actors are compared: a busy actor's window holds thousands, a report's actors far fewer."""

    def __init__(self, occurrences: list[Occurrence]):
        self._by_actor: dict[tuple[str, str], dict[str, Occurrence]] = defaultdict(dict)
        for occurrence in occurrences:
            self.add(occurrence)

    def add(self, occurrence: Occurrence) -> None:
        """Index an occurrence (again, after it took a report's values)."""
        for name in ANCHOR_ROLES:
            for value in occurrence.values.get(name, ()):
                self._by_actor[(name, value)][occurrence.iri] = occurrence

    def of(self, report: Report) -> list[Occurrence]:
        found = {iri: occurrence for anchor in _anchors(report)
                 for iri, occurrence in self._by_actor.get(anchor, {}).items()}
        return list(found.values())


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


def _triples(report: Report, occurrence: Occurrence) -> list[ox.Triple]:
    node = ox.NamedNode(occurrence.iri)
    kind = next(class_ for class_, name in KINDS.items() if name == occurrence.kind)
    return [
        ox.Triple(ox.NamedNode(report.iri), ox.NamedNode(str(KG.reportOf)), node),
        ox.Triple(node, _RDF_TYPE, ox.NamedNode(str(KG.Occurrence))),
        ox.Triple(node, _RDFS_LABEL, ox.Literal(occurrence.label)),
        ox.Triple(node, ox.NamedNode(str(KG.occurrenceOf)), ox.NamedNode(kind)),
    ]
