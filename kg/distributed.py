"""Extraction on a Dask cluster (``kg build --engine dask --scheduler tcp://host:8786``).

Extraction is a pure function (article -> validated graph), so a cluster only has to run
:func:`~kg.build.extract_articles` on batches of articles; the results (N-Triples and reports) come
back to this process, which writes them to the store — embedded, or a remote triple store set by
``--store URL``. Every Dask worker needs this package and the spaCy model installed (README,
"Building on a Dask cluster"); each loads them once, on its first task, and keeps them. A bug that
raises on one article comes back as that article's rejection, not as a failed task (see
:func:`~kg.build.extract_article`), so the batch's other articles are kept.

The articles are streamed to the cluster with a bounded number of batches in flight, so neither
this process nor the scheduler holds the corpus. Without a scheduler address, a
``dask.distributed.LocalCluster`` with ``workers`` single-threaded worker processes is started
(the tests use that).
"""
from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from functools import lru_cache

from .build import BATCH, ArticleResult, EngineError, Extractor, batches, extract_articles
from .config import Config
from .records import Article

log = logging.getLogger(__name__)
IN_FLIGHT = 4  # batches per worker submitted ahead


@lru_cache(maxsize=2)
def _worker_extractor(config: Config) -> Extractor:
    """One extractor (model, gazetteer, shapes) per worker process and configuration."""
    return Extractor(config)


def extract_batch(articles: list[Article], config: Config) -> list[ArticleResult]:
    """The task a Dask worker runs."""
    return extract_articles(articles, _worker_extractor(config))


def _quiet_dask_logs() -> None:
    """Dask logs each worker's and connection's coming and going at INFO, dozens of lines around the
    build's own one line per problem; its warnings stay, and ``-v`` shows everything."""
    if not log.isEnabledFor(logging.DEBUG):
        logging.getLogger("distributed").setLevel(logging.WARNING)


def extract_on_dask(articles: Iterable[Article], config: Config, scheduler: str | None,
                    workers: int = 2, batch: int = BATCH) -> Iterator[ArticleResult]:
    """Results in the order they finish, from the cluster at ``scheduler`` (None: a local cluster)."""
    from dask.distributed import Client, LocalCluster, as_completed

    _quiet_dask_logs()
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="30s")
        else:
            cluster = LocalCluster(n_workers=max(workers, 1), threads_per_worker=1, processes=True,
                                   dashboard_address=None)
            client = Client(cluster)
    except (OSError, TimeoutError) as e:
        raise EngineError(f"cannot reach the Dask scheduler at {scheduler}: {e}") from e
    try:
        slots = max(len(client.scheduler_info()["workers"]), 1) * IN_FLIGHT
        config_future = client.scatter(config, broadcast=True)
        chunks = batches(articles, batch)
        running = as_completed()
        for chunk in chunks:
            running.add(client.submit(extract_batch, chunk, config_future, pure=False))
            if running.count() >= slots:
                yield from next(running).result()
        for future in running:
            yield from future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
