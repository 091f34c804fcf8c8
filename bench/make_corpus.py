"""A synthetic corpus made from the seeds' sentences: ``python bench/make_corpus.py [N] [PATH]``.

Each article is a JSON Lines record (``{"id","url","title","date","text"}``, what ``kg build``
reads) whose body is 8 to 24 sentences drawn from the seed articles (after furniture removal), in
paragraphs of one to three sentences: the same language, names and events as the seeds, in new
combinations. Deterministic (seeded), so every run builds the same corpus.
"""
from __future__ import annotations

import json
import random
import re
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.ingest import read_articles  # noqa: E402
from kg.records import Article  # noqa: E402

from common import DATA, REPO  # noqa: E402

SENTENCE_END = re.compile(r"(?<=[.!?\u201d\"])\s+(?=[A-Z\u201c\"])")


def seed_sentences(seeds: Path = REPO / "seeds") -> list[str]:
    sentences = []
    for article in read_articles(seeds):
        if isinstance(article, Article):
            for paragraph in article.text.split("\n"):
                sentences += [s.strip() for s in SENTENCE_END.split(paragraph) if len(s.split()) >= 4]
    return sentences


def make_corpus(path: Path, count: int, seed: int = 5) -> Path:
    chance, pool = random.Random(seed), seed_sentences()
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as output:
        for number in range(count):
            sentences = chance.sample(pool, chance.randint(8, 24))
            paragraphs, start = [], 0
            while start < len(sentences):
                size = chance.randint(1, 3)
                paragraphs.append(" ".join(sentences[start:start + size]))
                start += size
            title = " ".join(sentences[0].split()[:9]).rstrip(",.;:")
            published = date(2021, 7, 1) + timedelta(days=chance.randrange(60))
            record = {"id": f"synthetic-{number:05d}", "url": f"https://news.example.org/{number:05d}",
                      "title": title, "date": published.isoformat(), "text": "\n\n".join(paragraphs)}
            output.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    target = Path(sys.argv[2]) if len(sys.argv) > 2 else DATA / f"corpus-{count}.jsonl"
    made = make_corpus(target, count)
    print(f"wrote {count} articles ({made.stat().st_size / 1e6:.1f} MB, {len(seed_sentences())} seed sentences) "
          f"to {made}")
