"""The words that mark meetings and their parties, one list per decision the meeting reader makes.

Kept apart from the rules that use them so that a new phrasing ("skipped the talks", "held a call") is one
word added to one list, reviewed with its neighbours.
"""
from __future__ import annotations

from .names import ROLE_HEADS

TRIGGERS = {
    "meet": "Talks", "meeting": "Talks", "talk": "Talks", "talks": "Talks", "discuss": "Talks",
    "negotiation": "Talks", "dialogue": "Talks", "consultation": "Talks", "consultations": "Talks",
    "conversation": "Talks", "co-chair": "Talks", "host": "Talks", "receive": "Talks", "speak": "Talks",
    "welcome": "Talks",
    "visit": "Visit", "trip": "Visit", "call": "PhoneCall", "phone": "PhoneCall", "telephone": "PhoneCall",
    "conference": "PressConference", "summit": "Summit", "session": "Talks", "sign": "Talks", "agree": "Talks",
    "sit": "Talks", "tell": "Talks", "due": "Visit", "confer": "Talks", "consult": "Talks", "huddle": "Talks",
    "shake": "Talks", "exchange": "Talks", "travel": "Visit", "invite": "Visit",
}
# "recalled its envoy for consultations": an envoy called home consults his own government, meets no other side
RECALLING = frozenset({"recall", "summon", "withdraw"})
# "conferred with X", "consulted with X", "A and B huddled": talking together, with someone or among the subject's
CONFERRING = frozenset({"confer", "consult", "huddle"})
# "shook hands with X", "exchanged views with X": what two who meet shake or exchange; not fire, prisoners, blows
GREETINGS = {"shake": frozenset({"hand", "hands"}),
             "exchange": frozenset({"view", "views", "idea", "ideas", "greeting", "greetings", "pleasantry",
                                    "pleasantries", "opinion", "opinions"})}
PLANNED_WORDS = frozenset({"will", "shall", "expected", "likely", "plan", "plans", "planned", "scheduled",
                           "upcoming", "proposed", "would", "next", "due", "invitation", "set", "slated", "poised"})
# "agreed to meet again", "decided to hold talks": an encounter the parties settled on, still to come
INTENDING = frozenset({"agree", "decide", "promise", "pledge", "vow", "resolve"})
# "calls with the Kyrgyz and Tajik leaders": a country's leader, named elsewhere by an office that leads it
LEADER_NOUNS = frozenset({"leader", "president", "premier"})
LEADING_TITLES = ("president", "prime minister", "premier", "chancellor", "king", "emir", "leader")
NOT_LEADING = ("vice", "deputy", "former", "ex-")
HEADS_OF_STATE = frozenset({"president", "king", "emir", "sultan"})  # "the head of state": a country's own
# "the two leaders", "the three commanders", "both governments": parties counted, named before
COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6}
COUNTED_PERSONS = frozenset({"leaders", "ministers", "presidents", "commanders", "generals", "officers", "chiefs",
                             "envoys", "counterparts", "premiers", "heads", "diplomats", "secretaries", "advisers",
                             "nsas"})
# "both presidents", "the two ministers": persons counted by an office that names whom it counts (not "leaders", nor
# ranks such as "commanders", "generals", which one names in several ways)
COUNTED_OFFICES = frozenset({"presidents", "ministers", "premiers"})
COUNTED_GROUPS = {"organisations": "Organisation", "organizations": "Organisation", "blocs": "Organisation",
                  "alliances": "Organisation", "countries": "Country", "governments": "Country", "nations": "Country",
                  "armies": "Country", "militaries": "Country",  # "commanders of the two armies": their countries
                  "states": "Country", "neighbours": "Country", "neighbors": "Country", "sides": "sides"}
# "the local commander … with his Chinese counterpart": how far back (characters) the commander's country is named
COUNTERPART_WINDOW = 1200
BY_LINE = frozenset({"phone", "telephone", "video", "videoconference"})  # "spoke by telephone with"
# "UN Assistance Mission", "Collective Security Treaty Organization", "African Union": bodies of many countries
INTERGOVERNMENTAL = frozenset({"un", "u.n.", "nations", "organization", "organisation", "mission", "union", "treaty",
                               "alliance", "nato"})
