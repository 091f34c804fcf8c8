"""Interviews laid out as questions and answers ("DW: What did the summit deliver?" / "Ayla Demir: Quite a lot.").

Each answer is what the interviewee said, though no speech verb introduces it: the label that opens the paragraph,
a person's name, is the speaker, and the whole answer is one statement. A layout counts as an interview only when
several paragraphs open with such labels, so that a lone "Kabul: …" dateline or "Note: …" is no answer, and
only an answer that follows a question counts, so that a who's-who list ("Name: the former minister …") is none;
an interviewer labelled by name asks ("Ivan Petrov: Will the Taliban be invited?"), and neither a question nor the
interviewer's other remarks ("Ivan Petrov: Thank you.") are statements.
A label that answers a question somewhere is a speaker's: its turns before any question count too (the leaders'
opening remarks at a joint news conference, "THE PRESIDENT: …" / "PRIME MINISTER MODI: …" before "Q: …").

A transcript ("CHAIRMAN ALI KHAN: The minister will speak." / "DAVID ROSS: Thank you.") labels each turn with its
speaker's name in capitals, after any office; every turn is a statement, asked or not. The layout counts when
several paragraphs open with such labels and one of them names a person the article also names in ordinary case (in
full, or by the surname: "Minister Dar" for "ISHAQ DAR:"), so that datelines ("KABUL: …") and teaser lines ("READ
MORE: …") make none. A briefing's turns may be labelled with the speaker's office instead ("SPOKESPERSON:"), the
office set off by a comma before the name ("Official Spokesperson, Shri Ravi Menon:"), or by the surname alone
before each answer, the first of them answering no question ("KANAANI:").
"""
from __future__ import annotations

import re
from collections import Counter

from ..records import Evidence, Statement
from spacy.tokens import Span

from .actor_records import ActorIndex
from .names import ROLE_HEADS, TITLE_WORDS, fold
from .profiles import GENERIC_WORDS, office_words
from .sentences import Sentence

# A label: up to seven capitalised words, an office set off by a comma ("Official Spokesperson, Shri Ravi Menon:"),
# then an aside in brackets ("QUESTION (Tolo):", "ALI KHAN (moderator):"); the words alone are group 1.
_LABEL = re.compile(r"^([A-Z][\w.'’-]*(?:,? [A-Z][\w.'’-]*){0,6})(?: \([^()\n]{1,40}\))?:(?=\s+\S|$)")
_LABELLED_PARAGRAPHS = 4  # questions and answers together
_CAPITALS_LABEL = re.compile(r"^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,4}:(?:\s+\S|\s*$)")
_TURNS = 3  # paragraphs a transcript's capitals labels open
_SUBHEAD_WORDS = 20  # a question set as a subhead is short ("How did the crisis de-escalate?")
_INTERVIEW_WORDS = frozenset({"q&a", "interview"})  # "In this Q&A, X explains …": who answers a subheads' Q&A
_POST_WORDS = 12  # "nonresident senior fellow, South Asia Center": an expert's post after the name, not a turn's text
_OPENING_QUOTES = ('"', "“")
_OFFICES = office_words(ROLE_HEADS)  # a label naming an office has one of these ("SPOKESPERSON", "DG")
_BRIEFING = frozenset({"briefing", "brief", "presser", "conference", "reporter", "journalist"})  # by lemma
_HOST_WORDS = frozenset({"host", "anchor", "presenter", "moderator", "interviewer"})  # a broadcast's asker, by label
# A turn that only greets or thanks ("Good morning, Leila.", "Thank you.", "Nilofar Sahak, thank you.") says nothing.
_PLEASANTRY = re.compile(r"(?i)(?:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}, )?(?:good (?:morning|afternoon|evening)|"
                         r"thank you(?: (?:very much|so much|for having me))?|thanks|you're welcome|my pleasure)"
                         r"(?:, [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)?[.!]?")
_DASH = re.compile(r"^[—–]\s+\S")  # a turn of a dialogue laid out with dashes ("— What came out of Kazan?")
# Who asks: a name right after a journalist's word or "by" ("told Izvestia correspondent Ivan Petrov").
_ASKER = re.compile(r"(?:\b(?:correspondent|journalist|reporter|interviewer|editor|anchor|host)|\bby)\W*$",
                    re.IGNORECASE)


