"""``kg build --engine dask``: extraction on a real Dask cluster, results written by the build.

The cluster is a ``dask.distributed.LocalCluster`` with two worker processes, reached by its
scheduler address exactly as a remote cluster would be (``--scheduler tcp://…``), and the store is
a real Oxigraph server: the distributed deployment in miniature. The result must equal the local
build triple for triple.
"""
from __future__ import annotations

import pytest

from kg.build import build
from kg.config import load
from kg.store import Store
from test_remote import embedded_reference, kg, oxigraph_server, quads, two_seeds  # noqa: F401 — fixtures

distributed = pytest.importorskip("dask.distributed")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as local_cluster:
        yield local_cluster


def test_a_dask_build_into_a_remote_store_equals_the_local_build(cluster, oxigraph_server, two_seeds,  # noqa: F811
                                                                embedded_reference):
    result = kg("build", two_seeds, "--engine", "dask", "--scheduler", cluster.scheduler_address,
                "--store", oxigraph_server)
    assert result.returncode == 0, result.stderr
    assert "built 2 article(s), 0 unchanged, 0 rejected" in result.stdout
    assert quads(Store(oxigraph_server)) == quads(embedded_reference)


def test_the_dask_engine_in_process_skips_unchanged_articles(cluster, two_seeds, embedded_reference):  # noqa: F811
    store = Store(None)
    config = load(engine="dask", scheduler=cluster.scheduler_address)
    first = build(two_seeds, store, config, progress=False)
    assert len(first.built) == 2 and first.ok
    assert quads(store) == quads(embedded_reference)
    second = build(two_seeds, store, config, progress=False)
    assert (len(second.built), len(second.unchanged)) == (0, 2)
