"""The article's evidence for names several gazetteer entries share ("Japarov", "Delhi", "Badakhshan"):
the title before the name, the country written with it or in its sentence, the words around it, the
persons named in full before it, whether it speaks. :func:`kg.link.decide` weighs the candidates on it.

Kept apart from :mod:`.entities` because it reads spaCy's parse for one purpose: a link's evidence.
"""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from spacy.tokens import Span

from ..gazetteer import Entry, Gazetteer, name_key
from ..link import Context, decide
from .names import TITLE_WORDS, fold

if TYPE_CHECKING:
    from .entities import Found

# Verbs whose subject is a government when a capital's name is ("Delhi said"), and nouns a capital's name
# owns as a government does ("Delhi's position").
SPEECH_VERBS = frozenset({"say", "tell", "announce", "state", "claim", "warn", "urge", "insist", "reject", "deny",
                          "accuse", "add", "respond", "protest", "demand", "confirm", "express", "welcome",
                          "condemn", "call", "ask", "agree", "decide", "refuse", "want", "seek", "offer"})
GOVERNMENT_NOUNS = frozenset({"support", "position", "stance", "statement", "decision", "concern", "response",
                              "objection", "policy", "view", "approach", "offer", "request", "demand"})
_TITLE_LINKS = frozenset({"of", "the", "and", "cabinet"})  # "Chairman of the Cabinet of Ministers"
_WINDOW = 3  # words either side of a place's name that may be its own ("province", "GBAO", "city")


def link_shared(found: list[Found], gazetteer: Gazetteer, published: date | None) -> None:
    """Decide every occurrence of a shared name in reading order: the candidate with evidence the others
    lack becomes its entry; on a tie it stays unlinked. Either way the weighing is kept as its link."""
    country_words = _country_words(gazetteer)
    for item in sorted(found, key=lambda f: f.start):
        if item.entry is not None or item.match is None or not item.match.shared:
            continue
        context = _context(item, found, published, country_words)
        entries = list(item.match.shared)
        metonyms = _metonyms(gazetteer, item.match.name) if all(e.kind == "Place" for e in entries) else []
        item.link = decide(entries, context, metonyms)
        if item.link.qid:
            item.entry = gazetteer.by_qid[item.link.qid]
            item.kind = item.entry.kind


def _context(item: Found, found: list[Found], published: date | None, country_words: dict[str, str]) -> Context:
    same_sentence = [f for f in found if f.sentence.index == item.sentence.index and f is not item]
    title, stated = _title_before(item.span, same_sentence)
    countries = frozenset(f.entry.qid for f in same_sentence if f.entry and f.entry.kind == "Country") - {stated}
    named = frozenset(f.entry.qid for f in found if f.entry and f.start < item.start)
    return Context(item.match.name, item.kind, title, stated, countries, _words_around(item.span), named,
                   _speaks(item.span), published, country_words)


def _title_before(span: Span, others: list[Found]) -> tuple[str, str | None]:
    """The office written right before a name and the country that opens it: "Kyrgyz President" ->
    ("President", Kyrgyzstan's QID); "Afghanistan's" -> ("", Afghanistan's QID)."""
    doc, position, words = span.doc, span.start - 1, []
    while position >= span.sent.start:
        token = doc[position]
        country = next((f.entry.qid for f in others if f.entry and f.entry.kind == "Country"
                        and f.span.start <= position < f.span.end), None)
        if country:
            return " ".join(words), country
        if token.lower_ in ("'s", "’s") or token.lower_.strip(".") in TITLE_WORDS | _TITLE_LINKS:
            words.insert(0, token.text)
            position -= 1
            continue
        break
    while words and words[0].lower() in {"of", "the", "and", "'s", "’s"}:
        words.pop(0)
    return " ".join(w for w in words if w not in ("'s", "’s")), None


def _words_around(span: Span) -> frozenset[str]:
    """Words (and their lemmas: "provinces") next to the name, and next to the first of a list it ends
    ("the Afghan provinces of Kunduz, Takhar and Badakhshan")."""
    first = span.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    sentence, words = span.sent, set()
    for start, end in ((span.start, span.end), (first.left_edge.i, first.i + 1)):
        for token in span.doc[max(sentence.start, start - _WINDOW):min(sentence.end, end + _WINDOW)]:
            if token.is_alpha and not span.start <= token.i < span.end:
                words |= {fold(token.text), token.lemma_.lower()}
    return frozenset(words)


def _speaks(span: Span) -> bool:
    """"Delhi said", "Delhi has rejected", "Delhi's position": a name that acts or holds a view."""
    root = span.root
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in SPEECH_VERBS:
        return True
    return root.dep_ == "poss" and root.head.lemma_.lower() in GOVERNMENT_NOUNS


def _metonyms(gazetteer: Gazetteer, name: str) -> list[Entry]:
    """Countries whose capital ``name`` is, as the gazetteer's metonyms say ("Delhi" for India)."""
    return [e for e in gazetteer.entries if e.kind == "Country" and name_key(name) in map(name_key, e.metonyms)]


def _country_words(gazetteer: Gazetteer) -> dict[str, str]:
    """One-word names of countries and their demonyms -> the country's QID: "afghan", "tajikistan"."""
    return {fold(name): e.qid for e in gazetteer.entries if e.kind == "Country" for name in e.names
            if len(name.split()) == 1}
