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

from spacy.tokens import Span, Token

from ..records import Meeting
from ..timeexpr import find_date_expressions, resolve as resolve_date
from .names import ROLE_HEADS
from .profiles import GENERIC_WORDS, office_words
from .resolve import Resolution, Resolver
from .sentences import Sentence

TRIGGERS = {
    "meet": "Talks", "meeting": "Talks", "talk": "Talks", "talks": "Talks", "discuss": "Talks",
    "negotiation": "Talks", "dialogue": "Talks", "consultation": "Talks", "consultations": "Talks",
    "conversation": "Talks", "co-chair": "Talks", "host": "Talks", "receive": "Talks", "speak": "Talks",
    "visit": "Visit", "trip": "Visit", "call": "PhoneCall", "phone": "PhoneCall", "telephone": "PhoneCall",
    "conference": "PressConference", "summit": "Summit", "session": "Talks",
}
PLANNED_WORDS = frozenset({"will", "shall", "expected", "likely", "plan", "plans", "planned", "scheduled",
                           "upcoming", "proposed", "would", "next", "due", "invitation"})
# "the two leaders", "the three commanders", "both governments": parties counted, named before
COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6}
COUNTED_PERSONS = frozenset({"leaders", "ministers", "presidents", "commanders", "generals", "chiefs", "envoys",
                             "counterparts", "premiers", "heads", "diplomats", "secretaries", "advisers", "nsas"})
COUNTED_GROUPS = {"organisations": "Organisation", "organizations": "Organisation", "blocs": "Organisation",
                  "alliances": "Organisation", "countries": "Country", "governments": "Country", "nations": "Country",
                  "states": "Country", "neighbours": "Country", "neighbors": "Country", "sides": "sides"}
BY_LINE = frozenset({"phone", "telephone", "video", "videoconference"})  # "spoke by telephone with"
PARTY_KINDS = ("Person", "Country", "Organisation")
MET_OBJECTS = frozenset({"meet", "visit", "receive", "host", "call"})  # verbs whose object is a party, not a topic
# what is received or hosted when that is an encounter: "received Wang", "received a Taliban delegation"
GUEST_NOUNS = ROLE_HEADS | frozenset({"delegation", "delegate", "counterpart", "team", "guest", "official"})
SEPARATELY = frozenset({"separate", "separately", "bilateral", "individually", "meetings", "calls", "conversations"})


def _triggers(sentence: Sentence) -> list[tuple[Token, str]]:
    found = []
    for token in sentence.span:
        kind = TRIGGERS.get(token.lemma_.lower()) or TRIGGERS.get(token.lower_)
        if kind is None or not _is_trigger(token):
            continue
        if kind == "Talks" and _by_line(token):
            kind = "PhoneCall"
        if token.lemma_ == "call" and _calls_on(token):
            kind = "Visit"  # "to call on PM Imran": a courtesy call in person
        if kind == "PressConference" and not any(t.lower_ in ("press", "news") for t in token.lefts):
            kind = "Summit"  # "held an extraordinary video conference": the leaders' meeting, not a briefing
        found.append((token, kind))
    return found


def _trigger(sentence: Sentence) -> tuple[Token, str] | None:
    """The word that names the sentence's encounter: the one with its parties ("talks with …", "met X")
    over one that only dates it ("on the eve of the dialogue"); none when the encounter is negated."""
    found = _triggers(sentence)
    if not found or any(_negated(token) for token, _ in found):
        return None
    return max(found, key=lambda item: (_with_parties(item[0]), item[0].pos_ == "VERB", -item[0].i))


def _with_parties(token: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in ("with", "between") or c.dep_ == "dobj" and c.pos_ == "PROPN"
               for c in token.children)


def _is_trigger(token: Token) -> bool:
    """Words that name an encounter only in some uses: "call" (to someone, not "called for"), a press
    conference (not any conference), "discussed" (by two parties, or with someone), "spoke" (with someone
    or by phone), "received"/"hosted" (a person), "call on" (a courtesy visit)."""
    lemma = token.lemma_.lower()
    with_someone = any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children)
    if lemma == "call" and token.pos_ == "VERB":
        return any(c.lower_ in ("to", "with") for c in token.children) or _calls_on(token)
    if lemma == "session":  # "a joint session", "hosted a session of the OIC", not a parliament's own session
        return any(t.lower_ == "joint" for t in token.lefts) or token.head.lemma_ == "host" or \
            any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in token.children)
    if lemma == "conference":  # a press or video conference, one attended or hosted; not any conference
        return any(t.lower_ in ("press", "news", "joint", "video", "virtual", "online") for t in token.lefts) or \
            token.head.lemma_ in ("attend", "host") or \
            any(c.lemma_ == "host" and c.dep_ == "acl" for c in token.children)
    if lemma == "discuss":
        return _plural_subject(token) or with_someone
    if lemma == "speak":
        return with_someone or _by_line(token)
    if lemma in ("receive", "host"):
        return any(c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN" or c.lemma_ in GUEST_NOUNS)
                   for c in token.children)
    if lemma == "conversation":
        return _by_line(token) or with_someone
    return token.pos_ in ("VERB", "NOUN", "PROPN")


def _separately(sentence: Sentence, trigger: Token, kind: str) -> bool:
    """One party's several encounters: phone calls, "separate bilateral talks", "also held meetings with"."""
    words = [t for token, _ in _triggers(sentence) for t in (token, *token.children, *token.head.children)]
    return kind == "PhoneCall" or any(t.lower_ in SEPARATELY for t in words)