PARTY_KINDS = ("Person", "Country", "Organisation")
# verbs whose object is a party, not a topic
MET_OBJECTS = frozenset({"meet", "visit", "receive", "host", "call", "welcome"})
# what is received or hosted when that is an encounter: "received Wang", "received a Taliban delegation"
GUEST_NOUNS = ROLE_HEADS | frozenset({"delegation", "delegate", "counterpart", "team", "guest", "official", "diplomat"})
# the words after "NATO-Russia" or "SCO-Afghanistan" that make a joint body of the two sides
JOINT_BODIES = frozenset({"council", "commission", "committee", "group", "contact", "forum", "dialogue", "format",
                          "mechanism", "board", "working", "joint", "summit"})
# a region a meeting's name joins with another side ("the China-Central Asia Summit"): the countries it stands for
REGION_COUNTRIES = {"central asia": ("Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan")}
NAME_HYPHENS = frozenset({"-", "–"})  # "China-Pakistan", "India–Central Asia"
# "a brother of X", "the son of X": X is named to describe a party, not as one
KIN = frozenset({"brother", "sister", "son", "daughter", "father", "mother", "wife", "husband", "nephew", "niece",
                 "cousin", "uncle", "relative", "aide", "widow"})
# verbs whose object is what an encounter was about, not who took part: "met X to discuss the case of Y"
TOPIC_VERBS = frozenset({"discuss", "focus", "concern", "cover", "review", "center", "centre"})
SEPARATE_WORDS = frozenset({"separate", "separately", "individually"})  # one encounter each, not one of all
# "not only A but also B", "not least B": the words after "not" that name a party all the same
NOT_BUT = frozenset({"only", "least", "just", "merely", "simply"})
# "sat across the table from X", "sat opposite X": where one sits facing another
FACING = frozenset({"across", "opposite"})
# what two sit across when they talk: "across the table from X"; not "across the aisle from X" (a chamber's seats)
TALKS_FURNITURE = frozenset({"table", "desk"})
# "spoke with A, B and C", "talked to A and B": a conversation, like a phone call, is of two; several are one each
CONVERSING = frozenset({"speak", "talk", "converse", "chat"})
# what one tells another in without meeting him: "told Biden in a letter", "in a video message to Congress"
WRITTEN_WORDS = frozenset({"letter", "message", "note", "statement", "tweet", "post", "email", "cable", "telegram",
                           "interview", "speech", "article", "book", "memoir", "broadcast", "address", "video"})
# what is accepted when an invitation is: "accepted the invitation", "accepted the offer"
INVITATIONS = frozenset({"invitation", "invite", "offer", "proposal", "it"})
# nouns of a person's phrase whose countries describe the person: "the head of the Tajik committee, Yatimov"
PERSON_HEADS = ROLE_HEADS | frozenset({"head", "counterpart", "official", "delegation", "delegate", "team"})
SEPARATELY = frozenset({"separate", "separately", "bilateral", "individually", "meetings", "calls", "conversations"})
# dependencies of a verb that heads a clause of its own: a negation inside it does not reach beyond it
CLAUSES = frozenset({"ROOT", "ccomp", "conj", "relcl", "advcl", "parataxis"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})
HYPOTHETICAL = frozenset({"should", "could", "might", "may", "must"})
# "a possible Macron-Putin meeting", "asked whether A would meet B": an encounter only thought of or asked about
SPECULATIVE = frozenset({"possible", "potential", "hypothetical", "prospective"})
QUESTIONING = frozenset({"whether"})
# Nouns whose "no" denies the encounter they are of: "no announcement of a summit", "no date for the talks"; not
# "no details of the talks were released" (held).
DENYING_NOUNS = frozenset({"announcement", "plan", "date", "sign", "word", "talk", "confirmation", "indication",
                           "schedule", "invitation"})
