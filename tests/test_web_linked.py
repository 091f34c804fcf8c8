"""Dereferenceable IRIs over real HTTP: ``/id/…`` as HTML for browsers and RDF by Accept or suffix.

RDF answers are parsed back and compared with the store's triples about the IRI (isomorphism);
HTML answers are checked for what a reader needs (label, types, Wikidata, facts with evidence and
article, links in and out) and for escaping of everything that comes from articles.
"""
from __future__ import annotations

from html.parser import HTMLParser

import pytest
import requests
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.compare import to_isomorphic
from rdflib.namespace import PROV, RDF, RDFS

from kg.config import load
from kg.namespaces import KG
from kg.store import Store

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's JSON-LD parser

BASE = "https://w3id.org/newskg/"
ID = Namespace(BASE + "id/")
LAVROV = ID["actor/Q58217"]
MEETING_ARTICLE = ID["article/jaishankar-meets-lavrov"]
STATEMENT_ARTICLE = ID["article/lavrov-on-afghanistan"]
MENTION = ID["mention/jaishankar-meets-lavrov-44-57"]
ROLE = URIRef(str(LAVROV) + "/role/foreign-minister-1a2b")
MOSCOW = ID["place/Q649"]
MEETING = ID["event/meeting-1"]
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
RDF_FORMATS = {"text/turtle": "turtle", "application/ld+json": "json-ld", "application/n-triples": "nt",
               "application/rdf+xml": "xml"}
SUFFIXES = {"ttl": "turtle", "jsonld": "json-ld", "nt": "nt", "rdf": "xml"}
TRICKY = 'Lavrov said <script>alert("x")</script> & <b>left</b>.'


@pytest.fixture
def linked_articles(small_articles) -> dict[str, Graph]:
    """``small_articles`` plus a mention, a role and a place, and a sentence with markup in it."""
    graph = small_articles[str(MEETING_ARTICLE)]
    graph.add((MENTION, RDF.type, KG.Mention))
    graph.add((MENTION, KG.mentionOf, LAVROV))
    graph.add((MENTION, KG.surfaceForm, Literal("Sergey Lavrov")))
    graph.add((MENTION, KG.evidence, Literal(TRICKY)))
    graph.add((MENTION, PROV.wasDerivedFrom, MEETING_ARTICLE))
    graph.add((LAVROV, KG.role, ROLE))
    graph.add((ROLE, RDF.type, KG.Role))
    graph.add((ROLE, RDFS.label, Literal("Foreign Minister")))
    graph.add((MOSCOW, RDF.type, KG.Place))
    graph.add((MOSCOW, RDFS.label, Literal("Moscow")))
    graph.add((MEETING, KG.place, MOSCOW))
    return small_articles


@pytest.fixture
def linked_server(start_server, linked_articles) -> str:
    store = Store(None)
    for iri, graph in linked_articles.items():
        store.replace_article(iri, graph)
    return start_server(store)


def about(articles: dict[str, Graph], iri: URIRef) -> Graph:
    """What the union graph says with ``iri`` as subject or object."""
    graph = Graph()
    for article in articles.values():
        for triple in article:
            if iri in (triple[0], triple[2]):
                graph.add(triple)
    return graph


def local(iri: URIRef) -> str:
    return "/" + str(iri)[len(BASE):]


def get(base_url: str, path: str, accept: str | None = None) -> requests.Response:
    return requests.get(base_url + path, headers={"Accept": accept} if accept else {}, timeout=10)


class Page(HTMLParser):
    """The links (href -> the texts of the links to it) and the text of an HTML page."""

    def __init__(self, html: str):
        super().__init__()
        self.links: dict[str, list[str]] = {}
        self.text: list[str] = []
        self._href: str | None = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self._href = dict(attrs).get("href")
            self.links.setdefault(self._href, []).append("")

    def handle_endtag(self, tag):
        if tag == "a":
            self._href = None

    def handle_data(self, data):
        self.text.append(data)
        if self._href is not None:
            self.links[self._href][-1] += data

    @property
    def all_text(self) -> str:
        return " ".join(" ".join(self.text).split())


