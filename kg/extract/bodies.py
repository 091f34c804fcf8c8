"""Government bodies named by their country and function: "the Tajik defence ministry", "Russia's Foreign
Ministry", "the Kyrgyz Security Council", "the Ukrainian military", "the Uzbek air force".

The model tags such phrases partly ("Foreign Ministry" without "Russian") or not at all when they are
lowercase, yet they speak in the news ("…, the Tajik defence ministry said") and are actors of their own,
distinct from their country. Each becomes an organisation with a canonical label ("Ministry of Defence of
Tajikistan"), so that "the Russian Defence Ministry" and "Russia's Defence Ministry" are one actor. A lowercase
ministry named without its country ("the interior ministry said", "the defence ministry in Kabul") speaks as
well: it is named by its seat when the text gives one, else as a capitalised "the Foreign Ministry" is.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from .military_words import NATIONAL_FORCES
from .names import capitals, country_named, fold, strip_possessive

# The words before "ministry" -> the ministry's canonical name.
MINISTRIES = {
    ("foreign",): "Ministry of Foreign Affairs", ("foreign", "affairs"): "Ministry of Foreign Affairs",
    ("external", "affairs"): "Ministry of External Affairs",
    ("defence",): "Ministry of Defence", ("defense",): "Ministry of Defence",
    ("interior",): "Ministry of Internal Affairs", ("internal", "affairs"): "Ministry of Internal Affairs",
    ("home",): "Ministry of Home Affairs", ("emergency",): "Ministry of Emergency Situations",
    ("emergencies",): "Ministry of Emergency Situations", ("health",): "Ministry of Health",
    ("trade",): "Ministry of Trade", ("commerce",): "Ministry of Commerce", ("finance",): "Ministry of Finance",
    ("economy",): "Ministry of Economy", ("energy",): "Ministry of Energy", ("transport",): "Ministry of Transport",
    ("education",): "Ministry of Education", ("justice",): "Ministry of Justice",
    ("agriculture",): "Ministry of Agriculture", ("industry",): "Ministry of Industry",
    ("information",): "Ministry of Information", ("culture",): "Ministry of Culture",
}
COUNCILS = {("security", "council"): "Security Council", ("national", "security", "council"): "National Security Council",
            ("military",): "Armed Forces", ("army",): "Army", ("parliament",): "Parliament", ("armed", "forces"): "Armed Forces",
            ("air", "force"): "Air Force", ("navy",): "Navy", ("border", "service"): "Border Service",
            ("border", "troops"): "Border Troops"}
# Ministries some countries' press names otherwise: "the Pakistani Foreign Office" is its foreign ministry.
OFFICES = {("foreign", "office"): "Ministry of Foreign Affairs"}


# Words that name a country's armed forces as a whole: "Afghan soldiers", "the Afghan army", "Afghan government
# forces". Only for the countries whose forces the genre names apart (:data:`.military_words.NATIONAL_FORCES`):
# "Uzbek troops" are the country acting, no actor of their own.
_FORCE_NOUNS = frozenset({"forces", "troops", "soldiers", "servicemen", "army", "military", "personnel"})
_FORCE_MODIFIERS = frozenset({"government", "security", "armed", "regular", "former", "national"})


def _by_head() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """The bodies by the word that ends their phrase ("ministry", "council", "force"...) -> (the words before
    it, the name): each token is looked up once instead of compared with every body."""
    heads: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words, name in MINISTRIES.items():
        heads.setdefault("ministry", []).append((words, name))
    for words, name in (*COUNCILS.items(), *OFFICES.items()):
        heads.setdefault(words[-1], []).append((words[:-1], name))
    return heads


_BY_HEAD = _by_head()


@dataclass(frozen=True)
class Body:
    span: Span  # the phrase with its country: "Tajik defence ministry"
    label: str  # "Ministry of Defence of Tajikistan"


def find_bodies(sentence: Span, country_of: dict[int, str], government_of: dict[int, str] | None = None) -> list[Body]:
    """The country-named government bodies of a sentence; ``country_of`` maps a token index to the country
    that token names (from the entities already found: "Tajik", "Russia"). ``government_of`` maps a token to the
    government, no country's name, that the movement it names formed: "the Taliban's defence ministry" is a
    ministry of that government ("Ministry of Defence (Islamic Emirate)")."""
    found = []
    for token in sentence:
        for function, name in _BY_HEAD.get(token.lower_, ()):
            start = token.i - len(function)
            if start <= sentence.start or tuple(t.lower_ for t in token.doc[start:token.i]) != function:
                continue
            if token.i + 1 < len(token.doc) and token.nbor().pos_ == "NOUN" and not _untagged_ministry(token) \
                    and token.is_lower:
                continue  # "the Russian military base": a modifier, not the body ("Indian Air Force flight" is)
            country, first = _country_before(token.doc, start, country_of)
            if first > 0 and token.doc[first - 1].like_num and token.tag_ == "NNS":
                continue  # "two Tajik border troops were killed": members counted (not "two Indian Air Force jets")
            if country and not (country in NATIONAL_FORCES and name in ("Armed Forces", "Army")):
                found.append(Body(token.doc[first:token.i + 1], f"{name} of {country}"))
            government, first = _country_before(token.doc, start, government_of or {})
            if government and not country and name in MINISTRIES.values():
                found.append(Body(token.doc[first:token.i + 1], f"{name} ({government})"))
    return _longest(found + _national_forces(sentence, country_of) + _unowned_ministries(sentence) +
                    _unowned_services(sentence))


def _unowned_ministries(sentence: Span) -> list[Body]:
    """"the interior ministry said", "the foreign office said", "the defence ministry in Kabul said": a lowercase
    ministry after "the" or "its", named by the capital or country after "in" where there is one (the span runs
    over it), else with no country (``label`` empty): grouping gives it its country (:mod:`.actor_grouping`).
    Not a modifier ("the foreign ministry spokesman"), a building ("talks at the foreign ministry"), nor a ministry
    that a country's word opens."""
    doc, found = sentence.doc, []
    for token in sentence:
        if not token.is_lower or token.lower_ not in ("ministry", "office"):
            continue
        for function, name in _BY_HEAD[token.lower_]:
            start = token.i - len(function)
            if start - 1 < sentence.start or doc[start - 1].lower_ not in ("the", "its") \
                    or tuple(t.text for t in doc[start:token.i]) != function or name not in MINISTRIES.values():
                continue
            if token.i + 1 < sentence.end and token.nbor().pos_ in ("NOUN", "PROPN") \
                    or start > 1 and doc[start - 2].lower_ in _LOCATIVES:
                continue
            seat = _seat_after(doc, token.i + 1, sentence.end)
            end = token.i + 3 if seat else token.i + 1
            found.append(Body(doc[start:end], f"{name} of {seat}" if seat else ""))
    return found


