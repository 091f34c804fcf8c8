"""The `kg` command line run for real, in subprocesses, against stores under tmp_path.

The seeds are built once per session (``seeds_store``, ~15 s) and only read afterwards; tests that
write build small stores of their own or work on a copy. Output is checked the way a user or a
script would use it: exit codes, one line per problem on stderr, RDF parsed back and counted.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.namespace import OWL, RDF

from kg.namespaces import KG

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
SEED = "000_7098d567288dc831.txt"
GOLD = Path(__file__).resolve().parents[2] / "shared/gold/seeds"
SUMMARY = re.compile(r"built (\d+) article\(s\), (\d+) unchanged, (\d+) rejected, (\d+) unreadable")


def kg(*args: str | Path) -> subprocess.CompletedProcess:
    """Run ``kg ARGS`` from the repository with no KG_* settings from the caller's environment."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("KG_")}
    return subprocess.run([sys.executable, "-m", "kg.cli", *map(str, args)], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=300)


def summary(result: subprocess.CompletedProcess) -> dict[str, int]:
    match = SUMMARY.search(result.stdout)
    assert match, (result.stdout, result.stderr)
    return dict(zip(("built", "unchanged", "rejected", "unreadable"), map(int, match.groups())))


def stored(store: Path) -> list[ox.Quad]:
    """Every quad of an on-disk store's article graphs; the read-only handle is dropped on return, before
    the next `kg`."""
    return [quad for quad in ox.Store.read_only(str(store)) if not isinstance(quad.graph_name, ox.DefaultGraph)]


def union_graph(store: Path) -> set[ox.Triple]:
    """The store's default graph, where the build keeps the union of the article graphs (kg/store.py)."""
    return {quad.triple for quad in ox.Store.read_only(str(store)).quads_for_pattern(None, None, None, ox.DefaultGraph())}


def quads(store: Path) -> set[str]:
    """Every quad, the union graph's too."""
    return {str(quad) for quad in ox.Store.read_only(str(store))}


def article_graphs(store: Path) -> list[str]:
    return sorted({quad.graph_name.value for quad in stored(store)})


def evidence_sentences(store: Path) -> set[str]:
    return {quad.object.value for quad in stored(store) if quad.predicate.value == str(KG.evidence)}


def distinct_triples(store: Path) -> int:
    """Triples of the union of the article graphs (a triple stated by two articles counts once)."""
    return len({(quad.subject, quad.predicate, quad.object) for quad in stored(store)})


def assert_one_clean_line(stderr: str, *names: str) -> None:
    assert "Traceback" not in stderr, stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, lines
    for name in names:
        assert name in lines[0]


@dataclass
class Built:
    path: Path
    first: subprocess.CompletedProcess
    second: subprocess.CompletedProcess
    quads_first: set[str]
    quads_second: set[str]


@pytest.fixture(scope="session")
def seeds_store(tmp_path_factory) -> Built:
    """The seeds built twice into one store; tests only read it."""
    path = tmp_path_factory.mktemp("cli") / "store"
    first = kg("build", "seeds/", "--store", path)
    quads_first = quads(path)
    second = kg("build", "seeds/", "--store", path)
    return Built(path, first, second, quads_first, quads(path))


# --- build, validate ------------------------------------------------------------------------

def test_build_of_the_seeds_builds_all_five(seeds_store):
    assert seeds_store.first.returncode == 0, seeds_store.first.stderr
    assert summary(seeds_store.first) == {"built": 5, "unchanged": 0, "rejected": 0, "unreadable": 0}
    assert len(article_graphs(seeds_store.path)) == 5
    assert union_graph(seeds_store.path) == {quad.triple for quad in stored(seeds_store.path)}


def test_second_build_changes_nothing(seeds_store):
    assert seeds_store.second.returncode == 0, seeds_store.second.stderr
    assert summary(seeds_store.second) == {"built": 0, "unchanged": 5, "rejected": 0, "unreadable": 0}
    assert len(seeds_store.quads_second) == len(seeds_store.quads_first)
    assert seeds_store.quads_second == seeds_store.quads_first


def test_validate_says_the_store_conforms(seeds_store):
    result = kg("validate", "--store", seeds_store.path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "conforms" in result.stdout


# --- extract --------------------------------------------------------------------------------

@pytest.mark.parametrize("options", [[], ["--model", "no_such_model"]], ids=["default-model", "missing-model"])
def test_extract_prints_only_turtle_on_stdout(options):
    result = kg("extract", SEEDS / SEED, "--format", "turtle", *options)
    assert result.returncode == 0, result.stderr
    graph = rdflib.Graph().parse(data=result.stdout, format="turtle")
    assert len(list(graph.subjects(RDF.type, KG.Article))) == 1
    assert "KG201" not in result.stdout
    if options:  # the fallback pipeline warns, on stderr
        assert "KG201" in result.stderr


# --- export ---------------------------------------------------------------------------------

RDFLIB_FORMATS = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld", "rdfxml": "xml", "trig": "trig",
                  "nquads": "nquads"}
OX_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
              "rdfxml": ox.RdfFormat.RDF_XML, "trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS}
