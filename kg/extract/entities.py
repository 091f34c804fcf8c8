"""Actors: find every name, group the mentions of one actor into one node, and read their roles.

Within an article, "S Jaishankar", "EAM Jaishankar", "Dr. S. Jaishankar" and "Jaishankar" are one
actor: they share a Wikidata ID (from the gazetteer's ruler) or a surname with a compatible
first initial. Demonyms ("Russian") are mentions of their country, never actors of their own.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Span

from ..gazetteer import Entry, Gazetteer, name_key
from ..gazetteer import Role as GazetteerRole
from ..link import explain_sole, fits, implied
from ..records import Actor, Link, Mention, Role
from .actor_affiliates import find_affiliates
from .actor_capitals import capital_government
from .actor_combined import find_combined
from .actor_governments import find_governments, named_government
from .actor_local import local_entity
from .actor_press import find_press_services
from .actor_spans import name_span
from .bodies import find_bodies, ministry_named
from .linking import link_shared
from .profiles import Profile, around_name
from .names import (MILITARY_WORDS, ORGANISATION_WORDS, PLACE_WORDS, STREET_WORDS, TITLE_WORDS, capitals, clean_name, ranked_person, country_named, fold, kind_by_words, is_role_phrase, looks_like_media, name_tokens, person_key,
                    strip_possessive, surnames)
from .sentences import Sentence

PLACE_NOUNS = frozenset({"district", "province", "region", "town", "city", "village", "valley", "area", "oblast",
                         "county", "airport", "airbase", "airfield", "crossing", "river", "range", "mountains",
                         "hotel", "capital", "port", "checkpoint", "pass", "lake", "island", "gorge", "strait",
                         "outpost", "checkpost"})
_LOCATIVE = frozenset({"in", "at", "near", "outside", "around", "inside"})
KIND_OF_LABEL = {"PERSON": "Person", "ORG": "Organisation", "GPE": "Place", "LOC": "Place", "FAC": "Place",
                 "NORP": None}
_ACRONYM_DEFINITION = re.compile(r"((?:[A-Z][\w’'-]*\s+)(?:(?:of|for|and|the|de|in|[A-Z][\w’'-]*)\s+)*[A-Z][\w’'-]*)"
                                 r"\s*\(([A-Z][A-Z0-9]{1,7})\)")
_HONORIFICS = frozenset({"dr", "mr", "mrs", "ms", "prof", "sir", "shri", "smt"})
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their"})
_NOT_A_NAME = re.compile(r"^[^A-Z]|\d|^(?:The|A|An)$")


def _is_name(text: str) -> bool:
    """Capitalised, no digits, and more than a lone title ("EAM", "Minister").

    >>> _is_name("Andrei Rudenko"), _is_name("EAM"), _is_name("201"), _is_name("jihadist")
    (True, False, False, False)
    """
    return not _NOT_A_NAME.search(text) and fold(text) not in TITLE_WORDS


@dataclass
class Found:
    """One name occurrence before grouping."""

    text: str
    clean: str
    label: str
    kind: str
    entry: Entry | None
    start: int
    end: int
    sentence: Sentence
    span: Span
    canonical: str | None = None  # the name to group by: an unlinked country's ("UK" -> "United Kingdom"),
    # a government body's ("Tajik defence ministry" -> "Ministry of Defence of Tajikistan")
    unit: str = ""  # a numbered military unit's number and kind: "201 base" for "201st military base"
    middle: str = ""  # the middle name that tells "Ahmad Shah Massoud" from "Ahmad Massoud" in one article
    match: Match | None = None  # how it met the gazetteer, where it did
    link: Link | None = None  # the weighing of the candidates of a shared name
    owner: Found | None = None  # the parent organisation a branch is named through ("the Islamic State's affiliate")


@dataclass
class ActorIndex:
    """The article's actors plus where each was mentioned, in reading order."""

    actors: dict[str, Actor] = field(default_factory=dict)
    spans: dict[tuple[int, int], str] = field(default_factory=dict)  # article offsets -> actor key
    profiles: dict[str, Profile] = field(default_factory=dict)  # person key -> office words, affiliations

    def at(self, start: int, end: int) -> str | None:
        """The actor mentioned at exactly or within the article offsets (start, end)."""
        if (start, end) in self.spans:
            return self.spans[(start, end)]
        for (s, e), key in self.spans.items():
            if s >= start and e <= end:
                return key
        return None

    def covering(self, start: int, end: int) -> str | None:
        """The actor whose mention contains the article offsets (start, end)."""
        return next((key for (s, e), key in self.spans.items() if s <= start and end <= e), None)

    def in_range(self, start: int, end: int) -> list[tuple[int, str]]:
        """(offset, actor key) of every mention inside the article offsets, in order."""
        return sorted((s, key) for (s, e), key in self.spans.items() if s >= start and e <= end)

    def before(self, offset: int, kinds: tuple[str, ...] = ("Person",), window: int = 3000) -> list[str]:
        """Actor keys of the given kinds mentioned before ``offset``, most recent first, without repeats."""
        keys: list[str] = []
        for (s, _), key in sorted(self.spans.items(), reverse=True):
            if s < offset and offset - s <= window and self.actors[key].kind in kinds and key not in keys:
                keys.append(key)
        return keys


@dataclass(frozen=True)
class Match:
    """How a name occurrence met the gazetteer: the entry, the name it matched and by what (label, alias,
    country name, initials, given name), or the candidates of a name several entries share."""

    entry: Entry | None = None
    name: str = ""
    method: str = ""
    shared: tuple[Entry, ...] = ()


