"""Does joining event reports across articles cost more per article as the store grows?
``python bench/link_scale.py CORPUS.jsonl [ARTICLES] [COPIES]``

The writer of ``kg build`` links each article's event reports to the occurrences other articles
stored (:mod:`kg.identity`); in a dense corpus a busy actor's window holds thousands of reports.
This runs that writer alone: the first ARTICLES (default 1000) articles of a corpus
(bench/make_corpus.py) are extracted once (two processes; cached in bench/data/, as pickled
results of :func:`kg.build.extract_articles`), then written COPIES times over (default 5; each copy
under new article IRIs, with the same dates, so the density per day is that of a corpus
ARTICLES x COPIES long) into a fresh store, as ``kg build`` writes them. It prints the CPU seconds
of linking (``Occurrences.link``) and of the whole write per thousand articles, and a digest of
every link triple, so that two versions of kg/identity.py can be checked to give the same links;
then the CPU seconds of the data card's statistics on the store written, opened read-only as
``kg build`` opens it for the card.
"""
from __future__ import annotations

import dataclasses
import hashlib
import pickle
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.build import ArticleResult, BuildSummary, Writer, _in_input_order, _store_result  # noqa: E402
from kg.config import load  # noqa: E402
from kg.identity import Occurrences  # noqa: E402
from kg.ingest import read_articles  # noqa: E402
from kg.provenance import extraction  # noqa: E402
from kg.stats import compute_stats  # noqa: E402
from kg.store import EmbeddedStore  # noqa: E402

from common import DATA  # noqa: E402


def extracted(corpus: Path, count: int, config) -> list[ArticleResult]:
    cache = DATA / f"extracted-{corpus.stem}-{count}.pickle"
    if not cache.exists():
        articles = list(islice(read_articles(corpus), count))
        DATA.mkdir(parents=True, exist_ok=True)
        cache.write_bytes(pickle.dumps(list(_in_input_order(iter(articles), config, 2, "local"))))
    return pickle.loads(cache.read_bytes())


def copied(result: ArticleResult, number: int) -> ArticleResult:
    """The same article under another IRI: its digest (in its IRI and its nodes' IRIs) replaced."""
    if number == 0 or result.ntriples is None:
        return result
    digest = result.iri.rsplit("-", 1)[1]
    other = hashlib.sha1(f"{digest}{number}".encode()).hexdigest()[:len(digest)]
    reports = tuple(dataclasses.replace(report, iri=report.iri.replace(digest, other)) for report in result.reports)
    return dataclasses.replace(result, name=f"{result.name}#{number}", iri=result.iri.replace(digest, other),
                               ntriples=result.ntriples.replace(digest, other), reports=reports)


def main(corpus: Path, count: int, copies: int) -> None:
    config = load()
    results = extracted(corpus, count, config)
    stream = sorted((copied(result, number) for number in range(copies) for result in results),
                    key=lambda result: result.iri.rsplit("-", 1)[1])  # copies interleaved, not in runs
    linking, digest, link = [0.0], hashlib.sha1(), Occurrences.link

    def timed_link(self, *args):
        started = time.process_time()
        links = link(self, *args)
        linking[0] += time.process_time() - started
        digest.update(links.ntriples.encode())
        return links

    Occurrences.link = timed_link
    with tempfile.TemporaryDirectory() as folder:
        store = EmbeddedStore(Path(folder) / "store")
        occurrences, summary = Occurrences(store), BuildSummary()
        writer = Writer(store, occurrences, ())
        started, made_with = time.process_time(), extraction(config)
        for number, result in enumerate(stream, 1):
            _store_result(result, writer, occurrences, made_with, config.base_iri, summary)
            if number % 1000 == 0:
                print(f"{number} articles: write {time.process_time() - started:.1f} CPU-s, "
                      f"of which linking {linking[0]:.1f}", flush=True)
        writer.finish()
        written = time.process_time() - started
        store.close()
        store = EmbeddedStore(Path(folder) / "store", read_only=True)  # as kg build opens it for its data card
        counting = time.process_time()
        stats = compute_stats(store, config.base_iri, len(store.articles()))
        counted = time.process_time() - counting
        store.close()
    print(f"{len(stream)} articles, {summary.joined} reports joined: write {written:.1f} CPU-s (the bulk loads' and "
          f"RocksDB's threads included), of which linking {linking[0]:.1f}; link triples sha1 {digest.hexdigest()}")
    print(f"data card statistics (kg.stats.compute_stats) of the {stats.triples} triples: {counted:.1f} CPU-s")


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 1000,
         int(sys.argv[3]) if len(sys.argv) > 3 else 5)
