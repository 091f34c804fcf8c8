"""Which gazetteer entry a name stands for, and why: every candidate weighed by type, role at the article's
date, country and context words, with a deterministic score whose parts are stated as reasons.

The extractor (:mod:`kg.extract.entities`) gathers a :class:`Context` for each mention of a name that
several entries share ("Japarov", "Delhi", "Badakhshan"); :func:`decide` returns a :class:`~kg.records.Link`.
Pure and spaCy-free, so each rule is testable on its own. A name is linked only when one candidate has
evidence the others lack; a tie leaves it unlinked, with the candidates and why none won: a wrong
``owl:sameAs`` is worse than none. docs/linking.md explains the weights.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from .gazetteer import Entry, Role
from .records import Candidate, Link

# The score's parts, each stated as a reason. A name that one entry alone bears gives NAME + ONLY; a name several
# share gives each SHARED, and the rest is evidence that tells them apart. Totals are capped at 1.
NAME, ONLY, SHARED = 0.5, 0.3, 0.3  # a name of one entry only; a name several entries share
TYPE = 0.1  # the text's kind (person, place) agrees
ROLE_HELD, ROLE_UNVOUCHED = 0.3, 0.15  # a stated title fits a role held on the day / begun, later unknown
COUNTRY_STATED, COUNTRY_NEAR = 0.4, 0.2  # "Afghanistan's Badakhshan" / a country named in the sentence
WORDS = 0.2  # words of its other names or kind next to the mention ("province", "GBAO", "city")
NAMED_BEFORE = 0.3  # an entity the article named before: "Sadyr Japarov", then "Japarov"
METONYM = 0.3  # a capital's name as the subject of what governments do ("Delhi said")

_OFFICE_KINDS = (  # first match wins: "vice president" before "president"
    ("vice president", r"\bvice[- ]president\b"),
    ("head of government", r"\b(?:prime minister|premier|pm|head of (?:the )?government|"
                           r"chairman of the cabinet|cabinet chairman|chairman of the government)\b"),
    ("president", r"\bpresident\b"),
    ("foreign minister", r"\b(?:foreign minister|minister of foreign affairs|foreign affairs minister|"
                         r"external affairs minister|minister of external affairs|eam|fm)\b"),
    ("defence minister", r"\b(?:defen[cs]e minister|minister of defen[cs]e)\b"),
)
_PLAIN = frozenset({"of", "the", "and", "for", "in"})
_TYPE_WORDS = {"City": {"city", "capital", "town"}, "Region": {"province", "region", "state", "territory"}}


@dataclass(frozen=True)
class Context:
    """What the article says around one mention that can tell candidates apart."""

    name: str  # the name as the gazetteer matched it
    kind: str | None = None  # the kind the text gives (Person, Place, Organisation, Country), if any
    title: str = ""  # the office written before the name: "President", "Cabinet chairman"
    country: str | None = None  # QID of the country written right before the name ("Afghanistan's", "Tajik")
    countries: frozenset[str] = frozenset()  # QIDs of countries named elsewhere in the sentence
    words: frozenset[str] = frozenset()  # lowercase words next to the mention
    named_before: frozenset[str] = frozenset()  # QIDs of entities the article named (or linked) before
    speaks: bool = False  # the subject of "said", "announced", …: a capital standing for its government
    day: date | None = None  # the article's date
    country_words: Mapping[str, str] = field(default_factory=dict)  # "afghan", "tajikistan" -> country QID


def office_kind(title: str) -> str | None:
    """The kind of office a title names, whatever its wording.

    >>> office_kind("Chairman of the Cabinet of Ministers of Kyrgyzstan"), office_kind("Premier")
    ('head of government', 'head of government')
    >>> office_kind("Vice-President"), office_kind("Special Envoy")
    ('vice president', None)
    """
    lowered = title.lower()
    return next((kind for kind, pattern in _OFFICE_KINDS if re.search(pattern, lowered)), None)


def fits(title: str, role: str) -> bool:
    """Whether a title the text gives ("Cabinet chairman") may be the role a gazetteer row names.

    >>> fits("Prime Minister", "Chairman of the Cabinet of Ministers of Kyrgyzstan")
    True
    >>> fits("President", "Prime Minister of India")
    False
    >>> fits("Chairman", "Chairman of the Cabinet of Ministers of Kyrgyzstan")
    True
    """
    stated, held = office_kind(title), office_kind(role)
    if stated and held:
        return stated == held
    words = set(re.findall(r"[a-z]+", title.lower())) - _PLAIN
    return bool(words) and words <= set(re.findall(r"[a-z]+", role.lower()))


def role_reason(entry: Entry, title: str, day: date | None) -> tuple[Role | None, str]:
    """The entry's role that a stated title fits, best first (held on the day, then begun), and why."""
    fitting = [role for role in entry.roles if fits(title, role.label)]
    if not fitting:
        return None, f"no role of {entry.label} in the gazetteer is a {title!r}"
    if day is None:
        return fitting[0], f"{title!r} fits {fitting[0].label} (no article date to check it against)"
    held = [role for role in fitting if role.held_on(day)]
    if held:
        return held[0], f"{title!r} fits {held[0].label}, held on {day.isoformat()}"
    begun = [role for role in fitting if not role.begins_after(day)]
    if begun:
        return begun[0], (f"{title!r} fits {begun[0].label}, begun by {day.isoformat()} "
                          f"(the gazetteer vouches for it until {begun[0].end or 'now'})")
    return fitting[0], f"{title!r} fits {fitting[0].label}, which began {fitting[0].start}, after {day.isoformat()}"


