"""The vocabulary of military actions: trigger words and their kinds, names of forces and of ground, and the
words that frame, date, judge or order an action.

Kept apart from the syntax that reads them so a list can be checked and extended in one place; the reader
(``military.py``) and the agent finder (``military_agents.py``) import from here.
"""
from __future__ import annotations

TRIGGERS = {
    "mobilise": "Mobilisation", "mobilize": "Mobilisation", "mobilisation": "Mobilisation",
    "mobilization": "Mobilisation",
    "exercise": "Exercise", "drill": "Exercise", "manoeuvre": "Exercise", "maneuver": "Exercise",
    "capture": "Capture", "seize": "Capture", "overrun": "Capture", "occupy": "Capture", "control": "Capture",
    "conquer": "Capture", "takeover": "Capture", "seizure": "Capture",
    "deploy": "Deployment", "deployment": "Deployment", "base": "Deployment", "station": "Deployment",
    "division": "Deployment", "arrive": "Deployment", "reinforce": "Deployment",
    "redeploy": "Deployment", "redeployment": "Deployment",
    "attack": "Attack", "offensive": "Attack", "strike": "Attack", "assault": "Attack", "bomb": "Attack",
    "bombing": "Attack", "shelling": "Attack", "shell": "Attack", "ambush": "Attack", "raid": "Attack",
    "airstrike": "Attack", "retake": "Capture", "recapture": "Capture", "retook": "Capture", "overran": "Capture",
    "storm": "Attack", "shootout": "Attack", "firefight": "Attack", "gunfight": "Attack", "skirmish": "Attack",
    "shoot": "Attack", "standoff": "Other", "pull-out": "Withdrawal",
    "withdraw": "Withdrawal", "withdrawal": "Withdrawal", "pullout": "Withdrawal", "pullback": "Withdrawal",
    "retreat": "Withdrawal",
    "disengage": "Withdrawal",
    "flee": "Withdrawal", "evacuate": "Withdrawal",
    "fighting": "Other", "fight": "Other", "clash": "Other", "battle": "Other", "advance": "Other",
    # the vocabulary of border confrontations: a crossing of the line of control is an aggression, a face-off a
    # confrontation of two sides, a build-up a deployment
    "counteroffensive": "Attack", "counterattack": "Attack", "incursion": "Attack", "intrusion": "Attack",
    "transgression": "Attack", "transgress": "Attack", "disengagement": "Withdrawal",
    "invade": "Attack", "invasion": "Attack", "intrude": "Attack", "infiltrate": "Attack",
    "bombard": "Attack", "bombardment": "Attack", "besiege": "Attack", "siege": "Attack", "liberate": "Capture",
    "faceoff": "Other", "scuffle": "Other", "buildup": "Deployment", "wargame": "Exercise", "wargames": "Exercise",
}

# Actions done to something, whose "of" phrase names what they are done to ("the invasion of Ukraine", "the shelling
# of Tajik villages", "the siege of Mariupol"), never who does them (unlike "the withdrawal of US troops").
DONE_TO = frozenset({"invasion", "bombing", "bombardment", "shelling", "siege", "blockade", "occupation"})

# Encounters of two sides, whose "with" or "between" phrase names a party: "a face-off between A and B".
CONFRONTATIONS = frozenset({"clash", "fighting", "fight", "battle", "face-off", "faceoff", "standoff", "stand-off",
                            "scuffle", "skirmish"})

# Hyphenated triggers, which the tokenizer splits ("face-off": "face", "-", "off"; the parse heads them on the last).
HYPHENATED = {"face-off": "Other", "stand-off": "Other", "build-up": "Deployment", "pull-out": "Withdrawal",
              "pull-back": "Withdrawal",
              "shoot-out": "Attack", "counter-offensive": "Attack", "counter-attack": "Attack",
              "fire-fight": "Attack", "air-strike": "Attack", "take-over": "Capture"}

PHRASAL = {("take", "over"): "Capture", ("run", "over"): "Capture", ("pull", "out"): "Withdrawal",
           ("pull", "back"): "Withdrawal", ("exchange", "fire"): "Other", ("fire", "on"): "Attack",
           ("take", "control"): "Capture", ("sweep", "into"): "Capture", ("hand", "over"): "Capture",
           ("storm", "into"): "Capture", ("call", "up"): "Mobilisation", ("open", "fire"): "Attack",
           ("ride", "into"): "Capture", ("roll", "into"): "Capture"}  # "the Taliban rode into Kabul"

# "approved the dispatch of 150 troops", "the sending of a contingent": forces moved, named by a noun of moving them.
DISPATCHES = frozenset({"dispatch", "despatch", "sending", "airlift", "transfer"})
# "the Kyrgyz parliament approved the dispatch of troops": a legislature commands no forces; its state sends them.
LEGISLATURES = ("Parliament of ", "Senate of ", "National Assembly of ", "Congress of ", "State Duma of ",
                "Majlis of ", "Supreme Council of ")
