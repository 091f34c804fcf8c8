"""Repairs to name spans that the gazetteer's ruler and the small model get wrong in news English.

Runs after the model's NER, as the pipeline component ``newskg_name_repair`` (registered in
:mod:`kg.extract.nlp`). It computes the new spans first, then writes them, like spaCy's own
components:

* a linked name inside a longer name is not that entity: the ruler's "Ghani" (Ashraf Ghani) in
  "Abdul Ghani Baradar", "Islamic State" in "Islamic State Khorasan Province" — the longer name is
  kept, unlinked (a wrong link is worse than none);
* an organisation's name with a possessive or remits joined by "and" inside is one name ("Prosecutor General's
  Office", "Ports and Maritime Organisation");
* the words an acronym in parentheses abbreviates are one name ("Tehrik-i-Taliban Pakistan (TTP)", a branch's
  "Islamic State Sahel (IS-S)");
* a body named by a number in words is one name ("Group of Seven", not "Group of" and a number);
* words joined by an Urdu or Arabic connective are one organisation's name ("Tehreek-e-Taliban Pakistan");
* a person's name runs on through the lowercase particles of a surname ("Ursula von der Leyen", which the
  model cuts into a person and a place);
* initials written before a surname ("KC Tyagi") are a person's name, though the model tags the surname alone as a
  place or the pair as a body;
* capitalised words right after an office ("FO spokesperson Asim Iftikhar Ahmad", "Ukraine's defense
  minister, Oleksii Reznikov") are a person's name even when the model tagged nothing, tagged them as a body, or
  tagged part of them as a place ("Ambassador to India Nikolay Kudashev").
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .actor_press import BROADCAST_WORDS
from .names import (COMPANY_FORMS, MEDIA_WORDS, ORGANISATION_WORDS, RANKS, ROLE_HEADS, TITLE_WORDS, country_named,
                    fold)

EXTENDED_LABELS = ("PERSON", "ORG")
# Words that may end a run of name words before a person's name: offices, and "spokesperson" and the like.
OFFICE_WORDS = ROLE_HEADS | RANKS | frozenset({"gen", "maj", "lt", "col", "brig", "capt", "adm", "minister", "spokesman", "spokesperson", "spokeswoman", "envoy", "ambassador",
                                       "secretary", "general", "admiral", "colonel", "commander", "chief", "mullah",
                                       "mawlawi", "sheikh", "dr", "mr", "mrs", "ms", "prof", "eam", "nsa", "pm", "fm"})
SHORT_TITLES = frozenset({"pm", "president", "eam", "fm", "nsa", "premier", "minister", "mullah", "mawlawi", "dr",
                          "mr", "mrs", "ms", "prince", "sheikh", "king", "emir"})
SPOKES = frozenset({"spokesperson", "spokesman", "spokeswoman"})  # a title the model runs into a briefer's name
# What the model calls a person's name words at times: untagged, a product, a work, a place.
MISREAD_NAME_LABELS = ("", "PRODUCT", "WORK_OF_ART", "GPE", "LOC", "FAC")
IZAFAT = frozenset({"e", "i", "ul", "ut", "al"})  # "Lashkar-e-Taiba", "Hizb-ut-Tahrir", "Harkat-ul-Ansar"
# The Urdu and Arabic words for a movement, an army, a party, a front or a council that open such a name; places
# ("Mazar-i-Sharif", "Pul-e-Khumri") and persons ("Zia-ul-Haq") are joined the same way but open otherwise.
IZAFAT_BODIES = frozenset({"tehreek", "tehrik", "tahreek", "tahrik", "lashkar", "jaish", "jamaat", "jamat", "jamiat",
                           "jamiatul", "hizb", "hezb", "sipah", "harkat", "ansar", "majlis", "tanzeem", "tanzim",
                           "ittehad", "ittihad", "mahaz"})
_RUN_BREAKERS = frozenset({"the", "of", "and", "for", "in", "on", "to", "at", "'s", "’s", "-", "–", "—"})


def repair_names(doc: Doc) -> Doc:
    spans = _possessive_names([_press_service_owner(_named_after_title(_titled_person(_without_body_word(
        _organ_named_on(_extended(_without_title_word(ent))))))) for ent in doc.ents])
    spans = [part for span in spans for part in _body_then_person(_lettered_branch(span))]
    spans += _persons_after_offices(doc, spans) + _acronym_definitions(doc) + _hyphenated_organisations(doc)
    spans += _numbered_groups(doc) + _outlets_named_for_countries(doc)
    # first: an izafat name the model called a person is none; initials and a surname are a person, not a body
    kept = _without_overlaps(_izafat_names(doc) + _izafat_persons(doc) + _initialled_persons(doc) + spans)
    linked = {(ent.start, ent.end) for ent in doc.ents if ent.ent_id_}
    for span in kept:
        if (span.start, span.end) not in linked:
            for token in span:  # a repaired name is unlinked: no token keeps a fragment's ID
                token.ent_id_ = ""
    doc.ents = kept
    return doc


def _acronym_definitions(doc: Doc) -> list[Span]:
    """"the Tehrik-i-Taliban Pakistan (TTP)": the words whose initials spell the acronym in parentheses are one
    organisation's name, whatever the ruler or the model made of its parts (never "Taliban" linked)."""
    found = []
    for token in doc[2:len(doc) - 2]:
        letters = _acronym_after(token)
        if not letters:
            continue
        start = token.i
        while start > 0 and (doc[start - 1].text[:1].isupper() or doc[start - 1].lower_ in ("of", "for", "and", "in", "-", "'s", "’s")
                             or doc[start - 1].text == "-" or doc[start - 1].is_lower and not doc[start - 1].whitespace_):
            start -= 1
            words = doc[start:token.i]
            if _initials(words) == letters and words[0].text[:1].isupper():
                if not any(ent.start == start and ent.end == token.i and ent.ent_id_ for ent in doc.ents):
                    found.append(Span(doc, start, token.i, label="ORG"))
                break
    return found


