"""Persons across an article: the surnames that stand for one full name, middle names that tell two persons apart,
transliterations of a linked name, a known person's surname borne by someone else, and surnames the model left
untagged or mistyped."""
from __future__ import annotations

import re

from spacy.tokens import Span

from .actor_records import Found, Match
from .linking import SPEECH_VERBS
from .names import TITLE_WORDS, clean_name, country_named, fold, kind_by_words, name_tokens, person_key, surnames
from .repair import NAME_PARTICLES
from .sentences import Sentence


def person_surnames(found: list[Found]) -> dict[str, str]:
    """surname -> group key, for surnames that belong to exactly one full name (linked or not) in the article.

    A family name written first ("Wang Yi") counts as a surname too, so that a later "Wang" is found; so does the
    given name of one whose surname is two words ("Bilawal Bhutto Zardari", "Maryam Nawaz Sharif"), whom the press
    calls by it ("Bilawal said"), unless it is someone's surname too.
    """
    owners: dict[str, set[str]] = {}
    given: dict[str, set[str]] = {}
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
        words = name_tokens(item.clean)
        if len(words) >= 3:
            given.setdefault(words[0], set()).add(key)
    owners |= {name: keys for name, keys in given.items() if name not in owners}
    return {surname: next(iter(keys)) for surname, keys in owners.items() if len(keys) == 1}


def person_key_of(found: Found) -> str:
    initial, surname = person_key(found.clean)
    return f"person:{initial}:{found.middle}:{surname}"


# Middle words that do not tell two persons apart: patronymics and the particles of Arabic names.
_SAME_PERSON_MIDDLE = re.compile(r"^(?:.*(?:vich|vna|ovic|ievic)|bin|ibn|bint|al|el|ul|ud|[a-z])$")


def mark_middle_names(found: list[Found]) -> None:
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


def link_spelling_variants(found: list[Found]) -> None:
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


def surnames_of_others(found: list[Found]) -> None:
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


def surname_mentions(sentences: list[Sentence], found: list[Found], persons: dict[str, str]) -> list[Found]:
    """"West took to Twitter", "Kabulov added": a surname alone that the model left untagged, of a person the
    article names in full (not "the West", not "West Bank"); also one opening a sentence, which the tagger reads
    as a common noun for its capital, where it labels an answer or speaks ("Azimova: …", "Tashiev said"), unless
    the article writes the word in lower case (a common noun indeed)."""
    taken = {(f.sentence.index, t.i) for f in found for t in f.span}
    lower = {token.text for sentence in sentences for token in sentence.span if token.is_lower}
    extra = []
    for sentence in sentences:
        for token in sentence.span:
            proper = token.pos_ == "PROPN" and not token.ent_type_ or token.pos_ == "NOUN" and _opens(token, sentence) \
                and _speaks(token) and token.text.lower() not in lower  # whatever the model tagged it, then dropped
            if (sentence.index, token.i) in taken or not proper \
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


