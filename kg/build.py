"""The one orchestrator: ingest -> extract -> link -> graph -> validate -> store.

Articles are built one at a time and written one named graph per article, so a failure in one
article never touches the others. An article whose checksum is already stored is skipped.
"""
from __future__ import annotations

import logging
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import RDF
from tqdm import tqdm

from . import gazetteer as gazetteer_module
from .config import Config
from .errors import InputError
from .graph import article_iri, to_graph
from .ingest import read_articles
from .namespaces import KG
from .records import Article
from .store import Store
from .validate import Report, load_shapes, validate

log = logging.getLogger(__name__)
COUNTED = {"actors": KG.Actor, "meetings": KG.Meeting, "statements": KG.Statement,
           "military actions": KG.MilitaryAction}


@dataclass
class BuildSummary:
    built: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    rejected: list[tuple[str, Report]] = field(default_factory=list)
    unreadable: list[InputError] = field(default_factory=list)
    facts: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.rejected and not self.unreadable

    def describe(self) -> str:
        facts = ", ".join(f"{count} {kind}" for kind, count in self.facts.items()) or "no facts"
        return (f"built {len(self.built)} article(s), {len(self.unchanged)} unchanged, "
                f"{len(self.rejected)} rejected, {len(self.unreadable)} unreadable; {facts}; "
                f"{self.seconds:.1f} s")


class Extractor:
    """Article -> validated graph. Loads the model on first use, so unchanged rebuilds need none."""

    def __init__(self, config: Config):
        self.config = config
        self.gazetteer = gazetteer_module.load(config.gazetteer)
        self.shapes = load_shapes(config.shapes)
        self._nlp = None

    @property
    def nlp(self):
        if self._nlp is None:
            from .extract import nlp as nlp_module
            self._nlp = nlp_module.load(self.config.model, self.config.gazetteer)
        return self._nlp

    def graph(self, article: Article) -> Graph:
        from .extract import extract
        extraction = extract(article, self.nlp, self.gazetteer, self.config.min_confidence)
        return to_graph(extraction, self.config.base_iri)

    def validate(self, graph: Graph) -> Report:
        return validate(graph, self.shapes)


def build(source: Path, store: Store, config: Config, progress: bool | None = None) -> BuildSummary:
    """Build every article under ``source`` into ``store``; the summary says what happened to each."""
    started = time.monotonic()
    summary = BuildSummary()
    extractor = Extractor(config)
    show = sys.stderr.isatty() if progress is None else progress
    for item in tqdm(read_articles(source), unit=" articles", disable=not show, desc="building"):
        if isinstance(item, InputError):
            summary.unreadable.append(item)
            continue
        _build_one(item, store, extractor, summary)
    store.flush()
    summary.seconds = time.monotonic() - started
    return summary


def _build_one(article: Article, store: Store, extractor: Extractor, summary: BuildSummary) -> None:
    name = article.source_file or article.identity
    iri = str(article_iri(extractor.config.base_iri, article))
    if store.checksum(iri) == article.checksum:
        summary.unchanged.append(name)
        return
    if article.language != "en":
        log.warning("%s: does not look like English; extraction may find little", name)
    graph = extractor.graph(article)
    report = extractor.validate(graph)
    if not report.conforms:
        summary.rejected.append((name, report))
        return
    store.replace_article(iri, graph)
    summary.built.append(name)
    for kind, class_ in COUNTED.items():
        summary.facts[kind] += sum(1 for _ in graph.subjects(RDF.type, class_))