def _clause(trigger: Token, sentence: Sentence) -> Span:
    """Where the parties are named: the reported clause when the encounter is reported ("Kabulov said … the
    Taliban should return to talks": the speaker is no party), else the sentence up to any quotation."""
    for ancestor in (trigger, *trigger.ancestors):
        if ancestor.dep_ == "ccomp":
            return ancestor.doc[ancestor.left_edge.i:ancestor.right_edge.i + 1]
    return _outside_quotes(sentence)


def _chairs(trigger: Token) -> list[Span]:
    """"the committee, chaired by PM Imran, met": who chairs a body's own meeting is no counterpart."""
    doc = trigger.doc
    return [doc[t.left_edge.i:t.right_edge.i + 1] for t in doc[trigger.sent.start:trigger.sent.end]
            if t.lemma_ in ("chair", "preside") and t.dep_ in ("acl", "relcl")]


def _attributors(trigger: Token) -> list[Span]:
    """Subjects of a speech verb after the encounter ("…, Foreign Secretary Vinay Kwatra told a media
    briefing"): the person who reports the encounter is not a party to it."""
    doc = trigger.doc
    spans = [doc[t.i:t.right_edge.i + 1] for t in doc[trigger.sent.start:trigger.sent.end]
             if t.lower_ == "according" and any(c.lower_ == "to" for c in t.children)]  # "according to X"
    for verb in doc[trigger.i + 1:trigger.sent.end]:
        if verb.lemma_ not in ATTRIBUTING or verb.pos_ != "VERB" or verb in trigger.subtree:
            continue  # not "a video conference at which Putin said …": who speaks at the encounter attends it
        subjects = [_source(c) for c in verb.children if c.dep_ == "nsubj" and c.i > trigger.i]
        spans += [doc[c.left_edge.i:c.right_edge.i + 1] for c in subjects]
        comma = next((t.i for t in reversed(doc[trigger.i:verb.i]) if t.text == ","), None)
        if not subjects and comma is not None:  # the parser left the trailing speaker without its verb
            spans.append(doc[comma + 1:verb.i])
    return spans


def _source(subject: Token) -> Token:
    """The reporting source of a trailing "…, X reported": the subject itself, or, when the parser made a party
    named after "with" the subject ("met … with the leader, Baradar, The Washington Post reported"), the last
    appositive of that chain."""
    doc = subject.doc
    if subject.left_edge.i == 0 or doc[subject.left_edge.i - 1].lower_ not in ("with", "between", "and"):
        return subject
    while any(c.dep_ == "appos" for c in subject.children):
        subject = [c for c in subject.children if c.dep_ == "appos"][-1]
    return subject


def _addresses(trigger: Token) -> list[Span]:
    """"called on Modi at 7, Lok Kalyan Marg": where the encounter took place names no party."""
    doc = trigger.doc
    return [doc[c.i:c.right_edge.i + 1] for t in (trigger, trigger.head) for c in t.children
            if c.dep_ == "prep" and c.lower_ == "at"]


def _group_reference(trigger: Token, subject: Token | None) -> bool:
    """"The visiting delegates called on Modi", "he met the envoys separately": a party named only as the group
    of visitors the article has introduced."""
    phrases = [subject] if subject is not None else []
    phrases += [c for c in trigger.children if c.dep_ == "dobj"]
    phrases += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("on", "with") for g in c.children
                if g.dep_ == "pobj"]
    return any(t.tag_ == "NNS" and t.lemma_ in VISITORS and any(c.lower_ in ("the", "visiting") for c in t.children)
               and not any(c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for c in t.subtree) for t in phrases)


def _own_body_meeting(trigger: Token) -> bool:
    """"chaired a meeting of the National Security Committee": one body's own meeting, no encounter of parties."""
    chair, head = _subject(trigger), trigger.head
    co_chaired = chair is not None and bool(chair.conjuncts) or \
        head.i >= 2 and trigger.doc[head.i - 2].lower_ == "co"  # "A and B co-chaired a meeting of the commission"
    return trigger.lemma_ == "meeting" and trigger.dep_ in ("dobj", "nsubjpass") and not co_chaired and \
        trigger.head.lemma_ in CHAIRING and any(c.dep_ == "prep" and c.lower_ == "of" for c in trigger.children) and \
        not any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in trigger.children) and \
        not _of_many(trigger)


def _of_many(trigger: Token) -> bool:
    """"convene a meeting of foreign ministers from Britain, France and Japan": members of several countries,
    not one body."""
    return any(len([t for t in c.subtree if t.ent_type_ in ("GPE", "NORP")]) >= 2
               for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("of", "from"))


def _subject(trigger: Token) -> Token | None:
    """Who holds the encounter: the subject of the trigger, or of the verb whose object or purpose the
    trigger is ("held talks with", "will travel … for consultations with")."""
    verb = trigger
    for _ in range(4):
        deps = ("nsubj",) if verb == trigger else ("nsubj", "nsubjpass")  # "is expected to call on"
        subject = next((c for c in verb.children if c.dep_ in deps), None)
        if subject is not None and verb.pos_ in ("VERB", "AUX"):
            return subject
        if verb.head == verb:
            return None
        verb = verb.head
    return None


def _with_phrases(trigger: Token) -> list[Span]:
    doc = trigger.doc
    return [doc[c.left_edge.i:c.right_edge.i + 1] for t in (trigger, trigger.head) for c in t.children
            if c.dep_ == "prep" and c.lower_ == "with"]


