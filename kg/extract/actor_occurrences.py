"""Every name occurrence of the article, found and typed: the model's entities, the outlets and offices it leaves
untagged, social-media handles, and the phrases built over names (:mod:`.actor_phrases`); each resolved against
the gazetteer (its ID, a country's other name, a capital standing for its government) or dropped as no actor."""
from __future__ import annotations

import re

from spacy.tokens import Span

from ..gazetteer import Entry, Gazetteer, name_key
from .actor_capitals import capital_government
from .actor_kinds import (capitalised_common_noun, cited, dateline, exercise_name, indefinite, junk,
                          kind_by_words_or_place, left_or_crossed, located, named_and_described_as_person,
                          operation_name, OUTLET_NOUNS, place_by_context, place_like, seat_as_building, taken_ground,
                          TIME_ZONES, vessel, water_named_after, weapon)
from .actor_local import local_entity
from .actor_press import addressed_outlets, broadcast_named
from .actor_phrases import with_affiliates, with_bodies, with_units
from .actor_records import Found, Match
from .actor_spans import name_span
from .linking import SPEECH_VERBS
from .names import (LANDMARK_WORDS, PERSON_PREFIXES, PLACE_WORDS, STREET_WORDS, SURNAME_PARTICLES, TITLE_WORDS,
                    capitals, clean_name, ranked_person, country_named, fold, kind_by_words, looks_like_media)
from .sentences import Sentence


KIND_OF_LABEL = {"PERSON": "Person", "ORG": "Organisation", "GPE": "Place", "LOC": "Place", "FAC": "Place",
                 "NORP": None}


HONORIFICS = frozenset({"dr", "mr", "mrs", "ms", "prof", "sir", "shri", "smt"})
DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their"})
_NOT_A_NAME = re.compile(r"^[^A-Z]|\d|^(?:The|A|An)$")
# "G7", "G20": a group of countries named by their number; only the groups there are ("G3", "G36" are rifles)
_GROUP_OF = re.compile(r"G(?:4|5|7|8|15|20|24|77)")
# Any other "G" and a number is one where the text calls it a group of countries ("the G33 group of developing
# countries", "the G-90 bloc"), not where it names a rifle, a road or a car ("G36 rifles", "the G3 expressway").
_NUMBERED = re.compile(r"G-?\d{1,3}")
_GROUP_NOUNS = frozenset({"group", "grouping", "bloc", "coalition", "alliance", "nation", "country", "state"})


_GATHERINGS = frozenset({"meeting", "talks", "summit", "conference", "dialogue", "session", "forum"})


def _is_name(text: str) -> bool:
    """Capitalised, no digits (but in "G20"), and more than a lone title or rank ("EAM", "Minister", "Brigadier" of
    "Brigadier General X", which the model may cut off).

    >>> _is_name("Andrei Rudenko"), _is_name("EAM"), _is_name("201"), _is_name("jihadist")
    (True, False, False, False)
    """
    return (not _NOT_A_NAME.search(text) or bool(_GROUP_OF.fullmatch(text))) \
        and fold(text) not in TITLE_WORDS | PERSON_PREFIXES


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
    if not candidates and ent.label_ == "PERSON" and len(ent) == 1 and titled(ent) and not _honorific_before(ent):
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


def titled(ent: Span) -> bool:
    """"PM Imran": a lone given name right after a title is the one known person of that given name."""
    return ent.start > 0 and ent.doc[ent.start - 1].lower_.strip(".") in TITLE_WORDS - DETERMINERS


def _honorific_before(ent: Span) -> bool:
    """"Mr Khan", "Dr Abdullah": an honorific comes before a surname, never before a given name alone."""
    return ent.start > 0 and ent.doc[ent.start - 1].lower_.strip(".") in HONORIFICS


