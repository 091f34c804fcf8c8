"""Who a noun phrase refers to: a name, a demonym, a pronoun, a description or a capital.

Event extractors ask the :class:`Resolver` for the actor behind a subject or object token. It
answers with an actor key and a confidence, or None when unsure: an unresolved speaker means no
statement, never a guess.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from ..gazetteer import Gazetteer
from ..link import implied
from .entities import ActorIndex
from .military_forces import state_body
from .names import ORGANISATION_WORDS, TITLE_WORDS, ROLE_HEADS, capitals, fold
from .profiles import GENERIC_WORDS, Profile, office_words
from .sentences import Sentence, per_sentence
from .tokens import prepositional_objects

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
GROUP_PRONOUNS = frozenset({"it", "they"})
GOVERNMENT_NOUNS = frozenset({"official", "officials", "source", "sources", "spokesperson", "spokesman",
                              "spokeswoman", "representative", "authority", "authorities", "side"})
PERSON_NOUNS = ROLE_HEADS | frozenset({"diplomat", "leader", "minister", "envoy", "official", "chief", "premier",
                                       "spokesperson", "spokesman", "spokeswoman", "general", "eam", "nsa", "pm",
                                       "fm"})
ORGANISATION_NOUNS = frozenset({"ministry", "office", "council", "committee", "agency", "secretariat", "staff",
                                "military", "army", "government", "administration", "embassy", "service",
                                "department", "bloc", "alliance", "organisation", "organization", "side", "authorities"})
SPOKES_NOUNS = frozenset({"spokesperson", "spokesman", "spokeswoman"})  # "the spokesman for X": X speaks
SOURCE_ORIGINS = frozenset({"western", "foreign", "diplomatic", "european", "american", "international"})
DASHES = ("-", "–", "—", "--")
PRESS_NAMES = frozenset({"press", "relations"})  # "Inter-Services Public Relations", "Press Service of …"
NAMING_VERBS = frozenset({"know", "call", "name"})  # "the group's branch, known as ISIS-K,"
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
COLLECTIVE_NOUNS = frozenset({"member", "members", "leadership", "leaders", "head", "heads", "part"})
FORCE_NOUNS = frozenset({"force", "forces", "troops", "army", "armies", "military", "unit", "units", "navy"})
MILITARY_NOUNS = frozenset({"military", "army", "forces"})  # "the military denied": the Pakistan Army
HEADS_OF_STATE = frozenset({"president", "king", "emir", "sultan"})  # "the head of state": a country's own
UNKNOWN_PERSON = ""  # a person the text describes but never names
PAIR_WORDS = frozenset({"both", "two"})  # "both presidents", "the two leaders"
PAIR_SIDES = frozenset({"side", "party"})  # "both sides", "the two parties": whoever met
ENCOUNTER_REACH = 3  # sentences back to the encounter a pair ("both sides") took part in
LEADERS = HEADS_OF_STATE | frozenset({"prime", "chancellor"})  # what "the two leaders" were
ARMED_ADJECTIVES = frozenset({"militant", "armed", "insurgent", "islamist", "jihadist", "terrorist", "hardline",
                              "extremist", "radical", "rebel"})
ARMED_NOUNS = frozenset({"group", "militants", "insurgents", "fighters", "militia", "movement", "outfit", "rebels",
                         "islamist", "islamists", "jihadist", "jihadists"})
# Words of a civil body's name ("Federal Investigation Bureau", "Central Bank"): no armed group's.
CIVIL_BODY_WORDS = frozenset({"ministry", "bureau", "agency", "department", "office", "service", "council",
                              "commission", "committee", "court", "parliament", "bank", "fund", "institute", "police",
                              "embassy", "consulate", "secretariat", "directorate", "authority", "cabinet", "senate",
                              "assembly", "university", "company"})


@dataclass(frozen=True)
class Resolution:
    key: str
    confidence: float


@dataclass
class Resolver:
    index: ActorIndex
    gazetteer: Gazetteer
    sentences: list[Sentence]  # the article's, in order: "he" continues the subject of the one before
    capitals: dict[str, str] = field(default_factory=dict)  # folded capital name -> country name
    last_speaker: str | None = None  # set by the statement reader: "he added" continues the last speaker
    # (start, end, key) of each statement read, so that readers after the statement reader find the speaker
    # before a sentence, not the article's last one
    spoken: list[tuple[int, int, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.capitals.update(capitals())
        for entry in self.gazetteer.entries:
            for metonym in entry.metonyms:
                self.capitals[fold(metonym)] = entry.label

    # --- names --------------------------------------------------------------------------
    def named(self, span: Span, sentence: Sentence, kinds=("Person", "Organisation", "Country")) -> list[str]:
        """Actors named inside ``span``, in order, persons before others; not a dateline's place
        ("Dushanbe - The heads of state …")."""
        start, end = sentence.offsets(span)
        start = max(start, sentence.offsets(sentence.span)[0] + _dateline_length(sentence))
        keys = [key for _, key in self.index.in_range(start, end)]
        keys = list(dict.fromkeys(k for k in keys if self.index.actors[k].kind in kinds))
        return sorted(keys, key=lambda k: self.index.actors[k].kind != "Person")

    def capital_country(self, key: str) -> str | None:
        """The country a capital stands for ("Dushanbe stated" -> Tajikistan), added to the article if needed."""
        actor = self.index.actors[key]
        name = next((self.capitals[fold(n)] for n in (actor.label, *sorted(actor.aliases)) if fold(n) in self.capitals),
                    None)
        # the capital's mention stays the capital's
        return self.country(name, f"the capital {actor.label!r} stands for it") if name else None

    def country(self, name: str, why: str = "") -> str | None:
        """The key of the country called ``name``: linked when the gazetteer holds it, else unlinked, and
        added to the article when it lacks it (``why`` it is there, for the link's explanation)."""
        entry = next((e for e in self.gazetteer.lookup(name) if e.kind == "Country"), None)
        if entry:
            return self.ensure(entry.qid, why or f"the text implies {name!r}")
        for key, actor in self.index.actors.items():
            if actor.kind == "Country" and fold(actor.label) == fold(name):
                return key
        return self.index.add(name, "Country")

    def ensure(self, qid: str, why: str = "") -> str | None:
        """The key of the actor with this QID, creating it from the gazetteer when the article lacks it; its
        link is then explained as implied (``why``), since no mention of its own decided it."""
        for key, actor in self.index.actors.items():
            if actor.qid == qid:
                return key
        entry = self.gazetteer.by_qid.get(qid)
        if entry is None or entry.kind is None:
            return None
        return self.index.add(entry.label, entry.kind, qid, implied(entry, why))

    # --- noun phrases -------------------------------------------------------------------
    def resolve(self, token: Token, sentence: Sentence, kinds=("Person", "Organisation", "Country"),
                ) -> Resolution | None:
        """The actor a subject/object token refers to."""
        if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ in ("relcl", "acl") and token.head.head != token:
            token = token.head.head  # "the Taliban, which later claimed …"
        dateline_end = sentence.evidence.start + _dateline_length(sentence)
        if sentence.offsets(token)[0] < dateline_end:
            after = [c for c in token.children if c.dep_ == "appos" and sentence.offsets(c)[0] >= dateline_end]
            token = after[-1] if after else _opening_after_dateline(token, sentence)
            if token is None:  # "Tashkent, Mar 3 (PTI) Minister X held talks": the parser's subject is the dateline
                return None
        head = self.head_of_state(token) if "Person" in kinds else None
        if head:
            return head
        of_phrase = prepositional_objects(token, "of")
        while token.lemma_ in COLLECTIVE_NOUNS | {"state", "government"} | FORCE_NOUNS and of_phrase:
            token = of_phrase[0]  # "all members of the CSTO said", "the heads of state of the SCO"
            of_phrase = prepositional_objects(token, "of")
        apposed = self._apposed(token, sentence, kinds)
        if apposed:
            return apposed
        titled = self._titled_person(token, sentence)
        if titled:
            return titled
        press = _press_office(token) and not self._covering(token, sentence)
        if press:
            return self._spoken_for(token, sentence, kinds)
        if _describes(token) and not self._covering(token, sentence):
            return self._description(token, sentence, kinds) or self._owner_spoken_for(token, sentence, kinds)
        own = self.named(token.doc[token.i:token.i + 1], sentence, kinds + ("Place",)) or \
            self._covering(token, sentence)
        phrase = _phrase(token)
        keys = own or self.named(phrase, sentence, kinds + ("Place",))
        if keys:
            return self._from_named(keys, kinds)
        lower = token.lower_
        offset = sentence.offsets(token)[0]
        if len(phrase) == 1 and "Person" in kinds and _nominal(token) and token.text[:1].isupper():
            surnamed = self._surnamed(token, offset)
            if surnamed:
                return surnamed
        if lower in PERSON_PRONOUNS and "Person" in kinds:
            return self._person_pronoun(token, sentence, offset)
        if lower in GROUP_PRONOUNS:
            reporter = self._reporter(token, sentence)
            if reporter:
                return reporter
        if lower == "same" and any(c.lower_ == "the" for c in token.children):  # "occupied by the same"
            recent = [k for k in self.index.before(offset, ("Organisation", "Country")) if not self.index.actors[k].is_media]
            return Resolution(recent[0], 0.6) if recent else None
        if token.lemma_ in ARMED_NOUNS and _anaphoric(token):
            return self._armed_group_before(offset)
        if lower in GROUP_PRONOUNS:
            recent = [k for k in self.index.before(offset, ("Organisation",)) if not self.index.actors[k].is_media]
            return Resolution(recent[0], 0.6) if recent else None
        return None

    def _armed_group_before(self, offset: int) -> Resolution | None:
        """"the movement said", "the militants claimed": the armed group named before, the one that acted as a
        clause's subject first ("The Taliban named a cabinet, with X, who is wanted by the FBI, …": not the body
        named in passing), else the last named; never an outlet, a state's body or a civil body ("the FBI")."""
        recent = [k for k in self.index.before(offset, ("Organisation",)) if self._may_be_armed(k)]
        found = next((k for k in recent if self._named_as_subject(k, offset)), recent[0] if recent else None)
        return Resolution(found, 0.6) if found else None

    def _may_be_armed(self, key: str) -> bool:
        actor = self.index.actors[key]
        words = {word for name in (actor.label, *actor.aliases) for word in fold(name).split()}
        return not actor.is_media and not state_body(self.index.actors, key) and not words & CIVIL_BODY_WORDS

    def _named_as_subject(self, key: str, offset: int) -> bool:
        """Whether a mention of the actor before ``offset`` is a clause's subject, or in apposition to one or to a
        dateline (the parser makes "KABUL -- The Taliban on Tuesday named …" the dateline's apposition)."""
        for mention in self.index.actors[key].mentions:
            sentence = next((s for s in self.sentences if s.evidence.start <= mention.start < s.evidence.end), None)
            if mention.start >= offset or sentence is None:
                continue
            span = sentence.span.doc.char_span(mention.start - sentence.base, mention.end - sentence.base,
                                               alignment_mode="expand")
            root = span.root if span is not None else None
            if root is not None and (root.dep_ in _SUBJECTS or root.dep_ == "appos" and (
                    root.head.dep_ in _SUBJECTS or root.head.i == sentence.span.start and _dateline_length(sentence))):
                return True
        return False

    def _spoken_for(self, token: Token, sentence: Sentence, kinds) -> Resolution | None:
        """"the military's media wing", "the ministry's press service", "the press service of the Central
        Military District": the press office named before when the text names no owner or only "the
        military" ("Inter-Services Public Relations"), else the owner it speaks for."""
        owners = [c for c in token.children if c.dep_ == "poss"] + prepositional_objects(token, "of")
        if not owners or owners[0].lemma_.lower() in MILITARY_NOUNS:
            offset = sentence.offsets(token)[0]
            for key in self.index.before(offset, ("Organisation",), window=10**9):
                names = (self.index.actors[key].label, *self.index.actors[key].aliases)
                if not self.index.actors[key].is_media and any(PRESS_NAMES & set(fold(n).split()) for n in names):
                    return Resolution(key, 0.75)
        return self.resolve(owners[0], sentence, kinds) if owners else None

    def _owner_spoken_for(self, token: Token, sentence: Sentence, kinds) -> Resolution | None:
        """"Omar Faris's spokesman said", "his spokesman said": a person's spokesman relays that person's words, when
        the article named no spokesman ("Putin's spokesman" after "Putin's spokesman Dmitry Peskov" may be Peskov).
        A person's office is left alone: writers give its words to the person or to the office."""
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is None or token.lemma_.lower() not in SPOKES_NOUNS or \
                any(c.dep_ in ("amod", "compound") for c in token.children) or \
                not (owner.pos_ == "PROPN" or owner.lower_ in ("his", "her")) or "Person" not in kinds:
            return None
        named = self.index.before(sentence.offsets(token)[0], ("Person",), window=10**9)
        if any(key in self.index.profiles and "spokesperson" in self.index.profiles[key].words for key in named):
            return None
        found = self.resolve(owner, sentence, ("Person",))
        return Resolution(found.key, 0.7) if found and self.index.actors[found.key].kind == "Person" else None

    def _surnamed(self, token: Token, offset: int) -> Resolution | None:
        """"Hejri told Reuters", '"…," Price said': a surname alone the actor finder left untagged (or the
        parser took for a noun), of the one person named before with that surname."""
        surname = fold(token.text)
        found = [k for k in self.index.before(offset, ("Person",), window=10**9)
                 if any(fold(name).split()[-1:] == [surname] for name in (self.index.actors[k].label,
                                                                           *self.index.actors[k].aliases))]
        return Resolution(found[0], 0.75) if len(found) == 1 else None

    def _reporter(self, token: Token, sentence: Sentence) -> Resolution | None:
        """"Uzbekistan said it had reinforced …": "it" in a reported clause is the government reporting it."""
        for ancestor in token.ancestors:
            if ancestor.dep_ == "ccomp" and ancestor.head.lemma_ in ("say", "announce", "state", "report", "claim"):
                subject = next((c for c in ancestor.head.children if c.dep_ == "nsubj"), None)
                if subject is None or subject.lower_ in GROUP_PRONOUNS:
                    return None
                found = self.resolve(subject, sentence, ("Organisation", "Country"))
                return Resolution(found.key, 0.7) if found else None
        return None

    def _apposed(self, token: Token, sentence: Sentence, kinds) -> Resolution | None:
        """"A Taliban spokesman, Zabihullah Mujahid,", "the group's local branch, known as ISIS-K,": a description
        followed by the name it describes is that name."""
        if token.pos_ != "NOUN":
            return None
        for child in token.children:
            if child.i < token.i:
                continue
            if child.dep_ == "prep" and token.lemma_.lower() in PERSON_NOUNS:  # "the envoy for X, Y Z,"
                named = [t for t in child.subtree if t.pos_ == "PROPN" and (t.dep_ == "appos" or t.dep_ == "conj"
                                                                            and _after_comma(t) or _after_place(t))]
                persons = self.named(child.doc[named[0].left_edge.i:named[0].i + 1], sentence, ("Person",)) \
                    if named else []
                if persons:
                    return Resolution(persons[0], 0.85)
                continue
            if child.dep_ == "acl" and child.lemma_ in NAMING_VERBS:
                child = next((g for c in child.children if c.lower_ == "as" for g in c.children if g.dep_ == "pobj"),
                             None) or next((c for c in child.children if c.dep_ == "oprd"), None)
            elif child.dep_ != "appos":
                continue
            if child is None or child.pos_ != "PROPN":
                continue
            keys = self.named(child.doc[child.left_edge.i:child.i + 1], sentence, kinds)
            if keys:
                return Resolution(keys[0], 0.85)
        return None

    def _titled_person(self, token: Token, sentence: Sentence) -> Resolution | None:
        """"Russian Presidential Special Envoy for Afghanistan Zamir Kabulov told …", parsed with the office as
        subject: the person named inside the office's phrase."""
        if not (token.pos_ == "PROPN" or token.pos_ == "NOUN" and token.is_title) \
                or fold(token.text) not in TITLE_WORDS | PERSON_NOUNS:  # "Leader of the House X told", a NOUN
            return None
        if token.pos_ == "NOUN" and any(c.dep_ == "prep" and c.lower_ != "of" for c in token.children):
            return None  # "Spokesman for President X said", "Adviser to X said": X holds another office
        words = [t for t in token.subtree if t.dep_ not in ("relcl", "acl")]
        span = token.doc[min(t.i for t in words):max(t.i for t in words) + 1]
        persons = self.named(span, sentence, ("Person",))
        return Resolution(persons[0], 0.85) if persons else None

    def _person_pronoun(self, token: Token, sentence: Sentence, offset: int) -> Resolution | None:
        """"he": the person who is the subject earlier in the same sentence; else the speaker of the sentence
        right before ("… Lavrov said. He added"); else the subject of the sentence before ("Qureshi held a
        meeting with Muttaqi. Later, he met …"); else the last speaker, unless a person was named since
        ("… diplomatic sources said. He last visited"), then that person. Speakers are looked up by position:
        readers after the statement reader see the whole article's. A name inside the quotation "he" closes is
        none of these: he is the one who spoke before the quotation opened ('X said. "A meeting with Y. It is
        prepared," he said')."""
        for candidate in sentence.span:
            if candidate.i >= token.i:
                break
            if candidate.dep_ in ("nsubj", "nsubjpass") and candidate.pos_ == "PROPN" and \
                    not _quotation_open(sentence.span.doc[sentence.span.start:candidate.i]) and \
                    not _asked_about(candidate):  # '"X came," he said', "Asked whether X would come, he said"
                keys = [k for k in self.named(_phrase(candidate), sentence, ("Person",))]
                if keys:
                    return Resolution(keys[0], 0.8)
        opening = self._quotation_opening(sentence)  # '"A. B," he said': "he" spoke before the quotation opened
        if opening is not sentence:
            sentence, offset = opening, opening.evidence.start
        start = sentence.evidence.start
        spoken = [item for item in self.spoken if item[0] < start and self.index.actors[item[2]].kind == "Person"]
        _, end, speaker = max(spoken) if spoken else (0, 0, None)
        if speaker and start - end <= 2:  # the sentence right after, in the paragraph or opening the next
            return Resolution(speaker, 0.75)
        previous = self._previous_subject(sentence)
        if previous is not None:
            return Resolution(previous, 0.75) if previous != UNKNOWN_PERSON else None
        recent = self.index.before(offset, ("Person",))
        named_since = recent and any(end <= s < start for (s, _), k in self.index.spans.items() if k == recent[0])
        if speaker and not named_since:
            return Resolution(speaker, 0.75)
        return Resolution(recent[0], 0.7) if recent else None

    def _quotation_opening(self, sentence: Sentence) -> Sentence:
        """The sentence that opens the quotation a sentence begins inside of ('"There will be a meeting with Xi. It
        is being prepared," he said': the first), else the sentence itself; the names quoted are no one who speaks."""
        while sentence.index > 0 and _opens_inside_quotation(sentence):
            before = self.sentences[sentence.index - 1]
            if before.paragraph != sentence.paragraph:
                break
            sentence = before
        return sentence

    def _previous_subject(self, sentence: Sentence) -> str | None:
        """The person who is the subject of the sentence before, in the same paragraph (the main clause's first):
        named ("Qureshi held a meeting. Later, he met …") or described ("The Russian leader was in Tajikistan. On
        Wednesday he held talks …"); UNKNOWN_PERSON when it names an office nobody named holds, or several persons
        ("The Turkish envoy was in Astana. He met …", "Officials said …. He met …": not the last person named)."""
        previous = self.sentences[sentence.index - 1] if 0 < sentence.index <= len(self.sentences) else None
        if previous is None or previous.paragraph != sentence.paragraph:
            return None
        subjects = [t for t in previous.span if t.dep_ in ("nsubj", "nsubjpass")]
        named = [t for t in subjects if t.pos_ == "PROPN"]
        for token in sorted(named, key=lambda t: t.head.dep_ != "ROOT"):
            keys = [k for _, k in self.index.in_range(*previous.offsets(_phrase(token)))
                    if self.index.actors[k].kind == "Person"]
            if keys:
                return keys[0]
        described = next((t for t in subjects if _describes(t) and t.lemma_.lower() in PERSON_NOUNS
                          and t.head.dep_ == "ROOT"), None)
        if described is None:
            return None
        found = self.resolve(described, previous, ("Person",))
        if found and self.index.actors[found.key].kind == "Person":
            return found.key
        office = Profile()
        office.add(t.text for t in _phrase(described))
        plural = described.tag_ in ("NNS", "NNPS")  # "Officials in Delhi said …. He …": not one of them
        return UNKNOWN_PERSON if plural or office.words - GENERIC_WORDS else None  # not "the visiting diplomat"

    def _covering(self, token: Token, sentence: Sentence) -> list[str]:
        """The actor whose mention contains the token ("Organisation" in "Collective Security Treaty Organisation")."""
        start, end = sentence.offsets(token)
        return [key for (s, e), key in self.index.spans.items() if s <= start and end <= e]

    def _from_named(self, keys: list[str], kinds) -> Resolution | None:
        for key in keys:
            actor = self.index.actors[key]
            if actor.kind == "Place":
                country = self.capital_country(key)
                if country and "Country" in kinds:
                    return Resolution(country, 0.7)
                continue
            if actor.kind in kinds:
                return Resolution(key, 0.9)
        return None

    # --- descriptions -------------------------------------------------------------------
    def _description(self, token: Token, sentence: Sentence, kinds) -> Resolution | None:
        """"the Russian diplomat", "The Defence Minister", "the premier": the person the article described so;
        "an Indian official", "Tajik officials", "Pentagon officials": the government they speak for;
        "the ministry": the ministry named before. Unsure: None."""
        phrase = _phrase(token)
        affiliations = self._affiliations(token, phrase, sentence)
        words = office_words(t.text for t in phrase if not self._covering(t, sentence))
        if "former" in words or self._office_of_unknown(token, sentence):
            return None  # former officials speak for no government
        offset = sentence.offsets(token)[0]
        if token.lemma_.lower() in ORGANISATION_NOUNS:
            return self._described_body(token, offset, affiliations, kinds)
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") or c.dep_ == "poss"
                       for c in token.children)  # "the Russian diplomat", "Russia's foreign minister"
        if definite and token.tag_ in ("NN", "NNP") and "Person" in kinds:
            person = self._described_person(offset, words - GENERIC_WORDS,
                                            affiliations + self.spoken_for_by_spokesman(token, sentence))
            if person:
                return Resolution(person, 0.75)
        speaks_for = self._bodies_first([k for k in affiliations
                                         if self.index.actors[k].kind in ("Country", "Organisation")])
        if speaks_for and (not definite or token.lemma_ in GOVERNMENT_NOUNS) and \
                self.index.actors[speaks_for[0]].kind in kinds:
            return Resolution(speaks_for[0], 0.7 if definite else 0.8)
        return None

    def _office_of_unknown(self, token: Token, sentence: Sentence) -> bool:
        """"The President of the Security Council said": an office of a body that is no actor of the article is
        nobody the article described (not the last president named); a portfolio is no body ("the Minister of
        External Affairs", "the Minister of Defence": the minister named before), nor the staff of "Chief of Staff"."""
        return any(not self.named(token.doc[g.left_edge.i:g.i + 1], sentence, ("Country", "Organisation", "Place"))
                   for g in prepositional_objects(token, "of") if g.pos_ == "PROPN"
                   and g.lower_ in ORGANISATION_WORDS - {"staff"})

    def head_of_state(self, token: Token) -> Resolution | None:
        """"Opening the meeting, the Head of State noted …": a national outlet's own president, the first head of a
        state the article names; not "the head of state of Uzbekistan", "the Russian head of state" or "the former
        head of state" (the head is described: a word before it says whose or which)."""
        of = prepositional_objects(token, "of")
        before = [c.lower_ for c in token.children if c.i < token.i]
        if token.lemma_.lower() != "head" or [g.lower_ for g in of] != ["state"] or \
                any(c.dep_ == "prep" for g in of for c in g.children) or before != ["the"]:
            return None
        actors, profiles = self.index.actors, self.index.profiles
        named = dict.fromkeys(key for _, key in sorted(self.index.spans.items()) if actors[key].kind == "Person")
        heads = [key for key in named if key in profiles and profiles[key].words & HEADS_OF_STATE
                 and not profiles[key].words & (_DEPUTIES | {"former"})]
        return Resolution(heads[0], 0.7) if heads else None

    def pair(self, token: Token, sentence: Sentence) -> list[Resolution]:
        """"Both presidents said", "the two foreign ministers": the last two persons named before with the office
        (leaders: heads of state or government); none unless two are found."""
        if token.tag_ != "NNS" or token.lemma_.lower() not in PERSON_NOUNS or \
                not any(c.lower_ in PAIR_WORDS and c.dep_ in ("det", "predet", "nummod") for c in token.children):
            return []
        described = Profile()
        described.add(t.lemma_ for t in _phrase(token) if not self._covering(t, sentence))
        words = described.words - GENERIC_WORDS
        if not words and token.lemma_.lower() != "leader":
            return []
        persons = [key for key in self.index.before(sentence.offsets(token)[0], ("Person",), window=4000)
                   if key in self.index.profiles and not self.index.profiles[key].words & {"former", "deputy", "vice"}
                   and (words <= self.index.profiles[key].words if words else self.index.profiles[key].words & LEADERS)]
        return [Resolution(key, 0.7) for key in persons[:2]] if len(persons) >= 2 else []

    def encounter_pair(self, token: Token, sentence: Sentence) -> list[Resolution]:
        """"Both sides stressed …", "Both said …", "the two heads of state noted …": a pair that names no office
        of its own is the two persons of the encounter told just before ("X spoke by phone with Y"): the last of
        the few sentences before that names persons must name exactly two."""
        lemma = token.lemma_.lower()
        paired = lemma == "both" and token.pos_ in ("PRON", "DET") or \
            any(c.lower_ in PAIR_WORDS and c.dep_ in ("det", "predet", "nummod") for c in token.children) and (
                lemma in PAIR_SIDES or lemma == "head" and any(g.lower_ == "state" for g in token.subtree))
        for before in self.sentences[max(sentence.index - ENCOUNTER_REACH, 0):sentence.index][::-1] if paired else ():
            persons = self.named(before.span, before, ("Person",))
            if persons:
                return [Resolution(key, 0.7) for key in persons] if len(persons) == 2 else []
        return []

    def _bodies_first(self, keys: list[str]) -> list[str]:
        """"a source in the Kazakh Foreign Ministry": a body of a country named with it speaks before the country."""
        labels = {key: self.index.actors[key].label for key in keys}
        bodies = [k for k in keys if self.index.actors[k].kind == "Organisation"
                  and any(other != k and labels[other] in labels[k] for other in keys)]
        return bodies + [k for k in keys if k not in bodies]

    def _affiliations(self, token: Token, phrase: Span, sentence: Sentence) -> list[str]:
        """Countries and organisations a description names: "Russian", "Pentagon", "officials in Tashkent"."""
        spans = [(phrase, ("Country", "Organisation", "Person", "Place"))]
        if token.lemma_.lower() in PERSON_NOUNS and token.tag_ in ("NN", "NNP") and \
                any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            # "the President of Russia", "the foreign minister of Tajikistan"; not "envoys of Pakistan and China",
            # "the president of Russia's closest ally" (a country named as another's owner)
            spans += [(token.doc[g.left_edge.i:g.right_edge.i + 1], ("Country", "Organisation", "Place"))
                      for g in prepositional_objects(token, "of") if g.pos_ == "PROPN" and not g.conjuncts]
        if token.lemma_ in ("official", "authority") or token.lemma_ == "source" and not any(
                c.dep_ == "amod" and c.lower_ in SOURCE_ORIGINS for c in token.children):
            # "officials in Tashkent", "a source in the ministry" (not "a Western source in Beijing", a visitor),
            # not "diplomats in Dushanbe"
            kinds = ("Organisation",) if token.lemma_ == "source" else spans[0][1]
            spans += [(token.doc[g.left_edge.i:g.right_edge.i + 1], kinds) for g in prepositional_objects(token, "in")]
        keys = []
        for span, kinds in spans:
            for key in self.named(span, sentence, kinds):
                actor = self.index.actors[key]
                key = self.capital_country(key) if actor.kind == "Place" else key
                if key and key not in keys:
                    keys.append(key)
        return keys

    def spoken_for_by_spokesman(self, token: Token, sentence: Sentence) -> list[str]:
        """"the spokesperson for China's foreign ministry": the body a spokesman speaks for (not its owner, China),
        or the one named ("for the Taliban"); none for a body no name was found for ("the Taliban's ministry of
        hajj"): no one described with another's is that spokesman."""
        if token.lemma_.lower() not in SPOKES_NOUNS:
            return []
        keys = []
        for whom in (g for g in prepositional_objects(token, "for") if not g.conjuncts):
            covering = [k for k in self._covering(whom, sentence)
                        if self.index.actors[k].kind in ("Country", "Organisation")]
            named = self.named(token.doc[whom.left_edge.i:whom.i + 1], sentence, ("Country", "Organisation")) \
                if whom.pos_ == "PROPN" and not whom.is_lower else []
            keys += covering or named
        return keys

    def _described_person(self, offset: int, required: set[str], affiliations: list[str]) -> str | None:
        """The last person before ``offset`` whose profile has the office words and one of the affiliations;
        with office words, a person named later in the article when none before. One whose office is the deputy's
        of the office described ("Deputy Prime Minister X" for "the Prime Minister") only when no other fits."""
        if not required and not affiliations:
            return None
        recent = self.index.before(offset, ("Person",), window=4000)
        later = [k for k in self.index.before(10**9, ("Person",), window=10**9) if k not in recent][::-1]
        fitting = [key for key in recent + (later if required else []) if (profile := self.index.profiles.get(key))
                   and required <= profile.words and (not affiliations or set(affiliations) & profile.affiliations)]
        principals = [key for key in fitting if not (self.index.profiles[key].words & _DEPUTIES) - required]
        return (principals or fitting or [None])[0]

    def _described_body(self, token: Token, offset: int, affiliations: list[str], kinds) -> Resolution | None:
        """"the ministry said": the last organisation whose name has that word (of that country when one is
        named); "the Afghan government": the country."""
        noun = token.lemma_.lower()
        if noun in ("government", "administration", "authorities", "side") and affiliations:
            country = affiliations[0]
            return Resolution(country, 0.8) if self.index.actors[country].kind in kinds else None
        for nouns in ({noun}, MILITARY_NOUNS if noun in MILITARY_NOUNS else set()):  # "the army": an army first
            for key in self.index.before(offset, ("Organisation",), window=4000):
                actor = self.index.actors[key]
                names = [actor.label, *actor.aliases]
                if any(nouns & set(fold(name).split()) for name in names) and not actor.is_media and (
                        not affiliations or any(self.index.actors[a].label in actor.label for a in affiliations)):
                    return Resolution(key, 0.75)
        return None

    def affiliation(self, key: str) -> str | None:
        """The country a person acts for, from the text or the gazetteer's office."""
        profile = self.index.profiles.get(key)
        countries = [k for k in (profile.affiliations if profile else ()) if self.index.actors[k].kind == "Country"]
        return min(countries, key=lambda k: int(k[1:])) if countries else None


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _after_comma(token: Token) -> bool:
    """"the envoy for Syria, Ana Ruiz, who …": a name set off by a comma that the parser joined to the place before
    it as a conjunct (a person's name there is the envoy's, a list of places is no person)."""
    start = token.left_edge.i
    return start > 0 and token.doc[start - 1].text == "," and not any(c.dep_ == "cc" for c in token.head.children)


