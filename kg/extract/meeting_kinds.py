"""What names an encounter, of which kind, and whether it happened, will happen or did not.

A trigger is a word that names the encounter ("met", "talks", "visit", "phone call", "summit"); some words
name one only in some uses ("called for" is an appeal, "a conference" any gathering). The trigger's
surroundings decide its status: negated or called off ("did not meet", "cancelled the visit"), planned
("will visit", "is expected to hold talks") or held.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .meeting_words import (AGAIN, ARGUMENTS, ATTENDING, BY_LINE, CALLED_OFF, CLAUSES, CONDITIONS, CONFERRING, COUNTS,
                            CONVENING, CONVERSING, DENIALS, DENYING_NOUNS, EARLIER, FACING, GREETINGS, GUEST_NOUNS,
                            HYPOTHETICAL, INTENDING, INTENTS, INVITATIONS, NAME_HYPHENS, NEGATIONS, OCCASIONS,
                            OCCURRING, OFFICIALS_AGAIN, ORDINALS, PASSING, PLANNED_WORDS, PRESS_TRADES, PRIVATE_ERRANDS,
                            QUESTIONING, RECALLING, REFERRING, SEPARATELY, SEPARATE_WORDS, SPECULATIVE, TALKS_FURNITURE,
                            TIME_WORDS, TRAVELLING, TRIGGERS, WISHES, WRITTEN_WORDS)
from .meeting_syntax import counted, displaced_objects, invited_by, subject_of
from .names import ROLE_HEADS
from .sentences import Sentence, per_sentence
from .tokens import prepositional_objects


@per_sentence
def triggers(sentence: Sentence) -> tuple[tuple[Token, str], ...]:
    """Every word of the sentence that names an encounter in its use here, with the encounter's kind."""
    found = []
    for token in sentence.span:
        kind = TRIGGERS.get(token.lemma_.lower()) or TRIGGERS.get(token.lower_) or \
            ("Talks" if co_chaired(token) else None)
        if invited_journey(token):
            kind = "Visit"
        elif kind is None or not is_trigger(token):
            continue
        if kind == "Talks" and by_line(token):
            kind = "PhoneCall"
        if token.lemma_ == "call" and calls_on(token):
            kind = "Visit"  # "to call on PM Imran": a courtesy call in person
        if kind == "PressConference" and not any(t.lower_ in ("press", "news") for t in token.lefts):
            kind = "Summit"  # "held an extraordinary video conference": the leaders' meeting, not a briefing
        found.append((token, kind))
    return tuple(found)


def invited_journey(verb: Token) -> bool:
    """"flew to Moscow on Tuesday at the invitation of Putin": a journey, told in the past as well as to come, made
    at someone's invitation is a visit to him; not an arrival ("arrived in Baku at the invitation of X")."""
    return verb.pos_ == "VERB" and verb.lemma_ in TRAVELLING and \
        any(c.dep_ == "prep" and c.lower_ == "at" and invited_by(c) for c in verb.children)


@per_sentence
def main_trigger(sentence: Sentence) -> tuple[Token, str] | None:
    """The word that names the sentence's encounter: the one with its parties ("talks with …", "met X")
    over one that only dates it ("on the eve of the dialogue"), the one travelled to over the travel ("will travel
    to Kabul to meet the Taliban"), and the sentence's over a headline joined to it; none when the encounter is
    negated. A clause of its own negates only itself: "would host a meeting of A and
    B, and that C had been invited to visit"."""
    scopes = negated_scopes(sentence)
    found = [(t, kind) for t, kind in triggers(sentence) if not any(t in scope for scope in scopes)]
    if not found:
        return None
    breaks = [t.i for t in sentence.span if "\n" in t.text]  # a headline the splitter joined to the sentence
    main = max(found, key=lambda item: (item[0].i > max(breaks, default=-1), not _leads_to_another(item[0], found),
                                        not _agreed_together(item[0]), with_parties(item[0]), item[0].pos_ == "VERB",
                                        -item[0].i))
    return None if called_off_after(sentence, main[0]) else main


def _leads_to_another(trigger: Token, found: list[tuple[Token, str]]) -> bool:
    """"will travel to Kabul to meet X", "travel to Beijing for talks with Y": a journey to an encounter with whom it
    names; not "travel to India for next year's summit" (the summit's host is the country travelled to)."""
    return trigger.lemma_ == "travel" and any(other != trigger and other in trigger.subtree and
                                              (other.pos_ == "VERB" or with_parties(other)) for other, _ in found)


def _agreed_together(trigger: Token) -> bool:
    """"A and B agreed on patrols at talks in Dushanbe": the talks name the encounter, not the decision taken at it."""
    return trigger.lemma_ == "agree" and not any(c.dep_ == "prep" and c.lower_ == "with" for c in trigger.children)


def called_off_after(sentence: Sentence, trigger: Token) -> bool:
    """"A was expected to meet B on Saturday, but no talks took place": an encounter that was to come, then a bare
    one that did not happen (it names no parties of its own) in the same sentence: the planned one did not."""
    return is_planned(sentence, trigger) and any(
        other != trigger and not with_parties(other) and _did_not_happen(other) for other, _ in triggers(sentence))


def _did_not_happen(trigger: Token) -> bool:
    """"no talks took place", "the meeting did not take place", "talks were not held": a verb of occurrence
    negated; not "talks did not produce a deal", "no talks were expected"."""
    verb = trigger.head
    if verb.lemma_ not in OCCURRING:
        return False
    return any(c.dep_ == "det" and c.lower_ == "no" for c in trigger.children) or \
        trigger.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "neg" for c in verb.children)


