"""Pages for people, over real HTTP and without JavaScript: search, the query page, an entity's timeline and
network, an event's sentence in its article, an article's marked-up text. (tests/test_browser.py drives the
same pages in a real browser.)"""
from __future__ import annotations

import json
import re
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest
import requests
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from kg.namespaces import KG
from kg.store import Store

from conftest import ARTICLE_1, ARTICLE_2, BASE, JAISHANKAR, LAVROV, _article, _person

REPO = Path(__file__).resolve().parents[1]
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
MOSCOW = URIRef(BASE + "place/Q649")
CAVUSOGLU = URIRef(BASE + "actor/Q10961")
ARTICLE_3 = BASE + "article/cavusoglu"
TRICKY_QUOTE = '<script>window.pwned = 1</script> is no threat & never was'


def _mention(graph: Graph, body: str, words: str, entity: URIRef, article: str, start: int | None = None) -> URIRef:
    start = body.index(words) if start is None else start
    mention = URIRef(f"{BASE}mention/{article.rsplit('/', 1)[1]}-{start}-{start + len(words)}")
    graph.add((mention, RDF.type, KG.Mention))
    graph.add((mention, KG.mentionOf, entity))
    graph.add((mention, KG.surfaceForm, Literal(words)))
    graph.add((mention, KG.evidence, Literal(body)))
    graph.add((mention, PROV.wasDerivedFrom, URIRef(article)))
    graph.add((mention, KG.startOffset, Literal(start)))
    graph.add((mention, KG.endOffset, Literal(start + len(words))))
    return mention


@pytest.fixture
def browse_articles(small_articles) -> dict[str, Graph]:
    """``small_articles`` with mentions (offsets into the bodies), a place, an alias, a third article whose
    actor has an accented name, and a quote with markup in it."""
    meeting = small_articles[ARTICLE_1]
    body = "EAM Jaishankar met Russian Foreign Minister Sergey Lavrov in Moscow on Monday."
    _mention(meeting, body, "EAM Jaishankar", JAISHANKAR, ARTICLE_1)
    _mention(meeting, body, "Sergey Lavrov", LAVROV, ARTICLE_1)
    _mention(meeting, body, "Moscow", MOSCOW, ARTICLE_1, start=3)  # offsets that do not point at the words
    meeting.add((MOSCOW, RDF.type, KG.Place))
    meeting.add((MOSCOW, RDFS.label, Literal("Moscow")))
    meeting.add((URIRef(BASE + "event/meeting-1"), KG.place, MOSCOW))
    meeting.add((LAVROV, SKOS.altLabel, Literal("Lavrov")))

    statement = small_articles[ARTICLE_2]
    statement.add((URIRef(BASE + "event/statement-1"), KG.about, JAISHANKAR))
    statement.add((JAISHANKAR, RDF.type, KG.Person))
    statement.add((JAISHANKAR, RDFS.label, Literal("S. Jaishankar")))

    body = f'Mevlüt Çavuşoğlu said: "{TRICKY_QUOTE}."'
    graph, article = _article(ARTICLE_3, "Çavuşoğlu <b>speaks</b>", body)
    _person(graph, CAVUSOGLU, "Mevlüt Çavuşoğlu", "Q10961", article)
    graph.add((CAVUSOGLU, SKOS.altLabel, Literal("Cavusoglu")))
    event = URIRef(BASE + "event/statement-2")
    for rdf_type in (KG.Event, KG.Statement):
        graph.add((event, RDF.type, rdf_type))
    graph.add((event, RDFS.label, Literal("Statement by Mevlüt Çavuşoğlu")))
    graph.add((event, KG.evidence, Literal(body)))
    graph.add((event, KG.quote, Literal(TRICKY_QUOTE)))
    graph.add((event, KG.speaker, CAVUSOGLU))
    graph.add((event, KG.about, LAVROV))
    graph.add((event, PROV.wasDerivedFrom, article))
    graph.add((event, KG.startOffset, Literal(0)))
    graph.add((event, KG.endOffset, Literal(len(body))))
    _mention(graph, body, "Mevlüt Çavuşoğlu", CAVUSOGLU, ARTICLE_3)
    return {**small_articles, ARTICLE_3: graph}


