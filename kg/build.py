"""The one orchestrator: ingest -> extract -> link -> graph -> validate -> store.

Extraction is a pure function, :func:`extract_articles` (a batch of articles -> for each, its
validated graph as N-Triples, or the report of why it was rejected; a graph that fails the shapes
keeps the part that conforms, :mod:`kg.conforming`), so it runs wherever is
fastest: in this process, in worker processes (:mod:`kg.parallel`, ``--workers N``) or on a Dask
cluster (:mod:`kg.distributed`, ``--engine dask``). No rdflib Graph is made on the way
(:mod:`kg.graph`), and spaCy parses a batch's paragraphs together. This process stays the only
writer: it streams the articles out, takes the results back as they come, and writes each article's
conforming graph as its own named graph, atomically (new articles several in one atomic bulk load:
:class:`Writer`). A failure in one article never touches the others, and a build killed at any
moment leaves every article wholly present or absent; the next run completes the job. That holds for bugs
too: an exception escaping the extraction of one article (on any engine) rejects that article
with one line, "internal error", and the batch goes on.

Incremental: the stored checksums are read once, and an article whose checksum is already stored
is skipped before any extraction (an unchanged rebuild loads no model), unless another extraction
made it (:mod:`kg.provenance`: other code, model, gazetteer, shapes or settings). A changed article
replaces its named graph.

One node per real event: just before an article is written, the writer links each of its event
reports to the occurrence it reports (:mod:`kg.identity`), which needs the store, so it happens
here rather than in the pure extraction; the links go into the article's graph in the same write.
"""
from __future__ import annotations

import logging
import os
import sys
import time
import traceback
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from rdflib import Graph
from tqdm import tqdm

from . import gazetteer as gazetteer_module
from .config import Config
from .conforming import conforming_part
from .errors import InputError, KgError
from .graph import Triple, article_iri, ntriples, rdflib_graph, to_triples
from .identity import Occurrences, Report as EventReport, article_reports
from .provenance import Extraction, extraction
from .ingest import READERS, read_articles
from .namespaces import KG, RDF
from .records import Article
from .shacl import compile_shapes
from .store import Store
from .validate import Report, load_shapes, validate

log = logging.getLogger(__name__)
COUNTED = {"actors": KG.Actor, "meetings": KG.Meeting, "statements": KG.Statement,
           "military actions": KG.MilitaryAction}
_TYPE = str(RDF.type)
ENGINES = ("local", "dask")
BATCH = 8  # articles extracted together: spaCy parses their paragraphs in one go; small enough to stream
WRITE_BATCH = 64  # new articles written together (Writer): the larger the load, the fewer files, the less it costs


class EngineError(KgError):
    """An unknown engine, or a Dask scheduler that cannot be reached."""

    code = "KG310"
    status = 500


@dataclass
class BuildSummary:
    built: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)  # why, one description per article, naming it
    trimmed: list[str] = field(default_factory=list)  # articles stored without what the shapes refused: what, why
    unreadable: list[InputError] = field(default_factory=list)
    facts: Counter = field(default_factory=Counter)
    joined: int = 0  # event reports that joined an occurrence other articles report
    again: int = 0  # articles with unchanged text extracted again: the extraction changed (kg.provenance)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.rejected and not self.unreadable

    @property
    def articles(self) -> int:
        """Articles read (built, unchanged, rejected or unreadable)."""
        return len(self.built) + len(self.unchanged) + len(self.rejected) + len(self.unreadable)

    def describe(self) -> str:
        facts = ", ".join(f"{count} {kind}" for kind, count in self.facts.items()) or "no facts"
        if self.joined:
            facts += f"; {self.joined} event report(s) joined events other articles report"
        if self.again:
            facts += (f"; {self.again} unchanged article(s) extracted again (the code, model, gazetteer, "
                      "shapes or settings changed)")
        if self.trimmed:
            facts += f"; {len(self.trimmed)} article(s) stored without the node(s) the shapes refused"
        rate = f" ({self.articles / self.seconds:.1f} articles/s)" if self.seconds > 0 and self.articles else ""
        return (f"built {len(self.built)} article(s), {len(self.unchanged)} unchanged, "
                f"{len(self.rejected)} rejected, {len(self.unreadable)} unreadable; {facts}; "
                f"{self.seconds:.1f} s{rate}")