@per_sentence
def negated_scopes(sentence: Sentence) -> tuple[Span, ...]:
    """The clauses of the sentence's negated encounters ("did not meet", "had been invited to visit"): nothing
    named in them takes part in another encounter of the sentence."""
    return tuple(_clause_of(token) for token, _ in triggers(sentence) if negated(token))


def _clause_of(token: Token) -> Span:
    """The clause a word belongs to: up to a verb that heads a clause of its own."""
    while not (token.dep_ in CLAUSES and token.pos_ in ("VERB", "AUX")) and token.head != token:
        token = token.head
    return token.doc[token.left_edge.i:token.right_edge.i + 1]


def with_parties(token: Token) -> bool:
    """The trigger names its parties: "talks with X", "met X", "a meeting of the NATO-Russia Council", "leaders of
    A and B are gathering for the meeting"."""
    gathering = token.dep_ == "pobj" and token.head.lower_ == "for" and token.head.head.lemma_ in CONVENING and \
        any(c.dep_ == "nsubj" for c in token.head.head.children)
    return gathering or any(
        c.dep_ == "prep" and c.lower_ in ("with", "between") or c.dep_ == "dobj" and c.pos_ == "PROPN" or
        token.pos_ == "NOUN" and c.dep_ == "prep" and c.lower_ == "of" and
        any(g.dep_ == "pobj" and g.pos_ == "PROPN" and g.ent_type_ in ("ORG", "GPE") for g in c.children)
        for c in token.children)


def is_trigger(token: Token) -> bool:
    """Words that name an encounter only in some uses: "call" (to someone, not "called for"), a press
    conference (not any conference), "discussed" (by two parties, or with someone), "spoke" (with someone
    or by phone), "received"/"hosted" (a person), "call on" (a courtesy visit)."""
    lemma = token.lemma_.lower()
    with_someone = any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children)
    if lemma == "call" and token.pos_ == "VERB":
        return any(c.lower_ in ("to", "with") for c in token.children) or calls_on(token) or rings(token)
    if lemma == "session":  # "a joint session", "hosted a session of the OIC", not a parliament's own session
        return any(t.lower_ == "joint" for t in token.lefts) or token.head.lemma_ == "host" or \
            any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in token.children)
    if lemma == "conference":  # a press or video conference, one attended or hosted; not any conference
        return any(t.lower_ in ("press", "news", "joint", "video", "virtual", "online") for t in token.lefts) or \
            token.head.lemma_ in ("attend", "host") or \
            any(c.lemma_ == "host" and c.dep_ == "acl" for c in token.children)
    if lemma == "discuss":  # "to discuss the border with Taliban officials": the parser hangs "with" on the topic
        topics = [t for c in token.children if c.dep_ == "dobj" for t in (c, *c.conjuncts)]
        return plural_subject(token) or with_someone or any(g.dep_ == "prep" and g.lower_ == "with"
                                                            for t in topics for g in t.children)
    if lemma == "sign":  # "Singh and Shoigu signed an agreement", "signed a deal with X"; not "signed a decree"
        deal_with = any(c.dep_ == "dobj" and any(g.dep_ == "prep" and g.lower_ == "with" for g in c.children)
                        for c in token.children)
        return token.pos_ == "VERB" and (plural_subject(token) or with_someone or deal_with)
    if lemma == "sit":  # "sat down with the activists", "sat across the table from X", "sat opposite X"
        return token.pos_ == "VERB" and (with_someone and any(c.lower_ == "down" for c in token.children) or
                                         facing(token))
    if lemma == "agree":  # "agreed with his counterpart on a ceasefire"; not "agreed with the assessment that"
        # two persons joined agree to or on something ("He and B agreed to …"), not that (a view: "agreed that …")
        settled = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "on" or c.dep_ == "xcomp"]
        return token.pos_ == "VERB" and bool(settled) and (with_someone or persons_joined(token) and any(
            c.dep_ == "prep" or any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in settled))
    if lemma == "speak":  # "A and B spoke on the sidelines of the summit", "A and B will speak again"; not "A and B
        to_others = any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children)  # spoke at the summit", "spoke
        return with_someone or by_line(token) or spoken_to(token) is not None or \
            spoken_to_counted(token) is not None or \
            plural_subject(token) and not to_others and (  # to reporters"
                on_sidelines(token) or any(c.lower_ == "again" for c in token.children))
    if lemma in ("receive", "host", "welcome"):  # "received Wang", "Wang was received by the president"
        guest = ("dobj", "nsubjpass") if any(c.dep_ == "agent" for c in token.children) else ("dobj",)
        guests = [c for c in token.children if c.dep_ in guest] + displaced_objects(token)
        return not habitual(token, guests) and \
            any(c.ent_type_ == "PERSON" or c.pos_ == "PROPN" or c.lemma_ in GUEST_NOUNS for c in guests)
    if lemma == "tell":  # "Modi told Putin in Samarkand that …"; not "told reporters", "told the summit"
        return token.pos_ == "VERB" and bool(told(token))
    if lemma == "due":  # "Araghchi is due in Beijing on Monday": expected in a capital; not "due to", "due in March"
        return token.dep_ == "acomp" and any(c.dep_ == "nsubj" for c in token.head.children) and \
            any(g.ent_type_ == "GPE" for g in prepositional_objects(token, "in")) and not back_from(token)
    if lemma == "visit" and token.pos_ == "VERB":  # "will visit London for treatment": no host met
        return not private_journey(token)
    if lemma in ("consultation", "consultations"):  # "recalled its envoy to Canada for consultations": at home
        return not (token.head.lower_ == "for" and token.head.head.lemma_ in RECALLING)
    if lemma == "invite":  # "invited Tokayev to Moscow, and Tokayev accepted"; not "invited him to visit Moscow" (the
        return token.pos_ == "VERB" and invited_to_capital(token)  # visit is the trigger), nor one not accepted
    if lemma == "travel":  # "is expected to travel to Moscow": a visit to come; not "travelled to Batken", "keen
        return token.pos_ == "VERB" and _to_come_abroad(token)  # for Modi to travel to Beijing"
    if lemma in CONFERRING:
        return token.pos_ == "VERB" and (with_someone or plural_subject(token))
    if lemma in GREETINGS:  # "exchanged views with X": the parser may hang "with" on what was exchanged
        shared = [c for c in token.children if c.dep_ == "dobj" and c.lower_ in GREETINGS[lemma]]
        return token.pos_ == "VERB" and bool(shared) and (with_someone or plural_subject(token) or any(
            g.dep_ == "prep" and g.lower_ == "with" for g in shared[0].children))
    if lemma == "conversation":
        return by_line(token) or with_someone
    return token.pos_ in ("VERB", "NOUN", "PROPN")


