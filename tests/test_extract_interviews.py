"""Statements: the answers of an interview laid out as questions and answers.

The interview is written for these tests (never copied from an evaluation article); the names are made up.
"""
from __future__ import annotations

from datetime import date

import pytest

INTERVIEW = """Analyst Ayla Demir tells the paper what the summit changed.

Ayla Demir is a researcher at the Caspian Forum, a think tank in Baku.

Paper: What did the summit achieve?

Ayla Demir:
More than expected. The leaders signed a trade pact, and the ports will open next year.

Paper: And the border dispute?

Demir: It is calmer now. Both armies pulled back last spring. The ministers still talk every month.

Paper: What comes next?

Demir: Another meeting in the autumn, I would think. Nobody wants a new crisis.
"""


def _statements(read_article):
    extraction = read_article(INTERVIEW, published=date(2023, 6, 1))
    labels = {a.key: a.label for a in extraction.actors}
    return [(labels[s.speaker], s.evidence.sentence) for s in extraction.statements]


def test_each_answer_is_one_statement_of_the_interviewee(read_article):
    said = [evidence for speaker, evidence in _statements(read_article)
            if speaker.endswith("Ayla Demir") and evidence.startswith(("Ayla Demir:", "Demir:"))]
    assert len(said) == 3
    assert said[1].startswith("Demir: It is calmer now.") and said[1].endswith("every month.")


def test_questions_are_no_statements(read_article):
    assert not [evidence for _, evidence in _statements(read_article) if evidence.startswith("Paper:")]


def test_a_lone_label_makes_no_interview(read_article):
    extraction = read_article("Ayla Demir: the leaders signed a trade pact.\n\nThe ports will open next year.",
                              published=date(2023, 6, 1))
    assert not [s for s in extraction.statements if s.evidence.sentence.startswith("Ayla Demir:")
                and "ports" in s.evidence.sentence]


def test_a_who_s_who_list_is_no_interview(read_article):
    extraction = read_article(
        "Ahmad Massoud: The son of the late commander leads the National Resistance Front from Tajikistan.\n\n"
        "Amrullah Saleh: The former vice president declared himself acting president in 2021.\n\n"
        "Abdul Ghani Baradar: The Taliban co-founder now serves as deputy prime minister.\n\n"
        "Sirajuddin Haqqani: The interior minister leads the Haqqani network.", published=date(2024, 3, 14))
    assert extraction.statements == []


# --- labels the model did not read as names -----------------------------------------------------------

UNTAGGED_INTERVIEW = """The armies of the two neighbours held drills on the border last week. The paper spoke with \
FIRST SURNAME, head of the Centre for Border Studies in Baku, about what comes next.

Paper: What happened on the border?

SURNAME: Both sides moved artillery to the river. The drills lasted three days and ended without incident.

Paper: Have the two governments talked since?

SURNAME: Yes, the foreign ministers spoke by phone on Friday and agreed to meet next month.

Paper: Your forecast?

SURNAME: I do not expect a war. Trade will calm both sides down.
"""


def _untagged(first, surname, extra=""):
    return UNTAGGED_INTERVIEW.replace("FIRST", first).replace("SURNAME", surname) \
        .replace("what comes next.", "what comes next." + extra)


# The model tags "Tural Mammadli, head of the Centre …" an organisation and neither "Mammadli:" nor "Aliyev:" a name.
@pytest.mark.parametrize("first, surname", [("Tural", "Mammadli"), ("Nurlan", "Aliyev")])
def test_a_label_the_model_left_untagged_is_the_one_person_of_that_surname(read_article, first, surname):
    """A head of something is a person, and a label his surname when no other person has it."""
    extraction = read_article(_untagged(first, surname), published=date(2021, 10, 12))
    labels = {a.key: (a.label, a.kind) for a in extraction.actors}
    answers = [s for s in extraction.statements if s.evidence.sentence.startswith(f"{surname}:")]
    assert len(answers) == 3
    assert {labels[s.speaker] for s in answers} == {(f"{first} {surname}", "Person")}
    assert not any(s.evidence.sentence.startswith("Paper:") for s in extraction.statements)


def test_a_label_of_a_surname_two_persons_share_names_nobody(read_article):
    text = _untagged("Nurlan", "Aliyev", " His cousin Anvar Aliyev, an economist, joined them.")
    extraction = read_article(text, published=date(2021, 10, 12))
    assert not [s for s in extraction.statements if s.evidence.sentence.startswith("Aliyev:")]


PRESS_CONFERENCE = """Foreign ministers of the three countries met in Termez on Thursday and then spoke to reporters.

AZIZ NURMATOV: Thank you. Today we agreed on the route of the railway and on its financing.

QUESTION (Kabar): Minister Haidari, what about the border crossings?

FARID HAIDARI: The crossings are open. Our border guards work with the Uzbek side every day.

QUESTION (Tolo): Minister Nurmatov, when does construction start?

AZIZ NURMATOV: Next spring, if the banks agree. The first section will reach Mazar-i-Sharif.
"""


def test_a_transcript_whose_speakers_the_text_names_by_surname_only(read_article):
    """The layout is a transcript when a capitals label names someone the text also names, if only by the surname
    ("Minister Haidari" for "FARID HAIDARI:"): each turn is its speaker's statement."""
    extraction = read_article(PRESS_CONFERENCE, published=date(2025, 7, 17))
    labels = {a.key: a.label for a in extraction.actors}
    turns = {(labels[s.speaker], s.evidence.sentence.split(":")[0]) for s in extraction.statements
             if s.evidence.sentence[:1].isupper() and s.evidence.sentence.split(":")[0].isupper()}
    assert turns == {("Aziz Nurmatov", "AZIZ NURMATOV"), ("Farid Haidari", "FARID HAIDARI")}


def test_capitals_labels_of_names_the_text_never_uses_make_no_transcript(read_article):
    text = PRESS_CONFERENCE.replace("Minister Haidari", "Minister").replace("Minister Nurmatov", "Minister")
    extraction = read_article(text, published=date(2025, 7, 17))
    assert not [s for s in extraction.statements if s.evidence.sentence.startswith(("AZIZ", "FARID"))]