def _speaks(token) -> bool:
    """A label before a colon ("Azimova: …"), or the subject of a verb of speech ("Tashiev said")."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and following.text == ":" \
        or token.dep_ == "nsubj" and token.head.lemma_ in SPEECH_VERBS


def _opens(token, sentence: Sentence) -> bool:
    """The first word of the sentence, quotes and brackets aside."""
    return all(t.is_punct or t.is_space for t in token.doc[sentence.span.start:token.i])


def _particled_surname(words: list[str], persons: dict[str, str]) -> bool:
    """"Von der Leyen said": a surname with its particles, which opening a sentence capitalises (and the model
    then tags an organisation), of a person the article names in full."""
    return len(words) > 1 and all(word in NAME_PARTICLES for word in words[:-1]) and words[-1] in persons


def persons_mislabelled(found: list[Found], persons: dict[str, str]) -> None:
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
                len(words) == 2 and (tuple(words) in full_names or len(words[0]) == 1 and words[1] in persons) or \
                _particled_surname(words, persons):
            item.kind = "Person"
            item.clean = clean_name(item.text.strip(" '\"“”‘’"))


def surnames_of_the_latest(found: list[Found], persons: dict[str, str]) -> None:
    """"Wang Yi arrived in Kabul … Wang met Baradar … spokesman Wang Wenbin said": a surname alone that two persons of
    the article bear is the one of them named in full last before it, since the press names a person in full before
    it shortens the name; before either is named in full, or when the last two were named in one sentence ("Nawaz
    Sharif and his brother, Shehbaz Sharif, met …"), it stays open."""
    full = [item for item in found if item.kind == "Person" and len(name_tokens(item.clean)) > 1]
    for item in found:
        words = name_tokens(item.clean)
        if item.kind != "Person" or item.entry or len(words) != 1 or words[0] in persons:
            continue
        last: dict[str, Found] = {}  # each bearer's last full mention before the surname
        for bearer in sorted((f for f in full if f.start < item.start and words[0] in surnames(f.clean)),
                             key=lambda f: f.start):
            last[fold(bearer.clean)] = bearer
        latest = sorted(last.values(), key=lambda f: f.start)[-2:]
        if latest and not (len(latest) == 2 and latest[0].sentence.index == latest[1].sentence.index):
            item.clean, item.entry, item.middle = latest[-1].clean, latest[-1].entry, latest[-1].middle


def places_mislabelled(found: list[Found]) -> None:
    """"Taliban fighters captured Islam Qala, Afghanistan's main border crossing …" then "Islam Qala handles most of
    the imports": a name the model took for a person's where the context shows it a place (a place noun beside it, a
    locative) is that place where the context says nothing, unless a title there makes it a person's ("Mr Islam
    Qala"). Runs before :func:`persons_mislabelled`, which would read it the other way round."""
    places = {fold(item.clean) for item in found if item.entry is None and item.kind == "Place"
              and item.label == "PERSON"}
    for item in found:
        if item.entry is None and item.kind == "Person" and fold(item.clean) in places and \
                not (item.span.start > 0 and fold(item.span.doc[item.span.start - 1].text).strip(".") in TITLE_WORDS):
            item.kind = "Place"


_PERSONAL = frozenset({"he", "she"})
# Subjects a "he" of the next sentence may be: "A senior official was arrested. Jamiat said he had done nothing wrong."
_PERSON_NOUNS = TITLE_WORDS | {"official", "man", "woman", "soldier", "officer", "journalist", "activist", "cleric",
                               "politician", "lawmaker", "son", "brother", "father", "member", "suspect", "citizen"}


def persons_by_pronoun(found: list[Found]) -> None:
    """"Saidov said he would run", tagged as an organisation: a one-word name the model took for a body, which
    speaks of itself as a person, is a person's wherever the article uses it ("Saidov's plans" too)."""
    personal = {fold(item.clean) for item in found if item.entry is None and item.kind == "Organisation"
                and speaks_of_self_as_person(item)}
    for item in found:
        if item.entry is None and item.kind == "Organisation" and fold(item.clean) in personal:
            item.kind = "Person"


def speaks_of_self_as_person(item: Found) -> bool:
    """"Saidov said he would run": a one-word name that speaks of itself as "he" or "she" in the clause it
    reports; not an acronym, a country, a name with a body's word, nor where the sentence names another person
    "he" may be ("Gazprom said Miller had resigned and he would leave")."""
    root, words = item.span.root, item.clean.split()
    if len(words) != 1 or not words[0].istitle() or country_named(words[0]) or kind_by_words(item.clean, "") != "" \
            or root.dep_ != "nsubj" or root.head.lemma_ not in SPEECH_VERBS:
        return False
    if any(other.label_ == "PERSON" for other in item.span.sent.ents if other != item.span) or \
            _person_told_just_before(item.span.sent):
        return False
    return any(g.lower_ in _PERSONAL and (g.dep_ == "nsubj" or g.dep_ == "nsubjpass" and c.lemma_ not in _FATES)
               for c in root.head.children if c.dep_ == "ccomp" for g in c.children)


# What is done to a man that others report, not he himself: "Hamas said he was killed", "Jamiat said he had been
# arrested" (not "Saidov said he was invited").
_FATES = frozenset({"kill", "shoot", "wound", "injure", "murder", "assassinate", "execute", "hang", "torture", "beat",
                    "abduct", "kidnap", "arrest", "detain", "capture", "charge", "sentence", "convict", "jail",
                    "imprison", "deport", "expel", "sack", "dismiss"})


def _person_told_just_before(sentence: Span) -> bool:
    """The sentence before names one person or has one as its subject, whom a "he" may be; one that names two
    ("Mirziyoyev met Putin") leaves "he" to the speaker, of whom it would be said. A person named as another's
    owner ("Khan's aide Bukhari") is none."""
    if sentence.start == 0:
        return False
    before = sentence.doc[sentence.start - 1].sent
    named = {ent.text for ent in before.ents if ent.label_ == "PERSON" and ent.root.dep_ != "poss"}
    return len(named) == 1 or \
        any(t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in _PERSON_NOUNS for t in before)
