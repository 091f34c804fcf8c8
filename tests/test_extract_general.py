"""Phenomena met on articles from other outlets, one test each, on sentences written for these tests.

Like ``test_extract_hard.py``: the names and wording are new (never copied from an evaluation article),
and facts are read with the configured ``min_confidence``, the threshold ``kg build`` applies.
"""
from __future__ import annotations

from datetime import date

import pytest

from kg.graph import to_graph
from kg.namespaces import KG
from kg.records import Extraction

PUBLISHED = date(2022, 3, 9)


def label(extraction: Extraction, key: str | None) -> str | None:
    return extraction.actor(key).label if key else None


def actions(extraction: Extraction) -> list[tuple[str, str | None, str | None]]:
    return sorted((a.kind, label(extraction, a.actor), label(extraction, a.place))
                  for a in extraction.military_actions)


# -- military actions -------------------------------------------------------------------------------------

def test_a_lead_paragraph_that_ends_in_a_colon_is_read_not_taken_for_a_headline(read):
    extraction = read("Live: Border tension\n\nPakistani troops clashed with Taliban fighters near Chaman on "
                      "Sunday. Here is everything we know so far:\n\nTalks are expected on Monday.")
    assert [kind for kind, _, _ in actions(extraction)] == ["Other"]
    assert actions(extraction)[0][1] == "Pakistan"


def test_two_attacks_of_one_group_in_one_sentence_are_two_events_with_two_iris(read):
    extraction = read("The Islamic State claimed the bombing of a mosque in Kunduz and a similar attack "
                      "in Kandahar a week later.")
    assert actions(extraction) == [("Attack", "Islamic State of Iraq and the Levant", "Kandahar"),
                                   ("Attack", "Islamic State of Iraq and the Levant", "Kunduz")]
    graph = to_graph(extraction, "https://w3id.org/newskg/")
    assert len(set(graph.subjects(KG.actor, None))) == 2
    assert to_graph(extraction, "https://w3id.org/newskg/").isomorphic(graph)  # deterministic


def test_one_action_told_twice_in_a_sentence_stays_one(read):
    extraction = read("Units of the Russian military base in Tajikistan have arrived at the Lyaur training "
                      "ground near the border.")
    assert [a for a in actions(extraction) if a[1] == "Russia"] == [("Deployment", "Russia", "Tajikistan")]


def parties(extraction: Extraction) -> list[list[str]]:
    return sorted(sorted(label(extraction, p) for p in m.participants) for m in extraction.meetings)


def speaker_of(extraction: Extraction, words: str) -> list[str]:
    return [label(extraction, s.speaker) for s in extraction.statements if words in s.evidence.sentence]


# -- pronouns ---------------------------------------------------------------------------------------------

def test_he_after_an_unnamed_source_is_the_subject_named_before_not_a_later_speaker(read):
    extraction = read(
        "Jaishankar is expected to travel to Tehran next week, officials said. He last visited Iran in June, "
        "when he met the president, Ebrahim Raisi.\n\n"
        "\"The corridor will change the region,\" said Karan Mehta, an analyst in Mumbai.")
    assert ["Ebrahim Raisi", "S. Jaishankar"] in parties(extraction)
    assert not any("Karan Mehta" in p for p in parties(extraction))


def test_he_right_after_a_statement_is_its_speaker_even_when_another_spoke_later(read):
    extraction = read(
        "\"The border is calm,\" Lavrov told reporters in Moscow on Monday. He said he would meet Blinken in "
        "Geneva later in the week.\n\n"
        "\"We lost our harvest,\" said Olga Petrova, a farmer.")
    assert ["Antony Blinken", "Sergey Lavrov"] in parties(extraction)
    assert not any("Olga Petrova" in p for p in parties(extraction))


def test_he_after_a_trailing_attribution_is_the_attributing_person(read):
    extraction = read(
        "Japarov and Rahmon agreed to pull troops back, presidential spokesman Askar Beishenaliev wrote on "
        "Telegram. \"Both sides will respect the ceasefire,\" he said.")
    assert speaker_of(extraction, "Both sides will respect") == ["Askar Beishenaliev"]


# -- meetings ---------------------------------------------------------------------------------------------

def test_chairing_a_meeting_of_ones_own_council_is_no_meeting_between_parties(read):
    extraction = read("President Shavkat Mirziyoyev chaired a meeting of the Security Council of Uzbekistan "
                      "on Tuesday to review the situation on the border.")
    assert extraction.meetings == []


def test_two_who_co_chair_a_commission_meet(read):
    extraction = read("Lavrov and Wang Yi co-chaired a meeting of the joint commission on trade in Moscow.")
    assert parties(extraction) == [["Sergey Lavrov", "Wang Yi"]]