# --- RDF ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("accept", list(RDF_FORMATS))
def test_rdf_by_accept(linked_server, linked_articles, accept):
    response = get(linked_server, local(LAVROV), accept)
    assert response.status_code == 200 and response.headers["Content-Type"].startswith(accept)
    assert "Accept" in response.headers["Vary"]
    graph = Graph().parse(data=response.text, format=RDF_FORMATS[accept])
    assert to_isomorphic(graph) == to_isomorphic(about(linked_articles, LAVROV))


@pytest.mark.parametrize("suffix", list(SUFFIXES))
def test_rdf_by_suffix_wins_over_accept(linked_server, linked_articles, suffix):
    response = get(linked_server, f"{local(LAVROV)}.{suffix}", BROWSER)
    assert response.status_code == 200
    graph = Graph().parse(data=response.text, format=SUFFIXES[suffix])
    assert to_isomorphic(graph) == to_isomorphic(about(linked_articles, LAVROV))


def test_turtle_for_clients_that_take_anything(linked_server):
    response = get(linked_server, local(LAVROV))
    assert response.headers["Content-Type"].startswith("text/turtle")
    assert response.headers["Content-Location"] == local(LAVROV) + ".ttl"
    assert f'<{local(LAVROV)}.jsonld>; rel="alternate"; type="application/ld+json"' in response.headers["Link"]


@pytest.mark.parametrize("iri", [MEETING_ARTICLE, MEETING, MENTION, ROLE, MOSCOW, ID["actor/Q16186720"]],
                         ids=["article", "event", "mention", "role", "place", "actor"])
def test_every_kind_of_iri_resolves(linked_server, linked_articles, iri):
    response = get(linked_server, local(iri), "text/turtle")
    assert response.status_code == 200, response.text
    graph = Graph().parse(data=response.text, format="turtle")
    assert to_isomorphic(graph) == to_isomorphic(about(linked_articles, iri))
    assert get(linked_server, local(iri), BROWSER).headers["Content-Type"].startswith("text/html")


def test_every_minted_iri_of_the_seeds_resolves(start_server, seeds_store):
    """Every IRI under <base>id/ in the real seeds graph (actors, places, events, articles, mentions,
    roles, quantities) answers 200 with triples about it."""
    base_url = start_server(seeds_store)
    rows = seeds_store.oxigraph.query(
        f'SELECT DISTINCT ?x WHERE {{ {{ ?x ?p ?o }} UNION {{ ?s ?p ?x }} FILTER STRSTARTS(STR(?x), "{ID}") }}',
        use_default_graph_as_union=True)
    iris = [row["x"].value for row in rows]
    kinds = {iri[len(str(ID)):].split("/")[0] for iri in iris}
    assert {"actor", "place", "event", "article", "mention"} <= kinds
    assert any("/role/" in iri for iri in iris)
    with requests.Session() as session:
        for iri in iris:
            response = session.get(base_url + "/" + iri[len(BASE):], headers={"Accept": "application/n-triples"},
                                   timeout=10)
            assert response.status_code == 200, iri
            assert f"<{iri}>" in response.text


# --- HTML --------------------------------------------------------------------------------------

def test_html_page_of_an_actor(linked_server):
    response = get(linked_server, local(LAVROV), BROWSER)
    assert response.status_code == 200 and response.headers["Content-Type"].startswith("text/html")
    page = Page(response.text)
    assert "<h1>Sergey Lavrov</h1>" in response.text
    assert "Person" in page.links["/ontology#Person"]
    assert "Wikidata Q58217" in page.links["http://www.wikidata.org/entity/Q58217"]
    # facts: the meeting (participant) and the statement (speaker), each with evidence and article
    assert page.links[local(MEETING)] and page.links[local(ID["event/statement-1"])]
    assert "EAM Jaishankar met Russian Foreign Minister Sergey Lavrov in Moscow on Monday." in page.all_text
    assert "The situation in Afghanistan is deteriorating." in page.all_text
    assert "Jaishankar meets Lavrov" in page.links[local(MEETING_ARTICLE)]
    assert "Lavrov on Afghanistan" in page.links[local(STATEMENT_ARTICLE)]
    # links out (the role) and in (the mention)
    assert page.links[local(ROLE)] == ["Foreign Minister"]
    assert page.links[local(MENTION)] == ["Sergey Lavrov"]
    for suffix in SUFFIXES:
        assert f"{local(LAVROV)}.{suffix}" in page.links


