"""Which words report a military action, and of which kind: the trigger and the words around it.

"massed 100,000 troops" is a deployment, "took six districts" a capture, "fired on a border post" an attack;
"the armies reached an agreement", "the president fired his minister", "evacuated 550 people" are not.
Pure functions over spaCy tokens; the vocabulary lives in ``military_words.py``.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .meeting_syntax import between
from .military_words import (
    ACCUSING, ADVANCING, AIMED, ARMED_GROUPS, ARMED_MEMBERS, ARMED_MODES, ARMED_TARGET_WORDS, ARMS_IN_WAR, ARMS_USED,
    ATTACKER_NOUNS, BLASTS, BUILDING, CALLS_UP, CAMPAIGNS_IN_WORDS, CASUALTIES, CIVIL_BODIES, CIVIL_CROWDS, CIVIL_TEAMS,
    COMMANDERS, CONFRONTATIONS, COUNTERED_FORCE, CRAFT, CUSTODY, DISABLING, DISPATCHES, DOING, DUTIES, DUTY_NOUNS,
    ESCALATING, FIRED_UNITS, FORCES, FORCES_LEAVE, FORCE_NAMES, FORCE_VERBS, FORMATION_WORDS, FRONTIERS, GIVING,
    GROUND_MOVES, GUARDED_SITES, GUARD_DUTIES, HOLDING, HYPHENATED, INSTALLATIONS, KILLING, LOCATIVES, LOSSES,
    MILITARY_CONTEXT, MOVES_FORCES, MUNITIONS, NAMING, NATURAL_CAUSES, NEEDS_CONTEXT, NOT_PEOPLE, OPERATION_WORDS,
    PATROL_WORDS, PEOPLE, PERCEIVED, PHRASAL, POLICE, POSTS, PRACTICE, PRECISE_MODES, READINESS_CHECKS, REHEARSING,
    RELIEF_WORDS, RELINQUISHING, RESERVES, RESPONDING, RESPONSES, SETTING_OFF, SHARES, SHOWS, SITE_MODIFIERS,
    SITE_NOUNS, SLAIN, SOLDIERLY, SPACEFLIGHT, STRUCK_IN_IDIOMS, STRUCK_TARGETS, TAKEN_IN_IDIOMS, TERRITORY, TESTS,
    TOWARDS, TRIGGERS, UNARMED_OPPONENTS, UNNAMED_ATTACKERS, WARPLANES, WITHDRAWN_WORDS, WORDS_ANSWERED)
from .military_agents import antecedent, names_forces, owned, quantified
from .military_nonevents import gives_leave_to_fire
from .sentences import Sentence
from .tokens import prepositional_objects


def trigger_kind(token: Token) -> str | None:
    lemma, pos = token.lemma_, token.pos_  # read once: each read of a spaCy attribute makes a new string
    if lemma in ("station", "storm") and pos != "VERB":
        return None  # "told the radio station", "a police station", "the storm hit the coast": forces are stationed,
        # troops storm a building (verbs)
    if lemma == "strike" and any(c.dep_ == "dobj" and c.lemma_.lower() in STRUCK_IN_IDIOMS for c in token.children):
        return None  # "Turkish troops struck a deal with local elders": an idiom, no blow
    if lemma == "hand" and any(c.dep_ == "dobj" and c.lemma_.lower() in DUTIES for c in token.children):
        return None  # "handed over security of the capital to the army": a duty passed on, not ground taken
    if lemma == "hand" and any(c.dep_ in ("dobj", "nsubjpass") and people_taken(c) for c in token.children):
        return None  # "the soldiers were handed over to Afghan authorities at the bridge": people given up, not ground
    if lemma == "control" and control_given_up(token):
        return "Capture" if given_up_to(token) else None  # "the Taliban gave up control of Torkham", "lost control of
        # the district": ground given up; "lost control of the district to IS fighters": ground they took
    if lemma == "take" and guard_of_no_ground(token):
        return None  # "took over the security of Chinese engineers": persons guarded, no ground
    if lemma == "enter" and any(c.dep_ == "nsubj" and c.lemma_.lower() in PEOPLE for c in token.children):
        return None  # "98,000 Russian citizens had entered the country": people crossing, no ground taken
    if lemma == "withdraw" and any(c.dep_ == "dobj" and c.lemma_.lower() in WITHDRAWN_WORDS for c in token.children):
        return None  # "the group later withdrew the claim": words or envoys taken back, no forces
    if _warning_shots(token) or any(c.dep_ == "dobj" and _warning_shots(c) for c in token.children):
        return None  # "had only fired warning shots": a warning, no attack
    if lemma == "take" and taken_in_idiom(token):
        return None  # "the attack took the lives of twelve soldiers", "took the two countries to the brink of war"
    if lemma == "take" and any(c.lower_ == "back" for c in token.children) and \
            any(c.dep_ == "dobj" and c.lower_ in ("it", "them") for c in token.children):
        return "Capture"  # "Afghan forces took it back": retaken, if "it" is ground (the parser makes "back" an adverb)
    if lemma in ("fire", "launch") and ((hyphenated(token) or "").startswith("test-") or fired_in_test(token)):
        return None  # "India test-fired an Agni-5 missile", "fired two missiles during a test": a weapon tested
    if lemma in ("roll", "ride", "sweep", "move") and into_position(token):
        return "Deployment"  # "tanks rolled into position along the LoC": forces moved up, no ground taken
    if lemma == "hand" and handed_to_civilians(token):
        return None  # "handed over Bagram to Chinese engineers": a site given to workers, not ground taken by arms
    for (verb, particle), kind in PHRASAL.items():
        if lemma == verb and any(c.lower_ == particle for c in token.children):
            return kind
    if lemma == "take" and any(c.lower_ == "out" for c in token.children):
        return None  # "our country is taken out of the quagmire of war"
    if lemma == "take" and any(g.lower_ == "account" for c in token.children if c.lower_ == "into"
                               for g in c.children):
        return None  # "to take into account the interests of all political forces": an idiom
    if lemma == "take" and any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children):
        return "Deployment" if any(c.dep_ == "dobj" and c.lemma_.lower() == "position" for c in token.children) \
            else None  # "troops took up positions along the ridge": not a capture of the positions
    if lemma == "send" and sends_soldiers_back(token):
        return None  # "Tashkent has sent back 80 Afghan soldiers who fled across the river": a handover, no deployment
    if pos == "VERB" and lemma in MOVES_FORCES and with_forces(token, ("dobj", "nsubjpass")):
        return MOVES_FORCES[lemma]
    if pos == "VERB" and lemma == "return" and \
            any(c.dep_ == "dobj" and c.lower_ in ("fire", "fires") for c in token.children):
        return "Attack"  # "the border guards returned fire": they fired back, they did not go home
    if pos == "VERB" and lemma in FORCES_LEAVE and \
            (with_forces(token, ("nsubj",)) or leads_forces(token)) and \
            (lemma not in GROUND_MOVES or ground_object(token)):
        return FORCES_LEAVE[lemma]  # not "the armies reached an agreement", "abandoned the plan"
    if pos == "VERB" and lemma in ("guard", "man", "patrol") and guarded_by_forces(token):
        return "Deployment"  # "the airport was being guarded jointly with CSTO troops", "posts manned by paratroopers"
    if pos == "VERB" and lemma in PERCEIVED and with_forces(token, ("nsubjpass",)) and \
            not any(c.dep_ in ("xcomp", "advcl") and named_in_phrase(c) for c in token.children):
        return "Deployment"  # "Trains carrying Russian armoured vehicles were seen in the Gomel region"
    if pos == "VERB" and lemma == "fall" and falls(token):
        return "Capture"
    if lemma == "be" and with_forces(token, ("nsubj",)) and any(
            g.lemma_ == "ground" for c in token.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children):
        return "Deployment"  # "about 2,500 U.S. troops were on the ground"
    if pos == "VERB" and lemma == "base" and based_on_no_ground(token):
        return None  # "the decision was based on troops' reports": founded on, not posted at
    if pos == "VERB" and lemma == "fire" and fires_weapons(token):
        return "Attack"
    if lemma == "fire" and present_misread(token):
        return "Attack"  # a timeline's "the IRGC fires missiles at …", which the parser reads as a noun compound
    if pos == "VERB" and lemma == "exercise" and any(c.dep_ in ("dobj", "nsubjpass") for c in token.children):
        return None  # "India had exercised its right to respond", "urged both sides to exercise restraint": a right or
        # a virtue used, not drills (which are held, or exercise without an object: "troops exercised near Termez")
    if pos == "VERB" and lemma == "use" and arms_used_against(token):
        return "Attack"  # "Tajik forces used tanks and drones against Kyrgyz villages"
    if pos == "NOUN" and lemma == "clash" and (_of_no_one(token) or _between_crowds(token)):
        return None  # "a clash of cultures", "clashes of opinion at the meeting", "clashes between fans": no fight
    if pos == "NOUN" and lemma in ("battle", "fight", "war", "struggle") and _with_no_arms(token):
        return None  # "a long battle with the courts", "his fight with cancer": no armed opponent
    if pos == "NOUN" and lemma == "exchange" and \
            any(g.lower_ == "fire" for c in token.children if c.lower_ == "of" for g in c.children):
        return "Attack"  # "killed in an exchange of fire"
    kind = named_in_phrase(token) or TRIGGERS.get(lemma.lower()) or TRIGGERS.get(token.lower_) or \
        HYPHENATED.get(hyphenated(token) or "")
    if kind is None or pos not in ("VERB", "NOUN") and not nominal(token) or \
            token.dep_ in ("compound", "oprd", "acomp") and named_as_done(token) is None:
        return None  # "attack aircraft", "called the remark offensive": a modifier or a quality, not an action
    if pos == "NOUN" and token.dep_ == "dobj" and token.head.lemma_ in REHEARSING and kind != "Exercise":
        return None  # "soldiers practised counter-terrorism operations": the drill's content, not an operation
    if purpose_of_action(token) or purpose_noun(token):
        return None  # "called up 20,000 reservists to reinforce its border": the purpose of the mobilisation
    if kind == "Attack" and pos != "VERB" and in_words(token):
        return None  # "China launched a charm offensive in Central Asia"
    if lemma.lower() in ("invade", "invasion") and not invades_ground(token):
        return None  # "Chinese consumer goods have invaded Kyrgyz markets"
    if lemma == "division" and not military_division(token) or \
            lemma in ("evacuate", "evacuation") and moves_people(token):
        return None  # "the Pakistan-Afghanistan-Iran division of the ministry", "evacuated 550 people"
    if lemma in ("deploy", "deployment", "redeploy", "redeployment") and deploys_civilians(token):
        return None  # "a technical team had been deployed to the embassy": civil work, no forces posted
    return kind


def _warning_shots(token: Token) -> bool:
    return token.lemma_ == "shot" and any(c.lower_ == "warning" for c in token.children)


def sends_soldiers_back(verb: Token) -> bool:
    """"has sent back more than 80 Afghan soldiers", "sent home 150 Afghan troops": soldiers of a state its nationality
    names, sent back or home by another, are handed over (deserters, or men who fled across the border), not deployed
    (not "sent troops back to the border", "sent its soldiers back into the town")."""
    if not any(c.lower_ in ("back", "home") and c.dep_ in ("prt", "advmod") for c in verb.children):
        return False
    soldiers = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in FORCE_NAMES]
    return any(m.dep_ in ("amod", "compound") and m.ent_type_ == "NORP" for s in soldiers for m in s.children)


def control_given_up(control: Token) -> bool:
    """"gave up control of Torkham", "lost control of the district", "ceded control": control the subject gives up or
    loses is no ground it takes (who takes it, if said, is told by its own verb)."""
    verb = control.head
    given_up = verb.lemma_ == "give" and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
    return control.dep_ in ("dobj", "nsubjpass") and (given_up or verb.lemma_ in RELINQUISHING)


def fired_in_test(fire: Token) -> bool:
    """"fired two missiles into the sea during a test", "in a test-firing", "during a test launch", "as part of a test
    of its air defences": a weapon fired in a test is tested, fired at no one (not "fired on Indian posts during the
    Test match", "during a test of wills", "in a testing time for the army")."""
    held_in = prepositional_objects(fire, ("during", "in"))
    held_in += [g for p in prepositional_objects(fire, "as") if p.lemma_ == "part"
                for g in prepositional_objects(p, "of")]
    return any(_a_test(t) and all(armament(g) or g.lemma_.lower() in ("system", "weapon", "defence", "defense")
                                  for g in prepositional_objects(t, "of")) for t in held_in)


