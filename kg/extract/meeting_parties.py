"""Which actors are the parties of an encounter, read against what the article says of them.

The parse says where a party is named (:mod:`.meeting_syntax`); this module resolves those phrases to
actors and decides sides: which country a person stands for ("officials of one government among
themselves are no parties"), which country a visit makes a host, which persons a counted group ("the two
sides") or a description ("the foreign minister") refers back to.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..records import Meeting
from . import meeting_kinds as kinds
from . import meeting_syntax as syntax
from .meeting_merge import recent
from .meeting_words import (ATTENDING, CHAIRING, COMPOSING, COUNTED_OFFICES, COUNTS, COUNTERPART_WINDOW, ENVOY_POSTS,
                            GATHERING, HEADS_OF_STATE, INTERGOVERNMENTAL, JOINT_BODIES, JOURNEYS, LEADER_NOUNS,
                            LEADING_TITLES, MEMBERS, MET_OBJECTS, NOT_LEADING, OFFICE_ALIKE, PARTY_KINDS, PERSON_HEADS,
                            REGION_COUNTRIES, SEPARATE_WORDS, TRAVELLING)
from .names import ROLE_HEADS, fold
from .profiles import GENERIC_WORDS, office_words
from .resolve import Resolution, Resolver
from .sentences import Sentence
from .tokens import prepositional_objects


def _names_beside(plural: Token) -> Token:
    """The first of the names set off by a comma inside a plural subject ("The two presidents, A and B, were …";
    also where the parser hung them on the noun before: "The two ministers at odds over the dam, A and B, …")."""
    doc = plural.doc
    return next((t for t in plural.subtree if t.ent_type_ == "PERSON" and t.dep_ in ("appos", "conj") and
                 t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == ","), plural)


class Parties:
    """The party readings of one article: ``sentences`` are the article's (for what is named where),
    ``meetings`` the meetings read so far (for what a description refers back to)."""

    def __init__(self, resolver: Resolver, sentences: list[Sentence], meetings: list[Meeting], published=None):
        self.resolver = resolver
        self.published = published  # the article's date, for the offices the gazetteer says a person held then
        self.sentences = sentences
        self.meetings = meetings

    def side(self, key: str) -> str | None:
        """The country an actor stands for, as a QID when known: the country itself, or a person's country
        from the text or from the gazetteer's record of the office ("Antony Blinken": US Secretary of State)."""
        actor = self.resolver.index.actors[key]
        if actor.kind != "Person":
            return actor.qid or key
        country = self.resolver.affiliation(key)
        if country:
            return self.resolver.index.actors[country].qid or country
        entry = self.resolver.gazetteer.by_qid.get(actor.qid) if actor.qid else None
        countries = {role.country for role in entry.roles if role.country} if entry else set()
        if len(countries) == 1:
            return countries.pop()
        profile = self.resolver.index.profiles.get(key)
        bodies = {self._country_of_body(k) for k in profile.affiliations} - {None} if profile else set()
        return bodies.pop() if len(bodies) == 1 else None

    def _country_of_body(self, key: str) -> str | None:
        """The country a national body belongs to, named in its name: "U.S. Central Command", "Ministry of
        Defence of Tajikistan" ("Gen. McKenzie, the head of U.S. Central Command" is on the US side)."""
        actor = self.resolver.index.actors[key]
        if actor.kind != "Organisation":
            return None
        words = actor.label.removeprefix("the ").split(" ")
        names = [words[0], " ".join(words[:2]), actor.label.rpartition(" of ")[2] if " of " in actor.label else ""]
        for name in filter(None, names):
            entry = next((e for e in self.resolver.gazetteer.lookup(name) if e.kind == "Country"), None)
            if entry:
                return entry.qid
        return None

    def one_side(self, meeting: Meeting) -> bool:
        """"Defense Secretary Austin spoke with General McKenzie": officials of one government talking among
        themselves are not an encounter between parties."""
        persons = [p for p in meeting.participants if self.resolver.index.actors[p].kind == "Person"]
        if any(self._serves_intergovernmental(p) for p in persons) and not self._envoy_of_a_country(meeting):
            return False
        sides = [self.side(p) for p in meeting.participants]
        known = set(sides) - {None}
        unsaid = [p for p, side in zip(meeting.participants, sides) if side is None]
        if len(known) == 1 and (not unsaid or len(persons) >= 3 and len(unsaid) == 1 and len(persons) == len(sides)
                                and not self._affiliated(unsaid[0]) and not self._abroad(meeting, known)):
            return True  # "Rajnath held a meeting with Jaishankar, General X and the service chiefs": two of one
            # government and one whose side is unsaid are one government's own meeting; not "and Taliban envoy X",
            # not "met Sheikh Tamim in Doha"
        bodies = set(meeting.participants) - set(persons)  # "Taliban spokesman Suhail Shaheen" and the Taliban
        profiles = [self.resolver.index.profiles.get(p) for p in persons]
        return len(persons) == 1 and bool(bodies) and profiles[0] is not None and bodies <= profiles[0].affiliations

    def _serves_intergovernmental(self, key: str) -> bool:
        """"Roza Otunbayeva, the head of the UN mission in Afghanistan, met Muttaqi", "Rahmon received CSTO
        Secretary General Zas": one who serves a body of many countries speaks for none of them, though the text
        names the country he works in."""
        profile = self.resolver.index.profiles.get(key)
        actors = self.resolver.index.actors
        return profile is not None and any(
            actors[k].kind == "Organisation" and self._country_of_body(k) is None and
            set(actors[k].label.lower().split()) & INTERGOVERNMENTAL for k in profile.affiliations)

    def _envoy_of_a_country(self, meeting: Meeting) -> bool:
        """The meeting's sentence names a country's envoy: "the head of the U.S. mission to the UN", "Uzbekistan's
        ambassador to the SCO"; he serves his country, though at a body of many."""
        sentence = next((s for s in self.sentences if s.evidence.start == meeting.evidence.start), None)
        if sentence is None:
            return False
        doc = sentence.span.doc
        return any(t.dep_ in ("poss", "compound", "amod", "nmod") and t.head.lemma_.lower() in ENVOY_POSTS and
                   any(self.resolver.index.actors[k].kind == "Country"
                       for k in self.resolver.named(doc[t.left_edge.i:t.i + 1], sentence, ("Country",)))
                   for t in sentence.span)

    def leaders(self, keys: list[str], sentence: Sentence) -> list[str]:
        """"held phone calls with the Kyrgyz and Tajik leaders": a country named only by a demonym on the word
        "leaders" stands for the one person the article names as leading it ("Kyrgyz President Sadyr Japarov");
        and "his Iranian counterpart", for the one person of that country named before in the office of the
        person met (:meth:`_counterpart_named`)."""
        led = self._led_countries(sentence)
        keys = list(dict.fromkeys((self._leader_of(k) or k) if k in led else k for k in keys))
        return list(dict.fromkeys(self._counterpart_named(k, keys, sentence) for k in keys))

    def _counterpart_named(self, key: str, keys: list[str], sentence: Sentence) -> str:
        """"Saudi Foreign Minister Faisal bin Farhan … He is expected to meet his Iranian counterpart": the country a
        counterpart's demonym names stands for the one person of that country the article named before in the
        same office ("Iran's Foreign Minister Hossein Amir-Abdollahian"); the country stays where none or several
        fit, or where the other party holds no office the text tells."""
        actors, doc = self.resolver.index.actors, sentence.span.doc
        persons = [k for k in keys if actors[k].kind == "Person"]
        said = [t for t in sentence.span if t.lemma_ == "counterpart" and any(c.tag_ == "PRP$" for c in t.children)]
        if actors[key].kind != "Country" or len(persons) != 1 or not any(
                key in self.resolver.named(doc[t.left_edge.i:t.i], sentence, ("Country",)) for t in said):
            return key
        office = self._office(persons[0])
        if not office:
            return key
        before = self.resolver.index.before(sentence.evidence.start, ("Person",), window=10 ** 9)
        fits = [k for k in before if k != persons[0] and self.side(k) in (key, actors[key].qid)
                and _same_office(office, self._office(k))]
        return fits[0] if len(fits) == 1 else key

    def _office(self, person: str) -> set[str]:
        """The words of the office the text gives a person ("foreign", "minister")."""
        profile = self.resolver.index.profiles.get(person)
        return set(profile.words) if profile else set()

    def _led_countries(self, sentence: Sentence) -> set[str]:
        """The countries whose demonyms describe a leader noun of the sentence: "the Kyrgyz and Tajik leaders"."""
        doc = sentence.span.doc
        nouns = [t for t in sentence.span if t.pos_ == "NOUN" and t.lemma_.lower() in LEADER_NOUNS]
        modifiers = {t: [m for c in t.children if c.dep_ in ("amod", "compound", "nmod") for m in (c, *c.conjuncts)]
                     for t in nouns}
        nouns = [t for t in nouns if all(self.resolver.named(doc[m.i:m.i + 1], sentence, ("Country",))
                                         for m in modifiers[t])]  # not "Russian business leaders": no country's
        modifiers = [m for t in nouns for m in modifiers[t]]
        modifiers += [c for t in nouns for c in t.conjuncts if c.pos_ == "PROPN"]  # "the Kyrgyz and Tajik leaders"
        # parsed as "[the Kyrgyz] and [Tajik leaders]"
        return {k for m in modifiers for k in self.resolver.named(doc[m.i:m.i + 1], sentence, ("Country",))}

    def _leader_of(self, country: str) -> str | None:
        """The one person the article names with an office that leads the country; none when it names several."""
        leaders = [key for key, actor in self.resolver.index.actors.items() if actor.kind == "Person" and
                   (any(role.country == country and _leads(role.title) for role in actor.roles) or
                    self._led_on_the_day(key, country))]
        leaders += [k for k in self._counterparts_leading(country) if k not in leaders]
        return leaders[0] if len(leaders) == 1 else None

    def _counterparts_leading(self, country: str) -> list[str]:
        """"Kyrgyz President Japarov and his Tajik counterpart, Emomali Rahmon": the counterpart of a person who
        leads a country leads the country of the counterpart's demonym."""
        found = []
        for sentence in self.sentences:
            doc = sentence.span.doc
            for token in sentence.span:
                if token.lemma_ != "counterpart" or token.dep_ != "conj" or \
                        not any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in token.children):
                    continue
                demonyms = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod")]
                if not any(country in self.resolver.named(doc[d.i:d.i + 1], sentence, ("Country",)) for d in demonyms):
                    continue
                head = token.head
                if not any(_leads(role.title) for k in self.resolver.named(doc[head.left_edge.i:head.i + 1], sentence,
                                                                            ("Person",))
                           for role in self.resolver.index.actors[k].roles):
                    continue
                found += [k for a in token.children if a.dep_ == "appos"
                          for k in self.resolver.named(doc[a.left_edge.i:a.right_edge.i + 1], sentence, ("Person",))]
        return list(dict.fromkeys(found))

    def _led_on_the_day(self, person: str, country: str) -> bool:
        """The gazetteer's record that the person led the country on the article's day ("his Tajik counterpart,
        Emomali Rahmon": no office named in the text)."""
        actor, qid = self.resolver.index.actors[person], self.resolver.index.actors[country].qid
        entry = self.resolver.gazetteer.by_qid.get(actor.qid) if actor.qid else None
        return bool(entry and qid and self.published) and any(
            role.country == qid and _leads(role.label) and role.held_on(self.published) for role in entry.roles)

    def leads_a_country(self, person: str) -> bool:
        """A president or prime minister by his office in the text or in the gazetteer's record, whenever held:
        who he is, not what he led on the day."""
        actor, profile = self.resolver.index.actors[person], self.resolver.index.profiles.get(person)
        entry = self.resolver.gazetteer.by_qid.get(actor.qid) if actor.qid else None
        return any(_leads(role.title) for role in actor.roles) or \
            bool(profile and profile.words & HEADS_OF_STATE and not profile.words & set(NOT_LEADING)) or \
            bool(entry and any(_leads(role.label) for role in entry.roles))

    def country_of(self, person: str) -> str | None:
        """A person's country named in the article, from the text or from the gazetteer's record of the office."""
        side = self.side(person)
        if side is None:  # else the first actor without a QID would match None
            return None
        return next((k for k, actor in self.resolver.index.actors.items() if side in (k, actor.qid)), None)

    def body_of(self, body: str, country: str) -> bool:
        """"Kazakhstan's Security Council" is Kazakhstan's own body: the two are one party."""
        return body != country and self.resolver.index.actors[body].label.endswith(
            " of " + self.resolver.index.actors[country].label)

    def inside(self, key: str, spans: list[Span], sentence: Sentence, kinds=("Person",)) -> bool:
        """``key`` is named in one of ``spans``."""
        return any(key in self.resolver.named(span, sentence, kinds) for span in spans)

    def met(self, trigger: Token, sentence: Sentence) -> Resolution | None:
        """The person met when described: "also met the Pakistani foreign minister", "in his first meeting with the
        Russian president"."""
        objects = [c for c in trigger.children if c.dep_ == "dobj"] if trigger.lemma_ in MET_OBJECTS else []
        if trigger.pos_ == "NOUN":  # by office: not "talks with the Kazakh leader" (a deputy may be the one named)
            objects += [g for g in prepositional_objects(trigger, "with")
                        if g.pos_ == "NOUN" and g.lemma_.lower() not in GENERIC_WORDS]
        return self.resolver.resolve(objects[0], sentence, ("Person",)) if objects else None

    def objects(self, verb: Token, sentence: Sentence) -> list[str]:
        """Persons an encounter takes: "met B", "called on B", "spoke with B", "talks with B"."""
        heads = [c for c in verb.children if c.dep_ == "dobj" and verb.pos_ == "VERB"]
        heads += prepositional_objects(verb, ("on", "with"))
        doc = verb.doc
        return [k for h in heads for k in self.resolver.named(doc[h.left_edge.i:h.right_edge.i + 1], sentence,
                                                              ("Person",))]

    def on_line(self, keys: list[str], sentence: Sentence, trigger: Token) -> list[str]:
        """Parties named on the trigger's line: a headline the splitter joined to the next line ("Taliban, NRF talks
        fail\nMassoud: …") names no party of the line before."""
        doc, (start, end) = trigger.doc, sentence.offsets(sentence.span)
        breaks = [sentence.offsets(t)[0] for t in doc[sentence.span.start:sentence.span.end] if "\n" in t.text]
        at = sentence.offsets(trigger)[0]
        low = max([b for b in breaks if b < at], default=start)
        high = min([b for b in breaks if b > at], default=end)
        mentioned = {k: [s for (s, _), key in self.resolver.index.spans.items() if key == k and start <= s < end]
                     for k in keys}
        return [k for k in keys if not mentioned[k] or any(low <= s <= high for s in mentioned[k])]

    def visitors(self, sentence: Sentence, hosts: list[str]) -> list[str]:
        """The persons named before who are not of the hosts' side: the visitors a group reference stands for."""
        sides = {self.side(p) for p in hosts} - {None}
        before = self.resolver.index.before(sentence.evidence.start, ("Person",))
        return [p for p in before if p not in hosts and self.side(p) not in sides][:8]

    def membership(self, sentence: Sentence, subject: Token | None) -> list[str]:
        """"The heads of state of the six members held a summit": a summit of the members of the organisation
        named last (its other parties are named in the sentences that follow)."""
        if subject is None or not any(t.lower_ in MEMBERS for t in subject.subtree) or \
                any(t.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") for t in subject.subtree):
            return []
        before = [k for k in self.resolver.index.before(sentence.evidence.start, ("Organisation",))
                  if not self._named_as_body(k) and not self.resolver.index.actors[k].is_media]
        return before[:1]

    def counterpart_holder(self, sentence: Sentence, trigger: Token, country: str) -> str | None:
        """"The local commander held a flag meeting with his Chinese counterpart": a counterpart is of another
        country than the unnamed official who meets him, the other country the passage was about (the last one
        named before); none unless the trigger takes "his … counterpart" of ``country``."""
        doc = trigger.doc
        heads = [c for c in trigger.children if c.dep_ == "dobj"]
        heads += [g for t in (trigger, trigger.head)[:1 + (trigger.pos_ == "NOUN")]
                  for g in prepositional_objects(t, "with")]
        if not any(h.lemma_ == "counterpart" and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in h.children) and
                   country in self.resolver.named(doc[h.left_edge.i:h.i], sentence, ("Country",)) for h in heads):
            return None
        offset = sentence.offsets(trigger)[0]
        return next((k for k in self.resolver.index.before(offset, ("Country",), window=COUNTERPART_WINDOW)
                     if k != country), None)

    def _of_kind(self, parties: list[str], kind: str) -> list[str]:
        """The parties a counted group of ``kind`` can be: persons, organisations, or countries (a person stands
        for his country, as in "the two sides")."""
        actors = self.resolver.index.actors
        if kind in ("Person", "Organisation"):
            return [p for p in parties if actors[p].kind == kind]
        countries = [self.country_of(p) if actors[p].kind == "Person" else p for p in parties]
        if kind == "Country":  # "the two countries": a person whose country is not known is none of them
            return list(dict.fromkeys(c for c in countries if c and actors[c].kind == "Country"))
        return list(dict.fromkeys(c if c and actors[c].kind == "Country" else p for c, p in zip(countries, parties)))

    def agent(self, subject: Token, sentence: Sentence) -> Resolution | None:
        """Who holds the encounter. Two readings the resolver lacks: "Rahmon's office said he had discussed …":
        "he" is the person an earlier subject of the sentence names; "Qureshi met Kamilov. … the foreign
        minister will travel": a description that fits both parties of the last meeting names the one the
        story follows, its first party."""
        agent = self.resolver.resolve(subject, sentence, PARTY_KINDS)
        if subject.lower_ in ("he", "she", "his", "her"):
            return self.earlier_subject(subject, sentence) or self._possessor_before(subject, sentence) or \
                self._holder(sentence) or agent
        return self._office_of_country(subject, sentence, agent) or self._head_of_state(subject, sentence) or \
            self.followed(subject, agent)

    def _head_of_state(self, subject: Token, sentence: Sentence) -> Resolution | None:
        """"Later in the day, the head of state had a telephone conversation with X": a national agency's own
        president, the first head of a state the article names as the first person of a sentence ("President of
        the Kyrgyz Republic Sadyr Japarov held …"; not one named in passing: "X met Putin's envoy", "X received
        Putin"). "The Kazakh head of state" is Kazakhstan's (the country when none is named); not "the head of
        state of Uzbekistan"."""
        of = prepositional_objects(subject, "of")
        if subject.lemma_.lower() != "head" or [g.lower_ for g in of] != ["state"] or \
                any(c.dep_ == "prep" for g in of for c in g.children) or \
                not any(c.lower_ == "the" for c in subject.children):
            return None
        actors, profiles, doc = self.resolver.index.actors, self.resolver.index.profiles, subject.doc
        countries = [k for c in subject.children if c.dep_ in ("amod", "compound", "nmod", "poss")
                     for k in self.resolver.named(doc[c.i:c.i + 1], sentence, ("Country",))]
        named = [key for (start, end), key in sorted(self.resolver.index.spans.items())
                 if actors[key].kind == "Person" and (self.side(key) in {actors[k].qid or k for k in countries}
                                                      if countries else self._first_named(start, end))]
        heads = [k for k in dict.fromkeys(named) if k in profiles and profiles[k].words & HEADS_OF_STATE and
                 not profiles[k].words & set(NOT_LEADING)]
        if countries:
            return Resolution(heads[0] if heads else countries[0], 0.7)
        return Resolution(heads[0], 0.7) if heads else None

    def _abroad(self, meeting: Meeting, sides: set[str]) -> bool:
        """The meeting took place in a country of none of ``sides`` ("Modi, Jaishankar and Doval met Sheikh Tamim in
        Doha"), a capital standing for its country: the one whose side is unsaid is of the host country."""
        actor = self.resolver.index.actors[meeting.place] if meeting.place else None
        if actor is None or actor.kind not in ("Country", "Place"):
            return False
        if actor.kind == "Country":
            return (actor.qid or meeting.place) not in sides
        capitals = self.resolver.capitals
        name = next((capitals[fold(n)] for n in (actor.label, *sorted(actor.aliases)) if fold(n) in capitals), None)
        if name is None:
            return False
        entry = next((e for e in self.resolver.gazetteer.lookup(name) if e.kind == "Country"), None)
        return (entry.qid if entry else name) not in sides  # a country the gazetteer lacks is no side's

    def _affiliated(self, person: str) -> bool:
        """A person named with a body of his own ("Taliban envoy Suhail Shaheen", "Hamas leader X"): his side is
        that body's, not unsaid."""
        profile = self.resolver.index.profiles.get(person)
        return profile is not None and bool(profile.affiliations)

    def _first_named(self, start: int, end: int) -> bool:
        """The person named at these article offsets is the first person named in his sentence, and not as a
        possessor ("Putin's envoy met Rahmon"): who acts in it, whatever the parser made of a long title."""
        sentence = next((s for s in self.sentences if s.offsets(s.span)[0] <= start < s.offsets(s.span)[1]), None)
        if sentence is None:
            return False
        first = sentence.offsets(sentence.span)[0]
        actors = self.resolver.index.actors
        if any(first <= s < start and actors[k].kind == "Person" for (s, _), k in self.resolver.index.spans.items()):
            return False
        span = sentence.span.doc.char_span(start - sentence.base, end - sentence.base, alignment_mode="expand")
        return span is not None and span.root.dep_ != "poss" and not (
            span.end < len(span.doc) and span.doc[span.end].tag_ == "POS")

    def _office_of_country(self, subject: Token, sentence: Sentence, agent: Resolution | None) -> Resolution | None:
        """"The President of Kazakhstan met …", "the Prime Minister of India": the person the article names with
        that office for that country (not a former or deputy one), not the last one named with the office (the
        visiting president); none when
        the subject names no country in an "of" phrase or the resolved person already stands for it."""
        if subject.pos_ not in ("NOUN", "PROPN") or not any(c.lower_ == "the" for c in subject.children):
            return None
        doc = subject.doc
        ofs = [c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"]
        countries = [k for c in ofs for k in self.resolver.named(doc[c.i:c.right_edge.i + 1], sentence, ("Country",))
                     if self.resolver.index.actors[k].kind == "Country"]
        if len(set(countries)) != 1:
            return None
        country = countries[0]
        side = self.resolver.index.actors[country].qid or country
        inside = {t.i for c in ofs for t in c.subtree}
        words = office_words(t.text for t in subject.subtree if t.i not in inside and t.dep_ != "det") - GENERIC_WORDS
        profiles = self.resolver.index.profiles
        lesser = {k for k, profile in profiles.items() if (profile.words - words) & set(NOT_LEADING)}  # not "former
        # President Nazarbayev", "Deputy Foreign Minister Rudenko" for "the President", "the Foreign Minister of X"
        if agent is not None and self.side(agent.key) == side and agent.key not in lesser:
            return None
        offset = sentence.offsets(subject)[0]
        before = self.resolver.index.before(offset, ("Person",), window=10**9)
        later = [k for k in self.resolver.index.before(10**9, ("Person",), window=10**9) if k not in before][::-1]
        holders = [k for k in before + later if words and profiles.get(k) is not None and words <= profiles[k].words
                   and k not in lesser and self.side(k) == side]
        return Resolution(holders[0], 0.7) if holders else None

    def _possessor_before(self, pronoun: Token, sentence: Sentence) -> Resolution | None:
        """"It was Putin's second trip abroad, the first being Geneva, where he met Biden": the one person whose
        trip or visit the sentence spoke of before "he"; not "Despite Biden's objections, he met Putin" (a
        possessor inside an adverbial is no traveller)."""
        doc = pronoun.doc
        named = {k for t in doc[sentence.span.start:pronoun.i] if t.dep_ == "poss" and _a_journey_told(t.head)
                 for k in self.resolver.named(doc[t.left_edge.i:t.i + 1], sentence, ("Person",))
                 if self.resolver.index.actors[k].kind == "Person"}
        return Resolution(named.pop(), 0.7) if len(named) == 1 else None

    def _holder(self, sentence: Sentence) -> Resolution | None:
        """"The minister called on Rahmon and handed over a message from PM Modi. He also met …": right after a
        meeting, "he" is the person who held it, not the person named last; also after a sentence that names
        only that meeting's parties ("In Baku he met Aliyev and Bayramov. The Azerbaijani president said …. In
        Tbilisi he met …": the traveller, not the host who spoke in between)."""
        just = recent(self.meetings, self.sentences, sentence, within=2)
        holders = {m.participants[0] for m in just}
        actors = self.resolver.index.actors
        if len(holders) != 1 or actors[next(iter(holders))].kind != "Person" or \
                not all(self._held_by_first(m) for m in just):
            return None  # after "A and B called on C", who "he" is stays open
        between = [s for s in self.sentences if just[0].evidence.start < s.evidence.start < sentence.evidence.start]
        holder = holders.pop()
        if any(self._others_named(s, just[0]) or self._guest_speaks_of(s, just[0], holder) for s in between):
            return None
        return Resolution(holder, 0.7)

    def _held_by_first(self, meeting: Meeting) -> bool:
        """The first person met the others: "A met B", "A met President B and his foreign minister C" (A alone
        is named in the subject); not "A and B called on C"."""
        actors = self.resolver.index.actors
        persons = [p for p in meeting.participants if actors[p].kind == "Person"]
        if len(persons) == 2:
            return True
        sentence = next((s for s in self.sentences if s.evidence.start == meeting.evidence.start), None)
        found = kinds.main_trigger(sentence) if sentence is not None and len(persons) > 2 else None
        subject = syntax.subject_of(found[0]) if found else None
        if subject is None:
            return False
        named = self.resolver.named(syntax.subject_spans(subject)[0], sentence, ("Person",))
        return [p for p in named if actors[p].kind == "Person"] == persons[:1]

    def _guest_speaks_of(self, sentence: Sentence, meeting: Meeting, holder: str) -> bool:
        """"Tokayev met Japarov. Japarov, who arrived on Sunday, thanked Tokayev …. He then met …": another party
        as subject, the holder named after it: the story now follows that party, so "he" is no longer the holder."""
        doc = sentence.span.doc
        subjects = [t for t in sentence.span if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
        for subject in subjects:
            named = self.resolver.named(doc[subject.left_edge.i:subject.right_edge.i + 1], sentence, ("Person",))
            rest = self.resolver.named(doc[subject.right_edge.i + 1:sentence.span.end], sentence, ("Person",))
            if any(p != holder and p in meeting.participants for p in named) and holder in rest:
                return True
        return False

    def _others_named(self, sentence: Sentence, meeting: Meeting) -> bool:
        """A person the sentence names who is no party of the meeting."""
        persons = self.resolver.named(sentence.span, sentence, ("Person",))
        return any(self.resolver.index.actors[p].kind == "Person" and p not in meeting.participants for p in persons)

    def earlier_subject(self, pronoun: Token, sentence: Sentence) -> Resolution | None:
        """The person an earlier subject of the sentence names or describes: "Rahmon's office said he …",
        "the minister will travel to A before B, where he will meet …"."""
        doc = pronoun.doc
        for token in reversed(doc[sentence.span.start:pronoun.i]):
            if token.dep_ not in ("nsubj", "nsubjpass") or token.lower_ in ("he", "she"):
                continue
            named = self.resolver.named(doc[token.left_edge.i:token.right_edge.i + 1], sentence, ("Person",))
            if named:
                return Resolution(named[0], 0.7)
            found = self.followed(token, self.resolver.resolve(token, sentence, ("Person",)))
            if found and self.resolver.index.actors[found.key].kind == "Person":
                return found
        return None

    def followed(self, subject: Token, agent: Resolution | None) -> Resolution | None:
        """A description that fits both parties of the last meeting names the one the story follows."""
        last = self.meetings[-1] if self.meetings else None
        if agent is None or last is None or subject.pos_ != "NOUN" or agent.key == last.participants[0] or \
                agent.key not in last.participants or not any(c.lower_ == "the" for c in subject.children):
            return agent
        words = office_words(t.text for t in subject.subtree if t.dep_ != "det") - GENERIC_WORDS
        profile = self.resolver.index.profiles.get(last.participants[0])
        if words and profile and words <= profile.words:
            return Resolution(last.participants[0], 0.7)
        return agent

    def counted_parties(self, sentence: Sentence, number: int, kind: str, phrase: Token) -> list[str]:
        """The parties of the meeting just reported when they are that many ("Tokayev met Putin. The two leaders
        discussed …"), none when several were just reported (which two is open); else the last ``number``
        parties of that kind named before. "The two sides" are the countries of the persons ("Modi met Putin …
        The two sides agreed": India and Russia), a person standing for himself when his country is not known;
        the last countries named when fewer persons were; "the two foreign ministers": the last two named with
        that office (not the analyst and the economist quoted last), none unless two were."""
        just = recent(self.meetings, self.sentences, sentence, within=2)
        if len(just) > 1 or just and SEPARATE_WORDS & set(just[0].evidence.sentence.lower().split()):
            return []  # "held separate meetings with A and B. The two sides discussed …": which two is open
        if just and len(self._of_kind(just[0].participants, kind)) == number:
            return self._of_kind(just[0].participants, kind)
        if just and len(just[0].participants) > number and not any(c.lower_ in COUNTS for c in phrase.children):
            return []  # "The summit of A, B and C opens on Friday. The leaders will sign …": all of its leaders
        if kind == "Person" and number == 2 and any(c.dep_ in ("amod", "compound") for c in phrase.children):
            return [r.key for r in self.resolver.pair(phrase, sentence)] or self._alike_pair(phrase, sentence)
        before = self.resolver.index.before(sentence.evidence.start, ("Person",) if kind == "sides" else (kind,))
        if kind == "Country" and len(before) < number:
            before = self._countries_before(sentence, number)
        if kind == "Organisation":
            before = [k for k in before if not self._named_as_body(k)]
        if kind == "Person":
            return self._counted_persons(before, number, phrase)
        if kind != "sides":
            return before[:number]
        sides = list(dict.fromkeys(self.country_of(p) or p for p in before[:number]))
        return sides if len(sides) == number else self._countries_before(sentence, number)  # "Troops of A and B
        # disengaged … after talks between the commanders of the two sides": no person named, the countries are

    def _counted_persons(self, before: list[str], number: int, phrase: Token) -> list[str]:
        """"The two leaders", "the three commanders": the last persons named, not one the text describes by no
        office and who stands for no country (the analyst interviewed, "a senior fellow at …"); "both presidents",
        "the two ministers": the last holders of that office, none unless that many were named."""
        profiles = self.resolver.index.profiles
        words = {k: profiles[k].words if k in profiles else set() for k in before}
        standing = [k for k in before if self.side(k) is not None or not words[k] or words[k] - GENERIC_WORDS]
        if phrase.lower_ not in COUNTED_OFFICES:
            return standing[:number]
        office = office_words([phrase.lemma_])
        holders = [k for k in standing if office <= words[k]]
        return holders[:number] if len(holders) >= number else []

    def pair_before(self, sentence: Sentence) -> list[str]:
        """Whom "they" of an encounter naming no party is: the persons joined as the subject of the sentence just
        before, named ("A and B were both in Samarkand. On Friday they met") or set beside a plural ("The two
        presidents, A and B, were …"); none unless two or more persons, all of them, are so named."""
        if sentence.index == 0:
            return []
        before = self.sentences[sentence.index - 1]
        subject = next((t for t in before.span if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"), None)
        if subject is None:
            return []
        named = _names_beside(subject) if subject.tag_ == "NNS" else subject
        joined = [named, *(c for c in named.conjuncts if c.i > named.i)]
        keys = [r.key for t in joined if (r := self.resolver.resolve(t, before, ("Person",))) is not None
                and self.resolver.index.actors[r.key].kind == "Person"]
        return list(dict.fromkeys(keys)) if len(joined) >= 2 and len(set(keys)) == len(joined) else []

    def _alike_pair(self, phrase: Token, sentence: Sentence) -> list[str]:
        """"Indian External Affairs Minister S Jaishankar … Chinese Foreign Minister Wang Yi … The two foreign
        ministers": an office one country words otherwise is the office described; none unless two hold it."""
        described = {fold(c.lemma_) for c in phrase.children if c.dep_ in ("amod", "compound")}
        if not described & OFFICE_ALIKE.keys():
            return []
        index = self.resolver.index
        persons = [k for k in index.before(sentence.offsets(phrase)[0], ("Person",), window=4000)
                   if k in index.profiles and office_words([phrase.lemma_]) <= (words := index.profiles[k].words)
                   and not words & {"former", "deputy", "vice"}
                   and all(w in words or OFFICE_ALIKE.get(w, frozenset()) <= words for w in described)]
        return persons[:2] if len(persons) >= 2 else []

    def _countries_before(self, sentence: Sentence, number: int) -> list[str]:
        """The last ``number`` countries named before, a capital standing for its country ("Pakistan played it
        down … the line Kabul never recognised … officials of the two countries will meet")."""
        found: list[str] = []
        for key in self.resolver.index.before(sentence.evidence.start, ("Country", "Place")):
            country = key if self.resolver.index.actors[key].kind == "Country" else self.resolver.capital_country(key)
            if country and country not in found:
                found.append(country)
            if len(found) == number:
                break
        return found

    def _named_as_body(self, key: str) -> bool:
        """"the Collective Security Council of the CSTO": a body named as part of another organisation."""
        spans = self.resolver.index.spans
        for sentence in self.sentences:
            text, base = sentence.span.doc.text, sentence.base
            for (start, end), found in spans.items():
                if found == key and sentence.evidence.start <= start < sentence.evidence.end and any(
                        other != key and self.resolver.index.actors[other].kind == "Organisation" and
                        text[end - base:s - base].strip().lower() in ("of", "of the")
                        for (s, _), other in spans.items() if end < s <= end + 8):
                    return True
        return False

    def hosts(self, sentence: Sentence) -> list[str]:
        """Countries visited in the sentence ("paid a working visit to Kabul, … to hold talks with …"): the host
        is a party of the encounter."""
        persons = self.resolver.named(syntax.outside_quotes(sentence), sentence, ("Person",))
        visits = [token for token, kind in kinds.triggers(sentence) if kind == "Visit" and not kinds.negated(token)]
        visits += [t for t in sentence.span if t.lemma_ in TRAVELLING and t.pos_ == "VERB"]  # "will travel to China
        return [host for token in visits if persons  # for the strategic dialogue"
                for host in [self.host(sentence, token, persons[0])] if host]

    def host(self, sentence: Sentence, trigger: Token, visitor: str) -> str | None:
        """The country visited: the trigger's object ("visit to Russia", "visited India", "visit Moscow"),
        a capital standing for its country."""
        objects = [c for c in trigger.children if c.dep_ == "dobj"]
        # "is due in Beijing"
        objects += prepositional_objects(trigger, ("to", "in") if trigger.lemma_ == "due" else "to")
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

    def group_parties(self, sentence: Sentence, trigger: Token, agent: Resolution | None,
                       subject: Token | None) -> list[str]:
        """Countries and organisations that are parties: named in the subject ("Pakistani and Taliban
        commanders met"), in a "with"/"between" phrase ("consultations with Indian officials", "talks with the
        Taliban delegation") or as the object of "met"; demonyms count."""
        doc = sentence.span.doc
        heads = prepositional_objects(trigger, ("between", "with"))
        heads += prepositional_objects(trigger.head, "with") if trigger.pos_ == "NOUN" and \
            trigger.head.lemma_ != "coincide" else []  # not "the summit coincides with tension between A and B"
        heads += [c for c in trigger.children if c.dep_ == "dobj" and trigger.lemma_ in MET_OBJECTS]
        heads += [g for c in trigger.children if c.dep_ == "agent" and trigger.lemma_ in MET_OBJECTS  # "was received
                  for g in c.children if g.dep_ == "pobj"]  # by Taliban leaders"
        joined = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ in ("at", "for") else None
        if joined is not None and joined.lemma_ == "join":  # "will join A, B and C at a meeting of the troika"
            heads += [c for c in joined.children if c.dep_ == "dobj"]
        if trigger.dep_ == "nsubj" and trigger.head.lemma_ in GATHERING:  # "the consultations brought together
            heads += [c for c in trigger.head.children if c.dep_ == "dobj"]  # envoys of A, B and C"
        heads += [g for v in (*trigger.children, *trigger.head.children) if v.dep_ in ("acl", "advcl") and
                  v.lemma_ in CHAIRING  # "a dialogue, chaired by X, with the security chiefs of A and B"
                  for g in prepositional_objects(v, "with")]
        heads += [g for acl in (*trigger.children, *trigger.head.children) if acl.dep_ in ("acl", "advcl") and
                  acl.lemma_ in ATTENDING for agent in acl.children if agent.dep_ == "agent"  # "chaired a dialogue,
                  for g in agent.children]  # attended by the officials of A and B"
        heads += [g for acl in trigger.children if acl.dep_ == "acl" and acl.lemma_ == "host"  # "to attend the
                  for agent in acl.children if agent.dep_ == "agent" for g in agent.children]  # conference hosted by X"
        if trigger.pos_ == "NOUN":  # "a meeting of the expanded troika – Russia, the United States, China …"
            heads += prepositional_objects(trigger, ("of", "from"))  # "a meeting of ministers from A and B"
            heads += [c for c in trigger.head.children if c.dep_ == "advcl" and c.lemma_ in COMPOSING and
                      c.tag_ == "VBG" and trigger.dep_ == "dobj"]  # "host a meeting of the troika, comprising A and B"
        heads = [g for h in heads for g in ([h] if not self._names_person(h, sentence) else
                                             [c for c in h.children if c.dep_ == "conj"])]
        quoted = syntax.outside_quotes(sentence)
        reporting = syntax.attributors(trigger) + syntax.reporters(trigger)  # "…, the Kremlin press service said"
        spans = [part for h in heads if h.i < quoted.end for span in syntax.party_spans(h)
                 for part in syntax.beside(span, reporting)]
        keys = [k for span in spans for k in self.resolver.named(span, sentence, ("Country", "Organisation"))]
        if subject is not None and subject.pos_ == "NOUN":  # "Pakistani and Taliban commanders met",
            phrase = [t for t in subject.subtree if t.i < subject.i or t == subject]  # "envoys from A and B"
            keys += self.resolver.named(doc[phrase[0].i:subject.i + 1], sentence, ("Country", "Organisation"))
            keys += [k for c in subject.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
                     for k in self.resolver.named(doc[c.left_edge.i:c.right_edge.i + 1], sentence,
                                                  ("Country", "Organisation"))]
        if subject is not None:
            keys += self.members(subject, sentence)
        conjoined = [c for c in subject.conjuncts] if subject is not None else []  # "The Afghan government and
        for token in conjoined:                                                   # the Taliban held talks"
            found = self.resolver.resolve(token, sentence, ("Country", "Organisation"))
            if found:
                keys.insert(0, found.key)
        if agent and self.resolver.index.actors[agent.key].kind in ("Country", "Organisation"):
            keys.insert(0, agent.key)
        keys += self.hosts(sentence)
        keys += self._counterparts_from(sentence, trigger, agent)
        keys = [part for k in keys for part in (k, *self.joint_parts(k))]  # the joint body, and its two sides
        keys = [k for k in keys if not any(self.body_of(other, k) for other in keys)]
        return [k for k in dict.fromkeys(keys) if not self.resolver.index.actors[k].is_media]

    def _counterparts_from(self, sentence: Sentence, trigger: Token, agent: Resolution | None) -> list[str]:
        """"met her counterparts from A, B and C", "… from the five Central Asian countries": the countries the
        counterparts come from, named or counted (the last ones named before, other than the agent's own)."""
        doc = trigger.doc
        met = [c for c in trigger.children if c.dep_ == "dobj"]
        met += prepositional_objects(trigger, "with")
        met = [m for m in met if m.tag_ == "NNS" and m.lemma_.lower() in PERSON_HEADS]
        sources = [g for h in (trigger, *met) for g in prepositional_objects(h, "from")] if met else []
        keys = []
        for source in sources:
            number = syntax.counted(source)
            if number and number[1] == "Country":
                own = self.side(agent.key) if agent else None
                before = [k for k in self._countries_before(sentence, number[0] + 1)
                          if (self.resolver.index.actors[k].qid or k) != own]
                keys += before[:number[0]] if len(before) >= number[0] else []
            elif source.head.head == trigger:
                keys += self.resolver.named(doc[source.left_edge.i:source.right_edge.i + 1], sentence, ("Country",))
        return keys

    def members(self, group: Token, sentence: Sentence) -> list[str]:
        """"The extended troika, made up of A, B and C, will meet", "the contact group, comprising envoys of A and B":
        the countries and organisations a group is said to be made of meet as its parties."""
        doc = group.doc
        return [k for c in group.children if c.dep_ == "acl" and c.lemma_ in COMPOSING
                for k in self.resolver.named(doc[c.i:c.right_edge.i + 1], sentence, ("Country", "Organisation"))]

    def joint_parts(self, key: str) -> list[str]:
        """"The NATO-Russia Council", "the SCO-Afghanistan Contact Group": a joint body named after its two sides
        meets with those sides; none unless both are known (from the article or the gazetteer)."""
        words = self.resolver.index.actors[key].label.removeprefix("the ").split(" ")
        if self.resolver.index.actors[key].kind != "Organisation" or len(words) < 2 or \
                not set(w.lower() for w in words[1:]) <= JOINT_BODIES:
            return []
        sides = words[0].replace("–", "-").split("-")
        parts = [self._side_named(side) for side in sides] if len(sides) == 2 else []
        return parts if parts and all(parts) else []

    def named_members(self, trigger: Token) -> list[str]:
        """"The next China-Afghanistan-Pakistan Foreign Ministers' Dialogue will be held in Kabul": the countries (or
        bodies) a meeting's name joins meet, a region as its countries; none unless each is known, so that places
        ("the Chushul-Moldo meeting") name no members."""
        keys = []
        for name in syntax.hyphened_members(trigger):
            named = [self._side_named(n) for n in REGION_COUNTRIES.get(name.lower(), (name,))]
            if not all(named):
                return []
            keys += named
        keys = list(dict.fromkeys(keys))
        return keys if len(keys) >= 2 else []

    def _side_named(self, name: str) -> str | None:
        """The country or organisation called ``name`` in the article or the gazetteer."""
        for key, actor in self.resolver.index.actors.items():
            if actor.kind in ("Country", "Organisation") and name.lower() in {n.lower() for n in
                                                                               (actor.label, *actor.aliases)}:
                return key
        entry = next((e for e in self.resolver.gazetteer.lookup(name) if e.kind in ("Country", "Organisation")), None)
        return self.resolver.ensure(entry.qid) if entry else None

    def delegation(self, subject: Token, sentence: Sentence) -> Resolution | None:
        """"The nine-member delegation also held talks with …": the country or organisation of the delegation the
        article introduced before ("a Taliban delegation"); none when it was introduced only by its leader (whose
        side the text may not say)."""
        if subject.lemma_ not in ("delegation", "team") or \
                any(t.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") for t in subject.subtree):
            return None
        for earlier in reversed([s for s in self.sentences if sentence.index - 8 <= s.index < sentence.index]):
            for token in earlier.span:
                if token.lemma_ == subject.lemma_:
                    side = self._side_of_delegation(token, earlier)
                    if side:
                        return Resolution(side, 0.6)
        return None

    def _side_of_delegation(self, token: Token, sentence: Sentence) -> str | None:
        """"A Taliban delegation"; or, named after it, "a delegation led by X, head of the Taliban's political
        commission": the body of its leader, else the leader."""
        doc = token.doc
        groups = self.resolver.named(doc[token.left_edge.i:token.i], sentence, ("Country", "Organisation"))
        if groups:
            return groups[0]
        led = [doc[c.i:c.right_edge.i + 1] for c in token.subtree if c.dep_ == "acl" and c.lemma_ in ("lead", "head")
               and c.i > token.i]  # "a delegation of the Afghan government led by X": the parser hangs it on the body
        leaders = [k for span in led for k in self.resolver.named(span, sentence, PARTY_KINDS)]
        bodies = sorted((k for k in leaders if self.resolver.index.actors[k].kind != "Person"),
                        key=lambda k: self.resolver.index.actors[k].kind != "Organisation")  # not "Afghan" of it
        return (bodies or leaders or [None])[0]

    def _names_person(self, head: Token, sentence: Sentence) -> bool:
        """The phrase of ``head`` (without what is joined to it by "and") names a person: its countries and
        organisations describe that person ("the head of the Tajik security committee, Yatimov", "his
        counterparts from A and B, X and Y"), they are no parties of their own."""
        if head.ent_type_ != "PERSON" and head.lemma_.lower() not in PERSON_HEADS:
            return False  # "a meeting of the SCO Council …, which was attended by X": the body is a party
        conjoined = [c.left_edge.i for c in head.children if c.dep_ == "conj"]
        end = min(conjoined, default=head.right_edge.i + 1)
        return bool(self.resolver.named(head.doc[head.left_edge.i:end], sentence, ("Person",)))

    def together(self, trigger: Token, persons: list[str], sentence: Sentence) -> bool:
        """All the persons are named in the trigger's subject: they meet one another."""
        subject = syntax.subject_of(trigger)
        if subject is None:
            return False
        named = self.resolver.named(trigger.doc[subject.left_edge.i:subject.right_edge.i + 1], sentence, ("Person",))
        return set(persons) <= set(named)


def _leads(title: str) -> bool:
    """"President", "Prime Minister": an office that leads a country; not "Vice President" or "Deputy Premier"."""
    title = title.lower()
    return any(w in title for w in LEADING_TITLES) and not any(w in title for w in NOT_LEADING)


def _a_journey_told(noun: Token) -> bool:
    """A trip, visit or tour that is the subject or attribute of a main clause ("It was Putin's second trip")."""
    return noun.lemma_.lower() in JOURNEYS and noun.dep_ in ("nsubj", "nsubjpass", "attr") and \
        noun.head.dep_ in ("ROOT", "conj", "ccomp")


def _same_office(mine: set[str], theirs: set[str]) -> bool:
    """Two offices alike: the same head ("minister", "president"), and the same remit where one is said
    ("foreign" minister, not "defence" minister)."""
    heads = mine & theirs & ROLE_HEADS
    return bool(heads) and (not mine - ROLE_HEADS or bool((mine & theirs) - ROLE_HEADS))
