"""Whose forces act: a country, or the armed forces the article names as a body of their own.

The guidelines read a demonym as its country, so "Tajik units entered three villages" is Tajikistan acting. An
article that names the country's armed forces as a body ("units of the Armed Forces of Tajikistan launched an
offensive", "the Russian Armed Forces delivered a strike") has told who those units are: the annotators then
credit that body with every move of the country's forces in the article ("Russian units liberated …"). A body
the parser only inferred from a description ("the U.S. military", read as "Armed Forces of United States") names
nothing of its own, and a branch ("the Indian Army", "the Iranian Navy") is not the whole of a country's forces
("Indian soldiers" stay India), though a country's army or military in the singular ("Pakistan's military said it had
launched …") is the army the article names ("the Pakistan Army"). Pure functions over the article's actors.
"""
from __future__ import annotations

import re

from .names import fold
from ..records import Actor

WHOLE_FORCES = "armed forces"  # the words that name a state's forces as a whole
ARMY = "Army"  # a body named as a country's army: "the Pakistan Army", "Army of Pakistan" (a capital: not "the army")
SINGLE_FORCE = frozenset({"army", "military"})  # "Pakistan's military", "the Pakistani army"


def named_armed_forces(actors: dict[str, Actor], country: str, noun: str = "forces") -> str | None:
    """The key of the body the article names as the armed forces of ``country`` ("Armed Forces of Tajikistan",
    "Russian Armed Forces"), when a mention of it says "armed forces"; None when the article names none. A country's
    army or military in the singular ("Pakistan's military said it …") is also its army named as such ("the Pakistan
    Army"), as the annotators read it."""
    names, army = _names(actors[country]), noun in SINGLE_FORCE
    for key, actor in actors.items():
        if actor.kind != "Organisation" or not any(WHOLE_FORCES in m.text.lower() or army and ARMY in m.text.split()
                                                   for m in actor.mentions):
            continue
        if any(_owner(form) in names for form in (actor.label, *actor.aliases)):
            return key
    return None


def _names(actor: Actor) -> set[str]:
    return {fold(name) for name in (actor.label, *actor.aliases)}


def _owner(name: str) -> str:
    """ "Armed Forces of Tajikistan" -> "tajikistan", "Russian Armed Forces" -> "russian": the state in the name.

    >>> _owner("Armed Forces of the Republic of Tajikistan"), _owner("Russian Armed Forces"), _owner("Army of Pakistan")
    ('republic of tajikistan', 'russian', 'pakistan')
    """
    words = fold(name).replace(WHOLE_FORCES, " ").replace(ARMY.lower(), " ").split()
    while words and words[0] in ("of", "the"):
        words = words[1:]
    return " ".join(words)


def spelled_alike(name: str, other: str) -> bool:
    """One name in British and American spelling: the article's "Afghan National Defence and Security Forces" is the
    body the genre names "Afghan National Defense and Security Forces".

    >>> spelled_alike("Afghan National Defence and Security Forces", "Afghan National Defense and Security Forces")
    True
    >>> spelled_alike("Ministry of Defence", "Ministry of Offence")
    False
    """
    return _american(name) == _american(other)


def _american(name: str) -> str:
    return re.sub(r"isation\b", "ization", re.sub(r"\b(de|of)fence\b", r"\1fense", fold(name)))
