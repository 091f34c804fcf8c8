"""Statements: who said, claimed, denied, tweeted or expressed what — quoted or reported.

The speaker is the subject of a speech verb, resolved through names, pronouns, descriptions and
capitals; "X was quoted as saying by Y" and "according to X" name the speaker too. Outlets that
report ("Reuters reported", "ET has learnt") are sources, not speakers. A sentence that is only a
quotation continues the statement of the sentence before it.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from ..records import Evidence, Statement
from .interviews import answers, pleasantry, quoted_experts
from .names import ROLE_HEADS
from .resolve import PERSON_NOUNS, Resolution, Resolver
from .sentences import Sentence

SPEECH_VERBS = frozenset("""
say add tell state announce claim deny assure express emphasise emphasize stress warn note highlight vow urge insist
reiterate declare tweet indicate affirm assert maintain argue suggest acknowledge admit confirm allege accuse
criticise criticize condemn welcome greet pledge promise threaten reject dismiss appreciate praise fear believe
voice underline underscore remark comment reply respond explain hope demand call reaffirm propose describe question
thank blame cite reassure caution predict concede recall rule write post report inform brief notify apprise
""".split())
# Verbs of telling someone about something: speech only with the one told and what he was told ("informed the
# president about the clashes", "briefed him on the talks"), not "was kept informed", nor in a relative clause
# that describes a host ("met the minister, who briefed him on …").
TELLING = frozenset({"inform", "brief", "notify", "apprise"})
WEAK_VERBS = frozenset({"believe", "fear", "hope", "appreciate", "praise", "welcome", "greet", "call", "suggest",
                        "thank", "cite", "write", "post"})
CLAUSE_VERBS = frozenset({"maintain", "indicate", "suggest", "believe", "fear", "hope", "write", "post", "recall"})
# (speech only with what was said: a clause or a quote; "maintained contacts" is no statement)
EXPRESSED_OBJECTS = frozenset({"concern", "concerns", "interest", "hope", "support", "regret", "satisfaction",
                               "condolence", "condolences", "gratitude", "appreciation", "solidarity", "confidence",
                               "sympathy", "sympathies", "disappointment", "frustration", "displeasure", "readiness",
                               "doubt", "doubts", "opposition", "outrage"})
FIGURES = frozenset({"toll", "figure", "number", "count", "tally"})  # "put the death toll at 24"
RAISED = frozenset({"concern", "issue", "question", "matter", "objection", "demand"})  # "raised the issue"
# "made similar assurances", "issued a statement", "sent a message": a verb that speaks through its object.
SPOKEN_OBJECTS = frozenset({"assurance", "statement", "remark", "comment", "pledge", "promise", "appeal", "warning",
                            "commitment", "guarantee", "proposal", "message", "letter", "demand", "plea",
                            "account", "version", "assessment", "readout"})
# "presented the talks in warmer terms", "portrayed the visit as a success": a telling of events
PORTRAYING = frozenset({"present", "portray", "characterise", "characterize", "paint", "frame"})
CARRIER_VERBS = frozenset({"make", "give", "offer", "issue", "send", "deliver", "release", "convey", "repeat", "renew"})
AUDIENCES = frozenset({"reporter", "journalist", "media", "press", "audience", "parliament", "lawmaker", "crowd",
                       "gathering", "counterpart", "delegation", "agency", "newspaper", "channel", "broadcaster"})
DOCUMENTS = frozenset({"statement", "declaration", "communique", "communiqué", "readout", "release", "report",
                       "document", "letter", "message", "post", "tweet"})
BODY_WORDS = frozenset({"ministry", "office", "embassy", "department", "committee", "council", "secretariat",
                        "government", "administration", "command", "press", "spokesman", "spokesperson"})
OUTLET_NOUNS = frozenset({"media", "newspaper", "television", "broadcaster", "channel", "outlet", "daily", "tv"})
# Bodies of a state that speak in their own name ("Kazakhstan's trade ministry said", "the Tajik border troops
# said", "India's election commission said", "Uzbekistan's central bank said"): the country that owns one is no
# speaker; "officials", "authorities" and "government" speak for it.
ORGAN_NOUNS = frozenset({"ministry", "troops", "guards", "service", "committee", "agency", "department", "directorate",
                         "police", "inspectorate", "prosecutor", "embassy", "consulate", "bank", "commission", "court",
                         "council", "board", "bureau", "office", "regulator"})
DECLINING = frozenset({"decline", "refuse", "fail"})
# What a refusal states as a position: "refused to recognise the government", "refused to condemn the war", "declined
# to endorse the paragraph", "refused to call it an invasion" (not "refused to attend", "declined to comment").
REFUSED_STANCES = frozenset({"recognise", "recognize", "condemn", "endorse", "call"})
QUESTION_WORDS = frozenset({"whether", "if", "what", "when", "how", "why", "where", "who", "which"})
_QUOTED = re.compile(r"[\"“]([^\"“”]{3,})[\"”]")


def _outlet(actor) -> bool:
    """A news outlet, the source of what it reports; a ministry or press service that "reported" is none."""
    return actor.is_media and not BODY_WORDS & set(actor.label.lower().split())


def _outlet_noun(subject: Token) -> bool:
    """"state media", "the newspaper", "the news agency": words for an outlet, not for a government agency."""
    lemma = subject.lemma_.lower()
    return lemma in OUTLET_NOUNS or subject.lower_ in OUTLET_NOUNS or lemma == "agency" and any(c.lower_ == "news" for c in subject.children)


def _unnamed_organ(subject: Token) -> bool:
    """"Kazakhstan's trade ministry", "the Tajik border troops": a lowercase word for a state's body, which names
    no actor of its own (a body the finder knew, "the Russian defence ministry", is one)."""
    return subject.is_lower and (subject.lemma_.lower() in ORGAN_NOUNS or subject.lower_ in ORGAN_NOUNS)


# Persons a name's possessive relates to someone else, who speak for themselves ("Khan's lawyers said", "his family
# said", "Lavrov's deputy said"), unlike a spokesman, an office or a press service, who speak for the owner.
KIN_AND_COUNSEL = frozenset({"lawyer", "attorney", "counsel", "family", "relative", "wife", "husband", "son",
                             "daughter", "brother", "sister", "father", "mother", "friend", "supporter", "critic",
                             "opponent", "rival", "doctor", "neighbour", "neighbor", "biographer", "deputy"})


def _someone_elses(subject: Token) -> bool:
    """"Imran Khan's lawyers", "the minister's family": kin, counsel or partisans named by whose they are."""
    return subject.is_lower and subject.lemma_.lower() in KIN_AND_COUNSEL \
        and any(c.dep_ == "poss" for c in subject.children)


def _names_someone(subject: Token) -> bool:
    """A subject that names or describes someone of its own: "Tashiyev", "an analyst", "residents"; not a
    pronoun or "the diplomat", which may be the speaker before."""
    if subject.pos_ == "PROPN":
        return True
    return subject.pos_ == "NOUN" and not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an")
                                              for c in subject.children)


def _within(spans: list[tuple[int, int]], *tokens: Token) -> bool:
    """All the tokens inside one quotation."""
    return any(all(start <= token.idx < end for token in tokens) for start, end in spans)


def _reports(verb: Token, nested: Token) -> bool:
    """``nested`` is in the clause ``verb`` introduces, through clauses and conjoined or adverbial verbs only."""
    token = nested
    while token.head != token and token != verb:
        if token.dep_ not in ("ccomp", "xcomp", "conj", "advcl", "parataxis"):
            return False
        token = token.head
    return token == verb and nested != verb


def _quoted_text(text: str) -> str:
    return " ".join(match.group(1).strip() for match in _QUOTED.finditer(text))


def _is_quote_only(sentence: Sentence) -> bool:
    """A sentence that is all quotation, with no attribution of its own."""
    text = sentence.evidence.sentence
    return text[:1] in "\"“" and len(_quoted_text(text) or text) >= 0.6 * len(text)


def _subject(verb: Token) -> Token | None:
    """The grammatical subject (a passive's agent: "was announced by X"), following conjoined and open-clause
    verbs to their head; for a verb the parser left without one, the name it hangs on ("Pashinyan, who chaired
    …, announced") or the name that opens the clause ("Modi, in his video address, said")."""
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") and verb.sent.root != verb:
        verb = verb.sent.root  # "…, stressing that …": the participle's subject is the sentence's
    agent = _passive_agent(verb)
    if agent is not None:
        return agent
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:  # two subjects ("CSTO (CSTO) Secretary General Stanislav Zas said"): the one next to the verb
            before = [c for c in subjects if c.i < verb.i]
            return _attributed(before[-1] if len(before) > 1 else subjects[0], verb)
        aside = _name_before_aside(verb)
        if aside is not None:
            return aside
        if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head != verb:
            verb = verb.head
            continue
        if verb.dep_ == "acl" and verb.head.pos_ == "PROPN":
            return verb.head
        return next((c for c in verb.lefts if c.pos_ == "PROPN" and c.dep_ in ("advcl", "npadvmod", "dep", "appos")),
                    None) or _fronted_subject(verb)
    return None


# What the parser makes of a subject it hangs on a fronted phrase ("On May 18 President X, …,"): its object, or a
# conjunct or an apposition of it.
_MISREAD_SUBJECTS = frozenset({"pobj", "preconj", "conj", "appos"})
ASIDE_LENGTH = 10  # tokens of an aside between a subject and its verb ("X, on his first visit to Y since 2019, said")


def _name_before_aside(verb: Token) -> Token | None:
    """"On May 18 President X, visiting Osh, warned …", "… after President X, on a visit to Osh, said …", "X, also
    speaking remotely, urged …": the name before an aside set off by commas right before the verb is its subject,
    though the parser made it the object of the phrase before it, or the participle's subject; the aside opens with
    a participle or a preposition."""
    doc, comma = verb.doc, verb.i - 1
    if comma < 2 or doc[comma].text != ",":
        return None
    opening = next((i for i in range(comma - 1, max(comma - ASIDE_LENGTH, verb.sent.start) - 1, -1)
                    if doc[i].text == ","), None)
    if opening is None or opening == comma - 1 or opening == verb.sent.start:
        return None
    first, name = doc[opening + 1], doc[opening - 1]
    if first.pos_ == "ADV" and opening + 2 < comma:
        first = doc[opening + 2]  # "X, also speaking remotely, urged …"
    aside = first.tag_ == "VBG" or first.pos_ == "ADP"
    misread = name.dep_ in _MISREAD_SUBJECTS or name.dep_ == "nsubj" and name.head == first
    return name if aside and name.pos_ == "PROPN" and misread else None


def _fronted_subject(verb: Token) -> Token | None:
    """"In Kabul, X, spokesman for Y, said", "At the briefing in Tashkent, X told": the name the parser joined to
    a fronted phrase (as its conjunct or apposition) though it is the subject, for it runs, with its apposition,
    up to the comma before the verb; not one of a list ("In Kabul and Herat, officials said")."""
    for phrase in (c for c in verb.lefts if c.dep_ == "prep"):
        for token in phrase.subtree:
            if token.pos_ != "PROPN" or token.dep_ not in ("conj", "appos") or token.i == 0 \
                    or token.doc[token.left_edge.i - 1].text != "," or any(c.dep_ == "cc" for c in token.head.children):
                continue
            after = token.right_edge.i + 1
            while after < verb.i and token.doc[after].is_punct:
                after += 1
            if after == verb.i or after < verb.i and token.doc[after].pos_ in ("ADV", "AUX") and after + 1 == verb.i:
                return token
    return None


def _passive_agent(verb: Token) -> Token | None:
    """"The deployment was announced by X": the agent of the speech verb itself, when passive and its subject is
    no person — not of a verb the speech verb is conjoined to ("Y was received by X and said …" is Y's), nor of
    one whose subject is a person ("the ambassador was recalled by Moscow")."""
    passive = any(c.dep_ == "auxpass" for c in verb.children) or verb.tag_ == "VBN" and verb.dep_ == "acl"
    if verb.lemma_ in WEAK_VERBS or not passive:  # "was announced by X", "a claim rejected by X"
        return None
    passive_subjects = [c for c in verb.children if c.dep_ == "nsubjpass"] + ([verb.head] if verb.dep_ == "acl" else [])
    if any(c.ent_type_ == "PERSON" or c.lemma_.lower() in PERSON_NOUNS for c in passive_subjects):
        return None
    return next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)


def _attributed(subject: Token, verb: Token) -> Token:
    """"… with acting foreign minister Muttaqi, the Ministry of Foreign Affairs said": in a trailing
    attribution the parser may make the phrase before the verb an apposition of an earlier name; the
    phrase right before the verb is the speaker."""
    appositions = [c for c in subject.children if c.dep_ == "appos" and c.right_edge.i == verb.i - 1]
    return appositions[0] if appositions and subject.i < verb.i else subject


def _quoted_by(verb: Token) -> Token | None:
    """"X was quoted as saying": the subject of "quoted"."""
    head = verb.head if verb.dep_ in ("advcl", "xcomp", "pcomp", "pobj") else verb
    while head.dep_ in ("pcomp", "pobj", "prep") and head.head != head:
        head = head.head
    if head.lemma_ in ("quote", "cite"):  # "Wang was quoted as saying", "the ministry quoted Wang as saying"
        return next((c for c in head.children if c.dep_ == "nsubjpass"), None) or \
            next((c for c in head.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
    return None


def _says_nothing(verb: Token) -> bool:
    """"X said nothing in public": a speech verb whose object is "nothing"; "X did not say what it told him": one
    in what a negated speech verb leaves unsaid. Neither reports anything said."""
    head = verb.head
    return any(c.dep_ == "dobj" and c.lower_ == "nothing" for c in verb.children) or \
        verb.dep_ in ("ccomp", "xcomp") and head.lemma_ in SPEECH_VERBS and any(c.dep_ == "neg" for c in head.children)


def _is_speech(token: Token) -> bool:
    """A verb that reports what its subject said: "said", "ruled out", "called the remark offensive",
    "made similar assurances"; not "maintained contacts", "called on the PM at his residence", "did not say"."""
    if token.pos_ not in ("VERB", "AUX") or _label(token):
        return False
    if token.lemma_ in PORTRAYING:
        phrases = [c for t in (token, *(c for c in token.children if c.dep_ == "dobj")) for c in t.children]
        return any(c.dep_ == "prep" and (c.lower_ == "as" or c.lower_ == "in" and
                                         any(g.lemma_ == "term" for g in c.children)) for c in phrases)
    if _idiom(token):
        return True
    if token.lemma_ in CARRIER_VERBS:  # "made similar assurances", "conveyed that …"
        return any(c.dep_ == "dobj" and c.lemma_ in SPOKEN_OBJECTS or c.dep_ == "ccomp" and token.lemma_ == "convey"
                   for c in token.children)
    if token.dep_ == "xcomp" and token.head.lemma_ in DECLINING or _up_to(token):
        return False  # "declined to comment", "it is for India to explain"
    if token.lemma_ in ("refuse", "decline"):
        return _stated_refusal(token)
    if token.lemma_ not in SPEECH_VERBS or (any(c.dep_ == "neg" for c in token.children) and token.lemma_ != "deny"):
        return False
    if _neither_nor(token) or _says_nothing(token):
        return False  # "has neither confirmed nor denied the strikes", "said nothing", "did not say what it told him"
    if any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "may") for c in token.children):
        return False  # "Beijing would welcome any sign that …": what one might say, not what was said
    if token.lemma_ in ("express", "voice"):
        return any(c.dep_ == "dobj" and c.lower_ in EXPRESSED_OBJECTS for c in token.children)
    if token.lemma_ == "call":
        return _calls_for(token)
    if token.lemma_ in ("respond", "reply"):  # "replied that …", '"…," he replied'; not "troops responded"
        return any(c.dep_ == "ccomp" for c in token.children) or _after_quotation(token)
    if token.lemma_ == "report":  # "the ministry reported", not "as reported by X, Dushanbe is worried"
        return any(c.dep_ == "nsubj" for c in token.children)
    if token.lemma_ == "rule":
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children)
    if token.lemma_ == "threaten":  # "threatened to retaliate", not "used to threaten Kyiv"
        return any(c.dep_ in ("ccomp", "xcomp") for c in token.children) and token.dep_ != "xcomp"
    if token.lemma_ == "describe":
        return any(c.lower_ == "as" for c in token.children)
    if token.lemma_ in TELLING:
        told = [c for c in token.children if c.dep_ == "dobj"]
        return bool(told) and token.dep_ != "relcl" and not any(c.dep_ == "auxpass" for c in token.children) \
            and any(c.dep_ == "ccomp" or c.dep_ == "prep" and c.lower_ in ("about", "on", "of")
                    for c in [*token.children, *told[0].children])
    if token.lemma_ == "dismiss":  # "dismissed the reports (or Blinken) as baseless", not "dismissed the minister"
        return any(c.dep_ == "prep" and c.lower_ == "as" and not _office_phrase(c) for c in token.children) \
            or not any(c.dep_ == "prep" and c.lower_ == "from" or c.dep_ == "dobj" and c.ent_type_ == "PERSON"
                       for c in token.children)
    if token.lemma_ in CLAUSE_VERBS:  # "What India fears is that …" too
        return any(c.dep_ == "ccomp" for c in token.children) or any(mark in token.sent.text for mark in '"“') or \
            any(c.dep_ == "dobj" and c.lower_ == "what" for c in token.children) and token.head.lemma_ == "be"
    return True


