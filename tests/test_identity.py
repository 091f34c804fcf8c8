"""One node per real event: reports of one event by several articles share one kg:Occurrence.

The articles of tests/data/identity/ go through the real build (extractor, shapes, store):
a ministers' meeting planned by one outlet and reported held by two others (one giving another
day and a third participant), the same meeting months later (not merged), a troop deployment
reported with 20,000, 15,000 and "thousands" of troops, and a quote two outlets give alike.
"""
from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest
from pyshacl import validate as pyshacl_validate
from rdflib import Graph

from kg.build import build
from kg.config import load
from kg.namespaces import KG
from kg.identity import Occurrence, Occurrences, Report, article_reports, best_match, normalise_quote, same_event
from kg.shacl import compile_shapes
from kg.store import Store, to_rdflib
from kg.validate import load_shapes

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "data" / "identity"
PLAN, HELD, HELD_OTHER_DAY, OCTOBER = "a-ledger-plan.txt", "b-wire-held.txt", "c-courier-held.txt", "d-wire-october.txt"
TROOPS_20000, TROOPS_15000, TROOPS_THOUSANDS = "e-ledger-troops.txt", "f-courier-troops.txt", "g-herald-troops.txt"
PREFIXES = """PREFIX kg: <https://w3id.org/newskg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""


@pytest.fixture(scope="module")
def built() -> Store:
    store = Store(None)
    summary = build(ARTICLES, store, load(), progress=False)
    assert summary.ok and len(summary.built) == 7, summary.describe()
    return store


def copy_of(store: Store) -> Store:
    """A store holding the same article graphs, for tests that remove articles."""
    copy = Store(None)
    for article in store.articles():
        graph = Graph()
        for quad in store.article_quads(article):
            graph.add(to_rdflib(quad.subject, quad.predicate, quad.object))
        copy.replace_article(article, graph)
    return copy


def article(store: Store, name: str) -> str:
    (row,) = store.query(f'{PREFIXES}SELECT ?a WHERE {{ GRAPH ?a {{ ?a dcterms:identifier "{name}" }} }}')
    return row["a"].value


def links(store: Store) -> dict[str, tuple[str, str]]:
    """Report -> (its occurrence, the file name of its article)."""
    rows = store.query(f"""{PREFIXES}SELECT ?report ?occurrence ?name WHERE {{
        GRAPH ?g {{ ?report kg:reportOf ?occurrence ; prov:wasDerivedFrom ?a . ?a dcterms:identifier ?name }} }}""")
    return {row["report"].value: (row["occurrence"].value, row["name"].value) for row in rows}


def occurrence_of(store: Store, name: str, kind: str) -> str:
    """The occurrence of the one report of ``kind`` (meeting, statement, action) in article ``name``."""
    (occurrence,) = {o for report, (o, n) in links(store).items() if n == name and f"/event/{kind}-" in report}
    return occurrence


def reporters(store: Store, occurrence: str) -> list[str]:
    return sorted(name for o, name in links(store).values() if o == occurrence)


def partition(store: Store) -> set[frozenset[str]]:
    """Which reports share an occurrence, whatever its IRI."""
    groups: dict[str, set[str]] = {}
    for report, (occurrence, _) in links(store).items():
        groups.setdefault(occurrence, set()).add(report)
    return {frozenset(group) for group in groups.values()}


def run(store: Store, name: str, values: str | None = None) -> list[dict[str, str]]:
    text = (ROOT / "queries" / f"{name}.rq").read_text(encoding="utf-8")
    if values is not None:
        text, count = re.subn(r"VALUES \(\?reported \?eventDate\) \{[^\n]*\}", values, text)
        assert count == 1
    rows = store.oxigraph.query(text, use_default_graph_as_union=True)
    names = [v.value for v in rows.variables]
    return [{n: row[n].value for n in names if row[n] is not None} for row in rows]


def corroboration(store: Store) -> dict[str, tuple[int, int]]:
    return {r["occurrence"]: (int(r["articles"]), int(r["outlets"]))
            for r in run(store, "events-corroborated-by-two-outlets")}


# --- one occurrence per real event ---------------------------------------------------------------

def test_a_plan_and_two_reports_of_a_meeting_are_one_occurrence(built):
    meeting = occurrence_of(built, PLAN, "meeting")
    assert reporters(built, meeting) == [PLAN, HELD, HELD_OTHER_DAY]
    assert occurrence_of(built, OCTOBER, "meeting") != meeting  # the same ministers, three months later
    assert corroboration(built)[meeting] == (3, 3)


def test_one_deployment_and_one_quote_reported_by_several_outlets(built):
    deployment = occurrence_of(built, TROOPS_20000, "action")
    assert reporters(built, deployment) == [TROOPS_20000, TROOPS_15000, TROOPS_THOUSANDS]
    statement = occurrence_of(built, HELD, "statement")  # "…Afghanistan." and "…Afghanistan!"
    assert reporters(built, statement) == [HELD, HELD_OTHER_DAY]
    assert corroboration(built)[deployment] == (3, 3) and corroboration(built)[statement] == (2, 2)


def test_the_corroboration_query_lists_each_article_of_each_event(built):
    rows = [r for r in run(built, "events-corroborated-by-two-outlets")
            if r["occurrence"] == occurrence_of(built, PLAN, "meeting")]
    assert {(r["outlet"], r["published"]) for r in rows} == {
        ("The Northern Ledger", "2021-07-06"), ("Eastern Wire", "2021-07-09"), ("Capital Courier", "2021-07-10")}
    assert {r["label"] for r in rows} == {"Meeting: S. Jaishankar – Sergey Lavrov"}
    assert occurrence_of(built, OCTOBER, "meeting") not in corroboration(built)


def test_disagreements_keep_every_value_with_its_source(built):
    rows = run(built, "where-sources-disagree")
    found = {(r["occurrence"], r["aspect"], r["value"], r.get("outlet")) for r in rows}
    meeting, deployment = occurrence_of(built, PLAN, "meeting"), occurrence_of(built, TROOPS_20000, "action")
    assert {(meeting, "event date", "2021-07-09", "Eastern Wire"),
            (meeting, "event date", "2021-07-08", "Capital Courier"),
            (deployment, "quantity", "20000 troops", "The Northern Ledger"),
            (deployment, "quantity", "15000 troops", "Capital Courier")} <= found
    parties = {r["outlet"]: set(r["value"].split(", ")) for r in rows
               if r["occurrence"] == meeting and r["aspect"] == "participants"}
    assert parties["Capital Courier"] == {"S. Jaishankar", "Sergey Lavrov", "Yuri Borisov"}
    assert parties["Eastern Wire"] == {"S. Jaishankar", "Sergey Lavrov"}
    assert {r["occurrence"] for r in rows} == {meeting, deployment}  # the quote and the October talks agree


def test_reporting_time_and_event_time_are_both_queryable(built):
    rows = run(built, "reported-on-a-day-about-another-day",
               'VALUES (?reported ?eventDate) { ("2021-07-07"^^xsd:date "2021-07-05"^^xsd:date) }')
    assert {r["outlet"] for r in rows} == {"Capital Courier", "Frontier Herald"}
    assert {r["occurrence"] for r in rows} == {occurrence_of(built, TROOPS_20000, "action")}
    held = run(built, "reported-on-a-day-about-another-day",
               'VALUES (?reported ?eventDate) { ("2021-07-10"^^xsd:date "2021-07-08"^^xsd:date) }')
    assert {(r["outlet"], r["label"]) for r in held} == {
        ("Capital Courier", "Meeting: S. Jaishankar – Sergey Lavrov – Yuri Borisov")}


# --- reversible ----------------------------------------------------------------------------------

def test_removing_articles_lowers_the_counts_until_the_event_is_gone(built):
    store = copy_of(built)
    meeting = occurrence_of(store, PLAN, "meeting")
    store.remove_article(article(store, HELD))
    assert reporters(store, meeting) == [PLAN, HELD_OTHER_DAY] and corroboration(store)[meeting] == (2, 2)
    assert {r["aspect"] for r in run(store, "where-sources-disagree") if r["occurrence"] == meeting} == {"participants"}
    store.remove_article(article(store, HELD_OTHER_DAY))
    assert reporters(store, meeting) == [PLAN] and meeting not in corroboration(store)
    assert occurrence_exists(store, meeting)
    store.remove_article(article(store, PLAN))
    assert not occurrence_exists(store, meeting)


def occurrence_exists(store: Store, occurrence: str) -> bool:
    return store.query(f"{PREFIXES}ASK {{ GRAPH ?g {{ <{occurrence}> a kg:Occurrence }} }}").__bool__()


def test_a_changed_article_is_linked_again_to_the_event_it_reports(built, tmp_path):
    store = copy_of(built)
    changed = tmp_path / HELD
    changed.write_text((ARTICLES / HELD).read_text() + "\nThe talks lasted three hours.\n")
    summary = build(changed, store, load(), progress=False)
    assert summary.built == [str(changed)] and summary.joined == 2  # the meeting and the quote
    assert partition(store) == partition(built)


# --- deterministic and idempotent ------------------------------------------------------------------

def test_a_rebuild_in_the_same_order_mints_the_same_iris_and_an_unchanged_one_changes_nothing(built):
    again = Store(None)
    build(ARTICLES, again, load(), progress=False)
    assert links(again) == links(built)
    before = {str(quad) for quad in again.quads()}
    summary = build(ARTICLES, again, load(), progress=False)
    assert len(summary.unchanged) == 7 and {str(quad) for quad in again.quads()} == before


def test_worker_processes_write_in_input_order_so_they_mint_the_local_builds_iris(built):
    """Results come back as workers finish; the writer restores the order the articles were read in."""
    store = Store(None)
    summary = build(ARTICLES, store, load(), progress=False, workers=2)
    assert summary.ok and summary.joined == 5 and "5 event report(s) joined" in summary.describe()
    assert {str(quad) for quad in store.quads()} == {str(quad) for quad in built.quads()}


def test_the_reverse_order_groups_the_reports_alike(built, tmp_path):
    store = Store(None)
    for name in sorted((path.name for path in ARTICLES.glob("*.txt")), reverse=True):
        shutil.copy(ARTICLES / name, tmp_path / name)
        summary = build(tmp_path / name, store, load(), progress=False)
        assert summary.ok
    assert partition(store) == partition(built)


@pytest.mark.parametrize("bound", [0, 3])
def test_the_writer_reads_the_store_again_once_it_holds_too_many_reports(built, monkeypatch, bound):
    """The writer holds the stored reports it has read, bounded: past the bound it forgets the anchors
    used longest ago and reads them from the store again, with the same answers (bound 0: it forgets
    everything after every article; 3: some anchors stay, others are read again)."""
    monkeypatch.setattr(Occurrences, "MAX_HELD", bound)
    store = Store(None)
    summary = build(ARTICLES, store, load(), progress=False)
    assert summary.ok and summary.joined == 5
    assert {str(quad) for quad in store.quads()} == {str(quad) for quad in built.quads()}


# --- the stored graphs meet the shapes -----------------------------------------------------------

def test_every_linked_article_graph_conforms_with_both_validators(built):
    shapes = load_shapes(load().shapes)
    compiled = compile_shapes(shapes)
    assert compiled is not None, "the shapes need pyshacl: the build would be slow"
    for iri in built.articles():
        graph = Graph()
        for quad in built.article_quads(iri):
            graph.add(to_rdflib(quad.subject, quad.predicate, quad.object))
        conforms, _, text = pyshacl_validate(graph, shacl_graph=shapes, inference="none")
        assert conforms, text
        assert compiled.validate(graph).conforms


# --- the seeds -----------------------------------------------------------------------------------

def test_the_seeds_give_one_jaishankar_lavrov_meeting_in_two_articles(seeds_store):
    """Seed 000 reports the visit as planned (no outlet, 6 July), seed 001 the talks held (Daily Mail
    India, no date): one occurrence, two outlets."""
    rows = [r for r in run(seeds_store, "events-corroborated-by-two-outlets")
            if r["label"] == "Meeting: Sergey Lavrov – S. Jaishankar"]
    assert {(r["articles"], r["outlets"]) for r in rows} == {("2", "2")}
    assert sorted(r["article"].rsplit("/", 1)[1][:3] for r in rows) == ["000", "001"]


def test_the_default_time_question_asks_the_seeds_what_6_july_said_about_5_july(seeds_store):
    rows = run(seeds_store, "reported-on-a-day-about-another-day")
    assert {"Meeting: Emomali Rahmon – Ashraf Ghani", "Mobilisation by Tajikistan"} <= {r["label"] for r in rows}
    assert all(r["occurrence"].startswith("https://w3id.org/newskg/id/occurrence/") for r in rows)


# --- the matching rules, without a model ---------------------------------------------------------

def report(kind: str, time: date | None = None, **values: set[str]) -> Report:
    made = Report(f"r-{kind}-{len(values)}-{time}", kind, kind, 0, time)
    for name, value in values.items():
        made.values[name] = set(value)
    return made


def occurrence(*reports: Report, iri: str = "o") -> Occurrence:
    made = Occurrence(iri, "label", reports[0].kind, True)
    for one in reports:
        made.add(one)
    return made


JULY_9 = date(2021, 7, 9)


def test_meetings_match_on_shared_participants_but_never_a_call_with_a_visit():
    talks = occurrence(report("meeting", JULY_9, participant={"a", "b"}, meetingType={"mt/Talks"}))
    assert same_event(report("meeting", participant={"a", "b", "c"}, meetingType={"mt/Visit"}), talks)
    assert not same_event(report("meeting", participant={"a", "c"}), talks)  # one in common
    call = report("meeting", participant={"a", "b"},
                  meetingType={"https://w3id.org/newskg/ontology/meeting-type/PhoneCall"})
    assert not same_event(call, talks)


def test_quotes_match_without_case_punctuation_or_whitespace_and_when_one_holds_the_other():
    said = occurrence(report("statement", speaker={"s"}, quote={"Russia and India will work together."}))
    assert same_event(report("statement", speaker={"s"}, quote={"russia  and india WILL work together!"}), said)
    assert same_event(report("statement", speaker={"s"}, quote={"India will work"}), said)
    assert not same_event(report("statement", speaker={"s"}, quote={"India"}), said)  # too short to tell
    assert not same_event(report("statement", speaker={"t"}, quote={"Russia and India will work together"}), said)
    assert normalise_quote("“Peace,” he said.") == "peace he said"


def test_actions_match_on_actor_type_and_place_when_both_name_one():
    deployed = occurrence(report("action", JULY_9, actor={"x"}, actionType={"Deployment"}, place={"p"}))
    assert same_event(report("action", actor={"x"}, actionType={"Deployment"}), deployed)
    assert not same_event(report("action", actor={"x"}, actionType={"Deployment"}, place={"q"}), deployed)
    assert not same_event(report("action", actor={"x"}, actionType={"Attack"}), deployed)
    assert not same_event(report("action", actionType={"Deployment"}), deployed)  # no actor: no key


def test_time_picks_the_nearest_event_and_an_undated_report_joins_only_an_unambiguous_one():
    def talks(day: date, iri: str) -> Occurrence:
        return occurrence(report("meeting", day, participant={"a", "b"}), iri=iri)

    july, later = talks(JULY_9, "july"), talks(date(2021, 7, 12), "later")
    october = talks(date(2021, 10, 13), "october")
    assert best_match(report("meeting", date(2021, 7, 10), participant={"a", "b"}), [later, july, october]) is july
    assert best_match(report("meeting", date(2021, 7, 20), participant={"a", "b"}), [july, october]) is None
    assert best_match(report("meeting", None, participant={"a", "b"}), [july]) is july
    assert best_match(report("meeting", None, participant={"a", "b"}), [july, october]) is None


REPORTS_IN_SPARQL = """PREFIX kg: <https://w3id.org/newskg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT * WHERE {
    VALUES ?class { kg:Meeting kg:Statement kg:MilitaryAction }
    ?report a ?class ; rdfs:label ?label ; kg:startOffset ?start .
    OPTIONAL { ?report kg:date ?date }
    OPTIONAL { ?report prov:wasDerivedFrom/dcterms:date ?published }
    OPTIONAL { VALUES ?property { kg:participant kg:meetingType kg:speaker kg:quote kg:actor kg:actionType kg:place }
               ?report ?property ?value }
}"""


def reports_in_sparql(graph: ox.Store) -> list[tuple]:
    """The reports as the writer read them with SPARQL before they came from the worker's triples."""
    reports: dict[str, tuple] = {}
    for row in graph.query(REPORTS_IN_SPARQL):
        when = row["date"] or row["published"]
        iri = row["report"].value
        reports.setdefault(iri, (int(row["start"].value), iri, row["class"].value.rsplit("#", 1)[1], row["label"].value,
                                 when.value if when is not None else None, set()))
        if row["property"] is not None:
            reports[iri][5].add((row["property"].value.rsplit("#", 1)[1], row["value"].value))
    return sorted(reports.values(), key=lambda report: report[:2])


def test_the_reports_read_from_the_triples_are_those_sparql_reads(built):
    kinds, read = {"meeting": "Meeting", "statement": "Statement", "action": "MilitaryAction"}, 0
    for iri in built.articles():
        quads = [quad for quad in built.article_quads(iri) if quad.predicate.value != str(KG.reportOf)]
        graph = ox.Store()
        graph.extend(ox.Quad(quad.subject, quad.predicate, quad.object) for quad in quads)
        mine = [(report.start, report.iri, kinds[report.kind], report.label,
                 report.time.isoformat() if report.time else None,
                 {(name, value) for name, values in report.values.items() for value in values})
                for report in article_reports([(quad.subject, quad.predicate, quad.object) for quad in quads])]
        assert mine == reports_in_sparql(graph), iri
        read += len(mine)
    assert read > 0
