"""Where, in a sentence's parse, the parties of an encounter are named, and what names no party.

The parties are the subject of the trigger, its "with"/"between" phrase, its object ("met X") or a counted
group ("the two leaders"). What names no party: who reports the encounter ("…, the ministry said",
"according to X"), who chairs one body's own meeting, where it took place ("at 7, Lok Kalyan Marg"), its
topic ("on Afghanistan"), quotations, and demonyms of people who speak for no government.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .meeting_words import (ABSENT, ASIDE, ATTENDANCE, ATTENDING, ATTRIBUTING, BODY_NOUNS, CHAIRING, CIVIL_NOUNS,
                            COUNTED_GROUPS, COUNTED_PERSONS, COUNTS, DEPUTED, EVALUATING, GUEST_NOUNS, KIN, MEMBERS,
                            MET_OBJECTS, NAME_HYPHENS, NATIONAL_BODIES, NOT_BUT, OWN_MEETINGS, PRESENT, QUOTES,
                            SHARED_BODIES, TITLE_LENGTH, TOPIC_VERBS, TRAVELLING, TRIGGERS, VISITORS)
from .sentences import Sentence
from .tokens import prepositional_objects


def clause(trigger: Token, sentence: Sentence) -> Span:
    """Where the parties are named: the reported clause when the encounter is reported ("Kabulov said … the
    Taliban should return to talks": the speaker is no party), else the sentence up to any quotation."""
    for ancestor in (trigger, *trigger.ancestors):
        if ancestor.dep_ == "ccomp" or _that_clause(ancestor):
            return ancestor.doc[ancestor.left_edge.i:max([ancestor.right_edge.i + 1] +
                                                         [s.end for s in moved_parties(trigger)])]
    return outside_quotes(sentence)


def hyphened_members(trigger: Token) -> list[str]:
    """"the next China-Afghanistan-Pakistan Foreign Ministers' Dialogue", "the first China-Central Asia Summit": the
    names that a meeting's own name joins with hyphens, its members; none when the hyphens join other words ("an
    in-person summit", "a China-funded forum") or stand outside its name ("Kyrgyz-Tajik clashes shadow the summit")."""
    doc = trigger.doc
    hyphens = [t for t in doc[trigger.left_edge.i:trigger.i] if t.lower_ in NAME_HYPHENS]
    if not hyphens:
        return []
    start, end = hyphens[0].i, hyphens[-1].i + 1
    while start > trigger.left_edge.i and _names_a_place(doc[start - 1]):
        start -= 1
    while end < trigger.i and _names_a_place(doc[end]):
        end += 1
    pieces, piece = [], []
    for token in doc[start:end]:
        if token.lower_ in NAME_HYPHENS:
            pieces.append(piece)
            piece = []
        elif _names_a_place(token):
            piece.append(token.text)
        else:
            return []
    pieces.append(piece)
    return [" ".join(p) for p in pieces] if all(pieces) else []


def _names_a_place(token: Token) -> bool:
    """A word of a country's, a region's or a body's name ("Central Asia", "EU")."""
    return token.pos_ == "PROPN" and token.ent_type_ in ("GPE", "LOC", "ORG")


def moved_parties(trigger: Token) -> list[Span]:
    """"met A and B, the ministry said", "talks were held with A and with B, the ministry said": parsed with B as
    the speaker and the ministry in apposition to B. B, before that apposition, ends the reported clause."""
    doc = trigger.doc
    speakers = [c for a in (trigger, *trigger.ancestors) if a.dep_ == "ccomp" for c in a.head.children
                if c.dep_ == "nsubj" and c.i > a.i and source(c) != c]
    return [doc[c.left_edge.i:source(c).left_edge.i - 1] for c in speakers]


def judges(trigger: Token) -> list[Span]:
    """"X criticised the talks between A and B", "X spoke highly of the summit": who judges an encounter is no
    party to it."""
    doc = trigger.doc
    spans, token = [], trigger
    while token.head != token:
        verb, path = token.head, token  # the judged thing is the verb's object: not "criticised X, speaking at …"
        judged = verb.lemma_ in EVALUATING and path.dep_ == "dobj" or \
            verb.lemma_ == "speak" and path.dep_ == "prep" and path.lower_ == "of"
        spans += [doc[c.left_edge.i:c.right_edge.i + 1] for c in verb.children if judged and c.dep_ == "nsubj"]
        token = verb
    return spans


def beside(span: Span, holes: list[Span]) -> list[Span]:
    """The parts of ``span`` outside every one of ``holes``."""
    covered = {i for hole in holes for i in range(hole.start, hole.end)}
    parts, start = [], None
    for i in range(span.start, span.end + 1):
        if i < span.end and i not in covered:
            start = i if start is None else start
        elif start is not None:
            parts.append(span.doc[start:i])
            start = None
    return parts


def on_line(span: Span, trigger: Token) -> Span:
    """The part of ``span`` on the trigger's line: a headline the splitter joined to the sentence is not its text."""
    breaks = [t.i for t in span if "\n" in t.text]
    start = max([i + 1 for i in breaks if i < trigger.i], default=span.start)
    end = min([i for i in breaks if i > trigger.i], default=span.end)
    return span.doc[start:end] if start < end else span


def chairs(trigger: Token) -> list[Span]:
    """"the committee, chaired by PM Imran, met": who chairs a body's own meeting is no counterpart."""
    doc = trigger.doc
    return [doc[t.left_edge.i:t.right_edge.i + 1] for t in doc[trigger.sent.start:trigger.sent.end]
            if t.lemma_ in ("chair", "preside") and t.dep_ in ("acl", "relcl")]


def attributors(trigger: Token) -> list[Span]:
    """Subjects of a speech verb after the encounter ("…, Foreign Secretary Vinay Kwatra told a media
    briefing"): the person who reports the encounter is not a party to it."""
    doc = trigger.doc
    spans = [doc[t.i:t.right_edge.i + 1] for t in doc[trigger.sent.start:trigger.sent.end]
             if t.lower_ == "according" and any(c.lower_ == "to" for c in t.children)]  # "according to X"
    for verb in doc[trigger.i + 1:trigger.sent.end]:
        if verb.lemma_ not in ATTRIBUTING or verb.pos_ != "VERB" or verb in trigger.subtree and \
                not any(s.head == verb for s in displaced_objects(trigger)):
            continue  # not "a video conference at which Putin said …": who speaks at the encounter attends it
        subjects = [source(c) for c in verb.children if c.dep_ == "nsubj" and c.i > trigger.i]
        spans += [doc[c.left_edge.i:c.right_edge.i + 1] for c in subjects]
        comma = next((t.i for t in reversed(doc[trigger.i:verb.i]) if t.text == ","), None)
        if not subjects and comma is not None:  # the parser left the trailing speaker without its verb
            spans.append(doc[comma + 1:verb.i])
    return spans


def reporters(trigger: Token) -> list[Span]:
    """Subjects of the speech verb whose reported clause holds the encounter ("Kabulov said the ambassador would
    meet Taliban representatives"): who tells of an encounter is not a party to it (a pronoun subject of the
    encounter that means the speaker, "Lavrov said he met Wang", is read as the encounter's own subject)."""
    doc = trigger.doc
    spans = []
    for ancestor in (trigger, *trigger.ancestors):
        verb = ancestor.head if ancestor.dep_ == "ccomp" else \
            next((a for a in ancestor.ancestors if a.pos_ == "VERB"), None) if _that_clause(ancestor) else None
        while verb is not None and verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
            verb = verb.head  # "Peskov said …, and said Putin would discuss …": the subject of the first "said"
        if verb is not None and verb.lemma_ in ATTRIBUTING:
            spans += [doc[s.left_edge.i:s.right_edge.i + 1] for c in verb.children
                      if c.dep_ in ("nsubj", "nsubjpass") for s in [source(c)]]
    return spans


def _that_clause(token: Token) -> bool:
    """"said ahead of the trip that Putin would discuss …": a that-clause the parser hung on the noun before it, which
    is the speech verb's reported clause as much as one hung on the verb."""
    return token.dep_ == "acl" and token.pos_ in ("VERB", "AUX") and \
        any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)


