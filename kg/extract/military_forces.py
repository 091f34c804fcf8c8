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

from ..records import Actor
from .military_words import STATE_BODY_PREFIXES
from .names import country_named, fold

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


def state_body(actors: dict[str, Actor], key: str) -> bool:
    """A state, or a body that is a state's: "Armed Forces of Tajikistan", "Ministry of Defence", or a body whose name
    names a country the article names ("Afghan National Defense and Security Forces" in a story of Afghanistan). Words
    of forces or of office alone make no body a state's: "the Arakan Army", "the Rapid Support Forces" and "the Baloch
    Liberation Army" are armed groups ("the insurgents" of a story about them)."""
    actor = actors[key]
    if actor.kind == "Country" or actor.label.startswith(STATE_BODY_PREFIXES):
        return True
    named = {country_named(form) for a in actors.values() if a.kind == "Country" and a.mentions
             for form in (a.label, *a.aliases)} - {None}  # a country implied by a body's name only is not named
    return bool(named & set(countries_in(actor.label)))


def countries_in(name: str) -> list[str]:
    """The countries a name names by their names or demonyms.

    >>> countries_in("Afghan National Defense and Security Forces"), countries_in("Armed Forces of the United Kingdom")
    (['Afghanistan'], ['United Kingdom'])
    >>> countries_in("Arakan Army")
    []
    """
    words = name.split()
    found = (country_named(" ".join(words[i:i + size])) for size in (3, 2, 1) for i in range(len(words) - size + 1))
    return list(dict.fromkeys(country for country in found if country))


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
