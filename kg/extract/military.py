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
``military_words.py``, the search for candidate agents in ``military_agents.py``, the non-events in
``military_nonevents.py``.
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
from .military_words import (
    ALLIANCE_NOUNS, ALLIANCE_WORDS, ANAPHORIC_GROUPS, ARMED_FORCES_OF, ASPECT_VERBS, CASUALTIES, COURSE_VERBS,
    EVENT_COURSE, EVENT_VERBS, FORCES, FORCES_LEAVE, FORMATION_WORDS, FRAME_NOUNS, FRAMING, INSTALLATIONS, JUDGING,
    MILITARY_CONTEXT, MOVEMENTS, MOVES_FORCES, MUNITIONS, NATIONAL_FORCES, NEEDS_CONTEXT, OTHER_OCCASION, PEOPLE,
    PERCEIVED, PHRASAL, PLANNED, TERRITORY, TRAVEL, TRIGGERS, UNNAMED_ATTACKERS)
from .resolve import Resolution, Resolver
from .sentences import Sentence

# An action whose agent the text does not name is usually background ("fighting has reached …") and
# scores below the threshold; one the text reports as an event of its own ("exercises will be held
# near the border", "two districts were captured") is kept with actor null, as the guidelines ask.
NO_AGENT_CONFIDENCE = 0.4


REPORTED_EVENT_CONFIDENCE = 0.55


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


def _trigger_kind(token: Token) -> str | None:
    for (verb, particle), kind in PHRASAL.items():
        if token.lemma_ == verb and any(c.lower_ == particle for c in token.children):
            return kind
    if token.lemma_ == "take" and any(c.lower_ == "out" for c in token.children):
        return None  # "our country is taken out of the quagmire of war"
    if token.lemma_ == "take" and any(g.lower_ == "account" for c in token.children if c.lower_ == "into"
                                      for g in c.children):
        return None  # "to take into account the interests of all political forces": an idiom
    if token.pos_ == "VERB" and token.lemma_ in MOVES_FORCES and _with_forces(token, ("dobj", "nsubjpass")):
        return MOVES_FORCES[token.lemma_]
    if token.pos_ == "VERB" and token.lemma_ in FORCES_LEAVE and _with_forces(token, ("nsubj",)) and \
            (token.lemma_ not in ("reach", "abandon") or _ground_object(token)):
        return FORCES_LEAVE[token.lemma_]  # not "the armies reached an agreement", "abandoned the plan"
    if token.pos_ == "VERB" and token.lemma_ in PERCEIVED and _with_forces(token, ("nsubjpass",)):
        return "Deployment"  # "Trains carrying Russian armoured vehicles were seen in the Gomel region"
    if token.pos_ == "VERB" and token.lemma_ == "fall" and _falls(token):
        return "Capture"
    if token.lemma_ == "be" and _with_forces(token, ("nsubj",)) and any(
            g.lemma_ == "ground" for c in token.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children):
        return "Deployment"  # "about 2,500 U.S. troops were on the ground"
    if token.pos_ == "VERB" and token.lemma_ == "fire" and _fires_weapons(token):
        return "Attack"
    if token.pos_ == "NOUN" and token.lemma_ == "exchange" and \
            any(g.lower_ == "fire" for c in token.children if c.lower_ == "of" for g in c.children):
        return "Attack"  # "killed in an exchange of fire"
    kind = TRIGGERS.get(token.lemma_.lower()) or TRIGGERS.get(token.lower_)
    if kind is None or token.pos_ not in ("VERB", "NOUN") or token.dep_ in ("compound", "oprd", "acomp"):
        return None  # "attack aircraft", "called the remark offensive": a modifier or a quality, not an action
    if _purpose_of_action(token) or _purpose_noun(token):
        return None  # "called up 20,000 reservists to reinforce its border": the purpose of the mobilisation
    if token.lemma_ == "division" and not _military_division(token) or \
            token.lemma_ in ("evacuate", "evacuation") and _moves_people(token):
        return None  # "the Pakistan-Afghanistan-Iran division of the ministry", "evacuated 550 people"
    return kind


