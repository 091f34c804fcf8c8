"""An organisation's branch named through its parent: "the Islamic State's Afghan affiliate, known as ISIS-K",
"the group's Khorasan branch (IS-K)", "the regional affiliate of the militant X group, IS-K".

The press names a branch by its parent's name and a noun, often with the branch's own name beside it. The
phrase is the branch, an actor of its own that claims and acts, not its parent: the parent's name in it is
no mention of the parent (which the text still names, so it stays an actor of the article). A group's province
named by a country ("the Islamic State's India province") is a branch too, whose name the country's is part of,
as in an outlet's name: no mention of the country.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from .names import country_named
from .tokens import prepositional_objects

AFFILIATE_NOUNS = frozenset({"affiliate", "branch", "offshoot", "franchise", "chapter", "wing"})


@dataclass(frozen=True)
class Affiliate:
    span: Span  # the phrase naming the branch: "Islamic State's Afghan affiliate"
    owner: Span  # the parent's name inside it: "Islamic State"
    name: Span | None  # the branch's own name beside it: "ISIS-K", or None
    short: str  # the phrase without its parent, when a name word is left: "Khorasan branch"
    province: bool  # a province named by a country: "the Islamic State's India province"


def find_affiliates(sentence: Span, organisations: list[Span]) -> list[Affiliate]:
    """The branches a sentence names through one of its ``organisations`` (the names found in it)."""
    found = []
    for noun in sentence:
        province = _province_of_a_country(noun)
        if not (noun.lemma_.lower() in AFFILIATE_NOUNS or province) or noun.pos_ != "NOUN":
            continue
        owner = _owner(noun, organisations)
        if owner is None:
            continue
        start = min([owner.start] + [c.i for c in noun.lefts if c.dep_ in ("amod", "compound")])
        end = max(noun.i + 1, owner.end)
        # a country's name is where the branch works, no name of its own: "the Islamic State's Pakistan branch"
        between = [t for t in sentence.doc[owner.end:noun.i] if t.pos_ == "PROPN" and not country_named(t.text)]
        short = sentence.doc[between[0].i:noun.i + 1].text if between and start == owner.start else ""
        found.append(Affiliate(sentence.doc[start:end], owner, _own_name(noun, organisations), short, province))
    return found


def _province_of_a_country(noun: Token) -> bool:
    """"India province": a province named by a country is none of its provinces ("Kandahar province" is one)."""
    return noun.lower_ == "province" and noun.i > 0 and noun.nbor(-1).dep_ == "compound" \
        and country_named(noun.nbor(-1).text) is not None


def _owner(noun: Token, organisations: list[Span]) -> Span | None:
    """The parent: a possessive before the noun ("the Islamic State's"), or an "of" phrase after it."""
    heads = [c for c in noun.children if c.dep_ == "poss"]
    heads += prepositional_objects(noun, "of")
    for head in heads:
        for span in organisations:
            if head.left_edge.i <= span.start and span.end <= head.i + 1:
                return span
    return None


def _own_name(noun: Token, organisations: list[Span]) -> Span | None:
    """The branch's own name: in apposition ("…, ISIS-K,"; "IS-K, the regional affiliate of …"), after "known as",
    or in parentheses after the noun."""
    doc = noun.doc
    if noun.dep_ == "appos":
        named = next((span for span in organisations if span.start <= noun.head.i < span.end), None)
        if named is not None:
            return named
    places = [c for c in noun.children if c.dep_ == "appos"]
    places += [g for c in noun.children if c.dep_ == "acl" and c.lemma_ in ("know", "call")
               for g in prepositional_objects(c, "as")]
    after = noun.i + 1
    for span in organisations:
        if span.start == after + 1 and doc[after].text == "(" or any(span.start <= p.i < span.end for p in places):
            return span
    return None