# "ordered 20,000 reservists to the border", "summoned reservists": the reserves called up.
CALLS_UP = frozenset({"order", "call", "summon", "draft", "recall"})
RESERVES = frozenset({"reservist", "reservists", "conscript", "conscripts", "reserve", "reserves", "recruit"})
# "a snap check of the combat readiness of its forces", "a readiness inspection": forces put on a war footing.
READINESS_CHECKS = frozenset({"check", "inspection", "test", "alert"})
# "a counter-terrorism operation", "intelligence-based operations", "the special military operation": fighting
# (not "a peacekeeping operation", "a rescue operation").
OPERATION_WORDS = frozenset({"military", "counter", "counterterrorism", "intelligence", "retaliatory", "combat",
                             "ground", "clearance", "offensive", "punitive", "air"})

# "a counter-insurgency campaign" fights; "a counter-disinformation campaign" only argues.
COUNTERED_FORCE = frozenset({"terrorism", "terrorist", "insurgency", "insurgent", "offensive", "militancy"})

# Verbs that are military actions only with forces as their object ("massed 100,000 troops", "is moving
# troops toward the border", "took six provincial capitals") or as their subject ("US aircraft left Kabul").
FORCES = frozenset("""
troops troop forces force soldiers servicemen personnel units unit armor armour artillery tanks vehicles aircraft
jets helicopters battalions brigades contingent peacekeepers equipment reinforcements reservists warships
fighters platoon platoons battalion brigade squadron squadrons regiment detachment paratroopers marines commandos
guards ships vessels flotilla sailors grouping bombers warplanes frigates destroyers submarines corvettes corps
""".split())

MOVES_FORCES = {"move": "Deployment", "mass": "Deployment", "amass": "Deployment", "send": "Deployment",
                "dispatch": "Deployment", "assemble": "Deployment", "concentrate": "Deployment",
                "contribute": "Deployment", "fly": "Deployment", "airlift": "Deployment", "drop": "Deployment",
                "transfer": "Deployment", "keep": "Deployment", "maintain": "Deployment",
                "take": "Capture", "enter": "Capture", "field": "Deployment", "rush": "Deployment",
                "bolster": "Deployment", "beef": "Deployment", "boost": "Deployment", "double": "Deployment",
                "strengthen": "Deployment", "increase": "Deployment", "scramble": "Deployment",
                "post": "Deployment"}  # "have posted fighters at checkpoints": forces as its object, not a post online

# "the diplomatic corps left Kabul", "the Peace Corps left", "all ethno-political forces": no armed forces.
CIVIL_BODIES = ("political", "social", "market", "diplomatic", "press", "peace", "consular", "volunteer")

# Forces reported where they were seen: "columns of tanks were spotted near the border".
PERCEIVED = frozenset({"see", "spot", "observe", "sight", "photograph"})
# Forces as the subject: "1,000 Afghan soldiers crossed into Tajikistan", "5,400 troops remained at the airport".
FORCES_LEAVE = {"leave": "Withdrawal", "depart": "Withdrawal", "cross": "Withdrawal", "return": "Withdrawal",
                "land": "Deployment", "remain": "Deployment", "guard": "Deployment", "reach": "Deployment",
                "abandon": "Withdrawal", "march": "Deployment", "vacate": "Withdrawal", "approach": "Other",
                "man": "Deployment"}  # "Chinese personnel man posts near the corridor"
# Forces that reach, abandon, vacate or approach something move only when it is ground ("approached the Indian post",
# not "the armies reached an agreement", "abandoned the plan", "approached the talks with caution").
GROUND_MOVES = frozenset({"reach", "abandon", "vacate", "approach"})

# "stepped up combat air patrols", "intensified patrols along the border": patrols increased are forces deployed.
ESCALATING = frozenset({"step", "intensify", "increase", "launch", "begin", "start", "conduct", "mount", "expand",
                        "boost", "carry", "beef", "scale"})
PATROL_WORDS = frozenset({"combat", "armed", "military", "naval", "air"})
# "inflicted heavy losses on the enemy": harm done in fighting.
LOSSES = frozenset({"loss", "losses", "casualty", "casualties", "damage", "defeat"})

MILITARY_CONTEXT = frozenset("""
troops troop military army forces force soldiers personnel units unit districts district territory fighters militants
insurgents taliban border base bases division drills exercises csto nato weapons offensive war province provinces
towns town villages army's combat battalion brigade regiment tanks artillery airbase joint training servicemen
reservists naval navy navies armies checkpoint policemen fleet flotilla warships paratroopers gunmen mortar mortars
shells drone drones airstrike airstrikes gunman attacker attackers assailant assailants bomber bombers rebels
insurgency guerrillas jihadists lac loc frontier mercenaries mercenary
""".split())

NEEDS_CONTEXT = frozenset({"exercise", "control", "base", "division", "arrive", "withdraw", "withdrawal",
                           "station", "strike", "flee", "fight", "fighting", "attack", "capture", "advance",
                           "evacuate", "shoot", "storm", "standoff", "fire", "intrude", "infiltrate", "intrusion",
                           "transgress", "transgression", "siege", "besiege", "liberate", "scuffle", "incursion",
                           "bombard", "bombardment", "buildup", "build-up", "face-off", "faceoff", "stand-off",
                           "counterattack", "counter-attack", "pull-out", "take-over", "approach", "practise",
                           "practice", "patrol", "inflict", "repel", "vacate", "disengagement", "pullback",
                           "pull-back", "ride", "roll"})