class Extractor:
    """Article -> validated graph. Loads the model on first use, so unchanged rebuilds need none."""

    def __init__(self, config: Config):
        self.config = config
        self.gazetteer = gazetteer_module.load(config.gazetteer)
        self.shapes = load_shapes(config.shapes)
        self.compiled_shapes = compile_shapes(self.shapes)
        self._nlp = None

    @property
    def nlp(self):
        if self._nlp is None:
            from .extract import nlp as nlp_module
            self._nlp = nlp_module.load(self.config.model, self.config.gazetteer)
        return self._nlp

    def parse(self, articles: list[Article]) -> list:
        """The articles' paragraphs parsed by spaCy, in one go (:func:`kg.extract.sentences.parse`)."""
        from .extract import parse
        return parse(articles, self.nlp)

    def triples(self, article: Article, parsed: list | None = None) -> list[Triple]:
        from .extract import extract
        extraction = extract(article, self.nlp, self.gazetteer, self.config.min_confidence, parsed)
        return to_triples(extraction, self.config.base_iri)

    def graph(self, article: Article) -> Graph:
        return rdflib_graph(self.triples(article))

    def validate(self, triples: list[Triple], ntriples: str | None = None) -> Report:
        """The shapes' report: compiled checks (:mod:`kg.shacl`, same results, ~20x faster), else pyshacl."""
        if self.compiled_shapes is not None:
            return self.compiled_shapes.validate_triples(triples, ntriples)
        return validate(rdflib_graph(triples), self.shapes)


@dataclass(frozen=True)
class ArticleResult:
    """What extraction sends back for one article: plain, picklable data, small enough to stream."""

    name: str
    iri: str
    ntriples: str | None  # the validated graph; None when rejected
    report: Report | None  # None when extraction failed; the violations of what was dropped, when trimmed
    facts: dict[str, int]
    reports: tuple[EventReport, ...] = ()  # its event reports, which the writer links to occurrences (kg.identity)
    error: str | None = None  # an internal error: one line for the user
    trace: str = ""  # its traceback, for ``-v``

    def describe_rejection(self) -> str:
        return f"{self.name}: {self.error}" if self.error else self.report.describe(self.name)

    @property
    def trimmed(self) -> bool:
        """Stored without the nodes that failed the shapes (:mod:`kg.conforming`)."""
        return self.ntriples is not None and not self.report.conforms

    def describe_trimming(self) -> str:
        nodes = len({violation.focus for violation in self.report.violations})
        lines = [f"{self.name}: stored without {nodes} node(s) that failed the shapes"]
        return "\n".join(lines + [f"  - {violation.describe()}" for violation in self.report.violations])


def article_name(article: Article) -> str:
    """How reports name an article: its file, or its identity when a file holds many (JSON, JSON Lines)."""
    if article.source_file and not article.source_file.lower().endswith((".jsonl", ".json")):
        return article.source_file
    return article.identity


def extract_articles(articles: list[Article], extractor: Extractor) -> list[ArticleResult]:
    """The pure function every engine runs: articles -> for each, its validated graph (N-Triples) or why not.

    spaCy parses the paragraphs of all ``articles`` in one go, which costs less than article by article.
    Should that parse raise, each article is extracted on its own, so the failure stays with its article.
    """
    try:
        parsed = extractor.parse(articles)
    except KgError:
        raise
    except Exception:  # the bug barrier of extract_article, one article at a time
        return [extract_article(article, extractor) for article in articles]
    return [extract_article(article, extractor, paragraphs) for article, paragraphs in zip(articles, parsed)]


def extract_article(article: Article, extractor: Extractor, parsed: list | None = None) -> ArticleResult:
    """One article -> its validated graph (N-Triples) or why not; ``parsed``: its paragraphs, when parsed already.

    Bad input is refused while reading (:mod:`kg.ingest`), so an exception here is a bug. It must
    cost this article only, on every engine, so it is caught here, the one function they all run,
    and sent back as data; a :class:`KgError` (no model, say) concerns the whole batch and is raised.
    """
    name = article_name(article)
    iri = str(article_iri(extractor.config.base_iri, article))
    try:
        return _extract(article, extractor, name, iri, parsed)
    except KgError:
        raise
    except Exception as error:  # the bug barrier described above
        return ArticleResult(name, iri, None, None, {}, error=_internal_error(error), trace=traceback.format_exc())


def _internal_error(error: Exception) -> str:
    """One line: the exception and where it was raised (``-v`` logs the traceback, whichever process it came from)."""
    frame = traceback.extract_tb(error.__traceback__)[-1]
    message = " ".join(str(error).split())
    message = message if len(message) <= 200 else message[:199] + "…"
    where = f"{Path(frame.filename).name}:{frame.lineno}"
    return f"internal error ({type(error).__name__}: {message} at {where}); run with -v for the traceback"