def found_names(sentences: list[Sentence], gazetteer: Gazetteer, turns: dict[int, Span] | None = None) -> list[Found]:
    """``turns``: sentence index -> the speaker's name in the label of a transcript's turn
    (:func:`~kg.extract.interviews.turn_speakers`), a person's whatever the model made of it; the offices
    before it in the label name no one of their own ("Official Spokesperson, Shri Ravi Menon:")."""
    found = []
    capital_of = _capitals(gazetteer)
    askers = _askers(sentences)
    for sentence in sentences:
        turn = (turns or {}).get(sentence.index)
        owners = _press_service_owners(sentence.span) + _dateline_outlets(sentence.span) + _turn_speaker(turn) \
            + addressed_outlets(sentence.span) + askers.get(sentence.index, [])
        taken = {t.i for owner in owners for t in owner} | set(range(sentence.span.start, turn.end) if turn else ())
        spans = [ent for ent in sentence.span.ents if not taken & set(range(ent.start, ent.end))] + owners \
            + _untagged_outlets(sentence.span) + _offices_of_holders(sentence.span) \
            + _groups_of_countries(sentence.span)
        in_sentence = [item for ent in spans if ent.label_ in KIND_OF_LABEL
                       for item in [_found(name_span(ent), sentence, gazetteer, capital_of)] if item]
        found += with_units(with_bodies(with_affiliates(in_sentence, sentence), sentence, gazetteer), sentence)
        found += _handles(sentence, gazetteer)
    _places_throughout(found)
    _seats_as_buildings(found)
    found = _without_weapon_models(found, sentences)
    places = {(id(t.doc), t.i) for f in found if f.kind == "Place" for t in f.span}  # a doc per paragraph
    for item in found:
        if item.entry is None and item.kind == "Organisation" and place_like(item, places):
            item.kind = "Place"
    return found


def _places_throughout(found: list[Found]) -> None:
    """"fighting in Chaman", then "reinforcements sent to Chaman": a name whose words say nothing, which the
    article uses as a place once, is that place where the model took it for an organisation too (acronyms
    and outlets aside: "in SCO", "told CNN"); so is the first word of a place's longer name ("Crocus" after
    "the Crocus City Hall")."""
    places = {fold(item.clean) for item in found if item.kind == "Place" and item.entry is None}
    places |= {name.split()[0] for name in places if len(name.split()) > 1}
    for item in found:
        if item.entry is None and item.kind == "Organisation" and fold(item.clean) in places \
                and kind_by_words(item.clean, "") == "" and not item.clean.isupper() \
                and not looks_like_media(item.clean) and not _speaks_or_described(item.span):
            item.kind = "Place"


def _seats_as_buildings(found: list[Found]) -> None:
    """"Modi held talks with Putin at the Kremlin": a seat of power the article names only as where things happen
    is the building, a place; one that also speaks or acts anywhere ("the Kremlin said") stays the body."""
    seats: dict[str, list[Found]] = {}
    for item in found:
        if item.entry is None and item.kind == "Organisation":
            seats.setdefault(fold(item.clean).removeprefix("the "), []).append(item)
    for items in seats.values():
        if all(seat_as_building(item.span, item.clean) for item in items):
            for item in items:
                item.kind = "Place"


def _without_weapon_models(found: list[Found], sentences: list[Sentence]) -> list[Found]:
    """"a BrahMos storage site" after "BrahMos cruise missiles": a name the article once gives a weapon's model
    (:func:`~.actor_kinds.weapon`) is that model wherever it stands, no body the gazetteer does not know."""
    models = {fold(clean_name(ent.text, person=False)) for sentence in sentences for ent in sentence.span.ents
              if ent.label_ in KIND_OF_LABEL and weapon(ent)}
    return [item for item in found if item.entry is not None or item.kind == "Country" or fold(item.clean) not in models]


def _speaks_or_described(span: Span) -> bool:
    """"Crocus, the company that owns the hall, said": an occurrence the sentence describes (an apposition) or
    makes speak is the body, whatever the name's other occurrences are."""
    root = span.root
    return any(c.dep_ == "appos" for c in root.children) \
        or root.dep_ == "nsubj" and root.head.lemma_ in SPEECH_VERBS


