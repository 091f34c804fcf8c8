"""Word lists and string rules about names: titles, demonyms, initials, transliterations, outlets.

These are rules for phenomena of news English, not for particular articles.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..timeexpr import MONTHS, WEEKDAYS

DATA = Path(__file__).resolve().parent.parent / "data"

# Titles and honorifics that precede a name and are not part of it.
TITLE_WORDS = frozenset("""
mr mrs ms dr prof sir dame sheikh mullah maulana mawlawi hazrat shri smt ayatollah
president vice prime minister ministers deputy foreign external affairs defence defense interior home finance
secretary general gen lt lieutenant col colonel colonel-general major admiral rear vice-admiral commander chief army navy air marshal
ambassador envoy special representative spokesperson spokesman spokeswoman adviser advisor national security
council chairman chairperson head leader speaker senator governor king queen prince emir amir supreme
eam nsa pm fm cm mp mla chancellor premier state counsellor councillor councilor director acting caretaker former
his her their counterpart the a an
""".split())

_ARTICLES = frozenset({"the", "a", "an"})
# Honorifics never part of a given name: what the model ran into a name before one is an office's words.
_RELIGIOUS_TITLES = frozenset({"ayatollah", "maulana", "mawlawi", "hazrat"})
# Ranks, and the end of an office the model runs into a name ("Chief of the General Staff Valery Gerasimov"
# tagged "Staff Valery Gerasimov"): stripped before a person's name only, never from an organisation's.
PERSON_PREFIXES = frozenset("maj brig brigadier capt captain commodore sgt sergeant staff staffs gen".split())
# A date the model ran into the name after it ("In January Asif Durrani went to Kabul"): no part of a person's name.
DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)
# What a reporter calls a person by trade ("analyst Emil Rahimov", "Karim, a 52-year-old farmer"): before a name
# it is no part of the name, and as an apposition it says that the name is a person's.
OCCUPATIONS = frozenset("""
analyst expert researcher scholar professor academic economist historian scientist journalist reporter
correspondent editor columnist commentator writer author activist lawyer doctor teacher student farmer resident
shopkeeper trader driver engineer worker veteran fellow observer blogger consultant lecturer politician lawmaker
host
""".split())
RANKS = frozenset("""
rear vice admiral vice-admiral gen general maj major lt lieutenant col colonel colonel-general brig brigadier
capt captain commodore marshal commander
""".split())

ROLE_HEADS = frozenset("""
president minister secretary adviser advisor spokesperson spokesman spokeswoman ambassador envoy representative
chairman chairperson chief commander general admiral leader premier chancellor governor king emir amir director
""".split())

_DEMONYM_ENDINGS = ("an", "ian", "ese", "i", "ish", "k", "z", "en", "ch")

MEDIA_WORDS = frozenset("""
times post news newspaper agency reuters tass interfax xinhua afp ap bbc cnn tribune herald journal gazette express
telegraph guardian press radio tv television broadcasting daily today chronicle wire dawn hindu mint
insider observer monitor bulletin magazine network channel media outlet portal ria novosti tolonews
""".split())

_VARIANTS = (("sergei", "sergey"), ("nikolay", "nikolai"), ("andrey", "andrei"), ("aleksandr", "alexander"),
             ("zhomart", "jomart"), ("panjsher", "panjshir"), ("dmitriy", "dmitry"), ("yevgeny", "evgeny"),
             ("mohammed", "mohammad"), ("muhammad", "mohammad"))


@lru_cache(maxsize=1)
def family_name_first() -> frozenset[str]:
    """Family names that come first in the English press ("Wang Yi" is Mr Wang), from the data file."""
    lines = (DATA / "family_name_first.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@dataclass(frozen=True)
class Country:
    """A country as the press names it: "United Kingdom", "UK", "British", "London"."""

    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]


@lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    """The countries of the data file (general knowledge, no Wikidata IDs: those come from the gazetteer)."""
    def split(value: str | None) -> tuple[str, ...]:
        return tuple(part for part in (value or "").split("|") if part)

    with (DATA / "countries.tsv").open(encoding="utf-8", newline="") as handle:
        return tuple(Country(row["country"], split(row["aliases"]), split(row["demonyms"]), split(row["capitals"]))
                     for row in csv.DictReader(handle, delimiter="\t"))


# A country's armed services as the press and the services themselves name them ("Pakistan Army", "Indian Navy"), for
# the bodies read as "Army of Pakistan", "Navy of India".
_SERVICES = ("Army", "Navy", "Air Force")


def service_names(label: str) -> set[str]:
    """The forms the press names a country's armed service by: the country's name or its first demonym before the
    service ("Pakistan Army", "Indian Navy"), kept as the body's other names so that either finds it.

    >>> sorted(service_names("Army of Pakistan")), sorted(service_names("Air Force of India"))
    (['Pakistan Army', 'Pakistani Army'], ['India Air Force', 'Indian Air Force'])
    >>> service_names("Ministry of Defence of Pakistan")
    set()
    """
    service, _, country = label.partition(" of ")
    found = next((c for c in countries() if c.name == country), None) if service in _SERVICES else None
    if found is None:
        return set()
    return {f"{found.name} {service}"} | ({f"{found.demonyms[0]} {service}"} if found.demonyms else set())


@lru_cache(maxsize=1)
def _country_forms() -> dict[str, str]:
    forms = {}
    for country in countries():
        for form in (country.name, *country.aliases, *country.demonyms):
            forms[fold(form)] = country.name
        for form in country.demonyms:
            forms[fold(plural(form))] = country.name
    return forms


def country_named(name: str) -> str | None:
    """The country a name, alias or demonym stands for.

    >>> country_named("UK"), country_named("Ukrainians"), country_named("Kabul")
    ('United Kingdom', 'Ukraine', None)
    """
    return _country_forms().get(fold(name.removeprefix("the ").removeprefix("The ")))


def capitals() -> dict[str, str]:
    """Folded capital name -> the country it stands for in "Islamabad said" (a copy: callers add to it).

    >>> capitals()["islamabad"]
    'Pakistan'
    """
    return dict(_capitals())


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    return {fold(capital): country.name for country in countries() for capital in country.capitals}


def surnames(name: str) -> list[str]:
    """The words a person may be called by alone: the last, and the first when it is a family name
    written first.

    >>> surnames("Wang Yi"), surnames("Dr. S. Jaishankar"), surnames("Yi"), surnames("Faisal bin Farhan")
    (['yi', 'wang'], ['jaishankar'], ['yi'], ['farhan', 'faisal'])
    """
    words = name_tokens(name)
    if not words:
        return []
    found = [words[-1]]
    if len(words) in (2, 3) and words[0] in family_name_first() or any(w in ("bin", "ibn", "bint") for w in words):
        found.append(words[0])  # "Wang Yi" is Mr Wang; "Faisal bin Farhan" is Prince Faisal
    return found


# Words in a name that make it an organisation, a place, or an event or document (no actor).
ORGANISATION_WORDS = frozenset("""
ministry council committee office department agency service services army forces force command military guard
staff secretariat party front movement organisation organization union bank fund commission court parliament
assembly government administration bureau institute group network corps brigade battalion division regiment
police navy directorate authority authorities cabinet senate duma congress alliance coalition
""".split())
# A company's legal form written before its name ("JSC Kazatomprom", "OAO Rosneft", "AB Volvo"): no initials.
COMPANY_FORMS = frozenset("""
ab ag ao jsc llc llp nv oao ojsc ooo pao pjsc plc sa spa too zao
""".split())
# Words that make a name an organisation whatever place word ends it ("Central Military District",
# "Islamic State Khorasan Province").
MILITARY_WORDS = frozenset({"military", "army", "forces", "command", "guard", "corps", "brigade", "battalion",
                            "regiment", "navy", "fleet", "islamic", "liberation", "resistance", "revolutionary",
                            "jihad", "mujahideen", "taliban", "qaeda", "hezbollah", "militia"})
PLACE_WORDS = frozenset("""
district province region oblast krai pradesh valley pacific atlantic ocean sea gulf strait mountains desert
peninsula corridor airport airbase airfield base house palace square hall hotel stadium street road bridge border
gate crossing range ground grounds island islands river lake port city town village county line marg avenue lane
""".split())
# The last words of a street's name: an address is no person ("7, Lok Kalyan Marg").
STREET_WORDS = frozenset({"street", "road", "marg", "avenue", "lane", "square"})
# The last words of a building's name, some of them surnames too: a landmark ("the Friendship Gate", "Nowshera
# Bridge"), not "envoy Peter Bridge".
LANDMARK_WORDS = frozenset({"gate", "bridge", "palace", "airport", "airbase", "airfield", "stadium", "hotel", "tunnel",
                            "dam", "mosque"})
EVENT_WORDS = frozenset("""
dialogue summit declaration treaty pact conference session meeting talks agreement accord deal process initiative
round strategy doctrine plan programme program charter resolution communique communiqué festival games cup
day week anniversary war crisis revolution election elections
""".split())
# Buildings that stand for the power they house: organisations that speak, not places.
SEATS_OF_POWER = frozenset({"kremlin", "white house", "pentagon", "downing street", "elysee", "élysée", "akorda",
                            "zhongnanhai", "blue house", "state department"})
GENERIC_BODIES = frozenset({"office", "ministry", "government", "department", "council", "committee", "agency",
                            "service", "secretariat", "staff", "administration", "authorities", "parliament"})


PLATFORMS = frozenset({"telegram", "instagram", "facebook", "twitter", "youtube", "whatsapp", "tiktok", "vkontakte",
                       "wechat", "weibo", "snapchat", "threads"})


def kind_by_words(name: str, kind: str) -> str | None:
    """The kind a name's own words give an unlinked organisation or place the model tagged: a seat of power
    or a name with an organisation word is an organisation ("Central Military District"), a name with a
    place word is a place ("Uttar Pradesh", "Hyderabad House"), an event or document is no actor
    ("Regional Security Dialogue", "the Indus Waters Treaty"), and so is a lone generic body or a title ("Office",
    "Rear Admiral"). A forum is a body that holds meetings ("a fellow at the Central Asia Policy Forum", "the World
    Economic Forum").

    >>> [kind_by_words(n, "Organisation") for n in ("Central Military District", "Uttar Pradesh", "Delhi Dialogue",
    ...  "White House", "National Security Advisers", "Office", "Asia-Plus", "Parliament House",
    ...  "Islamic State Khorasan Province")]
    ['Organisation', 'Place', None, 'Organisation', None, None, 'Organisation', 'Place', 'Organisation']
    """
    words = fold(name).replace("-", " ").split()
    if fold(name) in PLATFORMS:
        return None  # "in a post on Telegram": where something was said, not who said it
    if fold(name) in SEATS_OF_POWER:
        return "Organisation"
    if not words or _title(words) or (len(words) == 1 and words[0] in GENERIC_BODIES) or _office_of(words):
        return None
    if words[-1] in EVENT_WORDS or words[-1].rstrip(".") in RANKS:
        return None  # "Delhi Dialogue"; "Navy Capt." before a name is a rank
    if any(w in MILITARY_WORDS for w in words):
        return "Organisation"
    if words[-1] in PLACE_WORDS:
        return "Place"
    if any(w in ORGANISATION_WORDS for w in words):
        return "Organisation"
    if any(w in PLACE_WORDS for w in words):
        return "Place"
    return kind


_NOT_NAME_WORDS = frozenset("""
naval academy school college university institute fleet district group command forces army navy corps base ship
""".split())


def _title(words: list[str]) -> bool:
    """Title words alone ("National Security Adviser", "Rear Admiral") name an office, whose holder may act; ending
    in a body's word they name the body ("Supreme National Security Council", "the Security Council").

    >>> _title("national security adviser".split()), _title("supreme national security council".split())
    (True, False)
    """
    return all(w in TITLE_WORDS or w.rstrip("s") in TITLE_WORDS for w in words) \
        and (len(words) == 1 or words[-1].rstrip("s") not in GENERIC_BODIES)


def _office_of(words: list[str]) -> bool:
    """"Director General of Military Operations", "General of Military Operations" (the model cut "Director"
    off), "Chief of Army Staff": a title before "of" names an office, whose holder may act, no body of its own (not
    "Council of Ministers", "General Staff of the Armed Forces").

    >>> _office_of("general of military operations".split()), _office_of("council of ministers".split())
    (True, False)
    """
    title = words[:words.index("of")] if "of" in words else []
    return bool(title) and all(w in TITLE_WORDS for w in title) and any(w in ROLE_HEADS for w in title)


def ranked_person(name: str) -> bool:
    """"Rear Admiral Shahram Irani", "Maj Gen Liu Wei": ranks before two or three plain capitalised words
    are a person the model tagged as an organisation (not "Admiral Kuznetsov Naval Academy").

    >>> [ranked_person(n) for n in ("Rear Admiral Shahram Irani", "Maj Gen Liu Wei", "General Staff",
    ...  "Admiral Makarov Naval Academy")]
    [True, True, False, False]
    """
    words = name.replace(".", "").split()
    count = 0
    while count < len(words) and words[count].lower() in RANKS:
        count += 1
    rest = words[count:]
    if any(w.lower() in _NOT_NAME_WORDS for w in rest):
        return False
    return count >= 1 and 2 <= len(rest) <= 3 and all(w[:1].isupper() and w.isalpha() or "-" in w for w in rest) \
        and kind_by_words(" ".join(rest), "Person") == "Person"


def is_demonym(name: str) -> bool:
    """A country's adjective ("Indian", "Tajik") rather than its name ("Bharat", "Kirghizia").

    >>> [is_demonym(n) for n in ("Indian", "Kyrgyz", "Bharat", "Kirghizia", "US")]
    [True, True, False, False, False]
    """
    word = name.strip()
    if " " in word or word.isupper() or word.endswith(("ia", "stan", "land")):
        return False
    return word.lower().endswith(_DEMONYM_ENDINGS)


def plural(demonym: str) -> str:
    """ "Iranian" -> "Iranians"; "Chinese", "Dutch", "British", "Swiss" stay as they are."""
    return demonym if demonym.endswith(("ese", "ch", "sh", "ss")) else demonym + "s"


def demonym_forms(name: str) -> set[str]:
    """The adjective and its plural ("Iranian", "Iranians"), as they appear in text."""
    return {name, plural(name)}


# Russian "ие"/"ия" inside a name is romanised "ie" or "iye" ("Tashiev", "Tashiyev"; "Aliev", "Aliyev").
_IY_BEFORE_VOWEL = re.compile(r"(?<=[a-z])iy(?=[aeou])")


@lru_cache(maxsize=1 << 16)  # called for every name and token the rules compare: ~20% of their time uncached
def fold(text: str) -> str:
    """Lowercase, accents removed, curly apostrophes straightened, known transliteration variants unified.

    >>> fold("Sergei Lavrov’s"), fold("Kamchybek Tashiyev") == fold("Kamchybek Tashiev")
    ("sergey lavrov's", True)
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).replace("’", "'").lower()
    for variant, canonical in _VARIANTS:
        text = re.sub(rf"\b{variant}\b", canonical, text)
    text = _IY_BEFORE_VOWEL.sub("i", text)
    return " ".join(text.split())