def _acronym_after(bracket: Token) -> str:
    """The letters of the acronym that an opening bracket encloses: "(TTP)" -> "TTP", a branch's "(IS-K)" ->
    "ISK"; "" when the bracket holds anything else."""
    if bracket.text != "(":
        return ""
    doc = bracket.doc
    close = next((t.i for t in doc[bracket.i + 1:bracket.i + 5] if t.text == ")"), None)
    inside = doc[bracket.i + 1:close] if close else None
    if inside is None or any(t.whitespace_ for t in inside[:-1]):
        return ""
    written = inside.text
    return written.replace("-", "") if re.fullmatch(r"[A-Z]+|[A-Z]{1,4}-[A-Z0-9]{1,3}", written) else ""


def _hyphenated_organisations(doc: Doc) -> list[Span]:
    """"the SCO-Afghanistan Contact Group", "the NATO-Russia Council": two names joined by a hyphen before an
    organisation word name one body of both, not the two parties (nor "Afghanistan Contact Group")."""
    found = []
    for hyphen in doc[1:len(doc) - 2]:
        first, second = doc[hyphen.i - 1], doc[hyphen.i + 1]
        if hyphen.text != "-" or first.whitespace_ or hyphen.whitespace_ or not _capitalised(first) \
                or not _capitalised(second):
            continue
        end = hyphen.i + 2
        while end < len(doc) and _capitalised(doc[end]) and doc[end].lower_ not in _RUN_BREAKERS:
            end += 1
        if end > hyphen.i + 2 and doc[end - 1].lower_ in ORGANISATION_WORDS:
            found.append(Span(doc, first.i, end, label="ORG"))
    return found


def _izafat_names(doc: Doc) -> list[Span]:
    """"Tehreek-e-Taliban Pakistan", "Lashkar-e-Taiba", "Pakistan Tehreek-e-Insaf", "Hizb-ut-Tahrir": words joined by
    an Urdu or Arabic connective ("-e-", "-i-", "-ul-", "-ut-") are one organisation's name, with a country written
    right before or after it, whatever the ruler or the model made of the parts (never "Taliban" linked, nor
    "Pakistan" read as the actor)."""
    found, end = [], 0
    for joiner in doc[2:len(doc) - 2]:
        if joiner.i < end or not _joins(joiner):
            continue
        start, end = joiner.i - 2, joiner.i + 3
        while end + 1 < len(doc) and _joins(doc[end + 1]):
            end += 3  # "Tehreek-e-Nifaz-e-Shariat"
        if end < len(doc) and doc[end - 1].whitespace_ and doc[end].ent_type_ == "GPE" and _capitalised(doc[end]):
            end += 1
        if start > 0 and doc[start - 1].ent_type_ == "GPE" and _capitalised(doc[start - 1]):
            start -= 1
        found.append(Span(doc, start, end, label="ORG"))
    return found


