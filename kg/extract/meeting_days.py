"""Two days of the same parties told in one sentence: "held talks in Moscow on Monday and spoke by phone on Friday",
"spoke by phone on Monday, a day after their talks in Moscow". Each day is an encounter of its own; one meeting
dated to the first day the sentence gives would fold the other into it.
"""
from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Token

from .meeting_kinds import triggers, with_parties
from .sentences import Sentence
from .tokens import prepositional_objects

DAYS_IN = {"day": 1, "days": 1, "week": 7, "weeks": 7}  # the units of "a day after", "two weeks before"
COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def clause_verb(trigger: Token) -> Token:
    """The verb whose clause tells of the trigger: "spoke", the "held" of "held talks"."""
    return trigger.head if trigger.pos_ != "VERB" and trigger.dep_ == "dobj" else trigger


def own_day(trigger: Token) -> str | None:
    """The day the trigger's own clause names ("on Friday", "Friday"), not one of a clause joined to it."""
    verb = clause_verb(trigger)
    days = [c for c in verb.children if c.dep_ == "npadvmod" and c.ent_type_ == "DATE"]
    days += [g for g in prepositional_objects(verb, "on") if g.ent_type_ == "DATE"]
    return next((" ".join(t.text for t in day.subtree) for day in days), None)


def joined_days(sentence: Sentence, main: Token) -> list[tuple[Token, str, str]]:
    """Encounters in a clause joined to the main trigger's ("… on Monday and spoke by phone on Friday"), on a day of
    their own, with no parties of their own (they share the subject): (trigger, kind, day). Not "and held talks with
    Xi on Tuesday", another counterpart's."""
    verb, day = clause_verb(main), own_day(main)
    if day is None:
        return []
    found = []
    for other, kind in triggers(sentence):
        joined = clause_verb(other)
        if other == main or not (joined.head == verb and joined.dep_ == "conj" or
                                 verb.head == joined and verb.dep_ == "conj"):
            continue
        second = joined if joined.dep_ == "conj" else verb  # its own subject would name other parties
        if with_parties(other) or any(c.dep_ in ("nsubj", "nsubjpass") for c in second.children):
            continue
        if (other_day := own_day(other)) is not None and other_day.lower() != day.lower():
            found.append((other, kind, other_day))
    return found


def interval_before(sentence: Sentence, main: Token, held: date) -> list[tuple[Token, str, date]]:
    """"spoke on Monday, a day after their talks in Moscow", "two weeks before their summit": the parties' own other
    encounter ("their"), a counted number of days away from the main one's day: (trigger, kind, its day)."""
    found = []
    for other, kind in triggers(sentence):
        prep = other.head
        if other == main or other.dep_ != "pobj" or prep.lower_ not in ("after", "before") or with_parties(other) or \
                not any(c.dep_ == "poss" and c.lower_ == "their" for c in other.children):
            continue
        days = _days_counted(prep)
        if days:
            found.append((other, kind, held - timedelta(days) if prep.lower_ == "after" else held + timedelta(days)))
    return found


def _days_counted(prep: Token) -> int | None:
    """The days "a day after", "two days after", "a week before" count: the unit on the preposition ("two days
    after") or the one it hangs on ("a day after")."""
    units = [c for c in prep.children if c.dep_ == "npadvmod"] + [prep.head]
    unit = next((u for u in units if u.lower_ in DAYS_IN), None)
    if unit is None:
        return None
    counts = [COUNTS.get(c.lower_) for c in unit.children if c.dep_ in ("det", "nummod")]
    count = next((c for c in counts if c), None)
    return count * DAYS_IN[unit.lower_] if count else None
