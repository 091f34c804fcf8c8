"""Interviews laid out as questions and answers ("DW: What did the summit deliver?" / "Ayla Demir: Quite a lot.").

Each answer is what the interviewee said, though no speech verb introduces it: the label that opens the paragraph,
a person's name, is the speaker, and the whole answer is one statement. A layout counts as an interview only when
several paragraphs open with such labels, so that a lone "Kabul: …" dateline or "Note: …" is no answer, and
only an answer that follows a question counts, so that a who's-who list ("Name: the former minister …") is none.
"""
from __future__ import annotations

import re

from ..records import Evidence, Statement
from .actor_records import ActorIndex
from .sentences import Sentence

_LABEL = re.compile(r"^([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}):(?:\s+\S|$)")  # alone: split off the answer
_LABELLED_PARAGRAPHS = 4  # questions and answers together


def answers(sentences: list[Sentence], index: ActorIndex, text: str) -> dict[int, Statement]:
    """Paragraph number -> the statement its answer makes, for the answers of a question-and-answer layout."""
    openings = {s.paragraph: s for s in sentences if s.opens_paragraph and _LABEL.match(s.evidence.sentence)}
    if len(openings) < _LABELLED_PARAGRAPHS:
        return {}
    found, asked = {}, False
    for paragraph in sorted({s.paragraph for s in sentences}):
        opening = openings.get(paragraph)
        speaker = _labelled_person(opening, index) if opening is not None else None
        if speaker is None:
            asked = asked or _is_question(paragraph, opening, sentences)
            continue
        if not asked:
            continue
        asked = False
        last = max((s for s in sentences if s.paragraph == paragraph), key=lambda s: s.evidence.end)
        evidence = Evidence(text[opening.evidence.start:last.evidence.end], opening.evidence.start, last.evidence.end)
        label = _LABEL.match(evidence.sentence).group(1)
        found[paragraph] = Statement(speaker=speaker, quote=evidence.sentence[len(label) + 1:].strip(),
                                     evidence=evidence, direct=True, confidence=0.8)
    return found


def _is_question(paragraph: int, opening: Sentence | None, sentences: list[Sentence]) -> bool:
    """A paragraph that asks (one no person's label opens): it ends in "?" or opens with a label ("Paper:", "Q:")."""
    last = max((s for s in sentences if s.paragraph == paragraph), key=lambda s: s.evidence.end)
    return opening is not None or last.evidence.sentence.rstrip().endswith("?")


def _labelled_person(opening: Sentence, index: ActorIndex) -> str | None:
    """The person whose name is the label ("Ayla Demir:", "Demir:"), not an outlet's or a role's ("Q:")."""
    label = _LABEL.match(opening.evidence.sentence).group(1)
    start = opening.evidence.start
    keys = [key for offset, key in index.in_range(start, start + len(label)) if index.actors[key].kind == "Person"]
    return keys[0] if keys else None
