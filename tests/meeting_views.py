"""How the meeting tests look at an extraction: each meeting as the sorted labels of its parties."""
from __future__ import annotations

from kg.records import Extraction


def parties(extraction: Extraction) -> list[list[str]]:
    return sorted(sorted(extraction.actor(p).label for p in m.participants) for m in extraction.meetings)


def met(extraction: Extraction, *names: str) -> bool:
    """Some meeting has all of ``names`` among its parties."""
    return any(set(names) <= set(group) for group in parties(extraction))