def _military_division(token: Token) -> bool:
    """"the 201st division", "a motorised rifle division": a formation, not a ministry's department."""
    return any(c.dep_ in ("nummod", "amod", "compound") and (c.like_num or c.text[:1].isdigit() or
                                                            c.lower_ in FORMATION_WORDS) for c in token.children)


def _moves_people(trigger: Token) -> bool:
    """"about 1,500 residents had been evacuated", "it evacuated more than 550 people", "the evacuation of
    citizens": a rescue of civilians, not a withdrawal."""
    moved = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    moved += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    moved += [g for c in moved for g in c.children if g.dep_ == "conj"]
    return any(c.lemma_.lower() in PEOPLE or c.ent_type_ == "NORP" for c in moved)


def _falls(verb: Token) -> bool:
    """"Kunduz city had fallen", "the district fell to the Taliban": ground that changed hands."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    ground = any(s.lemma_.lower() in TERRITORY - {"north", "south", "east", "west", "ground", "part", "parts", "area",
                                                   "areas", "border", "borders"}
                 or s.ent_type_ in ("GPE", "FAC") for s in subjects)
    measured = any(c.dep_ in ("dobj", "npadvmod") and c.like_num or c.lower_ in ("by", "sharply", "percent", "apart", "silent")
                   for c in verb.children)
    return ground and not measured


def _fires_weapons(verb: Token) -> bool:
    """"border guards had fired first", "fired on a border post", "fired mortar shells": shooting, not dismissing
    ("the president fired his minister")."""
    aimed = any(c.dep_ == "prep" and c.lower_ in ("on", "at", "into", "across", "upon") or c.lower_ == "first"
                for c in verb.children)
    munitions = any(c.dep_ == "dobj" and c.lemma_.lower() in MUNITIONS for c in verb.children)
    armed = any(c.dep_ == "nsubj" and (c.lemma_.lower() in FORCES or c.lemma_.lower() in UNNAMED_ATTACKERS)
                for c in verb.children)
    return aimed or munitions or armed


def _violent_course(token: Token) -> bool:
    """"fighting raged around the capital", "clashes erupted": fighting reported as an event of its own."""
    return token.dep_ == "nsubj" and token.lemma_ in ("fighting", "fight", "clash", "battle") and \
        (token.head.lemma_ in ("rage", "erupt", "intensify", "escalate", "continue") or
         token.head.lower_ in ("raged", "raging", "rages"))  # the tagger reads "raged" as "rag"


def _claimed_attack(token: Token) -> bool:
    """"X claimed the attack", "X claimed responsibility for the bombing": an attack by the claimant."""
    token = quantified(token)  # "claimed a string of bombings"
    head = token.head
    if token.dep_ == "dobj" and head.lemma_ == "claim":
        return True
    return token.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_ == "responsibility"


def _purpose_noun(token: Token) -> bool:
    """"arriving in Belarus for joint exercises", "present in all positions to continue the fight": an action
    named as a purpose is not an action."""
    head = token.head
    purpose_clause = token.dep_ == "dobj" and head.dep_ == "advcl" and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
    return token.pos_ == "NOUN" and (purpose_clause or token.dep_ == "pobj" and head.lower_ == "for" and
                                     head.head.lemma_ != "responsibility")


def _mentioned_only(token: Token) -> bool:
    """"the exercise was not directed against anyone", "The deployment was announced by …", "the drills had
    been planned": a definite action noun as the subject of a state, or of a passive that does not report
    its course, mentions an action rather than reporting one."""
    if token.pos_ != "NOUN" or not is_definite(token):
        return False
    state = token.dep_ in ("nsubj", "attr") and token.head.lemma_ not in ASPECT_VERBS
    passive = token.dep_ == "nsubjpass" and token.head.lemma_ not in ASPECT_VERBS | {"hold", "conduct", "stage"}
    return state or passive


def _framed(token: Token) -> bool:
    """"amid the withdrawal of US troops", "since the standoff began": a definite action set as the background of
    the sentence's news."""
    if token.pos_ != "NOUN" or not is_definite(token):
        return False
    if token.dep_ == "pobj" and token.head.lower_ in FRAMING:
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in FRAME_NOUNS and \
            token.head.head.dep_ == "pobj":
        return True  # "as the army disintegrated in the face of the Taliban advance", "in the wake of the attack"
    clause = token.head
    return token.dep_ == "nsubj" and clause.dep_ == "advcl" and \
        any(c.dep_ == "mark" and c.lower_ in FRAMING | {"as", "when", "while", "until"} for c in clause.children)


