"""Several sentences about one encounter become one meeting.

Same parties, or parties that are the same once persons stand for their countries ("Jaishankar will visit
Moscow" and "Jaishankar will meet Lavrov"), make one meeting; the other sentences are kept as its
supporting evidence. Two meetings of different persons of the same two countries stay apart.
"""
from __future__ import annotations

from collections.abc import Callable

from ..records import Meeting
from ..timeexpr import MONTHS
from .resolve import Resolver
from .sentences import Sentence


def recent(meetings: list[Meeting], sentences: list[Sentence], sentence: Sentence, within: int) -> list[Meeting]:
    """The meetings the latest sentence before ``sentence`` that reported any reported, when it is at most
    ``within`` sentences back: what "the two leaders", "he" or "the next meeting" can refer to. Several meetings
    there ("spoke with A and also called B") leave such a reference open."""
    index = {s.evidence.start: s.index for s in sentences}
    told = [(index.get(e.start), m) for m in meetings for e in (m.evidence, *m.also)]
    told = [(i, m) for i, m in told if i is not None and i < sentence.index]
    if not told:
        return []
    latest = max(i for i, _ in told)
    found = [m for i, m in told if i == latest]
    return list({id(m): m for m in found}.values()) if sentence.index - latest <= within else []



class Merger:
    def __init__(self, resolver: Resolver, side: Callable[[str], str | None]):
        self.resolver = resolver
        self.side = side  # the country a person stands for, as a QID when known (from the text or his office)

    def merge_or_add(self, meetings: list[Meeting], meeting: Meeting) -> None:
        """Add ``meeting``, or fold it into the one it repeats: the fuller list of persons wins, the sentence
        becomes supporting evidence, and a place or date the first sentence lacked is taken from the later one."""
        for existing in meetings:
            if self.same(existing, meeting):
                if self._persons(meeting) > self._persons(existing):
                    existing.participants = meeting.participants
                    existing.place = meeting.place or existing.place
                existing.also.append(meeting.evidence)
                existing.place = existing.place or meeting.place
                existing.date = existing.date or meeting.date
                existing.confidence = max(existing.confidence, meeting.confidence)
                return
        meetings.append(meeting)

    def same(self, a: Meeting, b: Meeting) -> bool:
        """Same parties on the same day (or either undated); or, when one side names a country ("Jaishankar will
        visit Moscow"), parties that are the same once persons stand for their countries. Two meetings of different
        persons of the same two countries stay apart (the foreign ministers' talks, the defence ministers' talks, the
        summit), and so do the countries' talks and a meeting of persons of another kind (a summit), day or place; an
        encounter of another kind in another month (a call "on Friday", talks "in July") is another encounter."""
        if a.status != b.status or a.date and b.date and a.date != b.date or a.kind != b.kind and _another_month(a, b):
            return False  # the leaders' dinner on Monday is not their talks on Tuesday, their call "on Friday" not
            # their talks "in July"
        if set(a.participants) == set(b.participants) or self._joins_visit(a, b) or self._joins_visit(b, a):
            return True
        names_country = self._persons(a) < len(set(a.participants)) or self._persons(b) < len(set(b.participants))
        persons_a, persons_b = self._person_set(a), self._person_set(b)
        # Putin's visit is not the ministers' talks; the leaders' dialogue is not the delegates' call on the premier
        shared = persons_a <= persons_b or persons_b <= persons_a
        if not (persons_a and persons_b) and ((a.kind == "Summit") != (b.kind == "Summit") or
                                               (a.kind == "PhoneCall") != (b.kind == "PhoneCall") or
                                               _another_month(a, b) or
                                               a.place and b.place and a.place != b.place):
            return False  # the countries' talks "in Almaty on July 17" are not the leaders' summit "in Prague" nor
            # the ministers' call, the commanders' talks "on January 24" not the ministers' "in September"
        return names_country and shared and self._as_countries(a) == self._as_countries(b) and \
            len(self._as_countries(a)) >= 2

    def _joins_visit(self, visit: Meeting, talks: Meeting) -> bool:
        """"Khar visited Kabul on Monday. Khar met Muttaqi and Baradar": the visitor's talks with officials of the
        host country are the visit (its other persons may be of no known side), the host country a party through
        them."""
        actors = self.resolver.index.actors
        visitors = [p for p in visit.participants if actors[p].kind == "Person"]
        hosts = [p for p in visit.participants if actors[p].kind == "Country"]
        if visit.kind != "Visit" or talks.kind != "Talks" or len(visitors) != 1 or len(hosts) != 1 or \
                len(visit.participants) != 2 or visitors[0] not in talks.participants:
            return False
        sides = {self.side(p) for p in talks.participants if p != visitors[0]}
        host = actors[hosts[0]].qid or hosts[0]
        return host in sides and sides <= {host, None}

    def _person_set(self, meeting: Meeting) -> set[str]:
        return {p for p in meeting.participants if self.resolver.index.actors[p].kind == "Person"}

    def _persons(self, meeting: Meeting) -> int:
        return sum(self.resolver.index.actors[p].kind == "Person" for p in meeting.participants)

    def _as_countries(self, meeting: Meeting) -> frozenset[str]:
        """The sides, a person standing for his country ("Putin will host Xi" and "Xi's visit to Russia")."""
        actors = self.resolver.index.actors
        return frozenset(self.side(p) or p if actors[p].kind == "Person" else actors[p].qid or p
                         for p in meeting.participants)


def _another_month(a: Meeting, b: Meeting) -> bool:
    """One is dated to a day and the other, undated, names another month ("on January 24", "in September"); two days
    are told apart before this is asked."""
    dated, other = (a, b) if a.date else (b, a)
    if dated.date is None or other.date is not None:
        return False
    named = {number for word in (other.date_text or "").lower().split() if (number := MONTHS.get(word))}
    return bool(named) and dated.date.month not in named