def _stated_refusal(verb: Token) -> bool:
    """"refused to recognise the Taliban", "declined to say whether the embassy would reopen": a refusal of a
    position, or to answer a question, is said; "declined to comment", "refused to attend" and "did not refuse to
    …" are not."""
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    for done in (c for c in verb.children if c.dep_ == "xcomp"):
        if done.lemma_ in REFUSED_STANCES or done.lemma_ == "say" and any(
                c.dep_ == "ccomp" and any(m.lower_ in QUESTION_WORDS for m in c.children if m.dep_ in ("mark", "advmod"))
                for c in done.children):
            return True
    return False


def _name_set_off_after(description: Token) -> Token | None:
    """"according to Iran's deputy police chief, General Ali Rahimov, …": the name set off by commas after one
    person's description, which the parser did not join to it, is the one described (not after "officials").
    The name's last word, else None."""
    doc, comma = description.doc, description.right_edge.i + 1
    if description.tag_ != "NN" or description.lemma_.lower() not in PERSON_NOUNS or comma + 2 >= len(doc) \
            or doc[comma].text != ",":
        return None
    end = comma + 1
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    return doc[end - 1] if end > comma + 1 and end < len(doc) and doc[end].text == "," else None


def _up_to(verb: Token) -> bool:
    """"It is for the Indians to explain", "for Kabul to confirm": an infinitive with "for" and its subject says
    whose task the speaking is, not that anyone spoke."""
    return verb.tag_ == "VB" and any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)


