"""Military actions: mobilisation, exercises, capture of territory, deployments, withdrawals, attacks.

The agent is the subject of the trigger verb (or of the clause it continues), the "by" phrase of a
passive, the owner of a nominal trigger ("the Taliban offensive", "Russian military base"), the owner
of the forces that act or are moved ("troops from Russia", "thousands of Taliban fighters had been
sent"), the forces ordered or accused ("accused Kyrgyz forces of shelling"), an organisation's own name
beside a description ("its affiliate, known as IS-K"), or the body that reports an agentless passive
of its own forces; "the group", "they", "both sides" are the armed agent last read. A claim of "the
attack" names the agent of the attack just reported. Negated, denied, hypothetical, intended and
purposive actions are left out; announced ones are kept as planned; a definite mention of an action
already read is that action again.

Context carries agents across sentences: "the peacekeepers guarded …" is the force of the first deployment
read, "The exercise is being held …" the owner of the exercise named as a move's purpose, and forces named
definitely right after their agent's move are that move again. The vocabulary lives in
``military_words.py``, the trigger words and their kinds in ``military_triggers.py``, the search for
candidate agents in ``military_agents.py``, reported versus mentioned actions in ``military_reports.py``, the
non-events in ``military_nonevents.py``.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from ..records import Actor, MilitaryAction, Quantity
from ..timeexpr import find_date_expressions, resolve as resolve_date
from .military_agents import (
    according_to, affiliate_of, anaphoric_forces, armed_anaphor, both_parties, commanders_move, dateline_place,
    is_definite, kind_of_action, led_alliance, names_forces, owned, person_subject, quantified, reporting_subject,
    subjects_of, verb_candidates, with_owners)
from .military_nonevents import hypothetical, negated, reported_future
from .military_reports import (
    NO_AGENT_CONFIDENCE, REPORTED_EVENT_CONFIDENCE, agentless_confidence, announced_move, claimed_attack,
    continues_course, foreground, framed, in_purpose_clause, mentioned_only, named_past_event, violent_course,
    without_background)
from .military_triggers import ground_word, has_context, purpose_noun, trigger_kind
from .military_words import (
    ALLIANCE_NOUNS, ALLIANCE_WORDS, ANAPHORIC_GROUPS, ARMED_FORCES_OF, ASPECT_VERBS, EVENT_VERBS, FORCES_LEAVE,
    INSTALLATIONS, JUDGING, MOVEMENTS, NATIONAL_FORCES, NEEDS_CONTEXT, PLANNED, TERRITORY, TRAVEL, TRIGGERS)
from .resolve import Resolution, Resolver
from .sentences import Sentence

__all__ = ["MilitaryReader", "NO_AGENT_CONFIDENCE", "REPORTED_EVENT_CONFIDENCE", "quantities"]

_QUANTITY = re.compile(r"\b(?:(?:over|about|nearly|some|around|almost|at least|more than)\s+)?"
                       r"(\d{1,3}(?:,\d{3})+|\d+)(?:\s+(?:of|out of)\s+(\d{1,3}(?:,\d{3})+|\d+))?"
                       r"\s+(?:more\s+)?([A-Za-z-]+(?:\s+[A-Za-z-]+)?)")  # "1,037 Afghan soldiers"


UNITS = frozenset("""
troops soldiers personnel districts provinces towns villages fighters militants servicemen men tanks aircraft
helicopters vehicles bases units posts checkpoints cities capitals people civilians
""".split())


def quantities(text: str) -> list[Quantity]:
    """Stated amounts with their unit.

    >>> [(q.amount, q.unit, q.out_of) for q in quantities("captured 24 of 28 districts and 20,000 troops")]
    [(24.0, 'districts', 28.0), (20000.0, 'troops', None)]
    """
    found = []
    for match in _QUANTITY.finditer(text):
        words = match.group(3).lower().split()
        unit = next((w for w in words if w in UNITS), None)
        if unit is None:
            continue
        amount = float(match.group(1).replace(",", ""))
        out_of = float(match.group(2).replace(",", "")) if match.group(2) else None
        found.append(Quantity(amount, unit, match.group(0), out_of))
    return found


CLAIM_REACH = 600  # characters between an attack and the claim of it (about three sentences)


class MilitaryReader:
    def __init__(self, resolver: Resolver, published):
        self.resolver = resolver
        self.published = published
        self.last_actor: str | None = None
        self.last_by_kind: dict[str, str] = {}  # kind -> agent of the last action of that kind
        self.seen: set[tuple[str, str]] = set()  # (kind, agent) of every action read so far
        self.taken: set[str] = set()  # what was captured ("captured Ghazni") is ground, never an agent
        self.claims: set[int] = set()  # ids of attacks read from a claim ("X claimed the attack")
        self.movers: set[str] = set()  # agents of deployments and withdrawals in the sentence just read
        self.first_by_kind: dict[str, str] = {}  # kind -> agent of the first action of that kind
        self.named_owner: dict[str, str] = {}  # kind -> owner of an action named as a purpose ("to join the X drills")

    def read(self, sentences: list[Sentence]) -> list[MilitaryAction]:
        actions: list[MilitaryAction] = []
        for sentence in sentences:
            for action in self._in_sentence(sentence):
                if not self._joins_claimed_attack(actions, action):
                    self._merge_or_add(actions, action)
        return actions

    def _in_sentence(self, sentence: Sentence) -> list[MilitaryAction]:
        found: dict[tuple, MilitaryAction] = {}
        triggers: dict[int, Token] = {}  # id of an action -> its trigger
        context = has_context(sentence)
        for token in sentence.span:
            self._remember_purpose(token, sentence)
            kind = trigger_kind(token)
            if kind is None or not self._is_action(token, kind, sentence, context):
                continue
            resolution = self._agent(token, sentence, kind) or self._anaphoric_agent(token, kind) or \
                self._reporting_body(token, sentence, kind)
            actor = resolution.key if resolution else None
            if actor and self.resolver.index.actors[actor].kind == "Person" and \
                    (kind == "Withdrawal" or token.lemma_ in TRAVEL) and not commanders_move(token):
                continue  # "Ghani fled the country", "the chief of staff arrived in Minsk": a person's travel
            if token.lemma_ in TRAVEL and person_subject(token):
                continue  # "the head of the ISI, Lt. Gen. X, arrived in Kabul", "Y, who is based in Doha"
            if self._repeats_known_action(token, kind, actor) or self._same_forces_again(token, kind, actor):
                continue
            if kind == "Capture":
                self.taken.update(self._objects_named(token, sentence))
            confidence = resolution.confidence if resolution else agentless_confidence(token)
            action = self._action(kind, token, sentence, actor, confidence)
            # one per kind and agent in a sentence, unless a coordinated trigger names its own place ("claimed
            # the bombing in Kunduz and a similar attack in Kandahar"): repeated triggers are mostly one action
            own_place = self._own_place(token, sentence, actor) if token.dep_ == "conj" else None
            key = (kind, actor, own_place) if own_place and (kind, actor, None) in found and \
                found[(kind, actor, None)].place != own_place else (kind, actor, None)
            if key in found:
                continue
            found[key] = action
            triggers[id(action)] = token
            if kind == "Attack" and claimed_attack(token):
                self.claims.add(id(action))
        actions = without_background(foreground(found), triggers)
        self.movers = {a.actor for a in actions if a.actor and a.kind in MOVEMENTS}
        return self._remember(actions)

    def _same_forces_again(self, trigger: Token, kind: str, actor: str | None) -> bool:
        """"… 585 Afghan servicemen landed in Termez. The Afghan troops fled after …": forces named definitely
        right after their agent's movement was reported are those forces again, and their move that movement."""
        if kind not in MOVEMENTS or actor is None or actor not in self.movers or trigger.pos_ != "VERB":
            return False
        return any(c.dep_ in ("nsubj", "nsubjpass") and names_forces(c) and is_definite(c) for c in trigger.children)

    def _is_action(self, token: Token, kind: str, sentence: Sentence, context: bool) -> bool:
        """Filters every trigger passes: not negated, in a military context, not hypothetical, ground for a
        capture, not the object of its own kind's verb ("took control of X" is one action, read from the verb)."""
        if negated(token) or hypothetical(token) or named_past_event(token):
            return False
        if token.lemma_ in NEEDS_CONTEXT and not (context or violent_course(token) or claimed_attack(token) or
                                                  self._continues_action(token) or self._held_as_named(token, kind)):
            return False
        if kind == "Capture" and not self._takes_territory(token, sentence):
            return False
        return not (token.pos_ == "NOUN" and token.dep_ == "dobj" and trigger_kind(token.head) == kind)

    def _repeats_known_action(self, token: Token, kind: str, actor: str | None) -> bool:
        """"The strike took place late at night", "the withdrawal of US troops had left a vacuum": a
        definite mention of an action this agent was already read doing is that action again, not a new one;
        a definite mention first read here is kept when it names its agent ("the hasty withdrawal of troops by
        the United States marks …")."""
        if framed(token):
            return True
        if mentioned_only(token):
            return actor is None or (kind, actor) in self.seen
        if kind == "Capture" and (kind, actor) in self.seen and anaphoric_forces(token):
            return True  # "The Taliban captured the crossing. … He said the group's fighters had taken the port"
        # a strike or a clash is one event whose course adds nothing new; drills that "will run until Saturday"
        # report the schedule of the drills, kept as their own fact
        return continues_course(token) and kind in ("Attack", "Other") and (kind, actor) in self.seen

    def _remember(self, actions: list[MilitaryAction]) -> list[MilitaryAction]:
        for action in actions:
            if action.actor:
                self.last_actor = action.actor
                self.last_by_kind[action.kind] = action.actor
                self.first_by_kind.setdefault(action.kind, action.actor)
                self.seen.add((action.kind, action.actor))
        return actions

    def _joins_claimed_attack(self, actions: list[MilitaryAction], action: MilitaryAction) -> bool:
        """"Gunmen stormed a hospital … IS-K claimed responsibility for the attack": the claim names the agent of
        the attack just reported, which is one event; an attack without agent reported right after a claimed
        one ("A suicide bomber detonated explosives …") is that attack's course."""
        if action.kind != "Attack":
            return False
        recent = [a for a in actions if a.kind == "Attack" and 0 <= action.evidence.start - a.evidence.end <= CLAIM_REACH]
        if id(action) in self.claims and action.actor:
            earlier = next((a for a in reversed(recent) if a.actor is None), None)
            if earlier is not None:
                earlier.actor, earlier.confidence = action.actor, max(earlier.confidence, action.confidence)
                self.claims.add(id(earlier))
                return True
        return action.actor is None and any(id(a) in self.claims for a in recent)

    def _reporting_body(self, trigger: Token, sentence: Sentence, kind: str) -> Resolution | None:
        """"The ministry added that additional units had been deployed", "The Taliban said his house had been
        seized": an organisation reporting an agentless passive action of its own forces reports its own action
        (a capture only when that organisation was read capturing before)."""
        if trigger.pos_ != "VERB" or not any(c.dep_ == "nsubjpass" for c in trigger.children) or \
                any(c.dep_ == "agent" for c in trigger.children):
            return None
        subject = according_to(trigger)  # "2,030 troops had been deployed, according to the CSTO secretariat"
        if subject is None and trigger.dep_ == "ccomp" and trigger.head.lemma_ in ("say", "add", "announce", "report",
                                                                                  "state"):
            subject = next((c for c in trigger.head.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return None
        found = self.resolver.resolve(subject, sentence, ("Organisation",))
        owners = self.resolver.named(subject.doc[subject.left_edge.i:subject.i + 1], sentence, ("Organisation",))
        found = found or (Resolution(owners[0], 0.6) if owners else None)  # "the CSTO secretariat": the CSTO
        if found is None or self._installation_or_media(found.key) or \
                kind in ("Capture", "Attack") and (kind, found.key) not in self.seen:
            return None
        return Resolution(found.key, 0.6)

    def _anaphoric_agent(self, trigger: Token, kind: str) -> Resolution | None:
        """"The drills will run until Saturday", "those units are already deployed": a definite mention of
        forces or of an action already reported continues the agent of the last action (of that kind)."""
        if self.last_actor is None:
            return None
        known = self._guarding_force(trigger) or self._held_as_named(trigger, kind)
        if known:
            return known
        if trigger.pos_ == "NOUN":
            nouns = [trigger] if trigger.dep_ == "nsubj" and trigger.head.lemma_ in ASPECT_VERBS else []
            if trigger.dep_ == "dobj":  # "The navies conducted a passage exercise"
                nouns += [c for c in subjects_of(trigger.head) if names_forces(c) and not owned(c)]
        else:
            subjects = [c for c in trigger.children if c.dep_ == "nsubjpass"]
            subjects += [g for c in subjects for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                         for g in p.children if g.dep_ == "pobj"]  # "half of those units"
            nouns = [c for c in subjects if names_forces(c) and not owned(c)]  # "the navies conducted …"
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "those", "these", "this") for n in nouns for c in n.children)
        agent = self.last_by_kind.get(kind, self.last_actor) if trigger.pos_ == "NOUN" else self.last_actor
        return Resolution(agent, 0.6) if definite else None

    def _remember_purpose(self, token: Token, sentence: Sentence) -> None:
        """"A contingent has reached Orenburg to take part in the SCO counter-terrorism exercise": an action named
        as a purpose is no action, but its owner is the agent of "The exercise is being held …" read next."""
        kind = TRIGGERS.get(token.lemma_.lower())
        if kind is None or token.pos_ != "NOUN" or not (purpose_noun(token) or in_purpose_clause(token)):
            return
        owners = self.resolver.named(token.doc[token.left_edge.i:token.i], sentence, ("Organisation", "Country"))
        if owners:
            self.named_owner[kind] = owners[0]

    def _held_as_named(self, trigger: Token, kind: str) -> Resolution | None:
        """"The exercise is being held at the Donguz range": the definite action reported as held, without agent,
        is the one named earlier as the purpose of a move, whose owner holds it."""
        held = trigger.pos_ == "NOUN" and trigger.dep_ == "nsubjpass" and trigger.head.lemma_ in EVENT_VERBS
        return Resolution(self.named_owner[kind], 0.6) if held and is_definite(trigger) and kind in self.named_owner \
            else None

    def _guarding_force(self, trigger: Token) -> Resolution | None:
        """"The peacekeepers guarded airports", "The contingent remained at the airport": the force the story is
        about, named definitely after its deployment, is the force of the first deployment read (the main one;
        later contributors are "also sent", "contributed")."""
        if trigger.pos_ != "VERB" or trigger.lemma_ not in FORCES_LEAVE or "Deployment" not in self.first_by_kind:
            return None
        subjects = [c for c in trigger.children if c.dep_ == "nsubj" and names_forces(c) and not owned(c)]
        if not any(is_definite(c) for c in subjects):
            return None
        return Resolution(self.first_by_kind["Deployment"], 0.6)

    def _continues_action(self, trigger: Token) -> bool:
        """"The group captured Taloqan", "It seized …": an armed actor of an earlier action is the subject,
        so the military context carries over from that sentence."""
        subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
        return self.last_actor is not None and subject is not None and \
            (subject.lower_ in ("it", "they") or subject.lemma_ in ANAPHORIC_GROUPS)

    def _takes_territory(self, trigger: Token, sentence: Sentence) -> bool:
        """Capture needs ground: a place or a territorial noun as object ("captured 11 districts", "took over Kabul")."""
        objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass", "attr") or
                   c.dep_ == "nsubj" and trigger.lemma_ == "fall"]
        objects += [g for c in trigger.children if c.dep_ in ("prep", "prt") and c.lower_ != "to"  # the receiver
                    for g in c.children if g.dep_ == "pobj"]  # "will hand over the chairmanship to Uzbekistan"
        objects += [c for c in trigger.children if c.dep_ == "prt" for c in c.children]
        if trigger.dep_ in ("relcl", "acl") and not objects:  # "Panjshir, which the Taliban occupied"
            objects.append(trigger.head)
        if not objects:  # "… Panjshir, which the Taliban later claimed to be occupied"
            return bool(self.resolver.named(sentence.span, sentence, ("Place",)))
        for obj in objects:
            span = sentence.span.doc[min(t.i for t in obj.subtree):max(t.i for t in obj.subtree) + 1]
            if any(ground_word(t, trigger) for t in span) or self.resolver.named(span, sentence, ("Place", "Country")):
                return True
        return False

    def _action(self, kind: str, trigger: Token, sentence: Sentence, actor: str | None,
                confidence: float) -> MilitaryAction:
        places = self._places(trigger, sentence, actor)
        date = next((resolve_date(text, self.published) for _, _, text in
                     find_date_expressions(sentence.evidence.sentence)), None)
        perfect = any(c.dep_ == "aux" and c.lower_ == "have" for c in trigger.children)  # "claimed to have taken"
        planned = not perfect and any(t.lower_ in PLANNED for t in trigger.lefts) or \
            any(t.lower_ in ("will", "shall") or t.dep_ == "aux" and reported_future(t)
                for verb in (trigger, trigger.head) for t in verb.lefts) or announced_move(trigger, kind)
        return MilitaryAction(kind=kind, evidence=sentence.evidence, actor=actor,
                              trigger_start=sentence.offsets(trigger)[0],
                              place=places[0] if places else None, place_text=_place_text(trigger),
                              quantities=quantities(sentence.evidence.sentence),
                              status="planned" if planned else "held", date=date,
                              confidence=round(confidence, 2))

    def _own_place(self, trigger: Token, sentence: Sentence, actor: str | None) -> str | None:
        """The place named in the trigger's own prepositional phrase ("a similar attack in Kandahar")."""
        for child in trigger.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "on", "near", "at", "into"):
                span = trigger.doc[min(t.i for t in child.subtree):max(t.i for t in child.subtree) + 1]
                keys = [k for k in self.resolver.named(span, sentence, ("Place", "Country")) if k != actor]
                if keys:
                    return keys[0]
        return None

    def _places(self, trigger: Token, sentence: Sentence, actor: str | None) -> list[str]:
        """Places in the trigger's own phrase first, then the rest of the sentence after it, then before it."""
        doc = sentence.span.doc
        phrase = doc[min(t.i for t in trigger.subtree):max(t.i for t in trigger.subtree) + 1]
        after = doc[trigger.i:sentence.span.end]
        kinds = ("Place", "Country")
        keys = self.resolver.named(phrase, sentence, kinds) + self.resolver.named(after, sentence, kinds) \
            + self.resolver.named(sentence.span, sentence, kinds)
        return [k for k in dict.fromkeys(keys) if k != actor]

    def _agent(self, token: Token, sentence: Sentence, kind: str) -> Resolution | None:
        candidates = verb_candidates(token, kind) if token.pos_ in ("VERB", "AUX") else \
            self._noun_candidates(token, sentence)
        for candidate in with_owners(candidates):
            resolution = self._resolve_candidate(candidate, sentence)
            if resolution:
                return self._national_forces(resolution, candidate)
        return None

    def _noun_candidates(self, token: Token, sentence: Sentence) -> list[Token]:
        """Who does a nominal action: its owner ("the Taliban offensive", "the withdrawal of US troops"), the
        subject of the verb it is the object of ("CSTO held exercises", "claimed a string of bombings")."""
        candidates = []
        if token.lemma_ in ("clash", "fighting", "fight", "battle"):  # "clashes with the Taliban"
            candidates += [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("with", "between")
                           for g in c.children if g.dep_ == "pobj"]
        if token.dep_ == "conj" and token.head.pos_ == "NOUN":  # "the bombing … and a similar attack"
            token = token.head
            while token.dep_ in ("conj", "pobj", "prep") and token.head.pos_ in ("NOUN", "ADP"):
                token = token.head  # "the bombing of a mosque in X and a similar attack in Y"
        owners = [c for c in token.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
        candidates += [c for c in owners if c.pos_ != "PRON" and not kind_of_action(c)]
        pronouns = [c for c in owners if c.pos_ == "PRON"]  # "India and Russia held their exercise": the subject first
        ground_of = TRIGGERS.get(token.lemma_.lower()) == "Capture"  # "control of X": X is taken
        candidates += [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("by", "of", "between")
                       for g in c.children if g.dep_ == "pobj" and not (c.lower_ == "of" and (
                           ground_of or self._is_ground(g, sentence)))]
        token = quantified(token)  # "held a series of exercises": the series is the object
        if token.dep_ == "appos":  # "keeps its largest facility abroad, the 201st military base"
            token = token.head
        judged = token.head.lemma_ in JUDGING  # "condemned the bombing": not the condemner's
        if token.dep_ in ("dobj", "nsubjpass") and not judged:
            candidates += subjects_of(token.head)
        elif token.dep_ == "pobj" and token.head.head.pos_ in ("VERB", "AUX"):
            candidates += subjects_of(token.head.head)  # "engaged in drills"
        elif token.dep_ == "pobj" and token.head.head.lemma_ in ("responsibility", "half", "part", "most", "bulk") \
                and token.head.head.dep_ == "dobj":  # "claimed responsibility for the attack"
            candidates += [c for c in token.head.head.head.children if c.dep_ == "nsubj"]
        verb = token.head
        while token.dep_ == "dobj" and verb.dep_ in ("xcomp", "acomp") and verb.head != verb:
            verb = verb.head  # "is scheduled to complete the withdrawal", "is due to complete it"
            candidates += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        return candidates + pronouns

    def _resolve_candidate(self, candidate: Token, sentence: Sentence) -> Resolution | None:
        """The actor behind one candidate agent: a name, a demonym, an armed group's anaphor, an alliance."""
        dashes = [c.i for c in candidate.children if c.dep_ == "punct" and c.text in ("-", "–", "—")]
        appos = [c for c in candidate.children if c.dep_ == "appos" and dashes and c.i > dashes[-1]]
        if appos:
            candidate = appos[-1]  # "KABUL - The Taliban claimed …": the dateline is no agent
        if dateline_place(candidate, sentence):
            return None  # "New Delhi: An Indian Army contingent has reached …"
        reporter = reporting_subject(candidate) if candidate.lower_ in ("it", "they") else None
        if reporter is not None and led_alliance(reporter):
            candidate = reporter  # "A Russia-led alliance said it was sending troops": the alliance sends them
        if led_alliance(candidate):
            return self._alliance(sentence.offsets(candidate)[0])
        anaphor = self.last_actor is not None and self.last_actor not in self.taken and armed_anaphor(candidate)
        if anaphor and not (candidate.lower_ in ("it", "they") and reporter is not None):
            return self._armed_antecedent(candidate, sentence)  # "the group", "they": the armed actor last named
        if both_parties(candidate):  # "Both sides still have 50,000 troops deployed": not one army's name
            return Resolution(self.last_actor, 0.6) if self.last_actor else None
        unit_of = self._named_force(candidate, sentence)
        if unit_of:
            return unit_of
        other_name = self._other_name(candidate, sentence)
        if other_name or affiliate_of(candidate):  # "the Islamic State's affiliate": not the parent
            return other_name
        resolution = self.resolver.resolve(candidate, sentence, ("Organisation", "Country", "Person"))
        if resolution and resolution.key not in self.taken and not self._installation_or_media(resolution.key):
            return self._country_of_forces(resolution, candidate)
        if anaphor:
            return Resolution(self.last_actor, 0.6)
        if candidate.lemma_.lower() in ALLIANCE_NOUNS:
            return self._alliance(sentence.offsets(candidate)[0])
        return None

    def _named_force(self, forces: Token, sentence: Sentence) -> Resolution | None:
        """"An Indian Army contingent", "a Pakistan Navy ship": forces drawn from a named service belong to that
        service, which the annotators name (not to the country its demonym points to)."""
        if not names_forces(forces):
            return None
        for service in (c for c in forces.children if c.dep_ == "compound" and c.is_title and names_forces(c)):
            keys = self.resolver.named(forces.doc[service.left_edge.i:service.i + 1], sentence, ("Organisation",))
            if keys and not self._installation_or_media(keys[0]):
                return Resolution(keys[0], 0.85)
        return None

    def _armed_antecedent(self, anaphor: Token, sentence: Sentence) -> Resolution:
        """"Taliban deputy spokesman X said the movement had sent fighters": an agent of earlier actions named
        earlier in the sentence, else the agent of the last action."""
        agents = {actor for _, actor in self.seen}
        before = sentence.span.doc[sentence.span.start:anaphor.i]
        named = [k for k in self.resolver.named(before, sentence, ("Organisation",)) if k in agents]
        return Resolution(named[-1] if named else self.last_actor, 0.6)

    def _other_name(self, candidate: Token, sentence: Sentence) -> Resolution | None:
        """"the Islamic State's Afghan affiliate, known as IS-K", "the Pakistani Taliban, or Tehreek-i-Taliban
        Pakistan (TTP)", "the group's regional affiliate, ISIS-K": the organisation's own name, given beside a
        description or a looser name."""
        if candidate.ent_type_ == "PERSON":
            return None
        names = [c for c in candidate.children if c.dep_ == "appos" and c.pos_ == "PROPN" and
                 c.left_edge.i <= candidate.i + 3]  # "affiliate, ISIS-K", not a name the parser hung far after
        names += [p for c in candidate.children if c.dep_ == "acl" and c.lemma_ in ("know", "call", "name")
                  for p in c.children if p.dep_ == "prep" and p.lower_ == "as"]
        if any(c.dep_ == "cc" and c.lower_ == "or" for c in candidate.children):
            names += [c for c in candidate.children if c.dep_ == "conj"]
        doc = candidate.doc
        for name in names:  # the name itself, not what the parser hung after it
            span = doc[name.left_edge.i:name.right_edge.i + 1] if name.lower_ == "as" else doc[name.left_edge.i:name.i + 1]
            keys = [k for k in self.resolver.named(span, sentence, ("Organisation",)) if not self._installation_or_media(k)]
            if keys:
                return Resolution(keys[0], 0.85)
        return None

    def _country_of_forces(self, resolution: Resolution, candidate: Token) -> Resolution:
        """"The U.S. military" read as "Armed Forces of United States", "the Afghan army" as "Army of Afghanistan":
        a demonym with "military" or "army" points to the country, as the guidelines read demonyms."""
        label = self.resolver.index.actors[resolution.key].label
        prefix = next((p for p in ARMED_FORCES_OF if label.startswith(p)), None)
        named = not candidate.is_lower or any(c.dep_ == "compound" and c.is_title and names_forces(c)
                                              for c in candidate.children)  # "an Indian Army contingent"
        if prefix is None or named:  # "Pakistan Army" is a name, "the Afghan army" a description
            return resolution
        country = self.resolver.country(label[len(prefix):])
        return Resolution(country, resolution.confidence) if country else resolution

    def _installation_or_media(self, key: str) -> bool:
        """"the 201st military base", "Reuters": a base is where forces are, and an outlet reports; neither acts."""
        actor = self.resolver.index.actors[key]
        return actor.is_media or actor.label.lower().split()[-1] in INSTALLATIONS

    def _alliance(self, offset: int) -> Resolution | None:
        """"Troops from a Russia-led military alliance": the treaty organisation the article names nearest."""
        spans = [(abs(start - offset), key) for (start, _), key in self.resolver.index.spans.items()
                 if self.resolver.index.actors[key].kind == "Organisation" and
                 ALLIANCE_WORDS & set(self.resolver.index.actors[key].label.lower().split())]
        return Resolution(min(spans)[1], 0.6) if spans else None

    def _national_forces(self, resolution: Resolution, candidate: Token) -> Resolution:
        """"Afghan soldiers", "the Afghan army": the forces of a country whose armed forces the genre names
        apart from the state (Afghanistan's fell with its government in 2021), not the country."""
        actor = self.resolver.index.actors[resolution.key]
        forces = NATIONAL_FORCES.get(actor.label)
        if forces is None or actor.kind != "Country" or not names_forces(candidate):
            return resolution
        index = self.resolver.index
        key = next((k for k, a in index.actors.items() if a.label == forces), None)
        if key is None:
            key = f"a{len(index.actors)}"
            index.actors[key] = Actor(key, forces, "Organisation")
        return Resolution(key, resolution.confidence)

    def _objects_named(self, trigger: Token, sentence: Sentence) -> list[str]:
        """Actors named in the object of a capture ("captured Ghazni, a strategic city"): the ground taken."""
        keys = []
        for obj in trigger.children:
            if obj.dep_ in ("dobj", "nsubjpass"):
                span = trigger.doc[obj.i:obj.i + 1]
                keys += self.resolver.named(span, sentence, ("Organisation", "Place"))
        return keys

    def _is_ground(self, token: Token, sentence: Sentence) -> bool:
        """"control of Kabul", "the capture of 11 districts": an "of" phrase naming a city, region or
        territory is what is taken, not who takes it ("the withdrawal of US troops")."""
        if token.lemma_ in TERRITORY:
            return True
        keys = self.resolver.named(token.doc[token.i:token.i + 1], sentence, ("Place", "Country"))
        return bool(keys) and self.resolver.index.actors[keys[0]].kind == "Place"

    def _merge_or_add(self, actions: list[MilitaryAction], action: MilitaryAction) -> None:
        """Repeated mentions of one action in an article are one: the same agent's announced action of the same
        kind, or an announced and a reported action of one agent, kind and place, without numbers. Two reported
        captures of one city by one group are two events ("took six capitals, including Kunduz" and "Kunduz
        was captured on Sunday")."""
        for existing in actions:
            same_plan = action.status == existing.status == "planned" and action.actor
            announced_then_done = action.status != existing.status and action.actor
            if same_plan and (existing.kind, existing.actor) == (action.kind, action.actor) or announced_then_done and \
                    (existing.kind, existing.actor, existing.place) == (action.kind, action.actor, action.place) \
                    and not action.quantities and not existing.quantities:
                existing.confidence = max(existing.confidence, action.confidence)
                return
        actions.append(action)



def _place_text(trigger: Token) -> str | None:
    """The prepositional phrase that says where: "along its border with Afghanistan"."""
    for child in trigger.children:
        if any(g.ent_type_ in ("DATE", "TIME") for g in child.children):
            continue  # "on Sunday" says when, not where
        if child.dep_ == "prep" and child.lower_ in ("in", "into", "along", "across", "at", "near", "on", "over",
                                                     "from", "towards", "to"):
            words = list(child.subtree)
            return trigger.doc[words[0].i:words[-1].i + 1].text
    return None