def other_actions(trigger: Token) -> list[Span]:
    """"called on Rahmon and handed over a message from PM Modi": who is named in another action joined to the
    encounter (one that names no encounter itself) is not a party to it."""
    doc = trigger.doc
    verb = trigger if trigger.pos_ == "VERB" else next((a for a in trigger.ancestors if a.pos_ == "VERB"), None)
    if verb is None:
        return []
    return [doc[c.i:c.right_edge.i + 1] for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and
            c.i > trigger.i and c.lemma_ not in ATTRIBUTING and
            not any(t.lemma_.lower() in TRIGGERS for t in c.subtree)]


def absentees(trigger: Token) -> list[Span]:
    """Who stays away from an encounter ("Imran Khan boycotted the summit", "the United States stayed away from
    the talks", "Macron did not attend", "X was absent from the meeting"): the subjects of such verbs in the
    sentence, which are no parties."""
    doc = trigger.doc
    return [doc[c.left_edge.i:c.right_edge.i + 1] for verb in doc[trigger.sent.start:trigger.sent.end]
            if verb != trigger and verb.pos_ in ("VERB", "AUX") and _stays_away(verb)
            for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] + excepted(trigger)


def excepted(trigger: Token) -> list[Span]:
    """"met Putin, but not Xi", "talks with A, not with B": a party the sentence denies beside the ones it names;
    not "not only A but also B", "not least B"."""
    doc = trigger.doc
    return [doc[t.left_edge.i:t.right_edge.i + 1] for t in doc[trigger.sent.start:trigger.sent.end]
            if t.pos_ not in ("VERB", "AUX") and t.dep_ in ("conj", "prep", "appos") and _denied(t)]


