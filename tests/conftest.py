"""Shared fixtures. Keep this file small: add a fixture here only when several test modules need it.

* ``small_articles`` two hand-made article graphs following docs/vocabulary.md, by article IRI:
                   ARTICLE_1 a meeting of two persons linked to Wikidata, ARTICLE_2 a statement.
* ``small_store``  an in-memory :class:`kg.store.Store` holding ``small_articles``.
* ``start_server`` a factory: ``start_server(store, config=None) -> base URL`` of the real app served
  by waitress on a free loopback port; every server it started is closed at teardown.
* ``live_server``  ``start_server(small_store)``: the base URL (no trailing slash) to talk HTTP to.
* ``seeds_store``  an in-memory store built by the real pipeline from ``seeds/`` (once per session).
* ``read_article`` ``read_article(text, published) -> Extraction``: one article through the real extractor
                   (model loaded once per session), facts kept above the configured threshold.
"""
from __future__ import annotations

import functools
import threading
import time
from collections.abc import Callable, Iterator

import pytest
import requests
import waitress
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS
from waitress import wasyncore

from pathlib import Path

from kg.build import build
from kg.config import Config, load
from kg.namespaces import KG, MEETING_TYPES, SCHEMA, WD
from kg.store import Store
from kg.web import create_app

BASE = "https://w3id.org/newskg/id/"
ARTICLE_1 = BASE + "article/jaishankar-meets-lavrov"  # a meeting of two linked persons
ARTICLE_2 = BASE + "article/lavrov-on-afghanistan"  # a statement
JAISHANKAR = URIRef(BASE + "actor/Q16186720")
LAVROV = URIRef(BASE + "actor/Q58217")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")  # a plain Namespace: rdflib's XSD warns when pytest probes it


def _person(graph: Graph, actor: URIRef, label: str, qid: str, article: URIRef) -> None:
    graph.add((actor, RDF.type, KG.Actor))
    graph.add((actor, RDF.type, KG.Person))
    graph.add((actor, RDFS.label, Literal(label)))
    graph.add((actor, OWL.sameAs, WD[qid]))
    graph.add((actor, PROV.wasDerivedFrom, article))


def _article(iri: str, title: str, body: str) -> tuple[Graph, URIRef]:
    graph, article = Graph(), URIRef(iri)
    graph.add((article, RDF.type, KG.Article))
    graph.add((article, RDF.type, SCHEMA.NewsArticle))
    graph.add((article, DCTERMS.title, Literal(title)))
    graph.add((article, DCTERMS.date, Literal("2021-07-06", datatype=XSD.date)))
    graph.add((article, SCHEMA.articleBody, Literal(body)))
    graph.add((article, DCTERMS.language, Literal("en")))
    return graph, article


def _event(graph: Graph, event: URIRef, kind: URIRef, label: str, sentence: str, article: URIRef) -> None:
    for rdf_type in (KG.Event, SCHEMA.Event, kind):
        graph.add((event, RDF.type, rdf_type))
    graph.add((event, RDFS.label, Literal(label)))
    graph.add((event, KG.evidence, Literal(sentence)))
    graph.add((event, PROV.wasDerivedFrom, article))
    graph.add((event, KG.startOffset, Literal(0)))
    graph.add((event, KG.endOffset, Literal(len(sentence))))
    graph.add((event, KG.confidence, Literal("0.9", datatype=XSD.decimal)))