TERRITORY = frozenset("""
district districts territory territories town towns city cities village villages province provinces region regions
area areas part parts capital border borders base bases valley north south east west country ground airport
airfield airbase post posts checkpoint checkpoints crossing crossings building buildings facility facilities
bridge port headquarters highway jail prison garrison outpost outposts compound compounds palace house
power position positions
""".split())

EVENT_VERBS = frozenset({"hold", "conduct", "stage", "launch", "begin", "start", "carry", "hold", "continue",
                         "take", "kick", "organise", "organize", "plan", "schedule", "announce", "order"})

# "The drills will run until Saturday": verbs that report an action's course, so that "the drills" there
# continue the action before; "the exercise was not directed against anyone" only mentions it.
ASPECT_VERBS = frozenset({"run", "begin", "start", "end", "continue", "last", "involve", "resume", "conclude",
                          "finish", "take"})

EVENT_COURSE = ASPECT_VERBS | frozenset({"kill", "erupt", "break", "spread", "intensify", "rage", "escalate",
                                         "leave", "wound", "claim", "destroy", "damage", "hit", "land", "fall",
                                         "explode"})

# Prepositions that set a definite action as the background of another ("amid the withdrawal", "after the
# offensive"): a mention of an action already known, not a new one.
FRAMING = frozenset({"about", "on", "in", "amid", "after", "since", "before", "during", "despite", "following",
                     "over", "ahead"})

UNNAMED_ATTACKERS = frozenset({"terrorist", "gunman", "gunmen", "militant", "attacker", "assailant", "separatist",
                               "insurgent", "fighter", "rebel", "group", "unknown", "mercenary"})

# "a suicide bomber targeted a police truck": people whose name says they attack (not "its fighters had targeted
# the ambassador", a group's claim of an attack told before).
ATTACKER_NOUNS = frozenset({"bomber", "gunman", "gunmen", "attacker", "assailant"})
# "gunmen sprayed the bus with bullets", "the attacker rammed a car into …": what attackers do that is force (not
# "the gunmen demanded a ransom", "the attackers used a stolen car").
FORCE_VERBS = frozenset({"ram", "drive", "hurl", "throw", "spray", "fire", "detonate", "shoot", "stab", "storm", "hit",
                         "blow", "open", "lob", "plant"})
# "terrorists triggered an explosion", "one of its fighters detonated an explosive vest", "set off a car bomb": a blast
# set off by attackers (not "the remark triggered an explosion of anger", "sappers detonated the mines safely").
SETTING_OFF = frozenset({"trigger", "detonate", "set"})
BLASTS = frozenset({"explosion", "blast", "bomb", "vest", "device", "ied", "explosive", "explosives", "charge"})

# "militants of the banned TTP", "the group's insurgents": armed members named through their group.
ARMED_MEMBERS = frozenset({"militant", "insurgent", "rebel", "gunman", "gunmen", "jihadist", "terrorist"})

# "up to 6,000 militants had been concentrated in the north", "the group sent hundreds of insurgents": armed members
# moved as forces are.
ARMED_GROUPS = frozenset({"militants", "insurgents", "rebels", "gunmen", "jihadists", "terrorists", "guerrillas",
                          "mujahedin", "mujahideen", "mercenaries"})

ANAPHORIC_GROUPS = frozenset({"group", "movement", "outfit", "organisation", "organization"})

# "tried to transgress the LAC", "continue to maintain troops": an attempt or a course is an action done, not planned.
UNDER_WAY = frozenset({"try", "attempt", "continue", "keep"})
PRACTICE = frozenset({"practise", "practice", "rehearse"})
# "practised counter-terrorism operations", "simulated an air strike": what a drill rehearses is no action of its own.
REHEARSING = PRACTICE | frozenset({"simulate", "drill", "train", "exercise"})
# "carried out what it called strikes", "launched what it described as an operation": the agent's own name for it.
NAMING = frozenset({"call", "describe", "term", "dub", "label", "characterise", "characterize"})
# "carried out what it called strikes", not "condemned what it called an exercise": verbs that do the action named.
DOING = frozenset({"carry", "launch", "conduct", "stage", "mount", "fire", "begin", "start", "hold", "undertake"})
# "The attack was claimed by X", "the drills were hosted by X": verbs whose "by" phrase names the action's agent (not
# "the deployment was announced by X", its reporter).
DOERS = frozenset({"claim", "carry", "conduct", "launch", "stage", "mount", "hold", "host", "organise", "organize",
                   "perpetrate", "execute", "lead"})
# "The TTP claimed responsibility": a claim told as made, not doubted or asked about ("denied it had claimed
# responsibility", "unclear whether X had claimed it"), nor tied to an event of its own ("for the kidnapping", "after a
# bombing in Peshawar"; "responsibility in a statement" is one made).
CLAIM_DOUBTED = frozenset({"deny", "doubt", "dispute", "question", "dismiss", "reject", "refute", "whether", "if"})
CLAIMED_EVENT = frozenset({"for", "of", "after", "following", "over"})
# "two weapons were seized from the building", "seized a shipment of drugs": goods taken, not ground.
SEIZED_GOODS = frozenset({"weapon", "arm", "arms", "ammunition", "explosive", "explosives", "drug", "drugs", "cash",
                          "document", "documents", "consignment", "shipment", "cargo", "contraband", "passport"})
