"""Extraction in worker processes on this machine (``kg build --workers N``).

Each worker loads the spaCy model, gazetteer and shapes once (the pool's initializer), then turns
batches of articles (:data:`~kg.build.BATCH`, parsed by spaCy together) into
:class:`~kg.build.ArticleResult` (N-Triples and a validation report): small plain data, cheap to
send back. The parent stays the store's single writer. A bug that raises on one article comes back
as that article's rejection (:func:`~kg.build.extract_article` catches it in the worker), so neither
the pool nor the rest of the batch is lost.

Memory stays flat however large the corpus: articles are read lazily and at most a few batches per
worker are in flight. Workers are started with ``spawn``, not ``fork``: the parent may hold threads
(the progress bar's) and an open store, neither of which a forked child should inherit.
"""
from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

from .build import BATCH, ArticleResult, Extractor, batches, extract_articles
from .config import Config
from .records import Article

IN_FLIGHT = 3  # tasks per worker submitted ahead, so no worker waits for the parent

_extractor: Extractor | None = None


def _start_worker(config: Config) -> None:
    """The pool's initializer: load everything once per process, before the first article."""
    global _extractor
    _extractor = Extractor(config)
    _extractor.nlp  # noqa: B018 — load the model now, not inside the first task


def _extract_batch(articles: list[Article]) -> list[ArticleResult]:
    assert _extractor is not None, "worker used before its initializer ran"
    return extract_articles(articles, _extractor)


def extract_in_processes(articles: Iterable[Article], config: Config, workers: int,
                         batch: int = BATCH) -> Iterator[ArticleResult]:
    """Results in the order they finish; at most ``workers * IN_FLIGHT`` batches are pending."""
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker,
                             initargs=(config,)) as pool:
        pending: set[Future] = set()
        for chunk in batches(articles, batch):
            pending.add(pool.submit(_extract_batch, chunk))
            if len(pending) >= workers * IN_FLIGHT:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    yield from future.result()
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                yield from future.result()
