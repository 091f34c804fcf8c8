"""Summonses of envoys: "the Foreign Office summoned India's charge d'affaires", "Tehran summons Pakistan's
ambassador", "the Afghan envoy was summoned to the ministry". A government calling in another country's envoy meets
that country; a title without a country of its own ("summoned its ambassador home", "summoned the army chief") or an
envoy of the summoner's own country is no encounter between two sides.
"""
from __future__ import annotations

from spacy.tokens import Token

from .resolve import Resolver
from .sentences import Sentence
from .tokens import prepositional_objects

# the head words of an envoy's title: "charge d'affaires" is parsed with "d'affaires" as its head
ENVOY_HEADS = frozenset({"ambassador", "envoy", "d'affaires", "d’affaires", "affaires", "chargé", "charge",
                         "diplomat"})
# the title of the envoy between Commonwealth states ("Pakistan's high commissioner"); a commissioner without "high"
# is an official at home ("the police commissioner", "the election commissioner")
HIGH_COMMISSIONER = ("commissioner", "high")
# the words before an envoy's title that tell whose envoy he is: "India's", "the Afghan", "Pakistani"
OWNER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})
SUMMONER_KINDS = ("Organisation", "Country")


def summonses(sentence: Sentence) -> list[tuple[Token, Token]]:
    """Each verb "summon" of the sentence with the envoy it calls in (its object, or its passive subject)."""
    return [(verb, envoy) for verb in sentence.span if verb.lemma_ == "summon" and verb.pos_ == "VERB"
            for envoy in verb.children if envoy.dep_ in ("dobj", "nsubjpass") and is_envoy(envoy)]


def is_envoy(title: Token) -> bool:
    """An envoy's title: "ambassador", "charge d'affaires", or a "(deputy) high commissioner"."""
    if title.lower_ in ENVOY_HEADS:
        return True
    head, word = HIGH_COMMISSIONER
    return title.lower_ == head and any(c.lower_ == word for c in title.children)


def envoys_country(envoy: Token, sentence: Sentence, resolver: Resolver) -> str | None:
    """The country the envoy's own words name before his title ("Pakistan's", "the Iranian"); not the country he is
    posted to ("its ambassador to Kabul")."""
    owners = [t for c in envoy.children if c.dep_ in OWNER_DEPS and c.i < envoy.i for t in c.subtree]
    if not owners:
        return None
    span = envoy.doc[min(t.i for t in owners):max(t.i for t in owners) + 1]
    countries = resolver.named(span, sentence, ("Country",))
    return countries[0] if len(countries) == 1 else None


def summoner(verb: Token, sentence: Sentence, resolver: Resolver) -> list[str]:
    """Who summons: the active verb's subject ("the Foreign Office", "Tehran" for Iran), else the body the envoy
    is summoned to ("to the Foreign Office", not the city of "to the ministry in Tehran", whose ministry is the
    party); candidates, a body before its country ("the Kazakh foreign ministry")."""
    doc = verb.doc
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    phrases = prepositional_objects(verb, "to")
    for head in subjects or phrases:
        span = doc[head.left_edge.i:head.right_edge.i + 1]
        named = resolver.named(span, sentence, SUMMONER_KINDS)
        if named:
            return sorted(named, key=lambda k: resolver.index.actors[k].kind != "Organisation")
        places = resolver.named(span, sentence, ("Place",)) if subjects else []
        capital = resolver.capital_country(places[0]) if places else None
        if capital:
            return [capital]
    return []


def named_envoy(envoy: Token, sentence: Sentence, resolver: Resolver) -> str | None:
    """The envoy's name given beside his title ("Pakistan's ambassador, Mansoor Ahmad Khan"): the party itself."""
    doc = envoy.doc
    persons = [k for c in envoy.children if c.dep_ == "appos"
               for k in resolver.named(doc[c.left_edge.i:c.right_edge.i + 1], sentence, ("Person",))]
    return persons[0] if persons else None
