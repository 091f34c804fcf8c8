"""Round 17's actor and speaker rules, each a phenomenon of news English with texts that must and must not fire: an
interviewer labelled by name asks, and a question is no statement; a label that answers a question is a speaker's, so
its turns before any question (leaders' opening remarks at a joint news conference) are statements too; an office the
model ran into a person's name ("Spokesperson Lina Haddad" tagged whole) is the person's office; a briefing's office
label ("SPOKESPERSON:") is the holder the introduction tells gave the briefing, not another named later; a surname
opening a sentence that the parser tags as an adjective in a noun's place is the person named before with it; a "G"
and a number the text calls a group of countries is an organisation; a ministry named without its country in a story
filed in a capital is that country's ministry of that function, when the article names it with its country.

The texts are written for these tests; the names are made up. Facts are read with the configured
``min_confidence``.
"""
from __future__ import annotations

from datetime import date

import pytest

from statement_views import said

PUBLISHED = date(2024, 5, 14)


# --- an interviewer labelled by name asks: a question is no statement --------------------------------------------
SURNAME_INTERVIEW = """Economist Dilbar Nurova spoke to Daily Courier reporter Farid Qasimov about the new railway.

Qasimov: Why does the railway matter so much to Tashkent?

Nurova: It is the shortest way to the sea. Every other route runs through Russia or Iran.

Qasimov: Who pays for it?

Nurova: The World Bank has shown interest, and the Gulf funds too.

Qasimov: When will the first train run?

Nurova: Not before 2030. Who would insure the cargo today?
"""


def test_an_interviewers_labelled_questions_are_no_statements(read):
    assert not any(speaker == "Farid Qasimov" for speaker, _ in said(read(SURNAME_INTERVIEW)))


def test_an_answer_that_ends_in_a_question_is_still_an_answer(read):
    answers = [evidence for speaker, evidence in said(read(SURNAME_INTERVIEW)) if speaker == "Dilbar Nurova"]
    assert len(answers) == 3 and answers[-1].endswith("cargo today?")


OPENING_REMARKS = """Foreign Ministry spokesman Pavel Novak held his weekly news conference on Monday.

NOVAK: The minister will travel to Vienna on Friday. Why now? Because the gas talks resume.

Question (Radio Vltava): Will Prague expel more diplomats?

NOVAK: We have no such plans at the moment.

Question (Daily Courier): And the drills near the border?

NOVAK: The drills are routine and were announced in advance.
"""


def test_opening_remarks_with_a_question_inside_stay_the_speakers(read):
    turns = [evidence for speaker, evidence in said(read(OPENING_REMARKS)) if speaker == "Pavel Novak"]
    assert len(turns) == 3


# --- a label that answers a question is a speaker's, its turns before any question too ---------------------------
JOINT_CONFERENCE = """President Aziz Karimov hosted Chancellor Lena Vogt in Tashkent on Monday. The two leaders \
spoke to the press after their talks.

President Karimov: We agreed on a new gas deal. Our trade will double by 2030.

Chancellor Vogt: Germany will open a trade office in Samarkand this year.

Question: Chancellor, will Germany send more troops to the region?

Chancellor Vogt: No. Our role is economic.

Question: Mr President, what about the railway to Afghanistan?

President Karimov: The first section will open next year.
"""


def test_leaders_opening_remarks_before_the_questions_are_theirs(read):
    found = said(read(JOINT_CONFERENCE))
    assert any(speaker == "Lena Vogt" and "trade office" in evidence for speaker, evidence in found)
    assert any(speaker == "Aziz Karimov" and "gas deal" in evidence for speaker, evidence in found)


@pytest.mark.parametrize("text, person", [
    # the interviewer's thanks answer nothing, and his label answers no question
    (SURNAME_INTERVIEW + "\nQasimov: Thank you for your time.\n", "Farid Qasimov"),
    # a who's-who list before an interview of someone else: those listed answer no question
    ("The new cabinet was sworn in on Monday.\n\nLina Haddad: the former envoy to Cairo.\n\nOmar Faris: a banker "
     "from Irbid.\n\nRami Nasser: a retired general.\n\nQ: Who leads the talks?\n\nSami Khoury: The prime "
     "minister does.\n\nQ: When?\n\nSami Khoury: Next week.\n", "Lina Haddad"),
])
def test_labels_that_answer_no_question_make_no_turns(read, text, person):
    assert not any(speaker == person for speaker, _ in said(read(text)))