def _resolve_entry(ent: Span, gazetteer: Gazetteer) -> Match:
    """The gazetteer entry of a name: none yet for a name several entries share ("Japarov": :mod:`.linking`
    weighs them), else by the ruler's ID, else by an unambiguous exact name, else (for a country's other name
    or demonym: "American", "Britain") by the country's name."""
    names = [clean_name(ent.text, person=ent.label_ == "PERSON"), clean_name(ent.text, person=False)]
    for name in names:
        shared = gazetteer.candidates(name)
        if len(shared) > 1:
            return Match(None, name, "shared name", tuple(shared))
    if ent.ent_id_ and all(token.ent_id_ == ent.ent_id_ for token in ent):  # not "Radio" + "Pakistan"
        entry = gazetteer.by_qid.get(ent.ent_id_)
        return Match(entry, names[0], _method(entry, names)) if entry else Match()
    # "Mawlawi Hibatullah" is an alias, title and all
    candidates, method = gazetteer.lookup(names[0]) or gazetteer.lookup(names[1]), ""
    if not candidates and country_named(ent.text):
        candidates = [e for e in gazetteer.lookup(country_named(ent.text)) if e.kind == "Country"]
        method = "country name"
    if not candidates and ent.label_ == "PERSON" and _middle_initials(ent.text) != ent.text:
        candidates, method = gazetteer.lookup(clean_name(_middle_initials(ent.text))), "without initials"
    if not candidates and ent.label_ == "PERSON" and len(ent) == 1 and _titled(ent) and not _honorific_before(ent):
        candidates = [e for e in gazetteer.entries if e.kind == "Person" and fold(e.label.split()[0]) == fold(ent.text)]
        method = "given name after a title"
    if len({c.qid for c in candidates}) != 1:
        return Match()
    return Match(candidates[0], names[0], method or _method(candidates[0], names))


def _capitals(gazetteer: Gazetteer) -> dict[str, str]:
    """Folded capital's name -> its country's name, from the data file and the gazetteer's metonyms."""
    found = capitals()
    found.update({fold(metonym): entry.label for entry in gazetteer.entries if entry.kind == "Country"
                  for metonym in entry.metonyms})
    return found


def _country_match(country: str, ent: Span, gazetteer: Gazetteer) -> Match:
    """The gazetteer's country a capital stands for, where it holds that country once."""
    entries = [e for e in gazetteer.lookup(country) if e.kind == "Country"]
    return Match(entries[0], ent.text, "metonym") if len(entries) == 1 else Match()


def _method(entry: Entry, names: list[str]) -> str:
    """"label" when the name is the entry's label, else "alias" (an alias, a demonym, another form)."""
    return "label" if any(name_key(name) == name_key(entry.label) for name in names) else "alias"


def _middle_initials(name: str) -> str:
    """A name without the initials between its first and last words, the form gazetteers list.

    >>> _middle_initials("Antony J. Blinken"), _middle_initials("S. Jaishankar"), _middle_initials("Joe Biden")
    ('Antony Blinken', 'S. Jaishankar', 'Joe Biden')
    """
    words = name.split()
    kept = [w for i, w in enumerate(words) if i in (0, len(words) - 1) or not re.fullmatch(r"[A-Z]\.?", w)]
    return " ".join(kept)


def _titled(ent: Span) -> bool:
    """"PM Imran": a lone given name right after a title is the one known person of that given name."""
    return ent.start > 0 and ent.doc[ent.start - 1].lower_.strip(".") in TITLE_WORDS - _DETERMINERS


def _honorific_before(ent: Span) -> bool:
    """"Mr Khan", "Dr Abdullah": an honorific comes before a surname, never before a given name alone."""
    return ent.start > 0 and ent.doc[ent.start - 1].lower_.strip(".") in _HONORIFICS


# Credit lines and author notes name the writers of the article, who are no actors in it.
_CREDIT_LINE = re.compile(r"\bcontributed (?:to this (?:report|story|article)|reporting)\b", re.IGNORECASE)
_AUTHOR_NOTE = re.compile(r"\b(?:views|opinions) expressed (?:here |in this \w+ )?are (?:his|her|their|the author's)"
                          r"(?: own)?\b", re.IGNORECASE)


# "X is a journalist covering Iran.", "X is a senior fellow at Y": who the author is, closing the article.
_AUTHOR_BIO = re.compile(r"^(?:[A-Z][\w.'’-]+ ){1,3}is an? (?:[\w-]+ ){0,3}(?:journalist|writer|reporter|"
                         r"correspondent|analyst|fellow|researcher|editor|columnist|scholar|professor|lecturer|"
                         r"contributor)\b")


def _story_sentences(sentences: list[Sentence]) -> list[Sentence]:
    """The sentences of the story: without credit lines ("AP writer X contributed to this report"), author
    notes ("X is a fellow at Y. The views expressed are her own.") and an author's one-sentence biography
    closing the article."""
    notes = {s.paragraph for s in sentences if _AUTHOR_NOTE.search(s.evidence.sentence)}
    last = [s for s in sentences if sentences and s.paragraph == sentences[-1].paragraph]
    if len(last) == 1 and _AUTHOR_BIO.match(last[0].evidence.sentence):
        notes.add(last[0].paragraph)
    return [s for s in sentences if s.paragraph not in notes and not _CREDIT_LINE.search(s.evidence.sentence)]


def _found_names(sentences: list[Sentence], gazetteer: Gazetteer) -> list[Found]:
    found = []
    capital_of = _capitals(gazetteer)
    for sentence in sentences:
        spans = list(sentence.span.ents) + _untagged_outlets(sentence.span) + _offices_of_holders(sentence.span)
        in_sentence = [item for ent in spans if ent.label_ in KIND_OF_LABEL
                       for item in [_found(name_span(ent), sentence, gazetteer, capital_of)] if item]
        found += _with_units(_with_bodies(_with_affiliates(in_sentence, sentence), sentence, gazetteer), sentence)
        found += _handles(sentence, gazetteer)
    places = {(id(t.doc), t.i) for f in found if f.kind == "Place" for t in f.span}  # a doc per paragraph
    for item in found:
        if item.entry is None and item.kind == "Organisation" and _place_like(item, places):
            item.kind = "Place"
    return found


