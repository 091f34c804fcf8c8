"""Meetings: talks, visits, phone calls, joint press conferences and summits between named parties.

A meeting needs two parties. Persons named around the trigger are the parties; "the two leaders"
are the last two persons named; a visit to a country makes the host country a party. Several
sentences about the same encounter (same parties, or a country standing for its minister) become
one meeting with the other sentences kept as supporting evidence.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..records import Meeting
from ..timeexpr import find_date_expressions, resolve as resolve_date
from .resolve import Resolver
from .sentences import Sentence

TRIGGERS = {
    "meet": "Talks", "meeting": "Talks", "talk": "Talks", "talks": "Talks", "discuss": "Talks",
    "negotiation": "Talks", "visit": "Visit", "trip": "Visit", "call": "PhoneCall", "phone": "PhoneCall",
    "conference": "PressConference", "summit": "Summit",
}
PLANNED_WORDS = frozenset({"will", "shall", "expected", "likely", "plan", "plans", "planned", "scheduled",
                           "upcoming", "proposed", "would", "next"})
TWO_PARTIES = frozenset({"two leaders", "two ministers", "both leaders", "two sides", "two presidents",
                         "two foreign ministers", "the leaders"})


def _trigger(sentence: Sentence) -> tuple[Token, str] | None:
    for token in sentence.span:
        kind = TRIGGERS.get(token.lemma_.lower()) or TRIGGERS.get(token.lower_)
        if kind is None:
            continue
        if token.lemma_ == "call" and token.pos_ == "VERB" and not any(c.lower_ in ("to", "with") for c in token.children):
            continue
        if token.lemma_ == "conference" and not any(t.lower_ in ("press", "news", "joint") for t in token.lefts):
            continue
        if token.lemma_ == "discuss" and not _plural_subject(token):
            continue
        if _negated(token):
            return None
        return token, kind
    return None


NEGATIONS = frozenset({"not", "n't", "never", "no"})
CALLED_OFF = frozenset({"cancel", "postpone", "call", "refuse", "decline", "skip", "scrap", "deny", "rule", "reject"})


def _negated(trigger: Token) -> bool:
    """"did not meet", "will not visit", "no talks were held", "never met", "refused to meet",
    "cancelled the visit": an encounter that did not or will not happen."""
    if any(c.dep_ == "neg" or c.lower_ in NEGATIONS for c in trigger.children):
        return True
    head = trigger.head
    if trigger.dep_ in ("dobj", "nsubjpass", "xcomp", "nsubj", "pobj") and head != trigger:
        if any(c.dep_ == "neg" for c in head.children):
            return True
        if head.lemma_ in CALLED_OFF and head.lemma_ != "call" or \
                head.lemma_ == "call" and any(c.lower_ == "off" for c in head.children):
            return True
    return False


def _plural_subject(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and (any(g.dep_ == "conj" for g in c.children) or c.lower_ in ("leaders", "sides"))
               for c in verb.children)


def _is_planned(sentence: Sentence, trigger: Token) -> bool:
    words = {t.lower_ for t in trigger.head.subtree} if trigger.pos_ == "NOUN" else set()
    words |= {t.lower_ for t in trigger.lefts} | {t.lower_ for t in trigger.head.lefts}
    words |= {t.lower_ for t in trigger.children}
    return bool(words & PLANNED_WORDS) and trigger.tag_ not in ("VBD", "VBN")


class MeetingReader:
    def __init__(self, resolver: Resolver, published):
        self.resolver = resolver
        self.published = published

    def read(self, sentences: list[Sentence]) -> list[Meeting]:
        meetings: list[Meeting] = []
        for sentence in sentences:
            found = self._trigger_meetings(sentence)
            for meeting in found:
                self._merge_or_add(meetings, meeting)
        return [m for m in meetings if len(set(m.participants)) >= 2]

    def _trigger_meetings(self, sentence: Sentence) -> list[Meeting]:
        found = _trigger(sentence)
        if found is None:
            return []
        trigger, kind = found
        persons = self.resolver.named(_outside_quotes(sentence), sentence, ("Person",))
        persons = [p for p in persons if self.resolver.index.actors[p].kind == "Person"]
        text = sentence.evidence.sentence.lower()
        confidence = 0.85
        if len(persons) < 2 and any(phrase in text for phrase in TWO_PARTIES):
            persons = self.resolver.index.before(sentence.evidence.start, ("Person",))[:2]
            confidence = 0.7
        place = self._place(sentence, trigger)
        if kind == "PhoneCall" and len(persons) > 2:
            caller, others = persons[0], persons[1:]
            return [self._meeting([caller, other], sentence, kind, trigger, None, confidence) for other in others]
        if len(persons) >= 2:
            return [self._meeting(persons, sentence, kind, trigger, place, confidence)]
        if kind == "Visit" and persons:
            host = self._host(sentence, trigger, persons[0])
            if host:
                return [self._meeting([persons[0], host], sentence, kind, trigger, place, 0.7)]
        countries = self._country_parties(sentence, trigger)
        if len(countries) >= 2 and kind in ("Talks", "Summit") and not persons:
            return [self._meeting(countries[:2], sentence, kind, trigger, place, 0.6)]
        return []

    def _country_parties(self, sentence: Sentence, trigger: Token) -> list[str]:
        """Countries that are the trigger's parties: "talks between India and Russia", "X and Y met"."""
        doc = sentence.span.doc
        heads = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("between", "with") for g in c.children
                 if g.dep_ == "pobj"]
        heads += [c for c in trigger.children if c.dep_ == "nsubj"]
        spans = [doc[min(t.i for t in h.subtree):max(t.i for t in h.subtree) + 1] for h in heads]
        keys = [k for span in spans for k in self.resolver.named(span, sentence, ("Country",))]
        return list(dict.fromkeys(keys))

    def _meeting(self, parties, sentence, kind, trigger, place, confidence) -> Meeting:
        planned = _is_planned(sentence, trigger)
        date, date_text = self._date(sentence)
        return Meeting(participants=list(dict.fromkeys(parties)), evidence=sentence.evidence, kind=kind,
                       status="planned" if planned else "held", place=place, date=None if planned else date,
                       date_text=date_text, confidence=confidence)

    def _host(self, sentence: Sentence, trigger: Token, visitor: str) -> str | None:
        """The country visited: the trigger's object ("visit to Russia", "visited India", "visit Moscow"),
        a capital standing for its country."""
        objects = [c for c in trigger.children if c.dep_ == "dobj"]
        objects += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                    if g.dep_ == "pobj"]
        doc = sentence.span.doc
        spans = [doc[min(t.i for t in o.subtree):max(t.i for t in o.subtree) + 1] for o in objects]
        keys = [k for span in spans for k in self.resolver.named(span, sentence, ("Country", "Place"))]
        for key in keys:
            actor = self.resolver.index.actors[key]
            if actor.kind == "Country" and key != self.resolver.affiliation(visitor):
                return key
            if actor.kind == "Place":
                country = self.resolver.capital_country(key)
                if country and country != self.resolver.affiliation(visitor):
                    return country
        return None

    def _place(self, sentence: Sentence, trigger: Token) -> str | None:
        """Where the trigger happened: an "in/at" phrase on the trigger, on the verbs above it or on a
        party named in its phrase ("talks with Mirzo in Dushanbe")."""
        anchors = list(trigger.subtree) + list(trigger.ancestors)
        attached = {trigger} | {t for t in trigger.ancestors if t.pos_ in ("VERB", "AUX")}
        attached |= {t for t in trigger.subtree if t.pos_ == "PROPN" and t.ent_type_ == "PERSON"}  # "with X in Y"
        for token in anchors:  # not "the situation in Afghanistan": a topic's place is no meeting place
            if token.dep_ == "pobj" and token.head.lower_ in ("in", "at") and token.head.head in attached:
                span = sentence.span.doc[min(t.i for t in token.subtree):token.i + 1]
                for key in self.resolver.named(span, sentence, ("Place", "Country")):
                    return key
        return None

    def _date(self, sentence: Sentence):
        for _, _, text in find_date_expressions(sentence.evidence.sentence):
            return resolve_date(text, self.published), text
        return None, None

    def _merge_or_add(self, meetings: list[Meeting], meeting: Meeting) -> None:
        for existing in meetings:
            if self._same(existing, meeting):
                if self._persons(meeting) > self._persons(existing):
                    existing.participants = meeting.participants
                    existing.place = meeting.place or existing.place
                existing.also.append(meeting.evidence)
                existing.place = existing.place or meeting.place
                existing.date = existing.date or meeting.date
                existing.confidence = max(existing.confidence, meeting.confidence)
                return
        meetings.append(meeting)

    def _same(self, a: Meeting, b: Meeting) -> bool:
        """Same parties, or parties that are the same once persons stand for their countries."""
        if a.status != b.status and a.kind != b.kind and set(a.participants) != set(b.participants):
            return False
        if set(a.participants) == set(b.participants):
            return True
        return self._as_countries(a) == self._as_countries(b) and len(self._as_countries(a)) >= 2

    def _persons(self, meeting: Meeting) -> int:
        return sum(self.resolver.index.actors[p].kind == "Person" for p in meeting.participants)

    def _as_countries(self, meeting: Meeting) -> frozenset[str]:
        return frozenset(self.resolver.affiliation(p) or p if self.resolver.index.actors[p].kind == "Person" else p
                         for p in meeting.participants)


def _outside_quotes(sentence: Sentence):
    """The sentence up to its first quotation mark: names inside a quote are not parties."""
    for token in sentence.span:
        if token.text in ("\"", "“") and token.i > sentence.span.start:
            return sentence.span.doc[sentence.span.start:token.i]
    return sentence.span
