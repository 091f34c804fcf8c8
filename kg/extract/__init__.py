"""Article -> :class:`~kg.records.Extraction`: the only stage that touches spaCy."""
from __future__ import annotations

from spacy.language import Language

from ..gazetteer import Gazetteer
from ..records import Article, Extraction
from .entities import find_actors
from .meetings import MeetingReader
from .military import MilitaryReader
from .resolve import Resolver
from .sentences import split
from .statements import StatementReader


def extract(article: Article, nlp: Language, gazetteer: Gazetteer, min_confidence: float = 0.0) -> Extraction:
    """Read the actors and events of one article; facts scored below ``min_confidence`` are dropped."""
    sentences = split(article, nlp)
    index = find_actors(sentences, article.text, gazetteer, published=article.published)
    resolver = Resolver(index, gazetteer)
    statements = StatementReader(resolver, article.text).read(sentences)
    meetings = MeetingReader(resolver, article.published).read(sentences)
    actions = MilitaryReader(resolver, article.published).read(sentences)
    keep = (lambda fact: fact.confidence >= min_confidence)
    return Extraction(article=article, actors=list(index.actors.values()),
                      meetings=[m for m in meetings if keep(m)],
                      statements=[s for s in statements if keep(s)],
                      military_actions=[a for a in actions if keep(a)])