# "a second frigate is due to be handed over", "the helicopters were handed over to the air force": craft delivered are
# goods, not ground, whatever their names (the model may tag a ship's name as a place); a ship seized is a capture.
CRAFT = frozenset({"ship", "warship", "frigate", "corvette", "destroyer", "submarine", "vessel", "tanker", "boat",
                   "aircraft", "jet", "plane", "helicopter", "drone", "tank", "vehicle"})
# "handed over security of the capital to the army": a duty passed on, not ground taken.
DUTIES = frozenset({"security", "responsibility", "protection", "defence", "defense", "policing", "command"})
# "took over the guarding of the airport": the guard of a site, taken on by forces posted there.
GUARD_DUTIES = frozenset({"guarding", "guard", "protection", "security", "defence", "defense", "policing",
                          "patrolling"})
# "fighting raged around the airport before troops regained control of it": prepositions of where a clause happens.
LOCATIVES = frozenset({"around", "near", "at", "in", "inside", "outside", "on", "across", "along"})
# "took over guard duty", "took over security responsibility for the province": a duty that is a guard by its compound.
DUTY_NOUNS = frozenset({"duty", "responsibility", "role", "task", "mission"})
# "lost control of the district", "ceded control of the crossing": control given up, not taken.
RELINQUISHING = frozenset({"lose", "cede", "relinquish", "surrender", "forfeit", "yield"})
# "took over the protection of the embassy": sites guarded besides territorial nouns.
GUARDED_SITES = frozenset({"embassy", "consulate", "site", "installation", "plant", "mine", "dam", "pipeline", "road",
                           "route", "corridor", "perimeter", "zone", "camp", "station", "line", "frontier", "complex"})
# "struck a deal with the elders", "struck a balance between security and trade": what is struck in an idiom.
STRUCK_IN_IDIOMS = frozenset({"deal", "agreement", "accord", "bargain", "compromise", "balance", "chord", "note",
                              "tone", "pose"})

# "took the lives of twelve soldiers", "took a heavy toll", "took steps": what is taken in an idiom, no ground.
TAKEN_IN_IDIOMS = frozenset({"life", "toll", "step", "measure", "action", "part", "place", "note", "look", "shape",
                             "effect", "office", "oath", "decision", "credit", "aim", "presidency", "chairmanship",
                             "chair", "leadership", "helm"})  # "India takes over the G20 presidency"
# What is withdrawn that is no force: "the group later withdrew the claim", "withdrew its ambassador"
WITHDRAWN_WORDS = frozenset({"claim", "statement", "remark", "comment", "support", "offer", "proposal", "bill",
                             "candidacy", "nomination", "ambassador", "envoy", "diplomat", "application", "request",
                             "recognition", "complaint", "case", "accreditation", "invitation", "objection", "name",
                             "resolution", "draft", "motion", "funding", "aid", "money", "deposit", "licence", "license"})

PLANNED = frozenset({"will", "shall", "plan", "planned", "scheduled", "to", "expected", "begin", "soon"})

FORMATION_WORDS = frozenset({"armoured", "armored", "infantry", "airborne", "motorised", "motorized", "tank", "rifle",
                             "guards", "mountain", "artillery", "mechanised", "mechanized", "assault", "marine"})

# People named by their trade, whom armed men kill or capture as they do civilians: "killed a Hindu shopkeeper",
# "captured 20 Indian fishermen".
TRADES = frozenset({"shopkeeper", "vendor", "merchant", "businessman", "fisherman", "cleric", "priest", "imam",
                    "activist", "politician", "lawyer", "contractor", "tailor", "migrant", "pharmacist"})
# Those an evacuation moves when it is a rescue, not a retreat of forces.
PEOPLE = TRADES | frozenset({"people", "resident", "civilian", "citizen", "national", "diplomat", "staff", "family",
                             "refugee", "child", "woman", "villager", "person", "evacuee", "employee", "worker",
                             "student", "engineer", "labourer", "laborer", "teacher", "doctor", "nurse", "journalist",
                             "reporter", "driver", "pilgrim", "tourist", "trader", "farmer", "shepherd", "passenger",
                             "worshipper", "protester", "commander", "leader"})
# "a technical team had been deployed to the embassy", "rescuers were deployed to the quake zone": people sent to do
# civil work, no forces posted (unless a word of arms names them: "a special forces team", "military observers").
CIVIL_TEAMS = frozenset({"team", "staff", "expert", "specialist", "technician", "doctor", "medic", "nurse", "rescuer",
                         "firefighter", "observer", "monitor", "inspector", "diplomat", "official", "volunteer",
                         "worker"})
SOLDIERLY = frozenset({"military", "army", "naval", "defence", "defense", "special", "commando", "combat", "assault",
                       "sniper", "sapper", "tactical", "armed", "swat"})
