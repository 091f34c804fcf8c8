"""Whose forces act: a country, or the armed forces the article names as a body of their own.

The guidelines read a demonym as its country, so "Tajik units entered three villages" is Tajikistan acting. An
article that names the country's armed forces as a body ("units of the Armed Forces of Tajikistan launched an
offensive", "the Russian Armed Forces delivered a strike") has told who those units are: the annotators then
credit that body with every move of the country's forces in the article ("Russian units liberated …"). A body
the parser only inferred from a description ("the U.S. military", read as "Armed Forces of United States") names
nothing of its own, and a branch ("the Indian Army", "the Iranian Navy") is not the whole of a country's forces
("Indian soldiers" stay India). Pure functions over the article's actors.
"""
from __future__ import annotations

from .names import fold
from ..records import Actor

WHOLE_FORCES = "armed forces"  # the words that name a state's forces as a whole, in any case


def named_armed_forces(actors: dict[str, Actor], country: str) -> str | None:
    """The key of the body the article names as the armed forces of ``country`` ("Armed Forces of Tajikistan",
    "Russian Armed Forces"), when a mention of it says "armed forces"; None when the article names none."""
    names = _names(actors[country])
    for key, actor in actors.items():
        if actor.kind != "Organisation" or not any(WHOLE_FORCES in m.text.lower() for m in actor.mentions):
            continue
        if any(_owner(form) in names for form in (actor.label, *actor.aliases)):
            return key
    return None


def _names(actor: Actor) -> set[str]:
    return {fold(name) for name in (actor.label, *actor.aliases)}


def _owner(name: str) -> str:
    """ "Armed Forces of Tajikistan" -> "tajikistan", "Russian Armed Forces" -> "russian": the state in the name.

    >>> _owner("Armed Forces of the Republic of Tajikistan"), _owner("Russian Armed Forces"), _owner("Indian Army")
    ('republic of tajikistan', 'russian', 'indian army')
    """
    words = fold(name).replace(WHOLE_FORCES, " ").split()
    while words and words[0] in ("of", "the"):
        words = words[1:]
    return " ".join(words)