def _found(ent: Span, sentence: Sentence, gazetteer: Gazetteer, capital_of: dict[str, str]) -> Found | None:
    """One name occurrence, typed; None for what is no actor (offices, diseases, ethnic groups, titles,
    events and documents, lowercase words). A capital standing for its government is its country."""
    if _indefinite(ent) or _dateline(ent) or _vessel(ent) or ent.text in TIME_ZONES:
        return None
    if _capitalised_common_noun(ent, gazetteer):
        return None
    government = capital_government(ent, capital_of)
    match = _country_match(government, ent, gazetteer) if government else _resolve_entry(ent, gazetteer)
    entry = match.entry
    text = ent.text.strip(" '\"“”‘’")
    country = None if entry else government or country_named(text)
    if entry is None and not country and _exercise_name(ent):
        return None
    kind = entry.kind if entry else "Country" if country else KIND_OF_LABEL[ent.label_]
    if entry is None and kind == "Organisation" and ranked_person(text):
        kind = "Person"  # "Rear Admiral Shahram Irani" tagged ORG
    clean = clean_name(text, person=kind == "Person")
    if kind is None or (entry is None and not _is_name(clean)):
        return None
    if entry is None and kind == "Place" and not country and _cited(ent):
        kind = "Organisation"  # "according to Asia-Plus", "news agency Kabar": a source, not a place
    if entry is None and kind == "Person" and (_place_by_context(ent) or fold(clean) in PLACE_WORDS
                                               or fold(clean).split()[-1] in STREET_WORDS):
        kind, clean = "Place", clean_name(text, person=False)  # "near the village of Ovchi Kalacha"
    if entry is None and kind != "Person" and not country:
        kind = "Place" if _place_by_context(ent) else _kind_by_words_or_place(ent, clean, kind)
        if kind is None:
            return None
    start, end = sentence.offsets(ent)
    return Found(ent.text, clean, ent.label_, kind, entry, start, end, sentence, ent, country, match=match)


def _handles(sentence: Sentence, gazetteer: Gazetteer) -> list[Found]:
    """"Conveyed greetings of PM @narendramodi": a social-media handle that spells a known person's name
    without its spaces is a mention of that person (the one known person it spells, else none)."""
    found = []
    for token in sentence.span:
        if not re.fullmatch(r"@\w{4,}", token.text):
            continue
        spelt = [e for e in gazetteer.entries if e.kind == "Person"
                 and fold(e.label).replace(" ", "").replace("-", "") == fold(token.text[1:])]
        if len(spelt) == 1:
            span = token.doc[token.i:token.i + 1]
            start, end = sentence.offsets(span)
            found.append(Found(token.text, spelt[0].label, "PERSON", "Person", spelt[0], start, end, sentence, span,
                               match=Match(spelt[0], token.text, "handle")))
    return found


_VESSELS = frozenset({"destroyer", "frigate", "corvette", "cruiser", "ship", "warship", "vessel", "submarine",
                      "carrier", "tanker", "icebreaker"})
TIME_ZONES = frozenset({"GMT", "UTC", "IST", "PKT", "MSK", "CET", "CEST", "EST", "EDT", "PST", "PDT", "BST"})


def _vessel(ent: Span) -> bool:
    """"represented by the destroyer Urumqi": a ship's name, often a city's, is neither an actor nor a place."""
    return ent.start > 0 and ent.doc[ent.start - 1].lemma_.lower() in _VESSELS


def _cited(ent: Span) -> bool:
    """"according to Asia-Plus", "the news agency Kabar", "told Asia-Plus", "interviewed by Asia-Plus": a name
    given as a source, or as the one a source spoke to, whatever the model tagged (no place is told anything)."""
    root = ent.root
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ in _OUTLET_NOUNS:
        return True
    if root.dep_ in ("dobj", "dative") and root.head.lemma_ == "tell":
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.head.lemma_ in ("interview", "contact", "quote"):
        return True
    return root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according"


def _dateline(ent: Span) -> bool:
    """"DOHA - Envoys from…", "BISHKEK/DUSHANBE, Sept 16 (Reuters) -": the place in capitals that opens a
    wire story says where it was filed; the model often runs it into the next word."""
    first = ent[0]
    return first.i == ent.sent.start and first.text.isupper() and len(first.text) > 2 and \
        any(t.text in ("-", "–", "—", "/") for t in ent.doc[ent.start:min(ent.end + 1, len(ent.doc))])


_UNIT_NOUNS = frozenset({"base", "division", "corps", "brigade", "regiment", "fleet", "army", "battalion"})
_ORDINAL = re.compile(r"^(\d+)(?:st|nd|rd|th)$")


def _with_units(found: list[Found], sentence: Sentence) -> list[Found]:
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
    """The numbered unit whose number is ``token``: an ordinal before a unit noun, adjectives between
    ("201st military base"), or a number before a capitalised one ("14 Corps"; "400 regiments" counts)."""
    ordinal = _ORDINAL.match(token.text)
    if not ordinal and not re.fullmatch(r"\d+", token.text):
        return None
    doc, end = token.doc, token.i + 1
    while end < sentence.span.end - 1 and end - token.i <= 2 and doc[end].pos_ == "ADJ":
        end += 1  # "military", "motorised"
    if end >= sentence.span.end or doc[end].lower_ not in _UNIT_NOUNS or not (ordinal or doc[end].text[:1].isupper()):
        return None
    span = doc[token.i:end + 1]
    start, stop = sentence.offsets(span)
    number = ordinal.group(1) if ordinal else token.text
    return Found(span.text, span.text, "ORG", "Organisation", None, start, stop, sentence, span,
                 unit=f"{number} {doc[end].lower_}")


def _capitalised_common_noun(ent: Span, gazetteer: Gazetteer) -> bool:
    """"Photographs posted online showed ...": a lone word capitalised only because it opens the sentence,
    which the tagger reads as a common noun (NN/NNS) while the recogniser calls it a name. A known name is
    kept ("Taliban" at the start of a sentence is in the gazetteer)."""
    if len(ent) != 1 or ent[0].tag_ not in ("NN", "NNS") or not ent[0].is_title:
        return False
    opening = all(token.is_punct for token in ent.doc[ent.sent.start:ent.start])
    return opening and not gazetteer.lookup(ent.text) and not country_named(ent.text)