def _counted(subject: Token) -> tuple[int, str] | None:
    """"The two leaders will discuss …", "the three commanders held talks", "the two organisations held a joint
    session", "the two sides agreed": how many parties, and of which kind, the subject counts; "the leaders"
    alone are two."""
    noun = subject.lower_
    of = [g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if noun not in COUNTED_PERSONS and noun not in COUNTED_GROUPS and of and \
            any(c.lower_ in COUNTS for c in of[0].children):  # "officials of the two countries"
        return _counted(of[0])
    kind = "Person" if noun in COUNTED_PERSONS else COUNTED_GROUPS.get(noun)
    number = next((COUNTS[c.lower_] for c in subject.children if c.lower_ in COUNTS), None)
    if kind is None or any(c.dep_ == "prep" for c in subject.children):  # not "the leaders of the six states"
        return None
    if number is None and noun == "leaders" and any(c.lower_ == "the" for c in subject.children):
        number = 2
    return (number, kind) if number else None


def _calls_on(verb: Token) -> bool:
    """"is expected to call on PM Imran": a courtesy call, not "called on the Taliban to form …"."""
    on = [c for c in verb.children if c.lower_ == "on"]
    doc = verb.doc
    follows = [doc[o.right_edge.i + 1].lower_ for o in on if o.right_edge.i + 1 < len(doc)]
    return bool(on) and not any(t.lower_ == "to" and t.head.i > verb.i for t in verb.subtree) and "to" not in follows


def _by_line(token: Token) -> bool:
    """"spoke by telephone", "telephone conversations", "by video link"."""
    near = [t for t in token.subtree] + list(token.head.children) + [token.head]
    return any(t.lower_ in BY_LINE for t in near)


NEGATIONS = frozenset({"not", "n't", "never", "no"})
HYPOTHETICAL = frozenset({"should", "could", "might", "may", "must"})
CALLED_OFF = frozenset({"cancel", "postpone", "call", "refuse", "decline", "skip", "scrap", "deny", "rule", "reject"})
# "is keen for Modi to travel to Beijing", "wants the two leaders to meet": a wish, not a planned encounter
WISHES = frozenset({"keen", "eager", "want", "wish", "hope", "push", "urge", "press", "lobby", "seek"})
CHAIRING = frozenset({"chair", "convene", "preside", "head", "lead", "summon"})
# "the visiting delegates", "the envoys": the group of visitors introduced before
VISITORS = frozenset({"delegate", "envoy", "chief", "delegation", "participant", "guest", "visitor"})
AGAIN = frozenset({"another", "next", "further", "fresh", "new"})
TRAVELLING = frozenset({"travel", "fly", "go", "head"})  # "travel to X for talks": X hosts them
# people a demonym describes without making their government a party: "Afghan civil society figures"
CIVIL_NOUNS = frozenset({"society", "figure", "activist", "woman", "people", "refugee", "citizen", "journalist",
                         "student", "civilian", "trader", "businessman", "scholar", "elder", "community"})
GATHERING = frozenset({"bring", "gather", "assemble", "involve", "include", "unite"})
# who attends an encounter is a party to it: "attended by A and B", "B also took part", "C joined by video link"
ATTENDING = frozenset({"attend", "join", "participate"})
REFERRING = frozenset({"the", "this", "that"})  # "the summit was chaired by …": the summit just reported
# verbs of a trailing attribution: "…, spokesman Zhao Lijian said": who reports an encounter is no party
ATTRIBUTING = frozenset({"say", "tell", "add", "state", "write", "report", "announce", "confirm", "brief", "note"})


def _negated(trigger: Token) -> bool:
    """"did not meet", "will not visit", "no talks were held", "never met", "refused to meet",
    "cancelled the visit", "should return to talks": an encounter that did not or will not happen."""
    if any(c.dep_ == "neg" or c.lower_ in NEGATIONS for c in trigger.children):
        return True
    if any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL for t in (trigger, *trigger.ancestors) for c in t.children):
        return True  # "should return to talks", "could meet": not an encounter that happened or is planned
    if any(a.lemma_ == "rule" and any(c.lower_ == "out" for c in a.children) or a.lemma_ in WISHES or
           any(c.dep_ == "acomp" and c.lemma_ in WISHES for c in a.children) for a in trigger.ancestors):
        return True  # "has ruled out holding any direct talks", "is keen for Modi to travel to Beijing"
    head = trigger.head
    if trigger.dep_ in ("dobj", "nsubjpass", "xcomp", "nsubj", "pobj") and head != trigger:
        if any(c.dep_ == "neg" for c in head.children):
            return True
        if head.lemma_ in CALLED_OFF and head.lemma_ != "call" or \
                head.lemma_ == "call" and any(c.lower_ == "off" for c in head.children):
            return True
    return False


def _plural_subject(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and (any(g.dep_ == "conj" for g in c.children) or c.lower_ in ("leaders", "sides"))
               for c in verb.children)


def _is_planned(sentence: Sentence, trigger: Token) -> bool:
    """"will visit", "is expected to call on", "will travel … for consultations", "accepted the invitation to visit"."""
    verb = next((t for t in (trigger, *trigger.ancestors) if t.pos_ in ("VERB", "AUX")), trigger)
    if any(c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in verb.children) and trigger.tag_ != "VBD":
        return True
    clauses = [t for t in trigger.subtree if t.dep_ in ("relcl", "ccomp")]  # not "… at which Putin said it would"
    words = {t.lower_ for t in trigger.head.subtree if not any(t in c.subtree for c in clauses)} \
        if trigger.pos_ == "NOUN" else set()
    words |= {t.lower_ for t in trigger.lefts} | {t.lower_ for t in trigger.head.lefts}
    words |= {t.lower_ for t in trigger.children} | {trigger.head.lower_}  # "accepted the invitation to visit"
    words |= _governing_words(trigger)
    return bool(words & PLANNED_WORDS) and trigger.tag_ not in ("VBD", "VBN")