def _to_come_abroad(travel: Token) -> bool:
    """"will travel to India", "is expected to travel to Moscow", "would travel to Beijing": travel to a place
    named, with a word that sets it in the future (the country visited is the host's to check)."""
    planned = governing_words(travel) | {c.lower_ for c in travel.children if c.dep_ == "aux"}
    return bool(planned & PLANNED_WORDS) and travel.tag_ == "VB" and not back_from(travel) and \
        not private_journey(travel) and any(g.ent_type_ == "GPE" for g in prepositional_objects(travel, "to"))


def private_journey(verb: Token) -> bool:
    """"will travel to London for medical treatment", "to undergo surgery", "BBC correspondent X will travel to
    Kabul": a journey on one's own errand, or a reporter's to cover a country, meets no host."""
    errands = prepositional_objects(verb, "for")
    errands += [o for c in verb.children if c.dep_ in ("advcl", "xcomp") for o in c.children if o.dep_ == "dobj"]
    traveller = _traveller(verb)
    reporting = traveller is not None and any(t.lemma_.lower() in PRESS_TRADES for t in (traveller, *traveller.children)
                                              if t == traveller or t.dep_ in ("compound", "appos"))
    return reporting or any(e.lemma_.lower() in PRIVATE_ERRANDS for e in errands)


def _traveller(verb: Token) -> Token | None:
    """Who travels: the verb's subject, or that of the verb it completes ("X is expected to travel")."""
    while True:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or verb.dep_ != "xcomp":
            return subject
        verb = verb.head


def told(verb: Token) -> Token | None:
    """The person a person told something: "Modi told Putin that …", "he told Xi"; one person addressing another
    spoke with him, face to face or by phone."""
    speaker = any(c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or c.lower_ in ("he", "she")) for c in verb.children)
    return next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.ent_type_ == "PERSON"), None) \
        if speaker and not told_apart(verb) else None


def _person(subject: Token) -> bool:
    """A person's name, or an office in apposition with one ("Iran's foreign minister Abbas Araghchi")."""
    return subject.ent_type_ == "PERSON" or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in subject.children)


def back_from(due: Token) -> bool:
    """"is due in Astana on Friday after his visit to Tokyo", "is due in Islamabad, ending a trip to Riyadh": home
    from an encounter the sentence tells (which is its encounter), not a visit to the capital."""
    return any((c.dep_ == "prep" and c.lower_ in ("after", "from") or c.dep_ == "advcl" and c.tag_ == "VBG") and
               any(TRIGGERS.get(t.lemma_.lower()) for t in c.subtree) for v in (due, due.head) for c in v.children)


def facing(verb: Token) -> bool:
    """"sat across a table from Putin", "sat opposite Xi": one person facing another at the same table."""
    if not any(c.dep_ == "nsubj" and _person(c) for c in verb.children):
        return False  # who sits is named with the verb: not a clause the parser joined to another one's subject
    if any(c.lower_ in FACING and g.dep_ == "pobj" and g.ent_type_ != "PERSON" and g.lemma_ not in TALKS_FURNITURE
           for c in verb.children for g in c.children):
        return False  # "sat across the aisle from X", "sat opposite the portrait of Mao"
    across = any(c.lower_ in FACING for c in verb.children)  # "sat across from X": "from" on the verb
    sides = [t for t in verb.subtree if t.lower_ in FACING and t.head == verb or
             t.lower_ == "from" and (t.head.head.lower_ in FACING or t.head == verb and across)]
    return any(t.ent_type_ == "PERSON" and not _described(t, side) for side in sides for t in side.subtree)


def _described(name: Token, side: Token) -> bool:
    """"sat across from a portrait of Khomeini": the name is of what one faces (under an "of"), not whom; not
    "the foreign minister of Saudi Arabia, Faisal bin Farhan"."""
    while name != side and name.head != name:
        if name.dep_ == "prep" and name.lower_ == "of" and name.head.lemma_.lower() not in ROLE_HEADS:
            return True
        name = name.head
    return False


