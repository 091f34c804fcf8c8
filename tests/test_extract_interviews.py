"""Statements: the answers of an interview laid out as questions and answers.

The interview is written for these tests (never copied from an evaluation article); the names are made up.
"""
from __future__ import annotations

from datetime import date

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
