"""Actors the model tags partly or not at all, named by a phrase built over the names found: numbered units ("the
201st military base"), names sharing one head ("the Northern and Baltic fleets"), branches named through their
parent, government bodies named by their country, and a government in force (:mod:`.actor_governments`)."""
from __future__ import annotations

import re
from datetime import date

from ..gazetteer import Gazetteer
from .actor_affiliates import find_affiliates
from .actor_combined import find_combined
from .actor_governments import find_governments, formed_government, governed_country, named_government
from .actor_press import find_press_services
from .actor_records import Found, Match
from .bodies import find_bodies
from .names import DATE_WORDS, EVENT_WORDS, TITLE_WORDS, clean_name
from .sentences import Sentence


UNIT_NOUNS = frozenset({"base", "division", "corps", "brigade", "regiment", "fleet", "army", "battalion"})
_ORDINAL = re.compile(r"^(\d+)(?:st|nd|rd|th)$")


def with_units(found: list[Found], sentence: Sentence) -> list[Found]:
    """The sentence's names plus its numbered military units ("the 201st military base", "the 201st base",
    "the Leh-based 14 Corps") and the units named together ("the Northern and Baltic fleets"),
    organisations the model leaves untagged; what it tagged inside one goes."""
    units = [unit for token in sentence.span if (unit := _unit_at(token, sentence))] + _combined(sentence)
    taken = {t.i for unit in units for t in unit.span}
    kept = [item for item in found if not taken & {t.i for t in item.span}]
    return sorted(kept + units, key=lambda item: item.start)


def _combined(sentence: Sentence) -> list[Found]:
    """One organisation per name of a phrase that names several with one head (see
    :mod:`kg.extract.actor_combined`)."""
    found = []
    for combined in find_combined(sentence.span):
        start, end = sentence.offsets(combined.span)
        found.append(Found(combined.span.text, combined.label, "ORG", "Organisation", None, start, end, sentence,
                           combined.span, combined.label))
    return found


def _unit_at(token, sentence: Sentence) -> Found | None:
    """The numbered unit whose number is ``token``: an ordinal before a unit noun, adjectives or capitalised words
    between ("201st military base", "82nd Airborne Division", "58th Combined Arms Army"), or a number before a
    capitalised one ("14 Corps"; "400 regiments" counts)."""
    ordinal = _ORDINAL.match(token.text)
    if not ordinal and not re.fullmatch(r"\d+", token.text):
        return None
    doc, end = token.doc, token.i + 1
    while end < sentence.span.end - 1 and end - token.i <= 3 and doc[end].lower_ not in UNIT_NOUNS and \
            (doc[end].pos_ == "ADJ" or ordinal and doc[end].is_title and doc[end].is_alpha
             and doc[end].lower_ not in DATE_WORDS | TITLE_WORDS):  # not "the 3rd Monday", "2nd Vice President"
        end += 1  # "military", "motorised", "Airborne"
    named = any(t.is_title for t in doc[token.i + 1:end])  # "Airborne Division", not "Independence Day army"
    if end >= sentence.span.end or doc[end].lower_ not in UNIT_NOUNS \
            or not (ordinal and not named or doc[end].text[:1].isupper()) or _names_an_event(doc[end]):
        return None
    span = doc[token.i:end + 1]
    start, stop = sentence.offsets(span)
    number = ordinal.group(1) if ordinal else token.text
    return Found(span.text, span.text, "ORG", "Organisation", None, start, stop, sentence, span,
                 unit=f"{number} {doc[end].lower_}")


def _names_an_event(unit_noun) -> bool:
    """"the 76th Indian Army Day parade", "the 2nd SCO Army Games": the unit's name is part of an event's, whose
    number it is (the 76th Army Day), no unit."""
    following = unit_noun.nbor() if unit_noun.i + 1 < len(unit_noun.doc) else None
    return following is not None and following.is_title and following.lower_ in EVENT_WORDS


def with_affiliates(found: list[Found], sentence: Sentence) -> list[Found]:
    """The sentence's names with each branch named through its parent (see :mod:`kg.extract.actor_affiliates`)
    in place of the names inside that phrase, countries excepted (not in a province's name); a branch with a name
    of its own beside it is that name's actor."""
    by_span = {(item.span.start, item.span.end): item for item in found if item.kind == "Organisation"}
    for affiliate in find_affiliates(sentence.span, [item.span for item in by_span.values()]):
        inside = set(range(affiliate.span.start, affiliate.span.end))
        found = [item for item in found if item.kind == "Country" and not affiliate.province
                 or not inside & {t.i for t in item.span}]
        name = by_span.get((affiliate.name.start, affiliate.name.end)) if affiliate.name else None
        start, end = sentence.offsets(affiliate.span)
        found.append(Found(affiliate.span.text, name.clean if name else affiliate.short
                           or clean_name(affiliate.span.text, person=False),
                           "ORG", "Organisation", None, start, end, sentence, affiliate.span,
                           name.clean if name else None,
                           owner=by_span[(affiliate.owner.start, affiliate.owner.end)]))
    return sorted(found, key=lambda item: item.start)