@pytest.fixture
def browse_store(browse_articles) -> Store:
    store = Store(None)
    for iri, graph in browse_articles.items():
        store.replace_article(iri, graph)
    return store


@pytest.fixture
def server(start_server, browse_store) -> str:
    return start_server(browse_store)


class Page(HTMLParser):
    """Links (href -> texts), elements by id, table rows (cell texts), the page's text."""

    def __init__(self, html: str):
        super().__init__()
        self.links: dict[str, list[str]] = {}
        self.ids: dict[str, dict[str, str]] = {}
        self.rows: list[list[str]] = []
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.texts: list[str] = []
        self._href: str | None = None
        self._cell: list[str] | None = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = {name: value or "" for name, value in attrs}
        self.tags.append((tag, attrs))
        if "id" in attrs:
            self.ids[attrs["id"]] = {"tag": tag, **attrs}
        if tag == "a":
            self._href = attrs.get("href")
            self.links.setdefault(self._href, []).append("")
        elif tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag):
        if tag == "a":
            self._href = None
        elif tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append(" ".join("".join(self._cell).split()))
            self._cell = None

    def handle_data(self, data):
        self.texts.append(data)
        if self._href is not None:
            self.links[self._href][-1] += data
        if self._cell is not None:
            self._cell.append(data)

    @property
    def text(self) -> str:
        return " ".join(" ".join(self.texts).split())


def html(base_url: str, path: str, **params) -> tuple[str, Page]:
    response = requests.get(base_url + path, params=params, headers={"Accept": BROWSER}, timeout=10)
    assert response.status_code == 200, response.text
    assert response.headers["Content-Type"].startswith("text/html")
    return response.text, Page(response.text)


def search(base_url: str, q: str, **params) -> requests.Response:
    return requests.get(base_url + "/search", params={"q": q, **params}, headers={"Accept": "application/json"},
                        timeout=10)


# --- search ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("q", ["Lavrov", "lavrov", "LAVRÓV", "  sergey   lavrov ", "Lavrov Sergey"])
def test_search_finds_an_actor_by_label_or_alias_whatever_the_case_and_accents(server, q):
    results = search(server, q).json()["results"]
    assert results[0]["iri"] == str(LAVROV) and results[0]["href"] == "/id/actor/Q58217"
    assert results[0]["label"] == "Sergey Lavrov" and results[0]["kind"] == "Person"


@pytest.mark.parametrize("q", ["cavusoglu", "ÇAVUŞOĞLU", "mevlut", "Mevlüt Çavuşoğlu"])
def test_search_folds_accents_of_the_names_too(server, q):
    first = search(server, q).json()["results"][0]
    assert first["iri"] == str(CAVUSOGLU) and first["label"] == "Mevlüt Çavuşoğlu"


def test_search_ranks_actors_first_then_events_and_articles(server):
    results = search(server, "lavrov").json()["results"]
    kinds = [result["kind"] for result in results]
    assert kinds[0] == "Person" and {"Meeting", "Statement", "Article"} <= set(kinds)
    assert results[0]["matched"] == "Lavrov"  # the alias matched exactly: better than a word of the label
    assert search(server, "nobody by that name").json()["results"] == []
    assert search(server, "   ").json()["results"] == []


def test_search_is_bounded(server):
    answer = search(server, "a", limit=2).json()
    assert len(answer["results"]) == 2 and answer["truncated"] is True and answer["limit"] == 2
    for limit in ("0", "101", "x", "-1"):
        error = search(server, "a", limit=limit)
        assert error.status_code == 400 and error.json()["error"]["code"] == "KG400", limit
    assert search(server, "x" * 201).status_code == 400