def _label(token: Token) -> bool:
    """"CLAIM 3: "…"", "STATEMENT:": a word in capitals that labels the paragraph it opens (a fact-check's claim
    under review), no verb of anyone's."""
    after = token.doc[token.i + 1:token.i + 3]
    return token.text.isupper() and len(token.text) > 1 and token.i == token.sent.start \
        and any(t.text == ":" for t in after) and all(t.text == ":" or t.like_num for t in after[:2] if t.text != ":")


def _office_phrase(preposition: Token) -> bool:
    """"as prime minister", "as commander-in-chief": the post someone is dismissed from, not what he is called."""
    return any(t.lower_ in ROLE_HEADS for t in preposition.subtree)


# Words that open a question: a question word, or the auxiliary put before its subject.
_QUESTION_OPENERS = frozenset("""
what who whom whose which why how when where will would did does do is are was were can could should shall has have
""".split())


def _asks(sentence: Sentence) -> bool:
    """"What did Modi tell Putin?", "Will Tashkent confirm the deal?": the article's own question, outside any
    quotation, which says what nobody said; not a statement with a question tagged on ("X said the border would
    reopen, but when?")."""
    text = sentence.evidence.sentence
    words = text.lstrip("(\"“‘'").split()
    opener = next((w.lower().strip(",") for w in words if w.lower().strip(",") not in ("so", "and", "but", "then")),
                  "")
    return text.rstrip().endswith("?") and not any(mark in text for mark in '"“”') and opener in _QUESTION_OPENERS