def _governing_words(trigger: Token) -> set[str]:
    """The verbs the trigger is the object or purpose of, with their auxiliaries, up to its clause: "is
    expected to travel … for talks", "is scheduled to hold talks"; not the verb of another clause ("began a
    day after he returned from a visit")."""
    words: set[str] = set()
    token = trigger
    while token.dep_ in ("pobj", "prep", "dobj", "xcomp", "attr", "nsubj", "nsubjpass") and token.head != token:
        token = token.head
        words |= {token.lower_} | {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}
    return words


class MeetingReader:
    def __init__(self, resolver: Resolver, published):
        self.resolver = resolver
        self.published = published
        self.sentences: list[Sentence] = []  # the article's, for what is named where
        self.meetings: list[Meeting] = []  # read so far, for what a description refers back to

    def read(self, sentences: list[Sentence]) -> list[Meeting]:
        meetings: list[Meeting] = []
        self.sentences, self.meetings = sentences, meetings
        for sentence in sentences:
            found = self._trigger_meetings(sentence)
            if not found and _trigger(sentence) is None and self._attendance(sentence):
                continue
            for meeting in found:
                self._merge_or_add(meetings, meeting)
        return [m for m in meetings if len(set(m.participants)) >= 2 and not self._one_side(m)]

    def _one_side(self, meeting: Meeting) -> bool:
        """"Defense Secretary Austin spoke with General McKenzie": officials of one government talking among
        themselves are not an encounter between parties."""
        sides = {self._side(p) for p in meeting.participants}
        if len(sides) == 1 and None not in sides:
            return True
        persons = [p for p in meeting.participants if self.resolver.index.actors[p].kind == "Person"]
        bodies = set(meeting.participants) - set(persons)  # "Taliban spokesman Suhail Shaheen" and the Taliban
        profiles = [self.resolver.index.profiles.get(p) for p in persons]
        return len(persons) == 1 and bool(bodies) and profiles[0] is not None and bodies <= profiles[0].affiliations

    def _side(self, key: str) -> str | None:
        """The country an actor stands for, as a QID when known: the country itself, or a person's country
        from the text or from the gazetteer's record of the office ("Antony Blinken": US Secretary of State)."""
        actor = self.resolver.index.actors[key]
        if actor.kind != "Person":
            return actor.qid or key
        country = self.resolver.affiliation(key)
        if country:
            return self.resolver.index.actors[country].qid or country
        entry = self.resolver.gazetteer.by_qid.get(actor.qid) if actor.qid else None
        countries = {role.country for role in entry.roles if role.country} if entry else set()
        return countries.pop() if len(countries) == 1 else None

    def _trigger_meetings(self, sentence: Sentence) -> list[Meeting]:
        found = _trigger(sentence)
        if found is None:
            return []
        trigger, kind = found
        if _own_body_meeting(trigger):
            return []
        place = self._place(sentence, trigger)
        chairs = _chairs(trigger) + _attributors(trigger) + _addresses(trigger)
        persons = []
        for clause in (_clause(trigger, sentence), _outside_quotes(sentence)):  # the reported clause first
            persons = [p for p in self.resolver.named(clause, sentence, ("Person",))
                       if self.resolver.index.actors[p].kind == "Person" and not self._inside(p, chairs, sentence)]
            if len(persons) >= 2:
                break
        subject = _subject(trigger)
        agent = self._agent(subject, sentence) if subject is not None else None
        confidence = 0.85
        described = [r.key for r in (agent, self._met(trigger, sentence)) if r and r.key not in persons
                     and self.resolver.index.actors[r.key].kind == "Person"]
        if described:  # "the minister held a separate meeting with …", "he met …", "met the Pakistani minister"
            persons = described[:1] + persons + described[1:]
            confidence = 0.7
        counted = _counted(subject) if len(persons) < 2 and subject is not None else None
        if counted:
            persons, agent = self._counted_parties(sentence, *counted), None
            confidence = 0.7
        persons = self._on_line(persons, sentence, trigger)
        if persons and _group_reference(trigger, subject):
            visitors = self._visitors(sentence, persons)
            apart = len(persons) > 1 and any(t.lower_ in SEPARATELY for t in sentence.span)  # "A and B also met
            hosts = [[p] for p in persons] if apart else [persons]  # the envoys separately"
            return [self._meeting(h + visitors, sentence, kind, trigger, place, 0.6) for h in hosts if visitors]
        groups = [g for g in self._on_line(self._group_parties(sentence, trigger, agent, subject), sentence, trigger)
                  if not any(g == self.resolver.affiliation(p) for p in persons)]
        if agent is None and persons and all(self._inside(p, _with_phrases(trigger), sentence) for p in persons):
            return []  # "talks were held with X and Y": who held them is not said
        first = agent.key if agent and agent.key in persons else (persons[0] if persons else None)
        further = self._further_encounters(sentence, trigger, first, persons) if first else []
        met_further = {p for meeting in further for p in meeting.participants if p != first}
        persons = [p for p in persons if p not in met_further]
        return further + self._encounters(sentence, trigger, kind, place, confidence, first, persons, groups)

    def _on_line(self, keys: list[str], sentence: Sentence, trigger: Token) -> list[str]:
        """Parties named on the trigger's line: a headline the splitter joined to the next line ("Taliban, NRF talks
        fail\nMassoud: …") names no party of the line before."""
        doc, (start, end) = trigger.doc, sentence.offsets(sentence.span)
        breaks = [sentence.offsets(t)[0] for t in doc[sentence.span.start:sentence.span.end] if "\n" in t.text]
        at = sentence.offsets(trigger)[0]
        low = max([b for b in breaks if b < at], default=start)
        high = min([b for b in breaks if b > at], default=end)
        mentioned = {k: [s for (s, _), key in self.resolver.index.spans.items() if key == k and start <= s < end]
                     for k in keys}
        return [k for k in keys if not mentioned[k] or any(low <= s <= high for s in mentioned[k])]

    def _visitors(self, sentence: Sentence, hosts: list[str]) -> list[str]:
        """The persons named before who are not of the hosts' side: the visitors a group reference stands for."""
        sides = {self._side(p) for p in hosts} - {None}
        before = self.resolver.index.before(sentence.evidence.start, ("Person",))
        return [p for p in before if p not in hosts and self._side(p) not in sides][:8]

    def _agent(self, subject: Token, sentence: Sentence) -> Resolution | None:
        """Who holds the encounter. Two readings the resolver lacks: "Rahmon's office said he had discussed …":
        "he" is the person an earlier subject of the sentence names; "Qureshi met Kamilov. … the foreign
        minister will travel": a description that fits both parties of the last meeting names the one the
        story follows, its first party."""
        agent = self.resolver.resolve(subject, sentence, PARTY_KINDS)
        if subject.lower_ in ("he", "she"):
            return self._earlier_subject(subject, sentence) or agent
        return self._followed(subject, agent)

    def _earlier_subject(self, pronoun: Token, sentence: Sentence) -> Resolution | None:
        """The person an earlier subject of the sentence names or describes: "Rahmon's office said he …",
        "the minister will travel to A before B, where he will meet …"."""
        doc = pronoun.doc
        for token in reversed(doc[sentence.span.start:pronoun.i]):
            if token.dep_ not in ("nsubj", "nsubjpass") or token.lower_ in ("he", "she"):
                continue
            named = self.resolver.named(doc[token.left_edge.i:token.right_edge.i + 1], sentence, ("Person",))
            if named:
                return Resolution(named[0], 0.7)
            found = self._followed(token, self.resolver.resolve(token, sentence, ("Person",)))
            if found and self.resolver.index.actors[found.key].kind == "Person":
                return found
        return None

    def _followed(self, subject: Token, agent: Resolution | None) -> Resolution | None:
        """A description that fits both parties of the last meeting names the one the story follows."""
        last = self.meetings[-1] if self.meetings else None
        if agent is None or last is None or subject.pos_ != "NOUN" or agent.key == last.participants[0] or \
                agent.key not in last.participants or not any(c.lower_ == "the" for c in subject.children):
            return agent
        words = office_words(t.text for t in subject.subtree if t.dep_ != "det") - GENERIC_WORDS
        profile = self.resolver.index.profiles.get(last.participants[0])
        if words and profile and words <= profile.words:
            return Resolution(last.participants[0], 0.7)
        return agent

    def _further_encounters(self, sentence: Sentence, trigger: Token, first: str, persons: list[str]) -> list[Meeting]:
        """Another encounter of the same party in the sentence, with its own counterpart: "held talks with A
        and later called on B", "travel to X for talks with A before Y, where he will meet B": one meeting each."""
        found = []
        for other, kind in _triggers(sentence):
            if other == trigger or _negated(other) or trigger in other.subtree or \
                    other.pos_ == "VERB" and other.lemma_ not in MET_OBJECTS | {"call"}:
                continue
            met = [p for p in self._objects(other, sentence) if p in persons and p != first]
            if not met or len(met) >= len(persons) - 1:
                continue
            place = self._place(sentence, other)
            groups = [[p] for p in met] if other.lower_ in SEPARATELY else [met]  # "also held meetings with A and B"
            found += [self._meeting([first, *group], sentence, kind, other, place, 0.7) for group in groups]
        return found

    def _objects(self, verb: Token, sentence: Sentence) -> list[str]:
        """Persons an encounter takes: "met B", "called on B", "spoke with B", "talks with B"."""
        heads = [c for c in verb.children if c.dep_ == "dobj" and verb.pos_ == "VERB"]
        heads += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "with") for g in c.children
                  if g.dep_ == "pobj"]
        doc = verb.doc
        return [k for h in heads for k in self.resolver.named(doc[h.left_edge.i:h.right_edge.i + 1], sentence,
                                                              ("Person",))]

    def _together(self, trigger: Token, persons: list[str], sentence: Sentence) -> bool:
        """All the persons are named in the trigger's subject: they meet one another."""
        subject = _subject(trigger)
        if subject is None:
            return False
        named = self.resolver.named(trigger.doc[subject.left_edge.i:subject.right_edge.i + 1], sentence, ("Person",))
        return set(persons) <= set(named)

    def _encounters(self, sentence: Sentence, trigger: Token, kind: str, place: str | None, confidence: float,
                    first: str | None, persons: list[str], groups: list[str]) -> list[Meeting]:
        """The meetings of the trigger's parties: one per counterpart when held separately, else one."""
        verb = trigger.head.head if trigger.head.dep_ == "prep" else trigger.head  # "took part in the summit"
        if _refers_back(trigger) and verb.lemma_ in ATTENDING | {"take"} and (persons or groups) and \
                self._join_last(list(dict.fromkeys(persons + groups)), sentence):
            return []  # "A, B and C also took part in the video summit"
        others = [p for p in persons + groups if p != first]
        if len(persons) >= 2 and self._together(trigger, persons, sentence):  # "the heads of the two services,
            return [self._meeting(persons, sentence, kind, trigger, place, confidence)]  # A and B, held talks by phone"
        if first and len(others) >= 2 and _separately(sentence, trigger, kind):
            return [self._meeting([first, other], sentence, kind, trigger, None if kind == "PhoneCall" else place,
                                  confidence) for other in others]
        if len(persons) >= 2:
            return [self._meeting(persons, sentence, kind, trigger, place, confidence)]
        if kind == "Visit" and persons:
            host = self._host(sentence, trigger, persons[0])
            if host:
                return [self._meeting([persons[0], host], sentence, kind, trigger, place, 0.7)]
        parties = list(dict.fromkeys(persons + groups))
        if not parties and _another_round(trigger):
            return self._next_round(sentence, trigger, kind)
        if len(parties) >= 2 and kind != "Visit":
            return [self._meeting(parties, sentence, kind, trigger, place, 0.7 if persons else 0.6)]
        if len(parties) == 1 and _refers_back(trigger) and self._join_last(parties, sentence):
            return []
        if len(parties) == 1 and kind == "Summit" and (trigger.head.lemma_ in CHAIRING | {"host", "open"} or
                                                       self.resolver.index.actors[parties[0]].kind == "Organisation"):
            return [self._meeting(parties, sentence, kind, trigger, place, 0.7)]  # "the heads of state of the SCO
        return []  # met for a summit", "the summit was chaired by X": the other parties are named after

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
        last = self._last(sentence)
        if last is None or len(last.participants) < 2:
            return []
        return [self._meeting(last.participants, sentence, kind, trigger, self._place(sentence, trigger), 0.6)]

    def _join_last(self, parties: list[str], sentence: Sentence) -> bool:
        """Parties named in a sentence about the meeting just reported ("The summit was chaired by X", "Y and Z
        also took part") join it."""
        last = self._last(sentence)
        if last is None or last.kind != "Summit" and len(last.participants) == 2:
            return False  # a multilateral meeting, or one whose parties are still to be named
        last.participants = list(dict.fromkeys(last.participants + parties))
        last.also.append(sentence.evidence)
        return True

    def _attendance(self, sentence: Sentence) -> bool:
        """"Y and Z also took part", "X joined by video link, as did Y": a sentence without an encounter of its own
        whose persons attend the meeting just reported."""
        verbs = [t for t in sentence.span if t.dep_ == "ROOT" and (t.lemma_ in ATTENDING or t.lemma_ == "take" and
                 any(c.lower_ == "part" for c in t.children))]
        if not verbs or any(c.dep_ == "dobj" and c.lower_ != "part" for c in verbs[0].children):
            return False
        subject = next((c for c in verbs[0].children if c.dep_ == "nsubj"), None)
        doc = sentence.span.doc
        persons = self.resolver.named(_outside_quotes(sentence), sentence, ("Person",)) if subject is not None and \
            self.resolver.named(doc[subject.left_edge.i:subject.right_edge.i + 1], sentence, ("Person",)) else []
        return bool(persons) and self._join_last(persons, sentence)

    def _counted_parties(self, sentence: Sentence, number: int, kind: str) -> list[str]:
        """The last ``number`` parties of that kind named before; "the two sides" are the countries of the last
        two persons ("Modi met Putin … The two sides agreed": India and Russia), a person standing for himself
        when his country is not known."""
        before = self.resolver.index.before(sentence.evidence.start, ("Person",) if kind == "sides" else (kind,))
        if kind == "Organisation":
            before = [k for k in before if not self._named_as_body(k)]
        if kind != "sides":
            return before[:number]
        return list(dict.fromkeys(self._country_of(p) or p for p in before[:number]))

    def _named_as_body(self, key: str) -> bool:
        """"the Collective Security Council of the CSTO": a body named as part of another organisation."""
        spans = self.resolver.index.spans
        for sentence in self.sentences:
            text, base = sentence.span.doc.text, sentence.base
            for (start, end), found in spans.items():
                if found == key and sentence.evidence.start <= start < sentence.evidence.end and any(
                        other != key and self.resolver.index.actors[other].kind == "Organisation" and
                        text[end - base:s - base].strip().lower() in ("of", "of the")
                        for (s, _), other in spans.items() if end < s <= end + 8):
                    return True
        return False

    def _country_of(self, person: str) -> str | None:
        """A person's country named in the article, from the text or from the gazetteer's record of the office."""
        side = self._side(person)
        return next((k for k, actor in self.resolver.index.actors.items() if side in (k, actor.qid)), None)

    def _hosts(self, sentence: Sentence) -> list[str]:
        """Countries visited in the sentence ("paid a working visit to Kabul, … to hold talks with …"): the host
        is a party of the encounter."""
        persons = self.resolver.named(_outside_quotes(sentence), sentence, ("Person",))
        visits = [token for token, kind in _triggers(sentence) if kind == "Visit"]
        visits += [t for t in sentence.span if t.lemma_ in TRAVELLING and t.pos_ == "VERB"]  # "will travel to China
        return [host for token in visits if persons  # for the strategic dialogue"
                for host in [self._host(sentence, token, persons[0])] if host]

    def _body_of(self, body: str, country: str) -> bool:
        """"Kazakhstan's Security Council" is Kazakhstan's own body: the two are one party."""
        return body != country and self.resolver.index.actors[body].label.endswith(
            " of " + self.resolver.index.actors[country].label)

    def _inside(self, key: str, spans: list[Span], sentence: Sentence) -> bool:
        return any(key in self.resolver.named(span, sentence, ("Person",)) for span in spans)

    def _met(self, trigger: Token, sentence: Sentence) -> Resolution | None:
        """The person met when described: "also met the Pakistani foreign minister"."""
        if trigger.lemma_ not in MET_OBJECTS:
            return None
        obj = next((c for c in trigger.children if c.dep_ == "dobj"), None)
        return self.resolver.resolve(obj, sentence, ("Person",)) if obj is not None else None

    def _group_parties(self, sentence: Sentence, trigger: Token, agent: Resolution | None,
                       subject: Token | None) -> list[str]:
        """Countries and organisations that are parties: named in the subject ("Pakistani and Taliban
        commanders met"), in a "with"/"between" phrase ("consultations with Indian officials", "talks with the
        Taliban delegation") or as the object of "met"; demonyms count."""
        doc = sentence.span.doc
        heads = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("between", "with")
                 for g in c.children if g.dep_ == "pobj"]
        heads += [g for c in trigger.head.children if c.dep_ == "prep" and c.lower_ == "with" and trigger.pos_ == "NOUN"
                  for g in c.children if g.dep_ == "pobj"]
        heads += [c for c in trigger.children if c.dep_ == "dobj" and trigger.lemma_ in MET_OBJECTS]
        if trigger.dep_ == "nsubj" and trigger.head.lemma_ in GATHERING:  # "the consultations brought together
            heads += [c for c in trigger.head.children if c.dep_ == "dobj"]  # envoys of A, B and C"
        heads += [g for v in (*trigger.children, *trigger.head.children) if v.dep_ in ("acl", "advcl") and
                  v.lemma_ in CHAIRING for c in v.children if c.dep_ == "prep" and c.lower_ == "with"  # "a dialogue,
                  for g in c.children if g.dep_ == "pobj"]  # chaired by X, with the security chiefs of A and B"
        heads += [g for acl in (*trigger.children, *trigger.head.children) if acl.dep_ in ("acl", "advcl") and
                  acl.lemma_ in ATTENDING for agent in acl.children if agent.dep_ == "agent"  # "chaired a dialogue,
                  for g in agent.children]  # attended by the officials of A and B"
        if trigger.pos_ == "NOUN":  # "a meeting of the expanded troika – Russia, the United States, China …"
            heads += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("of", "from")  # "a meeting
                      for g in c.children if g.dep_ == "pobj"]  # of ministers from A and B"
        quoted = _outside_quotes(sentence)
        spans = [span for h in heads if h.i < quoted.end for span in _party_spans(h)]
        keys = [k for span in spans for k in self.resolver.named(span, sentence, ("Country", "Organisation"))]
        if subject is not None and subject.pos_ == "NOUN":  # "Pakistani and Taliban commanders met",
            phrase = [t for t in subject.subtree if t.i < subject.i or t == subject]  # "envoys from A and B"
            keys += self.resolver.named(doc[phrase[0].i:subject.i + 1], sentence, ("Country", "Organisation"))
            keys += [k for c in subject.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
                     for k in self.resolver.named(doc[c.left_edge.i:c.right_edge.i + 1], sentence,
                                                  ("Country", "Organisation"))]
        conjoined = [c for c in subject.conjuncts] if subject is not None else []  # "The Afghan government and
        for token in conjoined:                                                   # the Taliban held talks"
            found = self.resolver.resolve(token, sentence, ("Country", "Organisation"))
            if found:
                keys.insert(0, found.key)
        if agent and self.resolver.index.actors[agent.key].kind in ("Country", "Organisation"):
            keys.insert(0, agent.key)
        keys += self._hosts(sentence)
        keys = [k for k in keys if not any(self._body_of(other, k) for other in keys)]
        return [k for k in dict.fromkeys(keys) if not self.resolver.index.actors[k].is_media]

    def _meeting(self, parties, sentence, kind, trigger, place, confidence) -> Meeting:
        planned = _is_planned(sentence, trigger)
        date, date_text = self._date(sentence)
        return Meeting(participants=list(dict.fromkeys(parties)), evidence=sentence.evidence, kind=kind,
                       status="planned" if planned else "held", place=place, date=None if planned else date,
                       date_text=date_text, confidence=confidence)

    def _host(self, sentence: Sentence, trigger: Token, visitor: str) -> str | None:
        """The country visited: the trigger's object ("visit to Russia", "visited India", "visit Moscow"),
        a capital standing for its country."""
        objects = [c for c in trigger.children if c.dep_ == "dobj"]
        objects += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                    if g.dep_ == "pobj"]
        doc = sentence.span.doc
        spans = [doc[min(t.i for t in o.subtree):max(t.i for t in o.subtree) + 1] for o in objects]
        keys = [k for span in spans for k in self.resolver.named(span, sentence, ("Country", "Place"))]
        for key in keys:
            actor = self.resolver.index.actors[key]
            if actor.kind == "Country" and key != self.resolver.affiliation(visitor):
                return key
            if actor.kind == "Place":
                country = self.resolver.capital_country(key)
                if country and country != self.resolver.affiliation(visitor):
                    return country
        return None

    def _place(self, sentence: Sentence, trigger: Token) -> str | None:
        """Where the trigger happened: an "in/at" phrase on the trigger, on the verbs above it or on a
        party named in its phrase ("talks with Mirzo in Dushanbe")."""
        anchors = list(trigger.subtree) + list(trigger.ancestors)
        attached = {trigger} | {t for t in trigger.ancestors if t.pos_ in ("VERB", "AUX")}
        attached |= {t for t in trigger.subtree if t.pos_ == "PROPN" and t.ent_type_ == "PERSON"}  # "with X in Y"
        for token in anchors:  # not "the situation in Afghanistan": a topic's place is no meeting place
            if token.dep_ == "pobj" and token.head.lower_ in ("in", "at") and token.head.head in attached:
                span = sentence.span.doc[min(t.i for t in token.subtree):token.i + 1]
                for key in self.resolver.named(span, sentence, ("Place", "Country")):
                    return key
        return None

    def _date(self, sentence: Sentence):
        for _, _, text in find_date_expressions(sentence.evidence.sentence):
            return resolve_date(text, self.published), text
        return None, None

    def _merge_or_add(self, meetings: list[Meeting], meeting: Meeting) -> None:
        for existing in meetings:
            if self._same(existing, meeting):
                if self._persons(meeting) > self._persons(existing):
                    existing.participants = meeting.participants
                    existing.place = meeting.place or existing.place
                existing.also.append(meeting.evidence)
                existing.place = existing.place or meeting.place
                existing.date = existing.date or meeting.date
                existing.confidence = max(existing.confidence, meeting.confidence)
                return
        meetings.append(meeting)

    def _same(self, a: Meeting, b: Meeting) -> bool:
        """Same parties; or, when one side names a country ("Jaishankar will visit Moscow"), parties that are
        the same once persons stand for their countries. Two meetings of different persons of the same two
        countries stay apart (the foreign ministers' talks, the defence ministers' talks, the summit)."""
        if a.status != b.status:
            return False
        if set(a.participants) == set(b.participants):
            return True
        names_country = self._persons(a) < len(set(a.participants)) or self._persons(b) < len(set(b.participants))
        persons_a, persons_b = self._person_set(a), self._person_set(b)
        shared = persons_a & persons_b or not persons_a or not persons_b  # Putin's visit is not the ministers' talks
        return names_country and shared and self._as_countries(a) == self._as_countries(b) and \
            len(self._as_countries(a)) >= 2

    def _person_set(self, meeting: Meeting) -> set[str]:
        return {p for p in meeting.participants if self.resolver.index.actors[p].kind == "Person"}

    def _persons(self, meeting: Meeting) -> int:
        return sum(self.resolver.index.actors[p].kind == "Person" for p in meeting.participants)

    def _as_countries(self, meeting: Meeting) -> frozenset[str]:
        return frozenset(self.resolver.affiliation(p) or p if self.resolver.index.actors[p].kind == "Person" else p
                         for p in meeting.participants)


