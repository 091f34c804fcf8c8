"""What a name the model found is, read from its context: a place a place noun introduces or a locative governs, a
source an outlet noun or "according to" introduces, a dateline, a ship, an exercise, a capitalised common noun or a
kind of thing under "a" (no actor)."""
from __future__ import annotations

import re

from spacy.tokens import Span

from ..gazetteer import Gazetteer
from .actor_phrases import UNIT_NOUNS
from .actor_records import Found
from .military_words import ARMED_GROUPS, FORCES
from .names import (MILITARY_WORDS, OCCUPATIONS, ORGANISATION_WORDS, ROLE_HEADS, SEATS_OF_POWER, country_named, fold,
                    kind_by_words, looks_like_media)


PLACE_NOUNS = frozenset({"district", "province", "region", "town", "city", "village", "valley", "area", "oblast",
                         "county", "airport", "airbase", "airfield", "crossing", "river", "range", "mountains",
                         "hotel", "capital", "port", "checkpoint", "pass", "lake", "island", "gorge", "strait",
                         "outpost", "checkpost", "ground", "terminal", "plain", "glacier", "heights", "dam", "corridor",
                         "tunnel", "highway", "mine", "canal"})
# A residence is where a head of state receives guests ("talks at the Kuksaroy residence"); no body's word, so only
# beside a name, never owned by one ("the minister's residence" is a person's).
_RESIDENCES = frozenset({"residence", "dacha"})
# Words before "base" that make it an airfield or a port ("the Nur Khan air base"), no body's camp ("a Wagner base").
_BASE_KINDS = frozenset({"air", "naval"})
# Words of a name that owns a facility as an organisation does ("the Caspian Pipeline Consortium's terminal",
# "the Central Military District's training area"); not "bank" ("the West Bank's villages").
_OWNER_WORDS = (ORGANISATION_WORDS | MILITARY_WORDS | frozenset({"consortium", "company", "corporation", "holding",
                                                                 "holdings", "group"})) - {"bank"}
_LOCATIVE = frozenset({"in", "at", "near", "outside", "around", "inside"})
# The way goods or people go: a place ("trade through Torkham"), or a firm that carries them ("oil exported via the
# Caspian Pipeline Consortium"), told apart by the firm's word. Only where the phrase is about moving or trading:
# "build the plant through Rosatom" names the firm that builds it.
_ROUTE = frozenset({"through", "via"})
_MOVING = frozenset({"trade", "transit", "export", "import", "route", "reroute", "pass", "passage", "travel", "cross",
                     "crossing", "ship", "shipment", "deliver", "delivery", "run", "corridor", "road", "highway",
                     "railway", "rail", "pipeline", "move", "movement", "flow", "supply", "transport", "cargo",
                     "goods", "freight", "traffic", "convoy", "journey", "trip", "fly", "flight", "drive", "march",
                     "advance", "retreat", "flee", "escape", "smuggle", "smuggling", "evacuate", "evacuation",
                     "enter", "exit", "withdraw", "withdrawal", "pump", "carry", "haul"})
# Acts done to a territory: "the annexation of Crimea" names a place, whatever the model tagged.
_TERRITORY_ACTS = frozenset({"annexation", "occupation", "invasion"})


_VESSELS = frozenset({"destroyer", "frigate", "corvette", "cruiser", "ship", "warship", "vessel", "submarine",
                      "carrier", "tanker", "icebreaker"})
TIME_ZONES = frozenset({"GMT", "UTC", "IST", "PKT", "MSK", "CET", "CEST", "EST", "EDT", "PST", "PDT", "BST"})


def vessel(ent: Span) -> bool:
    """"represented by the destroyer Urumqi": a ship's name, often a city's, is neither an actor nor a place."""
    return ent.start > 0 and ent.doc[ent.start - 1].lemma_.lower() in _VESSELS