def _denied(token: Token) -> bool:
    """"not" before the word, on it or on the "but" that joins it ("Putin, but not Xi")."""
    joins = [c for c in token.head.children if c.dep_ == "cc" and token.head.i < c.i < token.i]
    return any(n.dep_ == "neg" and n.i < token.i and n.nbor().lower_ not in NOT_BUT
               for t in (token, *joins) for n in t.children)


def _stays_away(verb: Token) -> bool:
    """"boycotted the summit", "did not send a representative to the meeting", "stayed away", "was absent";
    not "refused to comment", "did not go into details": the refusal must be of an encounter, or of nothing
    said."""
    objects = _objects(verb)
    of_encounter = not objects or any(o.lemma_.lower() in TRIGGERS for o in objects)
    if verb.lemma_ == "stay" and any(c.lower_ == "away" for c in verb.children) or \
            any(c.dep_ == "acomp" and c.lower_ == "absent" for c in verb.children):
        return True
    negated = any(c.dep_ == "neg" for c in verb.children)
    return of_encounter and (verb.lemma_ in ABSENT or negated and verb.lemma_ in PRESENT)


def _objects(verb: Token) -> list[Token]:
    """What a verb takes: its object, the object of its prepositions, and those of a verb it governs ("refused to
    attend the summit"), or that verb itself ("refused to comment")."""
    found = []
    for c in verb.children:
        if c.dep_ == "dobj":
            found.append(c)
        elif c.dep_ == "prep":
            found += [g for g in c.children if g.dep_ == "pobj"]
        elif c.dep_ == "xcomp" and c.lemma_ in PRESENT:
            found += _objects(c) or [c]
        elif c.dep_ == "xcomp":
            found.append(c)
    return found


def subject_spans(subject: Token | None) -> list[Span]:
    """The phrase of the encounter's subject, as a list of spans (none without a subject)."""
    return [subject.doc[subject.left_edge.i:subject.right_edge.i + 1]] if subject is not None else []


