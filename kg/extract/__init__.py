"""Article -> :class:`~kg.records.Extraction`: the only stage that touches spaCy.

:func:`parse` parses several articles' paragraphs in one go, for :func:`extract` to read each."""
from __future__ import annotations

from spacy.language import Language

from ..gazetteer import Gazetteer
from ..records import Article, Extraction
from .entities import find_actors
from .meetings import MeetingReader
from .military import MilitaryReader
from .nlp import has_parser
from .resolve import Resolver
from .sentences import Paragraph, parse, split
from .statements import StatementReader

__all__ = ["extract", "parse"]


def extract(article: Article, nlp: Language, gazetteer: Gazetteer, min_confidence: float = 0.0,
            parsed: list[Paragraph] | None = None) -> Extraction:
    """Read the actors and events of one article; facts scored below ``min_confidence`` are dropped.
    ``parsed``: the article's paragraphs, when :func:`~kg.extract.sentences.parse` parsed several
    articles' at once (as a build does)."""
    sentences = split(article, nlp, parsed)
    index = find_actors(sentences, article.text, gazetteer, published=article.published)
    if not has_parser(nlp):  # no model: the gazetteer's names only; events are read from parses
        return Extraction(article=article, actors=list(index.actors.values()))
    resolver = Resolver(index, gazetteer, sentences=sentences)
    statements = StatementReader(resolver, article.text).read(sentences)
    meetings = MeetingReader(resolver, article.published).read(sentences)
    actions = MilitaryReader(resolver, article.published).read(sentences)
    keep = (lambda fact: fact.confidence >= min_confidence)
    return Extraction(article=article, actors=list(index.actors.values()),
                      meetings=[m for m in meetings if keep(m)],
                      statements=[s for s in statements if keep(s)],
                      military_actions=[a for a in actions if keep(a)])