_EXERCISE_NOUNS = frozenset({"exercise", "drill", "manoeuvre", "maneuver", "wargame"})
_EXERCISE_MODIFIERS = frozenset({"joint", "military", "naval", "army", "bilateral", "trilateral", "annual"})


def _exercise_name(ent: Span) -> bool:
    """"their bilateral INDRA exercise", "the army exercise INDRA": the name of a military exercise, an
    event rather than an actor, which the model tags as an organisation. A name with an organisation's
    word in it ("the Black Sea Fleet exercise") is the body that holds the exercise, and stays."""
    if ent.label_ == "PERSON" or any(t.lower_ in ORGANISATION_WORDS | MILITARY_WORDS | _UNIT_NOUNS for t in ent):
        return False
    doc = ent.doc
    after = [t for t in doc[ent.end:ent.end + 3]]
    while after and after[0].lower_ in _EXERCISE_MODIFIERS:
        after = after[1:]
    before = doc[ent.start - 1] if ent.start > 0 else None
    return any(t is not None and t.pos_ == "NOUN" and t.lemma_.lower() in _EXERCISE_NOUNS
               for t in (after[0] if after else None, before))


def _indefinite(ent: Span) -> bool:
    """"would not recognise a Taliban government": a name and a common noun under "a"/"an" describe a kind
    of thing, not the actor of that name ("a Reuters report" is no such phrase: there the article belongs
    to "report", outside the name)."""
    root = ent.root
    return root.is_lower and any(child.dep_ == "det" and child.lower_ in ("a", "an") for child in root.children)


def _untagged_outlets(sentence: Span) -> list[Span]:
    """"Dawn has learnt", "Asia-Plus reported", "officials told Kommersant", "news agency UzA": a capitalised
    name the model left untagged that reports, that sources tell (persons told something are tagged as
    persons) or that an outlet noun introduces."""
    return [Span(t.doc, t.i, t.i + 1, label="ORG") for t in sentence
            if t.pos_ == "PROPN" and t.ent_type_ == "" and t.text[:1].isupper() and not list(t.children)
            and (t.dep_ == "nsubj" and t.head.lemma_ in ("learn", "report")
                 or t.dep_ in ("dobj", "dative") and t.head.lemma_ == "tell" and t.i == t.head.i + 1
                 or t.i > sentence.start and t.doc[t.i - 1].lower_ in _OUTLET_NOUNS)]


_OUTLET_NOUNS = frozenset({"agency", "newspaper", "daily", "broadcaster", "channel", "outlet", "website", "portal",
                           "weekly", "tabloid"})


def _offices_of_holders(sentence: Span) -> list[Span]:
    """"According to the Prime Minister's Office": an office-holder's title, "'s" and "Office" or "Secretariat"
    name an organisation the model leaves untagged."""
    found = []
    for token in sentence:
        if token.text not in ("Office", "Secretariat") or token.ent_type_ or token.i - 2 < sentence.start \
                or token.doc[token.i - 1].lower_ not in ("'s", "’s"):
            continue
        start = token.i - 1
        while start - 1 >= sentence.start and token.doc[start - 1].text[:1].isupper() \
                and token.doc[start - 1].lower_ in TITLE_WORDS:
            start -= 1
        if start < token.i - 1:
            found.append(Span(token.doc, start, token.i + 1, label="ORG"))
    return found


def _place_by_context(ent: Span) -> bool:
    """"the Bajaur district", "the Hairatan border crossing", "the Leilek and Batken districts", "the Afghan
    town of Hairatan", "Ghazni, a strategic city", "the Leh-based corps": a name that a place noun heads,
    introduces or describes, or that a base is in."""
    doc = ent.doc
    following = list(doc[ent.end:ent.end + 2])
    if following and _place_noun(following[0]) or \
            len(following) == 2 and following[0].pos_ == "NOUN" and _place_noun(following[1]):
        return True
    if ent.end + 1 < len(doc) and doc[ent.end].text == "-" and doc[ent.end + 1].lower_ == "based":
        return True
    root = ent.root
    head = root.head if root.dep_ == "conj" else root
    if head.dep_ == "compound" and head.head.lemma_.lower() in PLACE_NOUNS:
        return True
    last = max((c.i for c in root.conjuncts if c.i > root.i), default=None)  # "Bajaur and Mohmand districts"
    if last is not None and last + 1 < len(doc) and _place_noun(doc[last + 1]) and doc[last + 1].tag_ == "NNS":
        return True
    if any(c.dep_ == "appos" and c.lemma_.lower() in PLACE_NOUNS for c in root.children) or \
            root.dep_ == "appos" and root.head.is_lower and root.head.lemma_ in PLACE_NOUNS:  # "the outposts X and Y"
        return True
    if root.dep_ == "dobj" and root.head.lemma_ == "cross":
        return True  # "attempt to cross the Panj"
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in PLACE_NOUNS


def _place_noun(token) -> bool:
    return not token.ent_type_ and token.lemma_.lower() in PLACE_NOUNS


def _kind_by_words_or_place(ent: Span, clean: str, kind: str) -> str | None:
    """The kind the name's words give; a name whose words say nothing, written after "in", "at" or "near"
    ("fighting in Baghlan", "met at Charikar"), is a place the model took for an organisation (acronyms
    and outlets excepted: "at SCO", "told CNN")."""
    by_words = kind_by_words(clean, "")
    if by_words != "" or kind != "Organisation" or clean.isupper() or looks_like_media(clean):
        return by_words if by_words != "" else kind
    root = ent.root
    while root.dep_ == "conj" and root.head.i < root.i:  # "at Gogra, Hot Springs and Depsang"
        root = root.head
    return "Place" if root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE else kind