def _extract(article: Article, extractor: Extractor, name: str, iri: str, parsed: list | None) -> ArticleResult:
    triples = extractor.triples(article, parsed)
    text = ntriples(triples)
    report = extractor.validate(triples, text)
    if not report.conforms:
        kept = conforming_part(triples, report, iri, lambda part: extractor.validate(part, ntriples(part)))
        if kept is None:
            return ArticleResult(name, iri, None, report, {})
        triples, report = kept
        text = ntriples(triples)
    return ArticleResult(name, iri, text, report, count_facts(triples), tuple(article_reports(triples)))


def count_facts(triples: list[Triple]) -> dict[str, int]:
    """Instances of each counted class (the triples are distinct, so each instance is typed once)."""
    types = Counter(o.value for _, p, o in triples if p.value == _TYPE)
    return {kind: types[str(class_)] for kind, class_ in COUNTED.items()}


def build(source: Path, store: Store, config: Config, progress: bool | None = None,
          workers: int | None = None, engine: str | None = None) -> BuildSummary:
    """Build every article under ``source`` into ``store``; the summary says what happened to each.

    ``workers`` and ``engine`` default to the settings of the same name; ``progress`` (a bar with
    articles/s and an ETA) defaults to whether standard error is a terminal.
    """
    started = time.monotonic()
    workers = config.workers if workers is None else workers
    engine = config.engine if engine is None else engine
    if engine not in ENGINES:
        raise EngineError(f"unknown engine {engine!r}; use one of {', '.join(ENGINES)}")
    summary = BuildSummary()
    show = sys.stderr.isatty() if progress is None else progress
    stored = store.checksums()
    made_with, current = store.extracted_with(), extraction(config)
    with tqdm(total=_estimate_total(source) if show else None, unit=" articles", disable=not show,
              desc="building", smoothing=0.1) as bar:
        changed = _changed_articles(read_articles(source), stored, made_with, current.iri(config.base_iri),
                                    config, summary, bar)
        occurrences = Occurrences(store)
        writer = Writer(store, occurrences, stored)
        for result in _in_input_order(changed, config, workers, engine):
            _store_result(result, writer, occurrences, current, config.base_iri, summary)
            bar.update()
        writer.finish()
    store.flush()
    summary.seconds = time.monotonic() - started
    return summary


def _changed_articles(items: Iterable[Article | InputError], stored: dict[str, str], made_with: dict[str, str],
                      current: str, config: Config, summary: BuildSummary, bar: tqdm) -> Iterator[Article]:
    """The articles that need extracting (new or changed text, or made by another extraction than
    ``current``); the others are counted in ``summary`` on the way."""
    for item in items:
        if isinstance(item, InputError):
            summary.unreadable.append(item)
            bar.update()
            continue
        iri = str(article_iri(config.base_iri, item))
        if stored.get(iri) != item.checksum:
            yield item
        elif made_with.get(iri) != current:
            summary.again += 1
            yield item
        else:
            summary.unchanged.append(article_name(item))
            bar.update()


def _in_input_order(articles: Iterable[Article], config: Config, workers: int,
                    engine: str) -> Iterator[ArticleResult]:
    """The results in the order the articles were read, whichever finished first.

    Events are linked to occurrences as articles are written, and a new occurrence is named after
    the first report of it (:mod:`kg.identity`), so the write order decides IRIs: in input order,
    every engine and worker count gives the local build's graph. Only results that finished ahead
    of an earlier article wait, so at most the engine's in-flight results are held.
    """
    order: deque[str] = deque()
    waiting: dict[str, deque[ArticleResult]] = {}

    def read() -> Iterator[Article]:
        for article in articles:
            order.append(str(article_iri(config.base_iri, article)))
            yield article

    for result in _extract_all(read(), config, workers, engine):
        waiting.setdefault(result.iri, deque()).append(result)
        while order and order[0] in waiting:
            iri = order.popleft()
            yield waiting[iri].popleft()
            if not waiting[iri]:
                del waiting[iri]
    for iri in order:  # none is left unless an engine lost a result: keep the rest rather than wait forever
        yield from waiting.pop(iri, ())


def _extract_all(articles: Iterable[Article], config: Config, workers: int, engine: str) -> Iterator[ArticleResult]:
    if engine == "dask":
        from .distributed import extract_on_dask
        return extract_on_dask(articles, config, config.scheduler or None, workers)
    if workers > 1:
        from .parallel import extract_in_processes
        return extract_in_processes(articles, config, workers)
    return _extract_here(articles, config)


