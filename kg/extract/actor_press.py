"""The press service of a head of state and the office of a head of government: "the Tajik presidential press
service", "the press service of the Kyrgyz president", "Lukashenko's press service", "the Pakistani prime
minister's office".

The news cites these offices as the source of what a leader said or did, and they speak ("…, the press service of
the Kyrgyz president said"), so each is an organisation of its own, distinct from the leader and the country. The model
never tags the lowercase phrase. A press service named without its owner ("the presidential press service") names
no one body and is left alone.
"""
from __future__ import annotations

from spacy.tokens import Span

from .bodies import Body

_POSSESSIVE = ("'s", "’s")


def find_press_services(sentence: Span, country_of: dict[int, str], person_of: dict[int, str]) -> list[Body]:
    """Press services of a president named by country or of a named person, and the office of a prime minister
    named by country; ``country_of`` and ``person_of`` map a token index to the country or person that token
    names."""
    doc = sentence.doc
    found = []
    for token in sentence:
        end = token.i + 2
        if token.lower_ == "office":
            found += _leaders_office(doc, token.i, sentence.start, country_of)
        if token.lower_ != "press" or end > sentence.end or doc[token.i + 1].lower_ != "service":
            continue
        body = _owner_before(doc, token.i, sentence.start, country_of, person_of) \
            or _president_after(doc, end, sentence.end, country_of)
        if body:
            found.append(body)
    return found


def _leaders_office(doc, position: int, floor: int, country_of: dict[int, str]) -> list[Body]:
    """"the Kazakh prime minister's office" (``position``: "office"), a government's office of its own."""
    before = position - 4
    if doc[position - 1].lower_ not in _POSSESSIVE or before < floor or before not in country_of \
            or [t.lower_ for t in doc[before + 1:position - 1]] != ["prime", "minister"]:
        return []
    first = _first(before, floor, country_of)
    return [Body(doc[first:position + 1], f"Prime Minister's Office of {country_of[before]}")]


def _owner_before(doc, position: int, floor: int, country_of: dict[int, str],
                  person_of: dict[int, str]) -> Body | None:
    """"Tajik presidential press service", "the Tajik president's press service", "Lukashenko's press
    service"."""
    before = position - 1
    if before > floor and doc[before].lower_ in _POSSESSIVE and before - 1 in person_of:
        first = _first(before - 1, floor, person_of)
        return Body(doc[first:position + 2], f"Press service of {person_of[before - 1]}")
    if before > floor and doc[before].lower_ == "presidential":
        before -= 1
    elif before - 1 > floor and doc[before].lower_ in _POSSESSIVE and doc[before - 1].lower_ == "president":
        before -= 2
    else:
        return None
    if before not in country_of:
        return None
    first = _first(before, floor, country_of)
    return Body(doc[first:position + 2], f"Press service of the President of {country_of[before]}")


def _president_after(doc, position: int, ceiling: int, country_of: dict[int, str]) -> Body | None:
    """"press service of the Kyrgyz president", "press service of the President of Kyrgyzstan"."""
    words = [t.lower_ for t in doc[position:min(position + 2, ceiling)]]
    if words != ["of", "the"]:
        return None
    at = position + 2
    if at < ceiling and at in country_of:
        country, end = country_of[at], at
        while end < ceiling and country_of.get(end) == country:
            end += 1
        if end < ceiling and doc[end].lower_ == "president":
            return Body(doc[position - 2:end + 1], f"Press service of the President of {country}")
    if at + 2 < ceiling and doc[at].lower_ == "president" and doc[at + 1].lower_ == "of" and at + 2 in country_of:
        end = at + 2
        while end < ceiling and country_of.get(end) == country_of[at + 2]:
            end += 1
        return Body(doc[position - 2:end], f"Press service of the President of {country_of[at + 2]}")
    return None


def _first(position: int, floor: int, owner_of: dict[int, str]) -> int:
    """Where the words naming ``owner_of[position]`` begin."""
    first = position
    while first > floor and owner_of.get(first - 1) == owner_of[position]:
        first -= 1
    return first
