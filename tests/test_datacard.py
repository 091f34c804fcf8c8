"""The data card: ``kg build --gold`` writes it beside the store, ``kg export --dir`` beside the dumps, the server
shows it at ``/datacard`` and ``/dumps/datacard.*``. Its figures are checked against the store (SPARQL counts),
``kg eval``, ``kg validate``'s pyshacl report and the installed packages; the server over real HTTP.
"""
from __future__ import annotations

import contextlib
import hashlib
import io
import json
import re
import shutil
from datetime import datetime
from importlib import metadata
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS

from kg.cli import main
from kg.config import DEFAULT_MODELS, load
from kg.datacard import NOT_FOUND, card_path, read_card, to_json, to_markdown
from kg.namespaces import KG, OWL, RDF, WD
from kg.stats import store_digest
from kg.store import Store
from kg.validate import load_shapes, validate

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "eval" / "seeds-gold"
HOSTILE = "<script>alert('card')</script>"
XSD_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")


def kg(*args: str | Path) -> tuple[int, str]:
    """``kg ARGS`` in this process (the model is loaded once per session); exit status and standard output."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = main([str(arg) for arg in args])
    return status, out.getvalue()


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """The seeds built by ``kg build --gold`` into an on-disk store; tests only read it and its card."""
    store = tmp_path_factory.mktemp("datacard") / "store"
    status, out = kg("build", REPO / "seeds", "--store", store, "--gold", GOLD)
    assert status == 0, out
    assert f"data card: {store.with_name('store.datacard.json')}" in out
    return store


@pytest.fixture(scope="module")
def card(built) -> dict:
    return json.loads(built.with_name("store.datacard.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def ox_store(built) -> ox.Store:
    return ox.Store.read_only(str(built))


def count(store: ox.Store, query: str) -> int:
    (row,) = list(store.query(query, use_default_graph_as_union=True))
    return int(row["n"].value)


# --- the card kg build writes ----------------------------------------------------------------------

def test_the_card_is_beside_the_store(built):
    assert card_path(load(store=str(built))) == built.with_name("store.datacard.json")
    assert card_path(load(store="http://127.0.0.1:7878/")) == Path("data/datacard.json")
    assert [path.name for path in built.parent.iterdir() if path.name.startswith(".")] == []  # no partial file


def test_the_build_record(card):
    build = card["build"]
    assert build["articles"] == {"built": 5, "unchanged": 0, "rejected": 0, "unreadable": 0}
    assert set(build["facts"]) == {"actors", "meetings", "statements", "military actions"}
    started, finished = (datetime.fromisoformat(build[key].replace("Z", "+00:00")) for key in ("started", "finished"))
    assert build["started"].endswith("Z") and started <= finished
    assert build["seconds"] == pytest.approx((finished - started).total_seconds(), abs=1.1)
    assert card["version"] == f"{finished.date().isoformat()}.{card['state'][:12]}"
    assert card["version"] in card["citation"] and card["dataset"] in card["citation"]
    assert card["citation"].endswith(card["dumps"]) and card["dumps"] == "https://w3id.org/newskg/dumps/"


def test_the_state_is_the_stores(built, card):
    store = Store(str(built), read_only=True)
    assert card["state"] == store_digest(store)


def test_counts_are_sparql_counts_on_the_store(card, ox_store):
    stats = card["statistics"]
    quads = [quad for quad in ox_store if not isinstance(quad.graph_name, ox.DefaultGraph)]
    union = {quad.triple for quad in ox_store.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    assert union == {quad.triple for quad in quads}  # the build kept the union graph (kg/store.py)
    assert stats["articles"] == 5 == len({quad.graph_name for quad in quads})
    assert stats["triples"] == len({quad.triple for quad in quads})
    assert stats["distinct_subjects"] == len({quad.subject for quad in quads})
    assert stats["distinct_objects"] == len({quad.object for quad in quads})
    assert stats["wikidata_links"] == len({quad.triple for quad in quads if quad.predicate.value == str(OWL.sameAs)
                                           and quad.object.value.startswith(str(WD))}) > 10
    assert stats["classes"] == len(stats["class_counts"]) > 5
    for class_iri, instances in stats["class_counts"].items():
        query = f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s <{RDF.type}> <{class_iri}> }}"
        assert instances == count(ox_store, query)
    assert stats["class_counts"][str(KG.Article)] == 5
    assert list(stats["class_counts"].values()) == sorted(stats["class_counts"].values(), reverse=True)
    assert stats["properties"] == len({quad.predicate for quad in quads}) == len(stats["property_counts"])


def test_precision_and_recall_are_kg_evals(built, card):
    status, out = kg("eval", "--store", built, "--gold", GOLD, "--json")
    assert status == 0
    assert card["evaluation"]["kinds"] == json.loads(out)["totals"]
    assert card["evaluation"]["articles"] == 5 and card["evaluation"]["unscored"] == []
    assert card["evaluation"]["gold_sha256"] != card["evaluation"]["kinds"]  # a digest, named
    assert 0.5 < card["evaluation"]["kinds"]["actors"]["f1"] <= 1


def test_the_shacl_report_is_kg_validates(built, card):
    report = validate(Store(str(built), read_only=True).union_graph(), load_shapes(load().shapes))
    assert card["shacl"]["conforms"] is report.conforms is True
    assert card["shacl"]["results"] == len(report.violations)
    assert card["shacl"]["validator"].startswith("compiled")


def test_versions_are_the_installed_ones(card):
    software = card["software"]
    model = next(name for name in DEFAULT_MODELS if _installed(name))
    assert software["model"] == {"name": model, "version": metadata.version(model)}
    for name in ("rdflib", "pyoxigraph", "pyshacl", "spacy"):
        assert software[name] == metadata.version(name)
    assert software["newskg"] == metadata.version("kg")



def test_the_gazetteer_version_is_its_files(card):
    for name in ("gazetteer.tsv", "roles.tsv"):
        path = REPO / "kg" / "data" / name
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        assert card["gazetteer"][name] == {"sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
                                           "rows": len(lines) - 1}


def _installed(name: str) -> bool:
    try:
        return bool(metadata.version(name))
    except metadata.PackageNotFoundError:
        return False


# --- renderings ------------------------------------------------------------------------------------

def test_json_reads_back_to_the_same_bytes(built):
    path = built.with_name("store.datacard.json")
    assert to_json(read_card(path)) == path.read_text(encoding="utf-8")


def test_markdown_holds_the_numbers(built, card):
    markdown = to_markdown(read_card(built.with_name("store.datacard.json")))
    stats = card["statistics"]
    assert f"| triples | {stats['triples']} |" in markdown
    assert f"| kg:Person | {stats['class_counts'][str(KG.Person)]} |" in markdown
    actors = card["evaluation"]["kinds"]["actors"]
    assert f"| actors | {actors['precision']} | {actors['recall']} | {actors['f1']} |" in markdown
    assert card["citation"] in markdown and card["software"]["model"]["version"] in markdown
    assert card["gazetteer"]["gazetteer.tsv"]["sha256"] in markdown


def test_a_build_without_gold_says_not_measured(built, tmp_path):
    """An unchanged rebuild (no model loaded) of a copy: the card describes that build."""
    store = tmp_path / "store"
    shutil.copytree(built, store)
    status, _ = kg("build", REPO / "seeds", "--store", store)
    assert status == 0
    card = read_card(store.with_name("store.datacard.json"))
    assert card.evaluation is None and "Not measured" in to_markdown(card)
    assert card.build["articles"]["unchanged"] == 5 and card.build["facts"] == {}
    assert card.state == json.loads(built.with_name("store.datacard.json").read_text())["state"]


def test_a_union_above_the_limit_is_not_loaded_to_validate(built, tmp_path, monkeypatch):
    """A large store's card says how its articles were validated instead of loading the union into memory."""
    store = tmp_path / "store"
    shutil.copytree(built, store)
    monkeypatch.setenv("KG_CARD_VALIDATE_LIMIT", "1000")
    assert kg("build", REPO / "seeds", "--store", store)[0] == 0
    card = read_card(store.with_name("store.datacard.json"))
    assert card.shacl["conforms"] is None and "larger than card_validate_limit (1000)" in card.shacl["skipped"]
    assert "Not validated as a whole: the union graph (" in to_markdown(card)


