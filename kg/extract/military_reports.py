"""How a text presents a military action: reported as news, or only mentioned, framed, recalled or claimed.

"fighting raged around the capital" reports an event; "amid the withdrawal of US troops" sets a known one
as background; "the September 11 attacks" recalls a named past one; "X claimed the attack" names the agent
of an attack just reported. Pure functions over spaCy tokens, read by ``military.py``.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from ..records import MilitaryAction
from .military_agents import is_definite, quantified
from .military_nonevents import agreed
from .military_triggers import trigger_kind
from .military_words import (
    ASPECT_VERBS, CASUALTIES, COURSE_VERBS, EVENT_COURSE, EVENT_VERBS, FORCES, FRAME_NOUNS, FRAMING, MOVEMENTS,
    OTHER_OCCASION, PEOPLE, REACTIONS, RECENT_DAYS, REPORTING, SPANS_OF_TIME, UNNAMED_ATTACKERS, VICTIMS)

# An action whose agent the text does not name is usually background ("fighting has reached …") and
# scores below the threshold; one the text reports as an event of its own ("exercises will be held
# near the border", "two districts were captured") is kept with actor null, as the guidelines ask.
NO_AGENT_CONFIDENCE = 0.4


REPORTED_EVENT_CONFIDENCE = 0.55


def violent_course(token: Token) -> bool:
    """"fighting raged around the capital", "clashes erupted", "the fighting broke out on April 28", "fighting near
    the village killed 50 people": fighting reported as an event of its own."""
    broke_out = token.head.lemma_ == "break" and any(c.lower_ == "out" for c in token.head.children)
    reported = token.dep_ == "nsubjpass" and token.head.lemma_ in ("report", "hear")  # "Fighting was reported in X"
    deadly = token.dep_ in ("nsubj", "csubj") and token.head.lemma_ in ("kill", "leave", "claim", "wound", "injure") \
        and takes_lives(token.head)
    fought = token.lemma_ in ("fighting", "fight", "clash", "battle")
    return fought and (reported or deadly or token.dep_ == "nsubj" and (
        token.head.lemma_ in ("rage", "erupt", "intensify", "escalate", "continue", "begin", "start") or broke_out or
        token.head.lower_ in ("raged", "raging", "rages")))  # the tagger reads "raged" as "rag"


def deadly(action: Token) -> bool:
    """"a December attack that killed 11 police officers", "a raid killing five": an attack told by the lives it took
    is a violent one, whatever else its sentence says (not "an attack that killed the bill"; fighting is told by its
    course, ``violent_course``)."""
    return trigger_kind(action) == "Attack" and any(
        c.dep_ in ("relcl", "acl", "advcl") and c.lemma_ in ("kill", "wound", "injure") and takes_lives(c)
        for c in action.children)


