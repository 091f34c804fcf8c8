"""What the article says each person is: office words and the countries or organisations they act for.

"Ukraine's defense minister, Oleksii Reznikov", "Taliban spokesman Zabihullah Mujahid", "Dmitry
Peskov, Mr. Putin's spokesman", "President Alexander Lukashenko of Belarus" and the gazetteer's office
of a linked person all feed a :class:`Profile`. The resolver reads descriptions against them: "the
Russian diplomat", "the Taliban official", "The Defence Minister", "the premier".
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from .names import ROLE_HEADS, TITLE_WORDS, fold
from .tokens import prepositional_objects

# Office words as descriptions and profiles are compared: synonyms and spellings made one.
_SYNONYMS = {"defense": "defence", "advisor": "adviser", "spokesman": "spokesperson", "spokeswoman": "spokesperson",
             "premier": "prime minister", "pm": "prime minister", "fm": "foreign minister",
             "eam": "external affairs minister", "nsa": "national security adviser", "ministers": "minister",
             "envoys": "envoy", "presidential": "president", "gen": "general", "lt": "lieutenant", "maj": "major",
             "col": "colonel", "brig": "brigadier", "adm": "admiral", "capt": "captain",
             "dg": "director general"}
# Words a description may use that need not be in the profile: "the Russian official", "the security chief"; not
# "deputy" ("the Deputy Prime Minister" is not the Prime Minister).
GENERIC_WORDS = frozenset({"official", "diplomat", "leader", "head", "chief", "acting", "senior", "top", "former",
                           "the", "a", "an", "his", "her", "its", "their", "new", "interim", "caretaker",
                           "side", "representative", "of", "and", "for"})
_PROFILE_WORDS = TITLE_WORDS | ROLE_HEADS | frozenset({"envoy", "diplomat", "spokesperson", "official", "foreign",
                                                      "defence", "defense", "security", "interior", "affairs",
                                                      "secretary", "ambassador", "presidential", "premier",
                                                      "commander", "chief", "acting", "senior", "brigadier",
                                                      "brig", "captain", "capt", "maj", "adm"})  # every rank


def office_words(words) -> set[str]:
    """Normalised office words, ranks written out.

    >>> sorted(office_words(["Defense", "Minister"])), sorted(office_words(["premier"])), office_words(["Gen."])
    (['defence', 'minister'], ['minister', 'prime'], {'general'})
    """
    found = set()
    for word in words:
        word = fold(word).strip(".,")
        if word.isalpha():
            found.update(_SYNONYMS.get(word, word).split())
    return found


@dataclass
class Profile:
    words: set[str] = field(default_factory=set)  # office words: {"defence", "minister"}
    affiliations: set[str] = field(default_factory=set)  # actor keys of countries, organisations, persons

    def add(self, words, affiliations=()) -> None:
        self.words |= office_words(w for w in words if fold(w) in _PROFILE_WORDS or fold(w) in _SYNONYMS)
        self.affiliations |= set(affiliations)


def around_name(name: Span, key_at) -> tuple[list[str], list[str]]:
    """Office words and affiliated actor keys written before a name ("Ukraine's defense minister, X"), in an
    apposition after it ("X, Mr. Putin's spokesman") or in an "of" phrase ("Lukashenko of Belarus").
    ``key_at(token)`` gives the actor key mentioned at a token, or None."""
    words, keys = _before(name, key_at)
    if not any(fold(w).strip(".,") in _PROFILE_WORDS - _RANKS for w in words) or after_armed_office(name):
        words += _leading_ranks(name)
    for phrase in _appositions(name):
        words += [t.text for t in phrase]
        keys += [k for t in phrase if (k := key_at(t))]
    root = name.root
    keys += [k for g in prepositional_objects(root, "of") if (k := key_at(g))]
    return words, keys


# Military ranks, also abbreviated, that open a mention ("Lt Gen X Y" tagged whole).
_RANKS = frozenset({"gen", "general", "lt", "lieutenant", "maj", "major", "col", "colonel", "brig", "brigadier", "adm",
                    "admiral", "capt", "captain"})


# Words of an armed service's office ("Army chief", "Chief of Army Staff", "the commander"), after which "Gen" opening
# a name is a rank ("Army chief Gen Asim Munir"), not a given name as after "Defence Minister" ("Gen Nakatani").
_ARMED_OFFICES = frozenset({"army", "military", "forces", "navy", "naval", "corps", "command", "commander", "staff",
                            "troops"})


def after_armed_office(name: Span) -> bool:
    """Whether the office words written right before a name are an armed service's ("Army chief Gen X")."""
    doc, position, armed = name.doc, name.start - 1, False
    while position >= name.sent.start:
        word = fold(doc[position].text).strip(".,")
        if word not in _PROFILE_WORDS | _ARMED_OFFICES | {"of", "the", "'s", "’s"}:
            break
        armed = armed or word in _ARMED_OFFICES
        position -= 1
    return armed


def _leading_ranks(name: Span) -> list[str]:
    """"Gen" in the mention "Lt Gen X Y": the ranks opening it, when no office is written before it (in "Defence
    Minister Gen Nakatani" Gen is a given name) or only an armed service's; a title inside a name is none ("Amir
    Khan Muttaqi")."""
    ranks = []
    for token in name:
        if fold(token.text).strip(".") not in _RANKS:
            break
        ranks.append(token.text)
    return ranks if len(ranks) < len(name) else []


def _before(name: Span, key_at) -> tuple[list[str], list[str]]:
    doc = name.doc
    words, keys = [], []
    position = name.start - 1  # no comma skipped: "On the call with the Tajik president, Putin said"
    first = position
    while position >= name.sent.start:
        token = doc[position]
        key = key_at(token)
        if position == first and key:
            break  # "in Afghanistan, Jaishankar said": a place before the name is no affiliation
        joins_offices = token.lower_ == "and" and position > name.sent.start and \
            fold(doc[position - 1].text).strip(".") in _PROFILE_WORDS  # "Deputy Prime Minister and Foreign Minister X"
        if key or token.lower_ in ("'s", "’s", "of", "for", "(", ")") or joins_offices or \
                fold(token.text).strip(".") in _PROFILE_WORDS:
            if key:
                keys.append(key)
            else:
                words.append(token.text)
            position -= 1
            continue
        break
    return words, keys


def _appositions(name: Span) -> list[list[Token]]:
    """The noun phrases set beside a name: its appositions, or the office it is the apposition of."""
    root = name.root
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according":
        return []  # "According to Foreign Secretary X, the prime minister raised …": the comma ends the source
    phrases = [_phrase(c) for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        phrases.append([t for t in _phrase(root.head) if t.i < root.head.i + 1 and t not in name])
    return phrases


_CLAUSES = frozenset({"acl", "advcl", "relcl", "ccomp", "xcomp", "csubj"})


def _phrase(head: Token) -> list[Token]:
    """The noun phrase of an apposition without the clauses inside it: in "Rahmon, his first trip since Russian
    troops entered Ukraine" the clause says nothing about Rahmon ("X, Russia's envoy to Kabul" keeps Russia)."""
    inside = {t.i for c in head.children if c.dep_ in _CLAUSES for t in c.subtree}
    return [t for t in head.subtree if t.i not in inside]
