"""Military actions: mobilisation, exercises, capture of territory, deployments, withdrawals, attacks.

The agent is the subject of the trigger verb (or of the clause it continues), the "by" phrase of a
passive, the owner of a nominal trigger ("the Taliban offensive", "Russian military base"), the owner
of the forces that act or are moved ("troops from Russia", "thousands of Taliban fighters had been
sent"), the forces ordered or accused ("accused Kyrgyz forces of shelling"), an organisation's own name
beside a description ("its affiliate, known as IS-K"), or the body that reports an agentless passive
of its own forces; "the group", "they" are the armed agent last read, "both sides" the state last read
acting. A claim of "the attack" names the agent of the attack just reported. Negated, denied,
hypothetical, intended and purposive actions are left out; announced ones are kept as planned; a
definite mention of an action already read is that action again.

Context carries agents across sentences: "the peacekeepers guarded …" is the force of the first deployment
read, "The exercise is being held …" the owner of the exercise named as a move's purpose, and forces named
definitely right after their agent's move are that move again. The vocabulary lives in
``military_words.py``, the trigger words and their kinds in ``military_triggers.py``, the search for
candidate agents in ``military_agents.py``, their resolution to the article's actors in ``military_agency.py`` (whose
forces act, a country or the armed forces it names as a body, in ``military_forces.py``),
reported versus mentioned actions in ``military_reports.py``, the non-events in ``military_nonevents.py``.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from ..records import MilitaryAction, Quantity
from ..timeexpr import resolve as resolve_date
from .military_agency import AgentReader
from .military_agents import (
    anaphoric_forces, both_sides_tell, commanders_move, is_definite, moves_forces_named, names_forces, ordered_move,
    person_subject, police_move, with_owners)
from .military_nonevents import agreed, hypothetical, negated, order_carried_out, partaken_in, reported_future
from .military_reports import (
    NO_AGENT_CONFIDENCE, REPORTED_EVENT_CONFIDENCE, agentless_confidence, announced_move, claimed_attack,
    continues_course, deadly, foreground, framed, holds_ground, in_purpose_clause, mentioned_only, named_past_event,
    own_account, reacted_to, talked_about, violent_course, without_advance, without_background)
from .military_triggers import (
    armed_strike, craft, given_up_to, ground_or_place, ground_word, guard_taken_over, has_context, name_taken_by_forces,
    people_taken, post_of_forces, posts_forces, raised_subject, taken_antecedent, trigger_kind, trigger_word,
    with_munitions)
from .military_words import (
    ACTOR_ENTITIES, ANAPHORIC_GROUPS, INSTALLATIONS, MILITARY_CONTEXT, MILITARY_MODIFIERS, MOVEMENTS, NEEDS_CONTEXT,
    PLANNED, PRACTICE, PUBLICITY, QUOTES_CLOSING, SEIZED_GOODS, TRAVEL, UNDER_WAY)
from .resolve import Resolution, Resolver
from .sentences import Sentence, date_expressions

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


FUTURE = frozenset({"will", "would", "shall"})  # "would retake the town": a capture only vowed or forecast
CLAIM_REACH = 600  # characters between an attack and the claim of it (about three sentences)


class MilitaryReader(AgentReader):
    """Military actions of one article, read sentence by sentence (agents found by :class:`AgentReader`)."""

    def __init__(self, resolver: Resolver, published):
        super().__init__(resolver, published)
        # Actions by id, held here so that no id is reused while it is looked up (a dropped action is freed, and a
        # later one may get its id): attacks read from a claim ("X claimed the attack"), and the actions of the other
        # side of "A and B each …"
        self.claims: dict[int, MilitaryAction] = {}
        self.movers: set[str] = set()  # agents of deployments and withdrawals in the sentence just read
        self.other_sides: dict[int, MilitaryAction] = {}
        self.told_last: set[tuple[str, str]] = set()  # (kind, agent) of the actions of the sentence just read

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
        self.agents_here = []
        context = has_context(sentence)
        for token in sentence.span:
            self._remember_purpose(token, sentence)
            kind = trigger_kind(token)
            if kind is None or not self._is_action(token, kind, sentence, context):
                continue
            if kind == "Capture" and guard_taken_over(token):
                kind = "Deployment"  # "paratroopers took over the guarding of the airport": a post manned, not taken
            if both_sides_tell(token) and any(self.agents_here):
                continue  # "X clashed with Y, with both sides claiming to have inflicted losses": that fight again
            receivers = given_up_to(token) if kind == "Capture" else []
            resolution = self._receiver(receivers, sentence) if receivers else \
                self._agent(token, sentence, kind) or self._anaphoric_agent(token, kind, sentence) or \
                self._reporting_body(token, sentence, kind) or self._claimant(token, sentence, kind)
            actor = resolution.key if resolution else None
            if actor and self.resolver.index.actors[actor].kind == "Person" and \
                    (kind == "Withdrawal" or token.lemma_ in TRAVEL) and not commanders_move(token) and \
                    not ordered_move(token) and not moves_forces_named(token) and not posts_forces(token):
                continue  # "Ghani fled the country", "the chief of staff arrived in Minsk": a person's travel (not
                # "the presidents agreed to a pullback of troops", "Rahmon has stationed additional troops")
            if token.lemma_ in TRAVEL and person_subject(token) and not posts_forces(token):
                continue  # "the head of the ISI, Lt. Gen. X, arrived in Kabul", "Y, who is based in Doha"
            actor = self._state_of(actor) if actor else None
            if self._repeats_known_action(token, kind, actor, sentence) or self._same_forces_again(token, kind, actor):
                continue
            if kind == "Capture":
                self.taken.update(self._objects_named(token, sentence))
            confidence = resolution.confidence if resolution else agentless_confidence(token)
            action = self._action(kind, token, sentence, actor, confidence)
            if kind == "Capture" and any(c.dep_ == "aux" and c.lower_ in FUTURE for c in token.children):
                continue  # "said the army would retake the town", "will take Kabul within weeks": a vow or a forecast
                # (drills and moves are planned and announced; ground is taken, or not)
            # one per kind and agent in a sentence, unless a coordinated trigger names its own place ("claimed
            # the bombing in Kunduz and a similar attack in Kandahar"): repeated triggers are mostly one action
            own_place = self._own_place(token, sentence, actor) if token.dep_ == "conj" else \
                self._ground_taken(token, sentence, actor) if kind == "Capture" else None
            key = (kind, actor, own_place) if own_place and (kind, actor, None) in found and \
                found[(kind, actor, None)].place != own_place else (kind, actor, holds_ground(token) or None)
            if key in found:
                continue
            found[key] = action
            triggers[id(action)] = token
            self.agents_here.append(actor)
            for party in self._each_side(token, sentence, actor) if actor else ():
                other = self._action(kind, token, sentence, party, action.confidence)
                found.setdefault((kind, party, None), other)
                triggers[id(other)] = token
                self.other_sides[id(other)] = other
            if kind == "Attack" and claimed_attack(token):
                self.claims[id(action)] = action
        actions = without_advance(without_background(foreground(found), triggers), triggers)
        self.movers = {a.actor for a in actions if a.actor and a.kind in MOVEMENTS and triggers[id(a)].pos_ == "VERB"}
        self.told_last = {(a.kind, a.actor) for a in actions if a.actor}
        return self._remember(actions)

    def _receiver(self, receivers: list[Token], sentence: Sentence) -> Resolution | None:
        """"The Taliban lost control of the district to Islamic State fighters": ground given up is taken by whom it
        is given up to, not by who gives it up (unnamed receivers, "to gunmen", leave it with no agent)."""
        return next(filter(None, (self._resolve_candidate(c, sentence) for c in with_owners(receivers))), None)

    def _names_own_agent(self, noun: Token, actor: str, sentence: Sentence) -> bool:
        """"the deployment of about 100 Armenian troops", "Russia's special military operation": the action's own
        phrase names its agent (not "occupied villages during that fighting", whose agent is the clause's)."""
        phrase = noun.doc[noun.left_edge.i:noun.right_edge.i + 1]
        return actor in self.resolver.named(phrase, sentence, ("Organisation", "Country"))

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
        if trigger_word(token) in NEEDS_CONTEXT and not (context or violent_course(token) or claimed_attack(token) or
                                                  with_munitions(token) or armed_strike(token) or deadly(token) or
                                                  self._continues_action(token) or self._held_as_named(token, kind) or
                                                  named_exercise(token, kind) or order_carried_out(token)):
            return False
        if kind == "Capture" and not self._takes_territory(token, sentence):
            return False
        if police_move(token, kind):
            return False  # "Tashkent police deployed 3,000 personnel across the city": no armed force's move
        if token.lemma_ in INSTALLATIONS and token.dep_ == "nsubj" and (trigger_kind(token.head) or any(
                c.dep_ == "dobj" and trigger_kind(c) for c in token.head.children) and
                not any(c.dep_ in ("relcl", "acl") for c in token.children)):
            return False  # "the 201st military base deployed armour", "the base held a tactical exercise": the unit
            # that acts, not a deployment (but "the base, whose units are stationed in Dushanbe, joined the drills")
        if token.lemma_ in INSTALLATIONS and target_of_action(token):
            return False  # "fighters seized Bagram air base", "attacked the cantonment and the nearby air base": the
            # ground taken or struck, not forces based there
        if token.pos_ not in ("VERB", "AUX") and token.dep_ == "nsubj" and trigger_kind(token.head) == "Capture" and \
                self._is_action(token.head, "Capture", sentence, context):
            return False  # "Ukraine's counteroffensive had recaptured the region": one event, told by its verb (not
            # "the offensive did not capture Kupyansk", "the attack took the lives of twelve soldiers")
        return not (token.pos_ == "NOUN" and token.dep_ == "dobj" and trigger_kind(token.head) == kind)

    def _repeats_known_action(self, token: Token, kind: str, actor: str | None, sentence: Sentence) -> bool:
        """"The strike took place late at night", "the withdrawal of US troops had left a vacuum": a
        definite mention of an action this agent was already read doing is that action again, not a new one;
        a definite mention first read here is kept when it names its agent ("the hasty withdrawal of troops by
        the United States marks …")."""
        if framed(token) and partaken_in(token):  # "troops are taking part in the Peace Mission exercise": news of
            # its own unless its kind was read before (not "has reached Orenburg to take part in the exercise")
            return in_purpose_clause(token) or actor is None or any(seen == kind for seen, _ in self.seen)
        if framed(token):  # "criticism over the deployment of Armenian troops": news of its own when first read
            return not (talked_about(token) and actor and (kind, actor) not in self.seen and
                        self._names_own_agent(token, actor, sentence))
        if mentioned_only(token) or reacted_to(token):
            return actor is None or (kind, actor) in self.seen
        if own_account(token) and (kind, actor) in self.told_last:
            return True  # "Pakistani jets bombed villages in Paktika. Islamabad said it had targeted hideouts of the
            # TTP": the agent's account of the action just told
        if kind == "Capture" and (kind, actor) in self.seen and anaphoric_forces(token) and \
                not any(c.lower_ in ("also", "further") for c in token.children):
            return True  # "The Taliban captured the crossing. … He said the group's fighters had taken the port"
            # (not "the group's fighters had also taken two posts": another capture)
        if kind == "Exercise" and token.lemma_ in PRACTICE and (kind, actor) in self.held:
            return True  # "The servicemen of the two countries practised the destruction of …": the drills' content
            # (not of drills only planned: "agreed to hold the next edition. At the last one, troops practised …")
        # a strike, a clash or a pull-back is one event whose course adds nothing new ("the disengagement was taking
        # place in a coordinated way"); drills that "will run until Saturday" report the schedule of the drills, kept
        # as their own fact
        return continues_course(token) and kind in ("Attack", "Other", "Withdrawal") and (kind, actor) in self.seen

    def _remember(self, actions: list[MilitaryAction]) -> list[MilitaryAction]:
        """The agents read; the other side of "A and B each …" is known acting, but A stays the one read last."""
        for action in sorted(actions, key=lambda a: id(a) not in self.other_sides):
            if action.actor:
                self.last_actor = action.actor
                if self.resolver.index.actors[action.actor].kind == "Country":
                    self.last_state = action.actor
                elif self.resolver.index.actors[action.actor].kind == "Organisation":
                    self.last_group = action.actor
                self.last_by_kind[action.kind] = action.actor
                self.first_by_kind.setdefault(action.kind, action.actor)
                self.seen.add((action.kind, action.actor))
                if action.status == "held":
                    self.held.add((action.kind, action.actor))
        return actions

    def _joins_claimed_attack(self, actions: list[MilitaryAction], action: MilitaryAction) -> bool:
        """"Gunmen stormed a hospital … IS-K claimed responsibility for the attack": the claim names the agent of
        the attack just reported, which is one event; an attack without agent reported right after a claimed
        one ("A suicide bomber detonated explosives …") is that attack's course."""
        if action.kind != "Attack":
            return False
        recent = [a for a in actions if a.kind == "Attack" and 0 <= action.evidence.start - a.evidence.end <= CLAIM_REACH]
        if id(action) in self.claims and action.actor:
            agentless = [a for a in recent if a.actor is None]
            if agentless:  # "China urged Pakistan to punish the perpetrators of the attack … A car bomb struck a
                earlier = agentless[-1]  # convoy … The BLA claimed the attack": the lede and its detail, one event
                earlier.actor, earlier.confidence = action.actor, max(a.confidence for a in (action, *agentless))
                self.claims[id(earlier)] = earlier
                for told_before in agentless[:-1]:
                    actions.remove(told_before)
                return True
        return action.actor is None and any(id(a) in self.claims for a in recent)

    def _continues_action(self, trigger: Token) -> bool:
        """"The group captured Taloqan", "It seized …": an armed actor of an earlier action is the subject,
        so the military context carries over from that sentence."""
        subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
        return self.last_actor is not None and subject is not None and \
            (subject.lower_ in ("it", "they") or subject.lemma_ in ANAPHORIC_GROUPS)

    def _takes_territory(self, trigger: Token, sentence: Sentence) -> bool:
        """Capture needs ground: a place or a territorial noun as object ("captured 11 districts", "took over Kabul")."""
        objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass", "attr") or
                   c.dep_ == "nsubj" and trigger.lemma_ == "fall"] or raised_subject(trigger)
        if any(c.lemma_.lower() in SEIZED_GOODS for c in objects):
            return False  # "two weapons were seized from the building": goods taken, not ground
        if trigger.lemma_ == "hand" and objects and all(craft(t) for c in objects for t in (c, *c.conjuncts)):
            return False  # "a second frigate, Tamal, is due to be handed over": craft delivered (not "seized the ship")
        if objects and all(people_taken(c) and c.pos_ != "PROPN" for c in objects):  # (a name may be a place's)
            return False  # "killed or captured 12 militants in North Waziristan": prisoners taken where, not ground
        objects += [g for c in trigger.children if c.dep_ in ("prep", "prt") and c.lower_ != "to"  # the receiver
                    for g in c.children if g.dep_ == "pobj"]  # "will hand over the chairmanship to Uzbekistan"
        objects += [c for c in trigger.children if c.dep_ == "prt" for c in c.children]
        if trigger.dep_ in ("relcl", "acl") and not objects:  # "Panjshir, which the Taliban occupied"
            objects.append(trigger.head)
        if not objects:  # "… Panjshir, which the Taliban later claimed to be occupied"
            return bool(self.resolver.named(sentence.span, sentence, ("Place",)))
        for obj in objects:
            if obj.lower_ in ("it", "them"):  # "tried to seize the airport, and troops regained control of it"
                return self._ground_before(obj, trigger, sentence)
            span = sentence.span.doc[min(t.i for t in obj.subtree):max(t.i for t in obj.subtree) + 1]
            if any(ground_word(t, trigger) for t in span) or self.resolver.named(span, sentence, ("Place", "Country")):
                return True
            if post_of_forces(obj, trigger):
                return True  # "border troops handed over the post to Taliban fighters": a post they manned
            if name_taken_by_forces(obj, trigger) and \
                    not self.resolver.named(span, sentence, ("Person", "Organisation")):
                return True  # "Ukrainian forces have retaken Izium": a town the model did not know as a place
        return False

    def _ground_before(self, pronoun: Token, trigger: Token, sentence: Sentence) -> bool:
        """"armed groups tried to seize the airport, and special forces regained control of it": a pronoun taken
        stands for what was named last before it, which must be ground (not "seized the tanker in the Gulf of Oman
        and took control of it", "Russia proposed a truce, and Ukraine took it", "surrounded the village, where
        soldiers were hiding, and captured them"); also in the sentence before, in the same paragraph."""
        doc, start = sentence.span.doc, sentence.span.start
        before = doc[doc[start - 1].sent.start if start else start:trigger.i]
        named = taken_antecedent(pronoun, trigger, before)
        if named is None:
            return False
        span = doc[named.left_edge.i:named.i + 1]
        if named.i < start:  # the sentence before: its names are not this sentence's to resolve
            return any(ground_or_place(t, trigger) for t in span)
        return any(ground_word(t, trigger) for t in span) or bool(self.resolver.named(span, sentence, ("Place",)))

    def _action(self, kind: str, trigger: Token, sentence: Sentence, actor: str | None,
                confidence: float) -> MilitaryAction:
        places = self._places(trigger, sentence, actor)
        date = next((resolve_date(text, self.published) for _, _, text in
                     date_expressions(sentence)), None)
        perfect = any(c.dep_ == "aux" and c.lower_ == "have" for c in trigger.children)  # "claimed to have taken"
        under_way = trigger.dep_ == "xcomp" and trigger.head.lemma_ in UNDER_WAY  # "tried to transgress the LAC"
        planned = not perfect and not under_way and any(t.lower_ in PLANNED for t in trigger.lefts) or \
            any(t.lower_ in ("will", "shall") or t.dep_ == "aux" and reported_future(t)
                for verb in (trigger, trigger.head) for t in verb.lefts) or announced_move(trigger, kind) or \
            agreed(trigger)
        return MilitaryAction(kind=kind, evidence=sentence.evidence, actor=actor,
                              trigger_start=sentence.offsets(trigger)[0],
                              place=places[0] if places else None, place_text=_place_text(trigger),
                              quantities=quantities(sentence.evidence.sentence),
                              status="planned" if planned else "held", date=date,
                              confidence=round(confidence, 2))

    def _ground_taken(self, trigger: Token, sentence: Sentence, actor: str | None) -> str | None:
        """"captured Panjshir in September, weeks after seizing Kabul": the place a capture takes, which tells two
        captures of one agent in a sentence apart."""
        for obj in (c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")):
            span = trigger.doc[obj.left_edge.i:obj.right_edge.i + 1]
            keys = [k for k in self.resolver.named(span, sentence, ("Place",)) if k != actor]
            if keys:
                return keys[0]
        return None

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

    def _objects_named(self, trigger: Token, sentence: Sentence) -> list[str]:
        """Actors named in the object of a capture ("captured Ghazni, a strategic city"): the ground taken."""
        keys = []
        for obj in trigger.children:
            if obj.dep_ in ("dobj", "nsubjpass"):
                span = trigger.doc[obj.i:obj.i + 1]
                keys += self.resolver.named(span, sentence, ("Organisation", "Place"))
        return keys

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



def named_exercise(trigger: Token, kind: str) -> bool:
    """"the next edition of the INDRA tri-service exercise": an exercise known by its name is a military one, unless
    the name is an actor's ("a Kremlin exercise") with no military word beside it and no quotes that make it a title
    ("the "Unshakable Brotherhood" exercise"), or it is one of words ("a Kremlin PR exercise")."""
    if kind != "Exercise" or trigger.pos_ != "NOUN":
        return False
    modifiers = {t.lower_ for c in trigger.lefts for t in c.subtree}
    names = [c for c in trigger.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
    if not names or modifiers & PUBLICITY:
        return False
    quoted = trigger.i > 0 and trigger.doc[trigger.i - 1].text in QUOTES_CLOSING
    return bool(modifiers & (MILITARY_CONTEXT | MILITARY_MODIFIERS)) or quoted or \
        not any(n.ent_type_ in ACTOR_ENTITIES for n in names)


def target_of_action(noun: Token) -> bool:
    """"seized the fort and the air base", "attacked the cantonment and the nearby air base": the object of a capture
    or an attack, or one listed with it."""
    while noun.dep_ == "conj" and noun.head != noun:
        noun = noun.head
    return noun.dep_ in ("dobj", "nsubjpass") and trigger_kind(noun.head) in ("Capture", "Attack")


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
