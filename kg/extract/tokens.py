"""Small questions about a token's place in the parse that the rules of several readers ask alike."""
from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token


def prepositional_objects(token: Token, words: str | Collection[str]) -> list[Token]:
    """The objects of the token's prepositions spelt ``words`` (one lower-case word or several), in parse order:
    "the withdrawal of US troops from Kabul", "of" -> troops. The rules ask this in some fifty places; one helper
    keeps the question the same everywhere (tests on the object or on its preposition stay with the caller)."""
    words = (words,) if isinstance(words, str) else words
    return [g for c in token.children if c.dep_ == "prep" and c.lower_ in words for g in c.children if g.dep_ == "pobj"]
