"""Benchmark 3, dumps: ``python bench/dumps.py``.

Turtle and N-Triples dumps of the generated graph of at least 1,000,000 triples
(bench/make_graph.py): ``kg export`` (seconds, peak RSS of the command), then the server's
``/dumps/`` files downloaded from ``kg serve`` (seconds; the server's resident memory sampled
every 20 ms while it writes and streams the dump, against its memory before the request).
Goal: the server's peak RSS grows by at most 100 MB while streaming a dump.
"""
from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import requests  # noqa: E402

from common import DATA, PYTHON, REPO, clean_env, kg_server, proc_status, run_measured  # noqa: E402
from make_graph import make_graph  # noqa: E402

FORMATS = {"turtle": "newskg.ttl", "nt": "newskg.nt"}


def export_command(store: Path) -> None:
    for fmt in FORMATS:
        output = DATA / f"dump.{fmt}"
        seconds, peak, result = run_measured(
            [PYTHON, "-m", "kg.cli", "export", "--store", str(store), "--format", fmt, "-o", str(output)],
            cwd=REPO, env=clean_env())
        assert result.returncode == 0, result.stderr
        print(f"kg export --format {fmt:6}: {seconds:6.1f} s, peak RSS {peak} MB, {output.stat().st_size / 1e6:.0f} MB")
        output.unlink()


def from_server(store: Path) -> None:
    with kg_server(store) as (base, process):
        for fmt, name in FORMATS.items():
            for attempt in ("first request (written, then streamed)", "second request (streamed from disk)"):
                before = proc_status(process.pid, "VmRSS")
                peak, done = [before], threading.Event()

                def sample():
                    while not done.is_set():
                        peak[0] = max(peak[0], proc_status(process.pid, "VmRSS"))
                        time.sleep(0.02)

                sampler = threading.Thread(target=sample, daemon=True)
                sampler.start()
                started, size = time.perf_counter(), 0
                with requests.get(f"{base}/dumps/{name}", stream=True, timeout=1800) as response:
                    if response.status_code == 404:
                        print(f"GET /dumps/{name}: 404 (this server has no dumps route)")
                        done.set()
                        return
                    response.raise_for_status()
                    for chunk in response.iter_content(1 << 20):
                        size += len(chunk)
                seconds = time.perf_counter() - started
                done.set()
                sampler.join()
                print(f"GET /dumps/{name:10} {attempt:40}: {seconds:6.1f} s, {size / 1e6:.0f} MB; server RSS "
                      f"{before} MB before, peak {peak[0]} MB (+{peak[0] - before} MB; goal <= +100 MB)")


if __name__ == "__main__":
    graph = make_graph()
    export_command(graph)
    from_server(graph)