def test_an_unusable_gold_folder_is_refused_before_building(tmp_path):
    status, out = kg("build", REPO / "seeds", "--store", tmp_path / "store", "--gold", tmp_path)
    assert status == 2 and out == ""
    assert not (tmp_path / "store").exists()


def test_kg_export_writes_the_card_beside_the_dumps(built, tmp_path):
    status, _ = kg("export", "--store", built, "--dir", tmp_path / "dumps")
    assert status == 0
    card = built.with_name("store.datacard.json").read_bytes()
    assert (tmp_path / "dumps" / "datacard.json").read_bytes() == card
    assert (tmp_path / "dumps" / "datacard.md").read_text(encoding="utf-8") == to_markdown(read_card(
        built.with_name("store.datacard.json")))


# --- the server (needs the datacard blueprint registered in kg/web/__init__.py) -----------------------

@pytest.fixture(scope="module")
def served(built) -> tuple[Store, object]:
    return Store(str(built), read_only=True), load(store=str(built))


def get(url: str, accept: str | None = None) -> requests.Response:
    response = requests.get(url, headers={"Accept": accept} if accept else {}, timeout=30)
    assert response.status_code == 200, response.text
    return response


def test_the_server_serves_the_builds_card(start_server, served, card):
    base_url = start_server(*served)
    response = get(base_url + "/datacard", "application/json")
    assert response.headers["Content-Type"].startswith("application/json")
    assert response.json() == card
    assert response.headers["ETag"].strip('"').startswith(card["state"][:24])


