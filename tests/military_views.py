"""How the military tests look at an extraction: each action as its kind and the label of its agent."""
from __future__ import annotations

from kg.records import Extraction


def agents(extraction: Extraction) -> list[tuple[str, str | None]]:
    return [(a.kind, extraction.actor(a.actor).label if a.actor else None) for a in extraction.military_actions]