def answers(sentences: list[Sentence], index: ActorIndex, text: str) -> dict[int, Statement]:
    """Paragraph number -> the statement its answer makes, for the answers of a question-and-answer layout."""
    dashed = _dashed_answers(index, text) or _subhead_answers(sentences, index, text) or \
        quoted_experts(sentences, index, text)
    if dashed:
        return dashed
    openings = {s.paragraph: s for s in sentences if s.opens_paragraph and _LABEL.match(s.evidence.sentence)}
    transcript = bool(turn_speakers(sentences))
    if len(openings) < (_TURNS if transcript else _LABELLED_PARAGRAPHS):
        return {}
    turns = list(_turns(sentences, openings, index, transcript, _briefers(sentences, index)))
    speaking = _speaking_labels(turns)
    counted = {opening.paragraph for opening, _, label, role in turns
               if role != "asks" and (role == "answers" or transcript or label in speaking)}
    askers = {label for _, _, label, role in turns if role == "asks"}
    found = {}
    for opening, speaker, label, role in turns:
        if opening.paragraph not in counted and not (
                role == "opens" and label not in askers and _amid_turns(opening.paragraph, counted)):
            continue
        paragraph = opening.paragraph
        last = max((s for s in sentences if s.paragraph == paragraph), key=lambda s: s.evidence.end)
        evidence = _paragraph_evidence(opening, last, text)
        quote = evidence.sentence[_LABEL.match(evidence.sentence).end():].strip()
        found[paragraph] = Statement(speaker=speaker, quote=quote, evidence=evidence, direct=True, confidence=0.8)
    return found


def pleasantry(text: str) -> bool:
    """A greeting or thanks and nothing else, after any turn's label ("SAHAK: Thank you."): nothing said. The
    statement reader drops every statement, answers included, whose sentence is one."""
    label = _LABEL.match(text)
    return bool(_PLEASANTRY.fullmatch(text[label.end():].strip() if label else text.strip()))


def _amid_turns(paragraph: int, counted: set[int]) -> bool:
    """A person's remarks no question asked for, right before or after a speaker's turn: a briefing's other officer
    taking the floor ("Air Marshal X: …" between "DG ISPR:" turns), or the briefer's opening turn under his full
    name before the turns under his office ("Spokesperson X: …" then "Spokesperson: …"); never the interviewer's
    ("X: Thank you." after the last answer), whose label asks elsewhere."""
    return paragraph - 1 in counted or paragraph + 1 in counted


def _turns(sentences: list[Sentence], openings: dict[int, Sentence], index: ActorIndex, transcript: bool,
           briefers: set[str]):
    """(opening, speaker, label, role) of each paragraph a person's label opens: it "answers" when a question comes
    right before, else "opens" (remarks no question asked for). Outside a transcript, a person's paragraph that ends
    in a question with no question before it "asks": the interviewer's ("Ivan Petrov: Will the Taliban be
    invited?"), never an answer. In a transcript, every turn of the one a label calls its host asks ("LEILA
    HARTMAN, HOST:", then "HARTMAN:"): the host tells the news as the outlet does and puts the questions."""
    asked, hosts = False, set()
    for paragraph in sorted({s.paragraph for s in sentences}):
        opening = openings.get(paragraph)
        speaker = _labelled_person(opening, index, briefers) if opening is not None else None
        if speaker is None:
            asked = asked or _is_question(paragraph, opening, sentences)
            continue
        label = _LABEL.match(opening.evidence.sentence).group(1)
        if transcript and _HOST_WORDS & set(label.casefold().replace(",", " ").split()):
            hosts.add(speaker)
        asks = speaker in hosts or not asked and not transcript and _asks(paragraph, sentences)
        yield opening, speaker, label, ("asks" if asks else "answers" if asked else "opens")
        asked = asks


def _speaking_labels(turns: list[tuple[Sentence, str, str, str]]) -> set[str]:
    """Labels of a speaker's turns: one that answers a question somewhere, its remarks before any question counting
    too (the leaders' opening remarks at a joint news conference), or one that opens several paragraphs and never
    asks ("KANAANI:" before each answer, the first one answering no question), where a who's-who list names each
    person once and an interviewer's label asks."""
    roles = {}
    for _, _, label, role in turns:
        roles.setdefault(label, []).append(role)
    return {label for label, said in roles.items() if "answers" in said or len(said) >= _TURNS and "asks" not in said}