def _after_quotation(verb: Token) -> bool:
    """'"…," he replied': the verb follows the quotation's closing mark."""
    before = verb.doc[max(verb.i - 4, verb.sent.start):verb.i]
    return any(t.text in ('"', "”") and t.i > 0 and t.doc[t.i - 1].text in (",", "!", "?") for t in before)


def _idiom(verb: Token) -> bool:
    """Speech said with other words: "played down the incident", "made it clear that …", "struck a cautious
    note", "raised India's concerns", "put the death toll at 24"."""
    children = list(verb.children)
    objects = [c for c in children if c.dep_ == "dobj"]
    objects += [g for c in objects for g in c.children if g.dep_ == "conj"]
    if verb.lemma_ == "play":
        return any(c.dep_ == "prt" and c.lower_ == "down" for c in children)
    if verb.lemma_ == "make":
        return any(c.lower_ == "clear" and c.dep_ in ("ccomp", "oprd", "acomp", "advmod") for c in children)
    if verb.lemma_ == "strike":
        return any(c.lemma_ in ("note", "tone") for c in objects)
    if verb.lemma_ == "raise":
        return any(c.lemma_ in RAISED for c in objects)
    if verb.lemma_ == "put":  # "put the death toll at 24": a figure given
        at = [c for t in (verb, *objects) for c in t.subtree if c.dep_ == "prep" and c.lower_ == "at"
              and any(g.like_num for g in c.subtree)]  # not "a number of curbs at airports", "at the lower end"
        return any(c.lemma_ in FIGURES for c in objects) and bool(at)  # "the number of detained at 9,900" too
    return False