def _izafat_persons(doc: Doc) -> list[Span]:
    """"Anwaar-ul-Haq Kakar", "Ubaid-ur-Rehman Nizamani": a given name joined by the Arabic article and the
    capitalised words after it are one person's name, which the model cuts into a body ("Anwaar") and leftovers;
    not a body's name ("Hizb-ut-Tahrir") nor a place's ("Dar-ul-Aman")."""
    found = []
    for connective in doc[2:len(doc) - 2]:
        i = connective.i
        before, word = doc[i - 2], doc[i + 2]
        if connective.lower_ not in _NAME_ARTICLES or not _hyphened(doc, i) or before.lower_ in _NOT_GIVEN_NAMES \
                or not (before.is_title and before.is_alpha and word.is_title and word.is_alpha) \
                or i >= 3 and doc[i - 3].text == "-":
            continue
        end = i + 3
        while end < len(doc) and doc[end].is_title and doc[end].is_alpha and doc[end - 1].whitespace_ \
                and doc[end].lower_ not in ORGANISATION_WORDS and not country_named(doc[end].text):
            end += 1
        found.append(Span(doc, i - 2, end, label="PERSON"))
    return found


# The Arabic article as names join it ("Anwaar-ul-Haq", "Fazl-ur-Rehman", "Nizam-ud-Din"), and the first words that
# make such a compound a body's or a place's ("Dar-ul-Aman", "Bab-ul-Mandeb", "Jamia-tul-Uloom").
_NAME_ARTICLES = frozenset({"ul", "ur", "ud", "us", "uz"})
_NOT_GIVEN_NAMES = IZAFAT_BODIES | {"dar", "bab", "bait", "jamia", "madrasa"}


def _hyphened(doc: Doc, i: int) -> bool:
    """The token at ``i`` stands between unspaced hyphens, written right after a word ("Anwaar-ul-Haq")."""
    before, hyphen, connective, after = doc[i - 2], doc[i - 1], doc[i], doc[i + 1]
    return hyphen.text == after.text == "-" and not (before.whitespace_ or hyphen.whitespace_ or
                                                     connective.whitespace_ or after.whitespace_)


def _joins(connective: Token) -> bool:
    """The connective of an izafat name: "e" in "Tehreek-e-Taliban", between capitalised words and unspaced hyphens,
    the first of them a body's word."""
    doc, i = connective.doc, connective.i
    if connective.lower_ not in IZAFAT or i < 2 or i + 2 >= len(doc):
        return False
    before, hyphen, after, word = doc[i - 2], doc[i - 1], doc[i + 1], doc[i + 2]
    return hyphen.text == after.text == "-" and not (before.whitespace_ or hyphen.whitespace_ or
                                                     connective.whitespace_ or after.whitespace_) and \
        before.text[:1].isupper() and word.text[:1].isupper() and before.is_alpha and word.is_alpha and \
        (before.lower_ in IZAFAT_BODIES or i >= 4 and doc[i - 3].text == "-")  # "Tehreek-e-Nifaz-e-Shariat"