def _dashed_answers(index: ActorIndex, text: str) -> dict[int, Statement]:
    """An interview laid out as a dialogue of dashes, as Russian outlets print one ("— What came out of Kazan?" /
    "— A joint statement …"), a line a turn: turns alternate, the interviewer's first, and each answer is said by
    the person the article names last before the dialogue (its introduction ends with the interviewee's name), not
    the journalist who asks ("… told Izvestia correspondent Ivan Petrov").
    Several dashed lines, two of them questions, make the layout; a lone one is a quotation's, a dashed list asks
    nothing or one thing. A question opens a turn again (an interviewer's remark before it shifts no answer), and
    questions alone are a list of them ("Key questions remain: — Will India …?"). Keyed by the answer's offset."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    dashed = [i for i, (start, end) in enumerate(lines) if _DASH.match(text[start:end])]
    asked = {i for i in dashed if text[slice(*lines[i])].rstrip().endswith("?")}
    if len(dashed) < _LABELLED_PARAGRAPHS or len(asked) < 2 or len(asked) == len(dashed):
        return {}  # a dashed list of items asks nothing, or only asks
    askers = {key for (start, _), key in index.spans.items() if _ASKER.search(text[max(0, start - 20):start])}
    before = [key for key in index.before(lines[dashed[0]][0], ("Person",), window=10**9) if key not in askers]
    if not before:
        return {}
    found, turn = {}, 0
    for previous, line in zip([None, *dashed], dashed):
        turn = turn + 1 if previous is not None and line == previous + 1 and line not in asked else 0
        if turn % 2:
            start, end = lines[line][0], lines[line][0] + len(text[slice(*lines[line])].rstrip())
            evidence = Evidence(text[start:end], start, end)
            found[start] = Statement(speaker=before[0], quote=evidence.sentence.lstrip("—– "), evidence=evidence,
                                     direct=True, confidence=0.8)
    return found


def _subhead_answers(sentences: list[Sentence], index: ActorIndex, text: str) -> dict[int, Statement]:
    """A Q&A whose questions are subheads of their own ("What happened?") and whose answers carry no label: each
    paragraph right after a question is said by the one person the introduction names beside the word "Q&A" or
    "interview" ("In this Q&A, Crisis Group's analyst X explains …"). Without that person the questions are an
    explainer's subheads (the journalist's own text); a lone question is a rhetorical one."""
    by_paragraph = _by_paragraph(sentences)
    asked = [p for p, told in by_paragraph.items() if len(told) == 1 and len(told[0].span) <= _SUBHEAD_WORDS
             and told[0].evidence.sentence.rstrip().endswith("?") and not _LABEL.match(told[0].evidence.sentence)]
    if len(asked) < _TURNS:
        return {}
    introductions = [s for s in sentences if s.paragraph < asked[0] and
                     any(t.lower_ in _INTERVIEW_WORDS for t in s.span)]
    persons = {key for s in introductions for _, key in index.in_range(s.evidence.start, s.evidence.end)
               if index.actors[key].kind == "Person"}
    if len(persons) != 1:
        return {}
    speaker = persons.pop()
    found = {}
    for paragraph in (p + 1 for p in asked if p + 1 in by_paragraph and p + 1 not in asked):
        told = by_paragraph[paragraph]
        evidence = _paragraph_evidence(told[0], told[-1], text)
        found[paragraph] = Statement(speaker=speaker, quote=evidence.sentence, evidence=evidence, direct=True,
                                     confidence=0.8)
    return found


def quoted_experts(sentences: list[Sentence], index: ActorIndex, text: str) -> dict[int, Statement]:
    """"Experts react": a line that gives an expert's name and post (:func:`expert_labels`), then paragraphs in
    quotation marks with no speech verb to say whose they are: each is the expert's words."""
    labelled = set(expert_labels(sentences))
    labels = {s.paragraph: _labelled_person(s, index, set()) for s in sentences if s.index in labelled}
    found, speaker = {}, None
    for paragraph, told in _by_paragraph(sentences).items():
        if paragraph in labels:
            speaker = labels[paragraph]
            continue
        if speaker is None or told[0].evidence.sentence[:1] not in _OPENING_QUOTES:
            speaker = None
            continue
        evidence = _paragraph_evidence(told[0], told[-1], text)
        found[paragraph] = Statement(speaker=speaker, quote=evidence.sentence.strip('"“”'), evidence=evidence,
                                     direct=True, confidence=0.8)
    return found