def _after_place(token: Token) -> bool:
    """"the envoy for Afghanistan Zamir Kabulov": a person's name the parser ran into the place before it, as one
    phrase whose head is the surname."""
    return token.ent_type_ == "PERSON" and any(c.dep_ == "compound" and c.ent_type_ in ("GPE", "LOC")
                                               for c in token.children)


def _nominal(token: Token) -> bool:
    """A noun, or a word the parser tagged an adjective in a noun's place: a surname opening a sentence ("Saidov is
    due to hold talks", "Saidov" ADJ and subject); not a quantity standing for a noun ("Little is known", "Few
    expect")."""
    return token.pos_ in ("PROPN", "NOUN") or \
        token.pos_ == "ADJ" and token.dep_ in _NOUN_PLACES and token.lower_ not in _QUANTITIES


_NOUN_PLACES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
_QUANTITIES = frozenset({"little", "much", "few", "many", "more", "most", "less", "least", "several", "enough"})


def _anaphoric(token: Token) -> bool:
    """"the group", "the militants", "the insurgent group": a bare description of the armed group named
    before; not "groups that operate from Pakistan" or "a joint working group of Uzbekistan and Afghanistan"."""
    return all(c.dep_ == "det" and c.lower_ in ("the", "this", "that") or
               c.dep_ in ("amod", "compound") and c.lemma_.lower() in ARMED_ADJECTIVES for c in token.children)


