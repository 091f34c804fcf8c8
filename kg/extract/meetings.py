"""Meetings: talks, visits, phone calls, joint press conferences and summits between named parties.

A meeting needs two parties. Persons named around the trigger are the parties; counted groups ("the two
leaders", "the three commanders", "the two organisations") are the last ones named; "the two sides" are
the countries of the last two persons; "the visiting delegates" are the visitors named before; a visit or
a trip to a country makes the host country a party. One sentence may report several encounters ("held
talks with A and later called on B"). A summit may name its parties over several sentences ("the summit
was chaired by X", "Y and Z also took part"), and "another round of talks" meets the same parties again.
Several sentences about the same encounter (same parties, or a country standing for its minister) become
one meeting with the other sentences kept as supporting evidence. Who reports an encounter, where it took
place, people who speak for no government and officials of one government among themselves are no parties.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..records import Meeting
from ..timeexpr import resolve as resolve_date
from . import meeting_days as days
from . import meeting_kinds as kinds
from . import meeting_summons as summons
from . import meeting_syntax as syntax
from .meeting_again import Reunions
from .meeting_merge import Merger, recent
from .meeting_parties import Parties
from .meeting_sides import SideHolders
from .meeting_words import (ADDRESSING, ANOTHER_TIME, ATTENDED, ATTENDING, BESIDE, CHAIRING, COUNTED_PERSONS, ENVOYS,
                            LATERAL, MEMBER_STATES, MET_OBJECTS, ORDINALS, PARTY_KINDS, SEPARATELY, TOGETHER)
from .names import ROLE_HEADS
from .resolve import Resolution, Resolver
from .sentences import Sentence, date_expressions
from .tokens import prepositional_objects


class MeetingReader:
    def __init__(self, resolver: Resolver, published):
        self.resolver = resolver
        self.published = published
        self.sentences: list[Sentence] = []  # the article's, for what is named where
        self.meetings: list[Meeting] = []  # read so far, for what a description refers back to
        self.parties = Parties(resolver, self.sentences, self.meetings, published)
        self.merger = Merger(resolver, self.parties.side)
        self.sides = SideHolders(resolver, self.parties.side)
        self.reunions = Reunions(resolver, self.parties.country_of)
        self.gatherings: list[Meeting] = []  # opened with one party named: later sentences name the others

    def read(self, sentences: list[Sentence]) -> list[Meeting]:
        """The article's meetings, in order; an encounter of fewer than two sides is dropped only at the end,
        because later sentences may still name its other parties ("Y and Z also took part")."""
        meetings: list[Meeting] = []
        self.sentences, self.meetings = sentences, meetings
        self.parties = Parties(self.resolver, sentences, meetings, self.published)
        self.merger = Merger(self.resolver, self.parties.side)
        self.sides = SideHolders(self.resolver, self.parties.side)
        self.reunions = Reunions(self.resolver, self.parties.country_of)
        self.gatherings = []
        for sentence in sentences:
            main = kinds.main_trigger(sentence)
            found = self._trigger_meetings(sentence) or ([] if main else self._summoned(sentence))
            if not found and main is None and (self._attendance(sentence) or self._sides_held(sentence)):
                continue
            before = found and main is not None and kinds.told_as_before(main[0])
            if len(found) == 1 and main is not None and not before:
                found += self._other_days(sentence, main[0], found[0])
            for meeting in found:
                if before:  # "Xi met Putin on Wednesday. The two last met in May": another, earlier encounter
                    meetings.append(meeting)
                elif not self._names_sides_met(meeting, sentence):
                    self.merger.merge_or_add(meetings, meeting)
        return [m for m in meetings if len(set(m.participants)) >= 2 and not self.parties.one_side(m)]

    def _other_days(self, sentence: Sentence, main: Token, meeting: Meeting) -> list[Meeting]:
        """"held talks in Moscow on Monday and spoke by phone on Friday", "spoke on Monday, a day after their talks
        in Moscow": the same parties' encounter on another day, each dated to its own day."""
        if meeting.status != "held":
            return []
        found = []
        for other, kind, day in days.joined_days(sentence, main):
            meeting.date, meeting.date_text = resolve_date(days.own_day(main), self.published), days.own_day(main)
            found.append(self._meeting(meeting.participants, sentence, kind, other, self._place(sentence, other), 0.7))
            found[-1].date, found[-1].date_text = resolve_date(day, self.published), day
        for other, kind, held in days.interval_before(sentence, main, meeting.date) if meeting.date else ():
            found.append(self._meeting(meeting.participants, sentence, kind, other, self._place(sentence, other), 0.7))
            found[-1].date, found[-1].date_text = held, None
        return [m for m in found if m.status == "held"]

    def _summoned(self, sentence: Sentence) -> list[Meeting]:
        """"The Foreign Office summoned India's charge d'affaires": who summons meets the envoy's country, or the
        envoy himself when named."""
        found = []
        for verb, envoy in summons.summonses(sentence):
            country = summons.envoys_country(envoy, sentence, self.resolver)
            hosts = summons.summoner(verb, sentence, self.resolver)
            if country and hosts and country not in hosts:  # not "the Kazakh ministry summoned the Kazakh envoy"
                guest = summons.named_envoy(envoy, sentence, self.resolver) or country
                found.append(self._meeting([hosts[0], guest], sentence, "Talks", verb, None, 0.7))
        return found

    def _sides_held(self, sentence: Sentence) -> bool:
        """"… after a phone call between their foreign ministers. Pakistan's minister A told his Iranian counterpart
        B …": the persons who sat for the two countries of the meeting just reported join it."""
        just = recent(self.meetings, self.sentences, sentence, within=2)
        return len(just) == 1 and self.sides.join(just[0], sentence)

    def _names_sides_met(self, meeting: Meeting, sentence: Sentence) -> bool:
        """"The heads of the security services of A and B met on Saturday. X and Y held the talks at the border":
        persons of those sides (or of no known side), as many as the sides, meeting in the same way in the next
        sentence, are the persons of that meeting, not another encounter; they join it."""
        just = recent(self.meetings, self.sentences, sentence, within=1)
        actors = self.resolver.index.actors
        if len(just) != 1 or any(actors[p].kind != "Person" for p in meeting.participants):
            return False
        last = just[0]
        if {t.lower_ for t in sentence.span} & ANOTHER_TIME or last.place and meeting.place and \
                last.place != meeting.place or last.date and meeting.date and last.date != meeting.date:
            return False  # "… later met in Beijing", "… last met in October": another encounter
        sides = {self.parties.side(p) for p in last.participants}
        if any(actors[p].kind == "Person" for p in last.participants) or last.kind != meeting.kind or \
                last.status != meeting.status or len(set(last.participants)) != len(set(meeting.participants)) or \
                not {self.parties.side(p) for p in meeting.participants} - {None} <= sides:
            return False
        last.participants = list(dict.fromkeys(last.participants + meeting.participants))
        last.also.append(meeting.evidence)
        return True

    def _trigger_meetings(self, sentence: Sentence) -> list[Meeting]:
        """The encounters the sentence's trigger reports: persons first (they are the most specific parties),
        then the countries and organisations named as groups."""
        found = kinds.main_trigger(sentence)
        if found is None:
            return []
        trigger, kind = found
        if syntax.own_body_meeting(trigger) or kinds.only_dates(trigger) and self._reported_before(sentence) or \
                kind == "PressConference" and self._lone_briefing(trigger):
            return []
        if kind == "Talks" and trigger.pos_ == "VERB" and any(t.lemma_ == "summit" and t.head.lower_ == "for" and
                                                              t.head.head == trigger for t in trigger.subtree):
            kind = "Summit"  # "leaders of the SCO states met in Samarkand for their annual summit"; not "met … to
            # prepare for the summit"
        place = self._place(sentence, trigger)
        if kind != "Visit" and syntax.hyphened_members(trigger) and kinds.is_planned(sentence, trigger) and \
                (members := self.parties.named_members(trigger)):  # "the next A-B-C dialogue will be held", "X will
            persons = self._named_persons(sentence, trigger)  # attend the A-B summit": the members its name joins
            return [self._meeting(persons + members, sentence, kind, trigger, place, 0.6)]
        if trigger.lemma_ == "agree" and not syntax.with_phrases(trigger) and \
                not self._encounter_told(sentence, trigger):
            return []  # "A and B agreed to …" meet only where the article tells of an encounter of theirs
        speaker = syntax.speakers_own(trigger, sentence)
        if speaker is not None and (own := self._speakers_own(sentence, trigger, kind, place, speaker)):
            return own
        if trigger.lemma_ == "tell":
            return self._told(sentence, trigger, place, kinds.told(trigger), "Talks")
        if trigger.lemma_ == "speak" and (addressed := kinds.spoken_to(trigger)) is not None:
            return self._told(sentence, trigger, place, addressed, kind)
        if trigger.lemma_ == "speak" and (group := kinds.spoken_to_counted(trigger)) is not None:
            return self._spoke_to_each(sentence, trigger, place, kind, group)
        if kinds.separately(sentence, trigger, kind) and (group := kinds.met_counted(trigger)) is not None and \
                (each := self._spoke_to_each(sentence, trigger, place, kind, group)):
            return each  # "held phone talks with both leaders", "met the two separately": a talk with each
        persons = self._named_persons(sentence, trigger)
        subject = syntax.subject_of(trigger)
        again = self.reunions.parties(trigger, subject, sentence, self.meetings, place)
        if again:  # "the leaders agreed to meet again in China"
            return [self._meeting(again, sentence, kind, trigger, place, 0.6)]
        guest = syntax.passive_guest(trigger)  # "the minister was received by X": the one met holds it with X
        holder = guest if guest is not None else subject
        agent = self.parties.agent(holder, sentence) if holder is not None else None
        delegation = self.parties.delegation(holder, sentence) if holder is not None and agent is None else None
        confidence = 0.85
        described = [r.key for r in (agent, self.parties.met(trigger, sentence)) if r and r.key not in persons
                     and self.resolver.index.actors[r.key].kind == "Person"]
        if described:  # "the minister held a separate meeting with …", "he met …", "met the Pakistani minister"
            persons = described[:1] + persons + described[1:]
            confidence = 0.7
        counted = self._counted(trigger, subject) if len(persons) < 2 else None
        if counted:  # "the five ministers called on Modi": the group, and whom it met
            met = [p for p in self.parties.objects(trigger, sentence) if p in persons]
            persons, agent = list(dict.fromkeys(self.parties.counted_parties(sentence, *counted) + met)), None
            confidence = 0.7
        if not persons and subject is not None and subject.lower_ == "they" and syntax.meets_no_one(trigger) and \
                (pair := self.parties.pair_before(sentence)):  # "A and B were in Samarkand. On Friday they met"
            persons, agent, confidence = pair, None, 0.7
        persons = self.parties.on_line(persons, sentence, trigger)
        if persons and syntax.group_reference(trigger, subject):
            visitors = self.parties.visitors(sentence, persons)
            apart = len(persons) > 1 and any(t.lower_ in SEPARATELY for t in sentence.span)  # "A and B also met
            hosts = [[p] for p in persons] if apart else [persons]  # the envoys separately"
            return [self._meeting(h + visitors, sentence, kind, trigger, place, 0.6) for h in hosts if visitors]
        named = self.parties.group_parties(sentence, trigger, agent, subject)
        groups = [g for g in self.parties.on_line(named, sentence, trigger)
                  if not any(g == self.resolver.affiliation(p) for p in persons)]
        persons, groups, agent = self._present(sentence, trigger, persons, groups, agent)
        with_phrases = syntax.with_phrases(trigger)
        met = persons and all(self.parties.inside(p, with_phrases, sentence) for p in persons)
        counterparts = [p for p in persons if not self.parties.inside(p, syntax.subject_spans(subject), sentence)]
        if delegation and counterparts:  # "the delegation also held talks with X and Y"
            return [self._meeting([delegation.key, *counterparts], sentence, kind, trigger, place, 0.6)]
        if agent is None and (met or self._only_taken(sentence, trigger, subject, persons)):
            return []  # "talks were held with X and Y": who held them is not said
        first = agent.key if agent and agent.key in persons else (persons[0] if persons else None)
        if agent and agent.key in groups and self._only_taken(sentence, trigger, subject, persons):
            first = agent.key  # "the Taliban delegation met A and B (together)": the body meets them
        further = self._further_encounters(sentence, trigger, first, persons) if first else []
        met_further = {p for meeting in further for p in meeting.participants if p != first}
        persons = [p for p in persons if p not in met_further]
        return further + self._encounters(sentence, trigger, kind, place, confidence, first, persons, groups)

    def _told(self, sentence: Sentence, trigger: Token, place: str | None, addressed: Token,
              kind: str) -> list[Meeting]:
        """"Modi told Putin in Samarkand that …", "Modi spoke to Putin on Sunday": the speaker and the person
        addressed, of two countries, spoke with each other; not "Lavrov told Shoigu" (one government's own
        exchange). "Told" needs both countries known (one tells many whom he never met); "spoke to", which names
        the one spoken with, allows one left unsaid."""
        speaker = self._speaker(sentence, trigger)
        if speaker is None:
            return []
        return [self._meeting([speaker.key, heard], sentence, kind, trigger, place, 0.6)
                for heard in self._addressed(sentence, trigger, speaker.key, addressed)]

    def _spoke_to_each(self, sentence: Sentence, trigger: Token, place: str | None, kind: str,
                       group: Token) -> list[Meeting]:
        """"A and B blamed each other. Putin spoke to both presidents": one talk with each of the persons counted
        (those just named), of other countries than the speaker's."""
        speaker = self._speaker(sentence, trigger)
        if speaker is None:
            return []
        number, _ = syntax.counted(group)
        heard = [p for p in self.parties.counted_parties(sentence, number, "Person", group) if p != speaker.key]
        side = self.parties.side(speaker.key)
        return [self._meeting([speaker.key, p], sentence, kind, trigger, place, 0.6) for p in heard
                if len(heard) == number and self.parties.side(p) != side]

    def _speakers_own(self, sentence: Sentence, trigger: Token, kind: str, place, speaker: Token) -> list[Meeting]:
        """'"… my talks with B," A said', 'A said: "I spoke to B by phone …"': the speaker and whom his quoted
        encounter takes, of another country named (not his own minister: "my talks with Foreign Minister B")."""
        own = self.parties.agent(speaker, sentence)
        actors = self.resolver.index.actors
        if own is None or actors[own.key].kind != "Person":
            return []
        spoken = prepositional_objects(trigger, "to") if trigger.lemma_ == "speak" else []
        heard = [r.key for g in spoken if (r := self.resolver.resolve(g, sentence, ("Person",))) is not None]
        met = [p for p in dict.fromkeys(self.parties.objects(trigger, sentence) + heard)
               if p != own.key and self.parties.side(p) not in (None, self.parties.side(own.key))]
        return [self._meeting([own.key, *met], sentence, kind, trigger, place, 0.7)] if met else []

    def _speaker(self, sentence: Sentence, trigger: Token) -> Resolution | None:
        """The person who told or spoke: the trigger's subject, resolved."""
        subject = syntax.subject_of(trigger)
        speaker = self.parties.agent(subject, sentence) if subject is not None else None
        return speaker if speaker is not None and self.resolver.index.actors[speaker.key].kind == "Person" else None

    def _addressed(self, sentence: Sentence, trigger: Token, speaker: str, addressed: Token) -> list[str]:
        """The persons of other countries than the speaker's whom he told or spoke to, each in a talk of his own
        ("spoke to A and B", "spoke to A and to B", as "spoke with A and B")."""
        actors = self.resolver.index.actors
        preps = [addressed.head, *addressed.head.conjuncts] if addressed.dep_ == "pobj" else []
        named = [addressed] + [g for p in preps[1:] if p.lower_ == "to" for g in p.children if g.dep_ == "pobj"]
        heard = [r.key for t in named for g in (t, *t.conjuncts)
                 if (r := self.resolver.resolve(g, sentence, ("Person",))) is not None]
        found = []
        for key in dict.fromkeys(heard):
            sides = [self.parties.side(k) for k in (speaker, key)]  # "spoke to" names whom one spoke with: one side
            if key != speaker and actors[key].kind == "Person" and sides[0] != sides[1] and \
                    sides.count(None) <= (trigger.lemma_ == "speak"):  # may be unsaid
                found.append(key)
        return found

    def _only_taken(self, sentence: Sentence, trigger: Token, subject: Token | None, persons: list[str]) -> bool:
        """"JP Singh, the joint secretary, has met A and B", the subject read as no party: A and B are whom he met,
        not two who met each other (a country the subject names still meets one of them)."""
        return len(persons) >= 2 and subject is not None and subject.dep_ == "nsubj" and trigger.pos_ == "VERB" and \
            set(persons) <= set(self.parties.objects(trigger, sentence))  # not "Iran's ambassador called on X"

    def _encounter_told(self, sentence: Sentence, trigger: Token) -> bool:
        """"Sharif paid a visit to Tashkent. He and Mirziyoyev agreed to speed up the railway": a joint decision of two
        persons is their encounter when the article told before of one that one of them (or his country) had."""
        subject = syntax.subject_of(trigger)
        agent = self.parties.agent(subject, sentence) if subject is not None else None
        persons = [agent.key] if agent else []
        persons += [r.key for c in (subject.conjuncts if subject is not None else ())
                    if (r := self.resolver.resolve(c, sentence, ("Person",))) is not None]
        sides = {self.parties.side(p) for p in persons} - {None}
        return any(p in persons or self.parties.side(p) in sides for m in self.meetings
                   if m.evidence.start < sentence.evidence.start for p in m.participants)

    def _reported_before(self, sentence: Sentence) -> bool:
        """"After the talks in Moscow, Xi and Putin issued a statement" dates what it tells only when the article
        already told of the talks; else it is the first report of them."""
        return any(m.evidence.start < sentence.evidence.start for m in self.meetings)

    @staticmethod
    def _lone_briefing(trigger: Token) -> bool:
        """"Speaking at a press conference in Delhi, X said the forces had …", "X told a press conference": one
        speaker's briefing, whose parties would only be what he spoke of; not "a joint press conference", "a press
        conference with (alongside, beside) Y", "A and B told a press conference"."""
        if any(t.lower_ == "joint" for t in trigger.lefts) or \
                any(c.dep_ in ("prep", "advmod") and c.lower_ in BESIDE for c in trigger.children):
            return False
        subject = syntax.subject_of(trigger)  # "the two leaders told a press conference"; not "the forces"
        return subject is None or subject.lower_ not in COUNTED_PERSONS and \
            not any(c.dep_ == "conj" for c in subject.children)

    @staticmethod
    def _counted(trigger: Token, subject: Token | None) -> tuple[int, str, Token] | None:
        """The parties counted in the subject ("the two leaders met") or in the "between" phrase ("talks between
        the commanders of the two sides"), and the phrase; not a bare "talks between the two sides", which may be
        the armed groups of a war as well as its countries."""
        phrases = ([subject] if subject is not None else []) + [h for h in syntax.between(trigger)
                                                               if h.lower_ != "sides"]
        return next(((*found, phrase) for phrase in phrases if (found := syntax.counted(phrase))), None)

    def _named_persons(self, sentence: Sentence, trigger: Token) -> list[str]:
        """The persons the sentence names as possible parties: those of the reported clause when it names two,
        else those of the sentence, without who reports, chairs, describes or is the topic of the encounter."""
        aside = syntax.chairs(trigger) + syntax.attributors(trigger) + syntax.addresses(trigger) + \
            syntax.reporters(trigger) + syntax.other_actions(trigger) + syntax.kin(trigger) + syntax.asides(trigger) + \
            syntax.judges(trigger) + syntax.company(trigger) + syntax.backstories(trigger) + \
            syntax.principals(trigger) + syntax.inviters(trigger)
        refused = list(kinds.negated_scopes(sentence))
        persons = []
        for clause in (syntax.clause(trigger, sentence), syntax.outside_quotes(sentence)):  # the reported clause first
            kept = syntax.beside(syntax.on_line(clause, trigger), refused + aside)  # "A met B, weeks after B had
            persons = [p for p in self.resolver.named(clause, sentence, ("Person",))  # refused to meet him", "A spoke
                       if self.resolver.index.actors[p].kind == "Person" and  # with B, according to B's office": B is
                       self.parties.inside(p, kept, sentence)]  # still met
            if len(persons) >= 2:
                break
        return persons

    def _present(self, sentence: Sentence, trigger: Token, persons: list[str], groups: list[str],
                 agent: Resolution | None) -> tuple[list[str], list[str], Resolution | None]:
        """The parties without those the sentence says stayed away ("… but Macron did not attend"); not one also
        named as meeting ("A met B, weeks after B had refused to meet him")."""
        absent = syntax.absentees(trigger)
        there = syntax.beside(syntax.outside_quotes(sentence), absent)

        def away(key: str) -> bool:
            return self.parties.inside(key, absent, sentence, PARTY_KINDS) and \
                not self.parties.inside(key, there, sentence, PARTY_KINDS)
        persons, groups = ([k for k in keys if not away(k)] for keys in (persons, groups))
        return persons, groups, None if agent and away(agent.key) else agent

    def _further_encounters(self, sentence: Sentence, trigger: Token, first: str, persons: list[str]) -> list[Meeting]:
        """Another encounter of the same party in the sentence, with its own counterpart: "held talks with A
        and later called on B", "travel to X for talks with A before Y, where he will meet B": one meeting each."""
        found = []
        for other, kind in kinds.triggers(sentence):
            if other == trigger or kinds.negated(other) or trigger in other.subtree or \
                    other.pos_ == "VERB" and other.lemma_ not in MET_OBJECTS | {"call"}:
                continue
            met = [p for p in self.parties.objects(other, sentence) if p in persons and p != first]
            if not met or len(met) >= len(persons) - 1:
                continue
            place = self._place(sentence, other)
            groups = [[p] for p in met] if other.lower_ in SEPARATELY else [met]  # "also held meetings with A and B"
            found += [self._meeting([first, *group], sentence, kind, other, place, 0.7) for group in groups]
        return found

    def _encounters(self, sentence: Sentence, trigger: Token, kind: str, place: str | None, confidence: float,
                    first: str | None, persons: list[str], groups: list[str]) -> list[Meeting]:
        """The meetings of the trigger's parties: one per counterpart when held separately, else one."""
        verb = trigger.head.head if trigger.head.dep_ == "prep" else trigger.head  # "took part in the summit"
        chaired = verb.lemma_ in CHAIRING and not any(c.dep_ in ("amod", "nummod", "compound") or c.lower_ == "of"
                                                      for c in trigger.children)
        if kinds.refers_back(trigger) and (verb.lemma_ in ATTENDING | ADDRESSING | {"take"} or chaired) and \
                (persons or groups) and \
                self._join_last(list(dict.fromkeys(persons + groups)), sentence, trigger if kind == "Summit" else None):
            return []  # "A, B and C also took part in the video summit", "Putin told the meeting that …", "X chaired
            # the meeting, while A and B joined by video link" (the meeting just reported; not "the 20th meeting of")
        others = [p for p in persons + groups if p != first]
        if len(persons) >= 2 and self.parties.together(trigger, persons, sentence):  # "the heads of the two services,
            met = self._groups_met(sentence, trigger, persons, groups)  # A and B, held talks by phone"
            return [self._meeting(persons + met, sentence, kind, trigger, place, confidence)]
        if first and len(others) >= 2 and (kinds.separately(sentence, trigger, kind) or
                                           self._leaders_apart(sentence, trigger, first, others)):
            taken = self.parties.objects(trigger, sentence)  # "he and Vance had spoken with A, B and C": A, B and C
            met = [p for p in others if p in taken]  # (not "Xi and Putin had met …, which Modi skipped": each other)
            met = met if len(met) >= 2 else others
            return [self._meeting([first, other], sentence, kind, trigger, None if kind == "PhoneCall" else place,
                                  confidence) for other in met]
        if len(persons) >= 2:
            met = self._groups_met(sentence, trigger, persons, groups) + self._host_invited_to(sentence, trigger)
            holder = [first] if first and first not in persons + met else []
            return [self._meeting(holder + persons + met, sentence, kind, trigger, place, confidence)]
        if kind == "Visit" and persons:
            host = self.parties.host(sentence, trigger, persons[0])
            if host:
                return [self._meeting([persons[0], host], sentence, kind, trigger, place, 0.7)]
        parties = list(dict.fromkeys(persons + groups))
        if kind == "Visit" and len(parties) == 1:  # "a Russian delegation visited Kabul"
            host = self.parties.host(sentence, trigger, parties[0])
            if host and host != parties[0]:
                return [self._meeting([parties[0], host], sentence, kind, trigger, place, 0.6)]
        host = self._hosting_country(trigger, place, parties)
        if host:  # "a French delegation will attend the consultations in Astana": Kazakhstan hosts them
            meeting = self._meeting([*parties, host], sentence, kind, trigger, place, 0.6)
            self.gatherings.append(meeting)  # "Representatives of A and B are also expected"
            return [meeting]
        if len(parties) == 1 and first is None and self.resolver.index.actors[parties[0]].kind == "Country" and \
                (holder := self.parties.counterpart_holder(sentence, trigger, parties[0])):
            return [self._meeting([holder, *parties], sentence, kind, trigger, place, 0.6)]
        if kind == "Summit" and not persons and kinds.another_round(trigger) and \
                kinds.is_planned(sentence, trigger) and \
                (hosted := self.reunions.next_summit(trigger, sentence, self.sentences, parties, place)):
            return [self._meeting(hosted, sentence, kind, trigger, place, 0.6)]  # "China would host the next summit"
        if not parties and kind == "Summit":
            parties = self.parties.membership(sentence, syntax.subject_of(trigger))
        again = kinds.another_round(trigger) or kinds.later_edition(sentence, trigger)
        if kind == "Summit" and not persons and again and kinds.is_planned(sentence, trigger) and \
                (summit := self._next_summit(sentence, trigger)):
            return summit
        if not parties and kinds.another_round(trigger):
            return self._next_round(sentence, trigger, kind)
        if len(parties) >= 2 and (kind != "Visit" or set(persons) & set(self.parties.objects(trigger, sentence))):
            # "Iran's ambassador called on X": a courtesy call meets the person called on
            parties += self._host_country(trigger, first, parties)
            meeting = self._meeting(parties, sentence, kind, trigger, place, 0.7 if persons else 0.6)
            if syntax.of_members(trigger):  # "speaking at a meeting of the SCO member states": the others follow
                self.gatherings.append(meeting)
            return [meeting]
        if len(parties) == 1 and kinds.refers_back(trigger) and \
                self._join_last(parties, sentence, trigger if kind == "Summit" else None):
            return []
        if len(parties) == 1 and self._opens_gathering(trigger, kind, parties[0]):
            gathering = self._meeting(parties, sentence, kind, trigger, place, 0.7)
            self.gatherings.append(gathering)
            return [gathering]
        return []

    def _groups_met(self, sentence: Sentence, trigger: Token, persons: list[str], groups: list[str]) -> list[str]:
        """"A and B will meet Taliban leaders": when the encounter takes (as its object, or "with") no person, the
        groups it takes are its counterparts."""
        doc = trigger.doc
        taken = [doc[c.left_edge.i:c.right_edge.i + 1] for c in trigger.children if c.dep_ == "dobj"]
        taken += syntax.with_phrases(trigger)
        subject = syntax.subject_spans(syntax.subject_of(trigger))
        if any(self.parties.inside(p, taken, sentence) for p in persons):
            return []
        return [g for g in groups if self.parties.inside(g, taken, sentence, PARTY_KINDS) and
                not self.parties.inside(g, subject, sentence, PARTY_KINDS)]

    def _host_invited_to(self, sentence: Sentence, trigger: Token) -> list[str]:
        """"Modi invited Putin to India for the summit, and the invitation was accepted": the country invited to
        hosts the encounter, a party as a visit's host country is (its capital stands for it)."""
        place = kinds.invited_to(trigger)
        keys = self.resolver.named(place.doc[place.left_edge.i:place.i + 1], sentence, ("Country", "Place")) \
            if place is not None else []
        actors = self.resolver.index.actors
        countries = [k if actors[k].kind == "Country" else self.resolver.capital_country(k) for k in keys]
        return [c for c in countries[:1] if c]

    def _leaders_apart(self, sentence: Sentence, trigger: Token, first: str, others: list[str]) -> bool:
        """"Putin would also meet Modi and Raisi", "Qureshi met President X and Foreign Minister Y": persons he
        meets, none of his own country (his own left unsaid: none), are met one by one (the gold's reading, of one
        country or several); "held talks with the Kazakh and Uzbek presidents" as well when they lead other countries
        (not "talks with Jaishankar and Doval", one delegation, nor with two foreign ministers at once), unless
        the sentence says the talks were of several sides ("a trilateral meeting", "together"; not in a clause that
        describes one of them, "B, who used the summit to sign …", nor in an office, "the joint secretary"; in
        "A, who met B and C, told the summit", only the clause of the encounter); not those he hosts or who attend a
        meeting he speaks at."""
        actors = self.resolver.index.actors
        sides = [self.parties.side(p) for p in others]
        own = self.parties.side(first)  # unknown: no sign that he met his own country's officials
        talks = trigger.pos_ == "NOUN" and None not in sides and len(set(sides)) == len(sides) and \
            all(self.parties.leads_a_country(p) for p in others)
        if trigger.lemma_ != "meet" and not talks or not set(others) <= set(self.parties.objects(trigger, sentence)) \
                or any(actors[p].kind != "Person" for p in others) or own is not None and own in sides:
            return False
        described = next((a for a in (trigger, *trigger.ancestors) if a.dep_ == "relcl"), None)
        scope = [t for t in sentence.span if not _in_relative_clause(t)] if described is None else described.subtree
        return not {t.lower_ for t in scope if not _of_an_office(t)} & (set(LATERAL) | TOGETHER)

    def _opens_gathering(self, trigger: Token, kind: str, party: str) -> bool:
        """"The heads of state of the SCO met for a summit", "the security chiefs of the CSTO states met", "the
        summit was chaired by X", "X chaired the dialogue", "Lavrov opened the meeting": one party is named, the
        others in the sentences after."""
        chaired = trigger.pos_ in ("NOUN", "PROPN") and trigger.head.lemma_ in CHAIRING | {"host", "open"}
        subject = syntax.subject_of(trigger)
        members = trigger.pos_ == "VERB" and subject is not None and subject.tag_ == "NNS" and \
            any(t.lemma_ in MEMBER_STATES for t in subject.subtree)  # not "the members of the party's council"
        return self.resolver.index.actors[party].kind == "Organisation" and (kind == "Summit" or members) or \
            chaired and kind in ("Summit", "Talks")

    def _hosting_country(self, trigger: Token, place: str | None, parties: list[str]) -> str | None:
        """The country whose place a lone party travels to for an encounter it attends ("will attend the
        consultations in Astana"), when it is another country than the party's own."""
        verb = trigger.head.head if trigger.head.lower_ == "in" else trigger.head
        if len(parties) != 1 or place is None or verb.lemma_ not in ATTENDING:
            return None
        actors = self.resolver.index.actors
        country = place if actors[place].kind == "Country" else self.resolver.capital_country(place)
        return country if country and country != parties[0] and \
            (actors[country].qid or country) != self.parties.side(parties[0]) else None

    def _host_country(self, trigger: Token, host: str | None, parties: list[str]) -> list[str]:
        """"The PM will host a session of the OIC": the delegates come to the host's country, which is then a
        party (as a visit makes the host country one), beside the person who hosts."""
        hosting = trigger.head.lemma_ == "host" and trigger.dep_ == "dobj"
        if not hosting or host is None or self.resolver.index.actors[host].kind != "Person" or \
                not any(self.resolver.index.actors[p].kind == "Organisation" for p in parties):
            return []
        country = self.parties.country_of(host)  # one the article names: no actor is added for it
        return [country] if country and self.resolver.index.actors[country].kind == "Country" and \
            country not in parties else []

    def _last(self, sentence: Sentence) -> Meeting | None:
        """The meeting reported last, when it was reported in the few sentences before this one."""
        if not self.meetings:
            return None
        last, latest = max(((m, e) for m in self.meetings for e in (m.evidence, *m.also)),
                           key=lambda item: item[1].start)
        near = [s.index for s in self.sentences if s.evidence.start == latest.start]
        return last if near and 0 < sentence.index - near[0] <= 4 else None

    def _next_round(self, sentence: Sentence, trigger: Token, kind: str) -> list[Meeting]:
        """"Another round of talks is expected next week": the parties of the talks just reported meet again."""
        sides = next((LATERAL[c.lower_] for c in trigger.children if c.lower_ in LATERAL), None)
        if sides:  # "The trilateral dialogue of A, B and C … Muttaqi met the army chief. The next round of the
            last = self._last_of_sides(sentence, sides)  # trilateral dialogue …": the dialogue of three sides
        else:
            last = self._last(sentence)
            last = None if last is None or self._other_encounter_since(last, sentence) else last
            last = self._numbered_round(sentence, trigger) or last
        if last is None or len(last.participants) < 2:
            return []
        groups = [p for p in last.participants if self.resolver.index.actors[p].kind != "Person"]
        parties = groups if sides and len(groups) == sides else last.participants  # the sides meet again, whoever
        return [self._meeting(parties, sentence, kind, trigger, self._place(sentence, trigger), 0.6)]  # sits for them

    def _numbered_round(self, sentence: Sentence, trigger: Token) -> Meeting | None:
        """"The 13th round of military talks between A and B ended … (other encounters) … the next round of talks":
        the next round continues the numbered round reported last, however far back."""
        if not (trigger.head.lower_ == "of" and trigger.head.head.lemma_ == "round"):
            return None
        starts = {s.evidence.start: s for s in self.sentences if s.index < sentence.index}
        rounds = [(e.start, m) for m in self.meetings for e in (m.evidence, *m.also)
                  if e.start in starts and any(t.lemma_ == "round" and any(_ordinal(c) for c in t.children)
                                               for t in starts[e.start].span)]
        return max(rounds, key=lambda item: item[0])[1] if rounds else None

    def _next_summit(self, sentence: Sentence, trigger: Token) -> list[Meeting]:
        """"The leaders agreed that the second summit will be held in Kazakhstan": the countries of the summit
        reported last meet again, the host among them; none unless each leader's country is named."""
        summits = [m for m in self.meetings if m.kind == "Summit" and m.evidence.start < sentence.evidence.start]
        if not summits:
            return []
        actors = self.resolver.index.actors
        countries = [self.parties.country_of(p) if actors[p].kind == "Person" else p for p in summits[-1].participants]
        place = self._place(sentence, trigger)
        host = place if place and actors[place].kind == "Country" else \
            (self.resolver.capital_country(place) if place else None)
        parties = list(dict.fromkeys([c for c in countries if c] + ([host] if host else [])))
        if None in countries or len(parties) < 2:
            return []
        return [self._meeting(parties, sentence, "Summit", trigger, place, 0.6)]

    def _last_of_sides(self, sentence: Sentence, sides: int) -> Meeting | None:
        """The meeting of that many sides reported last before the sentence: its countries and organisations, else
        its persons' countries."""
        actors = self.resolver.index.actors

        def count(meeting: Meeting) -> int:
            groups = [p for p in meeting.participants if actors[p].kind != "Person"]
            return len(groups) or len({self.parties.side(p) for p in meeting.participants} - {None})
        told = [(e.start, m) for m in self.meetings for e in (m.evidence, *m.also)
                if e.start < sentence.evidence.start and count(m) == sides]
        return max(told, key=lambda item: item[0])[1] if told else None

    def _other_encounter_since(self, last: Meeting, sentence: Sentence) -> bool:
        """"Doval met A and B. The previous editions of the dialogue were held in Iran. The next meeting …": an
        encounter named in between, whose parties were not read, is the one "the next meeting" continues."""
        told = {e.start for e in (last.evidence, *last.also)}
        start = max(s.index for s in self.sentences if s.evidence.start in told)
        return any(kinds.main_trigger(s) is not None for s in self.sentences[start + 1:sentence.index])

    def _join_last(self, parties: list[str], sentence: Sentence, summit: Token | None = None) -> bool:
        """Parties named in a sentence about the meeting just reported ("The summit was chaired by X", "Y and Z
        also took part") join it; "X attended the summit" joins the summit (held or planned as the sentence
        tells) reported last, though other meetings were reported since."""
        status = "planned" if summit is not None and kinds.is_planned(sentence, summit) else "held"
        summits = [m for m in self.meetings if m.kind == "Summit" and m.status == status]
        last = summits[-1] if summit is not None and summits else self._last(sentence)
        if last is None or last.kind != "Summit" and len(last.participants) == 2 and \
                not any(last is g for g in self.gatherings):
            return False  # a multilateral meeting, or one whose parties are still to be named
        last.participants = list(dict.fromkeys(last.participants + parties))
        last.also.append(sentence.evidence)
        return True

    def _attendance(self, sentence: Sentence) -> bool:
        """"Y and Z also took part", "X joined by video link, as did Y", "So did Y", "also at the table were Y and Z": a
        sentence without an encounter of its own whose persons attend the meeting just reported."""
        verbs = [t for t in sentence.span if t.dep_ == "ROOT" and (t.lemma_ in ATTENDING or t.lemma_ == "take" and
                 any(c.lower_ == "part" for c in t.children) or self._expected(t) or _so_did(t))]
        if not verbs and any(t.dep_ == "ROOT" and syntax.present(t) for t in sentence.span):
            persons = self.resolver.named(syntax.outside_quotes(sentence), sentence, ("Person",))
            return bool(persons) and self._join_last(persons, sentence)  # "Also at the table were A and B"
        if not verbs or any(c.dep_ == "dobj" and c.lower_ != "part" for c in verbs[0].children):
            return False
        subject = next((c for c in verbs[0].children if c.dep_ == "nsubj"), None)
        doc = sentence.span.doc
        outside = syntax.outside_quotes(sentence)
        persons = self.resolver.named(outside, sentence, ("Person",)) if subject is not None and \
            self.resolver.named(doc[subject.left_edge.i:subject.right_edge.i + 1], sentence, ("Person",)) else []
        by = [doc[c.i:c.right_edge.i + 1] for c in verbs[0].children if c.dep_ == "agent"]  # "It was attended by A"
        if by and any(c.dep_ == "nsubjpass" and c.lower_ in ATTENDED for c in verbs[0].children):
            persons = self.resolver.named(by[0], sentence, ("Person",))
        envoys = next((c for c in verbs[0].children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if not persons and envoys is not None and any(c.lower_ == "also" for c in verbs[0].children):
            persons = self._envoys_of(envoys, sentence)  # "Representatives of A and B will also attend"
        return bool(persons) and self._join_last(persons, sentence)

    @staticmethod
    def _expected(verb: Token) -> bool:
        """"Representatives of A and B are also expected": expected at the meeting just reported."""
        return verb.lemma_ == "expect" and verb.tag_ == "VBN" and not any(c.dep_ in ("xcomp", "ccomp")
                                                                            for c in verb.children)

    def _envoys_of(self, subject: Token, sentence: Sentence) -> list[str]:
        """"Representatives of A, B and C", "delegations from A and B": the countries and organisations whose
        envoys they are."""
        doc = subject.doc
        if subject.lemma_.lower() not in ENVOYS:
            return []
        return [k for c in subject.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
                for k in self.resolver.named(doc[c.i:c.right_edge.i + 1], sentence, ("Country", "Organisation"))]

    def _meeting(self, parties, sentence, kind, trigger, place, confidence) -> Meeting:
        """The meeting the trigger reports; a planned one keeps its date as text only, no day it was held on."""
        planned = kinds.is_planned(sentence, trigger)
        date, date_text = self._date(sentence, trigger)
        return Meeting(participants=self.parties.leaders(parties, sentence), evidence=sentence.evidence, kind=kind,
                       status="planned" if planned else "held", place=place, date=None if planned else date,
                       date_text=date_text, confidence=confidence)

    def _place(self, sentence: Sentence, trigger: Token) -> str | None:
        """Where the trigger happened: an "in/at" phrase on the trigger, on the verbs above it or on a
        party named in its phrase ("talks with Mirzo in Dushanbe")."""
        anchors = list(trigger.subtree) + list(trigger.ancestors)
        attached = {trigger} | {t for t in trigger.ancestors if t.pos_ in ("VERB", "AUX")}
        attached |= {t for t in trigger.subtree if t.pos_ == "PROPN" and t.ent_type_ == "PERSON"}  # "with X in Y"
        attached |= {g for h in syntax.between(trigger) for g in h.subtree  # "talks between the envoys of the two
                     if g == h or g.dep_ == "pobj" and g.head.lower_ == "of" and g.head.head == h}  # sides in Almaty"
        for token in anchors:  # not "the situation in Afghanistan": a topic's place is no meeting place
            if token.dep_ == "pobj" and token.head.lower_ in ("in", "at") and token.head.head in attached:
                span = sentence.span.doc[min(t.i for t in token.subtree):token.i + 1]
                for key in self.resolver.named(span, sentence, ("Place", "Country")):
                    return key
        return None

    def _date(self, sentence: Sentence, trigger: Token):
        """The first date the sentence gives, not in a clause that tells of something else ("Wang, who arrived on
        Thursday, held talks …"), else the date line it follows ("15 May 2025: A speaks to B by phone", an entry of a
        timeline), resolved against the publication date."""
        aside = [sentence.offsets(c.doc[c.left_edge.i:c.right_edge.i + 1]) for c in sentence.span
                 if c.dep_ == "relcl" and trigger not in c.subtree]
        for start, _, text in date_expressions(sentence):
            if not any(a <= sentence.evidence.start + start < b for a, b in aside):
                return resolve_date(text, self.published), text
        before = self.sentences[sentence.index - 1] if sentence.index > 0 else None
        for _, _, text in date_expressions(before) if before is not None and _only_a_date(before) else ():
            return resolve_date(text, self.published), text
        return None, None


def _in_relative_clause(token: Token) -> bool:
    """"B, who used the summit to sign …": a word of a clause that describes a noun, not of the sentence's own."""
    return any(a.dep_ == "relcl" for a in (token, *token.ancestors))


def _of_an_office(token: Token) -> bool:
    """"the joint secretary": a word of a person's office, not of the encounter."""
    return token.dep_ in ("amod", "compound") and token.head.lemma_.lower() in ROLE_HEADS


def _only_a_date(sentence: Sentence) -> bool:
    """"15 May 2025:", "March 3 —": a timeline's date line, which dates the entry after it."""
    found = date_expressions(sentence)
    text = sentence.evidence.sentence
    return len(found) == 1 and not text[:found[0][0]].strip() and not text[found[0][1]:].strip(" :-–—\n")


def _so_did(verb: Token) -> bool:
    """"So did A, B and C", "So too did A": the verb of the sentence before, which told of attending."""
    return verb.lemma_ == "do" and any(c.lower_ == "so" for c in verb.children)


def _ordinal(token: Token) -> bool:
    """"13th", "third": the number of a round."""
    return token.ent_type_ == "ORDINAL" or token.lower_ in ORDINALS
