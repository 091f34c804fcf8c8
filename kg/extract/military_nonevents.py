"""Non-events: military actions the text negates, denies, stops, supposes or only intends.

"Russia has no plans to send troops", "ruled out sending soldiers", "could attack", "the right to hold
exercises", "is not willing to fight": the trigger word is there, the action did not happen and is not
announced, so the reader leaves it out (a wrong fact is worse than a missing one). Each predicate takes the
trigger token and reads only its parse.
"""
from __future__ import annotations

from spacy.tokens import Token

from .military_words import TRIGGERS
from .tokens import prepositional_objects

HYPOTHETICAL = frozenset({"if", "could", "may", "might", "would", "can", "should", "threat", "threaten", "fear",
                          "possible", "once", "unless"})  # "once foreign forces are fully withdrawn": a future condition
INTENDED = frozenset({"prepare", "intend", "want", "expect", "hope", "seek", "aim", "urge", "ask",
                      "request",  # not "trying to capture": fighting for it
                      "willing", "unwilling", "ready", "able", "unable", "eager", "prepared", "determined"})
# "demanded that Russia withdraw its troops", "insisted that the army pull back": an action asked for.
DEMANDING = frozenset({"demand", "insist", "urge", "recommend", "propose", "require"})
# "the main risk is not a Taliban offensive": an action named as what may come.
RISKS = frozenset({"threat", "fear", "risk", "possibility", "danger", "prospect"})
HELD = frozenset({"hold", "conduct", "stage", "happen", "occur", "begin", "start", "launch"})
ATTEMPTS = frozenset({"try", "attempt", "seek", "begin", "start", "continue", "manage"})  # "could try to infiltrate"


def hypothetical(token: Token) -> bool:
    """"could attack", "if they capture", "the threat of an attack", "Pakistani forces might carry out strikes",
    "a Russian deployment would be highly unlikely", "future exercises", "no plans for units to operate":
    not an action that happened or is planned."""
    verbs = [token] + ([token.head] if token.pos_ == "NOUN" and token.dep_ in ("nsubj", "dobj", "nsubjpass") else [])
    verbs += _attempted_by(verbs[-1])  # "militants could try to infiltrate": the modal is on the attempt
    if any(c.dep_ in ("aux", "mark") and c.lower_ in HYPOTHETICAL and not reported_future(c) for v in verbs
           for c in v.children):
        return True
    if any(t.lower_ in ("future", "possible", "potential", "hypothetical", "pending", "proposed", "imminent")
           for c in token.lefts for t in c.subtree):  # also "the pending disengagement at Hill 12": not yet done
        return True
    if any(verb.head.lemma_ in INTENDED and (verb.dep_ == "xcomp" or verb.dep_ == "ccomp" and _infinitive(verb))
           for verb in governing_verbs(token)):
        return True  # "reports that troops were preparing to enter", "wants the army to keep militants away"
    if any(verb.dep_ == "ccomp" and (verb.tag_ == "VB" and verb.head.lemma_ in INTENDED | DEMANDING or
                                     verb.tag_ == "VBP" and verb.head.lemma_ in DEMANDING)  # the model's tag for it
           for verb in governing_verbs(token)):
        return True  # "voted to demand that Russia immediately withdraw its troops": what is demanded, subjunctive
    if any(verb.dep_ in ("acl", "relcl") and verb.head.lemma_.lower() in CAPACITIES or verb.dep_ == "xcomp" and
           any(c.dep_ == "attr" and c.lemma_.lower() in CAPACITIES for c in verb.head.children)
           for verb in governing_verbs(token)):
        return True  # "the sovereign right to hold exercises", "it is their right to hold", "capabilities to strike"
    if any(c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children) for c in token.children):
        return True  # "to strike militants in Afghanistan if needed"
    if any(g.dep_ == "det" and g.lower_ == "any" for p in prepositional_objects(token, ("to", "against"))
           for g in p.children) and \
            not _told_as_past(token):
        return True  # "would respond decisively to any threat", "will retaliate against any aggression": a warning
    if token.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "any" for c in token.children):
        return True  # "disagreed with any new Turkish military operation", "ruled out any deployment"
    if licensed_fire(token):
        return True  # "ordered troops to shoot to kill without warning": a rule of engagement, no shooting told
    if _scripted(token):
        return True  # "According to the scenario, the troops repelled an incursion": the drill's story, not news
    if _general_truth(token):
        return True  # "Peskov told reporters that Russia moves troops on its own territory as it sees fit"
    if asked(token):
        return True  # "Will the army deploy special forces to the border?": the action asked about
    if trend(token):
        return True  # "Pakistan faces rising attacks by the Pakistani Taliban": a trend, no event
    if accidental(token):
        return True  # "a missile had been accidentally fired during maintenance": a mishap, aimed at no one
    if plotted(token):
        return True  # "bases used to plan attacks on Sistan": attacks plotted, none told done
    if token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.lemma_ in WANTING:
        return True  # "Russia also wants joint drills": an action wanted, not one held
    if token.dep_ == "attr" and any(c.dep_ == "nsubj" and c.lemma_.lower() in RISKS for c in token.head.children):
        return True  # "the main risk for Tajikistan is a Taliban offensive"
    return token.dep_ == "pobj" and token.head.head.lemma_ in RISKS


