"""How the actor tests look at an extraction: each actor's label and kind."""
from __future__ import annotations

from kg.records import Extraction


def kinds(extraction: Extraction) -> dict[str, str]:
    """Kind ("Person", "Place", …) of each actor, by label."""
    return {actor.label: actor.kind for actor in extraction.actors}