def _found(ent: Span, sentence: Sentence, gazetteer: Gazetteer, capital_of: dict[str, str]) -> Found | None:
    """One name occurrence, typed; None for what is no actor (offices, diseases, ethnic groups, titles,
    events and documents, lowercase words). A capital standing for its government is its country."""
    if indefinite(ent) or dateline(ent) or vessel(ent) or ent.text in TIME_ZONES or junk(ent) \
            or water_named_after(ent):
        return None
    if capitalised_common_noun(ent, gazetteer) and not _labels_turn(ent):
        return None
    government = capital_government(ent, capital_of)
    match = _country_match(government, ent, gazetteer) if government else _resolve_entry(ent, gazetteer)
    entry = match.entry
    text = ent.text.strip(" '\"“”‘’")
    country = None if entry else government or country_named(text)
    if entry is None and not country and (exercise_name(ent) or operation_name(ent) or weapon(ent)):
        return None
    kind = entry.kind if entry else "Country" if country else KIND_OF_LABEL[ent.label_]
    if entry is None and kind == "Organisation" and ranked_person(text) or \
            entry is None and not country and kind is not None and named_and_described_as_person(ent):
        kind = "Person"  # "Rear Admiral Shahram Irani" tagged ORG, "X, a senior fellow at Y" tagged ORG
    clean = clean_name(text, person=kind == "Person")
    if kind == "Person" and clean.isupper() and len(clean) > 3:
        clean = " ".join(word.capitalize() for word in clean.split())  # "OM RAO:" labelling a transcript's turn
    named = _is_name(clean) or broadcast_named(ent) or _group_told(ent)  # "Dunyo 24", "the G33 group"
    if kind is None or entry is None and not named:
        return None
    if entry is None and kind == "Person" and fold(clean).split()[-1] in _GATHERINGS:
        return None  # "the 21st round of Corps Commander Level Meeting": a meeting's name, no one's
    if entry is None and kind == "Place" and not country and cited(ent):
        kind = "Organisation"  # "according to Asia-Plus", "news agency Kabar": a source, not a place
    if entry is None and kind == "Person" and (place_by_context(ent) or located(ent) or taken_ground(ent)
                                               or left_or_crossed(ent)
                                               or fold(clean) in PLACE_WORDS
                                               or _landmark(ent, fold(clean).split()[-1])):
        kind, clean = "Place", clean_name(text, person=False)  # "near the village of Ovchi Kalacha"
    if entry is None and kind != "Person" and not country:
        kind = "Place" if place_by_context(ent) or left_or_crossed(ent) else kind_by_words_or_place(ent, clean, kind)
        if kind is None:
            return None
    start, end = sentence.offsets(ent)
    return Found(ent.text, clean, ent.label_, kind, entry, start, end, sentence, ent, country, match=match)


def _landmark(ent: Span, last: str) -> bool:
    """"7, Lok Kalyan Marg", "near the Friendship Gate", "Nowshera Bridge reopened": an address or a landmark is no
    person. A street's word says so wherever it stands; a building's word, which may be a surname too, not where
    the text makes the name a person's: after a role ("envoy Peter Bridge"), with a particle ("Rob van Dam"), or
    as the subject that speaks or does something to something ("Peter Bridge met Taliban officials")."""
    if last in STREET_WORDS:
        return True
    if last not in LANDMARK_WORDS:
        return False
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    root = ent.root
    role = before is not None and (before.pos_ == "NOUN" and before.is_lower or before.lower_ in TITLE_WORDS)
    acts = root.dep_ == "nsubj" and (root.head.lemma_ in SPEECH_VERBS
                                      or any(c.dep_ == "dobj" for c in root.head.children))
    return not (role or acts or any(t.lower_ in SURNAME_PARTICLES for t in ent[:-1]))


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


def _groups_of_countries(sentence: Span) -> list[Span]:
    """"the G7 meeting in Hiroshima", "the G20 summit": a group of countries named by their number, which the model
    may tag as a product or leave untagged."""
    return [Span(t.doc, t.i, t.i + 1, label="ORG") for t in sentence
            if t.ent_type_ != "ORG" and (_GROUP_OF.fullmatch(t.text)
                                         or _NUMBERED.fullmatch(t.text) and _group_told(t.doc[t.i:t.i + 1]))]


def _group_told(name: Span) -> bool:
    """A "G" and a number that the next word calls a group of countries ("the G33 group", "the G-90 bloc")."""
    return len(name) == 1 and bool(_NUMBERED.fullmatch(name.text)) and name.end < len(name.doc) \
        and name.doc[name.end].lemma_.lower() in _GROUP_NOUNS