_WATERS = frozenset({"Gulf", "Sea", "Bay", "Strait", "Straits", "Ocean"})


def water_named_after(ent: Span) -> bool:
    """"a drill in the Gulf of Oman", "bombers over the Sea of Japan": a country that names a sea or a gulf is part
    of that place's name, no actor (not "the Government of Oman", "the coast of Japan")."""
    doc = ent.doc
    return ent.start > 1 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].text in _WATERS


_WEAPONS = frozenset({"missile", "rocket", "drone", "launcher", "jet", "howitzer", "torpedo"})
# Words of a weapon's type between its model and its noun ("BrahMos cruise missiles", "Kinzhal hypersonic missiles").
_WEAPON_TYPES = frozenset({"cruise", "ballistic", "hypersonic", "supersonic", "guided", "kamikaze"})


def weapon(ent: Span) -> bool:
    """"a BrahMos missile storage site", "Shahed drones", "BrahMos cruise missiles": a name before a weapon's noun is
    the weapon's model, no actor (a maker's or an army's name has a body's word or is known: "Pakistan Army
    drones")."""
    after = ent.end
    while after < len(ent.doc) and ent.doc[after].lower_ in _WEAPON_TYPES:
        after += 1
    return after < len(ent.doc) and ent.doc[after].lemma_.lower() in _WEAPONS \
        and not any(fold(t.text) in ORGANISATION_WORDS | MILITARY_WORDS for t in ent)


_PREFIXES = frozenset({"pro", "anti", "non", "ex", "neo", "post", "pre"})


def junk(ent: Span) -> bool:
    """"Pro" of "Pro-Taliban", "Photo/Xinhua]" of a caption's credit: a prefix glued by a hyphen to the next word
    is part of an adjective, and a span with a bracket runs over the furniture around a name; neither is a name.
    Nor is a photo's credit ("Xinhua/Li Tao": an agency and its photographer) or a stretch of land told by its ends
    ("drones sent from Baramulla to Bhuj")."""
    doc = ent.doc
    prefix = len(ent) == 1 and ent[0].lower_ in _PREFIXES and ent.end < len(doc) and doc[ent.end].text == "-" \
        and not ent[0].whitespace_
    return prefix or any(ch in ent.text for ch in "[]") or _credit(ent) or _stretch(ent)


_CREDIT = re.compile(r"[A-Z][\w.-]*/[A-Z][a-z]")  # "Xinhua/Li", not "RFE/RL"


def _credit(ent: Span) -> bool:
    """"Xinhua/Li Tao", "Reuters/Ana Ruiz": a name joined by a slash to a person's, as a photo's credit joins its
    agency and photographer; not initials ("RFE/RL") nor a body's name with a slash in it ("Ministry of
    Energy/Oil")."""
    return bool(_CREDIT.search(ent.text)) and not any(fold(t.text) in ORGANISATION_WORDS for t in ent)


def _stretch(ent: Span) -> bool:
    """"from Baramulla to Bhuj": two places a "from … to" joins, which the model ran into one name."""
    inner = [t for t in ent[1:-1] if t.lower_ == "to"]
    return bool(inner) and ent.start > 0 and ent.doc[ent.start - 1].lower_ == "from" \
        and all(t.pos_ == "ADP" and t.nbor().pos_ == "PROPN" for t in inner)  # not "Committee to Protect …"


_PERSON_DESCRIPTIONS = OCCUPATIONS | ROLE_HEADS | {"official", "diplomat", "head", "founder", "deputy", "aide"}


def described_as_person(ent: Span) -> bool:
    """"Karim Saidov, a senior fellow at X", "says Karim, a 52-year-old farmer": a name the text describes, in an
    apposition, by one person's trade or office is a person's, whatever the model tagged."""
    return any(c.dep_ == "appos" and c.tag_ == "NN" and c.lemma_.lower() in _PERSON_DESCRIPTIONS
               for c in ent.root.children)