def spoken_to(verb: Token) -> Token | None:
    """The name a person spoke to: "Modi spoke to Putin on Sunday"; not "spoke to reporters", "spoke to the summit"
    ("spoke to Reuters": the meeting reader finds no person in it)."""
    return next((g for g in prepositional_objects(verb, "to") if g.ent_type_ == "PERSON" or g.pos_ == "PROPN"), None) \
        if not told_apart(verb) else None


def spoken_to_counted(verb: Token) -> Token | None:
    """"Putin spoke to both presidents", "spoke with the two leaders by phone": persons counted, not named. A phone
    is how they spoke (no encounter of its own to read: its parties are the counted ones)."""
    return next((g for preposition in ("to", "with") for g in prepositional_objects(verb, preposition)
                 if (found := counted(g)) and found[1] == "Person"), None) \
        if not told_apart(verb, ("phone", "telephone", "call")) else None


def met_counted(trigger: Token) -> Token | None:
    """"Putin also met both leaders", "held phone talks with the two presidents": the persons met are counted, not
    named (whom the count stands for is read by the meeting reader); not "the Kazakh and Uzbek leaders", whom their
    countries name, with no number."""
    met = [c for c in trigger.children if c.dep_ == "dobj"] if trigger.lemma_ in ("meet", "receive", "call") else []
    holder = trigger.head if trigger.dep_ == "dobj" else trigger  # "held talks with": the phrase may hang on "held"
    met += prepositional_objects(trigger, "with") + (prepositional_objects(holder, "with") if holder != trigger else [])
    return next((g for g in met if (found := counted(g)) and found[1] == "Person"
                 and any(c.lower_ in COUNTS for c in g.children)), None)


def told_apart(verb: Token, ways_of_talking: tuple[str, ...] = ()) -> bool:
    """"told Biden in a letter", "through an envoy": words that did not need the two to talk; and "told Putin in a
    phone call", "during their meeting": the encounter its own word reports, with its own kind (but not
    ``ways_of_talking``)."""
    means = [c for c in verb.children if c.dep_ == "prep"]
    return any(c.lower_ in ("through", "via") or c.lower_ in ("in", "by", "during") and
               any(g.dep_ == "pobj" and (g.lemma_.lower() in WRITTEN_WORDS or g.lemma_.lower() in TRIGGERS)
                   and g.lemma_.lower() not in ways_of_talking for g in c.children) for c in means)


def on_sidelines(token: Token) -> bool:
    """"spoke on the sidelines (of the summit)": an encounter beside a larger one."""
    return any(c.dep_ == "prep" and c.lower_ in ("on", "at") and any(g.lower_ == "sidelines" for g in c.children)
               for c in token.children)


def separately(sentence: Sentence, trigger: Token, kind: str) -> bool:
    """One party's several encounters: phone calls, "separate bilateral talks", "also held meetings with", "met
    A and B separately", "held talks with A and with B" (a "with" of its own for each)."""
    words = [t for token, _ in triggers(sentence) for t in (token, *token.children, *token.head.children)]
    conversation = trigger.lemma_ in CONVERSING and trigger.pos_ == "VERB"  # "spoke with A, B and C": one talk each
    return kind == "PhoneCall" or conversation or any(t.lower_ in SEPARATELY for t in words) or \
        any(t.lower_ in SEPARATE_WORDS or t.lower_ == "with" and t.dep_ == "conj"
            for t in trigger.subtree)


def rings(verb: Token) -> bool:
    """"Blinken called Lavrov on Tuesday", "A called his Indian counterpart, B": a person named (or one's
    counterpart, named) as called, the one thing the verb takes; not "called Putin a friend", "called his counterpart a
    liar", "called the claims false" (naming), "called up reservists", a passive."""
    taken = [c for c in verb.children if c.dep_ in ("dobj", "oprd", "xcomp", "ccomp", "prt")]
    return len(taken) == 1 and taken[0].dep_ in ("dobj", "oprd") and \
        (taken[0].ent_type_ == "PERSON" or taken[0].pos_ == "PROPN" or _own_counterpart(taken[0])) and \
        not named_as(taken[0]) and any(c.dep_ == "nsubj" for c in verb.children)


def _own_counterpart(noun: Token) -> bool:
    """"his Indian counterpart, B": the person across the table from the subject, named beside; not "the
    counterpart's remarks", nor one left unnamed ("the DGMO called his Indian counterpart": who called, an office
    or a body, is no party the text names)."""
    return noun.lemma_ == "counterpart" and noun.tag_ == "NN" and \
        any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in noun.children) and \
        any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in noun.children)


def named_as(person: Token) -> bool:
    """"called Xi a dictator", "called Putin \"my dear friend\"": a name given right after the person (the parser
    often hangs it on him); not "called Modi, his old friend, on Friday", "called Putin last night"."""
    after = person.doc[person.i + 1] if person.i + 1 < len(person.doc) else None
    return after is not None and (after.is_quote or after.pos_ in ("DET", "ADJ", "NOUN", "PRON", "NUM") and
                                  after.ent_type_ not in ("DATE", "TIME"))


def calls_on(verb: Token) -> bool:
    """"is expected to call on PM Imran": a courtesy call, not "called on the Taliban to form …", nor a date
    ("called Putin a friend on Tuesday")."""
    on = [c for c in verb.children if c.lower_ == "on" and
          not any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children)]
    doc = verb.doc
    follows = [doc[o.right_edge.i + 1].lower_ for o in on if o.right_edge.i + 1 < len(doc)]
    return bool(on) and not any(t.lower_ == "to" and t.head.i > verb.i for t in verb.subtree) and "to" not in follows