# --- an office the model ran into a person's name is the person's office ------------------------------------------
def test_an_office_tagged_with_the_name_describes_the_person(read):
    extraction = read("Spokesperson Lina Haddad met Iraqi Foreign Minister Omar Faris in Amman on Monday. The "
                      "spokesperson said the talks would resume.")
    assert ("Lina Haddad", "The spokesperson said the talks would resume.") in said(extraction)


@pytest.mark.parametrize("text, person", [
    ("Spokesperson Lina Haddad met Iraqi Foreign Minister Omar Faris in Amman on Monday. The foreign minister said "
     "the talks would resume.", "Lina Haddad"),
    ("Spokesperson Lina Haddad met Omar Faris in Amman on Monday. The minister said the talks would resume.",
     "Lina Haddad"),
    ("Amir Khan Muttaqi met Lina Haddad in Kabul on Monday. The emir said the talks would resume.",
     "Amir Khan Muttaqi"),
])
def test_an_office_tagged_with_the_name_describes_no_other_office(read, text, person):
    assert not any(speaker == person and evidence.startswith("The ") for speaker, evidence in said(read(text)))


# --- a briefing's office label is the holder the introduction tells gave it ----------------------------------------
def briefing(introduction: str) -> str:
    return introduction + """

SPOKESPERSON: Good afternoon. The talks with Syria will resume next week.

QUESTION: Will the minister travel to Damascus?

SPOKESPERSON: Yes, on Thursday.

QUESTION: Any comment on the drills?

SPOKESPERSON: We do not comment on drills.
"""


def office_turns(extraction) -> list[str]:
    return [speaker for speaker, evidence in said(extraction) if evidence.startswith("SPOKESPERSON:")]


def test_the_office_label_is_the_briefer_not_the_spokesperson_rebutted(read):
    extraction = read(briefing("Jordanian Foreign Ministry spokesperson Lina Haddad told reporters in Amman on "
                               "Monday that the claims of Iraqi Foreign Ministry spokesman Omar Faris were false."))
    assert office_turns(extraction) == ["Lina Haddad"] * 3


@pytest.mark.parametrize("introduction, speaker", [
    # no briefing told of: the holder named last before the turns
    ("Iraqi Foreign Ministry spokesman Omar Faris spoke on Sunday. On Monday, Jordanian Foreign Ministry "
     "spokesperson Lina Haddad answered him.", "Lina Haddad"),
    # both told of briefings: the one named last before the turns
    ("Iraqi Foreign Ministry spokesman Omar Faris held a briefing on Sunday. On Monday, Jordanian Foreign Ministry "
     "spokesperson Lina Haddad held her weekly briefing.", "Lina Haddad"),
    # a minister told reporters; the spokesman who repeated it is no briefer, nor is the minister a spokesperson
    ("Iraqi Foreign Minister Ali Rashid told reporters on Sunday that the talks had failed, and spokesman Omar Faris "
     "repeated it. On Monday, Jordanian Foreign Ministry spokesperson Lina Haddad answered them.", "Lina Haddad"),
])
def test_the_office_label_without_a_briefer_told_of_is_the_holder_named_last(read, introduction, speaker):
    assert office_turns(read(briefing(introduction))) == [speaker] * 3


def test_a_briefing_told_of_without_a_verb_reads(read):
    extraction = read(briefing("Jordanian Foreign Ministry spokesperson Lina Haddad's weekly briefing."))
    assert office_turns(extraction) == ["Lina Haddad"] * 3


# --- a surname opening a sentence that the parser tags as an adjective ----------------------------------------------
def met(extraction) -> list[set[str]]:
    labels = {actor.key: actor.label for actor in extraction.actors}
    return [{labels[p] for p in m.participants} for m in extraction.meetings]


def met_after_the_first_sentence(extraction) -> list[set[str]]:
    labels = {actor.key: actor.label for actor in extraction.actors}
    return [{labels[p] for p in m.participants} for m in extraction.meetings
            if not m.evidence.sentence.startswith("British envoy")]