def expert_labels(sentences: list[Sentence]) -> dict[int, Span]:
    """Sentence index -> the name in an expert's label ("Nadia Ghazi: nonresident senior fellow, South Asia Center"),
    a paragraph of its own with a short post and no sentence's end, over a paragraph that opens with a quotation
    mark. Several such labels make the layout; a lone "Name: post" line is a caption's or a who's-who's."""
    by_paragraph = _by_paragraph(sentences)
    names = {}
    for paragraph, told in by_paragraph.items():
        first = told[0].evidence.sentence
        label = _LABEL.match(first) if len(told) == 1 else None
        following = by_paragraph.get(paragraph + 1)
        if label and len(first[label.end():].split()) <= _POST_WORDS and not first.rstrip().endswith((".", "?")) \
                and following and following[0].evidence.sentence[:1] in _OPENING_QUOTES:
            name = [t for t in told[0].span if t.idx - told[0].span[0].idx < len(label.group(1))]
            names[told[0].index] = told[0].span.doc[name[0].i:name[-1].i + 1]
    return names if len(names) >= 2 else {}


def _paragraph_evidence(first: Sentence, last: Sentence, text: str) -> Evidence:
    """An answer's evidence: its paragraph from the first sentence to the last, verbatim."""
    return Evidence(text[first.evidence.start:last.evidence.end], first.evidence.start, last.evidence.end)


def _by_paragraph(sentences: list[Sentence]) -> dict[int, list[Sentence]]:
    by_paragraph: dict[int, list[Sentence]] = {}
    for sentence in sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
    return by_paragraph


def _is_question(paragraph: int, opening: Sentence | None, sentences: list[Sentence]) -> bool:
    """A paragraph that asks (one no person's label opens): it ends in "?" or opens with a label ("Paper:", "Q:")."""
    return opening is not None or _asks(paragraph, sentences)


def _asks(paragraph: int, sentences: list[Sentence]) -> bool:
    """Whether the paragraph ends in a question."""
    last = max((s for s in sentences if s.paragraph == paragraph), key=lambda s: s.evidence.end)
    return last.evidence.sentence.rstrip().endswith("?")


def _labelled_person(opening: Sentence, index: ActorIndex, briefers: set[str]) -> str | None:
    """The person whose name is the label ("Ayla Demir:", "Demir:"), the last in it ("Official Spokesperson, Ravi
    Menon:"), not an outlet's or a role's ("Q:"). A label the model tagged as no name ("Hasanli:" at a paragraph's
    start) is the one person the article names so; a label naming an office, the one holding it."""
    label = _LABEL.match(opening.evidence.sentence).group(1)
    start = opening.evidence.start
    keys = [key for offset, key in index.in_range(start, start + len(label)) if index.actors[key].kind == "Person"]
    return keys[-1] if keys else _person_named(label, index) or office_holder(label, start, index, briefers)


def _person_named(label: str, index: ActorIndex) -> str | None:
    """The one person whose name is ``label`` or ends with it ("Hasanli" -> Elnur Hasanli); None if none or several."""
    words = label.casefold().split()
    keys = [key for key, actor in index.actors.items() if actor.kind == "Person"
            and actor.label.casefold().split()[-len(words):] == words]
    return keys[0] if len(keys) == 1 else None


def office_holder(label: str, offset: int, index: ActorIndex, briefers: set[str]) -> str | None:
    """The person the article gives the office a label names ("SPOKESPERSON:" for "spokesperson Ayla Demir",
    "DG ISPR:" for "Director General ISPR Lt Gen Ali Khan"), its other words the bodies the person serves: of
    several named before the label (another spokesman may come later), the one the introduction tells gave the
    briefing, not another country's whose remarks it rebuts; else the one named last; None for a label of no
    office ("QUESTION:", "UPDATE:")."""
    words = office_words(word.strip(",") for word in label.split())
    if not words & _OFFICES:
        return None
    holders = []
    for key, profile in index.profiles.items():
        bodies = {fold(name) for body in profile.affiliations if body in index.actors
                  for name in (index.actors[body].label, *index.actors[body].aliases)}
        if words <= profile.words | bodies or _heads_the_body(words, profile.words, bodies):
            holders.append(key)
    before = [key for key in index.before(offset, ("Person",), window=10**9) if key in holders]
    return next((key for key in before if key in briefers), before[0] if before else None)