def test_html_for_browsers(start_server, served, card):
    base_url = start_server(*served)
    response = get(base_url + "/datacard", "text/html,application/xhtml+xml,*/*;q=0.8")
    assert response.headers["Content-Type"] == "text/html; charset=utf-8"
    html = response.text
    assert card["version"] in html and card["state"] in html and card["software"]["model"]["version"] in html
    assert re.search(rf">{card['statistics']['triples']}</td>", html)
    assert f"{card['evaluation']['kinds']['meetings']['f1']:.3f}" in html
    assert NOT_FOUND not in html


def test_markdown_by_accept(start_server, served, built):
    base_url = start_server(*served)
    response = get(base_url + "/datacard", "text/markdown")
    assert response.headers["Content-Type"] == "text/markdown; charset=utf-8"
    assert response.text == to_markdown(read_card(built.with_name("store.datacard.json")))


def test_the_dumps_files_are_kg_exports(start_server, served, built, tmp_path):
    base_url = start_server(*served)
    assert kg("export", "--store", built, "--dir", tmp_path)[0] == 0
    for name, media_type in (("datacard.json", "application/json"), ("datacard.md", "text/markdown")):
        response = get(f"{base_url}/dumps/{name}")
        assert response.headers["Content-Type"].startswith(media_type)
        assert response.content == (tmp_path / name).read_bytes()
        again = requests.get(f"{base_url}/dumps/{name}", headers={"If-None-Match": response.headers["ETag"]},
                             timeout=10)
        assert again.status_code == 304


def test_an_unacceptable_format_is_406(start_server, served):
    response = requests.get(start_server(*served) + "/datacard", headers={"Accept": "image/png"}, timeout=10)
    assert response.status_code == 406 and response.json()["error"]["code"] == "KG406"


@pytest.fixture
def hostile_store(small_articles) -> Store:
    """The small store with a hostile title and an ill-typed date holding a script, which SHACL reports."""
    store = Store(None)
    for iri, graph in small_articles.items():
        article = URIRef(iri)
        graph.set((article, DCTERMS.title, Literal(HOSTILE)))
        graph.set((article, DCTERMS.date, Literal(HOSTILE, datatype=XSD_DATE)))
        store.replace_article(iri, graph)
    return store


def test_a_store_without_a_card_gets_one_computed_and_escaped(start_server, hostile_store, tmp_path):
    base_url = start_server(hostile_store, load(store=str(tmp_path / "never-built")))
    card = get(base_url + "/datacard", "application/json").json()
    assert card["build"] is None and card["evaluation"] is None
    assert card["shacl"]["conforms"] is False and any(HOSTILE in line for line in card["shacl"]["first_results"])
    assert card["statistics"]["articles"] == 2
    html = get(base_url + "/datacard", "text/html").text
    assert NOT_FOUND in html
    assert HOSTILE not in html and "&lt;script&gt;alert(&#39;card&#39;)&lt;/script&gt;" in html
    markdown = get(base_url + "/dumps/datacard.md").text
    assert HOSTILE not in markdown and "&lt;script&gt;" in markdown
    assert "not measured" in markdown.lower() and NOT_FOUND in markdown


def test_a_stale_card_is_not_served(start_server, built, tmp_path):
    """A card of another state (the store changed since the build) is not the store's card."""
    store = tmp_path / "store"
    shutil.copytree(built, store)
    shutil.copy(built.with_name("store.datacard.json"), store.with_name("store.datacard.json"))
    writer = Store(str(store))
    writer.remove_article(writer.articles()[0])
    writer.close()
    base_url = start_server(Store(str(store), read_only=True), load(store=str(store)))
    card = get(base_url + "/datacard", "application/json").json()
    assert card["build"] is None and card["statistics"]["articles"] == 4