ACCIDENTAL = frozenset({"accidentally", "inadvertently", "accidental", "inadvertent", "unintended", "unintentional",
                        "unintentionally"})


def accidental(token: Token) -> bool:
    """"a missile had been accidentally fired", "the accidental launch of a missile", "inadvertently fired": a shot
    set off by mistake is a mishap, not an attack (not "mistakenly shot down an airliner", fire aimed at a target
    misjudged)."""
    return any(c.dep_ in ("advmod", "amod") and c.lower_ in ACCIDENTAL for c in token.children)


# "rising attacks", "a growing number of incursions": how often actions happen, not one that happened.
TRENDS = frozenset({"rising", "growing", "increasing", "mounting", "escalating", "intensifying", "surging",
                    "frequent", "recurring", "recurrent", "persistent", "sporadic", "periodic", "regular", "incessant"})
GROWTH = frozenset({"surge", "rise", "increase", "spike", "uptick", "upsurge", "jump", "escalation", "growth",
                    "decline", "drop", "fall"})  # "a surge in attacks", "a drop in incursions"


def trend(token: Token) -> bool:
    """"Niger faces rising attacks by Boko Haram", "amid increasing incursions", "a growing number of attacks",
    "strained by a surge in attacks by the TTP": actions told in the plural by how they grow or recur are a trend, not
    an event reported (not "repeated strikes on Kyiv overnight", "heavy attacks")."""
    if token.pos_ != "NOUN" or token.tag_ != "NNS" or agreed(token):
        return False  # "agreed to hold regular joint exercises": drills decided on, planned
    if any(c.dep_ == "amod" and c.lower_ in TRENDS for c in token.children):
        return True
    if token.dep_ != "pobj":
        return False
    counted = token.head.head  # "a growing number of attacks", "a surge in attacks"
    return token.head.lower_ == "of" and counted.lemma_ in ("number", "wave", "series") and \
        any(c.dep_ == "amod" and c.lower_ in TRENDS for c in counted.children) or \
        token.head.lower_ == "in" and counted.lemma_ in GROWTH


# "ordered troops to open fire", "gave security forces the order to shoot", "authorised the army to fire".
LICENSING = frozenset({"order", "authorise", "authorize", "allow", "permit", "instruct", "command", "empower",
                       "permission", "authorisation", "authorization", "instruction"})


def licensed_fire(token: Token) -> bool:
    """"ordered security forces to open fire without warning", "gave troops the order to shoot to kill", "authorised
    the army to fire on armed groups": leave to shoot, given by an order, tells a rule of engagement, not a shooting
    (not "troops opened fire after the order came", "ordered an attack on the town": an attack commanded)."""
    shooting = token.lemma_ in ("shoot", "fire") or token.lemma_ == "open" and \
        any(c.dep_ == "dobj" and c.lemma_ == "fire" for c in token.children)
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    return shooting and infinitive and token.dep_ in ("xcomp", "advcl", "acl", "ccomp") and \
        token.head.lemma_.lower() in LICENSING


