"""The home page, /healthz, cross-cutting headers (CORS, Vary) and what the web app must never import."""
from __future__ import annotations

import json
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
import requests
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF

from kg.config import load
from kg.namespaces import KG
from kg.store import Store
from kg.web import create_app
from kg.web.pages import read_queries

REPO = Path(__file__).resolve().parents[1]
QUERIES = sorted((REPO / "queries").glob("*.rq"))
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


class Page(HTMLParser):
    """Links in order, table rows as lists of cell texts, and the page's text."""

    def __init__(self, html: str):
        super().__init__()
        self.hrefs: list[str] = []
        self.rows: list[list[str]] = []
        self.texts: list[str] = []
        self._cell: list[str] | None = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.hrefs.append(dict(attrs)["href"])
        elif tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append("".join(self._cell).strip())
            self._cell = None

    def handle_data(self, data):
        self.texts.append(data)
        if self._cell is not None:
            self._cell.append(data)

    @property
    def text(self) -> str:
        return " ".join(" ".join(self.texts).split())


def home(base_url: str) -> Page:
    response = requests.get(base_url + "/", timeout=10)
    assert response.status_code == 200 and response.headers["Content-Type"].startswith("text/html")
    return Page(response.text)


def test_home_says_what_the_dataset_holds(live_server, small_articles):
    page = home(live_server)
    union = Graph()
    for graph in small_articles.values():
        union += graph
    assert f"2 articles, {len(union)} triples" in page.text
    counts = {row[0]: int(row[1]) for row in page.rows if len(row) == 2 and row[1].isdigit()}
    assert counts["Person"] == 2 and counts["Meeting"] == 1 and counts["Statement"] == 1
    assert counts["Article"] == 2 and counts["schema:NewsArticle"] == 2
    assert "/ontology#Person" in page.hrefs


def test_home_links_the_linked_data(live_server):
    hrefs = home(live_server).hrefs
    for path in ("/sparql", "/dumps/", "/.well-known/void", "/ontology", "/ns/context.jsonld",
                 "/id/article/jaishankar-meets-lavrov", "/id/actor/Q58217"):
        assert path in hrefs, path
        assert requests.get(live_server + path, timeout=10).status_code == 200, path


def test_home_shows_every_competency_question_one_click_from_its_results(start_server, seeds_store):
    """Each queries/*.rq is on the page; its links answer with the rows the query gives on the store."""
    base_url = start_server(seeds_store)
    page = home(base_url)
    assert len(QUERIES) >= 5
    for path in QUERIES:
        text = path.read_text(encoding="utf-8")
        question = text.splitlines()[0].split(":", 1)[1].strip()
        assert question in page.text, path.name
        expected = seeds_store.oxigraph.query(text, use_default_graph_as_union=True)
        names = [variable.value for variable in expected.variables]
        expected_rows = sorted(json.dumps({n: row[n].value for n in names if row[n] is not None}) for row in expected)
        links = [href for href in page.hrefs if href.startswith("/sparql?") and requests.utils.unquote(
            href.replace("+", " ")).count(question) == 1]
        assert {link.rsplit("format=", 1)[1] for link in links} == {"html", "json", "csv"}, path.name
        for link in links:
            answer = requests.get(base_url + link, timeout=30)
            assert answer.status_code == 200, (path.name, answer.text)
            if link.endswith("format=json"):
                rows = [json.dumps({n: term["value"] for n, term in row.items()})
                        for row in answer.json()["results"]["bindings"]]
                assert sorted(rows) == expected_rows and rows, path.name
            elif link.endswith("format=html"):
                assert answer.headers["Content-Type"].startswith("text/html")
                assert len(Page(answer.text).rows) == len(expected_rows) + 1  # a header row, then one per result


def test_queries_folder_comes_from_the_app(tmp_path, small_store):
    (tmp_path / "only.rq").write_text("# Question: Is anything there?\nASK { ?s ?p ?o }\n", encoding="utf-8")
    assert [query.question for query in read_queries(tmp_path)] == ["Is anything there?"]
    client = create_app(load(), small_store, queries_dir=tmp_path).test_client()
    page = Page(client.get("/").get_data(as_text=True))
    assert "Is anything there?" in page.text and "Who met whom" not in page.text
    assert read_queries(tmp_path / "missing") == []


