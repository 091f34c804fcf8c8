"""Who does a military action: candidate agent tokens read from the parse of one sentence.

The subject of the trigger verb (or of the clause it continues), the "by" phrase of a passive, the forces
ordered or accused, the owner of the forces that act or are moved ("troops from Russia", "the group's
fighters", "forces loyal to X"), skipping datelines ("ALMATY, Jan 13 (EWS) - …") and reading "both sides",
"the group", "a Russia-led alliance" for what they stand for. Pure functions over spaCy tokens: the reader
(``military.py``) resolves the candidates to actors of the article.
"""
from __future__ import annotations

from spacy.tokens import Token

from .military_words import (
    ACCUSED_FOR, ACCUSING, AFFILIATES, ALLIANCE_NOUNS, ANAPHORIC_GROUPS, ARMED_ANAPHORS, ARMED_GROUPS, ARMED_MEMBERS,
    BLASTS, CLAIM_DOUBTED, CLAIMED_EVENT, COMMANDERS, FORCE_NAMES, FORCE_PARTS, MUNITIONS, ORDERING, PERCEIVED,
    PERSON_HEADS, POLICE, POLICE_MOVES, QUANTIFIERS, TRIGGERS)
from .sentences import Sentence
from .tokens import prepositional_objects


DASHES = ("-", "–", "—", "--")  # what closes a dateline ("DUSHANBE, Oct 22, Asia-Plus -- …")
# "such attacks", "several attacks … in the past", "previous bombings": attacks of a kind or of before, not one told
OTHER_ATTACKS = frozenset({"such", "similar", "several", "many", "numerous", "previous", "earlier", "past", "prior",
                           "other", "former", "most"})
# "often claims responsibility", "has repeatedly claimed attacks": a habit of claiming, no claim of the attack told
HABITUAL = frozenset({"often", "frequently", "regularly", "repeatedly", "routinely", "usually", "typically",
                      "sometimes", "rarely", "seldom", "always", "previously", "before"})


def is_definite(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "those", "these", "this", "that") for c in token.children)


def before_determiner(modifier: Token, noun: Token) -> bool:
    """"Contacts with the Taliban\nThe attack came …": a word before the noun's own determiner modifies no noun in
    English ("the Taliban attack", never "Taliban the attack"); the parser glued a heading to the sentence."""
    return modifier.dep_ != "poss" and any(c.dep_ == "det" and c.i > modifier.i for c in noun.children)


