"""A capital that stands for its government: "Beijing and Moscow say", "Pakistan was in contact with Tehran",
"the Taliban have made assurances to Moscow", "Washington's position", "urged Kabul to act".

The press names a country by its capital when the country acts, speaks or is dealt with; the country is
then an actor of the article, even when its own name never appears. The same capital as a place ("talks
in Doha", "evacuated from Kabul", "the Taliban seized Kabul", "a London-based think tank", "Moscow format")
stays a place. Only the parse decides: the capital must act as a government does (the subject of a verb no
city does, the owner of a position), be dealt with as one (the object of "urge", "ask", "engage"), or be
the other side of contacts, ties or assurances.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .linking import GOVERNMENT_NOUNS
from .names import fold

# Verbs whose subject is a place as much as a government ("Kabul fell", "Dushanbe hosted the summit").
_PLACE_VERBS = frozenset({"be", "fall", "come", "lie", "host", "hold", "remain", "become", "sit", "stand", "see",
                          "witness", "border", "house", "wake", "shake", "burn", "celebrate", "prepare", "look"})
# What a capital says is for the statement reader, which implies the country it speaks for ("Tashkent said").
_SAYING = frozenset({"say", "add", "tell", "state", "announce", "claim", "deny", "declare", "tweet", "insist",
                     "stress", "reiterate", "note", "comment", "reply", "respond", "write"})
# Verbs whose object is a government ("urged Kabul to", "engaged Beijing"), not a city taken or visited.
_GOVERNMENT_OBJECT_VERBS = frozenset({"ask", "urge", "warn", "accuse", "blame", "pressure", "press", "criticise",
                                      "criticize", "engage", "recognise", "recognize", "assure", "reassure", "inform",
                                      "invite", "thank", "condemn", "persuade", "call", "lobby", "sanction",
                                      "court", "rebuke"})
# Nouns a government owns ("Moscow's position") or that it is the other side of ("contacts with Tehran").
_GOVERNMENT_NOUNS = GOVERNMENT_NOUNS | frozenset({"refusal", "recognition", "reaction", "call", "proposal", "plan",
                                                  "diplomacy", "envoy"})
_DEALINGS = {"with": frozenset({"contact", "contacts", "talk", "tie", "relation", "engagement", "cooperation",
                                "dialogue", "negotiation", "deal", "agreement", "dispute", "tension", "friction",
                                "engage", "negotiate", "cooperate", "coordinate", "consult", "communicate"}),
             "to": frozenset({"assurance", "message", "appeal", "warning", "letter", "note", "guarantee",
                              "overture", "signal", "ultimatum"}),
             "between": frozenset({"tension", "tie", "relation", "talk", "dispute", "friction", "contact",
                                   "rapprochement", "rift"}),
             "on": frozenset({"pressure", "sanction"})}
_DATELINE_MARKS = frozenset({",", "(", "-", "–", "—", ":"})


def capital_government(ent: Span, capitals: dict[str, str]) -> str | None:
    """The country whose government a capital's name stands for at ``ent``, or None (no capital, or a place).
    ``capitals`` maps a folded capital's name to its country's name."""
    country = capitals.get(fold(ent.text))
    if country is None or _dateline(ent):
        return None
    return country if _governs(ent.root) else None


def _governs(token: Token) -> bool:
    while token.dep_ == "conj" and token.head.i < token.i:  # "Beijing and Moscow say"
        token = token.head
    head = token.head
    if token.dep_ in ("nsubj", "nsubjpass"):  # what a capital says is the statements' to read ("Tashkent said")
        return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() not in _PLACE_VERBS | _SAYING
    if token.dep_ == "poss":
        return head.lemma_.lower() in _GOVERNMENT_NOUNS
    if token.dep_ == "dobj":
        return head.lemma_.lower() in _GOVERNMENT_OBJECT_VERBS
    if token.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in _DEALINGS:
        return bool(_dealt(head.head) & _DEALINGS[head.lower_])
    return False


def _dealt(word: Token) -> set[str]:
    """The word a prepositional phrase hangs on and, for a verb, its object ("gave assurances to X")."""
    return {word.lemma_.lower()} | {c.lemma_.lower() for c in word.children if c.dep_ == "dobj"}


def _dateline(ent: Span) -> bool:
    """"Dushanbe, Sep 16 (PTI) -", "Moscow (Russia):": the city that opens a story says where it was filed."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return ent.start == ent.sent.start and after is not None and after.text in _DATELINE_MARKS
