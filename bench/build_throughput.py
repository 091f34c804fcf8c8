"""Benchmark 1, build throughput: ``python bench/build_throughput.py [ARTICLES] [WORKERS]``.

``kg build --workers W`` of a synthetic corpus (bench/make_corpus.py) into a fresh embedded store,
against bare spaCy (bench/bare_spacy.py: the same pipeline, the same texts, ``nlp.pipe`` with
``n_process=W``). Both are timed as whole commands (start-up and model loading included, for each)
in the same run, one after the other, in wall seconds and in CPU seconds (the command's process and
its workers): on a shared machine the wall ratio depends on what the neighbours did meanwhile, the
CPU ratio much less. Goal: the build costs at most 1.3x bare spaCy.
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import DATA, PYTHON, REPO, clean_env, run_timed  # noqa: E402
from make_corpus import make_corpus  # noqa: E402


def main(count: int, workers: int) -> None:
    corpus = DATA / f"corpus-{count}.jsonl"
    if not corpus.exists():
        make_corpus(corpus, count)
    store = DATA / "build-throughput-store"
    shutil.rmtree(store, ignore_errors=True)

    spacy_seconds, spacy_cpu, bare = run_timed(
        [PYTHON, str(REPO / "bench" / "bare_spacy.py"), str(corpus), str(workers)], cwd=REPO, env=clean_env())
    assert bare.returncode == 0, bare.stderr
    pipe = json.loads(bare.stdout.strip().splitlines()[-1])

    build_seconds, build_cpu, built = run_timed(
        [PYTHON, "-m", "kg.cli", "build", str(corpus), "--workers", str(workers), "--store", str(store)],
        cwd=REPO, env=clean_env())
    assert built.returncode in (0, 1), built.stderr[-2000:]
    shutil.rmtree(store, ignore_errors=True)

    print(f"corpus: {count} articles ({corpus.stat().st_size / 1e6:.1f} MB), {workers} processes each")
    print(f"bare spaCy nlp.pipe(n_process={workers}): {spacy_seconds:.1f} s whole command "
          f"({pipe['pipe_seconds']:.1f} s in pipe), {count / spacy_seconds:.2f} articles/s; {spacy_cpu:.1f} CPU-s")
    print(f"kg build --workers {workers}:            {build_seconds:.1f} s whole command, "
          f"{count / build_seconds:.2f} articles/s; {build_cpu:.1f} CPU-s")
    print("\n".join(f"  {line}" for line in built.stdout.strip().splitlines()))
    print(f"ratio build / bare spaCy: wall {build_seconds / spacy_seconds:.2f}x, CPU {build_cpu / spacy_cpu:.2f}x "
          "(goal <= 1.3x)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000, int(sys.argv[2]) if len(sys.argv) > 2 else 2)