def test_who_reports_an_encounter_after_it_is_no_party(read):
    extraction = read("Jaishankar will travel to Moscow next week for talks with Lavrov, Foreign Ministry "
                      "spokesperson Arindam Bagchi told reporters on Thursday.")
    assert parties(extraction) == [["S. Jaishankar", "Sergey Lavrov"]]


@pytest.mark.parametrize("text", [
    "Kabul has ruled out holding direct talks with the Tajik delegation.",
    "Moscow is keen for Prime Minister Modi to travel to Russia for a summit of the group, officials said.",
])
def test_ruled_out_and_wished_for_encounters_are_no_meetings(read, text):
    assert read(text).meetings == []


# -- names ------------------------------------------------------------------------------------------------

def test_office_ending_in_staff_and_ranks_are_not_part_of_a_persons_name(read):
    extraction = read("Chief of the General Staff Sergei Rudskoy arrived in Minsk on Monday. He held talks "
                      "with Major General Pavel Muraveiko.")
    persons = sorted(a.label for a in extraction.actors if a.kind == "Person")
    assert persons == ["Pavel Muraveiko", "Sergei Rudskoy"]
    assert parties(extraction) == [["Pavel Muraveiko", "Sergei Rudskoy"]]


@pytest.mark.parametrize("text, name", [
    ("Fleet commander Rear Admiral Hossein Khanzadi said the patrol would continue.", "Hossein Khanzadi"),
    ("The talks were led by Maj Gen Liu Wei, the army said.", "Liu Wei"),
])
def test_a_ranked_name_is_a_person(read, text, name):
    extraction = read(text)
    assert [(a.label, a.kind) for a in extraction.actors if name in a.label] == [(name, "Person")]


@pytest.mark.parametrize("text, name", [
    ("The Ministry of Foreign Affairs of Armenia summoned the Azerbaijani ambassador on Friday.",
     "Ministry of Foreign Affairs of Armenia"),
    ("Chinese Foreign Ministry spokesman Wang Wenbin told a briefing that the talks were useful.",
     "Chinese Foreign Ministry"),
])
def test_a_generic_body_keeps_the_country_the_text_names_it_by(read, text, name):
    names = [{a.label, *a.aliases} for a in read(text).actors if a.kind == "Organisation"]
    assert len(names) == 1 and name in names[0]


# -- statements -------------------------------------------------------------------------------------------

def test_a_capital_that_presents_or_gives_an_account_speaks_for_its_country(read):
    extraction = read("Tashkent presented the talks in warmer terms. Kabul gave a different account.")
    assert speaker_of(extraction, "warmer terms") == ["Uzbekistan"]
    assert speaker_of(extraction, "different account") == ["Afghanistan"]


def test_presenting_a_report_somewhere_is_no_statement(read):
    assert read("Experts presented the report in Geneva on Monday.").statements == []


def test_a_body_quoting_a_person_as_saying_makes_the_person_the_speaker(read):
    extraction = read("The Afghan foreign ministry quoted Muttaqi as saying that the border would stay open.")
    assert speaker_of(extraction, "quoted") == ["Amir Khan Muttaqi"]


@pytest.mark.parametrize("text, expected", [
    ("Since the agreement, Armenian forces have pulled back troops from the line of contact.",
     [("Withdrawal", "Armenia", None)]),
    ("Last week, Taliban fighters exchanged fire with Iranian border guards near the crossing.",
     [("Other", "Taliban", None)]),
])
def test_phrasal_withdrawal_and_exchange_of_fire(read, text, expected):
    assert [(k, a, None) for k, a, _ in actions(read(text))] == expected


def test_a_commander_arriving_somewhere_is_no_deployment(read):
    extraction = read("Chief of the General Staff Sergei Rudskoy arrived in Minsk on Monday to inspect the "
                      "troops taking part in the drills.")
    assert not any(kind == "Deployment" and actor == "Sergei Rudskoy" for kind, actor, _ in actions(extraction))


def test_forces_preparing_to_enter_a_country_is_no_capture(read):
    extraction = read("The spokesman said reports that Iranian troops were preparing to enter Afghanistan "
                      "were groundless.")
    assert actions(extraction) == []


def test_capture_during_that_fighting_is_one_capture_not_also_fighting(read):
    extraction = read("Azerbaijani troops briefly occupied several Armenian villages during that fighting, "
                      "according to local officials.")
    assert [kind for kind, _, _ in actions(extraction)] == ["Capture"]


def test_a_platform_where_something_was_posted_is_no_actor(read):
    extraction = read("Zakharova called the remark offensive in a post on Telegram.")
    assert [a.label for a in extraction.actors] == ["Maria Zakharova"]


def test_an_office_of_an_organisation_before_a_name_leaves_the_person_the_speaker(read):
    extraction = read("Shanghai Cooperation Organisation (SCO) Secretary General Zhang Ming said the bloc "
                      "was ready to help.")
    assert speaker_of(extraction, "ready to help") == ["Zhang Ming"]