def _without_title_word(ent: Span) -> Span:
    """"Director General" + "Inter-Services Public Relations": the second word of a two-word title ("Director
    General", "Secretary General") that the model ran into the body's name after it is no part of that name."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.ent_id_ or len(ent) < 2 or ent.start == 0 or not ent[0].is_title \
            or ent[0].lower_ not in TITLE_WORDS or doc[ent.start - 1].lower_ not in TITLE_WORDS \
            or not doc[ent.start - 1].is_title:
        return ent
    return Span(doc, ent.start + 1, ent.end, label=ent.label_)


def _without_body_word(ent: Span) -> Span:
    """"Speaker of the State Duma Vyacheslav Volodin": a body's last word the model ran into the person's name that
    follows it is no part of the name ("Duma Vyacheslav Volodin")."""
    if ent.label_ != "PERSON" or len(ent) < 3 or ent[0].lower_ not in ORGANISATION_WORDS or ent.start == 0 \
            or not ent.doc[ent.start - 1].text[:1].isupper():
        return ent
    return Span(ent.doc, ent.start + 1, ent.end, label=ent.label_)


def _body_then_person(ent: Span) -> list[Span]:
    """"Deputy Chairman of the Security Council Dmitry Medvedev": a body after an office's "of the" that the model
    ran into the holder's name after it is the body, then the person (two or more name words after its last body
    word)."""
    doc, first = ent.doc, ent.start + (ent[0].lower_ == "the")  # "of the X" or "of [the X]"
    if ent.label_ != "ORG" or ent.ent_id_ or first < 2 or doc[first - 1].lower_ != "the" \
            or doc[first - 2].lower_ != "of":
        return [ent]
    last = max((t.i for t in ent if t.lower_ in ORGANISATION_WORDS), default=None)
    if last is None or ent.end - last < 3 or not all(t.pos_ == "PROPN" and t.is_title for t in doc[last + 1:ent.end]):
        return [ent]
    return [Span(doc, ent.start, last + 1, label="ORG"), Span(doc, last + 1, ent.end, label="PERSON")]


def _lettered_branch(ent: Span) -> Span:
    """"ISIS-K", "ISIS-Khorasan": an organisation with a letter or a region's word hyphenated to it is a branch
    with a name of its own, not the organisation the name alone links to; a name of its own after the hyphen
    joins two parties ("NATO-Russia", "SCO-Afghanistan", a compound before a noun: "the ISI-Haqqani network"), a
    lowercase word describes ("Taliban-led")."""
    doc, end = ent.doc, ent.end
    if ent.label_ != "ORG" or end + 1 >= len(doc) or doc[end].text != "-" or ent[-1].whitespace_ \
            or doc[end].whitespace_:
        return ent
    after = doc[end + 1]
    if re.fullmatch(r"[A-Z]", after.text) or _capitalised(after) and after.is_title and not after.ent_type_ \
            and (end + 2 >= len(doc) or not _capitalised(doc[end + 2]) and not _compounded(ent, after)):
        return Span(doc, ent.start, end + 2, label="ORG")
    return ent


def _compounded(ent: Span, after: Token) -> bool:
    """"the ISI-Haqqani network", "the BRICS-Plus format": the two hyphenated words modify the noun after them."""
    noun = ent.doc[after.i + 1]
    return noun.pos_ == "NOUN" and any(t.head == noun for t in (*ent, after))


def _outlets_named_for_countries(doc: Doc) -> list[Span]:
    """"Pakistan Today said", "told Afghanistan Times": a country's name and a capitalised outlet's word ending a name
    after it name an outlet, which the ruler leaves a country and an untagged word (or a date: "Today")."""
    found = []
    for ent in doc.ents:
        after = ent.end
        if ent.label_ == "GPE" and country_named(ent.text) and after < len(doc) and doc[after].is_title \
                and fold(doc[after].text) in MEDIA_WORDS and doc[after].ent_type_ in ("", "DATE") \
                and ent[-1].whitespace_ \
                and not (after + 1 < len(doc) and (_capitalised(doc[after + 1]) or doc[after + 1].lower_ == "of")):
            found.append(Span(doc, ent.start, after + 1, label="ORG"))
    return found


def _numbered_groups(doc: Doc) -> list[Span]:
    """"Group of Seven", "Council of Ten": a body named by a capitalised number in words, which the model
    tags as a number (CARDINAL) with "Group of" or nothing before it. Only the capitalised number counts
    ("a group of seven" is no name)."""
    found = []
    for token in doc[2:]:
        head, joint = doc[token.i - 2], doc[token.i - 1]
        if token.like_num and token.is_alpha and token.is_title and joint.lower_ == "of" \
                and head.is_alpha and head.is_title and head.pos_ in ("PROPN", "NOUN") and not head.ent_id_:
            found.append(Span(doc, head.i, token.i + 1, label="ORG"))
    return found


def _initialled_persons(doc: Doc) -> list[Span]:
    """"KC Tyagi said", "led by RK Mehra", "J P Singh": two or three capitals, glued together or apart, before a
    capitalised word are a person's initials, whatever the model made of them; not an acronym of a country or a body
    the ruler knows ("US Army", "UN Secretary"), an office ("PM Modi", "DG Iftikhar"), a company's legal form ("JSC
    Kazatomprom"), a body's or broadcaster's word after it ("ISI Directorate", "KTK Television") nor a country ("RBC
    Ukraine")."""
    found = []
    for token in doc[:-1]:
        size = 1 if _initials_token(token) else _spaced_initials(doc, token.i)
        if not size or token.i + size >= len(doc):
            continue
        surname = doc[token.i + size]
        if surname.is_title and surname.is_alpha and len(surname) > 2 \
                and not surname.ent_id_ and surname.ent_type_ in ("", "PERSON", "ORG", "GPE") \
                and surname.lower_ not in TITLE_WORDS | ORGANISATION_WORDS | BROADCAST_WORDS \
                and not country_named(surname.text) and token.lower_ not in COMPANY_FORMS \
                and not (surname.i + 1 < len(doc) and _capitalised(doc[surname.i + 1])):
            found.append(Span(doc, token.i, surname.i + 1, label="PERSON"))
    return found