def takes_lives(verb: Token) -> bool:
    """"killed more than 50 people", "claimed dozens of lives", "left five soldiers dead": the fighting's toll is
    people (not "a fight over the budget killed the bill", "the battle for market share claimed a victim")."""
    tolls = [c for c in verb.children if c.dep_ in ("dobj", "ccomp", "xcomp", "oprd")]
    tolls += [g for c in tolls for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
    return any(t.ent_type_ in ("CARDINAL", "NORP") or t.lemma_.lower() in VICTIMS | PEOPLE or t.lower_ in FORCES
               for t in tolls)  # "killed 40", "30,000 Palestinians"; not "claimed 200 jobs"


def claimed_attack(token: Token) -> bool:
    """"X claimed the attack", "the attack was claimed by X", "X claimed responsibility for the bombing": an attack
    by the claimant."""
    token = quantified(token)  # "claimed a string of bombings"
    head = token.head
    if token.dep_ in ("dobj", "nsubjpass") and head.lemma_ == "claim":
        return True  # also "The attack was claimed by X"
    return token.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_ == "responsibility"


def mentioned_only(token: Token) -> bool:
    """"the exercise was not directed against anyone", "The deployment was announced by …", "the drills had
    been planned": a definite action noun as the subject of a state, or of a passive that does not report
    its course, mentions an action rather than reporting one."""
    owned = any(c.dep_ == "poss" for c in token.children)  # "Pakistan's strikes came after …"
    if token.pos_ != "NOUN" or not (is_definite(token) or owned) or violent_course(token):
        return False
    state = token.dep_ in ("nsubj", "attr") and token.head.lemma_ not in ASPECT_VERBS
    passive = token.dep_ == "nsubjpass" and token.head.lemma_ not in ASPECT_VERBS | {"hold", "conduct", "stage"}
    return state or passive


def framed(token: Token) -> bool:
    """"amid the withdrawal of US troops", "since the standoff began": a definite action set as the background of
    the sentence's news ("in the face of the Taliban advance": the parser gives "the" to the owner's name); an action
    that another follows is that one's background ("The exercises follow rapid Taliban advances", "followed weeks of
    shelling")."""
    followed = quantified(token)  # "followed weeks of shelling"
    if token.pos_ == "NOUN" and followed.dep_ == "dobj" and followed.head.lemma_ in ("follow", "precede") and \
            any(c.dep_ == "nsubj" and trigger_kind(c) for c in followed.head.children):
        return True
    if since_owned(token):
        return True
    if token.pos_ != "NOUN" or not (is_definite(token) or any(c.dep_ == "compound" and c.pos_ == "PROPN" and
                                                              is_definite(c) for c in token.children)):
        return False
    if token.dep_ == "pobj" and token.head.lower_ in FRAMING:
        return not (token.head.lower_ == "on" and agreed(token))  # "agreed on a ceasefire and on the withdrawal"
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in FRAME_NOUNS and \
            token.head.head.dep_ == "pobj":
        return True  # "as the army disintegrated in the face of the Taliban advance", "in the wake of the attack"
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in SPANS_OF_TIME and \
            token.head.head.dep_ == "pobj" and token.head.head.head.lower_ == "within":
        return True  # "prices had begun to rise within hours of the Taliban takeover"
    clause = token.head
    return token.dep_ == "nsubj" and clause.dep_ == "advcl" and \
        any(c.dep_ == "mark" and c.lower_ in FRAMING | {"as", "when", "while", "until"} for c in clause.children)


def since_owned(token: Token) -> bool:
    """"the first deal since the Taliban's takeover", "since Russia's invasion": an owned action a time is counted
    from is the known event the news is dated by (not "in Pakistan's strikes", "after Iran's strikes", often news;
    nor "since Monday's strikes", "since Pakistan's strikes on Monday": a day is no owner, and this week's is news)."""
    return token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ == "since" and \
        any(c.dep_ == "poss" for c in token.children) and not any(t.lower_ in RECENT_DAYS for t in token.subtree)


def agentless_confidence(trigger: Token) -> float:
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
    if violent_course(trigger) or trigger.lemma_ == "fall":  # "fighting raged", "Kunduz city had fallen"
        return REPORTED_EVENT_CONFIDENCE
    if trigger_kind(trigger) in ("Attack", "Other") and with_casualties(trigger):
        return REPORTED_EVENT_CONFIDENCE  # "two days of fighting … in which at least 24 people were killed"
    if trigger.dep_ in ("pobj", "pcomp") and head.lower_ == "by" and head.dep_ == "agent" and not is_definite(trigger):
        return REPORTED_EVENT_CONFIDENCE  # "killed by shelling" (not "houses damaged by the shelling")
    if trigger.pos_ == "NOUN":
        reported = trigger.dep_ in ("nsubjpass", "dobj") and head.lemma_ in EVENT_VERBS and \
            not any(c.dep_ == "nsubj" for c in head.children)
        topic = trigger.dep_ in ("nsubj", "nsubjpass") and head.lemma_ in EVENT_COURSE and \
            (head.dep_ == "ROOT" or head.dep_ == "ccomp" and head.head.dep_ == "ROOT")  # "… told that shells landed"
        existential = trigger.dep_ == "attr" and head.lemma_ == "be" and \
            any(c.dep_ == "expl" and c.i < head.i for c in head.children)  # not "Is there a build-up?"
        ensued = trigger.dep_ == "nsubj" and head.lemma_ in ("follow", "ensue") and not is_definite(trigger) and \
            not any(c.dep_ == "dobj" for c in head.children)  # "An exchange of fire follows." (not "follows the talks")
        if reported or topic or existential or ensued:  # "There was an exchange of fire at Torkham"
            return REPORTED_EVENT_CONFIDENCE
    return NO_AGENT_CONFIDENCE


def with_casualties(trigger: Token) -> bool:
    """The sentence of a violent event counts its dead or wounded: the event is news, not background."""
    return any(t.lemma_.lower() in CASUALTIES for t in trigger.sent)


def named_past_event(trigger: Token) -> bool:
    """"the September 11 attacks", "the 2008 Mumbai attacks": a named or long-past event the article recalls
    (not "the October 8 suicide bombing", this article's news)."""
    return trigger.pos_ == "NOUN" and (trigger.ent_type_ == "EVENT" or any(
        c.ent_type_ == "EVENT" or re.fullmatch(r"(?:19|20)\d\d", c.text)
        for c in trigger.children if c.dep_ in ("nmod", "compound", "nummod")))


def announced_move(trigger: Token, kind: str) -> bool:
    """"The alliance said it was sending troops", "Moscow says it is deploying jets": a move under way that its
    agent announces is announced, the same fact as "will dispatch a force" (not the move's arrival)."""
    progressive = trigger.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in trigger.children)
    return kind in MOVEMENTS and progressive and trigger.dep_ == "ccomp" and \
        trigger.head.lemma_ in ("say", "announce", "state", "tell")


def in_purpose_clause(token: Token) -> bool:
    """"… to take part in the exercise": the token hangs in an infinitive clause of purpose."""
    return any(a.pos_ == "VERB" and a.dep_ in ("advcl", "acl") and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                          for c in a.children)
               for a in list(token.ancestors)[:4])


