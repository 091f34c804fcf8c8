"""The build orchestrator: incremental and idempotent, parallel, streaming, with a progress bar.

Builds here run in-process on small corpora (the model is loaded once per test session); the
command line is covered by test_cli.py, the remote store by test_remote.py, Dask by test_dask.py
and killed builds by test_crash.py.
"""
from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

import kg.build
from kg.build import BuildSummary, EngineError, Extractor, _estimate_total, build, extract_article
from kg.config import load
from kg.ingest import read_articles
from kg.parallel import IN_FLIGHT, extract_in_processes
from kg.store import Store

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
SEED = "000_7098d567288dc831.txt"
OTHER = "003_7c70f9a971333044.txt"


def quads(store: Store) -> set[str]:
    return {str(quad) for quad in store.quads()}


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in (SEED, OTHER):
        shutil.copy(SEEDS / name, folder / name)
    return folder


def test_a_rebuild_skips_every_unchanged_article_before_extracting(corpus, monkeypatch):
    store = Store(None)
    first = build(corpus, store, load(), progress=False)
    assert (len(first.built), len(first.unchanged)) == (2, 0) and first.ok
    before = quads(store)

    def no_extraction(*args):
        raise AssertionError("an unchanged article was extracted again")

    monkeypatch.setattr(kg.build, "extract_article", no_extraction)
    second = build(corpus, store, load(), progress=False)
    assert (len(second.built), len(second.unchanged)) == (0, 2) and second.ok
    assert quads(store) == before


def test_a_changed_article_replaces_its_graph_and_only_it_is_rebuilt(corpus):
    store = Store(None)
    build(corpus, store, load(), progress=False)
    other_graph = {str(quad) for quad in store.quads() if OTHER.split("_")[1][:8] in quad.graph_name.value}
    assert other_graph

    article = corpus / SEED
    article.write_text(article.read_text().replace("Jaishankar", "Sergey Lavrov", 1) + "\nAn added line.\n")
    summary = build(corpus, store, load(), progress=False)
    assert (summary.built, len(summary.unchanged)) == ([str(article)], 1)
    assert len(store.articles()) == 2
    assert {str(quad) for quad in store.quads() if OTHER.split("_")[1][:8] in quad.graph_name.value} == other_graph
    (changed,) = [iri for iri in store.articles() if SEED.split("_")[1][:8] in iri]
    assert store.checksum(changed) == next(read_articles(article)).checksum


def extractions(store: Store) -> dict[str, str]:
    """Article -> the label of the extraction that made it."""
    rows = store.query("""PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?g ?label WHERE { GRAPH ?g { ?g prov:wasGeneratedBy ?x . ?x a prov:Activity ; rdfs:label ?label } }""")
    return {row["g"].value: row["label"].value for row in rows}


def test_each_article_names_the_extraction_that_made_it(corpus):
    store = Store(None)
    build(corpus, store, load(), progress=False)
    made = extractions(store)
    assert made.keys() == set(store.articles())
    (label,) = set(made.values())
    assert label.startswith("newskg ") and "spaCy model en_core_web_sm" in label and "min_confidence 0.5" in label


def test_a_changed_gazetteer_or_threshold_extracts_unchanged_articles_again(corpus, tmp_path):
    """A QID added to the gazetteer must reach articles already built: their text is unchanged, their facts are not."""
    store = Store(None)
    build(corpus, store, load(), progress=False)
    before = extractions(store)

    gazetteer = tmp_path / "data" / "gazetteer.tsv"
    gazetteer.parent.mkdir()
    shutil.copy(REPO / "kg" / "data" / "roles.tsv", gazetteer.with_name("roles.tsv"))
    gazetteer.write_text((REPO / "kg" / "data" / "gazetteer.tsv").read_text(encoding="utf-8").replace(
        "Sergey Lavrov\tPerson\t", "Sergey Lavrov\tPerson\tSergey V. Lavrov|", 1), encoding="utf-8")
    assert gazetteer.read_text(encoding="utf-8") != (REPO / "kg" / "data" / "gazetteer.tsv").read_text(encoding="utf-8")
    again = build(corpus, store, load(gazetteer=str(gazetteer)), progress=False)
    assert (len(again.built), len(again.unchanged), again.again) == (2, 0, 2), again.describe()
    assert "2 unchanged article(s) extracted again" in again.describe()
    after = extractions(store)
    assert after.keys() == before.keys() and all(after[iri] != before[iri] for iri in before)

    same = build(corpus, store, load(gazetteer=str(gazetteer)), progress=False)
    assert (len(same.built), len(same.unchanged), same.again) == (0, 2, 0)

    threshold = build(corpus, store, load(gazetteer=str(gazetteer), min_confidence=0.6), progress=False)
    assert (len(threshold.built), threshold.again) == (2, 2)
    assert len(set(extractions(store).values())) == 1  # no article keeps an older extraction