# "the detainees were handed over to the Afghan side", "captured a Pakistani intruder": people held, or caught where
# they crossed, who change custody (not ground that changes hands).
CUSTODY = frozenset({"prisoner", "detainee", "captive", "hostage", "suspect", "body", "deserter", "defector", "member",
                     "intruder", "infiltrator", "spy", "smuggler", "trespasser", "poacher"})

# Weapons named by who made or supplied them do not say who fired them: "US-supplied missiles were fired at Crimea",
# "an Iranian-made drone hit the post" (not "Iranian missiles were fired", "a US drone hit a car").
MADE_BY = frozenset({"make", "supply", "build", "design", "manufacture", "produce", "provide", "donate", "develop"})
MUNITIONS = frozenset({"shell", "shot", "round", "rocket", "missile", "mortar", "bullet", "salvo", "volley", "grenade",
                       "drone", "projectile", "bomb", "torpedo"})
# "missile strikes", "air strikes", "a mortar attack", "surgical strikes": an action named with the arms it is made
# with.
ARMED_MODES = frozenset({"missile", "missiles", "drone", "drones", "rocket", "rockets", "mortar", "artillery", "air",
                         "aerial", "precision", "surgical", "bomb", "grenade", "tank"})
# "a precision strike", "surgical strikes": modes that name no arms, said of raids and of campaigns alike ("a surgical
# strike on black money"), military only against a place or an installation.
PRECISE_MODES = frozenset({"precision", "surgical"})
# "a barrage of missiles", "the bulk of the drones": a share or a wave of weapons in flight.
SHARES = frozenset({"barrage", "salvo", "volley", "wave", "swarm", "majority", "bulk", "rest", "number", "dozen",
                    "dozens", "hundred", "hundreds", "half", "most", "all", "some", "none", "many", "several",
                    "percent"})  # "99 percent of the Iranian missiles"
# "intercepted two Indian jets": aircraft shot down or intercepted in flight.
WARPLANES = frozenset({"jet", "warplane", "bomber", "fighter-jet", "aircraft", "helicopter"})
# what an operation named for saving or carrying people is for: "launched Operation Ganga to evacuate students",
# "for the evacuation of citizens" (not an attack)
RELIEF_WORDS = frozenset({"evacuate", "evacuation", "rescue", "repatriate", "repatriation", "airlift", "relief",
                          "aid", "help", "assist", "deliver", "bring", "return", "fly", "escort", "protect", "search"})
# gatherings where things are launched for show: "launched dozens of new drones at the air show" is a product launch
SHOWS = frozenset({"show", "airshow", "exhibition", "expo", "fair", "exhibit", "festival", "ceremony", "conference",
                   "forum", "launch"})

FRAME_NOUNS = frozenset({"face", "wake", "aftermath", "light", "midst", "backdrop", "shadow", "run-up"})
# "within hours of the Taliban takeover", "within days of the strike": a time counted from an action told before
SPANS_OF_TIME = frozenset({"minute", "hour", "day", "week", "month"})
# Verbs of passing judgement on what someone did: "condemned the bombing", "welcomed the pullback".
CONDEMNING = frozenset({"condemn", "denounce", "criticise", "criticize", "deplore", "decry", "slam", "welcome", "praise",
                        "protest"})
# "Washington condemned the Iranian strikes", "said the two sides had verified the pullback": a reaction to an action
REACTIONS = CONDEMNING | frozenset({"hail", "verify", "confirm"})

# what downs an aircraft or hits a place without anyone firing: "a storm downed a helicopter", "engine failure"
NATURAL_CAUSES = frozenset({"storm", "wind", "gust", "weather", "fog", "snow", "rain", "lightning", "turbulence",
                            "failure", "malfunction", "fault", "crash", "bird", "fire", "blaze", "earthquake"})
CASUALTIES = frozenset({"kill", "killed", "dead", "wound", "wounded", "injure", "injured", "die", "martyr",
                        "martyred", "casualty", "casualties"})
# The toll of deadly fighting is people: "killed dozens of soldiers", "claimed hundreds of lives", "left five dead".
VICTIMS = frozenset({"life", "dead", "wounded", "injured", "casualty", "soldier", "troop", "serviceman", "militant",
                     "fighter", "guard", "policeman", "officer", "dozen", "hundred", "thousand", "man", "member"})

# "Pakistani troops killed eight attackers", "fighters massacred villagers": forces that take lives attack.
KILLING = frozenset({"kill", "massacre", "slaughter", "gun"})
# Whom armed men kill when they attack: people, forces, captives and armed men ("killed a Hindu shopkeeper", "killed
# an intruder", "killed eight attackers").
SLAIN = PEOPLE | VICTIMS | CUSTODY | ARMED_GROUPS | UNNAMED_ATTACKERS | ATTACKER_NOUNS
# "fired two missiles into the sea during a test", "in a trial off Odisha": a weapon fired in a test, at no one.
TESTS = frozenset({"test", "trial", "testing", "test-firing", "test-launch", "test-fire"})
# "killed two birds with one stone", "killed three hours": what is counted when killed, but no person.
NOT_PEOPLE = frozenset({"bird", "animal", "dog", "cow", "cattle", "goat", "sheep", "leopard", "tiger", "hour",
                        "minute", "day", "week", "month", "year", "bill", "proposal", "motion", "plan", "deal",
                        "project", "idea", "amendment", "measure", "law", "scheme", "story", "rumour", "rumor"})