def _a_test(noun: Token) -> bool:
    """"a test", "a trial", "a test-firing", "a test launch": a test, or a firing named as one."""
    if noun.pos_ == "PROPN":
        return False  # "the Lahore Test": a cricket match
    named_test = any(c.dep_ in ("compound", "npadvmod") and c.lower_ == "test" for c in noun.children)
    return noun.lemma_.lower() in TESTS or hyphenated(noun) in TESTS or \
        named_test and noun.lemma_.lower() in ("fire", "firing", "launch", "flight")


def given_up_to(control: Token) -> list[Token]:
    """"lost control of the district to Islamic State fighters", "ceded control of Kunduz to the Taliban": control given
    up to forces, an armed group or a name is theirs, taken (not "lost control of the company to its creditors"); the
    parser may hang "to" on the ground ("control of the crossing | to Taliban fighters"), where a name would be a
    destination ("control of the road to Kabul") and only forces are read."""
    if control.lemma_ != "control" or not control_given_up(control):
        return []
    return [r for r in prepositional_objects(control.head, "to") if r.pos_ == "PROPN" or armed_men(r)] + \
        [r for g in prepositional_objects(control, "of") for r in prepositional_objects(g, "to") if armed_men(r)]


def armed_men(noun: Token) -> bool:
    """"Taliban fighters", "the army", "militants", "gunmen": forces or armed men, by their noun."""
    return names_forces(noun) or noun.lower_ in ARMED_GROUPS or noun.lemma_.lower() in UNNAMED_ATTACKERS | ARMED_MEMBERS