def _with_affiliates(found: list[Found], sentence: Sentence) -> list[Found]:
    """The sentence's names with each branch named through its parent (see :mod:`kg.extract.actor_affiliates`)
    in place of the names inside that phrase, countries excepted; a branch with a name of its own beside it
    is that name's actor."""
    by_span = {(item.span.start, item.span.end): item for item in found if item.kind == "Organisation"}
    for affiliate in find_affiliates(sentence.span, [item.span for item in by_span.values()]):
        inside = range(affiliate.span.start, affiliate.span.end)
        found = [item for item in found if item.kind == "Country" or not set(inside) & {t.i for t in item.span}]
        name = by_span.get((affiliate.name.start, affiliate.name.end)) if affiliate.name else None
        start, end = sentence.offsets(affiliate.span)
        found.append(Found(affiliate.span.text, affiliate.short or clean_name(affiliate.span.text, person=False),
                           "ORG", "Organisation", None, start, end, sentence, affiliate.span,
                           name.clean if name else None,
                           owner=by_span[(affiliate.owner.start, affiliate.owner.end)]))
    return sorted(found, key=lambda item: item.start)


def _with_bodies(found: list[Found], sentence: Sentence, gazetteer: Gazetteer) -> list[Found]:
    """The sentence's names plus its country-named government bodies, which replace the model's partial
    organisation spans inside them ("Foreign Ministry" in "Russian Foreign Ministry")."""
    country_of = {token.i: item.entry.label if item.entry else item.canonical for item in found
                  if item.kind == "Country" for token in item.span}
    person_of = {token.i: item.entry.label if item.entry else item.clean for item in found
                 if item.kind == "Person" for token in item.span}
    bodies = find_bodies(sentence.span, country_of) + find_press_services(sentence.span, country_of, person_of)
    inside = {token.i for body in bodies for token in body.span}
    kept = [item for item in found if item.kind == "Country" or not inside & {t.i for t in item.span}]
    for body in bodies:
        candidates = [e for e in gazetteer.lookup(body.label) if e.kind == "Organisation"]
        entry = candidates[0] if len(candidates) == 1 else None
        start, end = sentence.offsets(body.span)
        kept.append(Found(body.span.text, clean_name(body.span.text, person=False), "ORG", "Organisation", entry,
                          start, end, sentence, body.span, body.label,
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


def _with_governments(found: list[Found], sentences: list[Sentence], gazetteer: Gazetteer,
                      published: date | None) -> list[Found]:
    """The article's names plus its phrases naming a government in force ("the Taliban authorities", "the
    Islamic Emirate", see :mod:`kg.extract.actor_governments`), which replace the names inside them."""
    _governments_by_name(found, gazetteer, published)
    added = []
    for sentence in sentences:
        in_sentence = [item for item in found if item.sentence.index == sentence.index]
        ruler_of = {token.i: item.entry.qid for item in in_sentence if item.entry and item.kind == "Organisation"
                    for token in item.span}
        for described in find_governments(sentence.span, ruler_of, published):
            entry = gazetteer.by_qid.get(described.government.qid)
            tokens = {t.i for t in described.span}
            if entry is None or any((item.entry is entry or described.by_name) and tokens & {t.i for t in item.span}
                                    for item in in_sentence):
                continue  # "Taliban government" as the gazetteer names it; "Ministry of Interior of the Islamic Emirate"
            start, end = sentence.offsets(described.span)
            added.append(Found(described.span.text, described.span.text, "ORG", "Organisation", entry, start, end,
                               sentence, described.span, match=Match(entry, described.span.text, "context")))
            found = [item for item in found if item.sentence.index != sentence.index or item.kind == "Country"
                     or not tokens & {t.i for t in item.span}]
    return sorted(found + added, key=lambda item: item.start)


def _reports(span: Span) -> bool:
    """Whether a name is used as a news source: "Reuters reported", "ET has learnt", "reported by X"."""
    root = span.root
    if root.dep_ == "nsubj" and root.head.lemma_ in ("report", "learn"):
        return True
    return root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.head.lemma_ in ("report", "quote")


def _place_like(item: "Found", places: set[tuple[int, int]]) -> bool:
    """An unknown organisation listed with places ("two bases – Dushanbe and nearby Bashkor") is a place.
    ``places`` holds (document, token index) pairs: each paragraph is a document of its own, so a token index
    alone would meet a place of another paragraph."""
    root = item.span.root
    linked = [root.head] if root.dep_ == "conj" else []
    linked += [c for c in root.children if c.dep_ == "conj"]
    return any((id(t.doc), t.i) in places for t in linked)


def _acronyms(text: str) -> dict[str, str]:
    """Acronyms the article defines, each with the words it abbreviates (the shortest run of capitalised
    words before the parenthesis whose initials spell it).

    >>> _acronyms("Ahmad Massoud leads the National Resistance Front (NRF). Tehrik-i-Taliban Pakistan (TTP)")
    {'NRF': 'National Resistance Front', 'TTP': 'Tehrik-i-Taliban Pakistan'}
    >>> _acronyms("Kabul Airport (KBL)")
    {}
    """
    found = {}
    for name, acronym in _ACRONYM_DEFINITION.findall(text):
        words = name.split()
        for start in range(len(words)):
            if words[start][:1].isupper() and _initials(words[start:]) == acronym:
                found[acronym] = clean_name(" ".join(words[start:]), person=False)
                break
    return found


def _implied_acronyms(found: list[Found]) -> dict[str, str]:
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


def _initials(words: list[str]) -> str:
    """First letters of the capitalised words and hyphenated parts, all the letters of an acronym among them:
    "Tehrik-i-Taliban Pakistan" -> "TTP", "UN Assistance Mission in Afghanistan" -> "UNAMA"."""
    parts = [part for word in words for part in word.split("-")]
    return "".join(part if part.isupper() and part.isalpha() else part[0] for part in parts if part[:1].isupper())


def _group_key(found: Found, acronyms: dict[str, str], persons: dict[str, str]) -> str:
    """Mentions with one key are one actor. Other than persons, a name is one actor whatever label the
    model gave each mention ("Kabul" tagged GPE here and ORG there), and an acronym the text defines
    is the name it abbreviates."""
    if found.entry:
        return found.entry.qid
    if found.unit:
        return f"unit:{found.unit}"
    if found.canonical:
        return f"name:{_undotted(fold(found.canonical))}"
    if found.kind == "Person" and found.middle:
        return _person_key_of(found)
    if found.kind == "Person":
        initial, surname = person_key(found.clean)
        return persons.get(surname, f"person:{initial}:{surname}")
    name = acronyms.get(found.clean, found.clean)
    return f"name:{_undotted(fold(name))}"


def _undotted(name: str) -> str:
    """"C.I.A." and "CIA" are one name: the dots of initials go.

    >>> _undotted("c.i.a."), _undotted("u.s. central command"), _undotted("dr. smith")
    ('cia', 'us central command', 'dr. smith')
    """
    return re.sub(r"\b(?:\w\.){2,}", lambda initials: initials.group().replace(".", ""), name)


def _person_surnames(found: list[Found]) -> dict[str, str]:
    """surname -> group key, for surnames that belong to exactly one full name (linked or not) in the article.

    A family name written first ("Wang Yi") counts as a surname too, so that a later "Wang" is found.
    """
    owners: dict[str, set[str]] = {}
    for item in found:
        if item.kind != "Person":
            continue
        if item.middle:
            continue  # "Massoud" alone is the "Ahmad Massoud" of the article, not "Ahmad Shah Massoud"
        initial, surname = person_key(item.clean)
        key = item.entry.qid if item.entry else f"person:{initial}:{surname}"
        if initial or item.entry:
            names = item.entry.names if item.entry else (item.clean,)  # "Komilov" from "Abdulaziz Komilov"
            for name in {surname for full in names for surname in surnames(full)}:
                owners.setdefault(name, set()).add(key)
    return {surname: next(iter(keys)) for surname, keys in owners.items() if len(keys) == 1}


def _ministries_of_their_country(found: list[Found]) -> None:
    """"the Foreign Ministry said" after "the Uzbek Foreign Ministry": a ministry named without its country is
    the ministry of that function the article names with its country, when there is one only."""
    for item in found:
        if item.entry is None and not item.canonical and item.kind == "Organisation":
            item.canonical = _ministry_of_country(item.clean)  # "Defence Ministry of Uzbekistan"
    named = [item.canonical for item in found if item.canonical and " of " in item.canonical]
    for item in found:
        ministry = None if item.entry or item.canonical or item.kind != "Organisation" else ministry_named(item.clean)
        bodies = {name for name in named if ministry and name.startswith(ministry + " of ")}
        if len(bodies) == 1:
            item.canonical = bodies.pop()


def _ministry_of_country(name: str) -> str | None:
    """The canonical name of a ministry named with "of" and its country.

    >>> _ministry_of_country("Defence Ministry of Uzbekistan"), _ministry_of_country("Ministry of Defence")
    ('Ministry of Defence of Uzbekistan', None)
    """
    function, _, country = name.rpartition(" of ")
    ministry = ministry_named(function) if function else None
    return f"{ministry} of {country_named(country)}" if ministry and country_named(country) else None


def _office_modifier_only(group: list[Found]) -> bool:
    """"Foreign Ministry spokesman X" in an article that never says whose: a ministry named only to give a
    person's office, and by no country, is no actor of its own."""
    return all(f.entry is None and not f.canonical and ministry_named(f.clean) and f.span.end < len(f.span.doc)
               and f.span.doc[f.span.end].lower_ in _SPOKESPERSONS for f in group)


_SPOKESPERSONS = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "officials"})