CONDITIONS = frozenset({"if", "unless"})  # "if A meets B", "will meet B only if …": an encounter on a condition
# "chaired a review meeting with the army chief": a government's own meeting, whoever sits at the table
OWN_MEETINGS = frozenset({"review", "cabinet", "internal", "staff", "departmental"})
# "a meeting of the country's Security Council": one country's own bodies, whose meetings are its officials' own
NATIONAL_BODIES = frozenset({"council", "committee", "cabinet"})
# a body of several countries, though one country's name stands before it: "the Russia-India joint commission"
SHARED_BODIES = frozenset({"joint", "intergovernmental", "bilateral", "trilateral", "regional", "international"})
CALLED_OFF = frozenset({"cancel", "postpone", "call", "refuse", "decline", "skip", "scrap", "deny", "rule", "reject",
                        "boycott", "miss", "shun", "snub", "avoid", "abandon", "suspend"})
# how a trigger hangs from the words that govern it ("declined an invitation to meet": xcomp, dobj)
ARGUMENTS = frozenset({"dobj", "nsubjpass", "xcomp", "nsubj", "pobj", "prep", "acl"})
# who stays away from an encounter is no party: "boycotted the summit", "did not send a representative to"
ABSENT = frozenset({"boycott", "skip", "miss", "shun", "snub", "avoid", "decline", "refuse"})
PRESENT = frozenset({"attend", "join", "participate", "send", "come", "go", "travel", "show", "turn", "take"})
# prepositions that make an encounter the occasion of what the sentence reports: "urged …, at a meeting"
OCCASIONS = frozenset({"at", "during", "after", "before", "on", "ahead", "following"})
# nouns through which a refusal reaches the encounter: "declined an invitation to meet"
INTENTS = frozenset({"invitation", "plan", "offer", "request", "proposal", "bid", "chance", "opportunity"})
# verbs through which a negation or refusal reaches the encounter: "will not travel to Moscow to meet"
PASSING = PRESENT | frozenset({"hold", "have", "plan", "schedule", "expect", "fly", "head", "arrive"})
# "is keen for Modi to travel to Beijing", "wants the two leaders to meet": a wish, not a planned encounter
WISHES = frozenset({"keen", "eager", "want", "wish", "hope", "push", "urge", "press", "lobby", "seek", "offer",
                    "invite", "ready", "willing", "prepared", "unlikely"})
# "denied that Putin had met Biden": an encounter said not to have happened
DENIALS = frozenset({"deny", "refute", "dismiss"})
CHAIRING = frozenset({"chair", "convene", "preside", "head", "lead", "summon"})
# "received Putin's envoy": one sent in another's stead, who is met even when not named; his principal is not
DEPUTED = frozenset({"envoy", "emissary", "representative", "aide", "adviser", "advisor"})
# "the visiting delegates", "the envoys": the group of visitors introduced before
VISITORS = frozenset({"delegate", "envoy", "chief", "delegation", "participant", "guest", "visitor"})
# "the two foreign ministers": India's is the External Affairs Minister, its interior minister the Home Minister
OFFICE_ALIKE = {"foreign": frozenset({"external", "affairs"}), "interior": frozenset({"home"})}
EARLIER = frozenset({"last", "previously"})  # "the two last met in May": an encounter before the one told
AGAIN = frozenset({"another", "next", "further", "fresh", "new"})
# "the commanders would meet again": who, unnamed, meets again for the sides of the encounter just reported
OFFICIALS_AGAIN = COUNTED_PERSONS | frozenset({"delegations", "delegates", "participants", "teams", "sides",
                                               "officials", "commissions", "dgmos"})
ORDINALS = frozenset({"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"})
# "the next round of the trilateral dialogue": how many sides the talks continued have
LATERAL = {"bilateral": 2, "trilateral": 3, "quadrilateral": 4}
# "met A and B together", "a joint meeting with A and B": one meeting of all, not one each
TOGETHER = frozenset({"together", "joint", "jointly", "three-way", "four-way", "summit"})
# "travel to X for talks": X hosts them; "flew to Moscow at the invitation of Putin": a journey to who invited (not
# "arrived in Baku at the invitation of X", the arrival only)
TRAVELLING = frozenset({"travel", "fly", "go", "head"})
# a journey of one's own ("travel to London for medical treatment"): no host is met
PRIVATE_ERRANDS = frozenset({"treatment", "surgery", "checkup", "check-up", "holiday", "holidays", "vacation", "rest",
                             "studies", "pilgrimage", "umrah", "hajj"})