def _spaced_initials(doc: Doc, start: int) -> int:
    """How many single capitals, two or three, stand apart from ``start`` ("J P Singh", "A K Antony"); 0 for a run of
    another length, one owned by a linked entity, or one the pronoun "I" opens."""
    end = start
    while end < len(doc) and end - start < 4 and len(doc[end]) == 1 and doc[end].is_upper and doc[end].is_alpha \
            and not doc[end].ent_id_ and doc[end].whitespace_:
        end += 1
    return end - start if 2 <= end - start <= 3 and doc[start].text != "I" \
        and (start == 0 or len(doc[start - 1]) != 1 or not doc[start - 1].is_upper) else 0


def _initials_token(token: Token) -> bool:
    """Two or three capitals that no entity owns and no office abbreviates: "KC", not "US", "UN", "PM"."""
    return 2 <= len(token) <= 3 and token.is_alpha and token.is_upper and not token.ent_id_ \
        and token.ent_type_ in ("", "PERSON", "ORG", "GPE") and token.lower_ not in _NOT_INITIALS \
        and not country_named(token.text)


_NOT_INITIALS = (TITLE_WORDS | OFFICE_WORDS) - {"an"}  # "AN Pramod": capitals, no article


def _capitalised(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper() and token.is_alpha


def _initials(words: Span) -> str:
    """Initials of the capitalised words and hyphenated parts: "Tehrik-i-Taliban Pakistan" -> "TTP"."""
    return "".join(t.text[0] for t in words if t.text[:1].isupper() and t.is_alpha)


def _is_name_word(token: Token, absorbed: tuple[str, ...] = ("",)) -> bool:
    """A capitalised proper-noun word that can continue a name: not an office, not a connector, and
    either untagged or tagged with one of the ``absorbed`` labels (never linked)."""
    return token.pos_ == "PROPN" and token.text[:1].isupper() and token.lower_ not in _RUN_BREAKERS \
        and token.lower_.strip(".") not in TITLE_WORDS and not token.is_punct and token.ent_type_ in absorbed \
        and not token.ent_id_


def _extended(ent: Span) -> Span:
    """A PERSON span grown over the untagged name words around it ("Oleksii" before "Reznikov"); a linked
    PERSON or ORG span grown so becomes unlinked ("Abdul Ghani Baradar", "Islamic State Khorasan Province")."""
    if ent.label_ not in EXTENDED_LABELS or (ent.label_ == "ORG" and not ent.ent_id_):
        return ent
    absorbed = ("", "PERSON", "ORG") if ent.label_ == "PERSON" else ("", "ORG", "GPE", "LOC")
    doc = ent.doc
    start, end = ent.start, ent.end
    while start > 0 and _is_name_word(doc[start - 1], absorbed):
        start -= 1
    while end < len(doc) and len(doc[end].text) > 1 and (_is_name_word(doc[end], absorbed) or  # not "Sputnik V"
                                                         ent.label_ == "ORG" and _title_inside_name(doc, end)):
        end += 1
    if ent.label_ == "ORG" and end == ent.end and _lone_person_word(doc, end):
        end += 1
    if ent.label_ == "ORG" and end == ent.end:
        end = _organ_after(doc, end)
    if ent.label_ == "PERSON":
        end = _through_particles(doc, end)
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(doc, start, end, label=ent.label_)


def _lone_person_word(doc: Doc, position: int) -> bool:
    """"Islamic State" + "Khorasan": one word that the model took for a person's whole name, right after a linked
    organisation's name, is a region or branch named with it (no person is named by one word glued to a body's
    name; "Taliban leader Akhundzada" has the office between)."""
    if position >= len(doc):
        return False
    token = doc[position]
    alone = position + 1 == len(doc) or doc[position + 1].ent_iob_ != "I"
    return token.ent_type_ == "PERSON" and token.ent_iob_ == "B" and alone and _is_name_word(token, ("PERSON",))


NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "del", "della", "da", "dos", "du", "bin", "ibn"})