def _neither_nor(verb: Token) -> bool:
    """A speech verb joined by "neither … nor" ("neither confirmed nor denied"), which says that nothing was said;
    not a later conjunct ("…, but said …")."""
    first = verb.head if verb.dep_ == "conj" else verb
    if verb is not first:  # "neither confirmed nor denied …, but said …": only the conjunct after "nor"
        joining = [c for c in first.children if c.dep_ == "cc" and c.i < verb.i]
        if not joining or joining[-1].lower_ != "nor":
            return False
    return any(c.lower_ == "neither" and c.dep_ == "preconj" for c in first.children) and \
        any(c.lower_ == "nor" for c in first.children)


def _actor_of_what_clause(subject: Token) -> Token | None:
    """"Chile carried out what it called strikes", "Peru fired at what it said were rebel bases": the pronoun
    that names what was done in its own words is the subject of the clause the "what" clause completes (not of
    a clause further out: "X said forces stopped them erecting what he called a fence", nor of a clause someone
    else reports: "Kyiv says Moscow deported what it calls …")."""
    verb = subject.head
    if subject.pos_ != "PRON" or subject.lower_ not in ("it", "he", "she", "they") or \
            not any(t.lower_ == "what" and t.i < subject.i for t in verb.subtree):
        return None
    clause = verb.head.head if verb.head.pos_ == "ADP" else verb.head  # "at what it said were": through "at"
    if clause.dep_ == "ccomp" and clause.head.lemma_ in SPEECH_VERBS:
        return None  # "Kyiv says Moscow deported what it calls …": the words are the reporter's
    actor = next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
    if actor is not None and subject.lower_ == "they" and actor.tag_ == "NNP":
        return None  # "they" is no one proper name
    return actor


def _calls_for(verb: Token) -> bool:
    """"called for talks", "called on the Taliban to form …", "called the remark offensive", "called it "a
    crime"" — not a visit ("called on PM Imran at the PM House")."""
    children = list(verb.children)
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in children) or following is not None and following.lower_ == "for":
        return True  # "called for talks", "called for the community not to leave …"
    if any(c.dep_ in ("oprd", "ccomp") for c in children) or \
            any(c.dep_ == "dobj" and any(g.dep_ in ("amod", "oprd") and g.i > c.i for g in c.children) for c in children):
        return True
    if any(c.dep_ == "dobj" and c.i + 1 < len(c.doc) and c.doc[c.i + 1].text in ('"', "“") for c in children):
        return True  # "called the group "a pivotal force"", whatever the parser made of the quotation
    on = [c for c in children if c.lower_ == "on" and c.dep_ in ("prep", "prt")]
    return bool(on) and any(t.lower_ == "to" and t.head.pos_ == "VERB" and t.head.i > verb.i for t in verb.subtree)


def _agreed(verb: Token) -> bool:
    """"agreed that …", "agreed to …", not "did not agree"."""
    return verb.lemma_ == "agree" and any(c.dep_ in ("ccomp", "xcomp") for c in verb.children) \
        and not any(c.dep_ == "neg" for c in verb.children)


def _attributed_to_account(sentence: Sentence) -> bool:
    """"…, according to a Kremlin readout": the sentence names where its account comes from."""
    return any(t.lower_ == "according" and t.i + 1 < len(t.doc) and t.nbor().lower_ == "to" for t in sentence.span)


def _content(verb: Token, sentence: Sentence) -> str:
    quoted = _quoted_text(sentence.evidence.sentence)
    if quoted:
        return quoted
    for dep in ("ccomp", "xcomp", "dobj"):  # "told reporters the region …": the clause, not the audience
        for child in verb.children:
            if child.dep_ == dep and not (dep == "dobj" and child.lemma_ in AUDIENCES):
                words = list(child.subtree)
                return sentence.span.doc[words[0].i:words[-1].i + 1].text
    return sentence.evidence.sentence