def decide(entries: list[Entry], context: Context, metonyms: list[Entry] = ()) -> Link:
    """Weigh every candidate of a shared name and link the one with evidence the others lack; on a tie,
    or when every candidate is ruled out, leave the name unlinked. ``metonyms`` are countries whose capital
    the name is ("Delhi"): chosen only when the name speaks or acts.
    """
    words = {entry.qid: own_words(entry, entries, context) for entry in entries}
    weighed = [_weigh(entry, context, words[entry.qid] - _others(words, entry.qid)) for entry in entries]
    weighed += [_weigh_metonym(entry, context) for entry in metonyms]
    for item in weighed:
        item.score = round(min(item.score, 1.0), 2)
    standing = sorted((c for c in weighed if not c.rejected), key=lambda c: -c.score)
    link = Link(context.name, "shared name", candidates=weighed)
    if not standing:
        link.summary = f"left unlinked: {context.name!r} may be none of its candidates"
    elif len(standing) > 1 and standing[1].score >= standing[0].score:
        tied = " or ".join(c.label for c in standing if c.score >= standing[0].score)
        link.summary = f"left unlinked: {context.name!r} may be {tied}, and nothing in the text tells them apart"
    else:
        best = standing[0]
        best.accepted = True
        link.qid, link.score = best.qid, best.score
        link.method = "metonym" if best.qid in {e.qid for e in metonyms} else _method(best, context)
        others = "; ".join(f"{c.label} ({'rejected' if c.rejected else f'{c.score:.2f}'})"
                           for c in weighed if c is not best)
        link.summary = f"{context.name!r} is {best.label}, not {others}"
    return link


def explain_sole(entry: Entry, name: str, method: str, kind: str | None) -> Link:
    """The explanation of a name that one entry alone bears: nothing to weigh against."""
    candidate = Candidate(entry.qid, entry.label, accepted=True)
    reasons = [(NAME, f"{name!r} is its label" if method == "label" else f"{name!r} is one of its names ({method})"),
               (ONLY, "no other entry bears the name")]
    if kind and (kind == "Person") == (entry.kind == "Person"):
        reasons.append((TYPE, f"a {entry.type.lower()}, as the text reads it"))
    candidate.reasons = [f"+{weight:.2f} {reason}" for weight, reason in reasons]
    candidate.score = round(min(sum(weight for weight, _ in reasons), 1.0), 2)
    return Link(name, method, entry.qid, candidate.score, f"{name!r} is {entry.label}, the only entry of that name",
                candidates=[candidate])


def implied(entry: Entry, why: str = "") -> Link:
    """The explanation of an entity no mention names, added because the text implies it ("Dushanbe said":
    Tajikistan): its checked ID, nothing weighed."""
    reason = why or "the text implies it"
    candidate = Candidate(entry.qid, entry.label, NAME, accepted=True, reasons=[f"+{NAME:.2f} {reason}"])
    return Link(entry.label, "implied", entry.qid, NAME, f"no mention names {entry.label}: {reason}",
                candidates=[candidate])


