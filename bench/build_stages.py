"""Where a build's CPU goes, stage by stage: ``python bench/build_stages.py CORPUS.jsonl [ARTICLES]``.

Runs the stages of ``kg build`` one after the other in this one process, over the first ARTICLES
(default 100) articles of a corpus (bench/make_corpus.py), and prints the CPU milliseconds per
article of each (``time.process_time``: on a shared machine wall time measures the neighbours too):
spaCy on the articles' paragraphs (parsed :data:`kg.build.BATCH` articles at a time, as a worker
does) beside bare ``nlp.pipe`` on the whole texts, the extraction rules, records -> triples,
N-Triples, the compiled SHACL checks, the event reports, then the writer's occurrence linking, store write
and compaction into a fresh store (as :class:`kg.build.Writer` does), and the data card of that store.
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.build import BATCH, Extractor, Writer, batches, count_facts  # noqa: E402
from kg.config import load  # noqa: E402
from kg.datacard import make_card  # noqa: E402
from kg.extract import extract  # noqa: E402
from kg.graph import article_iri, ntriples, to_triples  # noqa: E402
from kg.identity import Occurrences, article_reports  # noqa: E402
from kg.ingest import read_articles  # noqa: E402
from kg.provenance import extraction  # noqa: E402
from kg.store import EmbeddedStore  # noqa: E402


class Stages:
    """CPU seconds summed by stage name."""

    def __init__(self):
        self.seconds: dict[str, float] = {}

    def run(self, name: str, work):
        started = time.process_time()
        result = work()
        self.seconds[name] = self.seconds.get(name, 0.0) + time.process_time() - started
        return result

    def report(self, articles: int) -> str:
        return "  ".join(f"{name} {1000 * seconds / articles:.1f}" for name, seconds in self.seconds.items())


def main(corpus: Path, count: int) -> None:
    config = load()
    extractor = Extractor(config)
    articles = [article for article in read_articles(corpus)][:count]
    nlp = extractor.nlp
    extractor.parse(articles[:1])  # warm up
    stages = Stages()
    stages.run("bare nlp.pipe(texts)", lambda: list(nlp.pipe(article.text for article in articles)))
    parsed = stages.run("spaCy (paragraphs)", lambda: [p for batch in batches(articles, BATCH)
                                                       for p in extractor.parse(batch)])
    records = stages.run("rules", lambda: [extract(article, nlp, extractor.gazetteer, config.min_confidence, paragraphs)
                                           for article, paragraphs in zip(articles, parsed)])
    triples = stages.run("triples", lambda: [to_triples(record, config.base_iri) for record in records])
    texts = stages.run("N-Triples", lambda: [ntriples(article_triples) for article_triples in triples])
    reports = stages.run("SHACL", lambda: [extractor.validate(t, text) for t, text in zip(triples, texts)])
    stages.run("facts", lambda: [count_facts(article_triples) for article_triples in triples])
    events = stages.run("reports", lambda: [article_reports(article_triples) for article_triples in triples])
    with tempfile.TemporaryDirectory() as folder:
        store = EmbeddedStore(Path(folder) / "store")
        occurrences, made_with = Occurrences(store), extraction(config)
        writer = Writer(store, occurrences, ())
        for article, text, report, found in zip(articles, texts, reports, events):
            if report.conforms:
                iri = str(article_iri(config.base_iri, article))
                links = stages.run("link", lambda: occurrences.link(found, iri, config.base_iri))
                occurrences.record(iri, links)
                stages.run("store write", lambda: writer.put(
                    iri, f"{text}\n{links.ntriples}{made_with.ntriples(config.base_iri, iri)}", iri))
        stages.run("store write", writer.flush)
        stages.run("store write", store.flush)
        stages.run("compaction", writer.finish)
        store.close()
        reader = EmbeddedStore(Path(folder) / "store", read_only=True)
        stages.run("data card", lambda: make_card(reader, config))
        reader.close()
    print(f"{len(articles)} articles ({sum(r.conforms for r in reports)} conforming), CPU ms per article:")
    print(stages.report(len(articles)))


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 100)