def co_chaired(verb: Token) -> bool:
    """"A and his counterpart B co-chaired the 21st session of the commission": each chairs for his own side, so the
    two met (the parser splits "co-chaired" into three words)."""
    doc = verb.doc
    return verb.lemma_ == "chair" and verb.pos_ == "VERB" and verb.i >= 2 and doc[verb.i - 1].text in NAME_HYPHENS and \
        doc[verb.i - 2].lower_ == "co"


def by_line(token: Token) -> bool:
    """"spoke by telephone", "telephone conversations", "by video link"."""
    near = [t for t in token.subtree] + list(token.head.children) + [token.head]
    return any(t.lower_ in BY_LINE for t in near)


def negated(trigger: Token) -> bool:
    """"did not meet", "will not visit", "no talks were held", "never met", "refused to meet",
    "cancelled the visit", "should return to talks": an encounter that did not or will not happen."""
    verbs = (trigger, trigger.head) if trigger.dep_ == "acomp" else (trigger,)  # "is not due in Moscow"
    if any(c.dep_ == "neg" or c.lower_ in NEGATIONS for v in verbs for c in v.children):
        return True
    if trigger.dep_ == "xcomp" and trigger.head.lemma_ == "fail":
        return True  # "failed to meet"; not "the talks failed to produce a breakthrough": those were held
    if any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL for t in (trigger, *trigger.ancestors) for c in t.children):
        return True  # "should return to talks", "could meet": not an encounter that happened or is planned
    if speculated(trigger) or denied_by_noun(trigger):
        return True
    if any(appeal(a) for a in _up_to_occasion(trigger)):
        return True  # "called on both neighbours to settle their differences through dialogue"
    if any(a.lemma_ == "rule" and any(c.lower_ == "out" for c in a.children) or _forms(a) & (WISHES | DENIALS) and
           not (a.lemma_ == "invite" and (invitation_accepted(trigger) or invitation_dated(a))) and not _done_by(a) or
           any(c.dep_ == "acomp" and c.lemma_ in WISHES for c in a.children) for a in _up_to_occasion(trigger)):
        return True  # "has ruled out holding any direct talks", "is keen for Modi to travel to Beijing", "denied
    return any(_refused(head, head == trigger.head) for head in governing(trigger))  # that Putin had met …"


def appeal(verb: Token) -> bool:
    """"called on the two sides to resume talks": what one is called on to do is asked for, not arranged (not "is
    to call on PM Imran", a courtesy visit)."""
    return verb.lemma_ == "call" and any(c.lower_ in ("on", "upon") for c in verb.children) and \
        any(c.dep_ == "xcomp" for c in verb.children)


def invitation_accepted(trigger: Token) -> bool:
    """"X invited Y to India for the summit, and the invitation was accepted" (or "Y accepted"): the encounter is
    planned, no longer only wished for; not "after Russia accepted the terms of the deal", nor an acceptance told
    in the infinitive, which is still to come or refused ("has yet to accept", "declined to accept")."""
    return any(t.lemma_ == "accept" and t.pos_ == "VERB" and
               not any(c.dep_ == "neg" or c.dep_ == "aux" and c.tag_ == "TO" for c in t.children) and
               all(c.lemma_.lower() in INVITATIONS for c in t.children if c.dep_ == "dobj") for t in trigger.sent)


def invitation_dated(invite: Token) -> bool:
    """"X has been invited to meet Y in Kabul next week", "X was invited to visit Beijing on June 3", "A invited X to
    visit Pakistan next year": the invited one's encounter on a set day is arranged (a visit's party is the country
    visited); one with no day stays a wish, and whom an inviter named in the sentence would meet otherwise ("A
    invited X to talks next week"), the inviter or the host country, is left open. The day
    is the encounter's, not the invitation's ("was invited in 2019 to visit Delhi"); an invitation turned down
    ("but declined") arranged nothing; one told in a relative clause ("X, who was invited to visit Tokyo in May,
    met Y") is background to the sentence's own encounter."""
    encounters = [c for c in invite.children if c.dep_ in ("xcomp", "advcl")]
    invited = any(c.dep_ == "nsubjpass" and c.tag_ not in ("WP", "WDT") for c in invite.children) or \
        any(c.dep_ == "dobj" for c in invite.children) and any(c.lemma_ == "visit" for c in encounters)
    return invited and \
        not any(c.dep_ in ("neg", "agent") for c in invite.children) and \
        not any(c.dep_ == "conj" and _turned_down(c) for c in invite.children) and \
        any(t.ent_type_ == "DATE" for c in encounters for t in c.subtree)


def _turned_down(verb: Token) -> bool:
    """"was invited to meet X in May but declined", "…, but never went": the invitation was not taken up."""
    return verb.lemma_ in CALLED_OFF or any(c.dep_ == "neg" or c.lower_ in NEGATIONS for c in verb.children)


