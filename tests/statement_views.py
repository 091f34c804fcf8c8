"""How the statement tests look at an extraction: each statement as its speaker's label and its sentence."""
from __future__ import annotations

from kg.records import Extraction


def said(extraction: Extraction) -> list[tuple[str, str]]:
    """(speaker, evidence) of each statement."""
    return [(extraction.actor(s.speaker).label, s.evidence.sentence) for s in extraction.statements]