def _through_particles(doc: Doc, end: int) -> int:
    """Where a person's name ends when it ends with, or is followed by, lowercase particles of a surname ("Ursula
    von" + "der Leyen", "Ursula von der" + "Leyen": the model makes a person and a place of them): after the
    particles and the capitalised word they lead to; ``end`` when there are none or no name word comes after them
    ("de facto")."""
    first = end  # the model may have kept some of the particles ("Ursula von der" + "Leyen")
    while first > 0 and doc[first - 1].lower_ in NAME_PARTICLES and doc[first - 1].text.islower():
        first -= 1
    stop = end
    while stop < len(doc) and doc[stop].lower_ in NAME_PARTICLES and doc[stop].text.islower():
        stop += 1
    if stop > first and stop < len(doc) and doc[stop].is_alpha and doc[stop].text[:1].isupper() \
            and not doc[stop].ent_id_ and doc[stop].lower_ not in TITLE_WORDS:
        return stop + 1
    return end


ORGANS = frozenset({"Council", "Secretariat", "Commission", "Committee", "Assembly", "Board"})


def _organ_named_on(ent: Span) -> Span:
    """"the CSTO Collective" + "Security Council": untagged capitalised words after an unlinked body's name that end
    with a body's word are the rest of its name (the model stops at the first word it does not know)."""
    if ent.label_ != "ORG" or all(t.ent_id_ for t in ent) or fold(ent[-1].text) in ORGANISATION_WORDS:
        return ent  # a linked name is the gazetteer's
    doc, end = ent.doc, ent.end
    while end < len(doc) and end - ent.end < 3 and doc[end].is_title and doc[end].is_alpha and not doc[end].ent_type_:
        end += 1
    while end > ent.end and fold(doc[end - 1].text) not in ORGANISATION_WORDS:
        end -= 1
    return Span(doc, ent.start, end, label="ORG") if end > ent.end else ent


def _organ_after(doc: Doc, end: int) -> int:
    """Where the name of an organisation's organ written after it ends ("SCO" + "Council of Foreign Ministers",
    "CSTO" + "Council of Defence Ministers"): a capitalised organ word and its capitalised remit; ``end`` when
    none follows. The "Council of Heads of State" is the organisation's summit, which the press reports as the
    organisation meeting, and is left to it."""
    if end >= len(doc) or doc[end].text not in ORGANS or doc[end].ent_type_ or \
            end + 2 < len(doc) and doc[end + 2].lower_ == "heads":
        return end
    stop = end + 1
    while stop + 1 < len(doc) and doc[stop].lower_ in ("of", "and") and doc[stop + 1].text[:1].isupper() \
            and not doc[stop + 1].ent_type_:
        stop += 2
        while stop < len(doc) and doc[stop].text[:1].isupper() and doc[stop].is_alpha and not doc[stop].ent_type_:
            stop += 1
    return stop