def _method(best: Candidate, context: Context) -> str:
    """What decided: the title the text gives, the entity named before, else the place's country and words."""
    if context.title and any(" fits " in reason for reason in best.reasons):
        return "role"
    return "named before" if best.qid in context.named_before else "context"


def _add(candidate: Candidate, weight: float, reason: str) -> None:
    candidate.score += weight
    candidate.reasons.append(f"+{weight:.2f} {reason}")


def _reject(candidate: Candidate, reason: str) -> None:
    candidate.rejected = True
    candidate.reasons.append(f"rejected: {reason}")


def _weigh(entry: Entry, context: Context, words: set[str]) -> Candidate:
    candidate = Candidate(entry.qid, entry.label)
    _add(candidate, SHARED, f"{context.name!r} is one of its names, shared with other entries")
    _weigh_type(candidate, entry, context)
    if entry.qid in context.named_before:
        _add(candidate, NAMED_BEFORE, f"the article named {entry.label} before")
    if entry.kind == "Person":
        _weigh_person(candidate, entry, context)
    elif entry.kind == "Place":
        _weigh_place(candidate, entry, context, words)
    return candidate


def _weigh_type(candidate: Candidate, entry: Entry, context: Context) -> None:
    if context.speaks and entry.kind == "Place":
        _reject(candidate, f"the text has {context.name!r} speak or act, which a {entry.type.lower()} does not")
    elif context.kind and (context.kind == "Person") != (entry.kind == "Person"):
        _reject(candidate, f"the text reads it as a {context.kind.lower()}, {entry.label} is a {entry.type.lower()}")
    elif context.kind:
        _add(candidate, TYPE, f"a {entry.type.lower()}, as the text reads it")


def _weigh_person(candidate: Candidate, entry: Entry, context: Context) -> None:
    if context.title:
        role, reason = role_reason(entry, context.title, context.day)
        if role is None or context.day and role.begins_after(context.day):
            _reject(candidate, reason)
            return
        _add(candidate, ROLE_HELD if context.day is None or role.held_on(context.day) else ROLE_UNVOUCHED, reason)
        if context.country and role.country and role.country != context.country:
            _reject(candidate, f"the text names another country than that of {role.label}")


def _weigh_place(candidate: Candidate, entry: Entry, context: Context, words: set[str]) -> None:
    country = place_country(entry, context.country_words)
    if context.country and country:
        if context.country == country:
            _add(candidate, COUNTRY_STATED, "the text gives its country")
        else:
            _reject(candidate, "the text gives another country")
    elif country and country in context.countries:
        _add(candidate, COUNTRY_NEAR, "its country is named in the sentence")
    near = sorted(context.words & words)
    if near:
        _add(candidate, WORDS, f"{', '.join(map(repr, near))} next to the name: its own words, not the others'")


def _weigh_metonym(entry: Entry, context: Context) -> Candidate:
    candidate = Candidate(entry.qid, entry.label)
    _add(candidate, SHARED, f"{context.name!r} is a capital that stands for {entry.label} (metonym)")
    if context.speaks:
        _add(candidate, METONYM, f"the subject of what a government does: {entry.label}'s government")
    else:
        _reject(candidate, "a capital stands for its government only as the subject of what a government does")
    return candidate


def place_country(entry: Entry, country_words: Mapping[str, str]) -> str | None:
    """The country a place's own names give ("Tajik Badakhshan", "Afghan Badakhshan"), when one only."""
    found = {country_words[word] for name in entry.names for word in _words(name) if word in country_words}
    return found.pop() if len(found) == 1 else None


def own_words(entry: Entry, entries: list[Entry], context: Context) -> set[str]:
    """Words of a place's other names that the shared name lacks ("gbao", "province"), and of its type when no
    other candidate has that type ("city" against a region); words of countries excepted (they count apart)."""
    words = {word for other in entry.names for word in _words(other)}
    if all(other.type != entry.type for other in entries if other.qid != entry.qid):
        words |= _TYPE_WORDS.get(entry.type, set())
    return words - _words(context.name) - _PLAIN - set(context.country_words)


def _others(words: dict[str, set[str]], qid: str) -> set[str]:
    """The words of the other candidates: a word two candidates share tells neither apart ("capital")."""
    return {word for other, own in words.items() if other != qid for word in own}


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+", text.lower()))
