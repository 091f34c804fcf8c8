"""Meetings read on unseen text (round 14), on sentences written for these tests (never copied from the evaluation
sets), more that must not fire than must: a call to one's counterpart named beside, and a date after "called" that
makes no courtesy call."""
from __future__ import annotations

from datetime import date

import pytest

from meeting_views import met, parties

PUBLISHED = date(2024, 6, 3)


# --- "A called his Indian counterpart, B": a call to the counterpart named beside ---------------------------------

@pytest.mark.parametrize("text, caller, called", [
    ("Azerbaijan's chief of the general staff, Colonel General Karim Valiyev, called his Armenian counterpart, "
     "Lieutenant General Edward Asryan, shortly after midnight.", "Karim Valiyev", "Edward Asryan"),
    ("Turkish President Recep Tayyip Erdogan called his Russian counterpart, Vladimir Putin, to discuss the grain "
     "corridor.", "Recep Tayyip Erdogan", "Vladimir Putin"),
])
def test_calling_ones_counterpart_named_beside_is_a_call(read, text, caller, called):
    extraction = read(text)
    assert met(extraction, caller, called), parties(extraction)


@pytest.mark.parametrize("text", [
    # naming, not calling
    "Turkish President Recep Tayyip Erdogan called his Russian counterpart a reliable partner on Tuesday.",
    "Turkish President Recep Tayyip Erdogan called Russian President Vladimir Putin a friend on Tuesday.",
    "Turkish President Recep Tayyip Erdogan called Russian President Vladimir Putin \"a dear friend\" on Tuesday.",
    # what the counterpart said, or several counterparts
    "Turkish President Recep Tayyip Erdogan called his counterpart's remarks a provocation.",
    "Turkish President Recep Tayyip Erdogan called his counterparts in the region partners.",
    # the counterpart is not named: who called is an office or a body, no party the text names
    "The Turkish Directorate of Operations called its Russian counterpart at noon.",
])
def test_no_call_where_one_is_named_as_something_or_unnamed(read, text):
    extraction = read(text)
    assert not extraction.meetings, parties(extraction)


def test_calling_on_someone_on_a_day_is_still_a_courtesy_call(read):
    extraction = read("Turkish President Recep Tayyip Erdogan called on Russian President Vladimir Putin in the "
                      "Kremlin on Tuesday.")
    assert met(extraction, "Recep Tayyip Erdogan", "Vladimir Putin"), parties(extraction)


# --- "The two officers … will speak again": persons counted, named before, as the subject of a talk ----------------

CALL = ("Azerbaijan's Colonel General Karim Valiyev called his Armenian counterpart, Lieutenant General Edward Asryan, "
        "on Saturday. ")


@pytest.mark.parametrize("text", [
    CALL + "The two officers agreed to a truce from midnight and will speak again on 14 May.",
    CALL + "Both generals will speak again on Friday.",
])
def test_persons_counted_who_will_speak_again_plan_a_talk(read, text):
    extraction = read(text)
    planned = [m for m in extraction.meetings if m.status == "planned"]
    assert planned and all(len(m.participants) == 2 for m in planned), parties(extraction)


@pytest.mark.parametrize("text", [
    CALL + "Two police officers signed the report.",  # new persons, not those named
    CALL + "Two officers were wounded and spoke to reporters from hospital.",
    CALL + "The two officers agreed that the line would hold and said they would not speak again.",
])
def test_no_talk_of_new_persons_counted_or_of_one_not_held(read, text):
    extraction = read(text)
    assert [m.status for m in extraction.meetings] == ["held"], parties(extraction)
    assert not extraction.meetings[0].also, extraction.meetings[0].also


# --- "both leaders", "the two presidents": those counted hold an office, not the analyst or spokesman quoted last --

def test_persons_counted_are_not_the_analyst_named_last(read):
    extraction = read("Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev traded blame "
                      "over the shelling. Asked about it, Marina Orlova, an economist in Baku, was cautious. Kazakh "
                      "President Kassym-Jomart Tokayev spoke to both leaders, his office said.")
    assert met(extraction, "Kassym-Jomart Tokayev", "Nikol Pashinyan"), parties(extraction)
    assert met(extraction, "Kassym-Jomart Tokayev", "Ilham Aliyev"), parties(extraction)
    assert not any("Marina Orlova" in group for group in parties(extraction)), parties(extraction)


def test_presidents_counted_are_the_last_two_presidents(read):
    extraction = read("Russian President Vladimir Putin arrived in Tehran. Kremlin spokesman Dmitry Peskov said the "
                      "treaty was not aimed at anyone. Iranian President Masoud Pezeshkian greeted him. State media "
                      "reported that the two presidents also discussed the South Caucasus.")
    assert parties(extraction) == [["Masoud Pezeshkian", "Vladimir Putin"]]