DATASET_FORMATS = frozenset({"trig", "nquads"})


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's own parsers use ConjunctiveGraph
@pytest.mark.parametrize("fmt", [
    "turtle", "nt", "jsonld", "rdfxml", "trig", "nquads",
])
def test_export_parses_back_to_the_store(seeds_store, tmp_path, fmt):
    """Quad formats keep every article graph; triple formats hold the union (distinct triples)."""
    output = tmp_path / f"dump.{fmt}"
    result = kg("export", "--store", seeds_store.path, "--format", fmt, "-o", output)
    assert result.returncode == 0, result.stderr
    parsed = list(ox.parse(path=str(output), format=OX_FORMATS[fmt]))
    if fmt in DATASET_FORMATS:
        expected = len(stored(seeds_store.path))
        dataset = rdflib.Dataset()
        dataset.parse(output, format=RDFLIB_FORMATS[fmt])
        assert len(list(dataset.quads((None, None, None, None)))) == expected
        assert len(parsed) == expected
        assert sorted({quad.graph_name.value for quad in parsed}) == article_graphs(seeds_store.path)
    else:
        expected = distinct_triples(seeds_store.path)
        assert len(rdflib.Graph().parse(output, format=RDFLIB_FORMATS[fmt])) == expected
        assert len(parsed) == expected
        assert all(isinstance(quad.graph_name, ox.DefaultGraph) for quad in parsed)


# --- eval -----------------------------------------------------------------------------------

needs_gold = pytest.mark.skipif(not GOLD.is_dir(), reason=f"gold annotations not found at {GOLD}")


@needs_gold
def test_eval_prints_a_row_per_kind(seeds_store):
    result = kg("eval", "--store", seeds_store.path, "--gold", GOLD)
    assert result.returncode == 0, result.stderr
    rows = {line.split()[0]: line.split()[1:] for line in result.stdout.splitlines() if line.strip()}
    assert rows["kind"][:3] == ["P", "R", "F1"]
    for kind in ("actors", "wikidata", "meetings", "statements", "military_actions"):
        precision, recall, f1 = map(float, rows[kind][:3])
        assert 0 <= min(precision, recall, f1) and max(precision, recall, f1) <= 1


@needs_gold
def test_eval_json_is_json(seeds_store):
    result = kg("eval", "--store", seeds_store.path, "--gold", GOLD, "--json")
    assert result.returncode == 0, result.stderr
    totals = json.loads(result.stdout)["totals"]
    assert {"actors", "wikidata", "meetings", "statements", "military_actions"} <= set(totals)


# --- bad input ------------------------------------------------------------------------------

def test_missing_source_folder_is_one_line(tmp_path):
    missing = tmp_path / "no-such-folder"
    result = kg("build", missing, "--store", tmp_path / "store")
    assert result.returncode != 0
    assert result.stdout == ""
    assert_one_clean_line(result.stderr, str(missing))


def test_bad_files_are_named_and_the_good_one_is_built(tmp_path):
    source = tmp_path / "articles"
    source.mkdir()
    shutil.copy(SEEDS / SEED, source / SEED)
    (source / "empty.txt").write_text("")
    (source / "binary.txt").write_bytes(bytes(range(256)) * 8)
    store = tmp_path / "store"
    result = kg("build", source, "--store", store)
    assert result.returncode == 1
    assert summary(result) == {"built": 1, "unchanged": 0, "rejected": 0, "unreadable": 2}
    assert "Traceback" not in result.stderr
    problems = result.stderr.strip().splitlines()
    assert len(problems) == 2, problems
    for name in ("empty.txt", "binary.txt"):
        assert sum(name in line for line in problems) == 1, problems
    assert SEED not in result.stderr
    assert len(article_graphs(store)) == 1


# --- changing the store ---------------------------------------------------------------------

ARTICLE = """Diplomacy in Central Asia this week

Jul 06, 2021

{sentence}

Shavkat Mirziyoyev said that Uzbekistan would keep the Termez bridge open.
"""
OLD = "Antony Blinken met Wang Yi in Tashkent on Monday."
NEW = "Sergei Shoigu met Sherali Mirzo in Dushanbe on Monday."


def test_rebuild_of_a_changed_article_replaces_its_graph(tmp_path):
    source, store = tmp_path / "articles", tmp_path / "store"
    source.mkdir()
    article = source / "talks.txt"
    article.write_text(ARTICLE.format(sentence=OLD))
    assert kg("build", source, "--store", store).returncode == 0
    assert OLD in evidence_sentences(store)
    graphs = article_graphs(store)

    article.write_text(ARTICLE.format(sentence=NEW))
    result = kg("build", source, "--store", store)
    assert result.returncode == 0, result.stderr
    assert summary(result)["built"] == 1
    evidence = evidence_sentences(store)
    assert OLD not in evidence and NEW in evidence
    assert article_graphs(store) == graphs
    assert not [quad for quad in quads(store) if "Blinken" in quad]


def test_remove_retracts_one_article(seeds_store, tmp_path):
    store = tmp_path / "store"
    shutil.copytree(seeds_store.path, store)
    before = article_graphs(store)
    result = kg("remove", SEED, "--store", store)
    assert result.returncode == 0, result.stderr
    after = article_graphs(store)
    assert len(after) == len(before) - 1
    (removed,) = set(before) - set(after)
    assert removed in result.stdout
    assert not [quad for quad in quads(store) if removed in quad]

    again = kg("remove", SEED, "--store", store)
    assert again.returncode != 0
    assert_one_clean_line(again.stderr, SEED)


def test_with_no_model_an_article_gives_its_gazetteer_names_and_no_events():
    """The blank pipeline has no parse to read events from; walking its unset tree crashed the process."""
    result = kg("extract", SEEDS / SEED, "--format", "turtle", "--model", "no_such_model")
    assert result.returncode == 0, result.stderr
    graph = rdflib.Graph().parse(data=result.stdout, format="turtle")
    assert set(graph.subjects(OWL.sameAs, None))  # linked names from the gazetteer
    assert not set(graph.subjects(RDF.type, KG.Statement)) and not set(graph.subjects(RDF.type, KG.MilitaryAction))