def test_search_page_for_browsers(server):
    text, page = html(server, "/search", q="lavrov")
    assert page.ids["search-q"]["tag"] == "input" and 'for="search-q"' in text
    assert page.links["/id/actor/Q58217"] == ["Sergey Lavrov"]
    assert "also called Lavrov" in page.text and "results for “lavrov”" in page.text
    assert page.ids["site-search"]["value"] == "lavrov"  # the box on every page keeps the search
    text, page = html(server, "/search", q='<img src=x onerror="alert(1)">')
    assert "<img src=x" not in text and "Nothing is named “<img src=x onerror=\"alert(1)\">”." in page.text
    assert requests.get(server + "/search", params={"q": "lavrov", "format": "json"}, headers={"Accept": BROWSER},
                        timeout=10).json()["results"]


def test_search_follows_the_store(start_server, browse_store):
    base_url = start_server(browse_store)
    assert search(base_url, "putin").json()["results"] == []
    graph = Graph()
    graph.add((URIRef(BASE + "actor/Q7747"), RDF.type, KG.Person))
    graph.add((URIRef(BASE + "actor/Q7747"), RDFS.label, Literal("Vladimir Putin")))
    browse_store.replace_article(BASE + "article/putin", graph)
    assert search(base_url, "putin").json()["results"][0]["label"] == "Vladimir Putin"


@pytest.mark.parametrize("path", ["/", "/query", "/search", "/sparql", "/dumps/", "/ontology", "/id/actor/Q58217",
                                  f"/id/article/{ARTICLE_1.rsplit('/', 1)[1]}", "/no/such/page"])
def test_every_page_has_the_search_box_and_landmarks(server, path):
    response = requests.get(server + path, headers={"Accept": BROWSER}, timeout=10)
    page = Page(response.text)
    assert '<html lang="en">' in response.text
    assert page.ids["site-search"]["name"] == "q" and 'for="site-search"' in response.text
    forms = [attrs for tag, attrs in page.tags if tag == "form" and attrs.get("role") == "search"]
    assert forms and forms[0]["action"] == "/search"
    assert {"header", "nav", "main"} <= {tag for tag, _ in page.tags}
    assert page.links["#content"] == ["Skip to content"] and page.ids["content"]["tag"] == "main"


# --- the query page --------------------------------------------------------------------------------

def test_query_page_works_without_javascript(server):
    text, page = html(server, "/query", name="who-met-whom")
    query = (REPO / "queries" / "who-met-whom.rq").read_text(encoding="utf-8")
    form = page.ids["plain-query"]
    assert form["action"] == "/sparql" and form["method"] == "get"
    assert page.ids["query-text"]["name"] == "query" and 'for="query-text"' in text
    assert unescape(re.search(r'<textarea id="query-text"[^>]*>(.*?)</textarea>', text, re.S)[1]) == query
    for path in sorted((REPO / "queries").glob("*.rq")):
        assert f"/query?name={path.stem}" in page.links, path.name
    answer = requests.get(server + "/sparql", params={"query": query, "format": "csv"}, timeout=10)
    assert answer.status_code == 200 and answer.text.startswith("meeting,")


def test_query_page_gives_the_editor_everything_it_needs(server):
    text, page = html(server, "/query")
    config = json.loads(re.search(r'<script type="application/json" id="editor-config">(.*?)</script>', text, re.S)[1])
    assert config["endpoint"] == "/sparql" and config["baseIri"] == "https://w3id.org/newskg/"
    assert {query["name"] for query in config["queries"]} == {path.stem for path in (REPO / "queries").glob("*.rq")}
    assert config["prefixes"]["kg"] == str(KG)
    assert str(KG.Person) in config["classes"] and str(KG.participant) in config["properties"]
    assert str(KG.MilitaryAction) in config["classes"]  # declared by the ontology, though no data has one
    scripts = [attrs["src"] for tag, attrs in page.tags if tag == "script" and "src" in attrs]
    styles = [attrs["href"] for tag, attrs in page.tags if tag == "link" and attrs.get("rel") == "stylesheet"]
    assert "/static/vendor/yasgui/yasgui.min.js" in scripts and "/static/vendor/yasgui/yasgui.min.css" in styles
    assert all(url.startswith("/static/") for url in scripts + styles), "nothing from a CDN"


