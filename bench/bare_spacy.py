"""Bare spaCy over a corpus: ``python bench/bare_spacy.py CORPUS.jsonl PROCESSES``.

The same pipeline the build uses (``kg.extract.nlp.load``: the English model plus the gazetteer's
entity ruler), over the same article texts, with ``nlp.pipe(n_process=PROCESSES)`` and nothing
else: the floor that a build with as many worker processes is compared with.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.config import load  # noqa: E402
from kg.extract import nlp as nlp_module  # noqa: E402


def texts(path: Path):
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)["text"]


if __name__ == "__main__":
    corpus, processes = Path(sys.argv[1]), int(sys.argv[2])
    config = load()
    nlp = nlp_module.load(config.model, config.gazetteer)
    started = time.perf_counter()
    count = sum(1 for _ in nlp.pipe(texts(corpus), n_process=processes, batch_size=64))
    seconds = time.perf_counter() - started
    print(json.dumps({"articles": count, "pipe_seconds": seconds}))