def _titled_person(ent: Span) -> Span:
    """"NSA Moeed Yusuf", "PM Imran", a briefing's "Spokesperson Asim Iftikhar Ahmad:", "Air Marshal AK Bharti",
    "Permanent Representative X" tagged as an organisation: a title, a rank or an office and a name are a person
    (not "Spokesperson Office", a body's word)."""
    if ent.label_ != "ORG" or ent.ent_id_ or len(ent) < 2:
        return ent
    rank = 0
    while rank < len(ent) - 1 and ent[rank].lower_.strip(".") in _OFFICE_OPENINGS:
        rank += 1  # "Air Vice Marshal", "Lt Gen", "Permanent Representative"
    if not (rank and any(t.lower_.strip(".") in RANKS | ROLE_HEADS for t in ent[:rank])):
        rank = 1 if ent[0].lower_.strip(".") in SHORT_TITLES | SPOKES else 0
    end = ent.end - 1 if ent[-1].text == ":" else ent.end  # a transcript's label: "Air Marshal X:"
    name = ent.doc[ent.start + rank:end]
    if rank and len(name) and all((t.pos_ == "PROPN" or _initials_token(t)) and t.text[:1].isupper()
                                  and t.lower_.strip(".") not in TITLE_WORDS | ORGANISATION_WORDS for t in name):
        return Span(ent.doc, name.start, name.end, label="PERSON")
    return ent


# Words of a rank or an office written before a name ("Air Vice Marshal", "Permanent Representative"), no body's word.
_OFFICE_OPENINGS = (TITLE_WORDS | ROLE_HEADS | {"permanent", "special"}) - ORGANISATION_WORDS


def _press_service_owner(ent: Span) -> Span:
    """"Marat Dzhumaev's press service said", which the model tags as a body with its possessive: two or three
    capitalised words that name no body, country or outlet, owning a press service, are a person's name (a body's
    own one-word name, "the Kremlin's press service", stays a body's)."""
    doc = ent.doc
    words = ent[:-1]
    if ent.label_ != "ORG" or ent.ent_id_ or ent[-1].lower_ not in ("'s", "’s") or not 2 <= len(words) <= 3 \
            or ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "press" or doc[ent.end + 1].lower_ != "service":
        return ent
    if all(t.is_title and t.is_alpha and t.lower_ not in ORGANISATION_WORDS | MEDIA_WORDS | TITLE_WORDS
           for t in words) and not country_named(words.text):
        return Span(doc, ent.start, ent.end - 1, label="PERSON")
    return ent


def _named_after_title(ent: Span) -> Span:
    """"Foreign Minister Erlan Sadykov said" with the name tagged a body: name words right after a person's title
    are a person's name; not an acronym ("spokesman ISPR"), nor a name holding an office's or a body's word."""
    if ent.label_ != "ORG" or ent.ent_id_ or ent.start == 0 or \
            ent.doc[ent.start - 1].lower_.strip(".") not in OFFICE_WORDS:
        return ent
    if all(t.is_alpha and t.is_title and t.pos_ == "PROPN" and t.lower_ not in TITLE_WORDS | ORGANISATION_WORDS
           for t in ent):
        return Span(ent.doc, ent.start, ent.end, label="PERSON")
    return ent


def _possessive_names(spans: list[Span]) -> list[Span]:
    """"Prosecutor General" + "'s" + "Office of Uzbekistan": one organisation whose name holds a possessive, or
    remits joined by "and"."""
    merged: list[Span] = []
    for span in spans:
        previous = merged[-1] if merged else None
        if previous is not None and previous.label_ == span.label_ == "ORG" and not previous.ent_id_ \
                and not span.ent_id_ and (_joined_by_possessive(previous, span) or _joined_by_and(previous, span)):
            merged[-1] = Span(span.doc, previous.start, span.end, label="ORG")
            continue
        merged.append(span)
    return merged