def verb_candidates(token: Token, kind: str) -> list[Token]:
    """Who does a verbal action: the "by" agent, the subject (of the verb or of the clause it continues), the
    forces ordered or accused, or, for forces moved in the passive, the forces themselves ("Taliban fighters
    had been sent")."""
    head = token.head
    ordered = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")] if ordered_move(token) else []
    # "ordered troops to enter", "fighters had been ordered to enter"
    accused = accused_of(token) if token.dep_ == "pcomp" else []
    if ordered or accused:
        return ordered or accused
    candidates = [c for c in token.children if c.dep_ == "agent" for c in c.children if c.dep_ == "pobj"]
    candidates += nearest_first([c for c in token.children if c.dep_ == "nsubj" and c.lower_ not in ("each", "both")],
                                token)
    candidates += _clausal_subject(token)
    if token.dep_ == "ROOT" and not candidates:
        candidates += _stray_subject(token)
    if not candidates:
        candidates += _demonym_of_gerund(token)
    if token.dep_ in ("conj", "xcomp", "advcl") and not candidates and not _clause_between(head, token):
        candidates += subjects_of(head)
        if head.dep_ in ("acl", "amod", "relcl"):
            candidates.append(head.head)  # "US forces scheduled to withdraw"
    if token.dep_ == "xcomp" and head.lemma_ in PERCEIVED and not candidates:  # "vehicles were seen moving back"
        candidates += [c for c in head.children if c.dep_ == "nsubjpass"]
    if token.dep_ == "pcomp" and head.dep_ == "prep" and not candidates:
        candidates += subjects_of(head.head)  # "Four months after seizing Kabul, the Taliban are finding …"
    # a passive clause with a subject of its own ("Troops secure Kabul airport\nAround 5,000 US troops are being
    # sent", hung by the parser on the headline's noun) moves that subject, not the noun before it
    passive_subject = any(c.dep_ == "nsubjpass" and c.lower_ not in ("who", "which", "that") for c in token.children)
    if token.dep_ in ("relcl", "acl") and not candidates and not passive_subject:
        candidates += _noun_before(token) + [head]
    if token.lemma_ in ("fight", "battle", "clash"):  # "forces were battling the Taliban"
        candidates += [c for c in token.children if c.dep_ == "dobj"] + forces_fallen_in(token)
        candidates += prepositional_objects(token, ("with", "against"))
    if token.lemma_ in ("fall", "hand"):  # "fell to the Taliban", "was handed over to the Taliban": the taker
        candidates = prepositional_objects(token, "to")
    if kind in ("Deployment", "Withdrawal", "Mobilisation", "Exercise"):
        moved = [head if c.lower_ in ("who", "which", "that") and token.dep_ == "relcl" else c
                 for c in token.children if c.dep_ in ("nsubjpass", "dobj")]  # "paratroopers, who were airlifted"
        moved += [g for c in moved for a in c.children if a.dep_ == "acl" and a.lemma_ == "carry"
                  for g in a.children if g.dep_ == "dobj"]  # "trains carrying Russian armoured vehicles were seen"
        candidates += [c for c in moved if names_forces(c) or c.lower_ in ARMED_GROUPS]
    if token.dep_ in ("acl", "relcl") and head.dep_ == "dobj" and not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("each", "both", "all") for c in token.children):
        candidates += subjects_of(head.head)  # "Both sides still have 50,000 troops (each) deployed" (not "X told a
        # press conference that the strikes hit mosques": a clause with a subject of its own, hung on the noun before)
    if kind == "Attack":  # "Iranian missiles were fired at the base": whose weapons were fired
        candidates += [c for c in token.children if c.dep_ == "nsubjpass" and c.lemma_.lower() in MUNITIONS]
    if kind == "Attack":  # "gunmen attacked a hotel, an attack claimed by IS": the claimant after the attackers
        candidates += [g for c in token.subtree if c.dep_ in ("npadvmod", "appos") and TRIGGERS.get(c.lemma_) == kind
                       for g in claimed_by(c)]  # (also where the parser hung the restatement on a later word)
    return candidates


def accused_of(action: Token) -> list[Token]:
    """"accused Kyrgyz forces of shelling a school", "blamed Pakistan for airstrikes in Kabul", "blamed the Tajik side
    for the shelling": the one accused or blamed is who the accuser says acted (the accuser only says so)."""
    preposition = action.head
    if preposition.lower_ not in ACCUSED_FOR or preposition.dep_ != "prep":
        return []
    if preposition.head.lemma_ in ACCUSING:
        return [antecedent(c) for c in preposition.head.children if c.dep_ == "dobj"]
    if preposition.head.dep_ == "dobj" and preposition.head.head.lemma_ in ACCUSING:
        return [preposition.head]  # "accused the Kyrgyz side of attacking": the parser hung "of" on the accused
    return []


def antecedent(word: Token) -> Token:
    """"Shahed drones, which Russian forces have launched", "Jaish al-Adl, which Tehran accuses of an attack": the noun
    a relative pronoun stands for."""
    clause = word.head
    if word.lower_ in ("which", "that", "who", "whom") and clause.dep_ == "relcl":
        return clause.head
    return word


def forces_fallen_in(confrontation: Token) -> list[Token]:
    """"a clash in which 20 Indian soldiers and four Chinese troops were killed", also where the parser hung the clause
    on the clash's date ("the clash in June 2020, in which …"): the forces that fought it."""
    clauses = [t for t in confrontation.subtree if t.dep_ in ("relcl", "advcl") and t != confrontation and
               any(p.dep_ == "prep" and any(g.lower_ == "which" for g in p.children) for p in t.children)]
    return [s for c in clauses for s in c.children if s.dep_ in ("nsubj", "nsubjpass") and names_forces(s)]