def named_and_described_as_person(ent: Span) -> bool:
    """"Anjali Rao, a senior fellow at X", tagged as a body: described by a trade and named as people are, in two
    words or more, none a body's, a country's or in capitals; a firm or body is described by trade as well
    ("Glencore, the commodity trader", "the ICRC, a neutral observer", "Kazakh Invest, the author of the code")."""
    words = ent.text.split()
    return described_as_person(ent) and len(words) > 1 and all(w[:1].isupper() and not w.isupper() for w in words) \
        and not any(fold(w) in ORGANISATION_WORDS or country_named(w) for w in words)


def cited(ent: Span) -> bool:
    """"according to Asia-Plus", "the news agency Kabar", "told Asia-Plus", "interviewed by Asia-Plus": a name
    given as a source, or as the one a source spoke to, whatever the model tagged (no place is told anything)."""
    root = ent.root
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ in OUTLET_NOUNS:
        return True
    if root.dep_ in ("dobj", "dative") and root.head.lemma_ == "tell":
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.head.lemma_ in ("interview", "contact", "quote"):
        return True
    return root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according"


def dateline(ent: Span) -> bool:
    """"DOHA - Envoys from…", "BISHKEK/DUSHANBE, Sept 16 (Reuters) -": the place in capitals that opens a
    wire story says where it was filed; the model often runs it into the next word."""
    first = ent[0]
    return first.i == ent.sent.start and first.text.isupper() and len(first.text) > 2 and \
        any(t.text in ("-", "–", "—", "/") for t in ent.doc[ent.start:min(ent.end + 1, len(ent.doc))])


def capitalised_common_noun(ent: Span, gazetteer: Gazetteer) -> bool:
    """"Photographs posted online showed ...": a lone word capitalised only because it opens the sentence,
    which the tagger reads as a common noun (NN/NNS) while the recogniser calls it a name. A known name is
    kept ("Taliban" at the start of a sentence is in the gazetteer)."""
    if len(ent) != 1 or ent[0].tag_ not in ("NN", "NNS") or not ent[0].is_title:
        return False
    opening = all(token.is_punct for token in ent.doc[ent.sent.start:ent.start])
    return opening and not gazetteer.lookup(ent.text) and not country_named(ent.text)


_EXERCISE_NOUNS = frozenset({"exercise", "drill", "manoeuvre", "maneuver", "wargame"})
_EXERCISE_MODIFIERS = frozenset({"joint", "military", "naval", "army", "bilateral", "trilateral", "annual", "strategic",
                                  "tactical", "combined", "multinational", "international", "command", "staff",
                                  "peacekeeping", "counterterrorism"})


def exercise_name(ent: Span) -> bool:
    """"their bilateral INDRA exercise", "the army exercise INDRA": the name of a military exercise, an
    event rather than an actor, which the model tags as an organisation. A name with an organisation's
    word in it ("the Black Sea Fleet exercise") is the body that holds the exercise, and stays."""
    if ent.label_ == "PERSON" or any(t.lower_ in ORGANISATION_WORDS | MILITARY_WORDS | UNIT_NOUNS for t in ent):
        return False
    doc = ent.doc
    after = [t for t in doc[ent.end:ent.end + 5]]
    while after and (after[0].lower_ in _EXERCISE_MODIFIERS or _hyphenated(after[0])):
        after = after[1:]
    before = doc[ent.start - 1] if ent.start > 0 else None
    return any(t is not None and t.pos_ == "NOUN" and t.lemma_.lower() in _EXERCISE_NOUNS
               for t in (after[0] if after else None, before))


def _hyphenated(token) -> bool:
    """A hyphen or a part of a hyphenated word ("tri-service", "counter-terror"), a modifier the name stands before."""
    doc = token.doc
    return token.text == "-" or token.i + 1 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_ \
        or token.i > 0 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_


