"""Offices written before a person's name ("Indian External Affairs Minister S Jaishankar"), with the office's ID
where the gazetteer vouches for it on the article's day, and the office words and affiliations of every person."""
from __future__ import annotations

from datetime import date

from spacy.tokens import Span

from ..gazetteer import Entry, Gazetteer, period
from ..gazetteer import Role as GazetteerRole
from ..link import fits
from ..records import Actor, Role
from .actor_occurrences import DETERMINERS, HONORIFICS
from .actor_records import ActorIndex, Found
from .names import TITLE_WORDS, fold, is_role_phrase
from .profiles import Profile, after_armed_office, around_name


def read_profiles(found: list[Found], index: ActorIndex, gazetteer: Gazetteer | None = None,
                  published: date | None = None) -> None:
    """Office words and affiliations of every person, from the text around their names and the gazetteer's
    office where it may describe him on ``published``."""
    def key_at(token) -> str | None:
        key = index.covering(*_token_offsets(found, token))
        return key if key and index.actors[key].kind in ("Country", "Organisation") else None

    terms = _terms_by_office(gazetteer) if gazetteer else {}
    for item in found:
        key = index.spans.get((item.start, item.end))
        if key is None or index.actors[key].kind != "Person":
            continue
        profile = index.profiles.setdefault(key, Profile())
        words, keys = around_name(item.span, key_at)
        profile.add(words + _office_run_into(item.span, index.actors[key].label, words), keys)
        if item.entry and item.entry.role and _office_current(item.entry, published, terms):
            profile.add(item.entry.role.split(), [k for k, a in index.actors.items()
                                                   if a.kind in ("Country", "Organisation") and a.label in item.entry.role])


def _office_run_into(name: Span, label: str, before: list[str]) -> list[str]:
    """The words of an office the model ran into a person's name ("Spokesperson Mumtaz Zahra Baloch" tagged whole,
    the person labelled without it): those before the label in the mention, unless an office other than an armed
    service's is written before the mention (in "Defence Minister Gen Nakatani" Gen is a given name, in "Army chief
    Gen Asim Munir" a rank)."""
    start = name.text.find(label)
    if start <= 0 or any(fold(word).strip(".,") in TITLE_WORDS for word in before) and not after_armed_office(name):
        return []
    return name.text[:start].split()


def _terms_by_office(gazetteer: Gazetteer) -> dict[str, list[GazetteerRole]]:
    """Every holder's term of each office the gazetteer knows by ID."""
    terms: dict[str, list[GazetteerRole]] = {}
    for entry in gazetteer.entries:
        for role in entry.roles:
            if role.office and role.start:
                terms.setdefault(role.office, []).append(role)
    return terms


def _office_current(entry: Entry, published: date | None, terms: dict[str, list[GazetteerRole]]) -> bool:
    """Whether the gazetteer's office of a person may describe him on the article's day: not before his term
    began, nor once a successor's began ("the Iranian president" of 2022 is not Rouhani). A term's end is no
    proof: the seed's rows end with 2021 where later days are unknown. An undated article, or a person without
    periods, keeps the office."""
    if published is None or not entry.roles:
        return True
    return any(not role.begins_after(published) and not _succeeded(role, published, terms) for role in entry.roles)


def _succeeded(role: GazetteerRole, day: date, terms: dict[str, list[GazetteerRole]]) -> bool:
    """Whether another holder's term of the same office began after this one's and by ``day``."""
    if not (role.office and role.start):
        return False
    begun = period(role.start)[0]
    return any(period(other.start)[0] > begun and not other.begins_after(day) for other in terms.get(role.office, ()))


def _token_offsets(found: list[Found], token) -> tuple[int, int]:
    """Article offsets of a token, through the sentence of any name found in the same Doc."""
    sentence = next(f.sentence for f in found if f.span.doc is token.doc)
    return sentence.offsets(token)


def read_roles(found: list[Found], index: ActorIndex, gazetteer: Gazetteer, published: date | None) -> None:
    """Offices written before a person's name: "Indian External Affairs Minister S Jaishankar", with the office's
    ID where the gazetteer vouches for it on ``published``."""
    for item in found:
        if item.kind != "Person":
            continue
        doc = item.span.doc
        words, country = [], None
        position = item.span.start - 1
        while position >= item.span.sent.start:
            token = doc[position]
            if token.ent_type_ in ("GPE", "NORP") and token.ent_iob_ in ("B", "I"):
                ent = next(e for e in doc.ents if e.start <= position < e.end)
                country = index.at(*item.sentence.offsets(ent))
                break
            if token.is_space or token.text in "()" or (token.lower_.strip(".") in TITLE_WORDS - DETERMINERS) \
                    or token.lower_ in {"of", "and"}:
                words.insert(0, token.text)
                position -= 1
                continue
            break
        title = _role_title(words)
        if not title or not is_role_phrase(title.split()):
            continue
        key = index.spans.get((item.start, item.end))
        if key is None:  # a lone unknown "person" dropped as no actor
            continue
        actor = index.actors[key]
        if country and index.actors[country].kind != "Country":
            country = None
        office = _office(title, country, index, gazetteer)
        held = _held_role(actor, title, gazetteer, published)
        if held:  # "President Japarov": the office and country of the role the gazetteer vouches for
            office = office or held.office or None
            country = country or _key_of(index, held.country)
        elif held is False:
            office = None  # a title the gazetteer does not vouch for on that day keeps no checked office
        if not _has_role(actor, title, country):
            actor.roles.append(Role(title, country, office))


def _has_role(actor: Actor, title: str, country: str | None) -> bool:
    """The same office told again, in another case ("defence minister", a caption's "Defence Minister"): one role,
    whose label the first telling gives (a role is one node with one label)."""
    return any(r.title.lower() == title.lower() and r.country == country for r in actor.roles)


def _key_of(index: ActorIndex, qid: str) -> str | None:
    """The article's actor with this QID, if it names it."""
    return next((key for key, actor in index.actors.items() if qid and actor.qid == qid), None)


def _held_role(actor: Actor, title: str, gazetteer: Gazetteer,
               published: date | None) -> GazetteerRole | bool | None:
    """The gazetteer's role of a linked person that the title fits and that it vouches for on the article's
    day; False when it lists the person's roles and vouches for none that fits ("President Ghani" in 2022);
    None when it cannot say (an unlinked person, one without roles, an undated article)."""
    entry = gazetteer.by_qid.get(actor.qid) if actor.qid else None
    if entry is None or not entry.roles or published is None:
        return None
    return next((role for role in entry.roles if fits(title, role.label) and role.held_on(published)), False)


def _role_title(words: list[str]) -> str:
    """The office's words without honorifics, acronyms or dangling connectors.

    >>> _role_title(["and", "External", "Affairs", "Minister", "(", "EAM", ")", "Dr."])
    'External Affairs Minister'
    """
    kept = [w for w in words if w.strip() and w not in "()" and not w.isupper()
            and w.lower().strip(".") not in HONORIFICS]
    while kept and kept[0].lower() in {"and", "of"}:
        kept.pop(0)
    while kept and kept[-1].lower() in {"and", "of"}:
        kept.pop()
    return " ".join(kept)


def _office(title: str, country: str | None, index: ActorIndex, gazetteer: Gazetteer) -> str | None:
    """The office's Wikidata ID, where the gazetteer holds one for this title and country."""
    country_label = index.actors[country].label if country else ""
    names = [title, f"{title} of {country_label}"] if country_label else [title]
    for name in names:
        for entry in gazetteer.lookup(name):
            if entry.role == "position" and (not country_label or country_label in entry.label):
                return entry.qid
    return None