def ordered_move(trigger: Token) -> bool:
    """"ordered troops to enter", "agreed to order their troops to pull back" (also read as a clause of purpose)."""
    infinitive = trigger.dep_ == "xcomp" or trigger.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
    return infinitive and trigger.head.lemma_ in ORDERING


def claimed_by(noun: Token) -> list[Token]:
    """"an attack claimed by the Islamic State", "a bombing carried out by the TTP", "an attack the TTP claimed": who
    the phrase says did it."""
    clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.lemma_ in ("claim", "carry")]
    return [g for c in clauses for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"] + \
        [s for c in clauses if c.dep_ == "relcl" for s in c.children
         if s.dep_ == "nsubj" and s.lower_ not in ("which", "that", "who")]


def claims_responsibility(verb: Token) -> bool:
    """"The TTP claimed responsibility", "IS-K has claimed it": a claim of responsibility made that names no event of
    its own, so claims the attack told with or just before it; not one denied, doubted, asked about, vowed or told as a
    habit ("no group has claimed it", "denied it had claimed responsibility", "could claim it", "rarely claims
    responsibility"), nor one tied to another event ("for the kidnapping", "after a bombing in Peshawar", "when a bomb
    hit a market")."""
    if verb.lemma_ != "claim" or verb.tag_ in ("VB", "VBP", "VBZ"):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not any(o.lower_ == "it" or o.lemma_ == "responsibility" for o in objects):
        return False
    events = [c for t in (verb, *objects) for c in t.children if c.dep_ == "prep" and c.lower_ in CLAIMED_EVENT and
              any(g.pos_ != "PRON" and not blast_told_again(g) for g in c.children)] + \
        [c for c in verb.children if c.dep_ == "advcl"]
    hedged = any(c.dep_ == "neg" or c.tag_ == "MD" for c in verb.children)
    doubted = any(t.lemma_ in CLAIM_DOUBTED or any(c.dep_ == "mark" and c.lower_ in CLAIM_DOUBTED for c in t.children)
                  for t in (verb, *verb.ancestors))
    return not (events or hedged or doubted)


def blast_told_again(event: Token) -> bool:
    """"claimed responsibility for the blast", "for the explosion": the blast just told, named again by a definite
    noun with nothing of its own (not "for the blast in Swat last month", "for the 2014 market blast", "for such
    blasts"; "for the attack" is itself read as the attack claimed)."""
    word = event.lemma_.lower()
    if word not in BLASTS or word in TRIGGERS or not is_definite(event):
        return False
    claim = next((a for a in event.ancestors if a.lemma_ == "claim"), event)
    elsewhere = [g for g in prepositional_objects(claim, "in") if g.ent_type_ in ("GPE", "LOC", "FAC", "DATE")]
    ago = [c for c in claim.children if c.dep_ == "npadvmod" and any(t.lower_ in ("last", "ago") for t in c.subtree)]
    return not (elsewhere or ago) and all(
        c.dep_ == "det" or c.dep_ == "amod" and c.lower_ not in OTHER_ATTACKS for c in event.children)


def claim_of_others(attacks: Token, claim: Token) -> bool:
    """"The TTP often claims responsibility for such attacks", "IS-K has claimed several attacks on the party in the
    past": a claim of attacks of a kind or of before, or a habit of claiming, names no agent of the attack told."""
    if claim.lemma_ != "claim":
        return False
    of_kind = any(c.lower_ in OTHER_ATTACKS for c in attacks.children if c.dep_ in ("amod", "det", "predet"))
    habit = any(c.dep_ == "advmod" and c.lower_ in HABITUAL for c in claim.children)
    before = any(g.lower_ == "past" for t in (claim, attacks) for g in prepositional_objects(t, "in"))
    return of_kind or habit or before