def _names_without_their_country(found: list[Found]) -> None:
    """"Central Command said" after "U.S. Central Command", "the KNB" after "the Kazakh KNB": an organisation
    named without the country that opens its full name elsewhere in the article is that organisation."""
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
        if item.entry is None and item.kind == "Organisation" and not item.canonical and len(names) == 1:
            item.canonical = next(iter(names))


def _is_acronym(words: list[str]) -> bool:
    """One word of capitals ("GKNB" in "the Kyrgyz GKNB"): a body's acronym the text also uses alone."""
    return len(words) == 1 and len(words[0]) > 1 and words[0].isalpha() and words[0].isupper()


def _person_key_of(found: Found) -> str:
    initial, surname = person_key(found.clean)
    return f"person:{initial}:{found.middle}:{surname}"


# Middle words that do not tell two persons apart: patronymics and the particles of Arabic names.
_SAME_PERSON_MIDDLE = re.compile(r"^(?:.*(?:vich|vna|ovic|ievic)|bin|ibn|bint|al|el|ul|ud|[a-z])$")


def _mark_middle_names(found: list[Found]) -> None:
    """"Ahmad Massoud, the son of Ahmad Shah Massoud": a full name with a middle word is its own person when
    the article has already named someone by its first and last words alone. The press introduces a person
    by the fuller name and shortens it later ("Atta Mohammad Noor", then "Atta Noor"), never the reverse;
    initials, patronymics and Arabic particles never tell persons apart ("Antony J. Blinken")."""
    unlinked = [item for item in found if item.kind == "Person" and item.entry is None]
    first_seen: dict[tuple[str, ...], int] = {}
    for item in unlinked:
        first_seen.setdefault(tuple(name_tokens(item.clean)), item.start)
    for item in unlinked:
        words = name_tokens(item.clean)
        shorter = first_seen.get((words[0], words[-1])) if len(words) == 3 else None
        if shorter is not None and shorter < first_seen[tuple(words)] and not _SAME_PERSON_MIDDLE.match(words[1]):
            item.middle = words[1]


def _link_spelling_variants(found: list[Found]) -> None:
    """"Gurbanguly Berdimuhamedov" unknown, "Berdimuhamedov" linked (to "Gurbanguly Berdimuhamedow"): an unlinked
    full name is the linked person of the article whose name has its surname and first initial, when only
    one such person is linked (a transliteration the gazetteer lacks)."""
    linked: dict[tuple[str, str], set[str]] = {}
    entries = {item.entry.qid: item.entry for item in found if item.entry and item.entry.kind == "Person"}
    for entry in entries.values():
        initial = person_key(entry.label)[0]
        for name in entry.names:
            for surname in surnames(name):
                linked.setdefault((initial, surname), set()).add(entry.qid)
    for item in found:
        if item.entry is None and item.kind == "Person":
            qids = linked.get(person_key(item.clean), set())
            if person_key(item.clean)[0] and len(qids) == 1:
                item.entry = entries[next(iter(qids))]
                item.match = Match(item.entry, item.clean, "spelling variant")