def _another_round(trigger: Token) -> bool:
    """"Another round of talks", "the next round of consultations", "further talks": the same parties again."""
    words = [trigger] + ([trigger.head.head] if trigger.head.lower_ == "of" else [])
    return any(c.lower_ in AGAIN for w in words for c in w.children)


def _party_spans(head: Token) -> list[Span]:
    """The phrase of a party without what names no party in it: its place ("talks between A and B in Doha,
    Qatar") or topic ("on Afghanistan"), a demonym of people who speak for no government ("Afghan civil society figures") or of a named
    group ("the Afghan Taliban")."""
    doc = head.doc
    places = {t.i for c in head.subtree if c.dep_ == "prep" and c.lower_ in ("in", "at", "on") and c != head
              for t in c.subtree}  # a place, or a topic: "a meeting of the contact group on Afghanistan"
    places -= {t.i for c in head.subtree if c.dep_ in ("relcl", "acl") and c.i in places
               for t in c.subtree}  # "in the capital, which was attended by A and B": the attendees are parties
    kept = [t.i for t in head.subtree if t.i not in places and not _idle_demonym(t)]
    spans, start = [], None
    for i in range(head.left_edge.i, head.right_edge.i + 2):
        if i in kept and start is None:
            start = i
        elif i not in kept and start is not None:
            spans.append(doc[start:i])
            start = None
    return spans