def kin(trigger: Token) -> list[Span]:
    """"Anas Haqqani, a brother of the interior minister, Sirajuddin Haqqani", "at the invitation of Xi's daughter":
    a person named to say whose relative (or aide) a party is is not a party."""
    doc = trigger.doc
    return [doc[c.left_edge.i:c.right_edge.i + 1] for t in doc[trigger.sent.start:trigger.sent.end]
            if t.lemma_.lower() in KIN for c in t.children if c.dep_ == "prep" and c.lower_ == "of" or
            c.dep_ == "poss"]


def principals(trigger: Token) -> list[Span]:
    """"hosted Mirziyoyev's top diplomat, Abdulaziz Kamilov", "received Putin's envoy": the person whose aide a
    named party is, or who sent an envoy left unnamed, is named to say whom that aide serves; he is not a party."""
    doc = trigger.doc
    return [doc[c.left_edge.i:c.right_edge.i + 1] for t in doc[trigger.sent.start:trigger.sent.end]
            if t.lemma_.lower() in DEPUTED or t.lemma_.lower() in GUEST_NOUNS and
            any(a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in t.children)
            for c in t.children if c.dep_ == "poss" and c.ent_type_ == "PERSON"]


def inviters(trigger: Token) -> list[Span]:
    """"A invited X to visit Pakistan next year": who invites another to visit speaks for the host; the country
    visited is the party (:func:`subject_of` makes X the one who visits)."""
    if trigger.lemma_ != "visit" or not _invited_to(trigger):
        return []
    doc = trigger.doc
    return [doc[c.left_edge.i:c.right_edge.i + 1] for c in trigger.head.children if c.dep_ == "nsubj"]


def _invited_to(verb: Token) -> bool:
    """The verb is what someone was invited to do ("invited X to visit"): its doer is the one invited."""
    return verb.dep_ == "xcomp" and verb.head.lemma_ == "invite"


def company(trigger: Token) -> list[Span]:
    """"X, flanked by A and B, addressed a joint press conference": who stands beside a party is of his side, no
    counterpart."""
    doc = trigger.doc
    return [doc[c.i:c.right_edge.i + 1] for t in doc[trigger.sent.start:trigger.sent.end]
            if t.lemma_ == "flank" and t.dep_ in ("acl", "advcl", "relcl") for c in t.children if c.dep_ == "agent"]


def backstories(trigger: Token) -> list[Span]:
    """"Pezeshkian, elected in July after Raisi died, met Putin": a clause that tells more of the subject names no
    party of the encounter; not one that says who led or went with it ("a delegation led by X") or that tells of an
    encounter itself ("X, who met Y last year, …")."""
    doc = trigger.doc
    return [doc[t.left_edge.i:t.right_edge.i + 1] for t in doc[trigger.sent.start:trigger.sent.end]
            if t.dep_ in ("acl", "relcl") and t.pos_ == "VERB" and t.head.dep_ in ("nsubj", "nsubjpass")
            and t.lemma_ not in ("lead", "head", "accompany") and trigger not in t.subtree
            and not any(x.lemma_.lower() in TRIGGERS for x in t.subtree)]


def present(verb: Token) -> bool:
    """"Also at the table were A and B", "A and B were also present": being there, said with "be"."""
    return verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ == "present" or
                                       c.dep_ == "prep" and c.lower_ == "at" and
                                       any(g.lower_ == "table" for g in c.children) for c in verb.children)


def asides(trigger: Token) -> list[Span]:
    """What the sentence says beside the encounter names no party of it: another reported clause ("said after
    meeting Wang that Blinken was wrong", "adding that Japarov had approved the talks") and the topic discussed
    ("to discuss the case of journalist X", "focused on Biden's sanctions"), but not a "with" phrase inside it."""
    doc = trigger.doc
    sentence = doc[trigger.sent.start:trigger.sent.end]
    clauses = [c for t in sentence if t.lemma_ in ATTRIBUTING and t.pos_ == "VERB" for c in t.children
               if c.dep_ == "ccomp" and trigger not in c.subtree]
    topics = [g for t in sentence if t.lemma_ in TOPIC_VERBS and (t in trigger.subtree or t in trigger.ancestors)
              for c in t.children if c.dep_ in ("dobj", "prep") and c.lower_ not in ("with", "between")
              for g in ([c] if c.dep_ == "dobj" else [x for x in c.children if x.dep_ == "pobj"])]
    spans = [doc[c.left_edge.i:c.right_edge.i + 1] for c in clauses]
    for topic in topics:
        withs = sorted(t.i for t in topic.subtree if t.lower_ in ("with", "between") and t.dep_ == "prep")
        end = withs[0] if withs else topic.right_edge.i + 1
        spans.append(doc[topic.left_edge.i:end])
    return spans