def _local_names(found: list[Found], gazetteer: Gazetteer) -> None:
    """"The Congress questioned the move" in news of India: a generic name is the body it names in the country
    the article names (see :mod:`kg.extract.actor_local`)."""
    countries = {item.entry.qid for item in found if item.entry and item.kind == "Country"}
    for item in found:
        qid = local_entity(item.clean, countries) if item.entry is None and item.kind == "Organisation" else None
        entry = gazetteer.by_qid.get(qid) if qid else None
        if entry:
            item.entry, item.match = entry, Match(entry, item.clean, "context")


def _surnames_of_others(found: list[Found]) -> None:
    """"Kavita Jaishankar … Jaishankar said": a lone surname the gazetteer gives a known person (S. Jaishankar) is
    the person the article names in full with it when that is someone else, by another given name (a relative, a
    namesake), and the known person is never named in full. A surname the evidence decided between its bearers
    ("Cabinet chairman Japarov") keeps its decision."""
    full: dict[str, set[tuple[str, str | None]]] = {}
    for item in found:
        if item.kind == "Person" and len(name_tokens(item.clean)) > 1:
            initial, surname = person_key(item.clean)
            full.setdefault(surname, set()).add((initial, item.entry.qid if item.entry else None))
    for item in found:
        words = name_tokens(item.clean)
        if item.entry is None or item.link or item.kind != "Person" or len(words) != 1 or words[0] not in full:
            continue
        others = full[words[0]]
        if all(qid != item.entry.qid for _, qid in others) and \
                person_key(item.entry.label)[0] not in {initial for initial, _ in others}:
            item.entry, item.match, item.link = None, None, None


def _after_article(span: Span) -> bool:
    return span[0].lower_ == "the" or span.start > 0 and span.doc[span.start - 1].lower_ == "the"


def _surname_mentions(sentences: list[Sentence], found: list[Found], persons: dict[str, str]) -> list[Found]:
    """"West took to Twitter", "Kabulov added": a surname alone that the model left untagged, of a person the
    article names in full (not "the West", not "West Bank")."""
    taken = {(f.sentence.index, t.i) for f in found for t in f.span}
    extra = []
    for sentence in sentences:
        for token in sentence.span:
            if (sentence.index, token.i) in taken or token.ent_type_ or token.pos_ != "PROPN" \
                    or not token.text[:1].isupper() or (name_tokens(token.text) or [""])[-1] not in persons:
                continue
            before = token.doc[token.i - 1] if token.i > sentence.span.start else None
            after = token.doc[token.i + 1] if token.i + 1 < sentence.span.end else None
            if (before is not None and before.lower_ == "the") or (after is not None and after.pos_ == "PROPN"):
                continue
            span = token.doc[token.i:token.i + 1]
            start, end = sentence.offsets(span)
            extra.append(Found(token.text, token.text, "PERSON", "Person", None, start, end, sentence, span))
    return extra


def _persons_mislabelled(found: list[Found], persons: dict[str, str]) -> None:
    """A person's surname, or initial and surname, that the model tagged as an organisation or a place
    ("K Ramesh said" as ORG, a lone "Wang" as ORG) is that person, when the article names them in full; a
    surname two persons of the article bear ("Wang Yi", "Wang Wenbin") is a person too, if not which one."""
    full_names = {tuple(name_tokens(item.clean)) for item in found if item.kind == "Person"}
    borne = {surname for item in found if item.kind == "Person" and len(name_tokens(item.clean)) > 1
             for surname in surnames(item.clean)}
    for item in found:
        if item.entry or item.kind == "Person" or _after_article(item.span):
            continue  # "the West" is no Mr West
        words = name_tokens(clean_name(item.text))
        if len(words) == 1 and (words[0] in persons or words[0] in borne) or \
                len(words) == 2 and (tuple(words) in full_names or len(words[0]) == 1 and words[1] in persons):
            item.kind = "Person"
            item.clean = clean_name(item.text.strip(" '\"“”‘’"))


def _without_country(name: str) -> str | None:
    """The name of a body without the country the text put before it, the name it also goes by.

    >>> _without_country("Afghan High Council for National Reconciliation"), _without_country("Pakistan Army")
    ('High Council for National Reconciliation', None)
    """
    words = name.split()
    first = strip_possessive(words[0]) if words else ""
    return " ".join(words[1:]) if len(words) > 2 and country_named(first) else None


def _lone_unknown_person(group: list[Found]) -> bool:
    """A one-word "person" never named in full, unknown to the gazetteer and never titled ("Prince Faisal")
    is more often a product, a format or a tagging error ("Sputnik", "Troika") than a person; unless it is the
    name of known persons, left unlinked between them ("Japarov"): that decision is kept with its reasons."""
    return _entry(group) is None and not any(f.link for f in group) and \
        all(f.kind == "Person" and len(f.clean.split()) == 1 and not _titled(f.span) for f in group)


def _entry(group: list[Found]) -> Entry | None:
    """The gazetteer entry of a group, whichever mention carried it ("Mr Khan" before "Imran Khan")."""
    return next((f.entry for f in group if f.entry), None)


def _label(group: list[Found]) -> str:
    entry = _entry(group)
    if entry:
        return entry.label
    if group[0].canonical:
        return group[0].canonical
    return max((f.clean for f in group), key=lambda name: (len(name.split()), len(name)))


def _kind(group: list[Found]) -> str:
    if _entry(group):
        return _entry(group).kind
    return Counter(f.kind for f in group).most_common(1)[0][0]