def test_query_page_with_a_query_of_ones_own(server):
    text, page = html(server, "/query", query="ASK { <a> <b> </script> }")
    assert "</script> }" not in text.split('id="editor-config">')[1].split("</script>")[0]
    assert json.loads(re.search(r'id="editor-config">(.*?)</script>', text, re.S)[1])["query"] == "ASK { <a> <b> </script> }"


def test_vendored_editor_is_served_and_matches_the_lockfile(server):
    lock = json.loads((REPO / "web" / "package-lock.json").read_text(encoding="utf-8"))
    version = lock["packages"]["node_modules/@zazuko/yasgui"]["version"]
    source = (REPO / "kg" / "web" / "static" / "vendor" / "yasgui" / "SOURCE.txt").read_text(encoding="utf-8")
    assert source.startswith(f"@zazuko/yasgui {version} ")
    for name, media_type in (("yasgui.min.js", "javascript"), ("yasgui.min.css", "text/css")):
        response = requests.get(f"{server}/static/vendor/yasgui/{name}", timeout=10)
        assert response.status_code == 200 and media_type in response.headers["Content-Type"], name
        assert len(response.content) > 10_000


# --- entity pages ----------------------------------------------------------------------------------

def timeline(page: Page) -> list[list[str]]:
    header = page.rows.index(["Date", "Event", "Place", "With", "Evidence"])
    rows = []
    for row in page.rows[header + 1:]:
        if len(row) != 5:
            break
        rows.append(row)
    return rows


def test_an_actors_timeline_and_network_are_in_the_html(server):
    text, page = html(server, "/id/actor/Q58217")
    rows = timeline(page)
    assert len(rows) == 3
    kinds = [row[1].split()[0] for row in rows]
    assert sorted(kinds) == ["Meeting", "Statement", "Statement"]
    meeting = rows[kinds.index("Meeting")]
    assert meeting[0] == "reported 2021-07-06" and meeting[2] == "Moscow" and meeting[3] == "S. Jaishankar (met)"
    assert "EAM Jaishankar met Russian Foreign Minister Sergey Lavrov in Moscow on Monday." in meeting[4]
    assert "from Jaishankar meets Lavrov" in meeting[4]
    mentioned = next(row for row in rows if "Mevlüt Çavuşoğlu" in row[3])
    assert mentioned[3] == "Mevlüt Çavuşoğlu (was mentioned by)" and "as about" in mentioned[1]
    assert page.links["/id/article/jaishankar-meets-lavrov#meeting-1"] == ["in the text"]
    assert "Wikidata Q58217" in page.links["http://www.wikidata.org/entity/Q58217"]
    # the network: a drawing, and the same as a table
    neighbours = page.rows[page.rows.index(["Who", "How", "Events"]) + 1:]
    assert ["S. Jaishankar", "met (1); spoke about (1)", "2"] in neighbours
    assert ["Mevlüt Çavuşoğlu", "was mentioned by (1)", "1"] in neighbours
    assert '<svg viewBox="0 0 720 420"' in text and text.count('class="node"') == 2
    assert "/static/entity.js" in [attrs.get("src") for tag, attrs in page.tags if tag == "script"]


def test_a_timeline_is_in_date_order(server, browse_store):
    _, page = html(server, "/id/actor/Q16186720")
    dates = [re.search(r"\d{4}-\d\d-\d\d", row[0])[0] for row in timeline(page)]
    assert dates == sorted(dates) and len(dates) == 2


def test_an_event_page_marks_its_sentence_in_the_article(server):
    text, page = html(server, "/id/event/meeting-1")
    summary = re.search(r'<dl class="summary">(.*?)</dl>', text, re.S)[1]
    assert re.findall(r"<dt>(.*?)</dt>", summary) == ["participant", "place", "meeting type", "status"]
    assert page.links["/id/actor/Q58217"] == ["Sergey Lavrov"] and page.links["/id/place/Q649"] == ["Moscow"]
    assert "<mark>EAM Jaishankar met Russian Foreign Minister Sergey Lavrov in Moscow on Monday.</mark>" in text
    assert page.links["/id/article/jaishankar-meets-lavrov#meeting-1"] == ["see it in the article’s text"]


