"""Actors: find every name, group the mentions of one actor into one node, and read their roles.

Within an article, "S Jaishankar", "EAM Jaishankar", "Dr. S. Jaishankar" and "Jaishankar" are one
actor: they share a Wikidata ID (from the gazetteer's ruler) or a surname with a compatible
first initial. Demonyms ("Russian") are mentions of their country, never actors of their own.

:func:`find_actors` composes the steps, each in a module of its own: the name occurrences
(:mod:`.actor_occurrences`, typed by :mod:`.actor_kinds`, completed by :mod:`.actor_phrases`), persons
across the article (:mod:`.actor_persons`), which occurrences are one actor (:mod:`.actor_grouping`) and the
offices written before names (:mod:`.actor_roles`). The records they share are in :mod:`.actor_records`.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ..gazetteer import GENERIC_ALIASES, Gazetteer
from ..link import explain_sole, implied
from ..records import Actor, Link, Mention
from .actor_grouping import (bracketed_acronyms, countries_by_their_style, defined_acronyms, group_entry, group_key,
                             group_kind, group_label, implied_acronyms, lone_unknown_person,
                             ministries_of_their_country, names_without_their_country, office_modifier_only,
                             without_country)
from .actor_kinds import cited, reports_news
from .actor_occurrences import found_names, link_local_names
from .actor_persons import (link_spelling_variants, mark_middle_names, person_surnames, persons_by_pronoun,
                            persons_mislabelled, places_mislabelled, surname_mentions, surnames_of_others,
                            surnames_of_the_latest)
from .actor_phrases import with_governments
from .actor_press import broadcast_named
from .actor_records import ActorIndex, Found
from .actor_roles import read_profiles, read_roles
from .interviews import expert_labels, office_holder, turn_speakers
from .linking import link_shared
from .names import (MILITARY_WORDS, ORGANISATION_WORDS, ROLE_HEADS, TITLE_WORDS, country_named, fold,
                    looks_like_media, service_names, strip_possessive)
from .profiles import office_words
from .sentences import Sentence


# Credit lines and author notes name the writers of the article, who are no actors in it.
_CREDIT_LINE = re.compile(r"\bcontributed (?:to this (?:report|story|article)|reporting)\b", re.IGNORECASE)
_AUTHOR_NOTE = re.compile(r"\b(?:views|opinions) expressed (?:here |in this \w+ )?are (?:his|her|their|the author's)"
                          r"(?: own)?\b", re.IGNORECASE)


# "X is a journalist covering Iran.", "X is a senior fellow at Y": who the author is, closing the article.
_AUTHOR_BIO = re.compile(r"^(?:[A-Z][\w.'’-]+ ){1,3}is an? (?:[\w-]+ ){0,3}(?:journalist|writer|reporter|"
                         r"correspondent|analyst|fellow|researcher|editor|columnist|scholar|professor|lecturer|"
                         r"contributor)\b")


# "VOA News is produced by the U.S. Agency for Global Media.": who makes the outlet, closing the article (an
# outlet's name; "The Caspian Pipeline Consortium is owned by …" closing a story is the story's).
_IMPRINT = re.compile(r"^((?:[A-Z][\w./&’'-]*\s){1,4})is (?:produced|published|funded|financed|owned|operated) by\b")


def _imprint(line: str) -> bool:
    """Who makes an outlet, by the outlet's name."""
    match = _IMPRINT.match(line)
    return bool(match) and looks_like_media(match.group(1))

def _story_sentences(sentences: list[Sentence]) -> list[Sentence]:
    """The sentences of the story: without credit lines ("AP writer X contributed to this report"), author
    notes ("X is a fellow at Y. The views expressed are her own.") and an author's one-sentence biography or the
    outlet's imprint closing the article."""
    notes = {s.paragraph for s in sentences if _AUTHOR_NOTE.search(s.evidence.sentence)}
    last = [s for s in sentences if sentences and s.paragraph == sentences[-1].paragraph]
    if len(last) == 1 and _AUTHOR_BIO.match(last[0].evidence.sentence) \
            or last and _imprint(last[-1].evidence.sentence.splitlines()[-1].strip()):
        notes.add(last[0].paragraph)
    return [s for s in sentences if s.paragraph not in notes and not _CREDIT_LINE.search(s.evidence.sentence)]