# "recalled the fighting", "called the attack an invasion": an action told about, not done (but "the Taliban called
# their takeover a victory": one's own, told with its possessive)
TELLING = frozenset({"recall", "remember", "recount", "describe", "mention", "cite", "call", "term", "label", "dub"})
# "condemned the bombing", "was closely watching the deployment": the one who judges or watches an action is
# not its agent.
JUDGING = TELLING | CONDEMNING | frozenset({
    "oppose", "discuss", "watch", "monitor", "observe", "follow", "question", "support", "back", "endorse", "review",
    "assess", "study", "analyse", "analyze",
    # "the troops repelled an incursion by armed groups": the defender is not the attacker
    "repel", "repulse", "foil", "thwart", "resist", "counter"})

# "President X observed the exercise": the host's leaders watch their own forces' drills.
OVERSEEING = frozenset({"observe", "watch", "inspect", "oversee", "attend", "visit"})

# "ordered security forces to open fire", "authorised the troops to enter": the ordered forces act, not the one
# who orders.
ORDERING = frozenset({"order", "authorise", "authorize", "instruct", "allow", "tell", "command", "direct"})

# "Dushanbe accused Kyrgyz forces of shelling an outpost": the accused is the agent of the action.
ACCUSING = frozenset({"accuse", "blame", "charge"})
ACCUSED_FOR = frozenset({"of", "for"})  # "accused X of shelling", "blamed X for the strikes"

# Forces that move on their own towards somewhere are deployed there: "fighters moved towards the border", "forces
# pushed into Ukraine", "columns rolled into the town" (not "moved the meeting", "pushed for talks").
ADVANCING = frozenset({"move", "push", "roll", "head", "pour", "surge", "redeploy", "relocate"})
TOWARDS = frozenset({"towards", "toward", "into", "to", "closer"})
# Where forces move that is ground besides territory words and named places: "towards the Durand Line", "to the LAC",
# "the outskirts of Kyiv" (not "moved to the Supreme Court", "pushed into commercial ventures", "to a war footing").
FRONTIERS = frozenset({"line", "lines", "frontline", "front", "frontier", "outskirts", "lac", "loc"})

# What a strike hits that makes "hit" an attack: "hitting nuclear sites at Natanz", "hit two army posts" (not "hit a
# low", "hit its targets" of sales, "hit hard" by prices).
STRUCK_TARGETS = frozenset({"site", "base", "airbase", "post", "checkpost", "position", "airfield", "depot", "facility",
                            "installation", "camp", "hideout", "convoy", "barracks", "bunker", "outpost", "radar",
                            "headquarters", "stronghold", "launcher", "launchpad", "vehicle", "vessel", "tanker"})
# Nouns of any building or system that are a military target when a military word stands before them: "an air-defence
# system", "command centres", "a missile storage site", "missile factories" (not "the city centre", "a water system").
SITE_NOUNS = frozenset({"system", "centre", "center", "factory", "plant", "complex", "infrastructure", "storage",
                        "network", "battery"})
SITE_MODIFIERS = frozenset({"defence", "defense", "missile", "radar", "command", "military", "ammunition", "weapon",
                            "army", "drone", "terrorist", "artillery", "naval", "nuclear"})
# Nouns before "targets" that make them military ones: "terrorist targets", "militant targets" (not "sales targets").
ARMED_TARGET_WORDS = SITE_MODIFIERS | {"militant", "enemy", "insurgent", "rebel", "strike"}
# "India neutralised an air-defence system", "forces destroyed a missile storage site", "neutralised three terrorists":
# verbs that attack when what they put out of action is military or armed.
DISABLING = frozenset({"neutralise", "neutralize", "destroy", "demolish", "obliterate", "flatten"})

# A response in arms: "troops responded befittingly", "retaliated with artillery fire", "answered with missiles",
# "gave a befitting response to the aggression" (not "responded to the statement", "in response to a question").
RESPONDING = frozenset({"respond", "retaliate", "answer", "reply", "react", "hit"})  # "hit back"
RESPONSES = frozenset({"response", "retaliation", "reply", "riposte", "rebuff"})
GIVING = frozenset({"give", "deliver", "mount", "launch", "offer"})
WORDS_ANSWERED = frozenset({"statement", "question", "remark", "remarks", "comment", "comments", "allegation",
                            "allegations", "claim", "claims", "report", "reports", "query", "queries", "letter",
                            "request", "criticism", "call", "calls", "invitation", "proposal", "offer", "note",
                            "accusation", "accusations", "demand", "demands", "message", "appeal", "concern",
                            "concerns", "pandemic", "crisis", "situation", "need", "needs"})
# Arms an answer is given with: always ("responded with fire on Indian posts", "with airstrikes"), or in a sentence
# with military words ("retaliated with strikes on air bases"; not "answered with an attack on its trade practices",
# "with force to the riots"); measures of fire name arms only by what they count ("waves of missiles"; not "a wave of
# tariffs", "a salvo of accusations", "fired a warning shot at the Fed", "the opening salvo in the trade war").
ARMS_USED = frozenset({"fire", "gunfire", "airstrike", "shelling", "artillery"})
ARMS_IN_WAR = frozenset({"strike", "force", "attack", "raid"})
FIRED_UNITS = frozenset({"shot", "round", "salvo", "volley", "barrage", "wave", "flurry", "hail"})