def invited_to_capital(invite: Token) -> bool:
    """"Putin invited Tokayev to Moscow, and Tokayev accepted the invitation": a named person invited to a place named,
    the invitation accepted, is a visit to come; one that names its own encounter ("to visit", "for the summit"),
    invites a group ("investors") or is not accepted is not."""
    guests = [c for c in invite.children if c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN")]
    places = [g for g in prepositional_objects(invite, "to") if g.ent_type_ == "GPE"]
    encounter = any(t != invite and (TRIGGERS.get(t.lemma_.lower()) or TRIGGERS.get(t.lower_)) for t in invite.subtree)
    return bool(guests and places) and not encounter and invitation_accepted(invite)


def invited_to(trigger: Token) -> Token | None:
    """The place a person was invited to for the encounter: "invited Putin to India for the summit", "invited
    Muttaqi to visit Islamabad"."""
    verb = next((a for a in (trigger, *trigger.ancestors) if a.lemma_ == "invite"), None)
    if verb is None:
        return None
    places = [g for g in prepositional_objects(verb, "to") if g.pos_ == "PROPN"]
    places += [c for c in trigger.children if c.dep_ == "dobj" and c.pos_ == "PROPN" and trigger.lemma_ == "visit"]
    return places[0] if places else None


def speculated(trigger: Token) -> bool:
    """"a question on a possible Macron-Putin meeting", "asked whether Scholz would meet Erdogan", "it is unclear
    whether they will meet", "asked about talks with X, he said no such contact was planned", "if A meets B",
    "a meeting of A and B is possible": an encounter only thought of, asked about or on a condition, neither held
    nor planned."""
    if any(c.dep_ == "amod" and c.lower_ in SPECULATIVE for c in trigger.children):
        return True
    if trigger.dep_ == "nsubj" and any(c.dep_ == "acomp" and c.lower_ in SPECULATIVE | {"conceivable", "unlikely"}
                                       for c in trigger.head.children):
        return True  # "a meeting between A and B is possible only after a ceasefire"
    above = _up_to_purposed(trigger)
    asked = next((t for t in above if t.lemma_ == "ask" and t.tag_ == "VBN"), None)
    if asked is not None and any(t.lower_ in NEGATIONS and _denies_encounter(t.head) for t in trigger.sent
                                 if t not in asked.subtree):
        return True  # "Asked about talks with X, he said no such contact was planned"
    if any(c.dep_ == "advcl" and any(_condition(m) for m in c.children)
           for t in (trigger, *above) for c in t.children if t.pos_ in ("VERB", "AUX")):
        return True  # "will meet B only if the corridor reopens": an encounter on a condition
    return asked_if(trigger) or any(c.dep_ == "mark" and c.lower_ in QUESTIONING or _condition(c)
                                    for t in (trigger, *above) for c in t.children)  # "if A meets B, …"


def asked_if(trigger: Token) -> bool:
    """"Did they meet Modi?", "Will Putin visit India?": a question to be answered yes or no (its auxiliary before its
    subject) asks whether the encounter happens; not "What did A and B discuss?", which tells that they met."""
    sentence = trigger.sent
    if not sentence.text.rstrip().endswith("?"):
        return False
    verb = next((t for t in (trigger, *_up_to_clause(trigger)) if t.pos_ in ("VERB", "AUX")), None)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb is not None else None
    return subject is not None and any(c.dep_ in ("aux", "auxpass") and c.i < subject.i for c in verb.children) and \
        not any(t.tag_ in ("WP", "WP$", "WRB", "WDT") for t in sentence)


def _up_to_purposed(trigger: Token) -> list[Token]:
    """The words above the trigger up to its clause, and on up through the clause it is the purpose of: in "asked
    whether he would travel to Kabul to meet X" the question is on the travel, and so on the meeting."""
    found = _up_to_clause(trigger)
    top = found[-1] if found else trigger
    while top.head != top and top.dep_ in ("advcl", "xcomp") and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in top.children):
        found += [top.head, *_up_to_clause(top.head)]
        top = found[-1]
    return found


def _condition(mark: Token) -> bool:
    """"if", "unless": a condition; not "even if" or "as if" ("met Aliyev, even if no deal was signed")."""
    before = mark.doc[mark.i - 1].lower_ if mark.i > 0 else ""
    return mark.dep_ == "mark" and mark.lower_ in CONDITIONS and before not in ("even", "as")


def _denies_encounter(word: Token) -> bool:
    """What a negation in the reply to a question about talks denies: an encounter or its plan ("no such contact
    was planned", "there will be no meeting", "did not plan to meet"), not something else ("Washington should not
    interfere")."""
    return word.lemma_ in TRIGGERS or word.lemma_ in DENYING_NOUNS or word.lemma_ == "contact"


def denied_by_noun(trigger: Token) -> bool:
    """"there has been no announcement of a summit between A and B", "no date for the talks": the encounter is
    what no such thing exists of; not "no sign of progress at the talks", "no details of the talks were released"
    (those were held)."""
    head = trigger.head
    return trigger.dep_ == "pobj" and head.lower_ in ("of", "for") and head.head.lemma_ in DENYING_NOUNS and \
        any(c.lower_ == "no" for c in head.head.children)


def _up_to_clause(trigger: Token) -> list[Token]:
    """The words above the trigger up to the verb that heads its clause."""
    found, token = [], trigger
    while token.head != token and not (token.dep_ in CLAUSES and token.pos_ in ("VERB", "AUX")):
        token = token.head
        found.append(token)
    return found


def _done_by(verb: Token) -> bool:
    """"The deal was prepared by two visits": a passive with its agent tells what the encounter did, not that one
    was ready ("prepared to meet") or wished for."""
    return verb.pos_ == "VERB" and verb.lemma_ == "prepare" and any(c.dep_ == "agent" for c in verb.children)