def _untagged_outlets(sentence: Span) -> list[Span]:
    """"Dawn has learnt", "Asia-Plus reported", "officials told Kommersant", "an official told The News", "news
    agency UzA", "according to Kabarpress": a capitalised name (with the capitalised "The" of its title) the model
    left untagged (or took for a title) that reports, that sources tell (persons told something are tagged as
    persons), that an outlet noun introduces, whose press service speaks, or that a report is credited to."""
    return [Span(t.doc, t.i - _titled_the(t), t.i + 1, label="ORG") for t in sentence
            if t.pos_ == "PROPN" and t.text[:1].isupper() and len(list(t.children)) == _titled_the(t)
            and (t.ent_type_ == "" and _source_by_syntax(t, sentence)
                 or t.ent_type_ in ("", "WORK_OF_ART", "PRODUCT") and _according_to(t))]


def _titled_the(token) -> int:
    """1 when the token's one child is the capitalised "The" right before it ("The Statesman"), else 0."""
    children = list(token.children)
    return int(len(children) == 1 and children[0].text == "The" and children[0].i == token.i - 1)


def _source_by_syntax(token, sentence: Span) -> bool:
    told = token.i - _titled_the(token) == token.head.i + 1
    return token.dep_ == "nsubj" and token.head.lemma_ in ("learn", "report") \
        or token.dep_ in ("dobj", "dative") and token.head.lemma_ == "tell" and told \
        or token.i > sentence.start and token.doc[token.i - 1].lower_ in OUTLET_NOUNS


# A label opening a paragraph ("Trend: What happened?", "Shenzhen TV: …?"), and the labels no one bears.
_ASKER_LABEL = re.compile(r"^([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}):\s+\S")
_NO_ASKER = frozenset({"question", "q", "answer", "a", "reporter", "journalist", "interviewer", "moderator", "host",
                       "correspondent", "note", "update", "photo", "read also", "related", "tags", "share", "source"})


def _askers(sentences: list[Sentence]) -> dict[int, list[Span]]:
    """Sentence index -> the label of an interview's or a briefing's turn that asks ("Kun.uz: What was the main
    result of the talks?", "Shenzhen TV: … Do you have a comment?"): the asker is the outlet whose reporter asks,
    an organisation whatever the model made of it (it often leaves the label untagged). A label the model took for
    a person's name stays the person's. A turn runs from its label to the end of its line ("Dubai: Leaders met …",
    a dateline, does not ask though questions head the lines after it)."""
    asking: set[str] = set()
    labels: dict[int, tuple[str, Span]] = {}
    turn = None
    for sentence in sentences:
        opens_line = _opens_line(sentence)
        label = _ASKER_LABEL.match(sentence.evidence.sentence) if opens_line else None
        if opens_line:
            turn = label.group(1) if label and fold(label.group(1)) not in _NO_ASKER else None
            if turn:
                labels[sentence.index] = turn, _label_span(sentence.span, turn)
        if turn and sentence.evidence.sentence.rstrip().endswith("?"):
            asking.add(turn)
    return {index: [span] for index, (name, span) in labels.items()
            if name in asking and not any(t.ent_type_ == "PERSON" for t in span)}


def _labels_turn(ent: Span) -> bool:
    """"Trend: What happened?": a body's name before a colon that opens its sentence labels a turn, a name, though
    a common noun may spell it (not a place's: "Dubai: Leaders met …" is a dateline)."""
    return ent.label_ == "ORG" and ent.start == ent.sent.start and ent.end < len(ent.doc) \
        and ent.doc[ent.end].text == ":" and fold(ent.text) not in _NO_ASKER


def _opens_line(sentence: Sentence) -> bool:
    span = sentence.span
    return sentence.opens_paragraph or span.start == 0 or "\n" in span.doc[span.start - 1].text_with_ws


def _label_span(sentence: Span, name: str) -> Span:
    end = next((t.i for t in sentence if t.idx - sentence[0].idx >= len(name)), sentence.end)
    return Span(sentence.doc, sentence.start, end, label="ORG")


def _turn_speaker(name: Span | None) -> list[Span]:
    """A transcript's speaker label as a person's name ("RAJNATH SINGH" untagged or tagged as a place)."""
    return [] if name is None else [Span(name.doc, name.start, name.end, label="PERSON")]