def dateline_place(candidate: Token, sentence: Sentence) -> bool:
    """"NEW DELHI: …", "Kabul - …", "ALMATY, Jan 13 (EWS) - …": a place opening the sentence and closed by a
    colon or dash is the dateline."""
    if candidate.left_edge.i != sentence.span.start:
        return False
    closed = any(c.dep_ == "punct" and (c.text == ":" or c.text in DASHES) and c.i == candidate.i + 1
                 for c in candidate.children)
    capitals = candidate.i == sentence.span.start and candidate.is_upper and candidate.is_alpha and \
        len(candidate) > 2 and any(t.text in DASHES for t in candidate.doc[candidate.i:candidate.i + 12])
    return closed and candidate.ent_type_ in ("GPE", "LOC") or capitals


def kind_of_action(modifier: Token) -> bool:
    """"their bilateral army exercise", "troop withdrawal": a bare forces noun before an action says what kind of
    action it is, not whose."""
    return modifier.dep_ == "compound" and modifier.is_lower and names_forces(modifier) and \
        not any(c.dep_ in ("poss", "compound") or c.ent_type_ for c in modifier.children)


def commanders_move(trigger: Token) -> bool:
    """"The warlords X and Y, who led the defence of the city, fled into Uzbekistan", "forces loyal to X
    abandoned their positions": armed leaders or their forces withdraw (a president who flees only travels)."""
    subjects = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.lemma_.lower() in COMMANDERS or names_forces(s) or
               any(c.dep_ in ("appos", "compound") and c.lemma_.lower() in COMMANDERS for c in s.children)
               for s in subjects)


def moves_forces_named(action: Token) -> bool:
    """"a pullback of troops", "the withdrawal of forces": a nominal move whose "of" phrase names the forces moved."""
    return action.pos_ == "NOUN" and any(names_forces(g) for g in prepositional_objects(action, "of"))


def anaphoric_forces(trigger: Token) -> bool:
    """"the group's fighters had taken the port", "its fighters captured …": forces named only through the armed
    actor last read, whose capture a spokesman retells."""
    subjects = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass") and names_forces(c)]
    return any(p.dep_ == "poss" and (armed_anaphor(p) or p.lower_ in ("its", "their"))
               for s in subjects for p in s.children)


def _clause_between(head: Token, conj: Token) -> bool:
    """"Blinken spoke …, as thousands of people desperate to flee overran the runway": a clause with its own
    subject stands between a verb and the one coordinated with it, so the first verb's subject is likely not
    the second's (the parser hung the second verb on the wrong clause)."""
    return conj.dep_ == "conj" and any(t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "advcl" and
                                       t.head.head == head for t in conj.doc[head.i + 1:conj.i])


def subjects_of(verb: Token) -> list[Token]:
    """The subject of a verb, or of the verb it is coordinated with ("Moscow has been vigilant … and has been
    engaged in drills")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    while not subjects and verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        subjects = _clausal_subject(verb)
    if not subjects and verb.dep_ == "ROOT":
        return _stray_subject(verb)
    return nearest_first([c for c in subjects if c.dep_ == "nsubj"], verb)


def nearest_first(subjects: list[Token], verb: Token) -> list[Token]:
    """Two subjects of one verb are a misparse ("X: headline\n"PLA troops tried to …," X told …" gives "tried"
    both X and "troops"): the one nearest the verb is its own."""
    return sorted(subjects, key=lambda s: abs(verb.i - s.i)) if len(subjects) > 1 else subjects


def _clausal_subject(verb: Token) -> list[Token]:
    """"Tajik forces using tanks had entered a village": the parser reads "forces using tanks" as a clause that is
    the subject; its own subject is the verb's."""
    return [g for c in verb.children if c.dep_ == "csubj" for g in c.children if g.dep_ == "nsubj"]