@per_sentence  # asked for every token placed in the sentence: ~7 times a sentence
def _dateline_length(sentence: Sentence) -> int:
    """Characters of a dateline that opens the sentence ("DUSHANBE, July 22 (Wire) - ", "Dushanbe - ",
    "KABUL, May 2 (Wire) -- ", "Tashkent, Mar 3 (PTI) ", "Dushanbe [Tajikistan], June 24 (ANI): ") or of an
    interview answer's label ("Saberi: "), else 0: the one who answers is no party to what the answer tells."""
    span = sentence.span
    for token in span[:12]:
        before = span[:token.i - span.start]
        spaced = token.text == ":" or token.whitespace_ and before and before[-1].whitespace_
        ends = token.text in DASHES + (":",) and spaced or \
            token.text in (")", "):") and token.whitespace_ and len(before) > 2 and \
            any(t.text == "," for t in before[1:5]) and any(t.text == "(" for t in before)  # "Tashkent, Mar 3 (PTI) "
        label = token.text == ":" and sentence.opens_paragraph and len(before) <= 3 and \
            all(t.is_title for t in before)  # the parser may take the name for a noun
        place = (any(t.ent_type_ in ("GPE", "LOC") for t in before) or before and before[0].text.isupper()) \
            and all(t.pos_ in ("PROPN", "NUM", "PUNCT") or t.is_bracket for t in before)  # "Dushanbe [Tajikistan]"
        if ends and before and (place or label) and (token.i + 1 == span.end or token.nbor().text[:1].isupper()):
            return token.idx + len(token.text) - span.start_char
    return 0