def with_bodies(found: list[Found], sentence: Sentence, gazetteer: Gazetteer) -> list[Found]:
    """The sentence's names plus its country-named government bodies, which replace the model's partial
    organisation spans inside them ("Foreign Ministry" in "Russian Foreign Ministry")."""
    country_of = {token.i: item.entry.label if item.entry else item.canonical for item in found
                  if item.kind == "Country" for token in item.span}
    person_of = {token.i: item.entry.label if item.entry else item.clean for item in found
                 if item.kind == "Person" for token in item.span}
    government_of = {token.i: government for item in found if item.kind == "Organisation"
                     for government in [formed_government(item.entry and item.entry.qid, item.clean)] if government
                     for token in item.span}
    bodies = find_bodies(sentence.span, country_of, government_of) + find_press_services(sentence.span, country_of, person_of)
    inside = {token.i for body in bodies for token in body.span}
    kept = [item for item in found if item.kind in ("Country", "Person") or item.span.start in government_of
            or not inside & {t.i for t in item.span}]  # the owner stays named: "Taliban" in "the Taliban's ministry"
    for body in bodies:
        candidates = [e for e in gazetteer.lookup(body.label) if e.kind == "Organisation"]
        entry = candidates[0] if len(candidates) == 1 else None
        start, end = sentence.offsets(body.span)
        kept.append(Found(body.span.text, clean_name(body.span.text, person=False), "ORG", "Organisation", entry,
                          start, end, sentence, body.span, body.label or None,
                          match=Match(entry, body.label, "government body name") if entry else None))
    return sorted(kept, key=lambda item: item.start)


def _governments_by_name(found: list[Found], gazetteer: Gazetteer, published: date | None) -> None:
    """"The Islamic Emirate said": a government's own name, on a day it governs, is that government (before,
    the name is the movement's or a former state's, and the gazetteer decides)."""
    for item in found:
        government = named_government(item.clean, published) if item.kind == "Organisation" or item.match \
            and item.match.shared else None
        entry = gazetteer.by_qid.get(government.qid) if government else None
        if entry:
            item.entry, item.kind, item.match = entry, entry.kind, Match(entry, item.clean, "context")


def _country_named(item: Found) -> str:
    """The country a name names, as countries.tsv spells it ("Afghan" -> "Afghanistan")."""
    return item.entry.label if item.entry else item.canonical or item.clean


def with_governments(found: list[Found], sentences: list[Sentence], gazetteer: Gazetteer,
                      published: date | None) -> list[Found]:
    """The article's names plus its phrases naming a government in force ("the Taliban authorities", "the
    Islamic Emirate", see :mod:`kg.extract.actor_governments`), which replace the names inside them."""
    _governments_by_name(found, gazetteer, published)
    added = []
    spoken_of = governed_country({_country_named(item) for item in found if item.kind == "Country"}, published)
    for sentence in sentences:
        in_sentence = [item for item in found if item.sentence.index == sentence.index]
        ruler_of = {token.i: item.entry.qid for item in in_sentence if item.entry and item.kind == "Organisation"
                    for token in item.span}
        country_of = {token.i: _country_named(item) for item in in_sentence if item.kind == "Country"
                      for token in item.span}
        for described in find_governments(sentence.span, ruler_of, published, country_of, spoken_of):
            entry = gazetteer.by_qid.get(described.government.qid)
            tokens = {t.i for t in described.span}
            if entry is None or any((item.entry is entry or described.by_name) and tokens & {t.i for t in item.span}
                                    for item in in_sentence):
                continue  # "Taliban government", named by the gazetteer; "Ministry of Interior of the Islamic Emirate"
            start, end = sentence.offsets(described.span)
            added.append(Found(described.span.text, described.span.text, "ORG", "Organisation", entry, start, end,
                               sentence, described.span, match=Match(entry, described.span.text, "context")))
            found = [item for item in found if item.sentence.index != sentence.index or item.kind == "Country"
                     or not tokens & {t.i for t in item.span}]
    return sorted(found + added, key=lambda item: item.start)