def find_actors(sentences: list[Sentence], text: str, gazetteer: Gazetteer,
                published: date | None = None) -> ActorIndex:
    """Group every name mention of the article into actors; ``published`` is the day roles are checked on."""
    sentences = _story_sentences(sentences)
    found = _with_governments(_found_names(sentences, gazetteer), sentences, gazetteer, published)
    link_shared(found, gazetteer, published)
    _local_names(found, gazetteer)
    _surnames_of_others(found)
    _link_spelling_variants(found)
    _mark_middle_names(found)
    _ministries_of_their_country(found)
    _names_without_their_country(found)
    acronyms = _acronyms(text) | _implied_acronyms(found)
    persons = _person_surnames(found)
    _persons_mislabelled(found, persons)
    found = sorted(found + _surname_mentions(sentences, found, persons), key=lambda item: item.start)
    groups: dict[str, list[Found]] = {}
    for item in found:
        groups.setdefault(_group_key(item, acronyms, persons), []).append(item)
    index = ActorIndex()
    groups = {key: group for key, group in groups.items()
              if not _lone_unknown_person(group) and not _office_modifier_only(group)}
    for number, (key, group) in enumerate(groups.items()):
        entry = _entry(group)
        label = _label(group)
        actor = Actor(key=f"a{number}", label=label, kind=_kind(group), qid=entry.qid if entry else None)
        actor.aliases = {strip_possessive(f.clean) for f in group} - {label}
        if actor.kind == "Organisation" and entry is None:
            actor.aliases |= {bare for f in group if (bare := _without_country(f.clean))} - {label}
        if entry is None and any(_reports(f.span) for f in group):
            actor.kind = "Organisation"
            actor.is_media = True
        actor.is_media = actor.is_media or (actor.kind == "Organisation" and any(looks_like_media(f.text) for f in group))
        for item in group:
            actor.mentions.append(Mention(item.text, item.start, item.end, item.sentence.evidence))
            index.spans[(item.start, item.end)] = actor.key
        actor.link = _link_of(group, actor)
        index.actors[actor.key] = actor
    _countries_of_bodies(found, index, gazetteer)
    _owners_of_branches(found, index)
    _read_roles(found, index, gazetteer, published)
    _read_profiles(found, index)
    return index


def _countries_of_bodies(found: list[Found], index: ActorIndex, gazetteer: Gazetteer) -> None:
    """"Secretary of the Security Council of Kyrgyzstan", "Kyrgyzstan's Foreign Ministry": a country named only
    inside the name of one of its bodies is an actor of the article too, implied by that name (the mention is
    the body's). An outlet's name says where it publishes, not who acts ("Times of India")."""
    named = {fold(actor.label) for actor in index.actors.values() if actor.kind == "Country"}
    for item in found:
        key = index.spans.get((item.start, item.end))
        if key is None or index.actors[key].kind != "Organisation" or index.actors[key].is_media:
            continue
        for country in _countries_in(item.canonical or item.clean):
            if fold(country) in named:
                continue
            named.add(fold(country))
            entry = next((e for e in gazetteer.lookup(country) if e.kind == "Country"), None)
            why = f"the name {item.clean!r} names it"
            new = f"a{len(index.actors)}"
            index.actors[new] = Actor(new, entry.label, "Country", entry.qid, link=implied(entry, why)) if entry \
                else Actor(new, country, "Country")


def _owners_of_branches(found: list[Found], index: ActorIndex) -> None:
    """"The Islamic State's Afghan affiliate": the parent named only through its branch is an actor of the
    article too, implied by the branch's name (the mention is the branch's)."""
    for item in found:
        owner = item.owner
        if owner is None or any(owner.entry and actor.qid == owner.entry.qid or fold(actor.label) == fold(owner.clean)
                                for actor in index.actors.values()):
            continue
        key = f"a{len(index.actors)}"
        why = f"the branch {item.clean!r} is named through it"
        index.actors[key] = Actor(key, owner.entry.label, owner.entry.kind, owner.entry.qid,
                                  link=implied(owner.entry, why)) if owner.entry else Actor(key, owner.clean, owner.kind)


def _countries_in(name: str) -> list[str]:
    """The countries a body's name names by their own names or demonyms, not as its first word alone.

    >>> _countries_in("Security Council of Kyrgyzstan"), _countries_in("Kyrgyzstan's State Committee for National Security")
    (['Kyrgyzstan'], ['Kyrgyzstan'])
    >>> _countries_in("Ministry of Foreign Affairs"), _countries_in("Pakistan")
    ([], [])
    """
    words = [strip_possessive(w) for w in name.split()]
    if len(words) < 2:
        return []
    found = [country_named(" ".join(words[i:i + size])) for size in (3, 2, 1) for i in range(len(words) - size + 1)]
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


def _read_profiles(found: list[Found], index: ActorIndex) -> None:
    """Office words and affiliations of every person, from the text around their names and the gazetteer."""
    def key_at(token) -> str | None:
        key = index.covering(*_token_offsets(found, token))
        return key if key and index.actors[key].kind in ("Country", "Organisation") else None

    for item in found:
        key = index.spans.get((item.start, item.end))
        if key is None or index.actors[key].kind != "Person":
            continue
        profile = index.profiles.setdefault(key, Profile())
        profile.add(*around_name(item.span, key_at))
        if item.entry and item.entry.role:
            profile.add(item.entry.role.split(), [k for k, a in index.actors.items()
                                                   if a.kind in ("Country", "Organisation") and a.label in item.entry.role])


def _token_offsets(found: list[Found], token) -> tuple[int, int]:
    """Article offsets of a token, through the sentence of any name found in the same Doc."""
    sentence = next(f.sentence for f in found if f.span.doc is token.doc)
    return sentence.offsets(token)


def _read_roles(found: list[Found], index: ActorIndex, gazetteer: Gazetteer, published: date | None) -> None:
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
            if token.is_space or token.text in "()" or (token.lower_.strip(".") in TITLE_WORDS - _DETERMINERS) \
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
        if not any(r.title == title and r.country == country for r in actor.roles):
            office = _office(title, country, index, gazetteer)
            held = _held_role(actor, title, gazetteer, published)
            if held:  # "President Japarov": the office and country of the role the gazetteer vouches for
                office = office or held.office or None
                country = country or _key_of(index, held.country)
            elif held is False:
                office = None  # a title the gazetteer does not vouch for on that day keeps no checked office
            actor.roles.append(Role(title, country, office))


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
            and w.lower().strip(".") not in _HONORIFICS]
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