# The words for the one who heads a body: the "DG ISPR" is the one the article called "ISPR chief".
_HEAD_WORDS = frozenset({"director", "chief", "head", "chairman"})


def _heads_the_body(words: set[str], held: set[str], bodies: set[str]) -> bool:
    """An office heading a body ("DG ISPR") held by the one named as that body's head otherwise ("ISPR chief")."""
    body = words - _HEAD_WORDS - {"general"}
    return bool(words & _HEAD_WORDS and held & _HEAD_WORDS and body) and body <= bodies


def _briefers(sentences: list[Sentence], index: ActorIndex) -> set[str]:
    """Persons named as the subject of the verb that tells of a briefing ("Spokesperson X held the weekly press
    briefing", "X told reporters", "At the briefing, X said"), not those named otherwise ("remarks made at the
    briefing by spokesperson Y", "and spokesman Y repeated it")."""
    found = set()
    for sentence in sentences:
        for token in (token for token in sentence.span if token.lemma_ in _BRIEFING):
            verb = token
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            for subject in (child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")):
                start, end = sentence.offsets(subject.doc[subject.left_edge.i:subject.i + 1])
                found.update(key for _, key in index.in_range(start, end))
    return found


def turn_speakers(sentences: list[Sentence]) -> dict[int, Span]:
    """Sentence index -> the name in the capitals label opening a transcript's turn ("SPEAKER OM RAO: …" -> "OM
    RAO"), offices before it left out, or in a label that sets its office off by a comma (:func:`_office_labels`);
    empty unless the article is laid out as a transcript."""
    return _capitals_labels(sentences) | _office_labels(sentences)


def _office_labels(sentences: list[Sentence]) -> dict[int, Span]:
    """"Official Spokesperson, Shri Ravi Menon: …" opening several paragraphs: the name after the office and
    its honorific is the speaker of each turn; an office alone before the comma makes it a label, so that a
    dateline ("KABUL, Afghanistan: …") is none."""
    names = {}
    for sentence in sentences:
        label = _LABEL.match(sentence.evidence.sentence) if sentence.opens_paragraph else None
        if label is None or ", " not in label.group(1):
            continue
        office, _, name = label.group(1).rpartition(", ")
        if not all(fold(word) in TITLE_WORDS | GENERIC_WORDS for word in office.split()):
            continue
        base = sentence.span[0].idx
        tokens = [t for t in sentence.span if base + len(office) + 2 <= t.idx < base + len(label.group(1))]
        first = next((i for i, t in enumerate(tokens) if fold(t.text).strip(".") not in TITLE_WORDS), len(tokens))
        if first < len(tokens):
            names[sentence.index] = sentence.span.doc[tokens[first].i:tokens[-1].i + 1]
    spelt = Counter(name.text for name in names.values())
    return {index: name for index, name in names.items() if spelt[name.text] >= _TURNS}


def _capitals_labels(sentences: list[Sentence]) -> dict[int, Span]:
    names = {}
    for sentence in sentences:
        if sentence.opens_paragraph and _CAPITALS_LABEL.match(sentence.evidence.sentence):
            tokens = list(sentence.span)
            colon = next(i for i, token in enumerate(tokens) if token.text == ":")
            first = next((i for i in range(colon) if tokens[i].lower_.strip(".") not in TITLE_WORDS), colon)
            if first < colon:
                names[sentence.index] = sentence.span[first:colon]
    spelt = {" ".join(word.capitalize() for word in name.text.split()) for name in names.values()}
    return names if len(names) >= _TURNS and len(spelt) > 1 and _named_person(spelt, sentences) else {}


def _named_person(spelt: set[str], sentences: list[Sentence]) -> bool:
    """Whether a label's name is one the article names as a person in ordinary case ("Defence Minister Rajnath Singh
    spoke"), so that labels of a story's parts ("UPDATE:", "EDITOR'S NOTE:") make no transcript though "Update"
    opens a sentence."""
    persons = {f" {ent.text} " for sentence in sentences for ent in sentence.span.ents if ent.label_ == "PERSON"}
    surnames = {name.split()[-1] for name in spelt if len(name.split()) > 1}  # "Minister Dar" for "ISHAQ DAR:"
    return any(f" {name} " in person for name in spelt | surnames for person in persons)