def _joined_by_and(first: Span, second: Span) -> bool:
    """"Ports" + "and" + "Maritime Organisation", "Roads" + "and" + "Urban Development Authority": a body whose
    name joins two remits, which the model cuts at "and" into a bare remit (a plural common noun) and a body;
    not two bodies ("NATO and the African Union"), nor a name and a body ("Hamas and Islamic Jihad Movement")."""
    doc = first.doc
    return second.start == first.end + 1 and doc[first.end].lower_ == "and" and len(first) <= 2 \
        and all(t.is_title and t.is_alpha and t.lower_ not in ORGANISATION_WORDS for t in first) \
        and first[-1].tag_ in ("NNS", "NNPS") \
        and second[-1].lower_ in ORGANISATION_WORDS and second[0].is_title


def _joined_by_possessive(first: Span, second: Span) -> bool:
    doc = first.doc
    if second.start == first.end + 1:
        return doc[first.end].lower_ in ("'s", "’s")
    return second.start == first.end and doc[first.end - 1].lower_ in ("'s", "’s")


def _title_inside_name(doc: Doc, position: int) -> bool:
    """"UN General Assembly": a title word followed by a name word belongs to the organisation's name; not
    in "NATO Secretary General Jens Stoltenberg", where titles follow titles before a person."""
    token = doc[position]
    following = doc[position + 1] if position + 1 < len(doc) else None
    return token.pos_ == "PROPN" and token.lower_ in TITLE_WORDS and following is not None and \
        _is_name_word(following) and following.ent_type_ == ""


def _persons_after_offices(doc: Doc, spans: list[Span]) -> list[Span]:
    """Runs of two or more name words that follow an office word ("spokesperson", "minister,") and that
    no PERSON span covers yet, whatever else the model made of them ("MEA spokesperson Randhir Jaiswal" with
    "Jaiswal" a product, "Defence Minister Khawaja Asif" with "Khawaja" a place)."""
    covered = {i for span in spans if span.label_ == "PERSON" for i in range(span.start, span.end)}
    found = []
    i = 0
    while i < len(doc):
        end = i
        while end < len(doc) and end not in covered and _is_name_word(doc[end], MISREAD_NAME_LABELS):
            end += 1
        if end - i >= 2 and _surname_as_body(doc, end):
            end += 1
        if (end - i >= 2 or end - i == 1 and _after_short_title(doc, i)) and _after_office(doc, i):
            found.append(Span(doc, i, end, label="PERSON"))
        i = max(end, i + 1)
    return found


def _surname_as_body(doc: Doc, position: int) -> bool:
    """"Foreign Minister Bilawal Bhutto" + "Zardari": one word the model took for a whole body's name, right after
    two name words, is the last of them (a body's word, a linked name or a longer body's name is none)."""
    if position >= len(doc):
        return False
    token = doc[position]
    alone = position + 1 == len(doc) or doc[position + 1].ent_iob_ != "I"
    return token.ent_type_ == "ORG" and token.ent_iob_ == "B" and alone and _is_name_word(token, ("ORG",)) \
        and token.lower_ not in ORGANISATION_WORDS and not token.text.isupper()


def _after_short_title(doc: Doc, start: int) -> bool:
    """"PM Imran", "President Ashraf": a title right before one name word, the South Asian press's way."""
    return start > 0 and doc[start - 1].lower_.strip(".") in SHORT_TITLES


def _after_office(doc: Doc, start: int) -> bool:
    """Whether the word before ``start`` (a comma skipped) is an office: "spokesperson X", "minister, X",
    or "Ambassador to India X" (an office with its country)."""
    position = start - 1
    if position >= 0 and doc[position].text == ",":
        position -= 1
    if position < 0:
        return False
    if doc[position].lower_.strip(".") in OFFICE_WORDS:
        return True
    return position >= 2 and doc[position].ent_type_ in ("GPE", "NORP") and doc[position - 1].lower_ in ("to", "of") \
        and doc[position - 2].lower_ in OFFICE_WORDS


def _without_overlaps(spans: list[Span]) -> list[Span]:
    """Longer spans win over the spans they overlap (a repaired name over its linked fragment)."""
    kept: list[Span] = []
    taken: set[int] = set()
    for span in sorted(spans, key=lambda s: (s.start - s.end, s.start)):
        if not taken & set(range(span.start, span.end)):
            kept.append(span)
            taken |= set(range(span.start, span.end))
    return sorted(kept, key=lambda s: s.start)