def _opens_inside_quotation(sentence: Sentence) -> bool:
    """Whether a quotation opened before the sentence, in its paragraph, is still open where it begins."""
    return _quotation_open(sentence.span.doc[:sentence.span.start])


_DEPUTIES = frozenset({"deputy", "vice"})  # an office's second, who is not "the Prime Minister" of a readout


def _asked_about(token: Token) -> bool:
    """"Asked whether Modi would meet Xi, he said …": a name in the question put to the one who answers is what he
    was asked about, not who he is."""
    return any(a.lemma_ == "ask" and a.tag_ == "VBN" and a.dep_ in ("advcl", "ccomp") for a in token.ancestors)


def _quotation_open(before: Span) -> bool:
    """Whether a quotation opened in the words ``before`` is still open after them."""
    straight = sum(t.text == '"' for t in before)
    return straight % 2 == 1 or sum(t.text == "“" for t in before) > sum(t.text == "”" for t in before)


def _opening_after_dateline(place: Token, sentence: Sentence) -> Token | None:
    """"Dushanbe, Jul 14 (PTI) Minister X on Wednesday held talks …": when the parser made the dateline's place the
    clause's subject (or hung the clause on it), the subject is the noun phrase that opens the text after the
    dateline, its head found through the words compounded into it; None for a place in any other role."""
    if place.dep_ not in _SUBJECTS and place.dep_ != "ROOT":
        return None
    start = sentence.span.start_char + _dateline_length(sentence)
    opening = next((t for t in sentence.span if t.idx >= start and not t.is_punct), None)
    while opening is not None and opening.dep_ in ("compound", "flat", "amod") and opening.head.i > opening.i:
        opening = opening.head
    return opening if opening is not None and opening.pos_ in ("PROPN", "NOUN") else None