def order_carried_out(token: Token) -> bool:
    """"ordered his men to open fire, and they shot dead three protesters", "… and they killed five": a shooting (or a
    killing) told right after leave to fire, joined to the order, is the order carried out; the order is its military
    context."""
    return token.dep_ == "conj" and token.lemma_ in ("shoot", "fire", "open", "kill") and \
        gives_leave_to_fire(token.head)


def gives_leave_to_fire(order: Token) -> bool:
    """"ordered his men to open fire", "gave them the order to shoot": an order that leave to fire hangs from."""
    return order.lemma_.lower() in LICENSING and any(licensed_fire(c) for c in order.children)


WANTING = frozenset({"want", "seek", "wish", "desire", "crave"})  # "wants joint drills", "seeks a pullout"
PLOTTING = frozenset({"plan", "plot", "prepare", "devise"})


def plotted(token: Token) -> bool:
    """"headquarters used to plan attacks against Iran", "cells plotting strikes on the capital": attacks named in the
    bare plural as what is planned or plotted are none told done (not "planned the attack on the school", one told;
    not "is preparing exercises", announced)."""
    return TRIGGERS.get(token.lemma_.lower()) == "Attack" and token.tag_ == "NNS" and token.dep_ == "dobj" and \
        token.head.lemma_ in PLOTTING and not any(c.dep_ in ("det", "poss", "nummod") for c in token.children)


def asked(token: Token) -> bool:
    """"Will the Islamic Emirate deploy forces to protect the railway?", "Did Russia send troops?": the auxiliary
    put before the subject of a clause that ends in a question mark asks whether the action happens; it does not
    report it (an action only named in a question is told: "After the attack in March, does Russia want more?"; so
    is the one a question word asks about: "Why did Russia send troops?")."""
    for verb in governing_verbs(token):
        subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        inverted = subjects and any(c.dep_ in ("aux", "auxpass") and c.i < max(subjects) for c in verb.children)
        wh_word = any(t.tag_ in ("WRB", "WP", "WDT", "WP$") for t in verb.subtree if t.i < verb.i)
        if inverted and not wh_word and verb.doc[verb.right_edge.i].text == "?":
            return True
    return False


