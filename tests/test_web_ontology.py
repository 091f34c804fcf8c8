"""The ontology at its namespace IRI (``/ontology``), over real HTTP: RDF equal to ontology/*.ttl, and HTML."""
from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
import requests
from rdflib import Graph, URIRef
from rdflib.compare import to_isomorphic
from rdflib.namespace import OWL, RDF, RDFS

from kg.namespaces import KG
from kg.web.ontology import anchor

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's JSON-LD parser
ONTOLOGY_FILES = sorted((Path(__file__).resolve().parents[1] / "ontology").glob("*.ttl"))
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


@pytest.fixture(scope="module")
def ontology() -> Graph:
    graph = Graph()
    for path in ONTOLOGY_FILES:
        graph.parse(path, format="turtle")
    return graph


def own_terms(ontology: Graph, kind: URIRef) -> list[URIRef]:
    return sorted(term for term in ontology.subjects(RDF.type, kind) if str(term).startswith(str(KG)))


class Anchors(HTMLParser):
    """The element ids of a page, and its text (entities decoded)."""

    def __init__(self, html: str):
        super().__init__()
        self.ids: set[str] = set()
        self.texts: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        if "id" in dict(attrs):
            self.ids.add(dict(attrs)["id"])

    def handle_data(self, data):
        self.texts.append(data)

    @property
    def text(self) -> str:
        return " ".join(" ".join(self.texts).split())


@pytest.mark.parametrize(("path", "accept", "rdflib_format"), [
    ("/ontology", "text/turtle", "turtle"),
    ("/ontology", None, "turtle"),
    ("/ontology", "application/rdf+xml", "xml"),
    ("/ontology", "application/ld+json", "json-ld"),
    ("/ontology", "application/n-triples", "nt"),
    ("/ontology.ttl", BROWSER, "turtle"),
    ("/ontology.rdf", None, "xml"),
    ("/ontology.jsonld", None, "json-ld"),
    ("/ontology.nt", None, "nt"),
])
def test_rdf_is_the_ontology(live_server, ontology, path, accept, rdflib_format):
    response = requests.get(live_server + path, headers={"Accept": accept} if accept else {}, timeout=10)
    assert response.status_code == 200, response.text
    served = Graph().parse(data=response.text, format=rdflib_format)
    assert to_isomorphic(served) == to_isomorphic(ontology)


def test_html_lists_classes_and_properties(live_server, ontology):
    response = requests.get(live_server + "/ontology", headers={"Accept": BROWSER}, timeout=10)
    assert response.status_code == 200 and response.headers["Content-Type"].startswith("text/html")
    assert "Accept" in response.headers["Vary"]
    page = Anchors(response.text)
    classes = own_terms(ontology, OWL.Class)
    properties = own_terms(ontology, OWL.ObjectProperty) + own_terms(ontology, OWL.DatatypeProperty)
    assert len(classes) >= 10 and len(properties) >= 20
    for term in classes + properties:
        assert anchor(str(term)) in page.ids, term  # so that the hash IRI lands on the entry
        assert str(ontology.value(term, RDFS.label)) in page.text
        assert " ".join(str(ontology.value(term, RDFS.comment)).split()) in page.text, term


def test_html_shows_domain_range_and_superclasses(live_server):
    html = requests.get(live_server + "/ontology.html", timeout=10).text
    participant = html[html.index('id="participant"'):]
    participant = participant[:participant.index("</section>")]
    assert "Domain</dt><dd>Meeting" in participant and "Range</dt><dd>Actor" in participant
    assert "schema:attendee" in participant  # rdfs:subPropertyOf
    evidence = html[html.index('id="evidence"'):]
    assert "Event or Mention" in evidence[:evidence.index("</section>")]  # an owl:unionOf domain, in words
    country = html[html.index('id="Country"'):]
    country = country[:country.index("</section>")]
    assert 'href="/ontology#Actor"' in country and 'href="/ontology#Place"' in country and "schema:Country" in country


def test_concepts_see_other_to_their_entry(live_server):
    response = requests.get(live_server + "/ontology/action-type/Attack", allow_redirects=False, timeout=10)
    assert response.status_code == 303
    assert response.headers["Location"].endswith("/ontology#action-type-Attack")
    page = requests.get(live_server + "/ontology/meeting-type/Talks", headers={"Accept": BROWSER}, timeout=10)
    assert page.status_code == 200 and "action-type-Attack" in Anchors(page.text).ids


@pytest.mark.parametrize("path", ["/ontology/action-type/Nothing", "/ontology.pdf", "/ontology/../etc/passwd"])
def test_unknown_is_404(live_server, path):
    assert requests.get(live_server + path, allow_redirects=False, timeout=10).status_code == 404