@pytest.mark.parametrize("text", [
    # one president named: the two ministers named last are not "the two presidents"
    "Kremlin spokesman Dmitry Peskov said the treaty was not aimed at anyone. Russian Foreign Minister Sergei Lavrov "
    "agreed. Iranian Foreign Minister Abbas Araghchi was in Moscow. State media reported that the two presidents also "
    "discussed the South Caucasus.",
    # no one named before holds an office or stands for a country
    "Marina Orlova, an economist, and Pavel Ivanov, a historian, spoke at the forum in Baku. The two leaders met on "
    "Friday.",
    # one minister and an analyst
    "Kazakh Foreign Minister Murat Nurtleu arrived in Baku. Marina Orlova, an economist in Baku, called it overdue. "
    "The two ministers discussed the ferry line.",
])
def test_no_persons_counted_by_an_office_fewer_hold(read, text):
    extraction = read(text)
    assert not extraction.meetings, parties(extraction)


# --- "talks between the commanders of the two armies": the armies' countries, the last two named -------------------

TROOPS = "Armenian and Azerbaijani troops pulled back from the ridge. "


def test_talks_of_the_commanders_of_two_armies_are_their_countries(read):
    extraction = read(TROOPS + "The pullback followed talks between the commanders of the two armies in Tegh on "
                               "Monday.")
    assert parties(extraction) == [["Armenia", "Azerbaijan"]]


@pytest.mark.parametrize("text", [
    TROOPS + "The two armies exchanged fire again on Monday.",
    TROOPS + "Soldiers of the two armies clashed near Tegh on Monday.",
    TROOPS + "The commanders of the two armies have never met.",
    "Armenian troops pulled back from the ridge. The pullback followed talks between the commanders of the two "
    "armies in Tegh on Monday.",  # one country named
])
def test_no_talks_of_two_armies_not_met_or_not_named(read, text):
    extraction = read(text)
    assert not extraction.meetings, parties(extraction)


# --- the countries' talks "on January 24" are not the ministers' "in September" ----------------------------------

BEFORE = (TROOPS + "The pullback followed talks between the commanders of the two armies on January 24. The rival "
          "armies kept 5,000 soldiers each along the line through the winter. ")


def test_talks_of_countries_and_of_persons_in_other_months_stay_apart(read):
    extraction = read(BEFORE + "Armenian Foreign Minister Ararat Mirzoyan had agreed the framework for the talks with "
                               "his Azerbaijani counterpart, Jeyhun Bayramov, in Moscow in September.")
    assert ["Armenia", "Azerbaijan"] in parties(extraction), parties(extraction)


@pytest.mark.parametrize("when", ["in January", "on January 24", ""])
def test_talks_of_countries_and_of_their_persons_in_the_same_month_or_undated_are_one(read, when):
    extraction = read(BEFORE + "Armenian Foreign Minister Ararat Mirzoyan had agreed the framework for the talks with "
                               f"his Azerbaijani counterpart, Jeyhun Bayramov, in Moscow {when}.".replace(" .", "."))
    assert ["Armenia", "Azerbaijan"] not in parties(extraction), parties(extraction)


# --- "met A and B, who used the summit to …": a clause describing one of them says nothing of how they were met ----

XI = "Chinese President Xi Jinping arrived on Wednesday. "


def test_a_summit_named_in_a_clause_about_one_met_keeps_the_meetings_apart(read):
    extraction = read(XI + "Pakistani Prime Minister Shehbaz Sharif also met Xi and the Iranian president, Ebrahim "
                           "Raisi, who used the summit to sign a memorandum.")
    assert parties(extraction) == [["Ebrahim Raisi", "Shehbaz Sharif"], ["Shehbaz Sharif", "Xi Jinping"]]


@pytest.mark.parametrize("text", [
    XI + "Pakistani Prime Minister Shehbaz Sharif also met Xi and Iranian President Ebrahim Raisi at the summit.",
    XI + "Pakistani Prime Minister Shehbaz Sharif met Xi and Iranian President Ebrahim Raisi together, a meeting that "
         "ran late.",
    XI + "Pakistani Prime Minister Shehbaz Sharif met Xi and Iranian President Ebrahim Raisi in a trilateral format "
         "that the summit had approved.",
])
def test_met_together_where_the_sentence_itself_says_so(read, text):
    extraction = read(text)
    assert parties(extraction) == [["Ebrahim Raisi", "Shehbaz Sharif", "Xi Jinping"]]
