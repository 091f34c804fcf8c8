"""Who meets again: "the leaders agreed to meet again in China in 2027", "the participants would meet again in
the same format next year", "China would host the next summit".

A subject that names nobody and counts nobody ("the leaders", "the participants") refers to the largest gathering
the article reported before, not to the last encounter (often a side meeting of a few of them). Its parties meet
again as countries (a leader stands for his country, as the next edition may bring other leaders), with the
country of the place named for the next meeting as its host. The next summit of an organisation is the
organisation's, in its host country: who will lead the delegations is not known yet.
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ..records import Meeting
from .meeting_words import COUNTED_GROUPS, COUNTED_PERSONS, COUNTS
from .resolve import Resolver
from .sentences import Sentence


class Reunions:
    def __init__(self, resolver: Resolver, country_of: Callable[[str], str | None]):
        self.resolver = resolver
        self.country_of = country_of  # a person's country named in the article

    def parties(self, trigger: Token, subject: Token | None, sentence: Sentence, meetings: list[Meeting],
                place: str | None) -> list[str]:
        """The parties of the gathering met again, as countries, with the host country; none when the sentence
        is no such meeting again."""
        if not self._again_by_all(trigger, subject, sentence):
            return []
        earlier = [m for m in meetings if m.evidence.start < sentence.evidence.start]
        gathering = max(reversed(earlier), key=lambda m: len(self._sides(m)), default=None)
        sides = self._sides(gathering) if gathering is not None else []
        if len(sides) < 3 or _counts_fewer(sentence, len(sides)):
            return []
        return list(dict.fromkeys(sides + [h for h in [self._host(place)] if h]))

    def _again_by_all(self, trigger: Token, subject: Token | None, sentence: Sentence) -> bool:
        """"The leaders agreed to meet again": "again" on "meet", and a plural subject without a name or a number
        ("the two leaders" are those of the last encounter)."""
        if trigger.lemma_ != "meet" or trigger.pos_ != "VERB" or not any(c.lower_ == "again" for c in trigger.children):
            return False
        if subject is None or subject.tag_ != "NNS" or any(c.dep_ == "nummod" for c in subject.children):
            return False
        doc = subject.doc
        return not self.resolver.named(doc[subject.left_edge.i:subject.right_edge.i + 1], sentence,
                                       ("Person", "Country", "Organisation"))

    def _sides(self, meeting: Meeting) -> list[str]:
        """The meeting's parties as countries: a person for his country when the article names it."""
        actors = self.resolver.index.actors
        sides = [self.country_of(p) if actors[p].kind == "Person" else p for p in meeting.participants]
        return list(dict.fromkeys(s for s in sides if s))

    def next_summit(self, trigger: Token, sentence: Sentence, sentences: list[Sentence], groups: list[str],
                    place: str | None) -> list[str]:
        """"The next SCO summit will be held in Samarkand, Uzbekistan", "China would host the next summit": the
        organisation named on this summit, else the one organisation named where the article first tells of a
        summit, and the one host country; none unless both are known."""
        actors = self.resolver.index.actors
        bodies = [g for g in groups if actors[g].kind == "Organisation"]
        first = next((s for s in sentences if s.index < sentence.index and
                      any(t.lemma_ == "summit" for t in s.span)), None)
        if not bodies and first is not None:
            bodies = [k for k in self.resolver.named(first.span, first, ("Organisation",))
                      if actors[k].kind == "Organisation"]
        hosts = [g for g in groups if actors[g].kind == "Country"] or [h for h in [self._host(place)] if h] or \
            self._countries_held_in(trigger, sentence)
        bodies, hosts = list(dict.fromkeys(bodies)), list(dict.fromkeys(hosts))
        return [bodies[0], hosts[0]] if len(bodies) == 1 and len(hosts) == 1 else []

    def _countries_held_in(self, trigger: Token, sentence: Sentence) -> list[str]:
        """"will be held in Samarkand, Uzbekistan": the countries named where the summit is held."""
        doc = trigger.doc
        verb = trigger.head
        spans = [doc[c.i:c.right_edge.i + 1] for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"] \
            if trigger.dep_ == "nsubjpass" else []
        return [k for span in spans for k in self.resolver.named(span, sentence, ("Country",))
                if self.resolver.index.actors[k].kind == "Country"]

    def _host(self, place: str | None) -> str | None:
        if place is None:
            return None
        if self.resolver.index.actors[place].kind == "Country":
            return place
        return self.resolver.capital_country(place)


def _counts_fewer(sentence: Sentence, sides: int) -> bool:
    """"The two delegations discussed trade, and the officials agreed to meet again": the sentence counts fewer
    parties than the gathering had; who meets again is that smaller encounter's, not the gathering's."""
    return any(t.dep_ in ("nummod", "det") and COUNTS.get(t.lower_, sides) < sides and
               (t.head.lower_ in COUNTED_PERSONS or t.head.lower_ in COUNTED_GROUPS or t.head.lower_ == "delegations")
               for t in sentence.span)