def _article_graphs() -> dict[str, Graph]:
    body = "EAM Jaishankar met Russian Foreign Minister Sergey Lavrov in Moscow on Monday."
    meeting_graph, article = _article(ARTICLE_1, "Jaishankar meets Lavrov", body)
    _person(meeting_graph, JAISHANKAR, "S. Jaishankar", "Q16186720", article)
    _person(meeting_graph, LAVROV, "Sergey Lavrov", "Q58217", article)
    meeting = URIRef(BASE + "event/meeting-1")
    _event(meeting_graph, meeting, KG.Meeting, "S. Jaishankar meets Sergey Lavrov", body, article)
    meeting_graph.add((meeting, KG.participant, JAISHANKAR))
    meeting_graph.add((meeting, KG.participant, LAVROV))
    meeting_graph.add((meeting, KG.meetingType, MEETING_TYPES.Talks))
    meeting_graph.add((meeting, KG.status, Literal("held")))

    body = 'Lavrov said: "The situation in Afghanistan is deteriorating."'
    statement_graph, article = _article(ARTICLE_2, "Lavrov on Afghanistan", body)
    _person(statement_graph, LAVROV, "Sergey Lavrov", "Q58217", article)
    statement = URIRef(BASE + "event/statement-1")
    _event(statement_graph, statement, KG.Statement, "Sergey Lavrov on Afghanistan", body, article)
    statement_graph.add((statement, KG.speaker, LAVROV))
    statement_graph.add((statement, KG.quote, Literal("The situation in Afghanistan is deteriorating.")))
    statement_graph.add((statement, KG.statementMode, Literal("direct")))
    return {ARTICLE_1: meeting_graph, ARTICLE_2: statement_graph}


@pytest.fixture
def small_articles() -> dict[str, Graph]:
    """The articles of ``small_store``: tests compare answers against these."""
    return _article_graphs()


@pytest.fixture
def small_store(small_articles) -> Store:
    store = Store(None)
    for iri, graph in small_articles.items():
        store.replace_article(iri, graph)
    return store


@pytest.fixture
def start_server() -> Iterator[Callable[..., str]]:
    """Start the real app under waitress on 127.0.0.1:<free port>; returns its base URL once /healthz answers."""
    stops: list[Callable[[], None]] = []

    def start(store: Store, config: Config | None = None) -> str:
        app = create_app(config or load(), store)
        sockets: dict = {}
        server = waitress.create_server(app, host="127.0.0.1", port=0, threads=4, map=sockets)
        thread = threading.Thread(target=server.run, name="waitress-test", daemon=True)
        thread.start()

        def stop() -> None:
            server.task_dispatcher.shutdown()
            # Close every socket from inside the loop's own thread; server.run returns once none is left.
            try:
                server.trigger.pull_trigger(lambda: wasyncore.close_all(sockets))
            except OSError:  # the trigger's pipe was found closed (EBADF, twice in full runs, cause unknown): close from here
                wasyncore.close_all(sockets, ignore_all=True)
            thread.join(timeout=5)

        stops.append(stop)
        base_url = f"http://127.0.0.1:{server.effective_port}"
        _wait_until_ready(base_url)
        return base_url

    yield start
    for stop in stops:
        stop()


def _wait_until_ready(base_url: str, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            if requests.get(base_url + "/healthz", timeout=1).status_code == 200:
                return
        except requests.ConnectionError:
            pass
        if time.monotonic() > deadline:
            raise RuntimeError(f"the test server at {base_url} did not become ready")
        time.sleep(0.02)


@pytest.fixture
def live_server(start_server, small_store) -> str:
    return start_server(small_store)


ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def seeds_store() -> Store:
    store = Store(None)
    summary = build(ROOT / "seeds", store, load(), progress=False)
    assert summary.ok and len(summary.built) == 5, summary.describe()
    return store


@pytest.fixture(scope="module")
def read(read_article, request) -> Callable:
    """``read(text) -> Extraction`` of a one-off article published on the test module's ``PUBLISHED`` date, which
    relative dates ("on Monday") resolve against."""
    return functools.partial(read_article, published=request.module.PUBLISHED)


@pytest.fixture(scope="session")
def read_article() -> Callable:
    """The extraction tests' reader: spaCy is imported here, not at the top, so web tests never load it."""
    import warnings

    from kg import gazetteer as gazetteer_module
    from kg.extract import extract
    from kg.extract import nlp as nlp_module
    from kg.records import Article

    settings = load()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # spaCy's model-version notes are not under test here
        nlp = nlp_module.load("", settings.gazetteer)
    gazetteer = gazetteer_module.load(settings.gazetteer)

    def read(text: str, published):
        article = Article(identity="t.txt", text=text, published=published)
        return extract(article, nlp, gazetteer, settings.min_confidence)

    return read