def post_of_forces(post: Token, trigger: Token) -> bool:
    """"Tajik border troops handed over the post to Taliban fighters", "the post was overrun by militants": a bare
    "post" that forces or armed men give up or take is one they man, ground (not "the general took the post himself",
    "handed over the post to his successor", "the post of army chief": an office)."""
    if post.lemma_.lower() != "post" or prepositional_objects(post, "of"):
        return False
    hands = [c for c in trigger.children if c.dep_ == "nsubj"]
    hands += [g for c in trigger.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(armed_men(h) for h in hands + prepositional_objects(trigger, "to"))


def into_position(verb: Token) -> bool:
    """"rolled into position", "moved into positions near the border": forces brought to where they will fight."""
    return any(g.lemma_.lower() == "position" for g in prepositional_objects(verb, "into"))


def craft(noun: Token) -> bool:
    """"a frigate", "the corvette Babur", "two Mi-17 helicopters": a ship or a vehicle, by its noun or the one its
    name is compounded with."""
    return any(t.lemma_.lower() in CRAFT for t in (noun, *noun.children) if t is noun or t.dep_ == "compound")


def raised_subject(passive: Token) -> list[Token]:
    """"a second frigate is due to be handed over", "the town was expected to be retaken": what a passive infinitive
    is done to is the subject of the clause it completes, when that names it (not "which", "it": read as before)."""
    if passive.dep_ != "xcomp" or not any(c.dep_ == "auxpass" for c in passive.children):
        return []
    clause = passive.head
    while clause.dep_ in ("xcomp", "acomp") and clause.head is not clause:
        clause = clause.head
    return [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")]


def name_taken_by_forces(taken: Token, verb: Token) -> bool:
    """"Ukrainian forces have retaken Izium", "Vuhledar was captured by Russian troops": a name forces take, which the
    model tagged as no entity (or as a product), is a town too small for it to know (not "captured Lt. Ivanov", a
    person's name, nor "seized Xinhua's office", an organisation's)."""
    if taken.pos_ != "PROPN" or any(t.ent_type_ not in ("", "PRODUCT") for t in taken.subtree):
        return False
    takers = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return with_forces(verb, ("nsubj",)) or any(names_forces(t) or t.lower_ in ARMED_GROUPS for t in takers)


def handed_to_civilians(verb: Token) -> bool:
    """"handed over Bagram to Chinese engineers", "to a private company": ground handed to receivers a common noun
    names that are no forces take no ground (not "to the Taliban", "to Tajik border guards", "to the Afghan army")."""
    receivers = prepositional_objects(verb, "to")
    return bool(receivers) and all(r.pos_ == "NOUN" and not armed_men(r) for r in receivers)


def based_on_no_ground(verb: Token) -> bool:
    """"was based on troops' reports", "based its claim on a map": a thing founded on another, not forces posted on
    ground (not "troops based on the island", "jets based on Saaremaa")."""
    grounds = prepositional_objects(verb, ("on", "upon"))
    return bool(grounds) and not any(t.pos_ == "PROPN" or ground_or_place(t, verb) or t.lower_ in FRONTIERS
                                     or t.lemma_.lower() in ("island", "coast", "ship", "carrier")
                                     for g in grounds for t in (g, *g.children) if t.dep_ != "poss")


def guarded_by_forces(verb: Token) -> bool:
    """"the airport is guarded by Russian paratroopers", "was being guarded jointly with CSTO troops": a passive whose
    "by" or "with" phrase names the forces that hold the site (not "guarded by private security", "with great care")."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    guards = [g for c in verb.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "with"
              for g in c.children if g.dep_ == "pobj"]
    return any(t.lemma_.lower() in FORCE_NAMES or t.lower_ in FORCE_NAMES | ARMED_GROUPS
               for g in guards for t in (g, *g.conjuncts))


def people_taken(taken: Token) -> bool:
    """"the troops", "80 Afghan soldiers and their weapons", "the detainees", "12 militants": people (or forces) handed
    over or captured, who change custody, not ground that changes hands (not "handed over the district", "captured the
    post")."""
    return any(t.lemma_.lower() in FORCE_NAMES | PEOPLE | CUSTODY | ARMED_MEMBERS or t.lower_ in FORCE_NAMES or
               t.ent_type_ == "PERSON" for t in (taken, *taken.conjuncts))


def guard_taken_over(take: Token) -> bool:
    """"took over the protection of the airport", "took over guard duty at the crossing", "the defence of the airport
    was taken over by paratroopers": forces that take on the guard of ground are posted there, not taking it (not
    "took over the city", "took over command of the army")."""
    return any(_guarded_ground(take))


def guard_of_no_ground(take: Token) -> bool:
    """"took over the security of Chinese engineers": the guard of persons taken on posts no forces and takes no
    ground."""
    guarded = _guarded_ground(take)
    return bool(guarded) and not any(guarded)


def _guarded_ground(take: Token) -> list[bool]:
    """For each thing whose guard a "take over" takes on, whether it is ground."""
    if not any(c.lower_ == "over" for c in take.children):
        return []
    duties = [c for c in take.children if c.dep_ in ("dobj", "nsubjpass") and _guard_duty(c)]
    guarded = [g for d in duties for g in prepositional_objects(d, ("of", "at", "for"))]
    guarded += prepositional_objects(take, "at") if duties else []  # "took over guard duty at the crossing"
    return [_is_ground(g, take) for g in guarded]


def _guard_duty(noun: Token) -> bool:
    """"the protection", "security", "guard duty", "security responsibility": a guard, or a duty that is one."""
    lemma = noun.lemma_.lower()
    return lemma in GUARD_DUTIES or lemma in DUTY_NOUNS and \
        any(c.dep_ == "compound" and c.lemma_.lower() in GUARD_DUTIES for c in noun.children)


def _is_ground(noun: Token, trigger: Token) -> bool:
    """A place: a territorial noun or a site, or one named ("Kabul", "the Torkham crossing")."""
    if people_taken(noun) and noun.pos_ != "PROPN":
        return False  # "Chinese mine workers": people, whatever site their compound names (a name may be a place's)
    compounds = [c for c in noun.children if c.dep_ == "compound"]
    compounds += [g for c in compounds for g in c.children if g.dep_ == "compound"]  # "the Pangong lake shore"
    return any(ground_word(t, trigger) or t.lemma_.lower() in GUARDED_SITES or t.pos_ == "PROPN"
               for t in (noun, *compounds))


def in_words(campaign: Token) -> bool:
    """"a charm offensive", "a diplomatic offensive", "a scathing verbal attack": a campaign its modifiers say is
    waged with words or favours."""
    return any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ in CAMPAIGNS_IN_WORDS for c in campaign.children)


def named_as_done(token: Token) -> Token | None:
    """"carried out what it called precision strikes", "launched what it described as an operation", "were captured in
    what he called a retaliatory operation by X": the action named in the agent's own words is the object (or, with
    its own agent, the frame) of the outer verb, which is returned; also when counted ("what it called a series of
    strikes")."""
    token = quantified(token)
    naming = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "as" else token.head
    if token.dep_ not in ("oprd", "pobj") or naming.lemma_ not in NAMING or \
            naming.dep_ not in ("ccomp", "dobj", "pcomp") or \
            not any(c.dep_ == "dobj" and c.lower_ == "what" for c in naming.children):
        return None
    by_agent = any(c.dep_ == "prep" and c.lower_ == "by" for c in token.children)
    if naming.dep_ == "pcomp" and not by_agent:
        return None  # "retook the airport in what officials called an operation": the retaking, told again
    if naming.dep_ != "pcomp" and (by_agent or naming.head.lemma_ not in DOING):
        return None  # "condemned what it called an exercise by the United States": judged, not done
    outer = naming.head.head if naming.dep_ == "pcomp" else naming.head  # "posts captured in what he called …"
    return outer if outer.pos_ == "VERB" else None


def hyphenated(token: Token) -> str | None:
    """"face-off", "build-up": the word the tokenizer split at its hyphen, read from its last part."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text != "-" or doc[token.i - 2].whitespace_ or doc[token.i - 1].whitespace_:
        return None
    return f"{doc[token.i - 2].lower_}-{token.lower_}"


def trigger_word(token: Token) -> str:
    """The word a trigger is listed under: its lemma, or the whole of a hyphenated word."""
    return hyphenated(token) or token.lemma_


def nominal(token: Token) -> bool:
    """"Kyiv launched a counteroffensive", "a face-off took place": a word the tagger read as an adjective, or as
    the particle of a hyphenated word, that stands as a noun in the clause."""
    as_noun = token.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj")
    return as_noun and token.pos_ == "ADJ" or hyphenated(token) is not None and (as_noun or token.dep_ == "conj")


def named_in_phrase(token: Token) -> str | None:
    """Words that name an action only in some phrases: "the call-up of reservists", "a snap check of the combat
    readiness of its forces", "ordered 20,000 reservists to the border", "a joint naval patrol", "Russian and Uzbek
    troops trained at the range", "a counter-terrorism operation", "killed in an encounter with militants",
    "the town was surrounded by Taliban fighters"."""
    lemma, children = token.lemma_.lower(), list(token.children)
    if token.pos_ == "NOUN":
        if token.lower_ == "up" and any(c.lower_ == "call" for c in children) or \
                lemma in READINESS_CHECKS and (_readiness_of_forces({t.lemma_.lower() for t in token.subtree}) or
                                               any(g.lemma_.lower() in RESERVES for g in _of_phrase(token))):
            return "Mobilisation"  # also "ordered a check of 20,000 reservists"
        if lemma in DISPATCHES and any(names_forces(g) or g.lower_ in ARMED_GROUPS for g in _of_phrase(token)):
            return "Deployment"  # "approved the dispatch of 150 troops"
        if lemma == "patrol" and any(c.lower_ == "joint" for c in children) or \
                lemma == "game" and any(c.lower_ == "war" for c in children):
            return "Exercise"  # "a joint naval patrol", "conducted war games"
        if lemma == "patrol" and (any(c.lower_ in PATROL_WORDS for c in token.lefts) or
                                  token.dep_ == "dobj" and token.head.lemma_ in ESCALATING):
            return "Deployment"  # "stepped up combat air patrols" (not "troops on a routine patrol were blocked")
        if lemma in ("operation", "campaign") and _military_operation(lemma, token):
            return "Attack"  # "a counter-terrorism campaign" (not "a counter-disinformation campaign")
        if lemma in RESPONSES and token.dep_ == "dobj" and token.head.lemma_ in GIVING and \
                with_forces(token.head, ("nsubj",)) and named_responder(token.head) and not answers_words(token):
            return "Attack"  # "Pakistani troops gave a befitting response to the aggression"
        if lemma == "encounter" and any(g.lemma_.lower() in UNNAMED_ATTACKERS | FORCES for c in children
                                        if c.lower_ == "with" for g in c.children):
            return "Attack"
        return None
    if token.pos_ != "VERB":
        return None
    if lemma in CALLS_UP and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in RESERVES for c in children):
        return "Mobilisation"
    if lemma == "train" and with_forces(token, ("nsubj",)) and any(
            c.lower_ in ("at", "on", "near", "together", "jointly") for c in children):
        return "Exercise"  # "troops trained at the Termez range", not "soldiers trained in India" (schooling)
    if lemma in ("move", "fly", "head", "go") and any(c.lower_ in ("back", "home") for c in children) and \
            (with_forces(token, ("nsubj",)) or
             token.head.lemma_ in PERCEIVED and with_forces(token.head, ("nsubjpass",))):
        return "Withdrawal"  # "the troops flew home", "the soldiers went back", "armoured vehicles were seen
        # moving back"
    if lemma in ("put", "place") and any(g.lemma_.lower() == "alert" for c in children if c.lower_ == "on"
                                         for g in c.children) and with_forces(token, ("dobj", "nsubjpass")):
        return "Mobilisation"  # "troops along the border had been put on high alert"
    if lemma == "launch" and any(c.dep_ in ("dobj", "nsubjpass") and fired(antecedent(c)) for c in children) and \
            not at_show(token) and not into_space(token):
        return "Attack"  # "launched rockets at the town", "launched 300 drones and missiles at X", "were launched at"
    if lemma in DOING and any(c.dep_ == "dobj" and named_operation(c) for c in children) and not for_relief(token):
        return "Attack"  # "India launched Operation Sindoor", "the army began Operation Zarb-e-Azb"
    if lemma == "patrol" and with_forces(token, ("nsubj",)):
        return "Deployment"  # "Russian troops patrolled the town"
    if lemma in PRACTICE and with_forces(token, ("nsubj",)):
        return "Exercise"  # "Russian and Chinese warships jointly practised the protection of sea lanes"
    if lemma in ADVANCING and with_forces(token, ("nsubj",)) and not any(c.dep_ == "dobj" for c in children) and \
            towards_ground(token):
        return "Deployment"  # "Taliban fighters had moved towards the Durand Line", "Russian forces pushed into X"
    if lemma in DISABLING and any(military_target(t) or armed(t) for t in struck(token, ())):
        return "Attack"  # "India neutralised an air-defence system", "neutralised three terrorists"
    if lemma == "hit" and strikes_home(token):
        return "Attack"  # "a US drone hit a car", "Israel began its campaign, hitting nuclear sites at Natanz"
    if responds_in_arms(token):
        return "Attack"  # "Kyrgyz border guards responded", "Iran answered with waves of missiles"
    if lemma in BUILDING and any(c.dep_ in ("dobj", "nsubjpass") and manned_post(c) for c in children) and \
            (lemma != "set" or any(c.dep_ == "prt" and c.lower_ == "up" for c in children)):
        return "Deployment"  # "the group had set up checkpoints in every village", "began building new check posts"
    if lemma in HOLDING and with_forces(token, ("nsubj",)) and \
            any(c.dep_ == "dobj" and (manned_post(c) or c.lemma_.lower() in INSTALLATIONS) for c in children):
        return "Deployment"  # "Chinese forces have been operating a post in Gorno-Badakhshan"
    if lemma == "intercept" and any(c.dep_ in ("dobj", "nsubjpass") and intercepts_fire(c) for c in children):
        return "Other"  # "its air defences intercepted all but one missile", "air defence units intercepted drones"
    if lemma == "down" and any(c.dep_ in ("dobj", "nsubjpass") and intercepts_fire(c) for c in children) and \
            not any(c.dep_ == "nsubj" and c.lemma_.lower() in NATURAL_CAUSES for c in children):
        return "Attack"  # "air defences downed five aircraft and a drone" (not "the dockers downed tools", "a storm
        # downed a helicopter")
    if lemma in KILLING and kills_people(token):
        return "Attack"  # "Pakistani security forces killed all eight attackers", "were killed by Taliban fighters"
    if lemma in SETTING_OFF and sets_off_blast(token):
        return "Attack"  # "terrorists triggered an explosion", "one of its fighters had detonated an explosive vest"
    if lemma == "inflict" and any(c.dep_ == "dobj" and c.lemma_.lower() in LOSSES for c in children):
        return "Attack"  # "troops responded and inflicted heavy losses on the militants"
    if lemma == "repel" and any(c.dep_ == "dobj" and c.lemma_.lower() not in TRIGGERS for c in children):
        return "Attack"  # "border guards repelled the aggression" (not "a plan to repel an attack": the attack's)
    if lemma == "target" and (any(c.dep_ == "nsubj" and (c.lemma_.lower() in ATTACKER_NOUNS or armament(c))
                                  for c in children) or any(fired(g) for g in instruments(token)) or
                              any(military_target(t) for t in struck(token, ()))):
        return "Attack"  # "a suicide bomber targeted a police truck", "targeted air bases with drones", "drones
        # targeted 26 locations", "the IRGC targeted the headquarters of terrorist groups" (not "the sanctions target
        # banks")
    if lemma in FORCE_VERBS and any(c.dep_ == "nsubj" and c.lemma_.lower() in ATTACKER_NOUNS and
                                    not counted_dead(c, token) for c in children) \
            and any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in ("into", "on", "at") for c in children):
        return "Attack"  # "a suicide bomber rammed a car into their convoy" (not "the gunmen demanded a ransom")
    if lemma == "surround" and any(g.lemma_.lower() in FORCES | UNNAMED_ATTACKERS for c in children if c.dep_ == "agent"
                                   for g in c.children):
        return "Attack"
    return None


def _of_phrase(noun: Token) -> list[Token]:
    """What the "of" phrase of a noun names: "a check of 20,000 reservists" -> reservists."""
    return prepositional_objects(noun, "of")


def _of_no_one(noun: Token) -> bool:
    """Whether the "of" phrase of a noun names things, not fighters: "a clash of cultures"; not "clashes of Kyrgyz
    and Tajik troops", "clashes of the Taliban with the army"."""
    named = _of_phrase(noun)
    named += [c for g in named for c in g.conjuncts]
    return bool(named) and not any(names_forces(g) or g.lower_ in ARMED_GROUPS or g.ent_type_ for g in named)


def _with_no_arms(noun: Token) -> bool:
    """Whether the opponent a fight is "with" is an institution or an ill, which no one fights with arms."""
    return any(g.lemma_.lower() in UNARMED_OPPONENTS for g in prepositional_objects(noun, "with"))


def _between_crowds(noun: Token) -> bool:
    """Whether a clash was between crowds: "clashes between fans", "between protesters and police"; not "between
    police and militants"."""
    sides = between(noun)
    sides += [c for g in sides for c in g.conjuncts]
    return bool(sides) and all(g.lemma_.lower() in CIVIL_CROWDS for g in sides)


def _readiness_of_forces(words: set[str]) -> bool:
    """The words of "a snap check of the combat readiness of its forces"."""
    return "readiness" in words and bool(words & MILITARY_CONTEXT)


def _military_operation(lemma: str, noun: Token) -> bool:
    """"a counter-terrorism operation", "a counter-terrorism campaign" (not "a counter-disinformation campaign")."""
    modifiers = {t.lemma_.lower() for c in noun.lefts for t in c.subtree}
    if lemma == "operation":
        return bool(modifiers & OPERATION_WORDS)
    return bool(modifiers & (OPERATION_WORDS - {"counter"}) or "counter" in modifiers and modifiers & COUNTERED_FORCE)


def with_munitions(trigger: Token) -> bool:
    """"fired some 180 ballistic missiles at Israel", "rockets were launched", "struck with drones", "carried out
    missile strikes": weapons fired in the action's own phrase, which makes it a military one whatever else the
    sentence says (not "a hunger strike")."""
    return any(c.dep_ in ("dobj", "nsubjpass", "nsubj") and armament(c) for c in trigger.children) or \
        any(armament(g) for g in instruments(trigger)) or \
        any(c.dep_ in ("compound", "amod") and c.lower_ in ARMED_MODES and
            (c.lower_ not in PRECISE_MODES or at_military_target(trigger)) for c in trigger.children)


def at_military_target(strike: Token) -> bool:
    """"precision strikes on Iranian nuclear sites", "surgical strikes in Pakistan": a strike said to be precise hits a
    place or an installation (not "a surgical strike on black money", "a precision strike on the opposition")."""
    heads = [strike, strike.head] if strike.dep_ == "dobj" else [strike]  # "carried out strikes across the LoC"
    targets = [g for h in heads for g in prepositional_objects(h, AIMED | {"across", "in", "inside"})]
    return any(g.lemma_.lower() in STRUCK_TARGETS | {"location", "target"} or g.ent_type_ in ("GPE", "LOC", "FAC") or
               g.lower_ in MILITARY_CONTEXT | FRONTIERS for g in targets)


def towards_ground(verb: Token) -> bool:
    """"moved towards the Durand Line", "pushed into Ukraine", "to the outskirts of Kyiv": forces move to a place (not
    "the army moved to the Supreme Court", "pushed into commercial ventures", "moved to a war footing")."""
    places = prepositional_objects(verb, TOWARDS)
    places += [g for p in places for c in p.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return any(ground_or_place(p, verb) or p.lower_ in FRONTIERS for p in places)


def strikes_home(verb: Token) -> bool:
    """"a US drone hit a car", "missiles hit three air bases", "hitting nuclear sites": "hit" is a strike when what hits
    is a weapon or what is hit a military site, or targets a named state or group hits ("the IRGC hit targets in
    Erbil"; not "relations hit a low", "the region was hit hard", "exports hit targets", "India hit its targets")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    weapons = any(armament(c) or trigger_kind(c) == "Attack" for c in subjects)  # not "the storm hit"
    named = any(c.ent_type_ in ("GPE", "ORG", "NORP") or names_forces(c) for c in subjects)  # "Pakistani artillery"
    return weapons or any(military_target(t) or named and targets_hit(t) for t in struck(verb))


def struck(verb: Token, places: tuple[str, ...] = ("at", "on")) -> list[Token]:
    """What a verb hits: its objects, and where "at" or "on" says it hit ("hit radar centres at eight air bases")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += prepositional_objects(verb, places)
    return objects + [g for c in objects for g in c.children if g.dep_ == "conj"]


def military_target(target: Token) -> bool:
    """"air bases", "radar and command centres", "an air-defence system", "missile factories": a military site, or a
    building or system a military word stands before (not "the city centre", "a water system"); the tagger reads
    "bases" as "basis", so a plural is also read off its form."""
    forms = {target.lemma_.lower(), target.lower_, target.lower_[:-1]}
    if forms & STRUCK_TARGETS:
        return True
    modifiers = {t.lemma_.lower() for c in target.lefts for t in c.subtree}
    return bool(forms & SITE_NOUNS and modifiers & SITE_MODIFIERS)


def armed(target: Token) -> bool:
    """"three terrorists", "two drones", "Indian jets": armed people or weapons, put out of action."""
    return target.lemma_.lower() in MUNITIONS | WARPLANES | ARMED_MEMBERS or target.lower_ in ARMED_GROUPS


def armed_strike(verb: Token) -> bool:
    """"Israeli aircraft struck …", "struck air-defence sites", "shot down five jets": a strike whose own subject or
    object is military needs no other military word in its sentence (not "workers struck for higher pay")."""
    if verb.pos_ != "VERB" or trigger_kind(verb) != "Attack":
        return False
    return with_forces(verb, ("nsubj",)) or any(military_target(t) or t.lemma_.lower() in WARPLANES or targets_hit(t)
                                                for t in struck(verb))


def targets_hit(target: Token) -> bool:
    """"struck targets in Saravan", "struck militant targets", "12 targets were struck": targets in the plural or in a
    place, which a strike hits (not "struck its inflation target", "hit its sales targets", "emission targets")."""
    if target.lemma_.lower() != "target" or any(c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ == "NOUN"
                                                 and c.lemma_.lower() not in ARMED_TARGET_WORDS
                                                 for c in target.children):
        return False  # "hit its targets", "sales targets"
    holders = (target, target.head) if target.dep_ == "dobj" else (target,)  # "struck targets | in the market"
    places = [g for h in holders for g in prepositional_objects(h, ("in", "inside", "across", "near"))]
    if any(not (ground_or_place(g, target) or g.pos_ == "PROPN" or g.lower_ in FRONTIERS | MILITARY_CONTEXT)
           for g in places):
        return False  # "struck targets in the Gulf market": a place phrase that names no ground makes them a plan's
    return target.tag_ == "NNS" or bool(places)


def responds_in_arms(verb: Token) -> bool:
    """"Kyrgyz border guards responded befittingly", "the army retaliated", "Iran answered with waves of ballistic
    missiles", "troops hit back with artillery fire": forces that answer, or an answer given with arms, is an attack
    (not "the army responded to the allegations", "Iran answered the letter", "the military responded with a
    statement": forces that answer with something answer with arms or not at all)."""
    if verb.pos_ != "VERB" or verb.lemma_ not in RESPONDING or verb.lemma_ == "hit" and \
            not any(c.lower_ == "back" for c in verb.children):
        return False
    given = instruments(verb)
    armed = any(arms_given(g) for g in given)
    answered = any(c.dep_ == "dobj" for c in verb.children)  # "answered the question"
    forces = with_forces(verb, ("nsubj",)) and not answered and not answers_words(verb) and not given
    return (armed or forces) and named_responder(verb)


def named_responder(verb: Token) -> bool:
    """"Pakistani troops responded", "Iran answered": who answers is named, so the answer is told as news of its own
    (not "the troops responded effectively", the course of a fight already told)."""
    return any(c.dep_ == "nsubj" and (c.pos_ == "PROPN" or owned(c) or any(
        t.ent_type_ in ("NORP", "GPE", "ORG") for t in c.doc[c.left_edge.i:c.i])) for c in verb.children)


def answers_words(answer: Token) -> bool:
    """"responded to the allegations", "a response to the statement": words answered, not fire."""
    return any(g.lemma_.lower() in WORDS_ANSWERED or g.lower_ in WORDS_ANSWERED
               for c in answer.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children)


def arms_given(answer: Token) -> bool:
    """"answered with waves of ballistic missiles", "responded with artillery fire", "retaliated with strikes on air
    bases": arms an answer is given with (not "hit back with a wave of tariffs", "responded with force to the riots",
    "answered with an attack on its trade practices": no military word beside it)."""
    counted = [g for c in answer.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    if answer.lemma_.lower() in FIRED_UNITS and counted:
        return any(arms_given(c) for c in counted)
    return armament(answer) or answer.lemma_.lower() in ARMS_USED or \
        answer.lemma_.lower() in ARMS_IN_WAR | FIRED_UNITS and \
        any(t.lower_ in MILITARY_CONTEXT for t in answer.sent if t != answer)  # "border guards answered with shots"


def arms_used_against(verb: Token) -> bool:
    """"forces used tanks, mortars and drones against villages": weapons used against someone are fired at them (not
    "used its veto against the resolution", "used drones to map the flood", "police used rubber bullets against
    protesters", who are no army's target)."""
    weapons = [w for c in verb.children if c.dep_ == "dobj" for w in c.subtree if w == c or w.dep_ == "conj"]
    against = [c for w in (verb, *weapons) for c in w.children if c.dep_ == "prep" and c.lower_ == "against"]
    police = any(c.dep_ == "nsubj" and c.lemma_.lower() in POLICE for c in verb.children)
    return bool(against) and not police and any(w.lemma_.lower() in MUNITIONS | ARMED_MODES for w in weapons)


def armament(weapons: Token) -> bool:
    """"180 ballistic missiles", "a salvo of rockets", "mortar rounds": weapons named, not only a measure of fire
    ("fired a warning shot at the Fed", "the opening salvo in the trade war", "a salvo of sanctions")."""
    counted = [g for c in weapons.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    listed = [w for w in (weapons, *counted) for w in (w, *(c for c in w.children if c.dep_ in ("conj", "compound")))]
    return any(w.lemma_.lower() in MUNITIONS - FIRED_UNITS for w in listed)


def fired(weapons: Token) -> bool:
    """"rockets", "300 drones and missiles", "dozens of drones": what is launched at a target (any of a list)."""
    counted = [g for c in weapons.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    listed = [w for w in (weapons, *counted) for w in (w, *(c for c in w.children if c.dep_ == "conj"))]
    return any(w.lemma_.lower() in MUNITIONS for w in listed)


def at_show(verb: Token) -> bool:
    """"launched new drones at the air show", "at the Dubai Airshow": shown to buyers, not fired at a target."""
    places = [g for h in (verb, *(c for c in verb.children if c.dep_ == "dobj"))
              for g in prepositional_objects(h, ("at", "during"))]
    return any(w.lemma_.lower() in SHOWS for p in places for w in (p, *p.lefts))


def manned_post(post: Token) -> bool:
    """"checkpoints", "a new post near Vorukh": a place that forces hold (not "a post of special envoy", an office)."""
    return post.lemma_.lower() in POSTS and not any(c.dep_ == "prep" and c.lower_ == "of" for c in post.children)


def into_space(launch: Token) -> bool:
    """"launched a rocket carrying a satellite into orbit", "launched its Soyuz rocket from Baikonur": a carrier
    rocket, said to go to space or named as a model and aimed at nothing (not "launched a Qassam rocket at Sderot")."""
    if any(t.lemma_.lower() in SPACEFLIGHT and not any(c.lower_ == "air" for c in t.children) for t in launch.subtree):
        return True  # not "launched drones into Indian air space"
    aimed = any(c.dep_ == "prep" and c.lower_ in AIMED and g.ent_type_ not in ("DATE", "TIME")
                for c in launch.children for g in c.children)  # not "on Monday"
    rockets = [c for c in launch.children if c.dep_ in ("dobj", "nsubjpass") and c.lower_ == "rocket"]
    at_war = any(t.lower_ in MILITARY_CONTEXT or t.lemma_.lower() in CONFRONTATIONS for t in launch.sent)
    return not aimed and not at_war and \
        any(m.dep_ in ("compound", "nmod") and m.pos_ == "PROPN" for r in rockets for m in r.children)
    # a model fired in a war is a weapon: "launched a Fatah rocket during the standoff with India"


def instruments(verb: Token) -> list[Token]:
    """What "with" says an action was done with: "targeted air bases with drones" (also hung on the object)."""
    return [g for h in (verb, *(c for c in verb.children if c.dep_ == "dobj")) for c in h.children
            if c.dep_ == "prep" and c.lower_ == "with" for g in c.children]


def for_relief(verb: Token) -> bool:
    """"launched Operation Ganga to evacuate students", "for the evacuation of citizens": an operation to carry or save
    people, not to fight (read on the verb and on the operation's name)."""
    heads = (verb, *(c for c in verb.children if c.dep_ == "dobj"))
    purposes = [c for h in heads for c in h.children if c.dep_ in ("advcl", "xcomp", "acl", "relcl")] + \
        [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children]
    return any(p.lemma_.lower() in RELIEF_WORDS for p in purposes)


def named_operation(name: Token) -> bool:
    """"Operation Sindoor", "Operation Bunyan-um-Marsoos": a military operation known by its name."""
    first = name.doc[name.left_edge.i]
    return first.text == "Operation" and first.pos_ == "PROPN" and name.pos_ == "PROPN"


def leads_forces(verb: Token) -> bool:
    """"Warlords X and Y crossed into Uzbekistan along with hundreds of their men": commanders who move with their
    forces move those forces."""
    commanders = any(c.dep_ == "nsubj" and (c.lemma_.lower() in COMMANDERS or any(
        m.dep_ == "compound" and m.lemma_.lower() in COMMANDERS for m in c.children)) for c in verb.children)
    withs = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"]
    withs += [w for c in verb.children if c.lower_ == "along" for w in c.children if w.lower_ == "with"]
    led = [g for w in withs for g in w.children if g.dep_ == "pobj"]
    led += [g for c in led for p in c.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return commanders and any(c.lemma_.lower() in FORCES or c.lemma_.lower() == "man" for c in led)


def intercepts_fire(target: Token) -> bool:
    """"all but one missile", "several Israeli drones", "most of the rockets": weapons in flight, stopped by air
    defences; the weapons are what is intercepted, or a share or a wave of them (not "intercepted a shipment of drones",
    "a boat carrying grenade launchers", "messages about a missile test")."""
    weapons = [target, *(c for c in target.children if c.dep_ == "conj")]
    if target.pos_ in ("PRON", "NUM", "DET", "ADJ") or target.lemma_.lower() in SHARES:
        weapons += prepositional_objects(target, "of")  # "most of the rockets", "a barrage of missiles"
    return any(t.lemma_.lower() in MUNITIONS | WARPLANES for t in weapons)


def kills_people(verb: Token) -> bool:
    """"troops killed eight attackers", "diplomats were killed by Taliban fighters": forces or attackers take the lives
    of people (not "the floods killed ten people", "the army killed the proposal", "soldiers killed time")."""
    killers = [c for c in verb.children if c.dep_ == "nsubj"]
    killers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    killers += [g for c in killers for g in c.children if g.dep_ == "conj"]
    armed = any((names_forces(k) or k.lemma_.lower() in ATTACKER_NOUNS | ARMED_MEMBERS | {"fighter"} or
                 k.lower_ in ARMED_GROUPS)  # "terrorists killed 26 people" (the tagger's lemma is singular)
                and not counted_dead(k, verb) for k in killers) or killed_as_ordered(verb)
    dead = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] or \
        [c for v in verb.children if v.dep_ == "conj" and v.pos_ == "VERB" for c in v.children if c.dep_ == "dobj"]
    # "have killed or arrested hundreds of Daesh members": verbs joined by "or" share the object of the last
    return armed and any(d.lemma_.lower() in SLAIN or d.ent_type_ in ("PERSON", "NORP", "CARDINAL") or d.like_num or
                         any(c.like_num for c in d.children) and d.lemma_.lower() not in NOT_PEOPLE for d in dead)
    # not "the army killed two birds with one stone"


def killed_as_ordered(verb: Token) -> bool:
    """"ordered his soldiers to open fire, and they killed five protesters", "gave his men the order to shoot, and they
    killed …": "they" who kill in the clause joined to leave to fire are the men it was given to, armed by it (not
    "ordered his staff to cut costs, and they killed the project", "ordered them to hold fire")."""
    order = verb.head
    orders = [order, *(c for c in order.children if c.dep_ == "dobj")]  # "gave them the order to shoot"
    return verb.dep_ == "conj" and any(c.dep_ == "nsubj" and c.lower_ == "they" for c in verb.children) and \
        any(gives_leave_to_fire(o) for o in orders)


def sets_off_blast(verb: Token) -> bool:
    """"terrorists triggered an explosion", "one of its fighters had detonated an explosive vest", "a bomb was set off
    by militants": a blast set off by armed men (not "the remark triggered an explosion of anger", "police detonated the
    device in a controlled explosion", "the spark set off a blast at the plant")."""
    if verb.lemma_ == "set" and not any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children):
        return False
    blasts = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in BLASTS]
    if not blasts or any(p.lower_ == "of" for b in blasts for p in b.children):  # "an explosion of anger"
        return False
    setters = [c for c in verb.children if c.dep_ == "nsubj"]
    setters += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    setters += [g for c in setters for p in c.children if p.lower_ == "of" for g in p.children]  # "one of its fighters"
    return any(s.lemma_.lower() in ARMED_MEMBERS | ATTACKER_NOUNS | {"fighter"} or s.lower_ in ARMED_GROUPS
               for s in setters)


def counted_dead(attackers: Token, verb: Token) -> bool:
    """"over 200 attackers killed": attackers counted beside a word of death are the dead of a headline, not killers
    (not "two suicide bombers killed 95 people": the dead are its object)."""
    return verb.lemma_.lower() in CASUALTIES and any(c.dep_ in ("nummod", "quantmod") or c.like_num
                                                     for c in attackers.children) and \
        not any(c.dep_ == "dobj" for c in verb.children)


def invades_ground(trigger: Token) -> bool:
    """"invaded Kyrgyzstan", "the invasion of Ukraine", "the Russian invasion": an invasion of ground (or of nothing
    named), not of markets or screens."""
    invaded = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    invaded += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return all(c.ent_type_ in ("GPE", "LOC", "FAC") or c.lemma_.lower() in TERRITORY for c in invaded)


def military_division(token: Token) -> bool:
    """"the 201st division", "a motorised rifle division": a formation, not a ministry's department."""
    return any(c.dep_ in ("nummod", "amod", "compound") and (c.like_num or c.text[:1].isdigit() or
                                                            c.lower_ in FORMATION_WORDS) for c in token.children)


def deploys_civilians(deploy: Token) -> bool:
    """"a technical team had been deployed to the embassy", "deployed medical teams to the flood zone", "the
    deployment of election observers": those deployed are all people sent to do civil work, named with no word of
    arms (not "a special forces team", "a team of paratroopers", "military observers", "troops and a medical team")."""
    deployed = [c for c in deploy.children if c.dep_ in ("dobj", "nsubjpass")]
    if deploy.pos_ == "VERB" and not deployed:  # "rescue teams deployed to the area"
        deployed = [c for c in deploy.children if c.dep_ == "nsubj"]
    if deploy.pos_ == "NOUN":  # "the deployment of election observers"
        deployed = prepositional_objects(deploy, "of")
    deployed = [n for noun in deployed for n in (noun, *noun.conjuncts)]
    return bool(deployed) and all(n.lemma_.lower() in CIVIL_TEAMS and not _named_with_arms(n) for n in deployed)


def _named_with_arms(noun: Token) -> bool:
    """A word of arms in a noun's phrase: "a special forces team", "a team of military engineers"."""
    return any(t.lower_ in FORCE_NAMES | ARMED_GROUPS | SOLDIERLY or t.lemma_.lower() in FORCE_NAMES
               for t in noun.subtree if t.i != noun.i)


def moves_people(trigger: Token) -> bool:
    """"about 1,500 residents had been evacuated", "it evacuated more than 550 people", "the evacuation of
    citizens": a rescue of civilians, not a withdrawal."""
    moved = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    moved += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    moved += [g for c in moved for g in c.children if g.dep_ == "conj"]
    return any(c.lemma_.lower() in PEOPLE or c.ent_type_ == "NORP" for c in moved)


def falls(verb: Token) -> bool:
    """"Kunduz city had fallen", "the district fell to the Taliban": ground that changed hands."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    ground = any(s.lemma_.lower() in TERRITORY - {"north", "south", "east", "west", "ground", "part", "parts", "area",
                                                   "areas", "border", "borders"}
                 or s.ent_type_ in ("GPE", "FAC") for s in subjects)
    measured = any(c.dep_ in ("dobj", "npadvmod") and c.like_num
                   or c.lower_ in ("by", "sharply", "percent", "apart", "silent") for c in verb.children)
    return ground and not measured


def present_misread(fires: Token) -> bool:
    """"Iran's Revolutionary Guards fires missiles and drones at two strongholds": the present tense of a timeline or
    a headline, read by the parser as the noun "fires" right before the weapons it modifies; the weapons are aimed at
    something, and a name or a force stands before "fires" (not "oil fires, missiles and drones", "the fires that
    missiles started", "forest fires swept the region")."""
    weapons = fires.head
    if fires.lower_ != "fires" or fires.dep_ not in ("compound", "nsubj") or weapons.i != fires.i + 1 or \
            weapons.lemma_.lower() not in MUNITIONS:
        return False
    aimed = any(c.dep_ == "prep" and c.lower_ in AIMED for c in weapons.children)
    return aimed and any(t.pos_ == "PROPN" or t.lemma_.lower() in FORCE_NAMES for t in fires.lefts)


def fires_weapons(verb: Token) -> bool:
    """"border guards had fired first", "fired on a border post", "fired mortar shells": shooting, not dismissing
    ("the president fired his minister")."""
    aimed = any(c.dep_ == "prep" and c.lower_ in ("on", "at", "into", "across", "upon") or c.lower_ == "first"
                for c in verb.children)
    munitions = any(c.dep_ == "dobj" and c.lemma_.lower() in MUNITIONS for c in verb.children)
    armed = any(c.dep_ == "nsubj" and (c.lemma_.lower() in FORCES or c.lemma_.lower() in UNNAMED_ATTACKERS)
                for c in verb.children)
    return aimed or munitions or armed


def purpose_noun(token: Token) -> bool:
    """"arriving in Belarus for joint exercises", "present in all positions to continue the fight": an action
    named as a purpose is not an action (the cause of a blame or a claim is: "blamed X for the airstrikes")."""
    head = token.head
    purpose_clause = token.dep_ == "dobj" and head.dep_ == "advcl" and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
    return token.pos_ == "NOUN" and (purpose_clause or token.dep_ == "pobj" and head.lower_ == "for" and
                                     head.head.lemma_ not in ACCUSING | {"responsibility"})


def purpose_of_action(token: Token) -> bool:
    """"called up reservists to reinforce the border", "an operation to retake the area": the purpose of an action."""
    head = token.head
    return token.pos_ == "VERB" and token.dep_ in ("advcl", "xcomp", "acl") and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) and trigger_kind(head) is not None


def with_forces(verb: Token, deps: tuple[str, ...]) -> bool:
    """Forces (or, for "take"/"enter", ground) as the verb's object or subject."""
    words = FORCES | ARMED_GROUPS | (TERRITORY - {"part", "parts"} if verb.lemma_ in ("take", "enter") else frozenset())
    if deps == ("nsubj",):
        words = words | {"military", "army", "armies", "navy"}  # "the U.S. military left Bagram in early July"
    heads = [c for c in verb.children if c.dep_ in deps]
    if "nsubj" in deps and verb.dep_ == "xcomp" and not heads:  # "troops began leaving Kazakhstan"
        heads = [c for c in verb.head.children if c.dep_ == "nsubj"]
    heads = [verb.head if c.lower_ in ("who", "which", "that") and verb.dep_ == "relcl" else c for c in heads]
    heads += [g for c in heads for g in c.children if g.dep_ == "conj"]  # "a staff group and a platoon"
    heads += [g for c in heads for a in c.children if a.dep_ == "acl" and a.lemma_ == "carry"
              for g in a.children if g.dep_ == "dobj"]  # "trains carrying armoured vehicles"
    heads += [g for c in heads for g in prepositional_objects(c, "of")]  # "sent hundreds of fighters"
    if verb.lemma_ not in ("take", "enter") and "dobj" in deps:  # "flew in paratroopers": "in" read as a preposition
        heads += [g for g in prepositional_objects(verb, "in") if g.head.i == verb.i + 1]  # "in" right after it
    heads = [c for c in heads if not any(m.dep_ in ("amod", "compound") and  # "the diplomatic corps left Kabul"
                                         m.lower_.endswith(CIVIL_BODIES)
                                         for m in c.children)]  # "all ethno-political forces": not armed forces
    return any(c.lemma_.lower() in words or c.lower_ in words or military_craft(c) or
               verb.lemma_ in ("take", "enter") and c.ent_type_ in ("GPE", "LOC", "FAC") for c in heads)


def posts_forces(verb: Token) -> bool:
    """"Rahmon has stationed additional troops on the border", "the Kremlin based its jets in Belarus": a verb of
    being posted, used with the forces posted as its object, is a deployment ordered, not the subject's travel."""
    return verb.pos_ == "VERB" and verb.lemma_ in ("station", "base") and with_forces(verb, ("dobj",))


def military_craft(token: Token) -> bool:
    """"an Afghan military plane", "military transport planes" (not "an Air India plane")."""
    return token.lemma_.lower() in ("plane", "flight", "convoy", "column") and \
        any(c.lower_ in ("military", "transport", "air force", "naval") for c in token.children)


def has_context(sentence: Sentence) -> bool:
    """Military words, or a trigger that needs none ("the bombing in X and a similar attack in Y")."""
    return any(t.lower_ in MILITARY_CONTEXT and not (t.pos_ == "PROPN" and t.lower_ == "joint") or  # "Joint Secretary"
               t.pos_ == "NOUN" and t.lemma_ in TRIGGERS and
               t.lemma_ not in NEEDS_CONTEXT and t.lemma_ not in ("base", "division") for t in sentence.span)


def ground_object(verb: Token) -> bool:
    """The verb's object names ground: "reached Russia's Orenburg region", "abandoned their positions"."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for c in objects for p in c.children if p.lower_ == "of" for g in p.children]  # "the gates of Kabul"
    return any(ground_or_place(t, verb) for t in objects)


def taken_in_idiom(take: Token) -> bool:
    """What a "take" takes in an idiom ("took the lives of", "took a toll", "took steps") is no ground, and what it
    takes somewhere ("took the wounded to hospital", "took the countries to the brink") is brought there."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in TAKEN_IN_IDIOMS or c.dep_ == "prep" and c.lower_ == "to"
               for c in take.children)


def taken_antecedent(pronoun: Token, trigger: Token, span: Span) -> Token | None:
    """"stormed the airport and set fire to the terminal before troops regained control of it", "fighting raged
    around the airport before troops regained control of it": what a pronoun taken stands for is the last thing named
    before it (in its sentence or the one before, ``span``) that agrees with it in number: an object, or the place of a
    clause without one (not "the tanker in the Gulf"); an idiom's bare noun ("set fire") names nothing."""
    plural = pronoun.lower_ == "them"
    named = [t for t in span if t.i < trigger.i and t.pos_ in ("NOUN", "PROPN") and _names_a_thing(t) and
             (t.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in t.children)) == plural]
    return named[-1] if named else None


def _names_a_thing(noun: Token) -> bool:
    """An object that is not an idiom's bare noun, or a place where a clause without an object happens."""
    if noun.dep_ in ("dobj", "nsubjpass"):
        return noun.pos_ == "PROPN" or noun.tag_ != "NN" or \
            any(c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in noun.children)
    holder = noun.head.head
    return noun.dep_ == "pobj" and noun.head.lower_ in LOCATIVES and holder.dep_ not in ("dobj", "nsubjpass") and \
        not any(c.dep_ in ("dobj", "nsubjpass") for c in holder.children)


def ground_or_place(token: Token, trigger: Token) -> bool:
    """A territorial noun or a word of a place the model tagged ("Kabul", "the Panj", "Bagram")."""
    return ground_word(token, trigger) or token.ent_type_ in ("GPE", "LOC", "FAC")


def ground_word(token: Token, trigger: Token) -> bool:
    """A territorial noun; a bare "post" is an office ("took the post himself"), a "border post" is ground;
    power is seized, but "power would be handed over" is a transfer, not a capture."""
    if token.lemma_.lower() not in TERRITORY and token.lower_ not in TERRITORY or \
            token.lower_ == "power" and trigger.lemma_ == "hand":  # the form too: "crossing" is lemmatised "cross"
        return False
    return token.lemma_.lower() != "post" or any(c.dep_ in ("compound", "amod", "nummod") for c in token.children)