_CODENAMING = frozenset({"codenamed", "code-named", "codename", "dubbed"})
_OPERATIONS = frozenset({"operation", "offensive", "campaign", "raid", "mission", "strike", "exercise", "drill"})


def operation_name(ent: Span) -> bool:
    """"Operation Zarb-e-Azb", "the offensive, codenamed (code-named) Tor Ghar", "an operation the army calls Tor
    Ghar": the name of a military operation, an event that the model tags as an organisation or a person (not
    "the group calls itself Islamic State Khorasan")."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    code_named = before is not None and before.lower_ == "named" and ent.start > 2 \
        and doc[ent.start - 2].text == "-" and doc[ent.start - 3].lower_ == "code"
    return ent[0].text == "Operation" and len(ent) > 1 or before is not None and before.lower_ in _CODENAMING \
        or code_named or _called_operation(ent)


def _called_operation(ent: Span) -> bool:
    """"an operation the military calls X", "the raid was called X": a name given to an operation by "call" (the
    verb just before the name, which the parser may not make its head)."""
    root = ent.root
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    after_verb = before is not None and before.lemma_ in ("call", "name")
    verb = before if after_verb else root.head
    if verb.lemma_ not in ("call", "name") or not after_verb and root.dep_ not in ("oprd", "dobj", "attr"):
        return False
    named = [verb.head] if verb.dep_ == "relcl" else [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    return any(t.lemma_.lower() in _OPERATIONS for t in named if t.i < ent.start or t.i >= ent.end)


def indefinite(ent: Span) -> bool:
    """"would not recognise a Taliban government": a name and a common noun under "a"/"an" describe a kind
    of thing, not the actor of that name ("a Reuters report" is no such phrase: there the article belongs
    to "report", outside the name)."""
    root = ent.root
    return root.is_lower and any(child.dep_ == "det" and child.lower_ in ("a", "an") for child in root.children)


OUTLET_NOUNS = frozenset({"agency", "newspaper", "daily", "broadcaster", "channel", "outlet", "website", "portal",
                           "weekly", "tabloid"})


def place_by_context(ent: Span) -> bool:
    """"the Bajaur district", "the Hairatan border crossing", "the Leilek and Batken districts", "the Afghan
    town of Hairatan", "Ghazni, a strategic city", "the Leh-based corps", "the Sarlung plains", "the banks of
    the Indus", "the Kajaki dam", "the Zangezur corridor", "the annexation of Crimea", "the border post of X": a
    name that a place noun heads, introduces or describes, that a base is in, or that is the territory annexed,
    occupied or invaded."""
    doc = ent.doc
    following = list(doc[ent.end:ent.end + 3])
    if following and _place_noun(following[0]) and not _owner_after(following, 1) or \
            len(following) > 1 and following[0].pos_ == "NOUN" and _place_noun(following[1]) \
            and not _owner_after(following, 2):
        return True
    if ent.end + 1 < len(doc) and doc[ent.end].text == "-" and doc[ent.end + 1].lower_ == "based":
        return True
    root = ent.root
    head = root.head if root.dep_ == "conj" else root
    noun = head.head
    if head.dep_ in ("compound", "nmod") and (noun.lemma_.lower() in PLACE_NOUNS | _RESIDENCES or _air_base(noun)) \
            and not (noun.dep_ == "compound" and noun.head.lower_ in _OWNER_WORDS):  # not "X Corridor Company"
        return True
    last = max((c.i for c in root.conjuncts if c.i > root.i), default=None)  # "Bajaur and Mohmand districts"
    if last is not None and last + 1 < len(doc) and _place_noun(doc[last + 1]) and doc[last + 1].tag_ == "NNS":
        return True
    if any(c.dep_ == "appos" and c.lemma_.lower() in PLACE_NOUNS for c in root.children) or \
            root.dep_ == "appos" and root.head.is_lower and root.head.lemma_ in PLACE_NOUNS:  # "the outposts X and Y"
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "including" and (root.head.head.lemma_.lower() in PLACE_NOUNS
                                                                   or _air_base(root.head.head)):
        return True  # "eleven air bases, including Nur Khan"
    if root.dep_ == "dobj" and root.head.lemma_ == "cross":
        return True  # "attempt to cross the Panj"
    if root.dep_ == "poss" and (root.head.lemma_.lower() in PLACE_NOUNS or root.head.ent_type_ == "FAC") and \
            not any(t.lower_ in _OWNER_WORDS for t in ent):
        return True  # "near Sukkur's main airport": a place that has an airport, a port (not "the X Group's port")
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_ == "bank" and \
            root.head.head.is_lower:
        return True  # "the banks of the Indus", "the north bank of Pangong Tso"
    return root.dep_ == "pobj" and root.head.lower_ == "of" and (root.head.head.lemma_.lower() in PLACE_NOUNS
                                                               | _TERRITORY_ACTS  # "the annexation of Crimea"
                                                               or _border_post(root.head.head))


def _border_post(noun) -> bool:
    """"the border post of X", "the frontier point of X": a post or point the border names is a place."""
    return noun.lemma_.lower() in ("post", "point", "station") \
        and any(c.dep_ == "compound" and c.lower_ in ("border", "frontier") for c in noun.children)


# What "in", "at" or "near" hangs on when it says where something happened: a verb of happening, meeting, placing or
# moving, or a noun of a place or of an event ("met at X", "troops deployed in X", "a checkpoint in X", "the clashes
# in X"). Under any other word the phrase may aim at or rest in a person ("lashed out at X", "an ally in X").
_WHERE_VERBS = frozenset({"hold", "meet", "talk", "arrive", "land", "stay", "remain", "live", "deploy", "station",
                          "base", "position", "kill", "clash", "fight", "attack", "gather", "assemble", "convene",
                          "sign", "speak", "receive", "host", "welcome", "happen", "occur", "erupt", "approach",
                          "pull", "withdraw", "disengage", "complete", "build", "open", "close", "detain", "arrest",
                          "die", "injure", "wound", "explode", "crash", "patrol", "camp", "protest", "rally",
                          "march", "travel", "fly", "stop", "seize", "capture", "manufacture", "produce"})
_WHERE_NOUNS = PLACE_NOUNS | _RESIDENCES | frozenset({
    "post", "checkpoint", "rally", "airport", "border", "frontier", "line", "headquarters", "base", "camp", "embassy",
    "consulate", "school", "hospital", "market", "mosque", "bridge", "station", "plant", "factory", "site", "point",
    "meeting", "talk", "summit", "conference", "consultation", "ceremony", "clash", "standoff", "fighting", "attack",
    "blast", "explosion", "protest", "situation", "disengagement", "deployment", "visit", "election"})


def _says_where(prep) -> bool:
    """Whether a locative preposition says where something happened: it hangs on a word of _WHERE_VERBS or
    _WHERE_NOUNS ("took place at X" too, not "took a dig at X"; "a face-off at X")."""
    head = prep.head
    lemma = head.lemma_.lower()
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "place" for c in head.children)
    if lemma == "off" and head.i > 1 and head.doc[head.i - 1].text == "-":
        lemma = head.doc[head.i - 2].lower_ + "-off"  # "face-off", "stand-off", which the tokeniser splits
        return lemma in ("face-off", "stand-off")
    return lemma in (_WHERE_VERBS if head.pos_ in ("VERB", "AUX") else _WHERE_NOUNS)


def left_or_crossed(ent: Span) -> bool:
    """"troops pulled back from Depsang and Demchok", "the railway from Serhetabat to Herat": ground forces leave,
    or the start of a route whose end is a place, is a place the model took for a body or a person."""
    doc, root = ent.doc, ent.root
    head = root.head if root.dep_ == "conj" else root
    left = head.dep_ == "pobj" and head.head.lower_ == "from" and \
        any(a.lemma_ in _LEAVING for a in (head.head.head, head.head.head.head))
    route = ent.start > 0 and doc[ent.start - 1].lower_ == "from" and ent.end + 1 < len(doc) and \
        doc[ent.end].lower_ == "to" and doc[ent.end + 1].ent_type_ in ("GPE", "LOC")
    return (left or route) and kind_by_words(ent.text, "") in ("", "Place")


_LEAVING = frozenset({"back", "withdraw", "retreat", "pull", "disengage", "evacuate", "flee", "retire"})


def located(ent: Span) -> bool:
    """"a checkpoint in Dera Ismail Khan", "received him at Vigyan Bhawan", "drills held off Bandar Anzali": a name
    governed by "in", "at", "near" or "off" where the phrase says where something happened is a place the model took
    for a person's ("lashed out at X", "an ally in X", "bought it off X" say no such thing). A name whose words make
    it a body stays one ("met at the Akorda")."""
    root = ent.root
    return root.dep_ == "pobj" and root.head.lower_ in ("in", "at", "near", "off") and _says_where(root.head) \
        and kind_by_words(ent.text, "") in ("", "Place")


# What "at" or "in" a seat of power may hang on when the phrase aims at or sits in the body, not its building:
# "lashed out at the Kremlin", "anger at the White House", "officials in the Kremlin", "many in the White House".
_AIMED_AT = frozenset({"lash", "aim", "direct", "anger", "jab", "dig", "swipe", "criticism", "frustration", "fire",
                       "look", "glance", "hit", "point", "laugh", "shout", "angry", "furious"})
_INSIDERS = frozenset({"official", "source", "insider", "hawk", "aide", "many", "some", "few", "those", "one",
                       "people", "voice", "figure", "adviser", "advisor", "staff", "mood", "thinking", "view"})
_BUILDINGS_OF_POWER = SEATS_OF_POWER - {"state department"}


def seat_as_building(ent: Span, clean: str) -> bool:
    """"held talks at the Kremlin", "told reporters at the White House", "a treaty signed in the Kremlin", "an
    address from the White House": a seat of power where something happens is its building, a place; not where
    the phrase aims at it ("lashed out at the Kremlin") or names those in it ("officials in the White House")."""
    root = ent.root
    if fold(clean).removeprefix("the ") not in _BUILDINGS_OF_POWER or root.dep_ != "pobj":
        return False
    prep = root.head
    return prep.lower_ in ("at", "in", "inside", "from") and prep.head.lemma_.lower() not in _AIMED_AT | _INSIDERS


# Verbs whose object is ground alone ("overran X"); "take", "seize" and "capture" take persons too ("took X hostage").
# With the past forms the lemmatiser leaves as they are.
_TAKING_GROUND = frozenset({"overrun", "overran", "besiege", "encircle", "storm", "occupy", "retake", "retook",
                            "recapture"})
_TAKING = frozenset({"take", "seize", "capture"})
_ARMED_SUBJECTS = FORCES | ARMED_GROUPS | {"army", "military", "taliban"}
# What makes the taking a person's: "took X hostage", "took X to hospital", "captured X alive", "seized X from home".
_TAKEN_PERSON = frozenset({"hostage", "prisoner", "captive", "alive", "custody", "to", "into", "from", "as"})


def taken_ground(ent: Span) -> bool:
    """"the Taliban took Islam Qala", "the rebels overran X": a name that an armed body takes, right after the verb
    and described by no person's word, is ground the model took for a person's name. Persons are taken too: never
    one taken hostage, to a place or alive, nor one the police take ("police seized X")."""
    root = ent.root
    verb = root.head
    if root.dep_ != "dobj" or ent.start == 0 or ent.doc[ent.start - 1] != verb or described_as_person(ent):
        return False
    if verb.lemma_ in _TAKING_GROUND:
        return True
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    armed = any(s.lower_ in _ARMED_SUBJECTS or s.ent_type_ in ("ORG", "NORP") for s in subjects)
    return verb.lemma_ in _TAKING and armed and not any(c.lower_ in _TAKEN_PERSON for c in verb.children)


def _place_noun(token) -> bool:
    return not token.ent_type_ and (token.lemma_.lower() in PLACE_NOUNS | _RESIDENCES or _air_base(token))


def _air_base(token) -> bool:
    """"the Nur Khan air base", "the Murid and Rafiqui air bases", "a naval base": a base the forces' kind names
    (read from the word: the lemmatiser makes "bases" "basis")."""
    return token.lower_ in ("base", "bases") and token.i > 0 and token.doc[token.i - 1].lower_ in _BASE_KINDS


def _owner_after(following: list, i: int) -> bool:
    """"the Kajaki Dam Authority", "the Zangezur Corridor Company": a body's word after the place noun makes the
    noun part of a body's name, which the model cut short."""
    return i < len(following) and following[i].lower_ in _OWNER_WORDS


