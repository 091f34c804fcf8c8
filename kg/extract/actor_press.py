"""The press service of a head of state and the office of a head of government: "the Tajik presidential press
service", "the press service of the Kyrgyz president", "Lukashenko's press service", "the Pakistani prime
minister's office".

The news cites these offices as the source of what a leader said or did, and they speak ("…, the press service of
the Kyrgyz president said"), so each is an organisation of its own, distinct from the leader and the country. The model
never tags the lowercase phrase. A press service named without its owner ("the presidential press service") names
no one body and is left alone.

A broadcaster is told things, interviewed and spoken on ("told Samarkand TV", "in an interview with the Dunyo 24
channel", "said on Ariana TV"): the model tags its name as a product, a place or nothing; the name before the
broadcast word is an outlet's.
"""
from __future__ import annotations

from spacy.tokens import Span

from .bodies import Body
from .names import TITLE_WORDS

# Words for a broadcaster written after its name ("Samarkand TV", "the Dunyo 24 channel"); the lowercase ones are no
# part of the name.
BROADCAST_WORDS = frozenset({"tv", "television", "radio", "channel", "broadcaster"})
# What comes before an outlet addressed: "told", "an interview with", "an interview to", "said on".
_ADDRESSING = frozenset({"told", "tell", "tells", "telling", "with", "to", "on"})
_NOT_NAME_WORDS = TITLE_WORDS | {"the", "of", "and", "for", "in", "on", "to", "at"}

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


def addressed_outlets(sentence: Span) -> list[Span]:
    """"told Samarkand TV", "an interview with the Dunyo 24 channel", "said on its Sada news channel": name words
    before a broadcast word, after "told", "with", "to" or "on", name an outlet; not a country's or a known body's
    broadcaster ("told Russian TV"), where a linked word names the owner."""
    doc, found = sentence.doc, []
    for token in sentence[2:]:
        if not _broadcaster(token):
            continue
        last = token.i - 1 - (doc[token.i - 1].lower_ == "news")  # "its Sada news channel"
        end = token.i + 1 if token.text[:1].isupper() else last + 1  # "Samarkand TV", the "Dunyo 24" channel
        start = last + 1
        while start > sentence.start and last - start < 3 and _outlet_word(doc[start - 1], start - 1 == last):
            start -= 1
        if start > last or not doc[start].text[:1].isupper() or any(t.ent_id_ for t in doc[start:end]):
            continue
        opener = start - (doc[start - 1].lower_ in ("the", "its", "their"))
        if opener > sentence.start and doc[opener - 1].lower_ in _ADDRESSING:
            found.append(Span(doc, start, end, label="ORG"))
    return found


def broadcast_named(span: Span) -> bool:
    """Whether a broadcast word follows the name ("the Dunyo 24 channel", "its Sada news channel")."""
    after = list(span.doc[span.end:span.end + 2])
    return bool(after) and (_broadcaster(after[0]) or after[0].lower_ == "news" and _broadcaster(after[-1]))


def _broadcaster(token) -> bool:
    """A broadcast word that names a broadcaster: not one that says what a thing is ("Samsung TV sets", "radio
    signals")."""
    return token.lower_ in BROADCAST_WORDS and not (token.dep_ == "compound" and token.head.lower_ not in
                                                    BROADCAST_WORDS | {"news"})


def _outlet_word(token, last: bool) -> bool:
    """A word of an outlet's name: capitalised, or a number ending it ("Dunyo 24"); no date ("on Monday TV")."""
    if token.ent_type_ in ("DATE", "TIME"):
        return False
    return token.is_alpha and token.text[:1].isupper() and token.lower_ not in _NOT_NAME_WORDS \
        or last and token.is_digit
