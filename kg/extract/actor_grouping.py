"""Which name occurrences are one actor: the group key (a gazetteer ID, a canonical body name, an acronym's
expansion, a person's initial and surname), the names a body goes by without its country, and the label and kind
of a group."""
from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Span

from ..gazetteer import Entry, Gazetteer
from .actor_governments import formed_government
from .actor_kinds import described_as_person
from .actor_occurrences import titled
from .actor_persons import person_key_of, speaks_of_self_as_person
from .actor_records import Found, Match
from .bodies import SERVICES, body_named, ministry_named
from .names import capitals, clean_name, country_named, fold, person_key, strip_possessive


_ACRONYM_DEFINITION = re.compile(r"((?:[A-Z][\w’'-]*\s+)(?:(?:of|for|and|the|de|in|[A-Z][\w’'-]*)\s+)*[A-Z][\w’'-]*)"
                                 r"\s*\(([A-Z][A-Z0-9]{1,7}|[A-Z]{1,4}-[A-Z0-9]{1,3})\)")


def defined_acronyms(text: str) -> dict[str, str]:
    """Acronyms the article defines, each with the words it abbreviates (the shortest run of capitalised
    words before the parenthesis whose initials spell it).

    >>> defined_acronyms("Ahmad Massoud leads the National Resistance Front (NRF). Tehrik-i-Taliban Pakistan (TTP)")
    {'NRF': 'National Resistance Front', 'TTP': 'Tehrik-i-Taliban Pakistan'}
    >>> defined_acronyms("Kabul Airport (KBL)"), defined_acronyms("claimed by Islamic State Sahel (IS-S)")
    ({}, {'IS-S': 'Islamic State Sahel'})
    """
    found = _known_as(text)
    for name, acronym in _ACRONYM_DEFINITION.findall(text):
        words = name.split()
        for start in range(len(words)):
            if words[start][:1].isupper() and _initials(words[start:]) == acronym.replace("-", ""):
                found[acronym] = clean_name(" ".join(words[start:]), person=False)
                break
    return found


# "Islamic State Khorasan Province, known as IS-K or ISKP": short names the text gives a name after it.
_KNOWN_AS = re.compile(r"((?:[A-Z][\w’'-]*\s+)+[A-Z][\w’'-]*),? (?:also |commonly )?known as "
                       r"([A-Z][A-Z0-9-]{1,7})(?:,? or ([A-Z][A-Z0-9-]{1,7}))?\b")


def _known_as(text: str) -> dict[str, str]:
    """Acronyms a name is said to be known as, which spell the initials of its words or of their first ones.

    >>> _known_as("Islamic State Khorasan Province, known as IS-K or ISKP, claimed it.")
    {'IS-K': 'Islamic State Khorasan Province', 'ISKP': 'Islamic State Khorasan Province'}
    >>> _known_as("Tashkent, known as TAS to pilots")
    {}
    """
    found = {}
    for name, *acronyms in _KNOWN_AS.findall(text):
        initials = _initials(name.split())
        for acronym in filter(None, acronyms):
            letters = acronym.replace("-", "")
            if len(letters) > 1 and initials.startswith(letters):
                found[acronym] = clean_name(name, person=False)
    return found


def implied_acronyms(found: list[Found]) -> dict[str, str]:
    """"The Associated Press" and, elsewhere, "(AP)": an unlinked acronym whose letters are the initials of
    exactly one other organisation the article names is that organisation, though the text never defines it.

    Linked names keep their own IDs; a name shared by several organisations stays apart."""
    names = {item.clean.removeprefix("The ").removeprefix("the ") for item in found
             if item.kind == "Organisation" and item.entry is None and len(item.clean.split()) > 1}
    implied = {}
    for item in found:
        if item.entry is None and item.clean.isupper() and item.clean.isalpha() and len(item.clean) > 1:
            spelt = [name for name in names if _initials(name.split()) == item.clean]
            if len(spelt) == 1:
                implied[item.clean] = spelt[0]
    return implied


_BRACKETED = re.compile(r"\s*\(([A-Z][A-Z0-9]{1,5})\)(?!\s+of\b)")


def bracketed_acronyms(found: list[Found]) -> dict[str, str]:
    """"the National Security Committee (KNB) said": an acronym in brackets right after the name of a body the
    model found abbreviates that body, though it spells the name in another language (KNB, GKNB, FSB)."""
    return {acronym: item.clean for item in found if (acronym := acronym_after(item))}


def acronym_after(item: Found) -> str | None:
    """The acronym in brackets after a body's name; not after a place ("ISLAMABAD (AP)"), a person or a one-word
    name ("the Taliban (IEA)"), nor where the name goes on after the brackets ("the State Committee (GKNB) of
    Kyrgyzstan", which the model cut short)."""
    if item.kind != "Organisation" or item.entry is not None or len(item.clean.split()) < 2:
        return None
    after = _BRACKETED.match(item.span.doc.text, item.span.end_char)
    return after.group(1) if after else None