# "held a series of exercises", "claimed a string of bombings": a count of actions, not the action's role.
QUANTIFIERS = frozenset({"series", "number", "round", "rounds", "string", "wave", "spate", "set", "couple", "batch",
                         "week", "weeks", "days", "months", "edition", "phase", "stage"})

# "thousands of fighters", "units of the 201st base", "troops from Russia": forces named by their owner.
FORCE_PARTS = frozenset({"thousand", "thousands", "hundred", "hundreds", "dozens", "some", "most", "half", "part",
                         "units", "unit", "elements", "contingent", "group", "flotilla", "batch", "wing", "wings",
                         "corps", "detachments"})

ARMED_FORCES_OF = ("Armed Forces of ", "Army of ")
# "Ministry of Defence", "Armed Forces of Tajikistan": names that make a body a state's whatever else they say (a
# state body that names no state by its name, "the Ministry of Defence", does by its kind).
STATE_BODY_PREFIXES = ARMED_FORCES_OF + ("Ministry of ",)

# "the insurgents", "the rebels": an armed group's description, never a state's forces.
REBELS = frozenset({"insurgent", "insurgents", "militant", "militants", "rebel", "rebels", "guerrilla", "guerrillas",
                    "jihadist", "jihadists"})
# "its fighters", "its militants": members of an armed group, never a state's forces
GROUP_MEMBERS = ARMED_MEMBERS | REBELS | {"fighter", "cadre"}
# "who chairs the bloc", "chairman of the African Union": one who holds an organisation's chair
CHAIRING = frozenset({"chair", "preside"})
CHAIRS = frozenset({"chair", "chairman", "chairwoman", "chairperson"})
# the words of a body that commands a state's forces as a whole: "Ministry of Defence of Tajikistan", "General Staff"
DEFENCE_WORDS = frozenset({"Defence", "Defense", "General"})
# forces no state commands, whose demonym tells where they come from (not whose they are): "Syrian rebels"
IRREGULARS = GROUP_MEMBERS | {"militia", "mercenary", "separatist", "volunteer", "proxy"}
# bodies of a state that command no forces, by the words of their names: "Ministry of Foreign Affairs of Pakistan"
DIPLOMATIC_BODIES = ("Foreign Affairs", "Foreign Ministry", "Foreign Office", "External Affairs")

# "an operation against positions in Armenia": the side the action is aimed at (not the one acting).
AIMED_AGAINST = frozenset({"against", "on", "upon", "at", "into"})

AFFILIATES = frozenset({"affiliate", "branch", "offshoot", "franchise", "chapter", "wing", "faction", "splinter"})

INSTALLATIONS = frozenset({"base", "airbase", "garrison", "facility", "airfield"})

# "the base would keep a grouping", "the base received vehicles": what a base holds, not what its unit does.
STATES = frozenset({"keep", "maintain", "have", "host", "receive", "house", "remain", "be"})

ALLIANCE_NOUNS = frozenset({"alliance", "bloc", "pact", "coalition"})

ALLIANCE_WORDS = frozenset({"treaty", "alliance", "pact", "cooperation"})

# Armed forces the genre's annotators name apart from their country: after August 2021 "the Afghan army" is
# neither the Taliban's state nor the country, so the former government's forces keep their own name.
NATIONAL_FORCES = {"Afghanistan": "Afghan National Defense and Security Forces"}
# A country whose army is one of two armed forces side by side (Iran's beside the Revolutionary Guards): "Iran's army",
# "the Iranian army" name that army, not the whole of the country's forces.
ARMIES_APART = {"Iran": "Islamic Republic of Iran Army"}
# words that make a country's forces someone else's: "Russian-backed separatist forces", "pro-Russian fighters"
PROXY_WORDS = frozenset({"pro", "backed", "allied", "aligned", "supported", "sponsored", "separatist", "separatists",
                         "rebel", "rebels", "proxy", "insurgent", "volunteer"})
# words after a hyphen that make the name before it a backer: "Taliban-backed militants", "Iran-funded rebels"
BACKING = frozenset({"backed", "sponsored", "supported", "funded", "financed", "trained", "armed", "equipped"})
# The last year whose articles still tell of those forces (the republic's fell in August 2021; weeks later its soldiers
# were still crossing borders): later, "Afghan forces" are the new state's, read as the country.
NATIONAL_FORCES_UNTIL = {"Afghanistan": 2021}

FORCE_NAMES = FORCES | frozenset({"army", "armies", "military", "serviceman", "soldier", "plane", "planes", "navy",
                                  "navies"})

COMMANDERS = frozenset({"warlord", "commander", "general", "militia", "field"})

MOVEMENTS = frozenset({"Deployment", "Withdrawal"})

# "Tashkent police deployed 3,000 personnel", "riot police were sent to the square": the police keep order, they are no
# armed force; their moves are no military deployment (their clashes still are fighting: "police clashed with rioters").
POLICE = frozenset({"police", "policeman", "policemen", "policewoman", "policewomen", "constabulary"})
POLICE_MOVES = frozenset({"Deployment", "Withdrawal", "Mobilisation"})