def _infinitive(verb: Token) -> bool:
    """"wants the army to keep …": a clause of its own subject and "to", what someone wants done."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


# "According to the scenario", "under the legend of the exercise": what an exercise's script makes happen.
SCRIPTS = frozenset({"scenario", "legend", "script"})


def _scripted(token: Token) -> bool:
    clause = token if token.pos_ in ("VERB", "AUX") else token.head
    for verb in (clause, *clause.ancestors):
        phrases = [g for c in verb.children if c.dep_ == "prep" or c.lower_ == "according"
                   for p in (c, *c.children) for g in p.children if g.dep_ == "pobj"]
        if any(g.lemma_.lower() in SCRIPTS for g in phrases):
            return True
    return False


CAPACITIES = frozenset({"right", "capability", "capacity", "ability", "option", "readiness", "need", "power",
                        "chance", "proposal", "offer", "demand", "call", "request", "desire", "wish"})


def _told_as_past(verb: Token) -> bool:
    """"Kyrgyz border guards responded to any provocation with fire", "had retaliated against any post that fired":
    a verb in the past with no modal tells what was done, not a warning."""
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
    return not modal and (verb.tag_ == "VBD" or verb.tag_ == "VBN" and
                          any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in verb.children))


def _general_truth(verb: Token) -> bool:
    """A present simple kept in speech reported in the past ("told reporters that Russia moves troops where it
    sees fit") states a habit or a principle, not an event: news reported in the past shifts its tense; a state
    of the moment ("said the insurgents now control 24 districts") is news."""
    if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") or c.lower_ in ("now", "currently", "still")
                                               for c in verb.children):
        return False
    clause = verb
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head
    return clause.dep_ == "ccomp" and clause.head.tag_ == "VBD" and \
        clause.head.lemma_ in ("say", "tell", "state", "add", "insist", "stress", "note")


PARTAKING = frozenset({"take", "participate", "engage", "join", "partake"})  # "took part in", "engaged in"


def _attempted_by(verb: Token) -> list[Token]:
    """"could try to infiltrate", "may attempt to seize": the verbs of attempt the action is the complement of."""
    heads = []
    while (verb.dep_ == "xcomp" or _tried_and(verb)) and verb.head.lemma_ in ATTEMPTS and len(heads) < 3:
        verb = verb.head
        heads.append(verb)
    return heads


def _tried_and(verb: Token) -> bool:
    """"could try and capture": an action joined by "and" right after the verb of attempt is its complement."""
    return verb.dep_ == "conj" and verb.i == verb.head.i + 2 and verb.doc[verb.i - 1].lower_ == "and"


def governing_verbs(token: Token) -> list[Token]:
    """The trigger (a verb) or the verb it is the object of, then the verbs it is the complement of ("does not
    want to see a takeover": see, want; "has not decided on sending troops": sending, decided; "forces are not
    willing to fight": fight, willing, are)."""
    verb = token.head if token.pos_ == "NOUN" and token.dep_ in ("dobj", "nsubjpass", "nsubj") else token
    verb = partaken_in(token) or verb
    verbs = [verb]
    while verb.dep_ in ("xcomp", "conj", "pcomp", "acomp") and verb.head != verb and len(verbs) < 4:
        verb = verb.head.head if verb.dep_ == "pcomp" else verb.head  # "had not decided on sending troops"
        verbs.append(verb)
    return verbs


def partaken_in(token: Token) -> Token | None:
    """"would not take part in clashes", "never engaged in the fighting": the verb of taking part in an action."""
    if token.dep_ == "pobj" and token.head.lower_ == "in" and token.head.head.lemma_ in PARTAKING:
        return token.head.head
    return None


def reported_future(aux: Token) -> bool:
    """"Fomin said Russia would send 12 jets", "said the mission was over and that the withdrawal would begin":
    "would" in reported speech is the future, not a condition."""
    verb = aux.head
    conditional = any(c.dep_ == "mark" and c.lower_ == "if" for v in (verb, *verb.children) for c in v.children)
    clause = verb
    while (clause.dep_ == "conj" or contrasted(clause)) and clause.head != clause:  # the second of two reported
        clause = clause.head  # clauses ("said A would pull back, while B would withdraw")
    return aux.lower_ == "would" and clause.dep_ == "ccomp" and verb.lemma_ != "be" and not conditional and \
        clause.head.lemma_ in ("say", "announce", "tell", "state")


def contrasted(clause: Token) -> bool:
    """"A would pull back, while B would withdraw": a clause set beside another, sharing its mood."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("while", "whereas")
                                          for c in clause.children)


def agreed(token: Token) -> bool:
    """"agreed to order their troops to pull back", "agreed on the withdrawal of forces": an action the parties
    agreed on is decided, to be carried out (planned), not supposed."""
    for verb in (a for a in token.ancestors if a.pos_ in ("VERB", "AUX")):
        if verb.lemma_ == "agree":
            return True
        if verb.dep_ not in ("xcomp", "advcl") or not any(c.lower_ == "to" for c in verb.children):
            return False  # only through infinitives ("agreed to order troops to pull back")
    return False


# "ruled out sending troops", "denied the deployment": the action is denied, not reported.
DENYING = frozenset({"deny", "reject", "exclude", "dismiss", "refute"})


def _denied(token: Token) -> bool:
    head = token.head
    if token.dep_ not in ("dobj", "xcomp", "pcomp", "ccomp") or head.pos_ != "VERB":
        return False
    ruled_out = head.lemma_ == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in head.children)
    return ruled_out or head.lemma_ in DENYING


def negated(token: Token) -> bool:
    if _denied(token) or any(verb.dep_ == "ccomp" and verb.head.lemma_ in DENYING for verb in governing_verbs(token)):
        return True  # also "denied that it plans to invade", "denied that it was planning an invasion"
    if _stopped(token) or _reported_and_denied(token):
        return True
    if token.dep_ == "acl" and any(c.lower_ == "no" for c in token.head.children):
        return True  # "Russia had no plans to send troops"
    if token.dep_ == "pcomp" and token.head.lower_ == "of" and any(c.lower_ == "no" for c in token.head.head.children):
        return True  # "Russia had no intention of sending its troops"
    if any(g.dep_ == "det" and g.lower_ == "no" for c in token.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")
           for g in c.children):
        return True  # "had placed no additional troops on alert", "no troops were sent", "no district had fallen"
    if any(_none_of(c) for c in token.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")):
        return True  # "Not a single civilian site was hit", "not one soldier was deployed"
    if token.dep_ in ("pobj", "pcomp") and token.head.lower_ == "without":
        return True  # "the capital fell without a battle", "withdrew without firing a shot"
    if _not_held(token) or _failed(token):
        return True
    verbs = [token] + [v for v in [partaken_in(token)] if v is not None]
    return any(c.dep_ == "neg" or c.lower_ in ("no", "never") for v in verbs for c in v.children) or \
        any(c.dep_ == "neg" for c in token.head.children if token.dep_ in ("dobj", "xcomp", "attr")) or \
        any(c.dep_ == "neg" for verb in governing_verbs(token)[1:] for c in verb.children)


def _not_held(noun: Token) -> bool:
    """"The exercise, which troops took part in last year, will not be held", "the drills did not take place": an
    action whose holding is negated (not "the attack did not kill anyone", "the offensive did not take the city", "did
    not go as planned": told, with what it did not do)."""
    verb = noun.head
    held = verb.lemma_ in HELD or verb.lemma_ == "take" and any(c.dep_ == "dobj" and c.lower_ == "place"
                                                               for c in verb.children)
    return noun.pos_ == "NOUN" and noun.dep_ in ("nsubj", "nsubjpass") and held and \
        any(c.dep_ == "neg" for c in verb.children)


NOT_DONE = frozenset({"fail", "refuse", "decline"})


def _failed(verb: Token) -> bool:
    """"tried and failed to capture the valley", "refused to send soldiers", "declined to withdraw": an action that
    did not come off, or was turned down."""
    return any(v.dep_ == "xcomp" and v.head.lemma_ in NOT_DONE for v in governing_verbs(verb))


def _none_of(noun: Token) -> bool:
    """"not a single civilian site", "not one soldier": a noun counted as none (not "not only troops but …")."""
    doc = noun.doc
    return any(t.dep_ == "neg" and t.i + 1 < noun.i and doc[t.i + 1].lower_ in ("a", "one", "single", "any")
               for t in noun.subtree if t.i < noun.i)


STOPPING = frozenset({"halt", "stop", "end", "cease", "suspend", "prevent", "avert"})
# "prevented the PLA from transgressing", "refrained from attacking": what one is kept from, or keeps from, is undone.
KEPT_FROM = STOPPING | frozenset({"block", "bar", "deter", "keep", "restrain", "dissuade", "prohibit", "ban", "forbid",
                                  "discourage", "refrain", "abstain", "desist"})
CLAIM_NOUNS = frozenset({"report", "claim", "allegation", "rumour", "rumor", "suggestion"})


def _stopped(token: Token) -> bool:
    """"called on the Taliban to halt attacks", "to prevent an offensive", "prevented the PLA from transgressing": an
    action to be stopped."""
    kept_from = token.dep_ == "pcomp" and token.head.lower_ == "from" and token.head.head.lemma_ in KEPT_FROM
    return kept_from or token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.lemma_ in STOPPING


def _reported_and_denied(token: Token) -> bool:
    """"rejected reports that Pakistan was planning to deploy troops", "denied reports that troops had been
    sent": an action inside a report that is denied."""
    for ancestor in token.ancestors:
        if ancestor.lemma_.lower() in CLAIM_NOUNS and ancestor.pos_ == "NOUN":
            return ancestor.dep_ == "dobj" and (ancestor.head.lemma_ in DENYING or
                                                ancestor.head.lemma_ == "rule" and
                                                any(c.lower_ == "out" for c in ancestor.head.children))
    return False