def _extract_here(articles: Iterable[Article], config: Config) -> Iterator[ArticleResult]:
    extractor = None
    for batch in batches(articles, BATCH):
        extractor = extractor or Extractor(config)
        yield from extract_articles(batch, extractor)


def batches(items: Iterable, size: int) -> Iterator[list]:
    """Consecutive lists of ``size`` items (the last may be shorter).

    >>> list(batches(range(5), 2))
    [[0, 1], [2, 3], [4]]
    """
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


class Writer:
    """The build's writes, in input order. Articles new to the store go :data:`WRITE_BATCH` at a time
    (:meth:`Store.put_new_articles`: one atomic bulk load, about half the CPU of a transaction per
    article), once the build has written as many new articles as the store held when it started;
    :meth:`finish` then compacts the store. Before that point (an increment to a larger store) and
    for any other article, one atomic write each. A build killed meanwhile leaves the unwritten ones
    absent, as if it had stopped earlier: the next run extracts them.

    Why the threshold: bulk loads leave the store in many uncompacted files, over which queries cost
    twice as much (the data card's, on 1,000 articles), and compacting costs in proportion to the whole
    store. A build that at least doubles the store pays for its compaction with what its bulk loads
    save; a small increment would not, so it writes as before and leaves no files to compact."""

    def __init__(self, store: Store, occurrences: Occurrences, stored: Iterable[str]):
        self.store, self.occurrences, self.stored = store, occurrences, set(stored)
        self.bulk_from = len(self.stored)  # new articles written before bulk loads pay
        self.new = 0  # new articles written so far
        self.bulk_loaded = False
        self.pending: list[tuple[str, str, str]] = []  # (IRI, N-Triples, name)

    def put(self, iri: str, ntriples: str, name: str) -> None:
        new = iri not in self.stored and all(iri != pending for pending, _, _ in self.pending)
        if new and self.new >= self.bulk_from:
            self.new += 1
            self.pending.append((iri, ntriples, name))
            if len(self.pending) >= WRITE_BATCH:
                self.flush()
            return
        self.flush()
        self.new += new
        self._written([(iri, ntriples, name)], lambda: self.store.put_article(iri, ntriples))

    def flush(self) -> None:
        articles, self.pending = self.pending, []
        if articles:
            self.bulk_loaded = True
            self._written(articles, lambda: self.store.put_new_articles([(iri, text) for iri, text, _ in articles]))

    def finish(self) -> None:
        """Write what is pending; compact the store if bulk loads wrote to it."""
        self.flush()
        if self.bulk_loaded:
            self.store.compact()

    def _written(self, articles: list[tuple[str, str, str]], write) -> None:
        write()
        self.occurrences.written([iri for iri, _, _ in articles])
        for iri, _, name in articles:
            self.stored.add(iri)  # written again, it is replaced
            log.debug("stored %s as <%s>", name, iri)


def _store_result(result: ArticleResult, writer: Writer, occurrences: Occurrences, made_with: Extraction,
                  base_iri: str, summary: BuildSummary) -> None:
    if result.ntriples is None:
        summary.rejected.append(result.describe_rejection())
        if result.trace:
            log.debug("%s: %s", result.name, result.trace)
        return
    links = occurrences.link(list(result.reports), result.iri, base_iri)
    occurrences.record(result.iri, links)
    writer.put(result.iri, f"{result.ntriples}\n{links.ntriples}{made_with.ntriples(base_iri, result.iri)}", result.name)
    log.debug("%s: %d report(s) joining known events", result.name, links.joined)
    summary.built.append(result.name)
    if result.trimmed:
        summary.trimmed.append(result.describe_trimming())
    summary.joined += links.joined
    summary.facts.update(result.facts)


def _estimate_total(source: Path) -> int:
    """How many articles ``source`` holds, for the ETA: files by suffix, JSON Lines by lines. No parsing."""
    source = Path(source)
    paths = [source] if source.is_file() else [
        Path(folder) / name for folder, _, names in os.walk(source) for name in names
        if not name.startswith(".") and Path(name).suffix.lower() in READERS
    ]
    return sum(_lines_in(path) if path.suffix.lower() == ".jsonl" else 1 for path in paths)


def _lines_in(path: Path) -> int:
    """Non-blank lines of a JSON Lines file; 1 for one that cannot be read (the build names it once)."""
    if not path.is_file():  # a pipe would block, a symlink loop raise
        return 1
    try:
        with open(path, "rb") as handle:
            return sum(1 for line in handle if line.strip())
    except OSError:
        return 1