def test_workers_extract_the_same_graphs_and_stream_their_input():
    """Two worker processes give the graphs the build's own process gives, and read the input lazily."""
    config = load()
    article = next(read_articles(SEEDS / OTHER))
    count, pulled = 2 * IN_FLIGHT + 3, []

    def articles():
        for number in range(count):
            pulled.append(number)
            yield replace(article, identity=f"copy-{number}.txt", source_file=f"copy-{number}.txt")

    results = extract_in_processes(articles(), config, workers=2, batch=1)
    first = next(results)
    assert len(pulled) <= 2 * IN_FLIGHT + 1, "the workers' input was read ahead without bound"
    by_name = {result.name: result for result in [first, *results]}
    assert sorted(by_name) == sorted(f"copy-{number}.txt" for number in range(count))

    extractor = Extractor(config)
    for number in (0, count - 1):
        here = extract_article(replace(article, identity=f"copy-{number}.txt", source_file=f"copy-{number}.txt"),
                               extractor)
        there = by_name[here.name]
        assert there.report.conforms and there.iri == here.iri and there.facts == here.facts
        assert set(there.ntriples.splitlines()) == set(here.ntriples.splitlines())


def test_the_progress_bar_shows_articles_per_second_and_the_total(corpus, capsys):
    store = Store(None)
    build(corpus, store, load(), progress=True)
    build(corpus, store, load(), progress=True)
    bar = capsys.readouterr().err
    assert "2/2" in bar and "articles/s" in bar


def test_the_summary_counts_articles_facts_rejections_and_time():
    summary = BuildSummary(built=["a", "b"], unchanged=["c"], seconds=2.0)
    summary.facts.update({"actors": 3, "meetings": 1})
    assert summary.articles == 3
    assert summary.describe() == ("built 2 article(s), 1 unchanged, 0 rejected, 0 unreadable; "
                                  "3 actors, 1 meetings; 2.0 s (1.5 articles/s)")


def test_the_total_for_the_eta_counts_files_and_json_lines_without_parsing(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "b.html").write_text("x")
    (tmp_path / "notes.md").write_text("x")
    (tmp_path / ".hidden.txt").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.jsonl").write_text("\n".join(json.dumps({"id": n, "text": "t"}) for n in range(3)) + "\n\n")
    assert _estimate_total(tmp_path) == 5
    assert _estimate_total(tmp_path / "a.txt") == 1


def test_an_unknown_engine_is_a_coded_error(corpus):
    with pytest.raises(EngineError, match="unknown engine"):
        build(corpus, Store(None), load(), progress=False, engine="spark")


class RecordingStore:
    """The writes a Writer makes, in order."""

    def __init__(self):
        self.calls: list[tuple] = []

    def put_article(self, iri, ntriples):
        self.calls.append(("put", iri))

    def put_new_articles(self, articles):
        self.calls.append(("bulk", *(iri for iri, _ in articles)))

    def compact(self):
        self.calls.append(("compact",))


class WrittenArticles:
    """What a Writer tells the occurrences (:meth:`kg.identity.Occurrences.written`)."""

    def __init__(self):
        self.iris: list[str] = []

    def written(self, iris):
        self.iris.extend(iris)


def test_a_build_bulk_loads_new_articles_once_it_has_doubled_the_store_then_compacts(monkeypatch):
    """Bulk loads (cheaper, but leaving files to compact) start once the build has written as many new
    articles as the store held; a changed article is replaced at once, after what came before it."""
    monkeypatch.setattr(kg.build, "WRITE_BATCH", 2)
    store, occurrences = RecordingStore(), WrittenArticles()
    writer = kg.build.Writer(store, occurrences, ["old1", "old2"])
    for iri in ("new1", "new2", "new3", "old1", "new4", "new5", "new6"):
        writer.put(iri, "", iri)
    writer.finish()
    assert store.calls == [("put", "new1"), ("put", "new2"), ("bulk", "new3"), ("put", "old1"),
                           ("bulk", "new4", "new5"), ("bulk", "new6"), ("compact",)]
    assert occurrences.iris == ["new1", "new2", "new3", "old1", "new4", "new5", "new6"]


def test_a_small_increment_writes_article_by_article_and_compacts_nothing():
    store = RecordingStore()
    writer = kg.build.Writer(store, WrittenArticles(), ["old1", "old2", "old3"])
    for iri in ("new1", "old2"):
        writer.put(iri, "", iri)
    writer.finish()
    assert store.calls == [("put", "new1"), ("put", "old2")]