def _stray_subject(verb: Token) -> list[Token]:
    """"Earlier, in August, Russia, Uzbekistan and Tajikistan held exercises": names (or forces) right before a main
    verb that has no subject, which the parser hung on the phrase before them, are its subject (the first named)."""
    previous = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    # "Back in June Kyrgyz and Kazakh troops exchanged fire": "troops" hung on "in June" (not "the ISPR, Pakistani
    # troops", whose phrase would name the source)
    if previous is not None and previous.pos_ == "NOUN" and previous.dep_ in ("conj", "pobj") and \
            names_forces(previous) and not any(t.is_punct for t in previous.subtree):
        return [previous]
    if previous is None or previous.pos_ != "PROPN" or previous.dep_ not in ("conj", "appos"):
        return []
    while previous.dep_ == "conj" and previous.head.pos_ == "PROPN" and previous.head.i < previous.i and \
            not previous.head.ent_type_ in ("DATE", "TIME"):  # "in August, Russia, …": not the month
        previous = previous.head
    return [previous] if previous.ent_type_ in ("GPE", "NORP", "ORG") else []


def _demonym_of_gerund(verb: Token) -> list[Token]:
    """"killed by Pakistani shelling", "wounded in Azerbaijani shelling": the parser read the noun as a gerund and hung
    the demonym before it on the preposition; the demonym says whose fire it was (not "talks with Russians, shelling
    resumed", where the gerund has a phrase of its own)."""
    demonym = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    if verb.tag_ != "VBG" or demonym is None or demonym.ent_type_ != "NORP" or demonym.dep_ != "pobj" or \
            demonym.head.lower_ not in ("by", "in", "from", "under") or any(c.dep_ == "det" for c in demonym.children):
        return []
    return [demonym]