def foreground(found: dict[tuple, MilitaryAction]) -> list[MilitaryAction]:
    """An agentless mention beside a named action is background; agentless triggers of one sentence ("mortar shells
    fired during fighting landed near a post") tell one event, the one read most surely."""
    named = [action for action in found.values() if action.actor]
    agentless = [action for action in found.values() if not action.actor]
    return named or sorted(agentless, key=lambda action: -action.confidence)[:1]


def without_background(actions: list[MilitaryAction], triggers: dict[int, Token]) -> list[MilitaryAction]:
    """"Troops began pulling out of Kazakhstan, a week after they were deployed": an agent's action in a clause
    that dates its news ("after", "since" …) is the background of its action in the main clause, read before;
    not a capture of other ground ("captured Panjshir, weeks after seizing Kabul": two captures)."""
    main = [a for a in actions if a.actor and not in_time_clause(triggers[id(a)])]
    foreground = {a.actor for a in main}
    taken = {(a.actor, a.place) for a in main if a.kind == "Capture"}
    return [a for a in actions if not (a.actor in foreground and in_time_clause(triggers[id(a)])) or
            a.kind == "Capture" and a.place and (a.actor, a.place) not in taken]


def without_advance(actions: list[MilitaryAction], triggers: dict[int, Token]) -> list[MilitaryAction]:
    """"Russian forces were advancing along the front line and had taken two more villages": an advance told with the
    ground it took, by the same agent in one clause pair, is the course of that capture (not "advanced on Kabul while
    the Taliban took Herat": another agent)."""
    captures = [triggers[id(a)] for a in actions if a.kind == "Capture" and a.actor]
    takers = {a.actor for a in actions if a.kind == "Capture"}
    return [a for a in actions if not (a.actor in takers and triggers[id(a)].lemma_ == "advance" and
                                       any(_joined(triggers[id(a)], c) for c in captures))]


def _joined(one: Token, other: Token) -> bool:
    """Two verbs coordinated, one the other's conjunct ("were advancing … and had taken")."""
    return one.pos_ == other.pos_ == "VERB" and (one.dep_ == "conj" and one.head == other or
                                                 other.dep_ == "conj" and other.head == one)


def in_time_clause(trigger: Token) -> bool:
    """The trigger's clause is an adverbial clause of time ("after they were deployed", "since it seized …")."""
    clause = trigger if trigger.pos_ == "VERB" else trigger.head
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("after", "since", "before", "until", "once")
                                          for c in clause.children)


def continues_course(token: Token) -> bool:
    """"The drills will run until Saturday", "The strike took place in Nangarhar": a definite action noun whose
    course the sentence reports."""
    new = any(c.lower_ in OTHER_OCCASION or c.dep_ == "appos" for c in token.children)
    return token.pos_ == "NOUN" and token.dep_ == "nsubj" and token.head.lemma_ in COURSE_VERBS and \
        any(c.dep_ == "det" and c.lower_ in ("the", "those", "these", "this") for c in token.children) and not new


def holds_ground(trigger: Token) -> bool:
    """"have seized 85 districts … and now control long stretches of the border": holding ground, told in the
    present beside the capture, is a fact of its own."""
    return trigger.lemma_ == "control" and trigger.pos_ == "VERB" and trigger.dep_ == "conj" and \
        (trigger.tag_ in ("VBP", "VBZ") or any(c.lower_ == "now" for c in trigger.children))


def reacted_to(token: Token) -> bool:
    """"Washington condemned the Iranian strikes", "said the two sides had verified the pullback": a definite action
    others react to, which the text may or may not have told before."""
    return token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.lemma_ in REACTIONS and \
        (is_definite(token) or any(c.dep_ == "poss" for c in token.children))


def talked_about(token: Token) -> bool:
    """"faced criticism over the deployment of Armenian troops", "to speak about the withdrawal of US troops": an
    action named as what is talked about, which the text may be the first to report."""
    return token.dep_ == "pobj" and token.head.lower_ in ("over", "about")


def discussed(token: Token) -> bool:
    """"they discussed cooperation and the upcoming joint exercises of X and Y": an action as a topic of talks."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token.dep_ == "dobj" and token.head.lemma_ in ("discuss", "review", "consider")


def own_account(trigger: Token) -> bool:
    """"Islamabad said it had targeted hideouts": an agent's report, in the past perfect, of what "it" had done (not
    what it had "also" done)."""
    return trigger.pos_ == "VERB" and trigger.dep_ == "ccomp" and trigger.head.lemma_ in REPORTING and \
        any(c.dep_ == "nsubj" and c.lower_ in ("it", "they") for c in trigger.children) and \
        any(c.dep_ == "aux" and c.lower_ == "had" for c in trigger.children) and \
        not any(c.lower_ in ("also", "further", "again") for c in trigger.children)