def find_actors(sentences: list[Sentence], text: str, gazetteer: Gazetteer,
                published: date | None = None) -> ActorIndex:
    """Group every name mention of the article into actors; ``published`` is the day roles are checked on."""
    sentences = _story_sentences(sentences)
    labels = turn_speakers(sentences) | expert_labels(sentences)
    found = with_governments(found_names(sentences, gazetteer, labels), sentences, gazetteer, published)
    link_shared(found, gazetteer, published)
    link_local_names(found, gazetteer)
    surnames_of_others(found)
    link_spelling_variants(found)
    mark_middle_names(found)
    ministries_of_their_country(found)
    names_without_their_country(found)
    countries_by_their_style(found, gazetteer)
    acronyms = bracketed_acronyms(found) | defined_acronyms(text) | implied_acronyms(found)
    bodies = {item.clean for item in found if item.kind == "Organisation"} | set(acronyms)
    offices = [item for item in found if _office_by_acronym(item, bodies)]
    found = [item for item in found if item not in offices]
    persons_by_pronoun(found)
    places_mislabelled(found)
    persons = person_surnames(found)
    persons_mislabelled(found, persons)
    surnames_of_the_latest(found, persons)
    found = sorted(found + surname_mentions(sentences, found, persons), key=lambda item: item.start)
    groups: dict[str, list[Found]] = {}
    for item in found:
        groups.setdefault(group_key(item, acronyms, persons), []).append(item)
    index = ActorIndex()
    lone = {key for key, group in groups.items() if lone_unknown_person(group)}
    outlets = {key for key in lone if any(_cited_by_name(f) for f in groups[key])}  # "told Avesta", "outlet Tasnim"
    groups = {key: group for key, group in groups.items()
              if (key not in lone or key in outlets) and not office_modifier_only(group)}
    for number, (key, group) in enumerate(groups.items()):
        entry = group_entry(group)
        label = group_label(group)
        actor = Actor(key=f"a{number}", label=label, kind=group_kind(group), qid=entry.qid if entry else None)
        actor.aliases = {strip_possessive(f.clean) for f in group} - {label}
        if actor.kind == "Organisation" and entry is None:
            actor.aliases |= {bare for f in group if (bare := without_country(f.clean))} - {label}
            actor.aliases |= service_names(label)
        if entry is None and (any(reports_news(f.span) for f in group) or key in outlets
                              or actor.kind == "Place" and any(_cited_by_name(f) for f in group)):
            actor.kind = "Organisation"
            actor.is_media = True
        actor.is_media = actor.is_media or (actor.kind == "Organisation" and any(
            looks_like_media(f.text) or broadcast_named(f.span) for f in group))
        for item in group:
            actor.mentions.append(Mention(item.text, item.start, item.end, item.sentence.evidence))
            index.spans[(item.start, item.end)] = actor.key
        actor.link = _link_of(group, actor)
        index.actors[actor.key] = actor
    _countries_of_bodies(found, index, gazetteer)
    _owners_of_branches(found, index)
    read_roles(found, index, gazetteer, published)
    read_profiles(found, index, gazetteer, published)
    _offices_of_holders(offices, index)
    return index


def _offices_of_holders(offices: list[Found], index: ActorIndex) -> None:
    """"the DG ISPR said": an office named by an acronym is a mention of the one holding it, whom the article names
    with that office before; where it names none, of the body the acronym names, for which the office speaks."""
    for item in offices:
        holder = office_holder(item.text, item.start, index, set()) or _body_named_by(item.text.split()[-1], index)
        if holder:
            index.actors[holder].mentions.append(Mention(item.text, item.start, item.end, item.sentence.evidence))
            index.spans[(item.start, item.end)] = holder


def _body_named_by(acronym: str, index: ActorIndex) -> str | None:
    """The organisation the article names by ``acronym`` ("ISPR"), if any."""
    return next((key for key, actor in index.actors.items() if actor.kind == "Organisation" and (
        acronym == actor.label or acronym in actor.aliases or any(m.text == acronym for m in actor.mentions))), None)


_OFFICE_WORDS = office_words(TITLE_WORDS | ROLE_HEADS)


def _office_by_acronym(item: Found, bodies: set[str]) -> bool:
    """"the DG ISPR said", "DG ISPR:" tagged as a person: an office's word and the acronym of a body the article
    defines or names ("ISPR chief X") name an office, whose holder the article names otherwise (the label of a
    briefing's turns is the holder's: :mod:`.interviews`), no person of its own."""
    words = item.text.split()
    return item.kind == "Person" and item.entry is None and len(words) > 1 \
        and bool(office_words(words[:1])) and office_words(words[:1]) <= _OFFICE_WORDS \
        and all(word.isupper() and word in bodies for word in words[1:])


def _cited_by_name(item: Found) -> bool:
    """"told Asia-Plus", "according to Kabar", "the state outlet Sputnik": a name given as a source is an outlet,
    though the model took it for a place (no place is told anything) or for a one-word person (one it never names in
    full); "told the House" names a chamber, not an outlet."""
    span = item.span
    return cited(span) and not (span.start > 0 and span.doc[span.start - 1].lower_ == "the")


