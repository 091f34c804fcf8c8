"""Who does a military action: the agent of one trigger, read from the parse and from the actions read before.

The subject of the trigger verb, the owner of a nominal trigger or of the forces that act, an organisation's own
name beside a description, the body that reports an agentless passive of its own forces, the armed actor an
anaphor ("the group", "they") stands for, the agent of an action told again ("The drills will run until
Saturday"). ``military_agents.py`` lists the candidate tokens; this reader resolves them to the article's actors
and keeps what the article told so far. :class:`~kg.extract.military.MilitaryReader` builds on it.
"""
from __future__ import annotations

from datetime import date
from itertools import takewhile

from spacy.tokens import Span, Token

from .actor_governments import governments
from .military_agents import (
    DASHES, according_to, accused_of, affiliate_of, armed_anaphor, before_determiner, both_parties, claim_of_others,
    claimed_by, claims_responsibility, clause_subject, counted_members, dateline_place, forces_fallen_in, hired,
    is_definite, kind_of_action, led_alliance, named_through_state, names_forces, owned, quantified, reporting_subject,
    subjects_of, verb_candidates, with_owners)
from .military_forces import SINGLE_FORCE, countries_in, named_armed_forces, spelled_alike, state_body
from .military_reports import discussed, in_purpose_clause
from .military_triggers import named_as_done, purpose_noun, trigger_kind, trigger_word
from .military_words import (
    AIMED_AGAINST, ALLIANCE_NOUNS, ALLIANCE_WORDS, ANAPHORIC_GROUPS, ARMED_FORCES_OF, ARMIES_APART, ASPECT_VERBS,
    BACKING, BODY_HEADS, CHAIRING, CHAIRS, COMMANDING_BODIES, CONFRONTATIONS, DEFENCE_WORDS, DIPLOMATIC_BODIES, DOERS,
    DONE_TO, EVENT_VERBS, FORCES, FORCES_LEAVE, FRONTIERS, GROUP_MEMBERS, INSTALLATIONS, IRREGULARS, JUDGING,
    LEGISLATURES, MADE_BY, MUNITIONS, NATIONAL_FORCES, NATIONAL_FORCES_UNTIL, OVERSEEING, PROXY_WORDS, REBELS,
    REPORTING, RESPONDING, SPOKESMEN, STATES, STATE_MEDIA, TELLING, TERRITORY, TRIGGERS)
from .names import fold
from .resolve import Resolution, Resolver
from .sentences import Sentence
from .tokens import prepositional_objects

CLAIM_SENTENCES = 2  # "Militants ambushed a convoy. The army said the attack came from across the border. The TTP
# claimed responsibility.": how far after an attack its claim is told