def test_home_escapes_article_text(start_server):
    store = Store(None)
    graph, article = Graph(), URIRef("https://w3id.org/newskg/id/article/tricky")
    graph.add((article, RDF.type, KG.Article))
    graph.add((article, DCTERMS.title, Literal('<img src=x onerror="alert(1)"> & co')))
    store.replace_article(str(article), graph)
    response = requests.get(start_server(store) + "/", timeout=10)
    assert "<img" not in response.text and "&lt;img src=x onerror=&#34;alert(1)&#34;&gt; &amp; co" in response.text


def test_empty_store(start_server):
    base_url = start_server(Store(None))
    assert "0 articles, 0 triples" in home(base_url).text
    assert requests.get(base_url + "/.well-known/void", timeout=10).status_code == 200
    assert requests.get(base_url + "/dumps/newskg.jsonld", timeout=10).json()["@graph"] == []


def test_healthz(live_server, small_store):
    response = requests.get(live_server + "/healthz", timeout=10)
    assert response.json() == {"status": "ok", "triples": len(small_store), "articles": 2}


def test_the_state_is_read_once_per_write_and_again_after_each(start_server, small_articles):
    """The state (checksums and a count of every quad) is not re-read per request, yet never stale."""
    store = Store(None)
    (first, graph), (second, other) = small_articles.items()
    store.replace_article(first, graph)
    base_url = start_server(store)
    before = requests.get(base_url + "/healthz", timeout=10).json()
    etag = requests.get(base_url + "/dumps/newskg.nt", timeout=10).headers["ETag"]
    generation = store.generation
    for _ in range(3):
        assert requests.get(base_url + "/healthz", timeout=10).json() == before
    assert store.generation == generation  # reading changed nothing
    store.replace_article(second, other)
    after = requests.get(base_url + "/healthz", timeout=10).json()
    assert (before["articles"], after["articles"]) == (1, 2) and after["triples"] == len(store) > before["triples"]
    assert requests.get(base_url + "/dumps/newskg.nt", timeout=10).headers["ETag"] != etag
    store.oxigraph.update(f"DROP GRAPH <{second}>")  # a write below the Store interface is seen too
    assert requests.get(base_url + "/healthz", timeout=10).json() == before


@pytest.mark.parametrize("path", ["/", "/dumps/", "/dumps/newskg.ttl", "/.well-known/void", "/ontology",
                                  "/id/actor/Q58217", "/ns/context.jsonld", "/no/such/page"])
def test_any_origin_may_read_and_caches_key_on_accept(live_server, path):
    response = requests.get(live_server + path, timeout=10)
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert "Accept" in response.headers["Vary"]
    assert "ETag" in response.headers["Access-Control-Expose-Headers"]


def test_browser_errors_are_pages_and_others_json(live_server):
    page = requests.get(live_server + "/no/such/page", headers={"Accept": BROWSER}, timeout=10)
    assert page.status_code == 404 and page.headers["Content-Type"].startswith("text/html")
    assert "KG404" in Page(page.text).text
    data = requests.get(live_server + "/no/such/page", headers={"Accept": "application/json"}, timeout=10)
    assert data.json()["error"] == {"code": "KG404", "status": 404, "message": data.json()["error"]["message"]}


def test_the_web_app_never_imports_spacy_or_the_extractor():
    """Serve every kind of page in a fresh interpreter, then look at what got imported."""
    script = """
import sys
import pyoxigraph as ox
from kg.config import load
from kg.store import Store
from kg.web import create_app
store = Store(None)
store.oxigraph.add(ox.Quad(ox.NamedNode("https://w3id.org/newskg/id/actor/x"), ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), ox.Literal("x"), ox.NamedNode("https://w3id.org/newskg/id/article/a")))
client = create_app(load(), store).test_client()
for path in ["/", "/healthz", "/sparql", "/sparql?query=ASK{}", "/dumps/", "/dumps/newskg.ttl", "/.well-known/void",
             "/ontology", "/id/actor/x", "/ns/context.jsonld", "/query", "/search?q=x"]:
    assert client.get(path, headers={"Accept": "text/html,*/*;q=0.8"}).status_code == 200, path
print(sorted(name for name in sys.modules if name.split(".")[0] in ("spacy", "thinc") or name.startswith("kg.extract")))
"""
    result = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