_LOCATIVES = frozenset({"at", "outside", "inside", "near"})  # "talks at the foreign ministry": the building

# Services a country's "its" names apart from the country: "claimed its air force shot down five jets".
SERVICES = {("air", "force"): "Air Force", ("navy",): "Navy"}


def _unowned_services(sentence: Span) -> list[Body]:
    """"Pakistan claims its air force shot down five Indian aircraft": a country's air force or navy named by "its",
    with no label here; grouping names it by the country "its" stands for (:mod:`.actor_grouping`)."""
    doc, found = sentence.doc, []
    for token in sentence:
        for words in (w for w in SERVICES if w[-1] == token.lower_):
            start = token.i - len(words) + 1
            if start - 1 >= sentence.start and doc[start - 1].lower_ == "its" and \
                    tuple(t.lower_ for t in doc[start:token.i + 1]) == words and \
                    not (token.i + 1 < sentence.end and token.nbor().pos_ in ("NOUN", "PROPN")):
                found.append(Body(doc[start:token.i + 1], ""))
    return found


def _seat_after(doc: Doc, position: int, end: int) -> str | None:
    """The country of "in Kabul", "in Pakistan" at ``position``: where a ministry sits."""
    if position + 1 >= end or doc[position].lower_ != "in" or not doc[position + 1].text[:1].isupper():
        return None
    place = doc[position + 1].text
    return capitals().get(fold(place)) or country_named(place)