class AgentReader:
    """The agents of the actions read so far in an article, and the resolution of a trigger's agent."""

    def __init__(self, resolver: Resolver, published: date | None = None):
        self.resolver = resolver
        self.published = published  # the article's date: which forces a country had then
        self.last_actor: str | None = None
        self.last_state: str | None = None  # the last country read acting: a party to the conflict told
        self.last_group: str | None = None  # the last organisation read acting: "the insurgents", "the group"
        self.last_by_kind: dict[str, str] = {}  # kind -> agent of the last action of that kind
        self.seen: set[tuple[str, str]] = set()  # (kind, agent) of every action read so far
        self.held: set[tuple[str, str]] = set()  # those of them read as held, not planned
        self.taken: set[str] = set()  # what was captured ("captured Ghazni") is ground, never an agent
        self.first_by_kind: dict[str, str] = {}  # kind -> agent of the first action of that kind
        self.named_owner: dict[str, str] = {}  # kind -> owner of an action named as a purpose ("to join the X drills")
        self.agents_here: list[str | None] = []  # agents of the actions read so far in the current sentence

    def _reporting_body(self, trigger: Token, sentence: Sentence, kind: str) -> Resolution | None:
        """"The ministry added that additional units had been deployed", "The Taliban said his house had been
        seized": an organisation reporting an agentless passive action of its own forces reports its own action
        (a capture only when that organisation was read capturing before; forces with no owner acting only when it
        was read acting before); a defence ministry reports those of its state's forces the genre names apart ("the
        Afghan defence ministry said commandos had been sent" in 2021: the Afghan National Defense and Security
        Forces)."""
        passive, plain = any(c.dep_ == "nsubjpass" for c in trigger.children), self._plain_forces_act(trigger)
        if trigger.pos_ != "VERB" or not (passive or plain) or any(c.dep_ == "agent" for c in trigger.children):
            return None
        subject = according_to(trigger)  # "2,030 troops had been deployed, according to the CSTO secretariat"
        clause = trigger
        while clause.dep_ == "conj" and clause.head != clause:  # "reported that volunteers had come and that units
            clause = clause.head                                 # had been moved": each clause is reported
        if subject is None and clause.dep_ == "ccomp" and clause.head.lemma_ in REPORTING:
            subject = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return None
        subject = next((c for c in subject.children if c.dep_ == "appos" and c.lemma_.lower() in SPOKESMEN),
                       subject)  # "X, the spokesman for the ministry, said": the ministry reports
        found = self.resolver.resolve(subject, sentence, ("Organisation",))
        speaks_for = SPOKESMEN | BODY_HEADS  # "a spokesman for X", "the commander of X's ground force"
        end = subject.right_edge.i if subject.lemma_.lower() in speaks_for else subject.i
        owners = self.resolver.named(subject.doc[subject.left_edge.i:end + 1], sentence, ("Organisation",))
        found = found or (Resolution(owners[0], 0.6) if owners else None) or self._state_media(subject, sentence) or \
            self._spokesman_of(subject, sentence) or self._their_spokesman(subject, sentence) or \
            self._chaired_body(subject, sentence)
        found = self._national_forces(self._state_for_body(found), subject) if found is not None else None
        if found is None or self._installation_or_media(found.key) or \
                kind in ("Capture", "Attack") and (kind, found.key) not in self.seen or \
                plain and not passive and found.key not in self.agents_read():
            return None  # "NATO said troops had crossed into the region": forces it was not read commanding
        return Resolution(found.key, 0.6)

    def _claimant(self, trigger: Token, sentence: Sentence, kind: str) -> Resolution | None:
        """"A suicide bomber targeted a police truck …; the TTP claimed responsibility", "… The group claimed it": a
        claim of responsibility that names no attack of its own claims the attack its sentence reports, or the one
        a sentence just before in its paragraph reports ("Gunmen stormed a hotel. IS-K claimed responsibility.")."""
        if kind != "Attack":
            return None
        for later in [sentence] + self._next_in_paragraph(sentence):
            for verb in later.span:
                bare = verb.i > trigger.i and claims_responsibility(verb)
                subjects = [c for c in verb.children if c.dep_ == "nsubj"] if bare else []
                found = [r for c in subjects for r in [self._resolve_candidate(c, later)] if r is not None]
                if found and self.resolver.index.actors[found[0].key].kind == "Organisation":
                    return Resolution(found[0].key, 0.6)
            if later is not sentence and tells_attack(later):
                return None  # "Gunmen stormed a hotel. A bomb hit a van. IS-K claimed responsibility.": the bomb's
        return None

    def _next_in_paragraph(self, sentence: Sentence) -> list[Sentence]:
        """The sentences after this one in its paragraph, up to :data:`CLAIM_SENTENCES` of them: where a claim of the
        attack it reports is told."""
        following = self.resolver.sentences[sentence.index + 1:sentence.index + 1 + CLAIM_SENTENCES]
        return list(takewhile(lambda s: s.paragraph == sentence.paragraph, following))

    def _spokesman_of(self, subject: Token, sentence: Sentence) -> Resolution | None:
        """'"Reinforcements have been dispatched," ministry spokesman X wrote': the body a spokesman is titled by ("the
        ministry") is the one of that kind named last before, when all bodies of that kind named are one state's."""
        titles = [c for c in subject.children if c.dep_ == "compound"]
        titles += [g for c in titles for g in c.children if g.dep_ == "compound"]
        if not any(t.lemma_.lower() in SPOKESMEN for t in titles):
            return None
        bodies = [t.lower_ for t in titles if t.pos_ == "NOUN" and t.lemma_.lower() not in SPOKESMEN]
        recent = self.resolver.index.before(sentence.offsets(subject)[0], ("Organisation",))
        actors = self.resolver.index.actors
        matches = [k for k in recent if bodies and all(body in actors[k].label.lower() for body in bodies)]
        if not matches or len({actors[k].label.rpartition(" of ")[2] for k in matches}) > 1:
            return None  # "ministry spokesman" after two states' ministries: either one's
        key = matches[0]
        if not any(w in actors[key].label for w in COMMANDING_BODIES):
            return self._body_state(key)  # "foreign ministry spokesman X": no forces of his ministry, its state's
        return self._national_forces(Resolution(key, 0.6), subject)

    def _their_spokesman(self, subject: Token, sentence: Sentence) -> Resolution | None:
        """'The Taliban said they had captured the province. Their spokesman told a news conference that "Panjshir has
        been taken"': a spokesman owned by a pronoun speaks for the organisation last read acting, or for the subject
        of the clause his own is joined to ("The ministry vowed to retake the city, and its spokesman said …")."""
        owned = subject.lemma_.lower() in SPOKESMEN and \
            any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in subject.children)
        if not owned:
            return None
        verb = subject.head
        joined = [c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"] if verb.dep_ == "conj" \
            else []
        if joined:
            return self._resolve_candidate(joined[0], sentence)
        return Resolution(self.last_group, 0.6) if self.last_group else None

    def _body_state(self, body: str) -> Resolution | None:
        """"Ministry of Foreign Affairs of Kazakhstan", "Indian Ministry of External Affairs": the country a state body
        belongs to, the one its name ends with or else the one its name names by its demonym."""
        label = self.resolver.index.actors[body].label
        state = label.rpartition(" of ")[2]
        key = next((k for k, a in self.resolver.index.actors.items() if a.kind == "Country" and a.label == state), None)
        named = countries_in(label) if key is None else []
        key = key or (self.resolver.country(named[0]) if len(named) == 1 else None)
        return Resolution(key, 0.6) if key else None

    def _state_media(self, subject: Token, sentence: Sentence) -> Resolution | None:
        """"Iranian state television reported that units had been sent": a state's own media report its forces'
        moves (the CSTO secretariat reporting its own is above)."""
        if subject.lower_ not in STATE_MEDIA and subject.lemma_.lower() not in STATE_MEDIA or \
                not any(c.lower_ == "state" for c in subject.children):
            return None
        states = self.resolver.named(subject.doc[subject.left_edge.i:subject.i + 1], sentence, ("Country",))
        return Resolution(states[0], 0.6) if states else None

    def agents_read(self) -> set[str]:
        """Every agent of an action read so far in the article."""
        return {agent for _, agent in self.seen}

    @staticmethod
    def _plain_forces_act(trigger: Token) -> bool:
        """"The front's spokesman wrote that resistance fighters had liberated several villages": forces named by no
        owner, acting in what a body reports, are that body's own (the other side's would be named)."""
        subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
        return bool(subjects) and all((c.lemma_.lower() in FORCES or c.lower_ in FORCES) and not owned(c) and
                                      not is_definite(c) and not any(g.dep_ == "poss" for g in c.children)
                                      for c in subjects)

    def _anaphoric_agent(self, trigger: Token, kind: str, sentence: Sentence) -> Resolution | None:
        """"The drills will run until Saturday", "those units are already deployed": a definite mention of
        forces or of an action already reported continues the agent of the last action (of that kind), unless a
        state's body reports on them."""
        if self.last_actor is None:
            return None
        known = self._guarding_force(trigger) or self._held_as_named(trigger, kind) or \
            self._exercise_again(trigger, kind)
        if known:
            return known
        if trigger.pos_ == "NOUN":
            nouns = [trigger] if trigger.dep_ == "nsubj" and trigger.head.lemma_ in ASPECT_VERBS else []
            if trigger.dep_ == "dobj" and trigger.head.lemma_ not in JUDGING:  # "The navies conducted an exercise"
                nouns += [c for c in subjects_of(trigger.head) if names_forces(c) and not owned(c)]
        else:
            subjects = [c for c in trigger.children if c.dep_ == "nsubjpass"]
            subjects += [g for c in subjects for g in prepositional_objects(c, "of")]  # "half of those units"
            nouns = [c for c in subjects if names_forces(c) and not owned(c)]  # "the navies conducted …"
        definite = [n for n in nouns if any(c.dep_ == "det" and c.lower_ in ("the", "those", "these", "this")
                                            for c in n.children)]
        reporter = next(filter(None, (self._reporting_state(n, sentence) for n in definite if whole_forces(n))), None)
        if reporter is not None:  # "The Kyrgyz Defense Ministry says units of the armed forces have been moved"
            return Resolution(reporter, 0.6)
        agent = self.last_by_kind.get(kind, self.last_actor) if trigger.pos_ == "NOUN" else self.last_actor
        if not definite or self._aimed_at(trigger, agent, sentence):
            return None
        return Resolution(agent, 0.6)

    def _aimed_at(self, trigger: Token, agent: str, sentence: Sentence) -> bool:
        """"Armenia shelled two border posts … The armed forces have started a retaliatory operation against firing
        positions in Armenia": the actor the action is aimed at is not the one the unnamed forces stand for (it was the
        last one read acting, and is now struck back)."""
        verbs = [trigger] + ([trigger.head] if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" else [])
        for verb in verbs:
            for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in AIMED_AGAINST):
                span = trigger.doc[prep.i:prep.right_edge.i + 1]
                if agent in self.resolver.named(span, sentence, ("Place", "Country", "Organisation")):
                    return True
        return False

    def _exercise_again(self, trigger: Token, kind: str) -> Resolution | None:
        """"Those drills will be held at the range", "A new joint naval exercise is planned for next year", "The next
        edition of the exercise is planned": an exercise told without its agent after one told with it is that
        agent's (the partners of a series hold its next round)."""
        if kind != "Exercise" or trigger.pos_ != "NOUN" or "Exercise" not in self.last_by_kind:
            return None
        noun = quantified(trigger)
        if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.lemma_ not in EVENT_VERBS:
            return None
        return Resolution(self.last_by_kind["Exercise"], 0.6)

    def _remember_purpose(self, token: Token, sentence: Sentence) -> None:
        """"A contingent has reached Orenburg to take part in the SCO counter-terrorism exercise", "discussed the
        upcoming joint exercises of Tajikistan and Russia": an action named as a purpose or a topic is no action, but
        its owner is the agent of "The exercise is being held …", "Those drills will be held …" read next."""
        kind = TRIGGERS.get(token.lemma_.lower())
        topic = discussed(token)
        if kind is None or token.pos_ != "NOUN" or not (purpose_noun(token) or in_purpose_clause(token) or topic):
            return
        end = token.right_edge.i + 1 if topic else token.i
        owners = self.resolver.named(token.doc[token.left_edge.i:end], sentence, ("Organisation", "Country"))
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

    def _agent(self, token: Token, sentence: Sentence, kind: str) -> Resolution | None:
        candidates = verb_candidates(token, kind) if token.pos_ in ("VERB", "AUX") else \
            self._noun_candidates(token, sentence)
        for candidate in with_owners(candidates):
            resolution = self._resolve_candidate(candidate, sentence)
            if resolution:  # "Pakistan's military said it had launched …": the forces "it" stands for
                said_by = reporting_subject(candidate) if candidate.lower_ in ("it", "they") else None
                resolution = self._national_forces(self._state_for_body(resolution),
                                                   said_by if said_by is not None else candidate)
                told_as_own = said_by is not None or candidate not in candidates  # "said it had", "said its forces"
                body = said_by if said_by is not None else candidate
                return self._defence_state(resolution, body, sentence) if told_as_own else resolution
        return None

    def _defence_state(self, resolution: Resolution, body: Token, sentence: Sentence) -> Resolution:
        """"Tajikistan's defence ministry said it had deployed 20,000 reservists", "Ukraine's General Staff said its
        troops had retaken …": the forces a defence body tells of as its own are its state's (the body itself acts
        only where it is the subject: "the ministry has moved a company of reservists")."""
        words = set(self.resolver.index.actors[resolution.key].label.split())
        if not (words & {"Ministry", "Staff"} and words & DEFENCE_WORDS):
            return resolution
        state = self._body_state(resolution.key)
        named = self.resolver.named(body.doc[body.left_edge.i:body.i + 1], sentence, ("Country",)) if not state else []
        key = state.key if state else named[0] if len(set(named)) == 1 else None  # "Ukraine's General Staff"
        return Resolution(key, resolution.confidence) if key else resolution

    def _state_for_body(self, resolution: Resolution) -> Resolution:
        """"The Kyrgyz parliament approved the dispatch of 150 troops", "Pakistan's Foreign Office said its armed forces
        had struck": a legislature or a foreign ministry commands no forces; its state sends them or strikes."""
        label = self.resolver.index.actors[resolution.key].label
        if not label.startswith(LEGISLATURES) and not any(body in label for body in DIPLOMATIC_BODIES):
            return resolution
        state = self._body_state(resolution.key)
        return Resolution(state.key, resolution.confidence) if state else resolution

    def _noun_candidates(self, token: Token, sentence: Sentence) -> list[Token]:
        """Who does a nominal action: its owner ("the Taliban offensive", "the withdrawal of US troops"), the
        subject of the verb it is the object of ("CSTO held exercises", "claimed a string of bombings")."""
        accused = accused_of(token) if token.dep_ == "pobj" else []
        if accused:  # "blamed Pakistan for airstrikes in Kabul", but "blamed X for the attack on the airport, which
            claimed = [g for t in token.subtree for g in claimed_by(t)]  # was claimed by IS": the claimant (the
            return claimed or accused  # parser hangs the claim on the phrase's last noun)
        candidates = []
        candidates += claimed_by(token)  # "an attack claimed by the Islamic State"
        done = named_as_done(token)
        if done is not None:  # "Pakistan carried out what it called precision strikes"
            candidates += subjects_of(done)
        if trigger_word(token) in CONFRONTATIONS:  # "clashes with the Taliban", "a face-off between A and B"
            candidates += [c for c in token.children if c.dep_ == "poss" and c.pos_ != "PRON"]
            # "Pakistan's battle with the TTP": whose fight it is, before the side it is fought with
            sides = [token, token.head] if token.dep_ in ("nsubj", "nsubjpass") else [token]
            candidates += [g for t in sides  # "clashes were reported between A and B"
                           for g in prepositional_objects(t, ("with", "between"))]
            candidates += [g for t in sides for f in fronts_between(t) for g in border_sides(f)
                           if token.head.lemma_ not in JUDGING]  # not "recalled the fighting on the border"
            # "fighting on the border between A and B", "on the Kyrgyz-Tajik border": the two whose border it is
            candidates += [s for c in token.children if c.dep_ == "relcl" for s in c.children if
                           s.dep_ in ("nsubj", "nsubjpass") and names_forces(s)] or forces_fallen_in(token)
            # "a clash in which 20 Indian soldiers and four Chinese troops were killed": the forces that fought it
            verb = _verb_of(token.head) if token.dep_ == "pobj" else None
            candidates += [f for c in (verb.children if verb is not None else ()) if c.dep_ in ("nsubjpass", "agent")
                           for f in (c, *c.children) if f.dep_ in ("nsubjpass", "pobj") and names_forces(f)]
            # "200 soldiers were held up by Indian troops after a face-off": the forces of its clause
        if token.dep_ == "conj" and token.head.pos_ == "NOUN":  # "the bombing … and a similar attack"
            token = token.head
            coordinated_object = token.dep_ == "pobj" and token.head.lower_ in ("to", "on", "for") and \
                _verb_of(token.head) is not None  # "agreed to", "called for", "decided on"
            while not coordinated_object and token.dep_ in ("conj", "pobj", "prep") and \
                    token.head.pos_ in ("NOUN", "ADP"):
                token = token.head  # "the bombing of a mosque in X and a similar attack in Y" (but "agreed to a
                # ceasefire and a pullback": the object of the verb, coordinated with the action)
        owners = [c for c in token.children if c.dep_ in ("poss", "compound", "amod", "nmod") and
                  not before_determiner(c, token)]
        names = [c for c in owners if exercise_name(c, token)]  # "agreed to hold the INDRA exercise": its name,
        candidates += [c for c in owners if c.pos_ != "PRON" and not kind_of_action(c) and c not in names]  # after
        pronouns = [c for c in owners if c.pos_ == "PRON"] + names  # the subject ("held their exercise": first)
        done_to = token.lemma_.lower() in DONE_TO
        ground_of = TRIGGERS.get(token.lemma_.lower()) == "Capture" or done_to
        # "control of X": X is taken; "the invasion of X": X is invaded (but "under shelling of Tajik artillery")
        candidates += [g for g in prepositional_objects(token, ("by", "of", "between"))
                       if not (g.head.lower_ == "of" and (  # g.head: its preposition
                           ground_of and not (done_to and names_forces(g)) or self._is_ground(g, sentence)))]
        token = quantified(token)  # "held a series of exercises": the series is the object
        if token.dep_ == "appos":  # "keeps its largest facility abroad, the 201st military base"
            token = token.head
        judged = token.head.lemma_ in JUDGING and not self._host_observes(token, sentence) and \
            not told_as_own(token)  # "condemned the bombing", "recalled the fighting"
        if token.dep_ == "dobj" and token.head.lemma_ in ("give", "hand"):  # "gave the insurgents control of X"
            candidates += [c for c in token.head.children if c.dep_ == "dative"]
        if token.dep_ == "nsubjpass" and token.head.lemma_ in DOERS:  # "The attack was claimed by X" (not "the
            candidates += [g for c in token.head.children if c.dep_ == "agent"  # deployment was announced by X")
                           for g in c.children if g.dep_ == "pobj"]
        if token.dep_ in ("dobj", "nsubjpass") and not judged and not claim_of_others(token, token.head):
            candidates += subjects_of(token.head)
        elif token.dep_ == "pobj" and _verb_of(token.head) is not None and not answered(token):
            candidates += subjects_of(_verb_of(token.head))  # "engaged in drills", "agreed on a truce and on a pullout"
        elif token.dep_ == "pobj" and token.head.head.lemma_ in ("responsibility", "half", "part", "most", "bulk") \
                and token.head.head.dep_ == "dobj" and not claim_of_others(token, token.head.head.head):
            candidates += [c for c in token.head.head.head.children if c.dep_ == "nsubj"]  # "claimed responsibility
            # for the attack" (not "often claims responsibility for such attacks")
        verb = token.head
        while token.dep_ == "dobj" and not judged and verb.dep_ in ("xcomp", "acomp") and verb.head != verb:
            verb = verb.head  # "is scheduled to complete the withdrawal", "is due to complete it"
            candidates += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        return candidates + pronouns

    def _host_observes(self, exercise: Token, sentence: Sentence) -> bool:
        """"President X observed the Vostok exercise": a state's office-holder watching an exercise no one is named
        holding watches his own state's (a foreign observer watches "the NATO drills", whose owner is named)."""
        if TRIGGERS.get(exercise.lemma_.lower()) != "Exercise" or exercise.head.lemma_ not in OVERSEEING or \
                exercise.dep_ != "dobj" or any(c.dep_ == "poss" or c.ent_type_ in ("NORP", "GPE", "ORG")
                                               for c in exercise.children):
            return False
        subjects = [self.resolver.resolve(c, sentence, ("Person",)) for c in subjects_of(exercise.head)]
        return any(r and self._state_of(r.key) != r.key for r in subjects)

    def _resolve_candidate(self, candidate: Token, sentence: Sentence) -> Resolution | None:
        """The actor behind one candidate agent: a name, a demonym, an armed group's anaphor, an alliance."""
        dashes = [t.i for t in candidate.subtree if t.dep_ == "punct" and t.i > candidate.i and (
                  t.text in DASHES and t.whitespace_ and candidate.doc[t.i - 1].whitespace_ or  # " - ", not "Nur-
                  t.text == ":") and candidate.left_edge.i == sentence.span.start]  # Sultan"; a dateline opens it
        appos = [t for t in candidate.subtree if t.dep_ == "appos" and dashes and t.i > dashes[-1] > t.head.i]
        if appos:
            candidate = appos[-1]  # "KABUL - The Taliban claimed …", "Spokesperson: The BSF shot down …": the
            # dateline or the transcript's speaker is no agent
            for owner in with_owners([candidate])[1:]:  # "DUSHANBE -- Troops of the CSTO wrapped up …"
                found = self._resolve_candidate(owner, sentence)
                if found:
                    return found
        if dateline_place(candidate, sentence) or made_elsewhere(candidate):
            return None  # "New Delhi: An Indian Army contingent has reached …", "US-supplied missiles were fired"
        chaired = self._chaired_body(candidate, sentence)
        if chaired:
            return chaired
        if backed_by_another(candidate):  # "Taliban-backed militants of the TTP": their own name, if any, is read as
            # their owner; forces with none act with the forces joined to them ("Russia-backed separatists and
            # Russian troops shelled …", not "Iran-backed Hezbollah fighters and Syrian troops attacked …")
            if named_proxies(candidate):
                return None
            joined = (self._resolve_candidate(c, sentence) for c in candidate.children
                      if c.dep_ == "conj" and names_forces(c))
            return next(filter(None, joined), None)
        if counted_members(candidate):
            return None  # "the armies of two SCO members were shooting at each other": members, not the alliance
        if candidate.lower_.endswith("-led") and candidate.head.lemma_.lower() not in ALLIANCE_NOUNS:
            leader = self.resolver.country(candidate.text[:-len("-led")])  # "U.S.-led forces", one token
            return Resolution(leader, 0.85) if leader else None
        reporter = reporting_subject(candidate) if candidate.lower_ in ("it", "they") else None
        if reporter is not None and led_alliance(reporter):
            candidate = reporter  # "A Russia-led alliance said it was sending troops": the alliance sends them
        if led_alliance(candidate):
            return self._alliance(sentence.offsets(candidate)[0])
        owner = next((c for c in candidate.children if c.dep_ == "poss"), candidate)  # "Its army has fired …"
        previous = self._previous_subject(owner, sentence) if reporter is None else None
        if previous is not None:  # "Russia is still the main provider of security. It keeps a base …"
            return previous
        anaphor = self.last_actor is not None and self.last_actor not in self.taken and armed_anaphor(candidate)
        if anaphor and not (candidate.lower_ in ("it", "they") and reporter is not None):
            return self._armed_antecedent(candidate, sentence)  # "the group", "they": the armed actor last named
        if both_parties(candidate):  # "Both sides still have 50,000 troops deployed": not one army's name
            return self._party(sentence, candidate)
        unit_of = self._named_force(candidate, sentence) or self._group_named_with(candidate, sentence)
        if unit_of:
            return unit_of
        other_name = self._other_name(candidate, sentence)
        if other_name or affiliate_of(candidate):  # "the Islamic State's affiliate": not the parent
            return other_name or self._affiliate_as_described(candidate, sentence)
        kinds = ("Organisation", "Person") if hired(candidate) else ("Organisation", "Country", "Person")
        resolution = self.resolver.resolve(candidate, sentence, kinds)  # "Syrian mercenaries": not Syria's
        if resolution:
            resolution = self._namesake(candidate.doc[candidate.left_edge.i:candidate.i + 1], resolution)
        if resolution and self._armed_group_for_army(candidate, resolution.key):
            return None
        if resolution and resolution.key not in self.taken and (not self._installation_or_media(resolution.key) or
                                                                self._unit_acting(candidate, resolution.key)):
            return self._country_of_forces(resolution, candidate)
        if resolution is None and (same_name := self._named_before(candidate)):
            return same_name
        if anaphor:
            return Resolution(self.last_actor, 0.6)
        if candidate.lemma_.lower() in ALLIANCE_NOUNS:
            return self._alliance(sentence.offsets(candidate)[0])
        return None

    def _affiliate_as_described(self, affiliate: Token, sentence: Sentence) -> Resolution | None:
        """"Islamic State's Afghan branch claimed a bombing": an affiliate the article names only by its description is
        the organisation of that description (never its parent)."""
        found = self.resolver.resolve(affiliate, sentence, ("Organisation",))
        described = found is not None and affiliate.lower_ in fold(self.resolver.index.actors[found.key].label).split()
        return found if described else self._affiliate_by_own_name(affiliate, sentence)

    def _affiliate_by_own_name(self, affiliate: Token, sentence: Sentence) -> Resolution | None:
        """"The Jamaat-ul-Ahrar faction of the TTP claimed responsibility": the name before the affiliate noun is the
        affiliate's own, as bare a claimant as the name alone (not "the Islamic State's Afghan affiliate", a demonym
        after the parent's name)."""
        own = [c for c in affiliate.children if c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ == "ORG"]
        if not own:
            return None
        span = affiliate.doc[min(c.left_edge.i for c in own):affiliate.i]
        keys = [k for k in self.resolver.named(span, sentence, ("Organisation",)) if not self._installation_or_media(k)]
        return Resolution(keys[0], 0.85) if keys else None

    def _chaired_body(self, speaker: Token, sentence: Sentence) -> Resolution | None:
        """"Prime Minister X, who chairs the bloc, announced the deployment", "X, chairman of the African Union, said
        troops would be sent": who chairs an organisation and announces a move speaks for the organisation, not for
        his state (the chair rotates among its members)."""
        if speaker.dep_ != "nsubj" or speaker.head.lemma_ not in REPORTING:
            return None
        bodies = [g for c in speaker.children if c.dep_ == "relcl" and c.lemma_ in CHAIRING
                  for g in c.children if g.dep_ == "dobj"]
        bodies += [g for c in speaker.children if c.dep_ == "appos" and c.lemma_.lower() in CHAIRS
                   for g in prepositional_objects(c, "of")]
        for body in bodies:
            if body.lemma_.lower() in ALLIANCE_NOUNS:
                return self._alliance(sentence.offsets(body)[0])
            keys = self.resolver.named(body.doc[body.left_edge.i:body.i + 1], sentence, ("Organisation",))
            if keys:
                return Resolution(keys[0], 0.6)
        return None

    def _named_before(self, candidate: Token) -> Resolution | None:
        """"The Islamic Emirate (IEA) … IEA fighters fired into the air": a proper name the tagger missed here is the
        organisation or country of that exact name the article names elsewhere."""
        if candidate.pos_ != "PROPN" or candidate.ent_type_:
            return None
        name = fold(candidate.text)
        keys = [k for k, a in self.resolver.index.actors.items() if a.kind in ("Organisation", "Country") and
                name in {fold(n) for n in (a.label, *a.aliases)} and not self._installation_or_media(k)]
        return Resolution(keys[0], 0.6) if len(keys) == 1 else None

    def _previous_subject(self, pronoun: Token, sentence: Sentence) -> Resolution | None:
        """"Russia is still the main security provider. It keeps a base …", "The two sides completed disengagement in
        May. In February, they had withdrawn …": a pronoun subject continues the subject of the sentence before (in
        its paragraph: a Doc is one paragraph, so that is the sentence before in the Doc) when that subject is a state
        or "both sides", whatever the last action read was; so does the owner of forces that are the subject ("Its
        army has fired …"), and of an organisation's ("The TTP attacked a post. Its fighters …", "The Air Force was put
        on alert. Its fighters …": fighters, militants are never a state's forces)."""
        singular, plural = pronoun.lower_ in ("it", "its"), pronoun.lower_ in ("they", "their")
        owns_subject = pronoun.dep_ == "poss" and pronoun.head.dep_ == "nsubj" and names_forces(pronoun.head) and \
            clause_subject(pronoun) is None and reporting_subject(pronoun) is None
        if not (singular or plural) or not (pronoun.dep_ == "nsubj" or owns_subject):
            return None
        start = sentence.span.start
        if start == 0:
            return None
        root = pronoun.doc[start - 1].sent.root
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            return None
        organisation = self._organisation_subject(subject, sentence) if owns_subject else None
        if organisation or owns_subject and _group_members(pronoun.head):
            return organisation  # "Turkey has designated the PKK a terrorist organisation. Its fighters …": no state's
        if subject.dep_ != "nsubj":
            return None
        if plural and both_parties(subject):
            return self._party(sentence, pronoun)
        if singular and subject.pos_ != "PROPN":  # "Pakistan's answer came within 48 hours. … its military struck"
            subject = next((c for c in subject.children if c.dep_ == "poss" and c.pos_ == "PROPN"), subject)
        if not singular or subject.pos_ != "PROPN":
            return None
        start, end = sentence.offsets(pronoun.doc[subject.left_edge.i:subject.i + 1])  # the sentence before's
        actors = self.resolver.index.actors
        states = [k for _, k in self.resolver.index.in_range(start, end) if actors[k].kind == "Country"]
        named = {k for _, k in self.resolver.index.in_range(*sentence.offsets(root.sent))
                 if actors[k].kind == "Country"}
        if not states or named - {states[0]}:
            return None  # "Turkey sold drones to Ukraine. It used them …": "it" may be either state
        return Resolution(states[0], 0.6)

    def _organisation_subject(self, subject: Token, sentence: Sentence) -> Resolution | None:
        """The one organisation a subject names ("The Pakistan Air Force", "The TTP"), if it is no outlet or base."""
        if subject.pos_ != "PROPN" or any(c.dep_ == "conj" for c in subject.children):
            return None
        start, end = sentence.offsets(subject.doc[subject.left_edge.i:subject.i + 1])  # in the sentence before
        actors = self.resolver.index.actors
        found = {k for _, k in self.resolver.index.in_range(start, end) if actors[k].kind == "Organisation"}
        return Resolution(found.pop(), 0.6) if len(found) == 1 and not self._installation_or_media(*found) else None

    def _party(self, sentence: Sentence, anaphor: Token) -> Resolution | None:
        """"Both sides are to withdraw", "guards from the two sides exchanged fire": the states at war, of which
        the last read acting is one (not a ministry or a militant group read acting since); "China paid for posts
        of Tajik guards and the two armies held drills": the first of the two states the sentence names before,
        whoever was read acting last; "Relations between Armenia and Azerbaijan worsened. Both sides reinforced …":
        the two the sentence before names, of which the last read acting, if it is one."""
        here = self._named_here(sentence, anaphor)
        if len(here) == 2:
            return Resolution(here[0], 0.6)
        pair = self._pair_before(sentence) if not here else []
        party = pair[0] if pair and self.last_state not in pair else \
            self.last_state or next(iter(self._two_sides(sentence)), None) or self.last_actor
        return Resolution(party, 0.6) if party else None

    def _pair_before(self, sentence: Sentence) -> list[str]:
        """"The ties between India and China came under strain after the clash. Both sides enhanced deployment": the
        two countries, and only two, that the sentence before (in its paragraph) names are the sides, whoever was
        read acting last (Tajikistan mobilising reservists, in a story of a summit in Dushanbe). A Doc is one paragraph,
        so the sentence before in the Doc is in the same paragraph; the first sentence of a Doc has none."""
        start = sentence.span.start
        doc = sentence.span.doc
        if start == 0:
            return []
        actors = self.resolver.index.actors
        before = self.resolver.index.in_range(*sentence.offsets(doc[start - 1].sent))
        states = list(dict.fromkeys(k for _, k in before if actors[k].kind == "Country"))
        return states if len(states) == 2 else []

    def _named_here(self, sentence: Sentence, anaphor: Token) -> list[str]:
        """The countries the sentence names before "the two armies", in order."""
        before = sentence.span.doc[sentence.span.start:anaphor.i]
        return list(dict.fromkeys(self.resolver.named(before, sentence, ("Country",))))

    def _two_sides(self, sentence: Sentence, anaphor: Token | None = None) -> list[str]:
        """The two states of a story of two sides: two named in the sentence before, else the last read acting, and
        the other country named last before ("Indian and Chinese troops pulled back … Both sides still have troops
        each deployed": India, China)."""
        here = self._named_here(sentence, anaphor) if anaphor is not None else []
        if len(here) == 2:
            return here
        pair = self._pair_before(sentence) if not here else []
        if pair:
            return pair
        start = sentence.offsets(sentence.span)[0]
        named = sorted(((m.start, k) for k, a in self.resolver.index.actors.items() if a.kind == "Country"
                        for m in a.mentions if m.start < start), reverse=True)
        sides = ([self.last_state] if self.last_state else []) + [k for _, k in named]
        return list(dict.fromkeys(sides))[:2]

    def _each_side(self, trigger: Token, sentence: Sentence, actor: str) -> list[str]:
        """"India and China each maintain troops", "Each side keeps 50,000 troops", "Both sides have troops each
        deployed": one action of each party (a joint action, "India and China held drills", is one)."""
        verbs = [trigger]  # up to the clause that names the parties ("have troops each deployed": "have")
        while verbs[-1].dep_ in ("xcomp", "acomp", "relcl", "acl", "conj", "dobj") and verbs[-1].head != verbs[-1] and \
                len(verbs) < 4:
            verbs.append(verbs[-1].head)
        subjects = [c for v in verbs for c in v.children if c.dep_ == "nsubj" and c.lower_ != "each"][:1]
        deployed = trigger_kind(trigger) == "Deployment"  # (troops from each side in drills drill together)
        forces = [c for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass")] if deployed else []
        sides = [g for s in forces for c in s.children if c.dep_ == "prep" and c.lower_ in ("from", "of")
                 for g in c.children if both_parties(g)]  # "50,000 troops from each side remain (are) deployed"
        each = any(c.lower_ == "each" for v in verbs for c in v.children) or \
            any(c.lower_ == "each" for s in subjects + sides for c in s.children)
        own_forces = deployed and bool(subjects) and both_parties(subjects[0])
        if not (each or own_forces) or not subjects + sides:
            return []  # "Both armies have deployed troops": each its own (not a joint pull-back or drill)
        if both_parties((sides + subjects)[0]):
            return [k for k in self._two_sides(sentence, (sides + subjects)[0]) if k != actor]
        parties = [self._resolve_candidate(c, sentence) for c in subjects[0].children if c.dep_ == "conj"]
        return [self._state_of(r.key) for r in parties if r and self._state_of(r.key) != actor]

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

    def _group_named_with(self, members: Token, sentence: Sentence) -> Resolution | None:
        """"Afghan Taliban fighters", "Iraqi Kata'ib Hezbollah militants": armed members named by their group's name
        are the group's, whatever demonym says where the group is from (fighters are never a state's forces)."""
        if members.lemma_.lower() not in GROUP_MEMBERS or members.pos_ != "NOUN" or \
                not any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" for c in members.children):
            return None
        span = members.doc[members.left_edge.i:members.i]
        keys = [k for k in self.resolver.named(span, sentence, ("Organisation",)) if not self._installation_or_media(k)]
        return self._namesake(span, Resolution(keys[-1], 0.85)) if keys else None

    def _namesake(self, words: Span, resolution: Resolution) -> Resolution:
        """"Pakistani Taliban fighters", "the Pakistani Taliban": a movement's name after the demonym of another
        country than the one whose government it formed (``governments.tsv``) names that country's namesake movement,
        not the movement ("Afghan Taliban fighters" are the Taliban's)."""
        actors = self.resolver.index.actors
        qid = actors[resolution.key].qid
        home = next((g.country for g in governments() if qid and g.ruler == qid), None)
        doc = words.doc
        demonym = next((t for t in words if t.ent_type_ == "NORP" and t.i + 1 < len(doc) and
                        doc[t.i + 1].ent_type_ == "ORG" and countries_in(t.text)[:1] not in ([], [home])),
                       None) if home else None
        if demonym is None:
            return resolution
        label = f"{demonym.text} {doc[demonym.i + 1].text}"
        key = next((k for k, a in actors.items() if fold(label) in {fold(n) for n in (a.label, *a.aliases)}), None)
        return Resolution(key or self.resolver.index.add(label, "Organisation"), resolution.confidence)

    def _armed_antecedent(self, anaphor: Token, sentence: Sentence) -> Resolution | None:
        """"Taliban deputy spokesman X said the movement had sent fighters": an agent of earlier actions named
        earlier in the sentence, else the agent of the last action; "the insurgents", "the group" are the last
        organisation read acting (not a state read since: "… since US forces began their withdrawal. The
        insurgents also captured …")."""
        agents = self.agents_read() | set(self.agents_here)  # "seized by X, and the movement …"
        before = sentence.span.doc[sentence.span.start:anaphor.i]
        named = [k for k in self.resolver.named(before, sentence, ("Organisation",)) if k in agents]
        group = self.last_group if anaphor.pos_ == "NOUN" else None
        found = named[-1] if named else group or self.last_actor
        if anaphor.lemma_.lower() in REBELS | ANAPHORIC_GROUPS and self._state_body(found):
            return self._rebels_named(sentence)  # "1,037 members of the Afghan forces crossed after the insurgents
        return Resolution(found, 0.6)             # seized villages": the insurgents fought those forces; "Russian Air
        # Force jets flew in … The group captured Kunduz": a state's body is no group

    def _rebels_named(self, sentence: Sentence) -> Resolution | None:
        """The organisation last named before, that is no state's body, outlet or base: the insurgents the story is
        about ("to escape a Taliban offensive … after the insurgents seized villages")."""
        recent = self.resolver.index.before(sentence.offsets(sentence.span)[0], ("Organisation",))
        key = next((k for k in recent if not self._state_body(k) and not self._installation_or_media(k)), None)
        return Resolution(key, 0.6) if key else None

    def _state_body(self, key: str) -> bool:
        return state_body(self.resolver.index.actors, key)

    def _reporting_state(self, forces: Token, sentence: Sentence) -> str | None:
        """"The Kyrgyz Defense Ministry says units of the armed forces have been moved": forces a state's body reports
        on, named by no owner, are that state's (not the side's last read acting)."""
        clause = next((a for a in forces.ancestors if a.dep_ == "ccomp" and a.head.lemma_ in REPORTING), None)
        subject = next((c for c in clause.head.children if c.dep_ == "nsubj"), None) if clause is not None else None
        if subject is None:
            return None
        states = set(self.resolver.named(subject.doc[subject.left_edge.i:subject.i + 1], sentence, ("Country",)))
        return states.pop() if len(states) == 1 else None

    def _other_name(self, candidate: Token, sentence: Sentence) -> Resolution | None:
        """"the Islamic State's Afghan affiliate, known as IS-K", "the Pakistani Taliban, or Tehreek-i-Taliban
        Pakistan (TTP)", "the group's regional affiliate, ISIS-K": the organisation's own name, given beside a
        description or a looser name."""
        if candidate.ent_type_ == "PERSON":
            return None
        names = [c for c in candidate.children if c.dep_ == "appos" and c.pos_ == "PROPN" and
                 (c.left_edge.i <= candidate.i + 3 or affiliate_of(candidate))]  # "affiliate, ISIS-K", not a name
        # the parser hung far after, unless the description names a parent ("the affiliate of the IS group, IS-K")
        names += [p for c in candidate.children if c.dep_ == "acl" and c.lemma_ in ("know", "call", "name")
                  for p in c.children if p.dep_ == "prep" and p.lower_ == "as"]
        if any(c.dep_ == "cc" and c.lower_ == "or" for c in candidate.children):
            names += [c for c in candidate.children if c.dep_ == "conj"]
        if affiliate_of(candidate):  # "the regional affiliate of the Islamic State group, IS-K,": the affiliate's name
            names += [a for c in candidate.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                      for a in g.children if a.dep_ == "appos" and a.pos_ == "PROPN"]
        doc = candidate.doc
        for name in names:  # the name itself, not what the parser hung after it
            span = doc[name.left_edge.i:name.right_edge.i + 1] if name.lower_ == "as" else doc[name.left_edge.i:name.i + 1]
            keys = [k for k in self.resolver.named(span, sentence, ("Organisation",)) if not self._installation_or_media(k)]
            if keys:
                return Resolution(keys[0], 0.85)
        return None

    def _unit_acting(self, candidate: Token, key: str) -> bool:
        """"Russia's 201st military base also deployed armour", "The 201st base held an exercise": a base named as the
        subject of what it does is the military unit stationed there (not a base that keeps, has or receives)."""
        actor = self.resolver.index.actors[key]
        return not actor.is_media and candidate.dep_ == "nsubj" and candidate.head.lemma_ not in STATES and \
            any(t.like_num or t.text[:1].isdigit() for t in candidate.subtree)  # a numbered unit, not "the base"

    def _country_of_forces(self, resolution: Resolution, candidate: Token) -> Resolution:
        """"The U.S. military" read as "Armed Forces of United States" points to the country, as its name would; but
        the army of a country that keeps it beside another armed force is that army (``ARMIES_APART``), and an army
        named through its state ("Pakistan's army", "the Pakistani army") is that army acting."""
        label = self.resolver.index.actors[resolution.key].label
        prefix = next((p for p in ARMED_FORCES_OF if label.startswith(p)), None)
        noun = reporting_subject(candidate) if candidate.lower_ in ("it", "they") else candidate  # "… says it has"
        named = not candidate.is_lower or any(c.dep_ == "compound" and c.is_title and names_forces(c)
                                              for c in candidate.children)  # "an Indian Army contingent"
        named = named or noun is not None and noun.lower_ in SINGLE_FORCE and named_through_state(noun)
        army = ARMIES_APART.get(label[len(prefix):]) if prefix and noun is not None and noun.lower_ == "army" else None
        if army:  # "Iran's army held drills": the army beside the Revolutionary Guards
            return Resolution(self._army_apart(army, resolution.key, noun), resolution.confidence)
        if prefix is None or named:  # "Pakistan Army", "Pakistan's army" name it; "the U.S. military" describes
            return resolution
        country = self.resolver.country(label[len(prefix):])
        return Resolution(country, resolution.confidence) if country else resolution

    def _army_apart(self, army: str, key: str, noun: Token) -> str:
        """The key of the army a country keeps beside another armed force, known also as the article writes it
        ("Iran's army", "the Iranian army"): the body read as the country's army ("Army of Iran") under the army's
        own name, else that army, named anew."""
        actors = self.resolver.index.actors
        if not actors[key].label.startswith("Army of "):
            key = next((k for k, a in actors.items() if a.label == army), None) or \
                self.resolver.index.add(army, "Organisation")
        actors[key].label = army
        words = [t for t in noun.doc[noun.left_edge.i:noun.i + 1] if t.dep_ != "det"]
        actors[key].aliases.add("".join(t.text_with_ws for t in words).strip())
        return key

    def _armed_group_for_army(self, forces: Token, key: str) -> bool:
        """"The army deployed additional troops" after "hideouts of the Balochistan Liberation Army": "the army", "the
        military" are a state's forces, not an armed group whose name ends in "Army"."""
        return forces.is_lower and whole_forces(forces) and is_definite(forces) and \
            not any(c.dep_ in ("poss", "compound", "amod") for c in forces.children) and not self._state_body(key)

    def _installation_or_media(self, key: str) -> bool:
        """"the 201st military base", "Reuters": a base is where forces are, and an outlet reports; neither acts (a body
        that commands forces is no outlet, though "The Ministry of Defence reported that …" reads like one)."""
        actor = self.resolver.index.actors[key]
        media = actor.is_media and not any(word in actor.label for word in COMMANDING_BODIES)
        return media or actor.label.lower().split()[-1] in INSTALLATIONS

    def _alliance(self, offset: int) -> Resolution | None:
        """"Troops from a Russia-led military alliance": the treaty organisation the article names nearest."""
        spans = [(abs(start - offset), key) for (start, _), key in self.resolver.index.spans.items()
                 if self.resolver.index.actors[key].kind == "Organisation" and
                 ALLIANCE_WORDS & set(self.resolver.index.actors[key].label.lower().split())]
        return Resolution(min(spans)[1], 0.6) if spans else None

    def _national_forces(self, resolution: Resolution, candidate: Token) -> Resolution:
        found = self._national_forces_of(resolution, candidate)
        return Resolution(self._as_written(found.key), found.confidence)

    def _as_written(self, key: str) -> str:
        """"1,037 members of the Afghan National Defence and Security Forces": the forces the genre names apart, under
        the spelling the article gives their name, when it does."""
        actors = self.resolver.index.actors
        label = actors[key].label
        if label not in NATIONAL_FORCES.values():
            return key
        return next((k for k, a in actors.items() if a.kind == "Organisation" and a.label != label and
                     spelled_alike(a.label, label)), key)

    def _national_forces_of(self, resolution: Resolution, candidate: Token) -> Resolution:
        """"Tajik units", "units of the Armed Forces of Tajikistan": a country's forces are the armed forces the article
        names as a body, if it does (``military_forces.py``); "Afghan soldiers", "the Afghan army": those of a country
        whose armed forces the genre names apart from the state (Afghanistan's fell with its government in 2021), not
        the country; also those of its defence ministry ("the Afghan defence ministry said its forces had launched an
        operation")."""
        actor = self.resolver.index.actors[resolution.key]
        named = named_armed_forces(self.resolver.index.actors, resolution.key, candidate.lower_) \
            if actor.kind == "Country" and names_forces(candidate) and not proxies(candidate) else None
        if named:
            return Resolution(named, resolution.confidence)
        defence = actor.kind == "Organisation" and any(w in actor.label for w in ("Defence", "Defense"))
        apart = next((c for c, f in NATIONAL_FORCES.items() if f == actor.label), None)
        if apart and self._forces_gone(apart):  # "Afghan forces fired mortars" in 2023: the new state's
            return Resolution(self.resolver.country(apart), resolution.confidence)
        country = actor.label.rpartition(" of ")[2] if defence else actor.label
        forces = NATIONAL_FORCES.get(country)
        if forces is None or not (defence or actor.kind == "Country" and names_forces(candidate)) or \
                self._forces_gone(country):
            return resolution
        index = self.resolver.index
        key = next((k for k, a in index.actors.items() if a.label == forces), None)
        return Resolution(key or index.add(forces, "Organisation"), resolution.confidence)

    def _forces_gone(self, country: str) -> bool:
        """Whether the article tells of a time after the forces the genre names apart from ``country`` were gone."""
        return bool(self.published) and self.published.year > NATIONAL_FORCES_UNTIL[country]

    def _is_ground(self, token: Token, sentence: Sentence) -> bool:
        """"control of Kabul", "the capture of 11 districts": an "of" phrase naming a city, region or
        territory is what is taken, not who takes it ("the withdrawal of US troops")."""
        if token.lemma_ in TERRITORY:
            return True
        keys = self.resolver.named(token.doc[token.i:token.i + 1], sentence, ("Place", "Country"))
        return bool(keys) and self.resolver.index.actors[keys[0]].kind == "Place"

    def _state_of(self, actor: str) -> str:
        """"Rahmon ordered the call-up of reservists", "after President Biden authorised the deployment": a holder
        of a state's office acts for that state (a warlord, who holds none, acts for himself)."""
        person = self.resolver.index.actors[actor]
        if person.kind != "Person":
            return actor
        countries = {role.country for role in person.roles if role.country}
        entry = self.resolver.gazetteer.by_qid.get(person.qid) if person.qid and not countries else None
        offices = {role.country for role in entry.roles if role.country} if entry else set()  # the office he holds
        countries |= {k for k, a in self.resolver.index.actors.items() if a.qid and a.qid in offices}
        return countries.pop() if len(countries) == 1 else actor


def tells_attack(sentence: Sentence) -> bool:
    """"A bomb hit a police van in Jalalabad": a sentence that tells an attack by the subject of its verb (not "the
    attack was launched from across the border", the one just told again)."""
    return any(t.pos_ == "VERB" and trigger_kind(t) == "Attack" and any(c.dep_ == "nsubj" for c in t.children)
               for t in sentence.span)


def fronts_between(fight: Token) -> list[Token]:
    """"fighting on the border between A and B", "clashes erupted along the frontier between A and B": the line a
    fight (or the verb it is the subject of) is fought on, whose "between" phrase names its sides."""
    return [g for g in prepositional_objects(fight, ("on", "along", "across", "at"))
            if g.lower_ in FRONTIERS or g.lemma_ == "border"]


def answered(action: Token) -> bool:
    """"Pakistan would respond to attacks on its soil", "retaliated against the shelling": the action answered is the
    other side's, not the one who answers."""
    verb = _verb_of(action.head)
    return action.head.lower_ in ("to", "against", "for") and verb is not None and verb.lemma_ in RESPONDING


def border_sides(line: Token) -> list[Token]:
    """"the border between A and B" -> A, B; "the Kyrgyz-Tajik border" -> Kyrgyz, Tajik (two states named, not "the
    Afghan border", one side of it)."""
    between = prepositional_objects(line, "between")
    named = [t for c in line.lefts for t in c.subtree if t.ent_type_ in ("NORP", "GPE") and t.pos_ == "PROPN"]
    return between or (named if len({t.lower_ for t in named}) > 1 else [])


def whole_forces(forces: Token) -> bool:
    """"the armed forces", "the army", "the military": a state's forces as a whole, not troops just told of."""
    armed = forces.lower_ == "forces" and any(c.lower_ == "armed" for c in forces.children)
    return armed or forces.lower_ in SINGLE_FORCE


def proxies(forces: Token) -> bool:
    """"Russian-backed separatist forces", "pro-Ukrainian Russian fighters": forces a country backs or that side with
    it, not its armed forces."""
    return any(t.lower_ in PROXY_WORDS for t in forces.doc[forces.left_edge.i:forces.i])


def _group_members(forces: Token) -> bool:
    """"Its fighters", "its militants": members of an armed group, never a state's forces (its army, its troops)."""
    return forces.lemma_.lower() in GROUP_MEMBERS


def backed_by_another(forces: Token) -> bool:
    """"Taliban-backed militants of the TTP", "Iran-backed Houthi rebels": the name joined to "-backed" is a backer,
    not who acts; the forces' own name comes after it ("of the TTP", "Houthi") or is not given."""
    return forces.pos_ == "NOUN" and any(t.lower_ in BACKING and t.doc[t.i - 1].text == "-"
                                         for t in forces.doc[forces.left_edge.i + 1:forces.i])


def named_proxies(forces: Token) -> bool:
    """"Iran-backed Hezbollah fighters", "militants of the TTP", "US-backed Afghan forces": backed forces that carry a
    name of their own, an organisation's or a state's (not the demonym of "Syrian rebels", who fight their state)."""
    backer = next((t.i for t in forces.lefts if t.lower_ in BACKING), forces.left_edge.i)
    names = [c for c in forces.children if c.i > backer and (
        c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.ent_type_ not in ("GPE", "NORP") or
        c.dep_ == "amod" and c.ent_type_ in ("GPE", "NORP") and forces.lemma_.lower() not in IRREGULARS)]
    return bool(names) or any(c.dep_ == "prep" and c.lower_ == "of" for c in forces.children)


def exercise_name(modifier: Token, trigger: Token) -> bool:
    """"the INDRA tri-service exercise", "the Zapad exercise": a name before an exercise may be the exercise's own,
    read after those who hold it (not "the CSTO exercise" alone, whose holder it names)."""
    return TRIGGERS.get(trigger.lemma_.lower()) == "Exercise" and modifier.dep_ in ("compound", "nmod") and \
        modifier.pos_ == "PROPN" and modifier.ent_type_ not in ("GPE", "NORP")


def _verb_of(preposition: Token) -> Token | None:
    """The verb a prepositional phrase hangs on, also through a coordinated phrase ("agreed on a truce from 23:00 and
    on a pullout": the second "on" hangs on "from")."""
    if preposition.dep_ == "conj":
        return next((a for a in list(preposition.ancestors)[:4] if a.pos_ in ("VERB", "AUX")), None)
    return preposition.head if preposition.head.pos_ in ("VERB", "AUX") else None


def made_elsewhere(weapons: Token) -> bool:
    """"US-supplied missiles", "an Iranian-made drone", "US-made F-16 jets": the country named with weapons is their
    maker or supplier, not the one who fired or flew them."""
    weapons_named = weapons.lemma_.lower() in MUNITIONS or weapons.lower_ in FORCES
    return weapons_named and any(c.dep_ in ("amod", "acl") and c.lemma_ in MADE_BY for c in weapons.children)


def told_as_own(action: Token) -> bool:
    """"The Taliban called their takeover of Kabul a victory", "NATO described its deployment as defensive": an action
    told with the teller's own possessive is the teller's (not "China refused to call the attack an invasion")."""
    return action.dep_ == "dobj" and action.head.lemma_ in TELLING and \
        any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in action.children)