def _initials(words: list[str]) -> str:
    """First letters of the capitalised words and hyphenated parts, all the letters of an acronym among them:
    "Tehrik-i-Taliban Pakistan" -> "TTP", "UN Assistance Mission in Afghanistan" -> "UNAMA"."""
    parts = [part for word in words for part in word.split("-")]
    return "".join(part if part.isupper() and part.isalpha() else part[0] for part in parts if part[:1].isupper())


def group_key(found: Found, acronyms: dict[str, str], persons: dict[str, str]) -> str:
    """Mentions with one key are one actor. Other than persons, a name is one actor whatever label the
    model gave each mention ("Kabul" tagged GPE here and ORG there), and an acronym the text defines
    is the name it abbreviates."""
    if found.entry:
        return found.entry.qid
    if found.unit:
        return f"unit:{found.unit}"
    if found.canonical:
        return f"name:{_undotted(fold(_one_service(found.canonical)))}"
    if found.kind == "Person" and found.middle:
        return person_key_of(found)
    if found.kind == "Person":
        initial, surname = person_key(found.clean)
        return persons.get(surname, f"person:{initial}:{surname}")
    name = acronyms.get(found.clean, found.clean)
    return f"name:{_undotted(fold(_one_service(body_named(name) or name)))}"  # "Pakistan Air Force", "PAF"


def _one_service(name: str) -> str:
    """"Pakistan's army" and "Pakistan's military" in one article are one actor: the press says either for a
    country's land forces acting, and does not tell them apart from its armed forces as a whole; so are "the Tajik
    border service" and "Tajikistan's border troops", one body the press names either way.

    >>> _one_service("Army of Chile"), _one_service("Navy of Chile"), _one_service("Border Troops of Chile")
    ('Armed Forces of Chile', 'Navy of Chile', 'Border Service of Chile')
    """
    for service, one in (("Army of ", "Armed Forces of "), ("Border Troops of ", "Border Service of ")):
        if name.startswith(service):
            return one + name.removeprefix(service)
    return name


def _undotted(name: str) -> str:
    """"C.I.A." and "CIA" are one name: the dots of initials go.

    >>> _undotted("c.i.a."), _undotted("u.s. central command"), _undotted("dr. smith")
    ('cia', 'us central command', 'dr. smith')
    """
    return re.sub(r"\b(?:\w\.){2,}", lambda initials: initials.group().replace(".", ""), name)


def ministries_of_their_country(found: list[Found]) -> None:
    """"the Foreign Ministry said" after "the Uzbek Foreign Ministry": a ministry named without its country is
    the ministry of that function the article has named with its country before, when there is one only (not
    one named later: "The Foreign Office defended the strikes …" in Islamabad, then "China's foreign ministry
    said …"), else the one of the country whose capital is the story's dateline ("TASHKENT: The Foreign Ministry
    summoned …", later "Uzbekistan's Foreign Ministry"); "its Foreign Ministry", the ministry of the country its
    sentence names before it."""
    for item in found:
        if item.entry is None and not item.canonical and item.kind == "Organisation":
            item.canonical = _ministry_of_country(item.clean)  # "Defence Ministry of Uzbekistan"
    named = [(item.start, item.canonical) for item in found if item.canonical and " of " in item.canonical]
    filed_in = _dateline_country(found)
    for item in found:
        ministry = None if item.entry or item.canonical or item.kind != "Organisation" else _state_body(item.clean)
        bodies = {name for start, name in named if ministry and name.startswith(ministry + " of ")
                  and start < item.start}
        owner = _owner_by_its(item, found) if ministry else None
        if owner:
            item.canonical = f"{ministry} of {owner}"
        elif len(bodies) == 1:
            item.canonical = bodies.pop()
        elif ministry and any(name == f"{ministry} of {filed_in}" for _, name in named):
            item.canonical = f"{ministry} of {filed_in}"
        elif ministry and item.text.islower():
            country = _country_spoken_of(item, found)
            item.canonical = f"{ministry} of {country}" if country else None


def _dateline_country(found: list[Found]) -> str | None:
    """The country whose capital, in capitals, opens the story's paragraphs as their dateline ("TASHKENT: …",
    "KABUL, Afghanistan (AP) —"); None if none, or if the datelines are of several countries (a live blog's)."""
    capital_of = capitals()
    paragraphs = {id(item.span.doc): item.span.doc for item in found}  # a Doc a paragraph
    countries = {capital_of[place] for doc in paragraphs.values() for dateline in [_DATELINE.match(doc.text)]
                 if dateline for place in [fold(dateline.group(1))] if place in capital_of}
    return countries.pop() if len(countries) == 1 else None


