"""A government named through the movement that formed it ("the Taliban authorities", "the Taliban's
government") or by its own name, which names it only while it governs ("the Islamic Emirate").

Wikidata keeps such a government apart from its country and from the movement (the Taliban's government is not
the Taliban), and the model leaves these phrases untagged or tags the movement alone. A phrase is the government
that ``kg/data/governments.tsv`` lists as in force on the article's day; where the file lists none, it is left
alone (a country's government is otherwise its country: "the Tajik government said").
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from spacy.tokens import Span

from ..gazetteer import Role
from .names import DATA, fold

GOVERNMENT_NOUNS = frozenset({"government", "govt", "authorities", "administration"})
_POSSESSIVE = ("'s", "’s")


@dataclass(frozen=True)
class Government:
    """One row of governments.tsv."""

    qid: str  # the government's item (in the gazetteer)
    country: str  # the country it governs, as countries.tsv spells it
    ruler: str  # QID of the movement or party that formed it, or ""
    names: tuple[str, ...]  # its own names, which stand for it only while it governs
    period: Role  # when it governs

    def governs_on(self, day: date | None) -> bool:
        return day is not None and self.period.held_on(day)


@dataclass(frozen=True)
class Described:
    span: Span  # "interim Afghan government", "Islamic Emirate"
    government: Government
    by_name: bool = False  # its own name, which the model may have tagged as part of a longer one


@lru_cache(maxsize=1)
def governments() -> tuple[Government, ...]:
    """The governments of the data file, each with its period (general knowledge, checked QIDs)."""
    with (DATA / "governments.tsv").open(encoding="utf-8", newline="") as handle:
        return tuple(Government(row["government"], row["country"], row["ruler"],
                                tuple(name for name in row["names"].split("|") if name),
                                Role(row["government"], start=row["start"], end=row["end"], source=row["source"]))
                     for row in csv.DictReader(handle, delimiter="\t"))


def governing(day: date | None, ruler: str) -> Government | None:
    """The government listed as in force on ``day`` that the movement ``ruler`` (a QID) formed.

    >>> governing(date(2023, 5, 1), "Q42418").qid, governing(date(2021, 7, 1), "Q42418")
    ('Q20978159', None)
    """
    return next((g for g in governments() if g.governs_on(day) and g.ruler == ruler), None)


def formed_government(qid: str | None, name: str = "") -> str | None:
    """The short own name of the government that the movement ``qid`` formed, that ``qid`` is or that ``name``
    names, whenever it governs: its ministries are named through it ("the Taliban's defence ministry", "the
    Islamic Emirate's foreign ministry").

    >>> formed_government("Q42418"), formed_government(None, "the Islamic Emirate"), formed_government("Q159")
    ('Islamic Emirate', 'Islamic Emirate', None)
    """
    key = fold(name.removeprefix("the ").removeprefix("The "))
    return next((g.names[0] for g in governments() if g.names and (qid in (g.ruler, g.qid) or key in map(fold, g.names))),
                None)


def named_government(name: str, day: date | None) -> Government | None:
    """The government whose own name this is, while it governs ("Islamic Emirate" from September 2021).

    >>> named_government("the Islamic Emirate", date(2022, 5, 1)).qid
    'Q20978159'
    >>> named_government("Islamic Emirate", date(2021, 6, 1)) is None
    True
    """
    key = fold(name.removeprefix("the ").removeprefix("The "))
    return next((g for g in governments() if g.governs_on(day) and key in map(fold, g.names)), None)


def find_governments(sentence: Span, ruler_of: dict[int, str], day: date | None, country_of: dict[int, str],
                     spoken_of: str | None = None) -> list[Described]:
    """The descriptions of a government in force in a sentence by the movement that formed it ("the Taliban
    authorities", "the Taliban's government"), by its style ("the interim Afghan government", see :func:`_styled`)
    and its own names; ``ruler_of`` maps a token index to the organisation (QID) that token names, ``country_of``
    to the country it names, ``spoken_of`` is the one country of the article with a government in force listed."""
    found = []
    for token in sentence:
        if token.lower_ not in GOVERNMENT_NOUNS or _modifies_a_noun(token, sentence):
            continue  # "government forces", "administration officials": someone else
        first, ruler = _ruler_before(token, sentence.start, ruler_of)
        if first > sentence.start and token.doc[first - 1].lower_ in ("a", "an"):
            continue  # "the Taliban would not accept a Taliban administration": a kind of thing
        government = governing(day, ruler) if ruler else None
        if government:
            found.append(Described(token.doc[first:token.i + 1], government))
        else:
            found += _styled(token, sentence, country_of, day, spoken_of)
    return found + _own_names(sentence, day)


# Words that style a government by its standing, not by who formed it: "the interim government", "caretaker".
_STYLES = frozenset({"interim", "caretaker", "transitional"})


def _styled(noun, sentence: Span, country_of: dict[int, str], day: date | None,
            spoken_of: str | None) -> list[Described]:
    """"the interim Afghan government", "the Afghan interim government", "the caretaker government in
    Afghanistan", "the Interim Government of Afghanistan": a government named by its style is the government in
    force of the country the phrase names, or, naming none, of the one country the article speaks of that has one
    ("the interim government" in a story on Afghanistan). Not its people ("the interim government's leadership")."""
    doc, first = noun.doc, noun.i
    if noun.i + 1 < sentence.end and doc[noun.i + 1].lower_ in _POSSESSIVE:
        return []  # "the interim Afghan government's leadership": those who lead it
    while first - 1 >= sentence.start and (doc[first - 1].lower_ in _STYLES or first - 1 in country_of):
        first -= 1
    if not any(t.lower_ in _STYLES for t in doc[first:noun.i]):
        return []
    after = noun.i + 2 if noun.i + 2 < sentence.end and doc[noun.i + 1].lower_ in ("in", "of") else None
    countries = {country_of[i] for i in [*range(first, noun.i), after] if i in country_of}
    country = countries.pop() if len(countries) == 1 else spoken_of if not countries else None
    government = next((g for g in governments() if g.country == country and g.governs_on(day)), None)
    return [Described(doc[first:noun.i + 1], government)] if government else []


def governed_country(countries: set[str], day: date | None) -> str | None:
    """The one country of ``countries`` with a government in force listed on ``day``, if one only."""
    listed = {g.country for g in governments() if g.country in countries and g.governs_on(day)}
    return listed.pop() if len(listed) == 1 else None


def _own_names(sentence: Span, day: date | None) -> list[Described]:
    """"The Islamic Emirate denies it": the own name of a government in force, capitalised as a name,
    which the model often leaves untagged."""
    found = []
    for government in governments():
        if not government.governs_on(day):
            continue
        for name in government.names:
            words = name.split()
            for token in sentence[:len(sentence) - len(words) + 1]:
                if token.text != words[0]:
                    continue
                span = token.doc[token.i:token.i + len(words)]
                longer = span.end < sentence.end and span.doc[span.end].text == "of"  # "Islamic Emirate of Afghanistan"
                if [t.text for t in span] == words and not longer:
                    found.append(Described(span, government, by_name=True))
    return found


def _modifies_a_noun(token, sentence: Span) -> bool:
    """"Taliban government forces", "Taliban administration officials": the noun names someone else."""
    return token.i + 1 < sentence.end and token.nbor().pos_ == "NOUN"


def _ruler_before(token, floor: int, ruler_of: dict[int, str]) -> tuple[int, str | None]:
    """Where the description begins and the movement it names: "Taliban", "Taliban-led", "the Taliban's"."""
    doc, position = token.doc, token.i - 1
    if position >= floor and doc[position].lower_ in _POSSESSIVE:
        position -= 1
    elif position - 2 >= floor and doc[position].lower_ == "led" and doc[position - 1].text == "-":
        position -= 2
    if position < floor or position not in ruler_of:
        return token.i, None
    first = position
    while first - 1 >= floor and ruler_of.get(first - 1) == ruler_of[position]:
        first -= 1
    return first, ruler_of[position]