# "The strike took place in Nangarhar", "The three drills ran from October 18": the course of an action.
COURSE_VERBS = ASPECT_VERBS - {"involve"}

# "The previous exercise of the two countries, Zapad-2021, took place in 2021": another occasion, not a repeat.
OTHER_OCCASION = frozenset({"previous", "last", "earlier", "next", "another", "first", "second", "new", "latest"})

TRAVEL = frozenset({"arrive", "leave", "depart", "base", "station"})

ARMED_ANAPHORS = frozenset({"group", "movement", "insurgent", "militant", "fighter", "rebel", "outfit"})

# "The ministry added that units had been deployed", "its spokesman wrote that fighters had taken …": who reports.
REPORTING = frozenset({"say", "add", "announce", "report", "state", "write", "tweet", "confirm", "claim", "tell"})

# "Iranian state television reported …": a state's own media.
STATE_MEDIA = frozenset({"television", "tv", "media", "broadcaster", "agency", "radio", "newspaper", "outlet"})

# "a spokesman for the Taliban's interior ministry said units had been sent": the body he speaks for reports.
SPOKESMEN = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative", "official", "officials"})

# "the commander of the Army's Ground Force said units had been placed on alert": who heads a body reports its moves.
BODY_HEADS = frozenset({"commander", "chief", "head"})

PERSON_HEADS = frozenset({"head", "chief", "minister", "envoy", "president", "spokesman", "spokesperson", "delegation",
                          "diplomat", "ambassador", "commander", "leader", "official", "representative", "general",
                          "secretary", "who"})

# "a Kremlin PR exercise", "a propaganda exercise": an exercise in words, whatever name stands before it.
PUBLICITY = frozenset({"pr", "propaganda", "branding", "publicity", "public", "relations", "marketing", "image",
                       "communications", "media", "diplomatic", "political", "box-ticking", "damage", "control"})
# "set up checkpoints in every village", "began building new check posts along the border": forces posted.
BUILDING = frozenset({"set", "establish", "build", "erect", "construct"})
POSTS = frozenset({"checkpoint", "checkpost", "post", "outpost", "roadblock", "bunker", "trench", "fortification"})
# "Chinese forces have been operating a post in Gorno-Badakhshan": forces that hold a post or a base are deployed there.
HOLDING = frozenset({"operate", "man", "staff", "garrison"})
# "a charm offensive", "a diplomatic offensive", "a media blitz": a campaign of words or favours, not of arms.
CAMPAIGNS_IN_WORDS = PUBLICITY | frozenset({"charm", "verbal", "rhetorical", "legal", "lobbying", "trade", "sales",
                                            "advertising", "investment", "economic", "peace", "smile"})
# "a rocket carrying a satellite into orbit", "the Baikonur cosmodrome": a launch into space, not at a target.
SPACEFLIGHT = frozenset({"satellite", "orbit", "spacecraft", "cosmodrome", "spaceport", "astronaut", "cosmonaut",
                         "payload", "crew", "capsule", "probe", "space", "spaceflight", "launcher"})
AIMED = frozenset({"at", "on", "against", "toward", "towards", "into", "over"})  # "a rocket at Sderot", "over Japan"
# "the INDRA tri-service exercise", "the Vostok strategic exercise": words that make a named exercise a military one.
MILITARY_MODIFIERS = frozenset({"tri", "service", "tri-service", "strategic", "tactical", "staff", "command",
                                "live", "firing", "air", "land", "sea", "amphibious", "counter", "terrorism",
                                "anti", "peacekeeping", "bilateral", "trilateral", "multinational"})
# Marks that close a title in quotes: "the "Unshakable Brotherhood" exercise" names the exercise, not who holds it.
QUOTES_CLOSING = frozenset({'"', "”", "’", "'", "»"})
# Entity types of a name that is an actor's ("a Kremlin exercise"), not an exercise's own.
ACTOR_ENTITIES = frozenset({"GPE", "NORP", "PERSON", "ORG", "FAC"})

# "defence ministry spokesman X said units were sent": bodies that command forces, whose spokesman reports their moves
# (a foreign ministry's reports its state's).
COMMANDING_BODIES = ("Defence", "Defense", "Interior", "Internal Affairs", "Army", "Armed Forces", "Military",
                     "Border", "Guard", "Emergency", "Emergencies", "National Security", "General Staff")

# "a battle with the courts", "her fight with cancer": opponents fought with no arms.
UNARMED_OPPONENTS = frozenset({"court", "judiciary", "regulator", "bank", "lender", "creditor", "insurer", "union",
                               "bureaucracy", "cancer", "illness", "disease", "addiction", "inflation", "poverty"})
# "since Monday's strikes", "since the strikes on Monday": days of this week, whose actions are news.
RECENT_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
                         "today", "tonight", "weekend"})

# People whose clashes are no fighting: "clashes between fans", "clashes of protesters and police".
CIVIL_CROWDS = frozenset({"fan", "supporter", "protester", "protestor", "demonstrator", "student", "worker", "rioter",
                          "police", "policeman", "shopper", "passenger"})