def test_a_mention_page_marks_its_words(server):
    text, _ = html(server, "/id/mention/jaishankar-meets-lavrov-44-57")
    assert "EAM Jaishankar met Russian Foreign Minister <mark>Sergey Lavrov</mark> in Moscow on Monday." in text


def test_an_article_page_marks_every_mention_and_fact(server):
    text, page = html(server, "/id/article/jaishankar-meets-lavrov")
    marked = re.search(r'<div class="article-text">(.*?)</div>', text, re.S)[1]
    assert marked.startswith('<span class="fact fact-meeting" id="meeting-1">'
                             '<a class="mention m-person" href="/id/actor/Q16186720"')
    assert '<a class="mention m-person" href="/id/actor/Q58217" title="Sergey Lavrov (Person)">Sergey Lavrov</a>' in marked
    assert 'href="/id/place/Q649"' not in marked  # its offsets do not point at its words: not marked
    assert '<a class="fact-tag t-meeting" href="/id/event/meeting-1"' in marked
    assert re.sub(r"<[^>]+>", "", marked).replace("Meeting", "", 1) == (
        "EAM Jaishankar met Russian Foreign Minister Sergey Lavrov in Moscow on Monday.")


def test_article_text_and_quotes_stay_text(server):
    """Markup in an article (body, title, quote) is shown as text on every page: never a tag."""
    for path in ("/id/article/cavusoglu", "/id/actor/Q10961", "/id/event/statement-2", "/id/actor/Q58217",
                 "/search?q=cavusoglu"):
        text, page = html(server, path)
        assert "<script>window" not in text and "<b>speaks" not in text, path
        scripts = [attrs.get("src") for tag, attrs in page.tags if tag == "script"]
        assert all(src and src.startswith("/static/") for src in scripts), path
    text, page = html(server, "/id/article/cavusoglu")
    assert "&lt;script&gt;window.pwned = 1&lt;/script&gt; is no threat &amp; never was" in text
    assert TRICKY_QUOTE in page.text and "Çavuşoğlu <b>speaks</b>" in page.text


@pytest.mark.parametrize("kind", ["Person", "Country", "Organisation"])
def test_the_seeds_most_active_linked_actor_of_each_kind_has_its_wikidata_link_and_timeline(start_server, seeds_store,
                                                                                          kind):
    query = f"""PREFIX kg: <{KG}> PREFIX owl: <http://www.w3.org/2002/07/owl#> PREFIX prov: <{PROV}>
    SELECT ?x ?wikidata (COUNT(DISTINCT ?event) AS ?events) WHERE {{
      ?x a kg:{kind} ; owl:sameAs ?wikidata .
      VALUES ?role {{ kg:participant kg:speaker kg:about kg:actor kg:place kg:reportedBy }}
      VALUES ?class {{ kg:Meeting kg:Statement kg:MilitaryAction }}
      ?event ?role ?x ; a ?class ; kg:evidence ?evidence ; prov:wasDerivedFrom ?article
    }} GROUP BY ?x ?wikidata ORDER BY DESC(?events) ?x LIMIT 1"""
    (row,) = seeds_store.oxigraph.query(query, use_default_graph_as_union=True)
    base_url = start_server(seeds_store)
    text, page = html(base_url, "/" + row["x"].value[len("https://w3id.org/newskg/"):])
    assert f"Wikidata {row['wikidata'].value.rsplit('/', 1)[1]}" in page.links[row["wikidata"].value]
    assert len(timeline(page)) == int(row["events"].value) >= 3
    assert 'class="node"' in text


def test_the_endpoints_own_form_is_labelled_and_points_to_the_editor(server):
    text, page = html(server, "/sparql")
    assert 'for="sparql-query"' in text and page.ids["sparql-query"]["tag"] == "textarea"
    assert "/query" in page.links
