"""The records the actor rules share: a name occurrence before grouping (:class:`Found`), how it met the
gazetteer (:class:`Match`), and the article's actors with where each was mentioned (:class:`ActorIndex`)."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span

from ..gazetteer import Entry
from ..records import Actor, Link
from .profiles import Profile
from .sentences import Sentence


@dataclass
class Found:
    """One name occurrence before grouping."""

    text: str
    clean: str
    label: str
    kind: str
    entry: Entry | None
    start: int
    end: int
    sentence: Sentence
    span: Span
    canonical: str | None = None  # the name to group by: an unlinked country's ("UK" -> "United Kingdom"),
    # a government body's ("Tajik defence ministry" -> "Ministry of Defence of Tajikistan")
    unit: str = ""  # a numbered military unit's number and kind: "201 base" for "201st military base"
    middle: str = ""  # the middle name that tells "Ahmad Shah Massoud" from "Ahmad Massoud" in one article
    match: Match | None = None  # how it met the gazetteer, where it did
    link: Link | None = None  # the weighing of the candidates of a shared name
    owner: Found | None = None  # the parent organisation a branch is named through ("the Islamic State's affiliate")


@dataclass
class ActorIndex:
    """The article's actors plus where each was mentioned, in reading order."""

    actors: dict[str, Actor] = field(default_factory=dict)
    spans: dict[tuple[int, int], str] = field(default_factory=dict)  # article offsets -> actor key
    profiles: dict[str, Profile] = field(default_factory=dict)  # person key -> office words, affiliations

    def add(self, label: str, kind: str, qid: str | None = None, link: Link | None = None) -> str:
        """A new actor the rules imply, with no mention of its own; its key, the next of the article's numbering."""
        key = f"a{len(self.actors)}"
        self.actors[key] = Actor(key, label, kind, qid, link=link)
        return key

    def at(self, start: int, end: int) -> str | None:
        """The actor mentioned at exactly or within the article offsets (start, end)."""
        if (start, end) in self.spans:
            return self.spans[(start, end)]
        for (s, e), key in self.spans.items():
            if s >= start and e <= end:
                return key
        return None

    def covering(self, start: int, end: int) -> str | None:
        """The actor whose mention contains the article offsets (start, end)."""
        return next((key for (s, e), key in self.spans.items() if s <= start and end <= e), None)

    def in_range(self, start: int, end: int) -> list[tuple[int, str]]:
        """(offset, actor key) of every mention inside the article offsets, in reading order: of two that begin
        together, the one inside the other first ("Taliban" before "the Taliban's interior ministry")."""
        return [(s, key) for s, _, key in sorted((s, e, key) for (s, e), key in self.spans.items()
                                                 if s >= start and e <= end)]

    def before(self, offset: int, kinds: tuple[str, ...] = ("Person",), window: int = 3000) -> list[str]:
        """Actor keys of the given kinds mentioned before ``offset``, most recent first, without repeats."""
        keys: list[str] = []
        for (s, _), key in sorted(self.spans.items(), reverse=True):
            if s < offset and offset - s <= window and self.actors[key].kind in kinds and key not in keys:
                keys.append(key)
        return keys


@dataclass(frozen=True)
class Match:
    """How a name occurrence met the gazetteer: the entry, the name it matched and by what (label, alias,
    country name, initials, given name), or the candidates of a name several entries share."""

    entry: Entry | None = None
    name: str = ""
    method: str = ""
    shared: tuple[Entry, ...] = ()
