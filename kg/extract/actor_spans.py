"""Where a name the model tagged begins and ends.

The small model cuts names short or runs them on: it tags "Navy" in "the Russian Navy", "Ministry of
Foreign Affairs of" without the country, "Later the Foreign Ministry" with the adverb, "Afghan" without the
"High Council for National Reconciliation" that follows it. These repairs need the words around the span
and nothing of the article, so they live apart from the grouping of :mod:`kg.extract.entities`; the
gazetteer-level repairs that run inside the pipeline are in :mod:`kg.extract.repair`.
"""
from __future__ import annotations

from spacy.tokens import Span

from .names import ORGANISATION_WORDS, TITLE_WORDS

# Parts of speech that never open a name: a sentence's first word the model ran into it ("Later", "Meanwhile").
_NOT_NAME_START = frozenset({"ADV", "ADP", "CCONJ", "SCONJ", "PRON", "VERB", "AUX"})
_TRAILING = frozenset({"of", "the", "and", "for", "in", "to", "from", "at", "near", "with", "–", "-", "—", ",", "'s",
                       "’s", "("})  # "the railway from Serhetabat to Herat" tagged "Serhetabat to"
# Bodies whose seat is part of their name: "the UN Assistance Mission" + "in Afghanistan".
_SEATED = frozenset({"Mission", "Embassy", "Consulate"})


# An organisation named by these words alone is one of many countries' ("Foreign Ministry"): its country is
# part of its name when the text gives it ("Russian Foreign Ministry", "Ministry of Foreign Affairs of Kyrgyzstan").
_GENERIC_BODY_WORDS = frozenset({"ministry", "committee", "council", "service", "office", "department", "agency"})


def _through_place(doc, start: int, place: int) -> Span:
    """The organisation's words from ``start`` through the place name that begins at ``place``."""
    end = place + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label="ORG")


def name_span(ent: Span) -> Span:
    """The entity without dangling words ("Collective Security Council of the", "Foreign Office (FO") unless
    a place completes it ("Ministry of Foreign Affairs of" + "Uzbekistan"), and a place name that heads
    a longer proper name read as that name ("India Narrative reported" is an outlet, not India)."""
    doc = ent.doc
    holder = _holder_after_office(ent)
    if holder is not None:
        return holder
    if len(ent) > 1 and ent[0].pos_ in _NOT_NAME_START and not ent.ent_id_ and not ent[0].text.isupper():
        ent = Span(doc, ent.start + 1, ent.end, label=ent.label_)  # "Later the Foreign Ministry said", not "IS-K"
    end = ent.end
    owner = _owner_acronym_end(ent)
    if owner:
        ent = Span(doc, owner, end, label=ent.label_)  # "PLA's" + "Western Theatre Command": the command
    if ent.label_ == "ORG" and _between_countries(doc, ent.start):
        return Span(doc, ent.start - 3, end, label="ORG")  # "India-Russia" + "Joint Commission": both its name
    if ent.label_ == "ORG" and doc[end - 1].text in _SEATED and end + 1 < len(doc) and doc[end].lower_ == "in" \
            and doc[end + 1].ent_type_ in ("GPE", "LOC"):
        return _through_place(doc, ent.start, end + 1)
    generic = ent.label_ == "ORG" and any(t.lower_ in _GENERIC_BODY_WORDS for t in ent) and \
        not any(t.ent_type_ in ("GPE", "NORP") for t in ent)
    if generic and end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].ent_type_ == "GPE":
        country_end = end + 2  # "the Ministry of Foreign Affairs" + "of Kyrgyzstan"
        while country_end < len(doc) and doc[country_end].ent_iob_ == "I":
            country_end += 1
        return Span(doc, ent.start, country_end, label="ORG")
    owned = generic or _armed_branch(ent)  # a body that a country owns, named with the country before it
    if ent.label_ == "ORG" and not owned and not ent.ent_id_ and _country_opens_name(doc, ent.start):
        return Span(doc, ent.start - 1, end, label="ORG")  # "the Afghanistan" + "Cricket Board"
    if owned and ent.start > 0 and doc[ent.start - 1].ent_type_ == "NORP" and doc[ent.start - 1].ent_iob_ == "B":
        return Span(doc, ent.start - 1, end, label="ORG")  # "the Tajik" + "State Committee for National Security"
    if owned and ent.start > 1 and doc[ent.start - 1].lower_ in ("'s", "’s") and doc[ent.start - 2].ent_type_ == "GPE" \
            and ent[0].text[:1].isupper():  # not "Kazakhstan's" + "national security committee chairman"
        country_start = ent.start - 2  # "Tajikistan's" + "State Committee for National Security"
        while country_start > 0 and doc[country_start].ent_iob_ == "I":
            country_start -= 1
        return Span(doc, country_start, end, label="ORG")
    if ent.label_ == "ORG" and doc[end - 1].lower_ in ("of", "in", "for") and end < len(doc) and \
            doc[end].ent_type_ in ("GPE", "LOC"):
        country_end = end + 1
        while country_end < len(doc) and doc[country_end].ent_iob_ == "I":
            country_end += 1
        return Span(doc, ent.start, country_end, label="ORG")
    if ent.label_ == "ORG" and not ent.ent_id_ and end < len(doc) - 1 and doc[end].lower_ == "on" \
            and doc[end - 1].text in ("Group", "Commission", "Committee") and doc[end + 1].ent_type_ == "GPE":
        return Span(doc, ent.start, end + 2, label="ORG")  # "the SCO Contact Group" + "on Afghanistan"
    remit = _remit_after(doc, end) if ent.label_ == "ORG" and not ent.ent_id_ else end
    if remit > end:
        return Span(doc, ent.start, remit, label="ORG")  # "Intergovernmental Commission" + "on Military Cooperation"
    if ent.label_ == "ORG" and end < len(doc) - 1 and doc[end].lower_ == "in" and doc[end + 1].ent_type_ == "LOC" \
            and any(t.lower_ in ("for", "of") for t in ent):  # "Organization for Security and Co-operation" in Europe
        return Span(doc, ent.start, end + 2, label="ORG")
    if "(" in [t.text for t in ent[1:]]:  # "Foreign Office (FO": the acronym is defined, not part of the name
        end = next(t.i for t in ent[1:] if t.text == "(")
    if "," in [t.text for t in ent[1:end - ent.start]]:  # "Gogra, Hot Springs": a list, the first name of it
        end = next(t.i for t in ent[1:] if t.text == ",")
    while end > ent.start + 1 and doc[end - 1].lower_ in _TRAILING:
        end -= 1
    if ent.label_ in ("GPE", "LOC", "NORP") and end == ent.end:
        stop = _body_after_country(doc, end)
        if stop == end:
            while stop < len(doc) and _untagged_name_word(doc[stop]) and doc[stop].lower_.strip(".") not in TITLE_WORDS:
                stop += 1
            if stop < len(doc) and _untagged_name_word(doc[stop]):
                stop = end  # "Russian Presidential" + "Special Envoy": the name goes on into an office
        if stop > end:
            return Span(doc, ent.start, stop, label="ORG")
    if ent.label_ == "GPE" and end == ent.end and _named_before_place(doc, ent.start):
        return Span(doc, ent.start - 1, end, label="ORG")  # "Radio Pakistan", "Sputnik Tajikistan"
    return ent if end == ent.end else Span(doc, ent.start, end, label=ent.label_, kb_id=ent.kb_id, span_id=ent.id)