def _national_forces(sentence: Span, country_of: dict[int, str]) -> list[Body]:
    """"Afghan soldiers", "the Afghan government forces": the armed forces of a country the genre names apart
    from the state, under that name."""
    found = []
    for token in sentence:
        if token.lower_ not in _FORCE_NOUNS or token.i + 1 < sentence.end and token.nbor().pos_ == "NOUN":
            continue  # "Afghan army chief" is a person's office
        start = token.i
        while start - 1 > sentence.start and token.doc[start - 1].lower_ in _FORCE_MODIFIERS:
            start -= 1
        country, first = _country_before(token.doc, start, country_of)
        if country in NATIONAL_FORCES:
            found.append(Body(token.doc[first:token.i + 1], NATIONAL_FORCES[country]))
    return found


def body_named(name: str) -> str | None:
    """The canonical name of a body the model tagged whole with its country's name before it ("Pakistan Air Force",
    "Kyrgyz Border Service", "Russia's Defence Ministry"), so that it is one actor with the phrases
    :func:`find_bodies` reads ("the Kyrgyz border service").

    >>> body_named("Pakistan Air Force"), body_named("Kyrgyz Border Service"), body_named("Air Force One")
    ('Air Force of Pakistan', 'Border Service of Kyrgyzstan', None)
    """
    words = name.split()
    for size in (1, 2):
        country = country_named(strip_possessive(" ".join(words[:size])))
        function = tuple(word.lower() for word in words[size:])
        for before, label in _BY_HEAD.get(function[-1], ()) if country and function else ():
            if before == function[:-1] and not (country in NATIONAL_FORCES and label in ("Armed Forces", "Army")):
                return f"{label} of {country}"
    return None


def ministry_named(name: str) -> str | None:
    """The canonical ministry a name without a country stands for.

    >>> ministry_named("the Foreign Ministry"), ministry_named("Foreign Office"), ministry_named("Home Office")
    ('Ministry of Foreign Affairs', 'Ministry of Foreign Affairs', None)
    """
    words = tuple(w for w in name.lower().split() if w != "the")
    if words[-1:] == ("ministry",):
        return MINISTRIES.get(words[:-1])
    if words in OFFICES:
        return OFFICES[words]
    return name.removeprefix("the ") if name.removeprefix("the ") in MINISTRIES.values() else None


def _untagged_ministry(token) -> bool:
    """"Chinese Foreign Ministry spokesperson Zhao": a ministry that the model left untagged before its
    spokesperson is still named (the press names the ministry so), unlike "military" in "military base"."""
    return token.lower_ == "ministry" and not token.ent_type_


def _country_before(doc: Doc, start: int, country_of: dict[int, str]) -> tuple[str | None, int]:
    """The country named right before ``start`` ("Tajik", "Russia's") and where its words begin."""
    position = start - 1
    if position >= 0 and doc[position].lower_ in ("'s", "’s"):
        position -= 1
    if position < 0 or position not in country_of:
        return None, start
    first = position
    while first > 0 and country_of.get(first - 1) == country_of[position]:
        first -= 1
    return country_of[position], first


def _longest(bodies: list[Body]) -> list[Body]:
    """"National Security Council" over the "Security Council" inside it."""
    return [b for b in bodies if not any(o is not b and o.span.start <= b.span.start and b.span.end <= o.span.end
                                         and len(o.span) > len(b.span) for o in bodies)]
