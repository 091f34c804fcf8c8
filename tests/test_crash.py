"""Writes are atomic per article: ``kill -9`` of ``kg build`` at any moment leaves a store that opens,
in which every article is wholly present (as one complete version) or absent, and the next run
completes the job.

Each round flips every article of a small corpus between two versions (A, then B with one more
sentence, then A…), so every round replaces every article graph, and kills ``kg build`` at a random
moment. After each kill the store is opened and each article graph is compared, quad for quad,
with the graphs of clean builds of both versions. Every tenth round, and at the end, a build runs
to completion and must give exactly the clean build's quads.

Kill times are random: in even rounds anywhere in the run (start-up, model load, extraction,
writes); in odd rounds within the write phase, which starts when ``kg build -v`` logs its first
stored article, since most of a short run is start-up. The seed and how many rounds were cut
between two article writes are printed (-s), so a failure can be replayed.
"""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.build import build
from kg.config import load
from kg.store import Store

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
ARTICLES = ("000_7098d567288dc831.txt", "002_691f94b3424021d2.txt", "003_7c70f9a971333044.txt")
ADDED = "\n\nOfficials later described the talks as constructive and said they would meet again.\n"
ROUNDS = 20
COMPLETE_EVERY = 10


def write_version(folder: Path, version: str) -> None:
    for name in ARTICLES:
        text = (SEEDS / name).read_text()
        (folder / name).write_text(text + ADDED if version == "B" else text)


def graphs(store: Store) -> dict[str, frozenset[str]]:
    by_article: dict[str, set[str]] = {}
    for quad in store.quads():
        by_article.setdefault(quad.graph_name.value, set()).add(str(quad))
    return {iri: frozenset(quads) for iri, quads in by_article.items()}


def kg_build(source: Path, store: Path) -> subprocess.Popen:
    env = {name: value for name, value in os.environ.items() if not name.startswith("KG_")}
    return subprocess.Popen([sys.executable, "-m", "kg.cli", "build", "-v", str(source), "--store", str(store)],
                            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> dict[str, dict[str, frozenset[str]]]:
    """Version -> article IRI -> the quads of a clean build of that version."""
    versions = {}
    for version in ("A", "B"):
        folder = tmp_path_factory.mktemp(f"version-{version}")
        write_version(folder, version)
        store = Store(None)
        summary = build(folder, store, load(), progress=False)
        assert summary.ok and len(summary.built) == len(ARTICLES), summary.describe()
        versions[version] = graphs(store)
    assert versions["A"].keys() == versions["B"].keys()
    assert all(versions["A"][iri] != versions["B"][iri] for iri in versions["A"])
    return versions


def wait_for_first_write(process: subprocess.Popen) -> float:
    """Seconds until the build logs its first stored article (or ends)."""
    started = time.monotonic()
    for line in process.stderr:
        if line.startswith("DEBUG stored "):
            break
    return time.monotonic() - started


def complete(source: Path, store_path: Path, version: str, reference) -> tuple[float, float]:
    """Run a build to its end and check it; returns (seconds to the first write, seconds in all)."""
    started = time.monotonic()
    finished = kg_build(source, store_path)
    first_write = wait_for_first_write(finished)
    out, err = finished.communicate(timeout=300)
    assert finished.returncode == 0, err
    store = Store(store_path)
    assert graphs(store) == reference[version], f"a complete run did not give the clean build of {version}"
    assert len(store) == sum(len(quads) for quads in reference[version].values())
    store.close()
    return first_write, time.monotonic() - started


def test_kill_9_at_random_moments_leaves_whole_articles_and_the_next_run_completes(tmp_path, reference):
    seed = random.randrange(1 << 30)
    print(f"random seed {seed}")
    chance = random.Random(seed)
    source, store_path = tmp_path / "articles", tmp_path / "store"
    source.mkdir()
    write_version(source, "A")
    first_write, full_run = complete(source, store_path, "A", reference)
    write_phase = max(full_run - first_write, 0.05)
    version, cut_between_writes = "A", 0
    for round_number in range(1, ROUNDS + 1):
        version = "B" if version == "A" else "A"
        write_version(source, version)
        process = kg_build(source, store_path)
        if round_number % 2:
            wait_for_first_write(process)
            time.sleep(chance.uniform(0, 1) * write_phase)
        else:
            time.sleep(chance.uniform(0.1, 1.1) * full_run)
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=60)

        store = Store(store_path)  # opens (recovering its log) as the next build will
        stored = graphs(store)
        store.close()
        for iri, quads in stored.items():
            assert quads in (reference["A"][iri], reference["B"][iri]), (
                f"round {round_number} (seed {seed}): {iri} is neither version, {len(quads)} quads")
        new = sum(quads == reference[version][iri] for iri, quads in stored.items())
        cut_between_writes += 0 < new < len(ARTICLES)
        if round_number % COMPLETE_EVERY == 0:
            complete(source, store_path, version, reference)
    complete(source, store_path, version, reference)
    print(f"{cut_between_writes} of {ROUNDS} rounds were killed between two article writes")
