"""Who sat for the two countries of a meeting: persons named in the sentences right after it.

"Pakistan and Iran agreed to de-escalate after a phone call between their foreign ministers. Pakistan's foreign
minister A told his Iranian counterpart B …", "Military talks between India and China ended without a deal. …
The Indian delegation was led by A, while the Chinese team was headed by B": the encounter reported as one of
two countries was held by those persons, one for each country; they join it as parties.
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ..records import Meeting
from .resolve import Resolver
from .sentences import Sentence

SIDE_GROUPS = frozenset({"delegation", "team", "side"})  # "the Indian delegation was led by A"
LEADING = frozenset({"lead", "head"})
ADDRESSED = frozenset({"tell", "brief", "speak", "talk", "inform", "assure"})  # "A told his counterpart B"


class SideHolders:
    def __init__(self, resolver: Resolver, side: Callable[[str], str | None]):
        self.resolver = resolver
        self.side = side  # the country a person stands for, as a QID when known

    def join(self, meeting: Meeting, sentence: Sentence) -> bool:
        """The persons of ``sentence`` join ``meeting`` when the meeting's parties are two countries, the
        sentence names exactly one person for each of them, and nobody else, and says they sat for the sides (led
        them, "counterpart", one told or briefed the other); not "Modi accused Xi of stalling the process"."""
        actors = self.resolver.index.actors
        countries = list(dict.fromkeys(meeting.participants))
        if len(countries) != 2 or any(actors[c].kind != "Country" for c in countries):
            return False
        persons = [p for p in self.resolver.named(sentence.span, sentence, ("Person",)) if actors[p].kind == "Person"]
        persons = list(dict.fromkeys(persons))
        led = self._leaders_of_sides(sentence)
        sides = [led.get(p) or self.side(p) for p in persons]
        wanted = {actors[c].qid or c for c in countries}
        if len(persons) != 2 or set(sides) != wanted or not (set(persons) <= set(led) or _sat(sentence)):
            return False
        meeting.participants = countries + persons
        meeting.also.append(sentence.evidence)
        return True

    def _leaders_of_sides(self, sentence: Sentence) -> dict[str, str]:
        """"The Indian delegation was led by A", "the Chinese team was headed by B": each leader's country."""
        found = {}
        for verb in sentence.span:
            if verb.lemma_ not in LEADING or verb.tag_ != "VBN":
                continue
            group = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.lemma_ in SIDE_GROUPS), None)
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            if group is None or agent is None:
                continue
            country = self._country_before(group, sentence)
            for person in self.resolver.named(_phrase(agent), sentence, ("Person",)):
                if country:
                    found[person] = country
        return found

    def _country_before(self, group: Token, sentence: Sentence) -> str | None:
        """The country of the words before the group noun ("the Indian delegation"), as a QID when known."""
        doc = group.doc
        countries = self.resolver.named(doc[group.left_edge.i:group.i], sentence, ("Country",))
        actors = self.resolver.index.actors
        return (actors[countries[0]].qid or countries[0]) if len(countries) == 1 else None


def _phrase(token: Token):
    return token.doc[token.left_edge.i:token.right_edge.i + 1]


def _sat(sentence: Sentence) -> bool:
    """The sentence speaks of the two as across a table: "his Iranian counterpart B", "A told B", "A briefed B"."""
    return any(t.lemma_ == "counterpart" or t.lemma_ in ADDRESSED and t.pos_ == "VERB" for t in sentence.span)