class StatementReader:
    def __init__(self, resolver: Resolver, text: str):
        self.resolver = resolver
        self.text = text
        self.previous: Statement | None = None
        self.unknown = False
        self.voiced: set[int] = set()  # paragraphs an expert's label gives a voice: their quotation marks are his

    def read(self, sentences: list[Sentence]) -> list[Statement]:
        statements: list[Statement] = []
        pending: list[Sentence] = []  # quoted sentences waiting for their attribution
        self.voiced = set(quoted_experts(sentences, self.resolver.index, self.text))
        for sentence in sentences:
            if pending and sentence.paragraph != pending[-1].paragraph:
                statements.extend(self._continuations(pending))
                pending = []
            found = self._in_sentence(sentence)
            if not found and not pending:
                self._introduce(sentence)
            if not found and sentence.paragraph not in self.voiced and \
                    (_is_quote_only(sentence) or self._inside_quote(sentence)):
                pending.append(sentence)
                if self.unknown:  # '"…," an analyst said': the quotation is someone else's, not ours to guess
                    pending = []
                continue
            if found and pending and found[0].direct:
                found[0] = self._extend(found[0], pending)  # the quote opened before its "…, X added."
                pending = []
            statements.extend(self._continuations(pending))
            pending = []
            statements.extend(found)
            if found:
                self.previous = found[-1]
                self.resolver.last_speaker = found[-1].speaker
                self.resolver.spoken += [(f.evidence.start, f.evidence.end, f.speaker) for f in found]
        statements.extend(self._continuations(pending))
        return [s for s in _deduplicated(self._with_answers(statements, sentences))
                if not pleasantry(s.evidence.sentence)]

    def _with_answers(self, statements: list[Statement], sentences: list[Sentence]) -> list[Statement]:
        """An interview's answers, each one statement of its interviewee (:mod:`.interviews`), in place of what
        was read of the interviewee inside them; what others said inside an answer stays."""
        answered = list(answers(sentences, self.resolver.index, self.text).values())
        if not answered:
            return statements
        kept = [s for s in statements if not any(a.speaker == s.speaker and a.evidence.start <= s.evidence.start
                                                 and s.evidence.end <= a.evidence.end for a in answered)]
        return sorted(kept + answered, key=lambda statement: statement.evidence.start)

    def _introduce(self, sentence: Sentence) -> None:
        """"The following is the text of the statement issued by the ministry.": the quotations that follow are the
        issuer's, as they would be after "the ministry said"; a sentence with a quotation of its own introduces none."""
        if any(mark in sentence.evidence.sentence for mark in '"“”'):
            return
        for token in sentence.span:
            issuer = self._issuer(token, sentence) if token.lemma_.lower() in DOCUMENTS and token.pos_ == "NOUN" \
                else None  # a document named, not a verb of its kind ("the figures reported by the ministry")
            if issuer is not None and not _outlet(self.resolver.index.actors[issuer.key]):
                self.previous = Statement(speaker=issuer.key, quote="", evidence=sentence.evidence)
                return

    def _inside_quote(self, sentence: Sentence) -> bool:
        """A sentence that begins inside a quotation opened earlier in its paragraph ("“Is it over? Yes."); not the
        quotation an expert's whole paragraph is, in which what others said is told as the expert reports it."""
        before = self.text[sentence.base + (sentence.paragraph in self.voiced):sentence.evidence.start]
        return before.count("“") > before.count("”") or before.count('"') % 2 == 1

    def _continuations(self, pending: list[Sentence]) -> list[Statement]:
        """Quoted sentences with no attribution after them continue the statement before them, each quotation
        a statement of its own ("… X said. "More."" is two); a sentence still inside the quotation of the
        sentence before is more of that statement ('X said, "A. B."' is one)."""
        found = []
        for sentence in pending:
            if not self._continues(sentence):
                continue
            if self._inside_quote(sentence) and self.previous.evidence.end >= sentence.base:
                self.previous.evidence = self._through(self.previous.evidence, sentence.evidence)
                self.previous.quote = _quoted_text(self.previous.evidence.sentence) or self.previous.quote
            else:
                found.append(self._statement(self.previous.speaker, sentence, None, 0.7, direct=True))
                self.previous = found[-1]
            evidence = self.previous.evidence
            self.resolver.spoken.append((evidence.start, evidence.end, self.previous.speaker))
        return found

    def _through(self, first: Evidence, last: Evidence) -> Evidence:
        return Evidence(self.text[first.start:last.end], first.start, last.end)

    def _continues(self, sentence: Sentence) -> bool:
        previous = self.previous
        return previous is not None and 0 <= sentence.evidence.start - previous.evidence.end <= 400

    def _extend(self, statement: Statement, before: list[Sentence]) -> Statement:
        start = before[0].evidence.start
        text = self.text[start:statement.evidence.end]
        statement.evidence = Evidence(text, start, statement.evidence.end)
        statement.quote = _quoted_text(text) or statement.quote
        return statement

    def _in_sentence(self, sentence: Sentence) -> list[Statement]:
        """The sentence's statements. An attribution — "according to X", "the Kremlin statement added" — names
        the speaker only when no speaker of its own speaks in the sentence ("Putin reaffirmed …, the Kremlin
        statement added" is Putin's)."""
        self.unknown = False  # a speaker the sentence names but no actor resolves
        if _asks(sentence):
            return []
        speakers: dict[str, tuple[Resolution, Token | None]] = {}
        attributions: dict[str, tuple[Resolution, Token | None]] = {}
        pairs: dict[str, tuple[Resolution, Token | None]] = {}  # "both presidents said": when no one else speaks
        quoted = self._quoted_spans(sentence)
        for token in sentence.span:
            if token.lower_ == "according" and token.i + 1 < len(token.doc) and token.nbor().lower_ == "to":
                relayed = self._relayed(token, sentence)
                found = self._according_to(token, sentence) if relayed is None else None
                if relayed is not None:
                    speakers.setdefault(relayed[0].key, relayed)
                elif found:
                    attributions.setdefault(found.key, (found, None))
            pair = self._pair(token, sentence, quoted)
            if pair:
                pairs.update((found.key, (found, token)) for found in pair)
                continue
            if not _is_speech(token):
                continue
            subject = _quoted_by(token) or _subject(token)
            if subject is not None and _within(quoted, token, subject):
                continue  # words of the quotation, not of the sentence: '"Kabul denied it," he said'
            resolution = self._speaker(subject, sentence) if subject is not None else None
            if resolution is None:
                self.unknown = self.unknown or subject is not None and _names_someone(subject)
                continue
            weak = token.lemma_ in WEAK_VERBS
            target = attributions if subject.lemma_ in DOCUMENTS else speakers
            for each in [resolution] + self._joined_speakers(subject, resolution, sentence):
                found = Resolution(each.key, each.confidence * (0.8 if weak else 1.0))
                target.setdefault(found.key, (found, token))
        chosen = self._outermost(speakers) or {**attributions, **pairs}
        statements: dict[str, Statement] = {}
        for resolution, verb in chosen.values():
            self._add(statements, resolution, sentence, verb)
        return list(statements.values())

    def _outermost(self, speakers: dict[str, tuple[Resolution, Token | None]]) -> dict:
        """A person's words are his own: a speaker in the clause a person's speech verb introduces is part of
        what the person said ("Rahmon said Tajikistan appreciated …", "Putin said …, adding that Kyiv had
        rejected talks"). A fronted clause keeps its own speaker ("Beijing cited …, the ministry said"), and so
        does a relative clause ("…, a claim the NRF denied")."""
        kept = dict(speakers)
        for outer, (_, verb) in speakers.items():
            if verb is None or self.resolver.index.actors[outer].kind != "Person":
                continue
            for inner, (_, nested) in speakers.items():
                if inner != outer and nested is not None and nested.i > verb.i and _reports(verb, nested):
                    kept.pop(inner, None)
        return kept

    def _pair(self, verb: Token, sentence: Sentence, quoted: list[tuple[int, int]]) -> list[Resolution]:
        """"Both presidents said …", "The two leaders agreed to "…"": each of the pair the article named before
        speaks, unless what they said or agreed is told as another's words ("the ministry said the two leaders
        agreed"). What a pair agreed is their words when quoted or taken from an account ("according to a
        readout"); else it is what they did."""
        if not (_is_speech(verb) or _agreed(verb) and (quoted or _attributed_to_account(sentence))):
            return []
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or _within(quoted, verb, subject) or any(_is_speech(a) for a in verb.ancestors):
            return []
        return self.resolver.pair(subject, sentence) or self.resolver.encounter_pair(subject, sentence)

    def _quoted_spans(self, sentence: Sentence) -> list[tuple[int, int]]:
        """Character ranges (in the paragraph) of the quotations in a sentence, also of one opened before it."""
        text, base, spans = sentence.span.text, sentence.span.start_char, []
        if self._inside_quote(sentence):
            close = re.search(r"[\"”]", text)
            spans.append((base, base + (close.end() if close else len(text))))
            base, text = spans[0][1], text[spans[0][1] - base:]
        spans += [(base + m.start(), base + m.end()) for m in _QUOTED.finditer(text)]
        return [span for span in spans if not (sentence.paragraph in self.voiced and span[0] == 0)]

    def _speaker(self, subject: Token, sentence: Sentence) -> Resolution | None:
        """The actor who speaks; "it"/"they" only continue a government or organisation that spoke last, or are
        the actor acting in the clause that quotes their words ("X struck what it called camps")."""
        actor = _actor_of_what_clause(subject)
        if actor is not None:
            return self.resolver.resolve(actor, sentence)
        if subject.lower_ in ("it", "they"):
            last = self.resolver.last_speaker
            if last and self.resolver.index.actors[last].kind in ("Country", "Organisation"):
                return Resolution(last, 0.7)
            return None
        if _outlet_noun(subject):
            return None  # "Chinese state media reported": a source, whatever country it is of
        resolution = self.resolver.resolve(subject, sentence) or self._described_speaker(subject, sentence) \
            or self._body_spoken_for(subject, sentence)
        if resolution is None or _outlet(self.resolver.index.actors[resolution.key]):
            return None
        if _unnamed_organ(subject) and self.resolver.index.actors[resolution.key].kind == "Country":
            return None  # "Kazakhstan's trade ministry said": a body no name was found for, not its country
        if _someone_elses(subject):
            return None  # "Imran Khan's lawyers said": persons of their own, no voice of Imran Khan's
        return resolution

    def _joined_speakers(self, subject: Token, first: Resolution, sentence: Sentence) -> list[Resolution]:
        """"Aliyev and Mirziyoyev (both) called for …", "Lavrov and his Chinese counterpart Wang Yi said": every
        person the subject (``first``, resolved) joins with "and" to a person speaks, each a statement of the same
        words. Not countries ("India and Russia believe …", "Tehran and Kabul told different stories"): what two
        states hold is told of the one the article follows."""
        actors = self.resolver.index.actors
        if actors[first.key].kind != "Person":
            return []
        joined = [found for c in subject.conjuncts if c.i > subject.i
                  if (found := self._speaker(c, sentence)) is not None]
        return [found for found in joined if actors[found.key].kind == "Person"]

    def _body_spoken_for(self, subject: Token, sentence: Sentence) -> Resolution | None:
        """"A spokesman for China's foreign ministry said": a spokesman the article did not name speaks for the body
        he is the spokesman for."""
        bodies = self.resolver.spoken_for_by_spokesman(subject, sentence)
        return Resolution(bodies[0], 0.75) if bodies else None

    def _described_speaker(self, subject: Token, sentence: Sentence) -> Resolution | None:
        """"…," the diplomat said': a description of a person no profile matches, right after that person
        spoke, is that person again."""
        previous = self.previous
        if previous is None or subject.lemma_.lower() not in PERSON_NOUNS or subject.pos_ != "NOUN" or \
                not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children) or \
                any(t.pos_ == "PROPN" or t.ent_type_ for t in subject.subtree if t != subject) or \
                self.resolver.index.actors[previous.speaker].kind != "Person" or \
                not 0 <= sentence.evidence.start - previous.evidence.end <= 2:
            return None
        return Resolution(previous.speaker, 0.7)

    def _relayed(self, according: Token, sentence: Sentence) -> tuple[Resolution, Token] | None:
        """"Xi, according to the Chinese account, spoke of …", "Li, according to that statement, also wanted …": the
        account set off right after a person's name relays that person's words, so the person speaks (and the
        verb says what); not "Xi spoke, according to the ministry", whose account names the speaker."""
        doc, verb = according.doc, according.head
        if doc[according.i - 1].text != "," or verb.pos_ not in ("VERB", "AUX") or verb.i < according.i:
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or max(t.i for t in subject.subtree) != according.i - 2:
            return None
        person = self._person(subject, sentence)
        return (Resolution(person.key, 0.8 * person.confidence), verb) if person is not None else None

    def _according_to(self, token: Token, sentence: Sentence) -> Resolution | None:
        """"according to X"; "according to a statement issued by X" / "of X"; "according to it" after a body
        that spoke."""
        objects = [t for t in token.nbor().children if t.dep_ == "pobj"]
        if not objects:
            return None
        if objects[0].lower_ in ("it", "them"):
            return self._speaker(objects[0], sentence)
        named = _name_set_off_after(objects[0])
        resolution = named and self._person(named, sentence) or self.resolver.resolve(objects[0], sentence) \
            or self._issuer(objects[0], sentence)
        if resolution is None or _outlet(self.resolver.index.actors[resolution.key]):
            return None
        return resolution

    def _person(self, name: Token, sentence: Sentence) -> Resolution | None:
        resolution = self.resolver.resolve(name, sentence, ("Person",))
        return resolution if resolution and self.resolver.index.actors[resolution.key].kind == "Person" else None

    def _issuer(self, document: Token, sentence: Sentence) -> Resolution | None:
        """Who issued a document: "a statement of the ministry", "a statement issued by the ministry"."""
        if document.lemma_ not in DOCUMENTS:
            return None
        for child in document.children:
            by = [c for c in child.children if c.dep_ == "agent"] if child.dep_ == "acl" else [child]
            for preposition in by:
                if preposition.lower_ in ("of", "by"):
                    issuer = next((g for g in preposition.children if g.dep_ == "pobj"), None)
                    if issuer is not None:
                        return self.resolver.resolve(issuer, sentence)
        return None

    def _add(self, statements: dict[str, Statement], resolution: Resolution | None, sentence: Sentence,
             verb: Token | None) -> None:
        if resolution is None or resolution.key in statements:
            return
        quoted = any(mark in sentence.evidence.sentence for mark in '"“”')
        statements[resolution.key] = self._statement(resolution.key, sentence, verb, resolution.confidence, quoted)

    def _statement(self, speaker: str, sentence: Sentence, verb: Token | None, confidence: float,
                   direct: bool) -> Statement:
        quote = _content(verb, sentence) if verb is not None else (
            _quoted_text(sentence.evidence.sentence) or sentence.evidence.sentence)
        about = [key for key in self.resolver.named(sentence.span, sentence, ("Person", "Organisation", "Country",
                                                                              "Place"))
                 if key != speaker and _mentions(quote, self.resolver.index.actors[key])]
        return Statement(speaker=speaker, quote=quote, evidence=sentence.evidence, direct=direct, about=about,
                         source=self._source(sentence), confidence=round(confidence, 2))

    def _source(self, sentence: Sentence) -> str | None:
        """The outlet a sentence cites ("quoted … by the Interfax news agency", "Reuters reported")."""
        for key in self.resolver.named(sentence.span, sentence, ("Organisation",)):
            if _outlet(self.resolver.index.actors[key]):
                return key
        return None


def _mentions(text: str, actor) -> bool:
    names = {actor.label, *actor.aliases}
    return any(name and name in text for name in names)


def _deduplicated(statements: list[Statement]) -> list[Statement]:
    """One statement per speaker and content: a photo caption repeating a body sentence adds nothing."""
    seen, kept = set(), []
    for statement in statements:
        key = (statement.speaker, " ".join(statement.quote.lower().split())[:200])
        if key not in seen:
            seen.add(key)
            kept.append(statement)
    return kept