def _forms(token: Token) -> set[str]:
    """The token's lemma and its plain forms, for the parser's slips ("hopes" lemmatised as "hop")."""
    lower = token.lower_
    return {token.lemma_, lower, lower.removesuffix("s"), lower.removesuffix("d")}


def _up_to_occasion(trigger: Token) -> list[Token]:
    """The trigger's ancestors below the verb it is the occasion of: "urged the Taliban to act, at a meeting
    in Islamabad" is urging done at a meeting, not a wish for one."""
    found = []
    for token in trigger.ancestors:
        if token.dep_ == "prep" and token.lower_ in OCCASIONS:
            break
        found.append(token)
    return found


def governing(trigger: Token) -> list[Token]:
    """The words the trigger is an argument or purpose of, up to its clause: "declined an invitation to meet",
    "will not travel to Moscow to meet", "called for talks"; not the verb of a clause it modifies."""
    heads, token = [], trigger
    while token.head != token and (token.dep_ in ARGUMENTS or token.dep_ == "advcl" and
                                   any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)):
        token = token.head
        heads.append(token)
        if token.pos_ == "VERB" and token.lemma_ not in PASSING | CALLED_OFF or \
                token.pos_ == "NOUN" and token.lemma_ not in INTENTS and token.lemma_.lower() not in TRIGGERS:
            break  # "refused to comment on the talks", "did not go into details of the talks": not of the talks
    return heads


def _refused(head: Token, direct: bool) -> bool:
    """A word that negates ("did not hold talks", "will not travel … to meet"), calls off ("declined an
    invitation to meet") or only asks for ("called for talks") the encounter it governs. A negation further up
    counts only on going or holding: "did not comment on the talks" leaves the talks held."""
    if any(c.dep_ == "neg" for c in head.children) and (direct or head.lemma_ in PASSING):
        return True
    if head.lemma_ in CALLED_OFF and head.lemma_ != "call":
        return True
    if head.lemma_ in INTENTS and any(c.lower_ == "no" for c in head.children):
        return True  # "had no plans to meet"
    return head.lemma_ == "call" and any(c.lower_ in ("off", "for") for c in head.children)


def plural_subject(verb: Token) -> bool:
    """"A and B discussed", "the leaders discussed", "A and B are due to speak again", "the two officers agreed to
    a truce and will speak again": a subject of two or more parties (joined, or counted), of the verb, of the one
    it completes or of the one it is joined to."""
    subjects = ("nsubj",)  # not "Afghanistan and Ukraine were discussed": a topic
    while verb.dep_ in ("xcomp", "acomp", "conj") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb, subjects = verb.head, ("nsubj", "nsubjpass")  # "A and B are expected to discuss"
    return any(c.dep_ in subjects and (any(g.dep_ == "conj" for g in c.children) or c.lower_ in ("leaders", "sides") or
                                       _counted_known(c)) for c in verb.children)


def persons_joined(verb: Token) -> bool:
    """"Mirziyoyev and Xi agreed", "He and Mirziyoyev agreed": a subject of two persons joined, each by name (or one
    as "he"); not "the two sides", "Kyrgyzstan and Tajikistan"."""
    return any(c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or c.lower_ in ("he", "she")) and
               any(g.dep_ == "conj" and g.ent_type_ == "PERSON" for g in c.children) for c in verb.children)


def _counted_known(subject: Token) -> bool:
    """"The two officers", "both ministers": persons counted whom the text named before; not "two police officers",
    new ones."""
    return counted(subject) is not None and any(c.lower_ in ("the", "both") for c in subject.children)


def is_planned(sentence: Sentence, trigger: Token) -> bool:
    """"will visit", "is expected to call on", "will travel … for consultations", "will travel to X to attend the
    conference", "accepted the invitation to visit"."""
    if trigger.lemma_ == "invite":
        return True  # "invited Tokayev to Moscow, and Tokayev accepted": the visit is to come
    verb = next((t for t in (trigger, *trigger.ancestors) if t.pos_ in ("VERB", "AUX")), trigger)
    purpose = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and verb.dep_ == "advcl"
    if any(c.dep_ == "aux" and c.lower_ in ("will", "shall") for v in (verb, verb.head)[:1 + purpose]
           for c in v.children) and trigger.tag_ != "VBD":
        return True
    clauses = [t for t in trigger.subtree if t.dep_ in ("relcl", "ccomp")]  # not "… at which Putin said it would"
    words = {t.lower_ for t in trigger.head.subtree if not any(t in c.subtree for c in clauses)} \
        if trigger.pos_ == "NOUN" else set()
    words |= {t.lower_ for t in trigger.lefts} | {t.lower_ for t in trigger.head.lefts}
    words |= {t.lower_ for t in trigger.children} | {trigger.head.lower_}  # "accepted the invitation to visit"
    words |= governing_words(trigger) | {trigger.lower_}  # "is due in Beijing"
    words |= {c.lower_ for c in verb.children if c.dep_ == "acomp"}  # "is due in Washington for talks with X"
    invited = any(a.lemma_ == "invite" for a in trigger.ancestors)  # "invited Putin to India for the summit"
    return (bool(words & PLANNED_WORDS) or _to_come(verb) or _intended(verb) or _attendance_to_come(trigger) or
            invited) and trigger.tag_ not in ("VBD", "VBN")


