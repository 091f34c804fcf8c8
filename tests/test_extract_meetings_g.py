"""Meetings that were only asked about, one government's own review meetings and the next round of talks
between two named sides, on sentences written for these tests (never copied from the evaluation sets)."""
from __future__ import annotations

from datetime import date

from meeting_views import parties

PUBLISHED = date(2023, 5, 10)


# --- an encounter only asked about is none -----------------------------------------------------

def test_asked_whether_they_would_meet_is_no_meeting(read):
    extraction = read("Asked whether Olaf Scholz would meet Recep Tayyip Erdogan in Ankara, government spokesman "
                      "Steffen Hebestreit said there were no such plans.")
    assert parties(extraction) == []


def test_a_question_on_a_possible_meeting_is_no_meeting(read):
    extraction = read("Emmanuel Macron spoke at length in Paris on Monday. Spokesman Olivier Veran declined to "
                      "answer a question on a possible Macron-Putin meeting.")
    assert parties(extraction) == []


def test_a_question_the_talks_answered_leaves_them_held(read):
    extraction = read("Antony Blinken held talks with Sergey Lavrov in Geneva on Friday. Asked whether the talks "
                      "had helped, Blinken said they had been frank.")
    assert parties(extraction) == [["Antony Blinken", "Sergey Lavrov"]]


# --- a government's own review meeting is no encounter of parties ---------------------------------

def test_a_review_meeting_with_ones_own_chiefs_is_no_meeting(read):
    extraction = read("Japanese Prime Minister Fumio Kishida chaired a review meeting with Defence Minister "
                      "Yasukazu Hamada and Foreign Minister Yoshimasa Hayashi on Tuesday.")
    assert parties(extraction) == []


def test_a_chaired_meeting_with_foreign_leaders_stays_a_meeting(read):
    extraction = read("Turkish President Recep Tayyip Erdogan chaired a meeting with Ukrainian President "
                      "Volodymyr Zelensky and UN Secretary-General Antonio Guterres in Lviv on Thursday.")
    assert ["Antonio Guterres", "Recep Tayyip Erdogan", "Volodymyr Zelensky"] in parties(extraction)


# --- the next round of talks between two named sides ----------------------------------------------

def test_the_next_round_between_named_countries_is_theirs(read):
    extraction = read("Armenian Prime Minister Nikol Pashinyan met his ministers in Yerevan on Monday. Armenia and "
                      "Azerbaijan are expected to hold the next round of border commission talks later this month, "
                      "officials said.")
    assert parties(extraction) == [["Armenia", "Azerbaijan"]]
    assert [m.status for m in extraction.meetings] == ["planned"]


# --- a country's leaders, named by demonyms, are the persons who lead it -------------------------

def test_the_demonyms_leaders_are_the_persons_named_as_leading_their_countries(read):
    extraction = read("Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev arrived in "
                      "Moscow on Monday. Russian President Vladimir Putin held separate phone conversations with "
                      "the Kazakh and Uzbek leaders on Tuesday.")
    found = parties(extraction)
    assert ["Kassym-Jomart Tokayev", "Vladimir Putin"] in found
    assert ["Shavkat Mirziyoyev", "Vladimir Putin"] in found
    assert not any("Kazakhstan" in p or "Uzbekistan" in p for p in found)


def test_a_leader_the_article_does_not_name_leaves_the_country(read):
    extraction = read("Russian President Vladimir Putin held separate phone conversations with the Kazakh and "
                      "Uzbek leaders on Tuesday.")
    assert parties(extraction) == [["Kazakhstan", "Vladimir Putin"], ["Uzbekistan", "Vladimir Putin"]]


def test_a_deputy_leads_no_country(read):
    extraction = read("Kazakh Deputy Prime Minister Roman Sklyar arrived in Moscow on Monday. Russian President "
                      "Vladimir Putin held talks with the Kazakh leader on Tuesday.")
    assert ["Kazakhstan", "Vladimir Putin"] in parties(extraction)


def test_a_leader_the_gazetteer_knows_on_the_day_needs_no_office_in_the_text(read_article):
    extraction = read_article(published=date(2021, 6, 2), text=(
        "Kazakh President Kassym-Jomart Tokayev met his Uzbek counterpart, Shavkat Mirziyoyev, on Monday. Russian "
        "President Vladimir Putin held separate phone conversations with the Kazakh and Uzbek leaders on Tuesday."))
    assert ["Shavkat Mirziyoyev", "Vladimir Putin"] in parties(extraction)
    assert ["Uzbekistan", "Vladimir Putin"] not in parties(extraction)


# --- the next round of trilateral talks continues talks of three sides ------------------------------

def test_the_next_trilateral_round_does_not_continue_a_two_sided_meeting(read):
    extraction = read("Lithuanian Foreign Minister Gabrielius Landsbergis met Polish Foreign Minister Zbigniew Rau in "
                      "Warsaw on Sunday. The spokesman said the next round of the trilateral dialogue would be held in "
                      "Riga.")
    assert [m.evidence.sentence[:10] for m in extraction.meetings] == ["Lithuanian"]


def test_the_next_bilateral_round_continues_the_two_sided_talks(read):
    extraction = read("Lithuanian Foreign Minister Gabrielius Landsbergis held talks with Polish Foreign Minister "
                      "Zbigniew Rau in Warsaw on Sunday. The next round of the bilateral dialogue will be held in "
                      "Vilnius.")
    assert parties(extraction) == [["Gabrielius Landsbergis", "Zbigniew Rau"]] * 2


# --- "the two countries" are countries, not a person whose country is unknown -----------------------

def test_the_two_countries_after_a_call_of_a_person_without_a_country(read):
    extraction = read("Armenia and Azerbaijan traded fire on Tuesday. Foreign Minister Ararat Mirzoyan spoke to "
                      "Jeyhun Bayramov, Azerbaijan's foreign minister, by telephone. A border commission of the two "
                      "countries is expected to meet in Tbilisi next week.")
    assert ["Armenia", "Azerbaijan"] in parties(extraction)
    assert not any("Ararat Mirzoyan" in p and "Azerbaijan" in p for p in parties(extraction))


def test_the_counterpart_of_a_leader_leads_the_country_of_the_demonym(read):
    extraction = read("Kazakh President Kassym-Jomart Tokayev and his Uzbek counterpart, Shavkat Mirziyoyev, arrived "
                      "in Moscow on Monday. Russian President Vladimir Putin held separate phone conversations with "
                      "the Kazakh and Uzbek leaders on Tuesday.")
    assert ["Shavkat Mirziyoyev", "Vladimir Putin"] in parties(extraction)


def test_the_counterpart_of_a_minister_leads_no_country(read):
    extraction = read("Kazakh Foreign Minister Mukhtar Tileuberdi and his Uzbek counterpart, Bakhtiyor Saidov, arrived "
                      "in Moscow on Monday. Russian President Vladimir Putin held separate phone conversations with "
                      "the Kazakh and Uzbek leaders on Tuesday.")
    assert ["Uzbekistan", "Vladimir Putin"] in parties(extraction)


# --- "it was his trip": whose trip it was, not what "it" may refer to ---------------------------------

def test_it_was_his_trip_is_the_persons_not_the_last_organisations(read):
    extraction = read("Sergey Lavrov landed in Islamabad on Friday after the UN Security Council lifted a travel ban. "
                      "It was his second trip to Pakistan this year.")
    assert not any("United Nations Security Council" in p for p in parties(extraction))
