"""The load script (bench/load.py) itself, on a short run: 32 clients for 8 s, after a 10 s warm-up,
against ``kg serve`` over the seeds graph. It must pass: no 5xx, no connection error, every request
answered 200, every download of a dump the same bytes, the server process's memory within 10% — and it must
have sent every kind of request. ``make bench-load`` runs it for 60 s (bench/RESULTS.md).
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox

REPO = Path(__file__).resolve().parents[1]
KINDS = ("dump", "entity", "home", "query")


def test_32_clients_for_8_seconds_get_no_5xx_and_no_error(tmp_path, seeds_store):
    store = ox.Store(str(tmp_path / "store"))
    store.bulk_extend(seeds_store.quads())
    store.flush()
    del store  # the server opens it

    run = subprocess.run(
        [sys.executable, "bench/load.py", "--store", str(tmp_path / "store"),
         "--clients", "32", "--seconds", "8", "--warmup", "10", "--max-requests", "20000"],
        cwd=REPO, capture_output=True, text=True, timeout=120)

    print(run.stdout)
    assert run.returncode == 0, run.stdout + run.stderr
    report = run.stdout.splitlines()
    assert "5xx answers: 0 (zero 5xx: yes)" in report
    assert "connection errors: 0; failed requests in all: 0" in report
    assert report[-1] == "verdict: PASS"
    sent = {line.split()[0]: int(line.split()[1]) for line in report if line.split()[:1] and line.split()[0] in KINDS}
    assert sent.keys() == set(KINDS) and min(sent.values()) > 0, sent
    growth = re.search(r"the process \d+ -> \d+ MB \(([+-][0-9.]+)%\)", run.stdout)
    assert growth and float(growth.group(1)) <= 10.0
