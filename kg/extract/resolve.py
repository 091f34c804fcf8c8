"""Who a noun phrase refers to: a name, a demonym, a pronoun, a description or a capital.

Event extractors ask the :class:`Resolver` for the actor behind a subject or object token. It
answers with an actor key and a confidence, or None when unsure: an unresolved speaker means no
statement, never a guess.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from ..gazetteer import Gazetteer
from ..records import Actor, Mention
from .entities import ActorIndex
from .names import ROLE_HEADS, capitals, fold
from .sentences import Sentence

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS = frozenset({"it", "they"})
GOVERNMENT_NOUNS = frozenset({"official", "officials", "source", "sources", "government", "ministry", "spokesperson",
                              "spokesman", "spokeswoman", "authorities", "administration", "embassy", "side"})
PERSON_NOUNS = ROLE_HEADS | frozenset({"diplomat", "leader", "minister", "envoy", "official"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
COLLECTIVE_NOUNS = frozenset({"member", "members", "leadership", "leaders", "head", "heads", "part"})
ARMED_NOUNS = frozenset({"group", "militants", "insurgents", "fighters", "militia", "movement", "outfit", "rebels"})


@dataclass(frozen=True)
class Resolution:
    key: str
    confidence: float


@dataclass
class Resolver:
    index: ActorIndex
    gazetteer: Gazetteer
    capitals: dict[str, str] = field(default_factory=dict)  # folded capital name -> country name
    last_speaker: str | None = None  # set by the statement reader: "he added" continues the last speaker

    def __post_init__(self) -> None:
        self.capitals.update(capitals())
        for entry in self.gazetteer.entries:
            for metonym in entry.metonyms:
                self.capitals[fold(metonym)] = entry.label

    # --- names --------------------------------------------------------------------------
    def named(self, span: Span, sentence: Sentence, kinds=("Person", "Organisation", "Country")) -> list[str]:
        """Actors named inside ``span``, in order, persons before others."""
        start, end = sentence.offsets(span)
        keys = [key for _, key in self.index.in_range(start, end)]
        keys = list(dict.fromkeys(k for k in keys if self.index.actors[k].kind in kinds))
        return sorted(keys, key=lambda k: self.index.actors[k].kind != "Person")

    def capital_country(self, key: str) -> str | None:
        """The country a capital stands for ("Dushanbe stated" -> Tajikistan), added to the article if needed."""
        actor = self.index.actors[key]
        name = next((self.capitals[fold(n)] for n in (actor.label, *sorted(actor.aliases)) if fold(n) in self.capitals),
                    None)
        return self.country(name, actor.mentions[0]) if name else None

    def country(self, name: str, mention: Mention | None = None) -> str | None:
        """The key of the country called ``name``: linked when the gazetteer holds it, else unlinked, and
        added to the article when it lacks it."""
        entry = next((e for e in self.gazetteer.lookup(name) if e.kind == "Country"), None)
        if entry:
            return self.ensure(entry.qid, mention)
        for key, actor in self.index.actors.items():
            if actor.kind == "Country" and fold(actor.label) == fold(name):
                return key
        key = f"a{len(self.index.actors)}"
        self.index.actors[key] = Actor(key, name, "Country", mentions=[mention] if mention else [])
        return key

    def ensure(self, qid: str, mention: Mention | None = None) -> str | None:
        """The key of the actor with this QID, creating it from the gazetteer when the article lacks it."""
        for key, actor in self.index.actors.items():
            if actor.qid == qid:
                return key
        entry = self.gazetteer.by_qid.get(qid)
        if entry is None or entry.kind is None:
            return None
        key = f"a{len(self.index.actors)}"
        self.index.actors[key] = Actor(key, entry.label, entry.kind, qid, mentions=[mention] if mention else [])
        return key

    # --- noun phrases -------------------------------------------------------------------
    def resolve(self, token: Token, sentence: Sentence, kinds=("Person", "Organisation", "Country"),
                ) -> Resolution | None:
        """The actor a subject/object token refers to."""
        if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ in ("relcl", "acl") and token.head.head != token:
            token = token.head.head  # "the Taliban, which later claimed …"
        of_phrase = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj"]
        if token.lemma_ in COLLECTIVE_NOUNS and of_phrase:
            token = of_phrase[0]  # "all members of the CSTO said"
        own = self.named(token.doc[token.i:token.i + 1], sentence, kinds + ("Place",)) or \
            self._covering(token, sentence)
        phrase = _phrase(token)
        keys = own or self.named(phrase, sentence, kinds + ("Place",))
        if keys:
            return self._from_named(keys, token, sentence, kinds)
        lower = token.lower_
        offset = sentence.offsets(token)[0]
        if lower in PERSON_PRONOUNS and "Person" in kinds:
            return self._person_pronoun(token, sentence, offset)
        if lower in GROUP_PRONOUNS or token.lemma_ in ARMED_NOUNS:
            recent = [k for k in self.index.before(offset, ("Organisation",)) if not self.index.actors[k].is_media]
            return Resolution(recent[0], 0.6) if recent else None
        return self._description(token, sentence, kinds)

    def _person_pronoun(self, token: Token, sentence: Sentence, offset: int) -> Resolution | None:
        """"he": the person who is the subject earlier in the same sentence, else the last speaker,
        else the last person named."""
        for candidate in sentence.span:
            if candidate.i >= token.i:
                break
            if candidate.dep_ in ("nsubj", "nsubjpass") and candidate.pos_ == "PROPN":
                keys = [k for k in self.named(_phrase(candidate), sentence, ("Person",))]
                if keys:
                    return Resolution(keys[0], 0.8)
        if self.last_speaker and self.index.actors[self.last_speaker].kind == "Person":
            return Resolution(self.last_speaker, 0.75)
        recent = self.index.before(offset, ("Person",))
        return Resolution(recent[0], 0.7) if recent else None

    def _covering(self, token: Token, sentence: Sentence) -> list[str]:
        """The actor whose mention contains the token ("Organisation" in "Collective Security Treaty Organisation")."""
        start, end = sentence.offsets(token)
        return [key for (s, e), key in self.index.spans.items() if s <= start and end <= e]

    def _from_named(self, keys: list[str], token: Token, sentence: Sentence, kinds) -> Resolution | None:
        for key in keys:
            actor = self.index.actors[key]
            if actor.kind == "Place":
                country = self.capital_country(key)
                if country and "Country" in kinds:
                    return Resolution(country, 0.7)
                continue
            if actor.kind == "Country" and token.lemma_ in PERSON_NOUNS and token.lemma_ not in GOVERNMENT_NOUNS:
                person = self._person_with_role(token, sentence, key)
                if person:
                    return Resolution(person, 0.75)
            if actor.kind in kinds:
                return Resolution(key, 0.9 if actor.kind != "Country" or token.pos_ == "PROPN" else 0.8)
        return None

    def _person_with_role(self, token: Token, sentence: Sentence, country: str | None) -> str | None:
        """"the Russian diplomat", "Russia's foreign minister": the last person holding such an office."""
        offset = sentence.offsets(token)[0]
        recent = self.index.before(offset, ("Person",), window=10**9)
        later = [k for k in self.index.before(10**9, ("Person",), window=10**9) if k not in recent][::-1]
        for key in recent + later:
            if self.holds(key, token.lemma_, country):
                return key
        if token.lemma_ in ("diplomat", "leader", "official") and country:
            return next((key for key in recent if self.holds(key, "", country)), None)
        return None

    def holds(self, key: str, office_word: str, country: str | None) -> bool:
        """Whether a person holds an office containing ``office_word`` for ``country``: as the text
        says, or as the gazetteer's role for the period says."""
        actor = self.index.actors[key]
        for role in actor.roles:
            if office_word in role.title.lower() and (country is None or role.country == country):
                return True
        entry = self.gazetteer.by_qid.get(actor.qid or "")
        if entry is None or office_word not in entry.role.lower():
            return False
        return country is None or self.index.actors[country].label in entry.role

    def affiliation(self, key: str) -> str | None:
        """The country a person acts for, from a role in the text or the gazetteer's role."""
        actor = self.index.actors[key]
        for role in actor.roles:
            if role.country:
                return role.country
        entry = self.gazetteer.by_qid.get(actor.qid or "")
        if entry and entry.role:
            for country_key, country in self.index.actors.items():
                if country.kind == "Country" and country.label in entry.role:
                    return country_key
        return None

    def _description(self, token: Token, sentence: Sentence, kinds) -> Resolution | None:
        """"the minister", "the official": the last person described so, or the speaker before."""
        if token.pos_ != "NOUN" or token.lemma_ not in PERSON_NOUNS | GOVERNMENT_NOUNS:
            return None
        offset = sentence.offsets(token)[0]
        if token.lemma_ in ROLE_HEADS | {"minister", "diplomat"} and "Person" in kinds:
            for key in self.index.before(offset, ("Person",)):
                if self.holds(key, token.lemma_, None):
                    return Resolution(key, 0.7)
        return None


def _phrase(token: Token) -> Span:
    """The token with its left modifiers and appositions: the whole subject noun phrase."""
    keep = [t for t in token.subtree if t.dep_ not in ("relcl", "acl", "prep", "punct", "cc", "conj")
            or t == token]
    left = min(t.i for t in keep) if keep else token.i
    right = token.i
    for child in token.children:
        if child.dep_ in ("appos", "compound", "flat") and child.i > token.i:
            right = max(right, max(t.i for t in child.subtree))
    return token.doc[left:right + 1]