def source(subject: Token) -> Token:
    """The reporting source of a trailing "…, X reported": the subject itself, or, when the parser made a party
    named after "with" the subject ("met … with the leader, Baradar, The Washington Post reported"), the last
    appositive of that chain."""
    doc = subject.doc
    if subject.left_edge.i == 0 or doc[subject.left_edge.i - 1].lower_ not in ("with", "between", "and") and \
            subject not in displaced_objects(doc[subject.left_edge.i - 1]):
        return subject
    while appositions := [c for t in (subject, *subject.conjuncts) for c in t.children if c.dep_ == "appos"]:
        subject = appositions[-1]  # "met A and B, the press service said": the service is in apposition to B
    return subject


def displaced_objects(verb: Token) -> list[Token]:
    """"Rahmon met A and B, the press service said", parsed with "met" left without its object and A (B, and the
    service in apposition to B) the subject of "said": that subject, right after the verb, holds whom it took."""
    if verb.pos_ != "VERB" or verb.lemma_ not in MET_OBJECTS or any(c.dep_ == "dobj" for c in verb.children):
        return []
    speech = ([verb.head] if verb.dep_ == "ccomp" else []) + [c for c in verb.children if c.dep_ == "ccomp"]
    return [s for v in speech if v.lemma_ in ATTRIBUTING for s in v.children
            if s.dep_ == "nsubj" and s.left_edge.i == verb.i + 1]


def addresses(trigger: Token) -> list[Span]:
    """"called on Modi at 7, Lok Kalyan Marg": where the encounter took place names no party; not the host of a
    journey "at the invitation of X", whom the guest comes to."""
    doc = trigger.doc
    journey = TRIGGERS.get(trigger.lemma_.lower()) == "Visit" or trigger.lemma_ in TRAVELLING
    return [doc[c.i:c.right_edge.i + 1] for t in (trigger, trigger.head) for c in t.children
            if c.dep_ == "prep" and c.lower_ == "at" and not (journey and invited_by(c))]


def invited_by(at: Token) -> bool:
    """"at the invitation of X": the phrase names who invited."""
    return any(g.lemma_ == "invitation" and any(c.lower_ == "of" for c in g.children) for g in at.children)


def group_reference(trigger: Token, subject: Token | None) -> bool:
    """"The visiting delegates called on Modi", "he met the envoys separately": a party named only as the group
    of visitors the article has introduced (not "met the three service chiefs", the heads of a country's own armed
    services, unless said to be visiting)."""
    phrases = [subject] if subject is not None else []
    phrases += [c for c in trigger.children if c.dep_ == "dobj"]
    phrases += prepositional_objects(trigger, ("on", "with"))
    return any(t.tag_ == "NNS" and t.lemma_ in VISITORS and any(c.lower_ in ("the", "visiting") for c in t.children)
               and not any(c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for c in t.subtree)
               and not (any(c.dep_ == "compound" and c.lemma_ in ("service", "army", "military") for c in t.children)
                        and not any(c.lower_ == "visiting" for c in t.children)) for t in phrases)


def own_body_meeting(trigger: Token) -> bool:
    """"chaired a meeting of the National Security Committee", "a review meeting with the army chief": one body's
    own meeting, no encounter of parties."""
    if trigger.lemma_ == "meeting" and any(c.dep_ in ("compound", "amod") and c.lower_ in OWN_MEETINGS
                                           for c in trigger.children):
        return True
    if of_a_national_body(trigger):
        return True
    chair, head = subject_of(trigger), trigger.head
    co_chaired = chair is not None and bool(chair.conjuncts) or \
        head.i >= 2 and trigger.doc[head.i - 2].lower_ == "co"  # "A and B co-chaired a meeting of the commission"
    return trigger.lemma_ == "meeting" and trigger.dep_ in ("dobj", "nsubjpass") and not co_chaired and \
        trigger.head.lemma_ in CHAIRING and any(c.dep_ == "prep" and c.lower_ == "of" for c in trigger.children) and \
        not _with_others(trigger) and not of_many(trigger)