def strip_possessive(text: str) -> str:
    return re.sub(r"['’]s?$", "", text.strip())


def name_tokens(text: str) -> list[str]:
    """The words of a name without titles, initials' dots or possessives.

    >>> name_tokens("Dr. S. Jaishankar")
    ['s', 'jaishankar']
    >>> name_tokens("EAM Jaishankar's"), name_tokens("Marcus T. Whitfield Jr.")
    (['jaishankar'], ['marcus', 't', 'whitfield'])
    """
    while _acronym_before_title(text.split()):
        text = text.split(None, 1)[1]
    words = [_spelling(w.strip(".,")) for w in fold(strip_possessive(text)).replace("-", " - ").split()]
    words = [w for w in words if w and w != "-"]
    while words and (words[0] in TITLE_WORDS or words[0] in PERSON_PREFIXES or words[0] in OCCUPATIONS) \
            and len(words) > 1:
        words = words[1:]
    while len(words) > 1 and words[-1] in _GENERATIONS:  # "McKenzie Jr.", who is "McKenzie" further on
        words = words[:-1]
    return words


_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _spelling(word: str) -> str:
    """One spelling for a name's romanisations: doubled letters single, "ou" and "oo" as "u" in words longer than
    a pinyin syllable (Zhou and Zhu, Hou and Hu are different Chinese surnames).

    >>> _spelling("massoud") == _spelling("masood") == "masud", _spelling("hassan") == _spelling("hasan")
    (True, True)
    >>> _spelling("zhou") == _spelling("zhu"), _spelling("hou") == _spelling("hu")
    (False, False)
    """
    return re.sub(r"(\w)\1", r"\1", re.sub(r"ou|oo", "u", word) if len(word) > 4 else word)


