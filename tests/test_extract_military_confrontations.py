"""Military actions in the vocabulary of border confrontations and of the reports about them: transgressing a line,
approaching a post, a face-off, patrols stepped up, a build-up, a counteroffensive, positions vacated, forces
bolstered, losses inflicted, aggression repelled, fighting reported; and the words that look alike but report no
action (a minister approaching talks, a build-up of stocks, an exercise's scenario, a plan to repel an attack).

The sentences are written for these tests; facts are read with the configured ``min_confidence``, as ``kg build``
keeps them.
"""
from __future__ import annotations

from datetime import date

import pytest

from kg.records import Extraction

PUBLISHED = date(2024, 3, 12)


def actions(extraction: Extraction) -> list[tuple[str, str | None]]:
    return [(a.kind, extraction.actor(a.actor).label if a.actor else None) for a in extraction.military_actions]


@pytest.mark.parametrize("text, expected", [
    ("Chinese troops tried to transgress the LAC in the Kargil sector on Monday, the ministry said.",
     ("Attack", "China")),
    ("Iran has stepped up combat air patrols along its border with Iraq.", ("Deployment", "Iran")),
    ("About 200 Chinese soldiers carrying sticks approached an Indian post near the pass.", ("Other", "China")),
    ("Ukraine launched a counteroffensive in the Kherson region this week.", ("Attack", "Ukraine")),
    ("Ukrainian forces launched a counter-offensive near Kherson.", ("Attack", "Ukraine")),
    ("A face-off between Indian and Chinese troops took place near the lake on Friday.", ("Other", "India")),
    ("Azerbaijan has matched the build-up with 30,000 troops of its own.", ("Deployment", "Azerbaijan")),
    ("Armenian troops vacated their positions near the village of Sotk.", ("Withdrawal", "Armenia")),
    ("Iran bolstered its forces on the border with Afghanistan on Sunday.", ("Deployment", "Iran")),
    ("Kazakh troops responded and inflicted heavy losses on the militants.", ("Attack", "Kazakhstan")),
    ("Tajik border guards repelled the aggression, the ministry said.", ("Attack", "Tajikistan")),
    ("Mongolian soldiers practised the defence of a bridge at the range on Tuesday.", ("Exercise", "Mongolia")),
], ids=["transgress", "patrols", "approached-post", "counteroffensive", "counter-offensive", "face-off", "build-up",
        "vacated", "bolstered", "inflicted-losses", "repelled", "practised"])
def test_confrontation_vocabulary(read, text, expected):
    assert actions(read(text)) == [expected]


def test_an_attempt_is_an_action_done(read):
    found = read("Chinese troops tried to transgress the LAC in the Kargil sector on Monday.").military_actions
    assert [a.status for a in found] == ["held"]


@pytest.mark.parametrize("text", [
    "Fighting was reported in the Kapisa province overnight.",
    "The fighting began on Monday near the village of Ovchi.",
    "A gunman opened fire on a checkpoint in Kabul on Friday.",
], ids=["fighting-reported", "fighting-began", "gunman"])
def test_agentless_fighting_reported_as_news(read, text):
    assert [kind for kind, actor in actions(read(text)) if actor is None] != []


def test_forces_named_by_no_owner_in_a_body_s_report_are_its_own(read):
    found = actions(read("The National Resistance Front said it had seized a district in the valley. The National "
                         "Resistance Front's spokesman wrote that resistance fighters had captured two villages."))
    assert found[-1] == ("Capture", found[0][1]) and found[0][1] is not None


def test_practising_after_the_exercise_is_its_content(read):
    found = actions(read("Uzbek and Russian troops held joint drills at the Termez range. The servicemen of the two "
                         "countries practised the destruction of armed groups."))
    assert found == [("Exercise", "Uzbekistan")]


@pytest.mark.parametrize("text", [
    "The minister approached the talks with caution.",
    "Troops on a routine patrol were blocked by villagers.",
    "Prices rose after a build-up of stocks in the port.",
    "The president repelled the criticism of his budget.",
    "The governor inflicted heavy losses on the company's shareholders.",
    "The two sides have practised restraint.",
    "Lukashenko said the allies would work out a plan to repel an attack on the union state.",
    "The drills were held at the range. According to the scenario, the troops repelled an incursion by armed groups.",
], ids=["approached-talks", "routine-patrol", "stocks", "criticism", "shareholders", "restraint", "plan-to-repel",
        "scenario"])
def test_no_confrontation(read, text):
    assert [a for a in actions(read(text)) if a[0] != "Exercise"] == []


@pytest.mark.parametrize("text, expected", [
    ("Russia and Belarus conducted war games near the border on Monday.", ("Exercise", "Russia")),
    ("Taiwan scrambled jets after Chinese aircraft approached the island.", ("Deployment", "Taiwan")),
    ("Indian troops took up positions along the ridge.", ("Deployment", "India")),
    ("Iranian forces launched rockets at the border town on Friday.", ("Attack", "Iran")),
    ("Russian troops patrolled the town after the ceasefire.", ("Deployment", "Russia")),
], ids=["war-games", "scrambled-jets", "took-up-positions", "launched-rockets", "patrolled"])
def test_more_of_the_genre_s_vocabulary(read, text, expected):
    assert actions(read(text))[0] == expected


@pytest.mark.parametrize("text", [
    "The company launched a new product at the fair.",
    "The minister took up the issue with his counterpart.",
    "Children played war games in the park.",
], ids=["launched-product", "took-up-issue", "children"])
def test_no_action_in_look_alikes(read, text):
    assert actions(read(text)) == []


def test_two_captures_of_other_ground(read):
    found = actions(read("The Taliban captured Herat in August, weeks after seizing Kandahar."))
    assert found == [("Capture", "Taliban"), ("Capture", "Taliban")]


def test_a_move_in_a_time_clause_is_background(read):
    found = actions(read("Russian troops began leaving Kazakhstan on Thursday, a week after they were deployed."))
    assert found == [("Withdrawal", "Russia")]


def test_a_leader_observing_his_state_s_exercise(read):
    found = actions(read("Russian President Vladimir Putin observed the Zapad strategic exercise at the Mulino "
                         "training ground, the Kremlin said."))
    assert found == [("Exercise", "Russia")]


@pytest.mark.parametrize("text, expected", [
    ("Chinese observers watched the exercise at the range.", []),
    ("Russian President Vladimir Putin watched the NATO drills on television.", [("Exercise", "NATO")]),
], ids=["observers", "named-owner"])
def test_observers_of_others_exercises(read, text, expected):
    assert actions(read(text)) == expected


def test_forces_a_body_reports_are_not_its_own_unless_read_commanding_them(read):
    assert "NATO" not in [actor for _, actor in actions(read("NATO said troops had crossed into the region."))]