def kind_by_words_or_place(ent: Span, clean: str, kind: str) -> str | None:
    """The kind the name's words give; a name whose words say nothing, written after "in", "at" or "near"
    ("fighting in Baghlan", "met at Charikar") or as the way goods or people go ("trade through Torkham", "via
    Termez"; not "via the Caspian Pipeline Consortium", nor "build the plant through Rosatom"), is a place the
    model took for an organisation (acronyms and outlets excepted: "at SCO", "told CNN")."""
    by_words = kind_by_words(clean, "")
    if by_words != "" or kind != "Organisation" or clean.isupper() or looks_like_media(clean):
        return by_words if by_words != "" else kind
    root = ent.root
    while root.dep_ == "conj" and root.head.i < root.i:  # "at Gogra, Hot Springs and Depsang"
        root = root.head
    route = root.head.lower_ in _ROUTE and _moving(root.head.head) \
        and not any(w in _OWNER_WORDS for w in fold(clean).split())
    return "Place" if root.dep_ == "pobj" and (root.head.lower_ in _LOCATIVE or route) else kind


def _moving(head) -> bool:
    """Whether "through"/"via" hangs on a word of moving or trading, or on a verb whose object is one ("discussed
    trade through Torkham", the phrase parsed as the verb's)."""
    objects = [c for c in head.children if c.dep_ == "dobj"] if head.pos_ == "VERB" else []
    return any(t.lemma_.lower() in _MOVING for t in [head, *objects])