def test_html_page_of_a_meeting_links_its_participants_and_place(linked_server):
    page = Page(get(linked_server, local(MEETING), BROWSER).text)
    assert page.links[local(LAVROV)] == ["Sergey Lavrov"]
    assert page.links[local(ID["actor/Q16186720"])] == ["S. Jaishankar"]
    assert page.links[local(MOSCOW)] == ["Moscow"]
    assert "/ontology/meeting-type/Talks" in page.links


def test_html_suffix(linked_server):
    response = get(linked_server, local(MOSCOW) + ".html", "text/turtle")
    assert response.headers["Content-Type"].startswith("text/html") and "<h1>Moscow</h1>" in response.text


def test_no_script_links_from_article_data(start_server, small_articles):
    """An article's URL is whatever its input said: a javascript: IRI must not become a link."""
    graph = small_articles[str(MEETING_ARTICLE)]
    graph.add((MEETING_ARTICLE, URIRef("https://schema.org/url"), URIRef("javascript:alert(1)")))
    store = Store(None)
    store.replace_article(str(MEETING_ARTICLE), graph)
    html = get(start_server(store), local(MEETING_ARTICLE), BROWSER).text
    assert "javascript:alert(1)" in Page(html).all_text  # shown, as text
    assert 'href="javascript:' not in html


def test_article_text_is_escaped(linked_server):
    html = get(linked_server, local(MENTION), BROWSER).text
    assert "<script>" not in html and "<b>left</b>" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &lt;b&gt;left&lt;/b&gt;" in html
    assert TRICKY in Page(html).all_text


# --- not found -----------------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/id/actor/Q1", "/id/actor/Q58217.pdf", "/id/actor/Q58217/x",
                                  "/id/actor/%3E%20%7B", "/id/actor/a%22b", "/id/"])
def test_unknown_iri_is_404_json(linked_server, path):
    response = get(linked_server, path)
    assert response.status_code == 404
    error = response.json()["error"]
    assert error["code"] == "KG404" and error["status"] == 404


def test_unknown_iri_is_an_html_404_for_browsers(linked_server):
    response = get(linked_server, "/id/actor/Q1", BROWSER)
    assert response.status_code == 404 and response.headers["Content-Type"].startswith("text/html")
    assert "not in the graph" in response.text


def test_unacceptable_is_406(linked_server):
    assert get(linked_server, local(LAVROV), "image/png").status_code == 406


# --- the base IRI --------------------------------------------------------------------------------

def test_also_served_under_the_base_path(linked_server, linked_articles):
    """``/newskg/id/…`` (the server mounted at the base IRI's path) is the same resource."""
    response = get(linked_server, "/newskg" + local(LAVROV), "application/n-triples")
    assert response.status_code == 200
    assert to_isomorphic(Graph().parse(data=response.text, format="nt")) == to_isomorphic(about(linked_articles, LAVROV))


def test_another_base_iri(start_server):
    base = "https://example.org/kg/"
    store = Store(None)
    graph = Graph()
    person = URIRef(base + "id/actor/Q1")
    graph.add((person, RDF.type, KG.Person))
    graph.add((person, RDFS.label, Literal("Someone")))
    store.replace_article(base + "id/article/a", graph)
    base_url = start_server(store, load(base_iri=base))
    for path in ("/id/actor/Q1", "/kg/id/actor/Q1"):
        response = get(base_url, path, BROWSER)
        assert response.status_code == 200 and "<h1>Someone</h1>" in response.text
        assert "Person" in Page(response.text).links["/ontology#Person"]
    assert get(base_url, "/newskg/id/actor/Q1").status_code == 404


# --- real clients ----------------------------------------------------------------------------------

def test_rdflib_dereferences_the_iri(linked_server, linked_articles):
    """rdflib fetching a URL sends its own Accept header and picks the parser from the Content-Type."""
    graph = Graph().parse(linked_server + local(LAVROV))
    assert to_isomorphic(graph) == to_isomorphic(about(linked_articles, LAVROV))


def test_jsonld_answers_use_the_published_context(linked_server):
    document = get(linked_server, local(LAVROV), "application/ld+json").json()
    context = requests.get(linked_server + "/ns/context.jsonld", timeout=10).json()["@context"]
    assert document["@context"] == context
    construct = requests.get(linked_server + "/sparql", params={"query": "CONSTRUCT WHERE { ?s a ?o }"},
                             headers={"Accept": "application/ld+json"}, timeout=10).json()
    assert construct["@context"] == context
