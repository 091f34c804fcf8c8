"""Event and occurrence pages show the other articles that report the same event, and where they differ.

The articles of tests/data/identity/ (a meeting planned by one outlet and reported held by two, one
giving another day and a third participant; a deployment of 20,000, 15,000 and "thousands" of
troops; a quote two outlets give alike) are built by the real pipeline and served by the real app.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.build import build
from kg.config import load
from kg.store import Store
from kg.web.links import local_href
from test_web_browse import html

ARTICLES = Path(__file__).resolve().parent / "data" / "identity"
PREFIXES = "PREFIX kg: <https://w3id.org/newskg/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"


@pytest.fixture(scope="module")
def store() -> Store:
    store = Store(None)
    summary = build(ARTICLES, store, load(), progress=False)
    assert summary.ok, summary.describe()
    return store


@pytest.fixture
def server(start_server, store) -> str:
    return start_server(store)


def path(iri: str) -> str:
    return local_href(iri, load().base_iri)


def reports_of(store: Store, label_start: str) -> tuple[str, list[str]]:
    """The most reported occurrence whose label starts so, and its reports."""
    rows = store.query(f"""{PREFIXES}SELECT ?o ?r WHERE {{ GRAPH ?g {{ ?r kg:reportOf ?o . ?o rdfs:label ?l }}
        FILTER STRSTARTS(?l, "{label_start}") }} ORDER BY ?r""")
    by_occurrence: dict[str, list[str]] = {}
    for row in rows:
        by_occurrence.setdefault(row["o"].value, []).append(row["r"].value)
    return max(by_occurrence.items(), key=lambda item: len(item[1]))


def report_table(page) -> list[list[str]]:
    header = page.rows.index(["Published", "Outlet", "Article", "Report", "Event date", "Quantities", "Participants"])
    return page.rows[header + 1:header + 1 + 10]


def test_a_meeting_page_lists_the_three_articles_and_the_aspects_they_disagree_on(store, server):
    occurrence, reports = reports_of(store, "Meeting")
    assert len(reports) == 3
    text, page = html(server, path(reports[0]))
    assert "Reported by 3 articles from 3 outlets" in page.text
    assert "The sources disagree on: event date, participants" in page.text
    rows = [row for row in report_table(page) if len(row) == 7]
    assert [row[1] for row in rows] == ["The Northern Ledger", "Eastern Wire", "Capital Courier"]  # by publication
    assert [row[4] for row in rows] == ["", "2021-07-09", "2021-07-08"]
    assert "Yuri Borisov" in rows[2][6] and "Yuri Borisov" not in rows[1][6]
    assert sum("(this page)" in row[3] for row in rows) == 1
    assert path(occurrence) in page.links and all(path(report) in page.links for report in reports)


def test_a_deployment_reported_with_two_numbers_is_flagged_on_the_number(store, server):
    _, reports = reports_of(store, "Deployment")
    _, page = html(server, path(reports[-1]))
    assert "Reported by 3 articles from 3 outlets" in page.text
    assert "The sources disagree on: quantity (troops)" in page.text
    quantities = sorted(row[5] for row in report_table(page) if len(row) == 7)
    assert quantities == ["", "15000 troops", "20000 troops"]


def test_a_quote_two_outlets_give_alike_is_corroborated_without_disagreement(store, server):
    _, reports = reports_of(store, "Statement")
    _, page = html(server, path(reports[0]))
    assert "Reported by 2 articles from 2 outlets" in page.text and "disagree" not in page.text


def test_the_occurrence_page_lists_every_report(store, server):
    occurrence, reports = reports_of(store, "Meeting")
    _, page = html(server, path(occurrence))
    assert "Reported by 3 articles from 3 outlets" in page.text
    assert all(path(report) in page.links for report in reports)
    assert "(this page)" not in page.text


def test_an_actor_page_has_no_report_table(store, server):
    (row,) = store.query(f"""{PREFIXES}SELECT DISTINCT ?a WHERE {{ GRAPH ?g {{ ?m kg:participant ?a .
        ?a rdfs:label "Yuri Borisov" }} }}""")
    _, page = html(server, path(row["a"].value))
    assert "Reported by" not in page.text
