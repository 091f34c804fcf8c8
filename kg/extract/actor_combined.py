"""Names that share their head noun: "the Northern and Baltic fleets", "the Eastern and Central military
districts".

News English folds two names into one phrase, with the common word once and in the plural. The model tags
the modifiers alone ("Northern" as a nationality, "Baltic" as a place) or nothing, yet each is a named unit
of its own. Each modifier is rebuilt into its full name ("Northern Fleet", "Baltic Fleet") and is that
unit's mention (a mention belongs to one actor). Only the heads of armed formations count: the "Northern
and Southern regions" are places, and so are the "Leilek and Batken districts" unless they are military.
Only proper modifiers that name no country count: "the Indian and Chinese armies" are the two countries'
armies, which :mod:`kg.extract.bodies` names.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from .names import country_named

HEADS = frozenset({"fleets", "armies", "commands", "flotillas", "districts"})
# Heads that name places as well ("the Leilek and Batken districts"): units only with "military" before them.
_MILITARY_ONLY = frozenset({"districts"})


@dataclass(frozen=True)
class Combined:
    span: Span  # where one of the names is written: "Northern" in "Northern and Baltic fleets"
    label: str  # its full name: "Northern Fleet"


def find_combined(sentence: Span) -> list[Combined]:
    """The phrases of a sentence that name two or more units with one plural head."""
    found = []
    for head in sentence:
        if head.lower_ not in HEADS:
            continue
        first = next((c for c in head.lefts if c.dep_ in ("amod", "compound", "nmod") and _proper(c)), None)
        if first is None:
            continue
        names = [first] + [t for t in first.conjuncts if _proper(t) and t.i < head.i]
        last = max(t.i for t in names)
        common = list(sentence.doc[last + 1:head.i])  # "military" in "Eastern and Central military districts"
        if len(names) < 2 or not all(t.is_lower and t.is_alpha for t in common) \
                or head.lower_ in _MILITARY_ONLY and "military" not in {t.lower_ for t in common}:
            continue
        tail = " ".join([*(t.text.title() for t in common), head.lemma_.title()])
        found += [Combined(sentence.doc[n.i:n.i + 1], f"{n.text} {tail}") for n in names]
    return found


def _proper(token: Token) -> bool:
    return token.text[:1].isupper() and token.is_alpha and not country_named(token.text)