def _purpose_of_action(token: Token) -> bool:
    head = token.head
    return token.pos_ == "VERB" and token.dep_ in ("advcl", "xcomp") and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) and _trigger_kind(head) is not None


def _with_forces(verb: Token, deps: tuple[str, ...]) -> bool:
    """Forces (or, for "take"/"enter", ground) as the verb's object or subject."""
    words = FORCES | (TERRITORY - {"part", "parts"} if verb.lemma_ in ("take", "enter") else frozenset())
    if deps == ("nsubj",):
        words = words | {"military", "army", "armies", "navy"}  # "the U.S. military left Bagram in early July"
    heads = [c for c in verb.children if c.dep_ in deps]
    if "nsubj" in deps and verb.dep_ == "xcomp" and not heads:  # "troops began leaving Kazakhstan"
        heads = [c for c in verb.head.children if c.dep_ == "nsubj"]
    heads = [verb.head if c.lower_ in ("who", "which", "that") and verb.dep_ == "relcl" else c for c in heads]
    heads += [g for c in heads for g in c.children if g.dep_ == "conj"]  # "a staff group and a platoon"
    heads += [g for c in heads for a in c.children if a.dep_ == "acl" and a.lemma_ == "carry"
              for g in a.children if g.dep_ == "dobj"]  # "trains carrying armoured vehicles"
    heads += [g for c in heads for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj"]  # "sent hundreds of fighters"
    if verb.lemma_ not in ("take", "enter") and "dobj" in deps:  # "flew in paratroopers": "in" read as a preposition
        heads += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" and c.i == verb.i + 1
                  for g in c.children if g.dep_ == "pobj"]
    heads = [c for c in heads if not any(m.dep_ == "amod" and m.lower_.endswith(("political", "social", "market"))
                                         for m in c.children)]  # "all ethno-political forces": not armed forces
    return any(c.lemma_.lower() in words or c.lower_ in words or _military_craft(c) or
               verb.lemma_ in ("take", "enter") and c.ent_type_ in ("GPE", "LOC", "FAC") for c in heads)


def _military_craft(token: Token) -> bool:
    """"an Afghan military plane", "military transport planes" (not "an Air India plane")."""
    return token.lemma_.lower() in ("plane", "flight", "convoy", "column") and \
        any(c.lower_ in ("military", "transport", "air force", "naval") for c in token.children)


def _has_context(sentence: Sentence) -> bool:
    """Military words, or a trigger that needs none ("the bombing in X and a similar attack in Y")."""
    return any(t.lower_ in MILITARY_CONTEXT and not (t.pos_ == "PROPN" and t.lower_ == "joint") or  # "Joint Secretary"
               t.pos_ == "NOUN" and t.lemma_ in TRIGGERS and
               t.lemma_ not in NEEDS_CONTEXT and t.lemma_ not in ("base", "division") for t in sentence.span)