def _with_others(meeting: Token) -> bool:
    """A meeting "with" or "between" others: an encounter, whoever chairs it or whose body meets."""
    return any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in meeting.children)


def of_a_national_body(trigger: Token) -> bool:
    """"at an emergency meeting of the country's Security Council", "a meeting of Iran's Supreme National Security
    Council", "a meeting of the Security Council of Kazakhstan": one country's council meeting, whoever chairs or
    attends it; not one "with" or "between" others, nor of a body of several ("the India-China joint committee")."""
    if trigger.lemma_ != "meeting" or _with_others(trigger):
        return False
    bodies = [body for prep in trigger.children if prep.dep_ == "prep" and prep.lower_ == "of"
              for body in prep.children if body.dep_ == "pobj" and body.lower_ in NATIONAL_BODIES]
    return any(len(_countries_owning(body)) == 1 and not any(c.lower_ in SHARED_BODIES for c in body.children)
               for body in bodies)


def _countries_owning(body: Token) -> list[Token]:
    """The countries a body is named as belonging to: "the country's", "its", "Iran's", "Tajik", "of Kazakhstan"."""
    owners = [c for c in body.children if c.dep_ == "poss" and c.lower_ in ("country", "its", "nation")]
    owners += [c for c in body.children if c.dep_ in ("poss", "amod", "compound") and c.ent_type_ in ("NORP", "GPE")]
    return owners + [g for prep in body.children if prep.dep_ == "prep" and prep.lower_ == "of"
                     for g in prep.children if g.dep_ == "pobj" and g.ent_type_ == "GPE"]


def of_many(trigger: Token) -> bool:
    """"convene a meeting of foreign ministers from Britain, France and Japan": members of several countries,
    not one body."""
    return any(len([t for t in c.subtree if t.ent_type_ in ("GPE", "NORP")]) >= 2
               for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("of", "from"))


def of_members(trigger: Token) -> bool:
    """"a meeting of the defence ministers of the SCO member states": an organisation's meeting of its members,
    whose other attendees the next sentences name."""
    return trigger.pos_ == "NOUN" and any(t.lower_ in MEMBERS for c in trigger.children
                                          if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree)


def subject_of(trigger: Token) -> Token | None:
    """Who holds the encounter: the subject of the trigger, or of the verb whose object or purpose the
    trigger is ("held talks with", "will travel … for consultations with")."""
    owner = next((c for c in trigger.children if c.dep_ == "poss" and c.tag_ != "PRP$"), None)
    if trigger.pos_ == "NOUN" and owner is not None and owner.lower_ not in BODY_NOUNS and owner.ent_type_ != "DATE":
        return owner  # "the secretary's call with Lavrov": whose call it was, not who gave an account of it; not
        # "will host the bloc's next summit", the body whose summit it is, nor "next year's summit"
    pronoun = next((c for c in trigger.children if c.dep_ == "poss"), None)
    if pronoun is not None and (trigger.dep_ == "attr" or trigger.dep_ in ("nsubj", "nsubjpass") and
                                pronoun.lower_ in ("his", "her")):
        return pronoun  # "It was his second trip to Pakistan", "His first meeting, with Xi, was …": whose it was
    if passive_guest(trigger) is not None:
        return None  # "the delegation was received by X, the cabinet reported": not the cabinet
    verb = trigger
    for _ in range(5):  # "are expected to hold the next round of talks"
        if _invited_to(verb):  # "A invited X to visit": X visits
            return next((c for c in verb.head.children if c.dep_ == "dobj"), None)
        deps = ("nsubj",) if verb == trigger else ("nsubj", "nsubjpass")  # "is expected to call on"
        subject = next((c for c in verb.children if c.dep_ in deps), None)
        if subject is not None and verb.pos_ in ("VERB", "AUX"):  # "A and B welcomed the talks": who judges
            return None if any(subject in span for span in judges(trigger)) else subject  # them does not hold them
        if verb.head == verb:
            return None
        verb = verb.head
    return None