# The bodies a holder's office is "of" in titles written before a name: "Leader of the Opposition", "Speaker of the
# House", "Secretary of State", "Chief of Staff".
_CHAMBERS = frozenset({"opposition", "house", "senate", "assembly", "parliament", "state", "council", "chamber",
                       "staff", "duma", "majlis", "congress"})


def _holder_after_office(ent: Span) -> Span | None:
    """"Leader of the Opposition Ana Ruiz", "Speaker of the House Tom Reed": the model runs the body an office is
    "of" into the name of its holder and tags both as one organisation; the words after the body's one word,
    two proper nouns or more, are the holder's name."""
    doc = ent.doc
    words = [t for t in ent if t.lower_ != "the"]
    start = words[0].i if words else ent.start
    before = doc[start - 2:start] if start >= 2 else []
    if before and before[-1].lower_ == "the" and start >= 3:
        before = doc[start - 3:start - 1]
    if ent.label_ not in ("ORG", "PERSON") or ent.ent_id_ or len(words) < 3 or len(before) < 2 or before[-1].lower_ != "of" \
            or before[0].lower_ not in TITLE_WORDS:
        return None
    name = words[1:]
    if words[0].lower_ not in _CHAMBERS or not all(t.pos_ == "PROPN" and t.is_title and t.lower_ not in ORGANISATION_WORDS for t in name):
        return None
    return Span(doc, name[0].i, ent.end, label="PERSON")


def _owner_acronym_end(ent: Span) -> int | None:
    """Where the body begins in "the PLA's Western Theatre Command": after an acronym's possessive that opens
    the span, the owner's name and not the body's (a country's possessive is part of its body's name)."""
    if ent.label_ != "ORG" or len(ent) < 4 or ent[1].lower_ not in ("'s", "’s"):
        return None
    return ent.start + 2 if ent[0].text.isupper() and ent[0].is_alpha and len(ent[0]) > 1 \
        and ent[2].text[:1].isupper() else None