def _idle_demonym(token: Token) -> bool:
    """"Afghan" in "Afghan civil society figures" or "the Afghan Taliban": no government is a party."""
    if token.ent_type_ != "NORP" or token.dep_ not in ("amod", "compound"):
        return False
    head = token.head
    nouns = {head.lemma_.lower()} | {c.lemma_.lower() for c in head.children if c.dep_ in ("compound", "amod")}
    return bool(nouns & CIVIL_NOUNS) or head.ent_type_ == "ORG" and head.pos_ == "PROPN"


def _refers_back(trigger: Token) -> bool:
    """"The summit was chaired by …", "the meeting was attended by …": the encounter just reported."""
    return trigger.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in REFERRING for c in trigger.children)


def _outside_quotes(sentence: Sentence):
    """The sentence up to its first quotation: names inside a quote are not parties. A short quoted title or
    phrase ("attend the conference "Regional Connectivity" hosted by X") is no quotation."""
    span = sentence.span
    opening = None
    for token in span:
        if token.text not in QUOTES or token.i == span.start:
            continue
        if opening is None:
            opening = token.i
        elif token.i - opening > TITLE_LENGTH:
            break
        else:
            opening = None  # a title or a scare quote: read on
    return span.doc[span.start:opening] if opening is not None else span


QUOTES = frozenset({"\"", "“", "”"})
TITLE_LENGTH = 8  # tokens between quotation marks that make a title or a scare quote, not a quotation