def _agentless_confidence(trigger: Token) -> float:
    """An action with no named agent: reported as an event of its own ("exercises will be held", "districts
    were captured", "terrorists opened fire", "Clashes on the border killed …") or only mentioned in passing
    ("fighting has reached the border", "member states are holding exercises"); what a source says "would"
    happen, by no one named ("said power would be handed over"), is talk of the future, not an event."""
    verb = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "nsubj", "nsubjpass") else trigger
    if any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children):
        return NO_AGENT_CONFIDENCE
    if trigger.pos_ == "VERB" and trigger.dep_ not in ("relcl", "acl", "amod"):
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in trigger.children):
            return REPORTED_EVENT_CONFIDENCE
        if any(c.dep_ == "nsubj" and c.lemma_.lower() in UNNAMED_ATTACKERS for c in trigger.children):
            return REPORTED_EVENT_CONFIDENCE
    head = trigger.head
    if _violent_course(trigger) or trigger.lemma_ == "fall":  # "fighting raged", "Kunduz city had fallen"
        return REPORTED_EVENT_CONFIDENCE
    if _trigger_kind(trigger) in ("Attack", "Other") and _with_casualties(trigger):
        return REPORTED_EVENT_CONFIDENCE  # "two days of fighting … in which at least 24 people were killed"
    if trigger.dep_ in ("pobj", "pcomp") and head.lower_ == "by" and head.dep_ == "agent" and not is_definite(trigger):
        return REPORTED_EVENT_CONFIDENCE  # "killed by shelling" (not "houses damaged by the shelling")
    if trigger.pos_ == "NOUN":
        reported = trigger.dep_ in ("nsubjpass", "dobj") and head.lemma_ in EVENT_VERBS and \
            not any(c.dep_ == "nsubj" for c in head.children)
        topic = trigger.dep_ in ("nsubj", "nsubjpass") and head.lemma_ in EVENT_COURSE and \
            (head.dep_ == "ROOT" or head.dep_ == "ccomp" and head.head.dep_ == "ROOT")  # "… told that shells landed"
        if reported or topic:
            return REPORTED_EVENT_CONFIDENCE
    return NO_AGENT_CONFIDENCE


def _with_casualties(trigger: Token) -> bool:
    """The sentence of a violent event counts its dead or wounded: the event is news, not background."""
    return any(t.lemma_.lower() in CASUALTIES for t in trigger.sent)


def _named_past_event(trigger: Token) -> bool:
    """"the September 11 attacks", "the 2008 Mumbai attacks": a named or long-past event the article recalls
    (not "the October 8 suicide bombing", this article's news)."""
    return trigger.pos_ == "NOUN" and (trigger.ent_type_ == "EVENT" or any(
        c.ent_type_ == "EVENT" or re.fullmatch(r"(?:19|20)\d\d", c.text)
        for c in trigger.children if c.dep_ in ("nmod", "compound", "nummod")))


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
        context = _has_context(sentence)
        for token in sentence.span:
            self._remember_purpose(token, sentence)
            kind = _trigger_kind(token)
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
            confidence = resolution.confidence if resolution else _agentless_confidence(token)
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
            if kind == "Attack" and _claimed_attack(token):
                self.claims.add(id(action))
        actions = _without_background(_foreground(found), triggers)
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
        if negated(token) or hypothetical(token) or _named_past_event(token):
            return False
        if token.lemma_ in NEEDS_CONTEXT and not (context or _violent_course(token) or _claimed_attack(token) or
                                                  self._continues_action(token) or self._held_as_named(token, kind)):
            return False
        if kind == "Capture" and not self._takes_territory(token, sentence):
            return False
        return not (token.pos_ == "NOUN" and token.dep_ == "dobj" and _trigger_kind(token.head) == kind)

    def _repeats_known_action(self, token: Token, kind: str, actor: str | None) -> bool:
        """"The strike took place late at night", "the withdrawal of US troops had left a vacuum": a
        definite mention of an action this agent was already read doing is that action again, not a new one;
        a definite mention first read here is kept when it names its agent ("the hasty withdrawal of troops by
        the United States marks …")."""
        if _framed(token):
            return True
        if _mentioned_only(token):
            return actor is None or (kind, actor) in self.seen
        if kind == "Capture" and (kind, actor) in self.seen and anaphoric_forces(token):
            return True  # "The Taliban captured the crossing. … He said the group's fighters had taken the port"
        # a strike or a clash is one event whose course adds nothing new; drills that "will run until Saturday"
        # report the schedule of the drills, kept as their own fact
        return _continues_course(token) and kind in ("Attack", "Other") and (kind, actor) in self.seen

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
        if kind is None or token.pos_ != "NOUN" or not (_purpose_noun(token) or _in_purpose_clause(token)):
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
            if any(_ground_word(t, trigger) for t in span) or self.resolver.named(span, sentence, ("Place", "Country")):
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
                for verb in (trigger, trigger.head) for t in verb.lefts) or _announced_move(trigger, kind)
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