def _press_office(token: Token) -> bool:
    """"media wing", "press service", "press office": the office that speaks for someone."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in ("wing", "service", "office", "cell") and \
        any(c.dep_ in ("compound", "amod") and c.lower_ in ("media", "press") for c in token.children)


def _describes(token: Token) -> bool:
    """A common noun (or a capitalised office word) that describes an actor instead of naming it."""
    lemma = token.lemma_.lower()
    return (token.pos_ == "NOUN" or token.pos_ == "PROPN" and fold(token.text) in TITLE_WORDS) and \
        (lemma in PERSON_NOUNS or lemma in GOVERNMENT_NOUNS or lemma in ORGANISATION_NOUNS)


def _after_stolen_place(doc, left: int, end: int) -> int:
    """"Meanwhile, in Ukraine Russian forces launched …": a place right after a preposition left without its object is
    that preposition's, which the parser, missing the comma, hung on the noun after it; the phrase starts after it."""
    if left == 0 or left >= end or doc[left - 1].pos_ != "ADP" or doc[left].ent_type_ not in ("GPE", "LOC") or \
            any(c.dep_ in ("pobj", "pcomp") for c in doc[left - 1].children):
        return left
    after = left + 1
    while after < end and doc[after].ent_iob_ == "I":
        after += 1
    return after


def _phrase(token: Token) -> Span:
    """The token with its left modifiers and appositions: the whole subject noun phrase."""
    keep = [t for t in token.subtree if t.dep_ not in ("relcl", "acl", "prep", "punct", "cc", "conj")
            or t == token]
    left = min(t.i for t in keep) if keep else token.i
    dashes = [t.i for t in token.doc[left:token.i] if t.text in DASHES and t.whitespace_ and t.i > 0
              and token.doc[t.i - 1].whitespace_]
    if dashes:  # "KUNDUZ, Afghanistan (Wire) - Taliban fighters": a dateline the parser hung on the subject
        left = dashes[-1] + 1
    left = _after_stolen_place(token.doc, left, token.i)
    right = token.i
    for child in token.children:
        if child.dep_ in ("appos", "compound", "flat") and child.i > token.i:
            right = max(right, max(t.i for t in child.subtree))
    return token.doc[left:right + 1]