def passive_guest(trigger: Token) -> Token | None:
    """"The delegation was received by the Prime Minister": who was met, the subject of a passive encounter."""
    return next((c for c in trigger.children if c.dep_ == "nsubjpass"), None) \
        if trigger.pos_ == "VERB" and trigger.lemma_ in MET_OBJECTS else None


def with_phrases(trigger: Token) -> list[Span]:
    """"Talks were held with X": whom the encounter was held with; not who attended it ("will be held with the
    participation of X", "met with X in attendance")."""
    doc = trigger.doc
    spans = [doc[c.left_edge.i:c.right_edge.i + 1] for t in (trigger, trigger.head) for c in t.children
             if c.dep_ == "prep" and c.lower_ == "with" and not _attendance(c)]
    ends = {s.end for s in spans}  # "with A and B, the ministry said": B goes on the "with" phrase before it
    return spans + [s for s in moved_parties(trigger) if s.start > 0 and
                    (doc[s.start - 1].lower_ == "with" or s.start in ends)]


def meets_no_one(trigger: Token) -> bool:
    """"they met", "they held talks on trade": an encounter of its subject among themselves; not one with others
    ("they met protesters", "they met with farmers"), nor a verb's other sense ("they met resistance")."""
    met = [c for c in trigger.children if c.dep_ in ("dobj", "dative") and c.lower_ not in ("other", "another")]
    return not (trigger.pos_ == "VERB" and met) and not with_phrases(trigger)


def _attendance(preposition: Token) -> bool:
    return any(t.dep_ == "pobj" and t.lemma_ in ATTENDANCE and (t.head == preposition or t.head.lower_ == "in")
               for t in preposition.subtree)


def counted(subject: Token) -> tuple[int, str] | None:
    """"The two leaders will discuss …", "the three commanders held talks", "the two organisations held a joint
    session", "the two sides agreed": how many parties, and of which kind, the subject counts; "the leaders"
    alone are two. Envoys of a counted group stand for it: "officials of the two countries", "the commanders
    of both sides", "the two governments' working groups"."""
    noun = subject.lower_
    of = prepositional_objects(subject, "of")
    of += [c for c in subject.children if c.dep_ == "poss"]
    if of and any(c.lower_ in COUNTS for c in of[0].children) and \
            (noun not in COUNTED_PERSONS and noun not in COUNTED_GROUPS or COUNTED_GROUPS.get(of[0].lower_)):
        return counted(of[0])
    kind = "Person" if noun in COUNTED_PERSONS else COUNTED_GROUPS.get(noun)
    number = next((COUNTS[c.lower_] for c in subject.children if c.lower_ in COUNTS), None)
    if kind is None or of:  # not "the leaders of the six states"
        return None
    if number is None and noun == "leaders" and any(c.lower_ == "the" for c in subject.children):
        number = 2
    return (number, kind) if number else None


def between(trigger: Token) -> list[Token]:
    """The heads of the trigger's "between" phrase: "talks between the commanders of the two sides"."""
    return prepositional_objects(trigger, "between")