def _beat(name: str) -> bool:
    """"White House correspondent", "a European Parliament reporter": a body a reporter covers, no outlet."""
    words = fold(name).removeprefix("the ").split()
    return " ".join(words) in SEATS_OF_POWER or any(w in ORGANISATION_WORDS for w in words)


def reports_news(span: Span) -> bool:
    """Whether a name is used as a news source: "Reuters reported", "ET has learnt", "reported by X", "an X
    correspondent"."""
    root = span.root
    if root.dep_ == "nsubj" and root.head.lemma_ in ("report", "learn"):
        return True
    if root.dep_ == "compound" and root.head.lemma_ in ("correspondent", "reporter"):
        return not _beat(span.text)  # "Kazinform correspondent reports", "a TASS reporter asked"
    return root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.head.lemma_ in ("report", "quote")


def place_like(item: "Found", places: set[tuple[int, int]]) -> bool:
    """An unknown organisation listed with places ("two bases – Dushanbe and nearby Bashkor") is a place.
    ``places`` holds (document, token index) pairs: each paragraph is a document of its own, so a token index
    alone would meet a place of another paragraph."""
    root = item.span.root
    linked = [root.head] if root.dep_ == "conj" else []
    linked += [c for c in root.children if c.dep_ == "conj"]
    return any((id(t.doc), t.i) in places for t in linked)