def _announced_move(trigger: Token, kind: str) -> bool:
    """"The alliance said it was sending troops", "Moscow says it is deploying jets": a move under way that its
    agent announces is announced, the same fact as "will dispatch a force" (not the move's arrival)."""
    progressive = trigger.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in trigger.children)
    return kind in MOVEMENTS and progressive and trigger.dep_ == "ccomp" and \
        trigger.head.lemma_ in ("say", "announce", "state", "tell")


def _in_purpose_clause(token: Token) -> bool:
    """"… to take part in the exercise": the token hangs in an infinitive clause of purpose."""
    return any(a.pos_ == "VERB" and a.dep_ in ("advcl", "acl") and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                          for c in a.children)
               for a in list(token.ancestors)[:4])


CLAIM_REACH = 600  # characters between an attack and the claim of it (about three sentences)


def _foreground(found: dict[tuple, MilitaryAction]) -> list[MilitaryAction]:
    """An agentless mention beside a named action is background."""
    named = any(action.actor for action in found.values())
    return [action for action in found.values() if action.actor or not named]


def _without_background(actions: list[MilitaryAction], triggers: dict[int, Token]) -> list[MilitaryAction]:
    """"Troops began pulling out of Kazakhstan, a week after they were deployed": an agent's action in a clause
    that dates its news ("after", "since" …) is the background of its action in the main clause, read before."""
    foreground = {a.actor for a in actions if a.actor and not _in_time_clause(triggers[id(a)])}
    return [a for a in actions if not (a.actor in foreground and _in_time_clause(triggers[id(a)]))]


def _in_time_clause(trigger: Token) -> bool:
    """The trigger's clause is an adverbial clause of time ("after they were deployed", "since it seized …")."""
    clause = trigger if trigger.pos_ == "VERB" else trigger.head
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("after", "since", "before", "until", "once")
                                          for c in clause.children)


def _continues_course(token: Token) -> bool:
    """"The drills will run until Saturday", "The strike took place in Nangarhar": a definite action noun whose
    course the sentence reports."""
    new = any(c.lower_ in OTHER_OCCASION or c.dep_ == "appos" for c in token.children)
    return token.pos_ == "NOUN" and token.dep_ == "nsubj" and token.head.lemma_ in COURSE_VERBS and \
        any(c.dep_ == "det" and c.lower_ in ("the", "those", "these", "this") for c in token.children) and not new


def _ground_object(verb: Token) -> bool:
    """The verb's object names ground: "reached Russia's Orenburg region", "abandoned their positions"."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for c in objects for p in c.children if p.lower_ == "of" for g in p.children]  # "the gates of Kabul"
    return any(_ground_word(t, verb) or t.ent_type_ in ("GPE", "LOC", "FAC") for t in objects)


def _ground_word(token: Token, trigger: Token) -> bool:
    """A territorial noun; a bare "post" is an office ("took the post himself"), a "border post" is ground;
    power is seized, but "power would be handed over" is a transfer, not a capture."""
    if token.lemma_.lower() not in TERRITORY or token.lower_ == "power" and trigger.lemma_ == "hand":
        return False
    return token.lemma_.lower() != "post" or any(c.dep_ in ("compound", "amod", "nummod") for c in token.children)


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