def clean_name(text: str, person: bool = True) -> str:
    """A span's text without leading articles (and titles, for a person) and a trailing possessive, case kept.

    An organisation keeps its words: "National Resistance Front", "Foreign Ministry".

    >>> clean_name("EAM Jaishankar's")
    'Jaishankar'
    >>> clean_name("the Taliban"), clean_name("the National Resistance Front", person=False)
    ('Taliban', 'National Resistance Front')
    >>> clean_name("January Asif Durrani"), clean_name("May"), clean_name("A K Antony"), clean_name("AN Pramod")
    ('Asif Durrani', 'May', 'A K Antony', 'AN Pramod')
    """
    words = strip_possessive(text).split()
    if person:  # "Leader of the Islamic Revolution Ayatollah Ali Khamenei" tagged from "Islamic": the office ends there
        words = words[max((i + 1 for i, w in enumerate(words[:-1]) if w.lower() in _RELIGIOUS_TITLES), default=0):]
    if "near" in words[1:]:  # "the Balochistan Liberation Front near Saravan" tagged whole: no name says "near"
        words = words[:words.index("near", 1)]
    strip = TITLE_WORDS | PERSON_PREFIXES | OCCUPATIONS | DATE_WORDS if person else _ARTICLES
    while len(words) > 1 and (words[0].lower().strip(".") in strip or person and _acronym_before_title(words)) \
            and not (words[0] == "A" and len(words[1].strip(".")) == 1 or words[0] == "AN"):  # initials: "A K Antony"
        words = words[1:]
    return " ".join(words)