def _countries_of_bodies(found: list[Found], index: ActorIndex, gazetteer: Gazetteer) -> None:
    """"Secretary of the Security Council of Kyrgyzstan", "Kyrgyzstan's Foreign Ministry": a country named only
    inside the name of one of its bodies is an actor of the article too, implied by that name (the mention is
    the body's). An outlet's name says where it publishes, not who acts ("Times of India"); a branch of a group is
    no body of the country its name holds ("the Islamic State's India province")."""
    named = {fold(actor.label) for actor in index.actors.values() if actor.kind == "Country"}
    for item in found:
        key = index.spans.get((item.start, item.end))
        if key is None or index.actors[key].kind != "Organisation" or index.actors[key].is_media \
                or item.owner is not None or _brand_of_country(item.canonical or item.clean):
            continue
        for country in _countries_in(item.canonical or item.clean):
            if fold(country) in named:
                continue
            named.add(fold(country))
            entry = next((e for e in gazetteer.lookup(country) if e.kind == "Country"), None)
            why = f"the name {item.clean!r} names it"
            if entry:
                index.add(entry.label, "Country", entry.qid, implied(entry, why))
            else:
                index.add(country, "Country")


def _owners_of_branches(found: list[Found], index: ActorIndex) -> None:
    """"The Islamic State's Afghan affiliate": the parent named only through its branch is an actor of the
    article too, implied by the branch's name (the mention is the branch's)."""
    for item in found:
        owner = item.owner
        if owner is None or any(owner.entry and actor.qid == owner.entry.qid or fold(actor.label) == fold(owner.clean)
                                for actor in index.actors.values()):
            continue
        why = f"the branch {item.clean!r} is named through it"
        if owner.entry:
            index.add(owner.entry.label, owner.entry.kind, owner.entry.qid, implied(owner.entry, why))
        else:
            index.add(owner.clean, owner.kind)


_BODY_WORDS = ORGANISATION_WORDS | MILITARY_WORDS | {"embassy", "consulate", "mission", "delegation"}


def _brand_of_country(name: str) -> bool:
    """"Afghanistan International", "Voice of America", "Uzbekistan Airways": a country's name with plain words that
    name no body is an outlet's or a firm's brand, which says where it comes from, not that the country acts ("Pakistan
    Army", "Bank of Russia" and "Embassy of China" are its bodies, "Pakistan Tehreek-e-Insaf" a party).

    >>> _brand_of_country("Iran International"), _brand_of_country("Voice of America")
    (True, True)
    >>> _brand_of_country("Pakistan Army"), _brand_of_country("Security Council of Kyrgyzstan")
    (False, False)
    """
    words = [strip_possessive(word) for word in name.split()]
    country = next((i for i, word in enumerate(words) if country_named(word)), None)
    rest = [word for i, word in enumerate(words) if i != country and word not in ("of", "the")]
    return country is not None and 0 < len(rest) <= 2 and all(word.isalpha() and word.istitle() for word in rest) \
        and not any(fold(word) in _BODY_WORDS for word in rest)


def _countries_in(name: str) -> list[str]:
    """The countries a body's name names by their own names or demonyms, not as its first word alone.

    >>> _countries_in("Security Council of Kyrgyzstan"), _countries_in("Kyrgyzstan's State Committee for National Security")
    (['Kyrgyzstan'], ['Kyrgyzstan'])
    >>> _countries_in("Ministry of Foreign Affairs"), _countries_in("Pakistan"), _countries_in("Bank of America")
    ([], [], [])
    """
    words = [strip_possessive(w) for w in name.split()]
    if len(words) < 2:
        return []
    parts = [" ".join(words[i:i + size]) for size in (3, 2, 1) for i in range(len(words) - size + 1)]
    found = [country_named(part) for part in parts if part not in GENERIC_ALIASES]  # "Bank of America": a brand
    return list(dict.fromkeys(country for country in found if country))


def _link_of(group: list[Found], actor: Actor) -> Link | None:
    """Why the actor has its QID, or none: from its first mention that met the gazetteer, by a name one entry
    alone bears or by weighing the candidates of a shared name (kept for an unlinked actor too)."""
    for mention, item in zip(actor.mentions, group):
        if item.link and item.link.qid == actor.qid:
            return replace(item.link, mention=mention)
        if actor.qid and item.entry and item.entry.qid == actor.qid and item.match and item.match.entry:
            return replace(explain_sole(item.entry, item.match.name, item.match.method, item.kind), mention=mention)
    return None