def _dateline_outlets(sentence: Span) -> list[Span]:
    """"MOSCOW (Sputnik) -", "KABUL (Pajhwok):", "Samarkand, Uzbekistan (TT) -", "July 9 (UPI) --": the name in
    brackets after the place or date that opens a wire story is the outlet that filed it,
    whatever the model made of it (a lone "Sputnik" passes for a person). Before the bracket: one capitalised word,
    or several the model reads as places and dates, with commas ("Islamic State (IS) –" opens with neither)."""
    doc, start = sentence.doc, sentence.start
    opening = next((i for i in range(start + 1, min(start + _DATELINE_WORDS + 1, sentence.end)) if doc[i].text == "("),
                   None)
    if opening is None or opening + 3 >= sentence.end or not doc[start].text[:1].isupper() or opening > start + 1 \
            and not all(t.text == "," or t.ent_type_ in ("GPE", "LOC", "DATE") for t in doc[start:opening]):
        return []
    name, rest = doc[opening + 1], "".join(t.text for t in doc[opening + 2:opening + 5])
    closed = rest.startswith(("):", ")-", ")–", ")—", ").-", ").–", ").—"))
    return [Span(doc, opening + 1, opening + 2, label="ORG")] if closed and name.is_alpha and name.text[:1].isupper() \
        else []


_DATELINE_WORDS = 6  # a dateline's place and date before the outlet's bracket: "Samarkand, Uzbekistan, Sept 16"


# Tags a body's name may wrongly bear: none, or a person's or a work's ("Akorda" as a person).
_NO_BODY = ("", "PERSON", "PRODUCT", "WORK_OF_ART")


def _press_service_owners(sentence: Span) -> list[Span]:
    """"the Akorda press service said", "the Ak Orda press office": the capitalised words before a press service
    name the body it speaks for, whatever the model made of them (a lone "Akorda" passes for a person; "the Kremlin
    Press Service" tagged whole is the Kremlin's). A name the model tagged before the service is kept whole ("the
    Ministry of Defence press service", "the CSTO Joint Staff press service"), and an office names none ("the
    Presidential Press Service")."""
    found = []
    for token in sentence:
        if token.lower_ != "press" or token.i + 1 >= sentence.end or token.nbor().lower_ not in ("service", "office"):
            continue
        tags = _NO_BODY + ("ORG",) * (token.ent_type_ == "ORG")  # "the Kremlin Press Service" tagged whole
        start = token.i
        while start > sentence.start and (_owner_word(token.doc[start - 1], tags)
                                          or _joining_hyphen(token.doc, start - 1, tags)):
            start -= 1
        if start < token.i and not _name_goes_on(token, start) \
                and not all(fold(t.text) in _OFFICE_ADJECTIVES for t in token.doc[start:token.i]):
            found.append(Span(token.doc, start, token.i, label="ORG"))
    return found


# Words before a press service that name no body: its office ("the Presidential Press Service").
_OFFICE_ADJECTIVES = TITLE_WORDS | {"presidential", "government", "state", "federal"}


def _owner_word(token, tags: tuple[str, ...]) -> bool:
    """A capitalised proper noun with one of ``tags``."""
    return token.pos_ == "PROPN" and token.is_title and token.ent_type_ in tags


def _joining_hyphen(doc, i: int, tags: tuple[str, ...]) -> bool:
    """The hyphen inside a name ("Ala-Too")."""
    return doc[i].text == "-" and i > 0 and not doc[i - 1].whitespace_ and not doc[i].whitespace_ \
        and _owner_word(doc[i - 1], tags)


def _name_goes_on(press, start: int) -> bool:
    """"the Ministry of Defence Press Service" tagged whole: the name the model read runs on before the words read
    back from "Press" ("Defence"), which are then no name of their own."""
    ent = next((e for e in press.doc.ents if e.start <= press.i < e.end), None)
    return ent is not None and any(t.pos_ != "DET" for t in press.doc[ent.start:start])


def _according_to(token) -> bool:
    """"…, according to Kabarpress": the source a report is credited to, whatever title-like tag the model gave
    a name it did not know."""
    return token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according"


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


def link_local_names(found: list[Found], gazetteer: Gazetteer) -> None:
    """"The Congress questioned the move" in news of India: a generic name is the body it names in the country
    the article names (see :mod:`kg.extract.actor_local`)."""
    countries = {item.entry.qid for item in found if item.entry and item.kind == "Country"}
    for item in found:
        qid = local_entity(item.clean, countries) if item.entry is None and item.kind == "Organisation" else None
        entry = gazetteer.by_qid.get(qid) if qid else None
        if entry:
            item.entry, item.match = entry, Match(entry, item.clean, "context")