@pytest.mark.parametrize("surname", ["Noble", "Short", "Free"])
def test_a_surname_tagged_as_an_adjective_opening_a_sentence_meets(read, surname):
    extraction = read(f"British envoy Gina {surname} and Iraqi Foreign Minister Omar Faris arrived in Baghdad on "
                      f"Monday. {surname} is due to hold talks with Faris on Tuesday.")
    assert {f"Gina {surname}", "Omar Faris"} in met(extraction)


@pytest.mark.parametrize("text, person", [
    ("British envoy Gina Little and Iraqi Foreign Minister Omar Faris arrived in Baghdad on Monday. Little is "
     "expected to come of talks with Faris, officials said.", "Gina Little"),
    ("British envoy Gina Few arrived in Baghdad on Monday. Few expect the talks with Iraqi Foreign Minister Omar "
     "Faris to succeed, officials said.", "Gina Few"),
    ("British envoy Gina Young arrived in Baghdad on Monday. Young men met Iraqi Foreign Minister Omar Faris on "
     "Tuesday and said they wanted jobs.", "Gina Young"),
    ("British envoy Gina Long arrived in Baghdad on Monday. Long queues formed before talks with Iraqi Foreign "
     "Minister Omar Faris, officials said.", "Gina Long"),
])
def test_an_adjective_opening_a_sentence_is_no_surname(read, text, person):
    extraction = read(text)
    assert not any(person in parties for parties in met_after_the_first_sentence(extraction))
    assert not any(speaker == person for speaker, _ in said(extraction))


# --- a "G" and a number that the text calls a group of countries ---------------------------------------------------
def organisations(extraction) -> set[str]:
    return {actor.label for actor in extraction.actors if actor.kind == "Organisation"}


@pytest.mark.parametrize("text, group", [
    ("The G-90 bloc of African countries walked out of the talks in Geneva.", "G-90"),
    ("The G11 nations met in Dakar on Monday to discuss debt relief.", "G11"),
])
def test_a_numbered_group_of_countries_is_an_organisation(read, text, group):
    assert group in organisations(read(text))


@pytest.mark.parametrize("text", [
    "Soldiers carried G36 rifles and G3 assault rifles at the parade in Kabul.",
    "The convoy was travelling on the G30 expressway near Urumqi when the crash occurred.",
    "The delegation arrived in three Genesis G90 sedans on Monday.",
    "Police closed the G45 road to Lanzhou after the floods.",
])
def test_a_numbered_rifle_road_or_car_is_no_organisation(read, text):
    assert not any(label[:1] == "G" and label[1:2].isdigit() for label in organisations(read(text)))


# --- a dateline's capital gives a bare ministry its country --------------------------------------------------------
def ministries(extraction) -> dict[str, set[str]]:
    return {actor.label: {m.text for m in actor.mentions} for actor in extraction.actors if "inistry" in actor.label}


def test_a_bare_ministry_in_a_story_filed_in_a_capital_is_that_countrys(read):
    found = ministries(read("DUSHANBE: The Defence Ministry said on Monday that two border posts had been shelled. "
                            "Later, Tajikistan's Defence Ministry put the number of wounded at four."))
    assert any("Tajikistan" in label and "The Defence Ministry" in names for label, names in found.items()), found


@pytest.mark.parametrize("text, country", [
    # filed in another country's capital
    ("BISHKEK: The Foreign Ministry summoned the envoy on Monday. Later, Tajikistan's Foreign Ministry said the "
     "shelling had stopped.", "Tajikistan"),
    # a label in capitals that is no capital
    ("UPDATE: The Foreign Ministry summoned the envoy on Monday. Later, Tajikistan's Foreign Ministry said the "
     "shelling had stopped.", "Tajikistan"),
    # datelines of two countries, as in a live blog
    ("BISHKEK: The Foreign Ministry summoned the envoy on Monday.\n\nDUSHANBE: Tajikistan's Foreign Ministry said "
     "the shelling had stopped.", "Tajikistan"),
])
def test_a_bare_ministry_without_its_capitals_dateline_keeps_no_country(read, text, country):
    found = ministries(read(text))
    assert not any(country in label and "The Foreign Ministry" in names for label, names in found.items()), found


def test_a_dateline_gives_no_ministry_the_article_does_not_name(read):
    found = ministries(read("DUSHANBE: The Foreign Ministry summoned the envoy on Monday. Later, Tajikistan's "
                            "Defence Ministry said the shelling had stopped."))
    assert not any("Foreign" in label and "Tajikistan" in label for label in found), found