_DATELINE = re.compile(r"([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)?)\s*[,:(–—-]")


def countries_by_their_style(found: list[Found], gazetteer: Gazetteer) -> None:
    """"the Islamic Republic said": the opening of a country's long name ("Islamic Republic of Iran") stands for
    that country, the one of the article's countries so styled that it names most; not one word ("Republic", an
    outlet, is no "Republic of India")."""
    counts = Counter(item.entry.qid for item in found if item.entry and item.entry.kind == "Country")
    for item in found:
        if item.entry or item.kind not in ("Organisation", "Country") or " of " in item.clean \
                or formed_government(None, item.clean):  # "the Islamic Emirate": a government's own name
            continue
        styled = [gazetteer.by_qid[qid] for qid in counts if _styled(gazetteer.by_qid[qid], item.clean)]
        if styled:
            entry = max(styled, key=lambda e: counts[e.qid])
            item.entry, item.kind, item.match = entry, "Country", Match(entry, item.clean, "country name")


def _styled(entry: Entry, name: str) -> bool:
    """Whether one of the country's names is ``name`` followed by "of" and more.

    >>> _styled(Entry("Q794", "Iran", "Country", ("Islamic Republic of Iran",)), "the Islamic Republic")
    True
    >>> _styled(Entry("Q668", "India", "Country", ("Republic of India",)), "Republic")
    False
    """
    style = fold(name).removeprefix("the ") + " of "
    if len(style.split()) < 3:
        return False
    return any(fold(alias).startswith(style) for alias in entry.aliases)


def _state_body(name: str) -> str | None:
    """The canonical name of a ministry, of the security council every state of the region has, or of an air force
    or a navy, named without its country ("the Foreign Ministry", "the Security Council", "its air force")."""
    return ministry_named(name) or ("Security Council" if fold(name).removeprefix("the ") == "security council"
                                    else None) or SERVICES.get(tuple(fold(name).split()))


def _owner_by_its(item: Found, found: list[Found]) -> str | None:
    """"Tajikistan will send a unit, its Defense Ministry said", "… a meeting of the country's Security Council":
    the country a ministry's "its" or "the country's" stands for, the first its sentence names before it, a subject
    first ("After talks with Russia, Kazakhstan will send …"), else the first the sentence before names ("Iran said
    nine people were killed. Its foreign ministry summoned …")."""
    span = item.span
    if not _its(span.doc, span.start):
        return None
    before = _named_just_before(item, [other for other in found if other.kind == "Country"])
    owner = min(before, key=lambda c: not _subject(c.span), default=None)
    return _country_of(owner) if owner else None


def _its(doc, start: int) -> bool:
    """Whether "its", "the country's" or "the nation's" stands right before ``start``."""
    before = [token.lower_ for token in doc[max(start - 3, 0):start]]
    return before[-1:] == ["its"] or len(before) == 3 and before[0] == "the" and before[1] in ("country", "nation") \
        and before[2] in ("'s", "’s")


def _subject(span: Span) -> bool:
    """Whether a name is a clause's subject or modifies it ("Kazakhstan will send", "Kazakh troops will go")."""
    root = span.root
    return root.dep_ in ("nsubj", "nsubjpass") or root.dep_ in ("amod", "compound", "poss") and \
        root.head.dep_ in ("nsubj", "nsubjpass")


def _country_spoken_of(item: Found, found: list[Found]) -> str | None:
    """"…, the interior ministry said": the country a lowercase ministry without its country belongs to, the
    first its sentence names before it (a capital for its country; not one of what it says: "the foreign ministry
    said Armenia had violated the truce"), else the first the sentence before names, else the one the article names
    most."""
    near = _named_just_before(item, [other for other in found if _country_of(other)])
    if near:
        return _country_of(near[0])
    counts = Counter(c for other in found if other.kind == "Country" and (c := _country_of(other)))
    return counts.most_common(1)[0][0] if counts else None


def _named_just_before(item: Found, names: list[Found]) -> list[Found]:
    """Those of ``names`` its sentence names before ``item``, else those the sentence before names."""
    return [n for n in names if n.sentence is item.sentence and n.start < item.start] or \
        [n for n in names if n.sentence.index == item.sentence.index - 1]


def _country_of(name: Found) -> str | None:
    """The country a name names: a country, or a capital for its country."""
    if name.kind == "Country":
        return name.entry.label if name.entry else name.canonical or name.clean
    return capitals().get(fold(name.clean)) if name.kind == "Place" else None


