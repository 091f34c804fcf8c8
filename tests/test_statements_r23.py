"""Statements of round 23, on sentences written for these tests (names made up, or real leaders in made-up
sentences):

* persons joined by "and" each say what the verb reports ("Aliyev and Mirziyoyev both called for …"), one statement
  each, not the first alone (two countries so joined stay the first's: the golds credit the one the article follows);
* an account set off right after a person's name relays that person's words ("Xi, according to the Chinese account,
  spoke of …"): the person speaks, not the account's country; an account that follows the clause, or a subject who is
  no person, leaves the account as the source;
* "called the group "a pivotal force"": a quotation right after what one called is a statement, whatever the parser
  made of it.
"""
from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2024, 7, 4)


def _speakers(extraction) -> list[str]:
    return [extraction.actor(s.speaker).label for s in extraction.statements]


@pytest.mark.parametrize("text, speakers", [
    ("President Ilham Aliyev and President Shavkat Mirziyoyev both called for an immediate humanitarian pause.",
     {"Ilham Aliyev", "Shavkat Mirziyoyev"}),
    ("Foreign Minister Farid Haidari and his Uzbek counterpart Aziz Nurmatov said the railway would open in May.",
     {"Farid Haidari", "Aziz Nurmatov"}),
])
def test_speakers_joined_by_and_each_speak(read, text, speakers):
    assert set(_speakers(read(text))) == speakers


@pytest.mark.parametrize("text, speaker", [
    ("Foreign Minister Farid Haidari and his deputy said the railway would open in May.", "Farid Haidari"),
    # what two states hold is told of the one the article follows
    ("India and Russia believe that militant groups operating from Afghanistan pose a threat.", "India"),
])
def test_a_speaker_joined_to_no_person_speaks_alone(read, text, speaker):
    assert _speakers(read(text)) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Chinese President Xi Jinping met Vladimir Putin in Beijing on Tuesday. Xi, according to the Chinese account, "
     "spoke of working with Russia to bring stability to the world.", "Xi Jinping"),
    ("Defence Minister Timur Baratov met his Kyrgyz counterpart on Monday. Baratov, according to that statement, "
     "also wanted the two militaries to keep talking.", "Timur Baratov"),
    ("Putin, according to the Kremlin, said the talks were useful.", "Vladimir Putin"),
])
def test_an_account_set_off_after_a_person_relays_the_person(read, text, speaker):
    assert _speakers(read(text)) == [speaker]


def test_an_account_after_forces_names_the_source(read):
    extraction = read("Russian troops, according to the Russian Defence Ministry, captured the village on Monday.")
    assert _speakers(extraction) == ["Ministry of Defence of Russia"]


@pytest.mark.parametrize("text, speaker", [
    ('Chinese Foreign Minister Wang Yi called the group "a pivotal military and political force".', "Wang Yi"),
    ('Foreign Minister Farid Haidari called the strikes "a heinous act" on Sunday.', "Farid Haidari"),
])
def test_what_one_called_a_thing_in_quotation_marks_is_a_statement(read, text, speaker):
    assert _speakers(read(text)) == [speaker]


def test_calling_on_someone_is_no_statement(read):
    assert not read("Foreign Minister Farid Haidari called on Prime Minister Aziz Nurmatov at his residence.").statements