# who travels to report on a country ("BBC correspondent X will travel to Kabul"), not to meet its government
PRESS_TRADES = frozenset({"journalist", "reporter", "correspondent", "editor", "columnist", "photographer",
                          "cameraman", "blogger", "anchor"})
# people a demonym describes without making their government a party: "Afghan civil society figures"
CIVIL_NOUNS = frozenset({"society", "figure", "activist", "woman", "people", "refugee", "citizen", "journalist",
                         "student", "civilian", "trader", "businessman", "scholar", "elder", "community"})
# "the troika, made up of A, B and C", "the group, comprising envoys of A and B": a group named by its members
COMPOSING = frozenset({"make", "comprise", "consist", "compose", "include"})
# "leaders of A and B are gathering for the summit": who gathers for an encounter holds it
CONVENING = frozenset({"gather", "assemble", "convene"})
GATHERING = frozenset({"bring", "gather", "assemble", "involve", "include", "unite"})
# who attends an encounter is a party to it: "attended by A and B", "B also took part", "C joined by video link"
# "with the participation of X", "with X in attendance": who attended, not whom the encounter was held with
ATTENDANCE = frozenset({"participation", "attendance", "presence"})
ATTENDING = frozenset({"attend", "join", "participate"})
# "A and B welcomed the talks": verbs of those who judge an encounter, not hold it
EVALUATING = frozenset({"welcome", "praise", "hail", "applaud", "criticise", "criticize", "condemn", "support",
                        "back", "endorse", "oppose", "question", "dismiss", "slam", "laud"})
# "Representatives of A and B will also attend": the envoys of countries or organisations
ENVOYS = frozenset({"representative", "delegation", "delegate", "envoy", "official", "minister", "diplomat"})
# "It was attended by A and B": what, attended, is the meeting just reported
ATTENDED = frozenset({"it", "meeting", "summit", "session", "talks", "conference", "dialogue", "event"})
# who addresses the meeting just reported attends it: "Putin told the meeting that …"
ADDRESSING = frozenset({"tell", "address", "brief"})
# "A and B held talks. X and Y later met in Beijing": words that tell of another encounter of the same sides
ANOTHER_TIME = frozenset({"later", "earlier", "again", "also", "separately", "previously", "afterwards", "last"})
# "the security chiefs of the CSTO member states met": envoys of an organisation's states, named after
MEMBER_STATES = frozenset({"state", "country", "nation", "government"})
# "the bloc's next summit": a body named by what it is, whose encounter it is, not who holds it
BODY_NOUNS = frozenset({"bloc", "grouping", "group", "organisation", "organization", "alliance", "forum"})
# "the heads of state of the six members held a summit": the members of the organisation just named
MEMBERS = frozenset({"member", "members"})
# prepositions of what in a party's phrase is no party: its place ("in Doha", "at the palace") or topic
ASIDE = frozenset({"in", "at", "on", "about", "regarding", "concerning"})
# "after the summit", "ahead of the talks": words that only date something by an encounter
TIME_WORDS = frozenset({"after", "before", "following", "since", "ahead", "prior"})
REFERRING = frozenset({"the", "this", "that"})  # "the summit was chaired by …": the summit just reported
# verbs of a trailing attribution: "…, spokesman Zhao Lijian said": who reports an encounter is no party
ATTRIBUTING = frozenset({"say", "tell", "add", "state", "write", "report", "announce", "confirm", "brief", "note"})
QUOTES = frozenset({"\"", "“", "”"})
TITLE_LENGTH = 8  # tokens between quotation marks that make a title or a scare quote, not a quotation
# "It was Putin's second trip, the first being Geneva, where he met Biden": "he" is whose journey it was
JOURNEYS = frozenset({"trip", "visit", "tour", "journey", "stop", "stay"})
# "no talks took place", "the meeting did not happen", "there were no talks": verbs an encounter occurs by
OCCURRING = frozenset({"take", "happen", "occur", "go", "hold", "be", "materialise", "materialize", "proceed"})
BESIDE = frozenset({"with", "between", "alongside", "beside", "together"})  # "a press conference alongside Y"
# "the U.S. mission to the UN", "Uzbekistan's ambassador to the SCO": posts a country sends to a body of many
ENVOY_POSTS = frozenset({"mission", "ambassador", "envoy", "representative", "delegation", "delegate"})