def _acronym_before_title(words: list[str]) -> bool:
    """Acronyms heading a title ("ISPR Maj Gen Babar Iftikhar", "DG ISPR Maj Gen ..."): the office-holder's
    body is written before the rank, and is no part of the person's name.

    >>> _acronym_before_title(["ISPR", "Maj", "Gen", "Asif", "Ali"]), _acronym_before_title(["KC", "Tyagi"])
    (True, False)
    """
    count = 0
    while count < len(words) and len(words[count]) > 1 and words[count].isalpha() and words[count].isupper():
        count += 1
    return 0 < count < len(words) - 2 and words[count].lower().strip(".") in TITLE_WORDS | PERSON_PREFIXES


# Particles that open a family name ("Al Qahtani", "bin Salman"): no given name's initial.
SURNAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "bint", "van", "von", "de", "da", "di", "le", "la"})


def person_key(text: str) -> tuple[str, str]:
    """(first initial, surname) of a person's name, for matching "S Jaishankar" with "Dr. S. Jaishankar".

    >>> person_key("Dr. S. Jaishankar")
    ('s', 'jaishankar')
    >>> person_key("Lavrov"), person_key("Al Qahtani"), person_key("Mutlaq bin Majed Al Qahtani")
    (('', 'lavrov'), ('', 'qahtani'), ('m', 'qahtani'))
    """
    words = name_tokens(text)
    if not words:
        return "", ""
    given = [w for w in words[:-1] if w not in SURNAME_PARTICLES]
    return (given[0][0] if given else ""), words[-1]


def looks_like_media(name: str) -> bool:
    """An outlet by its name: "The Hindustan Times", "Interfax news agency".

    >>> looks_like_media("The Hindustan Times"), looks_like_media("Taliban")
    (True, False)
    """
    return any(word in MEDIA_WORDS for word in fold(name).replace("-", " ").split())


def is_role_phrase(words: list[str]) -> bool:
    """Whether words such as ["External", "Affairs", "Minister"] name an office."""
    lowered = [w.lower().strip(".,()") for w in words]
    return bool(lowered) and all(w in TITLE_WORDS or w in {"of", "and", "for", "(eam)", "eam"} for w in lowered) \
        and any(w in ROLE_HEADS for w in lowered)


def is_plain_name(name: str) -> bool:
    """A person's name with no title, office or country before it and no trailing noun.

    >>> is_plain_name("Ashraf Ghani"), is_plain_name("EAM Jaishankar"), is_plain_name("Modi government")
    (True, False, False)
    """
    words = [w.lower().strip(".") for w in name.split()]
    return bool(words) and words[0] not in TITLE_WORDS and \
        not any(w in ROLE_HEADS or w in {"government", "administration", "regime"} for w in words)