def _between_countries(doc, start: int) -> bool:
    """"the India-Russia" + "Intergovernmental Commission": a body of two countries, written before it joined
    by a hyphen, whose names are part of its name."""
    if start < 3 or doc[start - 2].text not in ("-", "–") or doc[start - 3].whitespace_ or doc[start - 2].whitespace_:
        return False
    return doc[start - 1].ent_type_ == "GPE" and doc[start - 3].ent_type_ == "GPE" \
        and any(t.lower_ in _JOINT_BODIES for t in doc[start:start + 4])


_JOINT_BODIES = frozenset({"commission", "committee", "council", "forum", "group", "mechanism", "board"})


def _remit_after(doc, end: int) -> int:
    """Where the capitalised remit of a commission or committee that follows its name ends ("on Military and
    Military-Technical Cooperation"); ``end`` when none follows, nor when a day does ("met on Saturday")."""
    if end + 1 >= len(doc) or doc[end - 1].text not in ("Commission", "Committee") or doc[end].lower_ != "on" \
            or not _capitalised_word(doc[end + 1]) or doc[end + 1].ent_type_ == "DATE":
        return end
    stop = end + 1
    while stop < len(doc) and (_capitalised_word(doc[stop]) or doc[stop].text == "-" and not doc[stop - 1].whitespace_
                               or doc[stop].lower_ in ("and", "of") and stop + 1 < len(doc)
                               and _capitalised_word(doc[stop + 1])):
        stop += 1
    return stop


def _capitalised_word(token) -> bool:
    return token.is_alpha and token.text[:1].isupper()


_BRANCH_HEADS = frozenset({"forces", "force", "navy", "army", "fleet", "guard", "corps"})


def _armed_branch(ent: Span) -> bool:
    """"Navy" in "the Russian Navy", "Airborne Forces" in "Russia's Airborne Forces": an armed service the
    model tagged without the country that owns it, which is part of its name (the Russian and the Indian
    navies are two actors)."""
    return ent.label_ == "ORG" and not ent.ent_id_ and ent[-1].lower_ in _BRANCH_HEADS and ent[0].text[:1].isupper() \
        and not any(t.ent_type_ in ("GPE", "NORP") for t in ent)


def _country_opens_name(doc, start: int) -> bool:
    """"the Afghanistan Cricket Board", "the Kazakhstan Tennis Federation": a country's one-word name between "the"
    and a body's name opens that name (nobody writes "the Afghanistan" for the country)."""
    return start >= 2 and doc[start - 1].ent_type_ == "GPE" and doc[start - 1].ent_iob_ == "B" \
        and doc[start - 1].pos_ == "PROPN" and doc[start - 2].lower_ == "the" and doc[start].text[:1].isupper()


def _untagged_name_word(token) -> bool:
    return token.pos_ == "PROPN" and token.ent_type_ == "" and token.text[:1].isupper()


def _body_after_country(doc, start: int) -> int:
    """Where the untagged name of a body that a country's name opens ends ("Afghan" + "High Council for
    National Reconciliation"): capitalised words and connectors with an organisation word among them and no
    office at the end ("Russian" + "Security Council Secretary" is an office); ``start`` when there is none."""
    stop = start
    while stop < len(doc) and (_untagged_name_word(doc[stop]) or doc[stop].lower_ in ("for", "of", "and")
                               and stop + 1 < len(doc) and _untagged_name_word(doc[stop + 1]) and stop > start):
        stop += 1
    words = [t.lower_ for t in doc[start:stop]]
    if words[1:] == ["department"]:
        return stop  # "US" + "State Department"
    if len(words) < 3 or not any(w in ORGANISATION_WORDS for w in words) or \
            words[-1] in TITLE_WORDS - ORGANISATION_WORDS and words[-2] not in ("for", "of", "and") \
            and not (len(words) > 3 and words[-3] in ("for", "of")):
        return start  # "Kazakh" + "Foreign Ministry" is left to the government bodies
    return stop  # a title word after a connector is the body's remit: "State Committee for National Security"


_DIRECTIONS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                         "greater", "upper", "lower", "new", "old", "northeast", "northwest", "southeast", "southwest"})


def _named_before_place(doc, start: int) -> bool:
    """An untagged capitalised word compounded onto a place's name makes a longer name ("Radio Pakistan
    reported"), unless it is a title, a direction or opens the sentence ("Northern Afghanistan")."""
    if start < 1:
        return False
    word = doc[start - 1]
    return word.pos_ == "PROPN" and not word.ent_type_ and word.text[:1].isupper() and word.is_alpha \
        and word.dep_ == "compound" and word.head.i >= start and not word.is_sent_start \
        and word.lower_ not in (TITLE_WORDS - {"air"}) | _DIRECTIONS  # "Air India" is an airline