def _attendance_to_come(trigger: Token) -> bool:
    """"the summit in Astana, which A and B are expected to attend": who will attend tells of a summit to come."""
    return any(c.dep_ == "relcl" and any(t.lemma_ in ATTENDING for t in c.subtree) and
               ({t.lower_ for t in c.subtree} & PLANNED_WORDS) for c in trigger.subtree)


def _intended(verb: Token) -> bool:
    """"The two ministers agreed to meet again in December", "decided to hold talks": settled on, still to come;
    not "agreed on a ceasefire at the talks" (the talks were held)."""
    holding = verb.lemma_ in TRIGGERS or verb.lemma_ in ("hold", "have", "convene")  # not "agreed to continue
    settled = verb.head.head if verb.dep_ == "conj" and verb.head.dep_ == "xcomp" else verb.head  # consultations"
    return holding and verb.tag_ == "VB" and verb.dep_ in ("xcomp", "conj") and settled.lemma_ in INTENDING
    # "agreed to keep in touch and to hold the next round": the second of what was agreed as well


def _to_come(verb: Token) -> bool:
    """"Lavrov is to visit Beijing", the headline's "Biden to meet Putin": an infinitive that no finite verb
    governs, or that "is" governs, tells of an encounter to come."""
    if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if verb.dep_ in ("relcl", "acl") and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("PROPN", "NOUN"):
        return True  # a headline without a verb of its own: "Biden to meet Putin in Geneva"
    return verb.dep_ == "ROOT" or verb.head.lemma_ == "be" and verb.dep_ in ("xcomp", "ccomp", "advcl")


def governing_words(trigger: Token) -> set[str]:
    """The verbs the trigger is the object or purpose of, with their auxiliaries, up to its clause: "is
    expected to travel … for talks", "is scheduled to hold talks", "is expected to travel to Kabul to meet X"; not
    the verb of another clause ("began a day after he returned from a visit")."""
    words: set[str] = set()
    token = trigger
    while (token.dep_ in ("pobj", "prep", "dobj", "xcomp", "attr", "nsubj", "nsubjpass") or _purpose(token)) and \
            token.head != token:
        token = token.head
        words |= {token.lower_} | {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}
    return words


def _purpose(verb: Token) -> bool:
    """"(travel to Kabul) to meet X": an infinitive that tells what another verb is done for."""
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def another_round(trigger: Token) -> bool:
    """"Another round of talks", "the next round of consultations", "further talks", "the commanders will meet
    again": the same parties again."""
    words = [trigger] + ([trigger.head.head] if trigger.head.lower_ == "of" else [])
    return any(c.lower_ in AGAIN for w in words for c in w.children) or _met_again_by_officials(trigger)


def _met_again_by_officials(verb: Token) -> bool:
    """"The senior commanders would meet again", "the delegations are to meet again": officials who name no one,
    of the sides of the encounter just reported; not "the cabinet will meet again", "they will meet again"."""
    if verb.pos_ != "VERB" or not any(c.lower_ == "again" for c in verb.children):
        return False
    subject = subject_of(verb)
    return subject is not None and subject.lower_ in OFFICIALS_AGAIN and \
        not any(c.dep_ == "nummod" for c in subject.children)


def habitual(verb: Token, guests: list[Token]) -> bool:
    """"Russia and China already host Taliban envoys": the present tense with guests of a kind and no day tells
    whom a country keeps (embassies, refugees), not an encounter; not "Tokayev hosts Xi on Wednesday", a person
    hosting ("Mirziyoyev hosts Afghan delegates", a headline's present), guests received for talks."""
    return verb.tag_ in ("VBP", "VBZ") and bool(guests) and \
        all(g.tag_ == "NNS" and not any(c.dep_ in ("det", "nummod", "poss") for c in g.children) for g in guests) and \
        not any(t.ent_type_ == "DATE" for t in verb.sent) and \
        not any(c.dep_ == "nsubj" and _person(c) for c in verb.children) and \
        not any(g.lemma_ in TRIGGERS  # "receive Afghan officials for trilateral talks"
                for g in prepositional_objects(verb, "for"))


def told_as_before(trigger: Token) -> bool:
    """"The two leaders last met in May", "had previously met in Bali": an encounter before the one the story
    tells, though of the same parties."""
    return any(c.dep_ == "advmod" and c.lower_ in EARLIER and c.nbor(-1).lower_ != "at"  # not "met at last"
               for c in trigger.children)


def later_edition(sentence: Sentence, trigger: Token) -> bool:
    """"the second summit will be held in 2025": a later edition, still to come, of the encounter reported."""
    return any(c.lower_ in ORDINALS for c in trigger.children) and is_planned(sentence, trigger)


def refers_back(trigger: Token) -> bool:
    """"The summit was chaired by …", "the meeting was attended by …": the encounter just reported."""
    return trigger.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in REFERRING for c in trigger.children)


def only_dates(trigger: Token) -> bool:
    """"Briefing reporters after the summit, X said …", "ahead of the talks": the encounter just reported only
    dates what the sentence tells; who briefs or speaks then took no part in it for that. Not one the sentence
    tells of ("a week before the summit of the CSTO, which A and B will attend")."""
    head = trigger.head
    when = head.head if head.lower_ == "of" and head.head.lower_ in ("ahead", "prior") else head
    told = with_parties(trigger) or any(c.dep_ in ("relcl", "acl") for c in trigger.children)
    return refers_back(trigger) and trigger.dep_ == "pobj" and when.lower_ in TIME_WORDS and not told