def quantified(token: Token) -> Token:
    """"a series of exercises", "a string of bombings": the counting noun, which holds the action's role."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in QUANTIFIERS:
        return head.head
    return token


def one_of_forces(candidate: Token) -> Token:
    """"one of its fighters had detonated a vest", "two of its militants attacked": some of the forces or armed men
    named act as those forces, whose owner the "of" phrase names."""
    if candidate.pos_ != "NUM" and candidate.lower_ != "one":
        return candidate
    return next((o for o in prepositional_objects(candidate, "of")
                 if names_forces(o) or o.lemma_.lower() in ARMED_MEMBERS), candidate)


def with_owners(candidates: list[Token]) -> list[Token]:
    """Each candidate, then for forces the one they belong to or come from ("troops from Russia", "thousands of
    Taliban fighters", "a flotilla of the Pacific Fleet", "aircraft carrying 585 Afghan servicemen")."""
    expanded = []
    candidates = [one_of_forces(c) for c in candidates]
    for candidate in candidates:
        expanded.append(candidate)
        expanded += examples_named(candidate)  # "groups such as the TTP carry out attacks": the group named
        paired = [c for c in candidate.children if c.dep_ == "conj" and names_forces(c)] if \
            candidate.pos_ == "PROPN" else []  # "Russian Tu-95MS and Chinese H-6K bombers": both are forces
        candidates += [c for c in paired if c not in candidates]
        if not (names_forces(candidate) or paired) and candidate.lemma_.lower() not in ARMED_MEMBERS | MUNITIONS:
            continue  # "militants of the banned TTP" name their group, "a US drone" its owner
        sources = ("of", "from") if candidate.dep_ in ("nsubj", "nsubjpass") else ("of",)  # not "forces from X"
        owners = prepositional_objects(candidate, sources)  # withdrawn
        owners += [g for c in candidate.children if c.lemma_ == "loyal" for p in c.children if p.lower_ == "to"
                   for g in p.children if g.dep_ == "pobj"]  # "forces loyal to warlord X"
        owners += [c for c in candidate.children if c.dep_ == "poss" and c.pos_ != "PRON" or  # "the group's fighters"
                   c.dep_ in ("amod", "compound", "nmod") and (c.ent_type_ in ("NORP", "GPE", "ORG") or  # "Russian
                   c.pos_ == "PROPN") and  # troops", "IEA fighters" (an acronym the tagger left untyped)
                   not any(t.is_punct for t in c.doc[c.i + 1:candidate.i]) and  # not "the ISPR, Pakistani troops"
                   not (hired(candidate) and c.ent_type_ in ("NORP", "GPE"))]
        owners += [c for c in candidate.children if c.lower_.endswith("-led")]  # "U.S.-led forces": the leader's
        if not owners and candidate.pos_ == "NOUN" and not hired(candidate):
            owners += demonyms_before(candidate)  # "in 2022 Kyrgyz and Tajik troops": "Kyrgyz" hung on "in"
        owners += [r for c in candidate.children if c.dep_ == "poss" and c.lower_ in ("its", "their")
                   for r in pronoun_owners(c)]
        # "the front said its fighters had ambushed …", "A and B agreed to order their troops to pull back"
        # "aircraft and helicopters carrying 585 servicemen"
        crafts = [candidate] + [c for c in candidate.children if c.dep_ == "conj" and names_forces(c)]
        owners += [g for craft in crafts for c in craft.children
                   if c.dep_ == "acl" and c.lemma_ in ("carry", "transport") for g in c.children if g.dep_ == "dobj"]
        expanded += owners + [g for o in owners if names_forces(o) for g in prepositional_objects(o, ("of", "from"))]
    return expanded


def hired(men: Token) -> bool:
    """"Syrian mercenaries hired by Turkey": men who fight for pay, for whoever hires them; their demonym tells
    where they come from, never whose forces they are (not "the Wagner group's mercenaries", named by their
    employer)."""
    return men.lemma_.lower() == "mercenary"


def examples_named(kind: Token) -> list[Token]:
    """"groups such as the TTP and the BLA", "militants such as those of Jaish al-Adl": armed groups named by their
    examples act as the first example named (not "countries such as Russia hold exercises": a claim about states in
    general; nor "countries like India": "like" compares as often as it lists)."""
    if kind.lemma_.lower() not in ANAPHORIC_GROUPS | {"militia"} and kind.lower_ not in ARMED_GROUPS:
        return []
    return [g for g in prepositional_objects(kind, "as")  # "such as": the "such" hangs on the preposition
            if any(a.lower_ == "such" for a in g.head.children)]


def demonyms_before(forces: Token) -> list[Token]:
    """"in September Kyrgyz and Tajik troops fought": demonyms right before the forces noun, which the parser hung
    elsewhere (on the date's preposition), still say whose forces they are."""
    found, i = [], forces.i - 1
    if i < forces.sent.start or forces.doc[i].ent_type_ != "NORP":
        return []  # "after talks with the Chinese, troops began pulling back": the run must touch the forces noun
    while i >= forces.sent.start and (forces.doc[i].ent_type_ == "NORP" or forces.doc[i].lower_ in ("and", ",")):
        if forces.doc[i].ent_type_ == "NORP" and forces.doc[i].head != forces and not heads_phrase(forces.doc[i]):
            found.insert(0, forces.doc[i])
        i -= 1
    return found


def named_through_state(forces: Token) -> bool:
    """"Pakistan's army said it had reinforced …", "the Pakistani army has moved …": a state's army or military
    named as its state's own (a possessive), or its army (the land service) by its demonym, is the army the article
    names, which acts itself (the annotators credit it, not the state); not "the British military", a demonym's
    description of the forces, nor "the U.S. military", its state's name as a modifier: both read as the state."""
    return any(c.dep_ == "poss" and c.ent_type_ == "GPE" or
               forces.lower_ == "army" and c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP"
               for c in forces.children)


def heads_phrase(demonym: Token) -> bool:
    """"complaints from the Kyrgyz": a demonym that heads its own noun phrase names people, not whose forces."""
    return demonym.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass") or any(c.dep_ == "det" for c in demonym.children)


def both_parties(token: Token) -> bool:
    """"both sides", "each side", "the two armies", "the armies of the two countries": the parties of the
    conflict just reported, read as the agent of the last action."""
    counted = any(c.lower_ in ("both", "each", "two") for c in token.children)
    parties = token.lemma_.lower() in ("side", "army", "country", "navy", "military") or token.lower_ in ("sides", "armies")
    of_two = any(both_parties(g) for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)
    return parties and (counted or of_two)


def both_sides_tell(trigger: Token) -> bool:
    """"… with both sides claiming to have inflicted heavy losses", "each side said it had repelled the attack": the
    subject of the action, or of the verb that tells it, is the two parties together."""
    verb = trigger
    for _ in range(3):
        if any(c.dep_ in ("nsubj", "nsubjpass") and both_parties(c) for c in verb.children):
            return True
        if verb.dep_ not in ("xcomp", "ccomp", "conj") or verb.head == verb:
            return False
        verb = verb.head
    return False


def according_to(verb: Token) -> Token | None:
    """The source of "…, according to the ministry" hung on the verb."""
    return next((g for c in verb.children if c.lower_ == "according" for t in c.children if t.lower_ == "to"
                 for g in t.children if g.dep_ == "pobj"), None)


def affiliate_of(token: Token) -> bool:
    """"the Islamic State's Afghan affiliate", "the branch of the group": an organisation named through its parent
    (not "Frontier Corps wings", the corps' own units)."""
    return token.lemma_.lower() in AFFILIATES and any(
        c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for c in token.children)


def counted_members(token: Token) -> bool:
    """"two SCO members", "three CSTO member states", "several NATO members": some members of an organisation, counted,
    are those states (one or other of them), never the organisation acting as one."""
    owners = prepositional_objects(token, "of")  # "the armies of two SCO members"
    for noun in (token, *owners):
        member = noun.lemma_.lower() == "member" or any(c.dep_ == "compound" and c.lemma_.lower() == "member"
                                                        for c in noun.children)
        if member and any(c.dep_ == "nummod" or c.dep_ in ("det", "amod") and c.lower_ in ("some", "several", "both")
                          for c in noun.children):
            return True
    return False


def police_move(trigger: Token, kind: str) -> bool:
    """"Tashkent police deployed nearly 3,000 personnel", "500 police officers were sent to the city": a move of the
    police, the forces moved (or, when none are named, the movers) all police (not "troops and police were
    deployed")."""
    if kind not in POLICE_MOVES or trigger.pos_ not in ("VERB", "AUX"):
        return False
    subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
    moved = [c for c in trigger.children if c.dep_ in ("nsubjpass", "dobj")]
    for nouns in (subjects, moved):
        nouns = [n for noun in nouns for n in (noun, *noun.conjuncts)]
        if nouns and all(_is_police(n) for n in nouns):
            return True
    return False


def _is_police(noun: Token) -> bool:
    """"police", "policemen", "police officers", "the riot police" (not "police stations")."""
    return noun.lemma_.lower() in POLICE or noun.lower_ in POLICE or \
        noun.lemma_.lower() in ("officer", "personnel", "unit", "force") and \
        any(c.dep_ in ("compound", "amod") and c.lower_ in POLICE for c in noun.children)


def names_forces(token: Token) -> bool:
    """Troops, units, aircraft, an army; also "thousands of …", "some 2,000 …" counting them."""
    return token.lemma_.lower() in FORCE_NAMES or token.lower_ in FORCE_NAMES or token.lower_ in FORCE_PARTS


def reporting_subject(pronoun: Token) -> Token | None:
    """"Uzbekistan said it had reinforced its border": "it" is the one who says so (named), not the last agent."""
    for ancestor in pronoun.ancestors:
        if ancestor.dep_ == "ccomp" and ancestor.head.lemma_ in ("say", "announce", "state", "report", "claim", "add"):
            subjects = [c for c in ancestor.head.children if c.dep_ == "nsubj"]
            subject = subjects[-1] if subjects else None  # "ALMATY - An alliance said": not the dateline
            return subject if subject is not None and subject.lower_ not in ("it", "they", "he", "she") else None
    return None


def pronoun_owners(pronoun: Token) -> list[Token]:
    """Who "its", "their" stand for: the subject of the clause above or of the verb that tells ("the front said its
    fighters had …"); after an office a person holds ("Pakistan's defence minister said its army had …", "a Taliban
    commander said its fighters …"), "its" is no person's: it is the state or group the office is named by; with no
    such subject, the states of leaders told in a clause before it."""
    subject = clause_subject(pronoun) or reporting_subject(pronoun)
    if subject is None:
        return states_of_leaders_before(pronoun)
    if pronoun.lower_ != "its" or subject.lemma_.lower() not in PERSON_HEADS:
        return [subject]
    return [c for c in subject.children
            if c.dep_ in ("poss", "amod", "compound") and c.ent_type_ in ("GPE", "NORP", "ORG")]


def states_of_leaders_before(pronoun: Token) -> list[Token]:
    """"While the Kyrgyz and Tajik presidents sat in the same hall, their troops were fighting", "As the presidents of
    Kyrgyzstan and Tajikistan met, their troops exchanged fire": "their" after a clause of leaders, which no clause
    above it names, stands for the states they lead, named by demonym or in an "of" phrase."""
    verb = next((a for a in pronoun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if pronoun.lower_ != "their" or verb is None:
        return []
    leaders = [s for c in verb.children if c.dep_ == "advcl" and c.i < pronoun.i
               for s in c.children if s.dep_ == "nsubj" and s.lemma_.lower() in PERSON_HEADS]
    states = [c for s in leaders for c in s.children
              if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "GPE")]
    states += [o for s in leaders for o in prepositional_objects(s, "of")]
    return [t for state in states for t in (state, *state.conjuncts)]


def clause_subject(pronoun: Token) -> Token | None:
    """"Kazakhstan agreed to order its troops to withdraw": a possessive pronoun stands for the subject of the nearest
    clause above it that has a named one."""
    for ancestor in pronoun.ancestors:  # not the subject the pronoun is in ("though its troops held drills")
        subjects = [c for c in ancestor.children if c.dep_ == "nsubj" and pronoun not in c.subtree] \
            if ancestor.pos_ in ("VERB", "AUX") else []
        if subjects:
            return subjects[0] if subjects[0].pos_ == "PROPN" else None
    return None


def led_alliance(token: Token) -> bool:
    """"a Russia-led military alliance", "the US-led coalition": the alliance, not the country that leads it."""
    return token.lemma_.lower() in ALLIANCE_NOUNS and \
        any(c.dep_ == "amod" and c.lemma_ == "lead" for c in token.children)


def owned(forces: Token) -> bool:
    """"Russian troops", "the group's fighters", "troops of the CSTO": forces whose owner the phrase names."""
    owners = [g for c in forces.children if c.dep_ == "prep" and c.lower_ in ("of", "from") for g in c.children]
    return any(c.dep_ in ("poss", "amod", "compound") and (c.pos_ == "PROPN" or c.ent_type_)
               for c in forces.children) or any(o.lemma_ not in ("country", "side", "state", "nation") for o in owners)


def armed_anaphor(token: Token) -> bool:
    """"it", "they", "the group", "the insurgents": the armed actor of the last action (also "given the insurgents
    control", which the parser reads as a compound "the insurgents control")."""
    if token.lower_ in ("it", "they"):
        return True
    phrase = token.head if token.dep_ == "compound" and token.tag_ == "NNS" else token
    return token.lemma_.lower() in ARMED_ANAPHORS and token.pos_ == "NOUN" and \
        any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in phrase.children) and \
        not any(c.dep_ in ("compound", "amod", "prep", "relcl", "acl") and c.lower_ not in ("armed", "militant")
                for c in token.children)


def person_subject(trigger: Token) -> bool:
    """The one who arrives or is based somewhere is a person ("X, who is based in Doha", "the head of the ISI")."""
    subjects = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
    subjects = [trigger.head if s.lower_ in ("who", "which", "that") and trigger.dep_ == "relcl" else s
                for s in subjects] or ([trigger.head] if trigger.dep_ in ("relcl", "acl") else [])
    return any(s.ent_type_ == "PERSON" or s.lemma_.lower() in PERSON_HEADS or
               any(a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in s.children) for s in subjects)


def _noun_before(trigger: Token) -> list[Token]:
    """The noun right before a participle clause: "with the Taliban regime having taken control of Kabul"
    (the parser often hangs the clause on an earlier noun)."""
    start = min(t.i for t in trigger.subtree)
    previous = trigger.doc[start - 1] if start > 0 else None
    return [previous] if previous is not None and previous.pos_ in ("NOUN", "PROPN") else []