def _ministry_of_country(name: str) -> str | None:
    """The canonical name of a ministry named with "of" and its country.

    >>> _ministry_of_country("Defence Ministry of Uzbekistan"), _ministry_of_country("Ministry of Defence")
    ('Ministry of Defence of Uzbekistan', None)
    """
    function, _, country = name.rpartition(" of ")
    ministry = ministry_named(function) if function else None
    return f"{ministry} of {country_named(country)}" if ministry and country_named(country) else None


def office_modifier_only(group: list[Found]) -> bool:
    """"Foreign Ministry spokesman X", "led by Security Council Secretary X", "sent its Security Council secretary"
    in an article that never says whose: a ministry or council named only to give a person's office, and by no
    country, is no actor of its own."""
    return all(f.entry is None and not f.canonical and (ministry_named(f.clean) or _council_of_nowhere(f.span))
               and f.span.end < len(f.span.doc) and f.span.doc[f.span.end].lower_ in _OFFICE_HOLDERS for f in group)


_OFFICE_HOLDERS = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "officials", "secretary",
                             "chairman", "chairperson", "chief", "head"})


def _council_of_nowhere(span: Span) -> bool:
    """"Security Council", not "Russian Security Council", "Iran's Supreme National Security Council" nor "Security
    Council of Kyrgyzstan"."""
    words = [strip_possessive(token.text) for token in span]
    before = span.doc[span.start - 1] if span.start > 0 else None
    owned = before is not None and (before.lower_ in ("'s", "’s") or before.ent_type_ in ("GPE", "NORP"))
    return fold(words[-1]) == "council" and not owned and not any(country_named(word) for word in words)


def names_without_their_country(found: list[Found]) -> None:
    """"Central Command said" after "U.S. Central Command", "the KNB" after "the Kazakh KNB": an organisation
    named without the country that opens its full name elsewhere in the article is that organisation; not one the
    text gives an acronym of its own ("the Tajik GKNB" and "the State Committee for National Security (GKNB)", of
    another country, which the outlet need not name)."""
    full: dict[str, set[str]] = {}
    for item in found:
        words = item.clean.split()
        if item.entry is None and item.kind == "Organisation" and not item.canonical:
            for size in (1, 2):
                rest = words[size:]
                if (len(rest) >= 2 or _is_acronym(rest)) and country_named(" ".join(words[:size])):
                    full.setdefault(fold(" ".join(words[size:])), set()).add(item.clean)
    for item in found:
        names = full.get(fold(item.clean), set())
        if item.entry is None and item.kind == "Organisation" and not item.canonical and len(names) == 1 \
                and not acronym_after(item):
            item.canonical = next(iter(names))


def _is_acronym(words: list[str]) -> bool:
    """One word of capitals ("GKNB" in "the Kyrgyz GKNB"): a body's acronym the text also uses alone."""
    return len(words) == 1 and len(words[0]) > 1 and words[0].isalpha() and words[0].isupper()


def without_country(name: str) -> str | None:
    """The name of a body without the country the text put before it, the name it also goes by.

    >>> without_country("Afghan High Council for National Reconciliation"), without_country("Pakistan Army")
    ('High Council for National Reconciliation', None)
    """
    words = name.split()
    first = strip_possessive(words[0]) if words else ""
    return " ".join(words[1:]) if len(words) > 2 and country_named(first) else None


def lone_unknown_person(group: list[Found]) -> bool:
    """A one-word "person" never named in full, unknown to the gazetteer and never titled ("Prince Faisal")
    is more often a product, a format or a tagging error ("Sputnik", "Troika") than a person; unless it is the
    name of known persons, left unlinked between them ("Japarov"): that decision is kept with its reasons; or the
    text describes the person by trade ("Karim, a 52-year-old farmer"), as it does those it names by first name, or
    makes them speak of themselves as a person ("Karim said he would stay")."""
    return group_entry(group) is None and not any(f.link for f in group) and \
        all(f.kind == "Person" and len(f.clean.split()) == 1 and not titled(f.span) for f in group) and \
        not any(described_as_person(f.span) or speaks_of_self_as_person(f) for f in group)


def group_entry(group: list[Found]) -> Entry | None:
    """The gazetteer entry of a group, whichever mention carried it ("Mr Khan" before "Imran Khan")."""
    return next((f.entry for f in group if f.entry), None)


def group_label(group: list[Found]) -> str:
    entry = group_entry(group)
    if entry:
        return entry.label
    if group[0].canonical:
        return group[0].canonical
    return max((f.clean for f in group), key=lambda name: (len(name.split()), len(name)))


def group_kind(group: list[Found]) -> str:
    if group_entry(group):
        return group_entry(group).kind
    return Counter(f.kind for f in group).most_common(1)[0][0]