def party_spans(head: Token) -> list[Span]:
    """The phrase of a party without what names no party in it: its place ("talks between A and B in Doha,
    Qatar") or topic ("on Afghanistan", "about the collapse of the Afghan government"), a relative clause that
    describes a party ("Jaishankar, who is in New York to chair Security Council meetings"), a demonym of people
    who speak for no government ("Afghan civil society figures") or of a named group ("the Afghan Taliban")."""
    doc = head.doc
    places = {t.i for c in head.subtree if c.dep_ == "prep" and c.lower_ in ASIDE and c != head
              for t in c.subtree}  # a place, or a topic: "a meeting of the contact group on Afghanistan"
    described = {t.i for c in head.subtree if c.dep_ == "relcl" and not _of_the_encounter(c) for t in c.subtree}
    places |= described
    places -= {t.i for c in head.subtree if c.dep_ in ("relcl", "acl") and c.i in places and c.i not in described and
               (c.dep_ == "acl" or _of_the_encounter(c))
               for t in c.subtree}  # "in the capital, which was attended by A and B": the attendees are parties; not
    # "B, who told him that … personnel working on CPEC projects": what describes a party names none
    kept = [t.i for t in head.subtree if t.i not in places and not idle_demonym(t)]
    spans, start = [], None
    for i in range(head.left_edge.i, head.right_edge.i + 2):
        if i in kept and start is None:
            start = i
        elif i not in kept and start is not None:
            spans.append(doc[start:i])
            start = None
    return spans


def _of_the_encounter(clause: Token) -> bool:
    """A relative clause that tells who chaired or attended ("which was chaired by X and attended by Y")."""
    return bool({clause.lemma_, *(c.lemma_ for c in clause.conjuncts)} & (ATTENDING | CHAIRING))


def idle_demonym(token: Token) -> bool:
    """"Afghan" in "Afghan civil society figures" or "the Afghan Taliban": no government is a party."""
    if token.ent_type_ != "NORP" or token.dep_ not in ("amod", "compound"):
        return False
    head = token.head
    nouns = {head.lemma_.lower()} | {c.lemma_.lower() for c in head.children if c.dep_ in ("compound", "amod")}
    return bool(nouns & CIVIL_NOUNS) or head.ent_type_ == "ORG" and head.pos_ == "PROPN"


def outside_quotes(sentence: Sentence):
    """The sentence up to its first quotation, or from the end of the quotation it opens with ("\"…," A said
    after talks with B"): names inside a quote are not parties. A short quoted title or phrase ("attend the
    conference "Regional Connectivity" hosted by X") is no quotation, unless a colon opens it."""
    span = sentence.span
    span = span.doc[_after_opening_quote(span):span.end]
    opening = None
    for token in span:
        if token.text not in QUOTES or token.i == span.start:
            continue
        if opening is None:
            opening = token.i
        elif token.i - opening > TITLE_LENGTH or token.doc[opening - 1].text == ":":
            break  # a quotation: a long one, or one a colon opens ('A said: "I met B."')
        else:
            opening = None  # a title or a scare quote: read on
    return span.doc[span.start:opening] if opening is not None else span


def speakers_own(trigger: Token, sentence: Sentence) -> Token | None:
    """"… my talks with B," A said', 'A said: "I met B on Monday."': an encounter told in the first person in quoted
    words is the speaker's; the subject of the speech verb outside the quotation, else none."""
    outside = outside_quotes(sentence)
    quoted = not outside.start <= trigger.i < outside.end and \
        any(t.text in QUOTES for t in trigger.doc[sentence.span.start:trigger.i])
    if not quoted or not _first_person(trigger):
        return None
    return next((c for t in outside if t.lemma_ in ATTRIBUTING and t.pos_ == "VERB" for c in t.children
                 if c.dep_ == "nsubj"), None)


def _first_person(trigger: Token) -> bool:
    """"my talks", "I met", "I held talks": the encounter is the one speaking's own."""
    verb = trigger if trigger.pos_ == "VERB" else trigger.head if trigger.dep_ == "dobj" else None
    owners = [c for c in trigger.children if c.dep_ == "poss"]
    owners += [c for c in verb.children if c.dep_ == "nsubj"] if verb is not None else []
    return any(t.lower_ in ("i", "my") for t in owners)


def _after_opening_quote(span: Span) -> int:
    """Where the sentence goes on after the quotation it opens with; its start when it opens with none (or the
    quotation runs to its end)."""
    if span[0].text not in QUOTES:
        return span.start
    closing = next((t.i for t in span[1:] if t.text in QUOTES), None)
    return closing + 1 if closing is not None and closing + 1 < span.end else span.start
